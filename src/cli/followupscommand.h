#pragma once

#include "commandgroup.h"

#include <memory>
#include <vector>

namespace kehu::cli {

// `followups`: the group of follow-up commands (DOMAIN §8). Like `customers`, it takes
// --db/--verbose before the subcommand's name and hands the rest of the line to `add`,
// `list`, `show` or `cadence`.
class FollowUpsCommand : public CommandGroup
{
public:
    FollowUpsCommand();
    ~FollowUpsCommand() override;
};

} // namespace kehu::cli
