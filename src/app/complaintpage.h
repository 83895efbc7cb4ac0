#pragma once

#include "domain/complaint.h"
#include "domain/complainttargets.h"
#include "domain/referencelists.h"

#include <QWidget>

#include <functional>
#include <memory>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTemporaryDir;

namespace kehu {

class ComplaintStepDialog;
class Database;
class RowTableModel;

// One complaint: the customer and what was reported, the current target with the time left, a
// timeline of every step with who, when and what, a button for each step allowed now (each
// opening its small form), comments and attachments.
class ComplaintPage : public QWidget
{
    Q_OBJECT

public:
    struct Context
    {
        ComplaintRules rules;
        std::vector<ListItem> departments;
        QString language; // "zh" or "en" for list names
    };

    ComplaintPage(const Database &db, qint64 complaintId, Context context, QWidget *parent = nullptr);
    ~ComplaintPage() override;

    qint64 complaintId() const { return m_complaint.id; }
    const Complaint &complaint() const { return m_complaint; }
    QString title() const { return m_complaint.number; }
    void reload();

    // Opens the step's form and takes the step when it is confirmed. Returns true when taken.
    bool takeStep(ComplaintStep step);
    // Tests fill the form instead of a person: the hook gets the dialog and says whether to accept.
    void setStepDialogHook(std::function<bool(ComplaintStepDialog &)> hook) { m_dialogHook = std::move(hook); }

    bool addComment(const QString &text);
    bool addAttachment(const QString &filePath);
    // Writes the attachment to a temporary file; returns its path (empty on failure).
    QString exportAttachment(int row);

    QList<ComplaintStep> stepButtons() const;
    QTableView *timelineView() const { return m_timelineView; }
    QLabel *targetLabel() const { return m_target; }

Q_SIGNALS:
    void changed(qint64 id); // a step, comment or attachment was added
    void customerRequested(qint64 customerId);

private:
    void build();
    void fill();
    void showError(const QString &what, const QString &message);

    const Database &m_db;
    Context m_context;
    Complaint m_complaint;
    std::function<bool(ComplaintStepDialog &)> m_dialogHook;
    std::unique_ptr<QTemporaryDir> m_tempDir;

    QLabel *m_header = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_target = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QList<QWidget *> m_stepButtons;
    QTableView *m_timelineView = nullptr;
    RowTableModel *m_timeline = nullptr;
    RowTableModel *m_comments = nullptr;
    RowTableModel *m_attachments = nullptr;
    QTableView *m_attachmentView = nullptr;
    QLineEdit *m_commentEdit = nullptr;
    std::vector<qint64> m_attachmentIds;
};

} // namespace kehu
