#include "segmentationanalysis.h"

#include "domain/abcclassifier.h"

#include <QHash>

#include <algorithm>
#include <future>
#include <numeric>

namespace kehu {
namespace {

const std::vector<CustomerValue> &valuesOf(const std::shared_ptr<const std::vector<CustomerValue>> &values)
{
    static const std::vector<CustomerValue> none;
    return values ? *values : none;
}

// positions[i]: where customer i of `values` stands in `ranking`.
std::vector<int> positionsIn(const std::vector<CustomerValue> &values, const AbcResult &ranking)
{
    std::vector<int> positions(values.size(), -1);
    for (size_t i = 0; i < values.size(); ++i) {
        if (const AbcRankedCustomer *line = ranking.find(values[i].id))
            positions[i] = int(line - ranking.ranked.data());
    }
    return positions;
}

// The class of customer i of the values under `thresholds`, by its place in `ranking`.
std::vector<AbcClass> classesOf(const AbcResult &ranking, const std::vector<int> &positions, AbcThresholds thresholds)
{
    const qint64 total = ranking.positiveTotal.fen();
    std::vector<AbcClass> classes(positions.size(), AbcClass::C);
    for (size_t i = 0; i < positions.size(); ++i) {
        const AbcRankedCustomer &line = ranking.ranked[size_t(positions[i])];
        classes[i] = abcClassAt(line.value.fen(), line.cumulativeBefore.fen(), total, thresholds);
    }
    return classes;
}

// Class by sales against class by profit, as crossTabulateAbc() gives it.
AbcCrossTable crossTable(const SegmentationValues &ranked, AbcThresholds thresholds)
{
    AbcCrossTable cross;
    const size_t sales = size_t(AbcMeasure::Sales);
    const size_t profit = size_t(AbcMeasure::Profit);
    const std::vector<AbcClass> bySales
            = classesOf(*ranked.currentRanking[sales], (*ranked.currentPositions)[sales], thresholds);
    const std::vector<AbcClass> byProfit
            = classesOf(*ranked.currentRanking[profit], (*ranked.currentPositions)[profit], thresholds);
    for (size_t i = 0; i < bySales.size(); ++i) {
        ++cross.counts[size_t(abcIndex(bySales[i]))][size_t(abcIndex(byProfit[i]))];
        if (bySales[i] == AbcClass::A && byProfit[i] == AbcClass::C) {
            AbcRankedCustomer line = ranked.currentRanking[sales]->ranked[size_t((*ranked.currentPositions)[sales][i])];
            line.abcClass = AbcClass::A;
            cross.aBySalesCByProfit.push_back(std::move(line));
        }
    }
    std::sort(cross.aBySalesCByProfit.begin(), cross.aBySalesCByProfit.end(),
              [](const AbcRankedCustomer &l, const AbcRankedCustomer &r) { return l.rank < r.rank; });
    return cross;
}

} // namespace

void SegmentationValues::rank()
{
    const std::vector<CustomerValue> &now = valuesOf(current);
    const std::vector<CustomerValue> &before = valuesOf(previous);
    auto nowPositions = std::make_shared<std::array<std::vector<int>, 2>>();
    auto beforePositions = std::make_shared<std::array<std::vector<int>, 2>>();
    for (AbcMeasure measure : {AbcMeasure::Profit, AbcMeasure::Sales}) {
        const size_t m = size_t(measure);
        currentRanking[m] = std::make_shared<const AbcResult>(classifyAbc(now, measure, {}));
        previousRanking[m] = std::make_shared<const AbcResult>(classifyAbc(before, measure, {}));
        (*nowPositions)[m] = positionsIn(now, *currentRanking[m]);
        (*beforePositions)[m] = positionsIn(before, *previousRanking[m]);
    }
    // Both periods are read with the same filters, so usually the same customers in the same order.
    auto index = std::make_shared<std::vector<int>>(now.size(), -1);
    const bool sameOrder = now.size() == before.size()
            && std::equal(now.begin(), now.end(), before.begin(),
                          [](const CustomerValue &l, const CustomerValue &r) { return l.id == r.id; });
    if (sameOrder) {
        std::iota(index->begin(), index->end(), 0);
    } else {
        QHash<qint64, int> at;
        at.reserve(qsizetype(before.size()));
        for (size_t j = 0; j < before.size(); ++j)
            at.insert(before[j].id, int(j));
        for (size_t i = 0; i < now.size(); ++i)
            (*index)[i] = at.value(now[i].id, -1);
    }
    currentPositions = std::move(nowPositions);
    previousPositions = std::move(beforePositions);
    previousIndex = std::move(index);
}

SegmentationAnalysis SegmentationAnalysis::compute(const SegmentationValues &values, AbcMeasure measure,
                                                   AbcThresholds thresholds)
{
    SegmentationValues ranked = values;
    if (!ranked.currentRanking[0])
        ranked.rank();
    const size_t m = size_t(measure);
    SegmentationAnalysis analysis;
    // The cross-table does not need the result: worked out on a thread of its own meanwhile.
    std::future<AbcCrossTable> cross = std::async(std::launch::async, [&ranked, thresholds] {
        return crossTable(ranked, thresholds);
    });
    analysis.result = reclassifyAbc(*ranked.currentRanking[m], thresholds);
    const AbcResult &result = analysis.result;
    std::future<void> summaries = std::async(std::launch::async, [&analysis] {
        analysis.buckets = paretoBuckets(analysis.result, MaxBars);
        for (ListKind kind : {ListKind::SalesCenter, ListKind::Region, ListKind::Industry, ListKind::AccountManager})
            analysis.breakdowns[size_t(kind)] = breakdownAbc(analysis.result, kind);
    });
    const std::vector<int> &positions = (*ranked.currentPositions)[m];

    // Movers: each customer's class in the previous period (C when it was not there), in the
    // order of the current ranking.
    const AbcResult &before = *ranked.previousRanking[m];
    const std::vector<int> &beforePositions = (*ranked.previousPositions)[m];
    const std::vector<AbcClass> previousClasses = classesOf(before, beforePositions, thresholds);
    std::vector<int> indexAt(positions.size());
    for (size_t i = 0; i < positions.size(); ++i)
        indexAt[size_t(positions[i])] = int(i);
    for (size_t position = 0; position < result.ranked.size(); ++position) {
        const AbcRankedCustomer &row = result.ranked[position];
        const int previous = (*ranked.previousIndex)[size_t(indexAt[position])];
        const AbcClass previousClass = previous >= 0 ? previousClasses[size_t(previous)] : AbcClass::C;
        ++analysis.movers.counts[size_t(abcIndex(previousClass))][size_t(abcIndex(row.abcClass))];
        if (previousClass == row.abcClass)
            continue;
        const Money previousValue = previous >= 0 ? before.ranked[size_t(beforePositions[size_t(previous)])].value : Money();
        AbcMove move {row.customer, previousClass, row.abcClass, previousValue, row.value, row.rank};
        (abcIndex(move.current) < abcIndex(move.previous) ? analysis.movers.up : analysis.movers.down)
                .push_back(std::move(move));
    }
    analysis.cross = cross.get();
    summaries.get();
    return analysis;
}

SegmentationAnalysis SegmentationAnalysis::computeDirectly(const SegmentationValues &values, AbcMeasure measure,
                                                           AbcThresholds thresholds)
{
    const std::vector<CustomerValue> &current = valuesOf(values.current);
    SegmentationAnalysis analysis;
    analysis.result = classifyAbc(current, measure, thresholds);
    analysis.cross = crossTabulateAbc(current, thresholds);
    analysis.movers = compareAbc(classifyAbc(valuesOf(values.previous), measure, thresholds), analysis.result);
    analysis.buckets = paretoBuckets(analysis.result, MaxBars);
    for (ListKind kind : {ListKind::SalesCenter, ListKind::Region, ListKind::Industry, ListKind::AccountManager})
        analysis.breakdowns[size_t(kind)] = breakdownAbc(analysis.result, kind);
    return analysis;
}

} // namespace kehu
