#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/demodatagenerator.h"
#include "storage/storageerror.h"

#include "testsupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace kehu {
namespace {

class DemoDataGeneratorTest : public test::TempFolderTest
{
};

qint64 scalar(const Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    q.exec(statement);
    q.next();
    return q.value(0).toLongLong();
}

TEST_F(DemoDataGeneratorTest, WritesTheRequestedCountsWithIntegrity)
{
    Database db(path(QStringLiteral("demo.sqlite")));
    const auto result = DemoDataGenerator::generate(db, {400, 4000, 42, QDate(2026, 11, 23), {}});
    EXPECT_EQ(result.customers, 400);
    EXPECT_EQ(result.orders, 4000);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM customers")), 400);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM orders")), 4000);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM payments")), result.payments);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")), result.contacts);
    EXPECT_TRUE(db.check().isEmpty());
    // Some orders lose money, and sales are heavy-tailed: the top 20 % hold well over half.
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM orders WHERE cost > amount")), 0);
    const auto rows = CustomerRepository(db).summaries({{QDate(2023, 1, 1), QDate(2026, 11, 23)}, true, -1});
    std::vector<qint64> sales;
    for (const auto &row : rows)
        sales.push_back(row.sales.fen());
    std::sort(sales.rbegin(), sales.rend());
    qint64 total = 0, top = 0;
    for (size_t i = 0; i < sales.size(); ++i) {
        total += sales[i];
        if (i < sales.size() / 5)
            top += sales[i];
    }
    EXPECT_GT(double(top) / double(total), 0.5);
}

TEST_F(DemoDataGeneratorTest, SameSeedSameData)
{
    Database a(path(QStringLiteral("a.sqlite")));
    Database b(path(QStringLiteral("b.sqlite")));
    DemoDataGenerator::generate(a, {50, 300, 7, QDate(2026, 11, 23), {}});
    DemoDataGenerator::generate(b, {50, 300, 7, QDate(2026, 11, 23), {}});
    const QString digest = QStringLiteral(
            "SELECT group_concat(code || name || region_id, ',') FROM (SELECT * FROM customers ORDER BY id)");
    QSqlQuery qa(a.connection()), qb(b.connection());
    qa.exec(digest);
    qb.exec(digest);
    qa.next();
    qb.next();
    EXPECT_EQ(qa.value(0).toString(), qb.value(0).toString());
    EXPECT_EQ(scalar(a, QStringLiteral("SELECT sum(amount) FROM orders")), scalar(b, QStringLiteral("SELECT sum(amount) FROM orders")));
}

TEST_F(DemoDataGeneratorTest, RefusesADatabaseThatHasCustomers)
{
    Database db(path(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::generate(db, {10, 20, 1, {}, {}});
    EXPECT_THROW(DemoDataGenerator::generate(db, {10, 20, 2, {}, {}}), StorageError);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM customers")), 10);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM orders")), 20);
}

} // namespace
} // namespace kehu
