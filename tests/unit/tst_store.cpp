// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importing/csvimporter.h"
#include "models/store/importrepository.h"
#include "models/store/importwriter.h"
#include "models/store/integrationrepository.h"
#include "models/store/migrations.h"
#include "models/store/outboxrepository.h"
#include "models/store/postrepository.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QTest>

using namespace Almanac;
using Almanac::Test::scalar;

namespace {

QStringList indexNames(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name")))
        qFatal("cannot list indexes");
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

// A CSV of `rows` valid posts (more than the writer's threshold for setting
// indexes aside), optionally ending with one invalid row.
QString writeLargeCsv(const QString &dir, int rows, bool endWithInvalidRow)
{
    QFile csv(dir + QStringLiteral("/large.csv"));
    if (!csv.open(QIODevice::WriteOnly))
        qFatal("cannot write the CSV");
    csv.write("content,integrations,schedule_at\n");
    for (int i = 0; i < rows; ++i)
        csv.write(QStringLiteral("Post number %1,%2,2026-05-%3T%4:%5:00Z\n")
                      .arg(i)
                      .arg(i % 2 ? u"x" : u"int_li")
                      .arg(1 + i % 28, 2, 10, QChar(u'0'))
                      .arg(i % 24, 2, 10, QChar(u'0'))
                      .arg(i % 60, 2, 10, QChar(u'0'))
                      .toUtf8());
    if (endWithInvalidRow)
        csv.write("Too late,x,2027-12-01T09:00:00Z\n");
    return csv.fileName();
}

ImportOptions importOptions(const Test::TestStore &store, const QString &file)
{
    ImportOptions options;
    options.filePath = file;
    options.storePath = store.path();
    options.connectionName = QStringLiteral("test-import");
    options.now = QDateTime::fromString(QStringLiteral("2026-04-20T00:00:00Z"), Qt::ISODate).toSecsSinceEpoch();
    return options;
}

ImportOutcome importFile(const Test::TestStore &store, const QString &file)
{
    return CsvImporter(importOptions(store, file)).run(nullptr);
}

Post makePost(const QString &content, std::optional<qint64> at, const QStringList &integrations)
{
    Post p;
    p.content = content;
    p.scheduledAt = at;
    p.status = at ? PostStatus::Scheduled : PostStatus::Draft;
    for (const QString &i : integrations)
        p.targets.append({i, QStringLiteral("x"), p.status, {}, {}, 0, {}, 0});
    return p;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEmpty();
    void reopenKeepsDataAndVersion();
    void refusesNewerSchema();
    void refusesNonDatabaseFile();
    void rollbackLeavesNothing();
    void insertFindUpdateRemove();
    void retryQueuesExactlyTheChosenDestinations();
    void aRetriedRefusalIsNeverTakenForAFailureAtTheScheduler();
    void outboxRowsForHostedProvidersOnly();
    void composerAndImportWriteANewPostAlike();
    void aRestoredPostKeepsItsDestinationsHistory();
    void foreignKeysAreEnforced();
    void eachWriteIsAtomicWithoutATransaction();
    void keysetPaging();
    void countPerDayFollowsTheZone();
    void integrationsRefuseBadInput();
    void importCommitAndUndo();
    void rangeQueryUsesTheIndex();
    void statusFilteredRangeReadsOnlyTheIndex();
    void largeImportRebuildsTheIndexesItSetAside();
    void failedLargeImportKeepsTheIndexes();
    void cancelledImportWritesNothing();
    void rowsComeBackInTheFilesOrder_data();
    void rowsComeBackInTheFilesOrder();
    void wizardFixesExclusionsAndMapping();
};

void TestStore::migratesFromEmpty()
{
    Test::TestStore store;
    QCOMPARE(store.database().schemaVersion(), int(schemaMigrations().size()));
    QCOMPARE(store.database().schemaVersion(), Database::SchemaVersion);
    QSqlQuery q(store.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(store.connection(), QStringLiteral("PRAGMA foreign_keys")), qint64(1));
    for (const char *table : {"posts", "post_targets", "integrations", "imports", "import_rows", "outbox"})
        QCOMPARE(scalar(store.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                            .arg(QLatin1StringView(table))),
                 qint64(1));
}

void TestStore::reopenKeepsDataAndVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        Database db(QStringLiteral("first"));
        QVERIFY(db.open(path).ok());
        Integration in;
        in.id = QStringLiteral("int_x");
        in.platform = QStringLiteral("x");
        QVERIFY(IntegrationRepository(db.connection()).add(in).ok());
    }
    Database db(QStringLiteral("second"));
    QVERIFY(db.open(path).ok());
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(IntegrationRepository(db.connection()).list().size(), 1);
}

void TestStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        Database db(QStringLiteral("a"));
        QVERIFY(db.open(path).ok());
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version=99"));
    }
    Database db(QStringLiteral("b"));
    const auto r = db.open(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("newer")), qPrintable(r.error()));
}

void TestStore::refusesNonDatabaseFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    Database db(QStringLiteral("c"));
    const auto r = db.open(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("not an Almanac store")) || r.error().contains(QStringLiteral("not a database")),
             qPrintable(r.error()));
}

void TestStore::rollbackLeavesNothing()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"), QStringLiteral("openpost"));
    {
        Transaction tx(store.connection());
        QVERIFY(tx.isActive());
        PostRepository posts(store.connection());
        for (int i = 0; i < 10; ++i) {
            Post p = makePost(QStringLiteral("post %1").arg(i), 2000000000 + i, {QStringLiteral("int_x")});
            QVERIFY(posts.insert(p).ok());
        }
        QCOMPARE(posts.count(), qint64(10));
        // No commit: the transaction rolls back when it goes out of scope.
    }
    for (const char *table : {"posts", "post_targets", "outbox"})
        QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))),
                 qint64(0));
}

// Two posts, each failed at two local accounts: retrying (P1, a) and (P2, b)
// queues those two, not P1's b or P2's a (a filter by posts and by accounts
// would have taken all four).
void TestStore::retryQueuesExactlyTheChosenDestinations()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("a"), QStringLiteral("bluesky"));
    store.addIntegration(QStringLiteral("b"), QStringLiteral("mastodon"));
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        Post p;
        p.content = QStringLiteral("Post %1").arg(i);
        p.status = PostStatus::Failed;
        p.scheduledAt = 1776600000;
        for (const char *account : {"a", "b"})
            p.targets.append({QString::fromLatin1(account), QString(), PostStatus::Failed, {}, {}, 0, {}, 0, false});
        QVERIFY(PostRepository(store.connection()).insert(p).ok());
        ids.append(p.id);
    }
    OutboxRepository::FailedFilter chosen;
    chosen.destinations = {{ids.at(0), QStringLiteral("a")}, {ids.at(1), QStringLiteral("b")}};
    const Result<int> requeued = OutboxRepository(store.connection()).requeueFailed(chosen);
    QVERIFY(requeued.ok());
    QCOMPARE(requeued.value(), 2);
    const auto statusOf = [&store](const QString &post, const char *account) {
        QSqlQuery q(store.connection());
        q.prepare(QStringLiteral("SELECT status FROM post_targets WHERE post_id = ? AND integration_id = ?"));
        q.addBindValue(post);
        q.addBindValue(QString::fromLatin1(account));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(statusOf(ids.at(0), "a"), QStringLiteral("scheduled"));
    QCOMPARE(statusOf(ids.at(0), "b"), QStringLiteral("failed"));
    QCOMPARE(statusOf(ids.at(1), "a"), QStringLiteral("failed"));
    QCOMPARE(statusOf(ids.at(1), "b"), QStringLiteral("scheduled"));
    // None of them is a hosted scheduler's to publish again.
    QVERIFY(OutboxRepository(store.connection()).failedAtProviders({ids, {}, {}, {}, {}}).isEmpty());
}

// A post to X through OpenPost and to Bluesky: OpenPost refused the request
// (Almanac's failure), and Bluesky failed, so the post is "failed". Retried,
// the X destination waits as scheduled (not as the post's "failed"), and once
// OpenPost takes it, it is never reported as failed at OpenPost: that advice
// (Duplicate) would publish it twice.
void TestStore::aRetriedRefusalIsNeverTakenForAFailureAtTheScheduler()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_b"), QStringLiteral("bluesky"), QStringLiteral("local"));
    store.addIntegration(QStringLiteral("int_op"), QStringLiteral("x"), QStringLiteral("openpost"));
    Post p = makePost(QStringLiteral("Both"), 2000000000, {QStringLiteral("int_b"), QStringLiteral("int_op")});
    QVERIFY(PostRepository(store.connection()).insert(p).ok());
    OutboxRepository outbox(store.connection());
    const QList<OutboxRow> rows = outbox.inState(QStringLiteral("pending"));
    QCOMPARE(rows.size(), 1);
    QVERIFY(outbox.markFailed({rows.first().id}, p.id, {QStringLiteral("int_op")}, QStringLiteral("Refused (HTTP 422)")).ok());
    QSqlQuery q(store.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'failed' WHERE integration_id = 'int_b'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE posts SET status = 'failed'")));

    OutboxRepository::FailedFilter x;
    x.destinations = {{p.id, QStringLiteral("int_op")}};
    QCOMPARE(outbox.requeueFailed(x).value(), 1);
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT count(*) FROM post_targets WHERE integration_id = 'int_op' "
                                                       "AND status = 'scheduled'")),
             qint64(1));
    QVERIFY(outbox.markSynced({rows.first().id}, p.id, {QStringLiteral("int_op")}, QStringLiteral("po_4"), {}).ok());
    QVERIFY(outbox.failedAtProviders(x).isEmpty());
    // Reported failed by OpenPost afterwards: now it is the scheduler's.
    QVERIFY(outbox.applyRemoteStatuses(p.id, {QStringLiteral("int_op")},
                                       {RemoteTargetState{QStringLiteral("x"), QStringLiteral("failed"), {}, QStringLiteral("X said no")}})
                .ok());
    const QList<OutboxRepository::FailedAtProvider> failed = outbox.failedAtProviders(x);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().remoteId, QStringLiteral("po_4"));
    QCOMPARE(failed.first().providerKind, QStringLiteral("openpost"));
}

void TestStore::insertFindUpdateRemove()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"));
    store.addIntegration(QStringLiteral("int_b"), QStringLiteral("bluesky"));
    PostRepository posts(store.connection());
    Post p = makePost(QStringLiteral("Hello 🎉"), 2000000000, {QStringLiteral("int_x"), QStringLiteral("int_b")});
    p.tags = QStringList{QStringLiteral("launch")};
    p.platformOverrides.insert(QStringLiteral("bluesky"), QStringLiteral("Hello Bluesky"));
    p.media.append({QStringLiteral("https://a.example/1.jpg"), QString(), QStringLiteral("alt")});
    QVERIFY(posts.insert(p).ok());
    QCOMPARE(p.id.size(), 36);
    QCOMPARE(p.id.at(14), QLatin1Char('7')); // UUID version 7

    auto found = posts.find(p.id);
    QVERIFY(found);
    QCOMPARE(found->content, p.content);
    QCOMPARE(found->scheduledAt, p.scheduledAt);
    QCOMPARE(found->tags, p.tags);
    QCOMPARE(found->media, p.media);
    QCOMPARE(found->targets.size(), 2);
    QCOMPARE(found->effectiveText(QStringLiteral("bluesky")), QStringLiteral("Hello Bluesky"));
    QCOMPARE(found->effectiveText(QStringLiteral("x")), QStringLiteral("Hello 🎉"));

    found->content = QStringLiteral("Edited");
    found->targets.removeLast();
    QVERIFY(posts.update(*found).ok());
    QCOMPARE(posts.find(p.id)->content, QStringLiteral("Edited"));
    QCOMPARE(posts.find(p.id)->targets.size(), 1);

    QVERIFY(posts.remove({p.id}).ok());
    QVERIFY(!posts.find(p.id));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM post_targets")), qint64(0));

    Post ghost = makePost(QStringLiteral("never saved"), std::nullopt, {});
    ghost.id = QStringLiteral("00000000-0000-7000-8000-000000000000");
    QVERIFY(!posts.update(ghost).ok());
}

void TestStore::outboxRowsForHostedProvidersOnly()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_local"), QStringLiteral("bluesky"), QStringLiteral("local"));
    store.addIntegration(QStringLiteral("int_op"), QStringLiteral("x"), QStringLiteral("openpost"));
    PostRepository posts(store.connection());
    Post p = makePost(QStringLiteral("Hi"), 2000000000, {QStringLiteral("int_local"), QStringLiteral("int_op")});
    QVERIFY(posts.insert(p).ok());
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE operation='create'")), qint64(1));
    QSqlQuery q(store.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT integration_id, idempotency_key FROM outbox")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("int_op"));
    // One rule for every new post, the composer's as the import's: a time-ordered UUID, fixed before any send.
    QVERIFY2(!QUuid::fromString(q.value(1).toString()).isNull(), qPrintable(q.value(1).toString()));
    QCOMPARE(q.value(1).toString().at(14), QChar(u'7')); // UUIDv7 (Qt 6.4's QUuid does not name version 7)
    QVERIFY(posts.remove({p.id}).ok());
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE operation='delete'")), qint64(1));
}

// One writer of new posts: the composer's post (PostRepository::insert) and the
// same post from an import (ImportWriter) leave the same rows, outbox and keys included.
void TestStore::composerAndImportWriteANewPostAlike()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_local"), QStringLiteral("bluesky"), QStringLiteral("local"));
    store.addIntegration(QStringLiteral("int_op"), QStringLiteral("x"), QStringLiteral("openpost"));
    const QList<Integration> accounts = IntegrationRepository(store.connection()).list();
    QCOMPARE(accounts.size(), 2);
    Post composed = makePost(QStringLiteral("Same words"), 2000000000, {QStringLiteral("int_local"), QStringLiteral("int_op")});
    composed.tags = {QStringLiteral("launch")};
    Post imported = composed;
    QVERIFY(PostRepository(store.connection()).insert(composed).ok());
    {
        Transaction tx(store.connection());
        ImportWriter writer(store.connection(), accounts);
        ImportJob job;
        job.fileName = QStringLiteral("plan.csv");
        job.dialect = QStringLiteral("openpost");
        job.timeZone = QStringLiteral("UTC");
        const Result<void> begun = writer.begin(job);
        QVERIFY2(begun.ok(), qPrintable(begun.error()));
        ImportRow row;
        row.importId = job.id;
        row.rowNumber = 2;
        const int positions[] = {0, 1};
        QVERIFY(writer.addPost(imported, EncodedPost(imported, positions), row).ok());
        QVERIFY(writer.finish(job).ok());
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(composed.id != imported.id);
    auto rowOf = [&](const QString &sql, const QString &postId) {
        QSqlQuery q(store.connection());
        q.prepare(sql);
        q.addBindValue(postId);
        QStringList values;
        if (q.exec())
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    values.append(q.value(i).toString());
        return values;
    };
    const QString post = QStringLiteral("SELECT content, title, scheduled_at, status, post_type, tags, platform_overrides, "
                                        "platform_settings, media, group_id, remote_id, remote_provider FROM posts WHERE id = ?");
    const QString targets = QStringLiteral("SELECT integration_id, platform, status, platform_post_url, remote_id, attempt_count, "
                                           "last_error FROM post_targets WHERE post_id = ? ORDER BY integration_id");
    const QString outbox = QStringLiteral("SELECT integration_id, operation, state, payload FROM outbox WHERE post_id = ?");
    QCOMPARE(rowOf(post, imported.id), rowOf(post, composed.id));
    QCOMPARE(rowOf(targets, imported.id), rowOf(targets, composed.id));
    QCOMPARE(rowOf(outbox, imported.id), rowOf(outbox, composed.id));
    QCOMPARE(rowOf(outbox, composed.id).size(), 4); // the hosted destination only
    // Both keys by the one rule: a time-ordered UUID, fixed before any send.
    for (const QString &id : {composed.id, imported.id}) {
        const QStringList key = rowOf(QStringLiteral("SELECT idempotency_key FROM outbox WHERE post_id = ?"), id);
        QCOMPARE(key.size(), 1);
        QVERIFY2(!QUuid::fromString(key.first()).isNull() && key.first().at(14) == u'7', qPrintable(key.first()));
    }
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(DISTINCT idempotency_key) FROM outbox")), qint64(2));
}

// Undo of a delete writes the post back through the same writer: its id, its
// creation time and each destination's status, link and error stay as they were.
void TestStore::aRestoredPostKeepsItsDestinationsHistory()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_local"), QStringLiteral("bluesky"), QStringLiteral("local"));
    store.addIntegration(QStringLiteral("int_op"), QStringLiteral("x"), QStringLiteral("openpost"));
    PostRepository posts(store.connection());
    Post p = makePost(QStringLiteral("Went out once"), 2000000000, {QStringLiteral("int_local"), QStringLiteral("int_op")});
    QVERIFY(posts.insert(p).ok());
    Post before = *posts.find(p.id);
    before.targets[0].status = PostStatus::Published;
    before.targets[0].platformPostUrl = QStringLiteral("https://bsky.app/profile/a/post/1");
    before.targets[1].status = PostStatus::Failed;
    before.targets[1].lastError = QStringLiteral("The provider said no");
    before.targets[1].remoteId = QStringLiteral("op-77");
    before.targets[1].attemptCount = 3;
    QVERIFY(posts.update(before).ok());
    before = *posts.find(p.id);
    QVERIFY(posts.remove({p.id}).ok());
    QVERIFY(IntegrationRepository(store.connection()).remove(QStringLiteral("int_local")).ok()); // removed since

    Post restored = before;
    QVERIFY(posts.insert(restored).ok());
    const Post after = *posts.find(p.id);
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.createdAt, before.createdAt);
    QCOMPARE(after.targets.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.targets[i].integrationId, before.targets[i].integrationId);
        QCOMPARE(after.targets[i].status, before.targets[i].status);
        QCOMPARE(after.targets[i].platformPostUrl, before.targets[i].platformPostUrl);
        QCOMPARE(after.targets[i].remoteId, before.targets[i].remoteId);
        QCOMPARE(after.targets[i].attemptCount, before.targets[i].attemptCount);
        QCOMPARE(after.targets[i].lastError, before.targets[i].lastError);
    }
    // The provider's id for the post is kept with its new create, so a later delete can name it.
    QSqlQuery q(store.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT payload FROM outbox WHERE operation = 'create' ORDER BY id DESC LIMIT 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("op-77"));
}

void TestStore::foreignKeysAreEnforced()
{
    Test::TestStore store;
    PostRepository posts(store.connection());
    Post p = makePost(QStringLiteral("to nowhere"), 2000000000, {QStringLiteral("int_missing")});
    Transaction tx(store.connection());
    QVERIFY(!posts.insert(p).ok());
}

void TestStore::eachWriteIsAtomicWithoutATransaction()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"), QStringLiteral("openpost"));
    PostRepository posts(store.connection());
    // The second target does not exist: the post and its first target must not stay behind.
    Post p = makePost(QStringLiteral("half"), 2000000000, {QStringLiteral("int_x"), QStringLiteral("int_missing")});
    QVERIFY(!posts.insert(p).ok());
    for (const char *table : {"posts", "post_targets", "outbox"})
        QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))),
                 qint64(0));
    // And inside a caller's transaction the savepoint nests: the good post stays.
    Transaction tx(store.connection());
    Post good = makePost(QStringLiteral("whole"), 2000000000, {QStringLiteral("int_x")});
    QVERIFY(posts.insert(good).ok());
    Post bad = makePost(QStringLiteral("half"), 2000000000, {QStringLiteral("int_missing")});
    QVERIFY(!posts.insert(bad).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(posts.count(), qint64(1));
    QCOMPARE(posts.find(good.id)->content, QStringLiteral("whole"));
}

void TestStore::keysetPaging()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"));
    PostRepository posts(store.connection());
    Transaction tx(store.connection());
    for (int i = 0; i < 25; ++i) {
        Post p = makePost(QStringLiteral("p%1").arg(i), 2000000000 + (i % 5) * 3600, {QStringLiteral("int_x")});
        QVERIFY(posts.insert(p).ok());
    }
    Post draft = makePost(QStringLiteral("undated"), std::nullopt, {QStringLiteral("int_x")});
    QVERIFY(posts.insert(draft).ok());
    QVERIFY(tx.commit().ok());

    PostQuery q;
    q.limit = 7;
    QStringList seen;
    std::optional<qint64> last;
    QVERIFY(posts.forEach(q, [&](const Post &p) {
        QVERIFY(!seen.contains(p.id));
        if (p.scheduledAt && last)
            QVERIFY(*p.scheduledAt >= *last);
        if (p.scheduledAt)
            last = p.scheduledAt;
        seen.append(p.id);
    }).ok());
    QCOMPARE(seen.size(), 26);
    QCOMPARE(posts.find(seen.last())->content, QStringLiteral("undated"));

    q.from = 2000000000 + 3600;
    q.to = 2000000000 + 3 * 3600;
    q.limit = 500;
    QCOMPARE(posts.query(q).size(), 10);
    q = PostQuery{};
    q.status = PostStatus::Draft;
    QCOMPARE(posts.query(q).size(), 1);
    const auto counts = posts.countByStatus();
    QCOMPARE(counts[size_t(PostStatus::Scheduled)], qint64(25));
    QCOMPARE(counts[size_t(PostStatus::Draft)], qint64(1));
    QCOMPARE(counts[size_t(PostStatus::Failed)], qint64(0));
}

void TestStore::countPerDayFollowsTheZone()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"));
    PostRepository posts(store.connection());
    const QTimeZone berlin("Europe/Berlin");
    // 23:30 in Berlin on 28 March 2026 is 22:30 UTC the same day; 00:30 on the 29th is 23:30 UTC on the 28th.
    for (const char *local : {"2026-03-28T23:30:00", "2026-03-29T00:30:00", "2026-03-29T12:00:00", "2026-03-30T09:00:00"}) {
        const QDateTime wall = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
        Post p = makePost(QStringLiteral("x"), QDateTime(wall.date(), wall.time(), berlin).toSecsSinceEpoch(),
                          {QStringLiteral("int_x")});
        QVERIFY(posts.insert(p).ok());
    }
    const QList<DayCount> days = posts.countPerDay(QDate(2026, 3, 28), QDate(2026, 4, 1), berlin);
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(0).count, 1);
    QCOMPARE(days.at(1).count, 2); // the DST day has 23 hours and still holds both
    QCOMPARE(days.at(2).count, 1);
    QCOMPARE(days.at(3).count, 0);
}

void TestStore::integrationsRefuseBadInput()
{
    Test::TestStore store;
    IntegrationRepository repo(store.connection());
    Integration in;
    in.id = QStringLiteral("int_x");
    in.platform = QStringLiteral("myspace");
    auto r = repo.add(in);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("bluesky")), qPrintable(r.error())); // lists what is accepted
    in.platform = QStringLiteral("TWITTER");
    in.provider = QStringLiteral("hootsuite");
    QVERIFY(!repo.add(in).ok());
    in.provider = QStringLiteral("openpost");
    QVERIFY(repo.add(in).ok());
    QCOMPARE(repo.find(QStringLiteral("int_x"))->platform, QStringLiteral("x"));
    QVERIFY(!repo.add(in).ok()); // the id is taken
    in.id = QStringLiteral("has space");
    QVERIFY(!repo.add(in).ok());
}

void TestStore::importCommitAndUndo()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"), QStringLiteral("openpost"));
    QFile csv(store.dir() + QStringLiteral("/in.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    // The text is stored from the file's bytes: quotes, a line break, accents and
    // an emoji come back as they were, trimmed as the post is.
    // A byte order mark before a cell's text (pasted, or files joined) is dropped,
    // as from the post's own copy.
    csv.write("content,integrations,schedule_at\n\"  \"\"One\"\"\r\nGrüße 👩‍👩‍👧‍👦 \",x,2026-05-01T09:00:00Z\n"
              "\xEF\xBB\xBFTwo,x,2026-05-02T09:00:00Z\n");
    csv.close();

    ImportOptions options;
    options.filePath = csv.fileName();
    options.storePath = store.path();
    options.now = QDateTime::fromString(QStringLiteral("2026-04-20T00:00:00Z"), Qt::ISODate).toSecsSinceEpoch();
    const ImportOutcome outcome = CsvImporter(options).run(nullptr);
    QVERIFY(outcome.committed());
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(2));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(2));

    ImportRepository imports(store.connection());
    QCOMPARE(imports.list().size(), 1);
    const QList<ImportRow> rows = imports.rows(outcome.importId);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).rowNumber, qint64(2));
    QVERIFY(!rows.at(0).postId.isEmpty());
    QVERIFY(rows.at(0).rawJson.contains("\"schedule_at\":\"2026-05-01T09:00:00Z\""));
    // Each row names the post it became, and that post holds the row's text.
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM import_rows r JOIN posts p ON p.id = r.post_id")),
             qint64(2));
    const std::optional<Post> first = PostRepository(store.connection()).find(rows.at(0).postId);
    QVERIFY(first);
    QCOMPARE(first->content, QStringLiteral("\"One\"\r\nGrüße 👩‍👩‍👧‍👦"));
    QCOMPARE(first->title, QString());
    QCOMPARE(PostRepository(store.connection()).find(rows.at(1).postId)->content, QStringLiteral("Two"));
    // The posts it made, in row order, and the earliest time among them, in one reading.
    const auto made = imports.posts(outcome.importId);
    QVERIFY(made.ok());
    QCOMPARE(made.value().ids, (QStringList{rows.at(0).postId, rows.at(1).postId}));
    QCOMPARE(made.value().earliest,
             std::optional<qint64>(QDateTime::fromString(QStringLiteral("2026-05-01T09:00:00Z"), Qt::ISODate).toSecsSinceEpoch()));

    const auto undone = imports.undo(outcome.importId);
    QVERIFY(undone.ok());
    QCOMPARE(undone.value(), 2);
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(0));
    QCOMPARE(imports.find(outcome.importId)->status, QStringLiteral("undone"));
    QCOMPARE(imports.rows(outcome.importId).size(), 2); // the history stays
}

void TestStore::rangeQueryUsesTheIndex()
{
    Test::TestStore store;
    QSqlQuery q(store.connection());
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT scheduled_at FROM posts WHERE scheduled_at >= 1 AND "
                                  "scheduled_at < 2 ORDER BY scheduled_at")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(QStringLiteral("posts_by_time")), qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
}

void TestStore::statusFilteredRangeReadsOnlyTheIndex()
{
    Test::TestStore store;
    QSqlQuery q(store.connection());
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM posts WHERE status = 'failed' AND "
                                  "scheduled_at >= 1 AND scheduled_at < 2 ORDER BY scheduled_at, id")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(QStringLiteral("COVERING INDEX posts_by_time")), qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
}

void TestStore::largeImportRebuildsTheIndexesItSetAside()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"), QStringLiteral("openpost"));
    store.addIntegration(QStringLiteral("int_li"), QStringLiteral("linkedin"));
    const QStringList indexesBefore = indexNames(store.connection());
    QVERIFY(indexesBefore.contains(QStringLiteral("posts_by_time")));

    const ImportOutcome outcome = importFile(store, writeLargeCsv(store.dir(), 6000, false));
    QVERIFY2(outcome.committed(), qPrintable(outcome.fileErrors.join(u'\n')));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(6000));
    QCOMPARE(indexNames(store.connection()), indexesBefore);
    // The rebuilt indexes hold every row, and foreign keys hold though the import
    // ran without enforcing them.
    QSqlQuery q(store.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM posts INDEXED BY posts_by_time "
                                                       "WHERE scheduled_at >= 0")),
             qint64(6000));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(3000));
    QCOMPARE(scalar(store.connection(), QStringLiteral("PRAGMA foreign_keys")), qint64(1)); // back on
}

void TestStore::failedLargeImportKeepsTheIndexes()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"));
    store.addIntegration(QStringLiteral("int_li"), QStringLiteral("linkedin"));
    const QStringList indexesBefore = indexNames(store.connection());

    // The invalid row comes after the writer has set the indexes aside: the
    // rollback must bring them back with everything else.
    const ImportOutcome outcome = importFile(store, writeLargeCsv(store.dir(), 6000, true));
    QCOMPARE(outcome.status, ImportOutcome::Status::ValidationFailed);
    QCOMPARE(outcome.rowsInvalid, qint64(1));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(0));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM imports")), qint64(0));
    QCOMPARE(indexNames(store.connection()), indexesBefore);
}

// Cancels the import it watches once it has written enough rows to have set the
// store's indexes aside.
class CancelPartWay final : public ImportObserver
{
public:
    explicit CancelPartWay(CsvImporter &importer) : m_importer(importer) {}
    void rowValidated(const RowVerdict &, const Post *, const RowSource &) override { ++rowsSeen; }
    void progress(qint64, qint64) override
    {
        if (rowsSeen > 6000)
            m_importer.cancel();
    }
    qint64 rowsSeen = 0;

private:
    CsvImporter &m_importer;
};

void TestStore::cancelledImportWritesNothing()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"), QStringLiteral("openpost"));
    store.addIntegration(QStringLiteral("int_li"), QStringLiteral("linkedin"));
    const QStringList indexesBefore = indexNames(store.connection());

    CsvImporter importer(importOptions(store, writeLargeCsv(store.dir(), 20000, false)));
    CancelPartWay observer(importer);
    const ImportOutcome outcome = importer.run(&observer);

    QCOMPARE(outcome.status, ImportOutcome::Status::Cancelled);
    QVERIFY(observer.rowsSeen > 6000);
    QVERIFY(observer.rowsSeen < 20000); // it stopped, it did not run to the end
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(0));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(0));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM imports")), qint64(0));
    QCOMPARE(indexNames(store.connection()), indexesBefore);
}

// Records what the importer tells, in the order it tells it.
class RowLog final : public ImportObserver
{
public:
    void rowValidated(const RowVerdict &v, const Post *, const RowSource &source) override
    {
        rows.append(v.row);
        if (source.excluded)
            excluded.append(v.row);
        for (const RowIssue &e : v.errors)
            errors[v.row].append(e.message);
        for (const RowIssue &w : v.warnings)
            warnings[v.row].append(w.message);
    }
    QList<qint64> rows, excluded;
    QHash<qint64, QStringList> errors, warnings;
};

void TestStore::rowsComeBackInTheFilesOrder_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("dry run") << true;
    QTest::newRow("committed") << false;
}

// The rows are read on one thread, judged on several and taken back on the
// importer's: whatever thread judged a row first, every row is told in the
// file's order, a duplicate names the row it repeats (which may be in another
// batch), fixes and exclusions land on their rows, and a record too large
// for a batch of its own travels whole.
void TestStore::rowsComeBackInTheFilesOrder()
{
    QFETCH(bool, dryRun);
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"));
    QFile csv(store.dir() + QStringLiteral("/ordered.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("content,integrations,schedule_at\n");
    const int rows = 5000; // about twenty batches
    const QByteArray huge(600 * 1024, 'a'); // beyond a batch's bytes, and beyond X's limit: an error
    for (int i = 0; i < rows; ++i) {
        const qint64 row = i + 2;
        QByteArray text = "Post " + QByteArray::number(i);
        if (row == 4001)
            text = "Post 3"; // the same as row 5, far back
        else if (row == 3000)
            text = huge;
        const char *when = row % 500 == 0 ? "2020-01-01T09:00:00Z" : "2026-05-01T09:00:00Z"; // every 500th in the past
        csv.write(text + ",int_x," + when + "\n");
    }
    csv.close();
    ImportOptions options = importOptions(store, csv.fileName());
    options.dryRun = dryRun;
    options.skipInvalid = true;
    options.edits.excluded.insert(2500);
    options.edits.cells[1000][2] = "2026-05-02T09:00:00Z"; // fixes row 1000's past time
    CsvImporter importer(options);
    RowLog log;
    const ImportOutcome outcome = importer.run(&log);

    QList<qint64> expected;
    for (qint64 row = 2; row < rows + 2; ++row)
        expected.append(row);
    QCOMPARE(log.rows, expected);
    QCOMPARE(log.excluded, QList<qint64>{2500});
    QVERIFY(!log.errors.contains(1000)); // fixed
    QVERIFY(!log.errors.contains(2500)); // excluded: never judged
    const QList<qint64> past{500, 1500, 2000, 3000, 3500, 4000, 4500, 5000};
    for (qint64 row : past)
        QVERIFY2(log.errors.value(row).join(u' ').contains(u"in the past"), qPrintable(QString::number(row)));
    QVERIFY2(log.errors.value(3000).join(u' ').contains(u"characters"), qPrintable(log.errors.value(3000).join(u' ')));
    QCOMPARE(log.errors.size(), past.size());
    QCOMPARE(log.warnings.keys(), QList<qint64>{4001});
    QVERIFY2(log.warnings.value(4001).join(u' ').contains(u"Row 5 has the same text"),
             qPrintable(log.warnings.value(4001).join(u' ')));
    QCOMPARE(outcome.rowsTotal, qint64(rows));
    QCOMPARE(outcome.rowsInvalid, qint64(past.size()));
    QCOMPARE(outcome.rowsExcluded, qint64(1));
    QCOMPARE(outcome.rowsValid, qint64(rows - past.size() - 1));
    if (dryRun) {
        QCOMPARE(outcome.status, ImportOutcome::Status::ValidationFailed);
        QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(0));
        return;
    }
    QVERIFY(outcome.committed());
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM posts")), outcome.rowsValid);
    // The history keeps each row under its own number, with its own cells.
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM import_rows")), qint64(rows));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM import_rows WHERE status = 'excluded' "
                                                       "AND row_number = 2500")),
             qint64(1));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM import_rows WHERE row_number = 1234 "
                                                       "AND raw LIKE '%Post 1232%'")),
             qint64(1));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT length(raw) > 600000 FROM import_rows WHERE row_number = 3000")),
             qint64(1));
}

void TestStore::wizardFixesExclusionsAndMapping()
{
    Test::TestStore store;
    store.addIntegration(QStringLiteral("int_x"), QStringLiteral("x"));
    QFile csv(store.dir() + QStringLiteral("/wizard.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    // "when" is not a name the dialect knows: the wizard maps it onto schedule_at.
    csv.write("text,destinations,when,note\n"
              "Fine,x,2026-05-01T09:00:00Z,a\n"
              "Too late,x,2027-12-01T09:00:00Z,b\n"  // row 3: fixed in the wizard
              "No target,nowhere,2026-05-03T09:00:00Z,c\n" // row 4: excluded
              "Also fine,x,2026-05-04T09:00:00Z,d\n");
    csv.close();

    ImportOptions options = importOptions(store, csv.fileName());
    const ImportOutcome unmapped = CsvImporter(options).run(nullptr);
    QCOMPARE(unmapped.status, ImportOutcome::Status::FileRefused); // no content/integrations columns

    options.columnNames = {QStringLiteral("content"), QStringLiteral("integrations"), QStringLiteral("schedule_at"),
                           QString()};
    options.dryRun = true;
    ImportOutcome judged = CsvImporter(options).run(nullptr);
    QCOMPARE(judged.status, ImportOutcome::Status::ValidationFailed);
    QCOMPARE(judged.rowsInvalid, qint64(2));

    options.edits.cells[3][2] = QByteArrayLiteral("2026-05-02T09:00:00Z");
    options.edits.excluded.insert(4);
    judged = CsvImporter(options).run(nullptr);
    QCOMPARE(judged.status, ImportOutcome::Status::Validated);
    QCOMPARE(judged.rowsValid, qint64(3));
    QCOMPARE(judged.rowsExcluded, qint64(1));
    QCOMPARE(judged.rowsInvalid, qint64(0));

    options.dryRun = false;
    const ImportOutcome outcome = CsvImporter(options).run(nullptr);
    QVERIFY(outcome.committed());
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(3));
    QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT scheduled_at FROM posts WHERE content = 'Too late'")),
             QDateTime::fromString(QStringLiteral("2026-05-02T09:00:00Z"), Qt::ISODate).toSecsSinceEpoch());
    ImportRepository imports(store.connection());
    const ImportJob job = imports.find(outcome.importId).value();
    QCOMPARE(job.rowsCommitted, 3);
    QCOMPARE(job.rowsExcluded, 1);
    const QList<ImportRow> rows = imports.rows(outcome.importId);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(2).rowNumber, qint64(4));
    QCOMPARE(rows.at(2).status, ImportRowStatus::Excluded);
    QVERIFY(rows.at(2).postId.isEmpty());
    // The history keeps the file's own column names, and the value the row was imported with.
    QVERIFY(rows.at(1).rawJson.contains("\"when\":\"2026-05-02T09:00:00Z\""));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
