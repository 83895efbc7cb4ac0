#pragma once

#include "domain/complaint.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kehu {

// Logs a complaint as received: the customer (picked by code or name), channel, category,
// severity, description, and where known the order and product model.
class NewComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    // `customers`: code → name of the customers a complaint can be made against.
    NewComplaintDialog(QHash<QString, QString> customers, const QString &customerCode, QWidget *parent = nullptr);

    QString customerCode() const;
    ComplaintStepRecord record() const;
    void accept() override;

    QLineEdit *customerEdit() const { return m_customer; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *categoryCombo() const { return m_category; }

private:
    void updateCustomerName();

    QHash<QString, QString> m_customers;
    QLineEdit *m_customer = nullptr;
    QLabel *m_customerName = nullptr;
    QLabel *m_customerError = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_severity = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_descriptionError = nullptr;
    QLineEdit *m_order = nullptr;
    QLineEdit *m_product = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_by = nullptr;
};

} // namespace kehu
