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
    // Both periods ranked by each measure (indexed by int(AbcMeasure)) under any limits: a new
    // measure or new limits then only re-walk a ranking (reclassifyAbc) instead of sorting.
    std::array<std::shared_ptr<const AbcResult>, 2> currentRanking;
    std::array<std::shared_ptr<const AbcResult>, 2> previousRanking;
    // Where customer i of `current` (`previous`) stands in each ranking, by measure.
    std::shared_ptr<const std::array<std::vector<int>, 2>> currentPositions;
    std::shared_ptr<const std::array<std::vector<int>, 2>> previousPositions;
    // Where customer i of `current` is in `previous`; -1 when it is not there.
    std::shared_ptr<const std::vector<int>> previousIndex;

    // Fills the rankings and positions from the values.
    void rank();
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

    // Re-walks the rankings of `values` (ranking them first when they are not yet): no sorting
    // and no look-ups by id, which for 200 000 customers took most of the time.
    static SegmentationAnalysis compute(const SegmentationValues &values, AbcMeasure measure, AbcThresholds thresholds);
    // The same from scratch with the domain's functions (classifyAbc, crossTabulateAbc,
    // compareAbc): what compute() must equal, for tests.
    static SegmentationAnalysis computeDirectly(const SegmentationValues &values, AbcMeasure measure,
                                                AbcThresholds thresholds);
};

} // namespace kehu
