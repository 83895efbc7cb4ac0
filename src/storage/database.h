#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kehu {

// One open connection to a Kehu database file. The only place that opens connections:
// it refuses files that are not Kehu's (leaving their bytes untouched), sets the pragmas
// every connection needs, and brings older files up to the current schema.
//
// A QSqlDatabase belongs to the thread that opened it, so a worker thread opens its own
// Database on the same path.
class Database
{
public:
    // PRAGMA application_id of a Kehu file: "KEHU" in ASCII.
    static constexpr quint32 ApplicationId = 0x4B454855;

    enum class OpenMode { CreateIfMissing, MustExist };

    struct Options
    {
        OpenMode mode = OpenMode::CreateIfMissing;
        int busyTimeoutMs = 5000;
        int targetVersion = -1; // -1: the current schema; tests open files at older versions
    };

    // Throws StorageError (CannotOpen or Locked) with a message that names the file.
    explicit Database(const QString &path);
    Database(const QString &path, const Options &options);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    static int currentSchemaVersion();
    // AppDataLocation/kehu.sqlite: the file used when no --db is given.
    static QString defaultPath();

    // PRAGMA integrity_check and foreign_key_check, plus the file's identity. Empty when sound.
    QStringList check() const;

private:
    void inspectExistingFile() const;
    void openConnection(int busyTimeoutMs);
    void verifyIdentity();
    void applyPragmas();

    QString m_path;
    QString m_connectionName;
};

} // namespace kehu
