#include "followupsettings.h"

#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kehu {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::FollowUpSettings)
};

QString keyOf(AbcClass abcClass)
{
    return QStringLiteral("follow_up_days_") + toKey(abcClass).toLower();
}

} // namespace

FollowUpSettings::FollowUpSettings(const Database &db)
    : m_db(db)
{
}

FollowUpCadence FollowUpSettings::cadence() const
{
    FollowUpCadence cadence;
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    for (AbcClass abcClass : AllAbcClasses) {
        query.addBindValue(keyOf(abcClass));
        sql::exec(query);
        bool ok = false;
        const int days = query.next() ? query.value(0).toString().toInt(&ok) : 0;
        // A value edited by hand into nonsense falls back to the default for its class.
        if (ok && days >= FollowUpCadence::MinDays && days <= FollowUpCadence::MaxDays)
            cadence.days[size_t(abcIndex(abcClass))] = days;
        query.finish();
    }
    return cadence;
}

void FollowUpSettings::setCadence(const FollowUpCadence &cadence)
{
    if (!FollowUpCadence::fromDays(cadence.days[0], cadence.days[1], cadence.days[2]))
        throw StorageError(StorageError::Kind::Refused,
                           Text::tr("A follow-up cadence is %1 to %2 days.")
                                   .arg(FollowUpCadence::MinDays)
                                   .arg(FollowUpCadence::MaxDays));
    WriteTransaction transaction(m_db.connection());
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (AbcClass abcClass : AllAbcClasses) {
        query.addBindValue(keyOf(abcClass));
        query.addBindValue(QString::number(cadence.daysFor(abcClass)));
        sql::exec(query);
    }
    transaction.commit();
}

} // namespace kehu
