#pragma once

#include <QDateTime>

namespace kehu {

class Database;

// Complaints for the demo database: received over the last year against customers (more
// against the bigger ones), in every state — older ones mostly closed, some reopened by the
// customer, some late on their targets, corrective actions reviewed — each taken through the
// workflow step by step like a person would, so every rule holds. Same seed, same complaints.
class ComplaintDemoData
{
public:
    // Returns how many complaints were written; none when there are no customers.
    static int generate(const Database &db, int count, quint64 seed, const QDateTime &now);
};

} // namespace kehu
