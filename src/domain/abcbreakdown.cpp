#include "abcbreakdown.h"

#include <algorithm>
#include <map>

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
    std::map<qint64, AbcBreakdownRow> groups;
    for (const AbcRankedCustomer &row : result.ranked) {
        const qint64 id = groupOf(row.customer, groupBy);
        AbcBreakdownRow &group = groups[id];
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
    std::stable_sort(rows.begin(), rows.end(),
        [](const AbcBreakdownRow &l, const AbcBreakdownRow &r) { return l.totalValue() > r.totalValue(); });
    return rows;
}

} // namespace kehu
