#pragma once

#include "domain/followupschedule.h"

#include <QDate>

#include <optional>
#include <vector>

namespace kehu {

class Database;

// The follow-up due rule over a database: every active customer with its ABC class (the
// rule of DOMAIN §3 over the 12 months up to the as-of day, by profit, with the saved limits),
// its latest follow-up and the saved cadence, handed to the domain's dueFollowUps().
class FollowUpAgenda
{
public:
    explicit FollowUpAgenda(const Database &db);

    // Every active customer as of the day, ordered by code.
    std::vector<FollowUpStatus> statuses(QDate asOf) const;
    // Due in the ISO week of `asOf` or earlier (or only overdue), earliest first.
    std::vector<FollowUpDue> due(QDate asOf, bool onlyOverdue = false) const;
    // One customer's next follow-up; nullopt for an archived or unknown customer.
    std::optional<FollowUpDue> dueOf(qint64 customerId, QDate asOf) const;

private:
    const Database &m_db;
};

} // namespace kehu
