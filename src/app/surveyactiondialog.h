#pragma once

#include "domain/surveyreport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace kehu {

// Edits an improvement action's title, owner, due date and status.
class SurveyActionDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyActionDialog(const ImprovementAction &action, const QString &target, QWidget *parent = nullptr);

    ImprovementAction action() const;
    void accept() override;

private:
    ImprovementAction m_action;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_owner = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kehu
