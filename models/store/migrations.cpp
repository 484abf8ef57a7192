// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/migrations.h"

namespace Almanac {

namespace {

// "(column = 'a' OR column = 'b' ...)": SQLite evaluates a constant IN (...) list
// in a CHECK through an ephemeral b-tree opened for every inserted row, which
// made bulk imports several times slower; a chain of comparisons costs nothing.
QString oneOf(const char *column, std::initializer_list<const char *> values)
{
    QStringList terms;
    for (const char *v : values)
        terms.append(QStringLiteral("%1 = '%2'").arg(QLatin1StringView(column), QLatin1StringView(v)));
    return QStringLiteral(" CHECK (") + terms.join(QStringLiteral(" OR ")) + u')';
}

QStringList version1()
{
    // Times are UTC epoch seconds (INTEGER): they sort and count fast, and the UI
    // converts them to the user's zone.
    return {
        QStringLiteral("CREATE TABLE integrations ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " platform TEXT NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " handle TEXT NOT NULL DEFAULT '',"
                       " provider TEXT NOT NULL DEFAULT 'local'")
            + oneOf("provider", {"local", "openpost", "posteverywhere", "bundlesocial"})
            + QStringLiteral(","
                             " remote_id TEXT,"
                             " service_url TEXT,"
                             " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE imports ("
                       " id INTEGER PRIMARY KEY,"
                       " file_name TEXT NOT NULL,"
                       " file_size INTEGER NOT NULL DEFAULT 0,"
                       " dialect TEXT NOT NULL,"
                       " time_zone TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " rows_total INTEGER NOT NULL DEFAULT 0,"
                       " rows_committed INTEGER NOT NULL DEFAULT 0,"
                       " rows_skipped INTEGER NOT NULL DEFAULT 0,"
                       " rows_excluded INTEGER NOT NULL DEFAULT 0,"
                       " status TEXT NOT NULL DEFAULT 'committed'")
            + oneOf("status", {"committed", "undone"}) + u')',
        QStringLiteral("CREATE TABLE posts ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " content TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " scheduled_at INTEGER,"
                       " status TEXT NOT NULL")
            + oneOf("status", {"draft", "scheduled", "publishing", "published", "failed", "cancelled"})
            + QStringLiteral(","
                             " post_type TEXT NOT NULL DEFAULT 'post',"
                             " tags TEXT,"
                             " platform_overrides TEXT,"
                             " platform_settings TEXT,"
                             " media TEXT,"
                             " group_id TEXT,"
                             " remote_id TEXT,"
                             " remote_provider TEXT,"
                             // No foreign key: imports are history and are never deleted.
                             " import_id INTEGER,"
                             " created_at INTEGER NOT NULL,"
                             " updated_at INTEGER NOT NULL)"),
        // One index serves the calendar's ranges, keyset paging (time, then id) and
        // status filters and counts (status is in the index, so a filtered range
        // never reads the table). A second index led by status cost a third of a
        // bulk import's index work for queries this one answers in milliseconds.
        QStringLiteral("CREATE INDEX posts_by_time ON posts(scheduled_at, id, status)"),
        QStringLiteral("CREATE TABLE post_targets ("
                       " post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,"
                       " integration_id TEXT NOT NULL REFERENCES integrations(id),"
                       " platform TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " platform_post_url TEXT,"
                       " remote_id TEXT,"
                       " attempt_count INTEGER NOT NULL DEFAULT 0,"
                       " last_error TEXT,"
                       " updated_at INTEGER NOT NULL,"
                       " PRIMARY KEY (post_id, integration_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX post_targets_by_integration ON post_targets(integration_id, status)"),
        // A rowid table: its rows (raw + normalized JSON) are far larger than the
        // ~200 bytes below which WITHOUT ROWID pays off; they arrive in key order anyway.
        QStringLiteral("CREATE TABLE import_rows ("
                       " id INTEGER PRIMARY KEY,"
                       " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                       " row_number INTEGER NOT NULL,"
                       " status TEXT NOT NULL")
            + oneOf("status", {"committed", "skipped", "excluded"})
            + QStringLiteral(","
                             " raw TEXT NOT NULL,"
                             " normalized TEXT,"
                             " error TEXT,"
                             // The post the row became: kept as history even after
                             // that post is deleted, so no foreign key (and no index).
                             " post_id TEXT)"),
        // Not UNIQUE: the import writer numbers the rows itself, and a plain index
        // can be set aside during a large import and rebuilt sorted at the end.
        QStringLiteral("CREATE INDEX import_rows_by_import ON import_rows(import_id, row_number)"),
        // The outbox has no foreign key to posts: a delete's row outlives its post.
        QStringLiteral("CREATE TABLE outbox ("
                       " id INTEGER PRIMARY KEY,"
                       " post_id TEXT NOT NULL,"
                       " integration_id TEXT,"
                       " operation TEXT NOT NULL")
            + oneOf("operation", {"create", "update", "delete", "reschedule", "publish"})
            + QStringLiteral(","
                             " idempotency_key TEXT NOT NULL,"
                             " payload TEXT,"
                             " state TEXT NOT NULL DEFAULT 'pending'")
            + oneOf("state", {"pending", "sent", "done", "failed"})
            + QStringLiteral(","
                             " attempts INTEGER NOT NULL DEFAULT 0,"
                             " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                             " last_error TEXT,"
                             " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX outbox_pending ON outbox(state, next_attempt_at)"),
    };
}

// The sync engine's: named accounts at hosted schedulers, the account each
// integration goes through, the request an outbox row went out in, and the
// group a remote post was created in.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE providers ("
                       " name TEXT PRIMARY KEY NOT NULL,"
                       " kind TEXT NOT NULL")
            + oneOf("kind", {"openpost", "posteverywhere", "bundlesocial"})
            + QStringLiteral(","
                             " base_url TEXT NOT NULL,"
                             " rate_limit INTEGER NOT NULL DEFAULT 300,"
                             " team_id TEXT,"
                             " created_at INTEGER NOT NULL)"),
        QStringLiteral("ALTER TABLE integrations ADD COLUMN provider_account TEXT REFERENCES providers(name)"),
        // Fixed, with the rows it covers, before the request is first sent: a
        // resend after a lost response carries the same rows and the same key.
        QStringLiteral("ALTER TABLE outbox ADD COLUMN batch_key TEXT"),
        QStringLiteral("CREATE INDEX outbox_by_batch ON outbox(batch_key) WHERE batch_key IS NOT NULL"),
        // The engine reads the oldest open rows a window at a time, then the rest
        // of those posts' rows: in id order through only the open rows, and by post.
        QStringLiteral("CREATE INDEX outbox_open ON outbox(id) WHERE state = 'pending' OR state = 'sent'"),
        QStringLiteral("CREATE INDEX outbox_by_post ON outbox(post_id)"),
        QStringLiteral("ALTER TABLE post_targets ADD COLUMN remote_group_id TEXT"),
    };
}

// The local scheduler's: who holds a destination while publishing it (a lease
// that expires if that process dies), and when to try a destination again.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE post_targets ADD COLUMN lease_owner TEXT"),
        QStringLiteral("ALTER TABLE post_targets ADD COLUMN lease_until INTEGER"),
        QStringLiteral("ALTER TABLE post_targets ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0"),
    };
}

// Which schedulers run on this store (the window's, almanacd, the CLI's) and
// what they did last, so the window can show what almanacd is doing.
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE scheduler_activity ("
                       " owner TEXT PRIMARY KEY,"
                       " program TEXT NOT NULL,"
                       " pid INTEGER NOT NULL,"
                       " interval_s INTEGER NOT NULL,"
                       " started_at INTEGER NOT NULL,"
                       " last_round_at INTEGER,"
                       " published INTEGER NOT NULL DEFAULT 0,"
                       " failed INTEGER NOT NULL DEFAULT 0,"
                       " last_event TEXT)"),
    };
}

// A removed account stays for the history of the posts published to it, out
// of every list of accounts to post to.
QStringList version5()
{
    return {QStringLiteral("ALTER TABLE integrations ADD COLUMN removed_at INTEGER")};
}

// Exactly once across processes (docs/delivery.md): a claim's fencing token
// grows with every claim, and every result write checks it; the intent to send
// is written before the first byte goes out, so a crash between the send and
// the record is found; sends that crashed or ran out of time in a row are
// counted, to set a poisonous one aside; and a destination whose outcome is
// unknown and that cannot take a resend is marked unconfirmed, for the user.
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE post_targets ADD COLUMN lease_token INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE post_targets ADD COLUMN intent_at INTEGER"),
        QStringLiteral("ALTER TABLE post_targets ADD COLUMN stalls INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE post_targets ADD COLUMN unconfirmed INTEGER NOT NULL DEFAULT 0"),
    };
}

// One sync engine per provider account across processes (the window's,
// almanacd's, the CLI's): the account is claimed with a lease and a fencing
// token, as local destinations are (docs/delivery.md).
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE provider_claims ("
                       " provider TEXT PRIMARY KEY NOT NULL,"
                       " owner TEXT NOT NULL,"
                       " pid INTEGER NOT NULL,"
                       " lease_until INTEGER NOT NULL,"
                       " token INTEGER NOT NULL)"),
    };
}

// What an account's own server allows (a Mastodon instance's character limit,
// link weight and media count), as JSON: PlatformLimits.
QStringList version8()
{
    return {QStringLiteral("ALTER TABLE integrations ADD COLUMN limits TEXT")};
}

// What went out otherwise than planned at a published destination (Bluesky's
// link card left out, and why): kept apart from last_error, which scripts read
// as "it failed".
QStringList version9()
{
    return {QStringLiteral("ALTER TABLE post_targets ADD COLUMN note TEXT")};
}

} // namespace

const QList<QStringList> &schemaMigrations()
{
    // Migration N brings the schema from version N-1 to N.
    static const QList<QStringList> migrations = {version1(), version2(), version3(), version4(), version5(),
                                                         version6(), version7(), version8(), version9()};
    return migrations;
}

} // namespace Almanac
