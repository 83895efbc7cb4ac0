#pragma once

#include "domain/csvdialect.h"
#include "domain/importkind.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace kehu {

class Database;

struct ExportOptions
{
    ImportKind kind = ImportKind::Customers;
    TextEncoding encoding = TextEncoding::Utf8;
    bool bom = false;                              // UTF-8 only: lets Excel recognise UTF-8
    std::optional<std::vector<qint64>> customerIds; // the app's filtered list; nullopt: everyone
    // Called every few thousand rows with the rows written; return false to cancel.
    std::function<bool(qint64 rows)> progress;
};

struct ExportResult
{
    qint64 rows = 0;
    bool cancelled = false;
};

// Writes one kind of record as the CSV file the import reads (docs/import-format.md): English
// headers, list items by their stored names, vocabularies by key, money with two decimals,
// ISO dates, CRLF line ends. Reads with SQLite's own API, so millions of orders take seconds.
class Exporter
{
public:
    explicit Exporter(const Database &db);

    // Replaces `path` only when the whole file is written (a cancelled or failed export
    // leaves any old file as it was). Throws StorageError when the file cannot be written.
    ExportResult write(const QString &path, const ExportOptions &options) const;
    ExportResult write(QIODevice *device, const ExportOptions &options) const;

private:
    const Database &m_db;
};

} // namespace kehu
