#include "currentuserdialog.h"

#include "currentuser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kehu {

CurrentUserDialog::CurrentUserDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("My Name"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Steps you take are recorded under this name, and your queues "
                                      "show the work assigned to you and your department."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(CurrentUser::name(), this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(CurrentUser::loginName());
    m_name->setMaxLength(100);
    form->addRow(tr("&Name:"), m_name);
    m_department = new QLineEdit(CurrentUser::department(), this);
    m_department->setObjectName(QStringLiteral("departmentEdit"));
    m_department->setMaxLength(100);
    form->addRow(tr("&Department:"), m_department);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CurrentUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CurrentUserDialog::reject);
    layout->addWidget(buttons);
}

void CurrentUserDialog::accept()
{
    CurrentUser::setName(m_name->text());
    CurrentUser::setDepartment(m_department->text());
    QDialog::accept();
}

} // namespace kehu
