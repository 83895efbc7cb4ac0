#include "databasesettings.h"

#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kehu {

DatabaseSettings::DatabaseSettings(const Database &db)
    : m_db(db)
{
}

int DatabaseSettings::staleMonths() const
{
    bool ok = false;
    const int months = value(QStringLiteral("stale_months"), QString::number(DefaultStaleMonths)).toInt(&ok);
    return ok && months > 0 ? months : DefaultStaleMonths;
}

void DatabaseSettings::setStaleMonths(int months)
{
    if (months < 1 || months > 120)
        throw StorageError(StorageError::Kind::Refused,
                           QCoreApplication::translate("kehu::DatabaseSettings", "The review period is 1 to 120 months."));
    setValue(QStringLiteral("stale_months"), QString::number(months));
}

QString DatabaseSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    sql::exec(query);
    return query.next() ? query.value(0).toString() : fallback;
}

void DatabaseSettings::setValue(const QString &key, const QString &value)
{
    WriteTransaction transaction(m_db.connection());
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    sql::exec(query);
    transaction.commit();
}

} // namespace kehu
