// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/platform.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <QCoreApplication>

namespace Almanac {

enum class CsvDialect { OpenPost, BundleSocial };
QString csvDialectName(CsvDialect dialect);        // "openpost" | "bundlesocial"
QString csvDialectDisplayName(CsvDialect dialect); // "OpenPost" | "bundle.social"
std::optional<CsvDialect> csvDialectFromName(QStringView name);

// What a column of the file means.
enum class ColumnRole {
    Ignored,
    // OpenPost (seed 000)
    Content, Integrations, ScheduleAt, Media, PostType, Tags,
    // A spreadsheet's date and time of day in two columns (Almanac's): the
    // date column alone is read as schedule_at is, a time beside it completes it.
    ScheduleDate, ScheduleTime,
    // Almanac's own OpenPost columns, so an export carries what the seed's do not:
    // {platform: text} and {platform: {setting: value}} as JSON (and "title").
    PlatformOverrides, PlatformSettings,
    // bundle.social (seed 003)
    TeamId, Title, PostDate, Status, SocialAccountTypes, Text,
    PlatformText,    // <prefix>Text: the platform's override of text
    PlatformMedia,   // <prefix>MediaUrls
    PlatformSetting, // any other per-platform column
};

struct ColumnBinding
{
    ColumnRole role = ColumnRole::Ignored;
    QString header;                       // as written in the file
    const Platform *platform = nullptr;   // for Platform* roles
    const SettingField *setting = nullptr; // for PlatformSetting
};

// How a header maps onto a dialect: one binding per column, plus what the user
// must hear about (unknown columns) or what refuses the file (missing columns).
struct DialectMapping
{
    CsvDialect dialect = CsvDialect::OpenPost;
    QList<ColumnBinding> columns;
    QStringList warnings;
    QStringList errors;

    int columnOf(ColumnRole role) const; // first column with that role, or -1
    // The column that holds the scheduled date (and usually its time):
    // schedule_at, the date of a split date and time, or postDate; -1: none.
    int scheduleColumn() const;
    QString headerOf(ColumnRole role) const; // its header, or the dialect's canonical name
    bool isValid() const { return errors.isEmpty(); }
};

class DialectDetector final
{
    Q_DECLARE_TR_FUNCTIONS(DialectDetector)

public:
    // Detects the dialect from the header (unless forced) and binds every column.
    // `fileNames`: the file's own column names, when `header` is what the user
    // mapped them to (an empty name: a column the user ignored); the messages
    // then name the file's columns, and say nothing of a column the user ignored.
    static DialectMapping map(const QStringList &header, std::optional<CsvDialect> forced = std::nullopt,
                              const QStringList &fileNames = {});
    static QString canonicalName(CsvDialect dialect, ColumnRole role);
    // Every column name the dialect knows, canonical spelling, for docs and the wizard.
    static QStringList knownColumns(CsvDialect dialect);
    // One name per field (the canonical one, no aliases): what a column can be read as.
    static QStringList fieldNames(CsvDialect dialect);
    // A field in words, for people ("Scheduled time" for schedule_at).
    static QString fieldLabel(CsvDialect dialect, const QString &name);
    // The canonical name of what a bound column means; empty when it is ignored.
    static QString canonicalName(CsvDialect dialect, const ColumnBinding &binding);
};

} // namespace Almanac
