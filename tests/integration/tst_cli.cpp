// SPDX-License-Identifier: GPL-3.0-or-later
// almanac-cli end to end, through QProcess: JSON shapes and exit codes.
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Almanac;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ALMANAC_NOW"), QStringLiteral("2026-04-20T00:00:00Z"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))); // never the user's settings
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ALMANAC_CLI), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForFinished(60000))
            qFatal("almanac-cli did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString writeCsv(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write csv");
        f.write(content);
        return f.fileName();
    }

    qint64 postCount()
    {
        return cli({QStringLiteral("list"), QStringLiteral("--json")}).json().value(u"posts").toArray().size();
    }

private Q_SLOTS:
    void initTestCase();
    void integrations();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void programsOpeningANewStoreAtOnceAllStart();
    void credentialedAddressesAndSecretNames();
    void dryRunJsonShape();
    void invalidFileWritesNothing();
    void refusedFileExitsTwo();
    void allOrNothing();
    void skipInvalidRecordsTheSkippedRows();
    void listFilters();
    void textOutput();
    void dateOrders_data();
    void dateOrders();
    void splitColumnsAndMap_data();
    void splitColumnsAndMap();
    void mapUsageErrors();
#ifdef ALMANAC_PLANTED_LIBRARY
    void noLibraryIsLoadedFromTheWorkingFolder_data();
    void noLibraryIsLoadedFromTheWorkingFolder();
#endif
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    QCOMPARE(cli({"integrations", "add", "--id", "int_x", "--platform", "twitter", "--name", "Brand X"}).exitCode, 0);
    QCOMPARE(cli({"integrations", "add", "--id", "int_li", "--platform", "linkedin", "--provider", "openpost"}).exitCode, 0);
    QCOMPARE(cli({"integrations", "add", "--id", "int_ig", "--platform", "instagram"}).exitCode, 0);
}

void TestCli::integrations()
{
    const Run list = cli({"integrations", "list", "--json"});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray items = list.json().value(u"integrations").toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(2).toObject().value(u"platform").toString(), QStringLiteral("x"));
    QCOMPARE(items.at(2).toObject().value(u"name").toString(), QStringLiteral("Brand X"));
    const Run dup = cli({"integrations", "add", "--id", "int_x", "--platform", "x"});
    QCOMPARE(dup.exitCode, 2);
    QVERIFY(dup.err.contains("already exists"));
    const Run bad = cli({"integrations", "add", "--id", "int_q", "--platform", "myspace"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("not a platform"));
    // A removed account is gone from the list, and is not one to give a secret to.
    QCOMPARE(cli({"integrations", "add", "--id", "int_gone", "--platform", "webhook"}).exitCode, 0);
    const Run removed = cli({"integrations", "remove", "int_gone"});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.contains("removed integration int_gone"));
    QCOMPARE(cli({"integrations", "list", "--json"}).json().value(u"integrations").toArray().size(), 3);
    const Run again = cli({"integrations", "remove", "int_gone"});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("no integration"));
    const Run secret = cli({"secret", "set", "int_gone"});
    QCOMPARE(secret.exitCode, 2);
    QVERIFY(secret.err.contains("no integration"));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no command") << QStringList{} << QByteArray("no command");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << QByteArray("unknown command");
    QTest::newRow("import without file") << QStringList{"import"} << QByteArray("exactly one FILE");
    QTest::newRow("unknown option") << QStringList{"import", "x.csv", "--bogus"} << QByteArray("bogus");
    QTest::newRow("bad zone") << QStringList{"import", "x.csv", "--timezone", "Mars/Olympus"} << QByteArray("IANA");
    QTest::newRow("bad dialect") << QStringList{"import", "x.csv", "--dialect", "hootsuite"} << QByteArray("openpost");
    QTest::newRow("bad status") << QStringList{"list", "--status", "lost"} << QByteArray("draft");
    QTest::newRow("bad from") << QStringList{"list", "--from", "yesterday"} << QByteArray("ISO 8601");
    QTest::newRow("missing file") << QStringList{"import", "/nonexistent/file.csv"} << QByteArray("Could not open");
    QTest::newRow("bad date order") << QStringList{"import", "x.csv", "--date-order", "dym"}
                                    << QByteArray("--date-order \"dym\" is not a date order; expected dmy");
    QTest::newRow("bad lease") << QStringList{"scheduler", "run", "--once", "--lease-seconds", "0"}
                               << QByteArray("--lease-seconds \"0\" is not a number of seconds from 1 to 86400 (a day)");
    QTest::newRow("lease past milliseconds") << QStringList{"scheduler", "run", "--once", "--lease-seconds", "99999999999999999"}
                                             << QByteArray("from 1 to 86400");
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message) || r.out.contains(message), r.err.constData());
}

void TestCli::programsOpeningANewStoreAtOnceAllStart()
{
    // The window, almanacd and the CLI starting together after an upgrade: the
    // WAL switch and the migrations must not fail any of them.
    for (int round = 0; round < 20; ++round) {
        const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(round));
        QList<QProcess *> programs;
        for (int i = 0; i < 3; ++i) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(ALMANAC_CLI), {QStringLiteral("--db"), fresh, QStringLiteral("integrations"), QStringLiteral("list")});
            programs.append(p);
        }
        for (QProcess *p : programs) {
            QVERIFY(p->waitForFinished(30000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            delete p;
        }
    }
}

void TestCli::credentialedAddressesAndSecretNames()
{
    // Credentials go only over https, or to this computer (said, not silent).
    const Run http = cli({"integrations", "add", "--id", "int_m", "--platform", "mastodon", "--service-url", "http://mastodon.example"});
    QCOMPARE(http.exitCode, 2);
    QVERIFY2(http.err.contains("plain http"), http.err.constData());
    const Run provider = cli({"provider", "add", "op_plain", "--kind", "openpost", "--base-url", "http://api.openpost.example"});
    QCOMPARE(provider.exitCode, 2);
    QVERIFY2(provider.err.contains("plain http"), provider.err.constData());
    const Run local = cli({"integrations", "add", "--id", "int_m", "--platform", "mastodon", "--service-url", "http://127.0.0.1:9"});
    QCOMPARE(local.exitCode, 0);
    QVERIFY2(local.err.contains("this computer"), local.err.constData());
    // Two ids that would read one ALMANAC_SECRET_ variable cannot both exist.
    QCOMPARE(cli({"integrations", "add", "--id", "team-hook", "--platform", "discord"}).exitCode, 0);
    for (const char *twin : {"team.hook", "team_hook", "TEAM-HOOK"}) {
        const Run clash = cli({"integrations", "add", "--id", QString::fromLatin1(twin), "--platform", "discord"});
        QCOMPARE(clash.exitCode, 2);
        QVERIFY2(clash.err.contains("ALMANAC_SECRET_TEAM_HOOK"), clash.err.constData());
    }
    QCOMPARE(cli({"provider", "add", "agency-one", "--kind", "openpost", "--base-url", "https://api.openpost.example"}).exitCode, 0);
    const Run providerClash = cli({"provider", "add", "agency_one", "--kind", "openpost", "--base-url", "https://api.openpost.example"});
    QCOMPARE(providerClash.exitCode, 2);
    QVERIFY2(providerClash.err.contains("ALMANAC_API_KEY_AGENCY_ONE"), providerClash.err.constData());
    // A generic webhook without a signing secret is said to go out unsigned.
    const Run hook = cli({"integrations", "add", "--id", "int_plainhook", "--platform", "webhook"});
    QCOMPARE(hook.exitCode, 0);
    QVERIFY2(hook.err.contains("unsigned"), hook.err.constData());
    for (const char *id : {"int_m", "team-hook", "int_plainhook"})
        QCOMPARE(cli({"integrations", "remove", QString::fromLatin1(id)}).exitCode, 0);
}

void TestCli::dryRunJsonShape()
{
    const QString file = writeCsv(QStringLiteral("ok.csv"),
                                  "content,integrations,schedule_at,post_type,media\n"
                                  "Hello,x;linkedin,2026-05-01T09:00:00+02:00,,\n"
                                  "Draft,int_ig,,post,https://a.example/1.jpg\n");
    const Run r = cli({"import", file, "--dry-run", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"dialect").toString(), QStringLiteral("openpost"));
    QCOMPARE(o.value(u"rows_total").toInt(), 2);
    QCOMPARE(o.value(u"rows_valid").toInt(), 2);
    QCOMPARE(o.value(u"rows_invalid").toInt(), 0);
    QCOMPARE(o.value(u"committed").toBool(), false);
    QVERIFY(o.value(u"import_id").isNull());
    QVERIFY(o.value(u"file_errors").toArray().isEmpty());
    const QJsonObject row = o.value(u"rows").toArray().at(0).toObject();
    QCOMPARE(row.value(u"row").toInt(), 2);
    QCOMPARE(row.value(u"valid").toBool(), true);
    const QJsonObject post = row.value(u"post").toObject();
    QCOMPARE(post.value(u"content").toString(), QStringLiteral("Hello"));
    QCOMPARE(post.value(u"integrations").toArray(), QJsonArray({"int_x", "int_li"}));
    QCOMPARE(post.value(u"scheduled_at").toString(), QStringLiteral("2026-05-01T07:00:00Z"));
    QCOMPARE(post.value(u"post_type").toString(), QStringLiteral("post"));
    const QJsonObject draft = o.value(u"rows").toArray().at(1).toObject().value(u"post").toObject();
    QVERIFY(draft.value(u"scheduled_at").isNull());
    QCOMPARE(draft.value(u"media").toArray(), QJsonArray({"https://a.example/1.jpg"}));
    QCOMPARE(postCount(), 0);
}

void TestCli::invalidFileWritesNothing()
{
    const QString file = writeCsv(QStringLiteral("bad.csv"),
                                  "content,integrations,schedule_at\n"
                                  "Good,x,2026-05-01T09:00:00Z\n"
                                  "Bad date,x,2026-02-01T09:00:00Z\n");
    const Run r = cli({"import", file, "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"committed").toBool(), false);
    QCOMPARE(o.value(u"rows_invalid").toInt(), 1);
    const QJsonObject error = o.value(u"rows").toArray().at(1).toObject().value(u"errors").toArray().at(0).toObject();
    QCOMPARE(error.value(u"column").toString(), QStringLiteral("schedule_at"));
    QVERIFY(error.value(u"message").toString().contains(QStringLiteral("in the past")));
    QCOMPARE(postCount(), 0);
}

void TestCli::refusedFileExitsTwo()
{
    const QString file = writeCsv(QStringLiteral("latin1.csv"), "content,integrations,schedule_at\ncaf\xe9,x,\n");
    const Run r = cli({"import", file, "--json"});
    QCOMPARE(r.exitCode, 2);
    const QJsonArray errors = r.json().value(u"file_errors").toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).toObject().value(u"message").toString().startsWith(QStringLiteral("Line 2, byte 36")));
    QCOMPARE(postCount(), 0);
}

void TestCli::allOrNothing()
{
    const QString file = writeCsv(QStringLiteral("good.csv"),
                                  "content,integrations,schedule_at\n"
                                  "One,x,2026-05-01T09:00:00Z\n"
                                  "Two,int_li,2026-05-02T09:00:00Z\n");
    const Run r = cli({"import", file, "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"committed").toBool(), true);
    QVERIFY(r.json().value(u"import_id").toInt() > 0);
    QCOMPARE(postCount(), 2);
}

void TestCli::skipInvalidRecordsTheSkippedRows()
{
    const qint64 before = postCount();
    const QString file = writeCsv(QStringLiteral("mixed.csv"),
                                  "content,integrations,schedule_at\n"
                                  "Fine,x,2026-06-01T09:00:00Z\n"
                                  "Nowhere,nope,2026-06-01T09:00:00Z\n");
    const Run r = cli({"import", file, "--skip-invalid", "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"committed").toBool(), true);
    QCOMPARE(postCount(), before + 1);
}

void TestCli::listFilters()
{
    const Run all = cli({"list", "--json"});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray posts = all.json().value(u"posts").toArray();
    QVERIFY(posts.size() >= 3);
    const QJsonObject first = posts.at(0).toObject();
    for (const char *key : {"id", "status", "content", "scheduled_at", "integrations", "post_type", "group_id"})
        QVERIFY2(first.contains(QLatin1StringView(key)), key);
    const Run ranged = cli({"list", "--json", "--from", "2026-05-02", "--to", "2026-05-03T00:00:00Z"});
    QCOMPARE(ranged.json().value(u"posts").toArray().size(), 1);
    QCOMPARE(cli({"list", "--json", "--status", "draft"}).json().value(u"posts").toArray().size(), 0);
}

void TestCli::textOutput()
{
    const QString file = writeCsv(QStringLiteral("text.csv"),
                                  "content,integrations,schedule_at\n"
                                  "ok,x,2026-05-01T09:00:00Z\n"
                                  ",x,2027-05-01T09:00:00Z\n");
    const Run r = cli({"import", file, "--dry-run"});
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith("row 3, content: is empty"), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("row 3, schedule_at:"), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("openpost: 2 rows, 1 valid, 1 invalid"), lines.at(2).constData());

    // A hostile file's terminal escapes are quoted, never sent to the terminal.
    const QString escapes = writeCsv(QStringLiteral("escapes.csv"),
                                     "content,integrations,schedule_at\n"
                                     "hi,\"\x1b]0;PWNED\x07\x1b[2J\xc2\x9b" "1m\",2026-05-01T09:00:00Z\n");
    const Run hostile = cli({"import", escapes, "--dry-run"});
    QCOMPARE(hostile.exitCode, 1);
    QVERIFY2(hostile.out.contains("PWNED"), hostile.out.constData());
    for (char control : {'\x1b', '\x07'})
        QVERIFY(!hostile.out.contains(control) && !hostile.err.contains(control));
    QVERIFY(!hostile.out.contains("\xc2\x9b")); // U+009B, the one-byte CSI
}

// The dates spreadsheets write, through the CLI: a date order chosen with
// --date-order, or none (then only what the file shows decides).
void TestCli::dateOrders_data()
{
    QTest::addColumn<QByteArray>("when");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("scheduledAt");
    QTest::newRow("ambiguous, no order") << QByteArray("05/03/2026 9:00") << QStringList{} << 1 << QString();
    QTest::newRow("ambiguous, day first") << QByteArray("05/06/2026 9:00") << QStringList{"--date-order", "dmy"} << 0
                                          << QStringLiteral("2026-06-05T09:00:00Z");
    QTest::newRow("ambiguous, month first") << QByteArray("05/06/2026 9:00") << QStringList{"--date-order", "mdy"} << 0
                                            << QStringLiteral("2026-05-06T09:00:00Z");
    QTest::newRow("a day above 12") << QByteArray("15/05/2026 14:30") << QStringList{} << 0
                                    << QStringLiteral("2026-05-15T14:30:00Z");
    QTest::newRow("12 h, month first by its day") << QByteArray("05/20/2026 2:30 PM") << QStringList{} << 0
                                                  << QStringLiteral("2026-05-20T14:30:00Z");
    QTest::newRow("dotted") << QByteArray("21.05.2026 10:00") << QStringList{} << 0 << QStringLiteral("2026-05-21T10:00:00Z");
    QTest::newRow("a date alone") << QByteArray("21.05.2026") << QStringList{} << 0 << QStringLiteral("2026-05-21T09:00:00Z");
    QTest::newRow("year first, slashed") << QByteArray("2026/05/21 10:00") << QStringList{} << 0
                                         << QStringLiteral("2026-05-21T10:00:00Z");
}

void TestCli::dateOrders()
{
    QFETCH(QByteArray, when);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, scheduledAt);
    const QString file = writeCsv(QStringLiteral("dates.csv"), "content,integrations,schedule_at\nHello,int_x,\"" + when + "\"\n");
    const Run r = cli(QStringList{"import", file, "--dry-run", "--json"} + options);
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject row = QJsonDocument::fromJson(r.out).object().value(u"rows").toArray().first().toObject();
    if (scheduledAt.isEmpty()) {
        const QString message = row.value(u"errors").toArray().first()[u"message"].toString();
        QVERIFY2(message.contains(QStringLiteral("--date-order dmy or mdy")), qPrintable(message));
    } else {
        QCOMPARE(row.value(u"post")[u"scheduled_at"].toString(), scheduledAt);
    }
}

// Issue 17 item 3: a date and a time in two columns, the default posting time
// from Settings for a date alone, and --map HEADER=FIELD.
void TestCli::splitColumnsAndMap_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("settings"); // almanac.conf, or nothing
    QTest::addColumn<QString>("scheduledAt"); // empty: an error is expected
    QTest::addColumn<QString>("errorColumn");
    QTest::newRow("date and time columns") << QByteArray("content,integrations,date,time\nHello,int_x,15/05/2026,14:30\n")
                                          << QStringList{} << QByteArray() << QStringLiteral("2026-05-15T14:30:00Z") << QString();
    QTest::newRow("12 h time column") << QByteArray("content,integrations,date,time\nHello,int_x,05/20/2026,2:30 PM\n")
                                      << QStringList{} << QByteArray() << QStringLiteral("2026-05-20T14:30:00Z") << QString();
    QTest::newRow("empty time: the date alone") << QByteArray("content,integrations,date,time\nHello,int_x,15/05/2026,\n")
                                                << QStringList{} << QByteArray() << QStringLiteral("2026-05-15T09:00:00Z")
                                                << QString();
    QTest::newRow("a date alone at the Settings time")
        << QByteArray("content,integrations,date\nHello,int_x,15/05/2026\n") << QStringList{}
        << QByteArray("[composer]\ndefaultPostingMinute=630\n") << QStringLiteral("2026-05-15T10:30:00Z") << QString();
    QTest::newRow("a time that is not one") << QByteArray("content,integrations,date,time\nHello,int_x,15/05/2026,25:00\n")
                                            << QStringList{} << QByteArray() << QString() << QStringLiteral("time");
    QTest::newRow("a date that is not one") << QByteArray("content,integrations,date,time\nHello,int_x,soon,10:00\n")
                                            << QStringList{} << QByteArray() << QString() << QStringLiteral("date");
    QTest::newRow("--map the team's own headers")
        << QByteArray("Post copy,Where,Day,Hour\nHello,int_x,15/05/2026,14:30\n")
        << QStringList{"--map", "Post copy=content", "--map", "where=integrations", "--map", "Day=date", "--map", "Hour=TIME"}
        << QByteArray() << QStringLiteral("2026-05-15T14:30:00Z") << QString();
}

void TestCli::splitColumnsAndMap()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, settings);
    QFETCH(QString, scheduledAt);
    QFETCH(QString, errorColumn);
    QDir(m_dir.path()).mkpath(QStringLiteral("config/almanac"));
    QFile conf(m_dir.filePath(QStringLiteral("config/almanac/almanac.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    conf.write(settings);
    conf.close();
    const QString file = writeCsv(QStringLiteral("split.csv"), csv);
    const Run r = cli(QStringList{"import", file, "--dry-run", "--json"} + options);
    QFile::remove(conf.fileName());
    const QJsonObject row = r.json().value(u"rows").toArray().first().toObject();
    if (scheduledAt.isEmpty()) {
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = row.value(u"errors").toArray().first().toObject();
        QCOMPARE(error.value(u"column").toString(), errorColumn);
    } else {
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(row.value(u"post")[u"scheduled_at"].toString(), scheduledAt);
        QVERIFY2(row.value(u"warnings").toArray().isEmpty(), r.out.constData());
    }
}

void TestCli::mapUsageErrors()
{
    const QString file = writeCsv(QStringLiteral("map.csv"), "content,integrations,schedule_at,Notes\n"
                                                             "Hello,int_x,2026-05-15T10:00:00Z,call Sam\n");
    const Run noColumn = cli({"import", file, "--dry-run", "--map", "Nope=content"});
    QCOMPARE(noColumn.exitCode, 2);
    QVERIFY2(noColumn.err.contains("the file has no column \"Nope\"; its columns are content, integrations, schedule_at, Notes"),
             noColumn.err.constData());
    const QStringList badField{"import", file, "--dry-run", "--map", "Notes=remarks"};
    const Run noField = cli(badField);
    QCOMPARE(noField.exitCode, 2);
    QVERIFY2(noField.err.contains("\"remarks\" is not a field; expected ignore or one of content, integrations"),
             noField.err.constData());
    QVERIFY(noField.err.contains("date, time"));
    // A field of the other format is refused, not silently unused.
    const QString bundle = writeCsv(QStringLiteral("bundle.csv"), "teamId,title,postDate,status,socialAccountTypes,text,Clock\n"
                                                                  "t1,Hello,2026-05-15T10:00:00Z,SCHEDULED,TWITTER,Hi,10:00\n");
    const Run otherFormat = cli({"import", bundle, "--dry-run", "--map", "Clock=time"});
    QCOMPARE(otherFormat.exitCode, 2);
    QVERIFY2(otherFormat.err.contains("\"time\" is not a field of the bundle.social format"), otherFormat.err.constData());
    // A header of megabytes is not echoed whole.
    const QString huge = writeCsv(QStringLiteral("huge.csv"), "content,integrations,schedule_at," + QByteArray(300000, 'h') + "\n"
                                                              "Hello,int_x,2026-05-15T10:00:00Z,x\n");
    const Run hugeHeader = cli({"import", huge, "--dry-run", "--map", "Nope=content"});
    QCOMPARE(hugeHeader.exitCode, 2);
    const QByteArray firstLine = hugeHeader.err.left(hugeHeader.err.indexOf('\n')); // then the usage text
    QVERIFY2(firstLine.size() < 400 && firstLine.contains("…"), QByteArray::number(firstLine.size()).constData());
    const Run notAPair = cli({"import", file, "--dry-run", "--map", "content"});
    QCOMPARE(notAPair.exitCode, 2);
    QVERIFY(notAPair.err.contains("is not HEADER=FIELD"));
    // Two columns of one name: refused with their numbers, and either mapped by its number.
    const QString twice = writeCsv(QStringLiteral("twice.csv"), "Text,integrations,schedule_at,Text\n"
                                                                "draft words,int_x,2026-05-15T10:00:00Z,final words\n");
    const Run ambiguous = cli({"import", twice, "--dry-run", "--map", "text=content"});
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.err.contains("2 columns are named \"text\" (columns 1, 4); name one by its number, such as "
                                    "--map \"4=content\""),
             ambiguous.err.constData());
    const Run byNumber = cli({"import", twice, "--dry-run", "--json", "--map", "4=content", "--map", "1=ignore"});
    QVERIFY2(byNumber.exitCode == 0, byNumber.err.constData());
    QCOMPARE(byNumber.json().value(u"rows").toArray().first()[u"post"][u"content"].toString(), QStringLiteral("final words"));
    const Run outOfRange = cli({"import", twice, "--dry-run", "--map", "5=content"});
    QCOMPARE(outOfRange.exitCode, 2);
    QVERIFY2(outOfRange.err.contains("the file has no column \"5\""), outOfRange.err.constData());
    // A column mapped to ignore is read as nothing and warned about by no one.
    const Run ignored = cli({"import", file, "--dry-run", "--json", "--map", "notes=ignore"});
    QCOMPARE(ignored.exitCode, 0);
    QVERIFY2(ignored.json().value(u"file_warnings").toArray().isEmpty(), ignored.out.constData());
    const Run warned = cli({"import", file, "--dry-run", "--json"});
    QCOMPARE(warned.json().value(u"file_warnings").toArray().size(), 1);
}

#ifdef ALMANAC_PLANTED_LIBRARY
void TestCli::noLibraryIsLoadedFromTheWorkingFolder_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("almanac-cli") << QStringLiteral(ALMANAC_CLI);
    QTest::newRow("almanacd") << QStringLiteral(ALMANAC_DAEMON);
    QTest::newRow("almanac") << QStringLiteral(ALMANAC_WINDOW);
}

// A folder a file came from (Downloads, a shared drive) may hold a library
// named as one the programs need. Started there, they must load the system's:
// an empty entry in the programs' library search path would mean "here".
void TestCli::noLibraryIsLoadedFromTheWorkingFolder()
{
    QFETCH(QString, program);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QFile::copy(QStringLiteral(ALMANAC_PLANTED_LIBRARY), folder.filePath(QStringLiteral("libQt6Sql.so.6"))));
    const QString mark = folder.filePath(QStringLiteral("loaded"));
    QProcess p;
    p.setWorkingDirectory(folder.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALMANAC_PLANTED_MARK"), mark);
    env.remove(QStringLiteral("LD_LIBRARY_PATH"));
    p.setProcessEnvironment(env);
    p.start(program, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(!QFile::exists(mark), "the library in the working folder was loaded");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(p.readAllStandardOutput().contains(ALMANAC_VERSION), "the program did not start as itself");
}
#endif

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

