#include "abcresult.h"

#include <algorithm>

namespace kehu {

const AbcRankedCustomer *AbcResult::find(qint64 customerId) const
{
    const auto it = std::lower_bound(positionById.begin(), positionById.end(), std::pair<qint64, int>(customerId, 0));
    return it == positionById.end() || it->first != customerId ? nullptr : &ranked[size_t(it->second)];
}

} // namespace kehu
