// The follow-up log, its cadence setting, the due rule over a database and the scorecard,
// on real SQLite files with hand-checked data.

#include "storage/complaintrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/followupagenda.h"
#include "storage/followuprepository.h"
#include "storage/followupsettings.h"
#include "storage/migrations.h"
#include "storage/referencelistrepository.h"
#include "storage/scorecardreader.h"
#include "storage/storageerror.h"
#include "storage/surveyrepository.h"
#include "storage/transactionrepository.h"

#include "testsupport.h"

#include <QSqlQuery>

namespace kehu {
namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// As of Wednesday 2026-11-25 (ISO week 11-23 … 11-29), the 12 months 2025-11-26 … 2026-11-25:
//   K1 王伟 order 1000, cost 500 → profit 500 → A; follow-up 2026-10-20 → due 11-19, 6 days
//      overdue (a follow-up logged for 2026-12-01 lies after the as-of day and is ignored)
//   K2 李娜 profit 300, 50 % before it → B; follow-up 09-01 with next 11-29 → due this week
//   K3 王伟 profit 200, 80 % before it → C; follow-up 2025-11-30 → due 2026-11-30: next week
//   K4 王伟 no orders → C; never followed up, created 2025-11-01 → due 2026-11-01, 24 days overdue
//   K5 李娜 archived, follow-up long ago → takes no part
class FollowUpStorageTest : public test::TempFolderTest
{
protected:
    void SetUp() override
    {
        file = path(QStringLiteral("followups.sqlite"));
        db = std::make_unique<Database>(file);
        ReferenceListRepository lists(*db);
        wang = lists.findOrAdd(ListKind::AccountManager, QStringLiteral("王伟"));
        li = lists.findOrAdd(ListKind::AccountManager, QStringLiteral("李娜"));
        this->lists = lists.load();
        k1 = addCustomer("K1", wang, 1000, 500);
        k2 = addCustomer("K2", li, 600, 300);
        k3 = addCustomer("K3", wang, 400, 200);
        k4 = addCustomer("K4", wang, 0, 0);
        k5 = addCustomer("K5", li, 0, 0);
        QSqlQuery created(db->connection());
        ASSERT_TRUE(created.exec(QStringLiteral("UPDATE customers SET created_at = '2025-11-01T04:00:00Z'")));
        log(k1, day(2026, 10, 20));
        log(k1, day(2026, 12, 1));
        log(k2, day(2026, 9, 1), day(2026, 11, 29));
        log(k3, day(2025, 11, 30));
        log(k5, day(2024, 1, 1));
        CustomerRepository(*db).archive(k5, QDateTime::currentDateTimeUtc());
    }

    qint64 addCustomer(const char *code, qint64 manager, qint64 amountYuan, qint64 costYuan)
    {
        Customer c;
        c.code = QString::fromLatin1(code);
        c.name = QStringLiteral("华美 ") + c.code;
        c.accountManagerId = manager;
        c.regionId = lists.findByName(ListKind::Region, QStringLiteral("华东"))->id;
        c.industryId = lists.findByName(ListKind::Industry, QStringLiteral("洗衣厂"))->id;
        c.contacts = {Contact{0, QStringLiteral("张伟"), {}, ContactRole::Purchaser, {}, {}, {}}};
        CustomerRepository(*db).create(c);
        if (amountYuan > 0) {
            Order o;
            o.customerId = c.id;
            o.orderNo = QStringLiteral("SO-") + c.code;
            o.date = day(2026, 6, 1);
            o.productModel = QStringLiteral("KH-W100");
            o.quantity = 1;
            o.amount = Money::fromFen(amountYuan * 100);
            o.cost = Money::fromFen(costYuan * 100);
            TransactionRepository(*db).addOrder(o);
        }
        return c.id;
    }

    FollowUp log(qint64 customer, QDate date, QDate next = {})
    {
        FollowUp f;
        f.customerId = customer;
        f.date = date;
        f.channel = FollowUpChannel::Visit;
        f.staff = QStringLiteral("王伟");
        f.contact = QStringLiteral("张伟");
        f.content = QStringLiteral("回访设备运行情况");
        f.outcome = QStringLiteral("客户满意");
        f.nextDate = next;
        FollowUpRepository(*db).add(f);
        return f;
    }

    QString file;
    std::unique_ptr<Database> db;
    ReferenceLists lists;
    qint64 wang = 0, li = 0, k1 = 0, k2 = 0, k3 = 0, k4 = 0, k5 = 0;
};

TEST_F(FollowUpStorageTest, RoundTripOnAReopenedFile)
{
    const FollowUp logged = log(k4, day(2026, 11, 20), day(2026, 12, 20));
    EXPECT_GT(logged.id, 0);
    EXPECT_TRUE(logged.createdAt.isValid());
    db.reset();
    Database reopened(file);
    const std::vector<FollowUp> history = FollowUpRepository(reopened).forCustomer(k4);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0], logged);
    EXPECT_EQ(history[0].channel, FollowUpChannel::Visit);
    EXPECT_EQ(history[0].contact, QStringLiteral("张伟"));
    EXPECT_EQ(history[0].outcome, QStringLiteral("客户满意"));
    EXPECT_EQ(history[0].nextDate, day(2026, 12, 20));
    EXPECT_EQ(FollowUpRepository(reopened).count(), 6);
}

TEST_F(FollowUpStorageTest, LogIsLatestFirst)
{
    const std::vector<FollowUp> history = FollowUpRepository(*db).forCustomer(k1);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].date, day(2026, 12, 1));
    EXPECT_EQ(history[1].date, day(2026, 10, 20));
}

TEST_F(FollowUpStorageTest, RefusesWhatCannotBeLoggedAndWritesNothing)
{
    FollowUp f;
    f.customerId = 9999;
    f.date = day(2026, 11, 20);
    f.staff = QStringLiteral("王伟");
    f.content = QStringLiteral("x");
    try {
        FollowUpRepository(*db).add(f);
        FAIL() << "an unknown customer was accepted";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::NotFound);
    }
    f.customerId = k1;
    f.nextDate = day(2026, 11, 19);
    try {
        FollowUpRepository(*db).add(f);
        FAIL() << "a next date before the date was accepted";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Refused);
        EXPECT_TRUE(error.message().contains(QStringLiteral("2026-11-19")));
    }
    f.customerId = k5;
    f.nextDate = {};
    EXPECT_THROW(FollowUpRepository(*db).add(f), StorageError); // archived
    EXPECT_EQ(FollowUpRepository(*db).count(), 5);
}

TEST_F(FollowUpStorageTest, CadenceSettingDefaultsAndEdits)
{
    EXPECT_EQ(FollowUpSettings(*db).cadence(), FollowUpCadence());
    FollowUpSettings(*db).setCadence(*FollowUpCadence::fromDays(14, 60, 180));
    db.reset();
    Database reopened(file);
    EXPECT_EQ(FollowUpSettings(reopened).cadence().days, (std::array<int, 3>{14, 60, 180}));
    FollowUpCadence bad;
    bad.days = {0, 60, 180};
    EXPECT_THROW(FollowUpSettings(reopened).setCadence(bad), StorageError);
    EXPECT_EQ(FollowUpSettings(reopened).cadence().days[0], 14);
}

TEST_F(FollowUpStorageTest, DueAndOverdueAsOfAFixedDay)
{
    const std::vector<FollowUpDue> due = FollowUpAgenda(*db).due(day(2026, 11, 25));
    QStringList lines;
    for (const FollowUpDue &d : due)
        lines << QStringLiteral("%1 %2 last %3 due %4 %5").arg(d.code, toKey(d.abcClass), d.last.toString(Qt::ISODate),
                                                               d.due.toString(Qt::ISODate)).arg(d.daysOverdue);
    EXPECT_EQ(lines, (QStringList{QStringLiteral("K4 C last  due 2026-11-01 24"),
                                  QStringLiteral("K1 A last 2026-10-20 due 2026-11-19 6"),
                                  QStringLiteral("K2 B last 2026-09-01 due 2026-11-29 0")}));
    EXPECT_EQ(due[0].accountManagerId, wang);
    EXPECT_EQ(due[2].accountManagerId, li);
    EXPECT_EQ(FollowUpAgenda(*db).due(day(2026, 11, 25), true).size(), 2u);

    const auto k3Due = FollowUpAgenda(*db).dueOf(k3, day(2026, 11, 25));
    ASSERT_TRUE(k3Due);
    EXPECT_EQ(k3Due->due, day(2026, 11, 30));
    EXPECT_FALSE(FollowUpAgenda(*db).dueOf(k5, day(2026, 11, 25))); // archived
}

TEST_F(FollowUpStorageTest, EditedCadenceMovesTheDueDates)
{
    FollowUpSettings(*db).setCadence(*FollowUpCadence::fromDays(30, 90, 400));
    // K4 created 2025-11-01 + 400 days = 2026-12-06: no longer due; K3 2025-11-30 + 400 = 2027-01-04.
    const std::vector<FollowUpDue> due = FollowUpAgenda(*db).due(day(2026, 11, 25));
    ASSERT_EQ(due.size(), 2u);
    EXPECT_EQ(due[0].code, QStringLiteral("K1"));
    EXPECT_EQ(due[1].code, QStringLiteral("K2"));
}

// Over 2025-11-26 … 2026-11-25 (365 days: A 12 due, B 4, C 1):
//   王伟: K1 A, K3 C, K4 C → sales 1400, profit 700, done 2 (K1 10-20, K3 2025-11-30), due 14,
//         overdue K1 and K4 → 2
//   李娜: K2 B → sales 600, profit 300, done 1, due 4, overdue 0 (K5 archived)
TEST_F(FollowUpStorageTest, ScorecardFiguresHandChecked)
{
    const std::vector<ScorecardRow> rows = ScorecardReader(*db).rows({day(2025, 11, 26), day(2026, 11, 25)});
    ASSERT_EQ(rows.size(), 2u);
    const ScorecardRow &w = rows[0];
    EXPECT_EQ(w.manager, QStringLiteral("王伟"));
    EXPECT_EQ(w.customers, 3);
    EXPECT_EQ(w.customersByClass, (std::array<int, 3>{1, 0, 2}));
    EXPECT_EQ(w.sales, Money::fromFen(140000));
    EXPECT_EQ(w.profit, Money::fromFen(70000));
    EXPECT_EQ(w.followUpsDone, 2);
    EXPECT_EQ(w.followUpsDue, 14);
    EXPECT_EQ(w.followUpsOverdue, 2);
    EXPECT_EQ(w.complaints, 0); // the database keeps complaints: none is a count, not unknown
    EXPECT_FALSE(w.meanResolutionHours);
    EXPECT_FALSE(w.meanSatisfaction);
    const ScorecardRow &l = rows[1];
    EXPECT_EQ(l.manager, QStringLiteral("李娜"));
    EXPECT_EQ(l.customers, 1);
    EXPECT_EQ(l.customersByClass, (std::array<int, 3>{0, 1, 0}));
    EXPECT_EQ(l.sales, Money::fromFen(60000));
    EXPECT_EQ(l.followUpsDone, 1);
    EXPECT_EQ(l.followUpsDue, 4);
    EXPECT_EQ(l.followUpsOverdue, 0);
}

// A complaint on K1 received in the period (still open) and one on K2 before it; K1 answered
// the default survey with every top score (satisfaction and loyalty 100), K3 with every lowest
// (0): 王伟 1 complaint, no resolution or reopen figures yet, satisfaction and loyalty 50;
// 李娜 0 complaints, no survey answers.
TEST_F(FollowUpStorageTest, ScorecardTakesComplaintsAndSurveys)
{
    ComplaintRepository complaints(*db);
    auto complaint = [&](const char *code, const char *when) {
        const QMap<QString, QString> fields{{QStringLiteral("channel"), QStringLiteral("phone")},
                                            {QStringLiteral("category"), QStringLiteral("quality")},
                                            {QStringLiteral("severity"), QStringLiteral("normal")},
                                            {QStringLiteral("description"), QStringLiteral("变压器异响")}};
        complaints.add(QString::fromLatin1(code),
                       {ComplaintStep::Add, QDateTime::fromString(QString::fromLatin1(when), Qt::ISODate),
                        QStringLiteral("王芳"), fields});
    };
    complaint("K1", "2026-03-01T09:00:00");
    complaint("K2", "2025-10-01T09:00:00");
    SurveyRepository surveys(*db);
    NewSurveyCampaign campaign;
    campaign.name = QStringLiteral("2026 年度满意度调查");
    campaign.year = 2026;
    campaign.customerIds = {k1, k3};
    const SurveyCampaign created = surveys.createCampaign(campaign);
    SurveyAnswers top;
    top.scores = {{QStringLiteral("quality"), 5}, {QStringLiteral("delivery"), 5}, {QStringLiteral("service"), 5},
                  {QStringLiteral("price"), 5}, {QStringLiteral("repurchase"), 5}, {QStringLiteral("recommend"), 10}};
    SurveyAnswers bottom;
    bottom.scores = {{QStringLiteral("quality"), 1}, {QStringLiteral("delivery"), 1}, {QStringLiteral("service"), 1},
                     {QStringLiteral("price"), 1}, {QStringLiteral("repurchase"), 1}, {QStringLiteral("recommend"), 0}};
    surveys.saveResponse(created.id, k1, top);
    surveys.saveResponse(created.id, k3, bottom);

    const std::vector<ScorecardRow> rows = ScorecardReader(*db).rows({day(2025, 11, 26), day(2026, 11, 25)});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].manager, QStringLiteral("王伟"));
    EXPECT_EQ(rows[0].complaints, 1);
    EXPECT_FALSE(rows[0].meanResolutionHours);
    EXPECT_FALSE(rows[0].reopenRate);
    ASSERT_TRUE(rows[0].meanSatisfaction);
    EXPECT_DOUBLE_EQ(*rows[0].meanSatisfaction, 50.0);
    ASSERT_TRUE(rows[0].meanLoyalty);
    EXPECT_DOUBLE_EQ(*rows[0].meanLoyalty, 50.0);
    EXPECT_EQ(rows[1].complaints, 0);
    EXPECT_FALSE(rows[1].meanSatisfaction);
}

TEST_F(FollowUpStorageTest, MigrationCreatesTheTableAndIndex)
{
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE tbl_name = 'follow_ups' ORDER BY name")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("follow_ups"), QStringLiteral("follow_ups_customer_date")}));
    EXPECT_EQ(db->schemaVersion(), Migrations::latestVersion());
}

TEST_F(FollowUpStorageTest, DeletingADraftCustomerTakesItsFollowUps)
{
    Customer draft;
    draft.code = QStringLiteral("K9");
    draft.name = QStringLiteral("草稿客户");
    draft.regionId = lists.regions.front().id;
    draft.industryId = lists.industries.front().id;
    CustomerRepository(*db).create(draft);
    log(draft.id, day(2026, 11, 1));
    CustomerRepository(*db).remove(draft.id);
    EXPECT_TRUE(FollowUpRepository(*db).forCustomer(draft.id).empty());
}

} // namespace
} // namespace kehu
