#include "storage/customerrepository.h"
#include "storage/customervaluerepository.h"
#include "storage/database.h"
#include "storage/referencelistrepository.h"
#include "storage/transactionrepository.h"

#include "testsupport.h"

#include <QSqlQuery>

namespace kehu {
namespace {

class CustomerValueRepositoryTest : public test::TempFolderTest
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(path(QStringLiteral("k.sqlite")));
        wang = ReferenceListRepository(*db).findOrAdd(ListKind::AccountManager, QStringLiteral("王伟"));
        li = ReferenceListRepository(*db).findOrAdd(ListKind::AccountManager, QStringLiteral("李娜"));
        lists = ReferenceListRepository(*db).load();
    }

    qint64 listId(ListKind kind, const char *name) const { return lists.findByName(kind, QString::fromUtf8(name))->id; }

    qint64 addCustomer(const char *code, const char *region, const char *industry, qint64 manager)
    {
        Customer c;
        c.code = QString::fromUtf8(code);
        c.name = QStringLiteral("客户 ") + c.code;
        c.regionId = listId(ListKind::Region, region);
        c.industryId = listId(ListKind::Industry, industry);
        c.accountManagerId = manager;
        CustomerRepository(*db).create(c);
        return c.id;
    }

    void addOrder(qint64 customerId, QDate date, qint64 amountFen, qint64 costFen)
    {
        Order o;
        o.customerId = customerId;
        o.orderNo = QStringLiteral("SO-%1").arg(++orderNumber);
        o.date = date;
        o.productModel = QStringLiteral("KH-W100");
        o.quantity = 1;
        o.amount = Money::fromFen(amountFen);
        o.cost = Money::fromFen(costFen);
        TransactionRepository(*db).addOrder(o);
    }

    std::vector<CustomerValue> valuesOf(CustomerValueQuery query) const
    {
        return CustomerValueRepository(*db).values(query);
    }

    static QStringList codes(const std::vector<CustomerValue> &values)
    {
        QStringList list;
        for (const CustomerValue &v : values)
            list << v.code;
        return list;
    }

    std::unique_ptr<Database> db;
    ReferenceLists lists;
    qint64 wang = 0;
    qint64 li = 0;
    int orderNumber = 0;
    const Period year { QDate(2026, 1, 1), QDate(2026, 12, 31) };
};

// Orders on the day before, the first day, the last day and the day after the period:
// only the two inside count. Profit is amount − cost, losses included.
TEST_F(CustomerValueRepositoryTest, PeriodBoundsAreInclusive)
{
    const qint64 id = addCustomer("V1", "华东", "酒店", wang);
    addOrder(id, QDate(2025, 12, 31), 1000'00, 0);
    addOrder(id, QDate(2026, 1, 1), 300'00, 100'00);
    addOrder(id, QDate(2026, 12, 31), 200'00, 250'00);
    addOrder(id, QDate(2027, 1, 1), 5000'00, 0);

    const auto values = valuesOf({ year, {}, {}, {}, {} });
    ASSERT_EQ(values.size(), 1u);
    EXPECT_EQ(values[0].sales, Money::fromFen(500'00));
    EXPECT_EQ(values[0].profit, Money::fromFen(150'00)); // 200 − 50
    EXPECT_EQ(values[0].regionId, listId(ListKind::Region, "华东"));
    EXPECT_EQ(values[0].salesCenterId, listId(ListKind::SalesCenter, "Shanghai"));
    EXPECT_EQ(values[0].accountManagerId, wang);
}

// Everyone not archived takes part, with or without orders; archived customers never do,
// even with orders in the period.
TEST_F(CustomerValueRepositoryTest, ArchivedCustomersAreLeftOutAndCustomersWithoutOrdersAreZero)
{
    const qint64 active = addCustomer("V1", "华东", "酒店", wang);
    addCustomer("V2", "华东", "酒店", wang);
    const qint64 archived = addCustomer("V3", "华东", "酒店", wang);
    addOrder(active, QDate(2026, 6, 1), 100'00, 40'00);
    addOrder(archived, QDate(2026, 6, 1), 900'00, 0);
    CustomerRepository(*db).archive(archived, QDateTime::currentDateTime());

    const auto values = valuesOf({ year, {}, {}, {}, {} });
    EXPECT_EQ(codes(values), (QStringList { QStringLiteral("V1"), QStringLiteral("V2") }));
    EXPECT_EQ(values[1].sales, Money());
    EXPECT_EQ(values[1].profit, Money());
}

// Filters keep customers matching every non-empty list; within a list any id matches.
TEST_F(CustomerValueRepositoryTest, FiltersByRegionIndustryCenterAndManager)
{
    addCustomer("E1", "华东", "酒店", wang); // Shanghai center
    addCustomer("E2", "华东", "医院", li); // Shanghai center
    addCustomer("N1", "华北", "酒店", wang); // Beijing center
    addCustomer("S1", "华南", "铁路", li); // Shanghai center
    auto query = [&](std::vector<qint64> regions, std::vector<qint64> industries, std::vector<qint64> centers,
                     std::vector<qint64> managers) {
        return codes(valuesOf({ year, regions, industries, centers, managers })).join(u' ');
    };
    const qint64 east = listId(ListKind::Region, "华东");
    const qint64 south = listId(ListKind::Region, "华南");
    const qint64 hotel = listId(ListKind::Industry, "酒店");
    const qint64 shanghai = listId(ListKind::SalesCenter, "Shanghai");
    EXPECT_EQ(query({ east }, {}, {}, {}), QStringLiteral("E1 E2"));
    EXPECT_EQ(query({ east, south }, {}, {}, {}), QStringLiteral("E1 E2 S1"));
    EXPECT_EQ(query({}, { hotel }, {}, {}), QStringLiteral("E1 N1"));
    EXPECT_EQ(query({}, {}, { shanghai }, {}), QStringLiteral("E1 E2 S1"));
    EXPECT_EQ(query({}, {}, {}, { li }), QStringLiteral("E2 S1"));
    EXPECT_EQ(query({}, { hotel }, { shanghai }, { wang }), QStringLiteral("E1"));
    EXPECT_EQ(query({ south }, { hotel }, {}, {}), QString());
}

// The period's orders are read through the covering date index (migration 3), never the table.
TEST_F(CustomerValueRepositoryTest, ReadsOrdersThroughTheCoveringDateIndex)
{
    QSqlQuery plan(db->connection());
    ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT customer_id, amount, cost FROM orders WHERE date "
                                         "BETWEEN '2026-01-01' AND '2026-12-31'")));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString();
    EXPECT_TRUE(detail.contains(QStringLiteral("COVERING INDEX orders_date_customer"))) << detail.toStdString();
}

} // namespace
} // namespace kehu
