#pragma once

#include "domain/csvreader.h"
#include "domain/importerror.h"
#include "domain/importkind.h"
#include "domain/importrowparser.h"
#include "domain/importschema.h"

#include <QDate>
#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3;

namespace kehu {

class CustomerMonthSums;
class Database;

// The errors of one import: the first `limit` kept for people to read, all of them counted.
class ImportErrorList
{
public:
    explicit ImportErrorList(int limit) : m_limit(limit) {}

    void add(ImportError error);
    qint64 count() const { return m_count; }
    std::vector<ImportError> take() { return std::move(m_errors); }

private:
    int m_limit;
    qint64 m_count = 0;
    std::vector<ImportError> m_errors;
};

// What every import target works with.
struct ImportContext
{
    const Database &database;
    sqlite3 *db;
    const ImportMapping &mapping;
    ImportMode mode;
    QDate today;
    ImportErrorList &errors;
    QStringList &warnings;
    // Set while the rollup triggers are dropped: new orders are summed here instead.
    CustomerMonthSums *monthSums = nullptr;
};

// Checks and writes the rows of one kind of file inside the import's transaction (the
// Importer owns the transaction and the reading). One subclass per kind, in the .cpp.
class ImportTarget
{
public:
    static std::unique_ptr<ImportTarget> create(ImportKind kind, ImportContext &context);
    virtual ~ImportTarget();

    ImportTarget(const ImportTarget &) = delete;
    ImportTarget &operator=(const ImportTarget &) = delete;

    // One data row: parsed, checked against the database, written when sound.
    virtual void add(const CsvRecord &record) = 0;
    // After the last row.
    virtual void finish() {}
    // The table whose secondary indexes may be dropped during a large import and built again
    // at its end, because the target does not read them; nullptr when it reads them per row.
    virtual const char *table() const { return nullptr; }

    qint64 added() const { return m_added; }
    qint64 updated() const { return m_updated; }

protected:
    explicit ImportTarget(ImportContext &context);

    // Moves the row parser's errors into the import's list; returns whether there were none.
    bool keepRowErrors();
    void fail(qint64 line, int column, const QString &message);

    ImportContext &m_context;
    ImportRowParser m_parser;
    std::vector<ImportError> m_rowErrors;
    qint64 m_added = 0;
    qint64 m_updated = 0;
};

} // namespace kehu
