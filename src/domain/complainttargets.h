#pragma once

#include "complaint.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace kehu {

// Service targets of one severity, in minutes from receipt (DOMAIN §6), in calendar time.
struct ServiceTargets
{
    int respondMinutes = 60;       // received → assigned
    int onSiteMinutes = 6 * 60;    // received → in_progress (handling started, on site)
    int resolveMinutes = 72 * 60;  // received → resolved
    bool operator==(const ServiceTargets &) const = default;
};

// The rules a database sets for its complaints: targets per severity and how long after
// closing a corrective action is reviewed.
struct ComplaintRules
{
    static constexpr int DefaultReviewDays = 90;

    ServiceTargets normal;
    ServiceTargets major { 60, 6 * 60, 24 * 60 };
    int reviewDays = DefaultReviewDays;

    const ServiceTargets &targets(ComplaintSeverity severity) const
    {
        return severity == ComplaintSeverity::Major ? major : normal;
    }
    bool operator==(const ComplaintRules &) const = default;
};

enum class TargetKind { Respond, OnSite, Resolve };

// "respond", "on_site", "resolve": the names in JSON.
QString toKey(TargetKind kind);
const std::vector<TargetKind> &allTargetKinds();

// One target of one complaint at a given moment.
struct TargetStatus
{
    TargetKind kind = TargetKind::Respond;
    QDateTime due;
    QDateTime metAt;          // invalid while not met
    bool overdue = false;     // met after `due`, or not met and the moment is past `due`
    qint64 secondsLeft = 0;   // to `due` from the moment (or from when it was met); negative when late
    bool current = false;     // the target the complaint works towards now

    QString name() const { return toKey(kind); }
    bool isMet() const { return metAt.isValid(); }
};

// Every target of the complaint as of `asOf`. Respond is met by the first assignment, on site by
// the first start; resolve by the latest resolution while the complaint stays resolved (a
// rejection by the customer makes it open again). Due exactly at `asOf` is not overdue yet.
std::vector<TargetStatus> evaluateTargets(const Complaint &complaint, const ComplaintRules &rules, const QDateTime &asOf);

// The target of the complaint's current state (received: respond, assigned: on site,
// in progress: resolve); none once resolved.
std::optional<TargetStatus> currentTarget(const Complaint &complaint, const ComplaintRules &rules, const QDateTime &asOf);

// Open on our side and past its current target.
bool isOverdue(const Complaint &complaint, const ComplaintRules &rules, const QDateTime &asOf);

} // namespace kehu
