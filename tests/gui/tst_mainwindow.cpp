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

namespace {

// Clicks the button whose text starts with `text` in the next message box that
// opens, and remembers which box it was.
class MessageBoxClicker : public QObject
{
public:
    explicit MessageBoxClicker(const QString &text)
        : m_text(text)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }
    QString boxName;
    QString boxText;

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().startsWith(m_text)) {
                boxName = box->objectName();
                boxText = box->text() + u'\n' + box->informativeText() + u'\n' + box->detailedText();
                m_timer.stop();
                b->click();
                return;
            }
        }
    }
    QString m_text;
    QTimer m_timer;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString writeCsv(Test::TestStore &store, const QByteArray &content)
    {
        const QString path = store.dir() + QStringLiteral("/plan.csv");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QApplication::setApplicationName(QStringLiteral("almanac-test"));
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    }
    void startsEmptyWithAWayForward();
    void dropACsvImportsIt();
    void invalidRowsAreShownAndNothingIsWritten();
    void validRowsOnlyOnRequest();
    void refusedFileSaysWhy();
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

void TestMainWindow::dropACsvImportsIt()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    const QString csv = writeCsv(store, "content,integrations,schedule_at\nDropped,x,2026-05-01T09:00:00Z\n"
                                        "Second,x,2026-05-02T09:00:00Z\n");
    MainWindow window(store.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    MessageBoxClicker clicker(QStringLiteral("Import 2 post"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    QTRY_COMPARE_WITH_TIMEOUT(window.calendarModel()->rowCount(), 2, 10000);
    QCOMPARE(clicker.boxName, QStringLiteral("importConfirmBox"));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("messageBar"))->isVisible());
    QCOMPARE(PostRepository(store.connection()).count(), qint64(2));
}

void TestMainWindow::invalidRowsAreShownAndNothingIsWritten()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    const QString csv = writeCsv(store, "content,integrations,schedule_at\nGood,x,2026-05-01T09:00:00Z\n"
                                        "Late,x,2025-01-01T09:00:00Z\nNowhere,myspace,2026-05-01T09:00:00Z\n");
    MainWindow window(store.database());
    window.show();
    MessageBoxClicker clicker(QStringLiteral("Cancel"));
    window.importCsv(csv);
    QTRY_COMPARE_WITH_TIMEOUT(clicker.boxName, QStringLiteral("importErrorsBox"), 10000);
    QVERIFY2(clicker.boxText.contains(QStringLiteral("2 of 3 rows have errors")), qPrintable(clicker.boxText));
    QVERIFY2(clicker.boxText.contains(QStringLiteral("Row 3, schedule_at:")), qPrintable(clicker.boxText));
    QVERIFY2(clicker.boxText.contains(QStringLiteral("Row 4, integrations:")), qPrintable(clicker.boxText));
    QTest::qWait(50);
    QCOMPARE(PostRepository(store.connection()).count(), qint64(0));
}

void TestMainWindow::validRowsOnlyOnRequest()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    const QString csv = writeCsv(store, "content,integrations,schedule_at\nGood,x,2026-05-01T09:00:00Z\n"
                                        "Late,x,2025-01-01T09:00:00Z\n");
    MainWindow window(store.database());
    window.show();
    MessageBoxClicker clicker(QStringLiteral("Import the 1 valid row"));
    window.importCsv(csv);
    QTRY_COMPARE_WITH_TIMEOUT(window.calendarModel()->rowCount(), 1, 10000);
    QCOMPARE(PostRepository(store.connection()).count(), qint64(1));
}

void TestMainWindow::refusedFileSaysWhy()
{
    Test::TestStore store;
    const QString csv = writeCsv(store, "content,integrations,schedule_at\ncaf\xe9,x,\n");
    MainWindow window(store.database());
    window.show();
    MessageBoxClicker clicker(QStringLiteral("OK"));
    window.importCsv(csv);
    QTRY_COMPARE_WITH_TIMEOUT(clicker.boxName, QStringLiteral("importRefusedBox"), 10000);
    QVERIFY2(clicker.boxText.contains(QStringLiteral("Line 2, byte 36")), qPrintable(clicker.boxText));
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
