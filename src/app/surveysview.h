#pragma once

#include "domain/referencelists.h"
#include "domain/surveyreport.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace kehu {

class Database;
class RowTableModel;
class SurveyEntryWidget;
class SurveyReportLoader;

// The Surveys tab (DOMAIN §7): a campaign chooser with New and Delete, and three pages: the
// keyboard entry of answers, the report (response rate, composite, loyalty and NPS, item means
// beside the previous campaign's, groups by region, industry, class, center or manager, two
// charts) and the improvement actions (proposed from items and groups under a threshold,
// edited for owner, due date and status, with the change the next campaign measured).
class SurveysView : public QWidget
{
    Q_OBJECT

public:
    SurveysView(const Database &db, const ReferenceLists &lists, const QString &language, QDate today,
                QWidget *parent = nullptr);
    ~SurveysView() override;

    SurveyEntryWidget *entry() const { return m_entry; }
    SurveyReportLoader *loader() const { return m_loader; }
    QTabWidget *pages() const { return m_pages; }
    QComboBox *campaignCombo() const { return m_campaign; }
    RowTableModel *itemsModel() const { return m_items; }
    RowTableModel *groupsModel() const { return m_groups; }
    RowTableModel *actionsModel() const { return m_actions; }
    QString summaryText() const;

    void selectCampaign(qint64 id);
    void setGrouping(SurveyGrouping grouping);
    // Adds an action for every proposal under the threshold that has none yet; returns how many.
    int proposeActions();
    void reload();

private:
    QWidget *createReportPage();
    QWidget *createActionsPage();
    QTableView *createTable(RowTableModel *model, const QString &objectName);
    void loadCampaigns(qint64 select);
    void onCampaignChanged();
    void onReportLoaded();
    void showItems();
    void showGroups();
    void showActions();
    void newCampaign();
    void deleteCampaign();
    void editAction();
    void deleteAction();
    qint64 currentCampaignId() const;
    SurveyGrouping grouping() const;
    QString targetText(const ImprovementAction &action) const;

    const Database &m_db;
    const ReferenceLists &m_lists;
    QString m_language;
    QDate m_today;
    SurveyReportLoader *m_loader = nullptr;

    QComboBox *m_campaign = nullptr;
    QPushButton *m_deleteCampaign = nullptr;
    QLabel *m_campaignInfo = nullptr;
    QTabWidget *m_pages = nullptr;
    SurveyEntryWidget *m_entry = nullptr;

    QComboBox *m_grouping = nullptr;
    QLabel *m_summary = nullptr;
    RowTableModel *m_items = nullptr;
    RowTableModel *m_groups = nullptr;
    QTableView *m_itemsView = nullptr;
    QTableView *m_groupsView = nullptr;
    QChartView *m_itemChart = nullptr;
    QChartView *m_groupChart = nullptr;

    QDoubleSpinBox *m_threshold = nullptr;
    RowTableModel *m_actions = nullptr;
    QTableView *m_actionsView = nullptr;
    std::vector<ImprovementAction> m_actionList;
};

} // namespace kehu
