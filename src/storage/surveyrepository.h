#pragma once

#include "domain/surveyreport.h"
#include "domain/surveytemplate.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace kehu {

class Database;

enum class SurveyTargetStatus { Pending, Answered, Declined };
QString surveyTargetStatusKey(SurveyTargetStatus status); // "pending", "answered", "declined"

// A satisfaction-survey campaign with its counts of targeted customers by status.
struct SurveyCampaign
{
    qint64 id = 0;
    QString name;
    int year = 0;
    qint64 templateId = 0;
    QString templateKey;
    int templateVersion = 0;
    QDate endDate;
    QString filter; // how the targets were chosen, as the user gave it; empty: all active customers
    int targeted = 0;
    int answered = 0;
    int declined = 0;
};

// One customer a campaign targets, with its answers when it has answered.
struct SurveyTarget
{
    qint64 customerId = 0;
    QString code;
    QString name;
    SurveyTargetStatus status = SurveyTargetStatus::Pending;
    SurveyAnswers answers;
};

// Who a campaign targets: active (not archived) customers with these list ids (0: any) whose
// code, name, contacts or phones match `text` (the customer list's search; empty: any).
struct SurveyTargetFilter
{
    qint64 regionId = 0;
    qint64 industryId = 0;
    qint64 salesCenterId = 0;
    qint64 accountManagerId = 0;
    QString text;
};

// What a new campaign is.
struct NewSurveyCampaign
{
    QString name;
    int year = 0;
    QDate endDate;             // null: 31 December of the year
    QString templateKey = QStringLiteral("default"); // its latest version is used
    QString filter;
    std::vector<qint64> customerIds; // the targets
};

// Templates, campaigns, answers and improvement actions of DOMAIN §7. Every write is one
// transaction; failures are StorageError and leave the database as it was.
class SurveyRepository
{
public:
    explicit SurveyRepository(const Database &db);

    // The latest version of a template; NotFound for an unknown key.
    SurveyTemplate latestTemplate(const QString &key) const;
    SurveyTemplate templateById(qint64 id) const; // NotFound
    std::vector<SurveyTemplate> latestTemplates() const; // one per key, by key
    // Stores `surveyTemplate` as the next version of its key when its items differ from the
    // latest (or as version 1 of a new key) and returns what is stored; Refused when invalid.
    SurveyTemplate saveTemplate(const SurveyTemplate &surveyTemplate);

    // The ids of the customers `filter` keeps, by code.
    std::vector<qint64> customersMatching(const SurveyTargetFilter &filter) const;
    // Conflict when the name is taken; Refused without a name, a year or targets.
    SurveyCampaign createCampaign(const NewSurveyCampaign &campaign);
    std::vector<SurveyCampaign> campaigns() const; // newest year first, then by name
    std::optional<SurveyCampaign> findCampaign(const QString &name) const; // ignoring case
    SurveyCampaign campaign(qint64 id) const; // NotFound
    // The nearest campaign with the same template key of an earlier / a later year.
    std::optional<SurveyCampaign> previousCampaign(const SurveyCampaign &campaign) const;
    std::optional<SurveyCampaign> nextCampaign(const SurveyCampaign &campaign) const;
    void removeCampaign(qint64 id);

    // By customer code.
    std::vector<SurveyTarget> targets(qint64 campaignId) const;
    // Saves one customer's answers (replacing earlier ones) and marks it answered. Refused
    // when the customer is not targeted or a score is off its item's scale.
    void saveResponse(qint64 campaignId, qint64 customerId, const SurveyAnswers &answers);
    // Several in one transaction (an import); returns how many had answered before.
    int saveResponses(qint64 campaignId, const std::vector<std::pair<qint64, SurveyAnswers>> &responses);
    // Marks a targeted customer declined (its answers, if any, are removed) or pending again.
    void setDeclined(qint64 campaignId, qint64 customerId, bool declined);

    // The answered questionnaires with each customer's region, industry, sales center and
    // account manager as stored, and its ABC class (by profit, the saved limits) over the 12
    // months ending at the campaign's end date.
    // `withClass` false leaves abcClass empty and skips reading a year of orders.
    std::vector<SurveyResponseRow> responses(const SurveyCampaign &campaign, bool withClass = true) const;
    // The report of a campaign, grouped as asked.
    SurveyReport report(const SurveyCampaign &campaign, SurveyGrouping grouping) const;

    // The latest answered survey of each customer that has one (by campaign end date).
    std::map<qint64, CustomerSurveyScore> latestScores() const;
    std::optional<CustomerSurveyScore> latestScore(qint64 customerId) const;

    // Improvement actions of a campaign, by id.
    std::vector<ImprovementAction> actions(qint64 campaignId) const;
    // Inserts (id 0) or updates; returns the id. Refused without a title.
    qint64 saveAction(ImprovementAction &action);
    void removeAction(qint64 id);

private:
    struct ResponseWriter;
    // Returns whether the customer had answered before.
    bool writeResponse(ResponseWriter &writer, qint64 campaignId, qint64 customerId,
                       const SurveyTemplate &surveyTemplate, const SurveyAnswers &answers) const;
    std::optional<SurveyCampaign> neighbour(const SurveyCampaign &campaign, bool before) const;

    const Database &m_db;
};

} // namespace kehu
