#pragma once

#include "domain/customer.h"
#include "domain/followupschedule.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace kehu {

class Database;
struct FollowUp;
class FollowUpLogModel;

// The follow-ups of one customer on its page: the last and the next due date (in a summary
// line the page shows under its header), the log, and "Add follow-up…". The next due date
// needs the customer's ABC class, so it is computed off the GUI thread on a connection of
// its own.
class FollowUpPanel : public QWidget
{
    Q_OBJECT

public:
    // How the panel asks for a new follow-up; tests answer without a modal dialog. Returns
    // false when cancelled.
    using Editor = std::function<bool(QWidget *parent, FollowUp &followUp)>;

    FollowUpPanel(const Database &db, const Customer &customer, QDate today, QWidget *parent = nullptr);
    ~FollowUpPanel() override;

    QLabel *summaryLabel() const { return m_summary; }
    FollowUpLogModel *model() const { return m_model; }
    const std::optional<FollowUpDue> &due() const { return m_due; }
    bool isDueLoaded() const { return m_dueLoaded; }

    void setEditor(Editor editor) { m_editor = std::move(editor); }
    // Asks for a follow-up and logs it; false when cancelled or refused.
    bool addFollowUp();
    void reload();

Q_SIGNALS:
    void followUpAdded();
    void dueLoaded();

private:
    void showSummary();

    const Database &m_db;
    Customer m_customer;
    QDate m_today;
    Editor m_editor;
    QLabel *m_summary = nullptr;
    QPushButton *m_addButton = nullptr;
    QTableView *m_view = nullptr;
    FollowUpLogModel *m_model = nullptr;
    QFutureWatcher<std::optional<FollowUpDue>> *m_watcher = nullptr;
    std::optional<FollowUpDue> m_due;
    bool m_dueLoaded = false;
};

} // namespace kehu
