#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace kehu {

class Database;

// Complaints ▸ Settings: service targets per severity, the review delay of corrective actions,
// the emergency team and the responsible departments — all stored in the database.
class ComplaintSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ComplaintSettingsDialog(const Database &db, QWidget *parent = nullptr);
    void accept() override;

private:
    const Database &m_db;
    QDoubleSpinBox *m_hours[2][3] {};
    QSpinBox *m_reviewDays = nullptr;
    QPlainTextEdit *m_team = nullptr;
    QTableWidget *m_departments = nullptr;
};

} // namespace kehu
