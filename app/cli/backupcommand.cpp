// SPDX-License-Identifier: GPL-3.0-or-later
// backup FILE: the whole store, one file.
#include "app/cli/command.h"
#include "models/store/database.h"
#include "models/store/storebackup.h"

namespace Almanac {

int BackupCommand::run(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("backup needs the FILE to write"));
    Database db; // opening brings the store up to date first, so the copy is of the current schema
    if (!openStore(db))
        return UsageOrFileError;
    if (auto r = StoreBackup::backup(storePath(), args.first()); !r)
        return fail(r.error());
    say(tr("backed up %1 to %2\n").arg(storePath(), args.first()));
    return Success;
}

} // namespace Almanac
