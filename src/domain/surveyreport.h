#pragma once

#include "surveytemplate.h"

#include <QDate>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace kehu {

// What a campaign's report is broken down by (DOMAIN §7): the items alone, or the customers'
// region, industry, ABC class at the campaign's end, sales center or account manager.
enum class SurveyGrouping { Item, Region, Industry, AbcClass, SalesCenter, AccountManager };

QString surveyGroupingKey(SurveyGrouping grouping); // "item", "region", "industry", "class", "center", "manager"
std::optional<SurveyGrouping> surveyGroupingFromKey(const QString &key);

// One answered questionnaire with the customer's groups as stored (empty when it has none).
struct SurveyResponseRow
{
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString region;
    QString industry;
    QString abcClass;
    QString salesCenter;
    QString accountManager;
    SurveyAnswers answers;

    QString groupOf(SurveyGrouping grouping) const;
};

// The mean of one item over the responses that answered it, and that mean rescaled to 0–100.
struct SurveyItemStat
{
    QString key;
    int answers = 0;
    std::optional<double> mean;
    std::optional<double> score;
};

// Composite, loyalty (means of the responses' scores) and NPS of one group.
struct SurveyGroupStat
{
    QString group;
    int responses = 0;
    std::optional<double> composite;
    std::optional<double> loyalty;
    std::optional<double> nps;
};

// A campaign's figures. Undefined figures (no responses) are nullopt.
struct SurveyReport
{
    SurveyGrouping grouping = SurveyGrouping::Item;
    int targeted = 0;
    int responses = 0;
    std::optional<double> responseRate; // responses / targeted, a fraction
    std::optional<double> composite;
    std::optional<double> loyalty;
    std::optional<double> nps;
    std::vector<SurveyItemStat> items;  // the scored items, in the template's order
    std::vector<SurveyGroupStat> groups; // by group name, customers without one last; empty by item

    const SurveyItemStat *item(const QString &key) const;
    const SurveyGroupStat *group(const QString &name) const;
};

SurveyReport buildSurveyReport(const SurveyTemplate &surveyTemplate, std::span<const SurveyResponseRow> responses,
                               int targeted, SurveyGrouping grouping);

// The change since the previous campaign with the same template: current − previous, per item
// (on the item's scale and on 0–100), per group and overall; nullopt where either side is.
struct SurveyItemChange
{
    QString key;
    std::optional<double> mean;
    std::optional<double> previousMean;
    std::optional<double> meanChange;
    std::optional<double> scoreChange;
};

struct SurveyGroupChange
{
    QString group;
    std::optional<double> composite;
    std::optional<double> previousComposite;
    std::optional<double> compositeChange;
    std::optional<double> loyaltyChange;
    std::optional<double> npsChange;
};

struct SurveyComparison
{
    std::optional<double> compositeChange;
    std::optional<double> loyaltyChange;
    std::optional<double> npsChange;
    std::vector<SurveyItemChange> items;   // the current report's items
    std::vector<SurveyGroupChange> groups; // the current report's groups, then groups only the previous had
};

SurveyComparison compareSurveyReports(const SurveyReport &current, const SurveyReport &previous);

// The state of an improvement action.
enum class ActionStatus { Planned, InProgress, Done };
QString actionStatusKey(ActionStatus status); // "planned", "in_progress", "done"
std::optional<ActionStatus> actionStatusFromKey(const QString &key);

// An item or a group scoring under the threshold: what an improvement action starts from.
struct ActionProposal
{
    QString itemKey;                         // the item; empty for a group
    std::optional<SurveyGrouping> grouping;  // the group's kind, for a group
    QString group;
    double score = 0; // the item's 0–100 score or the group's composite

    bool operator==(const ActionProposal &) const = default;
};

constexpr double DefaultActionThreshold = 70.0;

// Scored items whose 0–100 score, and groups whose composite, is below `threshold`, lowest first.
std::vector<ActionProposal> proposeImprovementActions(const SurveyReport &report,
                                                      double threshold = DefaultActionThreshold);

// An improvement action (DOMAIN §7): what was low in which campaign, who acts by when, and
// the score it started from, to measure against the next campaign.
struct ImprovementAction
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString itemKey;
    std::optional<SurveyGrouping> grouping;
    QString group;
    QString title;
    QString owner;
    QDate due;
    ActionStatus status = ActionStatus::Planned;
    double baseline = 0;

    bool operator==(const ImprovementAction &) const = default;
};

// The next campaign's score of the action's item (or composite of its group, `next` grouped
// the same way) minus the baseline; nullopt when the next campaign has no figure for it.
std::optional<double> measuredChange(const ImprovementAction &action, const SurveyReport &next);

// A customer's latest answered survey: what its page shows and what later scoring (the value
// score's satisfaction and loyalty, DOMAIN §4) takes.
struct CustomerSurveyScore
{
    qint64 customerId = 0;
    QString campaign;
    int year = 0;
    QDate endDate;
    std::optional<double> composite;
    std::optional<double> loyalty;

    bool operator==(const CustomerSurveyScore &) const = default;
};

} // namespace kehu
