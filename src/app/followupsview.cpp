#include "followupsview.h"

#include "displayformat.h"
#include "duefollowupsmodel.h"

#include "storage/database.h"
#include "storage/followupagenda.h"
#include "storage/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace kehu {

FollowUpsView::FollowUpsView(const Database &db, ReferenceLists lists, QString language, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_lists(std::move(lists))
    , m_language(std::move(language))
    , m_today(today)
{
    setObjectName(QStringLiteral("followUpsView"));
    m_model = new DueFollowUpsModel(this);
    m_watcher = new QFutureWatcher<std::vector<FollowUpDue>>(this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_manager = new QComboBox(this);
    m_manager->setObjectName(QStringLiteral("managerCombo"));
    m_manager->addItem(tr("All account managers"), qint64(-1));
    for (const ListItem &item : m_lists.accountManagers)
        m_manager->addItem(item.displayName(m_language), item.id);
    m_manager->addItem(tr("(no account manager)"), qint64(0));
    auto *managerLabel = new QLabel(tr("&Account manager:"), this);
    managerLabel->setBuddy(m_manager);
    m_overdueOnly = new QCheckBox(tr("&Only overdue"), this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueCheck"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    bar->addWidget(managerLabel);
    bar->addWidget(m_manager);
    bar->addWidget(m_overdueOnly);
    bar->addWidget(refresh);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followUpsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->resizeSection(DueFollowUpsModel::Name, 320);
    m_table->horizontalHeader()->resizeSection(DueFollowUpsModel::Manager, 130);
    layout->addWidget(m_table, 1);

    connect(m_manager, &QComboBox::currentIndexChanged, this, &FollowUpsView::applyFilter);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &FollowUpsView::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &FollowUpsView::reload);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT customerRequested(m_model->idAt(index.row())); });
    connect(m_watcher, &QFutureWatcher<std::vector<FollowUpDue>>::finished, this, &FollowUpsView::onLoaded);
    reload();
}

FollowUpsView::~FollowUpsView()
{
    m_watcher->waitForFinished();
}

void FollowUpsView::reload()
{
    if (!m_consumed)
        return; // the computation under way reads the same file
    m_consumed = false;
    m_status->setText(tr("Computing…"));
    m_watcher->setFuture(QtConcurrent::run([path = m_db.path(), today = m_today] {
        try {
            Database::Options options;
            options.mode = Database::OpenMode::MustExist;
            Database db(path, options);
            return FollowUpAgenda(db).due(today);
        } catch (const StorageError &error) {
            spdlog::error("cannot list the follow-ups due: {}", error.message().toStdString());
            return std::vector<FollowUpDue>();
        }
    }));
}

void FollowUpsView::waitForFinished()
{
    if (m_consumed)
        return;
    m_watcher->waitForFinished();
    onLoaded();
}

void FollowUpsView::onLoaded()
{
    if (m_consumed)
        return;
    m_consumed = true;
    m_all = m_watcher->result(); // not takeResult(): waiting on a taken future never returns
    applyFilter();
    Q_EMIT loaded();
}

void FollowUpsView::applyFilter()
{
    const qint64 manager = m_manager->currentData().toLongLong();
    const bool overdueOnly = m_overdueOnly->isChecked();
    std::vector<FollowUpDue> rows;
    for (const FollowUpDue &due : m_all) {
        if ((manager < 0 || due.accountManagerId == manager) && (!overdueOnly || due.overdue))
            rows.push_back(due);
    }
    std::vector<std::pair<qint64, QString>> names;
    for (const ListItem &item : m_lists.accountManagers)
        names.emplace_back(item.id, item.displayName(m_language));
    m_model->setRows(std::move(rows), std::move(names));
    m_status->setText(tr("%1 due by %2, %3 of them overdue, as of %4")
                              .arg(m_model->rowCount())
                              .arg(formatDate(isoWeekOf(m_today).to))
                              .arg(m_model->overdueCount())
                              .arg(formatDate(m_today)));
}

} // namespace kehu
