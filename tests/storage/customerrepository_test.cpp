#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/referencelistrepository.h"
#include "storage/storageerror.h"
#include "storage/transactionrepository.h"

#include "testsupport.h"

#include <QSqlQuery>

namespace kehu {
namespace {

class CustomerRepositoryTest : public test::TempFolderTest
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(path(QStringLiteral("k.sqlite")));
        lists = ReferenceListRepository(*db).load();
    }

    qint64 regionId(const char *name) const { return lists.findByName(ListKind::Region, QString::fromUtf8(name))->id; }
    qint64 centerId(const char *nameEn) const { return lists.findByName(ListKind::SalesCenter, QString::fromUtf8(nameEn))->id; }

    Customer sample(const QString &code, const QString &name) const
    {
        Customer c;
        c.code = code;
        c.name = name;
        c.regionId = regionId("华东");
        c.industryId = lists.findByName(ListKind::Industry, QStringLiteral("Laundry"))->id;
        c.phone = QStringLiteral("0512-6666 8888");
        c.customerSince = QDate(2019, 5, 1);
        c.annualSales = Money::fromFen(1234567);
        c.employees = 120;
        c.ownership = Ownership::Private;
        c.relationship = Relationship::Partnership;
        c.category = Category::Key;
        c.paymentTermsDays = 60;
        c.contacts = {{0, QStringLiteral("王伟"), QStringLiteral("采购经理"), ContactRole::Purchaser,
                       QStringLiteral("138 0000 1111"), QStringLiteral("wang@example.cn"), QStringLiteral("wx_wang")},
                      {0, QStringLiteral("李娜"), QStringLiteral("财务总监"), ContactRole::Finance, {}, {}, {}}};
        c.competitors = {{0, QStringLiteral("海狮洗涤机械"), QStringLiteral("价格低")}};
        return c;
    }

    std::unique_ptr<Database> db;
    ReferenceLists lists;
};

TEST_F(CustomerRepositoryTest, CreateThenLoadGivesTheSameFile)
{
    CustomerRepository repo(*db);
    Customer c = sample(QStringLiteral("C000001"), QStringLiteral("苏州华美洗涤有限公司"));
    repo.create(c);
    ASSERT_GT(c.id, 0);
    Customer loaded = repo.load(c.id);
    // Ids of children are assigned on save; compare everything else.
    for (auto &contact : loaded.contacts)
        contact.id = 0;
    for (auto &competitor : loaded.competitors)
        competitor.id = 0;
    EXPECT_EQ(loaded.createdAt.toSecsSinceEpoch(), c.createdAt.toSecsSinceEpoch());
    loaded.createdAt = c.createdAt;
    loaded.updatedAt = c.updatedAt;
    EXPECT_EQ(loaded, c);
    EXPECT_EQ(loaded.salesCenterId, centerId("Shanghai")); // followed the region
}

TEST_F(CustomerRepositoryTest, TakenCodeIsAConflictAndWritesNothing)
{
    CustomerRepository repo(*db);
    Customer a = sample(QStringLiteral("C1"), QStringLiteral("甲公司"));
    repo.create(a);
    Customer b = sample(QStringLiteral("C1"), QStringLiteral("乙公司"));
    try {
        repo.create(b);
        FAIL();
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Conflict);
        EXPECT_TRUE(e.message().contains(QStringLiteral("C1")));
    }
    EXPECT_EQ(repo.count(), 1);
}

TEST_F(CustomerRepositoryTest, InvalidFileIsRefusedAndWritesNothing)
{
    CustomerRepository repo(*db);
    Customer c = sample(QStringLiteral("C1"), QString());
    EXPECT_THROW(repo.create(c), StorageError);
    EXPECT_EQ(repo.count(), 0);
}

TEST_F(CustomerRepositoryTest, UpdateReplacesContactsAndCenterFollowsRegion)
{
    CustomerRepository repo(*db);
    Customer c = sample(QStringLiteral("C1"), QStringLiteral("甲公司"));
    repo.create(c);
    c.regionId = regionId("华北");
    c.contacts.erase(c.contacts.begin());
    repo.update(c);
    Customer loaded = repo.load(c.id);
    EXPECT_EQ(loaded.salesCenterId, centerId("Beijing"));
    ASSERT_EQ(loaded.contacts.size(), 1u);
    EXPECT_EQ(loaded.contacts[0].name, QStringLiteral("李娜"));

    // Set by hand, the center stays when the region moves.
    loaded.salesCenterManual = true;
    loaded.salesCenterId = centerId("Key accounts");
    repo.update(loaded);
    loaded.regionId = regionId("华南");
    repo.update(loaded);
    EXPECT_EQ(repo.load(c.id).salesCenterId, centerId("Key accounts"));
}

TEST_F(CustomerRepositoryTest, MovingARegionMovesItsCustomersButNotHandSetOnes)
{
    CustomerRepository repo(*db);
    Customer follows = sample(QStringLiteral("C1"), QStringLiteral("甲公司"));
    Customer byHand = sample(QStringLiteral("C2"), QStringLiteral("乙公司"));
    byHand.salesCenterManual = true;
    byHand.salesCenterId = centerId("Key accounts");
    repo.create(follows);
    repo.create(byHand);
    ListItem east = *lists.findByName(ListKind::Region, QStringLiteral("华东"));
    east.salesCenterId = centerId("Beijing");
    ReferenceListRepository(*db).update(ListKind::Region, east);
    EXPECT_EQ(repo.load(follows.id).salesCenterId, centerId("Beijing"));
    EXPECT_EQ(repo.load(byHand.id).salesCenterId, centerId("Key accounts"));
}

TEST_F(CustomerRepositoryTest, VerifyRecordsWhoAndWhen)
{
    CustomerRepository repo(*db);
    Customer c = sample(QStringLiteral("C1"), QStringLiteral("甲公司"));
    repo.create(c);
    const QDateTime at(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    repo.markVerified(c.id, QStringLiteral("客服中心 张敏"), at);
    const Customer loaded = repo.load(c.id);
    EXPECT_EQ(loaded.status, CustomerStatus::Verified);
    EXPECT_EQ(loaded.verifiedBy, QStringLiteral("客服中心 张敏"));
    EXPECT_EQ(loaded.verifiedAt.toUTC(), at);
    EXPECT_THROW(repo.markVerified(c.id, QStringLiteral(" "), at), StorageError);
}

TEST_F(CustomerRepositoryTest, ArchiveHidesFromActiveListAndRestoreBringsBack)
{
    CustomerRepository repo(*db);
    Customer c = sample(QStringLiteral("C1"), QStringLiteral("甲公司"));
    repo.create(c);
    repo.archive(c.id, QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(repo.load(c.id).isArchived());
    EXPECT_EQ(repo.count(false), 0);
    EXPECT_EQ(repo.count(true), 1);
    SummaryQuery active{Period::lastTwelveMonths(QDate::currentDate()), false, -1};
    EXPECT_TRUE(repo.summaries(active).empty());
    repo.restore(c.id);
    EXPECT_FALSE(repo.load(c.id).isArchived());
    EXPECT_EQ(repo.summaries(active).size(), 1u);
}

TEST_F(CustomerRepositoryTest, OnlyADraftWithoutOrdersCanBeDeleted)
{
    CustomerRepository repo(*db);
    TransactionRepository transactions(*db);
    Customer draft = sample(QStringLiteral("C1"), QStringLiteral("甲公司"));
    Customer withOrder = sample(QStringLiteral("C2"), QStringLiteral("乙公司"));
    Customer verified = sample(QStringLiteral("C3"), QStringLiteral("丙公司"));
    repo.create(draft);
    repo.create(withOrder);
    repo.create(verified);
    repo.markVerified(verified.id, QStringLiteral("张敏"), QDateTime::currentDateTimeUtc());
    Order order;
    order.orderNo = QStringLiteral("SO1");
    order.customerId = withOrder.id;
    order.date = QDate::currentDate();
    order.productModel = QStringLiteral("KH-W100");
    order.quantity = 1;
    transactions.addOrder(order);

    EXPECT_THROW(repo.remove(withOrder.id), StorageError);
    EXPECT_THROW(repo.remove(verified.id), StorageError);
    EXPECT_EQ(repo.count(), 3);
    repo.remove(draft.id);
    EXPECT_EQ(repo.count(), 2);
    QSqlQuery orphans(db->connection());
    orphans.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id = %1").arg(draft.id));
    orphans.next();
    EXPECT_EQ(orphans.value(0).toInt(), 0);
}

TEST_F(CustomerRepositoryTest, LikelyDuplicatesBySameNormalizedNameOrPhone)
{
    CustomerRepository repo(*db);
    Customer a = sample(QStringLiteral("C1"), QStringLiteral("Ｈｕａｘｉａ Laundry 有限公司"));
    a.phone = QStringLiteral("+86 512 6666 8888");
    repo.create(a);
    Customer b = sample(QStringLiteral("C2"), QStringLiteral("另一家公司"));
    b.phone = QString();
    b.contacts = {{0, QStringLiteral("赵强"), {}, ContactRole::Manager, QStringLiteral("139-1234-5678"), {}, {}}};
    repo.create(b);

    auto byName = repo.likelyDuplicates(QStringLiteral("huaxia laundry有限公司"), QString());
    ASSERT_EQ(byName.size(), 1u);
    EXPECT_EQ(byName[0].code, QStringLiteral("C1"));
    EXPECT_TRUE(byName[0].sameName);
    EXPECT_FALSE(byName[0].samePhone);

    auto byPhone = repo.likelyDuplicates(QStringLiteral("新公司"), QStringLiteral("0512-66668888"));
    ASSERT_EQ(byPhone.size(), 1u);
    EXPECT_EQ(byPhone[0].code, QStringLiteral("C1"));
    EXPECT_TRUE(byPhone[0].samePhone);

    auto byContactPhone = repo.likelyDuplicates(QStringLiteral("新公司"), QStringLiteral("13912345678"));
    ASSERT_EQ(byContactPhone.size(), 1u);
    EXPECT_EQ(byContactPhone[0].code, QStringLiteral("C2"));

    EXPECT_TRUE(repo.likelyDuplicates(QStringLiteral("Huaxia Laundry 有限公司"), QString(), a.id).empty());
    EXPECT_TRUE(repo.likelyDuplicates(QStringLiteral("全新公司"), QStringLiteral("010-1234 5678")).empty());
}

TEST_F(CustomerRepositoryTest, SummariesSumThePeriodPerCustomer)
{
    CustomerRepository repo(*db);
    TransactionRepository transactions(*db);
    Customer a = sample(QStringLiteral("C2"), QStringLiteral("乙公司"));
    Customer b = sample(QStringLiteral("C1"), QStringLiteral("甲公司"));
    repo.create(a);
    repo.create(b);
    int number = 0;
    auto addOrder = [&](qint64 customer, QDate date, qint64 amountFen, qint64 costFen) {
        Order o;
        o.orderNo = QStringLiteral("SO%1").arg(++number);
        o.customerId = customer;
        o.date = date;
        o.productModel = QStringLiteral("KH");
        o.quantity = 1;
        o.amount = Money::fromFen(amountFen);
        o.cost = Money::fromFen(costFen);
        transactions.addOrder(o);
    };
    const Period period{QDate(2026, 1, 1), QDate(2026, 6, 30)};
    addOrder(a.id, QDate(2026, 1, 1), 100000, 60000);   // in
    addOrder(a.id, QDate(2026, 6, 30), 50000, 55000);   // in, a loss
    addOrder(a.id, QDate(2025, 12, 31), 999900, 0);     // before
    addOrder(b.id, QDate(2026, 7, 1), 777700, 0);       // after

    const auto rows = repo.summaries({period, true, -1});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].code, QStringLiteral("C1")); // ordered by code
    EXPECT_EQ(rows[0].sales, Money());
    EXPECT_EQ(rows[1].sales, Money::fromFen(150000));
    EXPECT_EQ(rows[1].profit, Money::fromFen(35000));
    EXPECT_TRUE(rows[1].contactText.contains(QStringLiteral("138 0000 1111")));

    const auto first = repo.summaries({period, true, 1});
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].code, QStringLiteral("C1"));
}

TEST_F(CustomerRepositoryTest, AWriteWhileAnotherProgramWritesIsRefusedWhole)
{
    Database::Options quick;
    quick.busyTimeoutMs = 100;
    Database writer(path(QStringLiteral("k.sqlite")), quick);
    Database other(path(QStringLiteral("k.sqlite")));
    QSqlQuery hold(other.connection());
    ASSERT_TRUE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

    CustomerRepository repo(writer);
    Customer c = sample(QStringLiteral("C1"), QStringLiteral("甲公司"));
    try {
        repo.create(c);
        FAIL();
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Locked);
    }
    ASSERT_TRUE(hold.exec(QStringLiteral("ROLLBACK")));
    EXPECT_EQ(repo.count(), 0);
    repo.create(c); // and once the other program is done, the same write goes through
    EXPECT_EQ(repo.count(), 1);
}

TEST_F(CustomerRepositoryTest, StaleMonthsSettingIsKeptInTheDatabase)
{
    DatabaseSettings settings(*db);
    EXPECT_EQ(settings.staleMonths(), 12);
    settings.setStaleMonths(6);
    EXPECT_EQ(DatabaseSettings(*db).staleMonths(), 6);
    EXPECT_THROW(settings.setStaleMonths(0), StorageError);
    EXPECT_EQ(settings.staleMonths(), 6);
}

} // namespace
} // namespace kehu
