// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace Almanac {

enum class ExportFormat {
    OpenPostCsv,     // seed 000's columns, plus Almanac's own where a post needs them
    BundleSocialCsv, // seed 003's dialect
    Json,            // every field of every post: the lossless one
    ICalendar,       // RFC 5545, one VEVENT per dated post
};
QString exportFormatName(ExportFormat format); // openpost | bundlesocial | json | ics
std::optional<ExportFormat> exportFormatFromName(QStringView name);
QString exportFormatSuffix(ExportFormat format); // csv | json | ics

// Which posts: the ones named, else those in a range, else all of them.
struct ExportScope
{
    QStringList postIds;
    std::optional<qint64> from; // UTC epoch seconds, inclusive
    std::optional<qint64> to;   // exclusive
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::OpenPostCsv;
    ExportScope scope;
    QString teamId; // bundle.social's teamId column, required by its dialect
};

struct ExportOutcome
{
    qint64 posts = 0;   // written
    qint64 skipped = 0; // left out because the format cannot hold them (undated drafts in a calendar)
    // What the file could not carry, in words, one line per kind of loss: said
    // before anyone relies on the file for a round trip.
    QStringList notes;
};

// Writes posts from the store as CSV (either seed dialect), JSON or iCalendar.
// Reads the store twice: once to learn which columns the posts need and what
// the format will lose, once to write; memory stays flat whatever the count.
// Spreadsheet formulas are neutralized in CSV (see CsvWriter), and the CSV
// dialects read back through the importer to the same posts (whatever the
// notes do not name).
class PostExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PostExporter)

public:
    // Called now and then with posts written so far and the total; false stops.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    PostExporter(QSqlDatabase db, ExportOptions options);

    Result<ExportOutcome> write(QIODevice &out, const Progress &progress = {});
    // Into a file that appears only once complete (a stopped or failed export
    // leaves whatever was there before).
    Result<ExportOutcome> writeFile(const QString &path, const Progress &progress = {});

private:
    struct Survey;
    Result<void> forEachPost(const std::function<bool(const Post &)> &visit);
    Survey survey();
    QStringList notes(const Survey &s) const;

    QSqlDatabase m_db;
    ExportOptions m_options;
};

} // namespace Almanac
