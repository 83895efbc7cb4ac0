#pragma once

#include "storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace kehu::cli {

// Exit codes are part of the contract with users' scripts.
enum ExitCode : int {
    Done = 0, // the command did its job
    Refused = 1, // bad input or a refusal (unknown code, demo on a filled database, problems found)
    UsageError = 2, // unknown command or option, missing or malformed argument
    CannotOpen = 3, // the database cannot be opened (missing, not a Kehu file, locked)
};

// What the user typed before the command name; the command's own --db/--verbose win over it.
struct GlobalOptions
{
    QString databasePath;
    bool verbose = false;
};

// The base of every subcommand (after KeePassXC's src/cli/Command.h): it parses the command's
// options, answers --help, opens the database in the command's mode and turns storage errors
// into exit codes, so each subclass only does its own job in run().
class Command
{
public:
    // `name` is the full command as typed, e.g. "customers list".
    Command(QString name, QString description);
    virtual ~Command();

    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    // The command's own options; --db, --verbose and --help are added by the base.
    virtual QList<QCommandLineOption> options() const { return {}; }

    void setGlobalOptions(const GlobalOptions &options) { m_globals = options; }
    // Output and messages go to stdout and stderr unless a caller (a test) gives other devices.
    virtual void setDevices(QIODevice *out, QIODevice *err);

    // `arguments` start with the command's last name word ("list"), as QCommandLineParser expects.
    virtual int execute(const QStringList &arguments);

    // "Usage: kehu-cli [--db FILE] customers list [--filter TEXT] ..."
    QString usageLine() const;

    // Options every command accepts, before or after its name.
    static QCommandLineOption databaseOption();
    static QCommandLineOption verboseOption();
    static QCommandLineOption helpOption();
    // Two aligned columns: names with value, description.
    static QString formatOptions(const QList<QCommandLineOption> &options);

protected:
    // The positional arguments the command takes, in order ("CODE"); each is required.
    virtual QStringList positionalNames() const { return {}; }
    // The arguments after the name in the usage line; by default built from options().
    virtual QString synopsis() const;
    virtual Database::OpenMode openMode() const { return Database::OpenMode::MustExist; }
    // Checks option values before anything is opened; a bad value is a usage error.
    virtual int validate(const QCommandLineParser &parser);
    virtual int run(Database &db, const QCommandLineParser &parser) = 0;

    QTextStream &out() { return *m_out; }
    QTextStream &err() { return *m_err; }
    const GlobalOptions &globals() const { return m_globals; }

    // Prints the message and the command's usage line on stderr; returns UsageError.
    int usageError(const QString &message);
    QString helpText() const;
    // Applies --db/--verbose given after the command name and sets up logging.
    void applyCommonOptions(const QCommandLineParser &parser);

private:
    int openAndRun(const QCommandLineParser &parser);

    QString m_name;
    QString m_description;
    GlobalOptions m_globals;
    std::unique_ptr<QTextStream> m_out;
    std::unique_ptr<QTextStream> m_err;
};

} // namespace kehu::cli
