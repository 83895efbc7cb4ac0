#pragma once

#include <QSqlDatabase>

namespace kehu {

class CustomerMonthSums;

// Keeps customer_month — sales, profit and order count per customer and calendar month — equal
// to the sums over orders, so the ABC rule reads a year as one row per customer and month
// instead of one per order. Triggers on orders maintain it on every insert, update and delete;
// bulk writers drop them, write, and then rebuild once (demo data) or add the sums of the new
// orders (an import), which is ten times faster than a trigger per row. Every function runs in
// the caller's transaction.
class OrderRollups
{
public:
    static void createTable(const QSqlDatabase &db);
    static void createTriggers(const QSqlDatabase &db);
    static void dropTriggers(const QSqlDatabase &db);
    // Recomputes every row from orders.
    static void rebuild(const QSqlDatabase &db);
    // Adds sums of orders written while the triggers were dropped (new orders only: an update
    // of an order needs its old values taken out, which rebuild() does). Empties `sums`.
    static void add(const QSqlDatabase &db, CustomerMonthSums &sums);
};

} // namespace kehu
