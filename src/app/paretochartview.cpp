#include "paretochartview.h"

#include "abcclasscolor.h"
#include "displayformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace kehu {
namespace {

constexpr double YuanPerUnit = 10000.0; // the value axis counts 万元, as Chinese sales reports do

} // namespace

ParetoChartView::ParetoChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("paretoChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

QString ParetoChartView::barText(int index) const
{
    if (index < 0 || size_t(index) >= m_buckets.size())
        return {};
    const ParetoBucket &bucket = m_buckets[size_t(index)];
    const QString value = formatMoney(bucket.value);
    const QString cumulative = formatPercent(bucket.cumulativeShareAtEnd);
    if (bucket.count == 1) {
        return tr("#%1 %2\n%3: %4\nCumulative share: %5")
                .arg(QString::number(bucket.firstRank), m_singleNames[size_t(index)], displayName(m_measure), value,
                     cumulative);
    }
    return tr("Ranks %1–%2 (%3 customers: A %4, B %5, C %6)\n%7: %8\nCumulative share: %9")
            .arg(QString::number(bucket.firstRank), QString::number(bucket.firstRank + bucket.count - 1),
                 QLocale().toString(bucket.count), QString::number(bucket.classCounts[0]),
                 QString::number(bucket.classCounts[1]), QString::number(bucket.classCounts[2]),
                 displayName(m_measure), value, cumulative);
}

void ParetoChartView::showBarTip(bool status, int index)
{
    if (status)
        QToolTip::showText(QCursor::pos(), barText(index), this);
    else
        QToolTip::hideText();
}

void ParetoChartView::setAnalysis(const SegmentationAnalysis &analysis)
{
    const AbcResult &result = analysis.result;
    m_buckets = analysis.buckets;
    m_measure = result.measure;
    m_singleNames.assign(m_buckets.size(), QString());
    for (size_t i = 0; i < m_buckets.size(); ++i) {
        if (m_buckets[i].count == 1) {
            const AbcRankedCustomer &line = result.ranked[size_t(m_buckets[i].firstRank - 1)];
            m_singleNames[i] = line.customer.code + QLatin1Char(' ') + line.customer.name;
        }
    }

    QChart *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const bool grouped = result.ranked.size() > m_buckets.size();
    chart->setTitle(grouped ? tr("Pareto chart: %1 customers ranked by %2, in %3 groups")
                                      .arg(QLocale().toString(qlonglong(result.ranked.size())),
                                           displayName(result.measure).toLower(), QString::number(m_buckets.size()))
                            : tr("Pareto chart: %1 customers ranked by %2")
                                      .arg(QLocale().toString(qlonglong(result.ranked.size())),
                                           displayName(result.measure).toLower()));

    // One set per class; a bar has its value in the set of its class and 0 in the others, so a
    // stacked series draws each bar in its class's colour.
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.9);
    std::array<QBarSet *, 3> sets {};
    for (AbcClass c : AllAbcClasses) {
        QBarSet *set = new QBarSet(displayName(c));
        set->setColor(abcClassColor(c));
        set->setBorderColor(abcClassColor(c));
        sets[size_t(abcIndex(c))] = set;
    }
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    cumulative->setPen(QPen(QColor(0xe6, 0x51, 0x00), 2));
    QStringList categories;
    for (size_t i = 0; i < m_buckets.size(); ++i) {
        const ParetoBucket &bucket = m_buckets[i];
        const AbcClass c = bucket.soleClass.value_or(bucket.majorityClass);
        for (AbcClass each : AllAbcClasses)
            sets[size_t(abcIndex(each))]->append(each == c ? bucket.value.yuan() / YuanPerUnit : 0.0);
        cumulative->append(double(i), bucket.cumulativeShareAtEnd * 100.0);
        categories << QString::number(bucket.firstRank);
    }
    for (QBarSet *set : sets)
        bars->append(set);
    connect(bars, &QStackedBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *) { showBarTip(status, index); });
    chart->addSeries(bars);
    chart->addSeries(cumulative);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    xAxis->setLabelsVisible(m_buckets.size() <= 30);
    xAxis->setGridLineVisible(false);
    chart->addAxis(xAxis, Qt::AlignBottom);
    bars->attachAxis(xAxis);
    cumulative->attachAxis(xAxis);

    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(tr("%1 (10 000 yuan)").arg(displayName(result.measure)));
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();

    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setTickCount(6);
    percentAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    percentAxis->setTitleText(tr("Cumulative share"));
    chart->addAxis(percentAxis, Qt::AlignRight);
    cumulative->attachAxis(percentAxis);

    // The limits span the whole width: from the left edge of the first bar to the right of the last.
    const double left = -0.5;
    const double right = double(m_buckets.size()) - 0.5;
    const std::pair<int, QString> limits[] = {
            {result.thresholds.aHundredths(), tr("A limit %1 %").arg(AbcThresholds::formatPercent(result.thresholds.aHundredths()))},
            {result.thresholds.bHundredths(), tr("B limit %1 %").arg(AbcThresholds::formatPercent(result.thresholds.bHundredths()))},
    };
    const AbcClass limitClass[] = {AbcClass::A, AbcClass::B};
    for (int i = 0; i < 2; ++i) {
        auto *line = new QLineSeries;
        line->setName(limits[i].second);
        line->setPen(QPen(abcClassColor(limitClass[i]), 1.5, Qt::DashLine));
        const double y = limits[i].first / 100.0;
        line->append(left, y);
        line->append(right, y);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(percentAxis);
    }

    const std::unique_ptr<QChart> previous(this->chart()); // setChart leaves it to its caller
    setChart(chart);
}

} // namespace kehu
