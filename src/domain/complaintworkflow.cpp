#include "complaintworkflow.h"

#include <QStringList>

namespace kehu {
namespace {

// Times as the people who entered them read them: local wall time, no offset.
const QString WallTime = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QString stepList(const std::vector<ComplaintStep> &steps)
{
    QStringList keys;
    for (ComplaintStep step : steps)
        keys << toKey(step);
    return keys.join(QStringLiteral(", "));
}

bool requiresField(const ComplaintStepRecord &step, const QString &key)
{
    return step.field(key).trimmed().isEmpty();
}

} // namespace

std::vector<ComplaintStep> ComplaintWorkflow::stepsFrom(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Received:
        return { ComplaintStep::Assign };
    case ComplaintState::Assigned:
        return { ComplaintStep::Start };
    case ComplaintState::InProgress:
        return { ComplaintStep::Resolve };
    case ComplaintState::Resolved:
        return { ComplaintStep::Report };
    case ComplaintState::AwaitingVerdict:
        return { ComplaintStep::Accept, ComplaintStep::Reject };
    case ComplaintState::Closed:
        return { ComplaintStep::Review };
    }
    return {};
}

ComplaintTransition ComplaintWorkflow::transition(ComplaintState state, ComplaintStep step)
{
    static const struct
    {
        ComplaintState from;
        ComplaintStep step;
        ComplaintState to;
    } edges[] = {
        { ComplaintState::Received, ComplaintStep::Assign, ComplaintState::Assigned },
        { ComplaintState::Assigned, ComplaintStep::Start, ComplaintState::InProgress },
        { ComplaintState::InProgress, ComplaintStep::Resolve, ComplaintState::Resolved },
        { ComplaintState::Resolved, ComplaintStep::Report, ComplaintState::AwaitingVerdict },
        { ComplaintState::AwaitingVerdict, ComplaintStep::Accept, ComplaintState::Closed },
        { ComplaintState::AwaitingVerdict, ComplaintStep::Reject, ComplaintState::InProgress },
        { ComplaintState::Closed, ComplaintStep::Review, ComplaintState::Closed },
    };
    for (const auto &edge : edges) {
        if (edge.from == state && edge.step == step)
            return { edge.to, {} };
    }
    return { std::nullopt,
        tr("The complaint is %1: '%2' is not allowed; allowed: %3.")
            .arg(toKey(state), toKey(step), stepList(stepsFrom(state))) };
}

QString ComplaintWorkflow::checkStep(const Complaint &complaint, const ComplaintStepRecord &step, const ComplaintRules &rules)
{
    Q_UNUSED(rules);
    if (step.step == ComplaintStep::Add)
        return tr("The complaint %1 exists already.").arg(complaint.number);
    const ComplaintTransition next = transition(complaint.state, step.step);
    if (!next)
        return next.refusal;
    if (!step.at.isValid())
        return tr("The step needs a time.");
    if (step.at < complaint.lastStepAt()) {
        return tr("The step is dated %1, before the previous step (%2).")
            .arg(step.at.toString(WallTime), complaint.lastStepAt().toString(WallTime));
    }
    if (step.by.trimmed().isEmpty())
        return tr("The step needs the name of who took it.");
    switch (step.step) {
    case ComplaintStep::Assign:
        if (requiresField(step, QStringLiteral("department")))
            return tr("Assigning needs the responsible department.");
        break;
    case ComplaintStep::Resolve:
        if (requiresField(step, QStringLiteral("cause")))
            return tr("Resolving needs the root cause.");
        if (requiresField(step, QStringLiteral("handling")))
            return tr("Resolving needs what was done.");
        if (complaint.category == ComplaintCategory::Quality && requiresField(step, QStringLiteral("action")))
            return tr("A quality complaint needs a corrective action to be resolved.");
        break;
    case ComplaintStep::Reject:
        if (requiresField(step, QStringLiteral("note")))
            return tr("A rejection needs the customer's reason.");
        break;
    case ComplaintStep::Review: {
        if (complaint.correctiveAction.isEmpty() || !complaint.reviewDue.isValid())
            return tr("The complaint %1 has no corrective action waiting for review.").arg(complaint.number);
        if (step.at < complaint.reviewDue) {
            return tr("The corrective action of %1 is reviewed from %2 on.")
                .arg(complaint.number, complaint.reviewDue.toString(WallTime));
        }
        const QString effective = step.field(QStringLiteral("effective"));
        if (effective != QLatin1String("yes") && effective != QLatin1String("no"))
            return tr("A review says whether the action was effective: yes or no.");
        if (effective == QLatin1String("no") && requiresField(step, QStringLiteral("action")))
            return tr("An action that was not effective needs a new corrective action.");
        break;
    }
    default:
        break;
    }
    return {};
}

Complaint ComplaintWorkflow::applyStep(Complaint c, ComplaintStepRecord step, const ComplaintRules &rules)
{
    const ComplaintTransition next = transition(c.state, step.step);
    if (!next)
        return c;
    for (auto it = step.fields.begin(); it != step.fields.end();) {
        it.value() = it.value().trimmed();
        it = it.value().isEmpty() ? step.fields.erase(it) : std::next(it);
    }
    switch (step.step) {
    case ComplaintStep::Assign:
        c.department = step.field(QStringLiteral("department"));
        c.assignedBy = step.by;
        break;
    case ComplaintStep::Start:
        if (step.field(QStringLiteral("handler")).isEmpty())
            step.fields.insert(QStringLiteral("handler"), step.by);
        c.handler = step.field(QStringLiteral("handler"));
        break;
    case ComplaintStep::Resolve:
        c.rootCause = step.field(QStringLiteral("cause"));
        c.handling = step.field(QStringLiteral("handling"));
        c.correctiveAction = step.field(QStringLiteral("action"));
        break;
    case ComplaintStep::Accept:
        c.closedAt = step.at;
        c.reviewDue = QDateTime();
        if (!c.correctiveAction.isEmpty()) {
            c.reviewDue = step.at.addDays(rules.reviewDays);
            step.fields.insert(QStringLiteral("review_due"), c.reviewDue.toString(WallTime));
        }
        break;
    case ComplaintStep::Reject:
        ++c.reopenCount;
        break;
    case ComplaintStep::Review:
        if (step.field(QStringLiteral("effective")) == QLatin1String("no")) {
            c.correctiveAction = step.field(QStringLiteral("action"));
            c.reviewDue = step.at.addDays(rules.reviewDays);
            step.fields.insert(QStringLiteral("review_due"), c.reviewDue.toString(WallTime));
        } else {
            c.reviewDue = QDateTime();
        }
        break;
    default:
        break;
    }
    c.state = *next.next;
    c.history.push_back(std::move(step));
    return c;
}

Complaint ComplaintWorkflow::received(const ComplaintStepRecord &add, QString *refusal)
{
    Complaint c;
    QString problem;
    const auto channel = complaintChannelFromKey(add.field(QStringLiteral("channel")));
    const auto category = complaintCategoryFromKey(add.field(QStringLiteral("category")));
    const auto severity = complaintSeverityFromKey(add.field(QStringLiteral("severity")));
    if (!channel)
        problem = tr("The channel is one of phone, visit, email, online.");
    else if (!category)
        problem = tr("The category is one of quality, delivery, service, price, other.");
    else if (!severity)
        problem = tr("The severity is normal or major.");
    else if (add.field(QStringLiteral("description")).trimmed().isEmpty())
        problem = tr("A complaint needs a description.");
    else if (!add.at.isValid())
        problem = tr("The complaint needs the time it was received.");
    else if (add.by.trimmed().isEmpty())
        problem = tr("The complaint needs the name of who received it.");
    if (refusal)
        *refusal = problem;
    if (!problem.isEmpty())
        return c;
    c.channel = *channel;
    c.category = *category;
    c.severity = *severity;
    c.escalated = c.severity == ComplaintSeverity::Major;
    c.description = add.field(QStringLiteral("description")).trimmed();
    c.orderNo = add.field(QStringLiteral("order")).trimmed();
    c.productModel = add.field(QStringLiteral("product")).trimmed();
    c.receivedAt = add.at;
    c.receivedBy = add.by.trimmed();
    c.state = ComplaintState::Received;
    ComplaintStepRecord record = add;
    record.step = ComplaintStep::Add;
    record.by = c.receivedBy;
    for (auto it = record.fields.begin(); it != record.fields.end();) {
        it.value() = it.value().trimmed();
        it = it.value().isEmpty() ? record.fields.erase(it) : std::next(it);
    }
    c.history.push_back(record);
    return c;
}

std::vector<ComplaintStep> ComplaintWorkflow::allowedNow(const Complaint &complaint, const QDateTime &asOf)
{
    std::vector<ComplaintStep> steps;
    for (ComplaintStep step : stepsFrom(complaint.state)) {
        if (step == ComplaintStep::Review
            && (complaint.correctiveAction.isEmpty() || !complaint.reviewDue.isValid() || asOf < complaint.reviewDue))
            continue;
        steps.push_back(step);
    }
    return steps;
}

} // namespace kehu
