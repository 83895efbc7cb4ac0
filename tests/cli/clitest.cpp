#include "clitest.h"

#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/referencelistrepository.h"
#include "storage/transactionrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

namespace kehu::test {

CliRun CliTest::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder() + QStringLiteral("/xdg-data"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KEHU_BIN_DIR "/kehu-cli"), arguments);
    CliRun result;
    if (!process.waitForFinished(60000)) {
        ADD_FAILURE() << "kehu-cli did not finish: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonDocument CliTest::listJson(const QString &db, const QStringList &extra) const
{
    const CliRun result = run(QStringList { QStringLiteral("--db"), db, QStringLiteral("customers"),
                                  QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }
        + extra);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
    EXPECT_TRUE(document.isArray());
    return document;
}

QStringList CliTest::codesOf(const QJsonDocument &list)
{
    QStringList codes;
    for (const QJsonValue &value : list.array())
        codes << value.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

int CliTest::countRows(const QString &db, const QString &table)
{
    Database database(db, { Database::OpenMode::MustExist });
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

namespace {

Customer knownCustomer(const QString &code, const QString &name, const ReferenceLists &lists, qint64 managerId)
{
    const QDate today = QDate::currentDate();
    Customer c;
    c.code = code;
    c.name = name;
    c.regionId = lists.findByName(ListKind::Region, QStringLiteral("华东"))->id;
    c.industryId = lists.findByName(ListKind::Industry, QStringLiteral("洗衣厂"))->id;
    c.accountManagerId = managerId;
    c.category = Category::General;
    c.lastReviewed = today.addDays(-30);
    return c;
}

Order order(qint64 customerId, const QString &number, QDate date, qint64 amountFen, qint64 costFen)
{
    Order o;
    o.customerId = customerId;
    o.orderNo = number;
    o.date = date;
    o.productModel = QStringLiteral("KH-W100 洗脱机");
    o.quantity = 1;
    o.amount = Money::fromFen(amountFen);
    o.cost = Money::fromFen(costFen);
    return o;
}

} // namespace

// K001 苏州华美洗涤有限公司: key account, contact 张敏 138 0000 1111, verified, reviewed 30 days ago,
//      customer for 3 years 4 months; orders 1000.00 (cost 600.00, 30 days ago, 800.00 paid 10 days
//      ago), 500.00 (cost 550.00, 60 days ago, unpaid), 300.00 (cost 100.00, two years ago, unpaid);
//      service costs 120.00 (20 days ago) and 50.00 (two years ago).
// K002 Acme, "Best" Laundry: general, no orders (a name that CSV has to quote).
// K003 上海恒通酒店管理有限公司: phone 021-5555 0100, last reviewed 13 months ago (stale).
// K004 北京华美宾馆: archived.
// All in region 华东 (→ 上海中心), industry 洗衣厂, account manager 王伟.
QString CliTest::seedKnownCustomers() const
{
    const QString path = this->path(QStringLiteral("known.sqlite"));
    const QDate today = QDate::currentDate();
    Database db(path);
    const qint64 manager = ReferenceListRepository(db).findOrAdd(ListKind::AccountManager, QStringLiteral("王伟"));
    const ReferenceLists lists = ReferenceListRepository(db).load();
    CustomerRepository customers(db);

    Customer huamei = knownCustomer(QStringLiteral("K001"), QStringLiteral("苏州华美洗涤有限公司"), lists, manager);
    huamei.category = Category::Key;
    huamei.customerSince = today.addMonths(-40);
    huamei.status = CustomerStatus::Verified;
    huamei.verifiedBy = QStringLiteral("客服中心");
    huamei.contacts.push_back({ 0, QStringLiteral("张敏"), QStringLiteral("采购经理"), ContactRole::Purchaser,
        QStringLiteral("138 0000 1111"), QStringLiteral("zhangmin@huamei.cn"), QStringLiteral("zm_huamei") });
    huamei.competitors.push_back({ 0, QStringLiteral("海狮洗涤机械"), QStringLiteral("价格低") });
    customers.create(huamei);

    Customer acme = knownCustomer(QStringLiteral("K002"), QStringLiteral("Acme, \"Best\" Laundry"), lists, manager);
    customers.create(acme);

    Customer hengtong
        = knownCustomer(QStringLiteral("K003"), QStringLiteral("上海恒通酒店管理有限公司"), lists, manager);
    hengtong.phone = QStringLiteral("021-5555 0100");
    hengtong.lastReviewed = today.addMonths(-13);
    customers.create(hengtong);

    Customer archived = knownCustomer(QStringLiteral("K004"), QStringLiteral("北京华美宾馆"), lists, manager);
    customers.create(archived);
    customers.archive(archived.id, QDateTime::currentDateTime());

    TransactionRepository transactions(db);
    Order recent = order(huamei.id, QStringLiteral("SO-1"), today.addDays(-30), 100000, 60000);
    Order loss = order(huamei.id, QStringLiteral("SO-2"), today.addDays(-60), 50000, 55000);
    Order old = order(huamei.id, QStringLiteral("SO-3"), today.addYears(-2), 30000, 10000);
    transactions.addOrder(recent);
    transactions.addOrder(loss);
    transactions.addOrder(old);
    Payment payment { 0, recent.id, today.addDays(-10), Money::fromFen(80000) };
    transactions.addPayment(payment);
    ServiceCost travel { 0, huamei.id, today.addDays(-20), ServiceCostCategory::Travel, Money::fromFen(12000), {} };
    ServiceCost oldDinner { 0, huamei.id, today.addYears(-2), ServiceCostCategory::Entertainment, Money::fromFen(5000),
        {} };
    transactions.addServiceCost(travel);
    transactions.addServiceCost(oldDinner);
    return path;
}

} // namespace kehu::test
