#include "followupschedule.h"

#include <algorithm>

namespace kehu {

Period isoWeekOf(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

QDate nextFollowUpDate(QDate lastDate, QDate lastNextDate, QDate baseline, AbcClass abcClass,
                       const FollowUpCadence &cadence)
{
    if (lastDate.isValid() && lastNextDate.isValid())
        return lastNextDate;
    const QDate from = lastDate.isValid() ? lastDate : baseline;
    return from.addDays(cadence.daysFor(abcClass));
}

FollowUpDue followUpDueOf(const FollowUpStatus &status, const FollowUpCadence &cadence, QDate asOf)
{
    FollowUpDue due;
    due.customerId = status.customerId;
    due.code = status.code;
    due.name = status.name;
    due.accountManagerId = status.accountManagerId;
    due.abcClass = status.abcClass;
    due.last = status.lastDate;
    due.due = nextFollowUpDate(status.lastDate, status.lastNextDate, status.baseline, status.abcClass, cadence);
    due.overdue = due.due.isValid() && due.due < asOf;
    due.daysOverdue = due.overdue ? int(due.due.daysTo(asOf)) : 0;
    return due;
}

std::vector<FollowUpDue> dueFollowUps(std::span<const FollowUpStatus> customers, const FollowUpCadence &cadence,
                                      QDate asOf, bool onlyOverdue)
{
    const QDate weekEnd = isoWeekOf(asOf).to;
    std::vector<FollowUpDue> due;
    for (const FollowUpStatus &status : customers) {
        FollowUpDue one = followUpDueOf(status, cadence, asOf);
        if (!one.due.isValid() || (onlyOverdue ? !one.overdue : one.due > weekEnd))
            continue;
        due.push_back(std::move(one));
    }
    std::sort(due.begin(), due.end(), [](const FollowUpDue &a, const FollowUpDue &b) {
        return a.due != b.due ? a.due < b.due : a.code < b.code;
    });
    return due;
}

int followUpsExpected(const Period &period, int cadenceDays)
{
    if (!period.isValid() || cadenceDays <= 0)
        return 0;
    const qint64 days = period.from.daysTo(period.to) + 1;
    return int((2 * days + cadenceDays) / (2 * qint64(cadenceDays)));
}

} // namespace kehu
