// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/controlcharacters.h"
#include "models/validation/bytetext.h"

#include <QTest>

using namespace Almanac;

class TestControlCharacters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaced_data();
    void replaced();
    void quotedValuesShowLineBreaks();
};

void TestControlCharacters::replaced_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("expected");
    const QString r(QChar::ReplacementCharacter);
    QTest::newRow("plain") << QStringLiteral("héllo 👋") << QString() << QStringLiteral("héllo 👋");
    QTest::newRow("terminal title and clear") << QStringLiteral("\x1b]0;PWNED\x07\x1b[2J") << QString()
                                              << r + QStringLiteral("]0;PWNED") + r + r + QStringLiteral("[2J");
    QTest::newRow("DEL and C1 CSI") << QStringLiteral("a\x7f" "b") + QChar(0x9b) + QStringLiteral("1m") << QString()
                                    << QStringLiteral("a") + r + QStringLiteral("b") + r + QStringLiteral("1m");
    QTest::newRow("line breaks kept when asked") << QStringLiteral("one\ntwo\tthree\r") << QStringLiteral("\n\t")
                                                 << QStringLiteral("one\ntwo\tthree") + r;
    QTest::newRow("line breaks replaced otherwise") << QStringLiteral("one\ntwo") << QString()
                                                    << QStringLiteral("one") + r + QStringLiteral("two");
    QTest::newRow("format characters are not controls") << QStringLiteral("a\u200db") << QString()
                                                        << QStringLiteral("a\u200db");
}

void TestControlCharacters::replaced()
{
    QFETCH(QString, text);
    QFETCH(QString, kept);
    QFETCH(QString, expected);
    replaceControlCharacters(text, kept);
    QCOMPARE(text, expected);
}

// A value quoted in a message shows its line breaks as ⏎ and nothing a terminal obeys.
void TestControlCharacters::quotedValuesShowLineBreaks()
{
    QCOMPARE(ByteText::shown("a\nb\x1b[31m"), QStringLiteral("\"a⏎b\uFFFD[31m\""));
}

QTEST_GUILESS_MAIN(TestControlCharacters)
#include "tst_controlcharacters.moc"
