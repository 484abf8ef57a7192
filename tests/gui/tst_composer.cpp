// SPDX-License-Identifier: GPL-3.0-or-later
// The composer on the offscreen platform, opened from the main window on a
// real store: editing, publishing now, media, undated drafts, skipped times.
#include "app/secrets/secretstore.h"
#include "app/settings/appsettings.h"
#include "calendarfixture.h"
#include "models/domain/platform.h"
#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/store/integrationrepository.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/calendar/datetimetyping.h"
#include "ui/composer/composerdialog.h"
#include "ui/composer/mediastrip.h"
#include "ui/composer/postpreview.h"
#include "ui/mainwindow/appearance.h"

#include <QApplication>
#include <QScreen>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDropEvent>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUndoStack>

using namespace Almanac;
using namespace Almanac::Test;

class TestComposer : public QObject
{
    Q_OBJECT

private:
    static QPlainTextEdit *baseText(ComposerDialog *composer)
    {
        return composer->findChild<QPlainTextEdit *>(QStringLiteral("baseText"));
    }
    static QPushButton *button(ComposerDialog *composer, const char *name)
    {
        return composer->findChild<QPushButton *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QApplication::setApplicationName(QStringLiteral("almanac-tst_composer")); // its own settings: GUI tests run side by side
        QStandardPaths::setTestModeEnabled(true);
    }

    // Enter in a field does that field's work: a media link pressed in with Enter
    // is added, and the post (valid, with ticked accounts) is not sent. Only a
    // click or Ctrl+Enter schedules it.
    void enterInAFieldNeverSendsThePost()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        baseText(composer)->setPlainText(QStringLiteral("Doors open at nine"));
        QVERIFY(button(composer, "scheduleButton")->isEnabled());
        auto *url = composer->findChild<QLineEdit *>(QStringLiteral("mediaUrl"));
        url->setFocus();
        QTest::keyClicks(url, QStringLiteral("https://cdn.example.com/doors.jpg"));
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(composer->post().media.size(), 1);
        // Words that are no web address are said to be so, not dropped in silence.
        auto *urlError = composer->findChild<QLabel *>(QStringLiteral("mediaUrlError"));
        QVERIFY(urlError->isHidden());
        QTest::keyClicks(url, QStringLiteral("not a url"));
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(composer->post().media.size(), 1);
        QVERIFY(!urlError->isHidden());
        QVERIFY2(urlError->text().contains(QStringLiteral("“not a url” is not a web address")), qPrintable(urlError->text()));
        QCOMPARE(url->text(), QStringLiteral("not a url")); // kept, to be fixed
        QTest::keyClick(url, Qt::Key_Backspace);
        QVERIFY(urlError->isHidden());
        url->clear();
        auto *tags = composer->findChild<QLineEdit *>(QStringLiteral("tags"));
        QVERIFY(tags);
        tags->setFocus();
        QTest::keyClick(tags, Qt::Key_Enter);
        QVERIFY(composer->isVisible());
        QCOMPARE(PostRepository(store.connection()).count(), qint64(0));
        QTest::keyClick(url, Qt::Key_Enter, Qt::KeypadModifier); // the keypad's Enter, in an empty field
        QVERIFY(composer->isVisible());
        QCOMPARE(composer->post().media.size(), 1);
        for (const QPushButton *b : composer->findChildren<QPushButton *>()) // none looks as if Enter would press it
            QVERIFY2(!b->isDefault(), qPrintable(b->objectName()));

        QVERIFY(button(composer, "scheduleButton")->isEnabled());
        QApplication::setActiveWindow(composer); // a shortcut works in the active window
        QTRY_COMPARE(QApplication::activeWindow(), composer);
        QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!composer->isVisible());
        QCOMPARE(PostRepository(store.connection()).count(), qint64(1));

        // Enter on a focused button presses that button.
        ComposerDialog *next = window->newPost(QDate(2026, 4, 25), 10 * 60);
        baseText(next)->setPlainText(QStringLiteral("A draft for later"));
        button(next, "saveDraftButton")->setFocus();
        QTest::keyClick(button(next, "saveDraftButton"), Qt::Key_Return);
        QTRY_VERIFY(!next->isVisible());
        QCOMPARE(PostRepository(store.connection()).count(), qint64(2));
    }

    void editingAPostSavesItInPlace()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        const QString id = addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("First words"));
        auto window = openWindow(store);
        ComposerDialog *composer = window->openPost(id);
        QVERIFY(composer);
        QCOMPARE(composer->windowTitle(), QStringLiteral("Edit Post"));
        QCOMPARE(baseText(composer)->toPlainText(), QStringLiteral("First words"));
        QVERIFY(button(composer, "deleteButton")->isVisible());
        baseText(composer)->setPlainText(QStringLiteral("Better words"));
        QTest::mouseClick(button(composer, "scheduleButton"), Qt::LeftButton);
        QVERIFY(!composer->isVisible());

        QCOMPARE(PostRepository(store.connection()).count(), qint64(1));
        const Post saved = PostRepository(store.connection()).find(id).value();
        QCOMPARE(saved.content, QStringLiteral("Better words"));
        QCOMPARE(saved.scheduledAt.value(), utc("2026-04-22T09:00:00Z"));
        window->undoStack()->undo();
        QCOMPARE(PostRepository(store.connection()).find(id).value().content, QStringLiteral("First words"));
    }

    // Escape and Cancel close an untouched composer at once; with changes they
    // ask: Keep Editing, Save Draft or Discard.
    void escapeNeverThrowsWorkAway()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        const QString id = addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("First words"));
        auto window = openWindow(store);
        auto askOf = [](ComposerDialog *composer) { return composer->findChild<QMessageBox *>(QStringLiteral("keepPostBox")); };

        ComposerDialog *untouched = window->newPost(QDate(2026, 4, 24), 10 * 60);
        QTest::keyClick(untouched, Qt::Key_Escape);
        QVERIFY(!askOf(untouched));
        QVERIFY(!untouched->isVisible());
        ComposerDialog *opened = window->openPost(id);
        QTest::mouseClick(button(opened, "cancelButton"), Qt::LeftButton);
        QVERIFY(!askOf(opened));
        QVERIFY(!opened->isVisible());

        // A new post with only its time changed holds nothing to keep.
        ComposerDialog *dated = window->newPost(QDate(2026, 4, 24), 10 * 60);
        auto *when = dated->findChild<QDateTimeEdit *>(QStringLiteral("scheduleEdit"));
        when->setDateTime(when->dateTime().addDays(1));
        QTest::keyClick(dated, Qt::Key_Escape);
        QVERIFY(!askOf(dated));
        QVERIFY(!dated->isVisible());

        // A new post with words in it: Keep Editing keeps them.
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        baseText(composer)->setPlainText(QStringLiteral("Half a thought"));
        QTest::keyClick(composer, Qt::Key_Escape);
        QMessageBox *ask = askOf(composer);
        QVERIFY(ask && ask->isVisible());
        QVERIFY(ask->text().contains(QStringLiteral("not saved yet")));
        ask->findChild<QPushButton *>(QStringLiteral("keepEditing"))->click();
        QVERIFY(composer->isVisible());
        QCOMPARE(baseText(composer)->toPlainText(), QStringLiteral("Half a thought"));
        // Cancel asks too; Save Draft keeps the work as a draft and closes.
        QTest::mouseClick(button(composer, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(askOf(composer));
        askOf(composer)->findChild<QPushButton *>(QStringLiteral("keepSaveDraft"))->click();
        QVERIFY(!composer->isVisible());
        QCOMPARE(PostRepository(store.connection()).count(), qint64(2));

        // An opened post changed, then Discard: the store keeps what it had.
        ComposerDialog *edited = window->openPost(id);
        baseText(edited)->setPlainText(QStringLiteral("Second thoughts"));
        QTest::keyClick(edited, Qt::Key_Escape);
        QTRY_VERIFY(askOf(edited));
        QVERIFY(askOf(edited)->text().contains(QStringLiteral("You changed this scheduled post")));
        askOf(edited)->findChild<QPushButton *>(QStringLiteral("keepDiscard"))->click();
        QVERIFY(!edited->isVisible());
        QCOMPARE(PostRepository(store.connection()).find(id)->content, QStringLiteral("First words"));
        QCOMPARE(PostRepository(store.connection()).count(), qint64(2));

        // A scheduled post changed, then closed: the answer Enter gives saves
        // the changes and keeps it scheduled (it was saved as a draft, off
        // the schedule, before).
        edited = window->openPost(id);
        baseText(edited)->setPlainText(QStringLiteral("Better words"));
        QTest::keyClick(edited, Qt::Key_Escape);
        QTRY_VERIFY(askOf(edited));
        QCOMPARE(askOf(edited)->defaultButton()->text(), QStringLiteral("&Save Changes"));
        askOf(edited)->defaultButton()->click();
        QVERIFY(!edited->isVisible());
        QCOMPARE(PostRepository(store.connection()).find(id)->content, QStringLiteral("Better words"));
        QCOMPARE(PostRepository(store.connection()).find(id)->status, PostStatus::Scheduled);
        // Changed so that it cannot go out: only a draft could keep it, and
        // that is never what Enter does.
        edited = window->openPost(id);
        baseText(edited)->clear();
        QTest::keyClick(edited, Qt::Key_Escape);
        QTRY_VERIFY(askOf(edited));
        QCOMPARE(askOf(edited)->defaultButton()->objectName(), QStringLiteral("keepEditing"));
        QCOMPARE(askOf(edited)->findChild<QPushButton *>(QStringLiteral("keepSaveDraft"))->text(), QStringLiteral("Save as &Draft"));
        askOf(edited)->findChild<QPushButton *>(QStringLiteral("keepDiscard"))->click();
        QCOMPARE(PostRepository(store.connection()).find(id)->status, PostStatus::Scheduled);
    }

    // With no default accounts in Settings, a new post starts on the accounts
    // that take words alone (no red Instagram media error), then on the accounts
    // the last saved post went to; the picker shows more than two rows.
    // On a 1280x720 screen (690 high, less a panel) the composer opened taller
    // than the screen with its buttons off the bottom: it is sized to fit, and
    // what its layout needs fits too.
    void theComposerFitsA1280x720Screen()
    {
        const QSize available(1280, 690);
        const QSize fitted = Appearance::fittedSize(QSize(980, 760), available);
        QVERIFY(fitted.height() + 48 <= available.height());
        QCOMPARE(fitted.width(), 980);
        TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_ig", "instagram");
        store.addIntegration("int_li", "linkedin");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        QVERIFY2(composer->minimumSizeHint().height() <= fitted.height(),
                 qPrintable(QStringLiteral("needs %1, fits %2").arg(composer->minimumSizeHint().height()).arg(fitted.height())));
        // And on this test screen, it opened within it.
        QVERIFY(composer->height() <= composer->screen()->availableGeometry().height());
    }

    // With no account connected, the composer offers to connect one (no
    // command to type), and opens the accounts dialog.
    void noAccountOffersToConnectOne()
    {
        TestStore store;
        MemorySecretStore secrets;
        auto window = openWindow(store);
        window->startSync(&secrets);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        auto *accounts = composer->findChild<QListWidget *>(QStringLiteral("integrationList"));
        QCOMPARE(accounts->count(), 1);
        QVERIFY(!accounts->item(0)->text().contains(QStringLiteral("almanac-cli")));
        auto *connectAccount = button(composer, "connectAccountButton");
        QVERIFY(connectAccount && connectAccount->isVisible());
        connectAccount->click();
        QTRY_VERIFY(window->findChild<QDialog *>(QStringLiteral("accountsDialog")));
    }

    // The account picker names accounts as people know them, not by their ids.
    void accountsShowByName()
    {
        TestStore store;
        Integration named;
        named.id = QStringLiteral("int_li_acme");
        named.platform = QStringLiteral("linkedin");
        named.name = QStringLiteral("Acme Coffee");
        QVERIFY(IntegrationRepository(store.connection()).add(named).ok());
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        QListWidgetItem *item = composer->findChild<QListWidget *>(QStringLiteral("integrationList"))->item(0);
        QCOMPARE(item->text(), QStringLiteral("Acme Coffee"));
        QCOMPARE(item->toolTip(), QStringLiteral("LinkedIn (Acme Coffee)"));
    }

    // A platform's settings read as words; the post keeps the service's keys.
    void settingsReadAsWords()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        auto *reply = composer->findChild<QComboBox *>(QStringLiteral("setting_x_who_can_reply"));
        QVERIFY(reply);
        const int mention = reply->findText(QStringLiteral("People you mention"));
        QVERIFY(mention > 0);
        QCOMPARE(reply->itemData(mention).toString(), QStringLiteral("mentionedUsers"));
        for (int i = 0; i < reply->count(); ++i) // no item is a raw key
            QVERIFY2(!reply->itemText(i).contains(u'_') && reply->itemText(i) != reply->itemData(i).toString(),
                     qPrintable(reply->itemText(i)));
        auto *form = qobject_cast<QFormLayout *>(reply->parentWidget()->layout());
        QVERIFY(form);
        QCOMPARE(static_cast<QLabel *>(form->labelForField(reply))->text(), QStringLiteral("Who can reply:"));
        reply->setCurrentIndex(mention);
        QCOMPARE(composer->post().platformSettings.value(QStringLiteral("x"))[u"who_can_reply"].toString(),
                 QStringLiteral("mentionedUsers"));
        composer->reject();
    }

    void aNewPostStartsValid()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_ig", "instagram");
        store.addIntegration("int_li", "linkedin");
        AppSettings().setDefaultIntegrations({});
        AppSettings().setLastUsedIntegrations({});
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        auto targets = [](ComposerDialog *c) {
            QStringList ids;
            for (const PostTarget &t : c->post().targets)
                ids.append(t.integrationId);
            ids.sort();
            return ids;
        };
        QCOMPARE(targets(composer), (QStringList{QStringLiteral("int_li"), QStringLiteral("int_x")}));
        auto *accounts = composer->findChild<QListWidget *>(QStringLiteral("integrationList"));
        QVERIFY(accounts->height() >= 3 * accounts->fontMetrics().height());
        // Nothing written yet is no error yet: Schedule waits for words. Text
        // written and cleared again is.
        auto *textError = composer->findChild<QLabel *>(QStringLiteral("error_content"));
        QVERIFY2(textError->text().isEmpty(), qPrintable(textError->text()));
        QVERIFY(!button(composer, "scheduleButton")->isEnabled());
        baseText(composer)->setPlainText(QStringLiteral("D"));
        baseText(composer)->clear();
        QVERIFY2(textError->text().contains(QStringLiteral("is empty")), qPrintable(textError->text()));
        baseText(composer)->setPlainText(QStringLiteral("Doors open at nine"));
        QVERIFY(button(composer, "scheduleButton")->isEnabled()); // valid as it opened, once it has words

        // Saved to X alone: the next new post starts there.
        for (int i = 0; i < accounts->count(); ++i)
            accounts->item(i)->setCheckState(accounts->item(i)->data(Qt::UserRole).toString() == u"int_x" ? Qt::Checked : Qt::Unchecked);
        QTest::mouseClick(button(composer, "scheduleButton"), Qt::LeftButton);
        QVERIFY(!composer->isVisible());
        ComposerDialog *next = window->newPost(QDate(2026, 4, 25), 10 * 60);
        QCOMPARE(targets(next), QStringList{QStringLiteral("int_x")});
        AppSettings().setLastUsedIntegrations({});
    }

    void publishNowQueuesAnOutboxRow()
    {
        TestStore store;
        store.addIntegration("int_x", "x", QStringLiteral("openpost"));
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        baseText(composer)->setPlainText(QStringLiteral("Breaking: doors open early"));
        QVERIFY(button(composer, "publishNowButton")->isEnabled());
        QTest::mouseClick(button(composer, "publishNowButton"), Qt::LeftButton);
        QVERIFY(!composer->isVisible());

        const QList<Post> posts = PostRepository(store.connection()).query({});
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().scheduledAt.value(), utc("2026-04-20T00:00:00Z")); // now, not the chosen time
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT operation FROM outbox WHERE post_id = '%1' ORDER BY id").arg(posts.first().id)));
        QStringList operations;
        while (q.next())
            operations.append(q.value(0).toString());
        QCOMPARE(operations, (QStringList{QStringLiteral("create"), QStringLiteral("publish")}));
    }

    // A published post opens read-only, says where it went with a link to the
    // live post, and offers Duplicate as New Post; Publish Now is gone.
    void aPublishedPostOpensReadOnly()
    {
        TestStore store;
        store.addIntegration("int_b", "bluesky");
        store.addIntegration("int_m", "mastodon");
        const QString id = addPost(store, utc("2026-04-19T09:00:00Z"), QStringLiteral("Went out"), QStringLiteral("int_b"));
        {
            QSqlQuery q(store.connection());
            // What went out otherwise than planned is kept with the destination (ScheduleRepository::published).
            QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'published', platform_post_url = "
                                          "'https://bsky.app/profile/acme/post/1', note = 'It went without its "
                                          "link card: <b>acme.example</b> could not be read.' WHERE post_id = '%1'")
                               .arg(id)));
            QVERIFY(q.exec(QStringLiteral("UPDATE posts SET status = 'published' WHERE id = '%1'").arg(id)));
        }
        auto window = openWindow(store);
        ComposerDialog *composer = window->openPost(id);
        QVERIFY(composer);
        QCOMPARE(composer->windowTitle(), QStringLiteral("Published Post"));
        QVERIFY(baseText(composer)->isReadOnly());
        QVERIFY(baseText(composer)->isEnabled()); // read, not greyed out
        QCOMPARE(button(composer, "cancelButton")->text(), QStringLiteral("Close"));
        QVERIFY(!button(composer, "publishNowButton")->isVisible());
        QVERIFY(!button(composer, "scheduleButton")->isVisible());
        auto *delivery = composer->findChild<QLabel *>(QStringLiteral("deliveryStatus"));
        QVERIFY(delivery->isVisible());
        QVERIFY2(delivery->text().contains(u"https://bsky.app/profile/acme/post/1"), qPrintable(delivery->text()));
        QVERIFY2(delivery->text().contains(u"see the post</a>. It went without its link card: &lt;b&gt;acme.example"),
                 qPrintable(delivery->text()));
        // History, not a new post: its time in the past is no error.
        QVERIFY(!composer->findChild<QLabel *>(QStringLiteral("error_schedule_at"))->isVisible());
        QPushButton *copy = button(composer, "duplicateButton");
        QCOMPARE(copy->text(), QStringLiteral("Dupli&cate as New Post"));
        copy->click();
        QVERIFY(!baseText(composer)->isReadOnly());
        QCOMPARE(button(composer, "cancelButton")->text(), QStringLiteral("Cancel"));
        QVERIFY(button(composer, "publishNowButton")->isVisible());
        QVERIFY(!delivery->isVisible());
        QTest::mouseClick(button(composer, "scheduleButton"), Qt::LeftButton);
        QCOMPARE(PostRepository(store.connection()).count(), qint64(2)); // a new post; the published one as it was
        QCOMPARE(PostRepository(store.connection()).find(id)->status, PostStatus::Published);
        // Deleted here, it stays up on the network: said.
        ComposerDialog *again = window->openPost(id);
        button(again, "deleteButton")->click();
        const QString said = window->findChild<QLabel *>(QStringLiteral("messageText"))->text();
        QVERIFY2(said.contains(QStringLiteral("it stays up")), qPrintable(said));
    }

    // A failed destination says why in the composer; saving the post again
    // never sends it again where it went out already.
    void aFailedDestinationSaysWhyAndThePublishedOneStaysOut()
    {
        TestStore store;
        store.addIntegration("int_b", "bluesky");
        store.addIntegration("int_d", "discord");
        const QString id = addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("Half out"), QStringLiteral("int_b"));
        {
            Post p = *PostRepository(store.connection()).find(id);
            p.targets.append({QStringLiteral("int_d"), QStringLiteral("discord"), PostStatus::Scheduled, {}, {}, 0, {}, 0, false});
            QVERIFY(PostRepository(store.connection()).update(p).ok());
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'published' WHERE post_id = '%1' AND integration_id = 'int_b'").arg(id)));
            QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'failed', unconfirmed = 1, last_error = 'Unconfirmed: no answer "
                                          "from Discord.' WHERE post_id = '%1' AND integration_id = 'int_d'").arg(id)));
            QVERIFY(q.exec(QStringLiteral("UPDATE posts SET status = 'failed' WHERE id = '%1'").arg(id)));
        }
        auto window = openWindow(store);
        ComposerDialog *composer = window->openPost(id);
        auto *delivery = composer->findChild<QLabel *>(QStringLiteral("deliveryStatus"));
        QVERIFY2(delivery->text().contains(u"Unconfirmed: no answer from Discord."), qPrintable(delivery->text()));
        QVERIFY2(delivery->text().contains(u"Published to"), qPrintable(delivery->text()));
        QTest::mouseClick(button(composer, "scheduleButton"), Qt::LeftButton);
        const Post saved = *PostRepository(store.connection()).find(id);
        for (const PostTarget &t : saved.targets)
            QCOMPARE(t.status, t.integrationId == u"int_b" ? PostStatus::Published : PostStatus::Scheduled);
    }

    // An unconfirmed destination offers the user's two choices where it is
    // shown: It Went Out (published, nothing sent) and Send It Again (queued now).
    void aFailedDestinationOffersItsChoices()
    {
        TestStore store;
        store.addIntegration("int_b", "bluesky");
        store.addIntegration("int_d", "discord");
        auto failedPost = [&](const QString &text, bool unconfirmed) {
            const QString id = addPost(store, utc("2026-04-19T09:00:00Z"), text, QStringLiteral("int_d"));
            QSqlQuery q(store.connection());
            if (!q.exec(QStringLiteral("UPDATE post_targets SET status = 'failed', unconfirmed = %1, last_error = '%2' "
                                       "WHERE post_id = '%3'")
                            .arg(unconfirmed ? 1 : 0)
                            .arg(unconfirmed ? QStringLiteral("Unconfirmed: no answer from Discord.") : QStringLiteral("Discord said 400."), id))
                || !q.exec(QStringLiteral("UPDATE posts SET status = 'failed' WHERE id = '%1'").arg(id)))
                qFatal("cannot fail the post");
            return id;
        };
        const QString unsure = failedPost(QStringLiteral("Maybe out"), true);
        const QString refused = failedPost(QStringLiteral("Refused"), false);
        auto window = openWindow(store);

        ComposerDialog *composer = window->openPost(unsure);
        auto *delivery = composer->findChild<QLabel *>(QStringLiteral("deliveryStatus"));
        QVERIFY2(delivery->text().contains(u"Not known whether it reached") && delivery->text().contains(u"It Went Out")
                     && delivery->text().contains(u"Send It Again"),
                 qPrintable(delivery->text()));
        const QString wentOut = QStringLiteral("almanac-choice:went-out/int_d");
        QVERIFY2(delivery->text().contains(wentOut), qPrintable(delivery->text()));
        Q_EMIT delivery->linkActivated(wentOut);
        const Post confirmed = *PostRepository(store.connection()).find(unsure);
        QCOMPARE(confirmed.targets.first().status, PostStatus::Published);
        QCOMPARE(confirmed.status, PostStatus::Published);
        QCOMPARE(composer->windowTitle(), QStringLiteral("Published Post")); // it went out: history now
        QVERIFY(baseText(composer)->isReadOnly());
        composer->close();

        composer = window->openPost(refused);
        delivery = composer->findChild<QLabel *>(QStringLiteral("deliveryStatus"));
        QVERIFY2(delivery->text().contains(u"Discord said 400.") && delivery->text().contains(u"Send It Again")
                     && !delivery->text().contains(u"It Went Out"),
                 qPrintable(delivery->text()));
        Q_EMIT delivery->linkActivated(QStringLiteral("almanac-choice:send-again/int_d"));
        const Post again = *PostRepository(store.connection()).find(refused);
        QCOMPARE(again.targets.first().status, PostStatus::Scheduled);
        QVERIFY(!again.targets.first().unconfirmed);
        QVERIFY(!delivery->isVisible() || !delivery->text().contains(u"Discord said 400."));
    }

    // Send It Again is for the destination it is shown with: another
    // unconfirmed one of the same post (it may have gone out) stays as it is.
    // And a choice is only what the composer offered: a platform's address
    // that looks like one neither shows as a link nor acts.
    void aChoiceActsOnItsOwnDestinationOnly()
    {
        TestStore store;
        store.addIntegration("int_d", "discord");
        store.addIntegration("int_s", "slack");
        store.addIntegration("int_b", "bluesky");
        const QString id = addPost(store, utc("2026-04-19T09:00:00Z"), QStringLiteral("Two unsure"), QStringLiteral("int_d"));
        {
            Post p = *PostRepository(store.connection()).find(id);
            p.targets.append({QStringLiteral("int_s"), QStringLiteral("slack"), PostStatus::Scheduled, {}, {}, 0, {}, 0, false});
            p.targets.append({QStringLiteral("int_b"), QStringLiteral("bluesky"), PostStatus::Scheduled, {}, {}, 0, {}, 0, false});
            QVERIFY(PostRepository(store.connection()).update(p).ok());
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'failed', unconfirmed = 1, last_error = 'Unconfirmed: no answer.' "
                                          "WHERE post_id = '%1' AND integration_id <> 'int_b'").arg(id)));
            // A hostile address from elsewhere, shaped like a choice.
            QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'published', platform_post_url = "
                                          "'almanac-choice:went-out/int_s' WHERE post_id = '%1' AND integration_id = 'int_b'").arg(id)));
            QVERIFY(q.exec(QStringLiteral("UPDATE posts SET status = 'failed' WHERE id = '%1'").arg(id)));
        }
        auto window = openWindow(store);
        ComposerDialog *composer = window->openPost(id);
        auto *delivery = composer->findChild<QLabel *>(QStringLiteral("deliveryStatus"));
        QCOMPARE(delivery->text().count(u"almanac-choice:went-out/int_s"), 1); // its own choice, not the address
        Q_EMIT delivery->linkActivated(QStringLiteral("almanac-choice:went-out/int_b")); // never offered
        QCOMPARE(PostRepository(store.connection()).find(id)->status, PostStatus::Failed);
        Q_EMIT delivery->linkActivated(QStringLiteral("almanac-choice:send-again/int_d"));
        const Post after = *PostRepository(store.connection()).find(id);
        for (const PostTarget &t : after.targets) {
            if (t.integrationId == u"int_d")
                QCOMPARE(t.status, PostStatus::Scheduled);
            else if (t.integrationId == u"int_s")
                QVERIFY(t.status == PostStatus::Failed && t.unconfirmed);
        }
    }

    // A second press of Publish Now while the first is saved does nothing.
    void publishNowTwiceIsOnce()
    {
        TestStore store;
        store.addIntegration("int_x", "x", QStringLiteral("openpost"));
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        baseText(composer)->setPlainText(QStringLiteral("Once only"));
        QPushButton *now = button(composer, "publishNowButton");
        now->click();
        now->click();
        QCOMPARE(PostRepository(store.connection()).count(), qint64(1));
        QCOMPARE(window->undoStack()->count(), 1);
    }

    // Item 8: each picture gets alt text (kept with the post, marked ALT in the
    // media list and the preview); the preview shows the account as the network
    // does, links in its colour, and the first link as a card when there is no media.
    void altTextAndPreviewsLikeTheNetworks()
    {
        TestStore store;
        Integration bsky;
        bsky.id = QStringLiteral("int_bsky");
        bsky.platform = QStringLiteral("bluesky");
        bsky.name = QStringLiteral("Acme Coffee");
        bsky.handle = QStringLiteral("acme.bsky.social");
        QVERIFY(IntegrationRepository(store.connection()).add(bsky).ok());
        store.addIntegration("int_x", "x");
        const QString image = store.dir() + QStringLiteral("/latte.png");
        QImage pixels(64, 48, QImage::Format_RGB32);
        pixels.fill(Qt::darkYellow);
        QVERIFY(pixels.save(image));
        AppSettings().setDefaultIntegrations({});
        AppSettings().setLastUsedIntegrations({});
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        // The card's link is the link the publisher finds: punctuation after it is not part of it.
        baseText(composer)->setPlainText(QStringLiteral("Our autumn menu (see https://acme.coffee/autumn)."));
        auto *card = composer->findChild<QLabel *>(QStringLiteral("previewCard_x"));
        QVERIFY2(card->text().contains(QStringLiteral("acme.coffee/autumn<")), qPrintable(card->text()));
        baseText(composer)->setPlainText(QStringLiteral("Autumn blend is back: https://acme.coffee/autumn #coffee"));

        // No media: the first link is a card; the link and the tag in the network's colour.
        QVERIFY(card->isVisibleTo(composer->findChild<QWidget *>(QStringLiteral("preview_x"))));
        QVERIFY(card->text().contains(QStringLiteral("acme.coffee")));
        const QString html = composer->findChild<PostPreview *>(QStringLiteral("preview_x"))->html();
        QVERIFY2(html.contains(QStringLiteral("color:#1d9bf0\">https://acme.coffee/autumn</span>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("color:#1d9bf0\">#coffee</span>")), qPrintable(html));
        // The account as Bluesky shows it: its name, then its handle.
        const QString author = composer->findChild<QLabel *>(QStringLiteral("previewAuthor_bluesky"))->text();
        QVERIFY2(author.contains(QStringLiteral("Acme Coffee")) && author.contains(QStringLiteral("@acme.bsky.social")),
                 qPrintable(author));

        // A picture, described.
        auto *strip = composer->findChild<MediaStrip *>(QStringLiteral("mediaStrip"));
        strip->addUrls({QUrl::fromLocalFile(image)});
        // Media instead of a card, and the preview says so rather than drop it unsaid.
        QVERIFY2(card->text().contains(QStringLiteral("No link card")) && !card->text().contains(QStringLiteral("acme.coffee")),
                 qPrintable(card->text()));
        auto *list = composer->findChild<QListWidget *>(QStringLiteral("mediaList"));
        auto *alt = composer->findChild<QLineEdit *>(QStringLiteral("mediaAltText"));
        QVERIFY(!alt->isEnabled());
        list->item(0)->setSelected(true);
        QVERIFY(alt->isEnabled());
        QTest::keyClicks(alt, QStringLiteral("A latte with a leaf drawn in the foam"));
        QCOMPARE(composer->post().media.first().altText, QStringLiteral("A latte with a leaf drawn in the foam"));
        QVERIFY(list->item(0)->text().endsWith(QStringLiteral("ALT")));
        auto *shown = composer->findChild<QLabel *>(QStringLiteral("previewMedia_bluesky_0"));
        QVERIFY(shown);
        QCOMPARE(shown->toolTip(), QStringLiteral("Alt text: A latte with a leaf drawn in the foam"));
        // Kept with the post.
        button(composer, "scheduleButton")->click();
        const QList<Post> saved = PostRepository(store.connection()).query({});
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().media.first().altText, QStringLiteral("A latte with a leaf drawn in the foam"));
        // Opened again, the picture keeps its words.
        ComposerDialog *again = window->openPost(saved.first().id);
        auto *againList = again->findChild<QListWidget *>(QStringLiteral("mediaList"));
        againList->item(0)->setSelected(true);
        QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("mediaAltText"))->text(),
                 QStringLiteral("A latte with a leaf drawn in the foam"));
        again->reject();
    }

    // Each preview colours what its network turns into links, mentions and tags,
    // found as that network finds them (as X and Mastodon count them), so the
    // preview never shows a link the count takes as letters, or the reverse.
    void previewsColourWhatTheNetworkLinks_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("colored");
        QTest::addColumn<QString>("card"); // the host the link card shows, or empty: no card
        const QString remote = QStringLiteral("Thanks @alice@mastodon.example.org!");
        QTest::newRow("x: a bare domain is a link") << "x" << QStringLiteral("Menu: acme.coffee/menu") << QStringList{"acme.coffee/menu"}
                                                    << "acme.coffee";
        QTest::newRow("x: a remote mention is none") << "x" << remote << QStringList{} << "";
        QTest::newRow("x: mentions, tags, no number tag") << "x" << QStringLiteral("Hi @acme_coffee: #autumn #2026 a@b")
                                                          << QStringList{"@acme_coffee", "#autumn"} << "";
        QTest::newRow("x: an unknown top-level domain is letters") << "x" << QStringLiteral("https://acme.example/x")
                                                                   << QStringList{} << "";
        QTest::newRow("bluesky: a remote mention is none") << "bluesky" << remote << QStringList{} << "";
        QTest::newRow("bluesky: a bare domain, a handle") << "bluesky" << QStringLiteral("@acme.bsky.social at acme.coffee/menu.")
                                                          << QStringList{"@acme.bsky.social", "acme.coffee/menu"} << "acme.coffee";
        QTest::newRow("bluesky: after emoji") << "bluesky" << QStringLiteral("🎉👩‍👩‍👧 #launch https://acme.coffee")
                                              << QStringList{"#launch", "https://acme.coffee"} << "acme.coffee";
        QTest::newRow("mastodon: a remote mention is a link") << "mastodon" << remote
                                                              << QStringList{"@alice@mastodon.example.org"} << "";
        QTest::newRow("mastodon: a bare domain is letters") << "mastodon" << QStringLiteral("acme.coffee or https://shop.acme.coffee/a.")
                                                            << QStringList{"https://shop.acme.coffee/a"} << "shop.acme.coffee";
        QTest::newRow("mastodon: no card for a bare domain") << "mastodon" << QStringLiteral("Menu at acme.coffee/menu")
                                                             << QStringList{} << "";
    }

    void previewsColourWhatTheNetworkLinks()
    {
        QFETCH(QString, platform);
        QFETCH(QString, text);
        QFETCH(QStringList, colored);
        QFETCH(QString, card);
        PostPreview preview(*PlatformCatalog::find(platform));
        preview.show({}, {text}, {});
        static const QRegularExpression span(QStringLiteral("<span style=\"color:#[0-9a-f]{6}\">([^<]*)</span>"));
        QStringList found;
        for (auto it = span.globalMatch(preview.html()); it.hasNext();)
            found.append(it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
        QCOMPARE(found, colored);
        // The card is for the first link as the network finds it.
        auto *shownCard = preview.findChild<QLabel *>(QStringLiteral("previewCard_%1").arg(platform));
        QCOMPARE(shownCard->isHidden(), card.isEmpty());
        if (!card.isEmpty())
            QVERIFY2(shownCard->text().startsWith(QStringLiteral("<b>%1</b>").arg(card)), qPrintable(shownCard->text()));
    }

    // Accounts that would read alike get their platform, then their id, in words.
    void accountsNamedAlikeAreToldApart()
    {
        TestStore store;
        store.addNamedIntegration("x_acme", "x", "Acme", "@acmecoffee");
        store.addNamedIntegration("threads_acme", "threads", "Acme", "@acmecoffee");
        store.addNamedIntegration("masto_one", "mastodon", "Acme Coffee", "");
        store.addNamedIntegration("masto_two", "mastodon", "Acme Coffee", "");
        store.addNamedIntegration("bsky", "bluesky", "Acme", "@acme.bsky.social");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        auto *list = composer->findChild<QListWidget *>(QStringLiteral("integrationList"));
        QStringList chips;
        for (int i = 0; i < list->count(); ++i)
            chips.append(list->item(i)->text());
        QVERIFY2(chips.contains(QStringLiteral("@acmecoffee on X (Twitter)")), qPrintable(chips.join(u'|')));
        QVERIFY2(chips.contains(QStringLiteral("@acmecoffee on Threads")), qPrintable(chips.join(u'|')));
        QVERIFY2(chips.contains(QStringLiteral("Acme Coffee on Mastodon (masto_one)")), qPrintable(chips.join(u'|')));
        QVERIFY2(chips.contains(QStringLiteral("Acme Coffee on Mastodon (masto_two)")), qPrintable(chips.join(u'|')));
        QVERIFY2(chips.contains(QStringLiteral("@acme.bsky.social")), qPrintable(chips.join(u'|'))); // alone: as before
        composer->reject();
    }

    // The counter counts by the account's instance's own limit once it is known.
    void theCounterShowsTheInstancesLimit()
    {
        TestStore store;
        Integration masto;
        masto.id = QStringLiteral("int_masto");
        masto.platform = QStringLiteral("mastodon");
        masto.limits = {1000, 30, 6};
        QVERIFY(IntegrationRepository(store.connection()).add(masto).ok());
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        baseText(composer)->setPlainText(QString(700, u'a'));
        auto *counter = composer->findChild<QLabel *>(QStringLiteral("counter_mastodon"));
        QCOMPARE(counter->text(), QStringLiteral("700 / 1000"));
        QCOMPARE(counter->property("overLimit").toBool(), false);
        QVERIFY(button(composer, "scheduleButton")->isEnabled()); // 700 is over Mastodon's 500, not this instance's 1000
        // The instance said its limit: nothing more to say about it.
        auto *note = composer->findChild<QLabel *>(QStringLiteral("limitNote_mastodon"));
        QVERIFY(note->text().isEmpty() && note->isHidden());
        composer->reject();
    }

    // Until an account's instance is read, the count is Mastodon's usual 500,
    // and the composer says so and how to read the instance's own.
    void theCounterSaysWhenTheLimitIsMastodonsUsual()
    {
        TestStore store;
        store.addIntegration("int_masto", "mastodon");
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        baseText(composer)->setPlainText(QString(501, u'a'));
        QCOMPARE(composer->findChild<QLabel *>(QStringLiteral("counter_mastodon"))->text(), QStringLiteral("501 / 500"));
        auto *note = composer->findChild<QLabel *>(QStringLiteral("limitNote_mastodon"));
        QVERIFY(note->isVisibleTo(composer->findChild<QWidget *>(QStringLiteral("tab_mastodon"))));
        QVERIFY2(note->text().contains(QStringLiteral("500 is Mastodon's usual limit"))
                     && note->text().contains(QStringLiteral("Publishing Accounts")),
                 qPrintable(note->text()));
        // X's limit is X's own: nothing said.
        QVERIFY(composer->findChild<QLabel *>(QStringLiteral("limitNote_x"))->isHidden());
        composer->reject();
    }

    // On All Platforms, the shared text's count says Bluesky's bytes once they are
    // over, in red, and why Schedule is greyed out is said there, not only on
    // Bluesky's tab: 300 family emoji are 300 characters and 7,500 bytes.
    void theSharedTextSaysBlueskysBytes()
    {
        TestStore store;
        store.addIntegration("int_b", "bluesky");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        QString family;
        for (int i = 0; i < 300; ++i)
            family += QStringLiteral("👩‍👩‍👧‍👦");
        baseText(composer)->setPlainText(family);
        auto *counter = composer->findChild<QLabel *>(QStringLiteral("baseCounter"));
        QVERIFY2(counter->text().contains(QStringLiteral("Bluesky 300/300 · 7500/3000 bytes")), qPrintable(counter->text()));
        QVERIFY2(counter->text().contains(QStringLiteral("#d73027")), qPrintable(counter->text()));
        auto *error = composer->findChild<QLabel *>(QStringLiteral("error_content"));
        QVERIFY2(error->text().contains(QStringLiteral("3000 bytes")), qPrintable(error->text()));
        QVERIFY(!button(composer, "scheduleButton")->isEnabled());
        // Within both limits: nothing said, and no bytes shown.
        baseText(composer)->setPlainText(QStringLiteral("Doors open at nine"));
        QVERIFY2(!counter->text().contains(QStringLiteral("bytes")), qPrintable(counter->text()));
        QVERIFY(error->text().isEmpty());
        composer->reject();
    }

    // Settings only Almanac's own publishers read show for accounts it publishes to itself.
    void localSettingsShowForLocalAccounts()
    {
        TestStore store;
        store.addIntegration("int_bsky_hosted", "bluesky", QStringLiteral("openpost"));
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        auto *card = composer->findChild<QComboBox *>(QStringLiteral("setting_bluesky_link_card"));
        QVERIFY(card);
        QVERIFY(!card->isVisibleTo(composer->findChild<QWidget *>(QStringLiteral("tab_bluesky"))));
        // Almanac decides what holds when a post does not say: the entry says what.
        QCOMPARE(card->itemText(0), QStringLiteral("(default: Yes)"));
        composer->reject();
        store.addIntegration("int_bsky", "bluesky", QStringLiteral("local"));
        composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        auto *list = composer->findChild<QListWidget *>(QStringLiteral("integrationList"));
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(list->item(i)->data(Qt::UserRole).toString() == u"int_bsky" ? Qt::Checked : Qt::Unchecked);
        card = composer->findChild<QComboBox *>(QStringLiteral("setting_bluesky_link_card"));
        QVERIFY(card->isVisibleTo(composer->findChild<QWidget *>(QStringLiteral("tab_bluesky"))));
        composer->reject();
    }

    void droppedMediaSatisfiesInstagram()
    {
        TestStore store;
        store.addIntegration("int_ig", "instagram");
        const QString image = store.dir() + QStringLiteral("/latte.png");
        QImage pixels(64, 48, QImage::Format_RGB32);
        pixels.fill(Qt::darkYellow);
        QVERIFY(pixels.save(image));
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        baseText(composer)->setPlainText(QStringLiteral("Latte art Thursday"));
        auto *mediaError = composer->findChild<QLabel *>(QStringLiteral("error_media"));
        QVERIFY(!button(composer, "scheduleButton")->isEnabled());
        QVERIFY2(!mediaError->isHidden(), "Instagram needs an image: said next to the media");

        QWidget *strip = composer->findChild<QWidget *>(QStringLiteral("mediaStrip"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(image)});
        QDragEnterEvent enter(strip->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(strip, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(strip->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(strip, &drop);

        auto *list = composer->findChild<QListWidget *>(QStringLiteral("mediaList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(!list->item(0)->icon().isNull()); // a thumbnail of the image
        QVERIFY(mediaError->isHidden());
        QVERIFY(button(composer, "scheduleButton")->isEnabled());
        QTest::mouseClick(button(composer, "scheduleButton"), Qt::LeftButton);
        const Post saved = PostRepository(store.connection()).query({}).value(0);
        QCOMPARE(saved.media.size(), 1);
        QCOMPARE(QUrl(saved.media.first().url).toLocalFile(), image);
    }

    void noDateKeepsADraftUndated()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        ComposerDialog *composer = window->newPost(QDate(2026, 4, 24), 10 * 60);
        baseText(composer)->setPlainText(QStringLiteral("Someday"));
        auto *noDate = composer->findChild<QCheckBox *>(QStringLiteral("noDateCheck"));
        noDate->setChecked(true);
        QVERIFY(!composer->findChild<QDateTimeEdit *>(QStringLiteral("scheduleEdit"))->isEnabled());
        QVERIFY(!button(composer, "scheduleButton")->isEnabled());
        QTest::mouseClick(button(composer, "saveDraftButton"), Qt::LeftButton);

        const Post saved = PostRepository(store.connection()).query({}).value(0);
        QCOMPARE(saved.content, QStringLiteral("Someday"));
        QVERIFY(!saved.scheduledAt);
        QCOMPARE(saved.status, PostStatus::Draft);
        QCOMPARE(window->calendarModel()->rowCount(), 0);
        auto *drafts = window->findChild<QListView *>(QStringLiteral("unscheduledView"));
        QCOMPARE(drafts->model()->rowCount(), 1);

        // Opened again, it is still undated; giving it a date schedules it.
        composer = window->openPost(saved.id);
        noDate = composer->findChild<QCheckBox *>(QStringLiteral("noDateCheck"));
        QVERIFY(noDate->isChecked());
        noDate->setChecked(false);
        QVERIFY(button(composer, "scheduleButton")->isEnabled());
        QTest::mouseClick(button(composer, "scheduleButton"), Qt::LeftButton);
        QVERIFY(PostRepository(store.connection()).find(saved.id).value().scheduledAt);
        QCOMPARE(drafts->model()->rowCount(), 0);
        QCOMPARE(window->calendarModel()->rowCount(), 1);
    }

    void skippedTimeIsSaidInline()
    {
        // Sydney's clocks go from 02:00 to 03:00 on 2026-10-04.
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store, "Australia/Sydney");
        ComposerDialog *composer = window->newPost(QDate(2026, 10, 3), 10 * 60);
        baseText(composer)->setPlainText(QStringLiteral("Spring forward"));
        auto *when = composer->findChild<QDateTimeEdit *>(QStringLiteral("scheduleEdit"));
        auto *note = composer->findChild<QLabel *>(QStringLiteral("note_schedule_at"));
        QVERIFY(note->isHidden());
        when->setDateTime(QDateTime(QDate(2026, 10, 4), QTime(2, 30), Qt::UTC)); // the field holds wall-clock time
        QVERIFY(!note->isHidden());
        // (Times as the locale writes them: "02:30", or "2:30 AM" in en_US.)
        QVERIFY2(note->text().contains(QTime(2, 30).toString(shortTimeFormat()))
                     && note->text().contains(QTime(3, 30).toString(shortTimeFormat())),
                 qPrintable(note->text()));
        QTest::mouseClick(button(composer, "scheduleButton"), Qt::LeftButton);
        const Post saved = PostRepository(store.connection()).query({}).value(0);
        QCOMPARE(WallClock(QTimeZone("Australia/Sydney")).toLocal(*saved.scheduledAt).minute, 3 * 60 + 30);

        // A time that exists says nothing.
        composer = window->newPost(QDate(2026, 10, 4), 4 * 60);
        QVERIFY(composer->findChild<QLabel *>(QStringLiteral("note_schedule_at"))->isHidden());
    }

    // Typed as a person types it, in a locale with AM and PM: "p" in the AM/PM
    // part is PM at once (Qt 6.4 showed "P", then put AM back), and a date
    // typed with its slashes from the month on is that date (Qt moved on twice
    // after a filled part, so "12/18/26" became 12/9/18).
    void typedTimesAndDatesAreKept()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store, "UTC");
        ComposerDialog *composer = window->newPost(QDate(2026, 5, 9), 4 * 60);
        baseText(composer)->setPlainText(QStringLiteral("Summer hours"));
        auto *when = composer->findChild<QDateTimeEdit *>(QStringLiteral("scheduleEdit"));
        QCOMPARE(when->displayFormat(), QStringLiteral("M/d/yy h:mm AP"));
        composer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(composer));
        when->setFocus();

        when->setSelectedSection(QDateTimeEdit::AmPmSection);
        QTest::keyClick(when, Qt::Key_P);
        QCOMPARE(when->time(), QTime(16, 0));
        QTest::keyClick(when, Qt::Key_M); // "PM" typed whole: still PM
        QCOMPARE(when->time(), QTime(16, 0));
        QTest::keyClick(when, Qt::Key_A, Qt::ShiftModifier);
        QCOMPARE(when->time(), QTime(4, 0));

        when->setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(when, QStringLiteral("10/18/26 9:30 pm"));
        QCOMPARE(when->dateTime(), QDateTime(QDate(2026, 10, 18), QTime(21, 30), Qt::UTC));
        when->setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(when, QStringLiteral("6/1/26 11:05 am"));
        QCOMPARE(when->dateTime(), QDateTime(QDate(2026, 6, 1), QTime(11, 5), Qt::UTC));
        // A year typed whole where the field writes two digits.
        when->setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(when, QStringLiteral("7/20/2026 3:15 pm"));
        QCOMPARE(when->dateTime(), QDateTime(QDate(2026, 7, 20), QTime(15, 15), Qt::UTC));
        // A click into the hour (no part selected), then a digit: that hour.
        auto *text = when->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(text);
        text->deselect();
        text->setCursorPosition(text->text().indexOf(u':')); // just after "3"
        QTest::keyClick(when, Qt::Key_9);
        QCOMPARE(when->time(), QTime(21, 15));
        // Correcting a digit: Backspace, then the right one, beside the other.
        text->deselect();
        text->setCursorPosition(text->text().indexOf(u'/', text->text().indexOf(u'/') + 1)); // after the day, "20"
        QTest::keyClick(when, Qt::Key_Backspace);
        QTest::keyClick(when, Qt::Key_1);
        QCOMPARE(when->date(), QDate(2026, 7, 21));
        // "9 pm": a space is not the hour's separator, so it takes Qt to AM/PM.
        when->setTime(QTime(4, 15));
        when->setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(when, QStringLiteral("7/4/26 9 pm"));
        QCOMPARE(when->dateTime(), QDateTime(QDate(2026, 7, 4), QTime(21, 15), Qt::UTC));
        // A click ends what was being typed: digits after it are not the year's.
        when->setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(when, QStringLiteral("12/20/20"));
        QTest::mouseClick(text, Qt::LeftButton);
        when->setSelectedSection(QDateTimeEdit::MinuteSection);
        QTest::keyClicks(when, QStringLiteral("45"));
        QCOMPARE(when->date().year(), 2020);
        QCOMPARE(when->time().minute(), 45);
        // A date alone, its year last and written with two digits: "2026" whole.
        QDateEdit day(QDate(2026, 1, 1));
        day.setDisplayFormat(QStringLiteral("M/d/yy"));
        DateTimeTyping::install(&day);
        day.show();
        day.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&day));
        day.setFocus();
        day.setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(&day, QStringLiteral("7/4/2026"));
        QCOMPARE(day.date(), QDate(2026, 7, 4));
        composer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(composer));
        when->setFocus();
        when->setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(when, QStringLiteral("7/20/26 9:15 pm"));
        QTest::mouseClick(button(composer, "scheduleButton"), Qt::LeftButton);
        const Post saved = PostRepository(store.connection()).query({}).value(0);
        QCOMPARE(saved.scheduledAt, QDateTime(QDate(2026, 7, 20), QTime(21, 15), Qt::UTC).toSecsSinceEpoch());
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
