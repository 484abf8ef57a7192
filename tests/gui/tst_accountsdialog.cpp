// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing Accounts on the offscreen platform: adding and changing the
// accounts Almanac publishes to itself, refusals with the reason, and Test
// Connection against fakes on 127.0.0.1 (Mastodon, a signed webhook, a
// Bluesky PDS that refuses the password).
#include "app/secrets/secretstore.h"
#include "app/settings/appsettings.h"
#include "calendarfixture.h"
#include "fakehttpserver.h"
#include "fakemastodon.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "ui/settings/accountsdialog.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageAuthenticationCode>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>

using namespace Almanac;
using namespace Almanac::Test;

class TestAccountsDialog : public QObject
{
    Q_OBJECT

    static void fill(AccountsDialog &dialog, const QString &kind, const QString &name, const QString &handle,
                     const QString &url, const QString &secret)
    {
        auto *kinds = dialog.findChild<QComboBox *>(QStringLiteral("accountKind"));
        kinds->setCurrentIndex(kinds->findData(kind));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountName"))->setText(name);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountHandle"))->setText(handle);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountUrl"))->setText(url);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountSecret"))->setText(secret);
    }
    static QString status(AccountsDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("accountStatus"))->text();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWindowOpensIt()
    {
        TestStore store;
        store.addIntegration("x_hosted", "x", QStringLiteral("openpost"));
        MemorySecretStore secrets;
        auto window = openWindow(store);
        QAction *action = window->findChild<QAction *>(QStringLiteral("accountsAction"));
        QVERIFY(!action->isEnabled()); // no keychain yet
        window->startSync(&secrets, SyncEngine::Options{});
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window->findChild<AccountsDialog *>(QStringLiteral("accountsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        // It leads with what can be connected: a button per platform Almanac publishes to.
        auto *strip = dialog->findChild<QWidget *>(QStringLiteral("connectStrip"));
        QVERIFY(strip->isVisible());
        for (const char *platform : {"bluesky", "mastodon", "webhook", "discord", "slack"})
            QVERIFY(dialog->findChild<QToolButton *>(QStringLiteral("connect_%1").arg(QLatin1StringView(platform))));
        dialog->findChild<QToolButton *>(QStringLiteral("connect_mastodon"))->click();
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("accountKind"))->currentData().toString(),
                 QStringLiteral("mastodon"));
        QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("saveAccountButton"))->text(), QStringLiteral("&Add Account"));
        // An account a hosted scheduler publishes to is listed, greyed, saying where it is changed.
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("accountList"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().endsWith(QStringLiteral("(through OpenPost)")), qPrintable(list->item(0)->text()));
        QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("Hosted Schedulers")));
        QVERIFY(!list->currentItem()); // nothing of it to edit here
        // The rest go through a hosted scheduler: the link opens that dialog.
        auto *hosted = dialog->findChild<QLabel *>(QStringLiteral("connectHosted"));
        QVERIFY(hosted->text().contains(QStringLiteral("Instagram")));
        Q_EMIT hosted->linkActivated(QStringLiteral("#hosted"));
        QTRY_VERIFY(window->findChild<QDialog *>(QStringLiteral("providersDialog")));
        QVERIFY(!dialog->isVisible());
    }

    // Each account is named once: its handle when its name only repeats it,
    // else its name and then its handle as the account writes it.
    void theListNamesEachAccountOnce()
    {
        TestStore store;
        MemorySecretStore secrets;
        store.addNamedIntegration("bsky", "bluesky", "@acme.bsky.social", "@acme.bsky.social");
        store.addNamedIntegration("masto", "mastodon", "Acme", "@acme@mastodon.social");
        store.addNamedIntegration("hook", "webhook", "Team hook", "");
        AccountsDialog dialog(store.database(), &secrets);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountList"));
        QStringList shown;
        for (int i = 0; i < list->count(); ++i)
            shown.append(list->item(i)->text());
        QVERIFY2(shown.contains(QStringLiteral("Bluesky — @acme.bsky.social")), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(QStringLiteral("Mastodon — Acme (@acme@mastodon.social)")), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(QStringLiteral("Webhook — Team hook")), qPrintable(shown.join(u'|')));
    }

    void aMastodonAccountIsTestedThenAdded()
    {
        TestStore store;
        MemorySecretStore secrets;
        FakeMastodon masto;
        AccountsDialog dialog(store.database(), &secrets);
        dialog.show();
        QSignalSpy changed(&dialog, &AccountsDialog::changed);
        // Only the fields Mastodon has are shown.
        fill(dialog, QStringLiteral("mastodon"), QStringLiteral("Acme on Mastodon"), {}, QStringLiteral("mastodon.example"), QStringLiteral("masto_token"));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("accountHandle"))->isVisible());
        dialog.save();
        QVERIFY2(status(dialog).contains(u"instance's URL"), qPrintable(status(dialog)));
        QVERIFY(IntegrationRepository(store.connection()).list().isEmpty());

        dialog.findChild<QLineEdit *>(QStringLiteral("accountUrl"))->setText(QString::fromLatin1(masto.baseUrl()));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountSecret"))->setText(QStringLiteral("wrong"));
        dialog.findChild<QPushButton *>(QStringLiteral("testAccountButton"))->click();
        QTRY_VERIFY(status(dialog).startsWith(u"✗"));
        QVERIFY2(status(dialog).contains(u"HTTP 401"), qPrintable(status(dialog)));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountSecret"))->setText(QStringLiteral("masto_token"));
        dialog.findChild<QPushButton *>(QStringLiteral("testAccountButton"))->click();
        QTRY_VERIFY(status(dialog).startsWith(u"✓"));
        QVERIFY2(status(dialog).contains(u"@acme"), qPrintable(status(dialog)));
        // The instance says its own limits, and the test says them.
        QVERIFY2(status(dialog).contains(u"up to 1000 characters"), qPrintable(status(dialog)));
        QVERIFY(IntegrationRepository(store.connection()).list().isEmpty()); // testing saves nothing

        dialog.save();
        QCOMPARE(changed.size(), 1);
        const QList<Integration> all = IntegrationRepository(store.connection()).list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().platform, QStringLiteral("mastodon"));
        QCOMPARE(all.first().provider, QStringLiteral("local"));
        QCOMPARE(all.first().name, QStringLiteral("Acme on Mastodon"));
        QCOMPARE(all.first().serviceUrl, QString::fromLatin1(masto.baseUrl()));
        QCOMPARE(secrets.integrationSecret(all.first().id).value(), QStringLiteral("masto_token"));
        // Kept with the account: every check and the composer count by the instance's limits.
        QCOMPARE(all.first().limits, (PlatformLimits{1000, 30, 6}));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("accountSecret"))->text().isEmpty());
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("accountList"))->count(), 1);
    }

    // Connecting an account reads its instance's limits without a test (no
    // token sent: the description is public); moving it to another server drops
    // the old limits and reads the new ones.
    void aSavedMastodonAccountReadsItsInstancesLimits()
    {
        TestStore store;
        MemorySecretStore secrets;
        FakeMastodon masto;
        FakeMastodon other;
        other.setLimits(5000, 23, 4);
        AccountsDialog dialog(store.database(), &secrets);
        dialog.show();
        QSignalSpy changed(&dialog, &AccountsDialog::changed);
        fill(dialog, QStringLiteral("mastodon"), QStringLiteral("Acme on Mastodon"), {}, QString::fromLatin1(masto.baseUrl()),
             QStringLiteral("masto_token"));
        dialog.save();
        QCOMPARE(IntegrationRepository(store.connection()).list().size(), 1);
        QTRY_COMPARE(IntegrationRepository(store.connection()).list().first().limits, (PlatformLimits{1000, 30, 6}));
        // The count as the language writes numbers (1,000 in English).
        QTRY_VERIFY2(status(dialog).contains(QStringLiteral("up to %1 characters").arg(QLocale().toString(1000))),
                     qPrintable(status(dialog)));
        QVERIFY2(status(dialog).startsWith(u"✓ Added Acme on Mastodon"), qPrintable(status(dialog)));
        QCOMPARE(changed.size(), 2); // saved, then its limits
        // The form says them.
        auto *limits = dialog.findChild<QLabel *>(QStringLiteral("accountLimits"));
        QVERIFY(limits->isVisible());
        QVERIFY2(limits->text().contains(u"1000 characters") && limits->text().contains(u"counting 30"),
                 qPrintable(limits->text()));
        QCOMPARE(masto.instanceReads(), 1);
        QVERIFY(!masto.instanceReadWithToken());

        // Another server: its limits replace the old ones, which never apply to it.
        dialog.findChild<QLineEdit *>(QStringLiteral("accountUrl"))->setText(QString::fromLatin1(other.baseUrl()));
        other.setAnswerDelayMs(300);
        dialog.save();
        QCOMPARE(IntegrationRepository(store.connection()).list().first().limits, PlatformLimits{});
        QVERIFY2(limits->text().contains(u"Mastodon's own") && limits->text().contains(u"500 characters"),
                 qPrintable(limits->text()));
        QTRY_COMPARE(IntegrationRepository(store.connection()).list().first().limits, (PlatformLimits{5000, 23, 4}));
        QTRY_VERIFY2(limits->text().contains(u"5000 characters"), qPrintable(limits->text()));
        QTRY_VERIFY2(status(dialog).contains(QStringLiteral("up to %1 characters").arg(QLocale().toString(5000))), qPrintable(status(dialog)));

        // A server that does not say keeps Mastodon's own count.
        other.setReachable(false);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountUrl"))->setText(QString::fromLatin1(other.baseUrl()) + u'/');
        dialog.save();
        QCOMPARE(IntegrationRepository(store.connection()).list().first().limits, PlatformLimits{});
        QTest::qWait(300); // its answer (a refused connection) comes and changes nothing
        QCOMPARE(IntegrationRepository(store.connection()).list().first().limits, PlatformLimits{});
        QVERIFY2(!status(dialog).contains(u"characters"), qPrintable(status(dialog)));
    }

    // An answer that comes late changes the stored limits only: not the form
    // the user has gone on to fill in, nor what the dialog says now; and a test
    // of the old server that ends after the account moved keeps nothing.
    void lateLimitsLeaveTheFormAlone()
    {
        TestStore store;
        MemorySecretStore secrets;
        FakeMastodon masto;
        masto.setAnswerDelayMs(400);
        AccountsDialog dialog(store.database(), &secrets);
        dialog.show();
        fill(dialog, QStringLiteral("mastodon"), QStringLiteral("Acme on Mastodon"), {}, QString::fromLatin1(masto.baseUrl()),
             QStringLiteral("masto_token"));
        dialog.save();
        dialog.findChild<QToolButton *>(QStringLiteral("connect_bluesky"))->click();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("accountName"));
        name->setText(QStringLiteral("Half typed"));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountSecret"))->setText(QStringLiteral("app-password"));
        dialog.save(); // refused (no handle yet): the dialog says so, and goes on saying so
        const QString refusal = status(dialog);
        QVERIFY(refusal.startsWith(u"✗"));
        QTRY_COMPARE(IntegrationRepository(store.connection()).list().first().limits, (PlatformLimits{1000, 30, 6}));
        QCOMPARE(name->text(), QStringLiteral("Half typed"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("accountSecret"))->text(), QStringLiteral("app-password"));
        QCOMPARE(status(dialog), refusal);

        // Tested on one server, moved to another before the test's answer: the old limits are not kept.
        FakeMastodon other;
        other.setReachable(false);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountList"));
        list->setCurrentRow(0);
        masto.setLimits(2000, 23, 4);
        dialog.findChild<QPushButton *>(QStringLiteral("testAccountButton"))->click();
        dialog.findChild<QLineEdit *>(QStringLiteral("accountUrl"))->setText(QString::fromLatin1(other.baseUrl()));
        dialog.save();
        QCOMPARE(IntegrationRepository(store.connection()).list().first().limits, PlatformLimits{});
        QTRY_VERIFY(status(dialog).contains(u"2000 characters") || status(dialog).startsWith(u"✗"));
        QTest::qWait(100);
        QCOMPARE(IntegrationRepository(store.connection()).list().first().limits, PlatformLimits{});
    }

    // Remove: refused while a post still waits to go to the account; then it
    // leaves every list and the keychain, and its published history stays.
    void anAccountIsRemovedOnceNothingWaitsForIt()
    {
        TestStore store;
        MemorySecretStore secrets;
        Integration hook;
        hook.id = QStringLiteral("team-hook");
        hook.platform = QStringLiteral("webhook");
        hook.serviceUrl = QStringLiteral("https://hooks.example/in");
        QVERIFY(IntegrationRepository(store.connection()).add(hook).ok());
        QVERIFY(secrets.setIntegrationSecret(hook.id, QStringLiteral("hmac")).ok());
        PostRepository posts(store.connection());
        Post waiting;
        waiting.content = QStringLiteral("Still to go");
        waiting.status = PostStatus::Scheduled;
        waiting.scheduledAt = 1776762000;
        waiting.targets.append({hook.id, QStringLiteral("webhook"), PostStatus::Scheduled, {}, {}, 0, {}, 0, false});
        QVERIFY(posts.insert(waiting).ok());
        Post published;
        published.content = QStringLiteral("Went out");
        published.status = PostStatus::Published;
        published.scheduledAt = 1776000000;
        published.targets.append({hook.id, QStringLiteral("webhook"), PostStatus::Published, QStringLiteral("https://hooks.example/p/1"), {}, 1, {}, 0, false});
        QVERIFY(posts.insert(published).ok());

        AccountsDialog dialog(store.database(), &secrets);
        dialog.show();
        QSignalSpy changed(&dialog, &AccountsDialog::changed);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("removeAccountButton"))->isEnabled());
        dialog.removeAccount(hook.id);
        QVERIFY2(status(dialog).startsWith(u"✗") && status(dialog).contains(u"1 post(s) still go to team-hook"),
                 qPrintable(status(dialog)));
        QCOMPARE(list->count(), 1);
        QCOMPARE(changed.size(), 0);
        QVERIFY(secrets.integrationSecret(hook.id).ok());

        QVERIFY(posts.remove({waiting.id}).ok());
        dialog.removeAccount(hook.id);
        QVERIFY2(status(dialog).startsWith(u"✓"), qPrintable(status(dialog)));
        QCOMPARE(list->count(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(IntegrationRepository(store.connection()).list().isEmpty());
        QVERIFY(!secrets.integrationSecret(hook.id).ok());
        // The published post keeps its destination and link.
        const std::optional<Post> kept = posts.find(published.id);
        QVERIFY(kept);
        QCOMPARE(kept->targets.value(0).integrationId, hook.id);
        QCOMPARE(kept->targets.value(0).platformPostUrl, QStringLiteral("https://hooks.example/p/1"));
        QVERIFY(IntegrationRepository(store.connection()).find(hook.id));
        // Added again, it is the same account.
        QVERIFY(IntegrationRepository(store.connection()).add(hook).ok());
        QCOMPARE(IntegrationRepository(store.connection()).list().size(), 1);
        hook.platform = QStringLiteral("discord");
        QVERIFY(IntegrationRepository(store.connection()).remove(hook.id).ok());
        const Result<void> other = IntegrationRepository(store.connection()).add(hook);
        QVERIFY(!other);
        QVERIFY2(other.error().contains(u"removed webhook account"), qPrintable(other.error()));
    }

    void anAccountIsChangedAndKeepsItsSecret()
    {
        TestStore store;
        MemorySecretStore secrets;
        AccountsDialog dialog(store.database(), &secrets);
        dialog.show();
        fill(dialog, QStringLiteral("bluesky"), {}, QStringLiteral("@acme.bsky.social"), {}, QStringLiteral("abcd-efgh-ijkl-mnop"));
        dialog.save();
        const QString id = IntegrationRepository(store.connection()).list().value(0).id;
        QCOMPARE(id, QStringLiteral("bluesky-acme"));
        QCOMPARE(IntegrationRepository(store.connection()).find(id)->handle, QStringLiteral("acme.bsky.social")); // without "@"
        // Selected again: the kind is fixed, the secret field empty; saving a new name keeps the password.
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("accountKind"))->isEnabled());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("accountSecret"))->text().isEmpty());
        dialog.findChild<QLineEdit *>(QStringLiteral("accountName"))->setText(QStringLiteral("Acme"));
        dialog.save();
        QCOMPARE(IntegrationRepository(store.connection()).find(id)->name, QStringLiteral("Acme"));
        QCOMPARE(secrets.integrationSecret(id).value(), QStringLiteral("abcd-efgh-ijkl-mnop"));
        // A second account with the same handle gets its own ID. What was said
        // of the first (saved) is not said of the new one.
        QVERIFY(status(dialog).startsWith(u"✓"));
        dialog.findChild<QPushButton *>(QStringLiteral("newAccountButton"))->click();
        QVERIFY2(!status(dialog).startsWith(u"✓"), qPrintable(status(dialog)));
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("accountKind"))->isEnabled());
        fill(dialog, QStringLiteral("bluesky"), {}, QStringLiteral("acme.example.com"), QStringLiteral("https://pds.example.com"),
             QStringLiteral("pass-word-four-four"));
        dialog.save();
        QVERIFY(IntegrationRepository(store.connection()).find(QStringLiteral("bluesky-acme-2")));
    }

    void refusalsSayWhatIsMissing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bluesky without handle") << "bluesky" << "" << "" << "pw" << "Enter the Bluesky handle";
        QTest::newRow("bluesky without password") << "bluesky" << "me.bsky.social" << "" << "" << "Enter an app password";
        QTest::newRow("bluesky bad service") << "bluesky" << "me.bsky.social" << "pds" << "pw" << "is not a service URL";
        QTest::newRow("mastodon without token") << "mastodon" << "" << "https://mastodon.social" << "" << "access token";
        QTest::newRow("webhook without URL") << "webhook" << "" << "" << "" << "webhook's URL";
        QTest::newRow("discord not a URL") << "discord" << "" << "" << "abc" << "incoming webhook's URL";
    }

    void refusalsSayWhatIsMissing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, handle);
        QFETCH(QString, url);
        QFETCH(QString, secret);
        QFETCH(QString, reason);
        TestStore store;
        MemorySecretStore secrets;
        AccountsDialog dialog(store.database(), &secrets);
        dialog.show();
        fill(dialog, kind, {}, handle, url, secret);
        dialog.save();
        QVERIFY2(status(dialog).startsWith(u"✗") && status(dialog).contains(reason), qPrintable(status(dialog)));
        QVERIFY(IntegrationRepository(store.connection()).list().isEmpty());
    }

    // How late a missed post may go out is set in one place, Settings: the
    // accounts dialog had a second box for it, which saved at once while
    // Settings' saved on OK.
    void theGraceWindowIsSetInSettingsAlone()
    {
        TestStore store;
        MemorySecretStore secrets;
        AccountsDialog dialog(store.database(), &secrets);
        QVERIFY(dialog.findChildren<QSpinBox *>().isEmpty());
        QVERIFY(status(dialog).contains(u"Settings, Publishing"));
        AppSettings().setPublishGraceMinutes(45);
        SettingsDialog settings({}, QString());
        QCOMPARE(settings.findChild<QSpinBox *>(QStringLiteral("settingsGrace"))->value(), 45);
        AppSettings().setPublishGraceMinutes(15);
    }

    void aWebhookGetsASignedTestEvent()
    {
        TestStore store;
        MemorySecretStore secrets;
        QList<FakeHttpServer::Request> received;
        FakeHttpServer hook([&](const FakeHttpServer::Request &r) {
            received.append(r);
            return FakeHttpServer::Reply{204, {}, {}, FakeHttpServer::Reply::Delivery::Send};
        });
        AccountsDialog dialog(store.database(), &secrets);
        dialog.show();
        fill(dialog, QStringLiteral("webhook"), QStringLiteral("CMS"), {}, QString::fromLatin1(hook.baseUrl()) + QStringLiteral("/in"),
             QStringLiteral("sign-me"));
        dialog.testConnection();
        QTRY_VERIFY(status(dialog).startsWith(u"✓"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().header("x-almanac-event"), QByteArray("test"));
        const FakeHttpServer::Request &r = received.first();
        QCOMPARE(r.header("webhook-signature"),
                 "v1," + QMessageAuthenticationCode::hash(r.header("webhook-id") + '.' + r.header("webhook-timestamp") + '.' + r.body,
                                                          "sign-me", QCryptographicHash::Sha256).toBase64());
        QCOMPARE(QJsonDocument::fromJson(received.first().body).object().value(u"event").toString(), QStringLiteral("test"));
    }

    void blueskyRefusingThePasswordIsSaid()
    {
        TestStore store;
        MemorySecretStore secrets;
        FakeHttpServer pds([](const FakeHttpServer::Request &r) {
            if (r.path == "/xrpc/com.atproto.server.createSession")
                return FakeHttpServer::Reply{401, R"({"error":"AuthenticationRequired","message":"Invalid identifier or password"})",
                                             {{"Content-Type", "application/json"}}, FakeHttpServer::Reply::Delivery::Send};
            return FakeHttpServer::Reply{404, {}, {}, FakeHttpServer::Reply::Delivery::Send};
        });
        AccountsDialog dialog(store.database(), &secrets);
        dialog.show();
        fill(dialog, QStringLiteral("bluesky"), {}, QStringLiteral("me.bsky.social"), QString::fromLatin1(pds.baseUrl()),
             QStringLiteral("not-the-one"));
        dialog.testConnection();
        QTRY_VERIFY(status(dialog).startsWith(u"✗"));
        QVERIFY2(status(dialog).contains(u"Invalid identifier or password") && status(dialog).contains(u"me.bsky.social"),
                 qPrintable(status(dialog)));
        QVERIFY(!status(dialog).contains(u"not-the-one"));
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
