// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicateindex.h"

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

DuplicateIndex::DuplicateIndex(qsizetype maxSlots)
    : m_maxSlots(maxSlots)
{
    m_keys.resize(1024);
    m_rows.resize(1024);
}

quint64 DuplicateIndex::hash(QByteArrayView bytes)
{
    quint64 h = 0x9E3779B97F4A7C15ULL ^ quint64(bytes.size());
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ (w * 0xff51afd7ed558ccdULL)) * 0xc4ceb9fe1a85ec53ULL;
        h ^= h >> 29;
    }
    quint64 tail = 0;
    std::memcpy(&tail, p, size_t(n));
    return mix(h ^ tail);
}

quint64 DuplicateIndex::key(quint64 textHash, QByteArrayView integrationId, qint64 scheduledAtOrMin)
{
    const quint64 h = textHash ^ mix(hash(integrationId) + 0x1d) ^ mix(quint64(scheduledAtOrMin) + 1);
    return h == 0 ? 1 : h;
}

void DuplicateIndex::grow()
{
    const QList<quint64> oldKeys = std::move(m_keys);
    const QList<quint32> oldRows = std::move(m_rows);
    const qsizetype slots = oldKeys.size() * 2;
    m_keys = QList<quint64>(slots, 0);
    m_rows = QList<quint32>(slots, 0);
    const qsizetype mask = slots - 1;
    for (qsizetype i = 0; i < oldKeys.size(); ++i) {
        if (!oldKeys[i])
            continue;
        qsizetype s = qsizetype(mix(oldKeys[i])) & mask;
        while (m_keys[s])
            s = (s + 1) & mask;
        m_keys[s] = oldKeys[i];
        m_rows[s] = oldRows[i];
    }
}

qint64 DuplicateIndex::findOrInsert(quint64 key, qint64 row)
{
    if (key == 0)
        key = 1;
    const qsizetype mask = m_keys.size() - 1;
    qsizetype s = qsizetype(mix(key)) & mask;
    quint64 *keys = m_keys.data();
    while (keys[s]) {
        if (keys[s] == key)
            return m_rows[s];
        s = (s + 1) & mask;
    }
    // Keep the load under 3/4; past the memory bound, remember nothing more.
    if ((m_count + 1) * 4 > m_keys.size() * 3) {
        if (m_keys.size() * 2 > m_maxSlots) {
            m_saturated = true;
            return -1;
        }
        grow();
        return findOrInsert(key, row);
    }
    keys[s] = key;
    m_rows[s] = quint32(row);
    ++m_count;
    return -1;
}

} // namespace Almanac
