// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/duplicateindex.h"

#include <algorithm>
#include <cstring>

namespace Almanac {

namespace {
quint64 mix(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
} // namespace

namespace {
constexpr qsizetype FirstSlots = qsizetype(1) << 14;
} // namespace

DuplicateIndex::DuplicateIndex(qsizetype maxSlots)
    : m_maxSlots(maxSlots)
    , m_mask(std::min(FirstSlots, maxSlots) - 1)
    , m_keys(size_t(m_mask + 1))
    , m_rows(size_t(m_mask + 1))
{
    Q_ASSERT(maxSlots > 0 && (maxSlots & (maxSlots - 1)) == 0);
}

quint64 DuplicateIndex::hash(QByteArrayView bytes)
{
    // Two independent lanes of 8 bytes each, so the multiplies overlap.
    quint64 a = 0x9E3779B97F4A7C15ULL ^ quint64(bytes.size());
    quint64 b = 0xC2B2AE3D27D4EB4FULL;
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    for (; n >= 16; p += 16, n -= 16) {
        quint64 w0, w1;
        std::memcpy(&w0, p, 8);
        std::memcpy(&w1, p + 8, 8);
        a = (a ^ (w0 * 0xff51afd7ed558ccdULL)) * 0xc4ceb9fe1a85ec53ULL;
        b = (b ^ (w1 * 0xc4ceb9fe1a85ec53ULL)) * 0xff51afd7ed558ccdULL;
        a ^= a >> 29;
        b ^= b >> 31;
    }
    quint64 tail[2] = {0, 0};
    std::memcpy(tail, p, size_t(n));
    return mix(a ^ mix(b ^ tail[0]) ^ (tail[1] * 0x9E3779B97F4A7C15ULL));
}

quint64 DuplicateIndex::key(quint64 textHash, QByteArrayView integrationId, qint64 scheduledAtOrMin)
{
    const quint64 h = textHash ^ mix(hash(integrationId) + 0x1d) ^ mix(quint64(scheduledAtOrMin) + 1);
    return h == 0 ? 1 : h;
}

qint64 DuplicateIndex::findOrInsert(quint64 key, qint64 row)
{
    qsizetype s = qsizetype(key) & m_mask;
    while (m_keys[size_t(s)]) {
        if (m_keys[size_t(s)] == key)
            return qint64(m_rows[size_t(s)]);
        s = (s + 1) & m_mask;
    }
    // Keep the load at most 1/2, so a miss (the common case) probes ~2.5 slots
    // rather than ~8.5 at 3/4; at the largest size, remember nothing more.
    if ((m_count + 1) * 2 > m_mask + 1) {
        if (m_mask + 1 >= m_maxSlots) {
            m_saturated = true;
            return -1;
        }
        grow();
        s = qsizetype(key) & m_mask;
        while (m_keys[size_t(s)])
            s = (s + 1) & m_mask;
    }
    m_keys[size_t(s)] = key;
    m_rows[size_t(s)] = quint32(std::clamp(row, qint64(0), UnknownRow));
    ++m_count;
    return -1;
}

void DuplicateIndex::grow()
{
    std::vector<quint64> keys(m_keys.size() * 2);
    std::vector<quint32> rows(m_rows.size() * 2);
    const qsizetype mask = qsizetype(keys.size()) - 1;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (!m_keys[i])
            continue;
        qsizetype s = qsizetype(m_keys[i]) & mask;
        while (keys[size_t(s)])
            s = (s + 1) & mask;
        keys[size_t(s)] = m_keys[i];
        rows[size_t(s)] = m_rows[i];
    }
    m_keys = std::move(keys);
    m_rows = std::move(rows);
    m_mask = mask;
}

} // namespace Almanac
