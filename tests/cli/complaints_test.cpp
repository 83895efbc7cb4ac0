#include "clitest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kehu::test {
namespace {

class ComplaintsCliTest : public CliTest
{
protected:
    void SetUp() override { db = seedKnownCustomers(); }

    CliRun cli(const QStringList &arguments) const
    {
        return run(QStringList { QStringLiteral("--db"), db, QStringLiteral("complaints") } + arguments);
    }
    QString add(const QStringList &extra = {}) const
    {
        const CliRun r = cli(QStringList { QStringLiteral("add"), QStringLiteral("--customer"), QStringLiteral("K001"),
                                 QStringLiteral("--category"), QStringLiteral("quality"), QStringLiteral("--severity"),
                                 QStringLiteral("normal"), QStringLiteral("--channel"), QStringLiteral("phone"),
                                 QStringLiteral("--text"), QStringLiteral("烘干机噪音大"), QStringLiteral("--by"), QStringLiteral("王芳") }
            + extra);
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.outText().trimmed();
    }
    void step(const QString &number, const QStringList &arguments, int expected = 0) const
    {
        const CliRun r = cli(QStringList { arguments.constFirst(), number } + arguments.mid(1));
        EXPECT_EQ(r.exitCode, expected) << arguments.join(QLatin1Char(' ')).toStdString() << ": " << r.errText().toStdString();
    }
    QJsonObject show(const QString &number, const QString &asOf = QStringLiteral("2026-01-10T00:00:00")) const
    {
        const CliRun r = cli({ QStringLiteral("show"), number, QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--as-of"), asOf });
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return QJsonDocument::fromJson(r.out).object();
    }
    // Through accept: received 01-05 09:00, assigned 09:30, started 11:00, resolved 01-06 10:00,
    // reported 11:00, accepted 01-07 09:00.
    QString closedComplaint() const
    {
        const QString n = add({ QStringLiteral("--at"), QStringLiteral("2026-01-05T09:00:00") });
        step(n, { QStringLiteral("assign"), QStringLiteral("--dept"), QStringLiteral("quality"), QStringLiteral("--at"),
                    QStringLiteral("2026-01-05T09:30:00"), QStringLiteral("--by"), QStringLiteral("赵主任") });
        step(n, { QStringLiteral("start"), QStringLiteral("--handler"), QStringLiteral("李工"), QStringLiteral("--onsite"),
                    QStringLiteral("2026-01-05T13:00:00"), QStringLiteral("--at"), QStringLiteral("2026-01-05T11:00:00"),
                    QStringLiteral("--by"), QStringLiteral("李工") });
        step(n, { QStringLiteral("resolve"), QStringLiteral("--cause"), QStringLiteral("轴承磨损"), QStringLiteral("--handling"),
                    QStringLiteral("更换轴承"), QStringLiteral("--action"), QStringLiteral("轴承供应商复审"), QStringLiteral("--at"),
                    QStringLiteral("2026-01-06T10:00:00"), QStringLiteral("--by"), QStringLiteral("李工") });
        step(n, { QStringLiteral("report"), QStringLiteral("--note"), QStringLiteral("电话告知"), QStringLiteral("--at"),
                    QStringLiteral("2026-01-06T11:00:00"), QStringLiteral("--by"), QStringLiteral("王芳") });
        step(n, { QStringLiteral("accept"), QStringLiteral("--at"), QStringLiteral("2026-01-07T09:00:00"), QStringLiteral("--by"),
                    QStringLiteral("王芳") });
        return n;
    }

    QString db;
};

TEST_F(ComplaintsCliTest, AddPrintsOnlyTheNumber)
{
    const CliRun r = cli({ QStringLiteral("add"), QStringLiteral("--customer"), QStringLiteral("K001"), QStringLiteral("--category"),
        QStringLiteral("delivery"), QStringLiteral("--severity"), QStringLiteral("major"), QStringLiteral("--channel"),
        QStringLiteral("email"), QStringLiteral("--text"), QStringLiteral("延期交货"), QStringLiteral("--order"), QStringLiteral("SO-1"),
        QStringLiteral("--at"), QStringLiteral("2026-01-05T09:00:00"), QStringLiteral("--by"), QStringLiteral("王芳") });
    EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.outText(), QStringLiteral("TS-2026-000001\n"));
    EXPECT_EQ(add({ QStringLiteral("--at"), QStringLiteral("2026-03-01T08:00:00") }), QStringLiteral("TS-2026-000002"));
    const QJsonObject c = show(QStringLiteral("TS-2026-000001"));
    EXPECT_EQ(c.value(QStringLiteral("customer")).toString(), QStringLiteral("K001"));
    EXPECT_EQ(c.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    EXPECT_EQ(c.value(QStringLiteral("severity")).toString(), QStringLiteral("major"));
    EXPECT_TRUE(c.value(QStringLiteral("escalated")).toBool());
    EXPECT_EQ(c.value(QStringLiteral("order")).toString(), QStringLiteral("SO-1"));
    EXPECT_EQ(countRows(db, QStringLiteral("complaints")), 2);
}

TEST_F(ComplaintsCliTest, FullRunHasCompleteHistory)
{
    const QString n = closedComplaint();
    const QJsonObject c = show(n);
    EXPECT_EQ(c.value(QStringLiteral("number")).toString(), n);
    EXPECT_EQ(c.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(c.value(QStringLiteral("category")).toString(), QStringLiteral("quality"));
    EXPECT_FALSE(c.value(QStringLiteral("escalated")).toBool());
    const QJsonArray history = c.value(QStringLiteral("history")).toArray();
    ASSERT_EQ(history.size(), 6);
    const QStringList steps { QStringLiteral("add"), QStringLiteral("assign"), QStringLiteral("start"), QStringLiteral("resolve"),
        QStringLiteral("report"), QStringLiteral("accept") };
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(history[i].toObject().value(QStringLiteral("step")).toString(), steps[i]);
    const QJsonObject assign = history[1].toObject();
    EXPECT_EQ(assign.value(QStringLiteral("at")).toString(), QStringLiteral("2026-01-05T09:30:00"));
    EXPECT_EQ(assign.value(QStringLiteral("by")).toString(), QStringLiteral("赵主任"));
    EXPECT_EQ(assign.value(QStringLiteral("department")).toString(), QStringLiteral("质量部"));
    EXPECT_EQ(history[2].toObject().value(QStringLiteral("onsite")).toString(), QStringLiteral("2026-01-05T13:00:00"));
    EXPECT_EQ(history[3].toObject().value(QStringLiteral("cause")).toString(), QStringLiteral("轴承磨损"));
    EXPECT_EQ(history[3].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("轴承供应商复审"));
    EXPECT_EQ(history[4].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("电话告知"));
    EXPECT_EQ(history[5].toObject().value(QStringLiteral("review_due")).toString(), QStringLiteral("2026-04-07T09:00:00"));

    const QJsonArray targets = c.value(QStringLiteral("targets")).toArray();
    ASSERT_EQ(targets.size(), 3);
    EXPECT_EQ(targets[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("respond"));
    EXPECT_EQ(targets[0].toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2026-01-05T10:00:00"));
    EXPECT_FALSE(targets[0].toObject().value(QStringLiteral("overdue")).toBool());
    EXPECT_EQ(targets[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("on_site"));
    EXPECT_EQ(targets[2].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("resolve"));
    EXPECT_EQ(targets[2].toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2026-01-08T09:00:00"));
}

TEST_F(ComplaintsCliTest, RefusedStepsExitOneAndChangeNothing)
{
    const QString n = add({ QStringLiteral("--at"), QStringLiteral("2026-01-05T09:00:00") });
    const CliRun wrong = cli({ QStringLiteral("start"), n, QStringLiteral("--at"), QStringLiteral("2026-01-05T10:00:00"),
        QStringLiteral("--by"), QStringLiteral("李工") });
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.errText().contains(QStringLiteral("The complaint is received: 'start' is not allowed; allowed: assign.")))
        << wrong.errText().toStdString();
    // Dated before the previous step.
    step(n, { QStringLiteral("assign"), QStringLiteral("--dept"), QStringLiteral("质量部"), QStringLiteral("--at"),
                QStringLiteral("2026-01-05T08:59:00"), QStringLiteral("--by"), QStringLiteral("赵主任") }, 1);
    // A department not in the list.
    step(n, { QStringLiteral("assign"), QStringLiteral("--dept"), QStringLiteral("财务部"), QStringLiteral("--at"),
                QStringLiteral("2026-01-05T09:10:00"), QStringLiteral("--by"), QStringLiteral("赵主任") }, 1);
    // Unknown complaint.
    step(QStringLiteral("TS-2026-000099"), { QStringLiteral("assign"), QStringLiteral("--dept"), QStringLiteral("质量部"),
                                               QStringLiteral("--by"), QStringLiteral("赵主任") }, 1);
    EXPECT_EQ(countRows(db, QStringLiteral("complaint_steps")), 1);
    EXPECT_EQ(show(n).value(QStringLiteral("state")).toString(), QStringLiteral("received"));

    // A quality complaint is not resolved without a corrective action.
    step(n, { QStringLiteral("assign"), QStringLiteral("--dept"), QStringLiteral("质量部"), QStringLiteral("--at"),
                QStringLiteral("2026-01-05T09:10:00"), QStringLiteral("--by"), QStringLiteral("赵主任") });
    step(n, { QStringLiteral("start"), QStringLiteral("--at"), QStringLiteral("2026-01-05T09:20:00"), QStringLiteral("--by"),
                QStringLiteral("李工") });
    step(n, { QStringLiteral("resolve"), QStringLiteral("--cause"), QStringLiteral("c"), QStringLiteral("--handling"),
                QStringLiteral("h"), QStringLiteral("--at"), QStringLiteral("2026-01-05T09:30:00"), QStringLiteral("--by"),
                QStringLiteral("李工") }, 1);
    EXPECT_EQ(show(n).value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
    EXPECT_EQ(show(n).value(QStringLiteral("history")).toArray().last().toObject().value(QStringLiteral("handler")).toString(),
              QStringLiteral("李工"));
}

TEST_F(ComplaintsCliTest, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({ QStringLiteral("add"), QStringLiteral("--category"), QStringLiteral("quality") }).exitCode, 2);
    EXPECT_EQ(cli({ QStringLiteral("add"), QStringLiteral("--customer"), QStringLiteral("K001"), QStringLiteral("--category"),
                  QStringLiteral("quality"), QStringLiteral("--severity"), QStringLiteral("huge"), QStringLiteral("--channel"),
                  QStringLiteral("phone"), QStringLiteral("--text"), QStringLiteral("t") })
                  .exitCode,
              2);
    EXPECT_EQ(cli({ QStringLiteral("assign"), QStringLiteral("TS-2026-000001") }).exitCode, 2); // no --dept
    EXPECT_EQ(cli({ QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("open") }).exitCode, 2);
    EXPECT_EQ(cli({ QStringLiteral("frobnicate") }).exitCode, 2);
    EXPECT_EQ(countRows(db, QStringLiteral("complaints")), 0);
}

TEST_F(ComplaintsCliTest, RejectReopensAndReviewPath)
{
    const QString n = closedComplaint();
    // Review before its date (2026-04-07 09:00) is refused.
    step(n, { QStringLiteral("review"), QStringLiteral("--effective"), QStringLiteral("yes"), QStringLiteral("--at"),
                QStringLiteral("2026-04-07T08:00:00"), QStringLiteral("--by"), QStringLiteral("赵主任") }, 1);
    step(n, { QStringLiteral("review"), QStringLiteral("--effective"), QStringLiteral("no"), QStringLiteral("--note"),
                QStringLiteral("换供应商"), QStringLiteral("--at"), QStringLiteral("2026-04-08T09:00:00"), QStringLiteral("--by"),
                QStringLiteral("赵主任") });
    QJsonObject c = show(n, QStringLiteral("2026-04-08T10:00:00"));
    EXPECT_EQ(c.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(c.value(QStringLiteral("corrective_action")).toString(), QStringLiteral("换供应商"));
    EXPECT_EQ(c.value(QStringLiteral("review_due")).toString(), QStringLiteral("2026-07-07T09:00:00"));

    // Another complaint rejected by the customer goes back to in_progress and counts as reopened.
    const QString m = add({ QStringLiteral("--at"), QStringLiteral("2026-01-08T09:00:00") });
    step(m, { QStringLiteral("assign"), QStringLiteral("--dept"), QStringLiteral("生产部"), QStringLiteral("--at"),
                QStringLiteral("2026-01-08T09:10:00"), QStringLiteral("--by"), QStringLiteral("赵主任") });
    step(m, { QStringLiteral("start"), QStringLiteral("--at"), QStringLiteral("2026-01-08T10:00:00"), QStringLiteral("--by"),
                QStringLiteral("李工") });
    step(m, { QStringLiteral("resolve"), QStringLiteral("--cause"), QStringLiteral("装配错误"), QStringLiteral("--handling"),
                QStringLiteral("返工"), QStringLiteral("--action"), QStringLiteral("装配培训"), QStringLiteral("--at"),
                QStringLiteral("2026-01-08T12:00:00"), QStringLiteral("--by"), QStringLiteral("李工") });
    step(m, { QStringLiteral("report"), QStringLiteral("--at"), QStringLiteral("2026-01-08T13:00:00"), QStringLiteral("--by"),
                QStringLiteral("王芳") });
    step(m, { QStringLiteral("reject"), QStringLiteral("--at"), QStringLiteral("2026-01-08T14:00:00"), QStringLiteral("--by"),
                QStringLiteral("王芳") }, 2); // the reason is required
    step(m, { QStringLiteral("reject"), QStringLiteral("--note"), QStringLiteral("仍有噪音"), QStringLiteral("--at"),
                QStringLiteral("2026-01-08T14:00:00"), QStringLiteral("--by"), QStringLiteral("王芳") });
    c = show(m);
    EXPECT_EQ(c.value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
    EXPECT_EQ(c.value(QStringLiteral("reopen_count")).toInt(), 1);

    // Report over January, as of 2026-01-10: A = n (closed, on time), B = m (reopened).
    const CliRun r = cli({ QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
        QStringLiteral("2026-01-31"), QStringLiteral("--by"), QStringLiteral("department"), QStringLiteral("--as-of"),
        QStringLiteral("2026-01-10T00:00:00"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(report.value(QStringLiteral("total")).toInt(), 2);
    EXPECT_EQ(report.value(QStringLiteral("by")).toString(), QStringLiteral("department"));
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("生产部")); // 1 each: by name
    EXPECT_DOUBLE_EQ(rows[0].toObject().value(QStringLiteral("share")).toDouble(), 0.5);
    const QJsonObject reopen = report.value(QStringLiteral("reopen")).toObject();
    EXPECT_EQ(reopen.value(QStringLiteral("reported")).toInt(), 2);
    EXPECT_EQ(reopen.value(QStringLiteral("reopened")).toInt(), 1);
    EXPECT_DOUBLE_EQ(reopen.value(QStringLiteral("rate")).toDouble(), 0.5);
    const QJsonArray pareto = report.value(QStringLiteral("cause_pareto")).toArray();
    ASSERT_EQ(pareto.size(), 2);
    // step times: assign took 30 and 10 minutes → mean 0.3333 h, p90 0.5 h
    const QJsonObject assign = report.value(QStringLiteral("step_times")).toArray()[0].toObject();
    EXPECT_EQ(assign.value(QStringLiteral("step")).toString(), QStringLiteral("assign"));
    EXPECT_DOUBLE_EQ(assign.value(QStringLiteral("mean_hours")).toDouble(), 0.3333);
    EXPECT_DOUBLE_EQ(assign.value(QStringLiteral("p90_hours")).toDouble(), 0.5);
    // resolve target of m (due 01-11 09:00) is still running on 01-10: decided only for n.
    const QJsonObject resolve = report.value(QStringLiteral("overdue_rates")).toArray()[2].toObject();
    EXPECT_EQ(resolve.value(QStringLiteral("target")).toString(), QStringLiteral("resolve"));
    EXPECT_EQ(resolve.value(QStringLiteral("decided")).toInt(), 1);
    EXPECT_EQ(resolve.value(QStringLiteral("overdue")).toInt(), 0);
}

TEST_F(ComplaintsCliTest, ListOverdueAsOf)
{
    // Normal, received 09:00: respond due 10:00. Major, received 09:30, assigned 09:40: on site due 15:30.
    const QString normal = add({ QStringLiteral("--at"), QStringLiteral("2026-01-05T09:00:00") });
    const QString major = add({ QStringLiteral("--at"), QStringLiteral("2026-01-05T09:30:00"), QStringLiteral("--severity"),
        QStringLiteral("major") });
    step(major, { QStringLiteral("assign"), QStringLiteral("--dept"), QStringLiteral("质量部"), QStringLiteral("--at"),
                    QStringLiteral("2026-01-05T09:40:00"), QStringLiteral("--by"), QStringLiteral("赵主任") });
    auto overdueAt = [&](const QString &asOf) {
        const CliRun r = cli({ QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--as-of"), asOf,
            QStringLiteral("--format"), QStringLiteral("json") });
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        QStringList numbers;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            EXPECT_FALSE(v.toObject().contains(QStringLiteral("history")));
            numbers << v.toObject().value(QStringLiteral("number")).toString();
        }
        return numbers;
    };
    EXPECT_EQ(overdueAt(QStringLiteral("2026-01-05T10:00:00")), QStringList());
    EXPECT_EQ(overdueAt(QStringLiteral("2026-01-05T10:00:01")), QStringList { normal });
    EXPECT_EQ(overdueAt(QStringLiteral("2026-01-05T15:30:01")), (QStringList { normal, major })); // most overdue first

    const CliRun assigned = cli({ QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("assigned"),
        QStringLiteral("--customer"), QStringLiteral("K001"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(assigned.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(assigned.out).array();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject item = list[0].toObject();
    for (const char *key : { "number", "customer", "state", "category", "severity", "escalated", "targets" })
        EXPECT_TRUE(item.contains(QString::fromLatin1(key))) << key;
    EXPECT_TRUE(item.value(QStringLiteral("escalated")).toBool());
    EXPECT_EQ(cli({ QStringLiteral("list"), QStringLiteral("--customer"), QStringLiteral("NOPE") }).exitCode, 1);
}

} // namespace
} // namespace kehu::test

namespace kehu::test {
namespace {

TEST_F(ComplaintsCliTest, CommentsAndAttachmentsInAnyState)
{
    const QString n = closedComplaint();
    const CliRun comment = cli({ QStringLiteral("comment"), n, QStringLiteral("--text"), QStringLiteral("客户来电致谢"),
        QStringLiteral("--at"), QStringLiteral("2026-01-08T09:00:00"), QStringLiteral("--by"), QStringLiteral("王芳") });
    EXPECT_EQ(comment.exitCode, 0) << comment.errText().toStdString();
    writeFile(path(QStringLiteral("report.txt")), "8D report");
    const CliRun attach = cli({ QStringLiteral("attach"), n, path(QStringLiteral("report.txt")), QStringLiteral("--by"),
        QStringLiteral("王芳") });
    EXPECT_EQ(attach.exitCode, 0) << attach.errText().toStdString();
    const QJsonObject c = show(n);
    ASSERT_EQ(c.value(QStringLiteral("comments")).toArray().size(), 1);
    EXPECT_EQ(c.value(QStringLiteral("comments")).toArray()[0].toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("客户来电致谢"));
    ASSERT_EQ(c.value(QStringLiteral("attachments")).toArray().size(), 1);
    EXPECT_EQ(c.value(QStringLiteral("attachments")).toArray()[0].toObject().value(QStringLiteral("file_name")).toString(),
              QStringLiteral("report.txt"));
    EXPECT_EQ(c.value(QStringLiteral("attachments")).toArray()[0].toObject().value(QStringLiteral("size")).toInt(), 9);
    EXPECT_EQ(cli({ QStringLiteral("attach"), n, path(QStringLiteral("missing.txt")), QStringLiteral("--by"), QStringLiteral("王芳") })
                  .exitCode,
              1);
}

} // namespace
} // namespace kehu::test
