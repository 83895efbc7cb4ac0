#pragma once

#include "domain/referencelists.h"
#include "storage/surveyrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kehu {

class Database;

// Starts a campaign: its name, year, end date and template, and who it targets (every active
// customer, or those of a region, industry, center, manager and matching a search text).
// Creates it on OK; says at the field what is missing.
class SurveyCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyCampaignDialog(const Database &db, const ReferenceLists &lists, const QString &language, QDate today,
                         QWidget *parent = nullptr);

    qint64 createdId() const { return m_createdId; }
    void accept() override;

private:
    QComboBox *listCombo(const std::vector<ListItem> &items, const QString &language);

    const Database &m_db;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_year = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_center = nullptr;
    QComboBox *m_manager = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
    qint64 m_createdId = 0;
};

} // namespace kehu
