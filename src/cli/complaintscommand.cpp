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
    : CommandGroup(QStringLiteral("complaints"), tr("Log complaints, take them through the workflow, list them and report on them."))
{
    addSubcommand(std::make_unique<ComplaintsAddCommand>());
    for (ComplaintStep step : { ComplaintStep::Assign, ComplaintStep::Start, ComplaintStep::Resolve, ComplaintStep::Report,
             ComplaintStep::Accept, ComplaintStep::Reject, ComplaintStep::Review })
        addSubcommand(std::make_unique<ComplaintStepCommand>(step));
    addSubcommand(std::make_unique<ComplaintsShowCommand>());
    addSubcommand(std::make_unique<ComplaintsListCommand>());
    addSubcommand(std::make_unique<ComplaintsReportCommand>());
    addSubcommand(std::make_unique<ComplaintNoteCommand>(ComplaintNoteCommand::Kind::Comment));
    addSubcommand(std::make_unique<ComplaintNoteCommand>(ComplaintNoteCommand::Kind::Attachment));
}

ComplaintsCommand::~ComplaintsCommand() = default;

Command *ComplaintsCommand::subcommandFor(const QStringList &arguments) const
{
    if (arguments.constFirst() != QLatin1String("report"))
        return CommandGroup::subcommandFor(arguments);
    // `report NUMBER` is the step; `report [--from ...]` the analysis. Parse with the options of
    // both so option values are not taken for a number.
    Command *step = nullptr;
    Command *analysis = nullptr;
    for (const std::unique_ptr<Command> &command : subcommands()) {
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

QString ComplaintsCommand::helpFooter() const
{
    return tr("States: received, assigned, in_progress, resolved, awaiting_verdict, closed.\n"
              "Run 'kehu-cli complaints SUBCOMMAND --help' for its options.\n");
}

} // namespace kehu::cli
