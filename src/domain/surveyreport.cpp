#include "surveyreport.h"

#include "surveyscoring.h"

#include <algorithm>
#include <array>
#include <map>

namespace kehu {
namespace {

struct GroupingKey
{
    SurveyGrouping grouping;
    const char *key;
};

constexpr std::array GroupingKeys{
    GroupingKey{SurveyGrouping::Item, "item"},
    GroupingKey{SurveyGrouping::Region, "region"},
    GroupingKey{SurveyGrouping::Industry, "industry"},
    GroupingKey{SurveyGrouping::AbcClass, "class"},
    GroupingKey{SurveyGrouping::SalesCenter, "center"},
    GroupingKey{SurveyGrouping::AccountManager, "manager"},
};

struct StatusKey
{
    ActionStatus status;
    const char *key;
};

constexpr std::array StatusKeys{
    StatusKey{ActionStatus::Planned, "planned"},
    StatusKey{ActionStatus::InProgress, "in_progress"},
    StatusKey{ActionStatus::Done, "done"},
};

std::optional<double> meanOf(const std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    double sum = 0;
    for (double value : values)
        sum += value;
    return sum / double(values.size());
}

std::optional<double> difference(std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous)
        return std::nullopt;
    return *current - *previous;
}

// Composite, loyalty and NPS over a set of responses.
struct Scores
{
    std::optional<double> composite;
    std::optional<double> loyalty;
    std::optional<double> nps;
};

Scores scoresOf(const SurveyTemplate &surveyTemplate, const std::vector<const SurveyAnswers *> &answers)
{
    std::vector<double> composites;
    std::vector<double> loyalties;
    for (const SurveyAnswers *response : answers) {
        if (const auto composite = surveyComposite(surveyTemplate, *response))
            composites.push_back(*composite);
        if (const auto loyalty = surveyLoyalty(surveyTemplate, *response))
            loyalties.push_back(*loyalty);
    }
    return {meanOf(composites), meanOf(loyalties), surveyNps(surveyTemplate, answers)};
}

bool groupBefore(const QString &a, const QString &b)
{
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty(); // customers without a group last
    return a < b;
}

} // namespace

QString surveyGroupingKey(SurveyGrouping grouping)
{
    for (const GroupingKey &entry : GroupingKeys) {
        if (entry.grouping == grouping)
            return QLatin1String(entry.key);
    }
    return {};
}

std::optional<SurveyGrouping> surveyGroupingFromKey(const QString &key)
{
    for (const GroupingKey &entry : GroupingKeys) {
        if (key == QLatin1String(entry.key))
            return entry.grouping;
    }
    return std::nullopt;
}

QString SurveyResponseRow::groupOf(SurveyGrouping grouping) const
{
    switch (grouping) {
    case SurveyGrouping::Item:
        return {};
    case SurveyGrouping::Region:
        return region;
    case SurveyGrouping::Industry:
        return industry;
    case SurveyGrouping::AbcClass:
        return abcClass;
    case SurveyGrouping::SalesCenter:
        return salesCenter;
    case SurveyGrouping::AccountManager:
        return accountManager;
    }
    return {};
}

const SurveyItemStat *SurveyReport::item(const QString &key) const
{
    const auto it = std::find_if(items.begin(), items.end(), [&key](const SurveyItemStat &stat) { return stat.key == key; });
    return it == items.end() ? nullptr : &*it;
}

const SurveyGroupStat *SurveyReport::group(const QString &name) const
{
    const auto it = std::find_if(groups.begin(), groups.end(), [&name](const SurveyGroupStat &stat) { return stat.group == name; });
    return it == groups.end() ? nullptr : &*it;
}

SurveyReport buildSurveyReport(const SurveyTemplate &surveyTemplate, std::span<const SurveyResponseRow> responses,
                               int targeted, SurveyGrouping grouping)
{
    SurveyReport report;
    report.grouping = grouping;
    report.targeted = targeted;
    report.responses = int(responses.size());
    if (targeted > 0)
        report.responseRate = double(report.responses) / double(targeted);

    std::vector<const SurveyAnswers *> all;
    for (const SurveyResponseRow &row : responses)
        all.push_back(&row.answers);
    const Scores overall = scoresOf(surveyTemplate, all);
    report.composite = overall.composite;
    report.loyalty = overall.loyalty;
    report.nps = overall.nps;

    for (const SurveyItem &item : surveyTemplate.items) {
        if (!item.isScored())
            continue;
        SurveyItemStat stat;
        stat.key = item.key;
        double sum = 0;
        for (const SurveyResponseRow &row : responses) {
            const auto score = row.answers.scores.find(item.key);
            if (score == row.answers.scores.end())
                continue;
            sum += score->second;
            ++stat.answers;
        }
        if (stat.answers > 0) {
            stat.mean = sum / stat.answers;
            stat.score = item.rescaled(*stat.mean);
        }
        report.items.push_back(stat);
    }

    if (grouping == SurveyGrouping::Item)
        return report;
    std::map<QString, std::vector<const SurveyAnswers *>, decltype(&groupBefore)> byGroup(&groupBefore);
    for (const SurveyResponseRow &row : responses)
        byGroup[row.groupOf(grouping)].push_back(&row.answers);
    for (const auto &[name, answers] : byGroup) {
        const Scores scores = scoresOf(surveyTemplate, answers);
        report.groups.push_back({name, int(answers.size()), scores.composite, scores.loyalty, scores.nps});
    }
    return report;
}

SurveyComparison compareSurveyReports(const SurveyReport &current, const SurveyReport &previous)
{
    SurveyComparison comparison;
    comparison.compositeChange = difference(current.composite, previous.composite);
    comparison.loyaltyChange = difference(current.loyalty, previous.loyalty);
    comparison.npsChange = difference(current.nps, previous.nps);
    for (const SurveyItemStat &item : current.items) {
        SurveyItemChange change;
        change.key = item.key;
        change.mean = item.mean;
        if (const SurveyItemStat *before = previous.item(item.key)) {
            change.previousMean = before->mean;
            change.meanChange = difference(item.mean, before->mean);
            change.scoreChange = difference(item.score, before->score);
        }
        comparison.items.push_back(change);
    }
    for (const SurveyGroupStat &group : current.groups) {
        SurveyGroupChange change;
        change.group = group.group;
        change.composite = group.composite;
        if (const SurveyGroupStat *before = previous.group(group.group)) {
            change.previousComposite = before->composite;
            change.compositeChange = difference(group.composite, before->composite);
            change.loyaltyChange = difference(group.loyalty, before->loyalty);
            change.npsChange = difference(group.nps, before->nps);
        }
        comparison.groups.push_back(change);
    }
    for (const SurveyGroupStat &group : previous.groups) {
        if (current.group(group.group))
            continue;
        SurveyGroupChange change;
        change.group = group.group;
        change.previousComposite = group.composite;
        comparison.groups.push_back(change);
    }
    return comparison;
}

QString actionStatusKey(ActionStatus status)
{
    for (const StatusKey &entry : StatusKeys) {
        if (entry.status == status)
            return QLatin1String(entry.key);
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    for (const StatusKey &entry : StatusKeys) {
        if (key == QLatin1String(entry.key))
            return entry.status;
    }
    return std::nullopt;
}

std::vector<ActionProposal> proposeImprovementActions(const SurveyReport &report, double threshold)
{
    std::vector<ActionProposal> proposals;
    for (const SurveyItemStat &item : report.items) {
        if (item.score && *item.score < threshold)
            proposals.push_back({item.key, std::nullopt, QString(), *item.score});
    }
    if (report.grouping != SurveyGrouping::Item) {
        for (const SurveyGroupStat &group : report.groups) {
            if (group.composite && *group.composite < threshold)
                proposals.push_back({QString(), report.grouping, group.group, *group.composite});
        }
    }
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const ActionProposal &a, const ActionProposal &b) { return a.score < b.score; });
    return proposals;
}

std::optional<double> measuredChange(const ImprovementAction &action, const SurveyReport &next)
{
    if (!action.itemKey.isEmpty()) {
        const SurveyItemStat *item = next.item(action.itemKey);
        return item ? difference(item->score, action.baseline) : std::nullopt;
    }
    if (!action.grouping || next.grouping != *action.grouping)
        return std::nullopt;
    const SurveyGroupStat *group = next.group(action.group);
    return group ? difference(group->composite, action.baseline) : std::nullopt;
}

} // namespace kehu
