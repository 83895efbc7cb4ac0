#pragma once

#include "storageerror.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace kehu::sql {

// Small helpers so repositories read as SQL and nothing else: each throws StorageError
// with the statement's error rather than returning a flag to be forgotten.

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);                                  // a prepared query
QSqlQuery exec(const QSqlDatabase &db, const QString &statement); // a statement without values

// Turns a failed statement into the matching StorageError (locked, conflict, …).
[[noreturn]] void raise(const QSqlError &error, const QString &what);

// Values as the schema stores them: dates ISO, timestamps ISO UTC, empty text as NULL.
QVariant dateValue(QDate date);
QVariant timestampValue(const QDateTime &time);
QVariant textValue(const QString &text);
QVariant idValue(qint64 id); // 0 → NULL
QDate toDate(const QVariant &value);
QDateTime toTimestamp(const QVariant &value);

} // namespace kehu::sql
