#pragma once

#include "domain/followupcadence.h"

namespace kehu {

class Database;

// The follow-up cadence per ABC class (DOMAIN §8), kept in the database's settings table so
// everyone who opens the file works to the same one. A 30, B 90, C 365 days until changed.
class FollowUpSettings
{
public:
    explicit FollowUpSettings(const Database &db);

    FollowUpCadence cadence() const;
    // One transaction for the three; Refused unless each is FollowUpCadence::MinDays–MaxDays.
    void setCadence(const FollowUpCadence &cadence);

private:
    const Database &m_db;
};

} // namespace kehu
