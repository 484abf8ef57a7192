// SPDX-License-Identifier: GPL-3.0-or-later
// restore FILE: a backup in place of the store, which is kept in the backups folder first.
#include "app/cli/command.h"
#include "models/store/database.h"
#include "models/store/storebackup.h"

namespace Almanac {

int RestoreCommand::run(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("restore needs the backup FILE to read"));
    const Result<StoreBackup::Summary> summary = StoreBackup::inspect(args.first());
    if (!summary) {
        note(tr("almanac-cli: nothing was restored: %1\n").arg(summary.error()));
        return UsageOrFileError;
    }
    Database db; // the store must exist and be current before it is replaced
    if (!openStore(db))
        return UsageOrFileError;
    db.close();
    const Result<QString> safety = StoreBackup::restore(storePath(), args.first(), StoreBackup::defaultFolder());
    if (!safety)
        return fail(safety.error());
    say(tr("restored %1 (%2 posts, %3 accounts); the store as it was is kept in %4\n")
            .arg(args.first())
            .arg(summary.value().posts)
            .arg(summary.value().integrations)
            .arg(safety.value()));
    return Success;
}

} // namespace Almanac
