#include "abcclassifier.h"

#include <algorithm>
#include <numeric>

namespace kehu {
namespace {

qint64 valueOf(const CustomerValue &customer, AbcMeasure measure)
{
    return measure == AbcMeasure::Sales ? customer.sales.fen() : customer.profit.fen();
}

double ratio(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

void summarize(AbcResult &result)
{
    for (AbcClass c : AllAbcClasses)
        result.classes[size_t(abcIndex(c))].abcClass = c;
    for (const AbcRankedCustomer &row : result.ranked) {
        AbcClassSummary &summary = result.classes[size_t(abcIndex(row.abcClass))];
        ++summary.customers;
        summary.sales += row.customer.sales;
        summary.profit += row.customer.profit;
        summary.value += row.value;
    }
    const qint64 count = qint64(result.ranked.size());
    for (AbcClassSummary &summary : result.classes) {
        summary.shareOfCustomers = ratio(summary.customers, count);
        summary.shareOfSales = ratio(summary.sales.fen(), result.totalSales.fen());
        summary.shareOfProfit = ratio(summary.profit.fen(), result.totalProfit.fen());
    }
}

} // namespace

AbcClass abcClassAt(qint64 valueFen, qint64 cumulativeBeforeFen, qint64 positiveTotalFen, AbcThresholds thresholds)
{
    if (valueFen <= 0 || positiveTotalFen <= 0)
        return AbcClass::C;
    // cumulative / total < limit / 10000, in 128 bits: fen sums reach 2^63 and limits 10^4.
    const __int128 scaledCumulative = __int128(cumulativeBeforeFen) * AbcThresholds::Whole;
    if (scaledCumulative < __int128(thresholds.aHundredths()) * positiveTotalFen)
        return AbcClass::A;
    if (scaledCumulative < __int128(thresholds.bHundredths()) * positiveTotalFen)
        return AbcClass::B;
    return AbcClass::C;
}

namespace {

// The rule itself; `take(i)` hands over customer i for its line in the ranking, copied or moved.
template <typename Take>
AbcResult classify(std::span<const CustomerValue> customers, AbcMeasure measure, AbcThresholds thresholds, Take take)
{
    AbcResult result;
    result.measure = measure;
    result.thresholds = thresholds;

    // Sorting (value, index) pairs keeps the comparisons on integers held side by side; codes
    // are only looked at for ties, which are many (every customer without orders is at 0).
    struct Key
    {
        qint64 value;
        int index;
    };
    std::vector<Key> order(customers.size());
    for (size_t i = 0; i < customers.size(); ++i) {
        const qint64 value = valueOf(customers[i], measure);
        order[i] = { value, int(i) };
        if (value > 0)
            result.positiveTotal += Money::fromFen(value);
        result.totalSales += customers[i].sales;
        result.totalProfit += customers[i].profit;
    }
    // Storage hands customers over in code order; then a tie is decided by position, without
    // comparing strings at all.
    const bool inCodeOrder = std::is_sorted(customers.begin(), customers.end(),
        [](const CustomerValue &l, const CustomerValue &r) { return l.code < r.code; });
    std::sort(order.begin(), order.end(), [&](const Key &l, const Key &r) {
        if (l.value != r.value)
            return l.value > r.value;
        if (inCodeOrder)
            return l.index < r.index;
        return customers[size_t(l.index)].code < customers[size_t(r.index)].code;
    });

    const qint64 total = result.positiveTotal.fen();
    const size_t count = customers.size();
    result.ranked.resize(count);
    qint64 cumulative = 0;
    for (size_t position = 0; position < count; ++position) {
        const Key &key = order[position];
        AbcRankedCustomer &row = result.ranked[position];
        row.rank = int(position) + 1;
        row.value = Money::fromFen(key.value);
        row.cumulativeBefore = Money::fromFen(cumulative);
        row.share = ratio(key.value, total);
        row.cumulativeShareBefore = ratio(cumulative, total);
        row.abcClass = abcClassAt(key.value, cumulative, total, thresholds);
        if (key.value > 0)
            cumulative += key.value;
    }
    // The customers go into their lines in the order they came, not in ranking order: reading
    // 200 000 of them (and their strings' reference counts) at random took most of the time,
    // and scattered writes cost far less than scattered reads.
    std::vector<int> positionOf(count);
    for (size_t position = 0; position < count; ++position)
        positionOf[size_t(order[position].index)] = int(position);
    result.positionById.resize(count);
    for (size_t i = 0; i < count; ++i) {
        result.positionById[i] = { customers[i].id, positionOf[i] };
        result.ranked[size_t(positionOf[i])].customer = take(i);
    }
    std::sort(result.positionById.begin(), result.positionById.end());
    summarize(result);
    return result;
}

} // namespace

AbcResult classifyAbc(std::span<const CustomerValue> customers, AbcMeasure measure, AbcThresholds thresholds)
{
    return classify(customers, measure, thresholds, [customers](size_t i) { return customers[i]; });
}

AbcResult reclassifyAbc(AbcResult result, AbcThresholds thresholds)
{
    result.thresholds = thresholds;
    const qint64 total = result.positiveTotal.fen();
    for (AbcRankedCustomer &row : result.ranked)
        row.abcClass = abcClassAt(row.value.fen(), row.cumulativeBefore.fen(), total, thresholds);
    result.classes = {};
    summarize(result);
    return result;
}

AbcResult classifyAbc(std::vector<CustomerValue> &&customers, AbcMeasure measure, AbcThresholds thresholds)
{
    return classify(customers, measure, thresholds, [&customers](size_t i) { return std::move(customers[i]); });
}

} // namespace kehu
