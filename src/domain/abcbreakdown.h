#pragma once

#include "abcresult.h"
#include "referencelists.h"

namespace kehu {

// The ABC classes of one group of customers (one region, industry, sales center or account
// manager): how many of each class it holds and what they are worth.
struct AbcBreakdownRow
{
    qint64 groupId = 0; // a list item id; 0 for customers without one
    std::array<int, 3> customers {}; // per class, A B C
    std::array<Money, 3> value {}; // per class, in the result's measure
    Money sales;
    Money profit;

    int totalCustomers() const { return customers[0] + customers[1] + customers[2]; }
    Money totalValue() const { return value[0] + value[1] + value[2]; }
    bool operator==(const AbcBreakdownRow &) const = default;
};

// One row per group that has customers in `result`, by total value (highest first), then id.
std::vector<AbcBreakdownRow> breakdownAbc(const AbcResult &result, ListKind groupBy);

} // namespace kehu
