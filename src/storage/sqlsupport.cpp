#include "sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace kehu::sql {
namespace {

// SQLite's primary result codes, as the Qt driver reports them in nativeErrorCode().
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteConstraint = 19;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::Storage)
};

} // namespace

void raise(const QSqlError &error, const QString &what)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    spdlog::warn("{} failed: {}", what.toStdString(), detail.toStdString());
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        throw StorageError(StorageError::Kind::Locked,
                           Text::tr("The database is busy: another program is writing to it. Nothing was changed; try again."),
                           detail);
    case SqliteConstraint:
        throw StorageError(StorageError::Kind::Conflict, Text::tr("The change conflicts with existing records."), detail);
    default:
        throw StorageError(StorageError::Kind::Failed, Text::tr("The database reported an error: %1").arg(detail), what);
    }
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        raise(query.lastError(), statement);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        raise(query.lastError(), query.lastQuery());
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        raise(query.lastError(), statement);
    return query;
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant timestampValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant textValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace kehu::sql
