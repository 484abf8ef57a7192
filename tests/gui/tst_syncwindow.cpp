// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of sync on the offscreen platform: the engine on its own
// thread, a fake OpenPost on 127.0.0.1 that goes away and comes back.
#include "app/secrets/secretstore.h"
#include "calendarfixture.h"
#include "fakeopenpost.h"
#include "fakeposteverywhere.h"
#include "models/itemmodels/failedtargetsmodel.h"
#include "models/store/integrationrepository.h"
#include "models/store/providerrepository.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/calendar/monthview.h"
#include "ui/mainwindow/messagebar.h"
#include "ui/mainwindow/publishingindicator.h"
#include "ui/sync/failedpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QTimer>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QProgressBar>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QToolButton>

using namespace Almanac;
using namespace Almanac::Test;

class TestSyncWindow : public QObject
{
    Q_OBJECT

private:
    static SyncEngine::Options fast()
    {
        SyncEngine::Options o;
        o.transferTimeoutMs = 500;
        o.retryBaseMs = 20;
        o.retryCapMs = 200;
        return o;
    }
    // Provider "op" at the server, and X through it.
    static void connectProvider(TestStore &store, const FakeOpenPost &server)
    {
        ProviderAccount op{QStringLiteral("op"), QStringLiteral("openpost"), QString::fromLatin1(server.baseUrl()), 300, {}, 0};
        QVERIFY(ProviderRepository(store.connection()).add(op).ok());
        Integration x;
        x.id = QStringLiteral("int_x");
        x.platform = QStringLiteral("x");
        x.providerAccount = QStringLiteral("op");
        x.remoteId = QStringLiteral("int_x_abc");
        QVERIFY(IntegrationRepository(store.connection()).add(x).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QApplication::setApplicationName(QStringLiteral("almanac-tst_syncwindow")); // its own settings: GUI tests run side by side
        QStandardPaths::setTestModeEnabled(true);
    }

    void noProviderNoIndicator()
    {
        TestStore store;
        MemorySecretStore secrets;
        auto window = openWindow(store);
        window->startSync(&secrets);
        QVERIFY(!window->findChild<QToolButton *>(QStringLiteral("syncIndicator"))->isVisible());
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("syncAction"))->isEnabled());
    }

    void providersAreAddedTestedAndMapped()
    {
        TestStore store;
        FakeOpenPost server;
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        server.addIntegration(QStringLiteral("int_li_abc"), QStringLiteral("linkedin"));
        MemorySecretStore secrets;
        auto window = openWindow(store);
        window->startSync(&secrets, fast());
        auto *indicator = window->findChild<QToolButton *>(QStringLiteral("syncIndicator"));
        QVERIFY(!indicator->isVisible());
        window->findChild<QAction *>(QStringLiteral("providersAction"))->trigger();
        auto *dialog = window->findChild<QDialog *>(QStringLiteral("providersDialog"));
        QVERIFY(dialog && dialog->isVisible());
        // An empty list says what to do, and offers nothing to select.
        auto *providers = dialog->findChild<QListWidget *>(QStringLiteral("providerList"));
        QCOMPARE(providers->count(), 1);
        QVERIFY2(providers->item(0)->text().startsWith(QStringLiteral("None yet")), qPrintable(providers->item(0)->text()));
        QCOMPARE(providers->item(0)->flags(), Qt::NoItemFlags);

        // A bad URL is refused with the reason; a good one is added, its key kept in the keychain.
        dialog->findChild<QLineEdit *>(QStringLiteral("providerName"))->setText(QStringLiteral("op"));
        dialog->findChild<QLineEdit *>(QStringLiteral("providerBaseUrl"))->setText(QStringLiteral("api.openpost.so"));
        dialog->findChild<QLineEdit *>(QStringLiteral("providerKey"))->setText(QStringLiteral("op_test_key"));
        dialog->findChild<QPushButton *>(QStringLiteral("addProviderButton"))->click();
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("providerStatus"))->text().contains(QStringLiteral("is not a base URL")));
        dialog->findChild<QLineEdit *>(QStringLiteral("providerBaseUrl"))->setText(QString::fromLatin1(server.baseUrl()));
        dialog->findChild<QPushButton *>(QStringLiteral("addProviderButton"))->click();
        QVERIFY(ProviderRepository(store.connection()).find(QStringLiteral("op")));
        QCOMPARE(secrets.providerKey(QStringLiteral("op")).value(), QStringLiteral("op_test_key"));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("providerKey"))->text().isEmpty());
        QVERIFY(indicator->isVisible()); // syncing started with the first provider

        // Test Connection lists the remote accounts; one is added as a local integration.
        dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->click();
        auto *remote = dialog->findChild<QTableWidget *>(QStringLiteral("remoteAccounts"));
        QTRY_COMPARE(remote->rowCount(), 2);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("providerStatus"))->text().startsWith(QStringLiteral("Connected to op")));
        int xRow = remote->item(0, 0)->text() == u"int_x_abc" ? 0 : 1;
        dialog->findChild<QPushButton *>(QStringLiteral("addRemote_%1").arg(xRow))->click();
        const std::optional<Integration> added = IntegrationRepository(store.connection()).find(QStringLiteral("op_int_x_abc"));
        QVERIFY(added);
        QCOMPARE(added->platform, QStringLiteral("x"));
        QCOMPARE(added->providerAccount, QStringLiteral("op"));
        QCOMPARE(added->remoteId, QStringLiteral("int_x_abc"));

        // A post to it reaches the server.
        addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("First through the dialog"), QStringLiteral("op_int_x_abc"));
        window->findChild<QAction *>(QStringLiteral("syncAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(int(server.posts().size()), 1, 10000);
        dialog->reject();
    }

    void aLongPushShowsItsProgress()
    {
        TestStore store;
        FakeOpenPost server;
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        connectProvider(store, server);
        for (int i = 0; i < 120; ++i)
            addPost(store, utc("2026-04-22T09:00:00Z") + i * 60, QStringLiteral("Post %1").arg(i));
        // The second group is held: the push stops half way, in view.
        server.setFaults([](const FakeHttpServer::Request &, int n) { return n == 2 ? FakeOpenPost::Fault::HangAfterCommit
                                                                                   : FakeOpenPost::Fault::None; });
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        auto window = openWindow(store);
        SyncEngine::Options patient = fast();
        patient.transferTimeoutMs = 8000; // the held group stays held long enough to be seen, even on a busy machine
        window->startSync(&secrets, patient);
        auto *progress = window->findChild<QProgressBar *>(QStringLiteral("syncProgress"));
        auto *indicator = window->findChild<QToolButton *>(QStringLiteral("syncIndicator"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 50, 5000); // one group of three in
        QCOMPARE(progress->maximum(), 120);
        QVERIFY2(indicator->text().startsWith(QStringLiteral("Syncing · 70 to go")), qPrintable(indicator->text()));
        // Then the held group times out, goes again under its key, and the rest follows.
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Synced"), 30000);
        QVERIFY(!progress->isVisible());
        QCOMPARE(int(server.posts().size()), 120);
    }

    // A provider account whose key was never stored, or was mistyped: the key
    // is set from Hosted Schedulers, and sync uses it from then on.
    void aMissingKeyIsSetInTheDialogAndSyncGoesOn()
    {
        TestStore store;
        FakeOpenPost server;
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        connectProvider(store, server);
        addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("Waits for a key"), QStringLiteral("int_x"));
        MemorySecretStore secrets; // no key for "op"
        auto window = openWindow(store);
        window->startSync(&secrets, fast());
        auto *indicator = window->findChild<QToolButton *>(QStringLiteral("syncIndicator"));
        QTRY_VERIFY_WITH_TIMEOUT(indicator->toolTip().contains(QStringLiteral("Hosted Schedulers")), 10000);
        QCOMPARE(int(server.posts().size()), 0);

        window->findChild<QAction *>(QStringLiteral("providersAction"))->trigger();
        auto *dialog = window->findChild<QDialog *>(QStringLiteral("providersDialog"));
        dialog->findChild<QListWidget *>(QStringLiteral("providerList"))->setCurrentRow(0);
        auto *setKey = dialog->findChild<QPushButton *>(QStringLiteral("setProviderKeyButton"));
        QVERIFY(setKey->isEnabled());
        const auto typeKey = [this, setKey](const QString &key) {
            QTimer::singleShot(0, this, [key] {
                auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(ask);
                QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
                ask->setTextValue(key);
                ask->accept();
            });
            setKey->click();
        };
        // Mistyped: the server refuses it, and the post waits in the Failed view.
        typeKey(QStringLiteral("  op_tset_key  "));
        QCOMPARE(secrets.providerKey(QStringLiteral("op")).value(), QStringLiteral("op_tset_key"));
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Synced · 1 failed"), 10000);
        QCOMPARE(int(server.posts().size()), 0);

        // The right key, then Retry: sent with it (not the one sync read before).
        typeKey(QStringLiteral("op_test_key"));
        const QString said = dialog->findChild<QLabel *>(QStringLiteral("providerStatus"))->text();
        QVERIFY2(said.contains(QStringLiteral("is in the system keychain")) && said.contains(QStringLiteral("test key")),
                 qPrintable(said));
        dialog->reject();
        auto *view = window->findChild<QTableView *>(QStringLiteral("failedView"));
        window->findChild<FailedPanel *>()->reload();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        window->findChild<QPushButton *>(QStringLiteral("retrySelectedButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(int(server.posts().size()), 1, 10000);
    }

    void retryInRangeAsksPostEverywhereToo()
    {
        TestStore store;
        FakePostEverywhere pe;
        ProviderAccount account{QStringLiteral("pe"), QStringLiteral("posteverywhere"), QString::fromLatin1(pe.baseUrl()), 300, {}, 0};
        QVERIFY(ProviderRepository(store.connection()).add(account).ok());
        Integration ghost;
        ghost.id = QStringLiteral("int_ghost");
        ghost.platform = QStringLiteral("x");
        ghost.providerAccount = QStringLiteral("pe");
        ghost.remoteId = QStringLiteral("999"); // not connected there: the post fails
        QVERIFY(IntegrationRepository(store.connection()).add(ghost).ok());
        addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("Refused"), QStringLiteral("int_ghost"));
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("pe"), QStringLiteral("pe_test_key")).ok());
        auto window = openWindow(store);
        window->startSync(&secrets, fast());
        auto *indicator = window->findChild<QToolButton *>(QStringLiteral("syncIndicator"));
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Synced · 1 failed"), 10000);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("retryRangeDialog"));
            dialog->findChild<QDateEdit *>(QStringLiteral("retryFrom"))->setDate(QDate(2026, 4, 1));
            dialog->accept();
        });
        window->findChild<FailedPanel *>()->retryRange();
        QTRY_COMPARE_WITH_TIMEOUT(pe.lastRetryFilter().value(u"failed_after").toString(), QStringLiteral("2026-04-01T00:00:00Z"), 5000);
        QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("pe: 0 destinations queued for retry there.")));
    }

    // A post the window could not publish: the message says why and offers the
    // Failed view, and it stays until it is closed (there is something to do);
    // a message that only tells hides itself.
    void aFailedPublishStaysInSightWithTheWayToTheFailedView()
    {
        TestStore store;
        FakeHttpServer hook([](const FakeHttpServer::Request &) {
            return FakeHttpServer::Reply{400, "{\"error\":\"signature rejected\"}", {}, FakeHttpServer::Reply::Delivery::Send};
        });
        Integration in;
        in.id = QStringLiteral("hook");
        in.platform = QStringLiteral("webhook");
        in.serviceUrl = QString::fromLatin1(hook.baseUrl());
        QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        addPost(store, utc("2026-04-19T23:59:00Z"), QStringLiteral("Refused"), QStringLiteral("hook"));
        MemorySecretStore secrets;
        QVERIFY(secrets.setWebhookUrl(in.id, in.serviceUrl).ok());
        auto window = openWindow(store);
        window->startSync(&secrets, fast());
        auto *text = window->findChild<QLabel *>(QStringLiteral("messageText"));
        QTRY_VERIFY_WITH_TIMEOUT(text->text().contains(QStringLiteral("could not be published")), 10000);
        auto *bar = window->findChild<QWidget *>(QStringLiteral("messageBar"));
        auto *timer = bar->findChild<QTimer *>(QStringLiteral("messageAutoHide"));
        QVERIFY(bar->isVisible());
        QVERIFY(!timer->isActive());
        auto *show = bar->findChild<QPushButton *>(QStringLiteral("messageAction"));
        QCOMPARE(show->text(), QStringLiteral("Show &Failed Posts"));
        show->click();
        auto *failedDock = window->findChild<QDockWidget *>(QStringLiteral("failedDock"));
        QVERIFY(failedDock->isVisible());
        QVERIFY(!bar->isVisible());
        // It opens with room for several rows, not three squeezed ones.
        auto *failedView = window->findChild<QTableView *>(QStringLiteral("failedView"));
        QTRY_VERIFY2(failedView->viewport()->height() >= 6 * failedView->verticalHeader()->defaultSectionSize(),
                     qPrintable(QString::number(failedView->viewport()->height())));
        // One that only tells ("Draft saved.", "Queued to publish now.") goes by itself.
        auto *messages = qobject_cast<MessageBar *>(bar);
        messages->showMessage(QStringLiteral("Draft saved."), MessageBar::Kind::Information);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 8000);
    }

    void theWindowPublishesLocalAccounts()
    {
        TestStore store;
        QList<QByteArray> received;
        FakeHttpServer hook([&](const FakeHttpServer::Request &r) {
            received.append(r.body);
            return FakeHttpServer::Reply{200, "{}", {}, FakeHttpServer::Reply::Delivery::Send};
        });
        Integration in;
        in.id = QStringLiteral("hook");
        in.platform = QStringLiteral("webhook");
        in.serviceUrl = QString::fromLatin1(hook.baseUrl());
        QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        const QString id = addPost(store, utc("2026-04-19T23:59:00Z"), QStringLiteral("Due a minute ago"), QStringLiteral("hook"));
        MemorySecretStore secrets;
        QVERIFY(secrets.setWebhookUrl(in.id, in.serviceUrl).ok()); // a webhook's URL is kept with the secrets
        auto window = openWindow(store);
        window->startSync(&secrets, fast());
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QTRY_COMPARE(PostRepository(store.connection()).find(id)->status, PostStatus::Published);
        QTRY_COMPARE(window->calendarModel()->statusCounts()[size_t(PostStatus::Published)], 1);
    }

    // almanacd publishes while the window only watches: the status bar says
    // it runs and what it did; once it stops, that the window publishes alone.
    void theWindowShowsWhatAlmanacdDoes()
    {
        TestStore store;
        QList<QByteArray> received;
        FakeHttpServer hook([&](const FakeHttpServer::Request &r) {
            received.append(r.body);
            return FakeHttpServer::Reply{200, "{}", {}, FakeHttpServer::Reply::Delivery::Send};
        });
        auto window = openWindow(store); // no keychain given: this window publishes nothing itself
        auto *indicator = window->findChild<PublishingIndicator *>(QStringLiteral("publishingIndicator"));
        QVERIFY(indicator && !indicator->isVisible()); // no local account yet
        Integration in;
        in.id = QStringLiteral("hook");
        in.name = QStringLiteral("Team hook");
        in.platform = QStringLiteral("webhook");
        in.serviceUrl = QString::fromLatin1(hook.baseUrl());
        QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        qputenv(SecretStore::webhookUrlVariable(in.id).constData(), in.serviceUrl.toUtf8()); // for almanacd, headless
        indicator->refresh();
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), QStringLiteral("Publishing while open"));
        QVERIFY(indicator->toolTip().contains(u"turn it on in Settings, Publishing"));

        addPost(store, utc("2026-04-19T23:59:00Z"), QStringLiteral("Published by the daemon"), QStringLiteral("hook"));
        QProcess daemon;
        daemon.start(QStringLiteral(ALMANACD), {QStringLiteral("--db"), store.path(), QStringLiteral("--interval"), QStringLiteral("1")});
        QVERIFY(daemon.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT((indicator->refresh(), indicator->toolTip().contains(u"1 published")), 10000);
        QCOMPARE(indicator->text(), QStringLiteral("almanacd running"));
        QVERIFY2(indicator->toolTip().contains(QStringLiteral("process %1").arg(daemon.processId())), qPrintable(indicator->toolTip()));
        QVERIFY2(indicator->toolTip().contains(u"Published “Published by the daemon” to Team hook."), qPrintable(indicator->toolTip()));

        daemon.terminate();
        QVERIFY(daemon.waitForFinished(10000));
        indicator->refresh();
        QCOMPARE(indicator->text(), QStringLiteral("Publishing while open"));
    }

    void failedPostsAreListedAndRetried()
    {
        TestStore store;
        FakeOpenPost server; // X is not connected there yet
        connectProvider(store, server);
        const QString id = addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("Spring menu"));
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        auto window = openWindow(store);
        window->startSync(&secrets, fast());
        auto *indicator = window->findChild<QToolButton *>(QStringLiteral("syncIndicator"));
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Synced · 1 failed"), 10000);

        // The indicator opens the Failed view: the destination, and why.
        QTest::mouseClick(indicator, Qt::LeftButton);
        QVERIFY(window->findChild<QDockWidget *>(QStringLiteral("failedDock"))->isVisible());
        auto *view = window->findChild<QTableView *>(QStringLiteral("failedView"));
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->model()->index(0, FailedTargetsModel::ReasonColumn).data().toString().contains(QStringLiteral("int_x_abc is not connected")));
        QCOMPARE(view->model()->index(0, 0).data(FailedTargetsModel::PostIdRole).toString(), id);

        // Connected at the provider now: Retry Selected sends it again.
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        view->selectRow(0);
        auto *retry = window->findChild<QPushButton *>(QStringLiteral("retrySelectedButton"));
        QVERIFY(retry->isEnabled());
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Synced"), 10000);
        QTRY_COMPARE(view->model()->rowCount(), 0);
        // The indicator can say Synced between the retry's queueing and its send: wait for the send.
        QTRY_COMPARE_WITH_TIMEOUT(int(server.posts().size()), 1, 10000);
    }

    // An unconfirmed destination (sent to Discord, no answer): its reason in the
    // Failed view, and the user's two answers: it went out, or send it again.
    void anUnconfirmedPostIsSettledByTheUser()
    {
        TestStore store;
        Integration in;
        in.id = QStringLiteral("disco");
        in.platform = QStringLiteral("discord");
        QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        QStringList ids;
        for (const char *text : {"Went out after all", "Never arrived"}) {
            const QString id = addPost(store, utc("2026-04-19T23:00:00Z"), QString::fromLatin1(text), QStringLiteral("disco"));
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'failed', unconfirmed = 1, last_error = "
                                          "'Unconfirmed: it was sent to Discord without an answer.' WHERE post_id = '%1'").arg(id)));
            QVERIFY(q.exec(QStringLiteral("UPDATE posts SET status = 'failed' WHERE id = '%1'").arg(id)));
            ids.append(id);
        }
        auto window = openWindow(store);
        auto *panel = window->findChild<FailedPanel *>();
        panel->reload();
        auto *view = window->findChild<QTableView *>(QStringLiteral("failedView"));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        auto *wentOut = window->findChild<QPushButton *>(QStringLiteral("confirmPublishedButton"));
        QVERIFY(!wentOut->isEnabled()); // nothing selected
        int row = -1;
        for (int r = 0; r < 2; ++r)
            if (view->model()->index(r, 0).data(FailedTargetsModel::PostIdRole).toString() == ids.at(0))
                row = r;
        QVERIFY(view->model()->index(row, FailedTargetsModel::ReasonColumn).data().toString().startsWith(u"Unconfirmed"));
        view->selectRow(row);
        QVERIFY(wentOut->isEnabled());
        wentOut->click();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(PostRepository(store.connection()).find(ids.at(0))->status, PostStatus::Published);
        // The other: send it again, which forgets the unknown send.
        view->selectRow(0);
        window->findChild<QPushButton *>(QStringLiteral("retrySelectedButton"))->click();
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT status, unconfirmed, intent_at FROM post_targets WHERE post_id = '%1'").arg(ids.at(1))) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("scheduled"));
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(q.value(2).isNull());
    }

    // A destination that failed at the hosted scheduler itself (the request
    // went through, and it said publishing failed): Retry Selected asks
    // PostEverywhere to publish it again, by its id there, and says of
    // OpenPost, which has no such call, what the user can do. Only the
    // destinations chosen are retried.
    void aFailureAtTheSchedulerIsRetriedThereOrExplained()
    {
        TestStore store;
        FakeOpenPost op;
        store.addOpenPostAccount(op.baseUrl());
        FakePostEverywhere pe;
        QVERIFY(ProviderRepository(store.connection())
                    .add({QStringLiteral("pe"), QStringLiteral("posteverywhere"), QString::fromLatin1(pe.baseUrl()), 300, {}, 0})
                    .ok());
        Integration viaPe;
        viaPe.id = QStringLiteral("int_pe");
        viaPe.platform = QStringLiteral("linkedin");
        viaPe.providerAccount = QStringLiteral("pe");
        viaPe.remoteId = QStringLiteral("77");
        QVERIFY(IntegrationRepository(store.connection()).add(viaPe).ok());
        const QString atOp = addPost(store, utc("2026-04-19T20:00:00Z"), QStringLiteral("Refused by X"), QStringLiteral("int_x"));
        const QString atPe = addPost(store, utc("2026-04-19T21:00:00Z"), QStringLiteral("Refused by LinkedIn"), QStringLiteral("int_pe"));
        const QString other = addPost(store, utc("2026-04-19T22:00:00Z"), QStringLiteral("Not chosen"), QStringLiteral("int_pe"));
        // Sent, then reported failed by the scheduler (as a status refresh writes it).
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'done'")));
        const QStringList remote{QStringLiteral("op_1"), QStringLiteral("pe_1"), QStringLiteral("pe_2")};
        const QStringList posts{atOp, atPe, other};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'failed', remote_id = '%1', last_error = "
                                          "'The network refused it.' WHERE post_id = '%2'").arg(remote.at(i), posts.at(i))));
            QVERIFY(q.exec(QStringLiteral("UPDATE posts SET status = 'failed' WHERE id = '%1'").arg(posts.at(i))));
        }
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        QVERIFY(secrets.setProviderKey(QStringLiteral("pe"), QStringLiteral("pe_test_key")).ok());
        auto window = openWindow(store);
        window->startSync(&secrets, fast());
        auto *panel = window->findChild<FailedPanel *>();
        panel->reload();
        auto *view = window->findChild<QTableView *>(QStringLiteral("failedView"));
        QTRY_COMPARE(view->model()->rowCount(), 3);
        view->setSelectionMode(QAbstractItemView::MultiSelection);
        for (int r = 0; r < 3; ++r)
            if (view->model()->index(r, 0).data(FailedTargetsModel::PostIdRole).toString() != other)
                view->selectRow(r);
        window->findChild<QPushButton *>(QStringLiteral("retrySelectedButton"))->click();

        const QString message = window->findChild<QLabel *>(QStringLiteral("messageText"))->text();
        QVERIFY2(message.startsWith(QStringLiteral("1 destination(s) failed at OpenPost"))
                     && message.contains(QStringLiteral("choose Duplicate")),
                 qPrintable(message)); // no "0 queued again" before it
        QTRY_VERIFY_WITH_TIMEOUT(pe.lastRetryFilter().contains(u"post_ids"), 10000);
        QCOMPARE(pe.lastRetryFilter().value(u"post_ids").toVariant().toStringList(), QStringList{QStringLiteral("pe_1")});
        QCOMPARE(pe.lastRetryFilter().value(u"account_id").toInteger(), 77); // that destination's account only
        // PostEverywhere's answer comes beside the advice for OpenPost, not in its place.
        QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(
            QStringLiteral("destinations queued for retry there")));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("choose Duplicate")));
        // Nothing was sent again from here: each is still the scheduler's to publish.
        QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")), 0);
        QCOMPARE(view->model()->rowCount(), 3);
    }

    void offlineEditDrainsWhenBackOnline()
    {
        TestStore store;
        FakeOpenPost server;
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        connectProvider(store, server);
        const QString id = addPost(store, utc("2026-04-22T09:00:00Z"), QStringLiteral("Spring menu"));
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());

        auto window = openWindow(store);
        window->startSync(&secrets, fast());
        auto *indicator = window->findChild<QToolButton *>(QStringLiteral("syncIndicator"));
        QVERIFY(indicator->isVisible());
        QVERIFY(window->findChild<QAction *>(QStringLiteral("syncAction"))->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Synced"), 10000);
        QCOMPARE(int(server.posts().size()), 1);

        // Offline: the edit is kept and counted.
        server.setReachable(false);
        MonthView *month = window->calendar()->monthView();
        drag(month->viewport(), month->chipRect(id).center(), month->pointOf(QDate(2026, 4, 24)));
        QCOMPARE(storedTime(store, id), utc("2026-04-24T09:00:00Z"));
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Offline · 1 to sync"), 10000);
        QVERIFY(!indicator->toolTip().isEmpty());

        // Back online: the engine finds the server by itself and the count drains.
        server.setReachable(true);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Synced"), 10000);
        QCOMPARE(server.posts().first().value(u"schedule_at").toString(), QStringLiteral("2026-04-24T09:00:00Z"));
        QCOMPARE(int(server.posts().size()), 1);
    }
};

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
