#include "domain/complaintreport.h"
#include "domain/complaintworkflow.h"

#include "testsupport.h"

namespace kehu {
namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class Builder
{
public:
    Builder(const char *number, const char *customer, const char *category, const char *severity, const char *received,
            const char *product = "")
    {
        QString refusal;
        m_c = ComplaintWorkflow::received({ ComplaintStep::Add, at(received), QStringLiteral("王芳"),
                                              { { QStringLiteral("channel"), QStringLiteral("phone") },
                                                  { QStringLiteral("category"), QString::fromLatin1(category) },
                                                  { QStringLiteral("severity"), QString::fromLatin1(severity) },
                                                  { QStringLiteral("product"), QString::fromUtf8(product) },
                                                  { QStringLiteral("description"), QStringLiteral("d") } } },
                                          &refusal);
        EXPECT_EQ(refusal, QString());
        m_c.number = QString::fromLatin1(number);
        m_c.customerCode = QString::fromLatin1(customer);
        m_c.customerName = QStringLiteral("Name of ") + m_c.customerCode;
    }
    Builder &then(ComplaintStep kind, const char *when, QMap<QString, QString> fields = {})
    {
        const ComplaintStepRecord s { kind, at(when), QStringLiteral("李工"), std::move(fields) };
        EXPECT_EQ(ComplaintWorkflow::checkStep(m_c, s, {}), QString());
        m_c = ComplaintWorkflow::applyStep(m_c, s, {});
        return *this;
    }
    Complaint done() const { return m_c; }

private:
    Complaint m_c;
};

QMap<QString, QString> dept(const char *name) { return { { QStringLiteral("department"), QString::fromUtf8(name) } }; }
QMap<QString, QString> cause(const char *text)
{
    return { { QStringLiteral("cause"), QString::fromUtf8(text) }, { QStringLiteral("handling"), QStringLiteral("h") },
        { QStringLiteral("action"), QStringLiteral("a") } };
}

// Worked by hand; the period is January 2026, figures as of 2026-02-10 00:00.
//   A quality/normal C1 P1: received 01-05 09:00, assigned 09:30, started 12:00, resolved 01-06 10:00,
//     reported 11:00, accepted 01-07 09:00 (review due 04-07: not yet).
//   B quality/major C2 P1: received 01-10 08:00, assigned 10:00 (respond due 09:00: late), started
//     12:00 (on site due 14:00), resolved 01-11 08:00 (due 08:00 exactly: on time), reported 09:00,
//     rejected 12:00: in progress again, resolve target open and past due.
//   C delivery/normal C1: received 01-20 09:00 and nothing since: every target past due.
//   D received 2025-10-01, outside the period, closed 2025-10-02 09:00: review due 2025-12-31 09:00.
std::vector<Complaint> sample()
{
    Complaint a = Builder("TS-2026-000001", "C1", "quality", "normal", "2026-01-05T09:00:00", "P1")
                      .then(ComplaintStep::Assign, "2026-01-05T09:30:00", dept("质量部"))
                      .then(ComplaintStep::Start, "2026-01-05T12:00:00")
                      .then(ComplaintStep::Resolve, "2026-01-06T10:00:00", cause("绝缘老化"))
                      .then(ComplaintStep::Report, "2026-01-06T11:00:00")
                      .then(ComplaintStep::Accept, "2026-01-07T09:00:00")
                      .done();
    Complaint b = Builder("TS-2026-000002", "C2", "quality", "major", "2026-01-10T08:00:00", "P1")
                      .then(ComplaintStep::Assign, "2026-01-10T10:00:00", dept("质量部"))
                      .then(ComplaintStep::Start, "2026-01-10T12:00:00")
                      .then(ComplaintStep::Resolve, "2026-01-11T08:00:00", cause("绝缘老化"))
                      .then(ComplaintStep::Report, "2026-01-11T09:00:00")
                      .then(ComplaintStep::Reject, "2026-01-11T12:00:00", { { QStringLiteral("note"), QStringLiteral("n") } })
                      .done();
    Complaint c = Builder("TS-2026-000003", "C1", "delivery", "normal", "2026-01-20T09:00:00").done();
    Complaint d = Builder("TS-2025-000009", "C3", "quality", "normal", "2025-10-01T09:00:00", "P2")
                      .then(ComplaintStep::Assign, "2025-10-01T09:10:00", dept("生产部"))
                      .then(ComplaintStep::Start, "2025-10-01T10:00:00")
                      .then(ComplaintStep::Resolve, "2025-10-01T16:00:00", cause("装配错误"))
                      .then(ComplaintStep::Report, "2025-10-01T17:00:00")
                      .then(ComplaintStep::Accept, "2025-10-02T09:00:00")
                      .done();
    return { a, b, c, d };
}

const Period January { QDate(2026, 1, 1), QDate(2026, 1, 31) };

TEST(ComplaintReportTest, CountsAndSharesByDimension)
{
    const std::vector<Complaint> selected = receivedIn(sample(), January);
    ASSERT_EQ(selected.size(), 3u);
    const std::vector<ComplaintCount> byCategory = countBy(selected, ComplaintDimension::Category);
    ASSERT_EQ(byCategory.size(), 2u);
    EXPECT_EQ(byCategory[0].key, QStringLiteral("quality"));
    EXPECT_EQ(byCategory[0].count, 2);
    EXPECT_DOUBLE_EQ(byCategory[0].share, 2.0 / 3);
    EXPECT_EQ(byCategory[1].key, QStringLiteral("delivery"));
    EXPECT_DOUBLE_EQ(byCategory[1].cumulativeShare, 1.0);

    const std::vector<ComplaintCount> byCustomer = countBy(selected, ComplaintDimension::Customer);
    ASSERT_EQ(byCustomer.size(), 2u);
    EXPECT_EQ(byCustomer[0].key, QStringLiteral("C1"));
    EXPECT_EQ(byCustomer[0].label, QStringLiteral("Name of C1"));
    EXPECT_EQ(byCustomer[0].count, 2);

    const std::vector<ComplaintCount> byCause = countBy(selected, ComplaintDimension::Cause);
    ASSERT_EQ(byCause.size(), 2u);
    EXPECT_EQ(byCause[0].key, QStringLiteral("绝缘老化"));
    EXPECT_EQ(byCause[1].key, QString()); // C has no cause yet
    const std::vector<ComplaintCount> byProduct = countBy(selected, ComplaintDimension::Product);
    EXPECT_EQ(byProduct[0].key, QStringLiteral("P1"));
    EXPECT_EQ(byProduct[0].count, 2);
    const std::vector<ComplaintCount> byDepartment = countBy(selected, ComplaintDimension::Department);
    EXPECT_EQ(byDepartment[0].key, QStringLiteral("质量部"));
    EXPECT_EQ(byDepartment[1].key, QString());
}

TEST(ComplaintReportTest, CauseParetoLeavesOutComplaintsWithoutCause)
{
    std::vector<Complaint> all = sample();
    all[2].rootCause = QStringLiteral("包装破损"); // pretend C found a cause: 绝缘老化 2, 包装破损 1, 装配错误 1
    const std::vector<ComplaintCount> pareto = causePareto(all);
    ASSERT_EQ(pareto.size(), 3u);
    EXPECT_EQ(pareto[0].key, QStringLiteral("绝缘老化"));
    EXPECT_DOUBLE_EQ(pareto[0].share, 0.5);
    EXPECT_EQ(pareto[1].key, QStringLiteral("包装破损")); // tie with 装配错误: by key
    EXPECT_DOUBLE_EQ(pareto[1].cumulativeShare, 0.75);
    EXPECT_DOUBLE_EQ(pareto[2].cumulativeShare, 1.0);
}

TEST(ComplaintReportTest, StepTimesMeanAndP90)
{
    const std::vector<StepDuration> times = stepDurations(receivedIn(sample(), January));
    ASSERT_EQ(times.size(), 6u);
    EXPECT_EQ(times[0].step, ComplaintStep::Assign); // 0.5 h and 2 h
    EXPECT_EQ(times[0].count, 2);
    EXPECT_DOUBLE_EQ(times[0].meanHours, 1.25);
    EXPECT_DOUBLE_EQ(times[0].p90Hours, 2.0);
    EXPECT_DOUBLE_EQ(times[1].meanHours, 2.25); // start: 2.5 h and 2 h
    EXPECT_DOUBLE_EQ(times[1].p90Hours, 2.5);
    EXPECT_DOUBLE_EQ(times[2].meanHours, 21.0); // resolve: 22 h and 20 h
    EXPECT_DOUBLE_EQ(times[2].p90Hours, 22.0);
    EXPECT_DOUBLE_EQ(times[3].meanHours, 1.0); // report
    EXPECT_EQ(times[4].count, 1);              // accept: A only, 22 h
    EXPECT_DOUBLE_EQ(times[4].meanHours, 22.0);
    EXPECT_EQ(times[5].step, ComplaintStep::Reject);
    EXPECT_DOUBLE_EQ(times[5].p90Hours, 3.0);
}

TEST(ComplaintReportTest, P90IsNearestRank)
{
    // Ten assignments taking 1..10 hours: rank ceil(9) = 9 → 9 h.
    std::vector<Complaint> ten;
    for (int h = 1; h <= 10; ++h) {
        const QByteArray when = QStringLiteral("2026-01-05T%1:00:00").arg(h, 2, 10, QLatin1Char('0')).toLatin1();
        ten.push_back(Builder("TS-2026-000001", "C1", "price", "normal", "2026-01-05T00:00:00")
                          .then(ComplaintStep::Assign, when.constData(), dept("销售服务部"))
                          .done());
    }
    const StepDuration assign = stepDurations(ten)[0];
    EXPECT_DOUBLE_EQ(assign.meanHours, 5.5);
    EXPECT_DOUBLE_EQ(assign.p90Hours, 9.0);
}

TEST(ComplaintReportTest, OverdueRatesReopenRateAndReviews)
{
    const std::vector<Complaint> all = sample();
    const ComplaintReport report = buildComplaintReport(all, January, ComplaintDimension::Category, {},
                                                        at("2026-02-10T00:00:00"));
    EXPECT_EQ(report.total, 3);
    EXPECT_EQ(report.open, 2);
    EXPECT_EQ(report.escalated, 1);
    ASSERT_EQ(report.overdueRates.size(), 3u);
    EXPECT_EQ(report.overdueRates[0].decided, 3); // respond: B late, C unmet
    EXPECT_EQ(report.overdueRates[0].overdue, 2);
    EXPECT_DOUBLE_EQ(report.overdueRates[0].rate, 2.0 / 3);
    EXPECT_EQ(report.overdueRates[1].overdue, 1); // on site: C only
    EXPECT_EQ(report.overdueRates[2].overdue, 2); // resolve: B reopened, C
    EXPECT_EQ(report.reopen.reported, 2);
    EXPECT_EQ(report.reopen.reopened, 1);
    EXPECT_DOUBLE_EQ(report.reopen.rate, 0.5);
    ASSERT_EQ(report.reviewsDue.size(), 1u);
    EXPECT_EQ(report.reviewsDue[0].number, QStringLiteral("TS-2025-000009"));
    EXPECT_EQ(report.reviewsDue[0].due, at("2025-12-31T09:00:00"));

    // A target still running is not decided: as of 01-20 09:30, C's respond target has 30 minutes left.
    const std::vector<TargetRate> early = overdueRates(receivedIn(all, January), {}, at("2026-01-20T09:30:00"));
    EXPECT_EQ(early[0].decided, 2);
    EXPECT_EQ(early[0].overdue, 1);
}

} // namespace
} // namespace kehu
