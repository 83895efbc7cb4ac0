#include "clitest.h"

#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/referencelistrepository.h"
#include "storage/transactionrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kehu::test {
namespace {

// Five customers over 2026 (yuan), plus one archived, all in industry 洗衣厂 (Laundry):
//   A1 华东 王伟  order 2026-01-01 (first day) 1000, cost 500 → profit 500
//   A2 华东 李娜  order 2026-12-31 (last day)   600, cost 300 → profit 300; 2025-12-31 9999 outside
//   A3 华北 王伟  order 2026-06-01              400, cost 200 → profit 200
//   A4 华北 李娜  no orders                                   → 0
//   A5 华南 王伟  order 2026-03-01              100, cost 150 → profit −50
//   A6 华东 王伟  archived, order 2026-05-01 5000 → never takes part
// By profit, positive total 1000: A1 0 % before → A; A2 50 % → B; A3 80 % → C; A4, A5 C.
class AbcCliTest : public CliTest
{
protected:
    void SetUp() override
    {
        file = path(QStringLiteral("abc.sqlite"));
        Database db(file);
        ReferenceListRepository listRepository(db);
        const qint64 wang = listRepository.findOrAdd(ListKind::AccountManager, QStringLiteral("王伟"));
        const qint64 li = listRepository.findOrAdd(ListKind::AccountManager, QStringLiteral("李娜"));
        const ReferenceLists lists = listRepository.load();
        CustomerRepository customers(db);
        TransactionRepository orders(db);
        int number = 0;
        auto add = [&](const char *code, const char *region, qint64 manager) {
            Customer c;
            c.code = QString::fromUtf8(code);
            c.name = QStringLiteral("华美 ") + c.code;
            c.regionId = lists.findByName(ListKind::Region, QString::fromUtf8(region))->id;
            c.industryId = lists.findByName(ListKind::Industry, QStringLiteral("洗衣厂"))->id;
            c.accountManagerId = manager;
            customers.create(c);
            return c.id;
        };
        auto order = [&](qint64 customer, QDate date, qint64 amountYuan, qint64 costYuan) {
            Order o;
            o.customerId = customer;
            o.orderNo = QStringLiteral("SO-%1").arg(++number);
            o.date = date;
            o.productModel = QStringLiteral("KH-W100");
            o.quantity = 1;
            o.amount = Money::fromFen(amountYuan * 100);
            o.cost = Money::fromFen(costYuan * 100);
            orders.addOrder(o);
        };
        order(add("A1", "华东", wang), QDate(2026, 1, 1), 1000, 500);
        const qint64 a2 = add("A2", "华东", li);
        order(a2, QDate(2026, 12, 31), 600, 300);
        order(a2, QDate(2025, 12, 31), 9999, 0);
        order(add("A3", "华北", wang), QDate(2026, 6, 1), 400, 200);
        // A name JSON has to escape and CSV has to quote.
        const qint64 a4 = add("A4", "华北", li);
        Customer acme = customers.load(a4);
        acme.name = QStringLiteral("Acme, \"Best\" \\ Laundry");
        customers.update(acme);
        order(add("A5", "华南", wang), QDate(2026, 3, 1), 100, 150);
        const qint64 archived = add("A6", "华东", wang);
        order(archived, QDate(2026, 5, 1), 5000, 0);
        customers.archive(archived, QDateTime::currentDateTime());
    }

    CliRun abc(const QStringList &extra) const
    {
        return run(QStringList { QStringLiteral("--db"), file, QStringLiteral("abc"), QStringLiteral("--from"),
                       QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31") }
            + extra);
    }

    QJsonObject json(const QStringList &extra = {}) const
    {
        const CliRun result = abc(QStringList { QStringLiteral("--format"), QStringLiteral("json") } + extra);
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
        return document.object();
    }

    // "A1:A A2:B ..." in ranked order.
    static QString ranking(const QJsonObject &object)
    {
        QStringList items;
        for (const QJsonValue &value : object.value(QStringLiteral("customers")).toArray())
            items << value[QStringLiteral("code")].toString() + u':' + value[QStringLiteral("class")].toString();
        return items.join(u' ');
    }

    QString file;
};

TEST_F(AbcCliTest, JsonHasTheIssuesKeysAndHandCheckedNumbers)
{
    const CliRun result = abc({ QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    // Money goes out with two decimals as written, not through a double.
    EXPECT_TRUE(result.outText().contains(QStringLiteral("\"total\": 1000.00"))) << result.out.toStdString();
    EXPECT_TRUE(result.outText().contains(QStringLiteral("\"profit\": -50.00")));

    const QJsonObject object = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(object.keys(),
        (QStringList { QStringLiteral("by"), QStringLiteral("classes"), QStringLiteral("customers"),
            QStringLiteral("from"), QStringLiteral("limits"), QStringLiteral("to"), QStringLiteral("total") }));
    EXPECT_EQ(object[QStringLiteral("by")].toString(), QStringLiteral("profit"));
    EXPECT_EQ(object[QStringLiteral("from")].toString(), QStringLiteral("2026-01-01"));
    EXPECT_EQ(object[QStringLiteral("to")].toString(), QStringLiteral("2026-12-31"));
    EXPECT_EQ(object[QStringLiteral("limits")][QStringLiteral("a")].toDouble(), 50);
    EXPECT_EQ(object[QStringLiteral("limits")][QStringLiteral("b")].toDouble(), 80);
    EXPECT_EQ(ranking(object), QStringLiteral("A1:A A2:B A3:C A4:C A5:C"));

    // Classes: A = A1 (1 of 5, sales 1000 of 2100, profit 500 of 950); B = A2 (600, 300);
    // C = A3 A4 A5 (sales 500, profit 150).
    const QJsonArray classes = object[QStringLiteral("classes")].toArray();
    ASSERT_EQ(classes.size(), 3);
    const QJsonObject a = classes[0].toObject();
    EXPECT_EQ(a.keys(),
        (QStringList { QStringLiteral("class"), QStringLiteral("customers"), QStringLiteral("profit"),
            QStringLiteral("sales"), QStringLiteral("share_customers"), QStringLiteral("share_profit"),
            QStringLiteral("share_sales") }));
    EXPECT_EQ(a[QStringLiteral("class")].toString(), QStringLiteral("A"));
    EXPECT_EQ(a[QStringLiteral("customers")].toInt(), 1);
    EXPECT_DOUBLE_EQ(a[QStringLiteral("share_customers")].toDouble(), 0.2);
    EXPECT_DOUBLE_EQ(a[QStringLiteral("sales")].toDouble(), 1000);
    EXPECT_DOUBLE_EQ(a[QStringLiteral("share_sales")].toDouble(), 1000.0 / 2100.0);
    EXPECT_DOUBLE_EQ(a[QStringLiteral("share_profit")].toDouble(), 500.0 / 950.0);
    const QJsonObject c = classes[2].toObject();
    EXPECT_EQ(c[QStringLiteral("customers")].toInt(), 3);
    EXPECT_DOUBLE_EQ(c[QStringLiteral("sales")].toDouble(), 500);
    EXPECT_DOUBLE_EQ(c[QStringLiteral("profit")].toDouble(), 150);

    const QJsonObject a2 = object[QStringLiteral("customers")][1].toObject();
    EXPECT_EQ(a2.keys(),
        (QStringList { QStringLiteral("class"), QStringLiteral("code"), QStringLiteral("cumulative_before"),
            QStringLiteral("name"), QStringLiteral("profit"), QStringLiteral("sales"), QStringLiteral("share"),
            QStringLiteral("value") }));
    EXPECT_EQ(a2[QStringLiteral("name")].toString(), QStringLiteral("华美 A2"));
    EXPECT_DOUBLE_EQ(a2[QStringLiteral("sales")].toDouble(), 600); // the 2025-12-31 order is outside
    EXPECT_DOUBLE_EQ(a2[QStringLiteral("value")].toDouble(), 300);
    EXPECT_DOUBLE_EQ(a2[QStringLiteral("share")].toDouble(), 0.3);
    EXPECT_DOUBLE_EQ(a2[QStringLiteral("cumulative_before")].toDouble(), 0.5);
    EXPECT_EQ(object[QStringLiteral("customers")][3][QStringLiteral("name")].toString(),
        QStringLiteral("Acme, \"Best\" \\ Laundry"));
}

// By sales (total 2100): A1 1000 0 % → A; A2 600 47.6 % → A; A3 400 76.2 % → B; A5 100 95.2 % → C; A4 0 → C.
TEST_F(AbcCliTest, BySalesRanksBySales)
{
    EXPECT_EQ(
        ranking(json({ QStringLiteral("--by"), QStringLiteral("sales") })), QStringLiteral("A1:A A2:A A3:B A5:C A4:C"));
}

// 80/95: A1 0 % → A; A2 50 % → A; A3 80 % → B.
TEST_F(AbcCliTest, LimitsFromTheCommandLineAndFromTheSavedSettings)
{
    EXPECT_EQ(
        ranking(json({ QStringLiteral("--a"), QStringLiteral("80"), QStringLiteral("--b"), QStringLiteral("95") })),
        QStringLiteral("A1:A A2:A A3:B A4:C A5:C"));
    {
        Database db(file);
        DatabaseSettings(db).setAbcThresholds(*AbcThresholds::fromHundredths(8000, 9500));
    }
    const QJsonObject saved = json();
    EXPECT_EQ(ranking(saved), QStringLiteral("A1:A A2:A A3:B A4:C A5:C"));
    EXPECT_EQ(saved[QStringLiteral("limits")][QStringLiteral("a")].toDouble(), 80);
    // --a alone keeps the saved B: 50/95 → A2 (50 %) is B, A3 (80 %) is B.
    EXPECT_EQ(
        ranking(json({ QStringLiteral("--a"), QStringLiteral("50") })), QStringLiteral("A1:A A2:B A3:B A4:C A5:C"));
}

// East (华东): A1 500, A2 300 (A6 archived); total 800 → A1 A, A2 62.5 % → B.
// 王伟: A1 500, A3 200, A5 −50; total 700 → A1 A, A3 71.4 % → B, A5 C.
TEST_F(AbcCliTest, FiltersRerankInsideTheSubset)
{
    EXPECT_EQ(ranking(json({ QStringLiteral("--region"), QStringLiteral("East") })), QStringLiteral("A1:A A2:B"));
    EXPECT_EQ(ranking(json({ QStringLiteral("--manager"), QStringLiteral("王伟") })), QStringLiteral("A1:A A3:B A5:C"));
    EXPECT_EQ(ranking(json({ QStringLiteral("--center"), QStringLiteral("Beijing") })), QStringLiteral("A3:A A4:C"));
    EXPECT_EQ(ranking(json({ QStringLiteral("--industry"), QStringLiteral("laundry") })),
        QStringLiteral("A1:A A2:B A3:C A4:C A5:C"));
    EXPECT_EQ(ranking(json({ QStringLiteral("--industry"), QStringLiteral("酒店") })), QString());
}

TEST_F(AbcCliTest, UnknownListNameIsRefusedWithTheValidNames)
{
    const CliRun result = abc({ QStringLiteral("--region"), QStringLiteral("火星") });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.errText().contains(QStringLiteral("火星")));
    EXPECT_TRUE(result.errText().contains(QStringLiteral("华东 (East)"))) << result.err.toStdString();
}

TEST_F(AbcCliTest, BadDatesLimitsAndOptionsAreUsageErrors)
{
    const QList<QStringList> bad {
        { QStringLiteral("--to"), QStringLiteral("2026-13-01") },
        { QStringLiteral("--from"), QStringLiteral("yesterday") },
        { QStringLiteral("--from"), QStringLiteral("2027-01-01") }, // after --to
        { QStringLiteral("--a"), QStringLiteral("80"), QStringLiteral("--b"), QStringLiteral("50") },
        { QStringLiteral("--a"), QStringLiteral("0") },
        { QStringLiteral("--b"), QStringLiteral("101") },
        { QStringLiteral("--a"), QStringLiteral("90") }, // above the saved B of 80
        { QStringLiteral("--a"), QStringLiteral("fifty") },
        { QStringLiteral("--by"), QStringLiteral("cost") },
        { QStringLiteral("--format"), QStringLiteral("xml") },
    };
    for (const QStringList &arguments : bad) {
        const CliRun result = abc(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.errText().contains(QStringLiteral("Usage:"))) << result.err.toStdString();
    }
}

TEST_F(AbcCliTest, CsvListsTheRankingWithTheJsonKeys)
{
    const CliRun result = abc({ QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(result.exitCode, 0);
    const QStringList lines = result.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines[0], QStringLiteral("code,name,sales,profit,value,share,cumulative_before,class"));
    EXPECT_EQ(lines[1], QStringLiteral("A1,华美 A1,1000.00,500.00,500.00,0.5,0,A"));
    EXPECT_EQ(lines[2], QStringLiteral("A2,华美 A2,600.00,300.00,300.00,0.3,0.5,B"));
    EXPECT_EQ(lines[4], QStringLiteral("A4,\"Acme, \"\"Best\"\" \\ Laundry\",0.00,0.00,0.00,0,1,C"));
    EXPECT_EQ(lines[5], QStringLiteral("A5,华美 A5,100.00,-50.00,-50.00,-0.05,1,C"));
}

TEST_F(AbcCliTest, TableShowsTheSummaryAndTheRanking)
{
    const CliRun result = abc({});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.outText().contains(QStringLiteral("A (key accounts)")));
    EXPECT_TRUE(result.outText().contains(QStringLiteral("华美 A5")));
    EXPECT_TRUE(result.err.isEmpty()); // five customers: nothing left out
}

TEST_F(AbcCliTest, DefaultPeriodIsTheTwelveMonthsUpToToday)
{
    const CliRun result = run(
        { QStringLiteral("--db"), file, QStringLiteral("abc"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(result.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out).object();
    const QDate today = QDate::currentDate();
    EXPECT_EQ(object[QStringLiteral("to")].toString(), today.toString(Qt::ISODate));
    EXPECT_EQ(object[QStringLiteral("from")].toString(), today.addYears(-1).addDays(1).toString(Qt::ISODate));
}

TEST_F(AbcCliTest, HelpListsTheCommand)
{
    const CliRun result = run({ QStringLiteral("--help") });
    EXPECT_TRUE(result.outText().contains(QStringLiteral("abc [--by profit|sales]"))) << result.out.toStdString();
}

} // namespace
} // namespace kehu::test
