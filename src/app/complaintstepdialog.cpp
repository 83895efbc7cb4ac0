#include "complaintstepdialog.h"

#include "complaintformat.h"
#include "currentuser.h"

#include "domain/complaintworkflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kehu {
namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

ComplaintStepDialog::ComplaintStepDialog(ComplaintStep step, const Complaint &complaint, const ComplaintRules &rules,
                                         const std::vector<ListItem> &departments, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_step(step)
    , m_complaint(complaint)
    , m_rules(rules)
{
    setObjectName(QStringLiteral("complaintStepDialog"));
    setWindowTitle(tr("%1 — %2").arg(ComplaintFormat::name(step), complaint.number));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_at->setObjectName(QStringLiteral("atEdit"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    m_form->addRow(tr("&When:"), m_at);
    m_errors.insert(QStringLiteral("at"), errorLabel(this));
    m_form->addRow(QString(), m_errors.value(QStringLiteral("at")));
    m_by = new QLineEdit(CurrentUser::name(), this);
    m_by->setObjectName(QStringLiteral("byEdit"));
    m_form->addRow(tr("&By:"), m_by);
    m_editors.insert(QStringLiteral("by"), m_by);
    m_errors.insert(QStringLiteral("by"), errorLabel(this));
    m_form->addRow(QString(), m_errors.value(QStringLiteral("by")));

    switch (step) {
    case ComplaintStep::Assign: {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("departmentCombo"));
        for (const ListItem &item : departments)
            combo->addItem(item.displayName(language), item.name);
        m_form->addRow(tr("Responsible &department:"), combo);
        m_editors.insert(QStringLiteral("department"), combo);
        m_errors.insert(QStringLiteral("department"), errorLabel(this));
        m_form->addRow(QString(), m_errors.value(QStringLiteral("department")));
        m_required << QStringLiteral("department");
        break;
    }
    case ComplaintStep::Start: {
        addText(QStringLiteral("handler"), tr("&Handler:"), false, false);
        qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("handler")))->setPlaceholderText(CurrentUser::name());
        auto *row = new QHBoxLayout;
        m_onsiteSet = new QCheckBox(tr("On site at"), this);
        m_onsite = new QDateTimeEdit(QDateTime::currentDateTime(), this);
        m_onsite->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_onsite->setEnabled(false);
        connect(m_onsiteSet, &QCheckBox::toggled, m_onsite, &QWidget::setEnabled);
        row->addWidget(m_onsiteSet);
        row->addWidget(m_onsite, 1);
        m_form->addRow(tr("Visit:"), row);
        break;
    }
    case ComplaintStep::Resolve:
        addText(QStringLiteral("cause"), tr("Root &cause:"), true, false);
        addText(QStringLiteral("handling"), tr("&Handling done:"), true, true);
        addText(QStringLiteral("action"), complaint.category == ComplaintCategory::Quality ? tr("Corrective &action:")
                                                                                          : tr("Corrective &action (optional):"),
                complaint.category == ComplaintCategory::Quality, true);
        break;
    case ComplaintStep::Report:
        addText(QStringLiteral("note"), tr("How the customer was &told:"), false, true);
        break;
    case ComplaintStep::Accept:
        addText(QStringLiteral("note"), tr("&Note:"), false, true);
        break;
    case ComplaintStep::Reject:
        addText(QStringLiteral("note"), tr("Why the customer is &not satisfied:"), true, true);
        break;
    case ComplaintStep::Review: {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("effectiveCombo"));
        combo->addItem(tr("Effective"), QStringLiteral("yes"));
        combo->addItem(tr("Not effective: new corrective action"), QStringLiteral("no"));
        m_form->addRow(tr("The action was:"), combo);
        m_editors.insert(QStringLiteral("effective"), combo);
        addText(QStringLiteral("note"), tr("&Note:"), false, true);
        addText(QStringLiteral("action"), tr("New corrective &action:"), false, true);
        auto *action = m_editors.value(QStringLiteral("action"));
        action->setEnabled(false);
        connect(combo, &QComboBox::currentIndexChanged, action, [combo, action] {
            action->setEnabled(combo->currentData().toString() == QLatin1String("no"));
        });
        break;
    }
    default:
        break;
    }

    m_error = errorLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(ComplaintFormat::name(step));
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintStepDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ComplaintStepDialog::addText(const QString &key, const QString &label, bool required, bool multiLine)
{
    QWidget *editor = nullptr;
    if (multiLine) {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        editor = edit;
    } else {
        editor = new QLineEdit(this);
    }
    editor->setObjectName(key + QStringLiteral("Edit"));
    m_form->addRow(label, editor);
    m_editors.insert(key, editor);
    m_errors.insert(key, errorLabel(this));
    m_form->addRow(QString(), m_errors.value(key));
    if (required)
        m_required << key;
}

QString ComplaintStepDialog::valueOf(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return editor->isEnabled() ? text->toPlainText().trimmed() : QString();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    return {};
}

ComplaintStepRecord ComplaintStepDialog::record() const
{
    ComplaintStepRecord record;
    record.step = m_step;
    // Minutes are what the form shows; a step in the same minute as the previous one keeps order.
    record.at = m_at->dateTime();
    record.at.setTime(QTime(record.at.time().hour(), record.at.time().minute()));
    if (record.at < m_complaint.lastStepAt() && record.at.secsTo(m_complaint.lastStepAt()) < 60)
        record.at = m_complaint.lastStepAt();
    record.by = m_by->text().trimmed();
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        if (it.key() == QLatin1String("by"))
            continue;
        const QString value = valueOf(it.key());
        if (!value.isEmpty())
            record.fields.insert(it.key(), value);
    }
    if (m_onsiteSet && m_onsiteSet->isChecked())
        record.fields.insert(QStringLiteral("onsite"), m_onsite->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:00")));
    return record;
}

void ComplaintStepDialog::showError(const QString &key, const QString &message)
{
    QLabel *label = m_errors.value(key, m_error);
    label->setText(message);
    label->show();
    if (QWidget *editor = m_editors.value(key))
        editor->setFocus(Qt::OtherFocusReason);
}

void ComplaintStepDialog::accept()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_error->hide();
    if (m_by->text().trimmed().isEmpty()) {
        showError(QStringLiteral("by"), tr("Who took this step?"));
        return;
    }
    for (const QString &key : std::as_const(m_required)) {
        if (valueOf(key).isEmpty()) {
            showError(key, tr("Required."));
            return;
        }
    }
    if (m_step == ComplaintStep::Review && valueOf(QStringLiteral("effective")) == QLatin1String("no")
        && valueOf(QStringLiteral("action")).isEmpty()) {
        showError(QStringLiteral("action"), tr("Required when the action was not effective."));
        return;
    }
    const ComplaintStepRecord step = record();
    if (step.at < m_complaint.lastStepAt()) {
        showError(QStringLiteral("at"), tr("Not before the previous step (%1).")
                                            .arg(m_complaint.lastStepAt().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return;
    }
    const QString refusal = ComplaintWorkflow::checkStep(m_complaint, step, m_rules);
    if (!refusal.isEmpty()) {
        showError(QString(), refusal);
        return;
    }
    QDialog::accept();
}

} // namespace kehu
