#pragma once

#include "abcresult.h"

#include <span>

namespace kehu {

// Class by sales against class by profit for the same customers (DOMAIN §3): a customer that
// is A by sales but C by profit buys a lot and earns little, which the sales manager is warned of.
struct AbcCrossTable
{
    std::array<std::array<int, 3>, 3> counts {}; // [class by sales][class by profit]
    std::vector<AbcRankedCustomer> aBySalesCByProfit; // their lines in the sales ranking, in its order

    int count(AbcClass bySales, AbcClass byProfit) const
    {
        return counts[size_t(abcIndex(bySales))][size_t(abcIndex(byProfit))];
    }
};

// From two classifications of the same customers, one by sales and one by profit.
AbcCrossTable crossTabulateAbc(const AbcResult &bySales, const AbcResult &byProfit);
// Classifies `customers` both ways with the same thresholds, then cross-tabulates.
AbcCrossTable crossTabulateAbc(std::span<const CustomerValue> customers, AbcThresholds thresholds);

} // namespace kehu
