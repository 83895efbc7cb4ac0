#include "commandgroup.h"

#include <QCoreApplication>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::CommandGroup", text);
}

} // namespace

CommandGroup::CommandGroup(QString name, QString description)
    : Command(std::move(name), std::move(description))
{
}

CommandGroup::~CommandGroup() = default;

void CommandGroup::addSubcommand(std::unique_ptr<Command> command)
{
    m_subcommands.push_back(std::move(command));
}

void CommandGroup::setDevices(QIODevice *out, QIODevice *err)
{
    Command::setDevices(out, err);
    for (const std::unique_ptr<Command> &command : m_subcommands)
        command->setDevices(out, err);
}

QStringList CommandGroup::subcommandNames() const
{
    QStringList names;
    for (const std::unique_ptr<Command> &command : m_subcommands) {
        const QString word = command->name().mid(name().size() + 1);
        if (!names.contains(word))
            names << word;
    }
    return names;
}

QString CommandGroup::synopsis() const
{
    return subcommandNames().join(u'|') + QStringLiteral(" ...");
}

int CommandGroup::execute(const QStringList &arguments)
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
        return usageError(tr("Missing the subcommand: %1.").arg(subcommandNames().join(QStringLiteral(", "))));
    }
    applyCommonOptions(parser);
    Command *target = subcommandFor(rest);
    if (!target)
        return usageError(tr("Unknown subcommand '%1': use %2.")
                                  .arg(rest.constFirst(), subcommandNames().join(QStringLiteral(", "))));
    target->setGlobalOptions(globals());
    return target->execute(rest);
}

Command *CommandGroup::subcommandFor(const QStringList &arguments) const
{
    const QString wanted = name() + QLatin1Char(' ') + arguments.constFirst();
    for (const std::unique_ptr<Command> &command : m_subcommands) {
        if (command->name() == wanted)
            return command.get();
    }
    return nullptr;
}

int CommandGroup::run(Database &, const QCommandLineParser &)
{
    return UsageError; // never reached: execute() hands every line to a subcommand
}

QString CommandGroup::helpFooter() const
{
    return tr("Run 'kehu-cli %1 SUBCOMMAND --help' for its options.\n").arg(name());
}

QString CommandGroup::groupHelp() const
{
    QString text = usageLine() + QStringLiteral("\n\n") + description() + QStringLiteral("\n\n") + tr("Subcommands:\n");
    for (const std::unique_ptr<Command> &command : m_subcommands)
        text += QStringLiteral("  %1\n").arg(command->usageLine().mid(QStringLiteral("Usage: ").size()));
    return text + u'\n' + helpFooter();
}

} // namespace kehu::cli
