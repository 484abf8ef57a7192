// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings/appsettings.h"

#include "models/store/storebackup.h"

#include <QCryptographicHash>
#include <QLocale>

namespace Almanac {

namespace {

const QString TimeZoneKey = QStringLiteral("calendar/timeZone");
const QString ModeKey = QStringLiteral("calendar/view");
const QString HiddenIntegrationsKey = QStringLiteral("calendar/hiddenIntegrations");
const QString HiddenStatusesKey = QStringLiteral("calendar/hiddenStatuses");
const QString TagsKey = QStringLiteral("calendar/tags");
const QString SearchKey = QStringLiteral("calendar/search");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PaletteKey = QStringLiteral("appearance/palette");
const QString LanguageKey = QStringLiteral("appearance/language");
const QString FirstDayKey = QStringLiteral("calendar/firstDayOfWeek");
const QString DefaultIntegrationsKey = QStringLiteral("composer/defaultIntegrations");
const QString LastUsedIntegrationsKey = QStringLiteral("composer/lastUsedIntegrations");
const QString DefaultPostingMinuteKey = QStringLiteral("composer/defaultPostingMinute");
const QString PublishWhileOpenKey = QStringLiteral("publishing/whileOpen");
const QString DailyBackupsKey = QStringLiteral("backups/daily");
const QString BackupFolderKey = QStringLiteral("backups/folder");
const QString BackupsKeptKey = QStringLiteral("backups/kept");
const QString RecentFilesKey = QStringLiteral("files/recent");
constexpr qsizetype RecentFilesKept = 8;
const QString ImportFolderKey = QStringLiteral("import/lastFolder");
const QString PublishGraceKey = QStringLiteral("publishing/graceMinutes");
const QString LocalNetworkMediaKey = QStringLiteral("publishing/allowLocalNetworkMedia");

const char *const modeNames[] = {"month", "week", "list"};

} // namespace

void AppSettings::useThrowawayCopy(const QString &folder)
{
    QSettings user;
    const QStringList keys = user.allKeys();
    // An INI file on every system (Windows' native format is the registry,
    // which setPath does not move).
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings copy;
    for (const QString &key : keys)
        copy.setValue(key, user.value(key));
}

QTimeZone AppSettings::timeZone() const
{
    // Valid is enough: ICU knows zones it does not list (Etc/UTC, say).
    const QByteArray id = m_settings.value(TimeZoneKey).toString().toUtf8();
    if (const QTimeZone zone(id); !id.isEmpty() && zone.isValid())
        return zone;
    return QTimeZone::systemTimeZone();
}

void AppSettings::setTimeZone(const QTimeZone &zone)
{
    m_settings.setValue(TimeZoneKey, QString::fromUtf8(zone.id()));
}

CalendarMode AppSettings::calendarMode() const
{
    const QString name = m_settings.value(ModeKey).toString();
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1StringView(modeNames[i]))
            return CalendarMode(i);
    return CalendarMode::Month;
}

void AppSettings::setCalendarMode(CalendarMode mode)
{
    m_settings.setValue(ModeKey, QString::fromLatin1(modeNames[int(mode)]));
}

CalendarFilter AppSettings::calendarFilter() const
{
    CalendarFilter filter;
    for (const QString &id : m_settings.value(HiddenIntegrationsKey).toStringList())
        filter.hiddenIntegrations.insert(id);
    for (const QString &name : m_settings.value(HiddenStatusesKey).toStringList())
        if (const auto status = postStatusFromName(name))
            filter.hiddenStatuses.insert(*status);
    filter.tags = m_settings.value(TagsKey).toStringList();
    filter.search = m_settings.value(SearchKey).toString();
    return filter;
}

void AppSettings::setCalendarFilter(const CalendarFilter &filter)
{
    QStringList integrations(filter.hiddenIntegrations.cbegin(), filter.hiddenIntegrations.cend());
    integrations.sort();
    QStringList statuses;
    for (PostStatus s : filter.hiddenStatuses)
        statuses.append(postStatusName(s));
    statuses.sort();
    m_settings.setValue(HiddenIntegrationsKey, integrations);
    m_settings.setValue(HiddenStatusesKey, statuses);
    m_settings.setValue(TagsKey, filter.tags);
    m_settings.setValue(SearchKey, filter.search);
}

QSize AppSettings::dialogSize(const QString &dialog) const
{
    return m_settings.value(QStringLiteral("dialogs/%1/size").arg(dialog)).toSize();
}

void AppSettings::setDialogSize(const QString &dialog, QSize size)
{
    m_settings.setValue(QStringLiteral("dialogs/%1/size").arg(dialog), size);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(StateKey, state);
}

QString AppSettings::palette() const
{
    const QString value = m_settings.value(PaletteKey).toString();
    return value == u"light" || value == u"dark" ? value : QStringLiteral("system");
}

Qt::DayOfWeek AppSettings::firstDayOfWeek() const
{
    const int day = m_settings.value(FirstDayKey, int(QLocale().firstDayOfWeek())).toInt();
    return day >= Qt::Monday && day <= Qt::Sunday ? Qt::DayOfWeek(day) : QLocale().firstDayOfWeek();
}

void AppSettings::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_settings.setValue(FirstDayKey, int(day));
}

QStringList AppSettings::defaultIntegrations() const
{
    return m_settings.value(DefaultIntegrationsKey).toStringList();
}

QStringList AppSettings::lastUsedIntegrations() const
{
    return m_settings.value(LastUsedIntegrationsKey).toStringList();
}

void AppSettings::setLastUsedIntegrations(const QStringList &ids)
{
    m_settings.setValue(LastUsedIntegrationsKey, ids);
}

void AppSettings::setDefaultIntegrations(const QStringList &ids)
{
    m_settings.setValue(DefaultIntegrationsKey, ids);
}

int AppSettings::defaultPostingMinute() const
{
    bool ok = false;
    const int minute = m_settings.value(DefaultPostingMinuteKey, 9 * 60).toInt(&ok);
    return ok && minute >= 0 && minute < 24 * 60 ? minute : 9 * 60; // a hand-edited file cannot break imports
}

void AppSettings::setDefaultPostingMinute(int minute)
{
    m_settings.setValue(DefaultPostingMinuteKey, qBound(0, minute, 24 * 60 - 1));
}

bool AppSettings::publishWhileOpen() const
{
    return m_settings.value(PublishWhileOpenKey, true).toBool();
}

void AppSettings::setPublishWhileOpen(bool on)
{
    m_settings.setValue(PublishWhileOpenKey, on);
}

bool AppSettings::dailyBackups() const
{
    return m_settings.value(DailyBackupsKey, true).toBool();
}

void AppSettings::setDailyBackups(bool on)
{
    m_settings.setValue(DailyBackupsKey, on);
}

QString AppSettings::backupFolder() const
{
    const QString folder = m_settings.value(BackupFolderKey).toString();
    return folder.isEmpty() ? StoreBackup::defaultFolder() : folder;
}

void AppSettings::setBackupFolder(const QString &folder)
{
    if (folder.isEmpty() || folder == StoreBackup::defaultFolder())
        m_settings.remove(BackupFolderKey);
    else
        m_settings.setValue(BackupFolderKey, folder);
}

int AppSettings::backupsKept() const
{
    return qBound(1, m_settings.value(BackupsKeptKey, 7).toInt(), 365);
}

void AppSettings::setBackupsKept(int count)
{
    m_settings.setValue(BackupsKeptKey, qBound(1, count, 365));
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(RecentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    m_settings.setValue(RecentFilesKey, files.mid(0, RecentFilesKept));
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings.setValue(RecentFilesKey, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(RecentFilesKey);
}

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(LanguageKey);
    else
        m_settings.setValue(LanguageKey, language);
}

void AppSettings::setPalette(const QString &palette)
{
    m_settings.setValue(PaletteKey, palette);
}

int AppSettings::publishGraceMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(PublishGraceKey).toInt(&ok);
    return ok && minutes >= 0 ? minutes : 15;
}

void AppSettings::setPublishGraceMinutes(int minutes)
{
    m_settings.setValue(PublishGraceKey, qMax(0, minutes));
}

bool AppSettings::allowLocalNetworkMedia() const
{
    return m_settings.value(LocalNetworkMediaKey, false).toBool();
}

void AppSettings::setAllowLocalNetworkMedia(bool allow)
{
    m_settings.setValue(LocalNetworkMediaKey, allow);
}

QString AppSettings::lastImportFolder() const
{
    return m_settings.value(ImportFolderKey).toString();
}

void AppSettings::setLastImportFolder(const QString &folder)
{
    m_settings.setValue(ImportFolderKey, folder);
}

namespace {

QString mappingKey(const QStringList &header)
{
    // A hash keeps the key short and free of characters QSettings would escape.
    const QByteArray shape = header.join(QChar(0x1f)).toUtf8();
    return QStringLiteral("importMappings/") + QString::fromLatin1(QCryptographicHash::hash(shape, QCryptographicHash::Sha1).toHex());
}

} // namespace

std::optional<AppSettings::ImportMapping> AppSettings::importMapping(const QStringList &header) const
{
    // The dialect, a name per column, and (since the date order was added) the order last.
    const QStringList stored = m_settings.value(mappingKey(header)).toStringList();
    if (stored.size() != header.size() + 1 && stored.size() != header.size() + 2)
        return std::nullopt;
    return ImportMapping{stored.first(), stored.mid(1, header.size()), stored.value(header.size() + 1)};
}

void AppSettings::setImportMapping(const QStringList &header, const ImportMapping &mapping)
{
    m_settings.setValue(mappingKey(header), QStringList{mapping.dialect} + mapping.columnNames + QStringList{mapping.dateOrder});
}

} // namespace Almanac
