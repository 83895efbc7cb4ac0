#pragma once

#include "abcresult.h"

#include <span>
#include <vector>

namespace kehu {

// The Pareto / ABC rule of DOMAIN §3, exactly: rank by value (highest first, ties by code
// ascending); a customer whose cumulative share of the positive total *before* it is below
// the A limit is A, below the B limit B, else C; a value of 0 or less is always C.
// Every customer given takes part (those without orders at 0); choosing who takes part
// (archived ones out, filters) is the caller's job.
AbcResult classifyAbc(std::span<const CustomerValue> customers, AbcMeasure measure, AbcThresholds thresholds);
// The same, moving the customers into the result instead of copying them, for a caller that is
// done with them (kehu-cli); the Segmentation view keeps its values to reclassify on a click.
AbcResult classifyAbc(std::vector<CustomerValue> &&customers, AbcMeasure measure, AbcThresholds thresholds);

// The same ranking under other limits: only the classes and the per-class summary change, so
// a result already ranked is walked once instead of sorted again (a new A or B limit in the
// Segmentation view). Equal to classifyAbc(customers, result.measure, thresholds).
AbcResult reclassifyAbc(AbcResult result, AbcThresholds thresholds);

// The class of a customer whose positive value has `cumulativeBefore` ranked above it, decided
// by integer cross-multiplication so that a boundary at exactly 50 % is exactly not below it.
AbcClass abcClassAt(qint64 valueFen, qint64 cumulativeBeforeFen, qint64 positiveTotalFen, AbcThresholds thresholds);

} // namespace kehu
