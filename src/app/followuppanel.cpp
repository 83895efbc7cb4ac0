#include "followuppanel.h"

#include "currentuser.h"
#include "displayformat.h"
#include "followupdialog.h"
#include "followuplogmodel.h"

#include "storage/database.h"
#include "storage/followupagenda.h"
#include "storage/followuprepository.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace kehu {

FollowUpPanel::FollowUpPanel(const Database &db, const Customer &customer, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_customer(customer)
    , m_today(today)
{
    setObjectName(QStringLiteral("followUpPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_model = new FollowUpLogModel(this);
    m_watcher = new QFutureWatcher<std::optional<FollowUpDue>>(this);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add follow-up…"), this);
    m_addButton->setObjectName(QStringLiteral("addFollowUpButton"));
    m_addButton->setEnabled(!customer.isArchived());
    auto *hint = new QLabel(tr("Latest first. Visits, calls and online meetings with the customer."), this);
    hint->setStyleSheet(QStringLiteral("color: #777;"));
    top->addWidget(hint, 1);
    top->addWidget(m_addButton);
    layout->addLayout(top);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("followUpView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(100);
    m_view->horizontalHeader()->resizeSection(FollowUpLogModel::Content, 300);
    m_view->horizontalHeader()->resizeSection(FollowUpLogModel::Outcome, 220);
    layout->addWidget(m_view);

    connect(m_addButton, &QPushButton::clicked, this, &FollowUpPanel::addFollowUp);
    connect(m_watcher, &QFutureWatcher<std::optional<FollowUpDue>>::finished, this, [this] {
        m_due = m_watcher->result(); // not takeResult(): waiting on a taken future never returns
        m_dueLoaded = true;
        showSummary();
        Q_EMIT dueLoaded();
    });
    reload();
}

FollowUpPanel::~FollowUpPanel()
{
    m_watcher->waitForFinished();
}

void FollowUpPanel::reload()
{
    try {
        m_model->setFollowUps(FollowUpRepository(m_db).forCustomer(m_customer.id));
    } catch (const StorageError &error) {
        spdlog::warn("cannot read the follow-ups of {}: {}", m_customer.code.toStdString(), error.message().toStdString());
    }
    m_dueLoaded = false;
    showSummary();
    if (m_customer.isArchived())
        return;
    m_watcher->waitForFinished();
    m_watcher->setFuture(QtConcurrent::run([path = m_db.path(), id = m_customer.id, today = m_today]() -> std::optional<FollowUpDue> {
        try {
            Database::Options options;
            options.mode = Database::OpenMode::MustExist;
            Database db(path, options);
            return FollowUpAgenda(db).dueOf(id, today);
        } catch (const StorageError &error) {
            spdlog::warn("cannot compute the next follow-up: {}", error.message().toStdString());
            return std::nullopt;
        }
    }));
}

void FollowUpPanel::showSummary()
{
    const std::vector<FollowUp> &log = m_model->followUps();
    QString last = tr("Last follow-up: none");
    if (!log.empty()) {
        const FollowUp &f = log.front();
        last = tr("Last follow-up: %1 (%2, %3)").arg(formatDate(f.date), displayName(f.channel), f.staff);
    }
    QString next;
    if (m_customer.isArchived())
        next = tr("archived: none due");
    else if (!m_dueLoaded)
        next = tr("next due: computing…");
    else if (!m_due)
        next = tr("next due: unknown");
    else if (m_due->overdue)
        next = tr("next due: %1, overdue by %n day(s)", nullptr, m_due->daysOverdue).arg(formatDate(m_due->due));
    else
        next = tr("next due: %1 (class %2)").arg(formatDate(m_due->due), toKey(m_due->abcClass));
    m_summary->setText(last + QStringLiteral(" · ") + next);
    m_summary->setStyleSheet(m_due && m_due->overdue && m_dueLoaded ? QStringLiteral("color: #c0392b;") : QString());
}

bool FollowUpPanel::addFollowUp()
{
    if (m_customer.isArchived())
        return false;
    FollowUp followUp;
    bool accepted = false;
    if (m_editor) {
        accepted = m_editor(this, followUp);
    } else {
        QStringList contacts;
        for (const Contact &contact : m_customer.contacts)
            if (!contact.name.trimmed().isEmpty())
                contacts << contact.name.trimmed();
        FollowUpDialog dialog(m_customer.name, contacts, CurrentUser::name(), m_today, this);
        accepted = dialog.exec() == QDialog::Accepted;
        followUp = dialog.followUp();
    }
    if (!accepted)
        return false;
    followUp.customerId = m_customer.id;
    try {
        FollowUpRepository(m_db).add(followUp);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Add follow-up"),
                             tr("The follow-up was not logged: %1\nNothing was changed in the database.").arg(error.message()));
        return false;
    }
    spdlog::info("logged follow-up {} of {}", followUp.id, m_customer.code.toStdString());
    reload();
    Q_EMIT followUpAdded();
    return true;
}

} // namespace kehu
