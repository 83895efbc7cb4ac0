#include "abcstrategysettings.h"

#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

namespace kehu {
namespace {

const QString MeasureKey = QStringLiteral("abc_strategy_measure");

} // namespace

AbcStrategySettings::AbcStrategySettings(const Database &db)
    : m_db(db)
{
}

AbcMeasure AbcStrategySettings::measure() const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(MeasureKey);
    sql::exec(query);
    // A value edited by hand into something else counts as the default.
    return query.next() ? abcMeasureFromKey(query.value(0).toString()).value_or(AbcMeasure::Profit) : AbcMeasure::Profit;
}

void AbcStrategySettings::setMeasure(AbcMeasure measure)
{
    WriteTransaction transaction(m_db.connection());
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(MeasureKey);
    query.addBindValue(toKey(measure));
    sql::exec(query);
    transaction.commit();
}

} // namespace kehu
