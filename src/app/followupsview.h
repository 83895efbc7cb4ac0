#pragma once

#include "domain/followupschedule.h"
#include "domain/referencelists.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace kehu {

class Database;
class DueFollowUpsModel;

// View ▸ Follow-ups: for the sales manager, every customer whose follow-up is due this week or
// overdue, with its account manager, narrowed to one manager or to the overdue ones.
// Computed off the GUI thread (the due dates need every customer's ABC class); the filters
// work on the rows already read.
class FollowUpsView : public QWidget
{
    Q_OBJECT

public:
    FollowUpsView(const Database &db, ReferenceLists lists, QString language, QDate today, QWidget *parent = nullptr);
    ~FollowUpsView() override;

    void reload();
    void waitForFinished();
    DueFollowUpsModel *model() const { return m_model; }
    QComboBox *managerCombo() const { return m_manager; }
    QCheckBox *overdueCheck() const { return m_overdueOnly; }

Q_SIGNALS:
    void customerRequested(qint64 id);
    void loaded();

private:
    void onLoaded();
    void applyFilter();

    const Database &m_db;
    ReferenceLists m_lists;
    QString m_language;
    QDate m_today;
    QComboBox *m_manager = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    DueFollowUpsModel *m_model = nullptr;
    QFutureWatcher<std::vector<FollowUpDue>> *m_watcher = nullptr;
    std::vector<FollowUpDue> m_all;
    bool m_consumed = true;
};

} // namespace kehu
