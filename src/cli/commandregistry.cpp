#include "commandregistry.h"

#include "abccommand.h"
#include "checkcommand.h"
#include "commandgroup.h"
#include "complaintscommand.h"
#include "customerscommand.h"
#include "democommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "surveyscommand.h"
#include "followupscommand.h"
#include "scorecardcommand.h"

#include <QCoreApplication>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::CommandRegistry", text);
}

} // namespace

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CustomersCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<AbcCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ComplaintsCommand>());
    m_commands.push_back(std::make_unique<SurveysCommand>());
    m_commands.push_back(std::make_unique<FollowUpsCommand>());
    m_commands.push_back(std::make_unique<ScorecardCommand>());
}

CommandRegistry::~CommandRegistry() = default;

Command *CommandRegistry::find(const QString &name) const
{
    for (const std::unique_ptr<Command> &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::helpText() const
{
    QStringList lines;
    for (const std::unique_ptr<Command> &command : m_commands) {
        if (const auto *group = dynamic_cast<const CommandGroup *>(command.get())) {
            for (const std::unique_ptr<Command> &sub : group->subcommands())
                lines << sub->usageLine().mid(QStringLiteral("Usage: kehu-cli [--db FILE] ").size());
            continue;
        }
        lines << command->usageLine().mid(QStringLiteral("Usage: kehu-cli [--db FILE] ").size());
    }
    QString text = tr("Usage: kehu-cli [--db FILE] [--verbose] COMMAND [options]\n"
                      "       kehu-cli --version | --help\n\n"
                      "Kehu (客户) customer files from the command line.\n\nCommands:\n");
    for (const QString &line : lines)
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    text += QStringLiteral("\n") + tr("Global options:\n")
        + Command::formatOptions({ Command::databaseOption(), Command::verboseOption(),
            QCommandLineOption(QStringLiteral("version"), tr("Show the version.")), Command::helpOption() });
    text += QStringLiteral("\n")
        + tr("Run 'kehu-cli COMMAND --help' for a command's options.\n"
             "Exit codes: 0 done, 1 refused or problems found, 2 usage error, "
             "3 the database cannot be opened.\n");
    return text;
}

} // namespace kehu::cli
