#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>
#include <sys/stat.h>

namespace kehu {
namespace {

using test::fileBytes;

class DatabaseTest : public test::TempFolderTest
{
};

unsigned modeOf(const QString &file)
{
    struct stat info {};
    ::stat(file.toLocal8Bit().constData(), &info);
    return info.st_mode & 0777;
}

// Expects opening `file` to be refused with a message naming it, and the file unchanged.
void expectRefused(const QString &file, const QString &fragment, StorageError::Kind kind = StorageError::Kind::CannotOpen,
                   Database::Options options = {}, bool expectNoJournal = true)
{
    const QByteArray before = fileBytes(file);
    try {
        Database db(file, options);
        FAIL() << "opened " << file.toStdString();
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), kind);
        EXPECT_TRUE(error.message().contains(QFileInfo(file).absoluteFilePath())) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(fragment)) << error.message().toStdString();
    }
    EXPECT_EQ(fileBytes(file), before);
    if (expectNoJournal) {
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    }
}

TEST_F(DatabaseTest, NewFileIsPrivateAndMarkedAsKehu)
{
    const QString file = path(QStringLiteral("data/sub/kehu.sqlite"));
    {
        Database db(file);
        EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());
        EXPECT_TRUE(db.check().isEmpty()) << db.check().join(u'\n').toStdString();
    }
    EXPECT_EQ(modeOf(file), 0600);
    EXPECT_EQ(modeOf(path(QStringLiteral("data/sub"))), 0700);
    const QByteArray header = fileBytes(file).left(100);
    EXPECT_EQ(header.mid(68, 4), QByteArray("KEHU"));
}

TEST_F(DatabaseTest, EveryConnectionGetsThePragmas)
{
    Database db(path(QStringLiteral("k.sqlite")));
    auto pragma = [&db](const char *name) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        q.next();
        return q.value(0).toString();
    };
    EXPECT_EQ(pragma("foreign_keys"), QStringLiteral("1"));
    EXPECT_EQ(pragma("journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma("synchronous"), QStringLiteral("2")); // FULL
    EXPECT_EQ(pragma("busy_timeout"), QStringLiteral("5000"));
}

TEST_F(DatabaseTest, MustExistRefusesAMissingFile)
{
    const QString file = path(QStringLiteral("missing.sqlite"));
    Database::Options options;
    options.mode = Database::OpenMode::MustExist;
    EXPECT_THROW(Database(file, options), StorageError);
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(DatabaseTest, RefusesAFileThatIsNotSqlite)
{
    const QString file = path(QStringLiteral("notes.sqlite"));
    test::writeFile(file, QByteArray("code,name\nC1,华美酒店\n").repeated(20));
    expectRefused(file, QStringLiteral("not an SQLite file"));
}

TEST_F(DatabaseTest, RefusesAnSqliteFileOfAnotherProgram)
{
    const QString file = path(QStringLiteral("other.db"));
    sqlite3 *raw = nullptr;
    ASSERT_EQ(sqlite3_open(file.toUtf8().constData(), &raw), SQLITE_OK);
    sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    expectRefused(file, QStringLiteral("another program"));
}

TEST_F(DatabaseTest, RefusesAFileFromANewerKehu)
{
    const QString file = path(QStringLiteral("newer.sqlite"));
    { Database db(file); }
    sqlite3 *raw = nullptr;
    ASSERT_EQ(sqlite3_open(file.toUtf8().constData(), &raw), SQLITE_OK);
    sqlite3_exec(raw, "PRAGMA user_version = 99; PRAGMA journal_mode = DELETE;", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    expectRefused(file, QStringLiteral("newer version of Kehu"));
}

TEST_F(DatabaseTest, RefusesAReadOnlyFile)
{
    const QString file = path(QStringLiteral("readonly.sqlite"));
    { Database db(file); }
    QFile::setPermissions(file, QFileDevice::ReadOwner);
    expectRefused(file, QStringLiteral("read-only"));
}

TEST_F(DatabaseTest, RefusesALockedFile)
{
    const QString file = path(QStringLiteral("locked.sqlite"));
    { Database db(file); }
    sqlite3 *holder = nullptr;
    ASSERT_EQ(sqlite3_open(file.toUtf8().constData(), &holder), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM customers;",
                           nullptr, nullptr, nullptr), SQLITE_OK);
    Database::Options options;
    options.busyTimeoutMs = 100;
    // The holder's own journal files exist; the database file itself must not change.
    expectRefused(file, QStringLiteral("locked"), StorageError::Kind::Locked, options, false);
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
}

TEST_F(DatabaseTest, RefusesADamagedFile)
{
    const QString file = path(QStringLiteral("damaged.sqlite"));
    {
        Database db(file);
    }
    QByteArray bytes = fileBytes(file);
    ASSERT_GT(bytes.size(), 4096);
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = char(0xA5);
    test::writeFile(file, bytes);
    const QByteArray before = fileBytes(file);
    EXPECT_THROW(Database db(file), StorageError);
    EXPECT_EQ(fileBytes(file), before);
}

} // namespace
} // namespace kehu
