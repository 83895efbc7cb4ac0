#include "surveyscommand.h"

#include "texttable.h"

#include "storage/referencelistrepository.h"
#include "storage/storageerror.h"
#include "storage/surveyrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::SurveysCommand", text);
}

struct FilterOption
{
    const char *name;
    ListKind kind;
};

constexpr FilterOption ListFilters[] = {
    {"region", ListKind::Region},
    {"industry", ListKind::Industry},
    {"center", ListKind::SalesCenter},
    {"manager", ListKind::AccountManager},
};

QString validNames(const std::vector<ListItem> &items)
{
    QStringList names;
    for (const ListItem &item : items)
        names << (item.nameEn.isEmpty() ? item.name : QStringLiteral("%1 (%2)").arg(item.name, item.nameEn));
    return names.isEmpty() ? tr("(the list is empty)") : names.join(QStringLiteral(", "));
}

QJsonValue number(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString fixed(std::optional<double> value, int decimals = 1)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

QString signedFixed(std::optional<double> value, int decimals = 1)
{
    if (!value)
        return QStringLiteral("-");
    return (*value > 0 ? QStringLiteral("+") : QString()) + QString::number(*value, 'f', decimals);
}

QString groupingKeys()
{
    return QStringLiteral("item|region|industry|class|center|manager");
}

} // namespace

SurveysCommand::SurveysCommand()
    : CommandGroup(QStringLiteral("surveys"), tr("Satisfaction-survey campaigns and their reports."))
{
    addSubcommand(std::make_unique<SurveysCampaignAddCommand>());
    addSubcommand(std::make_unique<SurveysCampaignsCommand>());
    addSubcommand(std::make_unique<SurveysReportCommand>());
    addSubcommand(std::make_unique<SurveysTemplatesCommand>());
    addSubcommand(std::make_unique<SurveysTemplateSaveCommand>());
}

SurveysCommand::~SurveysCommand() = default;

QString SurveysCommand::helpFooter() const
{
    return tr("Run 'kehu-cli surveys SUBCOMMAND --help' for its options. Answers are imported with\n"
              "'kehu-cli import survey-responses FILE --campaign NAME'.\n");
}

// --- campaign-add -------------------------------------------------------------------------

SurveysCampaignAddCommand::SurveysCampaignAddCommand()
    : Command(QStringLiteral("surveys campaign-add"),
              tr("Start a satisfaction-survey campaign: every active (not archived) customer is targeted, or\n"
                 "those that --region, --industry, --center and --manager (list names in Chinese or English)\n"
                 "and --filter TEXT (the customer list's search: code, name, contacts, phones) all keep.\n"
                 "The campaign keeps the template's current version. Its end date (default 31 December of\n"
                 "the year) fixes the 12 months over which the report's ABC classes are computed."))
{
}

QList<QCommandLineOption> SurveysCampaignAddCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("year"), tr("The survey's year (required)."), QStringLiteral("Y")),
        QCommandLineOption(QStringLiteral("template"), tr("The template's key (default: default)."), QStringLiteral("KEY"),
                           QStringLiteral("default")),
        QCommandLineOption(QStringLiteral("end"), tr("The campaign's end date (default: Y-12-31)."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("filter"), tr("Only customers matching this text (code, name, contacts, phones)."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("region"), tr("Only customers of this region."), QStringLiteral("R")),
        QCommandLineOption(QStringLiteral("industry"), tr("Only customers of this industry."), QStringLiteral("I")),
        QCommandLineOption(QStringLiteral("center"), tr("Only customers of this sales center."), QStringLiteral("C")),
        QCommandLineOption(QStringLiteral("manager"), tr("Only customers of this account manager."), QStringLiteral("M")),
    };
}

QString SurveysCampaignAddCommand::synopsis() const
{
    return QStringLiteral("NAME --year Y [--template KEY] [--end DATE] [--filter TEXT] [--region R] [--industry I]"
                          " [--center C] [--manager M]");
}

int SurveysCampaignAddCommand::validate(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("year")))
        return usageError(tr("--year is required."));
    bool ok = false;
    m_year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || m_year < 1900 || m_year > 9999)
        return usageError(tr("--year needs a year such as 2026, not '%1'.").arg(parser.value(QStringLiteral("year"))));
    m_end = QDate(m_year, 12, 31);
    if (parser.isSet(QStringLiteral("end"))) {
        m_end = QDate::fromString(parser.value(QStringLiteral("end")).trimmed(), Qt::ISODate);
        if (!m_end.isValid())
            return usageError(tr("--end needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("end"))));
    }
    if (parser.positionalArguments().constFirst().trimmed().isEmpty())
        return usageError(tr("The campaign needs a name."));
    return Done;
}

int SurveysCampaignAddCommand::run(Database &db, const QCommandLineParser &parser)
{
    const ReferenceLists lists = ReferenceListRepository(db).load();
    SurveyTargetFilter filter;
    qint64 *listIds[4] = {&filter.regionId, &filter.industryId, &filter.salesCenterId, &filter.accountManagerId};
    QStringList description;
    for (size_t i = 0; i < std::size(ListFilters); ++i) {
        const QString option = QString::fromLatin1(ListFilters[i].name);
        if (!parser.isSet(option))
            continue;
        const ListItem *item = lists.findByName(ListFilters[i].kind, parser.value(option));
        if (!item) {
            err() << tr("kehu-cli surveys campaign-add: there is no %1 named '%2'. Valid names: %3")
                             .arg(option, parser.value(option), validNames(lists.items(ListFilters[i].kind)))
                  << Qt::endl;
            return Refused;
        }
        *listIds[i] = item->id;
        description << QStringLiteral("%1=%2").arg(option, item->name);
    }
    filter.text = parser.value(QStringLiteral("filter")).trimmed();
    if (!filter.text.isEmpty())
        description << QStringLiteral("filter=%1").arg(filter.text);

    NewSurveyCampaign campaign;
    campaign.customerIds = SurveyRepository(db).customersMatching(filter);
    if (campaign.customerIds.empty()) {
        err() << tr("kehu-cli surveys campaign-add: no active customer matches; nothing was created.") << Qt::endl;
        return Refused;
    }
    campaign.name = parser.positionalArguments().constFirst().trimmed();
    campaign.year = m_year;
    campaign.endDate = m_end;
    campaign.templateKey = parser.value(QStringLiteral("template"));
    campaign.filter = description.join(QStringLiteral(", "));
    const SurveyCampaign created = SurveyRepository(db).createCampaign(campaign);
    out() << tr("created campaign %1 (%2, template %3 version %4, ends %5): %6 customers targeted")
                     .arg(created.name)
                     .arg(created.year)
                     .arg(created.templateKey)
                     .arg(created.templateVersion)
                     .arg(created.endDate.toString(Qt::ISODate))
                     .arg(created.targeted)
          << Qt::endl;
    return Done;
}

// --- campaigns ----------------------------------------------------------------------------

SurveysCampaignsCommand::SurveysCampaignsCommand()
    : Command(QStringLiteral("surveys campaigns"), tr("List the survey campaigns, newest first, with their answer counts."))
{
}

QList<QCommandLineOption> SurveysCampaignsCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default) or json."),
                               QStringLiteral("table|json"), QStringLiteral("table"))};
}

int SurveysCampaignsCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    return Done;
}

int SurveysCampaignsCommand::run(Database &db, const QCommandLineParser &parser)
{
    const auto campaigns = SurveyRepository(db).campaigns();
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const SurveyCampaign &c : campaigns) {
            array.append(QJsonObject{{QStringLiteral("campaign"), c.name},
                                     {QStringLiteral("year"), c.year},
                                     {QStringLiteral("template"), c.templateKey},
                                     {QStringLiteral("template_version"), c.templateVersion},
                                     {QStringLiteral("end_date"), c.endDate.toString(Qt::ISODate)},
                                     {QStringLiteral("filter"), c.filter},
                                     {QStringLiteral("targeted"), c.targeted},
                                     {QStringLiteral("answered"), c.answered},
                                     {QStringLiteral("declined"), c.declined},
                                     {QStringLiteral("pending"), c.targeted - c.answered - c.declined}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    TextTable table({tr("campaign"), tr("year"), tr("template"), tr("end"), tr("targeted"), tr("answered"),
                     tr("declined"), tr("pending")});
    for (int column = 4; column < 8; ++column)
        table.setAlignment(column, TextTable::Align::Right);
    for (const SurveyCampaign &c : campaigns)
        table.addRow({c.name, QString::number(c.year), QStringLiteral("%1 v%2").arg(c.templateKey).arg(c.templateVersion),
                      c.endDate.toString(Qt::ISODate), QString::number(c.targeted), QString::number(c.answered),
                      QString::number(c.declined), QString::number(c.targeted - c.answered - c.declined)});
    table.writeAligned(out());
    return Done;
}

// --- report -------------------------------------------------------------------------------

SurveysReportCommand::SurveysReportCommand()
    : Command(QStringLiteral("surveys report"),
              tr("A campaign's report: response rate (answered / targeted), the mean of each item and that\n"
                 "mean on 0-100, composite (weighted mean of the answered items on 0-100), loyalty (mean of\n"
                 "repurchase and recommend on 0-100) and NPS (% recommending 9-10 minus % 0-6), overall and\n"
                 "by region, industry, ABC class (by profit, 12 months to the campaign's end), sales center or\n"
                 "account manager, with the change since the previous campaign of the same template.\n"
                 "JSON: campaign, responses, response_rate (a fraction), composite, loyalty, nps,\n"
                 "items [{item, mean, score}], groups [{group, responses, composite, loyalty, nps}] and\n"
                 "previous (the previous campaign's figures and the changes, or null); null where undefined."))
{
}

QList<QCommandLineOption> SurveysReportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("campaign"), tr("The campaign's name (required)."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("by"), tr("Groups: item (default: no groups), region, industry, class, center or manager."),
                           groupingKeys(), QStringLiteral("item")),
        QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default) or json."),
                           QStringLiteral("table|json"), QStringLiteral("table")),
    };
}

QString SurveysReportCommand::synopsis() const
{
    return QStringLiteral("--campaign NAME [--by item|region|industry|class|center|manager] [--format table|json]");
}

int SurveysReportCommand::validate(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("campaign")))
        return usageError(tr("--campaign is required."));
    if (!surveyGroupingFromKey(parser.value(QStringLiteral("by"))))
        return usageError(tr("Unknown grouping '%1': use item, region, industry, class, center or manager.")
                                  .arg(parser.value(QStringLiteral("by"))));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    return Done;
}

int SurveysReportCommand::run(Database &db, const QCommandLineParser &parser)
{
    SurveyRepository surveys(db);
    const auto campaign = surveys.findCampaign(parser.value(QStringLiteral("campaign")));
    if (!campaign) {
        err() << tr("kehu-cli surveys report: there is no campaign named '%1'.").arg(parser.value(QStringLiteral("campaign")))
              << Qt::endl;
        return Refused;
    }
    const SurveyGrouping grouping = *surveyGroupingFromKey(parser.value(QStringLiteral("by")));
    const SurveyReport report = surveys.report(*campaign, grouping);
    const auto previousCampaign = surveys.previousCampaign(*campaign);
    std::optional<SurveyReport> previous;
    std::optional<SurveyComparison> change;
    if (previousCampaign) {
        previous = surveys.report(*previousCampaign, grouping);
        change = compareSurveyReports(report, *previous);
    }

    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray items;
        for (const SurveyItemStat &item : report.items)
            items.append(QJsonObject{{QStringLiteral("item"), item.key}, {QStringLiteral("mean"), number(item.mean)},
                                     {QStringLiteral("score"), number(item.score)}});
        QJsonArray groups;
        for (const SurveyGroupStat &group : report.groups)
            groups.append(QJsonObject{{QStringLiteral("group"), group.group.isEmpty() ? QJsonValue() : QJsonValue(group.group)},
                                      {QStringLiteral("responses"), group.responses},
                                      {QStringLiteral("composite"), number(group.composite)},
                                      {QStringLiteral("loyalty"), number(group.loyalty)},
                                      {QStringLiteral("nps"), number(group.nps)}});
        QJsonValue previousJson;
        if (previous) {
            QJsonArray itemChanges;
            for (const SurveyItemChange &item : change->items)
                itemChanges.append(QJsonObject{{QStringLiteral("item"), item.key},
                                               {QStringLiteral("mean"), number(item.previousMean)},
                                               {QStringLiteral("mean_change"), number(item.meanChange)},
                                               {QStringLiteral("score_change"), number(item.scoreChange)}});
            QJsonArray groupChanges;
            for (const SurveyGroupChange &group : change->groups)
                groupChanges.append(QJsonObject{{QStringLiteral("group"), group.group.isEmpty() ? QJsonValue() : QJsonValue(group.group)},
                                                {QStringLiteral("composite"), number(group.previousComposite)},
                                                {QStringLiteral("composite_change"), number(group.compositeChange)},
                                                {QStringLiteral("loyalty_change"), number(group.loyaltyChange)},
                                                {QStringLiteral("nps_change"), number(group.npsChange)}});
            previousJson = QJsonObject{{QStringLiteral("campaign"), previousCampaign->name},
                                       {QStringLiteral("responses"), previous->responses},
                                       {QStringLiteral("composite"), number(previous->composite)},
                                       {QStringLiteral("loyalty"), number(previous->loyalty)},
                                       {QStringLiteral("nps"), number(previous->nps)},
                                       {QStringLiteral("composite_change"), number(change->compositeChange)},
                                       {QStringLiteral("loyalty_change"), number(change->loyaltyChange)},
                                       {QStringLiteral("nps_change"), number(change->npsChange)},
                                       {QStringLiteral("items"), itemChanges},
                                       {QStringLiteral("groups"), groupChanges}};
        }
        const QJsonObject document{
            {QStringLiteral("campaign"), campaign->name},
            {QStringLiteral("year"), campaign->year},
            {QStringLiteral("template"), campaign->templateKey},
            {QStringLiteral("template_version"), campaign->templateVersion},
            {QStringLiteral("end_date"), campaign->endDate.toString(Qt::ISODate)},
            {QStringLiteral("by"), surveyGroupingKey(grouping)},
            {QStringLiteral("targeted"), report.targeted},
            {QStringLiteral("declined"), campaign->declined},
            {QStringLiteral("responses"), report.responses},
            {QStringLiteral("response_rate"), number(report.responseRate)},
            {QStringLiteral("composite"), number(report.composite)},
            {QStringLiteral("loyalty"), number(report.loyalty)},
            {QStringLiteral("nps"), number(report.nps)},
            {QStringLiteral("items"), items},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("previous"), previousJson},
        };
        out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return Done;
    }

    out() << tr("Campaign %1 (%2, template %3 version %4, ends %5)")
                     .arg(campaign->name)
                     .arg(campaign->year)
                     .arg(campaign->templateKey)
                     .arg(campaign->templateVersion)
                     .arg(campaign->endDate.toString(Qt::ISODate))
          << '\n';
    out() << tr("Responses: %1 of %2 targeted (%3 %), %4 declined")
                     .arg(report.responses)
                     .arg(report.targeted)
                     .arg(fixed(report.responseRate ? std::optional<double>(*report.responseRate * 100) : std::nullopt))
                     .arg(campaign->declined)
          << '\n';
    out() << tr("Composite %1   Loyalty %2   NPS %3").arg(fixed(report.composite), fixed(report.loyalty), fixed(report.nps));
    if (change)
        out() << "   " << tr("(since %1: %2, %3, %4)").arg(previousCampaign->name, signedFixed(change->compositeChange),
                                                         signedFixed(change->loyaltyChange), signedFixed(change->npsChange));
    out() << "\n\n";

    TextTable items({tr("item"), tr("answers"), tr("mean"), tr("score"), tr("previous mean"), tr("change")});
    for (int column = 1; column < 6; ++column)
        items.setAlignment(column, TextTable::Align::Right);
    for (size_t i = 0; i < report.items.size(); ++i) {
        const SurveyItemStat &item = report.items[i];
        items.addRow({item.key, QString::number(item.answers), fixed(item.mean, 2), fixed(item.score),
                      change ? fixed(change->items[i].previousMean, 2) : QStringLiteral("-"),
                      change ? signedFixed(change->items[i].meanChange, 2) : QStringLiteral("-")});
    }
    items.writeAligned(out());
    if (grouping == SurveyGrouping::Item)
        return Done;
    out() << '\n';
    TextTable groups({surveyGroupingKey(grouping), tr("responses"), tr("composite"), tr("loyalty"), tr("nps"), tr("previous"),
                      tr("change")});
    for (int column = 1; column < 7; ++column)
        groups.setAlignment(column, TextTable::Align::Right);
    for (const SurveyGroupStat &group : report.groups) {
        const SurveyGroupChange *groupChange = nullptr;
        if (change) {
            for (const SurveyGroupChange &candidate : change->groups)
                groupChange = candidate.group == group.group ? &candidate : groupChange;
        }
        groups.addRow({group.group.isEmpty() ? tr("(none)") : group.group, QString::number(group.responses),
                       fixed(group.composite), fixed(group.loyalty), fixed(group.nps),
                       groupChange ? fixed(groupChange->previousComposite) : QStringLiteral("-"),
                       groupChange ? signedFixed(groupChange->compositeChange) : QStringLiteral("-")});
    }
    groups.writeAligned(out());
    return Done;
}

// --- templates ----------------------------------------------------------------------------

namespace {

// "quality:35:1-5", "repurchase:repurchase:1-5", "recommend:recommend:0-10", "comment:comment".
QString itemSpec(const SurveyItem &item)
{
    const QString scale = QStringLiteral("%1-%2").arg(item.scaleMin).arg(item.scaleMax);
    switch (item.role) {
    case SurveyItemRole::Weighted: return QStringLiteral("%1:%2:%3").arg(item.key).arg(item.weight).arg(scale);
    case SurveyItemRole::Repurchase:
    case SurveyItemRole::Recommend: return QStringLiteral("%1:%2:%3").arg(item.key, surveyItemRoleKey(item.role), scale);
    case SurveyItemRole::Comment: break;
    }
    return QStringLiteral("%1:comment").arg(item.key);
}

std::optional<SurveyItem> parseItemSpec(const QString &spec)
{
    const QStringList parts = spec.trimmed().split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    SurveyItem item;
    item.key = parts.at(0).trimmed();
    item.label = item.key;
    const QString kind = parts.at(1).trimmed();
    if (kind == QLatin1String("comment")) {
        if (parts.size() != 2)
            return std::nullopt;
        item.role = SurveyItemRole::Comment;
        item.scaleMin = item.scaleMax = 0;
        return item;
    }
    if (parts.size() != 3)
        return std::nullopt;
    bool ok = false;
    if (kind == QLatin1String("repurchase") || kind == QLatin1String("recommend")) {
        item.role = *surveyItemRoleFromKey(kind);
    } else {
        item.role = SurveyItemRole::Weighted;
        item.weight = kind.toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    const QStringList scale = parts.at(2).split(QLatin1Char('-'));
    if (scale.size() != 2)
        return std::nullopt;
    item.scaleMin = scale.at(0).toInt(&ok);
    if (!ok)
        return std::nullopt;
    item.scaleMax = scale.at(1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    return item;
}

} // namespace

SurveysTemplatesCommand::SurveysTemplatesCommand()
    : Command(QStringLiteral("surveys templates"),
              tr("List the questionnaire templates (latest version of each) with their items as\n"
                 "KEY:WEIGHT:MIN-MAX (weighted), KEY:repurchase|recommend:MIN-MAX or KEY:comment."))
{
}

QList<QCommandLineOption> SurveysTemplatesCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default) or json."),
                               QStringLiteral("table|json"), QStringLiteral("table"))};
}

int SurveysTemplatesCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    return Done;
}

int SurveysTemplatesCommand::run(Database &db, const QCommandLineParser &parser)
{
    const auto templates = SurveyRepository(db).latestTemplates();
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const SurveyTemplate &t : templates) {
            QJsonArray items;
            for (const SurveyItem &item : t.items)
                items.append(QJsonObject{{QStringLiteral("item"), item.key},
                                         {QStringLiteral("role"), surveyItemRoleKey(item.role)},
                                         {QStringLiteral("weight"), item.weight},
                                         {QStringLiteral("min"), item.scaleMin},
                                         {QStringLiteral("max"), item.scaleMax}});
            array.append(QJsonObject{{QStringLiteral("template"), t.key}, {QStringLiteral("version"), t.version},
                                     {QStringLiteral("name"), t.name}, {QStringLiteral("items"), items}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    TextTable table({tr("template"), tr("version"), tr("items")});
    for (const SurveyTemplate &t : templates) {
        QStringList specs;
        for (const SurveyItem &item : t.items)
            specs << itemSpec(item);
        table.addRow({t.key, QString::number(t.version), specs.join(QLatin1Char(' '))});
    }
    table.writeAligned(out());
    return Done;
}

SurveysTemplateSaveCommand::SurveysTemplateSaveCommand()
    : Command(QStringLiteral("surveys template-save"),
              tr("Save a questionnaire template as the next version of KEY (version 1 of a new key); campaigns\n"
                 "already started keep the version they started with. Give every item, in order, with --item:\n"
                 "  KEY:WEIGHT:MIN-MAX             a weighted item of the satisfaction score, e.g. quality:35:1-5\n"
                 "  KEY:repurchase:MIN-MAX         intention to buy again (loyalty), e.g. repurchase:repurchase:1-5\n"
                 "  KEY:recommend:MIN-MAX          intention to recommend (loyalty, NPS on 0-10)\n"
                 "  KEY:comment                    free text\n"
                 "Item keys are the CSV columns of import survey-responses."))
{
}

QList<QCommandLineOption> SurveysTemplateSaveCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("item"), tr("An item (repeat for each, in order)."), QStringLiteral("SPEC")),
        QCommandLineOption(QStringLiteral("name"), tr("The template's name (default: the key)."), QStringLiteral("NAME")),
    };
}

QString SurveysTemplateSaveCommand::synopsis() const
{
    return QStringLiteral("KEY --item SPEC [--item SPEC ...] [--name NAME]");
}

int SurveysTemplateSaveCommand::validate(const QCommandLineParser &parser)
{
    m_template = SurveyTemplate();
    m_template.key = parser.positionalArguments().constFirst().trimmed();
    m_nameGiven = parser.isSet(QStringLiteral("name"));
    m_template.name = m_nameGiven ? parser.value(QStringLiteral("name")) : m_template.key;
    const QStringList specs = parser.values(QStringLiteral("item"));
    if (specs.isEmpty())
        return usageError(tr("Give the template's items with --item."));
    for (const QString &spec : specs) {
        const auto item = parseItemSpec(spec);
        if (!item)
            return usageError(tr("'%1' is not an item: use KEY:WEIGHT:MIN-MAX, KEY:repurchase:MIN-MAX, "
                                 "KEY:recommend:MIN-MAX or KEY:comment.").arg(spec));
        m_template.items.push_back(*item);
    }
    const QStringList problems = validateSurveyTemplate(m_template);
    if (!problems.isEmpty())
        return usageError(problems.join(QLatin1Char(' ')));
    return Done;
}

int SurveysTemplateSaveCommand::run(Database &db, const QCommandLineParser &)
{
    SurveyRepository surveys(db);
    std::optional<int> before;
    try {
        before = surveys.latestTemplate(m_template.key).version;
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::NotFound)
            throw;
    }
    SurveyTemplate toSave = m_template;
    if (before) { // keep the labels of items that exist already
        const SurveyTemplate latest = surveys.latestTemplate(m_template.key);
        for (SurveyItem &item : toSave.items) {
            if (const SurveyItem *known = latest.item(item.key))
                item.label = known->label;
        }
        if (!m_nameGiven)
            toSave.name = latest.name;
    }
    const SurveyTemplate saved = surveys.saveTemplate(toSave);
    if (before && saved.version == *before)
        out() << tr("template %1 is unchanged (version %2)").arg(saved.key).arg(saved.version) << Qt::endl;
    else
        out() << tr("saved template %1 version %2").arg(saved.key).arg(saved.version) << Qt::endl;
    return Done;
}

} // namespace kehu::cli
