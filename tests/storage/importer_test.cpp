#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/demodatagenerator.h"
#include "storage/exporter.h"
#include "storage/importer.h"
#include "storage/referencelistrepository.h"
#include "storage/transactionrepository.h"

#include "testsupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace kehu {
namespace {

const QString DataDir = QStringLiteral(KEHU_TEST_DATA_DIR "/import/");

// Three customers every test starts from; line numbers in messages refer to the test's own files.
const QByteArray Customers = "code,name,region,industry,customer_since,phone,account_manager\n"
                             "C100,苏州华美洗涤有限公司,华东,洗衣厂,2015,0512-6666 8888,王伟\n"
                             "C101,北京长城大酒店,华北,Hotel,2019-03-05,,李娜\n";

class ImporterTest : public test::TempFolderTest
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(path(QStringLiteral("k.sqlite")));
        ASSERT_EQ(import(ImportKind::Customers, Customers).status, ImportResult::Status::Imported);
    }

    QString file(const QByteArray &bytes, const QString &name = QStringLiteral("in.csv")) const
    {
        test::writeFile(path(name), bytes);
        return path(name);
    }

    ImportResult import(ImportKind kind, const QByteArray &bytes, ImportMode mode = ImportMode::Insert)
    {
        ImportOptions options;
        options.kind = kind;
        options.mode = mode;
        options.today = QDate(2026, 11, 23);
        return Importer(*db).run(file(bytes), options);
    }

    ImportResult importFile(ImportKind kind, const QString &file, ImportMode mode = ImportMode::Insert)
    {
        ImportOptions options;
        options.kind = kind;
        options.mode = mode;
        return Importer(*db).run(file, options);
    }

    qint64 count(const char *table) const
    {
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        query.next();
        return query.value(0).toLongLong();
    }

    // The row counts of every table an import writes, to check a refused import wrote nothing.
    QString counts() const
    {
        return QStringLiteral("%1 %2 %3 %4 %5 %6")
                .arg(count("customers"))
                .arg(count("contacts"))
                .arg(count("orders"))
                .arg(count("payments"))
                .arg(count("service_costs"))
                .arg(count("account_managers"));
    }

    Customer customer(const char *code) const
    {
        CustomerRepository repository(*db);
        return repository.load(*repository.idOfCode(QLatin1String(code)));
    }

    // Imports `bytes`, expects it refused with `expected` as its first error and nothing written.
    void expectRejected(ImportKind kind, const QByteArray &bytes, const ImportError &expected, ImportMode mode = ImportMode::Insert)
    {
        const QString before = counts();
        const ImportResult result = import(kind, bytes, mode);
        EXPECT_EQ(result.status, ImportResult::Status::Rejected);
        ASSERT_FALSE(result.errors.empty());
        EXPECT_EQ(result.errors.front().line, expected.line);
        EXPECT_EQ(result.errors.front().column, expected.column);
        EXPECT_TRUE(result.errors.front().message.contains(expected.message))
                << result.errors.front().message.toStdString() << " lacks " << expected.message.toStdString();
        EXPECT_EQ(counts(), before);
    }

    std::unique_ptr<Database> db;
};

TEST_F(ImporterTest, ImportsAGb18030FileAsChineseExcelWritesIt)
{
    // C100 and C101 exist already (SetUp): upsert updates them and adds C102.
    const ImportResult result =
            importFile(ImportKind::Customers, DataDir + QStringLiteral("customers-excel-zh.gb18030.csv"), ImportMode::Upsert);
    ASSERT_EQ(result.status, ImportResult::Status::Imported) << result.problem.toStdString();
    EXPECT_EQ(result.dialect.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(result.added, 1);
    EXPECT_EQ(result.updated, 2);
    const Customer huamei = customer("C100");
    EXPECT_EQ(huamei.name, QStringLiteral("苏州华美洗涤有限公司"));
    EXPECT_EQ(huamei.customerSince, QDate(2015, 1, 1));
    EXPECT_EQ(huamei.annualSales, Money::fromFen(123456750));
    EXPECT_EQ(huamei.address, QStringLiteral("苏州市工业园区星湖街 88 号, 3 号楼"));
    EXPECT_EQ(huamei.ownership, Ownership::Private);
    EXPECT_EQ(huamei.category, Category::Key);
    EXPECT_EQ(customer("C101").customerSince, QDate(2019, 3, 5));
    EXPECT_EQ(customer("C102").address, QStringLiteral("广州市天河区 \"明珠\" 大厦"));
    EXPECT_FALSE(customer("C102").annualSales.has_value());
}

TEST_F(ImporterTest, QuotedFieldsWithCommasQuotesAndLineBreaks)
{
    const ImportResult result = importFile(ImportKind::Contacts, DataDir + QStringLiteral("contacts-quoted.csv"));
    ASSERT_EQ(result.status, ImportResult::Status::Imported) << result.problem.toStdString();
    EXPECT_EQ(result.added, 3);
    const Customer huamei = customer("C100");
    ASSERT_EQ(huamei.contacts.size(), 2u);
    EXPECT_EQ(huamei.contacts[0].name, QStringLiteral("Zhang, Wei"));
    EXPECT_EQ(huamei.contacts[0].title, QStringLiteral("Manager \"Ops\""));
    EXPECT_EQ(huamei.contacts[1].title, QStringLiteral("采购经理\n（华东区）"));
    EXPECT_EQ(huamei.contacts[1].role, ContactRole::Purchaser);
    EXPECT_EQ(customer("C101").contacts.at(0).role, ContactRole::DecisionMaker);
}

TEST_F(ImporterTest, OrdersPaymentsAndServiceCostsInOtherDialects)
{
    ImportResult orders = importFile(ImportKind::Orders, DataDir + QStringLiteral("orders-semicolon.csv"));
    ASSERT_EQ(orders.status, ImportResult::Status::Imported) << orders.problem.toStdString();
    EXPECT_EQ(orders.dialect.delimiter, ';');
    EXPECT_TRUE(orders.dialect.bom);
    EXPECT_EQ(orders.added, 3);
    ImportResult payments = importFile(ImportKind::Payments, DataDir + QStringLiteral("payments-tab.csv"));
    ASSERT_EQ(payments.status, ImportResult::Status::Imported);
    EXPECT_EQ(payments.dialect.delimiter, '\t');
    EXPECT_EQ(payments.added, 3);
    EXPECT_EQ(importFile(ImportKind::ServiceCosts, DataDir + QStringLiteral("service-costs.csv")).added, 2);

    const std::vector<Order> list = TransactionRepository(*db).ordersOf(customer("C100").id);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[1].orderNo, QStringLiteral("SO-3"));
    EXPECT_EQ(list[1].amount, Money::fromFen(1800050));
    EXPECT_EQ(list[1].date, QDate(2024, 3, 7));
    EXPECT_EQ(TransactionRepository(*db).ordersOf(customer("C101").id).at(0).amount, Money::fromFen(6200000));
    EXPECT_EQ(TransactionRepository(*db).paymentsOf(customer("C100").id).size(), 2u);
    EXPECT_EQ(TransactionRepository(*db).serviceCostsOf(customer("C100").id).at(0).category, ServiceCostCategory::Entertainment);
}

// One test per kind of bad input of the issue: file, line and column, and nothing written.

TEST_F(ImporterTest, RequiredValueMissing)
{
    expectRejected(ImportKind::Customers, "code,name,region,industry,customer_since\nC200,,华东,酒店,2020\n",
                   {2, QStringLiteral("name"), QStringLiteral("a value is required")});
}

TEST_F(ImporterTest, BadDate)
{
    expectRejected(ImportKind::Orders,
                   "order_no,customer_code,date,product_model,quantity,amount,cost\n"
                   "SO-1,C100,2024-03-05,X,1,10,5\n"
                   "SO-2,C100,2024-02-30,X,1,10,5\n",
                   {3, QStringLiteral("date"), QStringLiteral("'2024-02-30' is not a date")});
}

TEST_F(ImporterTest, BadNumber)
{
    expectRejected(ImportKind::Orders,
                   "订单号,客户编码,日期,产品型号,数量,金额,成本\nSO-1,C100,2024-03-05,X,two,10,5\n",
                   {2, QStringLiteral("数量"), QStringLiteral("'two' is not a whole number")});
    expectRejected(ImportKind::Orders,
                   "订单号,客户编码,日期,产品型号,数量,金额,成本\nSO-1,C100,2024-03-05,X,1,10.005,5\n",
                   {2, QStringLiteral("金额"), QStringLiteral("'10.005' is not an amount")});
}

TEST_F(ImporterTest, NegativeQuantity)
{
    expectRejected(ImportKind::Orders,
                   "order_no,customer_code,date,product_model,quantity,amount,cost\nSO-1,C100,2024-03-05,X,-2,10,5\n",
                   {2, QStringLiteral("quantity"), QStringLiteral("the quantity cannot be negative")});
}

TEST_F(ImporterTest, OrderOfAnUnknownCustomer)
{
    expectRejected(ImportKind::Orders,
                   "order_no,customer_code,date,product_model,quantity,amount,cost\n"
                   "SO-1,C100,2024-03-05,X,1,10,5\n"
                   "SO-2,C999,2024-03-05,X,1,10,5\n",
                   {3, QStringLiteral("customer_code"), QStringLiteral("no customer with the code C999")});
}

TEST_F(ImporterTest, PaymentOfAnUnknownOrder)
{
    expectRejected(ImportKind::Payments, "order_no,date,amount\nSO-404,2024-04-01,100\n",
                   {2, QStringLiteral("order_no"), QStringLiteral("there is no order SO-404")});
}

TEST_F(ImporterTest, DuplicateKeyInsideTheFile)
{
    expectRejected(ImportKind::Orders,
                   "order_no,customer_code,date,product_model,quantity,amount,cost\n"
                   "SO-1,C100,2024-03-05,X,1,10,5\n"
                   "SO-2,C100,2024-03-05,X,1,10,5\n"
                   "SO-1,C101,2024-03-06,Y,1,10,5\n",
                   {4, QStringLiteral("order_no"), QStringLiteral("order SO-1 appears twice in the file: also on line 2")});
    expectRejected(ImportKind::Customers,
                   "code,name,region,industry,customer_since\nC200,A,华东,酒店,\nC200,B,华东,酒店,\n",
                   {3, QStringLiteral("code"), QStringLiteral("also on line 2")}, ImportMode::Upsert);
}

// "month customer sales profit orders" of customer_month, and the same summed from orders.
QStringList rollupRows(const Database &db, bool fromOrders)
{
    QSqlQuery query(db.connection());
    query.exec(fromOrders ? QStringLiteral("SELECT substr(o.date, 1, 7), c.code, sum(o.amount), sum(o.amount - o.cost), count(*)"
                                           " FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY 1, 2 ORDER BY 1, 2")
                          : QStringLiteral("SELECT m.month, c.code, m.sales, m.profit, m.orders FROM customer_month m"
                                           " JOIN customers c ON c.id = m.customer_id ORDER BY 1, 2"));
    QStringList rows;
    while (query.next())
        rows << QStringLiteral("%1 %2 %3 %4 %5").arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                                    query.value(3).toString(), query.value(4).toString());
    return rows;
}

QByteArray manyOrders(int count, const char *prefix)
{
    QByteArray bytes = "order_no,customer_code,date,product_model,quantity,amount,cost\n";
    for (int i = 0; i < count; ++i)
        bytes += QStringLiteral("%1%2,%3,2026-01-%4,X,1,1.00,0.50\n")
                         .arg(QLatin1String(prefix))
                         .arg(i)
                         .arg(i % 2 == 0 ? QStringLiteral("C100") : QStringLiteral("C101"))
                         .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                         .toUtf8();
    return bytes;
}

TEST_F(ImporterTest, BulkOrdersAddExactlyTheirSumsToTheMonthlyRollups)
{
    ASSERT_EQ(import(ImportKind::Orders, "order_no,customer_code,date,product_model,quantity,amount,cost\n"
                                         "SO-A1,C100,2026-01-10,X,1,10.00,4.00\n"
                                         "SO-A2,C101,2026-02-01,X,1,5.00,1.00\n").status,
              ImportResult::Status::Imported);
    // 150 orders: two full statements of 64 rows and 22 one by one; half of them join the
    // customer-month C100 already has.
    const ImportResult result = import(ImportKind::Orders, manyOrders(150, "SO-B"));
    ASSERT_EQ(result.status, ImportResult::Status::Imported);
    EXPECT_EQ(result.added, 150);
    EXPECT_EQ(rollupRows(*db, false), (QStringList{QStringLiteral("2026-01 C100 8500 4350 76"),
                                                   QStringLiteral("2026-01 C101 7500 3750 75"),
                                                   QStringLiteral("2026-02 C101 500 400 1")}));
    EXPECT_EQ(rollupRows(*db, false), rollupRows(*db, true));

    // Upsert moving an existing order to another month: the rollups are recomputed.
    ASSERT_EQ(import(ImportKind::Orders, manyOrders(3, "SO-C") + "SO-A1,C101,2026-03-01,X,1,10.00,4.00\n", ImportMode::Upsert).status,
              ImportResult::Status::Imported);
    EXPECT_EQ(rollupRows(*db, false), rollupRows(*db, true));
    EXPECT_TRUE(rollupRows(*db, false).contains(QStringLiteral("2026-03 C101 1000 600 1")));

    // The triggers are back: an order added by hand counts at once.
    QSqlQuery(db->connection()).exec(QStringLiteral("INSERT INTO orders (order_no, customer_id, date, product_model, quantity, amount, cost)"
                                                    " SELECT 'SO-D1', id, '2026-04-02', 'X', 1, 700, 100 FROM customers WHERE code = 'C100'"));
    EXPECT_TRUE(rollupRows(*db, false).contains(QStringLiteral("2026-04 C100 700 600 1")));
    EXPECT_EQ(rollupRows(*db, false), rollupRows(*db, true));
}

TEST_F(ImporterTest, ErrorsInsideAStatementOfManyRowsKeepTheirLinesAndFileOrder)
{
    QByteArray bytes = manyOrders(100, "SO-");
    bytes.replace("SO-69,", "SO-9,");              // line 71 repeats line 11
    bytes.replace("SO-89,C101,2026-01-06", "SO-89,C101,2026-13-06"); // line 91: not a date
    const QString before = counts();
    const ImportResult result = import(ImportKind::Orders, bytes);
    EXPECT_EQ(result.status, ImportResult::Status::Rejected);
    ASSERT_EQ(result.errors.size(), 2u);
    EXPECT_EQ(result.errors[0].line, 71);
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("order SO-9 appears twice in the file: also on line 11")))
            << result.errors[0].message.toStdString();
    EXPECT_EQ(result.errors[1].line, 91);
    EXPECT_EQ(result.errors[1].column, QStringLiteral("date"));
    EXPECT_EQ(counts(), before);
    EXPECT_TRUE(rollupRows(*db, false).isEmpty());
}

TEST_F(ImporterTest, UnknownCustomersInsideAStatementOfManyRowsKeepTheirPlaceInFileOrder)
{
    QByteArray bytes = manyOrders(100, "SO-");
    bytes.replace("SO-20,C100,2026-01-21", "SO-20,C100,2026-13-21"); // line 22: not a date
    bytes.replace("SO-29,C101,", "SO-29,C999,");                     // line 31: no such customer
    bytes.replace("SO-40,", "SO-5,");                                // line 42 repeats line 7
    bytes.replace("SO-78,C100,", "SO-78,C998,");                     // line 80, in the second statement
    const QString before = counts();
    const ImportResult result = import(ImportKind::Orders, bytes);
    EXPECT_EQ(result.status, ImportResult::Status::Rejected);
    ASSERT_EQ(result.errors.size(), 4u);
    EXPECT_EQ(result.errors[0].line, 22);
    EXPECT_EQ(result.errors[0].column, QStringLiteral("date"));
    EXPECT_EQ(result.errors[1].line, 31);
    EXPECT_EQ(result.errors[1].column, QStringLiteral("customer_code"));
    EXPECT_TRUE(result.errors[1].message.contains(QStringLiteral("no customer with the code C999"))) << result.errors[1].message.toStdString();
    EXPECT_EQ(result.errors[2].line, 42);
    EXPECT_TRUE(result.errors[2].message.contains(QStringLiteral("order SO-5 appears twice in the file: also on line 7")))
            << result.errors[2].message.toStdString();
    EXPECT_EQ(result.errors[3].line, 80);
    EXPECT_TRUE(result.errors[3].message.contains(QStringLiteral("no customer with the code C998"))) << result.errors[3].message.toStdString();
    EXPECT_EQ(counts(), before);
    EXPECT_TRUE(rollupRows(*db, false).isEmpty());
}

TEST_F(ImporterTest, ExistingKeyInInsertMode)
{
    expectRejected(ImportKind::Customers,
                   "code,name,region,industry,customer_since\nC200,New,华东,酒店,\nC101,Again,华北,酒店,\n",
                   {3, QStringLiteral("code"), QStringLiteral("customer C101 is already in the database")});
}

TEST_F(ImporterTest, UnknownRegionIsAnErrorUnknownManagerIsAdded)
{
    expectRejected(ImportKind::Customers, "code,name,region,industry,customer_since\nC200,New,华冬,酒店,\n",
                   {2, QStringLiteral("region"), QStringLiteral("'华冬' is not in the list; use one of: 华东, 华北")});
    const qint64 managers = count("account_managers");
    const ImportResult result = import(ImportKind::Customers,
                                       "code,name,region,industry,customer_since,account_manager\nC200,New,East,酒店,,赵新\n");
    ASSERT_EQ(result.status, ImportResult::Status::Imported);
    EXPECT_EQ(count("account_managers"), managers + 1);
    EXPECT_EQ(result.warnings, QStringList(QStringLiteral("1 new account managers added: 赵新")));
}

TEST_F(ImporterTest, AnErrorOnTheLastLineLeavesEarlierRowsUnwritten)
{
    QByteArray text = "order_no,customer_code,date,product_model,quantity,amount,cost\n";
    for (int i = 1; i <= 5000; ++i)
        text += "SO-" + QByteArray::number(i) + ",C100,2024-03-05,X,1,10,5\n";
    text += "SO-X,C100,2024-03-05,X,1,ten,5\n";
    expectRejected(ImportKind::Orders, text, {5002, QStringLiteral("amount"), QStringLiteral("'ten' is not an amount")});
}

TEST_F(ImporterTest, FilesThatCannotBeImportedSaySoInOneSentence)
{
    const QString before = counts();
    auto problem = [this](const QByteArray &bytes) {
        const ImportResult result = import(ImportKind::Orders, bytes);
        EXPECT_EQ(result.status, ImportResult::Status::Unreadable);
        return result.problem;
    };
    EXPECT_TRUE(problem("").endsWith(QStringLiteral("in.csv is empty.")));
    EXPECT_TRUE(problem(QByteArray("PK\x03\x04\x14\0\x06\0", 8)).contains(QStringLiteral("is an Excel workbook")));
    EXPECT_TRUE(problem(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)).contains(QStringLiteral("is not a CSV file")));
    EXPECT_TRUE(problem("order_no,customer_code,date,amount\nSO-1,C100,2024-01-01,1\n")
                        .contains(QStringLiteral("lacks the required column(s) product_model (产品型号), quantity (数量), cost (成本)")));
    EXPECT_TRUE(problem("Dear customer,\nplease find attached\n").contains(QStringLiteral("does not look like a CSV file of orders")));
    EXPECT_EQ(counts(), before);
}

TEST_F(ImporterTest, HeaderOnlyImportsNothing)
{
    const ImportResult result = import(ImportKind::Orders, "order_no,customer_code,date,product_model,quantity,amount,cost\r\n");
    EXPECT_EQ(result.status, ImportResult::Status::Imported);
    EXPECT_EQ(result.rows, 0);
    EXPECT_EQ(result.added, 0);
}

TEST_F(ImporterTest, UnknownColumnsAreIgnoredWithAWarning)
{
    const ImportResult result = import(ImportKind::Payments, "order_no,date,amount,经办人\n");
    EXPECT_EQ(result.status, ImportResult::Status::Imported);
    EXPECT_EQ(result.warnings, QStringList(QStringLiteral("ignored columns: 经办人")));
}

TEST_F(ImporterTest, UpsertUpdatesByKeyAndCounts)
{
    const ImportResult result = import(ImportKind::Customers,
                                       "code,name,region,industry,customer_since\n"
                                       "C100,苏州华美洗涤集团,华东,洗衣厂,2016\n"
                                       "C300,新客户,华南,酒店,\n",
                                       ImportMode::Upsert);
    ASSERT_EQ(result.status, ImportResult::Status::Imported);
    EXPECT_EQ(result.added, 1);
    EXPECT_EQ(result.updated, 1);
    const Customer huamei = customer("C100");
    EXPECT_EQ(huamei.name, QStringLiteral("苏州华美洗涤集团"));
    EXPECT_EQ(huamei.customerSince, QDate(2016, 1, 1));
    // Columns the file does not have keep their values.
    EXPECT_EQ(huamei.phone, QStringLiteral("0512-6666 8888"));
    EXPECT_NE(huamei.accountManagerId, 0);

    const QByteArray orders = "order_no,customer_code,date,product_model,quantity,amount,cost\nSO-1,C100,2024-03-05,X,1,10,5\n";
    EXPECT_EQ(import(ImportKind::Orders, orders).added, 1);
    const ImportResult again = import(ImportKind::Orders,
                                      "order_no,customer_code,date,product_model,quantity,amount,cost\n"
                                      "SO-1,C101,2024-03-05,X,3,30,15\nSO-2,C100,2024-03-06,X,1,10,5\n",
                                      ImportMode::Upsert);
    EXPECT_EQ(again.added, 1);
    EXPECT_EQ(again.updated, 1);
    EXPECT_EQ(TransactionRepository(*db).ordersOf(customer("C101").id).at(0).quantity, 3);
    // Payments have no key: the same payment again is counted as updated, not added twice.
    EXPECT_EQ(import(ImportKind::Payments, "order_no,date,amount\nSO-1,2024-04-01,30\n").added, 1);
    const ImportResult payments = import(ImportKind::Payments, "order_no,date,amount\nSO-1,2024-04-01,30\nSO-2,2024-04-01,10\n",
                                         ImportMode::Upsert);
    EXPECT_EQ(payments.added, 1);
    EXPECT_EQ(payments.updated, 1);
}

TEST_F(ImporterTest, DryRunAndCancelWriteNothing)
{
    const QString before = counts();
    QByteArray text = "order_no,customer_code,date,product_model,quantity,amount,cost\n";
    for (int i = 1; i <= 10000; ++i)
        text += "SO-" + QByteArray::number(i) + ",C100,2024-03-05,X,1,10,5\n";
    ImportOptions options;
    options.kind = ImportKind::Orders;
    options.dryRun = true;
    const ImportResult dry = Importer(*db).run(file(text), options);
    EXPECT_EQ(dry.status, ImportResult::Status::Imported);
    EXPECT_EQ(dry.added, 10000);
    EXPECT_EQ(counts(), before);

    options.dryRun = false;
    int calls = 0;
    options.progress = [&calls](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        return ++calls < 2;
    };
    EXPECT_EQ(Importer(*db).run(file(text), options).status, ImportResult::Status::Cancelled);
    EXPECT_EQ(counts(), before);
}

TEST_F(ImporterTest, InspectShowsDialectMappingAndFirstRows)
{
    const ImportPreview preview = Importer::inspect(DataDir + QStringLiteral("customers-excel-zh.gb18030.csv"), ImportKind::Customers);
    EXPECT_TRUE(preview.problem.isEmpty());
    EXPECT_EQ(preview.dialect.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(preview.mapping.fieldOf(CustomerColumn::Name), 1);
    ASSERT_EQ(preview.rows.size(), 3u);
    EXPECT_EQ(preview.rows[0].at(1), QStringLiteral("苏州华美洗涤有限公司"));
}

TEST_F(ImporterTest, InspectWithAGivenDelimiterSplitsByIt)
{
    const QString semicolons = file("code;name;region;industry;customer_since\nC400;Acme, Inc.;East;Hotel;2020\n");
    const ImportPreview detected = Importer::inspect(semicolons, ImportKind::Customers);
    EXPECT_EQ(detected.dialect.delimiter, ';');
    EXPECT_TRUE(detected.problem.isEmpty()) << detected.problem.toStdString();
    ASSERT_EQ(detected.rows.size(), 1u);
    EXPECT_EQ(detected.rows[0], (QStringList{"C400", "Acme, Inc.", "East", "Hotel", "2020"}));

    // Read with commas, the header is one unknown column and the row splits at the comma.
    const ImportPreview commas = Importer::inspect(semicolons, ImportKind::Customers, std::nullopt, ',');
    EXPECT_EQ(commas.dialect.delimiter, ',');
    EXPECT_EQ(commas.mapping.headers, QStringList{"code;name;region;industry;customer_since"});
    EXPECT_TRUE(commas.problem.contains(QStringLiteral("names none of the columns"))) << commas.problem.toStdString();
    ASSERT_EQ(commas.rows.size(), 1u);
    EXPECT_EQ(commas.rows[0], (QStringList{"C400;Acme", " Inc.;East;Hotel;2020"}));
}

// Export → import into an empty database → export again gives the same files, in both encodings.
class RoundTripTest : public test::TempFolderTest
{
};

TEST_F(RoundTripTest, ExportThenImportGivesIdenticalRecords)
{
    Database source(path(QStringLiteral("source.sqlite")));
    DemoDataGenerator::generate(source, {60, 600, 7, QDate(2026, 11, 23), {}});
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Gb18030}) {
        const QString tag = encoding == TextEncoding::Utf8 ? QStringLiteral("utf8") : QStringLiteral("gb");
        Database target(path(tag + QStringLiteral(".sqlite")));
        for (ImportKind kind : {ImportKind::Customers, ImportKind::Contacts, ImportKind::Orders, ImportKind::Payments,
                                ImportKind::ServiceCosts}) {
            const QString name = path(tag + importKindName(kind) + QStringLiteral(".csv"));
            ExportOptions exportOptions;
            exportOptions.kind = kind;
            exportOptions.encoding = encoding;
            exportOptions.bom = encoding == TextEncoding::Utf8;
            const ExportResult exported = Exporter(source).write(name, exportOptions);
            EXPECT_GT(exported.rows, 0);
            ImportOptions importOptions;
            importOptions.kind = kind;
            const ImportResult imported = Importer(target).run(name, importOptions);
            ASSERT_EQ(imported.status, ImportResult::Status::Imported) << name.toStdString() << imported.problem.toStdString();
            // An all-ASCII file (payments) is the same bytes in both encodings and reads as UTF-8.
            const QByteArray bytes = test::fileBytes(name);
            const bool ascii = std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
            if (ascii && encoding == TextEncoding::Gb18030)
                EXPECT_EQ(imported.dialect.encoding, TextEncoding::Utf8);
            else
                EXPECT_EQ(imported.dialect.encoding, encoding) << name.toStdString();
            EXPECT_EQ(imported.added, exported.rows);

            const QString again = path(tag + QStringLiteral("again-") + importKindName(kind) + QStringLiteral(".csv"));
            Exporter(target).write(again, exportOptions);
            EXPECT_EQ(test::fileBytes(again), test::fileBytes(name)) << name.toStdString();
        }
        // The monthly rollups a bulk import recomputes at its end (instead of a trigger per order).
        auto rollups = [](const Database &db) {
            QSqlQuery query(db.connection());
            query.exec(QStringLiteral("SELECT count(*), sum(sales), sum(profit), sum(orders) FROM customer_month"));
            query.next();
            return QStringLiteral("%1 %2 %3 %4").arg(query.value(0).toString(), query.value(1).toString(),
                                                     query.value(2).toString(), query.value(3).toString());
        };
        EXPECT_EQ(rollups(target), rollups(source));
        // And through the repository: the same customer file, ids and timestamps aside.
        CustomerRepository from(source);
        CustomerRepository to(target);
        for (const char *code : {"C000001", "C000017", "C000060"}) {
            Customer a = from.load(*from.idOfCode(QLatin1String(code)));
            Customer b = to.load(*to.idOfCode(QLatin1String(code)));
            for (Customer *c : {&a, &b}) {
                c->id = c->accountManagerId = 0;
                c->createdAt = c->updatedAt = {};
                for (Contact &contact : c->contacts)
                    contact.id = 0;
                for (Competitor &competitor : c->competitors)
                    competitor.id = 0;
                c->competitors.clear(); // not part of the import format
            }
            EXPECT_EQ(a, b) << code;
        }
    }
}

TEST_F(RoundTripTest, ExportOfAFilteredListWritesOnlyThoseCustomers)
{
    Database source(path(QStringLiteral("source.sqlite")));
    DemoDataGenerator::generate(source, {20, 200, 3, QDate(2026, 11, 23), {}});
    CustomerRepository customers(source);
    ExportOptions options;
    options.kind = ImportKind::Orders;
    options.customerIds = std::vector<qint64>{*customers.idOfCode(QStringLiteral("C000002")), *customers.idOfCode(QStringLiteral("C000005"))};
    const QString name = path(QStringLiteral("orders.csv"));
    const ExportResult result = Exporter(source).write(name, options);
    const QList<QByteArray> lines = test::fileBytes(name).split('\n');
    EXPECT_EQ(qint64(lines.size()), result.rows + 2); // header, rows, and the empty text after the last CRLF
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        EXPECT_TRUE(lines[i].contains(",C000002,") || lines[i].contains(",C000005,")) << lines[i].toStdString();
    EXPECT_TRUE(lines[0].endsWith("\r"));
}

} // namespace
} // namespace kehu
