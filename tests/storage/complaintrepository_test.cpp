#include "storage/complaintrepository.h"
#include "storage/complaintsettings.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/referencelistrepository.h"
#include "storage/storageerror.h"
#include "storage/transactionrepository.h"

#include "testsupport.h"

#include <QSqlQuery>

namespace kehu {
namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ComplaintStepRecord addRecord(const char *when, const char *category = "quality", const char *severity = "normal",
                              QMap<QString, QString> extra = {})
{
    QMap<QString, QString> fields { { QStringLiteral("channel"), QStringLiteral("phone") },
        { QStringLiteral("category"), QString::fromLatin1(category) },
        { QStringLiteral("severity"), QString::fromLatin1(severity) },
        { QStringLiteral("description"), QStringLiteral("变压器异响") } };
    fields.insert(extra);
    return { ComplaintStep::Add, at(when), QStringLiteral("王芳"), fields };
}

ComplaintStepRecord stepRecord(ComplaintStep kind, const char *when, QMap<QString, QString> fields = {})
{
    return { kind, at(when), QStringLiteral("李工"), std::move(fields) };
}

StorageError::Kind errorKind(const std::function<void()> &call)
{
    try {
        call();
    } catch (const StorageError &e) {
        return e.kind();
    }
    return StorageError::Kind::Failed;
}

int countRows(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.next();
    return q.value(0).toInt();
}

class ComplaintRepositoryTest : public test::TempFolderTest
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(path(QStringLiteral("k.sqlite")));
        const ReferenceLists lists = ReferenceListRepository(*db).load();
        for (const char *code : { "C1", "C2" }) {
            Customer c;
            c.regionId = lists.regions[0].id;
            c.industryId = lists.industries[0].id;
            c.code = QString::fromLatin1(code);
            c.name = QStringLiteral("客户") + c.code;
            CustomerRepository(*db).create(c);
            ids.push_back(c.id);
        }
    }

    std::unique_ptr<Database> db;
    std::vector<qint64> ids;
};

TEST_F(ComplaintRepositoryTest, NumbersRunPerYear)
{
    ComplaintRepository repo(*db);
    EXPECT_EQ(repo.add(QStringLiteral("C1"), addRecord("2026-01-05T09:00:00")).number, QStringLiteral("TS-2026-000001"));
    EXPECT_EQ(repo.add(QStringLiteral("C2"), addRecord("2025-12-31T23:00:00")).number, QStringLiteral("TS-2025-000001"));
    EXPECT_EQ(repo.add(QStringLiteral("C1"), addRecord("2026-02-01T09:00:00")).number, QStringLiteral("TS-2026-000002"));
    const Complaint loaded = repo.load(QStringLiteral("TS-2025-000001"));
    EXPECT_EQ(loaded.customerCode, QStringLiteral("C2"));
    EXPECT_EQ(loaded.customerName, QStringLiteral("客户C2"));
    EXPECT_EQ(loaded.receivedAt, at("2025-12-31T23:00:00"));
    EXPECT_EQ(loaded.state, ComplaintState::Received);
}

TEST_F(ComplaintRepositoryTest, AddRefusesUnknownCustomerAndForeignOrder)
{
    Order order;
    order.orderNo = QStringLiteral("SO-1");
    order.customerId = ids[1];
    order.date = QDate(2025, 12, 1);
    order.productModel = QStringLiteral("SZ11-1000");
    order.quantity = 1;
    TransactionRepository(*db).addOrder(order);

    ComplaintRepository repo(*db);
    EXPECT_EQ(errorKind([&] { repo.add(QStringLiteral("C9"), addRecord("2026-01-05T09:00:00")); }), StorageError::Kind::Refused);
    EXPECT_EQ(errorKind([&] {
        repo.add(QStringLiteral("C1"), addRecord("2026-01-05T09:00:00", "quality", "normal", { { QStringLiteral("order"), QStringLiteral("SO-1") } }));
    }), StorageError::Kind::Refused);
    EXPECT_EQ(errorKind([&] { repo.add(QStringLiteral("C1"), addRecord("2026-01-05T09:00:00", "looks")); }), StorageError::Kind::Refused);
    EXPECT_EQ(countRows(*db, QStringLiteral("complaints")), 0);

    // The order's product is taken when none is given.
    const Complaint c = repo.add(QStringLiteral("C2"),
        addRecord("2026-01-05T09:00:00", "quality", "major", { { QStringLiteral("order"), QStringLiteral("SO-1") } }));
    EXPECT_EQ(c.productModel, QStringLiteral("SZ11-1000"));
    EXPECT_TRUE(repo.load(c.number).escalated);
}

TEST_F(ComplaintRepositoryTest, FullRunIsStoredWithEveryStep)
{
    ComplaintRepository repo(*db);
    const QString number = repo.add(QStringLiteral("C1"), addRecord("2026-01-05T09:00:00")).number;
    repo.takeStep(number, stepRecord(ComplaintStep::Assign, "2026-01-05T09:30:00", { { QStringLiteral("department"), QStringLiteral("Quality") } }));
    repo.takeStep(number, stepRecord(ComplaintStep::Start, "2026-01-05T12:00:00", { { QStringLiteral("onsite"), QStringLiteral("2026-01-05T14:00:00") } }));
    repo.takeStep(number, stepRecord(ComplaintStep::Resolve, "2026-01-06T10:00:00",
        { { QStringLiteral("cause"), QStringLiteral("绝缘老化") }, { QStringLiteral("handling"), QStringLiteral("更换线圈") },
            { QStringLiteral("action"), QStringLiteral("来料检验加严") } }));
    repo.takeStep(number, stepRecord(ComplaintStep::Report, "2026-01-06T11:00:00"));
    repo.takeStep(number, stepRecord(ComplaintStep::Reject, "2026-01-06T15:00:00", { { QStringLiteral("note"), QStringLiteral("仍有异响") } }));
    repo.takeStep(number, stepRecord(ComplaintStep::Resolve, "2026-01-07T10:00:00",
        { { QStringLiteral("cause"), QStringLiteral("绝缘老化") }, { QStringLiteral("handling"), QStringLiteral("整机更换") },
            { QStringLiteral("action"), QStringLiteral("来料检验加严") } }));
    repo.takeStep(number, stepRecord(ComplaintStep::Report, "2026-01-07T11:00:00"));
    repo.takeStep(number, stepRecord(ComplaintStep::Accept, "2026-01-08T09:00:00"));

    const Complaint c = repo.load(number);
    EXPECT_EQ(c.state, ComplaintState::Closed);
    EXPECT_EQ(c.department, QStringLiteral("质量部")); // typed in English, stored under its list name
    EXPECT_EQ(c.handler, QStringLiteral("李工"));
    EXPECT_EQ(c.handling, QStringLiteral("整机更换"));
    EXPECT_EQ(c.reopenCount, 1);
    EXPECT_EQ(c.closedAt, at("2026-01-08T09:00:00"));
    EXPECT_EQ(c.reviewDue, at("2026-04-08T09:00:00"));
    ASSERT_EQ(c.history.size(), 9u);
    const char *steps[] = { "add", "assign", "start", "resolve", "report", "reject", "resolve", "report", "accept" };
    for (size_t i = 0; i < 9; ++i)
        EXPECT_EQ(toKey(c.history[i].step), QString::fromLatin1(steps[i]));
    EXPECT_EQ(c.history[0].by, QStringLiteral("王芳"));
    EXPECT_EQ(c.history[0].field(QStringLiteral("description")), QStringLiteral("变压器异响"));
    EXPECT_EQ(c.history[2].field(QStringLiteral("onsite")), QStringLiteral("2026-01-05T14:00:00"));
    EXPECT_EQ(c.history[5].field(QStringLiteral("note")), QStringLiteral("仍有异响"));
    EXPECT_EQ(c.history[5].at, at("2026-01-06T15:00:00"));
    EXPECT_EQ(c.history[8].field(QStringLiteral("review_due")), QStringLiteral("2026-04-08T09:00:00"));
}

TEST_F(ComplaintRepositoryTest, RefusedStepWritesNothing)
{
    ComplaintRepository repo(*db);
    const QString number = repo.add(QStringLiteral("C1"), addRecord("2026-01-05T09:00:00")).number;
    try {
        repo.takeStep(number, stepRecord(ComplaintStep::Resolve, "2026-01-05T10:00:00"));
        FAIL();
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Refused);
        EXPECT_EQ(e.message(), QStringLiteral("TS-2026-000001: The complaint is received: 'resolve' is not allowed; allowed: assign."));
    }
    EXPECT_EQ(errorKind([&] {
        repo.takeStep(number, stepRecord(ComplaintStep::Assign, "2026-01-05T08:00:00", { { QStringLiteral("department"), QStringLiteral("质量部") } }));
    }), StorageError::Kind::Refused);
    EXPECT_EQ(errorKind([&] {
        repo.takeStep(number, stepRecord(ComplaintStep::Assign, "2026-01-05T10:00:00", { { QStringLiteral("department"), QStringLiteral("财务部") } }));
    }), StorageError::Kind::Refused);
    EXPECT_EQ(errorKind([&] { repo.takeStep(QStringLiteral("TS-2026-000099"), stepRecord(ComplaintStep::Assign, "2026-01-05T10:00:00")); }),
              StorageError::Kind::NotFound);
    EXPECT_EQ(countRows(*db, QStringLiteral("complaint_steps")), 1);
    EXPECT_EQ(repo.load(number).state, ComplaintState::Received);
}

TEST_F(ComplaintRepositoryTest, SecondOfTwoDesksIsRefused)
{
    Database other(path(QStringLiteral("k.sqlite")));
    ComplaintRepository first(*db);
    ComplaintRepository second(other);
    const QString number = first.add(QStringLiteral("C1"), addRecord("2026-01-05T09:00:00")).number;
    // Both saw "received" and press Assign.
    EXPECT_EQ(second.load(number).state, ComplaintState::Received);
    first.takeStep(number, stepRecord(ComplaintStep::Assign, "2026-01-05T09:30:00", { { QStringLiteral("department"), QStringLiteral("质量部") } }));
    EXPECT_EQ(errorKind([&] {
        second.takeStep(number, stepRecord(ComplaintStep::Assign, "2026-01-05T09:31:00", { { QStringLiteral("department"), QStringLiteral("生产部") } }));
    }), StorageError::Kind::Refused);
    EXPECT_EQ(first.load(number).department, QStringLiteral("质量部"));
    EXPECT_EQ(countRows(*db, QStringLiteral("complaint_steps")), 2);
}

TEST_F(ComplaintRepositoryTest, ListFilters)
{
    ComplaintRepository repo(*db);
    repo.add(QStringLiteral("C1"), addRecord("2026-01-05T09:00:00"));
    const QString second = repo.add(QStringLiteral("C2"), addRecord("2026-01-06T09:00:00")).number;
    repo.add(QStringLiteral("C2"), addRecord("2026-02-01T00:00:00"));
    repo.takeStep(second, stepRecord(ComplaintStep::Assign, "2026-01-06T10:00:00", { { QStringLiteral("department"), QStringLiteral("质量部") } }));

    EXPECT_EQ(repo.list().size(), 3u);
    EXPECT_EQ(repo.list().front().number, QStringLiteral("TS-2026-000003")); // newest first
    ComplaintQuery assigned;
    assigned.state = ComplaintState::Assigned;
    ASSERT_EQ(repo.list(assigned).size(), 1u);
    EXPECT_EQ(repo.list(assigned).front().history.size(), 2u);
    ComplaintQuery ofC2;
    ofC2.customerId = ids[1];
    EXPECT_EQ(repo.list(ofC2).size(), 2u);
    ComplaintQuery january;
    january.receivedFrom = QDate(2026, 1, 1);
    january.receivedTo = QDate(2026, 1, 31);
    EXPECT_EQ(repo.list(january).size(), 2u);
}

TEST_F(ComplaintRepositoryTest, CommentsAndAttachments)
{
    ComplaintRepository repo(*db);
    const Complaint c = repo.add(QStringLiteral("C1"), addRecord("2026-01-05T09:00:00"));
    repo.addComment(c.id, at("2026-01-05T09:10:00"), QStringLiteral("王芳"), QStringLiteral("客户来电催促"));
    ASSERT_EQ(repo.comments(c.id).size(), 1u);
    EXPECT_EQ(repo.comments(c.id)[0].text, QStringLiteral("客户来电催促"));

    const QByteArray photo(1000, 'x');
    const qint64 id = repo.addAttachment(c.id, at("2026-01-05T09:20:00"), QStringLiteral("王芳"),
                                         QStringLiteral("现场.jpg"), QStringLiteral("image/jpeg"), photo);
    ASSERT_EQ(repo.attachments(c.id).size(), 1u);
    EXPECT_EQ(repo.attachments(c.id)[0].size, 1000);
    EXPECT_EQ(repo.attachments(c.id)[0].fileName, QStringLiteral("现场.jpg"));
    EXPECT_EQ(repo.attachmentData(id), photo);

    // 20 MB is allowed, a byte more is not.
    const QByteArray limit(20 * 1024 * 1024, 'a');
    EXPECT_NO_THROW(repo.addAttachment(c.id, at("2026-01-05T09:30:00"), QStringLiteral("王芳"), QStringLiteral("a.bin"), {}, limit));
    try {
        repo.addAttachment(c.id, at("2026-01-05T09:40:00"), QStringLiteral("王芳"), QStringLiteral("big.mp4"),
                           QStringLiteral("video/mp4"), limit + "b");
        FAIL();
    } catch (const StorageError &e) {
        EXPECT_EQ(e.message(), QStringLiteral("big.mp4 is 20.0 MB; an attachment may be at most 20 MB."));
    }
    EXPECT_EQ(repo.attachments(c.id).size(), 2u);
}

TEST_F(ComplaintRepositoryTest, RateIsComplaintsPerHundredOrdersInThePeriod)
{
    TransactionRepository orders(*db);
    for (int i = 0; i < 8; ++i) {
        Order o;
        o.orderNo = QStringLiteral("SO-%1").arg(i);
        o.customerId = ids[0];
        o.date = i < 5 ? QDate(2026, 3, 1) : QDate(2024, 1, 1); // 5 in the period, 3 before it
        o.productModel = QStringLiteral("M");
        o.quantity = 1;
        orders.addOrder(o);
    }
    ComplaintRepository repo(*db);
    repo.add(QStringLiteral("C1"), addRecord("2026-04-01T09:00:00"));
    repo.add(QStringLiteral("C1"), addRecord("2024-04-01T09:00:00")); // before the period
    const ComplaintRate rate = repo.rate(ids[0], Period { QDate(2025, 11, 24), QDate(2026, 11, 23) });
    EXPECT_EQ(rate.complaints, 1);
    EXPECT_EQ(rate.orders, 5);
    EXPECT_DOUBLE_EQ(*rate.per100Orders(), 20.0);
    EXPECT_FALSE(repo.rate(ids[1], Period { QDate(2025, 11, 24), QDate(2026, 11, 23) }).per100Orders().has_value());
}

TEST_F(ComplaintRepositoryTest, SettingsRoundTrip)
{
    ComplaintSettings settings(*db);
    EXPECT_EQ(settings.rules(), ComplaintRules());
    EXPECT_EQ(settings.rules().major.resolveMinutes, 24 * 60);
    EXPECT_EQ(settings.rules().normal.resolveMinutes, 72 * 60);
    ComplaintRules rules;
    rules.major.resolveMinutes = 240;
    rules.reviewDays = 30;
    settings.setRules(rules);
    EXPECT_EQ(ComplaintSettings(*db).rules(), rules);
    rules.normal.respondMinutes = 0;
    EXPECT_EQ(errorKind([&] { settings.setRules(rules); }), StorageError::Kind::Refused);

    EXPECT_TRUE(settings.emergencyTeam().isEmpty());
    settings.setEmergencyTeam({ QStringLiteral(" 张伟 "), QStringLiteral("李娜"), QStringLiteral(""), QStringLiteral("张伟") });
    EXPECT_EQ(settings.emergencyTeam(), (QStringList { QStringLiteral("张伟"), QStringLiteral("李娜") }));

    ASSERT_EQ(settings.departments().size(), 6u);
    EXPECT_EQ(settings.departments()[3].name, QStringLiteral("总师办"));
    EXPECT_EQ(settings.departmentName(QStringLiteral("Chief Engineer's Office")), QStringLiteral("总师办"));
    std::vector<ListItem> departments = settings.departments();
    departments.push_back({ 0, QStringLiteral("车间"), QStringLiteral("workshop"), 0 });
    settings.setDepartments(departments);
    EXPECT_EQ(settings.departmentName(QStringLiteral("workshop")), QStringLiteral("车间"));
    departments.push_back({ 0, QStringLiteral("车间"), {}, 0 });
    EXPECT_EQ(errorKind([&] { settings.setDepartments(departments); }), StorageError::Kind::Refused);
    EXPECT_EQ(settings.departments().size(), 7u);
}

} // namespace
} // namespace kehu
