// kehu-cli: parses the global options, then hands the command name and everything after it
// to the command, which parses its own options (so --db and --verbose work on both sides).

#include "cli/command.h"
#include "cli/commandregistry.h"
#include "cli/logsetup.h"

#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace kehu::cli;

namespace {

int usageError(QTextStream &err, const QString &message)
{
    err << "kehu-cli: " << message << Qt::endl;
    err << "Usage: kehu-cli [--db FILE] [--verbose] COMMAND [options]   (kehu-cli --help lists the commands)"
        << Qt::endl;
    return UsageError;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Database::defaultPath() follows these: ~/.local/share/Kehu/Kehu/kehu.sqlite.
    QCoreApplication::setOrganizationName(QStringLiteral("Kehu"));
    QCoreApplication::setApplicationName(QStringLiteral("Kehu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEHU_VERSION));
    // Before anything can log: spdlog's default logger would write to stdout.
    configureLogging(false);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandRegistry registry;

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(Command::databaseOption());
    parser.addOption(Command::verboseOption());
    parser.addOption(Command::helpOption());
    parser.addOption(QCommandLineOption(QStringLiteral("version")));
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(err, parser.errorText());

    if (parser.isSet(QStringLiteral("version"))) {
        out << "kehu-cli " << KEHU_VERSION << Qt::endl;
        return Done;
    }
    const QStringList arguments = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) && arguments.isEmpty()) {
        out << registry.helpText() << Qt::flush;
        return Done;
    }
    if (arguments.isEmpty())
        return usageError(err, QCoreApplication::translate("main", "Missing the command."));

    Command *command = registry.find(arguments.constFirst());
    if (!command)
        return usageError(
            err, QCoreApplication::translate("main", "Unknown command '%1'.").arg(arguments.constFirst()));

    GlobalOptions globals;
    globals.databasePath
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : kehu::Database::defaultPath();
    globals.verbose = parser.isSet(QStringLiteral("verbose"));
    configureLogging(globals.verbose);
    command->setGlobalOptions(globals);
    // `kehu-cli --help demo` means the same as `kehu-cli demo --help`.
    if (parser.isSet(QStringLiteral("help")))
        return command->execute(QStringList(arguments) << QStringLiteral("--help"));
    return command->execute(arguments);
}
