#include "clitest.h"

#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace kehu::test {
namespace {

using CliProcessTest = CliTest;

QStringList args(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QJsonObject customerIn(const QJsonDocument &list, const QString &code)
{
    for (const QJsonValue &value : list.array()) {
        if (value.toObject().value(QStringLiteral("code")).toString() == code)
            return value.toObject();
    }
    return {};
}

TEST_F(CliProcessTest, VersionPrintsNameAndVersion)
{
    const CliRun result = run(args({ "--version" }));
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QByteArray("kehu-cli 0.1.0\n"));
    EXPECT_TRUE(result.err.isEmpty());
}

TEST_F(CliProcessTest, HelpListsTheCommands)
{
    const CliRun result = run(args({ "--help" }));
    EXPECT_EQ(result.exitCode, 0);
    for (const char *command : { "demo", "customers list", "customers show", "check" })
        EXPECT_TRUE(result.outText().contains(QString::fromUtf8(command))) << command;
}

TEST_F(CliProcessTest, CommandHelpShowsItsOptions)
{
    const CliRun result = run(args({ "customers", "list", "--help" }));
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.outText().contains(QStringLiteral("--filter")));
    EXPECT_TRUE(result.outText().contains(QStringLiteral("--archived")));
}

TEST_F(CliProcessTest, GlobalHelpBeforeACommandShowsThatCommandsHelp)
{
    const CliRun result = run(args({ "--help", "customers", "show" }));
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.outText().startsWith(QStringLiteral("Usage: kehu-cli [--db FILE] customers show")));
}

TEST_F(CliProcessTest, UnknownCommandIsUsageError)
{
    const CliRun result = run(args({ "frobnicate" }));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.errText().contains(QStringLiteral("frobnicate")));
    EXPECT_TRUE(result.errText().contains(QStringLiteral("Usage:")));
}

TEST_F(CliProcessTest, UnknownOptionIsUsageError)
{
    const CliRun result = run({ QStringLiteral("--db"), path(QStringLiteral("x.sqlite")), QStringLiteral("check"),
        QStringLiteral("--colour") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("x.sqlite"))));
}

TEST_F(CliProcessTest, DemoWithoutCustomersValueIsUsageError)
{
    const QString db = path(QStringLiteral("demo.sqlite"));
    const CliRun result = run({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
        QStringLiteral("10"), QStringLiteral("--customers") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(db));
}

TEST_F(CliProcessTest, DemoWithNonNumericCustomersIsUsageError)
{
    const QString db = path(QStringLiteral("demo.sqlite"));
    const CliRun result = run({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
        QStringLiteral("ten"), QStringLiteral("--orders"), QStringLiteral("10") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.errText().contains(QStringLiteral("ten")));
    EXPECT_FALSE(QFileInfo::exists(db));
}

TEST_F(CliProcessTest, DemoCreatesExactlyTheRequestedCustomersAndOrders)
{
    const QString db = path(QStringLiteral("demo.sqlite"));
    const CliRun result = run({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
        QStringLiteral("30"), QStringLiteral("--orders"), QStringLiteral("400") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.errText().contains(QStringLiteral("30 customers")));
    // --archived: demo data has no archived files, but count every file the command wrote.
    EXPECT_EQ(listJson(db, { QStringLiteral("--archived") }).array().size(), 30);
    EXPECT_EQ(countRows(db, QStringLiteral("orders")), 400);
}

TEST_F(CliProcessTest, DemoTwiceIsRefusedAndChangesNothing)
{
    const QString db = path(QStringLiteral("demo.sqlite"));
    const QStringList demo { QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
        QStringLiteral("30"), QStringLiteral("--orders"), QStringLiteral("400") };
    ASSERT_EQ(run(demo).exitCode, 0);
    const CliRun again = run(QStringList(demo) << QStringLiteral("--seed") << QStringLiteral("7"));
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.errText().contains(QStringLiteral("already holds customers")));
    EXPECT_EQ(countRows(db, QStringLiteral("customers")), 30);
    EXPECT_EQ(countRows(db, QStringLiteral("orders")), 400);
}

TEST_F(CliProcessTest, ListOnMissingFileExits3WithoutCreatingIt)
{
    const QString db = path(QStringLiteral("missing.sqlite"));
    const CliRun result = run({ QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("list") });
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.errText().contains(QStringLiteral("demo")));
    EXPECT_FALSE(QFileInfo::exists(db));
}

TEST_F(CliProcessTest, ListOnNonSqliteFileExits3AndLeavesItsBytes)
{
    const QString db = path(QStringLiteral("notes.sqlite"));
    const QByteArray bytes("name,phone\n苏州华美,138 0000 1111\n");
    writeFile(db, bytes);
    const CliRun result = run({ QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("list") });
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.errText().contains(db)) << result.err.toStdString();
    EXPECT_EQ(fileBytes(db), bytes);
}

TEST_F(CliProcessTest, ListJsonCarriesTheRequiredKeysAndValues)
{
    const QJsonDocument list = listJson(seedKnownCustomers());
    ASSERT_EQ(codesOf(list), (QStringList { QStringLiteral("K001"), QStringLiteral("K002"), QStringLiteral("K003") }));
    const QJsonObject huamei = customerIn(list, QStringLiteral("K001"));
    EXPECT_EQ(huamei.value(QStringLiteral("name")).toString(), QStringLiteral("苏州华美洗涤有限公司"));
    EXPECT_EQ(huamei.value(QStringLiteral("region")).toString(), QStringLiteral("华东"));
    EXPECT_EQ(huamei.value(QStringLiteral("industry")).toString(), QStringLiteral("洗衣厂"));
    EXPECT_EQ(huamei.value(QStringLiteral("sales_center")).toString(), QStringLiteral("上海中心"));
    EXPECT_EQ(huamei.value(QStringLiteral("account_manager")).toString(), QStringLiteral("王伟"));
    EXPECT_EQ(huamei.value(QStringLiteral("category")).toString(), QStringLiteral("key"));
    EXPECT_EQ(huamei.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    EXPECT_EQ(huamei.value(QStringLiteral("archived")), QJsonValue(false));
    EXPECT_EQ(huamei.value(QStringLiteral("stale")), QJsonValue(false));
    // 1000.00 + 500.00 in the last 12 months; the order of two years ago is outside.
    EXPECT_EQ(huamei.value(QStringLiteral("sales_12m")), QJsonValue(1500.0));
    // (1000.00 − 600.00) + (500.00 − 550.00)
    EXPECT_EQ(huamei.value(QStringLiteral("profit_12m")), QJsonValue(350.0));
    EXPECT_EQ(customerIn(list, QStringLiteral("K002")).value(QStringLiteral("category")).toString(),
        QStringLiteral("general"));
    EXPECT_EQ(
        customerIn(list, QStringLiteral("K002")).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(customerIn(list, QStringLiteral("K003")).value(QStringLiteral("stale")), QJsonValue(true));
}

TEST_F(CliProcessTest, ListArchivedIncludesArchivedFiles)
{
    const QJsonDocument list = listJson(seedKnownCustomers(), { QStringLiteral("--archived") });
    ASSERT_EQ(list.array().size(), 4);
    EXPECT_EQ(customerIn(list, QStringLiteral("K004")).value(QStringLiteral("archived")), QJsonValue(true));
}

TEST_F(CliProcessTest, FilterByChineseSubstringOfTheName)
{
    const QString db = seedKnownCustomers();
    // 北京华美宾馆 matches too but is archived.
    EXPECT_EQ(codesOf(listJson(db, { QStringLiteral("--filter"), QStringLiteral("华美") })),
        QStringList { QStringLiteral("K001") });
    EXPECT_EQ(
        codesOf(listJson(db, { QStringLiteral("--filter"), QStringLiteral("华美"), QStringLiteral("--archived") })),
        (QStringList { QStringLiteral("K001"), QStringLiteral("K004") }));
}

TEST_F(CliProcessTest, FilterByContactPhoneDigitsIgnoresSpacing)
{
    const QString db = seedKnownCustomers();
    EXPECT_EQ(codesOf(listJson(db, { QStringLiteral("--filter"), QStringLiteral("00001111") })),
        QStringList { QStringLiteral("K001") });
    EXPECT_EQ(codesOf(listJson(db, { QStringLiteral("--filter"), QStringLiteral("0000 1111") })),
        QStringList { QStringLiteral("K001") });
    EXPECT_EQ(codesOf(listJson(db, { QStringLiteral("--filter"), QStringLiteral("5555-0100") })),
        QStringList { QStringLiteral("K003") });
}

TEST_F(CliProcessTest, FilterIgnoresCaseAndMatchesContactNamesAndCodes)
{
    const QString db = seedKnownCustomers();
    EXPECT_EQ(codesOf(listJson(db, { QStringLiteral("--filter"), QStringLiteral("ACME") })),
        QStringList { QStringLiteral("K002") });
    EXPECT_EQ(codesOf(listJson(db, { QStringLiteral("--filter"), QStringLiteral("张敏") })),
        QStringList { QStringLiteral("K001") });
    EXPECT_EQ(codesOf(listJson(db, { QStringLiteral("--filter"), QStringLiteral("k003") })),
        QStringList { QStringLiteral("K003") });
    EXPECT_TRUE(listJson(db, { QStringLiteral("--filter"), QStringLiteral("无此公司") }).array().isEmpty());
}

TEST_F(CliProcessTest, CsvHasHeaderAndQuotesCommasAndQuotes)
{
    const CliRun result = run({ QStringLiteral("--db"), seedKnownCustomers(), QStringLiteral("customers"),
        QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.outText().split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 5); // header, three customers, the empty rest after the last CRLF
    EXPECT_EQ(lines[0],
        QStringLiteral("code,name,region,industry,sales_center,account_manager,category,status,archived,stale,"
                       "sales_12m,profit_12m"));
    EXPECT_EQ(lines[1],
        QStringLiteral("K001,苏州华美洗涤有限公司,华东,洗衣厂,上海中心,王伟,key,verified,false,false,1500.00,350.00"));
    EXPECT_EQ(lines[2],
        QStringLiteral("K002,\"Acme, \"\"Best\"\" Laundry\",华东,洗衣厂,上海中心,王伟,general,draft,false,false,"
                       "0.00,0.00"));
    EXPECT_EQ(lines[4], QString());
}

TEST_F(CliProcessTest, TableAlignsChineseAndLatinNames)
{
    const CliRun result
        = run({ QStringLiteral("--db"), seedKnownCustomers(), QStringLiteral("customers"), QStringLiteral("list") });
    ASSERT_EQ(result.exitCode, 0);
    const QStringList lines = result.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    // The name column is as wide as 上海恒通酒店管理有限公司 on a terminal: 12 characters × 2.
    // So the region starts at the same terminal column on every line: 4 (code) + 2 + 24 + 2 = 32.
    EXPECT_TRUE(lines[0].startsWith(
        QStringLiteral("Code  Name") + QString(24 - 4 + 2, QLatin1Char(' ')) + QStringLiteral("Region")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("K001  苏州华美洗涤有限公司")
        + QString(24 - 20 + 2, QLatin1Char(' ')) + QStringLiteral("华东")));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("K002  Acme, \"Best\" Laundry")
        + QString(24 - 20 + 2, QLatin1Char(' ')) + QStringLiteral("华东")));
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("K003  上海恒通酒店管理有限公司  华东")));
}

TEST_F(CliProcessTest, ShowJsonHasTheFileAndHandCheckedFigures)
{
    const CliRun result = run({ QStringLiteral("--db"), seedKnownCustomers(), QStringLiteral("customers"),
        QStringLiteral("show"), QStringLiteral("K001"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonParseError error;
    const QJsonObject file = QJsonDocument::fromJson(result.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);

    for (const char *key :
        { "code", "name", "address", "region", "phone", "website", "employees", "revenue_band", "ownership", "industry",
            "reputation", "production_capacity", "annual_sales", "industry_position", "credit_status", "strengths",
            "weaknesses", "customer_since", "main_products", "payment_terms_days", "relationship", "category",
            "account_manager", "sales_center", "sales_center_manual", "status", "verified_by", "verified_at",
            "last_reviewed", "archived", "stale", "contacts", "competitors", "figures", "years_of_cooperation" })
        EXPECT_TRUE(file.contains(QString::fromUtf8(key))) << key;
    EXPECT_EQ(file.value(QStringLiteral("name")).toString(), QStringLiteral("苏州华美洗涤有限公司"));
    EXPECT_EQ(file.value(QStringLiteral("verified_by")).toString(), QStringLiteral("客服中心"));
    EXPECT_EQ(file.value(QStringLiteral("employees")), QJsonValue(QJsonValue::Null));
    EXPECT_EQ(file.value(QStringLiteral("years_of_cooperation")), QJsonValue(3)); // since 40 months ago

    const QJsonArray contacts = file.value(QStringLiteral("contacts")).toArray();
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_EQ(contacts[0].toObject(),
        (QJsonObject { { QStringLiteral("name"), QStringLiteral("张敏") },
            { QStringLiteral("title"), QStringLiteral("采购经理") },
            { QStringLiteral("role"), QStringLiteral("purchaser") },
            { QStringLiteral("phone"), QStringLiteral("138 0000 1111") },
            { QStringLiteral("email"), QStringLiteral("zhangmin@huamei.cn") },
            { QStringLiteral("wechat"), QStringLiteral("zm_huamei") } }));
    EXPECT_EQ(file.value(QStringLiteral("competitors")).toArray().size(), 1);

    const QDate today = QDate::currentDate();
    const QJsonObject figures = file.value(QStringLiteral("figures")).toObject();
    EXPECT_EQ(figures.value(QStringLiteral("from")).toString(), today.addYears(-1).addDays(1).toString(Qt::ISODate));
    EXPECT_EQ(figures.value(QStringLiteral("to")).toString(), today.toString(Qt::ISODate));
    EXPECT_EQ(figures.value(QStringLiteral("orders")), QJsonValue(2));
    EXPECT_EQ(figures.value(QStringLiteral("sales")), QJsonValue(1500.0)); // 1000 + 500
    EXPECT_EQ(figures.value(QStringLiteral("profit")), QJsonValue(350.0)); // 400 − 50
    EXPECT_EQ(figures.value(QStringLiteral("margin")), QJsonValue(0.2333)); // 350 / 1500
    EXPECT_EQ(figures.value(QStringLiteral("collected")), QJsonValue(800.0)); // paid on SO-1
    EXPECT_EQ(figures.value(QStringLiteral("collection_rate")), QJsonValue(0.5333)); // 800 / 1500
    // Outstanding today on every order: 200 (SO-1) + 500 (SO-2) + 300 (SO-3, two years old).
    EXPECT_EQ(figures.value(QStringLiteral("receivables")), QJsonValue(1000.0));
    EXPECT_EQ(figures.value(QStringLiteral("service_cost")), QJsonValue(120.0)); // the 50.00 is two years old
}

TEST_F(CliProcessTest, ShowTableListsFieldsAndFigures)
{
    const CliRun result = run({ QStringLiteral("--db"), seedKnownCustomers(), QStringLiteral("customers"),
        QStringLiteral("show"), QStringLiteral("K001") });
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.outText().contains(QStringLiteral("苏州华美洗涤有限公司")));
    EXPECT_TRUE(result.outText().contains(QStringLiteral("1500.00")));
    EXPECT_TRUE(result.outText().contains(QStringLiteral("23.33 %")));
}

TEST_F(CliProcessTest, ShowUnknownCodeIsRefused)
{
    const CliRun result = run({ QStringLiteral("--db"), seedKnownCustomers(), QStringLiteral("customers"),
        QStringLiteral("show"), QStringLiteral("K999") });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.errText().contains(QStringLiteral("K999")));
}

TEST_F(CliProcessTest, ShowWithoutCodeIsUsageError)
{
    const CliRun result
        = run({ QStringLiteral("--db"), seedKnownCustomers(), QStringLiteral("customers"), QStringLiteral("show") });
    EXPECT_EQ(result.exitCode, 2);
}

TEST_F(CliProcessTest, BadFormatIsUsageError)
{
    const CliRun result = run({ QStringLiteral("--db"), seedKnownCustomers(), QStringLiteral("customers"),
        QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty());
}

TEST_F(CliProcessTest, CheckOnFreshFileSaysOk)
{
    const QString db = path(QStringLiteral("fresh.sqlite"));
    {
        Database created(db);
    }
    const CliRun result = run({ QStringLiteral("--db"), db, QStringLiteral("check") });
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.outText().split(QLatin1Char('\n')).contains(QStringLiteral("ok"))) << result.out.toStdString();
}

TEST_F(CliProcessTest, CheckFindingAnOrphanOrderExits1)
{
    const QString db = seedKnownCustomers();
    {
        Database database(db);
        QSqlQuery query(database.connection());
        // Only a file damaged outside Kehu holds such a row, so foreign keys go off to write it.
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        ASSERT_TRUE(
            query.exec(QStringLiteral("INSERT INTO orders (order_no, customer_id, date, product_model, quantity,"
                                      " amount, cost) VALUES ('SO-X', 999, '2026-01-01', 'X', 1, 100, 50)")));
    }
    const CliRun result = run({ QStringLiteral("--db"), db, QStringLiteral("check") });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.outText().contains(QStringLiteral("foreign key"))) << result.out.toStdString();
    EXPECT_FALSE(result.outText().split(QLatin1Char('\n')).contains(QStringLiteral("ok")));
}

TEST_F(CliProcessTest, DemoOnALockedDatabaseExits3)
{
    const QString db = path(QStringLiteral("locked.sqlite"));
    Database holder(db);
    WriteTransaction lock(holder.connection()); // held until the test ends
    // kehu-cli waits out its 5 s busy timeout, then gives up without writing.
    const CliRun result = run({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
        QStringLiteral("5"), QStringLiteral("--orders"), QStringLiteral("5") });
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.errText().contains(QStringLiteral("busy"))) << result.err.toStdString();
}

TEST_F(CliProcessTest, CheckJsonReportsSchemaAndNoProblems)
{
    const QString db = seedKnownCustomers();
    const CliRun result = run(
        { QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(report.value(QStringLiteral("ok")), QJsonValue(true));
    EXPECT_EQ(report.value(QStringLiteral("schema_version")), QJsonValue(Database::currentSchemaVersion()));
    EXPECT_EQ(report.value(QStringLiteral("file")).toString(), QFileInfo(db).absoluteFilePath());
    EXPECT_TRUE(report.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_F(CliProcessTest, VerboseLogsGoToStderrOnly)
{
    const QString db = seedKnownCustomers();
    for (const QStringList &line :
        { QStringList { QStringLiteral("--verbose"), QStringLiteral("--db"), db, QStringLiteral("customers"),
              QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") },
            QStringList { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--db"), db, QStringLiteral("--verbose") } }) {
        const CliRun result = run(line);
        ASSERT_EQ(result.exitCode, 0) << line.join(QLatin1Char(' ')).toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
        EXPECT_EQ(document.array().size(), 3);
        EXPECT_TRUE(result.errText().contains(QStringLiteral("opened"))) << result.err.toStdString();
    }
}

TEST_F(CliProcessTest, WithoutVerboseNothingIsLogged)
{
    const CliRun result = run({ QStringLiteral("--db"), seedKnownCustomers(), QStringLiteral("customers"),
        QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
}

} // namespace
} // namespace kehu::test
