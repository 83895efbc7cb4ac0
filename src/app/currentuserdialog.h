#pragma once

#include <QDialog>

class QLineEdit;

namespace kehu {

// Settings ▸ My name…: the name and department of the person at this desk (CurrentUser).
class CurrentUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CurrentUserDialog(QWidget *parent = nullptr);

    void accept() override; // stores both fields

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_department = nullptr;
};

} // namespace kehu
