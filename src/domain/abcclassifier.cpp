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

AbcResult classifyAbc(std::span<const CustomerValue> customers, AbcMeasure measure, AbcThresholds thresholds)
{
    AbcResult result;
    result.measure = measure;
    result.thresholds = thresholds;

    // Sorting indices keeps the comparisons on plain integers and codes without moving strings.
    std::vector<qint64> values(customers.size());
    std::vector<int> order(customers.size());
    for (size_t i = 0; i < customers.size(); ++i) {
        values[i] = valueOf(customers[i], measure);
        order[i] = int(i);
        if (values[i] > 0)
            result.positiveTotal += Money::fromFen(values[i]);
        result.totalSales += customers[i].sales;
        result.totalProfit += customers[i].profit;
    }
    std::sort(order.begin(), order.end(), [&](int l, int r) {
        if (values[size_t(l)] != values[size_t(r)])
            return values[size_t(l)] > values[size_t(r)];
        return customers[size_t(l)].code < customers[size_t(r)].code;
    });

    const qint64 total = result.positiveTotal.fen();
    result.ranked.reserve(customers.size());
    result.indexOfId.reserve(qsizetype(customers.size()));
    qint64 cumulative = 0;
    for (int i : order) {
        const qint64 value = values[size_t(i)];
        AbcRankedCustomer row;
        row.customer = customers[size_t(i)];
        row.rank = int(result.ranked.size()) + 1;
        row.value = Money::fromFen(value);
        row.cumulativeBefore = Money::fromFen(cumulative);
        row.share = ratio(value, total);
        row.cumulativeShareBefore = ratio(cumulative, total);
        row.abcClass = abcClassAt(value, cumulative, total, thresholds);
        if (value > 0)
            cumulative += value;
        result.indexOfId.insert(row.customer.id, int(result.ranked.size()));
        result.ranked.push_back(std::move(row));
    }
    summarize(result);
    return result;
}

} // namespace kehu
