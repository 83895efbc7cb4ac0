#include "abcbreakdown.h"

#include <algorithm>
#include <unordered_map>

namespace kehu {
namespace {

qint64 groupOf(const CustomerValue &customer, ListKind kind)
{
    switch (kind) {
    case ListKind::SalesCenter:
        return customer.salesCenterId;
    case ListKind::Region:
        return customer.regionId;
    case ListKind::Industry:
        return customer.industryId;
    case ListKind::AccountManager:
        break;
    }
    return customer.accountManagerId;
}

} // namespace

std::vector<AbcBreakdownRow> breakdownAbc(const AbcResult &result, ListKind groupBy)
{
    // A few hundred groups at most, looked up 200 000 times: hashed, and the last group kept at
    // hand since neighbours in the ranking often share one.
    std::unordered_map<qint64, AbcBreakdownRow> groups;
    qint64 lastId = -1;
    AbcBreakdownRow *last = nullptr;
    for (const AbcRankedCustomer &row : result.ranked) {
        const qint64 id = groupOf(row.customer, groupBy);
        if (id != lastId) {
            last = &groups[id];
            lastId = id;
        }
        AbcBreakdownRow &group = *last;
        group.groupId = id;
        const size_t c = size_t(abcIndex(row.abcClass));
        ++group.customers[c];
        group.value[c] += row.value;
        group.sales += row.customer.sales;
        group.profit += row.customer.profit;
    }
    std::vector<AbcBreakdownRow> rows;
    rows.reserve(groups.size());
    for (auto &[id, group] : groups)
        rows.push_back(group);
    std::sort(rows.begin(), rows.end(), [](const AbcBreakdownRow &l, const AbcBreakdownRow &r) {
        if (l.totalValue() != r.totalValue())
            return l.totalValue() > r.totalValue();
        return l.groupId < r.groupId;
    });
    return rows;
}

} // namespace kehu
