#include "abccommand.h"

#include "abcreportwriter.h"

#include "domain/abcclassifier.h"
#include "storage/customervaluerepository.h"
#include "storage/databasesettings.h"
#include "storage/referencelistrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::AbcCommand", text);
}

const QStringList Formats { QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json") };

// The table is for reading at a terminal; scripts take CSV or JSON, which list everyone.
constexpr int TableRows = 50;

struct FilterOption
{
    const char *name;
    ListKind kind;
};

constexpr FilterOption Filters[] = {
    { "region", ListKind::Region },
    { "industry", ListKind::Industry },
    { "center", ListKind::SalesCenter },
    { "manager", ListKind::AccountManager },
};

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString validNames(const std::vector<ListItem> &items)
{
    QStringList names;
    for (const ListItem &item : items)
        names << (item.nameEn.isEmpty() ? item.name : QStringLiteral("%1 (%2)").arg(item.name, item.nameEn));
    return names.isEmpty() ? tr("(the list is empty)") : names.join(QStringLiteral(", "));
}

} // namespace

AbcCommand::AbcCommand()
    : Command(QStringLiteral("abc"),
        tr("Rank customers by profit (or sales) over a period and class them A, B or C (Pareto analysis):\n"
           "a customer whose cumulative share before it is below the A limit is A, below the B limit B,\n"
           "else C; customers with zero or negative value are C. Archived customers are left out.\n"
           "The limits default to the saved ones (50 and 80 unless changed in the app). Filters choose\n"
           "who takes part, and the ranking is redone among them. The table shows the first %1 customers;\n"
           "csv and json list all of them.")
            .arg(TableRows))
{
}

QList<QCommandLineOption> AbcCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("by"), tr("Rank by profit (default) or sales."),
            QStringLiteral("profit|sales"), QStringLiteral("profit")),
        QCommandLineOption(QStringLiteral("from"), tr("First day of the period (default: 12 months before --to)."),
            QStringLiteral("DATE")),
        QCommandLineOption(
            QStringLiteral("to"), tr("Last day of the period, included (default: today)."), QStringLiteral("DATE")),
        QCommandLineOption(
            QStringLiteral("a"), tr("A limit in percent (default: saved, else 50)."), QStringLiteral("PERCENT")),
        QCommandLineOption(
            QStringLiteral("b"), tr("B limit in percent (default: saved, else 80)."), QStringLiteral("PERCENT")),
        QCommandLineOption(QStringLiteral("region"), tr("Only customers of this region (Chinese or English name)."),
            QStringLiteral("R")),
        QCommandLineOption(QStringLiteral("industry"), tr("Only customers of this industry."), QStringLiteral("I")),
        QCommandLineOption(QStringLiteral("center"), tr("Only customers of this sales center."), QStringLiteral("C")),
        QCommandLineOption(
            QStringLiteral("manager"), tr("Only customers of this account manager."), QStringLiteral("M")),
        QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default), csv or json."),
            QStringLiteral("table|csv|json"), QStringLiteral("table")),
    };
}

QString AbcCommand::synopsis() const
{
    // As issue 5 wrote it, the defaults in place of value names.
    return QStringLiteral("[--by profit|sales] [--from DATE] [--to DATE] [--a 50] [--b 80] [--region R]"
                          " [--industry I] [--center C] [--manager M] [--format table|csv|json]");
}

int AbcCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!Formats.contains(format))
        return usageError(tr("Unknown format '%1': use table, csv or json.").arg(format));
    const auto measure = abcMeasureFromKey(parser.value(QStringLiteral("by")));
    if (!measure)
        return usageError(tr("Unknown measure '%1': use profit or sales.").arg(parser.value(QStringLiteral("by"))));
    m_measure = *measure;

    QDate to = QDate::currentDate();
    if (parser.isSet(QStringLiteral("to"))) {
        const auto date = parseDate(parser.value(QStringLiteral("to")));
        if (!date)
            return usageError(tr("--to needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("to"))));
        to = *date;
    }
    m_period = Period::lastTwelveMonths(to);
    if (parser.isSet(QStringLiteral("from"))) {
        const auto date = parseDate(parser.value(QStringLiteral("from")));
        if (!date)
            return usageError(
                tr("--from needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("from"))));
        m_period.from = *date;
    }
    if (!m_period.isValid())
        return usageError(tr("The period ends (%1) before it starts (%2).")
                              .arg(m_period.to.toString(Qt::ISODate), m_period.from.toString(Qt::ISODate)));

    m_a.reset();
    m_b.reset();
    for (const char *name : { "a", "b" }) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        const auto value = AbcThresholds::parsePercent(parser.value(option));
        if (!value)
            return usageError(
                tr("--%1 needs a percentage between 0 and 100, not '%2'.").arg(option, parser.value(option)));
        (option == QLatin1String("a") ? m_a : m_b) = *value;
    }
    if (m_a && m_b && !AbcThresholds::fromHundredths(*m_a, *m_b))
        return usageError(AbcThresholds::ruleText());
    return Done;
}

int AbcCommand::run(Database &db, const QCommandLineParser &parser)
{
    const AbcThresholds saved = DatabaseSettings(db).abcThresholds();
    const auto thresholds
        = AbcThresholds::fromHundredths(m_a.value_or(saved.aHundredths()), m_b.value_or(saved.bHundredths()));
    if (!thresholds) // one limit given, and it does not fit the saved other one
        return usageError(AbcThresholds::ruleText() + QLatin1Char(' ')
            + tr("The saved limits are A %1 and B %2.")
                  .arg(AbcThresholds::formatPercent(saved.aHundredths()),
                      AbcThresholds::formatPercent(saved.bHundredths())));

    const ReferenceLists lists = ReferenceListRepository(db).load();
    CustomerValueQuery query;
    query.period = m_period;
    for (const FilterOption &filter : Filters) {
        const QString option = QString::fromLatin1(filter.name);
        if (!parser.isSet(option))
            continue;
        const ListItem *item = lists.findByName(filter.kind, parser.value(option));
        if (!item) {
            err() << tr("kehu-cli abc: there is no %1 named '%2'. Valid names: %3")
                         .arg(option, parser.value(option), validNames(lists.items(filter.kind)))
                  << Qt::endl;
            return Refused;
        }
        std::vector<qint64> &ids = filter.kind == ListKind::Region ? query.regionIds
            : filter.kind == ListKind::Industry                    ? query.industryIds
            : filter.kind == ListKind::SalesCenter                 ? query.salesCenterIds
                                                                   : query.accountManagerIds;
        ids.push_back(item->id);
    }

    // Phase times go to the --verbose log: they show where a slow run spends its time.
    QElapsedTimer timer;
    timer.start();
    std::vector<CustomerValue> values = CustomerValueRepository(db).values(query);
    spdlog::debug("abc: {} customers and their sums read in {} ms", values.size(), timer.restart());
    // Deliberately never freed: kehu-cli exits right after printing, and handing 200 000 ranked
    // customers' strings back to the allocator one by one, in ranking order (so at random in
    // memory), took a fifth of the command's time; the system takes the memory back at once at
    // exit. Compilers do the same (clang's -disable-free).
    const AbcResult &result = *new AbcResult(classifyAbc(std::move(values), m_measure, *thresholds));
    spdlog::debug("abc: classified in {} ms", timer.restart());
    const AbcReportWriter writer(result, m_period);
    const struct WriteTimer
    {
        QElapsedTimer &timer;
        ~WriteTimer() { spdlog::debug("abc: written in {} ms", timer.elapsed()); }
    } writeTimer { timer };

    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("table")) {
        writer.writeTable(out(), TableRows);
        out().flush(); // the note belongs after the table on a terminal
        if (result.ranked.size() > size_t(TableRows))
            err() << tr("Showing the first %1 of %2 customers; --format csv or json lists all of them.")
                         .arg(TableRows)
                         .arg(result.ranked.size())
                  << Qt::endl;
        return Done;
    }
    // The bulk formats go to the stream's device as bytes; see AbcReportWriter.
    out().flush();
    if (format == QLatin1String("json"))
        writer.writeJson(*out().device());
    else
        writer.writeCsv(*out().device());
    return Done;
}

} // namespace kehu::cli
