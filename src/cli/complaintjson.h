#pragma once

#include "domain/complaint.h"
#include "domain/complaintreport.h"
#include "domain/complainttargets.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kehu::cli {

// The JSON and text forms of complaints shared by the `complaints` commands.

// "2026-01-05T09:00:00": local time, seconds, no offset; invalid → "".
QString localIso(const QDateTime &time);
// TIME as typed (ISO 8601 local); nullopt when it does not parse.
std::optional<QDateTime> parseLocalTime(const QString &text);
// "3 h 20 min", "-45 min" (overdue), for tables.
QString formatDuration(qint64 seconds);

// number, customer, state, category, severity, escalated and the other current values, the
// targets as of `asOf`, and the history when asked for.
QJsonObject complaintObject(const Complaint &c, const ComplaintRules &rules, const QDateTime &asOf, bool withHistory);
QJsonObject reportObject(const ComplaintReport &report, ComplaintDimension dimension);

} // namespace kehu::cli
