#include "bulksettings.h"

#include "sqlsupport.h"

#include <QSqlQuery>

namespace kehu {

BulkSettings::BulkSettings(const QSqlDatabase &db)
    : m_db(db)
{
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -32768"));
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
}

BulkSettings::~BulkSettings()
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -2000"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA threads = 0"));
}

} // namespace kehu
