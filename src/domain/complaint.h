#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace kehu {

// A customer complaint (投诉, DOMAIN §6) and the vocabulary of its workflow. The keys
// ("in_progress", "quality", ...) are part of the CLI and JSON contract.

enum class ComplaintState { Received, Assigned, InProgress, Resolved, AwaitingVerdict, Closed };
enum class ComplaintStep { Add, Assign, Start, Resolve, Report, Accept, Reject, Review };
enum class ComplaintChannel { Phone, Visit, Email, Online };
enum class ComplaintCategory { Quality, Delivery, Service, Price, Other };
enum class ComplaintSeverity { Normal, Major };

QString toKey(ComplaintState state);
QString toKey(ComplaintStep step);
QString toKey(ComplaintChannel channel);
QString toKey(ComplaintCategory category);
QString toKey(ComplaintSeverity severity);
std::optional<ComplaintState> complaintStateFromKey(const QString &key);
std::optional<ComplaintStep> complaintStepFromKey(const QString &key);
std::optional<ComplaintChannel> complaintChannelFromKey(const QString &key);
std::optional<ComplaintCategory> complaintCategoryFromKey(const QString &key);
std::optional<ComplaintSeverity> complaintSeverityFromKey(const QString &key);

// The states in workflow order and every step, for lists and loops.
const std::vector<ComplaintState> &allComplaintStates();
const std::vector<ComplaintStep> &allComplaintSteps();
const std::vector<ComplaintChannel> &allComplaintChannels();
const std::vector<ComplaintCategory> &allComplaintCategories();

// Received, assigned or in progress: someone on our side still has to act.
bool isOpenForUs(ComplaintState state);

// One step of the history: who did what when. `fields` holds what the step records under the
// keys the JSON uses (assign: "department"; start: "handler", "onsite"; resolve: "cause",
// "handling", "action"; report/accept/reject: "note"; review: "effective", "note", "action",
// "review_due"; add: "channel", "category", "severity", "description", "order", "product").
struct ComplaintStepRecord
{
    ComplaintStep step = ComplaintStep::Add;
    QDateTime at;
    QString by;
    QMap<QString, QString> fields;

    QString field(const QString &key) const { return fields.value(key); }
    bool operator==(const ComplaintStepRecord &) const = default;
};

// A complaint as it stands, with the current values of its steps kept beside the history so
// queues and reports need not replay it.
struct Complaint
{
    qint64 id = 0;
    QString number; // TS-2026-000123
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    ComplaintChannel channel = ComplaintChannel::Phone;
    ComplaintCategory category = ComplaintCategory::Other;
    ComplaintSeverity severity = ComplaintSeverity::Normal;
    QString description;
    QString orderNo;
    QString productModel;
    ComplaintState state = ComplaintState::Received;
    bool escalated = false;
    QDateTime receivedAt;
    QString receivedBy;
    QString assignedBy;
    QString department;
    QString handler;
    QString rootCause;
    QString handling;
    QString correctiveAction;
    QDateTime closedAt;
    QDateTime reviewDue; // invalid when no corrective action waits for review
    int reopenCount = 0;
    std::vector<ComplaintStepRecord> history;

    QDateTime lastStepAt() const { return history.empty() ? QDateTime() : history.back().at; }
    // The time of the first (or, with `last`, latest) step of that kind; invalid if none.
    QDateTime stepAt(ComplaintStep step, bool last = false) const;
    bool operator==(const Complaint &) const = default;
};

// "TS-2026-000123" for year 2026, sequence 123.
QString complaintNumber(int year, int sequence);

} // namespace kehu
