#pragma once

#include "abcclass.h"
#include "followupcadence.h"
#include "period.h"

#include <QDate>
#include <QString>

#include <span>
#include <vector>

namespace kehu {

// What the due rule needs to know of one active customer.
struct FollowUpStatus
{
    qint64 customerId = 0;
    QString code;
    QString name;
    qint64 accountManagerId = 0;
    AbcClass abcClass = AbcClass::C; // by the ABC rule over the 12 months up to the as-of day
    QDate baseline; // the day the file was created: where the cadence starts before any follow-up
    QDate lastDate; // the latest follow-up on or before the as-of day; null when none
    QDate lastNextDate; // the next date logged with it; null when none was given

    bool operator==(const FollowUpStatus &) const = default;
};

// When a customer's next follow-up is due, as of a day.
struct FollowUpDue
{
    qint64 customerId = 0;
    QString code;
    QString name;
    qint64 accountManagerId = 0;
    AbcClass abcClass = AbcClass::C;
    QDate last; // null when never followed up
    QDate due;
    int daysOverdue = 0; // as-of day − due day when overdue, else 0
    bool overdue = false; // due before the as-of day

    bool operator==(const FollowUpDue &) const = default;
};

// The ISO week (Monday to Sunday) that holds `day`.
Period isoWeekOf(QDate day);

// The follow-up rule (DOMAIN §8): the next date logged with the latest follow-up when one was
// given; else the latest follow-up's date, or the baseline when there was none, plus the
// cadence of the customer's class.
QDate nextFollowUpDate(QDate lastDate, QDate lastNextDate, QDate baseline, AbcClass abcClass,
                       const FollowUpCadence &cadence);

// The customer's next due date and whether it is overdue as of `asOf` (due strictly before it).
FollowUpDue followUpDueOf(const FollowUpStatus &status, const FollowUpCadence &cadence, QDate asOf);

// The customers whose follow-up is due in the ISO week of `asOf` or earlier (overdue ones
// included), or only the overdue ones; earliest due first, ties by code.
std::vector<FollowUpDue> dueFollowUps(std::span<const FollowUpStatus> customers, const FollowUpCadence &cadence,
                                      QDate asOf, bool onlyOverdue = false);

// How many follow-ups a cadence asks for over a period: its days divided by the cadence,
// rounded to the nearest whole number (halves up). 365 days: A 12, B 4, C 1; 31 days: A 1, B 0.
int followUpsExpected(const Period &period, int cadenceDays);

} // namespace kehu
