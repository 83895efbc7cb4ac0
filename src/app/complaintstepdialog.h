#pragma once

#include "domain/complaint.h"
#include "domain/complainttargets.h"
#include "domain/referencelists.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QFormLayout;
class QCheckBox;

namespace kehu {

// The small form of one workflow step: when, who, and the fields the step records, with the
// required ones checked at the field before the dialog closes.
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintStepDialog(ComplaintStep step, const Complaint &complaint, const ComplaintRules &rules,
                        const std::vector<ListItem> &departments, const QString &language, QWidget *parent = nullptr);

    ComplaintStepRecord record() const;
    void accept() override;

    // For tests: the editor of a field key ("cause", "note", ...), the time and who.
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QDateTimeEdit *timeEdit() const { return m_at; }

private:
    void addText(const QString &key, const QString &label, bool required, bool multiLine);
    QString valueOf(const QString &key) const;
    void showError(const QString &key, const QString &message);

    ComplaintStep m_step;
    Complaint m_complaint;
    ComplaintRules m_rules;
    QFormLayout *m_form = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_by = nullptr;
    QDateTimeEdit *m_onsite = nullptr;
    QCheckBox *m_onsiteSet = nullptr;
    QLabel *m_error = nullptr;
    QMap<QString, QWidget *> m_editors;
    QMap<QString, QLabel *> m_errors;
    QStringList m_required;
};

} // namespace kehu
