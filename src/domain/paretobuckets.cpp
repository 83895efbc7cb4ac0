#include "paretobuckets.h"

namespace kehu {

std::vector<ParetoBucket> paretoBuckets(const AbcResult &result, int bucketCount)
{
    std::vector<ParetoBucket> buckets;
    const qint64 customers = qint64(result.ranked.size());
    if (customers == 0 || bucketCount <= 0)
        return buckets;
    const qint64 n = std::min<qint64>(bucketCount, customers);
    const qint64 total = result.positiveTotal.fen();
    buckets.reserve(size_t(n));
    qint64 cumulative = 0;
    qint64 next = 0;
    for (qint64 b = 0; b < n; ++b) {
        const qint64 size = customers / n + (b < customers % n ? 1 : 0);
        ParetoBucket bucket;
        bucket.firstRank = int(next + 1);
        bucket.count = int(size);
        for (qint64 i = next; i < next + size; ++i) {
            const AbcRankedCustomer &row = result.ranked[size_t(i)];
            bucket.value += row.value;
            if (row.value.fen() > 0)
                cumulative += row.value.fen();
            ++bucket.classCounts[size_t(abcIndex(row.abcClass))];
        }
        next += size;
        bucket.cumulativeShareAtEnd = total == 0 ? 0.0 : double(cumulative) / double(total);
        int best = 0;
        for (int c = 1; c < 3; ++c)
            if (bucket.classCounts[size_t(c)] > bucket.classCounts[size_t(best)])
                best = c;
        bucket.majorityClass = AbcClass(best);
        if (bucket.classCounts[size_t(best)] == bucket.count)
            bucket.soleClass = bucket.majorityClass;
        buckets.push_back(bucket);
    }
    return buckets;
}

} // namespace kehu
