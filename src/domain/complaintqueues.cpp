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
    // Keys computed once per complaint, not once per comparison.
    struct Key
    {
        bool escalatedFirst;
        qint64 secondsLeft;
        QDateTime receivedAt;
        size_t index;
    };
    std::vector<Key> keys;
    keys.reserve(complaints.size());
    for (size_t i = 0; i < complaints.size(); ++i) {
        const Complaint &c = complaints[i];
        const std::optional<TargetStatus> target = currentTarget(c, rules, asOf);
        keys.push_back({ viewer.onEmergencyTeam && c.escalated,
            target ? target->secondsLeft : std::numeric_limits<qint64>::max(), c.receivedAt, i });
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.escalatedFirst != b.escalatedFirst)
            return a.escalatedFirst;
        if (a.secondsLeft != b.secondsLeft)
            return a.secondsLeft < b.secondsLeft;
        return a.receivedAt > b.receivedAt;
    });
    std::vector<Complaint> sorted;
    sorted.reserve(complaints.size());
    for (const Key &key : keys)
        sorted.push_back(std::move(complaints[key.index]));
    complaints = std::move(sorted);
}

} // namespace kehu
