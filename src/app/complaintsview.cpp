#include "complaintsview.h"

#include "complaintanalysisview.h"
#include "complaintformat.h"
#include "complaintlistmodel.h"
#include "complaintsettingsdialog.h"
#include "currentuser.h"
#include "newcomplaintdialog.h"

#include "storage/complaintrepository.h"
#include "storage/complaintsettings.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

namespace kehu {
namespace {

constexpr int FixedTabs = 2; // Queues and Analysis

} // namespace

ComplaintsView::ComplaintsView(const Database &db, QString language, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_language(std::move(language))
{
    setObjectName(QStringLiteral("complaintsView"));
    m_loader = new ComplaintLoader(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New Complaint…"), this);
    add->setObjectName(QStringLiteral("newComplaintButton"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->setToolTip(tr("Log a complaint (Ctrl+Shift+N)"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    auto *settings = new QPushButton(tr("&Settings…"), this);
    bar->addWidget(add);
    bar->addWidget(refresh);
    bar->addStretch();
    bar->addWidget(settings);
    layout->addLayout(bar);
    connect(add, &QPushButton::clicked, this, [this] { newComplaint(); });
    connect(refresh, &QPushButton::clicked, this, &ComplaintsView::reload);
    connect(settings, &QPushButton::clicked, this, &ComplaintsView::editSettings);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("complaintTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_queues = new QListWidget(splitter);
    m_queues->setObjectName(QStringLiteral("queueList"));
    m_queues->setSpacing(3);
    for (ComplaintQueue queue : allComplaintQueues()) {
        auto *item = new QListWidgetItem(ComplaintFormat::name(queue), m_queues);
        item->setData(Qt::UserRole, int(queue));
    }
    m_queues->setCurrentRow(int(ComplaintQueue::AllOpen));
    m_model = new ComplaintListModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("complaintTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const int widths[] = { 130, 240, 120, 70, 80, 100, 100, 90 };
    for (int column = 0; column < 8; ++column)
        m_table->setColumnWidth(column, widths[column]);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 180, 1000 });
    m_tabs->addTab(splitter, tr("Queues"));
    m_analysis = new ComplaintAnalysisView(QDate::currentDate(), m_tabs);
    m_tabs->addTab(m_analysis, tr("Analysis"));
    for (int i = 0; i < FixedTabs; ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }

    connect(m_queues, &QListWidget::currentRowChanged, this, &ComplaintsView::showQueue);
    auto open = [this](const QModelIndex &index) {
        if (const Complaint *c = m_model->complaintAt(index.row()))
            openComplaint(c->id);
    };
    connect(m_table, &QTableView::doubleClicked, this, open);
    connect(m_table, &QTableView::activated, this, open);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index < FixedTabs)
            return;
        QWidget *page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
    });
    connect(m_loader, &ComplaintLoader::finished, this, &ComplaintsView::onLoaded);
    // Targets run in calendar time: the time left and the overdue queue move on by themselves.
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, this, &ComplaintsView::updateQueues);
    clock->start();
    connect(m_loader, &ComplaintLoader::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Complaints"), tr("The complaints could not be read: %1").arg(message));
    });
    reload();
}

ComplaintsView::~ComplaintsView()
{
    m_loader->waitForFinished();
}

void ComplaintsView::reload()
{
    m_loader->load(m_db.path());
}

bool ComplaintsView::isLoading() const
{
    return m_loader->isBusy();
}

void ComplaintsView::waitForLoaded()
{
    if (!m_loader->isBusy())
        return;
    QEventLoop loop;
    connect(this, &ComplaintsView::loaded, &loop, &QEventLoop::quit);
    connect(m_loader, &ComplaintLoader::failed, &loop, &QEventLoop::quit);
    loop.exec();
}

QueueViewer ComplaintsView::viewer() const
{
    const ComplaintData &data = m_loader->data();
    QueueViewer viewer;
    viewer.name = CurrentUser::name();
    const QString department = CurrentUser::department().trimmed();
    viewer.department = department;
    for (const ListItem &item : data.departments) {
        if (item.name.compare(department, Qt::CaseInsensitive) == 0 || (!item.nameEn.isEmpty() && item.nameEn.compare(department, Qt::CaseInsensitive) == 0))
            viewer.department = item.name;
    }
    viewer.onEmergencyTeam = data.emergencyTeam.contains(viewer.name);
    return viewer;
}

void ComplaintsView::onLoaded()
{
    updateQueues();
    m_analysis->setComplaints(m_loader->data().complaints, m_loader->data().rules);
    for (int i = FixedTabs; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ComplaintPage *>(m_tabs->widget(i)))
            page->reload();
    }
    Q_EMIT loaded();
}

void ComplaintsView::updateQueues()
{
    const ComplaintData &data = m_loader->data();
    const QueueViewer who = viewer();
    const QDateTime now = QDateTime::currentDateTime();
    for (int row = 0; row < m_queues->count(); ++row) {
        QListWidgetItem *item = m_queues->item(row);
        const auto queue = ComplaintQueue(item->data(Qt::UserRole).toInt());
        int count = 0;
        for (const Complaint &c : *data.complaints) {
            if (inQueue(c, queue, who, data.rules, now))
                ++count;
        }
        item->setData(Qt::UserRole + 1, count);
        item->setText(tr("%1 (%2)").arg(ComplaintFormat::name(queue)).arg(count));
        QFont font = item->font();
        font.setBold(count > 0 && (queue == ComplaintQueue::Overdue || queue == ComplaintQueue::Escalated));
        item->setFont(font);
        if (queue == ComplaintQueue::Overdue && count > 0)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    // Keep the selected complaint selected across the reset.
    const Complaint *selected = m_model->complaintAt(m_table->currentIndex().row());
    const qint64 selectedId = selected ? selected->id : 0;
    showQueue();
    for (int row = 0; selectedId && row < m_model->rowCount(); ++row) {
        if (m_model->complaintAt(row)->id == selectedId)
            m_table->selectRow(row);
    }
}

void ComplaintsView::showQueue()
{
    const ComplaintData &data = m_loader->data();
    const ComplaintQueue queue = currentQueue();
    const QueueViewer who = viewer();
    const QDateTime now = QDateTime::currentDateTime();
    std::vector<Complaint> shown;
    for (const Complaint &c : *data.complaints) {
        if (inQueue(c, queue, who, data.rules, now))
            shown.push_back(c);
    }
    sortForQueue(shown, queue, who, data.rules, now);
    m_model->setComplaints(std::move(shown), data.rules, now);
}

void ComplaintsView::selectQueue(ComplaintQueue queue)
{
    m_queues->setCurrentRow(int(queue));
}

ComplaintQueue ComplaintsView::currentQueue() const
{
    const QListWidgetItem *item = m_queues->currentItem();
    return item ? ComplaintQueue(item->data(Qt::UserRole).toInt()) : ComplaintQueue::AllOpen;
}

int ComplaintsView::queueCount(ComplaintQueue queue) const
{
    return m_queues->item(int(queue))->data(Qt::UserRole + 1).toInt();
}

ComplaintPage::Context ComplaintsView::pageContext() const
{
    // Read now rather than from the last load, which may still be on its way.
    try {
        const ComplaintSettings settings(m_db);
        return { settings.rules(), settings.departments(), m_language };
    } catch (const StorageError &) {
        return { m_loader->data().rules, m_loader->data().departments, m_language };
    }
}

ComplaintPage *ComplaintsView::openComplaint(qint64 id)
{
    for (int i = FixedTabs; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<ComplaintPage *>(m_tabs->widget(i));
        if (page && page->complaintId() == id) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    }
    auto *page = new ComplaintPage(m_db, id, pageContext(), m_tabs);
    if (m_stepHook)
        page->setStepDialogHook(m_stepHook);
    connect(page, &ComplaintPage::changed, this, [this] {
        reload();
        Q_EMIT complaintsChanged();
    });
    connect(page, &ComplaintPage::customerRequested, this, &ComplaintsView::customerRequested);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, page->title()));
    return page;
}

ComplaintPage *ComplaintsView::openComplaintByNumber(const QString &number)
{
    try {
        return openComplaint(ComplaintRepository(m_db).load(number).id);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Complaints"), error.message());
        return nullptr;
    }
}

ComplaintPage *ComplaintsView::currentPage() const
{
    return qobject_cast<ComplaintPage *>(m_tabs->currentWidget());
}

void ComplaintsView::setStepDialogHook(std::function<bool(ComplaintStepDialog &)> hook)
{
    m_stepHook = std::move(hook);
    for (int i = FixedTabs; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ComplaintPage *>(m_tabs->widget(i)))
            page->setStepDialogHook(m_stepHook);
    }
}

QString ComplaintsView::newComplaint(const QString &customerCode)
{
    QHash<QString, QString> customers;
    try {
        customers = ComplaintRepository(m_db).customerNames();
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("New Complaint"), error.message());
        return {};
    }
    NewComplaintDialog dialog(std::move(customers), customerCode, this);
    const bool accepted = m_newHook ? m_newHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return {};
    Complaint c;
    try {
        c = ComplaintRepository(m_db).add(dialog.customerCode(), dialog.record());
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("New Complaint"), tr("The complaint was not recorded: %1").arg(error.message()));
        return {};
    }
    reload();
    openComplaint(c.id);
    Q_EMIT complaintsChanged();
    return c.number;
}

void ComplaintsView::editSettings()
{
    ComplaintSettingsDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace kehu
