#include "complaintreport.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace kehu {
namespace {

QString keyOf(const Complaint &c, ComplaintDimension dimension)
{
    switch (dimension) {
    case ComplaintDimension::Category:
        return toKey(c.category);
    case ComplaintDimension::Cause:
        return c.rootCause;
    case ComplaintDimension::Product:
        return c.productModel;
    case ComplaintDimension::Customer:
        return c.customerCode;
    case ComplaintDimension::Department:
        return c.department;
    }
    return {};
}

std::vector<ComplaintCount> ranked(QMap<QString, ComplaintCount> counts, int total)
{
    std::vector<ComplaintCount> rows;
    for (const ComplaintCount &row : counts)
        rows.push_back(row);
    std::stable_sort(rows.begin(), rows.end(), [](const ComplaintCount &a, const ComplaintCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.key < b.key;
    });
    int running = 0;
    for (ComplaintCount &row : rows) {
        running += row.count;
        row.share = total > 0 ? double(row.count) / total : 0;
        row.cumulativeShare = total > 0 ? double(running) / total : 0;
    }
    return rows;
}

} // namespace

QString toKey(ComplaintDimension dimension)
{
    switch (dimension) {
    case ComplaintDimension::Category:
        return QStringLiteral("category");
    case ComplaintDimension::Cause:
        return QStringLiteral("cause");
    case ComplaintDimension::Product:
        return QStringLiteral("product");
    case ComplaintDimension::Customer:
        return QStringLiteral("customer");
    case ComplaintDimension::Department:
        return QStringLiteral("department");
    }
    return {};
}

std::optional<ComplaintDimension> complaintDimensionFromKey(const QString &key)
{
    for (ComplaintDimension dimension : allComplaintDimensions()) {
        if (toKey(dimension) == key)
            return dimension;
    }
    return std::nullopt;
}

const std::vector<ComplaintDimension> &allComplaintDimensions()
{
    static const std::vector<ComplaintDimension> all { ComplaintDimension::Category, ComplaintDimension::Cause,
        ComplaintDimension::Product, ComplaintDimension::Customer, ComplaintDimension::Department };
    return all;
}

std::vector<Complaint> receivedIn(const std::vector<Complaint> &complaints, const Period &period)
{
    std::vector<Complaint> result;
    for (const Complaint &c : complaints) {
        if (period.contains(c.receivedAt.date()))
            result.push_back(c);
    }
    return result;
}

std::vector<ComplaintCount> countBy(const std::vector<Complaint> &complaints, ComplaintDimension dimension)
{
    QMap<QString, ComplaintCount> counts;
    for (const Complaint &c : complaints) {
        const QString key = keyOf(c, dimension);
        ComplaintCount &row = counts[key];
        row.key = key;
        row.label = dimension == ComplaintDimension::Customer ? c.customerName : key;
        ++row.count;
    }
    return ranked(counts, int(complaints.size()));
}

std::vector<ComplaintCount> causePareto(const std::vector<Complaint> &complaints)
{
    QMap<QString, ComplaintCount> counts;
    int total = 0;
    for (const Complaint &c : complaints) {
        if (c.rootCause.isEmpty())
            continue;
        ComplaintCount &row = counts[c.rootCause];
        row.key = row.label = c.rootCause;
        ++row.count;
        ++total;
    }
    return ranked(counts, total);
}

std::vector<StepDuration> stepDurations(const std::vector<Complaint> &complaints)
{
    const std::vector<ComplaintStep> measured { ComplaintStep::Assign, ComplaintStep::Start, ComplaintStep::Resolve,
        ComplaintStep::Report, ComplaintStep::Accept, ComplaintStep::Reject };
    std::vector<StepDuration> result;
    for (ComplaintStep step : measured) {
        std::vector<double> hours;
        for (const Complaint &c : complaints) {
            for (size_t i = 1; i < c.history.size(); ++i) {
                if (c.history[i].step == step)
                    hours.push_back(double(c.history[i - 1].at.secsTo(c.history[i].at)) / 3600.0);
            }
        }
        StepDuration duration;
        duration.step = step;
        duration.count = int(hours.size());
        if (!hours.empty()) {
            std::sort(hours.begin(), hours.end());
            double sum = 0;
            for (double h : hours)
                sum += h;
            duration.meanHours = sum / double(hours.size());
            const size_t rank = size_t(std::ceil(0.9 * double(hours.size())));
            duration.p90Hours = hours[std::max<size_t>(rank, 1) - 1];
        }
        result.push_back(duration);
    }
    return result;
}

std::vector<TargetRate> overdueRates(const std::vector<Complaint> &complaints, const ComplaintRules &rules,
                                     const QDateTime &asOf)
{
    std::vector<TargetRate> rates;
    for (TargetKind kind : allTargetKinds()) {
        TargetRate rate;
        rate.target = kind;
        rates.push_back(rate);
    }
    for (const Complaint &c : complaints) {
        const std::vector<TargetStatus> targets = evaluateTargets(c, rules, asOf);
        for (size_t i = 0; i < targets.size(); ++i) {
            if (!targets[i].isMet() && !targets[i].overdue)
                continue; // still running: not decided yet
            ++rates[i].decided;
            if (targets[i].overdue)
                ++rates[i].overdue;
        }
    }
    for (TargetRate &rate : rates)
        rate.rate = rate.decided > 0 ? double(rate.overdue) / rate.decided : 0;
    return rates;
}

ReopenRate reopenRate(const std::vector<Complaint> &complaints)
{
    ReopenRate rate;
    for (const Complaint &c : complaints) {
        if (!c.stepAt(ComplaintStep::Report).isValid())
            continue;
        ++rate.reported;
        if (c.reopenCount > 0)
            ++rate.reopened;
    }
    rate.rate = rate.reported > 0 ? double(rate.reopened) / rate.reported : 0;
    return rate;
}

std::vector<ReviewDue> reviewsDue(const std::vector<Complaint> &complaints, const QDateTime &asOf)
{
    std::vector<ReviewDue> due;
    for (const Complaint &c : complaints) {
        if (c.state != ComplaintState::Closed || c.correctiveAction.isEmpty() || !c.reviewDue.isValid()
            || c.reviewDue > asOf)
            continue;
        due.push_back({ c.number, c.customerCode, c.correctiveAction, c.reviewDue });
    }
    std::sort(due.begin(), due.end(), [](const ReviewDue &a, const ReviewDue &b) {
        return a.due != b.due ? a.due < b.due : a.number < b.number;
    });
    return due;
}

ComplaintReport buildComplaintReport(const std::vector<Complaint> &all, const Period &period,
                                     ComplaintDimension dimension, const ComplaintRules &rules, const QDateTime &asOf)
{
    const std::vector<Complaint> selected = receivedIn(all, period);
    ComplaintReport report;
    report.period = period;
    report.asOf = asOf;
    report.total = int(selected.size());
    for (const Complaint &c : selected) {
        if (c.state != ComplaintState::Closed)
            ++report.open;
        if (c.escalated)
            ++report.escalated;
    }
    report.rows = countBy(selected, dimension);
    report.causePareto = causePareto(selected);
    report.stepTimes = stepDurations(selected);
    report.overdueRates = overdueRates(selected, rules, asOf);
    report.reopen = reopenRate(selected);
    report.reviewsDue = reviewsDue(all, asOf);
    return report;
}

} // namespace kehu
