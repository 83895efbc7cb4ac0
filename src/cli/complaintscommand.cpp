#include "complaintscommand.h"

#include "complaintnotecommand.h"
#include "complaintsaddcommand.h"
#include "complaintslistcommand.h"
#include "complaintsreportcommand.h"
#include "complaintsshowcommand.h"
#include "complaintstepcommand.h"

#include <QCoreApplication>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ComplaintsCommand", text);
}

} // namespace

ComplaintsCommand::ComplaintsCommand()
    : Command(QStringLiteral("complaints"), tr("Log complaints, take them through the workflow, list them and report on them."))
{
    m_subcommands.push_back(std::make_unique<ComplaintsAddCommand>());
    for (ComplaintStep step : { ComplaintStep::Assign, ComplaintStep::Start, ComplaintStep::Resolve, ComplaintStep::Report,
             ComplaintStep::Accept, ComplaintStep::Reject, ComplaintStep::Review })
        m_subcommands.push_back(std::make_unique<ComplaintStepCommand>(step));
    m_subcommands.push_back(std::make_unique<ComplaintsShowCommand>());
    m_subcommands.push_back(std::make_unique<ComplaintsListCommand>());
    m_subcommands.push_back(std::make_unique<ComplaintsReportCommand>());
    m_subcommands.push_back(std::make_unique<ComplaintNoteCommand>(ComplaintNoteCommand::Kind::Comment));
    m_subcommands.push_back(std::make_unique<ComplaintNoteCommand>(ComplaintNoteCommand::Kind::Attachment));
}

ComplaintsCommand::~ComplaintsCommand() = default;

QString ComplaintsCommand::synopsis() const
{
    return QStringLiteral("add|assign|start|resolve|report|accept|reject|review|show|list|comment|attach ...");
}

void ComplaintsCommand::setDevices(QIODevice *out, QIODevice *err)
{
    Command::setDevices(out, err);
    for (const std::unique_ptr<Command> &command : m_subcommands)
        command->setDevices(out, err);
}

Command *ComplaintsCommand::reportCommandFor(const QStringList &arguments) const
{
    // `report NUMBER` is the step; `report [--from ...]` the analysis. Parse with the options of
    // both so option values are not taken for a number.
    Command *step = nullptr;
    Command *analysis = nullptr;
    for (const std::unique_ptr<Command> &command : m_subcommands) {
        if (command->name() != QLatin1String("complaints report"))
            continue;
        if (dynamic_cast<ComplaintStepCommand *>(command.get()))
            step = command.get();
        else
            analysis = command.get();
    }
    QCommandLineParser parser;
    QStringList known;
    for (Command *command : { step, analysis }) {
        for (const QCommandLineOption &option : command->options()) {
            if (!known.contains(option.names().constFirst())) {
                parser.addOption(option);
                known << option.names().constFirst();
            }
        }
    }
    parser.addOption(databaseOption());
    parser.addOption(verboseOption());
    parser.addOption(helpOption());
    parser.parse(arguments);
    return parser.positionalArguments().isEmpty() ? analysis : step;
}

int ComplaintsCommand::execute(const QStringList &arguments)
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
        return usageError(tr("Missing the subcommand: add, assign, start, resolve, report, accept, reject, review, show or list."));
    }
    applyCommonOptions(parser);
    Command *target = nullptr;
    if (rest.constFirst() == QLatin1String("report")) {
        target = reportCommandFor(rest);
    } else {
        for (const std::unique_ptr<Command> &command : m_subcommands) {
            if (command->name() == name() + QLatin1Char(' ') + rest.constFirst()) {
                target = command.get();
                break;
            }
        }
    }
    if (!target)
        return usageError(tr("Unknown subcommand '%1'.").arg(rest.constFirst()));
    target->setGlobalOptions(globals());
    return target->execute(rest);
}

int ComplaintsCommand::run(Database &, const QCommandLineParser &)
{
    return UsageError; // never reached: execute() hands every line to a subcommand
}

QString ComplaintsCommand::groupHelp() const
{
    QString text = usageLine() + QStringLiteral("\n\n") + description() + QStringLiteral("\n\nSubcommands:\n");
    for (const std::unique_ptr<Command> &command : m_subcommands)
        text += QStringLiteral("  %1\n").arg(command->usageLine().mid(QStringLiteral("Usage: ").size()));
    text += tr("\nStates: received, assigned, in_progress, resolved, awaiting_verdict, closed.\n"
               "Run 'kehu-cli complaints SUBCOMMAND --help' for its options.\n");
    return text;
}

} // namespace kehu::cli
