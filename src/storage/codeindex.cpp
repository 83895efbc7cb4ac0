#include "codeindex.h"

#include <algorithm>
#include <cstring>

namespace kehu {

quint64 CodeIndex::hashOf(QByteArrayView key)
{
    // FNV-1a, then a final mix so the low bits (the slot) depend on every byte.
    quint64 h = 14695981039346656037ULL;
    for (char c : key)
        h = (h ^ uchar(c)) * 1099511628211ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

void CodeIndex::reserve(size_t count)
{
    size_t capacity = 16;
    while (capacity < count * 2)
        capacity *= 2;
    if (capacity <= m_slots.size())
        return;
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot());
    for (const Slot &slot : old) {
        if (slot.id == 0)
            continue;
        size_t i = slot.hash & (capacity - 1);
        while (m_slots[i].id != 0)
            i = (i + 1) & (capacity - 1);
        m_slots[i] = slot;
    }
}

void CodeIndex::grow()
{
    reserve(std::max<size_t>(m_size + 1, m_slots.size()));
}

bool CodeIndex::matches(const Slot &slot, quint64 hash, QByteArrayView key) const
{
    if (slot.hash != hash || slot.length != quint32(key.size()))
        return false;
    const char *stored = slot.length > InlineKey ? m_longKeys.data() + slot.offset : slot.key;
    return std::memcmp(stored, key.data(), size_t(key.size())) == 0;
}

void CodeIndex::insert(QByteArrayView key, qint64 id)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const quint64 hash = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].id != 0) {
        if (matches(m_slots[i], hash, key)) {
            m_slots[i].id = id;
            return;
        }
        i = (i + 1) & mask;
    }
    Slot &slot = m_slots[i];
    slot.hash = hash;
    slot.id = id;
    slot.length = quint32(key.size());
    if (slot.length <= InlineKey) {
        std::memcpy(slot.key, key.data(), size_t(key.size()));
    } else {
        slot.offset = quint32(m_longKeys.size());
        m_longKeys.append(key.data(), size_t(key.size()));
    }
    ++m_size;
}

void CodeIndex::prefetch(QByteArrayView key) const
{
    if (m_slots.empty())
        return;
    const char *slot = reinterpret_cast<const char *>(&m_slots[hashOf(key) & (m_slots.size() - 1)]);
    __builtin_prefetch(slot);
    __builtin_prefetch(slot + sizeof(Slot) - 1); // a slot may straddle two cache lines
}

qint64 CodeIndex::find(QByteArrayView key) const
{
    if (m_slots.empty())
        return 0;
    const quint64 hash = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask; m_slots[i].id != 0; i = (i + 1) & mask) {
        if (matches(m_slots[i], hash, key))
            return m_slots[i].id;
    }
    return 0;
}

} // namespace kehu
