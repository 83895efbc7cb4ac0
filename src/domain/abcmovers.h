#pragma once

#include "abcresult.h"
#include "period.h"

namespace kehu {

// A customer whose class changed between two periods.
struct AbcMove
{
    CustomerValue customer; // as in the current period
    AbcClass previous = AbcClass::C;
    AbcClass current = AbcClass::C;
    Money previousValue;
    Money currentValue;
    int currentRank = 0;

    bool operator==(const AbcMove &) const = default;
};

// Who moved class since the previous period (DOMAIN §3): the 3×3 table of previous class
// against current class, and the customers that went up (toward A) or down (toward C).
struct AbcMovers
{
    std::array<std::array<int, 3>, 3> counts {}; // [previous class][current class]
    std::vector<AbcMove> up; // in the current ranking's order
    std::vector<AbcMove> down; // in the current ranking's order

    int count(AbcClass previous, AbcClass current) const
    {
        return counts[size_t(abcIndex(previous))][size_t(abcIndex(current))];
    }
};

// Compares two classifications with the same measure. A customer absent from `previous`
// (a file created since) counts as C there with value 0; customers absent from `current`
// (archived since, or outside the filters now) are left out.
AbcMovers compareAbc(const AbcResult &previous, const AbcResult &current);

// The period of the same number of days just before `period`: what movers compare against.
Period previousPeriodOfSameLength(const Period &period);

} // namespace kehu
