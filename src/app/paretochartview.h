#pragma once

#include "segmentationanalysis.h"

#include <QChartView>

namespace kehu {

// The Pareto chart of the Segmentation view: customers ranked by value as bars coloured by
// class (groups of neighbouring customers when there are more than
// SegmentationAnalysis::MaxBars), the cumulative share as a line on a percent axis, and the A
// and B limits as horizontal lines. Hovering a bar names its customer or group.
class ParetoChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ParetoChartView(QWidget *parent = nullptr);

    void setAnalysis(const SegmentationAnalysis &analysis);
    // What the tooltip of bar `index` says; public for tests.
    QString barText(int index) const;

private:
    void showBarTip(bool status, int index);

    std::vector<ParetoBucket> m_buckets;
    std::vector<QString> m_singleNames; // the customer of a one-customer bar, else empty
    AbcMeasure m_measure = AbcMeasure::Profit;
};

} // namespace kehu
