#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace kehu {

// A prepared statement of SQLite's own API on a Database's connection, for bulk work
// (import and export of millions of rows) where QSqlQuery's QVariant per value costs several
// times the work SQLite itself does. Values bind in order; text is UTF-8 and is copied only
// when it will not outlive the step. Failures throw StorageError.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();

    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The raw connection behind a QSqlDatabase opened by Database.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    // Text that stays unchanged until step(): bound without a copy. Empty text binds NULL.
    SqliteStatement &bindText(QByteArrayView utf8);
    SqliteStatement &bindText(const std::string &utf8) { return bindText(QByteArrayView(utf8.data(), qsizetype(utf8.size()))); }
    // A QString is converted and copied; empty text binds NULL.
    SqliteStatement &bindText(const QString &text);
    // Text bound even when empty (NOT NULL columns).
    SqliteStatement &bindRequiredText(QByteArrayView utf8);
    // Text that may change or go before step() (a temporary): copied; bound even when empty.
    SqliteStatement &bindTextCopy(QByteArrayView utf8);
    SqliteStatement &bindInt(qint64 value);
    SqliteStatement &bindDate(QDate date); // ISO; NULL when null
    // ISO in UTC, "2024-03-05T08:30:00Z", as sql::timestampValue writes it; NULL when null.
    SqliteStatement &bindTimestamp(const QDateTime &time);
    SqliteStatement &bindNull();

    enum class Step { Row, Done, Constraint };
    // One step; Constraint when a UNIQUE or CHECK constraint refused the row (the statement
    // is then reset). Anything else that fails throws.
    Step step();
    // Steps to the end and resets for the next row; returns the first step's result.
    Step run();
    void reset();
    // Steps a statement that adds one row and resets it; returns the new row's id. Anything
    // but done throws, a row refused by a constraint included (for writers of rows that are
    // sound by construction, such as demo data).
    qint64 insert();

    qint64 int64(int column) const;
    bool isNull(int column) const;
    QByteArrayView text(int column) const;
    qint64 lastInsertId() const;

private:
    [[noreturn]] void fail() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_index = 0;
};

} // namespace kehu
