#include "storage/customerrepository.h"
#include "storage/customervaluerepository.h"
#include "storage/database.h"
#include "storage/demodatagenerator.h"
#include "storage/referencelistrepository.h"
#include "storage/transactionrepository.h"

#include "testsupport.h"

#include <QSqlQuery>

#include <map>
#include <random>

namespace kehu {
namespace {

class OrderRollupsTest : public test::TempFolderTest
{
protected:
    static void exec(const Database &db, const QString &statement)
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
    }

    // "month customer sales profit orders" lines, from the rollups or summed from orders.
    static QStringList rows(const Database &db, const QString &statement)
    {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(statement));
        QStringList lines;
        while (q.next())
            lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString());
        return lines;
    }

    static void expectRollupsMatchOrders(const Database &db)
    {
        const QStringList rollups = rows(db,
            QStringLiteral("SELECT month, customer_id, sales, profit, orders"
                           " FROM customer_month ORDER BY 1, 2"));
        const QStringList sums = rows(db,
            QStringLiteral("SELECT substr(date, 1, 7), customer_id, sum(amount),"
                           " sum(amount - cost), count(*) FROM orders GROUP BY 1, 2"
                           " ORDER BY 1, 2"));
        EXPECT_EQ(rollups, sums);
    }

    static qint64 addCustomer(const Database &db, const QString &code)
    {
        const ReferenceLists lists = ReferenceListRepository(db).load();
        Customer c;
        c.code = code;
        c.name = QStringLiteral("客户 ") + code;
        c.regionId = lists.regions.front().id;
        c.industryId = lists.industries.front().id;
        CustomerRepository(db).create(c);
        return c.id;
    }

    void addOrder(const Database &db, qint64 customerId, QDate date, qint64 amount, qint64 cost)
    {
        Order o;
        o.customerId = customerId;
        o.orderNo = QStringLiteral("SO-%1").arg(++orderNumber);
        o.date = date;
        o.productModel = QStringLiteral("KH-W100");
        o.quantity = 1;
        o.amount = Money::fromFen(amount);
        o.cost = Money::fromFen(cost);
        TransactionRepository(db).addOrder(o);
    }

    int orderNumber = 0;
};

TEST_F(OrderRollupsTest, FollowInsertsUpdatesAndDeletesOfOrders)
{
    Database db(path(QStringLiteral("k.sqlite")));
    const qint64 a = addCustomer(db, QStringLiteral("R1"));
    const qint64 b = addCustomer(db, QStringLiteral("R2"));
    addOrder(db, a, QDate(2026, 1, 31), 1000, 600);
    addOrder(db, a, QDate(2026, 1, 1), 500, 700);
    addOrder(db, a, QDate(2026, 2, 1), 300, 100);
    addOrder(db, b, QDate(2026, 1, 15), 200, 50);
    expectRollupsMatchOrders(db);
    EXPECT_EQ(rows(db,
                  QStringLiteral("SELECT month, customer_id, sales, profit, orders FROM customer_month"
                                 " WHERE customer_id = %1 AND month = '2026-01'")
                      .arg(a)),
        QStringList { QStringLiteral("2026-01 %1 1500 200 2").arg(a) });

    exec(db, QStringLiteral("UPDATE orders SET date = '2026-03-05' WHERE order_no = 'SO-1'")); // to another month
    expectRollupsMatchOrders(db);
    exec(db, QStringLiteral("UPDATE orders SET customer_id = %1 WHERE order_no = 'SO-3'").arg(b)); // another customer
    expectRollupsMatchOrders(db);
    exec(db, QStringLiteral("UPDATE orders SET amount = 900, cost = 950 WHERE order_no = 'SO-2'"));
    expectRollupsMatchOrders(db);
    exec(db, QStringLiteral("UPDATE orders SET product_model = 'KH-X' WHERE order_no = 'SO-4'")); // no sums change
    expectRollupsMatchOrders(db);
    exec(db, QStringLiteral("DELETE FROM orders WHERE order_no = 'SO-4'"));
    expectRollupsMatchOrders(db);
    // A customer-month whose last order goes leaves no row behind.
    exec(db, QStringLiteral("DELETE FROM orders WHERE order_no = 'SO-2'"));
    expectRollupsMatchOrders(db);
    EXPECT_EQ(rows(db,
                  QStringLiteral("SELECT month, customer_id, sales, profit, orders FROM customer_month"
                                 " WHERE customer_id = %1")
                      .arg(a)),
        QStringList { QStringLiteral("2026-03 %1 1000 400 1").arg(a) });
}

TEST_F(OrderRollupsTest, MigrationFillsThemFromExistingOrders)
{
    const QString file = path(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 4;
        Database old(file, options);
        const qint64 a = addCustomer(old, QStringLiteral("R1"));
        addOrder(old, a, QDate(2025, 12, 31), 1000, 600);
        addOrder(old, a, QDate(2025, 12, 1), 200, 300);
        addOrder(old, a, QDate(2026, 1, 1), 700, 100);
    }
    Database db(file);
    EXPECT_EQ(rows(db,
                  QStringLiteral("SELECT month, customer_id, sales, profit, orders FROM customer_month"
                                 " ORDER BY 1"))
                  .size(),
        2);
    expectRollupsMatchOrders(db);
    addOrder(db, 1, QDate(2026, 1, 2), 50, 10); // the triggers are in place after the upgrade
    expectRollupsMatchOrders(db);
}

TEST_F(OrderRollupsTest, DemoDataRebuildsThemAndLeavesTheTriggers)
{
    Database db(path(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::generate(db, { 60, 900, 7, QDate(2026, 11, 23), {} });
    expectRollupsMatchOrders(db);
    addOrder(db, 1, QDate(2026, 11, 23), 12345, 345);
    expectRollupsMatchOrders(db);
}

// Periods that start and end anywhere in a month: whole months come from the rollups, the
// days around them from orders; the sums must equal summing the orders directly.
TEST_F(OrderRollupsTest, CustomerValuesOverAnyPeriodEqualDirectSums)
{
    Database db(path(QStringLiteral("k.sqlite")));
    std::mt19937 random(5);
    std::vector<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids.push_back(addCustomer(db, QStringLiteral("R%1").arg(i)));
    const QDate start(2025, 1, 1);
    for (int i = 0; i < 300; ++i) {
        addOrder(db, ids[random() % ids.size()], start.addDays(random() % 730), qint64(random() % 100000),
            qint64(random() % 100000));
    }
    for (int round = 0; round < 60; ++round) {
        const QDate from = start.addDays(random() % 730 - 20);
        const QDate to = round % 5 == 0 ? from.addDays(random() % 20) : from.addDays(random() % 500);
        std::map<qint64, std::pair<qint64, qint64>> expected;
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT customer_id, sum(amount), sum(amount - cost) FROM orders"
                                          " WHERE date BETWEEN '%1' AND '%2' GROUP BY 1")
                               .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));
        while (q.next())
            expected[q.value(0).toLongLong()] = { q.value(1).toLongLong(), q.value(2).toLongLong() };
        CustomerValueQuery query;
        query.period = { from, to };
        for (const CustomerValue &value : CustomerValueRepository(db).values(query)) {
            const auto sums = expected[value.id];
            EXPECT_EQ(value.sales.fen(), sums.first)
                << from.toString().toStdString() << " " << to.toString().toStdString();
            EXPECT_EQ(value.profit.fen(), sums.second);
        }
    }
}

} // namespace
} // namespace kehu
