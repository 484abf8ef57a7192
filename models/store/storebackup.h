// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <QCoreApplication>

namespace Almanac {

// The whole store in one file and back, with SQLite's online backup API: a
// consistent copy page by page while other connections keep working, and a
// restore that replaces the store's content in one step under SQLite's lock
// (every connection sees the restored store at once; a crash midway leaves
// the old one). A backup is itself an Almanac store file.
class StoreBackup final
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)

public:
    // fraction done, 0..1; return false to stop (the copy is then removed).
    using Progress = std::function<bool(double done)>;

    // Copies the store at `storePath` into `file` (written aside and renamed
    // into place, so `file` is never half a backup).
    static Result<void> backup(const QString &storePath, const QString &file, const Progress &progress = {});
    // Checks the file first (an Almanac store, readable, intact, not from a
    // newer Almanac) and changes nothing when it is not; then keeps a copy of
    // the current store in `safetyFolder` (returned: the way back), copies the
    // file over the store and brings its schema up to date.
    static Result<QString> restore(const QString &storePath, const QString &file, const QString &safetyFolder,
                                   const Progress &progress = {});
    // Whether the file is a backup Almanac can restore, and what it holds.
    struct Summary
    {
        int schemaVersion = 0;
        qint64 posts = 0;
        qint64 integrations = 0;
    };
    static Result<Summary> inspect(const QString &file);

    // The daily copy: when the newest backup in `folder` is a day old or more
    // (or there is none), writes almanac-<UTC date and time>.sqlite there and
    // keeps the newest `keep`. Returns the file written, or empty when none was due.
    static Result<QString> daily(const QString &storePath, const QString &folder, int keep = 7);
    static QString defaultFolder(); // <AppDataLocation>/backups
};

} // namespace Almanac
