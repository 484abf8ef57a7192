// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform: real widgets, a real store.
#include "calendar/calendarwidget.h"
#include "itemmodels/calendarmodel.h"
#include "mainwindow/backupactions.h"
#include "mainwindow/mainwindow.h"
#include "store/postrepository.h"
#include "teststore.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QStandardPaths>
#include <QTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QDir>

using namespace Almanac;


class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QApplication::setApplicationName(QStringLiteral("almanac-test"));
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    }
    void startsEmptyWithAWayForward();
    void statusFilterNarrowsTheList();
    void backUpAndRestoreThroughTheWindow();
};

void TestMainWindow::startsEmptyWithAWayForward()
{
    Test::TestStore store;
    MainWindow window(store.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The calendar is there to double-click on, with a hint and the import one click away.
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("monthView"))->isVisible());
    QWidget *bar = window.findChild<QWidget *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("Double-click a day")));
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("messageAction"))->text(), QStringLiteral("Import CSV…"));
    QAction *import = window.findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
}

void TestMainWindow::statusFilterNarrowsTheList()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    PostRepository posts(store.connection());
    for (PostStatus s : {PostStatus::Draft, PostStatus::Scheduled, PostStatus::Scheduled}) {
        Post p;
        p.content = QStringLiteral("p");
        p.status = s;
        p.scheduledAt = 1776762000; // 2026-04-21T09:00:00Z, in the month on screen
        QVERIFY(posts.insert(p).ok());
    }
    MainWindow window(store.database());
    window.show();
    QCOMPARE(window.calendarModel()->rowCount(), 3);
    auto *label = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("1 draft(s) · 2 scheduled")), qPrintable(label->text()));
    auto *statuses = window.findChild<QListWidget *>(QStringLiteral("statusFilter"));
    statuses->item(int(PostStatus::Draft))->setCheckState(Qt::Unchecked);
    QCOMPARE(window.calendarModel()->rowCount(), 2);
    QVERIFY2(label->text().contains(QStringLiteral("0 draft(s) · 2 scheduled")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("1 hidden by filters")), qPrintable(label->text()));
    statuses->item(int(PostStatus::Scheduled))->setCheckState(Qt::Unchecked);
    QCOMPARE(window.calendarModel()->rowCount(), 0);
    window.close(); // the filter is remembered
    MainWindow again(store.database());
    QCOMPARE(again.calendarModel()->rowCount(), 0);
    auto *restored = again.findChild<QListWidget *>(QStringLiteral("statusFilter"));
    restored->item(int(PostStatus::Draft))->setCheckState(Qt::Checked);
    restored->item(int(PostStatus::Scheduled))->setCheckState(Qt::Checked);
    QCOMPARE(again.calendarModel()->rowCount(), 3);
    again.close();
}


void TestMainWindow::backUpAndRestoreThroughTheWindow()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    PostRepository posts(store.connection());
    for (int i = 0; i < 3; ++i) {
        Post p;
        p.content = QStringLiteral("kept %1").arg(i);
        p.status = PostStatus::Scheduled;
        p.scheduledAt = 1776762000 + i * 3600;
        QVERIFY(posts.insert(p).ok());
    }
    MainWindow window(store.database());
    window.show();
    QCOMPARE(window.calendarModel()->rowCount(), 3);
    auto *backups = window.findChild<BackupActions *>();
    QVERIFY(backups);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("backUpAction"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QSignalSpy finished(backups, &BackupActions::finished);
    QSignalSpy messages(backups, &BackupActions::message);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.sqlite"));
    backups->backUp(file);
    QVERIFY(finished.wait(20000));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(messages.last().at(1).toBool(), false);

    // After the backup: one more post and an undo step about it.
    Post later;
    later.content = QStringLiteral("added after the backup");
    later.status = PostStatus::Scheduled;
    later.scheduledAt = 1776762000 + 86400;
    QVERIFY(posts.insert(later).ok());
    window.calendarModel()->reload();
    QCOMPARE(window.calendarModel()->rowCount(), 4);
    auto *undo = window.findChild<QUndoStack *>();
    QVERIFY(undo);
    undo->push(new QUndoCommand(QStringLiteral("a step about the store before")));
    QCOMPARE(undo->count(), 1);

    backups->restore(file);
    QVERIFY(finished.wait(20000));
    QCOMPARE(messages.last().at(1).toBool(), false);
    // The window shows the restored store at once, and has forgotten steps it can no longer undo.
    QCOMPARE(window.calendarModel()->rowCount(), 3);
    QCOMPARE(undo->count(), 0);
    // The store as it was is kept where the message says.
    const QString said = messages.last().at(0).toString();
    QVERIFY2(said.contains(QStringLiteral("before-restore-")), qPrintable(said));

    // A file that is not a backup is refused with a reason and changes nothing.
    const QString bogus = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    backups->restore(bogus);
    QVERIFY(finished.wait(20000));
    QCOMPARE(messages.last().at(1).toBool(), true);
    QCOMPARE(window.calendarModel()->rowCount(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
