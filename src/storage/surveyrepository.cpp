#include "surveyrepository.h"

#include "customerrepository.h"
#include "customervaluerepository.h"
#include "database.h"
#include "databasesettings.h"
#include "sqlsupport.h"
#include "surveyschema.h"
#include "writetransaction.h"

#include "domain/abcclassifier.h"
#include "domain/customertextmatcher.h"
#include "domain/surveyscoring.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <unordered_map>

namespace kehu {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::SurveyRepository)
};

QVariant optionalValue(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> toOptional(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

SurveyTargetStatus statusFromKey(const QString &key)
{
    if (key == QLatin1String("answered"))
        return SurveyTargetStatus::Answered;
    if (key == QLatin1String("declined"))
        return SurveyTargetStatus::Declined;
    return SurveyTargetStatus::Pending;
}

const QString CampaignSelect = QStringLiteral(
        "SELECT c.id, c.name, c.year, c.template_id, t.key, t.version, c.end_date, c.filter,"
        " count(s.customer_id), coalesce(sum(s.status = 'answered'), 0), coalesce(sum(s.status = 'declined'), 0)"
        " FROM survey_campaigns c JOIN survey_templates t ON t.id = c.template_id"
        " LEFT JOIN survey_targets s ON s.campaign_id = c.id");

SurveyCampaign campaignOf(const QSqlQuery &query)
{
    SurveyCampaign campaign;
    campaign.id = query.value(0).toLongLong();
    campaign.name = query.value(1).toString();
    campaign.year = query.value(2).toInt();
    campaign.templateId = query.value(3).toLongLong();
    campaign.templateKey = query.value(4).toString();
    campaign.templateVersion = query.value(5).toInt();
    campaign.endDate = sql::toDate(query.value(6));
    campaign.filter = query.value(7).toString();
    campaign.targeted = query.value(8).toInt();
    campaign.answered = query.value(9).toInt();
    campaign.declined = query.value(10).toInt();
    return campaign;
}

void checkAnswers(const SurveyTemplate &surveyTemplate, const SurveyAnswers &answers)
{
    for (const auto &[key, score] : answers.scores) {
        const SurveyItem *item = surveyTemplate.item(key);
        if (!item || !item->isScored())
            throw StorageError(StorageError::Kind::Refused, Text::tr("The survey has no item '%1'.").arg(key));
        if (!item->inScale(score))
            throw StorageError(StorageError::Kind::Refused, Text::tr("%1 is not a score of '%2', which goes from %3 to %4.")
                                                                  .arg(score).arg(key).arg(item->scaleMin).arg(item->scaleMax));
    }
}

} // namespace

QString surveyTargetStatusKey(SurveyTargetStatus status)
{
    switch (status) {
    case SurveyTargetStatus::Pending: return QStringLiteral("pending");
    case SurveyTargetStatus::Answered: return QStringLiteral("answered");
    case SurveyTargetStatus::Declined: break;
    }
    return QStringLiteral("declined");
}

SurveyRepository::SurveyRepository(const Database &db)
    : m_db(db)
{
}

SurveyTemplate SurveyRepository::templateById(qint64 id) const
{
    QSqlQuery head = sql::prepare(m_db.connection(), QStringLiteral("SELECT key, version, name FROM survey_templates WHERE id = ?"));
    head.addBindValue(id);
    sql::exec(head);
    if (!head.next())
        throw StorageError(StorageError::Kind::NotFound, Text::tr("The survey template no longer exists."));
    SurveyTemplate result;
    result.id = id;
    result.key = head.value(0).toString();
    result.version = head.value(1).toInt();
    result.name = head.value(2).toString();
    QSqlQuery items = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT key, label, role, weight, scale_min, scale_max FROM survey_template_items"
            " WHERE template_id = ? ORDER BY position"));
    items.addBindValue(id);
    sql::exec(items);
    while (items.next()) {
        SurveyItem item;
        item.key = items.value(0).toString();
        item.label = items.value(1).toString();
        item.role = surveyItemRoleFromKey(items.value(2).toString()).value_or(SurveyItemRole::Comment);
        item.weight = items.value(3).toInt();
        item.scaleMin = items.value(4).toInt();
        item.scaleMax = items.value(5).toInt();
        result.items.push_back(item);
    }
    return result;
}

SurveyTemplate SurveyRepository::latestTemplate(const QString &key) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT id FROM survey_templates WHERE key = ? ORDER BY version DESC LIMIT 1"));
    query.addBindValue(key);
    sql::exec(query);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, Text::tr("There is no survey template '%1'.").arg(key));
    return templateById(query.value(0).toLongLong());
}

std::vector<SurveyTemplate> SurveyRepository::latestTemplates() const
{
    QSqlQuery query = sql::exec(m_db.connection(), QStringLiteral(
            "SELECT t.id FROM survey_templates t WHERE t.version = (SELECT max(version) FROM survey_templates u"
            " WHERE u.key = t.key) ORDER BY t.key"));
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    std::vector<SurveyTemplate> templates;
    for (qint64 id : ids)
        templates.push_back(templateById(id));
    return templates;
}

SurveyTemplate SurveyRepository::saveTemplate(const SurveyTemplate &surveyTemplate)
{
    const QStringList problems = validateSurveyTemplate(surveyTemplate);
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Refused, problems.join(QLatin1Char(' ')));
    WriteTransaction transaction(m_db.connection());
    SurveyTemplate stored = surveyTemplate;
    try {
        const SurveyTemplate latest = latestTemplate(surveyTemplate.key);
        if (latest.sameItems(surveyTemplate) && latest.name == surveyTemplate.name)
            return latest;
        stored.version = latest.version + 1;
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::NotFound)
            throw;
        stored.version = 1;
    }
    stored.id = SurveySchema::insertTemplate(m_db.connection(), stored);
    transaction.commit();
    return stored;
}

std::vector<qint64> SurveyRepository::customersMatching(const SurveyTargetFilter &filter) const
{
    const CustomerTextMatcher matcher(filter.text);
    SummaryQuery query;
    query.includeArchived = false;
    query.period = Period::lastTwelveMonths(QDate::currentDate());
    std::vector<qint64> ids;
    for (const CustomerSummary &customer : CustomerRepository(m_db).summaries(query)) {
        if (customer.archived || (filter.regionId && customer.regionId != filter.regionId)
            || (filter.industryId && customer.industryId != filter.industryId)
            || (filter.salesCenterId && customer.salesCenterId != filter.salesCenterId)
            || (filter.accountManagerId && customer.accountManagerId != filter.accountManagerId))
            continue;
        if (matcher.isEmpty() || matcher.matches(customer))
            ids.push_back(customer.id);
    }
    return ids;
}

SurveyCampaign SurveyRepository::createCampaign(const NewSurveyCampaign &campaign)
{
    if (campaign.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Refused, Text::tr("A campaign needs a name."));
    if (campaign.year < 1900 || campaign.year > 9999)
        throw StorageError(StorageError::Kind::Refused, Text::tr("A campaign needs a year such as 2026."));
    if (campaign.customerIds.empty())
        throw StorageError(StorageError::Kind::Refused, Text::tr("The campaign targets no customer."));
    if (findCampaign(campaign.name.trimmed()))
        throw StorageError(StorageError::Kind::Conflict, Text::tr("There is already a campaign named '%1'.").arg(campaign.name.trimmed()));
    const SurveyTemplate surveyTemplate = latestTemplate(campaign.templateKey);
    const QDate end = campaign.endDate.isValid() ? campaign.endDate : QDate(campaign.year, 12, 31);

    WriteTransaction transaction(m_db.connection());
    QSqlQuery insert = sql::prepare(m_db.connection(), QStringLiteral(
            "INSERT INTO survey_campaigns (name, year, template_id, end_date, filter, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(campaign.name.trimmed());
    insert.addBindValue(campaign.year);
    insert.addBindValue(surveyTemplate.id);
    insert.addBindValue(sql::dateValue(end));
    insert.addBindValue(sql::textValue(campaign.filter));
    insert.addBindValue(sql::timestampValue(QDateTime::currentDateTimeUtc()));
    sql::exec(insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery target = sql::prepare(m_db.connection(), QStringLiteral(
            "INSERT OR IGNORE INTO survey_targets (campaign_id, customer_id) VALUES (?, ?)"));
    for (qint64 customerId : campaign.customerIds) {
        target.bindValue(0, id);
        target.bindValue(1, customerId);
        sql::exec(target);
    }
    transaction.commit();
    return this->campaign(id);
}

std::vector<SurveyCampaign> SurveyRepository::campaigns() const
{
    QSqlQuery query = sql::exec(m_db.connection(), CampaignSelect + QStringLiteral(" GROUP BY c.id ORDER BY c.year DESC, c.end_date DESC, c.name"));
    std::vector<SurveyCampaign> result;
    while (query.next())
        result.push_back(campaignOf(query));
    return result;
}

std::optional<SurveyCampaign> SurveyRepository::findCampaign(const QString &name) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), CampaignSelect + QStringLiteral(" WHERE c.name = ? GROUP BY c.id"));
    query.addBindValue(name.trimmed());
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return campaignOf(query);
}

SurveyCampaign SurveyRepository::campaign(qint64 id) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), CampaignSelect + QStringLiteral(" WHERE c.id = ? GROUP BY c.id"));
    query.addBindValue(id);
    sql::exec(query);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, Text::tr("The campaign no longer exists."));
    return campaignOf(query);
}

std::optional<SurveyCampaign> SurveyRepository::neighbour(const SurveyCampaign &campaign, bool before) const
{
    // A campaign of an earlier (later) year: two campaigns of one year are siblings, not a
    // year-on-year pair.
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT c.id FROM survey_campaigns c JOIN survey_templates t ON t.id = c.template_id"
            " WHERE t.key = ? AND c.year %1 ? ORDER BY c.year %2, c.end_date %2, c.id %2 LIMIT 1")
            .arg(before ? QStringLiteral("<") : QStringLiteral(">"), before ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    query.addBindValue(campaign.templateKey);
    query.addBindValue(campaign.year);
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return this->campaign(query.value(0).toLongLong());
}

std::optional<SurveyCampaign> SurveyRepository::previousCampaign(const SurveyCampaign &campaign) const
{
    return neighbour(campaign, true);
}

std::optional<SurveyCampaign> SurveyRepository::nextCampaign(const SurveyCampaign &campaign) const
{
    return neighbour(campaign, false);
}

void SurveyRepository::removeCampaign(qint64 id)
{
    WriteTransaction transaction(m_db.connection());
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM survey_campaigns WHERE id = ?"));
    query.addBindValue(id);
    sql::exec(query);
    transaction.commit();
}

std::vector<SurveyTarget> SurveyRepository::targets(qint64 campaignId) const
{
    std::vector<SurveyTarget> result;
    std::unordered_map<qint64, size_t> indexById;
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT s.customer_id, c.code, c.name, s.status, s.comment FROM survey_targets s"
            " JOIN customers c ON c.id = s.customer_id WHERE s.campaign_id = ? ORDER BY c.code"));
    query.addBindValue(campaignId);
    sql::exec(query);
    while (query.next()) {
        SurveyTarget target;
        target.customerId = query.value(0).toLongLong();
        target.code = query.value(1).toString();
        target.name = query.value(2).toString();
        target.status = statusFromKey(query.value(3).toString());
        target.answers.comment = query.value(4).toString();
        indexById.emplace(target.customerId, result.size());
        result.push_back(std::move(target));
    }
    QSqlQuery scores = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT customer_id, item_key, score FROM survey_scores WHERE campaign_id = ?"));
    scores.addBindValue(campaignId);
    sql::exec(scores);
    while (scores.next()) {
        const auto it = indexById.find(scores.value(0).toLongLong());
        if (it != indexById.end())
            result[it->second].answers.scores[scores.value(1).toString()] = scores.value(2).toInt();
    }
    return result;
}

// The statements that write one customer's answers, prepared once for a whole import.
struct SurveyRepository::ResponseWriter
{
    explicit ResponseWriter(const QSqlDatabase &db)
        : status(sql::prepare(db, QStringLiteral("SELECT status FROM survey_targets WHERE campaign_id = ? AND customer_id = ?")))
        , update(sql::prepare(db, QStringLiteral(
                  "UPDATE survey_targets SET status = 'answered', answered_at = ?, composite = ?, loyalty = ?, comment = ?"
                  " WHERE campaign_id = ? AND customer_id = ?")))
        , clear(sql::prepare(db, QStringLiteral("DELETE FROM survey_scores WHERE campaign_id = ? AND customer_id = ?")))
        , insert(sql::prepare(db, QStringLiteral(
                  "INSERT INTO survey_scores (campaign_id, customer_id, item_key, score) VALUES (?, ?, ?, ?)")))
    {
    }

    QSqlQuery status;
    QSqlQuery update;
    QSqlQuery clear;
    QSqlQuery insert;
};

bool SurveyRepository::writeResponse(ResponseWriter &writer, qint64 campaignId, qint64 customerId,
                                     const SurveyTemplate &surveyTemplate, const SurveyAnswers &answers) const
{
    checkAnswers(surveyTemplate, answers);
    writer.status.bindValue(0, campaignId);
    writer.status.bindValue(1, customerId);
    sql::exec(writer.status);
    const bool answeredBefore = writer.status.next() && writer.status.value(0).toString() == QLatin1String("answered");
    writer.status.finish();

    QSqlQuery &update = writer.update;
    update.bindValue(0, sql::timestampValue(QDateTime::currentDateTimeUtc()));
    update.bindValue(1, optionalValue(surveyComposite(surveyTemplate, answers)));
    update.bindValue(2, optionalValue(surveyLoyalty(surveyTemplate, answers)));
    update.bindValue(3, sql::textValue(answers.comment.trimmed()));
    update.bindValue(4, campaignId);
    update.bindValue(5, customerId);
    sql::exec(update);
    if (update.numRowsAffected() != 1)
        throw StorageError(StorageError::Kind::Refused, Text::tr("The customer is not targeted by this campaign."));
    if (answeredBefore) {
        writer.clear.bindValue(0, campaignId);
        writer.clear.bindValue(1, customerId);
        sql::exec(writer.clear);
    }
    for (const auto &[key, score] : answers.scores) {
        writer.insert.bindValue(0, campaignId);
        writer.insert.bindValue(1, customerId);
        writer.insert.bindValue(2, key);
        writer.insert.bindValue(3, score);
        sql::exec(writer.insert);
    }
    return answeredBefore;
}

void SurveyRepository::saveResponse(qint64 campaignId, qint64 customerId, const SurveyAnswers &answers)
{
    saveResponses(campaignId, {{customerId, answers}});
}

int SurveyRepository::saveResponses(qint64 campaignId, const std::vector<std::pair<qint64, SurveyAnswers>> &responses)
{
    const SurveyTemplate surveyTemplate = templateById(campaign(campaignId).templateId);
    WriteTransaction transaction(m_db.connection());
    ResponseWriter writer(m_db.connection());
    int answeredBefore = 0;
    for (const auto &[customerId, answers] : responses)
        answeredBefore += writeResponse(writer, campaignId, customerId, surveyTemplate, answers) ? 1 : 0;
    transaction.commit();
    return answeredBefore;
}

void SurveyRepository::setDeclined(qint64 campaignId, qint64 customerId, bool declined)
{
    WriteTransaction transaction(m_db.connection());
    QSqlQuery update = sql::prepare(m_db.connection(), QStringLiteral(
            "UPDATE survey_targets SET status = ?, answered_at = NULL, composite = NULL, loyalty = NULL, comment = NULL"
            " WHERE campaign_id = ? AND customer_id = ?"));
    update.addBindValue(declined ? QStringLiteral("declined") : QStringLiteral("pending"));
    update.addBindValue(campaignId);
    update.addBindValue(customerId);
    sql::exec(update);
    if (update.numRowsAffected() != 1)
        throw StorageError(StorageError::Kind::Refused, Text::tr("The customer is not targeted by this campaign."));
    QSqlQuery clear = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM survey_scores WHERE campaign_id = ? AND customer_id = ?"));
    clear.addBindValue(campaignId);
    clear.addBindValue(customerId);
    sql::exec(clear);
    transaction.commit();
}

std::vector<SurveyResponseRow> SurveyRepository::responses(const SurveyCampaign &campaign, bool withClass) const
{
    // The ABC class of every active customer over the 12 months up to the campaign's end: it
    // reads a year of orders, so only when asked for.
    AbcResult abc;
    if (withClass) {
        CustomerValueQuery valueQuery;
        valueQuery.period = Period::lastTwelveMonths(campaign.endDate);
        abc = classifyAbc(CustomerValueRepository(m_db).values(valueQuery), AbcMeasure::Profit,
                          DatabaseSettings(m_db).abcThresholds());
    }

    std::vector<SurveyResponseRow> rows;
    std::unordered_map<qint64, size_t> indexById;
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT s.customer_id, c.code, c.name, r.name, i.name, sc.name, m.name, s.comment"
            " FROM survey_targets s JOIN customers c ON c.id = s.customer_id"
            " LEFT JOIN regions r ON r.id = c.region_id LEFT JOIN industries i ON i.id = c.industry_id"
            " LEFT JOIN sales_centers sc ON sc.id = c.sales_center_id LEFT JOIN account_managers m ON m.id = c.account_manager_id"
            " WHERE s.campaign_id = ? AND s.status = 'answered' ORDER BY c.code"));
    query.addBindValue(campaign.id);
    sql::exec(query);
    while (query.next()) {
        SurveyResponseRow row;
        row.customerId = query.value(0).toLongLong();
        row.customerCode = query.value(1).toString();
        row.customerName = query.value(2).toString();
        row.region = query.value(3).toString();
        row.industry = query.value(4).toString();
        row.salesCenter = query.value(5).toString();
        row.accountManager = query.value(6).toString();
        row.answers.comment = query.value(7).toString();
        if (const AbcRankedCustomer *ranked = abc.find(row.customerId))
            row.abcClass = toKey(ranked->abcClass);
        indexById.emplace(row.customerId, rows.size());
        rows.push_back(std::move(row));
    }
    QSqlQuery scores = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT customer_id, item_key, score FROM survey_scores WHERE campaign_id = ?"));
    scores.addBindValue(campaign.id);
    sql::exec(scores);
    while (scores.next()) {
        const auto it = indexById.find(scores.value(0).toLongLong());
        if (it != indexById.end())
            rows[it->second].answers.scores[scores.value(1).toString()] = scores.value(2).toInt();
    }
    return rows;
}

SurveyReport SurveyRepository::report(const SurveyCampaign &campaign, SurveyGrouping grouping) const
{
    const std::vector<SurveyResponseRow> rows = responses(campaign, grouping == SurveyGrouping::AbcClass);
    return buildSurveyReport(templateById(campaign.templateId), rows, campaign.targeted, grouping);
}

std::map<qint64, CustomerSurveyScore> SurveyRepository::latestScores() const
{
    std::map<qint64, CustomerSurveyScore> result;
    QSqlQuery query = sql::exec(m_db.connection(), QStringLiteral(
            "SELECT s.customer_id, c.name, c.year, c.end_date, s.composite, s.loyalty FROM survey_targets s"
            " JOIN survey_campaigns c ON c.id = s.campaign_id WHERE s.status = 'answered'"
            " ORDER BY s.customer_id, c.end_date, c.id"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        result[id] = {id, query.value(1).toString(), query.value(2).toInt(), sql::toDate(query.value(3)),
                      toOptional(query.value(4)), toOptional(query.value(5))};
    }
    return result;
}

std::optional<CustomerSurveyScore> SurveyRepository::latestScore(qint64 customerId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT c.name, c.year, c.end_date, s.composite, s.loyalty FROM survey_targets s"
            " JOIN survey_campaigns c ON c.id = s.campaign_id WHERE s.customer_id = ? AND s.status = 'answered'"
            " ORDER BY c.end_date DESC, c.id DESC LIMIT 1"));
    query.addBindValue(customerId);
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return CustomerSurveyScore{customerId, query.value(0).toString(), query.value(1).toInt(), sql::toDate(query.value(2)),
                               toOptional(query.value(3)), toOptional(query.value(4))};
}

std::vector<ImprovementAction> SurveyRepository::actions(qint64 campaignId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT id, campaign_id, item_key, group_by, group_name, title, owner, due_date, status, baseline"
            " FROM survey_actions WHERE campaign_id = ? ORDER BY id"));
    query.addBindValue(campaignId);
    sql::exec(query);
    std::vector<ImprovementAction> result;
    while (query.next()) {
        ImprovementAction action;
        action.id = query.value(0).toLongLong();
        action.campaignId = query.value(1).toLongLong();
        action.itemKey = query.value(2).toString();
        if (!query.value(3).isNull())
            action.grouping = surveyGroupingFromKey(query.value(3).toString());
        action.group = query.value(4).toString();
        action.title = query.value(5).toString();
        action.owner = query.value(6).toString();
        action.due = sql::toDate(query.value(7));
        action.status = actionStatusFromKey(query.value(8).toString()).value_or(ActionStatus::Planned);
        action.baseline = query.value(9).toDouble();
        result.push_back(action);
    }
    return result;
}

qint64 SurveyRepository::saveAction(ImprovementAction &action)
{
    if (action.title.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Refused, Text::tr("An improvement action needs a title."));
    WriteTransaction transaction(m_db.connection());
    const QVariant now = sql::timestampValue(QDateTime::currentDateTimeUtc());
    QSqlQuery query = sql::prepare(m_db.connection(), action.id == 0
            ? QStringLiteral("INSERT INTO survey_actions (item_key, group_by, group_name, title, owner, due_date, status,"
                             " baseline, updated_at, campaign_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral("UPDATE survey_actions SET item_key = ?, group_by = ?, group_name = ?, title = ?, owner = ?,"
                             " due_date = ?, status = ?, baseline = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(sql::textValue(action.itemKey));
    query.addBindValue(action.grouping ? QVariant(surveyGroupingKey(*action.grouping)) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(sql::textValue(action.group));
    query.addBindValue(action.title.trimmed());
    query.addBindValue(sql::textValue(action.owner.trimmed()));
    query.addBindValue(sql::dateValue(action.due));
    query.addBindValue(actionStatusKey(action.status));
    query.addBindValue(action.baseline);
    query.addBindValue(now);
    if (action.id == 0) {
        query.addBindValue(action.campaignId);
        query.addBindValue(now);
    } else {
        query.addBindValue(action.id);
    }
    sql::exec(query);
    if (action.id == 0)
        action.id = query.lastInsertId().toLongLong();
    else if (query.numRowsAffected() != 1)
        throw StorageError(StorageError::Kind::NotFound, Text::tr("The improvement action no longer exists."));
    transaction.commit();
    return action.id;
}

void SurveyRepository::removeAction(qint64 id)
{
    WriteTransaction transaction(m_db.connection());
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM survey_actions WHERE id = ?"));
    query.addBindValue(id);
    sql::exec(query);
    transaction.commit();
}

} // namespace kehu
