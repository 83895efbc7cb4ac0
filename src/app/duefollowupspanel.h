#pragma once

#include "domain/followupschedule.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class QToolButton;

namespace kehu {

class DueFollowUpsModel;

// The top of the start page: when the person at the desk (CurrentUser) is an account manager,
// their customers whose follow-up is due this week or overdue. Collapsible; hidden when
// nothing is due or the name is not on the account manager list. Computed off the GUI thread
// (the due dates need every customer's ABC class).
class DueFollowUpsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DueFollowUpsPanel(QWidget *parent = nullptr);
    ~DueFollowUpsPanel() override;

    // Reads the file again for `managerName` as of `asOf`; a newer call supersedes an older one.
    void load(const QString &databasePath, const QString &managerName, QDate asOf);
    void waitForFinished();

    DueFollowUpsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isExpanded() const;
    void setExpanded(bool expanded);

Q_SIGNALS:
    void customerActivated(qint64 id);
    void loaded();

private:
    struct Result
    {
        std::vector<FollowUpDue> rows;
        QString error;
    };
    struct Request
    {
        QString databasePath;
        QString managerName;
        QDate asOf;
    };
    void start(const Request &request);
    void onLoaded();

    QToolButton *m_toggle = nullptr;
    QTableView *m_view = nullptr;
    DueFollowUpsModel *m_model = nullptr;
    QFutureWatcher<Result> *m_watcher = nullptr;
    QString m_manager;
    std::optional<Request> m_pending; // asked for while a computation ran
    bool m_consumed = true; // the last computation's result is shown (or there was none)
};

} // namespace kehu
