#include "abcbreakdownchartview.h"

#include "abcbreakdownmodel.h"
#include "abcclasscolor.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <memory>

namespace kehu {
namespace {

constexpr double YuanPerUnit = 10000.0; // 万元, like the Pareto chart

} // namespace

AbcBreakdownChartView::AbcBreakdownChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("breakdownChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void AbcBreakdownChartView::setModel(const AbcBreakdownModel *model, AbcMeasure measure)
{
    const int groups = int(model->rows().size());
    m_rows = std::min(groups, MaxGroups);

    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(groups > m_rows ? tr("%1 per class by %2: the %3 largest of %4")
                                              .arg(displayName(measure), AbcBreakdownModel::kindName(model->kind()).toLower(),
                                                   QString::number(m_rows), QString::number(groups))
                                    : tr("%1 per class by %2")
                                              .arg(displayName(measure), AbcBreakdownModel::kindName(model->kind()).toLower()));

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QStringList categories;
    // Horizontal bars are drawn from the bottom up: the largest group goes last, on top.
    for (int row = m_rows - 1; row >= 0; --row)
        categories << model->groupName(row);
    for (AbcClass c : AllAbcClasses) {
        auto *set = new QBarSet(displayName(c));
        set->setColor(abcClassColor(c));
        set->setBorderColor(abcClassColor(c));
        for (int row = m_rows - 1; row >= 0; --row)
            set->append(model->rows()[size_t(row)].value[size_t(abcIndex(c))].yuan() / YuanPerUnit);
        connect(set, &QBarSet::clicked, this, [this, c](int index) { Q_EMIT partClicked(m_rows - 1 - index, c); });
        series->append(set);
    }
    chart->addSeries(series);

    auto *groupAxis = new QBarCategoryAxis;
    groupAxis->append(categories);
    groupAxis->setGridLineVisible(false);
    chart->addAxis(groupAxis, Qt::AlignLeft);
    series->attachAxis(groupAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(tr("%1 (10 000 yuan)").arg(displayName(measure)));
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();

    const std::unique_ptr<QChart> previous(this->chart()); // setChart leaves it to its caller
    setChart(chart);
}

} // namespace kehu
