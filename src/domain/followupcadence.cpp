#include "followupcadence.h"

namespace kehu {

std::optional<FollowUpCadence> FollowUpCadence::fromDays(int a, int b, int c)
{
    for (int days : {a, b, c})
        if (days < MinDays || days > MaxDays)
            return std::nullopt;
    FollowUpCadence cadence;
    cadence.days = {a, b, c};
    return cadence;
}

} // namespace kehu
