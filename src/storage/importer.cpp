#include "importer.h"

#include "bulksettings.h"
#include "customermonthsums.h"
#include "deferredindexes.h"

#include "database.h"
#include "importtargets.h"
#include "orderrollups.h"
#include "recordreadahead.h"
#include "sqlitestatement.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include "domain/csvdialectdetector.h"
#include "domain/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <ctime>

namespace kehu {
namespace {

constexpr qint64 HeadSize = 64 * 1024;
constexpr qint64 RowsPerProgress = 4096;

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::Import)
};

QString verdictProblem(CsvDialectDetector::Verdict verdict, const QString &file)
{
    switch (verdict) {
    case CsvDialectDetector::Verdict::Csv:
        break;
    case CsvDialectDetector::Verdict::Empty:
        return Text::tr("%1 is empty.").arg(file);
    case CsvDialectDetector::Verdict::Spreadsheet:
        return Text::tr("%1 is an Excel workbook, not a CSV file; save it from Excel as \"CSV UTF-8\" and import that.").arg(file);
    case CsvDialectDetector::Verdict::Utf16:
        return Text::tr("%1 is saved as Unicode (UTF-16) text; save it as \"CSV UTF-8\" and import that.").arg(file);
    case CsvDialectDetector::Verdict::Binary:
        return Text::tr("%1 is not a CSV file: it holds binary data.").arg(file);
    case CsvDialectDetector::Verdict::NotText:
        return Text::tr("%1 is not a CSV file: its text is neither UTF-8 nor GB18030.").arg(file);
    }
    return {};
}

QString columnList(ImportKind kind, const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys) {
        for (const ImportColumn &column : ImportSchema::columns(kind)) {
            if (column.key == key)
                names << (column.aliases.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(key, column.aliases.constFirst()));
        }
    }
    return names.join(QStringLiteral(", "));
}

// The file opened, its dialect found and its header read: what inspect() and run() share.
struct OpenedFile
{
    QFile file;
    qint64 estimatedRows = 0;
    CsvDialect dialect;
    QString problem;
    std::unique_ptr<CsvReader> reader;
    QStringList header;
};

void open(OpenedFile &opened, const QString &path, std::optional<TextEncoding> encoding, std::optional<char> delimiter)
{
    const QString name = QDir::toNativeSeparators(path);
    opened.file.setFileName(path);
    if (!opened.file.open(QIODevice::ReadOnly)) {
        opened.problem = Text::tr("%1 cannot be opened: %2.").arg(name, opened.file.errorString());
        return;
    }
    const QByteArray head = opened.file.read(HeadSize);
    const qint64 headLines = head.count('\n');
    opened.estimatedRows = head.isEmpty() ? 0 : opened.file.size() * headLines / head.size();
    const auto detected = CsvDialectDetector::detect(head, opened.file.atEnd());
    const bool forced = encoding.has_value();
    if (detected.verdict != CsvDialectDetector::Verdict::Csv
        && !(forced && detected.verdict == CsvDialectDetector::Verdict::NotText)) {
        opened.problem = verdictProblem(detected.verdict, name);
        return;
    }
    opened.dialect = detected.dialect;
    if (forced)
        opened.dialect.encoding = *encoding;
    if (forced && detected.verdict == CsvDialectDetector::Verdict::NotText)
        opened.dialect.delimiter = CsvDialectDetector::detectDelimiter(head);
    if (delimiter)
        opened.dialect.delimiter = *delimiter;
    opened.file.seek(0);
    opened.reader = std::make_unique<CsvReader>(&opened.file, opened.dialect);
    CsvRecord header;
    if (!opened.reader->next(header)) {
        opened.problem = opened.reader->error()
                ? Text::tr("%1 cannot be read: line %2: %3.").arg(name).arg(opened.reader->error()->line).arg(opened.reader->error()->message)
                : Text::tr("%1 is empty.").arg(name);
        return;
    }
    for (QByteArrayView field : header.fields)
        opened.header << QString::fromUtf8(field).trimmed();
}

QString mappingProblem(const ImportMapping &mapping, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (std::none_of(mapping.fieldOfColumn.begin(), mapping.fieldOfColumn.end(), [](int field) { return field >= 0; })) {
        QStringList keys;
        for (const ImportColumn &column : ImportSchema::columns(mapping.kind)) {
            if (column.required)
                keys << column.key;
        }
        return Text::tr("%1 does not look like a CSV file of %2: its first line names none of the columns %3.")
                .arg(name, importKindName(mapping.kind), columnList(mapping.kind, keys));
    }
    if (!mapping.missingRequired.isEmpty())
        return Text::tr("%1 lacks the required column(s) %2: the first line must name them.")
                .arg(name, columnList(mapping.kind, mapping.missingRequired));
    return {};
}

// Wall and processor time since the import began, for the --verbose log: on a shared machine
// the processor time (all threads) shows what a phase costs when the wall time does not.
class PhaseClock
{
public:
    PhaseClock()
        : m_cpuStart(std::clock())
    {
        m_wall.start();
    }
    qint64 wallMs() const { return m_wall.elapsed(); }
    qint64 cpuMs() const { return qint64(std::clock() - m_cpuStart) * 1000 / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpuStart;
};

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery count = sql::exec(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return count.next() ? count.value(0).toLongLong() : 0;
}

} // namespace

Importer::Importer(const Database &db)
    : m_db(db)
{
}

ImportPreview Importer::inspect(const QString &path, ImportKind kind, std::optional<TextEncoding> encoding,
                                std::optional<char> delimiter, int rows)
{
    ImportPreview preview;
    OpenedFile opened;
    open(opened, path, encoding, delimiter);
    preview.fileSize = opened.file.size();
    preview.problem = opened.problem;
    preview.dialect = opened.dialect;
    if (!preview.problem.isEmpty())
        return preview;
    preview.mapping = ImportSchema::map(kind, opened.header);
    preview.problem = mappingProblem(preview.mapping, path);
    CsvRecord record;
    while (int(preview.rows.size()) < rows && opened.reader->next(record)) {
        QStringList fields;
        for (QByteArrayView field : record.fields)
            fields << QString::fromUtf8(field);
        preview.rows.push_back(fields);
    }
    return preview;
}

ImportResult Importer::run(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    OpenedFile opened;
    open(opened, path, options.encoding, options.delimiter);
    result.dialect = opened.dialect;
    if (!opened.problem.isEmpty()) {
        result.status = ImportResult::Status::Unreadable;
        result.problem = opened.problem;
        return result;
    }
    if (options.mapping) {
        result.mapping = *options.mapping;
        result.mapping.kind = options.kind;
        result.mapping.headers = opened.header;
        ImportSchema::refresh(result.mapping);
    } else {
        result.mapping = ImportSchema::map(options.kind, opened.header);
    }
    result.problem = mappingProblem(result.mapping, path);
    if (!result.problem.isEmpty()) {
        result.status = ImportResult::Status::Unreadable;
        return result;
    }
    if (!result.mapping.unknownHeaders.isEmpty())
        result.warnings << Text::tr("ignored columns: %1").arg(result.mapping.unknownHeaders.join(QStringLiteral(", ")));

    const PhaseClock clock; // phase times go to the --verbose log
    const QSqlDatabase db = m_db.connection();
    const BulkSettings bulk(db);
    WriteTransaction transaction(db);
    ImportErrorList errors(options.maxErrors);
    ImportContext context{m_db, SqliteStatement::handleOf(db), result.mapping, options.mode,
                          options.today.isValid() ? options.today : QDate::currentDate(), errors, result.warnings};
    const std::unique_ptr<ImportTarget> target = ImportTarget::create(options.kind, context);
    std::optional<DeferredIndexes> deferred;
    const bool rollUpAtEnd = options.kind == ImportKind::Orders;
    CustomerMonthSums monthSums;
    if (target->table() && rowCount(db, QLatin1String(target->table())) < opened.estimatedRows) {
        deferred.emplace(db, QLatin1String(target->table()));
        // The monthly rollups' triggers cost a look-up and an upsert per order: a bulk import
        // sums the new orders per customer and month in memory and adds the sums at the end.
        if (rollUpAtEnd) {
            OrderRollups::dropTriggers(db);
            context.monthSums = &monthSums;
        }
    }
    const qint64 size = opened.file.size();
    CsvRecord record;
    // The file is read and split into records on a thread of its own, ahead of the checks
    // and writes here; in file order, so errors keep it too.
    RecordReadAhead reader(*opened.reader);
    while (reader.next(record)) {
        ++result.rows;
        target->add(record);
        if (result.rows % RowsPerProgress == 0 && options.progress && !options.progress(reader.bytesRead(), size)) {
            result.status = ImportResult::Status::Cancelled;
            return result; // the transaction rolls back
        }
    }
    if (reader.error())
        errors.add(*reader.error());
    target->finish();
    result.added = target->added();
    result.updated = target->updated();
    result.errorCount = errors.count();
    result.errors = errors.take();
    if (result.errorCount > 0) {
        result.status = ImportResult::Status::Rejected;
        return result;
    }
    spdlog::debug("import: {} rows checked and written in {} ms (cpu {} ms)", result.rows, clock.wallMs(), clock.cpuMs());
    if (deferred && !options.dryRun) { // a dry run rolls back, indexes and triggers with it
        deferred->rebuild();
        spdlog::debug("import: indexes rebuilt at {} ms (cpu {} ms)", clock.wallMs(), clock.cpuMs());
        if (rollUpAtEnd) {
            // An updated order's old values are not known here: then everything is recomputed.
            if (target->updated() > 0)
                OrderRollups::rebuild(db);
            else
                OrderRollups::add(db, monthSums);
            OrderRollups::createTriggers(db);
            spdlog::debug("import: order rollups updated at {} ms (cpu {} ms)", clock.wallMs(), clock.cpuMs());
        }
    }
    if (!options.dryRun) {
        transaction.commit();
        spdlog::debug("import: committed at {} ms (cpu {} ms)", clock.wallMs(), clock.cpuMs());
    }
    if (options.progress)
        options.progress(size, size);
    return result;
}

} // namespace kehu
