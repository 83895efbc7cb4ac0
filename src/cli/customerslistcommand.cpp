#include "customerslistcommand.h"

#include "domain/customertextmatcher.h"
#include "texttable.h"

#include "domain/customerfigures.h"
#include "storage/customerrepository.h"
#include "storage/databasesettings.h"
#include "storage/referencelistrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::CustomersListCommand", text);
}

const QStringList Formats { QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json") };

// One list line with the names and flags resolved, shared by the three formats.
struct ListRow
{
    QString code;
    QString name;
    QString region;
    QString industry;
    QString salesCenter;
    QString accountManager;
    QString category;
    QString status;
    bool archived = false;
    bool stale = false;
    Money sales;
    Money profit;
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// The keys of the JSON objects, also the CSV header.
const QStringList Keys { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("region"),
    QStringLiteral("industry"), QStringLiteral("sales_center"), QStringLiteral("account_manager"),
    QStringLiteral("category"), QStringLiteral("status"), QStringLiteral("archived"), QStringLiteral("stale"),
    QStringLiteral("sales_12m"), QStringLiteral("profit_12m") };

// One array written object by object, one customer a line: a single QJsonArray of 200 000
// objects would hold the whole list in memory several times over.
void writeJson(QTextStream &out, const std::vector<ListRow> &rows)
{
    out << '[';
    const char *separator = "\n";
    for (const ListRow &row : rows) {
        const QJsonObject object {
            { QStringLiteral("code"), row.code },
            { QStringLiteral("name"), row.name },
            { QStringLiteral("region"), row.region },
            { QStringLiteral("industry"), row.industry },
            { QStringLiteral("sales_center"), row.salesCenter },
            { QStringLiteral("account_manager"), row.accountManager },
            { QStringLiteral("category"), row.category },
            { QStringLiteral("status"), row.status },
            { QStringLiteral("archived"), row.archived },
            { QStringLiteral("stale"), row.stale },
            // Fen are exact in a double up to 2^53, and the shortest form prints 1234.5.
            { QStringLiteral("sales_12m"), row.sales.yuan() },
            { QStringLiteral("profit_12m"), row.profit.yuan() },
        };
        out << separator << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        separator = ",\n";
    }
    out << (rows.empty() ? "]\n" : "\n]\n");
}

void writeCsv(QTextStream &out, const std::vector<ListRow> &rows)
{
    TextTable table(Keys);
    for (const ListRow &row : rows) {
        table.addRow({ row.code, row.name, row.region, row.industry, row.salesCenter, row.accountManager, row.category,
            row.status, yesNo(row.archived), yesNo(row.stale), row.sales.toPlainString(), row.profit.toPlainString() });
    }
    table.writeCsv(out);
}

void writeTable(QTextStream &out, const std::vector<ListRow> &rows, bool withArchived)
{
    QStringList header { tr("Code"), tr("Name"), tr("Region"), tr("Industry"), tr("Sales center"), tr("Manager"),
        tr("Category"), tr("Status"), tr("Stale"), tr("Sales 12m"), tr("Profit 12m") };
    if (withArchived)
        header.insert(8, tr("Archived"));
    TextTable table(header);
    table.setAlignment(int(header.size()) - 2, TextTable::Align::Right);
    table.setAlignment(int(header.size()) - 1, TextTable::Align::Right);
    for (const ListRow &row : rows) {
        QStringList cells { row.code, row.name, row.region, row.industry, row.salesCenter, row.accountManager,
            row.category, row.status, row.stale ? tr("stale") : QString(), row.sales.toPlainString(),
            row.profit.toPlainString() };
        if (withArchived)
            cells.insert(8, row.archived ? tr("archived") : QString());
        table.addRow(cells);
    }
    table.writeAligned(out);
}

} // namespace

CustomersListCommand::CustomersListCommand()
    : Command(QStringLiteral("customers list"),
        tr("List the customer files sorted by code, with sales and profit of the last 12 months.\n"
           "Archived customers are left out unless --archived is given."))
{
}

QList<QCommandLineOption> CustomersListCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("filter"),
            tr("Only customers whose code, name, phone or contacts contain TEXT (any case)."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("archived"), tr("Include archived customers.")),
        QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default), csv or json."),
            QStringLiteral("table|csv|json"), QStringLiteral("table")),
    };
}

int CustomersListCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!Formats.contains(format))
        return usageError(tr("Unknown format '%1': use table, csv or json.").arg(format));
    return Done;
}

int CustomersListCommand::run(Database &db, const QCommandLineParser &parser)
{
    const QDate today = QDate::currentDate();
    const bool withArchived = parser.isSet(QStringLiteral("archived"));
    const ReferenceLists lists = ReferenceListRepository(db).load();
    const int staleMonths = DatabaseSettings(db).staleMonths();
    const CustomerTextMatcher filter(parser.value(QStringLiteral("filter")));

    SummaryQuery query;
    query.period = Period::lastTwelveMonths(today);
    query.includeArchived = withArchived;
    std::vector<ListRow> rows;
    for (const CustomerSummary &summary : CustomerRepository(db).summaries(query)) {
        if (!filter.matches(summary))
            continue;
        rows.push_back({ summary.code, summary.name, lists.nameOf(ListKind::Region, summary.regionId),
            lists.nameOf(ListKind::Industry, summary.industryId),
            lists.nameOf(ListKind::SalesCenter, summary.salesCenterId),
            lists.nameOf(ListKind::AccountManager, summary.accountManagerId), toKey(summary.category),
            toKey(summary.status), summary.archived, isStale(summary.reviewedOn, today, staleMonths), summary.sales,
            summary.profit });
    }

    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json"))
        writeJson(out(), rows);
    else if (format == QLatin1String("csv"))
        writeCsv(out(), rows);
    else
        writeTable(out(), rows, withArchived);
    return Done;
}

} // namespace kehu::cli
