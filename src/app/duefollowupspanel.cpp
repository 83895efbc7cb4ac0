#include "duefollowupspanel.h"

#include "duefollowupsmodel.h"

#include "storage/database.h"
#include "storage/followupagenda.h"
#include "storage/referencelistrepository.h"
#include "storage/storageerror.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace kehu {
namespace {

const QString ExpandedKey = QStringLiteral("startPage/followUpsExpanded");
constexpr int VisibleRows = 6;

} // namespace

DueFollowUpsPanel::DueFollowUpsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dueFollowUpsPanel"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the customer list below takes the height
    m_model = new DueFollowUpsModel(this);
    m_watcher = new QFutureWatcher<Result>(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("dueFollowUpsToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dueFollowUpsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    const int rowHeight = m_view->fontMetrics().height() + 8;
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->horizontalHeader()->resizeSection(DueFollowUpsModel::Name, 300);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_view->setColumnHidden(DueFollowUpsModel::Manager, true); // they are all the reader's own
    m_view->setMaximumHeight(rowHeight * VisibleRows + m_view->horizontalHeader()->sizeHint().height() + 4);
    layout->addWidget(m_view);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_view->setVisible(expanded);
        m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        QSettings().setValue(ExpandedKey, expanded);
    });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT customerActivated(m_model->idAt(index.row())); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT customerActivated(m_model->idAt(index.row())); });
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &DueFollowUpsPanel::onLoaded);
    const bool expanded = QSettings().value(ExpandedKey, true).toBool();
    m_toggle->setChecked(expanded);
    m_view->setVisible(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    setVisible(false);
}

DueFollowUpsPanel::~DueFollowUpsPanel()
{
    waitForFinished();
}

bool DueFollowUpsPanel::isExpanded() const
{
    return m_toggle->isChecked();
}

void DueFollowUpsPanel::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

void DueFollowUpsPanel::waitForFinished()
{
    while (!m_consumed || m_pending) {
        m_watcher->waitForFinished();
        if (!m_consumed)
            onLoaded(); // starts the pending request, if any
        else
            start(*std::exchange(m_pending, std::nullopt));
    }
}

void DueFollowUpsPanel::load(const QString &databasePath, const QString &managerName, QDate asOf)
{
    // One computation at a time; the latest request made meanwhile runs after it, the ones
    // before it are dropped (a series of saves does not queue a computation each).
    const Request request{databasePath, managerName, asOf};
    if (!m_consumed) {
        m_pending = request;
        return;
    }
    start(request);
}

void DueFollowUpsPanel::start(const Request &request)
{
    m_manager = request.managerName;
    m_consumed = false;
    m_watcher->setFuture(QtConcurrent::run([databasePath = request.databasePath, managerName = request.managerName,
                                            asOf = request.asOf] {
        Result result;
        try {
            Database::Options options;
            options.mode = Database::OpenMode::MustExist;
            Database db(databasePath, options);
            const ListItem *manager = nullptr;
            const ReferenceLists lists = ReferenceListRepository(db).load();
            manager = managerName.trimmed().isEmpty() ? nullptr
                                                      : lists.findByName(ListKind::AccountManager, managerName.trimmed());
            if (!manager)
                return result;
            result.rows = FollowUpAgenda(db).due(asOf);
            const qint64 id = manager->id;
            std::erase_if(result.rows, [id](const FollowUpDue &d) { return d.accountManagerId != id; });
        } catch (const StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

void DueFollowUpsPanel::onLoaded()
{
    if (m_consumed)
        return; // waitForFinished() handled it already
    m_consumed = true;
    // result(), not takeResult(): a taken future no longer counts as finished, and waiting on it
    // would never return.
    Result result = m_watcher->result();
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    if (!result.error.isEmpty())
        spdlog::warn("cannot list the follow-ups due: {}", result.error.toStdString());
    m_model->setRows(std::move(result.rows));
    const int due = m_model->rowCount();
    m_toggle->setText(tr("%1: %2 follow-ups due this week or earlier, %3 of them overdue")
                              .arg(m_manager)
                              .arg(due)
                              .arg(m_model->overdueCount()));
    setVisible(due > 0);
    Q_EMIT loaded();
}

} // namespace kehu
