#pragma once

#include "domain/abcclass.h"
#include "domain/abcthresholds.h"

#include <QString>

namespace kehu {

class Database;

// Settings that belong to the database, shared by everyone who opens it (window layout and
// language are per user and live in QSettings instead).
class DatabaseSettings
{
public:
    explicit DatabaseSettings(const Database &db);

    static constexpr int DefaultStaleMonths = 12;

    // A customer file not reviewed for this many months is stale (DOMAIN §1).
    int staleMonths() const;
    void setStaleMonths(int months); // 1–120; Refused otherwise

    // The A and B limits of the ABC rule (DOMAIN §3); 50 % and 80 % until changed.
    AbcThresholds abcThresholds() const;
    void setAbcThresholds(AbcThresholds thresholds);

    // The service strategy shown for a class on the customer's page: the edited text, or
    // DOMAIN §3's default in the interface's language until someone edits it.
    QString abcStrategy(AbcClass abcClass) const;
    // Empty text (after trimming) goes back to the default.
    void setAbcStrategy(AbcClass abcClass, const QString &text);

private:
    QString value(const QString &key, const QString &fallback) const;
    void setValue(const QString &key, const QString &value); // in its own transaction
    void writeValue(const QString &key, const QString &value); // in the caller's transaction
    void removeValue(const QString &key);

    const Database &m_db;
};

} // namespace kehu
