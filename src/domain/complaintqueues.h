#pragma once

#include "complaint.h"
#include "complainttargets.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace kehu {

// The queues of the Complaints view and who is looking at them.
enum class ComplaintQueue { Mine, MyDepartment, AllOpen, Overdue, Escalated, Closed };

const std::vector<ComplaintQueue> &allComplaintQueues();

struct QueueViewer
{
    QString name;       // CurrentUser::name()
    QString department; // the department's list name; empty: none
    bool onEmergencyTeam = false;
};

// Mine: the handler is the viewer, or (not started yet) the viewer assigned or received it.
// My department: assigned to the viewer's department. All open: not closed. Overdue: open on
// our side and past its current target. Escalated: escalated and not closed. Closed: closed.
bool inQueue(const Complaint &c, ComplaintQueue queue, const QueueViewer &viewer, const ComplaintRules &rules,
             const QDateTime &asOf);

// The order a queue shows: for the emergency team escalated complaints first; then overdue
// first and the least time left; then the newest. Closed: most recently closed first.
void sortForQueue(std::vector<Complaint> &complaints, ComplaintQueue queue, const QueueViewer &viewer,
                  const ComplaintRules &rules, const QDateTime &asOf);

} // namespace kehu
