#include "orderrollups.h"

#include "customermonthsums.h"
#include "sqlitestatement.h"
#include "sqlsupport.h"

#include <array>
#include <vector>

namespace kehu {
namespace {

// Adds a new order's row into its customer and month.
const char *AddNew = " INSERT INTO customer_month (month, customer_id, sales, profit, orders)"
                     " VALUES (substr(new.date, 1, 7), new.customer_id, new.amount, new.amount - new.cost, 1)"
                     " ON CONFLICT (month, customer_id) DO UPDATE SET sales = sales + excluded.sales,"
                     " profit = profit + excluded.profit, orders = orders + 1;";

// Takes an old order's row out, deleting a month left without orders so that the table holds
// exactly the customer-months that have orders.
const char *RemoveOld
    = " UPDATE customer_month SET sales = sales - old.amount, profit = profit - (old.amount - old.cost),"
      " orders = orders - 1 WHERE month = substr(old.date, 1, 7) AND customer_id = old.customer_id;"
      " DELETE FROM customer_month WHERE month = substr(old.date, 1, 7)"
      " AND customer_id = old.customer_id AND orders = 0;";

} // namespace

void OrderRollups::createTable(const QSqlDatabase &db)
{
    // Derived data, so no foreign key: it would only cost a look-up per order written.
    sql::exec(db,
        QStringLiteral("CREATE TABLE customer_month ("
                       " month TEXT NOT NULL," // 'YYYY-MM'
                       " customer_id INTEGER NOT NULL,"
                       " sales INTEGER NOT NULL," // fen
                       " profit INTEGER NOT NULL," // fen
                       " orders INTEGER NOT NULL,"
                       " PRIMARY KEY (month, customer_id)) WITHOUT ROWID"));
}

void OrderRollups::createTriggers(const QSqlDatabase &db)
{
    sql::exec(db,
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS orders_month_insert AFTER INSERT ON orders BEGIN")
            + QLatin1String(AddNew) + QStringLiteral(" END"));
    sql::exec(db,
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS orders_month_delete AFTER DELETE ON orders BEGIN")
            + QLatin1String(RemoveOld) + QStringLiteral(" END"));
    sql::exec(db,
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS orders_month_update AFTER UPDATE OF date, customer_id, amount, cost"
            " ON orders BEGIN")
            + QLatin1String(RemoveOld) + QLatin1String(AddNew) + QStringLiteral(" END"));
}

void OrderRollups::dropTriggers(const QSqlDatabase &db)
{
    for (const char *name : { "orders_month_insert", "orders_month_delete", "orders_month_update" })
        sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name)));
}

void OrderRollups::rebuild(const QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("DELETE FROM customer_month"));
    sql::exec(db,
        QStringLiteral("INSERT INTO customer_month (month, customer_id, sales, profit, orders)"
                       " SELECT substr(date, 1, 7), customer_id, sum(amount), sum(amount - cost), count(*)"
                       " FROM orders GROUP BY 1, 2"));
}

namespace {

constexpr int RowsPerInsert = 64;

// "YYYY-MM" of a customer-month.
std::array<char, 7> monthText(const CustomerMonthSums::Sum &sum)
{
    const int year = sum.year();
    const int month = sum.month();
    return {char('0' + year / 1000 % 10), char('0' + year / 100 % 10), char('0' + year / 10 % 10), char('0' + year % 10),
            '-', char('0' + month / 10), char('0' + month % 10)};
}

QString insertStatement(int rows)
{
    QString sql = QStringLiteral("INSERT INTO customer_month (month, customer_id, sales, profit, orders) VALUES ");
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? QStringLiteral("(?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?)");
    return sql;
}

} // namespace

void OrderRollups::add(const QSqlDatabase &db, CustomerMonthSums &sums)
{
    sqlite3 *handle = SqliteStatement::handleOf(db);
    // Plain inserts of many rows a statement: a statement's own work (starting, opening the
    // table, seeking from its root) costs several times the insert of one row. A customer-month
    // that has a row already makes its statement fail; its rows then go one by one, updating.
    SqliteStatement many(handle, insertStatement(RowsPerInsert));
    SqliteStatement one(handle, insertStatement(1));
    SqliteStatement update(handle,
        "UPDATE customer_month SET sales = sales + ?, profit = profit + ?, orders = orders + ?"
        " WHERE month = ? AND customer_id = ?");
    const std::vector<CustomerMonthSums::Sum> sorted = sums.takeSorted(); // key order: rows land side by side
    std::vector<std::array<char, 7>> months(RowsPerInsert);
    auto bind = [](SqliteStatement &statement, const CustomerMonthSums::Sum &sum, const std::array<char, 7> &month) {
        statement.bindRequiredText(QByteArrayView(month.data(), 7))
            .bindInt(sum.customerId())
            .bindInt(sum.sales)
            .bindInt(sum.profit)
            .bindInt(sum.orders);
    };
    auto oneByOne = [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            const std::array<char, 7> month = monthText(sorted[i]);
            bind(one, sorted[i], month);
            if (one.run() == SqliteStatement::Step::Constraint)
                update.bindInt(sorted[i].sales).bindInt(sorted[i].profit).bindInt(sorted[i].orders)
                    .bindRequiredText(QByteArrayView(month.data(), 7))
                    .bindInt(sorted[i].customerId())
                    .run();
        }
    };
    size_t begin = 0;
    for (; begin + RowsPerInsert <= sorted.size(); begin += RowsPerInsert) {
        for (int row = 0; row < RowsPerInsert; ++row) {
            months[size_t(row)] = monthText(sorted[begin + size_t(row)]);
            bind(many, sorted[begin + size_t(row)], months[size_t(row)]);
        }
        if (many.run() == SqliteStatement::Step::Constraint)
            oneByOne(begin, begin + RowsPerInsert);
    }
    oneByOne(begin, sorted.size());
}

} // namespace kehu
