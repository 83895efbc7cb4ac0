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
    : CommandGroup(QStringLiteral("followups"), tr("Log follow-ups, list those due, show a customer's log, set the cadence."))
{
    addSubcommand(std::make_unique<FollowUpsAddCommand>());
    addSubcommand(std::make_unique<FollowUpsListCommand>());
    addSubcommand(std::make_unique<FollowUpsShowCommand>());
    addSubcommand(std::make_unique<FollowUpsCadenceCommand>());
}

FollowUpsCommand::~FollowUpsCommand() = default;

} // namespace kehu::cli
