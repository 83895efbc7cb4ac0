#include "segmentationanalysis.h"

#include "domain/abcclassifier.h"

namespace kehu {

SegmentationAnalysis SegmentationAnalysis::compute(const SegmentationValues &values, AbcMeasure measure,
                                                   AbcThresholds thresholds)
{
    SegmentationAnalysis analysis;
    static const std::vector<CustomerValue> none;
    const std::vector<CustomerValue> &current = values.current ? *values.current : none;
    const std::vector<CustomerValue> &previous = values.previous ? *values.previous : none;
    analysis.result = classifyAbc(current, measure, thresholds);
    analysis.cross = crossTabulateAbc(current, thresholds);
    analysis.movers = compareAbc(classifyAbc(previous, measure, thresholds), analysis.result);
    analysis.buckets = paretoBuckets(analysis.result, MaxBars);
    for (ListKind kind : {ListKind::SalesCenter, ListKind::Region, ListKind::Industry, ListKind::AccountManager})
        analysis.breakdowns[size_t(kind)] = breakdownAbc(analysis.result, kind);
    return analysis;
}

} // namespace kehu
