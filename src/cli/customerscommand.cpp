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
    : CommandGroup(QStringLiteral("customers"), tr("List customer files or show one."))
{
    addSubcommand(std::make_unique<CustomersListCommand>());
    addSubcommand(std::make_unique<CustomersShowCommand>());
}

CustomersCommand::~CustomersCommand() = default;

} // namespace kehu::cli
