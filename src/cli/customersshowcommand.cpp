#include "customersshowcommand.h"

#include "texttable.h"

#include "domain/customerfigures.h"
#include "storage/customerrepository.h"
#include "storage/databasesettings.h"
#include "storage/referencelistrepository.h"
#include "storage/transactionrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::CustomersShowCommand", text);
}

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timestampValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue intValue(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue moneyValue(Money money)
{
    return money.yuan();
}

// Ratios to four decimals (0.2333): more would only be noise from the division.
QJsonValue ratioValue(std::optional<double> ratio)
{
    return ratio ? QJsonValue(std::round(*ratio * 10000.0) / 10000.0) : QJsonValue(QJsonValue::Null);
}

QJsonArray contactsArray(const std::vector<Contact> &contacts)
{
    QJsonArray array;
    for (const Contact &c : contacts) {
        array.append(QJsonObject { { QStringLiteral("name"), c.name }, { QStringLiteral("title"), c.title },
            { QStringLiteral("role"), toKey(c.role) }, { QStringLiteral("phone"), c.phone },
            { QStringLiteral("email"), c.email }, { QStringLiteral("wechat"), c.wechat } });
    }
    return array;
}

QJsonArray competitorsArray(const std::vector<Competitor> &competitors)
{
    QJsonArray array;
    for (const Competitor &c : competitors)
        array.append(QJsonObject { { QStringLiteral("name"), c.name }, { QStringLiteral("note"), c.note } });
    return array;
}

QJsonObject figuresObject(const CustomerFigures &f, const Period &period)
{
    return QJsonObject {
        { QStringLiteral("from"), dateValue(period.from) },
        { QStringLiteral("to"), dateValue(period.to) },
        { QStringLiteral("orders"), f.orderCount },
        { QStringLiteral("sales"), moneyValue(f.sales) },
        { QStringLiteral("profit"), moneyValue(f.profit) },
        { QStringLiteral("margin"), ratioValue(f.margin) },
        { QStringLiteral("receivables"), moneyValue(f.receivables) },
        { QStringLiteral("collected"), moneyValue(f.collected) },
        { QStringLiteral("collection_rate"), ratioValue(f.collectionRate) },
        { QStringLiteral("service_cost"), moneyValue(f.serviceCost) },
    };
}

QJsonObject customerObject(const Customer &c, const ReferenceLists &lists, bool stale)
{
    return QJsonObject {
        { QStringLiteral("code"), c.code },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("address"), c.address },
        { QStringLiteral("region"), lists.nameOf(ListKind::Region, c.regionId) },
        { QStringLiteral("phone"), c.phone },
        { QStringLiteral("website"), c.website },
        { QStringLiteral("employees"), intValue(c.employees) },
        { QStringLiteral("revenue_band"), c.revenueBand },
        { QStringLiteral("ownership"), toKey(c.ownership) },
        { QStringLiteral("industry"), lists.nameOf(ListKind::Industry, c.industryId) },
        { QStringLiteral("reputation"), c.reputation },
        { QStringLiteral("production_capacity"), c.productionCapacity },
        { QStringLiteral("annual_sales"), c.annualSales ? moneyValue(*c.annualSales) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("industry_position"), c.industryPosition },
        { QStringLiteral("credit_status"), c.creditStatus },
        { QStringLiteral("strengths"), c.strengths },
        { QStringLiteral("weaknesses"), c.weaknesses },
        { QStringLiteral("customer_since"), dateValue(c.customerSince) },
        { QStringLiteral("main_products"), c.mainProducts },
        { QStringLiteral("payment_terms_days"), intValue(c.paymentTermsDays) },
        { QStringLiteral("relationship"), toKey(c.relationship) },
        { QStringLiteral("category"), toKey(c.category) },
        { QStringLiteral("account_manager"), lists.nameOf(ListKind::AccountManager, c.accountManagerId) },
        { QStringLiteral("sales_center"), lists.nameOf(ListKind::SalesCenter, c.salesCenterId) },
        { QStringLiteral("sales_center_manual"), c.salesCenterManual },
        { QStringLiteral("status"), toKey(c.status) },
        { QStringLiteral("verified_by"), c.verifiedBy },
        { QStringLiteral("verified_at"), timestampValue(c.verifiedAt) },
        { QStringLiteral("last_reviewed"), dateValue(c.lastReviewed) },
        { QStringLiteral("created_at"), timestampValue(c.createdAt) },
        { QStringLiteral("updated_at"), timestampValue(c.updatedAt) },
        { QStringLiteral("archived"), c.isArchived() },
        { QStringLiteral("stale"), stale },
        { QStringLiteral("contacts"), contactsArray(c.contacts) },
        { QStringLiteral("competitors"), competitorsArray(c.competitors) },
    };
}

QString scalarText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

const QStringList MoneyKeys { QStringLiteral("annual_sales"), QStringLiteral("sales"), QStringLiteral("profit"),
    QStringLiteral("receivables"), QStringLiteral("collected"), QStringLiteral("service_cost") };
const QStringList RatioKeys { QStringLiteral("margin"), QStringLiteral("collection_rate") };

// Money with its two decimals and ratios as percentages, as a person reads them.
QString listingText(const QString &key, const QJsonValue &value)
{
    if (value.isDouble() && MoneyKeys.contains(key))
        return QString::number(value.toDouble(), 'f', 2);
    if (value.isDouble() && RatioKeys.contains(key))
        return QString::number(value.toDouble() * 100.0, 'f', 2) + QStringLiteral(" %");
    return scalarText(value);
}

QString objectText(const QJsonObject &object, const QStringList &keys)
{
    QStringList parts;
    for (const QString &key : keys) {
        const QString text = scalarText(object.value(key));
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

// The order a person reads a customer file in (DOMAIN §1 groups), not the JSON's sorted keys.
const QStringList ListingKeys { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("address"),
    QStringLiteral("region"), QStringLiteral("phone"), QStringLiteral("website"), QStringLiteral("employees"),
    QStringLiteral("revenue_band"), QStringLiteral("ownership"), QStringLiteral("industry"),
    QStringLiteral("reputation"), QStringLiteral("production_capacity"), QStringLiteral("annual_sales"),
    QStringLiteral("industry_position"), QStringLiteral("credit_status"), QStringLiteral("strengths"),
    QStringLiteral("weaknesses"), QStringLiteral("customer_since"), QStringLiteral("years_of_cooperation"),
    QStringLiteral("main_products"), QStringLiteral("payment_terms_days"), QStringLiteral("relationship"),
    QStringLiteral("category"), QStringLiteral("account_manager"), QStringLiteral("sales_center"),
    QStringLiteral("sales_center_manual"), QStringLiteral("status"), QStringLiteral("verified_by"),
    QStringLiteral("verified_at"), QStringLiteral("last_reviewed"), QStringLiteral("stale"),
    QStringLiteral("archived") };

const QStringList FigureKeys { QStringLiteral("orders"), QStringLiteral("sales"), QStringLiteral("profit"),
    QStringLiteral("margin"), QStringLiteral("receivables"), QStringLiteral("collected"),
    QStringLiteral("collection_rate"), QStringLiteral("service_cost") };

} // namespace

CustomersShowCommand::CustomersShowCommand()
    : Command(QStringLiteral("customers show"),
        tr("Show one customer file with its contacts, competitors and the figures of the last 12 months."))
{
}

QList<QCommandLineOption> CustomersShowCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default) or json."),
        QStringLiteral("table|json"), QStringLiteral("table")) };
}

int CustomersShowCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    return Done;
}

int CustomersShowCommand::run(Database &db, const QCommandLineParser &parser)
{
    const QString code = parser.positionalArguments().constFirst();
    const CustomerRepository customers(db);
    const std::optional<qint64> id = customers.idOfCode(code);
    if (!id) {
        err() << tr("There is no customer with the code %1.").arg(code) << Qt::endl;
        return Refused;
    }

    const QDate today = QDate::currentDate();
    const Customer customer = customers.load(*id);
    const ReferenceLists lists = ReferenceListRepository(db).load();
    const QDate reviewed = customer.lastReviewed.isValid() ? customer.lastReviewed : customer.createdAt.date();
    const bool stale = isStale(reviewed, today, DatabaseSettings(db).staleMonths());

    const TransactionRepository transactions(db);
    const std::vector<Order> orders = transactions.ordersOf(*id);
    const std::vector<Payment> payments = transactions.paymentsOf(*id);
    const std::vector<ServiceCost> costs = transactions.serviceCostsOf(*id);
    const Period period = Period::lastTwelveMonths(today);

    QJsonObject file = customerObject(customer, lists, stale);
    file.insert(
        QStringLiteral("figures"), figuresObject(computeCustomerFigures(orders, payments, costs, period), period));
    file.insert(QStringLiteral("years_of_cooperation"), intValue(yearsOfCooperation(customer.customerSince, today)));

    if (parser.value(QStringLiteral("format")) == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(file).toJson(QJsonDocument::Indented));
    else
        writeListing(file);
    return Done;
}

void CustomersShowCommand::writeListing(const QJsonObject &file)
{
    TextTable table({ tr("Field"), tr("Value") });
    for (const QString &key : ListingKeys)
        table.addRow({ key, listingText(key, file.value(key)) });
    const QJsonArray contacts = file.value(QStringLiteral("contacts")).toArray();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QStringList keys { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("role"),
            QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("wechat") };
        table.addRow({ QStringLiteral("contact %1").arg(i + 1), objectText(contacts.at(i).toObject(), keys) });
    }
    const QJsonArray competitors = file.value(QStringLiteral("competitors")).toArray();
    for (qsizetype i = 0; i < competitors.size(); ++i) {
        table.addRow({ QStringLiteral("competitor %1").arg(i + 1),
            objectText(competitors.at(i).toObject(), { QStringLiteral("name"), QStringLiteral("note") }) });
    }
    const QJsonObject figures = file.value(QStringLiteral("figures")).toObject();
    table.addRow({ QStringLiteral("figures period"),
        QStringLiteral("%1 – %2").arg(
            figures.value(QStringLiteral("from")).toString(), figures.value(QStringLiteral("to")).toString()) });
    for (const QString &key : FigureKeys)
        table.addRow({ key, listingText(key, figures.value(key)) });
    table.writeAligned(out());
}

} // namespace kehu::cli
