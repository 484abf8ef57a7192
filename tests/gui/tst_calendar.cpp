// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar and the composer on the offscreen platform: real widgets driven
// by object name, a real store.
#include "app/settings/appsettings.h"
#include "calendarfixture.h"
#include "fakehttpserver.h"
#include "models/domain/clock.h"
#include "models/domain/threadtext.h"
#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/itemmodels/postlistmodel.h"
#include "models/store/postrepository.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/calendar/daypopup.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/weekview.h"
#include "ui/composer/composerdialog.h"
#include "ui/composer/postpreview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/media/thumbnails.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QItemSelectionModel>
#include <QBuffer>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDragEnterEvent>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTimer>
#include <QUndoStack>

#include <sys/stat.h>

using namespace Almanac;

using namespace Almanac::Test;

class TestCalendar : public QObject
{
    Q_OBJECT

private:
    QWidget *monthViewport(MainWindow &window)
    {
        return window.calendar()->monthView()->viewport();
    }

    QPoint chipCentre(MainWindow &window, const QString &id)
    {
        const QRect r = window.calendar()->monthView()->chipRect(id);
        if (r.isEmpty())
            qFatal("no chip for %s", qPrintable(id));
        return r.center();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QApplication::setApplicationName(QStringLiteral("almanac-tst_calendar")); // its own settings: GUI tests run side by side
        QStandardPaths::setTestModeEnabled(true);
    }

    void composerCreatesAPostShownInTheMonth()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_bsky", "bluesky");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        QVERIFY(composer->isVisible());
        auto *text = composer->findChild<QPlainTextEdit *>(QStringLiteral("baseText"));
        QTest::keyClicks(text, QStringLiteral("Spring menu is live"));
        auto *schedule = composer->findChild<QPushButton *>(QStringLiteral("scheduleButton"));
        QVERIFY(schedule->isEnabled());
        QTest::mouseClick(schedule, Qt::LeftButton);
        QVERIFY(!composer->isVisible());

        const QList<Post> posts = PostRepository(store.connection()).query({});
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().content, QStringLiteral("Spring menu is live"));
        QCOMPARE(posts.first().scheduledAt.value(), utc("2026-04-24T10:00:00Z"));
        QCOMPARE(posts.first().status, PostStatus::Scheduled);
        QCOMPARE(posts.first().targets.size(), 2);
        QVERIFY(!window->calendar()->monthView()->chipRect(posts.first().id).isEmpty());
        QCOMPARE(window->calendar()->selectedPostIds(), QStringList{posts.first().id});
        // The new post is one undo step.
        window->undoStack()->undo();
        QCOMPARE(PostRepository(store.connection()).count(), qint64(0));
        QCOMPARE(window->calendarModel()->rowCount(), 0);
    }

    void composerRefusesToScheduleInThePast()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 10), 9 * 60);
        QTest::keyClicks(composer->findChild<QPlainTextEdit *>(QStringLiteral("baseText")), QStringLiteral("Late"));
        QVERIFY(!composer->findChild<QPushButton *>(QStringLiteral("scheduleButton"))->isEnabled());
        auto *error = composer->findChild<QLabel *>(QStringLiteral("error_schedule_at"));
        QVERIFY(error->isVisibleTo(composer));
        QVERIFY2(error->text().contains(QStringLiteral("is in the past")), qPrintable(error->text()));
        // In the window's time and zone, as the When field writes it; not ISO UTC.
        const QString shown = shortDateTime(QDate(2026, 4, 10), 9 * 60) + QStringLiteral(" (UTC)");
        QVERIFY2(error->text().contains(shown) && !error->text().contains(QStringLiteral("T09:00:00Z")), qPrintable(error->text()));
        // A draft may still be kept.
        QVERIFY(composer->findChild<QPushButton *>(QStringLiteral("saveDraftButton"))->isEnabled());
        composer->reject();
    }

    void counterTurnsRedPastEachPlatformsLimit()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_bsky", "bluesky");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        auto *text = composer->findChild<QPlainTextEdit *>(QStringLiteral("baseText"));
        auto *x = composer->findChild<QLabel *>(QStringLiteral("counter_x"));
        auto *bsky = composer->findChild<QLabel *>(QStringLiteral("counter_bluesky"));
        auto *schedule = composer->findChild<QPushButton *>(QStringLiteral("scheduleButton"));
        QVERIFY(x && bsky);

        text->setPlainText(QString(280, u'a'));
        QCOMPARE(x->text(), QStringLiteral("280 / 280"));
        QCOMPARE(x->property("overLimit").toBool(), false);
        QVERIFY(schedule->isEnabled());
        // 281 weighted characters for X: 140 CJK characters (2 each) and one letter.
        text->setPlainText(QString(140, QChar(0x6F22)) + u'a');
        QCOMPARE(x->text(), QStringLiteral("281 / 280"));
        QCOMPARE(x->property("overLimit").toBool(), true);
        QCOMPARE(bsky->property("overLimit").toBool(), false);
        QVERIFY(!schedule->isEnabled());
        QVERIFY(composer->findChild<QLabel *>(QStringLiteral("error_x"))->text().contains(QStringLiteral("281 characters")));

        // 300 graphemes fit Bluesky; 301 (each "é" written as e + a combining accent) do not.
        const QString e = QStringLiteral("e\u0301");
        text->setPlainText(e.repeated(300));
        QCOMPARE(bsky->text(), QStringLiteral("300 / 300"));
        QCOMPARE(bsky->property("overLimit").toBool(), false);
        text->setPlainText(e.repeated(301));
        QCOMPARE(bsky->text(), QStringLiteral("301 / 300"));
        QCOMPARE(bsky->property("overLimit").toBool(), true);
        QVERIFY(bsky->styleSheet().contains(QStringLiteral("#d73027")));
        // Bluesky's other limit: 3,000 bytes. 121 family emoji are 121 characters and 3,025 bytes.
        const QString family = QStringLiteral("👩‍👩‍👧‍👦");
        text->setPlainText(family.repeated(120));
        QCOMPARE(bsky->property("overLimit").toBool(), false);
        text->setPlainText(family.repeated(121));
        QCOMPARE(bsky->text(), QStringLiteral("121 / 300 · 3025 / 3000 bytes"));
        QCOMPARE(bsky->property("overLimit").toBool(), true);
        composer->reject();
    }

    void overrideAndThreadSplit()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_li", "linkedin");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        QString longText;
        for (int i = 0; i < 12; ++i)
            longText += QStringLiteral("Sentence number %1 tells a little more of the story. ").arg(i);
        composer->findChild<QPlainTextEdit *>(QStringLiteral("baseText"))->setPlainText(longText);
        QVERIFY(composer->findChild<QLabel *>(QStringLiteral("counter_x"))->property("overLimit").toBool());
        QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("split_x")), Qt::LeftButton);
        Post post = composer->post();
        // The thread is X's: the post stays a post, and LinkedIn keeps its one post.
        QCOMPARE(post.postType, QStringLiteral("post"));
        QVERIFY(composer->findChild<QLabel *>(QStringLiteral("error_post_type"))->isHidden());
        QVERIFY(composer->findChild<QPushButton *>(QStringLiteral("scheduleButton"))->isEnabled());
        const QString xText = post.platformOverrides.value(QStringLiteral("x")).toString();
        QVERIFY(xText.contains(QStringLiteral("\n---\n")));
        QVERIFY(xText.contains(QStringLiteral(" 1/3")));
        QVERIFY(!post.platformOverrides.contains(QStringLiteral("linkedin")));
        QVERIFY(!composer->findChild<QLabel *>(QStringLiteral("counter_x"))->property("overLimit").toBool());
        // The parts are edited as parts, each counted.
        auto *thread = composer->findChild<QWidget *>(QStringLiteral("thread_x"));
        QVERIFY(thread->isVisibleTo(composer->findChild<QWidget *>(QStringLiteral("tab_x"))));
        QVERIFY(composer->findChild<QPushButton *>(QStringLiteral("split_x"))->isHidden());
        auto *second = composer->findChild<QPlainTextEdit *>(QStringLiteral("threadPart_x_1"));
        QVERIFY(second);
        QVERIFY(!composer->findChild<QPlainTextEdit *>(QStringLiteral("threadPart_x_3")));
        second->setPlainText(QStringLiteral("A second post, rewritten."));
        QCOMPARE(ThreadText::parts(composer->post().platformOverrides.value(QStringLiteral("x")).toString()).at(1),
                 QStringLiteral("A second post, rewritten."));
        // Merging a part keeps its words in the part above.
        composer->findChild<QPlainTextEdit *>(QStringLiteral("threadPart_x_0"))->setPlainText(QStringLiteral("Part one."));
        QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("mergePart_x_1")), Qt::LeftButton);
        QStringList parts = ThreadText::parts(composer->post().platformOverrides.value(QStringLiteral("x")).toString());
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.first(), QStringLiteral("Part one.\nA second post, rewritten."));
        QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("addPart_x")), Qt::LeftButton);
        QTest::keyClicks(composer->findChild<QPlainTextEdit *>(QStringLiteral("threadPart_x_2")), QStringLiteral("The end."));
        parts = ThreadText::parts(composer->post().platformOverrides.value(QStringLiteral("x")).toString());
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.last(), QStringLiteral("The end."));
        // The preview shows the thread whole.
        QVERIFY(composer->findChild<PostPreview *>(QStringLiteral("preview_x"))->html().contains(QStringLiteral("Post 3 of 3")));

        // Saved and opened again: X's text is still a thread of three, edited by parts.
        QVERIFY(composer->findChild<QPushButton *>(QStringLiteral("scheduleButton"))->isEnabled());
        QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("scheduleButton")), Qt::LeftButton);
        const QList<Post> saved = PostRepository(store.connection()).query({});
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().postType, QStringLiteral("post"));
        ComposerDialog *again = window->openPost(saved.first().id);
        QVERIFY(again->findChild<QWidget *>(QStringLiteral("thread_x"))->isVisibleTo(again->findChild<QWidget *>(QStringLiteral("tab_x"))));
        QVERIFY(again->findChild<QPlainTextEdit *>(QStringLiteral("threadPart_x_2")));
        // Made one post again: the parts' words, one after another.
        QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("joinThread_x")), Qt::LeftButton);
        const QString joined = again->post().platformOverrides.value(QStringLiteral("x")).toString();
        QVERIFY(!joined.contains(QStringLiteral("---")));
        QVERIFY(joined.endsWith(QStringLiteral("The end.")));
        QVERIFY(!again->findChild<QPushButton *>(QStringLiteral("split_x"))->isHidden());
        again->reject();
    }

    void dragAChipToAnotherDayAndUndo()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QString id = addPost(store, utc("2026-04-22T09:00:00Z"));
        auto window = openWindow(store);
        MonthView *month = window->calendar()->monthView();
        drag(month->viewport(), chipCentre(*window, id), month->pointOf(QDate(2026, 4, 24)));
        QCOMPARE(storedTime(store, id), utc("2026-04-24T09:00:00Z"));
        QCOMPARE(window->calendarModel()->localDate(window->calendarModel()->rowOf(id)), QDate(2026, 4, 24));

        QAction *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        undo->trigger();
        QCOMPARE(storedTime(store, id), utc("2026-04-22T09:00:00Z"));
        window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(storedTime(store, id), utc("2026-04-24T09:00:00Z"));
    }

    void ctrlDragCopies()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QString id = addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("Repeat me"));
        auto window = openWindow(store);
        MonthView *month = window->calendar()->monthView();
        drag(month->viewport(), chipCentre(*window, id), month->pointOf(QDate(2026, 4, 29)), Qt::ControlModifier);
        QCOMPARE(PostRepository(store.connection()).count(), qint64(2));
        QCOMPARE(storedTime(store, id), utc("2026-04-22T09:00:00Z"));
        const QStringList selected = window->calendar()->selectedPostIds();
        QCOMPARE(selected.size(), 1);
        QVERIFY(selected.first() != id);
        const Post copy = PostRepository(store.connection()).find(selected.first()).value();
        QCOMPARE(copy.content, QStringLiteral("Repeat me"));
        QCOMPARE(copy.scheduledAt.value(), utc("2026-04-29T09:00:00Z"));
        QCOMPARE(copy.targets.size(), 1);
        window->undoStack()->undo();
        QCOMPARE(PostRepository(store.connection()).count(), qint64(1));
    }

    void dropOnThePastIsRefused()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QString id = addPost(store, utc("2026-04-22T09:00:00Z"));
        auto window = openWindow(store);
        MonthView *month = window->calendar()->monthView();
        // While dragging, the pointer says which days take the post.
        const QPoint from = chipCentre(*window, id);
        QTest::mousePress(month->viewport(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(month->viewport(), from + QPoint(10, 10));
        QTest::mouseMove(month->viewport(), month->pointOf(QDate(2026, 4, 24)));
        QCOMPARE(month->viewport()->cursor().shape(), Qt::ClosedHandCursor);
        QTest::mouseMove(month->viewport(), month->pointOf(QDate(2026, 4, 15)));
        QCOMPARE(month->viewport()->cursor().shape(), Qt::ForbiddenCursor);
        QTest::mouseRelease(month->viewport(), Qt::LeftButton, Qt::NoModifier, month->pointOf(QDate(2026, 4, 15)));
        QCOMPARE(storedTime(store, id), utc("2026-04-22T09:00:00Z"));
        QVERIFY(window->findChild<QWidget *>(QStringLiteral("messageBar"))->isVisible());
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("has passed")));
        QCOMPARE(window->undoStack()->count(), 0);
    }

    void multiSelectMovesTogether()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QString a = addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("A"));
        const QString b = addPost(store, utc("2026-04-23T15:30:00Z"), QStringLiteral("B"));
        const QString c = addPost(store, utc("2026-04-23T18:00:00Z"), QStringLiteral("C"));
        auto window = openWindow(store);
        MonthView *month = window->calendar()->monthView();
        QTest::mouseClick(month->viewport(), Qt::LeftButton, Qt::NoModifier, chipCentre(*window, a));
        QTest::mouseClick(month->viewport(), Qt::LeftButton, Qt::ControlModifier, chipCentre(*window, b));
        QCOMPARE(window->calendar()->selectedPostIds().size(), 2);
        drag(month->viewport(), chipCentre(*window, a), month->pointOf(QDate(2026, 4, 27)));
        QCOMPARE(storedTime(store, a), utc("2026-04-27T09:00:00Z"));
        QCOMPARE(storedTime(store, b), utc("2026-04-28T15:30:00Z"));
        QCOMPARE(storedTime(store, c), utc("2026-04-23T18:00:00Z"));
        QCOMPARE(window->undoStack()->count(), 1); // one step for both
        window->undoStack()->undo();
        QCOMPARE(storedTime(store, a), utc("2026-04-22T09:00:00Z"));
        QCOMPARE(storedTime(store, b), utc("2026-04-23T15:30:00Z"));

        // Shift extends from the anchor, in time order; Delete removes all, undo puts them back.
        QTest::mouseClick(month->viewport(), Qt::LeftButton, Qt::NoModifier, chipCentre(*window, a));
        QTest::mouseClick(month->viewport(), Qt::LeftButton, Qt::ShiftModifier, chipCentre(*window, c));
        QCOMPARE(window->calendar()->selectedPostIds().size(), 3);
        QTest::keyClick(month, Qt::Key_Delete);
        QCOMPARE(PostRepository(store.connection()).count(), qint64(0));
        QCOMPARE(window->calendarModel()->rowCount(), 0);
        window->undoStack()->undo();
        QCOMPARE(PostRepository(store.connection()).count(), qint64(3));
        QCOMPARE(PostRepository(store.connection()).find(b).value().targets.size(), 1);
    }

    void keyboardWalksTheDays()
    {
        Test::TestStore store;
        auto window = openWindow(store);
        MonthView *month = window->calendar()->monthView();
        month->setFocus();
        QCOMPARE(month->currentDate(), QDate(2026, 4, 20));
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(month->currentDate(), QDate(2026, 4, 21));
        QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(month->currentDate(), QDate(2026, 4, 28));
        // Walking off the month brings the next one.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(month->currentDate(), QDate(2026, 5, 19));
        QCOMPARE(month->month(), QDate(2026, 5, 1));
    }

    // Tab walks the posts of the day the keyboard is on, in time order, then
    // leaves the view; Shift+Tab walks back. Enter opens the one selected, and
    // Delete removes it: no mouse needed.
    void tabWalksTheDaysPosts()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QString late = addPost(store, utc("2026-04-23T18:00:00Z"), QStringLiteral("Late"));
        const QString early = addPost(store, utc("2026-04-23T09:00:00Z"), QStringLiteral("Early"));
        addPost(store, utc("2026-04-24T09:00:00Z"), QStringLiteral("Next day"));
        auto window = openWindow(store);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        MonthView *month = window->calendar()->monthView();
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Right);
        QTest::keyClick(month, Qt::Key_Right);
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(month->currentDate(), QDate(2026, 4, 23));
        QTest::keyClick(month, Qt::Key_Tab);
        QCOMPARE(window->calendar()->selectedPostIds(), QStringList{early});
        QTest::keyClick(month, Qt::Key_Tab);
        QCOMPARE(window->calendar()->selectedPostIds(), QStringList{late});
        QTest::keyClick(month, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(window->calendar()->selectedPostIds(), QStringList{early});
        QVERIFY(month->hasFocus());
        QSignalSpy opened(month, &CalendarGridView::postActivated);
        QTest::keyClick(month, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), early);
        auto *composer = window->findChild<ComposerDialog *>();
        QVERIFY(composer && composer->isVisible());
        composer->reject();
        QTRY_VERIFY(!composer->isVisible());
        month->setFocus();
        QVERIFY(month->hasFocus());
        // Past the day's last post, Tab leaves the view as it always does.
        QTest::keyClick(month, Qt::Key_Tab);
        QCOMPARE(window->calendar()->selectedPostIds(), QStringList{late});
        QVERIFY(month->hasFocus());
        QTest::keyClick(month, Qt::Key_Tab);
        QVERIFY(!month->hasFocus());
        // A day without posts: Tab leaves at once.
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Right);
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(month->currentDate(), QDate(2026, 4, 25));
        QTest::keyClick(month, Qt::Key_Tab);
        QVERIFY(!month->hasFocus());
    }

    // Tab reaching a post the month view has under "+N more" says so there.
    void tabToAPostUnderMoreSaysSo()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids.append(addPost(store, utc("2026-04-23T08:00:00Z") + i * 600, QStringLiteral("Post %1").arg(i)));
        auto window = openWindow(store);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        MonthView *month = window->calendar()->monthView();
        QVERIFY(!month->moreLinkRect(QDate(2026, 4, 23)).isEmpty());
        month->setFocus();
        month->setCurrentDate(QDate(2026, 4, 23));
        QTest::keyClick(month, Qt::Key_Backtab, Qt::ShiftModifier); // the day's last post, hidden
        QCOMPARE(window->calendar()->selectedPostIds(), QStringList{ids.last()});
        QVERIFY(month->chipRect(ids.last()).isEmpty());
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Post 11")), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void weekAcrossDaylightSavingLinesUp()
    {
        // Sydney leaves winter time on Sunday 2026-10-04 (02:00 -> 03:00, +10:00 -> +11:00).
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QTimeZone sydney("Australia/Sydney");
        const WallClock clock(sydney);
        QStringList ids;
        for (int day = 28; day <= 34; ++day)
            ids.append(addPost(store, clock.toUtc(QDate(2026, 9, 1).addDays(day - 1), 9 * 60)));
        auto window = openWindow(store, "Australia/Sydney");
        CalendarGridView::setFirstDayOfWeek(Qt::Monday); // the system's may be Sunday (en_US)
        window->calendar()->setMode(CalendarMode::Week);
        window->calendar()->setAnchorDate(QDate(2026, 10, 1));
        WeekView *week = window->calendar()->weekView();
        QCOMPARE(week->firstDay(), QDate(2026, 9, 28));
        QCOMPARE(window->calendarModel()->rowCount(), 7);
        int top = -1;
        for (const QString &id : std::as_const(ids)) {
            const QRect r = week->chipRect(id);
            QVERIFY(!r.isEmpty());
            if (top < 0)
                top = r.top();
            QCOMPARE(r.top(), top); // 09:00 is at the same height on both sides of the change
        }
        // 09:00 on the Saturday (+10:00) dragged to 10:30 on the Sunday (+11:00) keeps wall-clock time.
        const QString saturday = ids.at(5);
        const QRect chip = week->chipRect(saturday);
        const QPoint grab = chip.topLeft() + QPoint(5, 2);
        drag(week->viewport(), grab, week->pointOf(QDate(2026, 10, 4), 10 * 60 + 30));
        QCOMPARE(storedTime(store, saturday), utc("2026-10-03T23:30:00Z"));
        QCOMPARE(isoUtc(storedTime(store, saturday)), QStringLiteral("2026-10-03T23:30:00Z"));
        // And the month view moves a post over the change by whole days, keeping 09:00.
        window->undoStack()->undo();
        window->calendar()->setMode(CalendarMode::Month);
        MonthView *month = window->calendar()->monthView();
        drag(month->viewport(), month->chipRect(saturday).center(), month->pointOf(QDate(2026, 10, 5)));
        QCOMPARE(storedTime(store, saturday), utc("2026-10-04T22:00:00Z")); // 09:00 +11:00
    }

    void moreLinkOpensTheDayPopup()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        for (int i = 0; i < 12; ++i)
            addPost(store, utc("2026-04-22T08:00:00Z") + i * 1800, QStringLiteral("Post %1").arg(i));
        const QString other = addPost(store, utc("2026-04-23T08:00:00Z"), QStringLiteral("Next day"));
        auto window = openWindow(store);
        MonthView *month = window->calendar()->monthView();
        const QRect more = month->moreLinkRect(QDate(2026, 4, 22));
        QVERIFY(!more.isEmpty());
        QVERIFY(month->moreLinkRect(QDate(2026, 4, 23)).isEmpty());
        QTest::mouseClick(month->viewport(), Qt::LeftButton, Qt::NoModifier, more.center());
        auto *popup = window->findChild<DayPopup *>(QStringLiteral("dayPopup"));
        QVERIFY(popup);
        QVERIFY(popup->isVisible());
        QAbstractItemModelTester tester(popup->list()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(popup->list()->model()->rowCount(), 12); // that day's posts, not the next day's
        for (int row = 0; row < 12; ++row)
            QVERIFY(popup->list()->model()->index(row, 0).data(CalendarModel::PostIdRole).toString() != other);
        // Enter on a post opens it in the composer and closes the popup.
        const QString third = popup->list()->model()->index(2, 0).data(CalendarModel::PostIdRole).toString();
        popup->list()->setCurrentIndex(popup->list()->model()->index(2, 0));
        QTest::keyClick(popup->list(), Qt::Key_Return);
        auto *composer = window->findChild<ComposerDialog *>(QStringLiteral("composer"));
        QVERIFY(composer);
        QVERIFY(composer->isVisible());
        QCOMPARE(composer->findChild<QPlainTextEdit *>(QStringLiteral("baseText"))->toPlainText(),
                 PostRepository(store.connection()).find(third).value().content);
        QTRY_VERIFY(!window->findChild<DayPopup *>(QStringLiteral("dayPopup")));
    }

    void ctrlZAndCtrlShiftZUndoAndRedo()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QString id = addPost(store, utc("2026-04-22T09:00:00Z"));
        auto window = openWindow(store);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        MonthView *month = window->calendar()->monthView();
        drag(month->viewport(), chipCentre(*window, id), month->pointOf(QDate(2026, 4, 24)));
        QCOMPARE(storedTime(store, id), utc("2026-04-24T09:00:00Z"));
        QTest::keyClick(month, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedTime(store, id), utc("2026-04-22T09:00:00Z"));
        QTest::keyClick(month, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedTime(store, id), utc("2026-04-24T09:00:00Z"));
    }

    void moveAndTagsDialogsChangeTheSelection()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QString a = addPost(store, utc("2026-04-22T09:00:00Z"));
        const QString b = addPost(store, utc("2026-04-23T17:45:00Z"));
        auto window = openWindow(store);
        window->calendar()->selectPosts({a, b});
        QAction *move = window->findChild<QAction *>(QStringLiteral("moveAction"));
        QVERIFY(move->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("moveDialog"));
            dialog->findChild<QDateEdit *>(QStringLiteral("moveDate"))->setDate(QDate(2026, 5, 6));
            dialog->accept();
        });
        move->trigger();
        // Each keeps its time of day, in one undo step.
        QCOMPARE(storedTime(store, a), utc("2026-05-06T09:00:00Z"));
        QCOMPARE(storedTime(store, b), utc("2026-05-06T17:45:00Z"));
        QCOMPARE(window->undoStack()->count(), 1);

        window->undoStack()->undo();

        // A published post in the selection stays where it went out; the others move.
        const QString published = addPost(store, utc("2026-04-19T09:00:00Z"), QStringLiteral("Went out"));
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE posts SET status = 'published' WHERE id = '%1'").arg(published)));
        window->calendarModel()->reload();
        window->calendar()->selectPosts({a, published});
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QDateEdit *>(QStringLiteral("moveDate"))->setDate(QDate(2026, 5, 6));
            dialog->accept();
        });
        move->trigger();
        QCOMPARE(storedTime(store, a), utc("2026-05-06T09:00:00Z"));
        QCOMPARE(storedTime(store, published), utc("2026-04-19T09:00:00Z"));
        QVERIFY2(window->findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("1 published post(s) stayed")),
                 qPrintable(window->findChild<QLabel *>(QStringLiteral("messageText"))->text()));
        window->undoStack()->undo();

        window->calendar()->selectPosts({a, b});
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("tagsDialog"));
            dialog->findChild<QLineEdit *>(QStringLiteral("addTags"))->setText(QStringLiteral("#launch, spring"));
            dialog->accept();
        });
        window->findChild<QAction *>(QStringLiteral("tagsAction"))->trigger();
        const QStringList tags{QStringLiteral("launch"), QStringLiteral("spring")};
        QCOMPARE(PostRepository(store.connection()).find(a).value().tags, tags);
        QCOMPARE(PostRepository(store.connection()).find(b).value().tags, tags);
        window->undoStack()->undo();
        QVERIFY(PostRepository(store.connection()).find(a).value().tags.isEmpty());
    }

    // The Tags dialog offers the tags in use: a click adds one.
    void theTagsDialogOffersTagsInUse()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QString tagged = addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("Tagged"));
        const QString plain = addPost(store, utc("2026-04-23T09:00:00Z"), QStringLiteral("Plain"));
        QVERIFY(PostRepository(store.connection()).setTags(tagged, {QStringLiteral("launch"), QStringLiteral("q3")}));
        auto window = openWindow(store);
        window->calendarModel()->reload();
        window->calendar()->selectPosts({plain});
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *inUse = dialog->findChild<QLabel *>(QStringLiteral("tagsInUse"));
            QVERIFY(inUse);
            QVERIFY2(inUse->text().contains(QStringLiteral("#launch")) && inUse->text().contains(QStringLiteral("#q3")),
                     qPrintable(inUse->text()));
            Q_EMIT inUse->linkActivated(QStringLiteral("launch"));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("addTags"))->text(), QStringLiteral("launch"));
            dialog->accept();
        });
        window->findChild<QAction *>(QStringLiteral("tagsAction"))->trigger();
        QCOMPARE(PostRepository(store.connection()).find(plain).value().tags, QStringList{QStringLiteral("launch")});
    }

    void undatedDraftDroppedOnADayIsScheduled()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QString idea = addPost(store, std::nullopt, QStringLiteral("An idea"));
        addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("Dated"));
        auto window = openWindow(store);
        QListView *drafts = window->findChild<QListView *>(QStringLiteral("unscheduledView"));
        QVERIFY(drafts->isVisible());
        QCOMPARE(drafts->model()->rowCount(), 1); // only the undated draft
        QCOMPARE(window->calendarModel()->rowCount(), 1);

        // What the list drags out, dropped on a day of the month: a past day is refused.
        auto dropDraft = [&](CalendarGridView *view, QPoint at) {
            std::unique_ptr<QMimeData> mime(drafts->model()->mimeData({drafts->model()->index(0, PostListModel::ContentColumn)}));
            QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDragMoveEvent over(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &over);
            QVERIFY(over.isAccepted());
            QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &drop);
            QVERIFY(drop.isAccepted());
        };
        MonthView *month = window->calendar()->monthView();
        dropDraft(month, month->pointOf(QDate(2026, 4, 15)));
        QCOMPARE(storedTime(store, idea), qint64(-1));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("has passed")));
        dropDraft(month, month->pointOf(QDate(2026, 4, 24)));
        QCOMPARE(storedTime(store, idea), utc("2026-04-24T09:00:00Z")); // the morning, in the month view
        QCOMPARE(PostRepository(store.connection()).find(idea).value().status, PostStatus::Draft);
        QCOMPARE(drafts->model()->rowCount(), 0);
        QCOMPARE(window->calendarModel()->rowCount(), 2);
        QCOMPARE(window->calendar()->selectedPostIds(), QStringList{idea});
        window->undoStack()->undo();
        QCOMPARE(storedTime(store, idea), qint64(-1));
        QCOMPARE(drafts->model()->rowCount(), 1);

        // The week view drops at the time under the pointer.
        window->calendar()->setMode(CalendarMode::Week);
        WeekView *week = window->calendar()->weekView();
        dropDraft(week, week->pointOf(QDate(2026, 4, 21), 14 * 60) + QPoint(0, 2));
        QCOMPARE(storedTime(store, idea), utc("2026-04-21T14:00:00Z"));
    }

    void csvDroppedOnTheCalendarReachesTheWindow()
    {
        Test::TestStore store;
        auto window = openWindow(store);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(store.dir() + QStringLiteral("/plan.csv"))});
        const QPoint at = window->calendar()->monthView()->pointOf(QDate(2026, 4, 24));
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(monthViewport(*window), &enter);
        QVERIFY(enter.isAccepted()); // passed up from the calendar to the window, which imports it
    }

    void listViewSortsTheRange()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        addPost(store, utc("2026-04-23T09:00:00Z"), QStringLiteral("Zebra"));
        addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("Apple"));
        addPost(store, utc("2026-05-02T09:00:00Z"), QStringLiteral("May"));
        auto window = openWindow(store);
        window->findChild<QAction *>(QStringLiteral("listAction"))->trigger();
        QTableView *list = window->calendar()->listView();
        QVERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), 2); // April only
        QCOMPARE(list->model()->index(0, CalendarModel::ContentColumn).data().toString(), QStringLiteral("Apple"));
        list->sortByColumn(CalendarModel::ContentColumn, Qt::DescendingOrder);
        QCOMPARE(list->model()->index(0, CalendarModel::ContentColumn).data().toString(), QStringLiteral("Zebra"));
        window->findChild<QAction *>(QStringLiteral("nextAction"))->trigger();
        QCOMPARE(list->model()->rowCount(), 1);
    }

    // Every other post of a month selected (as an import's are, among posts
    // already there): the same posts read back in month and list view, the
    // selection held in as few ranges as there are runs, and kept over a
    // reload. (Selecting an import's 123k posts once froze the window for two
    // minutes: bench_calendar measures it.)
    void scatteredPostsAreSelectedAndReadBack()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        QStringList chosen;
        for (int i = 0; i < 60; ++i) {
            const QString id = addPost(store, utc("2026-04-01T08:00:00Z") + i * 3600, QStringLiteral("Post %1").arg(i));
            if (i % 2 == 0 || i >= 50) // 25 alone, then a run of ten
                chosen.append(id);
        }
        auto window = openWindow(store);
        CalendarWidget *calendar = window->calendar();
        calendar->selectPosts(chosen);
        QVERIFY(calendar->hasSelectedPosts());
        auto asSet = [](const QStringList &ids) { return QSet<QString>(ids.cbegin(), ids.cend()); };
        QCOMPARE(asSet(calendar->selectedPostIds()), asSet(chosen));
        QCOMPARE(calendar->selectedPostIds().size(), chosen.size()); // each once
        const QItemSelectionModel *grid = nullptr;
        for (const QItemSelectionModel *s : calendar->findChildren<QItemSelectionModel *>())
            if (s->model() == window->calendarModel())
                grid = s;
        QVERIFY(grid);
        QCOMPARE(grid->selection().size(), qsizetype(25 + 1));
        // The list sorted otherwise than the model: its rows are mapped, one by one.
        window->findChild<QAction *>(QStringLiteral("listAction"))->trigger();
        calendar->listView()->sortByColumn(CalendarModel::ContentColumn, Qt::DescendingOrder);
        calendar->selectPosts(chosen);
        QCOMPARE(asSet(calendar->selectedPostIds()), asSet(chosen));
        for (const QModelIndex &row : calendar->listView()->selectionModel()->selectedRows(CalendarModel::ContentColumn))
            QVERIFY2(chosen.contains(row.data(CalendarModel::PostIdRole).toString()), qPrintable(row.data().toString()));
        window->calendarModel()->reload();
        QCOMPARE(asSet(calendar->selectedPostIds()), asSet(chosen));
        calendar->selectPosts({});
        QVERIFY(!calendar->hasSelectedPosts());
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("deleteAction"))->isEnabled());
    }

    // Issue 17 item 1: at 1280x800 a chip shows the first words, the accounts,
    // the status and a thumbnail; a quiet day's chips take lines for their
    // words; in the week, posts at one time sit side by side, each readable,
    // and a post alone keeps the whole column.
    void chipsCanBeRead()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_bsky", "bluesky");
        store.addIntegration("int_masto", "mastodon");
        QTemporaryDir dir;
        QImage red(400, 300, QImage::Format_RGB32);
        red.fill(Qt::red);
        const QString picture = dir.filePath(QStringLiteral("latte.png"));
        QVERIFY(red.save(picture));

        QStringList busy;
        for (int i = 0; i < 5; ++i)
            busy.append(addPost(store, utc("2026-04-22T09:00:00Z") + i * 3600,
                                QStringLiteral("Spring menu number %1 is live at every shop").arg(i)));
        Post quiet;
        quiet.content = QStringLiteral("Our new latte art class starts on Saturday morning, book a seat now");
        quiet.status = PostStatus::Scheduled;
        quiet.scheduledAt = utc("2026-04-23T10:00:00Z");
        for (const char *account : {"int_x", "int_bsky", "int_masto"})
            quiet.targets.append({QString::fromLatin1(account), QString(), quiet.status, {}, {}, 0, {}, 0, false});
        quiet.media.append({QUrl::fromLocalFile(picture).toString(), QString(), QString()});
        QVERIFY(PostRepository(store.connection()).insert(quiet).ok());
        const QString sideA = addPost(store, utc("2026-04-24T10:00:00Z"), QStringLiteral("Two at ten: the first one"));
        const QString sideB = addPost(store, utc("2026-04-24T10:00:00Z"), QStringLiteral("Two at ten: the second one"),
                                      QStringLiteral("int_bsky"));
        const QString alone = addPost(store, utc("2026-04-24T15:00:00Z"), QStringLiteral("Alone in the afternoon"));

        auto window = openWindow(store);
        window->resize(1280, 800);
        QApplication::processEvents();
        MonthView *month = window->calendar()->monthView();
        const CalendarModel &model = *window->calendarModel();
        auto layoutOf = [&](CalendarGridView *view, const QString &id) {
            return CalendarStyle::layoutChip(view->chipRect(id), view->font(), model, model.rowOf(id));
        };
        for (const QString &id : std::as_const(busy)) {
            const CalendarStyle::ChipLayout chip = layoutOf(month, id);
            QVERIFY2(!chip.words.isEmpty() && chip.words.first().startsWith(QStringLiteral("Spring m")),
                     qPrintable(chip.words.join(u'|')));
            QVERIFY(!chip.time.isEmpty());
            QVERIFY(chip.status.isValid());
        }
        const CalendarStyle::ChipLayout roomy = layoutOf(month, quiet.id);
        QVERIFY2(roomy.words.size() >= 2, qPrintable(roomy.words.join(u'|')));
        QCOMPARE(roomy.badgePlatforms, (QStringList{QStringLiteral("bluesky"), QStringLiteral("mastodon"), QStringLiteral("x")}));
        QVERIFY(!roomy.thumbnail.isEmpty());
        // The thumbnail is the picture itself once read off the window's thread.
        QTRY_COMPARE(Thumbnails::instance().get(quiet.media.first().url, CalendarStyle::ThumbnailSize).toImage().pixelColor(5, 5),
                     QColor(Qt::red));

        window->calendar()->setMode(CalendarMode::Week);
        window->calendar()->setAnchorDate(QDate(2026, 4, 24));
        WeekView *week = window->calendar()->weekView();
        week->scrollToMinute(9 * 60);
        QApplication::processEvents();
        const QRect a = week->chipRect(sideA), b = week->chipRect(sideB), lone = week->chipRect(alone);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !lone.isEmpty());
        QVERIFY(!a.intersects(b));
        QCOMPARE(a.top(), b.top());
        QVERIFY2(a.width() * 2 >= lone.width() - 4 && b.width() * 2 >= lone.width() - 4,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(a.width()).arg(b.width()).arg(lone.width())));
        QCOMPARE(lone.left(), qMin(a.left(), b.left()));
        for (const QString &id : {sideA, sideB}) {
            const CalendarStyle::ChipLayout chip = layoutOf(week, id);
            QVERIFY2(!chip.words.isEmpty() && chip.words.first().startsWith(QStringLiteral("Two")),
                     qPrintable(chip.words.join(u'|')));
            QVERIFY(!chip.badges.isEmpty());
        }
        // A chip grows for its words while nothing follows it.
        QVERIFY(layoutOf(week, alone).words.size() >= 2);
    }

    // The night the clocks go back, UTC order is not the order down the day:
    // chips still never cover one another; a post at 23:59 shows whole.
    void weekChipsNeverOverlap()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const QStringList ids{addPost(store, utc("2026-10-24T23:50:00Z"), QStringLiteral("At 01:50 summer time")),
                              addPost(store, utc("2026-10-25T00:55:00Z"), QStringLiteral("At 02:55 summer time")),
                              addPost(store, utc("2026-10-25T01:05:00Z"), QStringLiteral("At 02:05 winter time")),
                              addPost(store, utc("2026-10-25T22:59:00Z"), QStringLiteral("Last thing at night"))};
        auto window = openWindow(store, "Europe/Berlin");
        window->calendar()->setMode(CalendarMode::Week);
        window->calendar()->setAnchorDate(QDate(2026, 10, 25));
        WeekView *week = window->calendar()->weekView();
        QApplication::processEvents();
        for (int i = 0; i < ids.size(); ++i)
            for (int j = i + 1; j < ids.size(); ++j) {
                const QRect a = week->chipRect(ids.at(i)), b = week->chipRect(ids.at(j));
                QVERIFY2(!a.isEmpty() && !b.isEmpty() && !a.intersects(b), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
            }
        week->scrollToMinute(23 * 60);
        QApplication::processEvents();
        const QRect late = week->chipRect(ids.last());
        QVERIFY2(late.height() >= CalendarStyle::chipHeight(week->fontMetrics()) - 1, qPrintable(QString::number(late.height())));
        QVERIFY(late.bottom() <= week->pointOf(QDate(2026, 10, 25), 24 * 60 - 1).y() + week->fontMetrics().height());
    }

    // A picture at a link is fetched for its thumbnail under the media policy:
    // this computer's address only when the user allows the local network; a
    // picture larger than the cap, or an answer that never ends, is a tile.
    void thumbnailsOfLinksComeUnderTheMediaPolicy()
    {
        QImage blue(300, 200, QImage::Format_RGB32);
        blue.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(blue.save(&buffer, "PNG"));
        FakeHttpServer server([png](const FakeHttpServer::Request &request) {
            FakeHttpServer::Reply reply;
            if (request.path.startsWith("/huge"))
                reply.delivery = FakeHttpServer::Reply::Delivery::Endless;
            else
                reply.body = png;
            return reply;
        });
        const QString base = QString::fromLatin1(server.baseUrl());
        QSignalSpy ready(&Thumbnails::instance(), &Thumbnails::ready);
        auto colourOf = [&](const QString &url) {
            return Thumbnails::instance().get(url, CalendarStyle::ThumbnailSize).toImage().pixelColor(30, 20);
        };
        // Refused: the local network is not allowed by default.
        AppSettings().setAllowLocalNetworkMedia(false);
        const QString refused = base + QStringLiteral("/refused.png");
        colourOf(refused);
        QTRY_VERIFY(std::any_of(ready.cbegin(), ready.cend(), [&](const QList<QVariant> &a) { return a.first() == refused; }));
        QVERIFY(colourOf(refused) != QColor(Qt::blue));
        QCOMPARE(server.requestCount(), 0);
        // Allowed: the picture itself.
        AppSettings().setAllowLocalNetworkMedia(true);
        const QString allowed = base + QStringLiteral("/latte.png");
        colourOf(allowed);
        QTRY_COMPARE(colourOf(allowed), QColor(Qt::blue));
        // An answer that never ends is cut at the cap: a tile, and the window goes on.
        const QString huge = base + QStringLiteral("/huge.png");
        colourOf(huge);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(ready.cbegin(), ready.cend(), [&](const QList<QVariant> &a) { return a.first() == huge; }),
                                 20000);
        QVERIFY(colourOf(huge) != QColor(Qt::blue));
        AppSettings().setAllowLocalNetworkMedia(false);
    }

    // A picture that cannot be opened, beside a FIFO named as a guess of it
    // ("locked.bmp"): the thumbnail is a tile, and no reader waits on the FIFO.
    void aThumbnailNeverWaitsOnAPipe()
    {
        QTemporaryDir dir;
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QImage red(40, 40, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(locked, "PNG"));
        QFile::setPermissions(locked, QFileDevice::Permissions()); // unreadable (unless the tests run as root)
        for (const char *guess : {"locked.bmp", "locked.png", "locked.jpg"})
            QCOMPARE(mkfifo(QFile::encodeName(dir.filePath(QString::fromLatin1(guess))).constData(), 0600), 0);
        QSignalSpy ready(&Thumbnails::instance(), &Thumbnails::ready);
        const QString reference = QUrl::fromLocalFile(locked).toString();
        Thumbnails::instance().get(reference, CalendarStyle::ThumbnailSize);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 5000);
        QCOMPARE(ready.first().first().toString(), reference);
        QVERIFY(!Thumbnails::instance().get(reference, CalendarStyle::ThumbnailSize).isNull());
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
