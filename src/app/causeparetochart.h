#pragma once

#include "domain/complaintreport.h"

#include <QChartView>

namespace kehu {

// The quality meeting's Pareto chart: root causes as bars, most frequent first, with the
// cumulative share of complaints as a line on a percent axis and an 80 % guide — which few
// causes make most complaints. At most MaxBars causes; the rest are one "other causes" bar.
class CauseParetoChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int MaxBars = 12;

    explicit CauseParetoChart(QWidget *parent = nullptr);
    void setCounts(const std::vector<ComplaintCount> &pareto);
    int barCount() const { return m_bars; }

private:
    int m_bars = 0;
};

} // namespace kehu
