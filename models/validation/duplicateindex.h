// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>

#include <vector>

namespace Almanac {

// Remembers (text, destination, time) triples seen so far, to flag duplicate
// posts within a file and against the store. Two tables, by size:
// - while it holds few keys, whole keys and their rows in a table that doubles
//   as it fills (a file of a few thousand rows touches a few hundred KiB);
// - past 128k keys (or a quarter of `slots`), a fixed table of `slots` 64-bit
//   slots (8 MiB by default), each a 40-bit fingerprint of the key beside the
//   24-bit row it was first seen on; the keys so far move into it (at once
//   when the importer expects that many: see expectKeys()).
// Bounded in memory: past half full it stops remembering new triples (but
// still finds the ones it has) and says so.
class DuplicateIndex final
{
public:
    static constexpr qint64 StoreRow = 0;              // "seen in the store", not in the file
    static constexpr qint64 UnknownRow = (1 << 24) - 1; // a row number too large to keep

    explicit DuplicateIndex(qsizetype slots = qsizetype(1) << 20);
    ~DuplicateIndex();
    DuplicateIndex(const DuplicateIndex &) = delete;
    DuplicateIndex &operator=(const DuplicateIndex &) = delete;

    // A fast 64-bit hash of bytes (8 at a time): duplicates are flagged as
    // warnings, so a one-in-2^60 collision is an acceptable cost for speed.
    static quint64 hash(QByteArrayView bytes);
    // The key of one destination: the text's hash (computed once per text), the integration and the time.
    static quint64 key(quint64 textHash, QByteArrayView integrationId, qint64 scheduledAtOrMin);

    // Starts loading the key's slot into the cache, so a later findOrInsert does not wait for memory.
    void prefetch(quint64 key) const
    {
        if (m_slots)
            __builtin_prefetch(m_slots + (qsizetype(key) & m_mask));
        else
            __builtin_prefetch(m_keys.data() + (qsizetype(key) & m_keyMask));
    }
    // The row the key was first seen on, or -1 if it is new (it is then remembered).
    qint64 findOrInsert(quint64 key, qint64 row);
    // How many keys the whole file will likely bring (an importer's estimate from
    // the part read so far). Past what the small table holds, the fixed table is
    // taken at once, while few keys have to move: both are alive while they do,
    // and a million-row file otherwise moved 3 MiB of them beside the 8 MiB table.
    void expectKeys(qint64 keys);
    bool isSaturated() const { return m_saturated; }
    // Whether the keys are in the fixed table of fingerprints yet.
    bool usesFixedTable() const { return m_slots != nullptr; }
    qsizetype size() const { return m_count; }

private:
    qint64 findOrInsertWhole(quint64 key, qint64 row);
    qint64 findOrInsertFingerprint(quint64 key, qint64 row);
    // The small table doubled, or, past its largest, the fixed one.
    void grow();
    void moveIntoFixedTable();
    void reinsert(const std::vector<quint64> &keys, const std::vector<quint32> &rows);

    // The small table: whole keys (0: empty) and their rows.
    std::vector<quint64> m_keys;
    std::vector<quint32> m_rows;
    qsizetype m_keyMask;
    qsizetype m_mostKeySlots;
    // The fixed table, once there is one (its mask is set from the start).
    qsizetype m_mask;
    quint64 *m_slots = nullptr; // 0 marks an empty slot
    qsizetype m_count = 0;
    bool m_saturated = false;
};

} // namespace Almanac
