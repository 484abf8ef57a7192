// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importing/importjobs.h"

#include "models/store/database.h"
#include "models/store/importrepository.h"

#include <QUuid>

namespace Almanac::ImportJobs {

namespace {

// A connection of the calling thread's own, named so no two workers share one.
QString connectionName(const char *job)
{
    return QStringLiteral("almanac-%1-").arg(QLatin1StringView(job)) + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

JsonImportOutcome importJson(const QString &storePath, const JsonImporter::Options &options)
{
    Database db(connectionName("json-import"));
    if (auto r = db.open(storePath); !r) {
        JsonImportOutcome failed;
        failed.status = JsonImportOutcome::Status::StoreFailed;
        failed.errors = {r.error()};
        return failed;
    }
    return JsonImporter(db.connection(), options).run();
}

Result<int> undoImport(const QString &storePath, qint64 importId)
{
    Database db(connectionName("undo-import"));
    if (auto r = db.open(storePath); !r)
        return Error{r.error()};
    return ImportRepository(db.connection()).undo(importId);
}

} // namespace Almanac::ImportJobs
