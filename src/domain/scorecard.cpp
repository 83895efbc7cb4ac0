#include "scorecard.h"

#include "complaintreport.h"

#include <algorithm>

namespace kehu {

ComplaintFigures complaintFigures(const std::vector<Complaint> &complaints)
{
    ComplaintFigures figures;
    figures.count = int(complaints.size());
    std::vector<double> hours;
    for (const Complaint &c : complaints) {
        if (c.closedAt.isValid() && c.receivedAt.isValid())
            hours.push_back(double(c.receivedAt.secsTo(c.closedAt)) / 3600.0);
    }
    figures.meanResolutionHours = meanOf(hours);
    const ReopenRate reopen = reopenRate(complaints);
    if (reopen.reported > 0)
        figures.reopenRate = reopen.rate;
    return figures;
}

std::optional<double> meanOf(const std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    double sum = 0;
    for (double value : values)
        sum += value;
    return sum / double(values.size());
}

std::vector<ScorecardRow> buildScorecard(std::span<const ScorecardInput> managers)
{
    std::vector<ScorecardRow> rows;
    rows.reserve(managers.size());
    for (const ScorecardInput &input : managers) {
        ScorecardRow row;
        row.accountManagerId = input.accountManagerId;
        row.manager = input.manager;
        row.customers = int(input.customers.size());
        for (const ScorecardCustomer &customer : input.customers) {
            ++row.customersByClass[size_t(abcIndex(customer.abcClass))];
            row.sales += customer.sales;
            row.profit += customer.profit;
            row.followUpsDone += customer.followUpsDone;
            row.followUpsDue += customer.followUpsDue;
            row.followUpsOverdue += customer.overdue ? 1 : 0;
        }
        if (row.sales.fen() != 0)
            row.margin = double(row.profit.fen()) / double(row.sales.fen());
        if (row.followUpsDue > 0)
            row.followUpRate = double(row.followUpsDone) / double(row.followUpsDue);
        row.complaints = input.complaints;
        row.meanResolutionHours = input.meanResolutionHours;
        row.reopenRate = input.reopenRate;
        row.meanSatisfaction = input.meanSatisfaction;
        row.meanLoyalty = input.meanLoyalty;
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const ScorecardRow &a, const ScorecardRow &b) {
        return a.sales != b.sales ? b.sales < a.sales : a.manager < b.manager;
    });
    return rows;
}

} // namespace kehu
