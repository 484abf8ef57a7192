// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/importjob.h"
#include "models/domain/integration.h"
#include "models/domain/post.h"
#include "models/domain/result.h"
#include "models/store/postwriter.h"
#include "models/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace Almanac {

// Writes one import (its record, every row, and through the PostWriter every
// post with its targets and outbox rows) inside the caller's transaction.
class ImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    ImportWriter(QSqlDatabase db, const QList<Integration> &integrations);

    Result<void> begin(ImportJob &job);
    // Inserts the post (assigning its id) and records the row as committed.
    Result<void> addPost(Post &post, const EncodedPost &encoded, ImportRow &row);
    // Records a row that did not become a post (skipped or excluded).
    Result<void> addRow(const ImportRow &row);
    // Records the totals and rebuilds any index deferIndexes() set aside.
    Result<void> finish(const ImportJob &job);

private:
    Result<void> insertRow(const ImportRow &row, QByteArrayView postIdUtf8 = {});
    Result<void> deferIndexes();

    // Once an import has written this many posts plus twice what the store held,
    // it drops the secondary indexes and rebuilds them in finish(): a sorted build
    // costs about a third of keeping them up to date row by row (measured: 0.18 s
    // against 0.45 s for 100k posts), so the rebuild of the older rows is paid
    // back by the rows still to come in any import that keeps going.
    static constexpr qint64 DeferIndexesAfter = 5000;

    QSqlDatabase m_db;
    PostWriter m_posts;
    std::unique_ptr<SqliteStatement> m_insertRow;
    qint64 m_postsWritten = 0;
    qint64 m_deferIndexesAt = 0;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run in finish()
};

} // namespace Almanac
