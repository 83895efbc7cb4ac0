#include "segmentationview.h"

#include "abcclasscolor.h"
#include "displayformat.h"
#include "paretochartview.h"
#include "rowtablemodel.h"
#include "segmentationsummarymodel.h"

#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kehu {
namespace {

constexpr int EditDelayMs = 300; // typing "80" in a spin box is one change, not two

double percentOf(int hundredths)
{
    return hundredths / 100.0;
}

int hundredthsOf(double percent)
{
    return int(std::lround(percent * 100.0));
}

QStringList classHeaders(const QString &corner)
{
    QStringList headers {corner};
    for (AbcClass c : AllAbcClasses)
        headers << toKey(c);
    return headers;
}

} // namespace

SegmentationView::SegmentationView(const Database &db, const ReferenceLists &lists, const QString &language,
                                   QDate today, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("segmentationView"));
    m_loader = new SegmentationLoader(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(EditDelayMs);
    m_reclassifyTimer = new QTimer(this);
    m_reclassifyTimer->setSingleShot(true);
    m_reclassifyTimer->setInterval(EditDelayMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createControls(lists, language, today));
    layout->addWidget(createResults(), 1);

    connect(m_reloadTimer, &QTimer::timeout, this, &SegmentationView::reload);
    connect(m_reclassifyTimer, &QTimer::timeout, this, &SegmentationView::reclassify);
    connect(m_loader, &SegmentationLoader::started, this, [this] {
        m_busy->setVisible(true);
        m_status->setText(tr("Computing…"));
    });
    connect(m_loader, &SegmentationLoader::finished, this, &SegmentationView::onFinished);
    connect(m_loader, &SegmentationLoader::failed, this, [this](const QString &message) {
        m_busy->setVisible(m_loader->isBusy());
        m_status->setText(tr("The segmentation could not be computed: %1").arg(message));
    });
    reload();
}

SegmentationView::~SegmentationView()
{
    m_loader->waitForFinished();
}

QWidget *SegmentationView::createControls(const ReferenceLists &lists, const QString &language, QDate today)
{
    auto *box = new QWidget(this);
    auto *rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);

    const Period period = Period::lastTwelveMonths(today);
    auto dateEdit = [this](const QString &name, QDate date) {
        auto *edit = new QDateEdit(date, this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, m_reloadTimer, qOverload<>(&QTimer::start));
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fromDate"), period.from);
    m_to = dateEdit(QStringLiteral("toDate"), period.to);
    first->addWidget(new QLabel(tr("From"), box));
    first->addWidget(m_from);
    first->addWidget(new QLabel(tr("to"), box));
    first->addWidget(m_to);

    m_measure = new QComboBox(box);
    m_measure->setObjectName(QStringLiteral("measureCombo"));
    m_measure->addItem(displayName(AbcMeasure::Profit), int(AbcMeasure::Profit));
    m_measure->addItem(displayName(AbcMeasure::Sales), int(AbcMeasure::Sales));
    first->addSpacing(12);
    first->addWidget(new QLabel(tr("Rank by"), box));
    first->addWidget(m_measure);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &SegmentationView::reclassify);

    AbcThresholds saved;
    try {
        saved = DatabaseSettings(m_db).abcThresholds();
    } catch (const StorageError &error) {
        // The defaults still classify; the message says why the saved limits are not used.
        m_status = new QLabel(error.message(), box);
    }
    auto limitBox = [this, box](const QString &name, int hundredths) {
        auto *spin = new QDoubleSpinBox(box);
        spin->setObjectName(name);
        spin->setRange(0.01, 100.0);
        spin->setDecimals(2);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(percentOf(hundredths));
        connect(spin, &QDoubleSpinBox::valueChanged, m_reclassifyTimer, qOverload<>(&QTimer::start));
        return spin;
    };
    m_aLimit = limitBox(QStringLiteral("aLimit"), saved.aHundredths());
    m_bLimit = limitBox(QStringLiteral("bLimit"), saved.bHundredths());
    m_aLimit->setToolTip(tr("A: the customers whose cumulative share before them is below this limit"));
    m_bLimit->setToolTip(tr("B: the customers whose cumulative share before them is below this limit"));
    first->addSpacing(12);
    first->addWidget(new QLabel(tr("A limit"), box));
    first->addWidget(m_aLimit);
    first->addWidget(new QLabel(tr("B limit"), box));
    first->addWidget(m_bLimit);
    first->addStretch(1);

    m_busy = new QProgressBar(box);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    first->addWidget(m_busy);

    m_region = addListCombo(QStringLiteral("segRegion"), tr("Region"), lists.regions, language);
    m_industry = addListCombo(QStringLiteral("segIndustry"), tr("Industry"), lists.industries, language);
    m_center = addListCombo(QStringLiteral("segCenter"), tr("Sales center"), lists.salesCenters, language);
    m_manager = addListCombo(QStringLiteral("segManager"), tr("Account manager"), lists.accountManagers, language);
    for (QComboBox *combo : {m_region, m_industry, m_center, m_manager})
        second->addWidget(combo);
    if (!m_status)
        m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("segmentationStatus"));
    second->addWidget(m_status, 1);
    return box;
}

QComboBox *SegmentationView::addListCombo(const QString &objectName, const QString &label,
                                          const std::vector<ListItem> &items, const QString &language)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(label);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(label + QStringLiteral(": ") + tr("all"), qint64(0));
    for (const ListItem &item : items)
        combo->addItem(item.displayName(language), item.id);
    connect(combo, &QComboBox::currentIndexChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    return combo;
}

QTableView *SegmentationView::createTable(const QString &objectName)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QWidget *SegmentationView::createResults()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryBox = new QGroupBox(tr("Summary per class (click a class to list its customers)"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    m_summary = new SegmentationSummaryModel(this);
    m_summaryView = createTable(QStringLiteral("summaryTable"));
    m_summaryView->setModel(m_summary);
    // Four rows and the header, whole: the table never scrolls.
    m_summaryView->setFixedHeight(m_summaryView->verticalHeader()->defaultSectionSize() * 4
                                  + m_summaryView->horizontalHeader()->sizeHint().height()
                                  + 2 * m_summaryView->frameWidth() + 2);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summaryView->horizontalHeader()->setSectionResizeMode(SegmentationSummaryModel::Class, QHeaderView::ResizeToContents);
    m_summaryView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summaryView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryLayout->addWidget(m_summaryView);
    connect(m_summaryView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const std::optional<AbcClass> c = m_summary->classAt(index.row()))
            showClass(*c);
    });

    auto *crossBox = new QGroupBox(tr("Class by sales × class by profit"), left);
    auto *crossLayout = new QVBoxLayout(crossBox);
    m_cross = new RowTableModel(classHeaders(tr("By sales \\ by profit")), this);
    QTableView *crossView = createTable(QStringLiteral("crossTable"));
    crossView->setModel(m_cross);
    crossView->setFixedHeight(crossView->verticalHeader()->defaultSectionSize() * 3
                          + crossView->horizontalHeader()->sizeHint().height() + 2 * crossView->frameWidth() + 2);
    crossView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    crossView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    crossView->horizontalHeader()->setMinimumSectionSize(36);
    crossView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    crossView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    crossLayout->addWidget(crossView);
    m_warningLabel = new QLabel(crossBox);
    m_warningLabel->setObjectName(QStringLiteral("crossWarning"));
    m_warningLabel->setWordWrap(true);
    crossLayout->addWidget(m_warningLabel);
    m_warnings = new RowTableModel({tr("Code"), tr("Name"), tr("Sales"), tr("Profit")}, this);
    QTableView *warningView = createTable(QStringLiteral("warningTable"));
    warningView->setModel(m_warnings);
    warningView->horizontalHeader()->resizeSection(1, 220);
    crossLayout->addWidget(warningView, 1);
    leftLayout->addWidget(crossBox, 1);

    auto *right = new QSplitter(Qt::Vertical, splitter);
    m_chart = new ParetoChartView(right);
    auto *moversBox = new QGroupBox(tr("Movers since the previous period"), right);
    auto *moversLayout = new QHBoxLayout(moversBox);
    auto *countsLayout = new QVBoxLayout;
    m_moversLabel = new QLabel(moversBox);
    m_moversLabel->setWordWrap(true);
    countsLayout->addWidget(m_moversLabel);
    m_moverCounts = new RowTableModel(classHeaders(tr("Before \\ now")), this);
    QTableView *countsView = createTable(QStringLiteral("moversTable"));
    countsView->setModel(m_moverCounts);
    countsView->setFixedHeight(countsView->verticalHeader()->defaultSectionSize() * 3
                          + countsView->horizontalHeader()->sizeHint().height() + 2 * countsView->frameWidth() + 2);
    countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    countsView->horizontalHeader()->setStretchLastSection(false);
    countsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    countsView->horizontalHeader()->setMinimumSectionSize(36);
    countsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    countsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    countsView->setMinimumWidth(240);
    m_moversLabel->setMaximumWidth(300);
    countsLayout->addWidget(countsView);
    countsLayout->addStretch(1);
    moversLayout->addLayout(countsLayout);
    m_movers = new RowTableModel({tr("Moved"), tr("Code"), tr("Name"), tr("Before"), tr("Now"), tr("Value before"),
                                  tr("Value now")},
                                 this);
    QTableView *moversView = createTable(QStringLiteral("moversList"));
    moversView->setModel(m_movers);
    moversView->horizontalHeader()->resizeSection(2, 200);
    moversLayout->addWidget(moversView, 1);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({600, 880});
    auto *results = new QWidget(this);
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summaryBox);
    layout->addWidget(splitter, 1);
    return results;
}

CustomerValueQuery SegmentationView::query() const
{
    CustomerValueQuery q;
    q.period = {m_from->date(), m_to->date()};
    const auto ids = [](QComboBox *combo) {
        const qint64 id = combo->currentData().toLongLong();
        return id ? std::vector<qint64> {id} : std::vector<qint64> {};
    };
    q.regionIds = ids(m_region);
    q.industryIds = ids(m_industry);
    q.salesCenterIds = ids(m_center);
    q.accountManagerIds = ids(m_manager);
    return q;
}

AbcMeasure SegmentationView::measure() const
{
    return AbcMeasure(m_measure->currentData().toInt());
}

std::optional<AbcThresholds> SegmentationView::thresholds() const
{
    return AbcThresholds::fromHundredths(hundredthsOf(m_aLimit->value()), hundredthsOf(m_bLimit->value()));
}

void SegmentationView::reload()
{
    const CustomerValueQuery q = query();
    const std::optional<AbcThresholds> limits = thresholds();
    if (!q.period.isValid()) {
        m_status->setText(tr("The period must start on or before its last day."));
        return;
    }
    if (!limits) {
        m_status->setText(AbcThresholds::ruleText());
        return;
    }
    m_loader->load(m_db.path(), q, measure(), *limits);
}

void SegmentationView::reclassify()
{
    const std::optional<AbcThresholds> limits = thresholds();
    if (!limits) {
        m_status->setText(AbcThresholds::ruleText());
        return;
    }
    try {
        DatabaseSettings settings(m_db);
        if (settings.abcThresholds() != *limits)
            settings.setAbcThresholds(*limits);
    } catch (const StorageError &error) {
        m_status->setText(tr("The limits could not be saved: %1").arg(error.message()));
    }
    if (!m_loader->reanalyse(measure(), *limits))
        reload();
}

void SegmentationView::onFinished()
{
    const SegmentationAnalysis &analysis = m_loader->analysis();
    m_busy->setVisible(m_loader->isBusy());
    m_summary->setResult(analysis.result);
    m_chart->setAnalysis(analysis);
    showCrossTable(analysis);
    showMovers(analysis);
    const Period previous = previousPeriodOfSameLength(query().period);
    m_status->setText(tr("%1 customers, ranked by %2; previous period %3 – %4. Computed in %5 ms.")
                              .arg(QLocale().toString(qlonglong(analysis.result.ranked.size())),
                                   displayName(analysis.result.measure).toLower(), formatDate(previous.from),
                                   formatDate(previous.to), QLocale().toString(m_loader->lastMilliseconds())));
}

void SegmentationView::showCrossTable(const SegmentationAnalysis &analysis)
{
    std::vector<QVariantList> rows;
    for (AbcClass bySales : AllAbcClasses) {
        QVariantList row {toKey(bySales)};
        for (AbcClass byProfit : AllAbcClasses)
            row << QLocale().toString(analysis.cross.count(bySales, byProfit));
        rows.push_back(row);
    }
    m_cross->setRows(std::move(rows), {1, 2, 3});

    const auto &warned = analysis.cross.aBySalesCByProfit;
    m_warningLabel->setText(warned.empty() ? tr("No customer is A by sales but C by profit.")
                                           : tr("⚠ %n customer(s) A by sales but C by profit: they buy a lot and earn little.",
                                                nullptr, int(warned.size())));
    m_warningLabel->setStyleSheet(warned.empty() ? QString() : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    std::vector<QVariantList> lines;
    lines.reserve(warned.size());
    for (const AbcRankedCustomer &line : warned)
        lines.push_back({line.customer.code, line.customer.name, formatMoney(line.customer.sales),
                         formatMoney(line.customer.profit)});
    m_warnings->setRows(std::move(lines), {2, 3});
}

void SegmentationView::showMovers(const SegmentationAnalysis &analysis)
{
    std::vector<QVariantList> rows;
    for (AbcClass previous : AllAbcClasses) {
        QVariantList row {toKey(previous)};
        for (AbcClass current : AllAbcClasses)
            row << QLocale().toString(analysis.movers.count(previous, current));
        rows.push_back(row);
    }
    m_moverCounts->setRows(std::move(rows), {1, 2, 3});

    const AbcMovers &movers = analysis.movers;
    m_moversLabel->setText(tr("%1 up, %2 down; rows: class in the previous period, columns: class now.")
                                   .arg(QLocale().toString(qlonglong(movers.up.size())),
                                        QLocale().toString(qlonglong(movers.down.size()))));
    std::vector<QVariantList> lines;
    lines.reserve(movers.up.size() + movers.down.size());
    const auto add = [&lines](const std::vector<AbcMove> &moves, const QString &direction) {
        for (const AbcMove &move : moves)
            lines.push_back({direction, move.customer.code, move.customer.name, toKey(move.previous), toKey(move.current),
                             formatMoney(move.previousValue), formatMoney(move.currentValue)});
    };
    add(movers.up, tr("▲ up"));
    add(movers.down, tr("▼ down"));
    m_movers->setRows(std::move(lines), {5, 6});
}

std::shared_ptr<const QSet<qint64>> SegmentationView::customersOf(AbcClass abcClass) const
{
    auto ids = std::make_shared<QSet<qint64>>();
    const AbcResult &result = m_loader->analysis().result;
    ids->reserve(result.summary(abcClass).customers);
    for (const AbcRankedCustomer &line : result.ranked) {
        if (line.abcClass == abcClass)
            ids->insert(line.customer.id);
    }
    return ids;
}

void SegmentationView::showClass(AbcClass abcClass)
{
    const AbcResult &result = m_loader->analysis().result;
    const Period period = query().period;
    const QString name = tr("%1 by %2, %3 – %4")
                                 .arg(displayName(abcClass), displayName(result.measure).toLower(),
                                      formatDate(period.from), formatDate(period.to));
    Q_EMIT segmentRequested(customersOf(abcClass), name);
}

} // namespace kehu
