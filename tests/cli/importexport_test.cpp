#include "clitest.h"

#include <QProcess>
#include <QRegularExpression>
#include <QThread>

namespace kehu::test {
namespace {

// kehu-cli import and export, run as the real binary on real files.
class ImportExportTest : public CliTest
{
protected:
    // An empty Kehu database (the import requires one to exist).
    QString emptyDatabase(const QString &name = QStringLiteral("k.sqlite")) const
    {
        const QString db = path(name);
        const CliRun created = run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                                    QStringLiteral("0"), QStringLiteral("--orders"), QStringLiteral("0")});
        EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
        return db;
    }

    CliRun import(const QString &db, const char *kind, const QByteArray &bytes, const QStringList &extra = {}) const
    {
        const QString file = path(QStringLiteral("in.csv"));
        writeFile(file, bytes);
        return run(QStringList{QStringLiteral("--db"), db, QStringLiteral("import"), QLatin1String(kind), file} + extra);
    }

    // The database with two customers, for the tests of bad orders.
    QString withCustomers() const
    {
        const QString db = emptyDatabase();
        const CliRun result = import(db, "customers",
                                     "code,name,region,industry,customer_since\nC1,华美洗涤,华东,洗衣厂,2015\nC2,长城酒店,华北,酒店,\n");
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return db;
    }
};

const QByteArray OrdersHeader = "order_no,customer_code,date,product_model,quantity,amount,cost,due_date\n";

TEST_F(ImportExportTest, ImportPrintsOneSummaryLine)
{
    const QString db = emptyDatabase();
    const CliRun result = import(db, "customers",
                                 "编码,客户名称,地区,行业,合作开始日期\r\nC1,华美洗涤,华东,洗衣厂,2015\r\nC2,长城酒店,华北,酒店,2019/3/5\r\n");
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^imported 2 rows \\(2 added, 0 updated\\) in \\d+\\.\\d s\\n$"))
                        .match(result.outText())
                        .hasMatch())
            << result.out.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    EXPECT_EQ(countRows(db, QStringLiteral("customers")), 2);
}

TEST_F(ImportExportTest, ErrorsNameFileLineAndColumnAndNothingIsWritten)
{
    const QString db = withCustomers();
    const CliRun result = import(db, "orders",
                                 OrdersHeader + "SO-1,C1,2024-03-05,X,1,100,60,\n"
                                                "SO-2,C1,2024-13-05,X,1,100,60,\n"
                                                "SO-3,C2,2024-03-05,X,-1,100,60,\n"
                                                "SO-4,C9,2024-03-05,X,1,100,60,\n");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty());
    const QString file = path(QStringLiteral("in.csv"));
    const QStringList lines = result.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << result.err.toStdString();
    EXPECT_EQ(lines[0], file + QStringLiteral(":3: date: '2024-13-05' is not a date (use 2024-03-05, 2024/3/5 or 2024.3.5)"));
    EXPECT_EQ(lines[1], file + QStringLiteral(":4: quantity: the quantity cannot be negative (-1)"));
    EXPECT_EQ(lines[2], file + QStringLiteral(":5: customer_code: there is no customer with the code C9 in the database; "
                                              "import the customers first"));
    EXPECT_EQ(lines[3], file + QStringLiteral(": nothing was imported."));
    EXPECT_EQ(countRows(db, QStringLiteral("orders")), 0);
}

TEST_F(ImportExportTest, AtMostAHundredErrorsThenACount)
{
    const QString db = withCustomers();
    QByteArray text = OrdersHeader;
    for (int i = 0; i < 250; ++i)
        text += "SO-" + QByteArray::number(i) + ",C1,someday,X,1,100,60,\n";
    const CliRun result = import(db, "orders", text);
    EXPECT_EQ(result.exitCode, 1);
    const QStringList lines = result.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 102);
    EXPECT_TRUE(lines[99].contains(QStringLiteral(":101: date:")));
    EXPECT_EQ(lines[100], QStringLiteral("… and 150 more errors"));
}

TEST_F(ImportExportTest, ExistingKeysAreErrorsUnlessUpsert)
{
    const QString db = withCustomers();
    const QByteArray text = "code,name,region,industry,customer_since\nC2,长城大酒店,华北,酒店,\nC3,新客户,华南,医院,2020\n";
    const CliRun refused = import(db, "customers", text);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.errText().startsWith(path(QStringLiteral("in.csv")) + QStringLiteral(":2: code: customer C2 is already in the database")))
            << refused.err.toStdString();
    EXPECT_EQ(countRows(db, QStringLiteral("customers")), 2);

    const CliRun upserted = import(db, "customers", text, {QStringLiteral("--mode"), QStringLiteral("upsert")});
    EXPECT_EQ(upserted.exitCode, 0) << upserted.err.toStdString();
    EXPECT_TRUE(upserted.outText().startsWith(QStringLiteral("imported 2 rows (1 added, 1 updated) in ")));
    EXPECT_EQ(countRows(db, QStringLiteral("customers")), 3);
}

TEST_F(ImportExportTest, FilesThatAreNotImportableGetOneSentence)
{
    const QString db = withCustomers();
    const QString file = path(QStringLiteral("in.csv"));
    struct Case
    {
        QByteArray bytes;
        QString expected;
    };
    const std::vector<Case> cases{
        {QByteArray(), file + QStringLiteral(" is empty.\n")},
        {QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), file + QStringLiteral(" is not a CSV file: it holds binary data.\n")},
        {"order_no,customer_code,date,amount,cost\nSO-1,C1,2024-01-01,1,1\n",
         file + QStringLiteral(" lacks the required column(s) product_model (产品型号), quantity (数量): the first line must name them.\n")},
    };
    for (const Case &c : cases) {
        const CliRun result = import(db, "orders", c.bytes);
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_EQ(result.errText(), c.expected);
        EXPECT_TRUE(result.out.isEmpty());
    }
    EXPECT_EQ(countRows(db, QStringLiteral("orders")), 0);
}

TEST_F(ImportExportTest, HeaderOnlyImportsNothingAndSaysSo)
{
    const QString db = withCustomers();
    const CliRun result = import(db, "orders", OrdersHeader);
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.outText().startsWith(QStringLiteral("imported 0 rows (0 added, 0 updated) in ")));
    EXPECT_EQ(result.errText(), path(QStringLiteral("in.csv")) + QStringLiteral(" has a header but no rows; nothing was imported.\n"));
}

TEST_F(ImportExportTest, UnknownColumnsAreNamedInAWarning)
{
    const QString db = withCustomers();
    const CliRun result = import(db, "orders", "order_no,customer_code,date,product_model,quantity,amount,cost,备注,Sales Rep\n"
                                               "SO-1,C1,2024-03-05,X,1,100,60,急,Wang\n");
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.errText(), path(QStringLiteral("in.csv")) + QStringLiteral(": warning: ignored columns: 备注, Sales Rep\n"));
}

TEST_F(ImportExportTest, BadOptionValuesAreUsageErrors)
{
    const QString db = withCustomers();
    const QString file = path(QStringLiteral("x.csv"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--mode"), QStringLiteral("merge")},
          QStringList{QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--encoding"), QStringLiteral("latin1")},
          QStringList{QStringLiteral("import"), QStringLiteral("invoices"), file},
          QStringList{QStringLiteral("import"), QStringLiteral("orders")},
          QStringList{QStringLiteral("export"), QStringLiteral("orders"), file, QStringLiteral("--encoding"), QStringLiteral("gb18030"),
                      QStringLiteral("--bom")}}) {
        const CliRun result = run(QStringList{QStringLiteral("--db"), db} + arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.errText().contains(QStringLiteral("Usage: kehu-cli [--db FILE] ")));
    }
}

TEST_F(ImportExportTest, ImportNeedsAnExistingDatabase)
{
    const QString db = path(QStringLiteral("missing.sqlite"));
    const CliRun result = import(db, "orders", OrdersHeader);
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_FALSE(QFile::exists(db));
}

TEST_F(ImportExportTest, AnImportKilledBeforeItsCommitLeavesTheDatabaseAsItWas)
{
    const QString db = withCustomers();
    QByteArray text = OrdersHeader;
    text.reserve(60 * 600000);
    for (int i = 0; i < 600000; ++i)
        text += "SO-" + QByteArray::number(i) + (i % 2 ? ",C1" : ",C2") + ",2024-03-05,KH-W100 洗脱机,1,100.00,60.00,2024-04-04\n";
    const QString file = path(QStringLiteral("big.csv"));
    writeFile(file, text);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KEHU_BIN_DIR "/kehu-cli"),
                  {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("orders"), file});
    ASSERT_TRUE(process.waitForStarted());
    QThread::msleep(400);
    if (process.state() != QProcess::Running)
        GTEST_SKIP() << "the import finished before it could be killed";
    process.kill(); // SIGKILL: no destructor, no rollback by Kehu; SQLite's journal must do it
    process.waitForFinished();

    EXPECT_EQ(countRows(db, QStringLiteral("orders")), 0);
    EXPECT_EQ(countRows(db, QStringLiteral("customers")), 2);
    const CliRun check = run({QStringLiteral("--db"), db, QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    // And the same file imports whole afterwards.
    const CliRun again = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("orders"), file});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(countRows(db, QStringLiteral("orders")), 600000);
}

TEST_F(ImportExportTest, RoundTripThroughTheCliInBothEncodings)
{
    const QString source = seedKnownCustomers();
    const QStringList kinds{QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("orders"),
                            QStringLiteral("payments"), QStringLiteral("service-costs")};
    for (const QStringList &encoding : {QStringList{QStringLiteral("--bom")},
                                        QStringList{QStringLiteral("--encoding"), QStringLiteral("gb18030")}}) {
        const QString tag = encoding.size() == 1 ? QStringLiteral("bom") : QStringLiteral("gb");
        const QString target = emptyDatabase(tag + QStringLiteral(".sqlite"));
        for (const QString &kind : kinds) {
            const QString file = path(tag + kind + QStringLiteral(".csv"));
            const CliRun exported = run(QStringList{QStringLiteral("--db"), source, QStringLiteral("export"), kind, file} + encoding);
            ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
            const QByteArray bytes = fileBytes(file);
            EXPECT_EQ(bytes.startsWith("\xEF\xBB\xBF"), tag == QStringLiteral("bom"));
            EXPECT_TRUE(bytes.contains("\r\n"));
            const CliRun imported = run({QStringLiteral("--db"), target, QStringLiteral("import"), kind, file});
            ASSERT_EQ(imported.exitCode, 0) << kind.toStdString() << ": " << imported.err.toStdString();

            const QString again = path(tag + QStringLiteral("again-") + kind + QStringLiteral(".csv"));
            ASSERT_EQ(run(QStringList{QStringLiteral("--db"), target, QStringLiteral("export"), kind, again} + encoding).exitCode, 0);
            EXPECT_EQ(fileBytes(again), bytes) << kind.toStdString();
        }
        EXPECT_EQ(countRows(target, QStringLiteral("customers")), 4);
        EXPECT_EQ(countRows(target, QStringLiteral("orders")), countRows(source, QStringLiteral("orders")));
    }
    // The GB18030 file holds the quoted name as Excel expects it.
    const QByteArray gb = fileBytes(path(QStringLiteral("gbcustomers.csv")));
    EXPECT_TRUE(gb.contains("K002,\"Acme, \"\"Best\"\" Laundry\","));
}

} // namespace
} // namespace kehu::test
