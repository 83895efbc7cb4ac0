#include "complaintdemodata.h"

#include "complaintrepository.h"
#include "complaintsettings.h"
#include "database.h"
#include "sqlsupport.h"

#include <QSqlQuery>

#include <array>
#include <random>

namespace kehu {
namespace {

using Random = std::mt19937_64;

struct CauseSet
{
    ComplaintCategory category;
    double weight;
    std::array<const char *, 5> causes;
    std::array<const char *, 3> departments;
};

// Causes per category, the first ones far more frequent: the Pareto chart has a few tall bars.
const std::array<CauseSet, 5> Categories { {
    { ComplaintCategory::Quality, 40, { "轴承磨损", "密封件老化", "电机过热", "控制板故障", "焊缝开裂" }, { "质量部", "总师办", "生产部" } },
    { ComplaintCategory::Delivery, 25, { "排产延误", "物流破损", "发错型号", "缺件", "报关延误" }, { "物流部", "生产部", "采购部" } },
    { ComplaintCategory::Service, 20, { "响应慢", "培训不足", "备件不足", "服务态度", "安装不规范" }, { "销售服务部", "销售服务部", "生产部" } },
    { ComplaintCategory::Price, 10, { "报价误解", "调价未通知", "发票错误", "运费争议", "折扣未兑现" }, { "销售服务部", "销售服务部", "销售服务部" } },
    { ComplaintCategory::Other, 5, { "沟通不畅", "资料缺失", "其他", "其他", "其他" }, { "销售服务部", "质量部", "销售服务部" } },
} };
const std::array<const char *, 6> People { "王芳", "李强", "张伟", "刘洋", "陈静", "赵磊" };
const std::array<const char *, 4> Channels { "phone", "visit", "email", "online" };
const std::array<const char *, 5> Descriptions {
    "设备运行时异响，客户要求尽快派人查看",
    "交货比合同约定晚了，影响客户投产",
    "售后人员未按约定时间到场",
    "发票金额与合同不符",
    "设备频繁停机，影响生产",
};
const std::array<const char *, 5> Actions { "来料检验加严", "供应商整改并复审", "增加出厂老化测试", "修订作业指导书", "加强培训考核" };

double uniform(Random &random, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(random);
}

template<typename Array>
auto pick(Random &random, const Array &items)
{
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(random)];
}

// Biased towards the front: index 0 about twice as often as the middle.
size_t skewed(Random &random, size_t size)
{
    const double r = uniform(random, 0, 1);
    return std::min(size - 1, size_t(r * r * double(size)));
}

} // namespace

int ComplaintDemoData::generate(const Database &db, int count, quint64 seed, const QDateTime &now)
{
    std::vector<QString> codes;
    QSqlQuery customers = sql::prepare(db.connection(), QStringLiteral(
        "SELECT c.code FROM customers c WHERE c.archived_at IS NULL"
        " ORDER BY (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) DESC, c.code"));
    sql::exec(customers);
    while (customers.next())
        codes.push_back(customers.value(0).toString());
    customers.finish(); // an open read would keep the write-ahead log from being checkpointed
    if (codes.empty() || count <= 0)
        return 0;

    // Thousands of small transactions: without waiting for the disk on each, as demo data can
    // always be made again. The connection's own setting comes back afterwards.
    QSqlQuery synchronous = sql::exec(db.connection(), QStringLiteral("PRAGMA synchronous"));
    const QString previous = synchronous.next() ? synchronous.value(0).toString() : QStringLiteral("2");
    synchronous.finish();
    sql::exec(db.connection(), QStringLiteral("PRAGMA synchronous = OFF"));
    struct Restore
    {
        const Database &db;
        QString value;
        ~Restore() { QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous = ") + value); }
    } restore { db, previous };

    ComplaintSettings settings(db);
    settings.setEmergencyTeam({ QStringLiteral("张伟"), QStringLiteral("刘洋") });
    ComplaintRepository repository(db);
    Random random(seed * 7919 + 17);
    int written = 0;
    for (int i = 0; i < count; ++i) {
        // Pareto among customers: the biggest buyers complain most.
        const QString code = codes[skewed(random, std::min<size_t>(codes.size(), 400))];
        double roll = uniform(random, 0, 100);
        const CauseSet *set = &Categories[0];
        for (const CauseSet &candidate : Categories) {
            if (roll < candidate.weight) {
                set = &candidate;
                break;
            }
            roll -= candidate.weight;
        }
        const bool major = uniform(random, 0, 1) < 0.12;
        // Received on a working day between 8:00 and 18:00, within the last year.
        // Received within the last year, one in eight in the last three days (still open).
        QDateTime at;
        if (uniform(random, 0, 1) < 0.125) {
            at = now.addSecs(-qint64(uniform(random, 0.05, 72) * 3600));
        } else {
            at = now.addSecs(-qint64(uniform(random, 0.02, 1.0) * uniform(random, 0.05, 1.0) * 330 * 86400));
            at.setTime(QTime(8 + int(uniform(random, 0, 10)), int(uniform(random, 0, 60))));
            if (at > now)
                at = now.addSecs(-3600);
        }

        QSqlQuery order = sql::prepare(db.connection(), QStringLiteral(
            "SELECT o.order_no, o.product_model FROM orders o JOIN customers c ON c.id = o.customer_id"
            " WHERE c.code = ? AND o.date <= ? ORDER BY o.date DESC LIMIT 1"));
        order.addBindValue(code);
        order.addBindValue(at.date().toString(Qt::ISODate));
        sql::exec(order);
        QMap<QString, QString> fields { { QStringLiteral("channel"), QString::fromLatin1(pick(random, Channels)) },
            { QStringLiteral("category"), toKey(set->category) },
            { QStringLiteral("severity"), major ? QStringLiteral("major") : QStringLiteral("normal") },
            { QStringLiteral("description"), QString::fromUtf8(pick(random, Descriptions)) } };
        if (order.next() && uniform(random, 0, 1) < 0.8) {
            fields.insert(QStringLiteral("order"), order.value(0).toString());
            fields.insert(QStringLiteral("product"), order.value(1).toString());
        }
        order.finish();
        const QString receiver = QString::fromUtf8(People[size_t(i) % 2]); // sales-service staff
        const Complaint added = repository.add(code, { ComplaintStep::Add, at, receiver, fields });
        ++written;

        // Then each step after a plausible delay, as far as `now` allows.
        const double speed = major ? 0.4 : 1.0;
        auto next = [&](double lowHours, double highHours) {
            at = at.addSecs(qint64(uniform(random, lowHours, highHours) * speed * 3600));
            return at <= now;
        };
        const QString handler = QString::fromUtf8(People[2 + skewed(random, 4)]);
        const QString department = QString::fromUtf8(set->departments[skewed(random, 3)]);
        const QString cause = QString::fromUtf8(set->causes[skewed(random, 5)]);
        const QString action = QString::fromUtf8(pick(random, Actions));
        auto take = [&](ComplaintStep step, QMap<QString, QString> stepFields, const QString &by) {
            repository.takeStep(added.number, { step, at, by, std::move(stepFields) });
        };
        if (!next(0.1, 1.3))
            continue;
        take(ComplaintStep::Assign, { { QStringLiteral("department"), department } }, QStringLiteral("赵磊"));
        if (!next(0.5, 7))
            continue;
        take(ComplaintStep::Start, { { QStringLiteral("handler"), handler } }, handler);
        int rounds = uniform(random, 0, 1) < 0.15 ? 2 : 1;
        bool closed = false;
        while (rounds-- > 0) {
            if (!next(3, 80))
                break;
            QMap<QString, QString> resolution { { QStringLiteral("cause"), cause },
                { QStringLiteral("handling"), QStringLiteral("现场处理并验证") } };
            if (set->category == ComplaintCategory::Quality || uniform(random, 0, 1) < 0.2)
                resolution.insert(QStringLiteral("action"), action);
            take(ComplaintStep::Resolve, resolution, handler);
            if (!next(1, 24))
                break;
            take(ComplaintStep::Report, { { QStringLiteral("note"), QStringLiteral("电话告知客户处理结果") } }, receiver);
            if (!next(4, 72))
                break;
            if (rounds > 0) {
                take(ComplaintStep::Reject, { { QStringLiteral("note"), QStringLiteral("问题仍然存在") } }, receiver);
                continue;
            }
            take(ComplaintStep::Accept, { { QStringLiteral("note"), QStringLiteral("客户满意") } }, receiver);
            closed = true;
        }
        if (!closed)
            continue;
        const Complaint done = repository.load(added.number);
        if (!done.reviewDue.isValid())
            continue;
        at = done.reviewDue.addSecs(qint64(uniform(random, 0, 20) * 86400));
        if (at > now || uniform(random, 0, 1) < 0.3)
            continue; // some reviews are still to be done: the Analysis tab lists them
        const bool effective = uniform(random, 0, 1) < 0.8;
        QMap<QString, QString> review { { QStringLiteral("effective"), effective ? QStringLiteral("yes") : QStringLiteral("no") },
            { QStringLiteral("note"), effective ? QStringLiteral("未再发生") : QStringLiteral("同类问题再次出现") } };
        if (!effective)
            review.insert(QStringLiteral("action"), QString::fromUtf8(pick(random, Actions)));
        take(ComplaintStep::Review, review, QStringLiteral("赵磊"));
    }
    return written;
}

} // namespace kehu
