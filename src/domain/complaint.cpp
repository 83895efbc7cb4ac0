#include "complaint.h"

#include <algorithm>

namespace kehu {
namespace {

template<typename E>
struct KeyTable
{
    E value;
    const char *key;
};

template<typename E, size_t N>
QString keyOf(const KeyTable<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const KeyTable<E> (&table)[N], const QString &key)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

const KeyTable<ComplaintState> States[] = {
    { ComplaintState::Received, "received" },
    { ComplaintState::Assigned, "assigned" },
    { ComplaintState::InProgress, "in_progress" },
    { ComplaintState::Resolved, "resolved" },
    { ComplaintState::AwaitingVerdict, "awaiting_verdict" },
    { ComplaintState::Closed, "closed" },
};
const KeyTable<ComplaintStep> Steps[] = {
    { ComplaintStep::Add, "add" },
    { ComplaintStep::Assign, "assign" },
    { ComplaintStep::Start, "start" },
    { ComplaintStep::Resolve, "resolve" },
    { ComplaintStep::Report, "report" },
    { ComplaintStep::Accept, "accept" },
    { ComplaintStep::Reject, "reject" },
    { ComplaintStep::Review, "review" },
};
const KeyTable<ComplaintChannel> Channels[] = {
    { ComplaintChannel::Phone, "phone" },
    { ComplaintChannel::Visit, "visit" },
    { ComplaintChannel::Email, "email" },
    { ComplaintChannel::Online, "online" },
};
const KeyTable<ComplaintCategory> Categories[] = {
    { ComplaintCategory::Quality, "quality" },
    { ComplaintCategory::Delivery, "delivery" },
    { ComplaintCategory::Service, "service" },
    { ComplaintCategory::Price, "price" },
    { ComplaintCategory::Other, "other" },
};
const KeyTable<ComplaintSeverity> Severities[] = {
    { ComplaintSeverity::Normal, "normal" },
    { ComplaintSeverity::Major, "major" },
};

template<typename E, size_t N>
std::vector<E> valuesOf(const KeyTable<E> (&table)[N])
{
    std::vector<E> values;
    for (const auto &entry : table)
        values.push_back(entry.value);
    return values;
}

} // namespace

QString toKey(ComplaintState state) { return keyOf(States, state); }
QString toKey(ComplaintStep step) { return keyOf(Steps, step); }
QString toKey(ComplaintChannel channel) { return keyOf(Channels, channel); }
QString toKey(ComplaintCategory category) { return keyOf(Categories, category); }
QString toKey(ComplaintSeverity severity) { return keyOf(Severities, severity); }
std::optional<ComplaintState> complaintStateFromKey(const QString &key) { return valueOf(States, key); }
std::optional<ComplaintStep> complaintStepFromKey(const QString &key) { return valueOf(Steps, key); }
std::optional<ComplaintChannel> complaintChannelFromKey(const QString &key) { return valueOf(Channels, key); }
std::optional<ComplaintCategory> complaintCategoryFromKey(const QString &key) { return valueOf(Categories, key); }
std::optional<ComplaintSeverity> complaintSeverityFromKey(const QString &key) { return valueOf(Severities, key); }

const std::vector<ComplaintState> &allComplaintStates()
{
    static const std::vector<ComplaintState> all = valuesOf(States);
    return all;
}

const std::vector<ComplaintStep> &allComplaintSteps()
{
    static const std::vector<ComplaintStep> all = valuesOf(Steps);
    return all;
}

const std::vector<ComplaintChannel> &allComplaintChannels()
{
    static const std::vector<ComplaintChannel> all = valuesOf(Channels);
    return all;
}

const std::vector<ComplaintCategory> &allComplaintCategories()
{
    static const std::vector<ComplaintCategory> all = valuesOf(Categories);
    return all;
}

bool isOpenForUs(ComplaintState state)
{
    return state == ComplaintState::Received || state == ComplaintState::Assigned || state == ComplaintState::InProgress;
}

QDateTime Complaint::stepAt(ComplaintStep step, bool last) const
{
    QDateTime found;
    for (const ComplaintStepRecord &record : history) {
        if (record.step != step)
            continue;
        found = record.at;
        if (!last)
            break;
    }
    return found;
}

QString complaintNumber(int year, int sequence)
{
    return QStringLiteral("TS-%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 6, 10, QLatin1Char('0'));
}

} // namespace kehu
