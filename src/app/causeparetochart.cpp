#include "causeparetochart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

namespace kehu {

CauseParetoChart::CauseParetoChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("causeParetoChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setCounts({});
}

void CauseParetoChart::setCounts(const std::vector<ComplaintCount> &pareto)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    int total = 0;
    for (const ComplaintCount &row : pareto)
        total += row.count;
    chart->setTitle(tr("Root causes of %n complaint(s)", nullptr, total));

    auto *set = new QBarSet(tr("Complaints"));
    set->setColor(QColor(0x15, 0x65, 0xc0));
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    cumulative->setPen(QPen(QColor(0xe6, 0x51, 0x00), 2));
    QStringList categories;
    int running = 0;
    int maxCount = 0;
    const size_t shown = std::min<size_t>(pareto.size(), MaxBars);
    for (size_t i = 0; i < shown; ++i) {
        int count = pareto[i].count;
        QString name = pareto[i].key;
        if (i == MaxBars - 1 && pareto.size() > MaxBars) {
            count = total - running;
            name = tr("%n other cause(s)", nullptr, int(pareto.size() - i));
        }
        running += count;
        maxCount = std::max(maxCount, count);
        set->append(count);
        cumulative->append(double(i), total > 0 ? 100.0 * running / total : 0.0);
        categories << (name.size() > 10 ? name.left(9) + QStringLiteral("…") : name);
    }
    m_bars = int(shown);
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    chart->addSeries(cumulative);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    xAxis->setLabelsAngle(-40);
    chart->addAxis(xAxis, Qt::AlignBottom);
    bars->attachAxis(xAxis);
    cumulative->attachAxis(xAxis);

    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, std::max(1, maxCount));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Complaints"));
    chart->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);
    countAxis->applyNiceNumbers();

    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setTickCount(6);
    percentAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    percentAxis->setTitleText(tr("Cumulative share"));
    chart->addAxis(percentAxis, Qt::AlignRight);
    cumulative->attachAxis(percentAxis);

    if (shown > 0) {
        auto *guide = new QLineSeries;
        guide->setName(tr("80 %"));
        guide->setPen(QPen(QColor(0x75, 0x75, 0x75), 1, Qt::DashLine));
        guide->append(-0.5, 80);
        guide->append(double(shown) - 0.5, 80);
        chart->addSeries(guide);
        guide->attachAxis(xAxis);
        guide->attachAxis(percentAxis);
    }

    QChart *old = this->chart();
    setChart(chart);
    if (old)
        old->deleteLater();
}

} // namespace kehu
