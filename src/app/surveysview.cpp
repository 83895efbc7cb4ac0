#include "surveysview.h"

#include "displayformat.h"
#include "rowtablemodel.h"
#include "surveyactiondialog.h"
#include "surveycampaigndialog.h"
#include "surveyentrywidget.h"
#include "surveyreportloader.h"
#include "surveytext.h"

#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/surveyrepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace kehu {
namespace {

constexpr SurveyGrouping Groupings[] = {SurveyGrouping::Region, SurveyGrouping::Industry, SurveyGrouping::AbcClass,
                                        SurveyGrouping::SalesCenter, SurveyGrouping::AccountManager};

QChartView *chartView(QWidget *parent, const QString &objectName)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis hands ownership back
    }
}

} // namespace

SurveysView::SurveysView(const Database &db, const ReferenceLists &lists, const QString &language, QDate today,
                         QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_lists(lists)
    , m_language(language)
    , m_today(today)
    , m_loader(new SurveyReportLoader(db.path(), this))
{
    setObjectName(QStringLiteral("surveysView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("campaignCombo"));
    m_campaign->setMinimumContentsLength(28);
    auto *campaignLabel = new QLabel(tr("C&ampaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    auto *newButton = new QPushButton(tr("&New campaign…"), this);
    newButton->setObjectName(QStringLiteral("newCampaignButton"));
    m_deleteCampaign = new QPushButton(tr("Delete campaign…"), this);
    m_campaignInfo = new QLabel(this);
    top->addWidget(campaignLabel);
    top->addWidget(m_campaign);
    top->addWidget(newButton);
    top->addWidget(m_deleteCampaign);
    top->addWidget(m_campaignInfo, 1);
    layout->addLayout(top);

    m_pages = new QTabWidget(this);
    m_entry = new SurveyEntryWidget(db, this);
    m_pages->addTab(m_entry, tr("Answers"));
    m_pages->addTab(createReportPage(), tr("Report"));
    m_pages->addTab(createActionsPage(), tr("Improvement actions"));
    layout->addWidget(m_pages, 1);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, &SurveysView::onCampaignChanged);
    connect(newButton, &QPushButton::clicked, this, &SurveysView::newCampaign);
    connect(m_deleteCampaign, &QPushButton::clicked, this, &SurveysView::deleteCampaign);
    connect(m_entry, &SurveyEntryWidget::saved, this, [this] {
        m_loader->load(currentCampaignId(), grouping());
    });
    connect(m_loader, &SurveyReportLoader::finished, this, &SurveysView::onReportLoaded);
    loadCampaigns(0);
}

SurveysView::~SurveysView() = default;

QWidget *SurveysView::createReportPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QGridLayout(page);
    auto *controls = new QHBoxLayout;
    m_grouping = new QComboBox(page);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    for (SurveyGrouping g : Groupings)
        m_grouping->addItem(SurveyText::grouping(g), int(g));
    auto *groupLabel = new QLabel(tr("&Groups by:"), page);
    groupLabel->setBuddy(m_grouping);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("surveySummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    controls->addWidget(m_summary, 1);
    controls->addWidget(groupLabel);
    controls->addWidget(m_grouping);
    layout->addLayout(controls, 0, 0, 1, 2);

    m_items = new RowTableModel({tr("Item"), tr("Answers"), tr("Mean"), tr("Score (0–100)"), tr("Last time"), tr("Change")}, this);
    m_groups = new RowTableModel({tr("Group"), tr("Responses"), tr("Satisfaction"), tr("Loyalty"), tr("NPS"), tr("Last time"),
                                  tr("Change")}, this);
    m_itemsView = createTable(m_items, QStringLiteral("surveyItemsView"));
    m_groupsView = createTable(m_groups, QStringLiteral("surveyGroupsView"));
    layout->addWidget(m_itemsView, 1, 0);
    layout->addWidget(m_groupsView, 2, 0);
    m_itemChart = chartView(page, QStringLiteral("surveyItemChart"));
    m_groupChart = chartView(page, QStringLiteral("surveyGroupChart"));
    layout->addWidget(m_itemChart, 1, 1);
    layout->addWidget(m_groupChart, 2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { m_loader->load(currentCampaignId(), grouping()); });
    return page;
}

QWidget *SurveysView::createActionsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *controls = new QHBoxLayout;
    m_threshold = new QDoubleSpinBox(page);
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(0);
    m_threshold->setValue(DefaultActionThreshold);
    auto *thresholdLabel = new QLabel(tr("&Threshold (0–100):"), page);
    thresholdLabel->setBuddy(m_threshold);
    auto *propose = new QPushButton(tr("&Propose actions"), page);
    propose->setObjectName(QStringLiteral("proposeActionsButton"));
    propose->setToolTip(tr("An action for every item, and every group of the report's grouping, scoring under the threshold"));
    auto *edit = new QPushButton(tr("&Edit…"), page);
    auto *remove = new QPushButton(tr("&Delete…"), page);
    controls->addWidget(thresholdLabel);
    controls->addWidget(m_threshold);
    controls->addWidget(propose);
    controls->addStretch();
    controls->addWidget(edit);
    controls->addWidget(remove);
    layout->addLayout(controls);
    m_actions = new RowTableModel({tr("Action"), tr("For"), tr("Owner"), tr("Due"), tr("Status"), tr("Score then"),
                                   tr("Measured change")}, this);
    m_actionsView = createTable(m_actions, QStringLiteral("surveyActionsView"));
    m_actionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionsView->horizontalHeader()->setStretchLastSection(false);
    m_actionsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch); // the action's text
    m_actionsView->setColumnWidth(1, 160);
    m_actionsView->setColumnWidth(6, 160);
    layout->addWidget(m_actionsView, 1);
    auto *note = new QLabel(tr("The measured change is the item's score (or the group's satisfaction) in the next "
                               "campaign of the same template minus the score the action started from."), page);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    connect(propose, &QPushButton::clicked, this, [this] {
        const int added = proposeActions();
        QMessageBox::information(this, tr("Improvement actions"),
                                 added == 0 ? tr("No new item or group scores under %1.").arg(m_threshold->value())
                                            : tr("%n action(s) proposed; give each an owner and a due date.", nullptr, added));
    });
    connect(edit, &QPushButton::clicked, this, &SurveysView::editAction);
    connect(m_actionsView, &QTableView::activated, this, &SurveysView::editAction);
    connect(remove, &QPushButton::clicked, this, &SurveysView::deleteAction);
    return page;
}

QTableView *SurveysView::createTable(RowTableModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    return view;
}

void SurveysView::loadCampaigns(qint64 select)
{
    const QSignalBlocker blocker(m_campaign);
    m_campaign->clear();
    try {
        for (const SurveyCampaign &c : SurveyRepository(m_db).campaigns())
            m_campaign->addItem(tr("%1 (%2)").arg(c.name).arg(c.year), c.id);
    } catch (const StorageError &error) {
        m_campaignInfo->setText(error.message());
    }
    const int index = select ? m_campaign->findData(select) : 0;
    m_campaign->setCurrentIndex(std::max(0, index));
    onCampaignChanged();
}

qint64 SurveysView::currentCampaignId() const
{
    return m_campaign->currentData().toLongLong();
}

SurveyGrouping SurveysView::grouping() const
{
    return SurveyGrouping(m_grouping->currentData().toInt());
}

void SurveysView::selectCampaign(qint64 id)
{
    m_campaign->setCurrentIndex(m_campaign->findData(id));
}

void SurveysView::setGrouping(SurveyGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void SurveysView::reload()
{
    loadCampaigns(currentCampaignId());
}

void SurveysView::onCampaignChanged()
{
    const qint64 id = currentCampaignId();
    m_deleteCampaign->setEnabled(id != 0);
    m_pages->setEnabled(id != 0);
    if (id == 0) {
        m_campaignInfo->setText(tr("No campaign yet: start one with New campaign…"));
        return;
    }
    try {
        SurveyRepository surveys(m_db);
        const SurveyCampaign campaign = surveys.campaign(id);
        m_entry->setCampaign(campaign, surveys.templateById(campaign.templateId));
        m_campaignInfo->setText(tr("Template %1 version %2, ends %3%4")
                                        .arg(campaign.templateKey)
                                        .arg(campaign.templateVersion)
                                        .arg(formatDate(campaign.endDate))
                                        .arg(campaign.filter.isEmpty() ? QString() : tr("; targets: %1").arg(campaign.filter)));
    } catch (const StorageError &error) {
        m_campaignInfo->setText(error.message());
        return;
    }
    m_loader->load(id, grouping());
}

void SurveysView::onReportLoaded()
{
    const SurveyReportData &data = m_loader->data();
    if (!data.error.isEmpty()) {
        m_summary->setText(data.error);
        return;
    }
    const SurveyReport &r = data.report;
    const SurveyComparison *change = data.change ? &*data.change : nullptr;
    auto withChange = [](std::optional<double> value, std::optional<double> delta, bool hasPrevious) {
        return hasPrevious ? QStringLiteral("<b>%1</b> (%2)").arg(SurveyText::score(value), SurveyText::change(delta))
                           : QStringLiteral("<b>%1</b>").arg(SurveyText::score(value));
    };
    QString text = tr("Responses: <b>%1</b> of %2 (%3), %4 declined")
                           .arg(r.responses)
                           .arg(r.targeted)
                           .arg(formatPercent(r.responseRate))
                           .arg(data.campaign.declined);
    text += QStringLiteral("<br>") + tr("Satisfaction %1 · Loyalty %2 · NPS %3")
                                             .arg(withChange(r.composite, change ? change->compositeChange : std::nullopt, change),
                                                  withChange(r.loyalty, change ? change->loyaltyChange : std::nullopt, change),
                                                  withChange(r.nps, change ? change->npsChange : std::nullopt, change));
    text += QStringLiteral("<br>") + (data.previousCampaign ? tr("Changes since %1.").arg(data.previousCampaign->name.toHtmlEscaped())
                                                            : tr("No earlier campaign of this template to compare with."));
    m_summary->setText(text);
    showItems();
    showGroups();
    showActions();
}

QString SurveysView::summaryText() const
{
    return m_summary->text();
}

void SurveysView::showItems()
{
    const SurveyReportData &data = m_loader->data();
    std::vector<QVariantList> rows;
    auto *current = new QBarSet(data.campaign.name.isEmpty() ? tr("This campaign") : data.campaign.name);
    QBarSet *previous = data.previousCampaign ? new QBarSet(data.previousCampaign->name) : nullptr;
    QStringList categories;
    double top = 5;
    for (size_t i = 0; i < data.report.items.size(); ++i) {
        const SurveyItemStat &item = data.report.items[i];
        const SurveyItemChange *change = data.change ? &data.change->items[i] : nullptr;
        const QString label = SurveyText::itemLabel(data.surveyTemplate, item.key);
        rows.push_back({label, item.answers, SurveyText::score(item.mean, 2), SurveyText::score(item.score),
                        change ? SurveyText::score(change->previousMean, 2) : QStringLiteral("–"),
                        change ? SurveyText::change(change->meanChange, 2) : QStringLiteral("–")});
        categories << label;
        *current << item.mean.value_or(0);
        if (previous)
            *previous << (change ? change->previousMean.value_or(0) : 0);
        if (const SurveyItem *templateItem = data.surveyTemplate.item(item.key))
            top = std::max(top, double(templateItem->scaleMax));
    }
    m_items->setRows(std::move(rows), {1, 2, 3, 4, 5});
    m_itemsView->resizeColumnToContents(0); // a handful of rows

    QChart *chart = m_itemChart->chart();
    resetChart(chart);
    chart->setTitle(tr("Item means"));
    auto *series = new QBarSeries;
    series->append(current);
    if (previous)
        series->append(previous);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setTickCount(top <= 5 ? int(top) + 1 : int(top) / 2 + 1); // whole numbers on the axis
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void SurveysView::showGroups()
{
    const SurveyReportData &data = m_loader->data();
    std::vector<QVariantList> rows;
    auto *set = new QBarSet(tr("Satisfaction (0–100)"));
    QStringList categories;
    for (const SurveyGroupStat &group : data.report.groups) {
        const SurveyGroupChange *change = nullptr;
        if (data.change) {
            for (const SurveyGroupChange &candidate : data.change->groups)
                change = candidate.group == group.group ? &candidate : change;
        }
        const QString name = group.group.isEmpty() ? tr("(none)") : group.group;
        rows.push_back({name, group.responses, SurveyText::score(group.composite), SurveyText::score(group.loyalty),
                        SurveyText::score(group.nps), change ? SurveyText::score(change->previousComposite) : QStringLiteral("–"),
                        change ? SurveyText::change(change->compositeChange) : QStringLiteral("–")});
        categories << name;
        *set << group.composite.value_or(0);
    }
    m_groups->setRows(std::move(rows), {1, 2, 3, 4, 5, 6});
    m_groupsView->resizeColumnToContents(0);

    QChart *chart = m_groupChart->chart();
    resetChart(chart);
    chart->setTitle(tr("Satisfaction by %1").arg(SurveyText::grouping(grouping()).toLower()));
    chart->legend()->hide();
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QString SurveysView::targetText(const ImprovementAction &action) const
{
    if (!action.itemKey.isEmpty())
        return SurveyText::itemLabel(m_loader->data().surveyTemplate, action.itemKey);
    return QStringLiteral("%1: %2").arg(action.grouping ? SurveyText::grouping(*action.grouping) : QString(),
                                         action.group.isEmpty() ? tr("(none)") : action.group);
}

void SurveysView::showActions()
{
    const SurveyReportData &data = m_loader->data();
    try {
        m_actionList = SurveyRepository(m_db).actions(currentCampaignId());
    } catch (const StorageError &error) {
        m_actionList.clear();
        m_summary->setText(error.message());
    }
    std::vector<QVariantList> rows;
    for (const ImprovementAction &action : m_actionList) {
        const std::optional<double> measured = data.next ? measuredChange(action, *data.next) : std::nullopt;
        rows.push_back({action.title, targetText(action), action.owner, formatDate(action.due), SurveyText::status(action.status),
                        SurveyText::score(action.baseline),
                        data.next ? SurveyText::change(measured) : tr("after the next campaign")});
    }
    m_actions->setRows(std::move(rows), {5, 6});
}

int SurveysView::proposeActions()
{
    const SurveyReportData &data = m_loader->data();
    if (currentCampaignId() == 0 || data.campaign.id != currentCampaignId())
        return 0;
    int added = 0;
    try {
        SurveyRepository surveys(m_db);
        const auto existing = surveys.actions(currentCampaignId());
        for (const ActionProposal &proposal : proposeImprovementActions(data.report, m_threshold->value())) {
            const bool known = std::any_of(existing.begin(), existing.end(), [&proposal](const ImprovementAction &a) {
                return a.itemKey == proposal.itemKey && a.grouping == proposal.grouping && a.group == proposal.group;
            });
            if (known)
                continue;
            ImprovementAction action;
            action.campaignId = currentCampaignId();
            action.itemKey = proposal.itemKey;
            action.grouping = proposal.grouping;
            action.group = proposal.group;
            action.baseline = proposal.score;
            action.title = tr("Improve %1").arg(targetText(action));
            action.due = m_today.addMonths(6);
            surveys.saveAction(action);
            ++added;
        }
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Improvement actions"), error.message());
    }
    showActions();
    return added;
}

void SurveysView::editAction()
{
    const int row = m_actionsView->currentIndex().row();
    if (row < 0 || row >= int(m_actionList.size()))
        return;
    SurveyActionDialog dialog(m_actionList[size_t(row)], targetText(m_actionList[size_t(row)]), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ImprovementAction action = dialog.action();
    try {
        SurveyRepository(m_db).saveAction(action);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Action not saved"), tr("%1\nNothing was changed.").arg(error.message()));
    }
    showActions();
}

void SurveysView::deleteAction()
{
    const int row = m_actionsView->currentIndex().row();
    if (row < 0 || row >= int(m_actionList.size()))
        return;
    if (QMessageBox::question(this, tr("Delete action"), tr("Delete the action “%1”?").arg(m_actionList[size_t(row)].title))
        != QMessageBox::Yes)
        return;
    try {
        SurveyRepository(m_db).removeAction(m_actionList[size_t(row)].id);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Action not deleted"), error.message());
    }
    showActions();
}

void SurveysView::newCampaign()
{
    SurveyCampaignDialog dialog(m_db, m_lists, m_language, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        loadCampaigns(dialog.createdId());
}

void SurveysView::deleteCampaign()
{
    const qint64 id = currentCampaignId();
    if (id == 0)
        return;
    if (QMessageBox::question(this, tr("Delete campaign"),
                              tr("Delete the campaign %1 with all its answers and improvement actions? This cannot be undone.")
                                      .arg(m_campaign->currentText()))
        != QMessageBox::Yes)
        return;
    try {
        SurveyRepository(m_db).removeCampaign(id);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Campaign not deleted"), error.message());
    }
    loadCampaigns(0);
}

} // namespace kehu
