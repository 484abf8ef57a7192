// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/itemmodels/calendarmodel.h"

#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QTimeZone>

#include <optional>

namespace Almanac {

enum class CalendarMode { Month, Week, List };

// The user's choices, typed, over QSettings (one key per setting, read when
// asked, so two windows or the daemon never disagree for long). Keys and
// defaults live here and nowhere else.
class AppSettings final
{
public:
    AppSettings() = default;

    // From now on, in this process, settings are read from and written to a
    // copy of the user's in `folder`: the demo starts from the user's choices,
    // and what it changes goes with its folder. Call before any other thread
    // reads settings.
    static void useThrowawayCopy(const QString &folder);

    // The zone times are shown and entered in; the system's by default.
    QTimeZone timeZone() const;
    void setTimeZone(const QTimeZone &zone);

    CalendarMode calendarMode() const;
    void setCalendarMode(CalendarMode mode);

    CalendarFilter calendarFilter() const;
    void setCalendarFilter(const CalendarFilter &filter);

    // A dialog's size as the user left it ("importWizard"…); invalid when none.
    QSize dialogSize(const QString &dialog) const;
    void setDialogSize(const QString &dialog, QSize size);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // "system", "light" or "dark".
    QString palette() const;
    void setPalette(const QString &palette);

    // The first day of a week in the calendar; the locale's by default.
    Qt::DayOfWeek firstDayOfWeek() const;
    void setFirstDayOfWeek(Qt::DayOfWeek day);

    // The accounts a new post goes to; empty: every account.
    QStringList defaultIntegrations() const;
    void setDefaultIntegrations(const QStringList &ids);
    // The accounts the last saved post went to: where a new post starts when
    // no default accounts are chosen.
    QStringList lastUsedIntegrations() const;
    void setLastUsedIntegrations(const QStringList &ids);

    // The time of day (minutes after midnight) a post gets when only its date
    // is given: a spreadsheet's date alone, a draft dropped on a day in the month.
    int defaultPostingMinute() const;
    void setDefaultPostingMinute(int minute);

    // Whether the window publishes due posts to local accounts while it is open.
    bool publishWhileOpen() const;
    void setPublishWhileOpen(bool on);

    // The daily copy of the store: on or off, where, and how many to keep.
    bool dailyBackups() const;
    void setDailyBackups(bool on);
    QString backupFolder() const; // StoreBackup::defaultFolder() unless chosen
    void setBackupFolder(const QString &folder);
    int backupsKept() const;      // 7 by default
    void setBackupsKept(int count);

    // Files imported lately, newest first (File → Open Recent).
    QStringList recentFiles() const;
    void addRecentFile(const QString &path); // keeps the newest eight
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    // The language Almanac speaks ("de", "fr", ...); empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);

    // How late a post to a local account may still go out (the machine slept);
    // later ones wait in the Failed view. Shared by the window and almanacd.
    int publishGraceMinutes() const;
    void setPublishGraceMinutes(int minutes);

    // "Allow media from my local network": off by default. Lifts only the rule
    // that media are fetched from public hosts (MediaPolicy), for a team that
    // serves its pictures on the office network.
    bool allowLocalNetworkMedia() const;
    void setAllowLocalNetworkMedia(bool allow);

    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);

    // How the user mapped a file's columns, remembered per header shape (the
    // exact column names, in order): the dialect, what each column is read as,
    // and how its numeric dates read ("dmy", "mdy", "ymd"; empty: as the file shows).
    struct ImportMapping
    {
        QString dialect;
        QStringList columnNames;
        QString dateOrder;
    };
    std::optional<ImportMapping> importMapping(const QStringList &header) const;
    void setImportMapping(const QStringList &header, const ImportMapping &mapping);

private:
    QSettings m_settings;
};

} // namespace Almanac
