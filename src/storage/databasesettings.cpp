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

AbcThresholds DatabaseSettings::abcThresholds() const
{
    const auto a = AbcThresholds::parsePercent(value(QStringLiteral("abc_limit_a"), QString()));
    const auto b = AbcThresholds::parsePercent(value(QStringLiteral("abc_limit_b"), QString()));
    // A pair that no longer makes sense (edited by hand) falls back to the defaults as a whole.
    if (!a || !b)
        return AbcThresholds();
    return AbcThresholds::fromHundredths(*a, *b).value_or(AbcThresholds());
}

void DatabaseSettings::setAbcThresholds(AbcThresholds thresholds)
{
    // One transaction for both, so readers never see a new A with an old B.
    WriteTransaction transaction(m_db.connection());
    writeValue(QStringLiteral("abc_limit_a"), AbcThresholds::formatPercent(thresholds.aHundredths()));
    writeValue(QStringLiteral("abc_limit_b"), AbcThresholds::formatPercent(thresholds.bHundredths()));
    transaction.commit();
}

QString DatabaseSettings::abcStrategy(AbcClass abcClass) const
{
    const QString text = value(QStringLiteral("abc_strategy_") + toKey(abcClass).toLower(), QString());
    return text.isEmpty() ? defaultAbcStrategy(abcClass) : text;
}

void DatabaseSettings::setAbcStrategy(AbcClass abcClass, const QString &text)
{
    const QString key = QStringLiteral("abc_strategy_") + toKey(abcClass).toLower();
    if (text.trimmed().isEmpty())
        removeValue(key);
    else
        setValue(key, text.trimmed());
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
    writeValue(key, value);
    transaction.commit();
}

void DatabaseSettings::writeValue(const QString &key, const QString &value)
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    sql::exec(query);
}

void DatabaseSettings::removeValue(const QString &key)
{
    WriteTransaction transaction(m_db.connection());
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    sql::exec(query);
    transaction.commit();
}

} // namespace kehu
