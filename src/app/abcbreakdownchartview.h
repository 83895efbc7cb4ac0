#pragma once

#include "domain/abcclass.h"

#include <QChartView>

namespace kehu {

class AbcBreakdownModel;

// The breakdown as a chart: one horizontal bar per group (the largest groups, at most
// MaxGroups), stacked by class in the model's measure. Clicking a part of a bar emits the
// group's row in the model and the class.
class AbcBreakdownChartView : public QChartView
{
    Q_OBJECT

public:
    static constexpr int MaxGroups = 12;

    explicit AbcBreakdownChartView(QWidget *parent = nullptr);

    void setModel(const AbcBreakdownModel *model, AbcMeasure measure);
    // Model rows drawn, top bar first.
    int barCount() const { return m_rows; }

Q_SIGNALS:
    void partClicked(int modelRow, kehu::AbcClass abcClass);

private:
    int m_rows = 0;
};

} // namespace kehu
