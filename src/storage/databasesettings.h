#pragma once

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

private:
    QString value(const QString &key, const QString &fallback) const;
    void setValue(const QString &key, const QString &value);

    const Database &m_db;
};

} // namespace kehu
