#include "segmentationview.h"

#include "abcbreakdownmodel.h"
#include "abcclasscolor.h"
#include "abcmoversmodel.h"
#include "abcsharechartview.h"
#include "displayformat.h"
#include "paretochartview.h"
#include "rowtablemodel.h"
#include "segmentationexporter.h"
#include "segmentationsummarymodel.h"

#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/storageerror.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kehu {
namespace {

constexpr int EditDelayMs = 300; // typing "80" in a spin box is one change, not two
const QString TabKey = QStringLiteral("segmentation/resultTab");
const QString BreakdownKey = QStringLiteral("segmentation/breakdown");
const QString EncodingKey = QStringLiteral("segmentation/exportEncoding");

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
    layout->addWidget(createResults(lists, language), 1);

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
        // Enter (or leaving the box) applies a pending change at once.
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this] {
            if (m_reclassifyTimer->isActive()) {
                m_reclassifyTimer->stop();
                reclassify();
            }
        });
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
    first->addWidget(createExportButton(box));

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

QWidget *SegmentationView::createResults(const ReferenceLists &lists, const QString &language)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryBox = new QGroupBox(tr("Summary per class (click a class to list its customers)"), this);
    auto *summaryLayout = new QHBoxLayout(summaryBox);
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
    summaryLayout->addWidget(m_summaryView, 1);
    m_shares = new AbcShareChartView(summaryBox);
    m_shares->setFixedSize(420, m_summaryView->maximumHeight() + 24);
    m_shares->setToolTip(tr("Shares of customers, sales and profit per class; click a class to list its customers"));
    summaryLayout->addWidget(m_shares);
    connect(m_shares, &AbcShareChartView::classClicked, this, &SegmentationView::showClass);
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
    m_movers = new AbcMoversModel(this);
    QTableView *moversView = createTable(QStringLiteral("moversList"));
    moversView->setModel(m_movers);
    moversView->setToolTip(tr("Click a customer to show it in the customer list"));
    connect(moversView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const AbcMove *move = m_movers->moveAt(index.row())) {
            auto ids = std::make_shared<QSet<qint64>>();
            ids->insert(move->customer.id);
            Q_EMIT segmentRequested(ids, tr("%1 %2: %3 → %4")
                                                 .arg(move->customer.code, move->customer.name, toKey(move->previous),
                                                      toKey(move->current)));
        }
    });
    countsView->setToolTip(tr("Click a cell to list its customers"));
    connect(countsView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() >= 1)
            showMovedCustomers(AllAbcClasses[size_t(index.row())], AllAbcClasses[size_t(index.column() - 1)]);
    });
    moversView->horizontalHeader()->resizeSection(2, 200);
    moversLayout->addWidget(moversView, 1);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({600, 880});
    m_breakdown = new AbcBreakdownPanel(lists, language, this);
    connect(m_breakdown, &AbcBreakdownPanel::customersRequested, this, &SegmentationView::showBreakdownCustomers);

    m_resultTabs = new QTabWidget(this);
    m_resultTabs->setObjectName(QStringLiteral("segmentationTabs"));
    m_resultTabs->setDocumentMode(true);
    m_resultTabs->addTab(splitter, tr("&Pareto chart, cross-table and movers"));
    m_resultTabs->addTab(m_breakdown, tr("B&reakdown by region, industry, center, manager"));
    QSettings settings;
    m_resultTabs->setCurrentIndex(settings.value(TabKey, 0).toInt());
    m_breakdown->setKind(ListKind(settings.value(BreakdownKey, int(ListKind::Region)).toInt()));
    connect(m_resultTabs, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(TabKey, index); });
    connect(m_breakdown->findChild<QComboBox *>(QStringLiteral("breakdownKind")), &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(BreakdownKey, int(m_breakdown->kind())); });

    auto *results = new QWidget(this);
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summaryBox);
    layout->addWidget(m_resultTabs, 1);
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
    m_shares->setResult(analysis.result);
    m_breakdown->setAnalysis(analysis);
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
    m_movers->setMovers(&movers);
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
    const QString name = tr("%1 by %2, %3").arg(displayName(abcClass), displayName(result.measure).toLower(), periodText());
    Q_EMIT segmentRequested(customersOf(abcClass), name);
}

void SegmentationView::showMovedCustomers(AbcClass previous, AbcClass current)
{
    const SegmentationAnalysis &analysis = m_loader->analysis();
    auto ids = std::make_shared<QSet<qint64>>();
    if (previous == current) {
        // Those that stayed: every customer of the class that is not among the movers.
        QSet<qint64> moved;
        for (const auto *moves : {&analysis.movers.up, &analysis.movers.down}) {
            for (const AbcMove &move : *moves)
                moved.insert(move.customer.id);
        }
        for (const AbcRankedCustomer &line : analysis.result.ranked) {
            if (line.abcClass == current && !moved.contains(line.customer.id))
                ids->insert(line.customer.id);
        }
    } else {
        for (const auto *moves : {&analysis.movers.up, &analysis.movers.down}) {
            for (const AbcMove &move : *moves) {
                if (move.previous == previous && move.current == current)
                    ids->insert(move.customer.id);
            }
        }
    }
    Q_EMIT segmentRequested(ids, tr("%1 in the previous period, %2 now, by %3, %4")
                                         .arg(toKey(previous), toKey(current),
                                              displayName(analysis.result.measure).toLower(), periodText()));
}

QString SegmentationView::periodText() const
{
    const Period period = query().period;
    return tr("%1 – %2").arg(formatDate(period.from), formatDate(period.to));
}

std::shared_ptr<const QSet<qint64>> SegmentationView::customersOf(const AbcBreakdownSelection &selection) const
{
    auto ids = std::make_shared<QSet<qint64>>();
    for (const AbcRankedCustomer &line : m_loader->analysis().result.ranked) {
        if (selection.abcClass && line.abcClass != *selection.abcClass)
            continue;
        if (selection.groupId) {
            const CustomerValue &c = line.customer;
            qint64 group = 0;
            switch (selection.kind) {
            case ListKind::Region: group = c.regionId; break;
            case ListKind::Industry: group = c.industryId; break;
            case ListKind::SalesCenter: group = c.salesCenterId; break;
            case ListKind::AccountManager: group = c.accountManagerId; break;
            }
            if (group != *selection.groupId)
                continue;
        }
        ids->insert(line.customer.id);
    }
    return ids;
}

void SegmentationView::showBreakdownCustomers(const AbcBreakdownSelection &selection)
{
    const AbcResult &result = m_loader->analysis().result;
    QString group = tr("every %1").arg(AbcBreakdownModel::kindName(selection.kind).toLower());
    if (selection.groupId) {
        const AbcBreakdownModel *model = m_breakdown->model();
        for (int row = 0; row < int(model->rows().size()); ++row) {
            if (model->rows()[size_t(row)].groupId == *selection.groupId)
                group = tr("%1 %2").arg(AbcBreakdownModel::kindName(selection.kind), model->groupName(row));
        }
    }
    const QString classes = selection.abcClass ? displayName(*selection.abcClass) : tr("every class");
    const QString name = tr("%1, %2 by %3, %4").arg(group, classes, displayName(result.measure).toLower(), periodText());
    Q_EMIT segmentRequested(customersOf(selection), name);
}

QToolButton *SegmentationView::createExportButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("segmentationExport"));
    button->setText(tr("E&xport"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    menu->addAction(tr("Summary as CSV…"), this, [this] {
        exportTo(tr("Export the summary"), QStringLiteral("abc-summary.csv"), tr("CSV files (*.csv)"),
                 [this](const QString &path) { exportSummary(path); });
    });
    menu->addAction(tr("Ranked customers as CSV…"), this, [this] {
        exportTo(tr("Export the ranked customers"), QStringLiteral("abc-customers.csv"), tr("CSV files (*.csv)"),
                 [this](const QString &path) { exportRankingInBackground(path); });
    });
    menu->addAction(tr("Pareto chart as PNG…"), this, [this] {
        exportTo(tr("Export the Pareto chart"), QStringLiteral("pareto.png"), tr("PNG images (*.png)"),
                 [this](const QString &path) { exportParetoChart(path); });
    });
    QMenu *encodings = menu->addMenu(tr("CSV &encoding"));
    m_encodings = new QActionGroup(this);
    const struct
    {
        QString text;
        int key;
    } choices[] = {{tr("UTF-8 with a byte order mark (Excel)"), 0}, {tr("UTF-8"), 1},
                   {tr("GB18030 (Excel on Chinese Windows)"), 2}};
    const int saved = QSettings().value(EncodingKey, 0).toInt();
    for (const auto &choice : choices) {
        QAction *action = encodings->addAction(choice.text);
        action->setCheckable(true);
        action->setData(choice.key);
        action->setChecked(choice.key == saved);
        m_encodings->addAction(action);
    }
    if (!m_encodings->checkedAction())
        m_encodings->actions().constFirst()->setChecked(true);
    connect(m_encodings, &QActionGroup::triggered, this,
            [](QAction *action) { QSettings().setValue(EncodingKey, action->data().toInt()); });
    button->setMenu(menu);
    return button;
}

void SegmentationView::setExportEncoding(TextEncoding encoding, bool bom)
{
    const int key = encoding == TextEncoding::Gb18030 ? 2 : bom ? 0 : 1;
    for (QAction *action : m_encodings->actions())
        action->setChecked(action->data().toInt() == key);
}

void SegmentationView::exportTo(const QString &what, const QString &fileName, const QString &filter,
                                const std::function<void(const QString &)> &write)
{
    if (m_loader->analysis().result.ranked.empty() && m_loader->isBusy())
        return;
    const QString path = QFileDialog::getSaveFileName(this, what, fileName, filter);
    if (!path.isEmpty())
        write(path);
}

bool SegmentationView::reportExport(bool ok, const QString &message)
{
    if (ok)
        m_status->setText(tr("Exported."));
    else
        QMessageBox::warning(this, tr("Export"), message);
    return ok;
}

namespace {

SegmentationExporter exporterFor(const QActionGroup *encodings)
{
    const int key = encodings->checkedAction() ? encodings->checkedAction()->data().toInt() : 0;
    return SegmentationExporter(key == 2 ? TextEncoding::Gb18030 : TextEncoding::Utf8, key == 0);
}

} // namespace

bool SegmentationView::exportSummary(const QString &path)
{
    SegmentationExporter exporter = exporterFor(m_encodings);
    return reportExport(exporter.writeSummary(path, m_loader->analysis().result), exporter.errorString());
}

bool SegmentationView::exportRanking(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SegmentationExporter exporter = exporterFor(m_encodings);
    const bool ok = exporter.writeRanking(path, m_loader->analysis().result);
    QApplication::restoreOverrideCursor();
    return reportExport(ok, exporter.errorString());
}

void SegmentationView::exportRankingInBackground(const QString &path)
{
    // A copy the GUI may replace meanwhile: a new analysis does not change the file being written.
    auto result = std::make_shared<const AbcResult>(m_loader->analysis().result);
    const SegmentationExporter exporter = exporterFor(m_encodings);
    m_busy->setVisible(true);
    m_status->setText(tr("Exporting %n customer(s)…", nullptr, int(result->ranked.size())));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_busy->setVisible(m_loader->isBusy());
        reportExport(error.isEmpty(), error);
        Q_EMIT exportFinished(error.isEmpty(), error);
    });
    watcher->setFuture(QtConcurrent::run([exporter, result, path] {
        SegmentationExporter writer = exporter;
        return writer.writeRanking(path, *result) ? QString() : writer.errorString();
    }));
}

bool SegmentationView::exportParetoChart(const QString &path)
{
    SegmentationExporter exporter = exporterFor(m_encodings);
    return reportExport(exporter.writeChartPng(path, m_chart), exporter.errorString());
}

} // namespace kehu
