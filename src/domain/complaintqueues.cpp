#include "complaintqueues.h"

#include <algorithm>
#include <limits>

namespace kehu {

const std::vector<ComplaintQueue> &allComplaintQueues()
{
    static const std::vector<ComplaintQueue> all { ComplaintQueue::Mine, ComplaintQueue::MyDepartment, ComplaintQueue::AllOpen,
        ComplaintQueue::Overdue, ComplaintQueue::Escalated, ComplaintQueue::Closed };
    return all;
}

bool inQueue(const Complaint &c, ComplaintQueue queue, const QueueViewer &viewer, const ComplaintRules &rules,
             const QDateTime &asOf)
{
    const bool open = c.state != ComplaintState::Closed;
    switch (queue) {
    case ComplaintQueue::Mine: {
        if (!open || viewer.name.isEmpty())
            return false;
        if (!c.handler.isEmpty())
            return c.handler == viewer.name;
        return c.assignedBy == viewer.name || (c.assignedBy.isEmpty() && c.receivedBy == viewer.name);
    }
    case ComplaintQueue::MyDepartment:
        return open && !viewer.department.isEmpty() && c.department == viewer.department;
    case ComplaintQueue::AllOpen:
        return open;
    case ComplaintQueue::Overdue:
        return isOverdue(c, rules, asOf);
    case ComplaintQueue::Escalated:
        return open && c.escalated;
    case ComplaintQueue::Closed:
        return !open;
    }
    return false;
}

void sortForQueue(std::vector<Complaint> &complaints, ComplaintQueue queue, const QueueViewer &viewer,
                  const ComplaintRules &rules, const QDateTime &asOf)
{
    if (queue == ComplaintQueue::Closed) {
        std::stable_sort(complaints.begin(), complaints.end(),
                         [](const Complaint &a, const Complaint &b) { return a.closedAt > b.closedAt; });
        return;
    }
    struct Key
    {
        bool escalatedFirst;
        qint64 secondsLeft;
    };
    auto keyOf = [&](const Complaint &c) {
        const std::optional<TargetStatus> target = currentTarget(c, rules, asOf);
        return Key { viewer.onEmergencyTeam && c.escalated,
            target ? target->secondsLeft : std::numeric_limits<qint64>::max() };
    };
    std::stable_sort(complaints.begin(), complaints.end(), [&](const Complaint &a, const Complaint &b) {
        const Key ka = keyOf(a);
        const Key kb = keyOf(b);
        if (ka.escalatedFirst != kb.escalatedFirst)
            return ka.escalatedFirst;
        if (ka.secondsLeft != kb.secondsLeft)
            return ka.secondsLeft < kb.secondsLeft;
        return a.receivedAt > b.receivedAt;
    });
}

} // namespace kehu
