#include "orderrollups.h"

#include "sqlsupport.h"

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

} // namespace kehu
