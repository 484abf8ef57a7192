// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Almanac {

struct JsonImportOutcome
{
    enum class Status {
        Committed,        // every post is in the store
        Validated,        // dry run: every post would be, nothing written
        ValidationFailed, // some post is invalid: nothing written
        FileRefused,      // not an Almanac JSON export: nothing written
        StoreFailed,      // the store refused the write: nothing written
    };
    Status status = Status::Validated;
    qint64 posts = 0;
    qint64 importId = 0;
    // One line per problem: "post 3 (\"Launch day…\"): schedule_at: is in the past…".
    QStringList errors;
    // The files on this computer the posts name as media (absolute paths, in
    // order). A dry run judges them as if confirmed, so the user can be asked
    // about each; a committing run refuses the ones not confirmed.
    QStringList localFiles;

    bool committed() const { return status == Status::Committed; }
};

// Reads a JSON export (PostExporter's format: {"posts": [...]}, or a bare
// array of posts) back in: every post judged by the composer's rules, then all
// written as one import (in the history, undoable) or none. The posts get new
// ids; the accounts they name must be in the store.
class JsonImporter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    struct Options
    {
        Options(QString path = {}, bool dry = false, qint64 nowSecs = 0) : filePath(std::move(path)), dryRun(dry), now(nowSecs) {}

        QString filePath;
        bool dryRun = false;
        qint64 now = 0; // 0: Clock::nowSecs()
        bool allowLocalNetworkMedia = false; // Settings: "Allow media from my local network"
        QStringList confirmedFiles;          // local media files the user confirmed, one by one
    };
    // The largest JSON export read (it is parsed whole): larger ones are refused with the reason.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    // Whether the file starts like JSON rather than CSV (its first character is { or [).
    static bool looksLikeJson(const QString &path);

    JsonImporter(QSqlDatabase db, Options options);
    JsonImportOutcome run();

private:
    QSqlDatabase m_db;
    Options m_options;
};

} // namespace Almanac
