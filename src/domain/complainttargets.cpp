#include "complainttargets.h"

namespace kehu {
namespace {

int minutesFor(TargetKind kind, const ServiceTargets &targets)
{
    switch (kind) {
    case TargetKind::Respond:
        return targets.respondMinutes;
    case TargetKind::OnSite:
        return targets.onSiteMinutes;
    case TargetKind::Resolve:
        return targets.resolveMinutes;
    }
    return 0;
}

QDateTime metAt(TargetKind kind, const Complaint &c)
{
    switch (kind) {
    case TargetKind::Respond:
        return c.stepAt(ComplaintStep::Assign);
    case TargetKind::OnSite:
        return c.stepAt(ComplaintStep::Start);
    case TargetKind::Resolve:
        return isOpenForUs(c.state) ? QDateTime() : c.stepAt(ComplaintStep::Resolve, true);
    }
    return {};
}

std::optional<TargetKind> currentKind(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Received:
        return TargetKind::Respond;
    case ComplaintState::Assigned:
        return TargetKind::OnSite;
    case ComplaintState::InProgress:
        return TargetKind::Resolve;
    default:
        return std::nullopt;
    }
}

} // namespace

QString toKey(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Respond:
        return QStringLiteral("respond");
    case TargetKind::OnSite:
        return QStringLiteral("on_site");
    case TargetKind::Resolve:
        return QStringLiteral("resolve");
    }
    return {};
}

const std::vector<TargetKind> &allTargetKinds()
{
    static const std::vector<TargetKind> all { TargetKind::Respond, TargetKind::OnSite, TargetKind::Resolve };
    return all;
}

std::vector<TargetStatus> evaluateTargets(const Complaint &complaint, const ComplaintRules &rules, const QDateTime &asOf)
{
    const ServiceTargets &targets = rules.targets(complaint.severity);
    const std::optional<TargetKind> current = currentKind(complaint.state);
    std::vector<TargetStatus> result;
    for (TargetKind kind : allTargetKinds()) {
        TargetStatus status;
        status.kind = kind;
        status.due = complaint.receivedAt.addSecs(qint64(minutesFor(kind, targets)) * 60);
        status.metAt = metAt(kind, complaint);
        const QDateTime reference = status.isMet() ? status.metAt : asOf;
        status.secondsLeft = reference.secsTo(status.due);
        status.overdue = reference > status.due;
        status.current = current == kind;
        result.push_back(status);
    }
    return result;
}

std::optional<TargetStatus> currentTarget(const Complaint &complaint, const ComplaintRules &rules, const QDateTime &asOf)
{
    for (const TargetStatus &status : evaluateTargets(complaint, rules, asOf)) {
        if (status.current)
            return status;
    }
    return std::nullopt;
}

bool isOverdue(const Complaint &complaint, const ComplaintRules &rules, const QDateTime &asOf)
{
    const std::optional<TargetStatus> target = currentTarget(complaint, rules, asOf);
    return target && target->overdue;
}

} // namespace kehu
