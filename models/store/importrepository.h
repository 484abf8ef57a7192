// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/importjob.h"
#include "domain/integration.h"
#include "domain/post.h"
#include "domain/postid.h"
#include "domain/result.h"

#include "sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Almanac {

// Reads the import history and undoes imports.
class ImportRepository final
{
public:
    explicit ImportRepository(QSqlDatabase db);

    QList<ImportJob> list();
    std::optional<ImportJob> find(qint64 id);
    QList<ImportRow> rows(qint64 importId, int offset = 0, int limit = 1000);
    // Deletes exactly the posts the import created, and marks it undone.
    Result<int> undo(qint64 importId);

private:
    QSqlDatabase m_db;
};

// Writes one import (its record, every row, every post with its targets and
// outbox rows) inside the caller's transaction, with statements prepared once
// and values bound straight into SQLite (100k+ rows a second).
class ImportWriter final
{
public:
    ImportWriter(QSqlDatabase db, const QList<Integration> &integrations);

    Result<void> begin(ImportJob &job);
    // Inserts the post (assigning its id) and records the row as committed.
    Result<void> addPost(Post &post, ImportRow &row);
    // Records a row that did not become a post (skipped or excluded).
    Result<void> addRow(const ImportRow &row);
    Result<void> finish(const ImportJob &job);

private:
    Result<void> insertRow(const ImportRow &row);

    QSqlDatabase m_db;
    QHash<QString, bool> m_hostedIntegrations; // id -> needs the sync outbox
    std::unique_ptr<SqliteStatement> m_insertPost, m_insertTarget, m_insertRow, m_insertOutbox;
    PostIdGenerator m_ids;
    qint64 m_now = 0;
};

} // namespace Almanac
