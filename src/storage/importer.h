#pragma once

#include "domain/csvdialect.h"
#include "domain/importerror.h"
#include "domain/importkind.h"
#include "domain/importschema.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace kehu {

class Database;

// What a file looks like before anything is imported: for the import wizard's first pages.
struct ImportPreview
{
    QString problem;                 // one sentence when the file cannot be imported at all
    CsvDialect dialect;              // detected, or as overridden
    ImportMapping mapping;           // from the header
    std::vector<QStringList> rows;   // the first records after the header, as text
    qint64 fileSize = 0;
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Customers;
    ImportMode mode = ImportMode::Insert;
    std::optional<TextEncoding> encoding;  // nullopt: detect
    std::optional<char> delimiter;         // nullopt: detect
    std::optional<ImportMapping> mapping;  // nullopt: from the header; the wizard passes its edits
    bool dryRun = false;                   // check everything, then roll back
    int maxErrors = 1000;                  // errors kept; all are counted
    QDate today;                           // null: the current date
    // Called every few thousand rows with the bytes read and the file's size; return false
    // to cancel (the database is left as it was).
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ImportResult
{
    enum class Status {
        Imported,   // committed (or, for a dry run, would have been)
        Rejected,   // errors in rows: nothing was written, see errors
        Unreadable, // not a CSV file, empty, or lacking required columns: see problem
        Cancelled,  // the progress callback said stop: nothing was written
    };
    Status status = Status::Imported;
    QString problem;
    CsvDialect dialect;
    ImportMapping mapping;
    qint64 rows = 0;                 // data rows read
    qint64 added = 0;
    qint64 updated = 0;
    std::vector<ImportError> errors; // the first maxErrors, in file order
    qint64 errorCount = 0;
    QStringList warnings;            // ignored columns, account managers added
};

// Imports one CSV file of one kind (docs/import-format.md) in one transaction: every row is
// checked, against the file and the database, and written through SQLite's own API as it is
// read; any error rolls everything back, so the database is as before or has the whole file.
// Memory stays flat however long the file: rows are streamed, and keys are checked by the
// database's unique indexes plus one code → id map of customers.
//
// List values: an unknown region, industry or sales center is an error (a typo must not
// create a region); an unknown account manager is added (new staff appear in files first).
class Importer
{
public:
    explicit Importer(const Database &db);

    // Reads the start of the file only; touches no database. The encoding and the delimiter
    // are detected unless given (the wizard passes the user's choice).
    static ImportPreview inspect(const QString &path, ImportKind kind, std::optional<TextEncoding> encoding = {},
                                 std::optional<char> delimiter = {}, int rows = 10);

    // Throws StorageError only for the database itself (locked, failing); problems with the
    // file are in the result.
    ImportResult run(const QString &path, const ImportOptions &options);

private:
    const Database &m_db;
};

} // namespace kehu
