#pragma once

#include "complaintloader.h"
#include "complaintpage.h"

#include "domain/complaintqueues.h"

#include <QWidget>

#include <functional>

class QListWidget;
class QTabWidget;
class QTableView;

namespace kehu {

class ComplaintAnalysisView;
class ComplaintListModel;
class Database;
class NewComplaintDialog;

// The Complaints tab: queues on the left with their counts (mine, my department's, all open,
// overdue, escalated, closed), the selected queue's complaints on the right, a page per opened
// complaint and the Analysis tab. Complaints are read off the GUI thread.
class ComplaintsView : public QWidget
{
    Q_OBJECT

public:
    ComplaintsView(const Database &db, QString language, QWidget *parent = nullptr);
    ~ComplaintsView() override;

    void reload();
    bool isLoading() const;
    void waitForLoaded();

    void selectQueue(ComplaintQueue queue);
    ComplaintQueue currentQueue() const;
    int queueCount(ComplaintQueue queue) const;
    ComplaintListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    ComplaintAnalysisView *analysis() const { return m_analysis; }

    ComplaintPage *openComplaint(qint64 id);
    ComplaintPage *openComplaintByNumber(const QString &number);
    ComplaintPage *currentPage() const;
    // New complaint dialog, for `customerCode` when given. Returns the new complaint's number.
    QString newComplaint(const QString &customerCode = {});
    void editSettings();

    // Tests fill the forms instead of a person.
    void setNewComplaintHook(std::function<bool(NewComplaintDialog &)> hook) { m_newHook = std::move(hook); }
    void setStepDialogHook(std::function<bool(ComplaintStepDialog &)> hook);

Q_SIGNALS:
    void loaded();
    void customerRequested(qint64 customerId);
    void complaintsChanged();

private:
    void onLoaded();
    void updateQueues();
    void showQueue();
    QueueViewer viewer() const;
    ComplaintPage::Context pageContext() const;

    const Database &m_db;
    QString m_language;
    ComplaintLoader *m_loader = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_queues = nullptr;
    QTableView *m_table = nullptr;
    ComplaintListModel *m_model = nullptr;
    ComplaintAnalysisView *m_analysis = nullptr;
    std::function<bool(NewComplaintDialog &)> m_newHook;
    std::function<bool(ComplaintStepDialog &)> m_stepHook;
};

} // namespace kehu
