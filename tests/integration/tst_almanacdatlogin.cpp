// SPDX-License-Identifier: GPL-3.0-or-later
// Turning almanacd on and off at login, against a systemctl that keeps its
// state in a file and logs what it was asked (tests/data/fake-systemctl, first on PATH).
#include "app/desktop/almanacdatlogin.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Almanac;

class TestAlmanacdAtLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void unitTextQuotesForSystemd_data();
    void unitTextQuotesForSystemd();
    void turnOnWritesTheUnitAndStartsIt();
    void turnOffStopsItAndRemovesOnlyItsOwnUnit();
    void aUserManagerThatCannotBeReachedIsSaid();
    void noSystemctlIsSaid();
    void aMissingAlmanacdIsSaid();

private:
    QStringList asked() const;
    AlmanacdAtLogin::State stateOf(AlmanacdAtLogin &setup, QString *detail = nullptr);
    std::pair<bool, QString> outcome(AlmanacdAtLogin &setup, void (AlmanacdAtLogin::*step)());

    QTemporaryDir m_dir;
    QString m_path; // PATH with the fake systemctl first
    QString m_store;
};

void TestAlmanacdAtLogin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = QStringLiteral(ALMANAC_TEST_DATA "/fake-systemctl:") + qEnvironmentVariable("PATH");
    qputenv("FAKE_SYSTEMCTL_LOG", m_dir.filePath("asked.log").toUtf8());
    qputenv("FAKE_SYSTEMCTL_STATE", m_dir.filePath("state").toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath("config").toUtf8());
    m_store = m_dir.filePath("100% plan $HOME \"team\".sqlite");
}

void TestAlmanacdAtLogin::init()
{
    qputenv("PATH", m_path.toUtf8());
    qunsetenv("FAKE_SYSTEMCTL_FAIL");
    QFile::remove(m_dir.filePath("asked.log"));
    QFile::remove(m_dir.filePath("state"));
    QFile::remove(AlmanacdAtLogin::unitFilePath());
}

QStringList TestAlmanacdAtLogin::asked() const
{
    QFile log(m_dir.filePath("asked.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

AlmanacdAtLogin::State TestAlmanacdAtLogin::stateOf(AlmanacdAtLogin &setup, QString *detail)
{
    QSignalSpy known(&setup, &AlmanacdAtLogin::stateKnown);
    setup.query();
    if (known.isEmpty() && !known.wait(10000))
        return AlmanacdAtLogin::State::Unavailable;
    if (detail)
        *detail = known.first().at(1).toString();
    return known.first().at(0).value<AlmanacdAtLogin::State>();
}

std::pair<bool, QString> TestAlmanacdAtLogin::outcome(AlmanacdAtLogin &setup, void (AlmanacdAtLogin::*step)())
{
    QSignalSpy finished(&setup, &AlmanacdAtLogin::finished);
    (setup.*step)();
    if (finished.isEmpty() && !finished.wait(10000))
        return {false, QStringLiteral("no answer")};
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

void TestAlmanacdAtLogin::unitTextQuotesForSystemd_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QByteArray>("execStart");
    QTest::newRow("plain") << "/home/ana/.local/share/almanac/almanac.sqlite"
                           << QByteArray("ExecStart=\"/usr/bin/almanacd\" --db \"/home/ana/.local/share/almanac/almanac.sqlite\"");
    // systemd expands % and $ and reads C escapes inside quotes: each is doubled or escaped.
    QTest::newRow("spaces and specials")
        << "/home/ana/Q4 100% $HOME \"team\" \\ plan.sqlite"
        << QByteArray("ExecStart=\"/usr/bin/almanacd\" --db \"/home/ana/Q4 100%% $$HOME \\\"team\\\" \\\\ plan.sqlite\"");
    QTest::newRow("not ascii") << "/home/zoë/Plan 日本.sqlite"
                               << QByteArray("ExecStart=\"/usr/bin/almanacd\" --db \"/home/zo\xC3\xAB/Plan \xE6\x97\xA5\xE6\x9C\xAC.sqlite\"");
    QTest::newRow("a line break") << "/home/ana/a\nExecStartPost=/bin/evil" << QByteArray();
    QTest::newRow("a tab") << "/home/ana/a\tb.sqlite" << QByteArray();
}

void TestAlmanacdAtLogin::unitTextQuotesForSystemd()
{
    QFETCH(QString, store);
    QFETCH(QByteArray, execStart);
    const QByteArray text = AlmanacdAtLogin::unitText(QStringLiteral("/usr/bin/almanacd"), store);
    if (execStart.isEmpty()) {
        QVERIFY(text.isEmpty()); // refused whole: no second line can be slipped into the unit
        return;
    }
    const QList<QByteArray> lines = text.split('\n');
    QVERIFY2(lines.contains(execStart), text.constData());
    QCOMPARE(lines.count("[Service]"), qsizetype(1));
    QVERIFY(lines.contains("WantedBy=default.target"));
}

void TestAlmanacdAtLogin::turnOnWritesTheUnitAndStartsIt()
{
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    QCOMPARE(stateOf(setup), AlmanacdAtLogin::State::Off); // no unit yet: systemctl says not-found

    const auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOn);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains("starts when you log in"), qPrintable(message));
    QCOMPARE(asked(), (QStringList{"--user is-enabled almanacd.service", "--user daemon-reload",
                                   "--user enable --now almanacd.service"}));
    QFile unit(AlmanacdAtLogin::unitFilePath());
    QVERIFY(unit.fileName().startsWith(m_dir.filePath("config/systemd/user/")));
    QVERIFY(unit.open(QIODevice::ReadOnly));
    const QByteArray text = unit.readAll();
    QCOMPARE(text, AlmanacdAtLogin::unitText(QStringLiteral(ALMANAC_DAEMON), m_store));
    const QByteArray storeArgument = "--db \"" + m_dir.path().toUtf8() + "/100%% plan $$HOME \\\"team\\\".sqlite\"";
    QVERIFY2(text.contains(storeArgument), text.constData());
    QCOMPARE(stateOf(setup), AlmanacdAtLogin::State::On);
}

void TestAlmanacdAtLogin::turnOffStopsItAndRemovesOnlyItsOwnUnit()
{
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    QVERIFY(outcome(setup, &AlmanacdAtLogin::turnOn).first);
    QVERIFY(QFile::exists(AlmanacdAtLogin::unitFilePath()));
    const auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOff);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY(asked().contains("--user disable --now almanacd.service"));
    QCOMPARE(asked().last(), QStringLiteral("--user daemon-reload")); // after the unit went
    QVERIFY(!QFile::exists(AlmanacdAtLogin::unitFilePath()));
    QCOMPARE(stateOf(setup), AlmanacdAtLogin::State::Off);

    // A unit the user wrote is theirs: turning off stops it and leaves the file.
    QFile own(AlmanacdAtLogin::unitFilePath());
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("[Service]\nExecStart=/opt/almanacd --interval 60\n");
    own.close();
    QVERIFY(outcome(setup, &AlmanacdAtLogin::turnOff).first);
    QVERIFY(QFile::exists(AlmanacdAtLogin::unitFilePath()));
}

void TestAlmanacdAtLogin::aUserManagerThatCannotBeReachedIsSaid()
{
    qputenv("FAKE_SYSTEMCTL_FAIL", "1");
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    QString detail;
    QCOMPARE(stateOf(setup, &detail), AlmanacdAtLogin::State::Unavailable);
    QVERIFY2(detail.contains("Failed to connect to bus"), qPrintable(detail));
    const auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOn);
    QVERIFY(!ok);
    QVERIFY2(message.startsWith("Could not turn on publishing while the window is closed")
                 && message.contains("Failed to connect to bus"),
             qPrintable(message));
}

void TestAlmanacdAtLogin::noSystemctlIsSaid()
{
    qputenv("PATH", m_dir.filePath("config").toUtf8()); // a folder with no systemctl
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    QString detail;
    QCOMPARE(stateOf(setup, &detail), AlmanacdAtLogin::State::Unavailable);
    QVERIFY2(detail.contains("no systemctl"), qPrintable(detail));
}

void TestAlmanacdAtLogin::aMissingAlmanacdIsSaid()
{
    AlmanacdAtLogin setup(m_store, m_dir.filePath("nowhere/almanacd"));
    const auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOn);
    QVERIFY(!ok);
    QVERIFY2(message.contains("nowhere/almanacd") && message.contains("reinstall"), qPrintable(message));
    QVERIFY(asked().isEmpty()); // nothing asked of systemd, nothing written
    QVERIFY(!QFile::exists(AlmanacdAtLogin::unitFilePath()));
}

QTEST_GUILESS_MAIN(TestAlmanacdAtLogin)
#include "tst_almanacdatlogin.moc"
