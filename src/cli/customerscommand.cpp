#include "customerscommand.h"

#include "customerslistcommand.h"
#include "customersshowcommand.h"

#include <QCoreApplication>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::CustomersCommand", text);
}

} // namespace

CustomersCommand::CustomersCommand()
    : Command(QStringLiteral("customers"), tr("List customer files or show one."))
{
    m_subcommands.push_back(std::make_unique<CustomersListCommand>());
    m_subcommands.push_back(std::make_unique<CustomersShowCommand>());
}

CustomersCommand::~CustomersCommand() = default;

void CustomersCommand::setDevices(QIODevice *out, QIODevice *err)
{
    Command::setDevices(out, err);
    for (const std::unique_ptr<Command> &command : m_subcommands)
        command->setDevices(out, err);
}

int CustomersCommand::execute(const QStringList &arguments)
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
        return usageError(tr("Missing the subcommand: list or show."));
    }
    applyCommonOptions(parser);
    for (const std::unique_ptr<Command> &command : m_subcommands) {
        if (command->name() != name() + QLatin1Char(' ') + rest.constFirst())
            continue;
        command->setGlobalOptions(globals());
        return command->execute(rest);
    }
    return usageError(tr("Unknown subcommand '%1': use list or show.").arg(rest.constFirst()));
}

int CustomersCommand::run(Database &, const QCommandLineParser &)
{
    return UsageError; // never reached: execute() hands every line to a subcommand
}

QString CustomersCommand::groupHelp() const
{
    QString text = usageLine() + QStringLiteral("\n\n") + description() + QStringLiteral("\n\nSubcommands:\n");
    for (const std::unique_ptr<Command> &command : m_subcommands)
        text += QStringLiteral("  %1\n").arg(command->usageLine().mid(QStringLiteral("Usage: ").size()));
    text += tr("\nRun 'kehu-cli customers list --help' or 'kehu-cli customers show --help' for their options.\n");
    return text;
}

} // namespace kehu::cli
