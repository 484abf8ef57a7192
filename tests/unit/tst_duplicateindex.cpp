// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/duplicateindex.h"

#include <QTest>

#include <random>

using namespace Almanac;

class TestDuplicateIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growingKeepsEveryKeyAndItsRow();
    void stopsRememberingAtItsLargestAndSaysSo();
    void rowsTooLargeToKeepAreUnknown();
    void keysDifferingOnlyInHighBitsStayApart();
};

// The table starts small and doubles as rows come: every key stays findable
// under the row it was first seen on, and memory follows the keys.
void TestDuplicateIndex::growingKeepsEveryKeyAndItsRow()
{
    DuplicateIndex index;
    const qsizetype first = index.slots();
    std::mt19937_64 random(7);
    QList<quint64> keys;
    for (int i = 0; i < 100000; ++i) {
        const quint64 key = random() | 1; // never 0
        keys.append(key);
        QCOMPARE(index.findOrInsert(key, i + 2), qint64(-1));
    }
    QVERIFY(index.slots() > first);
    QVERIFY(index.slots() <= 4 * 100000); // at most half full after doubling, so under four slots a key
    QCOMPARE(index.size(), qsizetype(100000));
    QVERIFY(!index.isSaturated());
    for (int i = 0; i < keys.size(); ++i)
        QCOMPARE(index.findOrInsert(keys.at(i), 999999), qint64(i + 2));
    QCOMPARE(index.size(), qsizetype(100000)); // finding inserts nothing
}

void TestDuplicateIndex::stopsRememberingAtItsLargestAndSaysSo()
{
    DuplicateIndex index(1 << 15);
    for (quint64 k = 1; k <= (1 << 14); ++k)
        QCOMPARE(index.findOrInsert(k * 0x9E3779B97F4A7C15ULL, qint64(k)), qint64(-1));
    QVERIFY(!index.isSaturated());
    QCOMPARE(index.slots(), qsizetype(1 << 15));
    const quint64 extra = 0xDEADBEEFULL;
    QCOMPARE(index.findOrInsert(extra, 5), qint64(-1));
    QVERIFY(index.isSaturated());
    QCOMPARE(index.findOrInsert(extra, 6), qint64(-1)); // not remembered
    QCOMPARE(index.findOrInsert(0x9E3779B97F4A7C15ULL, 7), qint64(1)); // the ones it has are still found
    QCOMPARE(index.slots(), qsizetype(1 << 15));
}

void TestDuplicateIndex::rowsTooLargeToKeepAreUnknown()
{
    DuplicateIndex index;
    QCOMPARE(index.findOrInsert(11, qint64(1) << 40), qint64(-1));
    QCOMPARE(index.findOrInsert(11, 3), DuplicateIndex::UnknownRow);
    QCOMPARE(index.findOrInsert(12, DuplicateIndex::StoreRow), qint64(-1));
    QCOMPARE(index.findOrInsert(12, 3), DuplicateIndex::StoreRow);
}

// The slot comes from the low bits; the whole key tells keys apart.
void TestDuplicateIndex::keysDifferingOnlyInHighBitsStayApart()
{
    DuplicateIndex index;
    for (int i = 0; i < 64; ++i)
        QCOMPARE(index.findOrInsert((quint64(i + 1) << 40) | 5, i + 2), qint64(-1));
    for (int i = 0; i < 64; ++i)
        QCOMPARE(index.findOrInsert((quint64(i + 1) << 40) | 5, 0), qint64(i + 2));
}

QTEST_GUILESS_MAIN(TestDuplicateIndex)
#include "tst_duplicateindex.moc"
