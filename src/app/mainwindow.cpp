#include "mainwindow.h"

#include "applanguage.h"
#include "customerlistloader.h"
#include "customerlistmodel.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "importwizard.h"
#include "currentuser.h"
#include "currentuserdialog.h"
#include "currentuser.h"
#include "duefollowupspanel.h"
#include "followupcadencedialog.h"
#include "followuppanel.h"
#include "followupsview.h"
#include "scorecardview.h"
#include "listsdialog.h"
#include "mainactions.h"
#include "recentfiles.h"
#include "viewporthint.h"
#include "segmentationview.h"
#include "complaintsview.h"
#include "surveysview.h"

#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/followupsettings.h"
#include "storage/referencelistrepository.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace kehu {
namespace {

constexpr int FirstPageRows = 200;
const QString FileFilter = QStringLiteral("Kehu (*.sqlite *.kehu);;*");

QDate today()
{
    return QDate::currentDate();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kehu.svg")));
    m_actions = new MainActions(this);
    m_model = new CustomerListModel(this);
    m_loader = new CustomerListLoader(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(createListTab(), tr("Customers"));
    // The list is always there: no close button on its tab.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_loadingLabel = new QLabel(tr("Loading all customers…"), this);
    m_loadingLabel->setVisible(false);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_loadingLabel);

    createMenus();
    connectActions();
    restoreSettings();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_loader->waitForFinished();
}

QWidget *MainWindow::createListTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 0);
    m_dueFollowUps = new DueFollowUpsPanel(page);
    layout->addWidget(m_dueFollowUps);
    connect(m_dueFollowUps, &DueFollowUpsPanel::customerActivated, this, &MainWindow::openCustomer);
    m_filterBar = new FilterBar(page);
    layout->addWidget(m_filterBar);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    // Fixed row heights: the view never measures 200 000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(110);
    header->resizeSection(CustomerListModel::Code, 110);
    header->resizeSection(CustomerListModel::Name, 260);
    header->resizeSection(CustomerListModel::Region, 95);
    header->resizeSection(CustomerListModel::AccountManager, 130);
    header->resizeSection(CustomerListModel::Category, 150);
    header->resizeSection(CustomerListModel::Status, 80);
    header->resizeSection(CustomerListModel::Sales, 130);
    header->resizeSection(CustomerListModel::Profit, 130);
    header->setSortIndicator(CustomerListModel::Code, Qt::AscendingOrder);
    header->setStretchLastSection(false);
    layout->addWidget(m_table, 1);
    m_table->addAction(m_actions->openCustomer);
    m_listHint = new ViewportHint(m_table);

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &CustomerListModel::setFilter);
    connect(m_model, &CustomerListModel::countsChanged, this, &MainWindow::updateCount);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openCustomer(m_model->idAt(index.row()));
    });
    connect(m_loader, &CustomerListLoader::loaded, this, &MainWindow::onListLoaded);
    connect(m_loader, &CustomerListLoader::failed, this, [this](const QString &message) {
        m_loadingLabel->setVisible(false);
        statusBar()->showMessage(tr("The full list could not be loaded: %1").arg(message));
    });
    return page;
}

void MainWindow::createMenus()
{
    MainActions *a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a->newFile);
    file->addAction(a->openFile);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(a->importFile);
    file->addAction(a->exportFile);
    file->addSeparator();
    file->addAction(a->quit);
    rebuildRecentMenu();

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    customer->addActions({a->newCustomer, a->find, a->openCustomer, a->save, a->closeTab});
    customer->addSeparator();
    customer->addActions({a->markVerified, a->markReviewed});
    customer->addSeparator();
    customer->addActions({a->archive, a->restore, a->remove});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a->segmentation);
    view->addAction(a->complaints);
    view->addAction(a->surveys);
    view->addAction(a->scorecard);
    view->addAction(a->followUps);
    view->addSeparator();
    view->addAction(a->showArchived);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->addActions(a->language->actions());
    settings->addAction(a->reviewPeriod);
    settings->addAction(a->lists);
    settings->addAction(a->currentUser);
    settings->addAction(a->followUpCadence);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a->about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({a->newCustomer, a->openCustomer, a->save, a->find});
    toolbar->addSeparator();
    toolbar->addActions({a->markVerified, a->remove});
    toolbar->addSeparator();
    toolbar->addAction(a->segmentation);
    toolbar->addAction(a->complaints);
    toolbar->addAction(a->surveys);
    toolbar->addAction(a->scorecard);

    const QString chosen = AppLanguage::setting();
    (chosen == QLatin1String("zh_CN") ? a->languageChinese
                                      : chosen == QLatin1String("en") ? a->languageEnglish : a->languageSystem)
            ->setChecked(true);
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->newFile, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(a->openFile, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(a->importFile, &QAction::triggered, this, &MainWindow::importFile);
    connect(a->exportFile, &QAction::triggered, this, &MainWindow::exportFile);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->newCustomer, &QAction::triggered, this, &MainWindow::newCustomer);
    connect(a->find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filterBar->textEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->textEdit()->selectAll();
    });
    connect(a->openCustomer, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedCustomerId())
            openCustomer(id);
    });
    connect(a->save, &QAction::triggered, this, &MainWindow::saveCurrentPage);
    connect(a->closeTab, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() > 0)
            closeTab(m_tabs->currentIndex());
    });
    connect(a->markVerified, &QAction::triggered, this, [this] {
        const QString user = CurrentUser::name();
        applyToCustomer(tr("Marking the customer verified"), &CustomerPage::markVerified, [this, user](qint64 id) {
            CustomerRepository(*m_db).markVerified(id, user, QDateTime::currentDateTimeUtc());
        });
    });
    connect(a->markReviewed, &QAction::triggered, this, [this] {
        applyToCustomer(tr("Marking the customer reviewed"), &CustomerPage::markReviewed,
                        [this](qint64 id) { CustomerRepository(*m_db).markReviewed(id, today()); });
    });
    connect(a->archive, &QAction::triggered, this, [this] {
        applyToCustomer(tr("Archiving the customer"), &CustomerPage::archive,
                        [this](qint64 id) { CustomerRepository(*m_db).archive(id, QDateTime::currentDateTimeUtc()); });
    });
    connect(a->restore, &QAction::triggered, this, [this] {
        applyToCustomer(tr("Restoring the customer"), &CustomerPage::restore,
                        [this](qint64 id) { CustomerRepository(*m_db).restore(id); });
    });
    connect(a->remove, &QAction::triggered, this, [this] {
        // Deleting asks first and needs the customer's orders: open its page to do it there.
        if (CustomerPage *page = currentPage()) {
            page->removeCustomer();
            return;
        }
        if (const qint64 id = selectedCustomerId()) {
            openCustomer(id);
            if (CustomerPage *page = currentPage())
                page->removeCustomer();
        }
    });
    connect(a->segmentation, &QAction::triggered, this, &MainWindow::openSegmentation);
    connect(a->complaints, &QAction::triggered, this, &MainWindow::openComplaints);
    connect(a->surveys, &QAction::triggered, this, &MainWindow::openSurveys);
    connect(a->showArchived, &QAction::toggled, m_filterBar, &FilterBar::setShowArchived);
    connect(a->languageSystem, &QAction::triggered, this, [this] { chooseLanguage({}); });
    connect(a->languageChinese, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("zh_CN")); });
    connect(a->languageEnglish, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    connect(a->reviewPeriod, &QAction::triggered, this, &MainWindow::chooseReviewPeriod);
    connect(a->lists, &QAction::triggered, this, &MainWindow::editLists);
    connect(a->currentUser, &QAction::triggered, this, [this] {
        if (CurrentUserDialog(this).exec() == QDialog::Accepted)
            reloadDueFollowUps();
    });
    connect(a->scorecard, &QAction::triggered, this, &MainWindow::openScorecard);
    connect(a->followUps, &QAction::triggered, this, &MainWindow::openFollowUps);
    connect(a->followUpCadence, &QAction::triggered, this, [this] {
        if (!m_db)
            return;
        try {
            FollowUpCadenceDialog dialog(FollowUpSettings(*m_db).cadence(), this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            FollowUpSettings(*m_db).setCadence(dialog.cadence());
        } catch (const StorageError &error) {
            QMessageBox::warning(this, tr("Follow-up cadence"), error.message());
            return;
        }
        reloadDueFollowUps();
    });
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1480, 860);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("customerList/header")).toByteArray()))
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("customerList/header"), m_table->horizontalHeader()->saveState());
}

bool MainWindow::openDatabase(const QString &path)
{
    if (!closeAllPages())
        return false;
    const QString error = tryOpenDatabase(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot open the database"), error);
    return error.isEmpty();
}

QString MainWindow::tryOpenDatabase(const QString &path)
{
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(path);
    } catch (const StorageError &error) {
        spdlog::error("cannot open {}: {}", path.toStdString(), error.message().toStdString());
        return error.message();
    }
    m_loader->waitForFinished();
    m_db = std::move(db);
    RecentFiles::add(m_db->path());
    rebuildRecentMenu();
    updateTitle();
    loadReferenceData();
    showFirstPage();
    reloadList();
    updateActions();
    return {};
}

bool MainWindow::openDatabaseOrAsk(const QString &path)
{
    QString error = tryOpenDatabase(path);
    while (!error.isEmpty()) {
        // One box says what went wrong and what can be done about it.
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"),
                        error + QStringLiteral("\n\n") + tr("No database is open. What would you like to do?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("openFailedBox"));
        QPushButton *open = box.addButton(tr("Open…"), QMessageBox::AcceptRole);
        QPushButton *create = box.addButton(tr("New…"), QMessageBox::AcceptRole);
        box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        QString chosen;
        if (box.clickedButton() == open)
            chosen = QFileDialog::getOpenFileName(this, tr("Open database"), {}, FileFilter);
        else if (box.clickedButton() == create)
            chosen = QFileDialog::getSaveFileName(this, tr("New database"), QStringLiteral("kehu.sqlite"), FileFilter);
        else
            return false;
        if (!chosen.isEmpty())
            error = tryOpenDatabase(chosen);
    }
    return true;
}

void MainWindow::loadReferenceData()
{
    try {
        m_lists = ReferenceListRepository(*m_db).load();
        m_staleMonths = DatabaseSettings(*m_db).staleMonths();
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the lists"), error.message());
    }
    m_filterBar->setLists(m_lists, AppLanguage::listLanguage());
}

void MainWindow::showFirstPage()
{
    // The first rows by code come from this thread at once, so the window is never empty
    // while the full list loads.
    SummaryQuery query;
    query.period = Period::lastTwelveMonths(today());
    query.limit = FirstPageRows;
    std::vector<CustomerSummary> rows;
    try {
        rows = CustomerRepository(*m_db).summaries(query);
    } catch (const StorageError &error) {
        statusBar()->showMessage(error.message());
    }
    m_listComplete = false;
    m_model->setRows(CustomerListData::fromSummaries(std::move(rows)), m_lists, AppLanguage::listLanguage(), today(),
                     m_staleMonths);
}

void MainWindow::reloadList()
{
    if (!m_db)
        return;
    m_loadingLabel->setVisible(true);
    m_loader->start(m_db->path(), Period::lastTwelveMonths(today()));
    reloadDueFollowUps();
}

void MainWindow::reloadDueFollowUps()
{
    if (m_db)
        m_dueFollowUps->load(m_db->path(), CurrentUser::name(), today());
}

void MainWindow::onListLoaded()
{
    const qint64 selected = selectedCustomerId();
    m_model->setRows(m_loader->takeData(), m_lists, AppLanguage::listLanguage(), today(), m_staleMonths);
    m_listComplete = true;
    m_loadingLabel->setVisible(false);
    updateListHint();
    if (const int row = selected ? m_model->rowOfId(selected) : -1; row >= 0)
        m_table->selectRow(row);
    Q_EMIT listLoaded();
}

void MainWindow::updateCount(int visible, int total)
{
    m_countLabel->setText(tr("%1 of %2 customers").arg(QLocale().toString(visible), QLocale().toString(total)));
    updateListHint();
}

void MainWindow::updateListHint()
{
    QString hint;
    if (m_model->totalCount() == 0 && m_loadingLabel->isHidden())
        hint = tr("No customers yet.\nAdd one with Customer ▸ New customer (%1), or bring in a file with File ▸ Import… (%2).")
                       .arg(m_actions->newCustomer->shortcut().toString(QKeySequence::NativeText),
                            m_actions->importFile->shortcut().toString(QKeySequence::NativeText));
    else if (m_model->rowCount() == 0 && m_model->totalCount() > 0)
        hint = tr("No customer matches the filter.");
    m_listHint->setHint(hint);
}

CustomerPage *MainWindow::currentPage() const
{
    return qobject_cast<CustomerPage *>(m_tabs->currentWidget());
}

CustomerPage *MainWindow::pageOf(qint64 id) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<CustomerPage *>(m_tabs->widget(i));
        if (page && id != 0 && page->customerId() == id)
            return page;
    }
    return nullptr;
}

qint64 MainWindow::selectedCustomerId() const
{
    if (CustomerPage *page = currentPage())
        return page->customerId();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void MainWindow::updateActions()
{
    CustomerPage *page = currentPage();
    const bool onPage = page != nullptr;
    const bool hasDb = m_db != nullptr;
    const qint64 id = selectedCustomerId();
    MainActions *a = m_actions;
    a->newCustomer->setEnabled(hasDb);
    a->openCustomer->setEnabled(!onPage && id != 0);
    a->save->setEnabled(onPage);
    a->closeTab->setEnabled(m_tabs->currentIndex() > 0);
    for (QAction *action : {a->markVerified, a->markReviewed, a->archive, a->restore})
        action->setEnabled(id != 0);
    if (onPage) {
        // On a page the file's state is known: offer only what applies to it.
        const Customer &c = page->customer();
        a->markVerified->setEnabled(id != 0 && c.status != CustomerStatus::Verified);
        a->archive->setEnabled(id != 0 && !c.isArchived());
        a->restore->setEnabled(id != 0 && c.isArchived());
    }
    a->remove->setEnabled(onPage ? page->canRemove() : id != 0);
    a->segmentation->setEnabled(hasDb);
    a->complaints->setEnabled(hasDb);
    a->surveys->setEnabled(hasDb);
    a->scorecard->setEnabled(hasDb);
    a->followUpCadence->setEnabled(hasDb);
    a->followUps->setEnabled(hasDb);
    a->importFile->setEnabled(hasDb);
    a->exportFile->setEnabled(hasDb);
    a->reviewPeriod->setEnabled(hasDb);
    a->lists->setEnabled(hasDb);
}

void MainWindow::updateTitle()
{
    const QString file = m_db ? QFileInfo(m_db->path()).fileName() : tr("no database");
    setWindowTitle(tr("%1 — Kehu").arg(file));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(file);
        connect(action, &QAction::triggered, this, [this, file] {
            if (!openDatabase(file) && !QFileInfo::exists(file)) {
                RecentFiles::remove(file);
                rebuildRecentMenu();
            }
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

CustomerPageContext MainWindow::pageContext() const
{
    CustomerPageContext context;
    context.lists = m_lists;
    context.language = AppLanguage::listLanguage();
    context.staleMonths = m_staleMonths;
    context.today = today();
    context.userName = CurrentUser::name();
    context.confirmDuplicates = m_confirmDuplicates;
    return context;
}

void MainWindow::openCustomer(qint64 id)
{
    if (!m_db || id == 0)
        return;
    if (CustomerPage *page = pageOf(id)) {
        m_tabs->setCurrentWidget(page);
        return;
    }
    CustomerPage *page = nullptr;
    try {
        page = new CustomerPage(*m_db, pageContext(), id, m_tabs);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Cannot open the customer"), error.message());
        return;
    }
    addPage(page);
}

bool MainWindow::openCustomerByCode(const QString &code)
{
    if (!m_db)
        return false;
    try {
        if (const std::optional<qint64> id = CustomerRepository(*m_db).idOfCode(code)) {
            openCustomer(*id);
            return true;
        }
    } catch (const StorageError &error) {
        spdlog::warn("cannot find {}: {}", code.toStdString(), error.message().toStdString());
    }
    return false;
}

void MainWindow::newCustomer()
{
    if (!m_db)
        return;
    addPage(new CustomerPage(*m_db, pageContext(), 0, m_tabs));
}

SegmentationView *MainWindow::segmentationView() const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<SegmentationView *>(m_tabs->widget(i)))
            return view;
    }
    return nullptr;
}

void MainWindow::openSegmentation()
{
    if (!m_db)
        return;
    if (SegmentationView *view = segmentationView()) {
        m_tabs->setCurrentWidget(view);
        return;
    }
    auto *view = new SegmentationView(*m_db, m_lists, AppLanguage::listLanguage(), today(), m_tabs);
    connect(view, &SegmentationView::segmentRequested, this,
            [this](std::shared_ptr<const QSet<qint64>> ids, const QString &name) {
                m_filterBar->setSegment(std::move(ids), name);
                m_tabs->setCurrentIndex(0);
            });
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Segmentation")));
}

ComplaintsView *MainWindow::complaintsView() const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ComplaintsView *>(m_tabs->widget(i)))
            return view;
    }
    return nullptr;
}

SurveysView *MainWindow::surveysView() const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<SurveysView *>(m_tabs->widget(i)))
            return view;
    }
    return nullptr;
}

ComplaintsView *MainWindow::openComplaints()
{
    if (!m_db)
        return nullptr;
    if (ComplaintsView *view = complaintsView()) {
        m_tabs->setCurrentWidget(view);
        return view;
    }
    auto *view = new ComplaintsView(*m_db, AppLanguage::listLanguage(), m_tabs);
    connect(view, &ComplaintsView::customerRequested, this, &MainWindow::openCustomer);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Complaints")));
    return view;
}

void MainWindow::openSurveys()
{
    if (!m_db)
        return;
    if (SurveysView *view = surveysView()) {
        m_tabs->setCurrentWidget(view);
        return;
    }
    auto *view = new SurveysView(*m_db, m_lists, AppLanguage::listLanguage(), today(), m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Surveys")));
}

ScorecardView *MainWindow::scorecardView() const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ScorecardView *>(m_tabs->widget(i)))
            return view;
    }
    return nullptr;
}

void MainWindow::openScorecard()
{
    if (!m_db)
        return;
    if (ScorecardView *view = scorecardView()) {
        m_tabs->setCurrentWidget(view);
        return;
    }
    auto *view = new ScorecardView(*m_db, m_lists, AppLanguage::listLanguage(), today(), m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Scorecard")));
}

FollowUpsView *MainWindow::followUpsView() const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<FollowUpsView *>(m_tabs->widget(i)))
            return view;
    }
    return nullptr;
}

void MainWindow::openFollowUps()
{
    if (!m_db)
        return;
    if (FollowUpsView *view = followUpsView()) {
        m_tabs->setCurrentWidget(view);
        return;
    }
    auto *view = new FollowUpsView(*m_db, m_lists, AppLanguage::listLanguage(), today(), m_tabs);
    connect(view, &FollowUpsView::customerRequested, this, &MainWindow::openCustomer);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Follow-ups")));
}

void MainWindow::importFile()
{
    if (!m_db)
        return;
    auto *wizard = new ImportWizard(*m_db, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, [this, wizard] {
        if (wizard->imported())
            afterImport();
    });
    wizard->open();
}

void MainWindow::exportFile()
{
    if (!m_db)
        return;
    auto *dialog = new ExportDialog(m_model->visibleCount(), m_model->totalCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        exportList(dialog->filePath(), dialog->options(), dialog->onlyListed());
    });
    dialog->open();
}

void MainWindow::exportList(const QString &path, ExportOptions options, bool onlyListed)
{
    if (onlyListed) {
        std::vector<qint64> ids;
        ids.reserve(size_t(m_model->visibleCount()));
        for (int row = 0; row < m_model->visibleCount(); ++row)
            ids.push_back(m_model->idAt(row));
        options.customerIds = std::move(ids);
    }
    auto *progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });
    options.progress = [cancelled](qint64) { return !cancelled->load(); };

    struct Outcome
    {
        ExportResult result;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress, path] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        if (!outcome.error.isEmpty()) {
            QMessageBox::warning(this, tr("Export"), tr("%1 was not written: %2").arg(path, outcome.error));
            Q_EMIT exportFailed(outcome.error);
        } else if (outcome.result.cancelled) {
            statusBar()->showMessage(tr("Export cancelled; %1 was not written.").arg(path), 5000);
            Q_EMIT exportFailed(tr("cancelled"));
        } else {
            statusBar()->showMessage(tr("%1 rows exported to %2.").arg(QLocale().toString(outcome.result.rows), path), 5000);
            Q_EMIT exported(outcome.result.rows);
        }
    });
    const QString databasePath = m_db->path();
    watcher->setFuture(QtConcurrent::run([databasePath, path, options] {
        Outcome outcome;
        try {
            Database::Options dbOptions;
            dbOptions.mode = Database::OpenMode::MustExist;
            Database db(databasePath, dbOptions);
            outcome.result = Exporter(db).write(path, options);
        } catch (const StorageError &error) {
            outcome.error = error.message();
        }
        return outcome;
    }));
}

void MainWindow::afterImport()
{
    // An import may add account managers and change any customer or order: read them again.
    loadReferenceData();
    reloadList();
    if (SegmentationView *view = segmentationView())
        view->reload();
}

void MainWindow::addPage(CustomerPage *page)
{
    page->setObjectName(QStringLiteral("customerPage"));
    m_tabs->setCurrentIndex(m_tabs->addTab(page, page->title()));
    connect(page, &CustomerPage::titleChanged, this, [this, page] {
        m_tabs->setTabText(m_tabs->indexOf(page), page->title());
        updateActions();
    });
    connect(page, &CustomerPage::saved, this, &MainWindow::reloadList);
    connect(page, &CustomerPage::complaintRequested, this, [this](const QString &number) {
        if (ComplaintsView *view = openComplaints())
            view->openComplaintByNumber(number);
    });
    connect(page, &CustomerPage::newComplaintRequested, this, [this](const QString &code) {
        if (ComplaintsView *view = openComplaints())
            view->newComplaint(code);
    });
    if (FollowUpPanel *followUps = page->followUpPanel())
        connect(followUps, &FollowUpPanel::followUpAdded, this, &MainWindow::reloadDueFollowUps);
    connect(page, &CustomerPage::statusChanged, this, [this] {
        reloadList();
        updateActions();
    });
    connect(page, &CustomerPage::removed, this, [this, page] {
        m_tabs->removeTab(m_tabs->indexOf(page));
        page->deleteLater();
        reloadList();
    });
}

bool MainWindow::saveCurrentPage()
{
    CustomerPage *page = currentPage();
    return page && page->save();
}

bool MainWindow::closeTab(int index)
{
    if (auto *view = qobject_cast<ComplaintsView *>(m_tabs->widget(index))) {
        m_tabs->removeTab(index);
        view->deleteLater(); // its destructor waits for a read still running
        return true;
    }
    if (auto *view = qobject_cast<SurveysView *>(m_tabs->widget(index))) {
        m_tabs->removeTab(index);
        view->deleteLater(); // its destructor waits for a report still being computed
        return true;
    }
    if (auto *view = qobject_cast<SegmentationView *>(m_tabs->widget(index))) {
        m_tabs->removeTab(index);
        view->deleteLater(); // its destructor waits for a computation still running
        return true;
    }
    if (auto *view = qobject_cast<FollowUpsView *>(m_tabs->widget(index))) {
        m_tabs->removeTab(index);
        view->deleteLater();
        return true;
    }
    if (auto *view = qobject_cast<ScorecardView *>(m_tabs->widget(index))) {
        m_tabs->removeTab(index);
        view->deleteLater();
        return true;
    }
    auto *page = qobject_cast<CustomerPage *>(m_tabs->widget(index));
    if (!page)
        return false;
    m_tabs->setCurrentIndex(index);
    if (!page->confirmClose())
        return false;
    m_tabs->removeTab(index);
    page->deleteLater();
    return true;
}

bool MainWindow::closeAllPages()
{
    while (m_tabs->count() > 1) {
        if (!closeTab(m_tabs->count() - 1))
            return false;
    }
    return true;
}

void MainWindow::applyToCustomer(const QString &what, void (CustomerPage::*pageAction)(),
                                 const std::function<void(qint64)> &listAction)
{
    if (CustomerPage *page = currentPage()) {
        (page->*pageAction)();
        return;
    }
    const qint64 id = selectedCustomerId();
    if (!id)
        return;
    try {
        listAction(id);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, what, tr("%1 failed: %2\nNothing was changed in the database.").arg(what, error.message()));
        return;
    }
    reloadList();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeAllPages()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_loader->waitForFinished();
    event->accept();
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QStringLiteral("kehu.sqlite"), FileFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Choose a new file name; existing files are opened with Open….").arg(path));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), {}, FileFilter);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseReviewPeriod()
{
    bool ok = false;
    const int months = QInputDialog::getInt(this, tr("Review period"),
                                            tr("A customer file not reviewed for this many months is stale:"),
                                            m_staleMonths, 1, 120, 1, &ok);
    if (!ok || months == m_staleMonths)
        return;
    try {
        DatabaseSettings(*m_db).setStaleMonths(months);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Review period"), error.message());
        return;
    }
    m_staleMonths = months;
    reloadList();
}

void MainWindow::editLists()
{
    ListsDialog dialog(*m_db, AppLanguage::listLanguage(), this);
    dialog.exec();
    if (!dialog.changed())
        return;
    loadReferenceData();
    reloadList();
}

void MainWindow::chooseLanguage(const QString &language)
{
    AppLanguage::setSetting(language);
    QMessageBox::information(this, tr("Language"), tr("The new language takes effect when Kehu is restarted."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kehu"),
                       tr("<h3>Kehu %1</h3><p>Customer files for B2B manufacturers: one place for every "
                          "customer, its contacts, orders and payments.</p>")
                               .arg(QStringLiteral(KEHU_VERSION)));
}

} // namespace kehu
