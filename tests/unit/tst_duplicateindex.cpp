// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/duplicateindex.h"

#include <QTest>

#include <random>

using namespace Almanac;

class TestDuplicateIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeyIsFoundUnderItsFirstRow();
    void aLargeFileTakesTheFixedTableEarly();
    void stopsRememberingWhenHalfFullAndSaysSo();
    void rowsTooLargeToKeepAreUnknown();
    void keysDifferingOnlyInHighBitsStayApart();
};

// Told that a file will bring more keys than the small table holds, the index
// moves what it has into the fixed table at once, and every key is still found
// under its first row; a small estimate changes nothing. (The fixed table's
// fingerprints are told apart by 60 bits: these random keys never merge.)
void TestDuplicateIndex::aLargeFileTakesTheFixedTableEarly()
{
    for (const qint64 expected : {qint64(1000), qint64(10'000'000)}) {
        DuplicateIndex index;
        std::mt19937_64 random(11);
        QList<quint64> keys;
        for (int i = 0; i < 200000; ++i) {
            if (i == 500) {
                index.expectKeys(expected);
                QCOMPARE(index.usesFixedTable(), expected > 1000);
            }
            const quint64 key = random() | 1;
            keys.append(key);
            QCOMPARE(index.findOrInsert(key, i + 2), qint64(-1));
        }
        QCOMPARE(index.size(), qsizetype(200000));
        QVERIFY(index.usesFixedTable()); // past 128k keys either way
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(index.findOrInsert(keys.at(i), 999999), qint64(i + 2));
        index.expectKeys(expected); // again, once moved: nothing changes
        QCOMPARE(index.findOrInsert(keys.first(), 999999), qint64(2));
    }
}

// Keys are found under the row they were first seen on (the importer checks
// them in the file's order, batch after batch, on its own thread): in the small
// table of whole keys as it doubles, and after they moved into the fixed one.
void TestDuplicateIndex::everyKeyIsFoundUnderItsFirstRow()
{
    DuplicateIndex index;
    std::mt19937_64 random(7);
    QList<quint64> keys;
    for (int i = 0; i < 300000; ++i) { // past the 128k the small table holds
        const quint64 key = random() | 1;
        keys.append(key);
        QCOMPARE(index.findOrInsert(key, i + 2), qint64(-1));
    }
    QCOMPARE(index.size(), qsizetype(300000));
    QVERIFY(!index.isSaturated());
    for (int i = 0; i < keys.size(); ++i)
        QCOMPARE(index.findOrInsert(keys.at(i), 999999), qint64(i + 2));
    QCOMPARE(index.size(), qsizetype(300000)); // finding inserts nothing
}

void TestDuplicateIndex::stopsRememberingWhenHalfFullAndSaysSo()
{
    DuplicateIndex index(1 << 15);
    for (quint64 k = 1; k <= (1 << 14); ++k)
        QCOMPARE(index.findOrInsert(k * 0x9E3779B97F4A7C15ULL, qint64(k)), qint64(-1));
    QVERIFY(!index.isSaturated());
    const quint64 extra = 0xDEADBEEF12345ULL;
    QCOMPARE(index.findOrInsert(extra, 5), qint64(-1));
    QVERIFY(index.isSaturated());
    QCOMPARE(index.findOrInsert(extra, 6), qint64(-1)); // not remembered
    QCOMPARE(index.findOrInsert(0x9E3779B97F4A7C15ULL, 7), qint64(1)); // the ones it has are still found
}

void TestDuplicateIndex::rowsTooLargeToKeepAreUnknown()
{
    DuplicateIndex index;
    QCOMPARE(index.findOrInsert(11, qint64(1) << 40), qint64(-1));
    QCOMPARE(index.findOrInsert(11, 3), DuplicateIndex::UnknownRow);
    QCOMPARE(index.findOrInsert(12, DuplicateIndex::StoreRow), qint64(-1));
    QCOMPARE(index.findOrInsert(12, 3), DuplicateIndex::StoreRow);
}

// The slot comes from the low bits, the kept fingerprint from the high ones:
// keys that share their low bits are still told apart.
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
