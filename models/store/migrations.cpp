// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Almanac {

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations = {
        // 1: the first schema. Times are UTC epoch seconds (INTEGER): they sort and
        // count fast, and the UI converts them to the user's zone.
        {
            QStringLiteral("CREATE TABLE integrations ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " platform TEXT NOT NULL,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " handle TEXT NOT NULL DEFAULT '',"
                           " provider TEXT NOT NULL DEFAULT 'local'"
                           "   CHECK (provider IN ('local','openpost','posteverywhere','bundlesocial')),"
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
                           " status TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed','undone')))"),
            QStringLiteral("CREATE TABLE posts ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " content TEXT NOT NULL,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " scheduled_at INTEGER,"
                           " status TEXT NOT NULL"
                           "   CHECK (status IN ('draft','scheduled','publishing','published','failed','cancelled')),"
                           " post_type TEXT NOT NULL DEFAULT 'post',"
                           " tags TEXT,"
                           " platform_overrides TEXT,"
                           " platform_settings TEXT,"
                           " media TEXT,"
                           " group_id TEXT,"
                           " remote_id TEXT,"
                           " remote_provider TEXT,"
                           " import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX posts_by_time ON posts(scheduled_at, id)"),
            QStringLiteral("CREATE INDEX posts_by_status_time ON posts(status, scheduled_at)"),
            QStringLiteral("CREATE INDEX posts_by_import ON posts(import_id)"),
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
            QStringLiteral("CREATE TABLE import_rows ("
                           " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                           " row_number INTEGER NOT NULL,"
                           " status TEXT NOT NULL CHECK (status IN ('committed','skipped','excluded')),"
                           " raw TEXT NOT NULL,"
                           " normalized TEXT,"
                           " error TEXT,"
                           " post_id TEXT REFERENCES posts(id) ON DELETE SET NULL,"
                           " PRIMARY KEY (import_id, row_number)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX import_rows_by_post ON import_rows(post_id)"),
            // The outbox has no foreign key to posts: a delete's row outlives its post.
            QStringLiteral("CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY,"
                           " post_id TEXT NOT NULL,"
                           " integration_id TEXT,"
                           " operation TEXT NOT NULL"
                           "   CHECK (operation IN ('create','update','delete','reschedule','publish')),"
                           " idempotency_key TEXT NOT NULL,"
                           " payload TEXT,"
                           " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','sent','done','failed')),"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_pending ON outbox(state, next_attempt_at)"),
        },
    };
    return migrations;
}

} // namespace Almanac
