#include "complaintformat.h"

namespace kehu {

QString ComplaintFormat::name(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Received: return tr("Received");
    case ComplaintState::Assigned: return tr("Assigned");
    case ComplaintState::InProgress: return tr("In progress");
    case ComplaintState::Resolved: return tr("Resolved");
    case ComplaintState::AwaitingVerdict: return tr("Awaiting verdict");
    case ComplaintState::Closed: return tr("Closed");
    }
    return {};
}

QString ComplaintFormat::name(ComplaintStep step)
{
    switch (step) {
    case ComplaintStep::Add: return tr("Received");
    case ComplaintStep::Assign: return tr("Assign");
    case ComplaintStep::Start: return tr("Start");
    case ComplaintStep::Resolve: return tr("Resolve");
    case ComplaintStep::Report: return tr("Report to customer");
    case ComplaintStep::Accept: return tr("Customer accepts");
    case ComplaintStep::Reject: return tr("Customer rejects");
    case ComplaintStep::Review: return tr("Review action");
    }
    return {};
}

QString ComplaintFormat::name(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::Phone: return tr("Phone");
    case ComplaintChannel::Visit: return tr("Visit");
    case ComplaintChannel::Email: return tr("E-mail");
    case ComplaintChannel::Online: return tr("Online");
    }
    return {};
}

QString ComplaintFormat::name(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::Quality: return tr("Quality");
    case ComplaintCategory::Delivery: return tr("Delivery");
    case ComplaintCategory::Service: return tr("Service");
    case ComplaintCategory::Price: return tr("Price");
    case ComplaintCategory::Other: return tr("Other");
    }
    return {};
}

QString ComplaintFormat::name(ComplaintSeverity severity)
{
    return severity == ComplaintSeverity::Major ? tr("Major") : tr("Normal");
}

QString ComplaintFormat::name(TargetKind target)
{
    switch (target) {
    case TargetKind::Respond: return tr("Respond");
    case TargetKind::OnSite: return tr("On site");
    case TargetKind::Resolve: return tr("Resolve");
    }
    return {};
}

QString ComplaintFormat::name(ComplaintQueue queue)
{
    switch (queue) {
    case ComplaintQueue::Mine: return tr("Mine");
    case ComplaintQueue::MyDepartment: return tr("My department's");
    case ComplaintQueue::AllOpen: return tr("All open");
    case ComplaintQueue::Overdue: return tr("Overdue");
    case ComplaintQueue::Escalated: return tr("Escalated");
    case ComplaintQueue::Closed: return tr("Closed");
    }
    return {};
}

QString ComplaintFormat::name(ComplaintDimension dimension)
{
    switch (dimension) {
    case ComplaintDimension::Category: return tr("Category");
    case ComplaintDimension::Cause: return tr("Root cause");
    case ComplaintDimension::Product: return tr("Product model");
    case ComplaintDimension::Customer: return tr("Customer");
    case ComplaintDimension::Department: return tr("Department");
    }
    return {};
}

QString ComplaintFormat::fieldName(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        { "channel", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Channel") },
        { "category", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Category") },
        { "severity", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Severity") },
        { "description", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Description") },
        { "order", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Order") },
        { "product", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Product model") },
        { "department", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Department") },
        { "handler", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Handler") },
        { "onsite", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "On site") },
        { "cause", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Root cause") },
        { "handling", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Handling") },
        { "action", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Corrective action") },
        { "note", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Note") },
        { "effective", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Effective") },
        { "review_due", QT_TRANSLATE_NOOP("kehu::ComplaintFormat", "Review due") },
    };
    for (const auto &label : labels) {
        if (key == QLatin1String(label.key))
            return tr(label.label);
    }
    return key;
}

QString ComplaintFormat::duration(qint64 seconds)
{
    const qint64 minutes = std::abs(seconds) / 60;
    if (minutes >= 48 * 60)
        return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    if (minutes >= 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

QString ComplaintFormat::timeLeft(const TargetStatus &target)
{
    if (target.isMet())
        return target.overdue ? tr("met late") : tr("met");
    if (target.overdue)
        return tr("overdue %1").arg(duration(target.secondsLeft));
    return tr("%1 left").arg(duration(target.secondsLeft));
}

} // namespace kehu
