#pragma once

#include "commandgroup.h"

#include <memory>
#include <vector>

namespace kehu::cli {

// `customers`: the group of customer-file commands. It takes --db/--verbose before the
// subcommand's name as well and hands the rest of the line to `list` or `show`.
class CustomersCommand : public CommandGroup
{
public:
    CustomersCommand();
    ~CustomersCommand() override;
};

} // namespace kehu::cli
