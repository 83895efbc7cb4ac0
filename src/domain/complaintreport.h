#pragma once

#include "complaint.h"
#include "complainttargets.h"
#include "period.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace kehu {

// The quality meeting's figures over a period's complaints (DOMAIN §6).

enum class ComplaintDimension { Category, Cause, Product, Customer, Department };
QString toKey(ComplaintDimension dimension); // "category", "cause", "product", "customer", "department"
std::optional<ComplaintDimension> complaintDimensionFromKey(const QString &key);
const std::vector<ComplaintDimension> &allComplaintDimensions();

// One value of a dimension: a category key, a cause, a product model, a customer code, a
// department; empty for complaints without one (no cause yet, no product).
struct ComplaintCount
{
    QString key;
    QString label; // the customer's name for customers, else the key
    int count = 0;
    double share = 0;          // of all complaints counted
    double cumulativeShare = 0; // this and every row above it
    bool operator==(const ComplaintCount &) const = default;
};

// Time from the previous step to each step of a kind, in hours.
struct StepDuration
{
    ComplaintStep step = ComplaintStep::Assign;
    int count = 0;
    double meanHours = 0;
    double p90Hours = 0; // nearest rank: the value at position ceil(0.9 n) of the sorted times
    bool operator==(const StepDuration &) const = default;
};

// Of the complaints whose target is decided (met, or past due unmet), how many missed it.
struct TargetRate
{
    TargetKind target = TargetKind::Respond;
    int decided = 0;
    int overdue = 0;
    double rate = 0;
    bool operator==(const TargetRate &) const = default;
};

// Of the complaints reported to the customer, how many the customer rejected at least once.
struct ReopenRate
{
    int reported = 0;
    int reopened = 0;
    double rate = 0;
    bool operator==(const ReopenRate &) const = default;
};

struct ReviewDue
{
    QString number;
    QString customerCode;
    QString action;
    QDateTime due;
    bool operator==(const ReviewDue &) const = default;
};

struct ComplaintReport
{
    Period period;
    QDateTime asOf;
    int total = 0;
    int open = 0;     // not yet closed
    int escalated = 0;
    std::vector<ComplaintCount> rows; // by the requested dimension, most first, then by key
    std::vector<ComplaintCount> causePareto; // root causes only, most first, cumulative shares
    std::vector<StepDuration> stepTimes;
    std::vector<TargetRate> overdueRates;
    ReopenRate reopen;
    std::vector<ReviewDue> reviewsDue; // every closed complaint whose review date has come
};

// Complaints received on a day of the period, by the local date of receipt.
std::vector<Complaint> receivedIn(const std::vector<Complaint> &complaints, const Period &period);

std::vector<ComplaintCount> countBy(const std::vector<Complaint> &complaints, ComplaintDimension dimension);
// The root causes ranked for a Pareto chart; complaints without a cause are left out.
std::vector<ComplaintCount> causePareto(const std::vector<Complaint> &complaints);
std::vector<StepDuration> stepDurations(const std::vector<Complaint> &complaints);
std::vector<TargetRate> overdueRates(const std::vector<Complaint> &complaints, const ComplaintRules &rules,
                                     const QDateTime &asOf);
ReopenRate reopenRate(const std::vector<Complaint> &complaints);
std::vector<ReviewDue> reviewsDue(const std::vector<Complaint> &complaints, const QDateTime &asOf);

// Everything above for the complaints received in `period`; reviews due from all complaints.
ComplaintReport buildComplaintReport(const std::vector<Complaint> &all, const Period &period,
                                     ComplaintDimension dimension, const ComplaintRules &rules, const QDateTime &asOf);

} // namespace kehu
