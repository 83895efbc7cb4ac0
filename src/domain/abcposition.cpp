#include "abcposition.h"

#include "abcclassifier.h"

namespace kehu {

std::optional<AbcPosition> abcPositionOf(std::span<const CustomerValue> customers, qint64 customerId,
                                         AbcMeasure measure, AbcThresholds thresholds)
{
    const auto valueOf = [measure](const CustomerValue &c) {
        return measure == AbcMeasure::Sales ? c.sales.fen() : c.profit.fen();
    };
    const CustomerValue *self = nullptr;
    for (const CustomerValue &c : customers) {
        if (c.id == customerId) {
            self = &c;
            break;
        }
    }
    if (!self)
        return std::nullopt;
    const qint64 value = valueOf(*self);
    qint64 positiveTotal = 0;
    qint64 before = 0; // positive values ranked above the customer
    int above = 0;
    for (const CustomerValue &c : customers) {
        const qint64 v = valueOf(c);
        if (v > 0)
            positiveTotal += v;
        // Ranked above: a higher value, or the same value and a smaller code (DOMAIN §3).
        if (&c != self && (v > value || (v == value && c.code < self->code))) {
            ++above;
            if (v > 0)
                before += v;
        }
    }
    AbcPosition position;
    position.rank = above + 1;
    position.customers = int(customers.size());
    position.value = Money::fromFen(value);
    position.abcClass = abcClassAt(value, before, positiveTotal, thresholds);
    return position;
}

} // namespace kehu
