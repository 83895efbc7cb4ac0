#pragma once

#include "domain/customer.h"
#include "domain/customersummary.h"
#include "domain/period.h"

#include <QSqlQuery>

#include <optional>
#include <vector>

namespace kehu {

class Database;

// A customer found under the same name or phone as one being entered.
struct DuplicateCandidate
{
    qint64 id = 0;
    QString code;
    QString name;
    bool sameName = false;
    bool samePhone = false;
};

// What the customer list asks for.
struct SummaryQuery
{
    Period period;               // sales and profit are summed over it
    bool includeArchived = true;
    int limit = -1;              // first rows by code; -1 for all
};

// Reads and writes customer files with their contacts and competitors. Every write is
// one transaction; every failure is a StorageError and leaves the database as it was.
class CustomerRepository
{
public:
    explicit CustomerRepository(const Database &db);

    Customer load(qint64 id) const;                       // NotFound
    std::optional<qint64> idOfCode(const QString &code) const;
    int count(bool includeArchived = true) const;

    // Validates, then inserts; sets id and timestamps. Conflict when the code is taken.
    void create(Customer &customer);
    // Validates, then replaces the stored file (contacts and competitors included).
    void update(Customer &customer);

    void markVerified(qint64 id, const QString &by, const QDateTime &at);
    void markReviewed(qint64 id, QDate on);
    void archive(qint64 id, const QDateTime &at);
    void restore(qint64 id);
    // Only a draft with no orders may go; anything else is Refused.
    void remove(qint64 id);

    std::vector<DuplicateCandidate> likelyDuplicates(const QString &name, const QString &phone,
                                                     qint64 excludeId = 0) const;

    std::vector<CustomerSummary> summaries(const SummaryQuery &query) const;

private:
    void validate(const Customer &customer) const;
    void bindFields(QSqlQuery &query, const Customer &customer) const;
    void writeChildren(const Customer &customer) const;
    void requireExists(qint64 id) const;

    const Database &m_db;
};

} // namespace kehu
