// SPDX-License-Identifier: GPL-3.0-or-later
// A distinct secret planted for every kind of account, and hosts that answer
// every request with an error quoting what they were sent. Then the whole life
// of a plan: import, sync, publish (all failing), list, export in every format,
// backup, and almanacd's log. No secret may appear in any output, any file or
// any table of the store.
#include "app/secrets/secretstore.h"
#include "app/secrets/webhookurlmigration.h"
#include "fakehttpserver.h"
#include "teststore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Almanac;
using namespace Almanac::Test;
using Reply = FakeHttpServer::Reply;

namespace {

// Every header and the body, as one text a hostile host would quote back.
QByteArray everything(const FakeHttpServer::Request &r)
{
    QByteArray all = r.method + ' ' + r.path + ' ';
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
        all += it.key() + ": " + it.value() + ' ';
    return all + r.body;
}

QByteArray quoteBack(const QByteArray &prefix, const FakeHttpServer::Request &r)
{
    // {"error": {...}}, {"message"}, {"error": "..."} shapes, each with everything in it.
    const QString said = QString::fromUtf8(prefix + everything(r));
    return QJsonDocument(QJsonObject{{"error", QJsonObject{{"message", said}}}, {"message", said}}).toJson();
}

} // namespace

class TestPlantedSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_env;
    QList<QByteArray> m_outputs; // everything every program printed
    QHash<QString, QByteArray> m_secrets;

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    Run cli(const QStringList &args, const QString &now = QStringLiteral("2026-04-20T00:00:00Z"))
    {
        QProcess p;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("ALMANAC_NOW"), now);
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(ALMANAC_CLI), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!finished.wait(120000))
            qFatal("almanac-cli did not finish");
        Run r{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        m_outputs.append(r.out);
        m_outputs.append(r.err);
        return r;
    }

    void plant(const QString &variable, const QByteArray &secret)
    {
        m_env.insert(variable, QString::fromUtf8(secret));
        m_secrets.insert(variable, secret);
    }

    // Where a secret must not be: the haystack's name for the message.
    void verifyClean(const QByteArray &haystack, const QString &where)
    {
        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
            QVERIFY2(!haystack.contains(it.value()),
                     qPrintable(QStringLiteral("%1 holds the secret of %2").arg(where, it.key())));
            // Nor its recognisable core (a token inside a URL, percent-encoded or not).
            const QByteArray core = it.value().right(16);
            QVERIFY2(!haystack.contains(core), qPrintable(QStringLiteral("%1 holds part of the secret of %2").arg(where, it.key())));
        }
    }

private Q_SLOTS:
    void aPlanWithEveryKindOfSecretLeaksNone()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        m_env.insert(QStringLiteral("HOME"), m_dir.path()); // no settings, no keychain of the user's
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));

        // Hosts that fail every request and quote back all they got.
        FakeHttpServer openpost([](const FakeHttpServer::Request &r) { return Reply{401, quoteBack("Invalid API key: ", r), {}, Reply::Delivery::Send}; });
        FakeHttpServer posteverywhere([](const FakeHttpServer::Request &r) { return Reply{400, quoteBack("Bad request: ", r), {}, Reply::Delivery::Send}; });
        FakeHttpServer bundle([](const FakeHttpServer::Request &r) { return Reply{400, quoteBack("Refused: ", r), {}, Reply::Delivery::Send}; });
        FakeHttpServer mastodon([](const FakeHttpServer::Request &r) {
            return Reply{401, QJsonDocument(QJsonObject{{"error", QString::fromUtf8("The access token is invalid: " + everything(r))}}).toJson(), {}, Reply::Delivery::Send};
        });
        FakeHttpServer pds([](const FakeHttpServer::Request &r) {
            return Reply{401, QJsonDocument(QJsonObject{{"error", "AuthenticationRequired"}, {"message", QString::fromUtf8("Invalid identifier or password: " + everything(r))}}).toJson(), {}, Reply::Delivery::Send};
        });
        FakeHttpServer hooks([](const FakeHttpServer::Request &r) { return Reply{400, "invalid webhook " + everything(r), {}, Reply::Delivery::Send}; });

        const QByteArray hooksBase = hooks.baseUrl();
        plant(QStringLiteral("ALMANAC_API_KEY_OP"), "op_live_PLANTEDopenpostKEY0001");
        plant(QStringLiteral("ALMANAC_API_KEY_PE"), "pe_PLANTEDposteverywhereKEY0002");
        plant(QStringLiteral("ALMANAC_API_KEY_BS"), "bs_PLANTEDbundlesocialKEY0003");
        plant(QStringLiteral("ALMANAC_SECRET_MASTO"), "PLANTEDmastodonACCESStoken0004");
        plant(QStringLiteral("ALMANAC_SECRET_BSKY"), "plnt-dbsk-ypas-0005");
        plant(QStringLiteral("ALMANAC_SECRET_DISCO"), hooksBase + "/api/webhooks/1234/PLANTEDdiscordTOKEN0006");
        plant(QStringLiteral("ALMANAC_SECRET_SLACKY"), hooksBase + "/services/T000/B000/PLANTEDslackTOKEN0007");
        plant(QStringLiteral("ALMANAC_WEBHOOK_URL_HOOK"), hooksBase + "/in?token=PLANTEDgenericURLtoken0008");
        plant(QStringLiteral("ALMANAC_SECRET_HOOK"), "whsec_UExBTlRFRHNpZ25pbmdLRVkwMDA5");

        // The accounts.
        const auto ok = [this](const QStringList &args) {
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
        };
        ok({"provider", "add", "op", "--kind", "openpost", "--base-url", QString::fromLatin1(openpost.baseUrl())});
        ok({"provider", "add", "pe", "--kind", "posteverywhere", "--base-url", QString::fromLatin1(posteverywhere.baseUrl())});
        ok({"provider", "add", "bs", "--kind", "bundlesocial", "--base-url", QString::fromLatin1(bundle.baseUrl()), "--team-id", "team1"});
        ok({"integrations", "add", "--id", "int_x", "--platform", "x", "--provider", "op", "--remote-id", "rx"});
        ok({"integrations", "add", "--id", "int_li", "--platform", "linkedin", "--provider", "pe", "--remote-id", "rli"});
        ok({"integrations", "add", "--id", "int_tt", "--platform", "tiktok", "--provider", "bs", "--remote-id", "rtt"});
        ok({"integrations", "add", "--id", "masto", "--platform", "mastodon", "--service-url", QString::fromLatin1(mastodon.baseUrl())});
        ok({"integrations", "add", "--id", "bsky", "--platform", "bluesky", "--handle", "alice.test", "--service-url",
            QString::fromLatin1(pds.baseUrl())});
        ok({"integrations", "add", "--id", "disco", "--platform", "discord"});
        ok({"integrations", "add", "--id", "slacky", "--platform", "slack"});
        ok({"integrations", "add", "--id", "hook", "--platform", "webhook"});

        // Import: one post per account, due an hour from now.
        QFile csv(m_dir.filePath(QStringLiteral("plan.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("content,integrations,schedule_at\n");
        for (const char *id : {"int_x", "int_li", "masto", "bsky", "disco", "slacky", "hook"})
            csv.write(QByteArray("Hello from Almanac to ") + id + "," + id + ",2026-04-20T01:00:00Z\n");
        csv.write("A video for TikTok,int_tt,2026-04-20T01:00:00Z\n");
        csv.close();
        Run r = cli({"import", csv.fileName()});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData()); // TikTok may want media: judged, said
        if (r.exitCode != 0) {
            r = cli({"import", csv.fileName(), "--skip-invalid"});
            QCOMPARE(r.exitCode, 0);
        }

        // Sync to the hosted schedulers: every request fails, quoting the key.
        cli({"sync", "--timeout", "20"});
        cli({"sync", "--json", "--timeout", "5"});
        QVERIFY(openpost.requestCount() > 0 && posteverywhere.requestCount() > 0);

        // Publish, by almanacd: every account fails, each host quoting its secret.
        {
            QProcess daemon;
            QProcessEnvironment env = m_env;
            env.insert(QStringLiteral("ALMANAC_NOW"), QStringLiteral("2026-04-20T01:01:00Z"));
            daemon.setProcessEnvironment(env);
            daemon.setProcessChannelMode(QProcess::MergedChannels);
            daemon.start(QStringLiteral(ALMANACD), {QStringLiteral("--db"), m_db, QStringLiteral("--interval"), QStringLiteral("1")});
            QVERIFY(daemon.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(pds.requestCount() > 0 && hooks.requestCount() >= 3 && mastodon.requestCount() > 0, 30000);
            QTest::qWait(1500);
            daemon.terminate();
            QSignalSpy finished(&daemon, &QProcess::finished);
            QVERIFY(daemon.state() == QProcess::NotRunning || finished.wait(10000));
            const QByteArray log = daemon.readAll();
            QVERIFY2(log.contains("Could not publish") || log.contains("failed"), log.constData()); // it did say what failed
            m_outputs.append(log);
            verifyClean(log, QStringLiteral("almanacd's log"));
        }
        // And by the CLI's scheduler (retries, if any), then every view of the plan.
        cli({"scheduler", "run", "--once", "--json"}, QStringLiteral("2026-04-20T01:02:00Z"));
        const Run listed = cli({"list", "--json"});
        const QJsonArray posts = QJsonDocument::fromJson(listed.out).object().value(u"posts").toArray();
        QVERIFY(posts.size() >= 7);
        int failedWithReason = 0;
        for (const QJsonValue &p : posts)
            for (const QJsonValue &t : p[u"targets"].toArray())
                failedWithReason += !t[u"last_error"].toString().isEmpty();
        QVERIFY2(failedWithReason >= 6, listed.out.constData()); // the failures are there, with reasons
        cli({"list"});
        cli({"integrations", "list", "--json"});
        cli({"integrations", "list"});
        cli({"provider", "list", "--json"});
        for (const char *format : {"openpost", "bundlesocial", "json", "ics"}) {
            const QString file = m_dir.filePath(QStringLiteral("export.") + QString::fromLatin1(format));
            const Run exported = cli({"export", file, "--format", QString::fromLatin1(format), "--team-id", "team1"});
            QCOMPARE(exported.exitCode, 0);
            cli({"export", "-", "--format", QString::fromLatin1(format), "--team-id", "team1"});
        }
        QCOMPARE(cli({"backup", m_dir.filePath(QStringLiteral("backup.sqlite"))}).exitCode, 0);

        // Nothing printed holds a secret.
        for (qsizetype i = 0; i < m_outputs.size(); ++i)
            verifyClean(m_outputs.at(i), QStringLiteral("output %1").arg(i));
        // No file: the store, its WAL, the backup, the exports.
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.endsWith(u"plan.csv"))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            verifyClean(f.readAll(), path);
            ++checked;
        }
        QVERIFY(checked >= 6);
        // No table, read through SQL too (a value could sit in a page the file scan would split).
        Database db(QStringLiteral("planted"));
        QVERIFY(db.open(m_db).ok());
        QSqlQuery tables(db.connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db.connection());
            QVERIFY(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            QByteArray dump;
            while (rows.next())
                for (int c = 0; c < rows.record().count(); ++c)
                    dump += rows.value(c).toString().toUtf8() + '\t';
            verifyClean(dump, QStringLiteral("table %1").arg(table));
        }
    }

    // An earlier Almanac kept a generic webhook's URL in the store: it moves to
    // the keychain, and neither the store file nor its WAL keeps it.
    void aWebhookUrlInTheStoreMovesToTheKeychain()
    {
        TestStore store;
        store.addIntegration(QStringLiteral("hook"), QStringLiteral("webhook"));
        const QString url = QStringLiteral("https://hooks.example/in?token=OLDplantedWEBHOOKtoken");
        {
            QSqlQuery q(store.connection());
            q.prepare(QStringLiteral("UPDATE integrations SET service_url = ? WHERE id = 'hook'"));
            q.addBindValue(url);
            QVERIFY(q.exec());
        }
        MemorySecretStore secrets;
        const Result<int> moved = WebhookUrlMigration::run(store.connection(), secrets);
        QVERIFY(moved.ok());
        QCOMPARE(moved.value(), 1);
        QCOMPARE(secrets.webhookUrl(QStringLiteral("hook")).value(), url);
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT service_url FROM integrations WHERE id = 'hook'")) && q.next());
        QVERIFY(q.value(0).isNull());
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(store.path() + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!f.readAll().contains("OLDplantedWEBHOOKtoken"), qPrintable(store.path() + suffix));
        }
        // Nothing left to move the next time.
        QCOMPARE(WebhookUrlMigration::run(store.connection(), secrets).value(), 0);
    }
};

QTEST_MAIN(TestPlantedSecrets)
#include "tst_plantedsecrets.moc"
