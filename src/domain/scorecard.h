#pragma once

#include "abcclass.h"
#include "complaint.h"
#include "money.h"

#include <QString>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace kehu {

// One customer of an account manager as the scorecard counts it, over the scorecard's period.
struct ScorecardCustomer
{
    qint64 customerId = 0;
    AbcClass abcClass = AbcClass::C;
    Money sales;
    Money profit;
    int followUpsDone = 0; // logged in the period
    int followUpsDue = 0; // what the cadence of its class asks for in the period
    bool overdue = false; // its follow-up overdue at the end of the period

    bool operator==(const ScorecardCustomer &) const = default;
};

// Everything the scorecard knows about one account manager (DOMAIN §10: staff results count
// customer feedback, complaints and follow-up work, not only sales). Complaint and survey
// figures are aggregated over the manager's customers by whoever reads them; nullopt where
// they are not available (no such records kept in this database).
struct ScorecardInput
{
    qint64 accountManagerId = 0; // 0: customers without an account manager
    QString manager;
    std::vector<ScorecardCustomer> customers;
    std::optional<int> complaints;
    std::optional<double> meanResolutionHours;
    std::optional<double> reopenRate; // fraction of complaints reopened
    std::optional<double> meanSatisfaction; // mean composite score of the customers' survey responses
    std::optional<double> meanLoyalty;
};

// One line of the scorecard.
struct ScorecardRow
{
    qint64 accountManagerId = 0;
    QString manager;
    int customers = 0;
    std::array<int, 3> customersByClass {}; // A, B, C
    Money sales;
    Money profit;
    std::optional<double> margin; // profit / sales; none without sales
    int followUpsDone = 0;
    int followUpsDue = 0;
    int followUpsOverdue = 0; // customers overdue at the end of the period
    std::optional<double> followUpRate; // done / due; none when nothing was due
    std::optional<int> complaints;
    std::optional<double> meanResolutionHours;
    std::optional<double> reopenRate;
    std::optional<double> meanSatisfaction;
    std::optional<double> meanLoyalty;

    bool operator==(const ScorecardRow &) const = default;
};

// The complaint figures of one manager's customers over a period: how many were received, the
// mean hours from receipt to closing over those closed, and the share of those reported to
// the customer that the customer reopened (complaintreport's reopenRate). Means and rates are
// nullopt when there is nothing to take them over.
struct ComplaintFigures
{
    int count = 0;
    std::optional<double> meanResolutionHours;
    std::optional<double> reopenRate;

    bool operator==(const ComplaintFigures &) const = default;
};
ComplaintFigures complaintFigures(const std::vector<Complaint> &complaints);

// The mean of the values given; nullopt for none.
std::optional<double> meanOf(const std::vector<double> &values);

// The scorecard's rows, one per manager given: sums over their customers, the rates derived
// from them, and the complaint and survey figures as given. Highest sales first, ties by name.
std::vector<ScorecardRow> buildScorecard(std::span<const ScorecardInput> managers);

} // namespace kehu
