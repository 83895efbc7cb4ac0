#include "followupdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kehu {
namespace {

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

FollowUpDialog::FollowUpDialog(const QString &customerName, const QStringList &contacts, const QString &staff,
                               QDate today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Add follow-up: %1").arg(customerName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_date);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (FollowUpChannel channel : AllFollowUpChannels)
        m_channel->addItem(displayName(channel), int(channel));
    m_channel->setCurrentIndex(m_channel->findData(int(FollowUpChannel::Phone)));
    form->addRow(tr("C&hannel:"), m_channel);

    m_staff = new QLineEdit(staff, this);
    m_staff->setObjectName(QStringLiteral("staffEdit"));
    m_staff->setMaxLength(100);
    m_staffError = errorLabel(this, QStringLiteral("staffError"));
    auto *staffBox = new QVBoxLayout;
    staffBox->addWidget(m_staff);
    staffBox->addWidget(m_staffError);
    form->addRow(tr("&Staff:"), staffBox);

    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("contactCombo"));
    m_contact->setEditable(true);
    m_contact->addItem(QString());
    m_contact->addItems(contacts);
    m_contact->setCurrentIndex(contacts.isEmpty() ? 0 : 1);
    m_contact->lineEdit()->setPlaceholderText(tr("A contact on file, or any name"));
    form->addRow(tr("C&ontact:"), m_contact);

    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(QStringLiteral("contentEdit"));
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What was discussed"));
    m_content->setMinimumHeight(80);
    m_contentError = errorLabel(this, QStringLiteral("contentError"));
    auto *contentBox = new QVBoxLayout;
    contentBox->addWidget(m_content);
    contentBox->addWidget(m_contentError);
    form->addRow(tr("Co&ntent:"), contentBox);

    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setPlaceholderText(tr("What came of it"));
    form->addRow(tr("O&utcome:"), m_outcome);

    m_planNext = new QCheckBox(tr("&Next follow-up on"), this);
    m_planNext->setObjectName(QStringLiteral("planNextCheck"));
    m_next = new QDateEdit(today.addDays(30), this);
    m_next->setObjectName(QStringLiteral("nextEdit"));
    m_next->setCalendarPopup(true);
    m_next->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_next->setEnabled(false);
    m_nextError = errorLabel(this, QStringLiteral("nextError"));
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_planNext);
    nextRow->addWidget(m_next, 1);
    auto *nextBox = new QVBoxLayout;
    nextBox->addLayout(nextRow);
    nextBox->addWidget(m_nextError);
    auto *nextHint = new QLabel(tr("Without a date, the cadence of the customer's class decides."), this);
    nextHint->setStyleSheet(QStringLiteral("color: #777;"));
    nextBox->addWidget(nextHint);
    form->addRow(QString(), nextBox);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    layout->addWidget(buttons);
    connect(m_planNext, &QCheckBox::toggled, m_next, &QWidget::setEnabled);
    resize(520, sizeHint().height());
    m_content->setFocus();
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp f;
    f.date = m_date->date();
    f.channel = FollowUpChannel(m_channel->currentData().toInt());
    f.staff = m_staff->text().trimmed();
    f.contact = m_contact->currentText().trimmed();
    f.content = m_content->toPlainText().trimmed();
    f.outcome = m_outcome->text().trimmed();
    if (m_planNext->isChecked())
        f.nextDate = m_next->date();
    return f;
}

bool FollowUpDialog::showErrors()
{
    const std::vector<FieldError> errors = validateFollowUp(followUp());
    const std::pair<const char *, QLabel *> labels[] = {
            {"staff", m_staffError}, {"content", m_contentError}, {"next_date", m_nextError}};
    for (const auto &[field, label] : labels) {
        QStringList messages;
        for (const FieldError &error : errors)
            if (error.field == QLatin1String(field))
                messages << error.message;
        label->setText(messages.join(u'\n'));
        label->setVisible(!messages.isEmpty());
    }
    return errors.empty();
}

void FollowUpDialog::accept()
{
    if (showErrors())
        QDialog::accept();
}

} // namespace kehu
