#include "customervaluerepository.h"

#include "sqlitestatement.h"

#include "database.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <optional>
#include <unordered_map>

namespace kehu {
namespace {

// This query runs over every order of a year on the app's recompute and in scripts, on
// files of millions of orders, so it reads through the SQLite API directly: QSqlQuery costs
// a QVariant per value, several times the time of the scan itself.

// " AND column IN (?, ?)" for a non-empty filter, bound later in the same order.
QString inList(const char *column, const std::vector<qint64> &ids)
{
    if (ids.empty())
        return {};
    QStringList marks;
    for (size_t i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(column), marks.join(QStringLiteral(", ")));
}

// A period cut into the whole calendar months inside it, read from the monthly rollups
// (customer_month, migration 5), and the days before and after them, read from orders.
struct PeriodParts
{
    std::optional<Period> wholeMonths; // from the first to the last day of whole months
    std::vector<Period> days; // at most two: the partial months at either end
};

PeriodParts splitIntoMonths(const Period &period)
{
    QDate first = period.from.day() == 1 ? period.from : QDate(period.from.year(), period.from.month(), 1).addMonths(1);
    QDate last = period.to.day() == period.to.daysInMonth() ? period.to
                                                            : QDate(period.to.year(), period.to.month(), 1).addDays(-1);
    PeriodParts parts;
    if (first > last) { // no whole month inside
        parts.days.push_back(period);
        return parts;
    }
    parts.wholeMonths = Period { first, last };
    if (period.from < first)
        parts.days.push_back({ period.from, first.addDays(-1) });
    if (last < period.to)
        parts.days.push_back({ last.addDays(1), period.to });
    return parts;
}

QByteArray isoMonth(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM")).toUtf8();
}

// Sales and profit per customer id while the orders stream by. Ids are row ids, so nearly
// always dense: then one array indexed by id, so that each order costs a single memory access
// (the orders come in date order, customers at random, and separate arrays for the position,
// the sales and the profit made three cache misses per order the largest part of the time).
class SumsById
{
public:
    struct Sums
    {
        qint64 sales = 0;
        qint64 profit = 0;
    };

    explicit SumsById(const std::vector<CustomerValue> &values)
    {
        qint64 maxId = 0;
        for (const CustomerValue &value : values)
            maxId = std::max(maxId, value.id);
        m_dense = maxId <= qint64(values.size()) * 4 + 1024;
        if (m_dense) {
            m_array.resize(size_t(maxId + 1));
            m_taking.resize(size_t(maxId + 1), false);
            for (const CustomerValue &value : values)
                m_taking[size_t(value.id)] = true;
        } else {
            for (const CustomerValue &value : values)
                m_map.emplace(value.id, Sums());
        }
    }

    void add(qint64 id, qint64 sales, qint64 profit)
    {
        Sums *sums = find(id);
        if (!sums)
            return; // archived or outside the filters
        sums->sales += sales;
        sums->profit += profit;
    }

    Sums of(qint64 id)
    {
        const Sums *sums = find(id);
        return sums ? *sums : Sums();
    }

private:
    Sums *find(qint64 id)
    {
        if (m_dense)
            return id >= 0 && id < qint64(m_array.size()) && m_taking[size_t(id)] ? &m_array[size_t(id)] : nullptr;
        const auto it = m_map.find(id);
        return it == m_map.end() ? nullptr : &it->second;
    }

    bool m_dense = true;
    std::vector<Sums> m_array;
    std::vector<bool> m_taking;
    std::unordered_map<qint64, Sums> m_map;
};

} // namespace

CustomerValueRepository::CustomerValueRepository(const Database &db)
    : m_db(db)
{
}

std::vector<CustomerValue> CustomerValueRepository::values(const CustomerValueQuery &query) const
{
    sqlite3 *db = SqliteStatement::handleOf(m_db.connection());
    std::vector<CustomerValue> values;
    QElapsedTimer timer;
    timer.start();

    SqliteStatement customers(db,
        QStringLiteral("SELECT id, code, name, region_id, industry_id, sales_center_id,"
                       " account_manager_id FROM customers WHERE archived_at IS NULL")
            + inList("region_id", query.regionIds) + inList("industry_id", query.industryIds)
            + inList("sales_center_id", query.salesCenterIds) + inList("account_manager_id", query.accountManagerIds)
            + QStringLiteral(" ORDER BY code"));
    for (const auto *ids : { &query.regionIds, &query.industryIds, &query.salesCenterIds, &query.accountManagerIds })
        for (qint64 id : *ids)
            customers.bindInt(id);
    {
        // Room for every customer up front: growing the vector moved 200 000 of them several times.
        SqliteStatement maxId(db, QStringLiteral("SELECT max(id) FROM customers"));
        if (maxId.step() == SqliteStatement::Step::Row)
            values.reserve(size_t(std::max<qint64>(0, maxId.int64(0))));
    }
    while (customers.step() == SqliteStatement::Step::Row) {
        CustomerValue value;
        value.id = customers.int64(0);
        value.code = QString::fromUtf8(customers.text(1));
        value.name = QString::fromUtf8(customers.text(2));
        value.regionId = customers.int64(3);
        value.industryId = customers.int64(4);
        value.salesCenterId = customers.int64(5);
        value.accountManagerId = customers.int64(6);
        values.push_back(std::move(value));
    }
    spdlog::debug("customer values: {} customers read in {} ms", values.size(), timer.restart());
    if (values.empty() || !query.period.isValid())
        return values;

    // Summed here rather than with GROUP BY: the rollups and the index orders_date_customer hand
    // rows over by month or date, and grouping them by customer in SQL means sorting them in a
    // temporary b-tree, five times slower than adding into an array.
    SumsById sums(values);
    const PeriodParts parts = splitIntoMonths(query.period);
    int rows = 0;
    if (parts.wholeMonths) {
        SqliteStatement months(db,
            QStringLiteral("SELECT customer_id, sales, profit FROM customer_month"
                           " WHERE month BETWEEN ? AND ?"));
        const QByteArray from = isoMonth(parts.wholeMonths->from);
        const QByteArray to = isoMonth(parts.wholeMonths->to);
        months.bindText(QByteArrayView(from)).bindText(QByteArrayView(to));
        for (; months.step() == SqliteStatement::Step::Row; ++rows)
            sums.add(months.int64(0), months.int64(1), months.int64(2));
    }
    for (const Period &days : parts.days) {
        SqliteStatement orders(db, QStringLiteral("SELECT customer_id, amount, cost FROM orders WHERE date BETWEEN ? AND ?"));
        orders.bindDate(days.from).bindDate(days.to);
        for (; orders.step() == SqliteStatement::Step::Row; ++rows) {
            const qint64 amount = orders.int64(1);
            sums.add(orders.int64(0), amount, amount - orders.int64(2));
        }
    }
    spdlog::debug("customer values: {} monthly and order rows summed in {} ms", rows, timer.restart());
    for (CustomerValue &value : values) {
        const SumsById::Sums total = sums.of(value.id);
        value.sales = Money::fromFen(total.sales);
        value.profit = Money::fromFen(total.profit);
    }
    return values;
}

} // namespace kehu
