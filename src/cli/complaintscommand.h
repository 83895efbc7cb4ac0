#pragma once

#include "commandgroup.h"

#include <memory>
#include <vector>

namespace kehu::cli {

// `complaints`: the group of complaint commands. `report` with a NUMBER is the step that tells
// the customer; without one it is the analysis.
class ComplaintsCommand : public CommandGroup
{
public:
    ComplaintsCommand();
    ~ComplaintsCommand() override;

protected:
    Command *subcommandFor(const QStringList &arguments) const override;
    QString helpFooter() const override;
};

} // namespace kehu::cli
