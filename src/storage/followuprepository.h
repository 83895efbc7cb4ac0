#pragma once

#include "domain/followup.h"
#include "domain/period.h"

#include <QDate>

#include <unordered_map>
#include <vector>

namespace kehu {

class Database;

// The latest follow-up of a customer on or before a day, and the file's creation day that
// the cadence counts from before the first follow-up.
struct FollowUpLatest
{
    qint64 customerId = 0;
    QDate created;
    QDate lastDate; // null when none
    QDate lastNextDate; // null when none was logged
};

// The follow-up log (DOMAIN §8, table follow_ups of migration 6): every SQL statement about it.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(const Database &db);

    // Validates (validateFollowUp), then inserts; sets id and createdAt. NotFound for an unknown
    // customer, Refused for an archived one or invalid values.
    void add(FollowUp &followUp);
    // A customer's log, latest first (by date, then by the order they were logged).
    std::vector<FollowUp> forCustomer(qint64 customerId) const;
    // Every active customer with its latest follow-up on or before `asOf`, by customer id.
    std::vector<FollowUpLatest> latest(QDate asOf) const;
    // Follow-ups logged per customer over a period (customers without any left out).
    std::unordered_map<qint64, int> countsByCustomer(const Period &period) const;
    int count() const;

private:
    const Database &m_db;
};

} // namespace kehu
