// SPDX-License-Identifier: GPL-3.0-or-later
// Turning almanacd on and off at login, against a systemctl that keeps its
// state in files and logs what it was asked (tests/data/fake-systemctl, first
// on PATH).
#include "app/desktop/almanacdatlogin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    void aUnitOfTheUsersOwnIsLeftAlone();
    void thePackagesUnitIsNotThisStoresUntilTurnedOn();
    void aDropInOrAFailedStartIsSaid();
    void aDistributionsDropInForEveryServiceIsNoObstacle();
    void turnOffSaysWhenItStillStartsAtLogin();
    void aUserManagerThatCannotBeReachedIsSaid();
    void noSystemctlIsSaid();
    void aMissingAlmanacdIsSaid();
    void aStepIsWaitedForToItsEnd();

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
    qputenv("XDG_CONFIG_HOME", m_dir.filePath("config").toUtf8());
    qputenv("FAKE_SYSTEMCTL_LOG", m_dir.filePath("asked.log").toUtf8());
    qputenv("FAKE_SYSTEMCTL_STATE", m_dir.filePath("state").toUtf8());
    qputenv("FAKE_SYSTEMCTL_UNIT_DIR", QFileInfo(AlmanacdAtLogin::unitFilePath()).path().toUtf8());
    qputenv("LANG", "de_DE.UTF-8"); // systemctl's words are read in the C locale all the same
    m_store = m_dir.filePath("100% plan $HOME \"team\".sqlite");
}

void TestAlmanacdAtLogin::init()
{
    qputenv("PATH", m_path.toUtf8());
    for (const char *name : {"FAKE_SYSTEMCTL_FAIL", "FAKE_SYSTEMCTL_START_FAILS", "FAKE_SYSTEMCTL_DIES", "FAKE_SYSTEMCTL_SLOW",
                             "FAKE_SYSTEMCTL_GLOBAL", "FAKE_SYSTEMCTL_PACKAGE_UNIT", "FAKE_SYSTEMCTL_DROPIN"})
        qunsetenv(name);
    for (const QString &file : {m_dir.filePath("asked.log"), m_dir.filePath("state"), m_dir.filePath("state.active"),
                                m_dir.filePath("state.dying"), AlmanacdAtLogin::unitFilePath()})
        QFile::remove(file);
}

QStringList TestAlmanacdAtLogin::asked() const
{
    QFile log(m_dir.filePath("asked.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines) // "--user show almanacd.service -p …" reads as "--user show"
        if (line.startsWith(u"--user show "))
            line = QStringLiteral("--user show");
    return lines;
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
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QByteArray>("execStart");
    const QString almanacd = QStringLiteral("/usr/bin/almanacd");
    QTest::newRow("plain") << almanacd << "/home/ana/.local/share/almanac/almanac.sqlite"
                           << QByteArray("ExecStart=\"/usr/bin/almanacd\" --db \"/home/ana/.local/share/almanac/almanac.sqlite\"");
    // systemd expands % and $ and reads C escapes inside quotes: each is doubled or escaped.
    QTest::newRow("spaces and specials")
        << almanacd << "/home/ana/Q4 100% $HOME \"team\" \\ plan.sqlite"
        << QByteArray("ExecStart=\"/usr/bin/almanacd\" --db \"/home/ana/Q4 100%% $$HOME \\\"team\\\" \\\\ plan.sqlite\"");
    QTest::newRow("not ascii") << almanacd << "/home/zoë/Plan 日本.sqlite"
                               << QByteArray("ExecStart=\"/usr/bin/almanacd\" --db \"/home/zo\xC3\xAB/Plan \xE6\x97\xA5\xE6\x9C\xAC.sqlite\"");
    QTest::newRow("a program in a folder with a space and a %")
        << "/opt/Almanac 100%/almanacd" << "/s.sqlite" << QByteArray("ExecStart=\"/opt/Almanac 100%%/almanacd\" --db \"/s.sqlite\"");
    // Refused whole: no second line can be slipped into the unit, and no
    // program path that systemd would not run as written.
    QTest::newRow("a line break") << almanacd << "/home/ana/a\nExecStartPost=/bin/evil" << QByteArray();
    QTest::newRow("a tab") << almanacd << "/home/ana/a\tb.sqlite" << QByteArray();
    QTest::newRow("a $ in the program's folder") << "/opt/a$b/almanacd" << "/s.sqlite" << QByteArray();
    QTest::newRow("a quote in the program's folder") << "/opt/a\"b/almanacd" << "/s.sqlite" << QByteArray();
    QTest::newRow("an apostrophe in the program's folder") << "/opt/ana's/almanacd" << "/s.sqlite" << QByteArray();
    QTest::newRow("a backslash in the program's folder") << "/opt/a\\b/almanacd" << "/s.sqlite" << QByteArray();
}

void TestAlmanacdAtLogin::unitTextQuotesForSystemd()
{
    QFETCH(QString, program);
    QFETCH(QString, store);
    QFETCH(QByteArray, execStart);
    const QByteArray text = AlmanacdAtLogin::unitText(program, store);
    if (execStart.isEmpty()) {
        QVERIFY(text.isEmpty());
        return;
    }
    const QList<QByteArray> lines = text.split('\n');
    QVERIFY2(lines.contains(execStart), text.constData());
    QCOMPARE(lines.count("[Service]"), qsizetype(1));
    QVERIFY(lines.contains("Type=exec"));
    QVERIFY(lines.contains("StartLimitBurst=5"));
    QVERIFY(lines.contains("WantedBy=default.target"));
}

void TestAlmanacdAtLogin::turnOnWritesTheUnitAndStartsIt()
{
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    setup.setSettleTime(10);
    QString detail = QStringLiteral("unset");
    QCOMPARE(stateOf(setup, &detail), AlmanacdAtLogin::State::Off); // no unit at all
    QCOMPARE(detail, QString());
    QCOMPARE(QFile(m_dir.filePath("asked.log.locale")).exists(), true);
    QFile locale(m_dir.filePath("asked.log.locale"));
    QVERIFY(locale.open(QIODevice::ReadOnly));
    QCOMPARE(locale.readAll().trimmed(), QByteArray("C"));

    const auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOn);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains("starts when you log in"), qPrintable(message));
    // Restarted, not only enabled: an almanacd already running takes the new command line;
    // then asked again a moment later, as started is not yet running.
    QCOMPARE(asked(), (QStringList{"--user show", "--user daemon-reload", "--user show", "--user enable almanacd.service",
                                   "--user restart almanacd.service", "--user show"}));
    QFile unit(AlmanacdAtLogin::unitFilePath());
    QVERIFY(unit.fileName().startsWith(m_dir.filePath("config/systemd/user/")));
    QVERIFY(unit.open(QIODevice::ReadOnly));
    const QByteArray text = unit.readAll();
    QCOMPARE(text, AlmanacdAtLogin::unitText(QStringLiteral(ALMANAC_DAEMON), m_store));
    const QByteArray storeArgument = "--db \"" + m_dir.path().toUtf8() + "/100%% plan $$HOME \\\"team\\\".sqlite\"";
    QVERIFY2(text.contains(storeArgument), text.constData());
    QCOMPARE(stateOf(setup, &detail), AlmanacdAtLogin::State::On);
    QCOMPARE(detail, QString()); // running

    // The same unit for another store is not this store's.
    AlmanacdAtLogin other(m_dir.filePath("other.sqlite"), QStringLiteral(ALMANAC_DAEMON));
    QCOMPARE(stateOf(other, &detail), AlmanacdAtLogin::State::Off);
    QVERIFY2(detail.contains("already starts at login") && detail.contains(AlmanacdAtLogin::unitFilePath()),
             qPrintable(detail));
}

void TestAlmanacdAtLogin::turnOffStopsItAndRemovesOnlyItsOwnUnit()
{
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    setup.setSettleTime(10);
    QVERIFY(outcome(setup, &AlmanacdAtLogin::turnOn).first);
    QVERIFY(QFile::exists(AlmanacdAtLogin::unitFilePath()));
    QFile::remove(m_dir.filePath("asked.log"));
    const auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOff);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains("almanacd has stopped"), qPrintable(message));
    QCOMPARE(asked(), (QStringList{"--user disable --now almanacd.service", "--user daemon-reload", "--user show"}));
    QVERIFY(!QFile::exists(AlmanacdAtLogin::unitFilePath()));
    QVERIFY(!QFile::exists(m_dir.filePath("state.active")));
    QCOMPARE(stateOf(setup), AlmanacdAtLogin::State::Off);
}

void TestAlmanacdAtLogin::aUnitOfTheUsersOwnIsLeftAlone()
{
    QVERIFY(QDir().mkpath(QFileInfo(AlmanacdAtLogin::unitFilePath()).path()));
    QFile own(AlmanacdAtLogin::unitFilePath());
    QVERIFY(own.open(QIODevice::WriteOnly));
    const QByteArray theirs = "[Service]\nExecStart=/opt/almanacd --interval 60\n";
    own.write(theirs);
    own.close();
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    setup.setSettleTime(10);
    QCOMPARE(stateOf(setup), AlmanacdAtLogin::State::Off);
    const auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOn);
    QVERIFY(!ok);
    QVERIFY2(message.contains("a unit of your own"), qPrintable(message));
    QVERIFY(own.open(QIODevice::ReadOnly));
    QCOMPARE(own.readAll(), theirs); // not overwritten
    QVERIFY(!asked().contains("--user daemon-reload"));
}

void TestAlmanacdAtLogin::thePackagesUnitIsNotThisStoresUntilTurnedOn()
{
    // The package's unit, enabled: it runs /usr/bin/almanacd on the default store, not on this one.
    qputenv("FAKE_SYSTEMCTL_PACKAGE_UNIT", "/usr/lib/systemd/user/almanacd.service");
    QFile state(m_dir.filePath("state"));
    QVERIFY(state.open(QIODevice::WriteOnly) && state.write("enabled\n"));
    state.close();
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    setup.setSettleTime(10);
    QString detail;
    QCOMPARE(stateOf(setup, &detail), AlmanacdAtLogin::State::Off);
    QVERIFY2(detail.contains("/usr/lib/systemd/user/almanacd.service"), qPrintable(detail));
    // Turning on puts Almanac's unit for this store in its place.
    QVERIFY(outcome(setup, &AlmanacdAtLogin::turnOn).first);
    QCOMPARE(stateOf(setup), AlmanacdAtLogin::State::On);
}

void TestAlmanacdAtLogin::aDropInOrAFailedStartIsSaid()
{
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    setup.setSettleTime(10);
    // A drop-in (systemctl --user edit) would change what runs: refused, not enabled.
    qputenv("FAKE_SYSTEMCTL_DROPIN", "/home/ana/.config/systemd/user/almanacd.service.d/override.conf");
    auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOn);
    QVERIFY(!ok);
    QVERIFY2(message.contains("override.conf"), qPrintable(message));
    QVERIFY(!asked().contains("--user enable almanacd.service"));
    QVERIFY(!QFile::exists(AlmanacdAtLogin::unitFilePath())); // what was written for nothing is gone
    qunsetenv("FAKE_SYSTEMCTL_DROPIN");

    // An almanacd that cannot run: enabled, but said not to have started.
    qputenv("FAKE_SYSTEMCTL_START_FAILS", "1");
    std::tie(ok, message) = outcome(setup, &AlmanacdAtLogin::turnOn);
    QVERIFY(!ok);
    QVERIFY2(message.contains("did not start") && message.contains("Job for almanacd.service failed"), qPrintable(message));
    QString detail;
    QCOMPARE(stateOf(setup, &detail), AlmanacdAtLogin::State::On);
    QVERIFY2(detail.contains("not running (systemd says: exit-code)"), qPrintable(detail)); // between two tries
    qunsetenv("FAKE_SYSTEMCTL_START_FAILS");
    QVERIFY(outcome(setup, &AlmanacdAtLogin::turnOff).first);

    // One that starts and exits at once (a store it cannot open): started is not running.
    qputenv("FAKE_SYSTEMCTL_DIES", "1");
    std::tie(ok, message) = outcome(setup, &AlmanacdAtLogin::turnOn);
    QVERIFY(!ok);
    QVERIFY2(message.contains("did not start") && message.contains("exit-code"), qPrintable(message));
}

void TestAlmanacdAtLogin::aDistributionsDropInForEveryServiceIsNoObstacle()
{
    // Fedora gives every user service a drop-in of its own; what almanacd runs is still Almanac's unit.
    qputenv("FAKE_SYSTEMCTL_DROPIN", "/usr/lib/systemd/user/service.d/10-timeout-abort.conf");
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    setup.setSettleTime(10);
    const auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOn);
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(stateOf(setup), AlmanacdAtLogin::State::On);
}

void TestAlmanacdAtLogin::turnOffSaysWhenItStillStartsAtLogin()
{
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    setup.setSettleTime(10);
    QVERIFY(outcome(setup, &AlmanacdAtLogin::turnOn).first);
    // Enabled for every user as well (systemctl --global): disabling this user's does not stop that.
    qputenv("FAKE_SYSTEMCTL_GLOBAL", "1");
    qputenv("FAKE_SYSTEMCTL_PACKAGE_UNIT", "/usr/lib/systemd/user/almanacd.service");
    const auto [ok, message] = outcome(setup, &AlmanacdAtLogin::turnOff);
    QVERIFY(!ok);
    QVERIFY2(message.contains("still starts at login") && message.contains("/usr/lib/systemd/user/almanacd.service"),
             qPrintable(message));
}

void TestAlmanacdAtLogin::aUserManagerThatCannotBeReachedIsSaid()
{
    qputenv("FAKE_SYSTEMCTL_FAIL", "1");
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    setup.setSettleTime(10);
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
    setup.setSettleTime(10);
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

// Quitting while a step runs: waitForStep runs it to its end (every call of
// the chain), not stopping half way with a unit written but not started.
void TestAlmanacdAtLogin::aStepIsWaitedForToItsEnd()
{
    qputenv("FAKE_SYSTEMCTL_SLOW", "0.2");
    AlmanacdAtLogin setup(m_store, QStringLiteral(ALMANAC_DAEMON));
    setup.setSettleTime(10);
    QSignalSpy finished(&setup, &AlmanacdAtLogin::finished);
    setup.turnOn();
    QVERIFY(setup.isBusy());
    setup.waitForStep();
    QVERIFY(!setup.isBusy());
    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(asked().contains("--user restart almanacd.service"));
    setup.waitForStep(); // nothing under way: returns at once
}

QTEST_GUILESS_MAIN(TestAlmanacdAtLogin)
#include "tst_almanacdatlogin.moc"
