#pragma once

#include "domain/abcresult.h"

#include <QChartView>

namespace kehu {

// The class shares at a glance: three bars of 100 % (customers, sales, profit), each split
// into the A, B and C shares, so "6 % of the customers bring half the profit" shows as one
// picture. A class whose sum is negative counts as 0 % here (the summary table has the
// figure). Clicking a part emits its class.
class AbcShareChartView : public QChartView
{
    Q_OBJECT

public:
    explicit AbcShareChartView(QWidget *parent = nullptr);

    void setResult(const AbcResult &result);
    // The percent drawn for a class in bar 0 customers, 1 sales, 2 profit; public for tests.
    double drawnPercent(AbcClass abcClass, int bar) const;

Q_SIGNALS:
    void classClicked(kehu::AbcClass abcClass);

private:
    std::array<std::array<double, 3>, 3> m_percent {}; // [class][bar]
};

} // namespace kehu
