#include "newcomplaintdialog.h"

#include "complaintformat.h"
#include "currentuser.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace kehu {
namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

} // namespace

NewComplaintDialog::NewComplaintDialog(QHash<QString, QString> customers, const QString &customerCode, QWidget *parent)
    : QDialog(parent)
    , m_customers(std::move(customers))
{
    setObjectName(QStringLiteral("newComplaintDialog"));
    setWindowTitle(tr("New Complaint"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_customer = new QLineEdit(customerCode, this);
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_customer->setPlaceholderText(tr("Code or name"));
    QStringList choices;
    for (auto it = m_customers.begin(); it != m_customers.end(); ++it)
        choices << it.key() + QLatin1Char(' ') + it.value();
    choices.sort();
    auto *completer = new QCompleter(new QStringListModel(choices, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_customer->setCompleter(completer);
    form->addRow(tr("&Customer:"), m_customer);
    m_customerName = new QLabel(this);
    form->addRow(QString(), m_customerName);
    m_customerError = errorLabel(this);
    form->addRow(QString(), m_customerError);
    connect(m_customer, &QLineEdit::textChanged, this, &NewComplaintDialog::updateCustomerName);

    m_channel = new QComboBox(this);
    for (ComplaintChannel channel : allComplaintChannels())
        m_channel->addItem(ComplaintFormat::name(channel), toKey(channel));
    form->addRow(tr("C&hannel:"), m_channel);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (ComplaintCategory category : allComplaintCategories())
        m_category->addItem(ComplaintFormat::name(category), toKey(category));
    form->addRow(tr("C&ategory:"), m_category);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->addItem(ComplaintFormat::name(ComplaintSeverity::Normal), toKey(ComplaintSeverity::Normal));
    m_severity->addItem(tr("Major — escalate to the emergency team"), toKey(ComplaintSeverity::Major));
    form->addRow(tr("&Severity:"), m_severity);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(tr("&Description:"), m_description);
    m_descriptionError = errorLabel(this);
    form->addRow(QString(), m_descriptionError);
    m_order = new QLineEdit(this);
    m_order->setObjectName(QStringLiteral("orderEdit"));
    m_order->setPlaceholderText(tr("Optional"));
    form->addRow(tr("&Order no.:"), m_order);
    m_product = new QLineEdit(this);
    m_product->setPlaceholderText(tr("Optional; the order's when empty"));
    form->addRow(tr("&Product model:"), m_product);
    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    form->addRow(tr("&Received at:"), m_at);
    m_by = new QLineEdit(CurrentUser::name(), this);
    form->addRow(tr("Received &by:"), m_by);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewComplaintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewComplaintDialog::reject);
    layout->addWidget(buttons);
    updateCustomerName();
    resize(560, sizeHint().height());
}

QString NewComplaintDialog::customerCode() const
{
    // "C000042 华美洗涤" from the completer, or the code alone.
    const QString text = m_customer->text().trimmed();
    const QString code = text.section(QLatin1Char(' '), 0, 0);
    if (m_customers.contains(code))
        return code;
    for (auto it = m_customers.begin(); it != m_customers.end(); ++it) {
        if (it.value() == text)
            return it.key();
    }
    return code;
}

void NewComplaintDialog::updateCustomerName()
{
    const QString code = customerCode();
    m_customerName->setText(m_customers.value(code));
}

ComplaintStepRecord NewComplaintDialog::record() const
{
    ComplaintStepRecord record;
    record.step = ComplaintStep::Add;
    record.at = m_at->dateTime();
    record.at.setTime(QTime(record.at.time().hour(), record.at.time().minute()));
    record.by = m_by->text().trimmed();
    record.fields = {
        { QStringLiteral("channel"), m_channel->currentData().toString() },
        { QStringLiteral("category"), m_category->currentData().toString() },
        { QStringLiteral("severity"), m_severity->currentData().toString() },
        { QStringLiteral("description"), m_description->toPlainText().trimmed() },
    };
    if (!m_order->text().trimmed().isEmpty())
        record.fields.insert(QStringLiteral("order"), m_order->text().trimmed());
    if (!m_product->text().trimmed().isEmpty())
        record.fields.insert(QStringLiteral("product"), m_product->text().trimmed());
    return record;
}

void NewComplaintDialog::accept()
{
    m_customerError->hide();
    m_descriptionError->hide();
    if (!m_customers.contains(customerCode())) {
        m_customerError->setText(m_customer->text().trimmed().isEmpty() ? tr("Required.")
                                                                        : tr("No customer with this code or name."));
        m_customerError->show();
        m_customer->setFocus();
        return;
    }
    if (m_description->toPlainText().trimmed().isEmpty()) {
        m_descriptionError->setText(tr("Required: what the customer says."));
        m_descriptionError->show();
        m_description->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace kehu
