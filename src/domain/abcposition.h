#pragma once

#include "abcclass.h"
#include "abcthresholds.h"
#include "customervalue.h"

#include <optional>
#include <span>

namespace kehu {

// Where one customer stands in the ABC ranking of a set of customers.
struct AbcPosition
{
    int rank = 0; // 1 for the highest value
    int customers = 0; // how many take part
    Money value;
    AbcClass abcClass = AbcClass::C;

    bool operator==(const AbcPosition &) const = default;
};

// The same class and rank as classifyAbc() gives the customer, found in one pass without
// sorting everyone: what the customer's page needs. nullopt when the customer is not among them.
std::optional<AbcPosition> abcPositionOf(std::span<const CustomerValue> customers, qint64 customerId,
                                         AbcMeasure measure, AbcThresholds thresholds);

} // namespace kehu
