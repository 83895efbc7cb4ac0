#include "abccrosstable.h"

#include "abcclassifier.h"

namespace kehu {

AbcCrossTable crossTabulateAbc(const AbcResult &bySales, const AbcResult &byProfit)
{
    AbcCrossTable table;
    for (const AbcRankedCustomer &row : bySales.ranked) {
        const AbcRankedCustomer *other = byProfit.find(row.customer.id);
        if (!other)
            continue; // took part in one classification only
        ++table.counts[size_t(abcIndex(row.abcClass))][size_t(abcIndex(other->abcClass))];
        if (row.abcClass == AbcClass::A && other->abcClass == AbcClass::C)
            table.aBySalesCByProfit.push_back(row);
    }
    return table;
}

AbcCrossTable crossTabulateAbc(std::span<const CustomerValue> customers, AbcThresholds thresholds)
{
    return crossTabulateAbc(
        classifyAbc(customers, AbcMeasure::Sales, thresholds), classifyAbc(customers, AbcMeasure::Profit, thresholds));
}

} // namespace kehu
