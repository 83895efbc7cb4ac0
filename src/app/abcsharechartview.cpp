#include "abcsharechartview.h"

#include "abcclasscolor.h"
#include "displayformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLayout>
#include <QToolTip>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace kehu {

AbcShareChartView::AbcShareChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("shareChart"));
    setRenderHint(QPainter::Antialiasing);
}

double AbcShareChartView::drawnPercent(AbcClass abcClass, int bar) const
{
    return m_percent[size_t(abcIndex(abcClass))][size_t(bar)];
}

void AbcShareChartView::setResult(const AbcResult &result)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->legend()->setVisible(false); // the summary rows beside it carry the same colours

    std::array<double, 3> barTotals {}; // above 100 % when a class with a loss counts as 0
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    for (AbcClass c : AllAbcClasses) {
        const AbcClassSummary &line = result.summary(c);
        auto *set = new QBarSet(displayName(c));
        set->setColor(abcClassColor(c));
        set->setBorderColor(Qt::white);
        // Bottom to top: profit, sales, customers. Small parts have no room for a label: hovering says it.
        const double shares[] = {line.shareOfProfit, line.shareOfSales, line.shareOfCustomers};
        for (int bar = 0; bar < 3; ++bar) {
            const double percent = std::max(0.0, shares[bar] * 100.0);
            m_percent[size_t(abcIndex(c))][size_t(2 - bar)] = percent;
            set->append(percent);
            barTotals[size_t(bar)] += percent;
        }
        connect(set, &QBarSet::clicked, this, [this, c](int) { Q_EMIT classClicked(c); });
        connect(set, &QBarSet::hovered, this, [this, c](bool status, int index) {
            if (!status) {
                QToolTip::hideText();
                return;
            }
            static const char *const bars[] = {QT_TR_NOOP("of the profit"), QT_TR_NOOP("of the sales"),
                                               QT_TR_NOOP("of the customers")};
            QToolTip::showText(QCursor::pos(), tr("%1: %2 %3")
                                                       .arg(displayName(c), formatPercent(m_percent[size_t(abcIndex(c))][size_t(2 - index)] / 100.0),
                                                            tr(bars[index])),
                               this);
        });
        series->append(set);
    }
    chart->addSeries(series);

    auto *barAxis = new QBarCategoryAxis;
    barAxis->append({displayName(AbcMeasure::Profit), displayName(AbcMeasure::Sales),
                     QCoreApplication::translate("kehu::SegmentationSummaryModel", "Customers")});
    barAxis->setGridLineVisible(false);
    QFont small = barAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    barAxis->setLabelsFont(small);
    chart->addAxis(barAxis, Qt::AlignLeft);
    series->attachAxis(barAxis);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, std::max(100.0, std::ceil(*std::max_element(barTotals.begin(), barTotals.end()))));
    percentAxis->setTickCount(5);
    percentAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    percentAxis->setLabelsFont(small);
    chart->addAxis(percentAxis, Qt::AlignBottom);
    series->attachAxis(percentAxis);

    const std::unique_ptr<QChart> previous(this->chart()); // setChart leaves it to its caller
    setChart(chart);
}

} // namespace kehu
