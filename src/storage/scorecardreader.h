#pragma once

#include "domain/period.h"
#include "domain/scorecard.h"

#include <vector>

namespace kehu {

class Database;

// The account managers' scorecard over a period (DOMAIN §10), read from the database: each
// manager's active customers with their ABC class over the period (by profit, saved limits),
// sales and profit, follow-ups logged in the period against what the cadence of their class
// asks for (followUpsExpected), and customers overdue on the period's last day. Every manager
// on the list has a row, plus one for customers without a manager when there are any.
// Complaints: those received in the period on the manager's active customers (complaintFigures);
// satisfaction and loyalty: the mean over the manager's customers of their latest answered survey.
class ScorecardReader
{
public:
    explicit ScorecardReader(const Database &db);

    std::vector<ScorecardInput> inputs(const Period &period) const;
    std::vector<ScorecardRow> rows(const Period &period) const { return buildScorecard(inputs(period)); }

private:
    void addFeedback(std::vector<ScorecardInput> &inputs, const Period &period) const;

    const Database &m_db;
};

} // namespace kehu
