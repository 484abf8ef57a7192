// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop integration: one window per store (a second `almanac FILE` hands the
// file over and ends), File → Open Recent, the tray icon and its pause.
#include "app/publish/backgroundscheduler.h"
#include "app/secrets/secretstore.h"
#include "app/settings/appsettings.h"
#include "teststore.h"
#include "ui/importwizard/importwizard.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/singleinstance.h"
#include "ui/mainwindow/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLocalServer>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Almanac;

namespace {

QString writeCsv(const QTemporaryDir &dir, const QString &name)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("content,integrations,schedule_at\nHello,int_x,2026-04-25T09:00:00Z\n");
    return f.fileName();
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QApplication::setApplicationName(QStringLiteral("almanac-tst_desktop")); // its own settings: GUI tests run side by side
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void aSecondStartHandsItsFileToTheFirst();
    void aStaleSocketDoesNotStopTheFirstWindow();
    void recentFilesReopenAndForgetMissingOnes();
    void trayPausesPublishingAndTellsTheDesktop();
};

void TestDesktop::aSecondStartHandsItsFileToTheFirst()
{
    Test::TestStore store;
    store.database().close();
    QTemporaryDir dir;
    const QString csv = writeCsv(dir, "plan.csv");
    SingleInstance first(store.path());
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::filesReceived);

    // The real program, started as the desktop's "Open with" would start it.
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    second.setProcessEnvironment(env);
    second.start(ALMANAC_DESKTOP, {"--db", store.path(), csv});
    QVERIFY(second.waitForStarted(10000));
    QVERIFY(received.wait(20000));
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0); // it ended: no second window
    QCOMPARE(received.first().at(0).toStringList(), QStringList{csv});

    // The window that gets them comes forward and opens the file.
    Test::TestStore windowStore(QStringLiteral("window"));
    windowStore.addIntegration("int_x", "x");
    MainWindow window(windowStore.database());
    window.show();
    window.openFiles({csv});
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());

    // Another store is another window: nobody answers for it.
    Test::TestStore other(QStringLiteral("other"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!SingleInstance(other.path()).handOver({csv}, 2000));
    QVERIFY(SingleInstance(other.path()).serverName() != first.serverName());
}

void TestDesktop::aStaleSocketDoesNotStopTheFirstWindow()
{
    Test::TestStore store;
    // A socket file left by a crashed instance: a server that no longer answers.
    SingleInstance probe(store.path());
    {
        QLocalServer crashed;
        crashed.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(crashed.listen(probe.serverName()));
        crashed.close(); // on Unix the file may stay behind after a crash; listen() must cope
    }
    QVERIFY(!probe.handOver({}, 500));
    SingleInstance first(store.path());
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    bool handed = false;
    QThread *client = QThread::create([&] { handed = SingleInstance(store.path()).handOver({}, 5000); });
    client->start();
    QVERIFY(received.wait(10000));
    client->wait();
    delete client;
    QVERIFY(handed);
    QCOMPARE(received.first().at(0).toStringList(), QStringList());
}

void TestDesktop::recentFilesReopenAndForgetMissingOnes()
{
    QSettings().clear();
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    QTemporaryDir dir;
    const QString a = writeCsv(dir, "first.csv");
    const QString b = writeCsv(dir, "second.csv");
    MainWindow window(store.database());
    window.show();
    for (const QString &file : {a, b}) {
        ImportWizard *wizard = window.importCsv(file);
        QVERIFY(wizard);
        wizard->reject();
        QTRY_VERIFY(!window.findChild<ImportWizard *>() || !window.findChild<ImportWizard *>()->isVisible());
        QApplication::processEvents();
    }
    QCOMPARE(AppSettings().recentFiles(), QStringList({b, a})); // newest first

    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY2(texts.mid(0, 2) == QStringList({"&1 second.csv", "&2 first.csv"}), qPrintable(texts.join(u'|')));

    // A file gone since is said so and taken off the list.
    QVERIFY(QFile::remove(a));
    menu->actions().at(1)->trigger();
    QCOMPARE(AppSettings().recentFiles(), QStringList{b});
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("messageText"))->text().contains("first.csv"));
    // Clear List empties it.
    QMetaObject::invokeMethod(menu, "aboutToShow");
    menu->actions().last()->trigger();
    QVERIFY(AppSettings().recentFiles().isEmpty());
}

void TestDesktop::trayPausesPublishingAndTellsTheDesktop()
{
    QSettings().clear();
    Test::TestStore store;
    store.addIntegration("int_hook", "webhook");
    MainWindow window(store.database());
    window.show();
    MemorySecretStore secrets;
    window.startSync(&secrets);
    TrayIcon *tray = window.trayIcon();
    QVERIFY(window.findChild<BackgroundScheduler *>());
    QVERIFY2(tray->toolTip().contains("publishing"), qPrintable(tray->toolTip()));
    QVERIFY2(tray->toolTip().contains("0 post(s) scheduled"), qPrintable(tray->toolTip()));

    // Pause Publishing in the tray's menu stops the window's scheduler, and resumes it.
    QAction *pause = nullptr;
    for (QAction *a : tray->menu()->actions())
        if (a->objectName() == u"trayPauseAction")
            pause = a;
    QVERIFY(pause);
    pause->trigger();
    QVERIFY(pause->isChecked());
    QVERIFY(!window.findChild<BackgroundScheduler *>());
    QVERIFY2(tray->toolTip().contains("paused"), qPrintable(tray->toolTip()));
    QVERIFY(AppSettings().publishWhileOpen()); // a pause, not a setting
    pause->trigger();
    QVERIFY(!pause->isChecked());
    QVERIFY(window.findChild<BackgroundScheduler *>());

    // Notifications go to the desktop (the signal says what was shown).
    QSignalSpy notified(tray, &TrayIcon::notified);
    tray->notify("Almanac", "Published 2 posts.", false);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(1).toString(), QStringLiteral("Published 2 posts."));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
