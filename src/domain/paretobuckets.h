#pragma once

#include "abcresult.h"

#include <optional>

namespace kehu {

// A bar of the Pareto chart: consecutive customers of the ranking drawn as one, so that
// thousands of customers fit a chart of a few hundred bars.
struct ParetoBucket
{
    int firstRank = 0; // 1-based rank of its first customer
    int count = 0;
    Money value; // the sum of its customers' values
    double cumulativeShareAtEnd = 0; // positive values up to and including its last customer / positive total
    std::array<int, 3> classCounts {}; // A B C
    AbcClass majorityClass = AbcClass::C; // the most frequent class; the better one on a tie
    std::optional<AbcClass> soleClass; // set when every customer in it has the same class

    bool operator==(const ParetoBucket &) const = default;
};

// At most `bucketCount` buckets of nearly equal size (sizes differ by at most one, larger
// first); one per customer when there are fewer customers than buckets.
std::vector<ParetoBucket> paretoBuckets(const AbcResult &result, int bucketCount);

} // namespace kehu
