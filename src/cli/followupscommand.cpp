#include "followupscommand.h"

#include "followupsaddcommand.h"
#include "followupscadencecommand.h"
#include "followupslistcommand.h"
#include "followupsshowcommand.h"

#include <QCoreApplication>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::FollowUpsCommand", text);
}

} // namespace

FollowUpsCommand::FollowUpsCommand()
    : Command(QStringLiteral("followups"), tr("Log follow-ups, list those due, show a customer's log, set the cadence."))
{
    m_subcommands.push_back(std::make_unique<FollowUpsAddCommand>());
    m_subcommands.push_back(std::make_unique<FollowUpsListCommand>());
    m_subcommands.push_back(std::make_unique<FollowUpsShowCommand>());
    m_subcommands.push_back(std::make_unique<FollowUpsCadenceCommand>());
}

FollowUpsCommand::~FollowUpsCommand() = default;

void FollowUpsCommand::setDevices(QIODevice *out, QIODevice *err)
{
    Command::setDevices(out, err);
    for (const std::unique_ptr<Command> &command : m_subcommands)
        command->setDevices(out, err);
}

int FollowUpsCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(databaseOption());
    parser.addOption(verboseOption());
    parser.addOption(helpOption());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        if (parser.isSet(QStringLiteral("help"))) {
            out() << groupHelp();
            out().flush();
            return Done;
        }
        return usageError(tr("Missing the subcommand: add, list, show or cadence."));
    }
    applyCommonOptions(parser);
    for (const std::unique_ptr<Command> &command : m_subcommands) {
        if (command->name() != name() + QLatin1Char(' ') + rest.constFirst())
            continue;
        command->setGlobalOptions(globals());
        return command->execute(rest);
    }
    return usageError(tr("Unknown subcommand '%1': use add, list, show or cadence.").arg(rest.constFirst()));
}

int FollowUpsCommand::run(Database &, const QCommandLineParser &)
{
    return UsageError; // never reached: execute() hands every line to a subcommand
}

QString FollowUpsCommand::groupHelp() const
{
    QString text = usageLine() + QStringLiteral("\n\n") + description() + QStringLiteral("\n\nSubcommands:\n");
    for (const std::unique_ptr<Command> &command : m_subcommands)
        text += QStringLiteral("  %1\n").arg(command->usageLine().mid(QStringLiteral("Usage: ").size()));
    text += tr("\nRun 'kehu-cli followups SUBCOMMAND --help' for its options.\n");
    return text;
}

} // namespace kehu::cli
