#include "abcmovers.h"

namespace kehu {

AbcMovers compareAbc(const AbcResult &previous, const AbcResult &current)
{
    AbcMovers movers;
    for (const AbcRankedCustomer &row : current.ranked) {
        const AbcRankedCustomer *before = previous.find(row.customer.id);
        AbcMove move { row.customer, before ? before->abcClass : AbcClass::C, row.abcClass,
            before ? before->value : Money(), row.value, row.rank };
        ++movers.counts[size_t(abcIndex(move.previous))][size_t(abcIndex(move.current))];
        // A is index 0: a smaller index is a better class.
        if (abcIndex(move.current) < abcIndex(move.previous))
            movers.up.push_back(std::move(move));
        else if (abcIndex(move.current) > abcIndex(move.previous))
            movers.down.push_back(std::move(move));
    }
    return movers;
}

Period previousPeriodOfSameLength(const Period &period)
{
    const qint64 days = period.from.daysTo(period.to) + 1;
    return { period.from.addDays(-days), period.from.addDays(-1) };
}

} // namespace kehu
