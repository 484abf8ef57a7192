// SPDX-License-Identifier: GPL-3.0-or-later
// Exports read back: each CSV dialect and JSON through the importers into a
// second store gives the same posts; the calendar file parsed back field by
// field; spreadsheet formulas neutralized in every CSV cell.
#include "app/exporting/postexporter.h"
#include "app/importing/csvimporter.h"
#include "app/importing/jsonimporter.h"
#include "models/csv/csvreader.h"
#include "models/csv/csvwriter.h"
#include "models/domain/clock.h"
#include "models/store/importrepository.h"
#include "models/store/postrepository.h"
#include "teststore.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Almanac;

namespace {

const qint64 Now = 1795521600; // 2026-11-24T12:00:00Z
const qint64 Dec1 = 1796115600; // 2026-12-01T09:00:00Z

Post makePost(const QString &content, std::optional<qint64> when, PostStatus status,
              const QList<QPair<QString, QString>> &targets)
{
    Post p;
    p.content = content;
    p.scheduledAt = when;
    p.status = status;
    for (const auto &[id, platform] : targets) {
        PostTarget t;
        t.integrationId = id;
        t.platform = platform;
        t.status = status;
        p.targets.append(t);
    }
    return p;
}

// A post as the round trip must keep it: everything but its identity and history.
QJsonObject essence(const Post &p)
{
    QJsonArray targets, media, tags;
    QStringList ids;
    for (const PostTarget &t : p.targets)
        ids.append(t.integrationId);
    ids.sort();
    for (const QString &id : std::as_const(ids))
        targets.append(id);
    // Media keep their order for each platform; the interleaving of different
    // platforms' lists means nothing (bundle.social lists them per platform).
    QList<MediaRef> sorted = p.media;
    std::stable_sort(sorted.begin(), sorted.end(), [](const MediaRef &a, const MediaRef &b) { return a.platform < b.platform; });
    for (const MediaRef &m : std::as_const(sorted))
        media.append(QJsonObject{{"url", m.url}, {"platform", m.platform}, {"alt", m.altText}});
    for (const QString &t : p.tags)
        tags.append(t);
    return QJsonObject{{"content", p.content},
                       {"title", p.title},
                       {"scheduled_at", p.scheduledAt ? QJsonValue(double(*p.scheduledAt)) : QJsonValue()},
                       {"status", postStatusName(p.status)},
                       {"post_type", p.postType},
                       {"tags", tags},
                       {"overrides", p.platformOverrides},
                       {"settings", p.platformSettings},
                       {"media", media},
                       {"targets", targets}};
}

QList<QJsonObject> essences(Test::TestStore &store)
{
    QList<QJsonObject> out;
    PostQuery all;
    all.limit = 100000;
    for (const Post &p : PostRepository(store.connection()).query(all))
        out.append(essence(p));
    std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return QJsonDocument(a).toJson() < QJsonDocument(b).toJson();
    });
    return out;
}

void compareStores(Test::TestStore &original, Test::TestStore &copy)
{
    const QList<QJsonObject> a = essences(original);
    const QList<QJsonObject> b = essences(copy);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        QVERIFY2(a.at(i) == b.at(i), qPrintable(QString::fromUtf8(QJsonDocument(a.at(i)).toJson(QJsonDocument::Compact)
                                                                  + "\n  came back as\n"
                                                                  + QJsonDocument(b.at(i)).toJson(QJsonDocument::Compact))));
}

void addAccounts(Test::TestStore &store)
{
    store.addIntegration("int_x", "x");
    store.addIntegration("int_b", "bluesky");
    store.addIntegration("int_m1", "mastodon");
    store.addIntegration("int_m2", "mastodon");
}

QByteArray exported(Test::TestStore &store, ExportOptions options, ExportOutcome *outcome = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<ExportOutcome> r = PostExporter(store.connection(), options).write(buffer);
    if (!r)
        qWarning("%s", qPrintable(r.error()));
    if (outcome && r)
        *outcome = r.value();
    return buffer.data();
}

ImportOutcome importCsv(Test::TestStore &into, const QString &file)
{
    ImportOptions options;
    options.filePath = file;
    options.storePath = into.path();
    options.now = Now;
    options.timeZone = QTimeZone::utc();
    options.connectionName = QStringLiteral("export-test-import");
    return CsvImporter(options).run(nullptr);
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

// Contents starting with every character a spreadsheet runs as a formula, and
// one already escaped the way the writer escapes (it must come back as itself).
const QStringList formulaContents{QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
                                  QStringLiteral("+1 for the team"), QStringLiteral("-5% off today"),
                                  QStringLiteral("@almanac says hi"), QStringLiteral("'=already escaped"),
                                  QStringLiteral("''+twice")};

// RFC 5545 content lines, unfolded, as name -> values (a property may repeat).
struct IcsEvent
{
    QMultiHash<QString, QString> props;
    QString value(const QString &name) const { return props.value(name); }
};

QString icsUnescape(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == u'\\' && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out.append(n == u'n' || n == u'N' ? QChar(u'\n') : n);
        } else {
            out.append(v.at(i));
        }
    }
    return out;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("ALMANAC_NOW", "2026-11-24T12:00:00Z"); }
    void formulaCellsAreEscapedAndReadBack();
    void openPostRoundTrip();
    void bundleSocialRoundTrip();
    void jsonRoundTripKeepsEverything();
    void jsonImportRefusesBadPostsWholly();
    void calendarFileParsesBack();
    void noValueStartsALineInTheCalendarFile();
    void scopeChoosesThePosts();
    void notesSayWhatAFormatLoses();
    void aStoppedExportLeavesNoFile();
    void cliExportsAndImportsJson();

private:
    void fillEverything(Test::TestStore &store);
};

void TestExport::fillEverything(Test::TestStore &store)
{
    PostRepository posts(store.connection());
    Post launch = makePost(QStringLiteral("=SUM(A1) launch, with \"quotes\"\nand a second line; ünïcode 😀"), Dec1,
                           PostStatus::Scheduled, {{"int_x", "x"}, {"int_b", "bluesky"}});
    launch.title = QStringLiteral("Launch");
    launch.tags = {QStringLiteral("launch"), QStringLiteral("q4")};
    launch.platformOverrides = QJsonObject{{"bluesky", "Hello, Bluesky"}};
    launch.platformSettings = QJsonObject{{"x", QJsonObject{{"who_can_reply", "following"}}}};
    launch.media = {{QStringLiteral("https://cdn.example/a.png"), QString(), QString()},
                    {QStringLiteral("https://cdn.example/b.png"), QString(), QString()}};
    QVERIFY(posts.insert(launch).ok());
    Post datedDraft = makePost(QStringLiteral("A dated draft"), Dec1 + 86400, PostStatus::Draft, {{"int_m1", "mastodon"}});
    QVERIFY(posts.insert(datedDraft).ok());
    Post undated = makePost(QStringLiteral("An idea for later"), std::nullopt, PostStatus::Draft, {{"int_x", "x"}});
    QVERIFY(posts.insert(undated).ok());
    Post thread = makePost(QStringLiteral("Part one\n\n---\n\nPart two"), Dec1 + 2 * 86400, PostStatus::Scheduled,
                           {{"int_x", "x"}});
    thread.postType = QStringLiteral("thread");
    QVERIFY(posts.insert(thread).ok());
    for (int i = 0; i < formulaContents.size(); ++i) {
        Post p = makePost(formulaContents.at(i), Dec1 + 3600 * (i + 1), PostStatus::Scheduled, {{"int_m2", "mastodon"}});
        QVERIFY(posts.insert(p).ok());
    }
}

void TestExport::formulaCellsAreEscapedAndReadBack()
{
    const CsvWriter writer;
    QByteArray out;
    writer.appendRecord(out, {"=1+1", "+1", "-1", "@a", "\tx", "'=x", "''-y", "'plain", "a=b", ""});
    QCOMPARE(out, QByteArray("'=1+1,'+1,'-1,'@a,'\tx,''=x,'''-y,'plain,a=b,\n"));
    for (const QByteArray &cell : {QByteArray("=1"), QByteArray("'=1"), QByteArray("''@x"), QByteArray("'plain"),
                                  QByteArray("plain"), QByteArray("-")})
        QCOMPARE(CsvWriter::unneutralized(CsvWriter::neutralized(cell)).toByteArray(), cell);

    // Every cell of both dialects' exports: none starts with a formula character.
    Test::TestStore store;
    addAccounts(store);
    fillEverything(store);
    for (ExportFormat format : {ExportFormat::OpenPostCsv, ExportFormat::BundleSocialCsv}) {
        ExportOptions options;
        options.format = format;
        options.teamId = QStringLiteral("team_1");
        QByteArray file = exported(store, options);
        QBuffer device(&file);
        device.open(QIODevice::ReadOnly);
        CsvReader reader(&device);
        int cells = 0;
        while (reader.next()) {
            for (qsizetype i = 0; i < reader.size(); ++i) {
                const QByteArrayView cell = reader.field(i);
                ++cells;
                QVERIFY2(cell.isEmpty() || !QByteArrayView("=+-@\t\r").contains(cell.front()),
                         qPrintable(QString::fromUtf8(cell)));
            }
        }
        QVERIFY(!reader.hasError());
        QVERIFY(cells > 50);
    }
}

void TestExport::openPostRoundTrip()
{
    Test::TestStore original;
    addAccounts(original);
    fillEverything(original);
    ExportOptions options;
    options.format = ExportFormat::OpenPostCsv;
    ExportOutcome outcome;
    const QByteArray csv = exported(original, options, &outcome);
    QCOMPARE(outcome.posts, qint64(4 + formulaContents.size()));
    QVERIFY2(outcome.notes.isEmpty(), qPrintable(outcome.notes.join(u'\n')));
    QVERIFY(csv.startsWith("content,integrations,schedule_at,post_type,media,tags,status,title,platform_overrides,"
                           "platform_settings\n"));

    Test::TestStore copy(QStringLiteral("copy"));
    addAccounts(copy);
    QTemporaryDir dir;
    const ImportOutcome imported = importCsv(copy, writeTemp(dir, "plan.csv", csv));
    QVERIFY2(imported.committed(), qPrintable(imported.fileErrors.join(u'\n')));
    QCOMPARE(imported.dialect, QStringLiteral("openpost"));
    compareStores(original, copy);
}

void TestExport::bundleSocialRoundTrip()
{
    // What the bundle.social dialect carries: titles, per-platform text, media and
    // settings, DRAFT or SCHEDULED; two accounts on one platform named by ID.
    Test::TestStore original;
    addAccounts(original);
    PostRepository posts(original.connection());
    Post launch = makePost(QStringLiteral("=SUM(A1) launch, with \"quotes\"\nand a line"), Dec1, PostStatus::Scheduled,
                           {{"int_x", "x"}, {"int_b", "bluesky"}});
    launch.title = QStringLiteral("Launch");
    launch.platformOverrides = QJsonObject{{"x", "Shorter for X"}};
    launch.media = {{QStringLiteral("https://cdn.example/x.png"), QStringLiteral("x"), QString()},
                    {QStringLiteral("https://cdn.example/b1.png"), QStringLiteral("bluesky"), QString()},
                    {QStringLiteral("https://cdn.example/b2.png"), QStringLiteral("bluesky"), QString()}};
    launch.platformSettings = QJsonObject{{"x", QJsonObject{{"twitterReplySettings", "FOLLOWING"}}},
                                          {"bluesky", QJsonObject{{"blueskyTags", QJsonArray{"launch", "q4"}}}}};
    QVERIFY(posts.insert(launch).ok());
    Post draft = makePost(QStringLiteral("@team a dated draft"), Dec1 + 86400, PostStatus::Draft, {{"int_m1", "mastodon"}});
    draft.title = QStringLiteral("+ draft title");
    QVERIFY(posts.insert(draft).ok());
    Post other = makePost(QStringLiteral("To the second Mastodon account"), Dec1 + 2 * 86400, PostStatus::Scheduled,
                          {{"int_m2", "mastodon"}});
    other.title = QStringLiteral("Second account");
    other.platformSettings = QJsonObject{{"mastodon", QJsonObject{{"mastodonPrivacy", "UNLISTED"}}}};
    QVERIFY(posts.insert(other).ok());

    ExportOptions options;
    options.format = ExportFormat::BundleSocialCsv;
    options.teamId = QStringLiteral("team_1");
    ExportOutcome outcome;
    const QByteArray csv = exported(original, options, &outcome);
    QCOMPARE(outcome.posts, qint64(3));
    QVERIFY2(outcome.notes.isEmpty(), qPrintable(outcome.notes.join(u'\n')));
    QVERIFY2(csv.contains(",\"BLUESKY,TWITTER\",") || csv.contains(",\"TWITTER,BLUESKY\","), csv.constData());
    QVERIFY2(csv.contains(",int_m1,"), csv.constData()); // two Mastodon accounts: named by ID

    Test::TestStore copy(QStringLiteral("copy"));
    addAccounts(copy);
    QTemporaryDir dir;
    const ImportOutcome imported = importCsv(copy, writeTemp(dir, "plan.csv", csv));
    QVERIFY2(imported.committed(), qPrintable(imported.fileErrors.join(u'\n')));
    QCOMPARE(imported.dialect, QStringLiteral("bundlesocial"));
    compareStores(original, copy);
}

void TestExport::jsonRoundTripKeepsEverything()
{
    Test::TestStore original;
    addAccounts(original);
    fillEverything(original);
    // What neither CSV dialect holds: alt text, media for one platform beside shared media.
    Post rich = makePost(QStringLiteral("Alt text matters"), Dec1 + 5 * 86400, PostStatus::Scheduled,
                         {{"int_b", "bluesky"}, {"int_m1", "mastodon"}});
    rich.media = {{QStringLiteral("https://cdn.example/shared.png"), QString(), QStringLiteral("A chart, rising")},
                  {QStringLiteral("https://cdn.example/bsky.png"), QStringLiteral("bluesky"), QStringLiteral("Só Bluesky")}};
    rich.tags = {QStringLiteral("a11y")};
    QVERIFY(PostRepository(original.connection()).insert(rich).ok());

    ExportOptions options;
    options.format = ExportFormat::Json;
    ExportOutcome outcome;
    const QByteArray json = exported(original, options, &outcome);
    QVERIFY(outcome.notes.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value("format").toString(), QStringLiteral("almanac-posts"));
    QCOMPARE(doc.object().value("posts").toArray().size(), 5 + formulaContents.size());

    Test::TestStore copy(QStringLiteral("copy"));
    addAccounts(copy);
    QTemporaryDir dir;
    const QString file = writeTemp(dir, "plan.json", json);
    QVERIFY(JsonImporter::looksLikeJson(file));
    const JsonImportOutcome imported = JsonImporter(copy.connection(), {file, false, Now}).run();
    QVERIFY2(imported.committed(), qPrintable(imported.errors.join(u'\n')));
    QCOMPARE(imported.posts, qint64(5 + formulaContents.size()));
    compareStores(original, copy);
    // It is an import like any other: in the history, and undoable in one step.
    const auto job = ImportRepository(copy.connection()).find(imported.importId);
    QVERIFY(job);
    QCOMPARE(job->dialect, QStringLiteral("json"));
    QCOMPARE(job->rowsCommitted, 5 + int(formulaContents.size()));
    QVERIFY(ImportRepository(copy.connection()).undo(imported.importId).ok());
    QCOMPARE(PostRepository(copy.connection()).count(), qint64(0));
}

void TestExport::jsonImportRefusesBadPostsWholly()
{
    Test::TestStore store;
    addAccounts(store);
    QTemporaryDir dir;
    const QString file = writeTemp(dir, "bad.json", R"({"posts": [
        {"content": "fine", "integrations": ["int_x"], "scheduled_at": "2026-12-01T09:00:00Z"},
        {"content": "nobody", "integrations": ["int_gone"], "scheduled_at": "2026-12-01T09:00:00Z"},
        {"content": "too early", "integrations": ["int_x"], "scheduled_at": "2020-01-01T09:00:00Z"},
        {"content": "no zone", "integrations": ["int_x"], "scheduled_at": "2026-12-01T09:00:00"}
    ]})");
    const JsonImportOutcome outcome = JsonImporter(store.connection(), {file, false, Now}).run();
    QCOMPARE(outcome.status, JsonImportOutcome::Status::ValidationFailed);
    QCOMPARE(PostRepository(store.connection()).count(), qint64(0));
    const QString errors = outcome.errors.join(u'\n');
    QVERIFY2(errors.contains("post 2 (\"nobody\"): integrations: \"int_gone\" is not a connected account"), qPrintable(errors));
    QVERIFY2(errors.contains("post 3 (\"too early\"): schedule_at:"), qPrintable(errors));
    QVERIFY2(errors.contains("post 4 (\"no zone\"): scheduled_at: \"2026-12-01T09:00:00\" is not a time with a zone"),
             qPrintable(errors));
    QVERIFY(!errors.contains("post 1"));

    const QString notJson = writeTemp(dir, "broken.json", "{\"posts\": [");
    const JsonImportOutcome refused = JsonImporter(store.connection(), {notJson, false, Now}).run();
    QCOMPARE(refused.status, JsonImportOutcome::Status::FileRefused);
    QVERIFY2(refused.errors.first().contains("is not valid JSON"), qPrintable(refused.errors.first()));
}

void TestExport::calendarFileParsesBack()
{
    Test::TestStore store;
    addAccounts(store);
    fillEverything(store);
    Post published = makePost(QStringLiteral("Went out; all good"), Dec1 + 7 * 86400, PostStatus::Published,
                              {{"int_b", "bluesky"}});
    published.title = QString(120, u'ü'); // long and multi-byte: folded, never mid-character
    QVERIFY(PostRepository(store.connection()).insert(published).ok());
    {
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET platform_post_url = 'https://bsky.app/profile/a/post/1' "
                                      "WHERE post_id = '%1'").arg(published.id)));
    }
    ExportOptions options;
    options.format = ExportFormat::ICalendar;
    ExportOutcome outcome;
    const QByteArray ics = exported(store, options, &outcome);
    QCOMPARE(outcome.skipped, qint64(1)); // the undated draft
    QCOMPARE(outcome.posts, qint64(4 + formulaContents.size()));
    QCOMPARE(outcome.notes.size(), 1);

    // Lines: CRLF, at most 75 octets, continuation lines start with a space, valid UTF-8 each.
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    const QList<QByteArray> physical = ics.chopped(1).split('\n');
    QStringList logical;
    for (const QByteArray &raw : physical) {
        QVERIFY2(raw.endsWith('\r'), raw.constData());
        const QByteArray line = raw.chopped(1);
        QVERIFY2(line.size() <= 75, line.constData());
        QVERIFY(QString::fromUtf8(line).toUtf8() == line); // no sequence cut in two
        if (line.startsWith(' '))
            logical.last() += QString::fromUtf8(line.mid(1));
        else
            logical.append(QString::fromUtf8(line));
    }
    QCOMPARE(logical.first(), QStringLiteral("BEGIN:VCALENDAR"));
    QVERIFY(logical.contains(QStringLiteral("VERSION:2.0")));
    QList<IcsEvent> events;
    for (const QString &line : std::as_const(logical)) {
        if (line == u"BEGIN:VEVENT")
            events.append(IcsEvent());
        else if (!events.isEmpty() && line != u"END:VEVENT" && line != u"END:VCALENDAR") {
            const qsizetype colon = line.indexOf(u':');
            events.last().props.insert(line.left(colon), line.mid(colon + 1));
        }
    }
    QCOMPARE(events.size(), 4 + formulaContents.size());

    PostQuery all;
    all.limit = 1000;
    all.includeUndated = false;
    const QList<Post> posts = PostRepository(store.connection()).query(all);
    QCOMPARE(posts.size(), events.size());
    for (const Post &p : posts) {
        const auto e = std::find_if(events.cbegin(), events.cend(),
                                    [&](const IcsEvent &ev) { return ev.value("UID") == p.id + "@almanac"; });
        QVERIFY2(e != events.cend(), qPrintable(p.id));
        const QDateTime start = QDateTime::fromString(e->value("DTSTART"), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QVERIFY(e->value("DTSTART").endsWith(u'Z'));
        QCOMPARE(QDateTime(start.date(), start.time(), Qt::UTC).toSecsSinceEpoch(), *p.scheduledAt);
        QVERIFY(!e->value("DTEND").isEmpty());
        QVERIFY(!e->value("DTSTAMP").isEmpty());
        QCOMPARE(icsUnescape(e->value("DESCRIPTION")), p.content);
        if (!p.title.isEmpty())
            QCOMPARE(icsUnescape(e->value("SUMMARY")), p.title);
        else
            QCOMPARE(icsUnescape(e->value("SUMMARY")), p.content.section(u'\n', 0, 0).simplified().left(80));
        QCOMPARE(e->value("STATUS"), QString(p.status == PostStatus::Draft ? "TENTATIVE" : "CONFIRMED"));
        QCOMPARE(e->value("X-ALMANAC-STATUS"), postStatusName(p.status));
        if (!p.tags.isEmpty())
            QCOMPARE(e->value("CATEGORIES"), p.tags.join(u','));
        if (p.id == published.id)
            QCOMPARE(e->value("URL"), QStringLiteral("https://bsky.app/profile/a/post/1"));
    }
    // Stable: the same plan exported again names the same events the same way.
    QCOMPARE(exported(store, options), ics);
}

void TestExport::noValueStartsALineInTheCalendarFile()
{
    Test::TestStore store;
    addAccounts(store);
    // What a hostile server or a colleague's plan could put in: CR, LF, lone CR,
    // other controls, in the text, the title, a tag and the published link.
    Post p = makePost(QStringLiteral("Line one\r\nATTACH:https://evil.example/a\rBEGIN:VALARM\x0b\x7f"), Dec1 + 86400,
                      PostStatus::Published, {{"int_b", "bluesky"}});
    p.title = QStringLiteral("Title\nATTACH:https://evil.example/t");
    p.tags = {QStringLiteral("tag\r\nATTACH:https://evil.example/g")};
    QVERIFY(PostRepository(store.connection()).insert(p).ok());
    {
        QSqlQuery q(store.connection());
        q.prepare(QStringLiteral("UPDATE post_targets SET platform_post_url = ? WHERE post_id = ?"));
        q.addBindValue(QStringLiteral("https://bsky.app/p/1\r\nATTACH:https://evil.example/u"));
        q.addBindValue(p.id);
        QVERIFY(q.exec());
    }
    ExportOptions options;
    options.format = ExportFormat::ICalendar;
    const QByteArray ics = exported(store, options);
    const QList<QByteArray> lines = ics.chopped(1).split('\n');
    QStringList properties;
    for (QByteArray line : lines) {
        QVERIFY2(line.endsWith('\r'), line.constData()); // every line break is a CRLF the writer made
        line.chop(1);
        QVERIFY2(!line.contains('\r'), line.constData());
        for (char c : line)
            QVERIFY2(uchar(c) >= 0x20 || c == '\t', line.constData());
        if (!line.startsWith(' '))
            properties.append(QString::fromUtf8(line.left(line.indexOf(':'))));
    }
    QVERIFY2(!properties.contains(QStringLiteral("ATTACH")), qPrintable(properties.join(u' ')));
    QCOMPARE(properties.count(QStringLiteral("BEGIN")), 2); // VCALENDAR and the one VEVENT: no VALARM
    QVERIFY(!properties.contains(QStringLiteral("URL"))); // a link with a line break in it is not a link
}

void TestExport::scopeChoosesThePosts()
{
    Test::TestStore store;
    addAccounts(store);
    fillEverything(store);
    PostQuery all;
    all.limit = 1000;
    const QList<Post> posts = PostRepository(store.connection()).query(all);
    ExportOptions options;
    options.format = ExportFormat::Json;
    options.scope.postIds = {posts.at(2).id, posts.at(0).id};
    auto ids = [](const QByteArray &json) {
        QStringList out;
        for (const QJsonValue &p : QJsonDocument::fromJson(json).object().value("posts").toArray())
            out.append(p["id"].toString());
        return out;
    };
    QCOMPARE(ids(exported(store, options)), QStringList({posts.at(0).id, posts.at(2).id}));
    options.scope = {};
    options.scope.from = Dec1 + 86400;
    options.scope.to = Dec1 + 2 * 86400 + 1;
    const QStringList ranged = ids(exported(store, options));
    QCOMPARE(ranged.size(), 2); // the dated draft and the thread; no undated draft in a range
}

void TestExport::notesSayWhatAFormatLoses()
{
    Test::TestStore store;
    addAccounts(store);
    fillEverything(store);
    ExportOptions options;
    options.format = ExportFormat::BundleSocialCsv;
    options.teamId = QStringLiteral("team_1");
    ExportOutcome outcome;
    exported(store, options, &outcome);
    const QString notes = outcome.notes.join(u'\n');
    QVERIFY2(notes.contains("have no date"), qPrintable(notes));
    QVERIFY2(notes.contains("have tags"), qPrintable(notes));
    QVERIFY2(notes.contains("post type other than post"), qPrintable(notes));
    QVERIFY2(notes.contains("no internal title"), qPrintable(notes));

    options.teamId.clear();
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    const Result<ExportOutcome> refused = PostExporter(store.connection(), options).write(sink);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains("team ID"));
    QVERIFY(sink.data().isEmpty());
}

void TestExport::aStoppedExportLeavesNoFile()
{
    Test::TestStore store;
    addAccounts(store);
    PostRepository posts(store.connection());
    for (int i = 0; i < 1000; ++i) {
        Post p = makePost(QStringLiteral("post %1").arg(i), Dec1 + i * 60, PostStatus::Scheduled, {{"int_x", "x"}});
        QVERIFY(posts.insert(p).ok());
    }
    QTemporaryDir dir;
    const QString file = dir.filePath("plan.csv");
    ExportOptions options;
    options.format = ExportFormat::OpenPostCsv;
    qint64 seenTotal = 0;
    const Result<ExportOutcome> stopped = PostExporter(store.connection(), options)
                                              .writeFile(file, [&](qint64 done, qint64 total) {
                                                  seenTotal = total;
                                                  return done < 500;
                                              });
    QVERIFY(!stopped);
    QCOMPARE(seenTotal, qint64(1000));
    QVERIFY(!QFile::exists(file));
    QVERIFY(PostExporter(store.connection(), options).writeFile(file));
    QCOMPARE(Test::readFile(file).count('\n'), 1001);
}

void TestExport::cliExportsAndImportsJson()
{
    Test::TestStore store;
    addAccounts(store);
    fillEverything(store);
    store.database().close();
    QTemporaryDir dir;
    const QString json = dir.filePath("plan.json");
    QProcess cli;
    cli.start(ALMANAC_CLI, {"--db", store.path(), "export", json, "--format", "json"});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().contains("Exported 10 post"));

    cli.start(ALMANAC_CLI, {"--db", store.path(), "export", "-", "--format", "bundlesocial", "--team-id", "t"});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().startsWith("teamId,title,postDate,status,socialAccountTypes,text"));
    // The CLI speaks English with its plural forms (its catalog is built in).
    QVERIFY(cli.readAllStandardError().contains("note: 1 draft has no date"));

    cli.start(ALMANAC_CLI, {"--db", store.path(), "export", "-", "--format", "xlsx"});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("expected openpost, bundlesocial, json or ics"));

    Test::TestStore copy(QStringLiteral("copy"));
    addAccounts(copy);
    copy.database().close();
    cli.start(ALMANAC_CLI, {"--db", copy.path(), "import", json});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.readAllStandardOutput().contains("Imported 10 post"), "");
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
