#pragma once

#include "domain/surveytemplate.h"
#include "storage/surveyrepository.h"

#include <QFutureWatcher>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kehu {

class Database;
class RowTableModel;

// Entering a campaign's answers from the keyboard alone, customer after customer: type a score
// in each field (empty: not answered), Enter or Tab moves on, Ctrl+Enter saves and goes to the
// next pending customer, Ctrl+D marks the customer declined, Ctrl+PgDown / Ctrl+PgUp move to
// the next / previous customer without saving. A score off its item's scale is refused at the field.
class SurveyEntryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyEntryWidget(const Database &db, QWidget *parent = nullptr);
    ~SurveyEntryWidget() override;

    void setCampaign(const SurveyCampaign &campaign, const SurveyTemplate &surveyTemplate);
    // The customer being entered; -1 for none.
    int currentRow() const { return m_row; }
    QString currentCode() const;
    QLineEdit *field(const QString &itemKey) const;
    QTableView *targetsView() const { return m_view; }

    // The targets are read off the GUI thread (a campaign may target 200 000 customers).
    bool isLoading() const { return m_loading; }

    bool saveAndNext();
    void decline();
    void moveTo(int row);

Q_SIGNALS:
    void saved(); // answers or a status changed

private:
    void reloadTargets();
    void onTargetsLoaded();
    void showTargets();
    void showTarget();
    int nextPending(int after) const;
    void onFieldReturn(QLineEdit *edit);

    const Database &m_db;
    SurveyCampaign m_campaign;
    SurveyTemplate m_template;
    std::vector<SurveyTarget> m_targets;
    int m_row = -1;
    bool m_loading = false;
    QFutureWatcher<std::vector<SurveyTarget>> *m_watcher = nullptr;

    RowTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_formArea = nullptr;
    std::vector<std::pair<SurveyItem, QLineEdit *>> m_fields;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_declineButton = nullptr;
};

} // namespace kehu
