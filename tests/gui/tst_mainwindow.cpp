// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform: real widgets, a real store.
#include "calendar/calendarwidget.h"
#include "itemmodels/calendarmodel.h"
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
