#pragma once

#include "domain/followup.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kehu {

// "Add follow-up": the date (today unless changed), the channel, who followed up (the person
// at the desk), the contact (picked from the customer's contacts or typed), what was discussed,
// what came of it, and optionally the next date. Problems show next to their field; the dialog
// only closes on a follow-up that validateFollowUp() accepts.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(const QString &customerName, const QStringList &contacts, const QString &staff, QDate today,
                   QWidget *parent = nullptr);

    // The follow-up as entered; customerId is the caller's to set.
    FollowUp followUp() const;
    void accept() override;

private:
    bool showErrors();

    QDateEdit *m_date = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_staff = nullptr;
    QComboBox *m_contact = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QLineEdit *m_outcome = nullptr;
    QCheckBox *m_planNext = nullptr;
    QDateEdit *m_next = nullptr;
    QLabel *m_staffError = nullptr;
    QLabel *m_contentError = nullptr;
    QLabel *m_nextError = nullptr;
};

} // namespace kehu
