#pragma once

#include "domain/customervalue.h"
#include "domain/period.h"

#include <vector>

namespace kehu {

class Database;

// Which customers take part in an ABC classification, and over which days.
struct CustomerValueQuery
{
    Period period; // both days included
    // Each list, when not empty, keeps only customers with one of its ids; the lists combine with AND.
    std::vector<qint64> regionIds;
    std::vector<qint64> industryIds;
    std::vector<qint64> salesCenterIds;
    std::vector<qint64> accountManagerIds;
};

// Per-customer sales and profit over a period for the ABC rule (DOMAIN §3): every customer
// that is not archived and passes the filters, those without orders in the period at 0.
class CustomerValueRepository
{
public:
    explicit CustomerValueRepository(const Database &db);

    // Ordered by code. Throws StorageError.
    std::vector<CustomerValue> values(const CustomerValueQuery &query) const;

private:
    const Database &m_db;
};

} // namespace kehu
