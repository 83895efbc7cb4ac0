#include "command.h"

#include "logsetup.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::Command", text);
}

QString optionNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

} // namespace

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
    , m_out(std::make_unique<QTextStream>(stdout))
    , m_err(std::make_unique<QTextStream>(stderr))
{
}

Command::~Command() = default;

void Command::setDevices(QIODevice *out, QIODevice *err)
{
    m_out = std::make_unique<QTextStream>(out);
    m_err = std::make_unique<QTextStream>(err);
}

QCommandLineOption Command::databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The database file (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("FILE"));
}

QCommandLineOption Command::verboseOption()
{
    return QCommandLineOption(QStringLiteral("verbose"), tr("Log what the storage layer does on stderr."));
}

QCommandLineOption Command::helpOption()
{
    return QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
}

int Command::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(options());
    parser.addOption(databaseOption());
    parser.addOption(verboseOption());
    parser.addOption(helpOption());
    const bool parsed = parser.parse(arguments);
    // --help wins over any other mistake on the line, as users reach for it when stuck.
    if (parsed && parser.isSet(QStringLiteral("help"))) {
        out() << helpText();
        out().flush();
        return Done;
    }
    if (!parsed)
        return usageError(parser.errorText());

    const QStringList positional = parser.positionalArguments();
    const QStringList expected = positionalNames();
    if (positional.size() < expected.size())
        return usageError(tr("Missing %1.").arg(expected.at(positional.size())));
    if (positional.size() > expected.size())
        return usageError(tr("Unexpected argument '%1'.").arg(positional.at(expected.size())));

    applyCommonOptions(parser);
    const int valid = validate(parser);
    if (valid != Done)
        return valid;
    const int result = openAndRun(parser);
    out().flush();
    err().flush();
    return result;
}

void Command::applyCommonOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        m_globals.databasePath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("verbose")))
        m_globals.verbose = true;
    configureLogging(m_globals.verbose);
}

int Command::validate(const QCommandLineParser &)
{
    return Done;
}

int Command::openAndRun(const QCommandLineParser &parser)
{
    const QString path = m_globals.databasePath.isEmpty() ? Database::defaultPath() : m_globals.databasePath;
    std::unique_ptr<Database> db;
    try {
        Database::Options options;
        options.mode = openMode();
        db = std::make_unique<Database>(path, options);
    } catch (const StorageError &error) {
        err() << error.message() << Qt::endl;
        if (openMode() == Database::OpenMode::MustExist && !QFileInfo::exists(path)) {
            err() << tr("Create one with: kehu-cli --db %1 demo --customers 500 --orders 5000 "
                        "(demo data), or with the Kehu desktop app.")
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
        }
        if (error.kind() == StorageError::Kind::CannotOpen || error.kind() == StorageError::Kind::Locked)
            return CannotOpen;
        return Refused;
    }

    try {
        return run(*db, parser);
    } catch (const StorageError &error) {
        err() << error.message() << Qt::endl;
        if (m_globals.verbose && !error.detail().isEmpty())
            err() << error.detail() << Qt::endl;
        // A lock taken by another program mid-command means the database could not be used.
        return error.kind() == StorageError::Kind::Locked ? CannotOpen : Refused;
    }
}

QString Command::synopsis() const
{
    QStringList parts;
    for (const QCommandLineOption &option : options()) {
        const QString name = QStringLiteral("--") + option.names().constLast();
        parts << (option.valueName().isEmpty() ? QStringLiteral("[%1]").arg(name)
                                               : QStringLiteral("[%1 %2]").arg(name, option.valueName()));
    }
    parts << positionalNames();
    return parts.join(QLatin1Char(' '));
}

QString Command::usageLine() const
{
    QString line = QStringLiteral("Usage: kehu-cli [--db FILE] %1").arg(m_name);
    const QString rest = synopsis();
    if (!rest.isEmpty())
        line += QLatin1Char(' ') + rest;
    return line;
}

int Command::usageError(const QString &message)
{
    err() << QStringLiteral("kehu-cli %1: ").arg(m_name) << message << Qt::endl;
    err() << usageLine() << Qt::endl;
    err() << tr("Run 'kehu-cli %1 --help' for details.").arg(m_name) << Qt::endl;
    return UsageError;
}

QString Command::formatOptions(const QList<QCommandLineOption> &options)
{
    int width = 0;
    for (const QCommandLineOption &option : options)
        width = std::max(width, int(optionNames(option).size()));
    QString text;
    for (const QCommandLineOption &option : options)
        text += QStringLiteral("  %1  %2\n").arg(optionNames(option), -width).arg(option.description());
    return text;
}

QString Command::helpText() const
{
    QList<QCommandLineOption> all = options();
    all << databaseOption() << verboseOption() << helpOption();
    return usageLine() + QStringLiteral("\n\n") + m_description + QStringLiteral("\n\nOptions:\n") + formatOptions(all);
}

} // namespace kehu::cli
