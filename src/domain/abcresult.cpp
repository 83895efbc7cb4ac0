#include "abcresult.h"

namespace kehu {

const AbcRankedCustomer *AbcResult::find(qint64 customerId) const
{
    const auto it = indexOfId.constFind(customerId);
    return it == indexOfId.cend() ? nullptr : &ranked[size_t(*it)];
}

} // namespace kehu
