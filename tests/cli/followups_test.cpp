// `kehu-cli followups …` and `kehu-cli scorecard` through the real binary on hand-made files.

#include "clitest.h"

#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/followuprepository.h"
#include "storage/referencelistrepository.h"
#include "storage/transactionrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace kehu::test {
namespace {

// As of Wednesday 2026-11-25 (the data of tests/storage/followups_test.cpp):
//   K1 王伟 profit 500 → A; follow-up 2026-10-20 → due 11-19, 6 days overdue
//   K2 李娜 profit 300 → B; follow-up 09-01 with next 11-29 → due this week
//   K3 王伟 profit 200 → C; follow-up 2025-11-30 → due 2026-11-30: next week, not listed
//   K4 王伟 no orders → C; never, created 2025-11-01 → due 2026-11-01, 24 days overdue
class FollowUpsCliTest : public CliTest
{
protected:
    void SetUp() override
    {
        file = path(QStringLiteral("followups.sqlite"));
        Database db(file);
        ReferenceListRepository listRepository(db);
        const qint64 wang = listRepository.findOrAdd(ListKind::AccountManager, QStringLiteral("王伟"));
        const qint64 li = listRepository.findOrAdd(ListKind::AccountManager, QStringLiteral("李娜"));
        const ReferenceLists lists = listRepository.load();
        auto add = [&](const char *code, qint64 manager, qint64 amount, qint64 cost) {
            Customer c;
            c.code = QString::fromLatin1(code);
            c.name = QStringLiteral("华美 ") + c.code;
            c.accountManagerId = manager;
            c.regionId = lists.findByName(ListKind::Region, QStringLiteral("华东"))->id;
            c.industryId = lists.findByName(ListKind::Industry, QStringLiteral("洗衣厂"))->id;
            c.contacts = {Contact{0, QStringLiteral("张伟"), {}, ContactRole::Purchaser, {}, {}, {}}};
            CustomerRepository(db).create(c);
            if (amount > 0) {
                Order o;
                o.customerId = c.id;
                o.orderNo = QStringLiteral("SO-") + c.code;
                o.date = QDate(2026, 6, 1);
                o.productModel = QStringLiteral("KH-W100");
                o.quantity = 1;
                o.amount = Money::fromFen(amount * 100);
                o.cost = Money::fromFen(cost * 100);
                TransactionRepository(db).addOrder(o);
            }
            return c.id;
        };
        auto log = [&](qint64 customer, QDate date, QDate next = {}) {
            FollowUp f;
            f.customerId = customer;
            f.date = date;
            f.staff = QStringLiteral("王伟");
            f.content = QStringLiteral("回访");
            f.nextDate = next;
            FollowUpRepository(db).add(f);
        };
        const qint64 k1 = add("K1", wang, 1000, 500);
        const qint64 k2 = add("K2", li, 600, 300);
        const qint64 k3 = add("K3", wang, 400, 200);
        add("K4", wang, 0, 0);
        QSqlQuery created(db.connection());
        ASSERT_TRUE(created.exec(QStringLiteral("UPDATE customers SET created_at = '2025-11-01T04:00:00Z'")));
        log(k1, QDate(2026, 10, 20));
        log(k2, QDate(2026, 9, 1), QDate(2026, 11, 29));
        log(k3, QDate(2025, 11, 30));
    }

    CliRun followups(const QStringList &arguments) const
    {
        return run(QStringList{QStringLiteral("--db"), file, QStringLiteral("followups")} + arguments);
    }

    static QJsonDocument parse(const CliRun &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
        return document;
    }

    QString file;
};

TEST_F(FollowUpsCliTest, ListDueAsOfAFixedDayAsJson)
{
    const CliRun result = followups({QStringLiteral("list"), QStringLiteral("--as-of"), QStringLiteral("2026-11-25"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    const QJsonArray rows = parse(result).array();
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject k4 = rows[0].toObject();
    EXPECT_EQ(k4.value(QStringLiteral("code")).toString(), QStringLiteral("K4"));
    EXPECT_EQ(k4.value(QStringLiteral("name")).toString(), QStringLiteral("华美 K4"));
    EXPECT_EQ(k4.value(QStringLiteral("manager")).toString(), QStringLiteral("王伟"));
    EXPECT_EQ(k4.value(QStringLiteral("class")).toString(), QStringLiteral("C"));
    EXPECT_TRUE(k4.value(QStringLiteral("last")).isNull());
    EXPECT_EQ(k4.value(QStringLiteral("due")).toString(), QStringLiteral("2026-11-01"));
    EXPECT_EQ(k4.value(QStringLiteral("days_overdue")).toInt(), 24);
    EXPECT_TRUE(k4.value(QStringLiteral("overdue")).toBool());
    const QJsonObject k1 = rows[1].toObject();
    EXPECT_EQ(k1.value(QStringLiteral("code")).toString(), QStringLiteral("K1"));
    EXPECT_EQ(k1.value(QStringLiteral("class")).toString(), QStringLiteral("A"));
    EXPECT_EQ(k1.value(QStringLiteral("last")).toString(), QStringLiteral("2026-10-20"));
    EXPECT_EQ(k1.value(QStringLiteral("due")).toString(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(k1.value(QStringLiteral("days_overdue")).toInt(), 6);
    const QJsonObject k2 = rows[2].toObject();
    EXPECT_EQ(k2.value(QStringLiteral("code")).toString(), QStringLiteral("K2"));
    EXPECT_EQ(k2.value(QStringLiteral("due")).toString(), QStringLiteral("2026-11-29"));
    EXPECT_EQ(k2.value(QStringLiteral("days_overdue")).toInt(), 0);
    EXPECT_FALSE(k2.value(QStringLiteral("overdue")).toBool());
}

TEST_F(FollowUpsCliTest, OverdueAndManagerFilters)
{
    const QStringList asOf{QStringLiteral("list"), QStringLiteral("--as-of"), QStringLiteral("2026-11-25"),
                           QStringLiteral("--format"), QStringLiteral("csv")};
    const CliRun overdue = followups(asOf + QStringList{QStringLiteral("--overdue")});
    ASSERT_EQ(overdue.exitCode, 0);
    EXPECT_EQ(overdue.outText(), QStringLiteral("code,name,manager,class,last,due,days_overdue,overdue\r\n"
                                                "K4,华美 K4,王伟,C,,2026-11-01,24,true\r\n"
                                                "K1,华美 K1,王伟,A,2026-10-20,2026-11-19,6,true\r\n"));
    const CliRun li = followups(asOf + QStringList{QStringLiteral("--manager"), QStringLiteral("李娜")});
    ASSERT_EQ(li.exitCode, 0);
    EXPECT_EQ(li.outText(), QStringLiteral("code,name,manager,class,last,due,days_overdue,overdue\r\n"
                                           "K2,华美 K2,李娜,B,2026-09-01,2026-11-29,0,false\r\n"));
    const CliRun unknown = followups(asOf + QStringList{QStringLiteral("--manager"), QStringLiteral("赵磊")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("王伟"))) << unknown.errText().toStdString();
    const CliRun badDate = followups({QStringLiteral("list"), QStringLiteral("--as-of"), QStringLiteral("25.11.2026")});
    EXPECT_EQ(badDate.exitCode, 2);
}

TEST_F(FollowUpsCliTest, AddLogsAndTheListMoves)
{
    qputenv("USER", "zhaolei");
    const CliRun added = followups({QStringLiteral("add"), QStringLiteral("--customer"), QStringLiteral("K4"),
                                    QStringLiteral("--date"), QStringLiteral("2026-11-24"), QStringLiteral("--channel"),
                                    QStringLiteral("visit"), QStringLiteral("--contact"), QStringLiteral("张伟"),
                                    QStringLiteral("--content"), QStringLiteral("设备巡检"), QStringLiteral("--outcome"),
                                    QStringLiteral("运行正常"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    EXPECT_TRUE(added.err.isEmpty()) << added.errText().toStdString(); // 张伟 is a contact of K4
    const QJsonObject object = parse(added).object();
    EXPECT_EQ(object.value(QStringLiteral("customer")).toString(), QStringLiteral("K4"));
    EXPECT_EQ(object.value(QStringLiteral("staff")).toString(), QStringLiteral("zhaolei"));
    EXPECT_EQ(object.value(QStringLiteral("channel")).toString(), QStringLiteral("visit"));
    EXPECT_TRUE(object.value(QStringLiteral("next")).isNull());
    EXPECT_EQ(countRows(file, QStringLiteral("follow_ups")), 4);

    // K4 (C) is now due 2026-11-24 + 365 days = 2027-11-24: off the list.
    const CliRun list = followups({QStringLiteral("list"), QStringLiteral("--as-of"), QStringLiteral("2026-11-25"),
                                   QStringLiteral("--overdue"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(list.exitCode, 0);
    ASSERT_EQ(parse(list).array().size(), 1);
    EXPECT_EQ(parse(list).array()[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("K1"));

    const CliRun show = followups({QStringLiteral("show"), QStringLiteral("K4"), QStringLiteral("--as-of"),
                                   QStringLiteral("2026-11-25"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(show.exitCode, 0);
    const QJsonObject log = parse(show).object();
    EXPECT_EQ(log.value(QStringLiteral("last")).toString(), QStringLiteral("2026-11-24"));
    EXPECT_EQ(log.value(QStringLiteral("due")).toString(), QStringLiteral("2027-11-24"));
    EXPECT_FALSE(log.value(QStringLiteral("overdue")).toBool());
    const QJsonArray entries = log.value(QStringLiteral("follow_ups")).toArray();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("运行正常"));
}

TEST_F(FollowUpsCliTest, AContactNotOnFileIsLoggedWithANote)
{
    const CliRun added = followups({QStringLiteral("add"), QStringLiteral("--customer"), QStringLiteral("K1"),
                                    QStringLiteral("--date"), QStringLiteral("2026-11-24"), QStringLiteral("--channel"),
                                    QStringLiteral("phone"), QStringLiteral("--staff"), QStringLiteral("王伟"),
                                    QStringLiteral("--contact"), QStringLiteral("前台"), QStringLiteral("--content"),
                                    QStringLiteral("约拜访时间"), QStringLiteral("--next"), QStringLiteral("2026-12-01")});
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    EXPECT_TRUE(added.errText().contains(QStringLiteral("前台"))) << added.errText().toStdString();
    EXPECT_TRUE(added.outText().contains(QStringLiteral("2026-12-01")));
    EXPECT_EQ(countRows(file, QStringLiteral("follow_ups")), 4);
}

TEST_F(FollowUpsCliTest, AddRefusesBadInputAndWritesNothing)
{
    const QStringList base{QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2026-11-24"),
                           QStringLiteral("--channel"), QStringLiteral("phone"), QStringLiteral("--staff"),
                           QStringLiteral("王伟"), QStringLiteral("--content"), QStringLiteral("x")};
    const CliRun unknown = followups(base + QStringList{QStringLiteral("--customer"), QStringLiteral("NOPE")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("NOPE")));
    const CliRun early = followups(base + QStringList{QStringLiteral("--customer"), QStringLiteral("K1"),
                                                      QStringLiteral("--next"), QStringLiteral("2026-11-23")});
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(early.errText().contains(QStringLiteral("2026-11-23"))) << early.errText().toStdString();
    const CliRun channel = followups({QStringLiteral("add"), QStringLiteral("--customer"), QStringLiteral("K1"),
                                      QStringLiteral("--date"), QStringLiteral("2026-11-24"), QStringLiteral("--channel"),
                                      QStringLiteral("email"), QStringLiteral("--content"), QStringLiteral("x")});
    EXPECT_EQ(channel.exitCode, 2);
    const CliRun missing = followups({QStringLiteral("add"), QStringLiteral("--customer"), QStringLiteral("K1"),
                                      QStringLiteral("--date"), QStringLiteral("2026-11-24"), QStringLiteral("--channel"),
                                      QStringLiteral("phone")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.errText().contains(QStringLiteral("--content")));
    EXPECT_EQ(countRows(file, QStringLiteral("follow_ups")), 3);
}

TEST_F(FollowUpsCliTest, CadenceShowsAndChanges)
{
    const CliRun shown = followups({QStringLiteral("cadence"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_EQ(shown.outText().trimmed(), QStringLiteral("{\"A\":30,\"B\":90,\"C\":365}"));
    const CliRun changed = followups({QStringLiteral("cadence"), QStringLiteral("--c"), QStringLiteral("400"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(changed.exitCode, 0);
    EXPECT_EQ(changed.outText().trimmed(), QStringLiteral("{\"A\":30,\"B\":90,\"C\":400}"));
    // K4 is now due 2025-11-01 + 400 days = 2026-12-06: no longer overdue.
    const CliRun overdue = followups({QStringLiteral("list"), QStringLiteral("--as-of"), QStringLiteral("2026-11-25"),
                                      QStringLiteral("--overdue"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(parse(overdue).array().size(), 1);
    EXPECT_EQ(followups({QStringLiteral("cadence"), QStringLiteral("--a"), QStringLiteral("0")}).exitCode, 2);
}

// Over 2025-11-26 … 2026-11-25 (365 days: A 12 due, B 4, C 1):
//   王伟: K1 A, K3 C, K4 C → sales 1400, profit 700, margin 0.5, done 2 of 14, overdue K1 and K4
//   李娜: K2 B → sales 600, profit 300, done 1 of 4, none overdue
TEST_F(FollowUpsCliTest, ScorecardAsJsonHandChecked)
{
    const CliRun result = run({QStringLiteral("--db"), file, QStringLiteral("scorecard"), QStringLiteral("--from"),
                               QStringLiteral("2025-11-26"), QStringLiteral("--to"), QStringLiteral("2026-11-25"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    const QJsonObject document = parse(result).object();
    EXPECT_EQ(document.value(QStringLiteral("from")).toString(), QStringLiteral("2025-11-26"));
    const QJsonArray managers = document.value(QStringLiteral("managers")).toArray();
    ASSERT_EQ(managers.size(), 2);
    const QJsonObject wang = managers[0].toObject();
    EXPECT_EQ(wang.value(QStringLiteral("manager")).toString(), QStringLiteral("王伟"));
    EXPECT_EQ(wang.value(QStringLiteral("customers")).toInt(), 3);
    EXPECT_EQ(wang.value(QStringLiteral("class_a")).toInt(), 1);
    EXPECT_EQ(wang.value(QStringLiteral("class_b")).toInt(), 0);
    EXPECT_EQ(wang.value(QStringLiteral("class_c")).toInt(), 2);
    EXPECT_DOUBLE_EQ(wang.value(QStringLiteral("sales")).toDouble(), 1400.0);
    EXPECT_DOUBLE_EQ(wang.value(QStringLiteral("profit")).toDouble(), 700.0);
    EXPECT_DOUBLE_EQ(wang.value(QStringLiteral("margin")).toDouble(), 0.5);
    EXPECT_EQ(wang.value(QStringLiteral("follow_ups_done")).toInt(), 2);
    EXPECT_EQ(wang.value(QStringLiteral("follow_ups_due")).toInt(), 14);
    EXPECT_DOUBLE_EQ(wang.value(QStringLiteral("follow_up_rate")).toDouble(), 0.1429);
    EXPECT_EQ(wang.value(QStringLiteral("follow_ups_overdue")).toInt(), 2);
    EXPECT_EQ(wang.value(QStringLiteral("complaints")).toInt(-1), 0); // kept, none received
    for (const char *key : {"mean_resolution_hours", "reopen_rate", "mean_satisfaction", "mean_loyalty"})
        EXPECT_TRUE(wang.value(QString::fromLatin1(key)).isNull()) << key;
    const QJsonObject li = managers[1].toObject();
    EXPECT_EQ(li.value(QStringLiteral("manager")).toString(), QStringLiteral("李娜"));
    EXPECT_EQ(li.value(QStringLiteral("class_b")).toInt(), 1);
    EXPECT_EQ(li.value(QStringLiteral("follow_ups_done")).toInt(), 1);
    EXPECT_EQ(li.value(QStringLiteral("follow_ups_due")).toInt(), 4);
    EXPECT_EQ(li.value(QStringLiteral("follow_ups_overdue")).toInt(), 0);
}

TEST_F(FollowUpsCliTest, ScorecardCsvAndBadPeriod)
{
    const CliRun csv = run({QStringLiteral("--db"), file, QStringLiteral("scorecard"), QStringLiteral("--from"),
                            QStringLiteral("2025-11-26"), QStringLiteral("--to"), QStringLiteral("2026-11-25"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("manager,customers,class_a,class_b,class_c,sales,profit,margin,follow_ups_done,"
                                       "follow_ups_due,follow_up_rate,follow_ups_overdue,complaints,"
                                       "mean_resolution_hours,reopen_rate,mean_satisfaction,mean_loyalty"));
    EXPECT_EQ(lines[1], QStringLiteral("王伟,3,1,0,2,1400.00,700.00,0.5,2,14,0.1429,2,0,,,,"));
    const CliRun backwards = run({QStringLiteral("--db"), file, QStringLiteral("scorecard"), QStringLiteral("--from"),
                                  QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-11-25")});
    EXPECT_EQ(backwards.exitCode, 2);
    const CliRun table = run({QStringLiteral("--db"), file, QStringLiteral("scorecard")});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.outText().contains(QStringLiteral("李娜")));
}

} // namespace
} // namespace kehu::test
