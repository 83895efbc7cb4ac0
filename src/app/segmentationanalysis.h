#pragma once

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

    static constexpr int MaxBars = 100;

    static SegmentationAnalysis compute(const SegmentationValues &values, AbcMeasure measure, AbcThresholds thresholds);
};

} // namespace kehu
