#include "database.h"

#include "migrations.h"
#include "sqlsupport.h"
#include "storageerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <spdlog/spdlog.h>

namespace kehu {
namespace {

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::Database)
};

[[noreturn]] void refuse(const QString &message, const QString &detail = {})
{
    spdlog::warn("{}", message.toStdString());
    throw StorageError(StorageError::Kind::CannotOpen, message, detail);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kehu-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The first 100 bytes of an SQLite file are its header (https://sqlite.org/fileformat.html).
struct SqliteHeader
{
    bool isSqlite = false;
    quint32 userVersion = 0;   // offset 60
    quint32 applicationId = 0; // offset 68
};

SqliteHeader readHeader(const QString &path)
{
    QFile file(path);
    SqliteHeader header;
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

bool isReadOnly(const QFileInfo &info)
{
    // isWritable() alone is not enough: root may write to a file whose mode says read-only,
    // and the user's intent is what the mode says.
    return !info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner);
}

void createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!QDir().mkpath(folder.absolutePath()))
            refuse(Text::tr("Cannot create the folder %1 for the database.").arg(QDir::toNativeSeparators(folder.absolutePath())));
        QFile::setPermissions(folder.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        refuse(Text::tr("Cannot create the database %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

Database::Database(const QString &path)
    : Database(path, Options{})
{
}

Database::Database(const QString &path, const Options &options)
    : m_path(QFileInfo(path).absoluteFilePath())
{
    const QFileInfo info(m_path);
    if (info.exists()) {
        inspectExistingFile();
    } else {
        if (options.mode == OpenMode::MustExist)
            refuse(Text::tr("There is no database at %1.").arg(QDir::toNativeSeparators(m_path)));
        createPrivateFile(m_path);
    }

    openConnection(options.busyTimeoutMs);
    try {
        verifyIdentity();
        applyPragmas();
        const int version = schemaVersion();
        const int target = options.targetVersion < 0 ? currentSchemaVersion() : options.targetVersion;
        if (version < target) {
            spdlog::info("migrating {} from schema {} to {}", m_path.toStdString(), version, target);
            Migrations::run(connection(), version, target);
        }
    } catch (...) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
    spdlog::info("opened {} (schema {})", m_path.toStdString(), schemaVersion());
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

// Everything that can be told from the file without SQLite touching it.
void Database::inspectExistingFile() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (info.isDir())
        refuse(Text::tr("%1 is a folder, not a Kehu database.").arg(shown));
    if (!info.isReadable())
        refuse(Text::tr("%1 cannot be read: permission denied.").arg(shown));
    if (info.size() > 0) {
        const SqliteHeader header = readHeader(m_path);
        if (!header.isSqlite)
            refuse(Text::tr("%1 is not a Kehu database: it is not an SQLite file.").arg(shown));
        // A blank file (no id, version 0) may be one whose first migration never committed;
        // verifyIdentity() tells that from another program's file by its tables.
        const bool maybeBlank = header.applicationId == 0 && header.userVersion == 0;
        if (header.applicationId != ApplicationId && !maybeBlank)
            refuse(Text::tr("%1 is an SQLite database of another program, not a Kehu file.").arg(shown));
        if (int(header.userVersion) > currentSchemaVersion())
            refuse(Text::tr("%1 was written by a newer version of Kehu (schema %2; this version reads up to %3). "
                      "Update Kehu to open it.")
                           .arg(shown)
                           .arg(header.userVersion)
                           .arg(currentSchemaVersion()));
    }
    if (isReadOnly(info))
        refuse(Text::tr("%1 is read-only. Kehu needs to write to its database; "
                  "make the file writable or copy it somewhere you can write.").arg(shown));
    if (!QFileInfo(info.absolutePath()).isWritable())
        refuse(Text::tr("The folder of %1 is read-only. Kehu needs to create its journal files beside the database.").arg(shown));
}

void Database::openConnection(int busyTimeoutMs)
{
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        refuse(Text::tr("Cannot open %1.").arg(QDir::toNativeSeparators(m_path)), detail);
    }
}

// The authoritative check, through SQLite, before anything is written: the header seen in
// inspectExistingFile() can lag behind a write-ahead log.
void Database::verifyIdentity()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                   " (SELECT user_version FROM pragma_user_version),"
                                   " (SELECT count(*) FROM sqlite_schema)"))
        || !query.next()) {
        const QSqlError error = query.lastError();
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code == 5 || code == 6)
            throw StorageError(StorageError::Kind::Locked,
                               Text::tr("%1 is locked by another program. Close it there, or wait, and try again.").arg(shown),
                               error.databaseText());
        refuse(Text::tr("%1 is damaged or is not a Kehu database.").arg(shown), error.databaseText());
    }
    const auto applicationId = quint32(query.value(0).toLongLong());
    const int version = query.value(1).toInt();
    const int tables = query.value(2).toInt();
    const bool blank = applicationId == 0 && version == 0 && tables == 0;
    if (!blank && applicationId != ApplicationId)
        refuse(Text::tr("%1 is an SQLite database of another program, not a Kehu file.").arg(shown));
    if (version > currentSchemaVersion())
        refuse(Text::tr("%1 was written by a newer version of Kehu (schema %2; this version reads up to %3). "
                  "Update Kehu to open it.")
                       .arg(shown)
                       .arg(version)
                       .arg(currentSchemaVersion()));
}

void Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    QSqlQuery mode = sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode.next() || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        refuse(Text::tr("Cannot switch %1 to write-ahead logging.").arg(QDir::toNativeSeparators(m_path)));
    sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query = sql::exec(connection(), QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kehu.sqlite");
}

QStringList Database::check() const
{
    QStringList problems;
    const QSqlDatabase db = connection();
    QSqlQuery integrity = sql::exec(db, QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << Text::tr("integrity: %1").arg(line);
    }
    QSqlQuery foreignKeys = sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
    while (foreignKeys.next()) {
        problems << Text::tr("foreign key: row %1 of %2 refers to a missing row of %3")
                            .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                                 foreignKeys.value(2).toString());
    }
    QSqlQuery id = sql::exec(db, QStringLiteral("PRAGMA application_id"));
    if (!id.next() || quint32(id.value(0).toLongLong()) != ApplicationId)
        problems << Text::tr("the file is not marked as a Kehu database");
    if (schemaVersion() != currentSchemaVersion())
        problems << Text::tr("schema version %1, expected %2").arg(schemaVersion()).arg(currentSchemaVersion());
    return problems;
}

} // namespace kehu
