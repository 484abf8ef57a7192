// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/duplicateindex.h"

#include <algorithm>
#include <cstdlib>
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
constexpr int RowBits = 24;
constexpr quint64 RowMask = (quint64(1) << RowBits) - 1;
} // namespace

DuplicateIndex::DuplicateIndex(qsizetype slots)
    : m_keys(size_t(std::min<qsizetype>(slots / 4, 1 << 12)))
    , m_rows(m_keys.size())
    , m_keyMask(qsizetype(m_keys.size()) - 1)
    , m_mostKeySlots(std::min<qsizetype>(slots / 4, qsizetype(1) << 18))
    , m_mask(slots - 1)
{
    Q_ASSERT((slots & (slots - 1)) == 0 && slots >= 16 && slots <= (qsizetype(1) << RowBits));
}

DuplicateIndex::~DuplicateIndex()
{
    std::free(m_slots);
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
    return m_slots ? findOrInsertFingerprint(key, row) : findOrInsertWhole(key, row);
}

qint64 DuplicateIndex::findOrInsertWhole(quint64 key, qint64 row)
{
    qsizetype s = qsizetype(key) & m_keyMask;
    while (m_keys[size_t(s)]) {
        if (m_keys[size_t(s)] == key)
            return qint64(m_rows[size_t(s)]);
        s = (s + 1) & m_keyMask;
    }
    if ((m_count + 1) * 2 > m_keyMask + 1) { // kept at most half full, as the fixed table
        grow();
        return findOrInsert(key, row);
    }
    m_keys[size_t(s)] = key;
    m_rows[size_t(s)] = quint32(qMin(row, UnknownRow));
    ++m_count;
    return -1;
}

void DuplicateIndex::expectKeys(qint64 keys)
{
    if (!m_slots && keys * 2 > m_mostKeySlots)
        moveIntoFixedTable();
}

void DuplicateIndex::grow()
{
    if (qsizetype(m_keys.size()) * 2 > m_mostKeySlots) {
        moveIntoFixedTable();
        return;
    }
    const std::vector<quint64> keys = std::move(m_keys);
    const std::vector<quint32> rows = std::move(m_rows);
    m_keys.assign(keys.size() * 2, 0);
    m_rows.assign(keys.size() * 2, 0);
    m_keyMask = qsizetype(m_keys.size()) - 1;
    reinsert(keys, rows);
}

void DuplicateIndex::moveIntoFixedTable()
{
    const std::vector<quint64> keys = std::move(m_keys);
    const std::vector<quint32> rows = std::move(m_rows);
    // calloc: the kernel hands out zeroed pages, and only pages touched count.
    m_slots = static_cast<quint64 *>(std::calloc(size_t(m_mask + 1), sizeof(quint64)));
    if (!m_slots)
        qFatal("out of memory for the duplicate index");
    // Into the fixed table, two keys whose fingerprints agree become one, as any two there do.
    reinsert(keys, rows);
}

void DuplicateIndex::reinsert(const std::vector<quint64> &keys, const std::vector<quint32> &rows)
{
    m_count = 0;
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i])
            findOrInsert(keys[i], rows[i]);
}

qint64 DuplicateIndex::findOrInsertFingerprint(quint64 key, qint64 row)
{    // The low bits place the key, the high 40 are kept beside the row: together
    // 60 bits of the key tell keys apart.
    quint64 fingerprint = key >> RowBits;
    if (fingerprint == 0)
        fingerprint = 1; // a used slot is never 0
    qsizetype s = qsizetype(key) & m_mask;
    while (m_slots[s]) {
        if ((m_slots[s] >> RowBits) == fingerprint)
            return qint64(m_slots[s] & RowMask);
        s = (s + 1) & m_mask;
    }
    // Keep the load at most 1/2, so a miss (the common case) probes ~2.5 slots
    // rather than ~8.5 at 3/4; past that, remember nothing more.
    if ((m_count + 1) * 2 > m_mask + 1) {
        m_saturated = true;
        return -1;
    }
    m_slots[s] = (fingerprint << RowBits) | quint64(qMin(row, UnknownRow));
    ++m_count;
    return -1;
}

} // namespace Almanac
