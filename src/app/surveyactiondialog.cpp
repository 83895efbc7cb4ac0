#include "surveyactiondialog.h"

#include "surveytext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kehu {

SurveyActionDialog::SurveyActionDialog(const ImprovementAction &action, const QString &target, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setWindowTitle(tr("Improvement action"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("For:"), new QLabel(tr("%1 (score %2)").arg(target, SurveyText::score(action.baseline)), this));
    m_title = new QLineEdit(action.title, this);
    m_owner = new QLineEdit(action.owner, this);
    m_due = new QDateEdit(action.due.isValid() ? action.due : QDate::currentDate().addMonths(3), this);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setCalendarPopup(true);
    m_status = new QComboBox(this);
    for (ActionStatus status : {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done})
        m_status->addItem(SurveyText::status(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    form->addRow(tr("&What:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SurveyActionDialog::reject);
    form->addRow(buttons);
}

ImprovementAction SurveyActionDialog::action() const
{
    ImprovementAction action = m_action;
    action.title = m_title->text().trimmed();
    action.owner = m_owner->text().trimmed();
    action.due = m_due->date();
    action.status = ActionStatus(m_status->currentData().toInt());
    return action;
}

void SurveyActionDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        m_error->setText(tr("Say what will be done."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace kehu
