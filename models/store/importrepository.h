// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/importjob.h"
#include "models/domain/post.h"
#include "models/domain/result.h"


#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <QCoreApplication>

namespace Almanac {

// Reads the import history and undoes imports.
class ImportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ImportRepository)

public:
    explicit ImportRepository(QSqlDatabase db);

    QList<ImportJob> list();
    std::optional<ImportJob> find(qint64 id);
    // The rows after spreadsheet row `afterRow`, in order (keyset paging: a page
    // deep into a million-row import costs what the first one does).
    QList<ImportRow> rows(qint64 importId, qint64 afterRow = 0, int limit = 1000);
    // The posts the import created that are still in the store, in row order.
    Result<QStringList> postIds(qint64 importId);
    // The posts an import made (in its rows' order) and the earliest one's time (UTC), in one reading.
    struct ImportedPosts
    {
        QStringList ids;
        std::optional<qint64> earliest; // none when every one is an undated draft
    };
    Result<ImportedPosts> posts(qint64 importId);
    // Deletes exactly the posts the import created, and marks it undone.
    Result<int> undo(qint64 importId);

private:
    QSqlDatabase m_db;
};

} // namespace Almanac
