#include "customermonthsums.h"

#include "domain/importvalues.h"

#include <algorithm>

namespace kehu {

size_t CustomerMonthSums::slotOf(quint64 key, size_t mask)
{
    // A multiplicative mix: keys of one month differ only in their low bits.
    key ^= key >> 29;
    key *= 0xbf58476d1ce4e5b9ULL;
    key ^= key >> 32;
    return size_t(key) & mask;
}

void CustomerMonthSums::grow()
{
    std::vector<Sum> old = std::move(m_slots);
    m_slots.assign(old.empty() ? size_t(1) << 16 : old.size() * 2, Sum());
    const size_t mask = m_slots.size() - 1;
    for (const Sum &sum : old) {
        if (sum.key == 0)
            continue;
        size_t i = slotOf(sum.key, mask);
        while (m_slots[i].key != 0)
            i = (i + 1) & mask;
        m_slots[i] = sum;
    }
}

quint64 CustomerMonthSums::keyOf(qint64 customerId, QDate date)
{
    const importvalues::YearMonthDay ymd = importvalues::yearMonthDay(date);
    const quint64 months = quint64(ymd.year * 12 + ymd.month - 1);
    return months << 40 | quint64(customerId);
}

void CustomerMonthSums::prefetch(qint64 customerId, QDate date) const
{
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[slotOf(keyOf(customerId, date), m_slots.size() - 1)], 1);
}

void CustomerMonthSums::add(qint64 customerId, QDate date, qint64 amount, qint64 cost)
{
    // At most three quarters full: probes stay short.
    if ((m_size + 1) * 4 > m_slots.size() * 3)
        grow();
    const quint64 key = keyOf(customerId, date);
    const size_t mask = m_slots.size() - 1;
    size_t i = slotOf(key, mask);
    while (m_slots[i].key != 0 && m_slots[i].key != key)
        i = (i + 1) & mask;
    Sum &sum = m_slots[i];
    if (sum.key == 0) {
        sum.key = key;
        ++m_size;
    }
    sum.sales += amount;
    sum.profit += amount - cost;
    ++sum.orders;
}

std::vector<CustomerMonthSums::Sum> CustomerMonthSums::takeSorted()
{
    std::vector<Sum> sums = std::move(m_slots);
    sums.erase(std::remove_if(sums.begin(), sums.end(), [](const Sum &sum) { return sum.key == 0; }), sums.end());
    std::sort(sums.begin(), sums.end(), [](const Sum &a, const Sum &b) { return a.key < b.key; });
    m_slots.clear();
    m_size = 0;
    return sums;
}

} // namespace kehu
