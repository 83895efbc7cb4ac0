#pragma once

#include "domain/abcbreakdown.h"
#include "domain/abccrosstable.h"
#include "domain/abcmovers.h"
#include "domain/abcresult.h"
#include "domain/paretobuckets.h"

#include <memory>
#include <vector>

namespace kehu {

// The customers' values of a period and of the period of the same length before it: what the
// Segmentation view reads from the database once per period and filter.
struct SegmentationValues
{
    std::shared_ptr<const std::vector<CustomerValue>> current;
    std::shared_ptr<const std::vector<CustomerValue>> previous;
};

// Everything the Segmentation view shows, computed from SegmentationValues for one measure and
// one pair of limits; pure computation, so it runs on any thread.
struct SegmentationAnalysis
{
    AbcResult result;
    AbcCrossTable cross;
    AbcMovers movers;
    std::vector<ParetoBucket> buckets;
    // breakdownAbc(result, kind) for each ListKind, indexed by int(kind): switching the
    // breakdown's dimension then costs nothing on the GUI thread.
    std::array<std::vector<AbcBreakdownRow>, 4> breakdowns;

    const std::vector<AbcBreakdownRow> &breakdown(ListKind kind) const { return breakdowns[size_t(kind)]; }

    static constexpr int MaxBars = 100;

    static SegmentationAnalysis compute(const SegmentationValues &values, AbcMeasure measure, AbcThresholds thresholds);
};

} // namespace kehu
