#include "complaintjson.h"

#include <QJsonArray>

#include <cmath>

namespace kehu::cli {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(localIso(time)) : QJsonValue(QJsonValue::Null);
}

// Shares and hours to four decimals: more would only be noise from the division.
double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonObject targetObject(const TargetStatus &t)
{
    return QJsonObject {
        { QStringLiteral("name"), t.name() },
        { QStringLiteral("due"), localIso(t.due) },
        { QStringLiteral("overdue"), t.overdue },
        { QStringLiteral("met_at"), timeOrNull(t.metAt) },
        { QStringLiteral("minutes_left"), double(t.secondsLeft / 60) },
        { QStringLiteral("current"), t.current },
    };
}

QJsonArray countsArray(const std::vector<ComplaintCount> &rows, bool withLabel)
{
    QJsonArray array;
    for (const ComplaintCount &row : rows) {
        QJsonObject object { { QStringLiteral("name"), textOrNull(row.key) }, { QStringLiteral("count"), row.count },
            { QStringLiteral("share"), rounded(row.share) },
            { QStringLiteral("cumulative_share"), rounded(row.cumulativeShare) } };
        if (withLabel)
            object.insert(QStringLiteral("customer_name"), row.label);
        array.append(object);
    }
    return array;
}

} // namespace

QString localIso(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // Loaded times carry their local offset already; only plain UTC ones need converting.
    const bool local = time.timeSpec() == Qt::LocalTime || time.timeSpec() == Qt::OffsetFromUTC;
    return (local ? time : time.toLocalTime()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

std::optional<QDateTime> parseLocalTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toLocalTime();
}

QString formatDuration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    const qint64 minutes = std::abs(seconds) / 60;
    if (minutes >= 48 * 60)
        return QStringLiteral("%1%2 d %3 h").arg(sign).arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    if (minutes >= 60)
        return QStringLiteral("%1%2 h %3 min").arg(sign).arg(minutes / 60).arg(minutes % 60);
    return QStringLiteral("%1%2 min").arg(sign).arg(minutes);
}

QJsonObject complaintObject(const Complaint &c, const ComplaintRules &rules, const QDateTime &asOf, bool withHistory)
{
    QJsonArray targets;
    QJsonValue current(QJsonValue::Null);
    for (const TargetStatus &t : evaluateTargets(c, rules, asOf)) {
        targets.append(targetObject(t));
        if (t.current)
            current = t.name();
    }
    QJsonObject object {
        { QStringLiteral("number"), c.number },
        { QStringLiteral("customer"), c.customerCode },
        { QStringLiteral("customer_name"), c.customerName },
        { QStringLiteral("state"), toKey(c.state) },
        { QStringLiteral("category"), toKey(c.category) },
        { QStringLiteral("severity"), toKey(c.severity) },
        { QStringLiteral("channel"), toKey(c.channel) },
        { QStringLiteral("escalated"), c.escalated },
        { QStringLiteral("description"), c.description },
        { QStringLiteral("order"), textOrNull(c.orderNo) },
        { QStringLiteral("product"), textOrNull(c.productModel) },
        { QStringLiteral("received_at"), localIso(c.receivedAt) },
        { QStringLiteral("received_by"), c.receivedBy },
        { QStringLiteral("department"), textOrNull(c.department) },
        { QStringLiteral("handler"), textOrNull(c.handler) },
        { QStringLiteral("root_cause"), textOrNull(c.rootCause) },
        { QStringLiteral("corrective_action"), textOrNull(c.correctiveAction) },
        { QStringLiteral("closed_at"), timeOrNull(c.closedAt) },
        { QStringLiteral("review_due"), timeOrNull(c.reviewDue) },
        { QStringLiteral("reopen_count"), c.reopenCount },
        { QStringLiteral("overdue"), isOverdue(c, rules, asOf) },
        { QStringLiteral("current_target"), current },
        { QStringLiteral("targets"), targets },
    };
    if (withHistory) {
        QJsonArray history;
        for (const ComplaintStepRecord &step : c.history) {
            QJsonObject entry { { QStringLiteral("step"), toKey(step.step) }, { QStringLiteral("at"), localIso(step.at) },
                { QStringLiteral("by"), step.by } };
            for (auto it = step.fields.begin(); it != step.fields.end(); ++it)
                entry.insert(it.key(), it.value());
            history.append(entry);
        }
        object.insert(QStringLiteral("history"), history);
    }
    return object;
}

QJsonObject reportObject(const ComplaintReport &report, ComplaintDimension dimension)
{
    QJsonArray steps;
    for (const StepDuration &d : report.stepTimes) {
        steps.append(QJsonObject { { QStringLiteral("step"), toKey(d.step) }, { QStringLiteral("count"), d.count },
            { QStringLiteral("mean_hours"), rounded(d.meanHours) }, { QStringLiteral("p90_hours"), rounded(d.p90Hours) } });
    }
    QJsonArray overdue;
    for (const TargetRate &r : report.overdueRates) {
        overdue.append(QJsonObject { { QStringLiteral("target"), toKey(r.target) }, { QStringLiteral("decided"), r.decided },
            { QStringLiteral("overdue"), r.overdue }, { QStringLiteral("rate"), rounded(r.rate) } });
    }
    QJsonArray reviews;
    for (const ReviewDue &r : report.reviewsDue) {
        reviews.append(QJsonObject { { QStringLiteral("number"), r.number }, { QStringLiteral("customer"), r.customerCode },
            { QStringLiteral("action"), r.action }, { QStringLiteral("due"), localIso(r.due) } });
    }
    return QJsonObject {
        { QStringLiteral("from"), report.period.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), report.period.to.toString(Qt::ISODate) },
        { QStringLiteral("as_of"), localIso(report.asOf) },
        { QStringLiteral("by"), toKey(dimension) },
        { QStringLiteral("total"), report.total },
        { QStringLiteral("open"), report.open },
        { QStringLiteral("escalated"), report.escalated },
        { QStringLiteral("rows"), countsArray(report.rows, dimension == ComplaintDimension::Customer) },
        { QStringLiteral("cause_pareto"), countsArray(report.causePareto, false) },
        { QStringLiteral("step_times"), steps },
        { QStringLiteral("overdue_rates"), overdue },
        { QStringLiteral("reopen"), QJsonObject { { QStringLiteral("reported"), report.reopen.reported },
                                        { QStringLiteral("reopened"), report.reopen.reopened },
                                        { QStringLiteral("rate"), rounded(report.reopen.rate) } } },
        { QStringLiteral("reviews_due"), reviews },
    };
}

} // namespace kehu::cli
