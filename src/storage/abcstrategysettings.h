#pragma once

#include "domain/abcclass.h"

namespace kehu {

class Database;

// The measure a customer's page ranks by when it shows the customer's class and strategy
// (profit, DOMAIN §3's default, until changed); kept in the database's settings table so
// everyone sharing the file sees the same class. The strategy texts themselves are in
// DatabaseSettings.
class AbcStrategySettings
{
public:
    explicit AbcStrategySettings(const Database &db);

    AbcMeasure measure() const; // throws StorageError
    void setMeasure(AbcMeasure measure); // in its own transaction; throws StorageError

private:
    const Database &m_db;
};

} // namespace kehu
