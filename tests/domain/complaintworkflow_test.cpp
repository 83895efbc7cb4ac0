#include "domain/complainttargets.h"
#include "domain/complaintworkflow.h"

#include "testsupport.h"

namespace kehu {
namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ComplaintStepRecord step(ComplaintStep kind, const char *time, QMap<QString, QString> fields = {},
                         const QString &by = QStringLiteral("王芳"))
{
    return { kind, at(time), by, std::move(fields) };
}

Complaint newComplaint(const char *category = "quality", const char *severity = "normal")
{
    QString refusal;
    Complaint c = ComplaintWorkflow::received(
        step(ComplaintStep::Add, "2026-01-05T09:00:00",
             { { QStringLiteral("channel"), QStringLiteral("phone") },
                 { QStringLiteral("category"), QString::fromLatin1(category) },
                 { QStringLiteral("severity"), QString::fromLatin1(severity) },
                 { QStringLiteral("description"), QStringLiteral("变压器异响") } }),
        &refusal);
    EXPECT_EQ(refusal, QString());
    c.number = QStringLiteral("TS-2026-000001");
    return c;
}

// Takes a step that must pass and returns the complaint after it.
Complaint take(const Complaint &c, const ComplaintStepRecord &s, const ComplaintRules &rules = {})
{
    EXPECT_EQ(ComplaintWorkflow::checkStep(c, s, rules), QString()) << toKey(s.step).toStdString();
    return ComplaintWorkflow::applyStep(c, s, rules);
}

const QMap<QString, QString> Resolution { { QStringLiteral("cause"), QStringLiteral("绝缘老化") },
    { QStringLiteral("handling"), QStringLiteral("更换线圈") }, { QStringLiteral("action"), QStringLiteral("来料检验加严") } };

Complaint closedQuality()
{
    Complaint c = newComplaint();
    c = take(c, step(ComplaintStep::Assign, "2026-01-05T09:30:00", { { QStringLiteral("department"), QStringLiteral("质量部") } }));
    c = take(c, step(ComplaintStep::Start, "2026-01-05T12:00:00", {}, QStringLiteral("李工")));
    c = take(c, step(ComplaintStep::Resolve, "2026-01-06T10:00:00", Resolution));
    c = take(c, step(ComplaintStep::Report, "2026-01-06T11:00:00", { { QStringLiteral("note"), QStringLiteral("电话告知") } }));
    return take(c, step(ComplaintStep::Accept, "2026-01-07T09:00:00"));
}

TEST(ComplaintWorkflowTest, EveryAllowedTransition)
{
    using S = ComplaintState;
    using P = ComplaintStep;
    const struct
    {
        S from;
        P step;
        S to;
    } allowed[] = {
        { S::Received, P::Assign, S::Assigned },
        { S::Assigned, P::Start, S::InProgress },
        { S::InProgress, P::Resolve, S::Resolved },
        { S::Resolved, P::Report, S::AwaitingVerdict },
        { S::AwaitingVerdict, P::Accept, S::Closed },
        { S::AwaitingVerdict, P::Reject, S::InProgress },
        { S::Closed, P::Review, S::Closed },
    };
    int allowedCount = 0;
    for (S state : allComplaintStates()) {
        for (P s : allComplaintSteps()) {
            const ComplaintTransition t = ComplaintWorkflow::transition(state, s);
            bool expected = false;
            for (const auto &edge : allowed) {
                if (edge.from == state && edge.step == s) {
                    expected = true;
                    ASSERT_TRUE(t.next.has_value());
                    EXPECT_EQ(*t.next, edge.to);
                    ++allowedCount;
                }
            }
            if (!expected) {
                EXPECT_FALSE(t.next.has_value()) << toKey(state).toStdString() << " " << toKey(s).toStdString();
                EXPECT_TRUE(t.refusal.contains(toKey(state))) << t.refusal.toStdString();
            }
        }
    }
    EXPECT_EQ(allowedCount, 7);
}

TEST(ComplaintWorkflowTest, RefusalNamesStateAndAllowedSteps)
{
    const ComplaintTransition t = ComplaintWorkflow::transition(ComplaintState::AwaitingVerdict, ComplaintStep::Resolve);
    EXPECT_EQ(t.refusal, QStringLiteral("The complaint is awaiting_verdict: 'resolve' is not allowed; allowed: accept, reject."));
    EXPECT_EQ(ComplaintWorkflow::transition(ComplaintState::Received, ComplaintStep::Start).refusal,
              QStringLiteral("The complaint is received: 'start' is not allowed; allowed: assign."));
}

TEST(ComplaintWorkflowTest, RefusedStepChangesNothing)
{
    const Complaint c = newComplaint();
    const ComplaintStepRecord s = step(ComplaintStep::Resolve, "2026-01-05T10:00:00", Resolution);
    EXPECT_FALSE(ComplaintWorkflow::checkStep(c, s, {}).isEmpty());
    EXPECT_EQ(ComplaintWorkflow::applyStep(c, s, {}), c);
}

TEST(ComplaintWorkflowTest, MajorIsEscalatedOnReceipt)
{
    EXPECT_TRUE(newComplaint("delivery", "major").escalated);
    EXPECT_FALSE(newComplaint("delivery", "normal").escalated);
}

TEST(ComplaintWorkflowTest, AddChecksItsFields)
{
    QString refusal;
    ComplaintWorkflow::received(step(ComplaintStep::Add, "2026-01-05T09:00:00",
                                     { { QStringLiteral("channel"), QStringLiteral("fax") },
                                         { QStringLiteral("category"), QStringLiteral("quality") },
                                         { QStringLiteral("severity"), QStringLiteral("normal") },
                                         { QStringLiteral("description"), QStringLiteral("x") } }),
                                &refusal);
    EXPECT_EQ(refusal, QStringLiteral("The channel is one of phone, visit, email, online."));
    ComplaintWorkflow::received(step(ComplaintStep::Add, "2026-01-05T09:00:00",
                                     { { QStringLiteral("channel"), QStringLiteral("email") },
                                         { QStringLiteral("category"), QStringLiteral("quality") },
                                         { QStringLiteral("severity"), QStringLiteral("normal") },
                                         { QStringLiteral("description"), QStringLiteral("  ") } }),
                                &refusal);
    EXPECT_EQ(refusal, QStringLiteral("A complaint needs a description."));
}

TEST(ComplaintWorkflowTest, StepDatedBeforePreviousIsRefused)
{
    Complaint c = newComplaint();
    EXPECT_EQ(ComplaintWorkflow::checkStep(c, step(ComplaintStep::Assign, "2026-01-05T08:59:59",
                                                   { { QStringLiteral("department"), QStringLiteral("质量部") } }), {}),
              QStringLiteral("The step is dated 2026-01-05T08:59:59, before the previous step (2026-01-05T09:00:00)."));
    // The same second as the previous step is fine.
    EXPECT_EQ(ComplaintWorkflow::checkStep(c, step(ComplaintStep::Assign, "2026-01-05T09:00:00",
                                                   { { QStringLiteral("department"), QStringLiteral("质量部") } }), {}),
              QString());
}

TEST(ComplaintWorkflowTest, RequiredFields)
{
    Complaint c = newComplaint();
    EXPECT_EQ(ComplaintWorkflow::checkStep(c, step(ComplaintStep::Assign, "2026-01-05T10:00:00"), {}),
              QStringLiteral("Assigning needs the responsible department."));
    c = take(c, step(ComplaintStep::Assign, "2026-01-05T10:00:00", { { QStringLiteral("department"), QStringLiteral("质量部") } }));
    c = take(c, step(ComplaintStep::Start, "2026-01-05T11:00:00"));
    EXPECT_EQ(c.handler, QStringLiteral("王芳")); // no --handler: who started it
    QMap<QString, QString> noAction = Resolution;
    noAction.remove(QStringLiteral("action"));
    EXPECT_EQ(ComplaintWorkflow::checkStep(c, step(ComplaintStep::Resolve, "2026-01-05T12:00:00", noAction), {}),
              QStringLiteral("A quality complaint needs a corrective action to be resolved."));
    Complaint delivery = c;
    delivery.category = ComplaintCategory::Delivery;
    EXPECT_EQ(ComplaintWorkflow::checkStep(delivery, step(ComplaintStep::Resolve, "2026-01-05T12:00:00", noAction), {}),
              QString());
    c = take(c, step(ComplaintStep::Resolve, "2026-01-05T12:00:00", Resolution));
    c = take(c, step(ComplaintStep::Report, "2026-01-05T13:00:00"));
    EXPECT_EQ(ComplaintWorkflow::checkStep(c, step(ComplaintStep::Reject, "2026-01-05T14:00:00"), {}),
              QStringLiteral("A rejection needs the customer's reason."));
}

TEST(ComplaintWorkflowTest, RejectReopensAndCounts)
{
    Complaint c = newComplaint();
    c = take(c, step(ComplaintStep::Assign, "2026-01-05T10:00:00", { { QStringLiteral("department"), QStringLiteral("质量部") } }));
    c = take(c, step(ComplaintStep::Start, "2026-01-05T11:00:00"));
    c = take(c, step(ComplaintStep::Resolve, "2026-01-05T12:00:00", Resolution));
    c = take(c, step(ComplaintStep::Report, "2026-01-05T13:00:00"));
    c = take(c, step(ComplaintStep::Reject, "2026-01-05T14:00:00", { { QStringLiteral("note"), QStringLiteral("仍有异响") } }));
    EXPECT_EQ(c.state, ComplaintState::InProgress);
    EXPECT_EQ(c.reopenCount, 1);
    EXPECT_EQ(ComplaintWorkflow::allowedNow(c, at("2026-01-05T14:00:00")), std::vector<ComplaintStep> { ComplaintStep::Resolve });
}

TEST(ComplaintWorkflowTest, ReviewOnlyFromItsDate)
{
    Complaint c = closedQuality();
    EXPECT_EQ(c.state, ComplaintState::Closed);
    EXPECT_EQ(c.reviewDue, at("2026-04-07T09:00:00")); // 90 days after 2026-01-07 09:00
    EXPECT_EQ(c.history.back().field(QStringLiteral("review_due")), QStringLiteral("2026-04-07T09:00:00"));
    EXPECT_TRUE(ComplaintWorkflow::allowedNow(c, at("2026-04-07T08:59:59")).empty());
    EXPECT_EQ(ComplaintWorkflow::allowedNow(c, at("2026-04-07T09:00:00")), std::vector<ComplaintStep> { ComplaintStep::Review });
    EXPECT_EQ(ComplaintWorkflow::checkStep(c, step(ComplaintStep::Review, "2026-04-07T08:59:59",
                                                   { { QStringLiteral("effective"), QStringLiteral("yes") } }), {}),
              QStringLiteral("The corrective action of TS-2026-000001 is reviewed from 2026-04-07T09:00:00 on."));

    // Not effective: a new action with a new review date, still closed.
    EXPECT_EQ(ComplaintWorkflow::checkStep(c, step(ComplaintStep::Review, "2026-04-08T09:00:00",
                                                   { { QStringLiteral("effective"), QStringLiteral("no") } }), {}),
              QStringLiteral("An action that was not effective needs a new corrective action."));
    c = take(c, step(ComplaintStep::Review, "2026-04-08T09:00:00",
                     { { QStringLiteral("effective"), QStringLiteral("no") }, { QStringLiteral("action"), QStringLiteral("供应商审核") } }));
    EXPECT_EQ(c.state, ComplaintState::Closed);
    EXPECT_EQ(c.correctiveAction, QStringLiteral("供应商审核"));
    EXPECT_EQ(c.reviewDue, at("2026-07-07T09:00:00"));

    // Effective: nothing left to review.
    c = take(c, step(ComplaintStep::Review, "2026-07-07T09:00:00", { { QStringLiteral("effective"), QStringLiteral("yes") } }));
    EXPECT_FALSE(c.reviewDue.isValid());
    EXPECT_EQ(ComplaintWorkflow::checkStep(c, step(ComplaintStep::Review, "2026-08-01T09:00:00",
                                                   { { QStringLiteral("effective"), QStringLiteral("yes") } }), {}),
              QStringLiteral("The complaint TS-2026-000001 has no corrective action waiting for review."));
}

TEST(ComplaintWorkflowTest, ClosedWithoutActionHasNoReview)
{
    Complaint c = newComplaint("price");
    c = take(c, step(ComplaintStep::Assign, "2026-01-05T10:00:00", { { QStringLiteral("department"), QStringLiteral("销售服务部") } }));
    c = take(c, step(ComplaintStep::Start, "2026-01-05T11:00:00"));
    c = take(c, step(ComplaintStep::Resolve, "2026-01-05T12:00:00",
                     { { QStringLiteral("cause"), QStringLiteral("报价误解") }, { QStringLiteral("handling"), QStringLiteral("解释") } }));
    c = take(c, step(ComplaintStep::Report, "2026-01-05T13:00:00"));
    c = take(c, step(ComplaintStep::Accept, "2026-01-05T14:00:00"));
    EXPECT_FALSE(c.reviewDue.isValid());
    EXPECT_TRUE(ComplaintWorkflow::allowedNow(c, at("2027-01-01T00:00:00")).empty());
}

TEST(ComplaintWorkflowTest, HistoryCompleteAfterFullRun)
{
    const Complaint c = closedQuality();
    ASSERT_EQ(c.history.size(), 6u);
    const std::vector<ComplaintStep> expected { ComplaintStep::Add, ComplaintStep::Assign, ComplaintStep::Start,
        ComplaintStep::Resolve, ComplaintStep::Report, ComplaintStep::Accept };
    for (size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(c.history[i].step, expected[i]);
    EXPECT_EQ(c.history[1].field(QStringLiteral("department")), QStringLiteral("质量部"));
    EXPECT_EQ(c.history[2].by, QStringLiteral("李工"));
    EXPECT_EQ(c.history[2].field(QStringLiteral("handler")), QStringLiteral("李工"));
    EXPECT_EQ(c.history[3].field(QStringLiteral("action")), QStringLiteral("来料检验加严"));
    EXPECT_EQ(c.history[4].at, at("2026-01-06T11:00:00"));
    EXPECT_EQ(c.closedAt, at("2026-01-07T09:00:00"));
}

TEST(ComplaintNumberTest, YearAndSixDigits)
{
    EXPECT_EQ(complaintNumber(2026, 123), QStringLiteral("TS-2026-000123"));
}

// Received 2026-01-05 09:00. Normal: respond by 10:00, on site by 15:00, resolved by 01-08 09:00.
// Major: resolved by 01-06 09:00.
TEST(ComplaintTargetsTest, DueJustBeforeAndJustAfter)
{
    const Complaint c = newComplaint();
    const ComplaintRules rules;
    auto respond = [&](const char *when) { return *currentTarget(c, rules, at(when)); };
    EXPECT_EQ(respond("2026-01-05T09:59:59").due, at("2026-01-05T10:00:00"));
    EXPECT_EQ(respond("2026-01-05T09:59:59").name(), QStringLiteral("respond"));
    EXPECT_FALSE(respond("2026-01-05T09:59:59").overdue);
    EXPECT_EQ(respond("2026-01-05T09:59:59").secondsLeft, 1);
    EXPECT_FALSE(respond("2026-01-05T10:00:00").overdue);
    EXPECT_EQ(respond("2026-01-05T10:00:00").secondsLeft, 0);
    EXPECT_TRUE(respond("2026-01-05T10:00:01").overdue);
    EXPECT_EQ(respond("2026-01-05T10:00:01").secondsLeft, -1);
    EXPECT_TRUE(isOverdue(c, rules, at("2026-01-05T10:00:01")));
}

TEST(ComplaintTargetsTest, MajorVersusNormal)
{
    const ComplaintRules rules;
    const std::vector<TargetStatus> normal = evaluateTargets(newComplaint("quality", "normal"), rules, at("2026-01-05T09:00:00"));
    const std::vector<TargetStatus> major = evaluateTargets(newComplaint("quality", "major"), rules, at("2026-01-05T09:00:00"));
    ASSERT_EQ(normal.size(), 3u);
    EXPECT_EQ(normal[0].name(), QStringLiteral("respond"));
    EXPECT_EQ(normal[1].name(), QStringLiteral("on_site"));
    EXPECT_EQ(normal[2].name(), QStringLiteral("resolve"));
    EXPECT_EQ(normal[1].due, at("2026-01-05T15:00:00"));
    EXPECT_EQ(normal[2].due, at("2026-01-08T09:00:00"));
    EXPECT_EQ(major[1].due, at("2026-01-05T15:00:00"));
    EXPECT_EQ(major[2].due, at("2026-01-06T09:00:00"));
    // Configured targets are used as given.
    ComplaintRules tight;
    tight.major.resolveMinutes = 4 * 60;
    EXPECT_EQ(evaluateTargets(newComplaint("quality", "major"), tight, at("2026-01-05T09:00:00"))[2].due,
              at("2026-01-05T13:00:00"));
}

TEST(ComplaintTargetsTest, MetTargetsAndCurrentTarget)
{
    Complaint c = newComplaint();
    c = take(c, step(ComplaintStep::Assign, "2026-01-05T10:30:00", { { QStringLiteral("department"), QStringLiteral("质量部") } }));
    const std::vector<TargetStatus> t = evaluateTargets(c, {}, at("2026-01-05T11:00:00"));
    EXPECT_TRUE(t[0].isMet());
    EXPECT_TRUE(t[0].overdue); // assigned 30 minutes late
    EXPECT_EQ(t[0].secondsLeft, -1800);
    EXPECT_TRUE(t[1].current);
    EXPECT_FALSE(t[1].overdue);
    EXPECT_EQ(t[1].secondsLeft, 4 * 3600);
    // Resolved: no current target; a rejection opens the resolve target again.
    c = take(c, step(ComplaintStep::Start, "2026-01-05T11:00:00"));
    c = take(c, step(ComplaintStep::Resolve, "2026-01-06T09:00:00", Resolution));
    EXPECT_FALSE(currentTarget(c, {}, at("2026-02-01T00:00:00")).has_value());
    EXPECT_FALSE(isOverdue(c, {}, at("2026-02-01T00:00:00")));
    c = take(c, step(ComplaintStep::Report, "2026-01-06T10:00:00"));
    c = take(c, step(ComplaintStep::Reject, "2026-01-09T10:00:00", { { QStringLiteral("note"), QStringLiteral("no") } }));
    const std::optional<TargetStatus> again = currentTarget(c, {}, at("2026-01-09T10:00:00"));
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->name(), QStringLiteral("resolve"));
    EXPECT_FALSE(again->isMet());
    EXPECT_TRUE(again->overdue); // due 01-08 09:00
}

} // namespace
} // namespace kehu

#include "domain/complaintqueues.h"

namespace kehu {
namespace {

TEST(ComplaintQueuesTest, MineDepartmentEscalatedAndOrder)
{
    Complaint received = newComplaint("quality", "normal"); // received by 王芳 at 09:00
    received.number = QStringLiteral("A");
    Complaint major = newComplaint("delivery", "major");
    major.number = QStringLiteral("B");
    major = take(major, step(ComplaintStep::Assign, "2026-01-05T09:10:00", { { QStringLiteral("department"), QStringLiteral("物流部") } },
                             QStringLiteral("赵主任")));
    major = take(major, step(ComplaintStep::Start, "2026-01-05T09:20:00", {}, QStringLiteral("李工")));
    const QDateTime now = at("2026-01-05T12:00:00");
    const ComplaintRules rules;
    const QueueViewer wang { QStringLiteral("王芳"), QString(), false };
    const QueueViewer li { QStringLiteral("李工"), QStringLiteral("物流部"), true };
    EXPECT_TRUE(inQueue(received, ComplaintQueue::Mine, wang, rules, now));
    EXPECT_FALSE(inQueue(major, ComplaintQueue::Mine, wang, rules, now)); // handled by 李工 now
    EXPECT_TRUE(inQueue(major, ComplaintQueue::Mine, li, rules, now));
    EXPECT_TRUE(inQueue(major, ComplaintQueue::MyDepartment, li, rules, now));
    EXPECT_FALSE(inQueue(received, ComplaintQueue::MyDepartment, li, rules, now));
    EXPECT_TRUE(inQueue(major, ComplaintQueue::Escalated, wang, rules, now));
    EXPECT_TRUE(inQueue(received, ComplaintQueue::Overdue, wang, rules, now)); // respond was due 10:00
    EXPECT_FALSE(inQueue(major, ComplaintQueue::Overdue, wang, rules, now));   // resolve due 01-06 09:00
    EXPECT_FALSE(inQueue(received, ComplaintQueue::Closed, wang, rules, now));

    // Overdue first for anyone; the emergency team sees escalated complaints first.
    std::vector<Complaint> list { major, received };
    sortForQueue(list, ComplaintQueue::AllOpen, wang, rules, now);
    EXPECT_EQ(list[0].number, QStringLiteral("A"));
    sortForQueue(list, ComplaintQueue::AllOpen, li, rules, now);
    EXPECT_EQ(list[0].number, QStringLiteral("B"));
}

} // namespace
} // namespace kehu
