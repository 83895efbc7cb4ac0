#include "sqlitestatement.h"

#include "storageerror.h"

#include "domain/importvalues.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace kehu {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        fail();
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : SqliteStatement(db, sql.toUtf8().constData())
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StorageError(StorageError::Kind::Failed, QStringLiteral("not an SQLite connection"));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void SqliteStatement::fail() const
{
    const int code = sqlite3_extended_errcode(m_db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        throw StorageError(StorageError::Kind::Locked,
                           QCoreApplication::translate("kehu::Storage",
                                                       "The database is busy: another program is writing to it. Nothing was changed; try again."),
                           detail);
    throw StorageError(StorageError::Kind::Failed,
                       QCoreApplication::translate("kehu::Storage", "The database reported an error: %1").arg(detail),
                       m_statement ? QString::fromUtf8(sqlite3_sql(m_statement)) : QString());
}

SqliteStatement &SqliteStatement::bindText(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return bindNull();
    return bindRequiredText(utf8);
}

SqliteStatement &SqliteStatement::bindRequiredText(QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, ++m_index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bindTextCopy(QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, ++m_index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindText(const QString &text)
{
    if (text.isEmpty())
        return bindNull();
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindInt(qint64 value)
{
    sqlite3_bind_int64(m_statement, ++m_index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindDate(QDate date)
{
    if (!date.isValid())
        return bindNull();
    char iso[10];
    importvalues::writeIsoDate(date, iso);
    sqlite3_bind_text(m_statement, ++m_index, iso, sizeof iso, SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return bindNull();
    // QDateTime::toString went through a printf per call: a fifth of a customer import.
    const QDateTime utc = time.toUTC();
    char iso[20];
    importvalues::writeIsoDate(utc.date(), iso);
    const QTime t = utc.time();
    const int parts[3] = {t.hour(), t.minute(), t.second()};
    iso[10] = 'T';
    for (int i = 0; i < 3; ++i) {
        iso[11 + 3 * i] = char('0' + parts[i] / 10);
        iso[12 + 3 * i] = char('0' + parts[i] % 10);
        if (i < 2)
            iso[13 + 3 * i] = ':';
    }
    iso[19] = 'Z';
    sqlite3_bind_text(m_statement, ++m_index, iso, sizeof iso, SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull()
{
    sqlite3_bind_null(m_statement, ++m_index);
    return *this;
}

SqliteStatement::Step SqliteStatement::step()
{
    m_index = 0;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    if ((rc & 0xff) == SQLITE_CONSTRAINT) {
        sqlite3_reset(m_statement);
        return Step::Constraint;
    }
    fail();
}

SqliteStatement::Step SqliteStatement::run()
{
    const Step first = step();
    if (first == Step::Row) {
        while (step() == Step::Row) {
        }
    }
    reset();
    return first;
}

qint64 SqliteStatement::insert()
{
    m_index = 0;
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE)
        fail(); // reads the error before the reset clears it
    sqlite3_reset(m_statement);
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_index = 0;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace kehu
