#include "scorecardview.h"

#include "displayformat.h"
#include "scorecardmodel.h"

#include "domain/csvwriter.h"
#include "storage/database.h"
#include "storage/scorecardreader.h"
#include "storage/storageerror.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace kehu {
namespace {

constexpr double YuanPerUnit = 10000.0; // the chart counts 万元, as Chinese sales reports do
constexpr int ChartManagers = 20; // more bars than this are unreadable; the table has everyone

QDateEdit *dateEdit(QDate date, QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ScorecardView::ScorecardView(const Database &db, ReferenceLists lists, QString language, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_lists(std::move(lists))
    , m_language(std::move(language))
    , m_today(today)
{
    setObjectName(QStringLiteral("scorecardView"));
    m_model = new ScorecardModel(this);
    m_model->setManagerNames([this](qint64 id) {
        const ListItem *item = m_lists.find(ListKind::AccountManager, id);
        return item ? item->displayName(m_language) : QString();
    });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScorecardModel::SortRole);
    m_watcher = new QFutureWatcher<Result>(this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const Period initial = Period::lastTwelveMonths(today);
    m_from = dateEdit(initial.from, this, QStringLiteral("fromEdit"));
    m_to = dateEdit(initial.to, this, QStringLiteral("toEdit"));
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *lastYear = new QPushButton(tr("Last 12 months"), this);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setShortcut(QKeySequence::Refresh);
    m_chartKind = new QComboBox(this);
    m_chartKind->setObjectName(QStringLiteral("chartKindCombo"));
    m_chartKind->addItem(tr("Chart: sales and profit"));
    m_chartKind->addItem(tr("Chart: follow-ups done and due"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItems({tr("UTF-8"), tr("UTF-8 with BOM (Excel)"), tr("GB18030 (Excel, Chinese Windows)")});
    m_encoding->setCurrentIndex(QSettings().value(QStringLiteral("scorecard/encoding"), 1).toInt());
    m_exportButton = new QPushButton(tr("E&xport CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    for (QWidget *widget : std::initializer_list<QWidget *>{fromLabel, m_from, toLabel, m_to, lastYear, refresh})
        bar->addWidget(widget);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_chartKind);
    bar->addWidget(m_encoding);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("scorecardTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths that fit the seventeen columns in a 1480-pixel window.
    const std::pair<int, int> widths[] = {
            {ScorecardModel::Manager, 110}, {ScorecardModel::Customers, 80}, {ScorecardModel::ClassA, 40},
            {ScorecardModel::ClassB, 40}, {ScorecardModel::ClassC, 40}, {ScorecardModel::Sales, 125},
            {ScorecardModel::Profit, 125}, {ScorecardModel::Margin, 70}, {ScorecardModel::FollowUpsDone, 110},
            {ScorecardModel::FollowUpsDue, 60}, {ScorecardModel::FollowUpRate, 70}, {ScorecardModel::FollowUpsOverdue, 70},
            {ScorecardModel::Complaints, 90}, {ScorecardModel::ResolutionHours, 100}, {ScorecardModel::ReopenRate, 80},
            {ScorecardModel::Satisfaction, 90}, {ScorecardModel::Loyalty, 70}};
    for (const auto &[column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    m_table->sortByColumn(ScorecardModel::Sales, Qt::DescendingOrder);
    m_chart = new QChartView(splitter);
    m_chart->setObjectName(QStringLiteral("scorecardChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chart->chart()->setMargins(QMargins(4, 4, 4, 4));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(refresh, &QPushButton::clicked, this, &ScorecardView::reload);
    connect(lastYear, &QPushButton::clicked, this, [this] { setPeriod(Period::lastTwelveMonths(m_today)); });
    connect(m_chartKind, &QComboBox::currentIndexChanged, this, &ScorecardView::updateChart);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ScorecardView::updateChart);
    connect(m_exportButton, &QPushButton::clicked, this, &ScorecardView::exportDialog);
    connect(m_encoding, &QComboBox::currentIndexChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("scorecard/encoding"), index); });
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &ScorecardView::onLoaded);
    reload();
}

ScorecardView::~ScorecardView()
{
    m_pending.reset();
    m_watcher->waitForFinished();
}

Period ScorecardView::period() const
{
    return {m_from->date(), m_to->date()};
}

void ScorecardView::setPeriod(const Period &period)
{
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    reload();
}

bool ScorecardView::isLoading() const
{
    return !m_consumed || m_pending.has_value();
}

void ScorecardView::waitForFinished()
{
    while (isLoading()) {
        m_watcher->waitForFinished();
        if (!m_consumed) {
            onLoaded();
        } else {
            m_pending.reset();
            reload();
        }
    }
}

void ScorecardView::reload()
{
    const Period chosen = period();
    if (!chosen.isValid()) {
        m_status->setText(tr("The period ends before it starts."));
        m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
        return;
    }
    m_status->setStyleSheet({});
    m_status->setText(tr("Computing…"));
    if (!m_consumed) {
        m_pending = chosen;
        return;
    }
    m_consumed = false;
    m_watcher->setFuture(QtConcurrent::run([path = m_db.path(), chosen] {
        Result result;
        try {
            Database::Options options;
            options.mode = Database::OpenMode::MustExist;
            Database db(path, options);
            result.rows = ScorecardReader(db).rows(chosen);
        } catch (const StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

void ScorecardView::onLoaded()
{
    if (m_consumed)
        return; // waitForFinished() handled it already
    m_consumed = true;
    // result(), not takeResult(): a taken future no longer counts as finished.
    Result result = m_watcher->result();
    if (m_pending) {
        m_pending.reset();
        reload();
        return;
    }
    if (!result.error.isEmpty()) {
        spdlog::error("scorecard failed: {}", result.error.toStdString());
        m_status->setText(tr("The scorecard could not be computed: %1").arg(result.error));
        return;
    }
    m_model->setRows(std::move(result.rows));
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                          m_table->horizontalHeader()->sortIndicatorOrder());
    const Period shown = period();
    m_status->setText(tr("%n account manager(s), %1 – %2", nullptr, m_model->rowCount())
                              .arg(formatDate(shown.from), formatDate(shown.to)));
    updateChart();
    Q_EMIT loaded();
}

void ScorecardView::updateChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const bool sales = m_chartKind->currentIndex() == 0;
    auto *series = new QBarSeries(chart);
    auto *first = new QBarSet(sales ? tr("Sales (10k yuan)") : tr("Follow-ups done"), series);
    auto *second = new QBarSet(sales ? tr("Profit (10k yuan)") : tr("Follow-ups due"), series);
    first->setColor(QColor(0x2e, 0x86, 0xc1));
    second->setColor(sales ? QColor(0x28, 0xb4, 0x63) : QColor(0xb9, 0x77, 0x0e));
    QStringList categories;
    double low = 0;
    double high = 0;
    const int shown = std::min(m_proxy->rowCount(), ChartManagers);
    for (int row = 0; row < shown; ++row) {
        const ScorecardRow &r = m_model->rows()[size_t(m_proxy->mapToSource(m_proxy->index(row, 0)).row())];
        categories << m_model->managerName(r);
        const double a = sales ? double(r.sales.fen()) / 100.0 / YuanPerUnit : r.followUpsDone;
        const double b = sales ? double(r.profit.fen()) / 100.0 / YuanPerUnit : r.followUpsDue;
        *first << a;
        *second << b;
        low = std::min({low, a, b});
        high = std::max({high, a, b});
    }
    series->append(first);
    series->append(second);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(categories);
    axisX->setLabelsAngle(categories.size() > 14 ? -45 : 0);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis(chart);
    axisY->setRange(low, high > low ? high * 1.05 : 1.0);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->setTitle(m_proxy->rowCount() > ChartManagers
                            ? tr("The first %1 of %2 account managers, in the table's order").arg(ChartManagers).arg(m_proxy->rowCount())
                            : QString());
}

void ScorecardView::exportDialog()
{
    const Period shown = period();
    const QString suggested = QDir::home().filePath(
            tr("scorecard-%1-%2.csv").arg(shown.from.toString(Qt::ISODate), shown.to.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the scorecard"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path, m_encoding->currentIndex());
}

bool ScorecardView::exportCsv(const QString &path, int encodingIndex)
{
    QSaveFile file(path);
    QString error;
    if (file.open(QIODevice::WriteOnly)) {
        CsvWriter writer(&file, encodingIndex == 2 ? TextEncoding::Gb18030 : TextEncoding::Utf8, encodingIndex == 1);
        for (int column = 0; column < ScorecardModel::ColumnCount; ++column)
            writer.field(m_model->headerData(column, Qt::Horizontal).toString());
        writer.endRow();
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            for (int column = 0; column < ScorecardModel::ColumnCount; ++column)
                writer.field(m_model->exportText(source, column));
            writer.endRow();
        }
        if (writer.flush() && file.commit()) {
            m_status->setText(tr("%n manager(s) exported to %1.", nullptr, m_proxy->rowCount()).arg(QDir::toNativeSeparators(path)));
            return true;
        }
    }
    error = file.errorString();
    QMessageBox::warning(this, tr("Export the scorecard"), tr("%1 was not written: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

} // namespace kehu
