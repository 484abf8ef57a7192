// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "app/settings/appsettings.h"
#include "app/settings/languages.h"
#include "models/domain/platform.h"
#include "models/domain/wallclock.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/calendar/datetimetyping.h"
#include "ui/settings/backgroundpublishingrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace Almanac {

namespace {

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const QList<Integration> &integrations, const QString &storePath, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget)
    , m_language(new QComboBox)
    , m_zone(new QComboBox)
    , m_firstDay(new QComboBox)
    , m_palette(new QComboBox)
    , m_defaults(new QListWidget)
    , m_defaultTime(new QTimeEdit)
    , m_publishWhileOpen(new QCheckBox(tr("P&ublish due posts while this window is open")))
    , m_grace(new QSpinBox)
    , m_localNetworkMedia(new QCheckBox(tr("Allow media from my &local network")))
    , m_dailyBackups(new QCheckBox(tr("&Back up the store every day")))
    , m_backupFolder(new QLineEdit)
    , m_kept(new QSpinBox)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(600); // room for a backup folder's path and the hints on one or two lines
    m_tabs->addTab(generalPage(), tr("General"));
    m_tabs->addTab(postingPage(integrations), tr("New Posts"));
    m_tabs->addTab(publishingPage(storePath), tr("Publishing"));
    m_tabs->addTab(backupsPage(), tr("Backups"));

    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(CalendarStyle::errorStyleSheet());
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    load();
}

QWidget *SettingsDialog::generalPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("The system's (%1)").arg(QLocale::languageToString(Languages::localeFor(QString()).language())),
                        QString());
    for (const Languages::Language &l : Languages::available())
        m_language->addItem(l.nativeName, l.code);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), hint(tr("A new language is used from the next start.")));

    m_zone->setObjectName(QStringLiteral("settingsTimeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(QString(), hint(tr("Times are shown and entered in this zone; posts keep their moment in time.")));

    m_firstDay->setObjectName(QStringLiteral("settingsFirstDay"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_firstDay->addItem(QLocale().dayName(day), day);
    form->addRow(tr("&Weeks start on:"), m_firstDay);

    m_palette->setObjectName(QStringLiteral("settingsPalette"));
    m_palette->addItem(tr("As the system"), QStringLiteral("system"));
    m_palette->addItem(tr("Light"), QStringLiteral("light"));
    m_palette->addItem(tr("Dark"), QStringLiteral("dark"));
    form->addRow(tr("&Appearance:"), m_palette);
    return page;
}

QWidget *SettingsDialog::postingPage(const QList<Integration> &integrations)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("A new post goes to these &accounts:"));
    label->setBuddy(m_defaults);
    layout->addWidget(label);
    m_defaults->setObjectName(QStringLiteral("settingsDefaultAccounts"));
    m_defaults->setAccessibleName(tr("Accounts a new post goes to"));
    for (const Integration &in : integrations) {
        auto *item = new QListWidgetItem(CalendarStyle::platformIcon(in.platform), destinationName(in), m_defaults);
        item->setData(Qt::UserRole, in.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    }
    layout->addWidget(m_defaults, 1);
    layout->addWidget(hint(tr("With none checked, a new post starts on the accounts your last saved post went to (the "
                              "first one: every account that takes a post without pictures). The composer can "
                              "always change it.")));
    auto *timeRow = new QHBoxLayout;
    auto *timeLabel = new QLabel(tr("A post with a date but no time is &posted at"));
    m_defaultTime->setObjectName(QStringLiteral("settingsDefaultTime"));
    m_defaultTime->setDisplayFormat(shortTimeFormat());
    DateTimeTyping::install(m_defaultTime);
    timeLabel->setBuddy(m_defaultTime);
    timeRow->addWidget(timeLabel);
    timeRow->addWidget(m_defaultTime);
    timeRow->addStretch();
    layout->addLayout(timeRow);
    layout->addWidget(hint(tr("For a spreadsheet that gives only a date, and a draft dropped on a day of the month.")));
    return page;
}

QWidget *SettingsDialog::publishingPage(const QString &storePath)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_publishWhileOpen->setObjectName(QStringLiteral("settingsPublishWhileOpen"));
    layout->addWidget(m_publishWhileOpen);
    layout->addWidget(hint(tr("Bluesky, Mastodon, Discord, Slack and webhook accounts are published to by Almanac "
                              "itself: by this window while it is open, and by almanacd in the background.")));
    if (storePath.isEmpty())
        layout->addWidget(hint(tr("This store is thrown away when the window closes, so nothing publishes it while "
                                  "the window is closed.")));
    else
        layout->addWidget(new BackgroundPublishingRow(storePath));
    auto *graceRow = new QHBoxLayout;
    auto *graceLabel = new QLabel(tr("Publish a missed post if it is at most"));
    m_grace->setObjectName(QStringLiteral("settingsGrace"));
    m_grace->setRange(0, 24 * 60);
    m_grace->setSuffix(tr(" minutes late"));
    graceLabel->setBuddy(m_grace);
    graceRow->addWidget(graceLabel);
    graceRow->addWidget(m_grace);
    graceRow->addStretch();
    layout->addLayout(graceRow);
    layout->addWidget(hint(tr("When the computer was asleep or off at a post's time, it is published when Almanac runs "
                              "again if it is at most this late. Later ones wait in Failed Posts for you to publish "
                              "anyway or reschedule.")));
    m_localNetworkMedia->setObjectName(QStringLiteral("settingsLocalNetworkMedia"));
    layout->addWidget(m_localNetworkMedia);
    layout->addWidget(hint(tr("When this is off, Almanac fetches a post's pictures and videos only from public web "
                              "addresses, so a plan from someone else cannot make it fetch files from this computer or "
                              "your office network. Turn it on if your team serves media on the local network.")));
    auto *accounts = new QPushButton(tr("Publishing &Accounts…"));
    auto *providers = new QPushButton(tr("&Hosted Schedulers…"));
    connect(accounts, &QPushButton::clicked, this, &SettingsDialog::publishingAccountsRequested);
    connect(providers, &QPushButton::clicked, this, &SettingsDialog::hostedSchedulersRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(accounts);
    buttons->addWidget(providers);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::backupsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_dailyBackups->setObjectName(QStringLiteral("settingsDailyBackups"));
    layout->addWidget(m_dailyBackups);
    auto *form = new QFormLayout;
    m_backupFolder->setObjectName(QStringLiteral("settingsBackupFolder"));
    // A long path shows from its start (the field would show its end), whole in the tooltip.
    connect(m_backupFolder, &QLineEdit::textChanged, m_backupFolder, [this](const QString &path) {
        m_backupFolder->setToolTip(path);
        if (!m_backupFolder->hasFocus())
            m_backupFolder->setCursorPosition(0);
    });
    m_chooseFolder = new QPushButton(tr("C&hoose…"));
    m_chooseFolder->setObjectName(QStringLiteral("settingsChooseBackupFolder"));
    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for Backups"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *open = new QPushButton(tr("&Open"));
    connect(open, &QPushButton::clicked, this, [this] {
        QDir().mkpath(QDir::fromNativeSeparators(m_backupFolder->text()));
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir::fromNativeSeparators(m_backupFolder->text())));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(m_chooseFolder);
    folderRow->addWidget(open);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_backupFolder); // a row of a layout gets no buddy by itself
    form->addRow(folderLabel, folderRow);
    m_kept->setObjectName(QStringLiteral("settingsBackupsKept"));
    m_kept->setRange(1, 365);
    m_kept->setSuffix(tr(" newest copies"));
    m_kept->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("&Keep:"), m_kept);
    layout->addLayout(form);
    layout->addWidget(hint(tr("A copy is made when Almanac starts and every few hours while it runs, once a day. "
                              "Restoring a backup also keeps the store as it was in this folder first.")));
    layout->addStretch();
    connect(m_dailyBackups, &QCheckBox::toggled, this, &SettingsDialog::enableBackupFields);
    return page;
}

void SettingsDialog::enableBackupFields(bool on)
{
    // Open stays: the folder also keeps the store as it was before a restore.
    for (QWidget *w : QList<QWidget *>{m_backupFolder, m_chooseFolder, m_kept})
        w->setEnabled(on);
}

void SettingsDialog::load()
{
    const AppSettings settings;
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_zone->setCurrentText(QString::fromUtf8(settings.timeZone().id()));
    m_firstDay->setCurrentIndex(m_firstDay->findData(int(settings.firstDayOfWeek())));
    m_palette->setCurrentIndex(qMax(0, m_palette->findData(settings.palette())));
    const QStringList defaults = settings.defaultIntegrations();
    for (int i = 0; i < m_defaults->count(); ++i)
        m_defaults->item(i)->setCheckState(defaults.contains(m_defaults->item(i)->data(Qt::UserRole).toString())
                                               ? Qt::Checked
                                               : Qt::Unchecked);
    m_defaultTime->setTime(QTime(settings.defaultPostingMinute() / 60, settings.defaultPostingMinute() % 60));
    m_publishWhileOpen->setChecked(settings.publishWhileOpen());
    m_grace->setValue(settings.publishGraceMinutes());
    m_localNetworkMedia->setChecked(settings.allowLocalNetworkMedia());
    m_dailyBackups->setChecked(settings.dailyBackups());
    m_backupFolder->setText(QDir::toNativeSeparators(settings.backupFolder()));
    m_kept->setValue(settings.backupsKept());
    enableBackupFields(settings.dailyBackups()); // no toggled() when the box keeps its state
}

bool SettingsDialog::save()
{
    const QByteArray zoneId = m_zone->currentText().trimmed().toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(zoneId)) {
        m_tabs->setCurrentIndex(0);
        m_zone->setFocus();
        m_problem->setText(tr("\"%1\" is not a time zone; choose one from the list, such as Europe/Berlin.")
                               .arg(m_zone->currentText()));
        m_problem->show();
        return false;
    }
    const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    if (m_dailyBackups->isChecked() && (folder.isEmpty() || !QDir::isAbsolutePath(folder))) {
        m_tabs->setCurrentIndex(3);
        m_backupFolder->setFocus();
        m_problem->setText(tr("Choose a folder for the backups (a full path, such as %1).")
                               .arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("Backups")))));
        m_problem->show();
        return false;
    }
    m_problem->hide();

    AppSettings settings;
    Changes changes;
    auto changed = [](auto before, auto after, bool &flag) {
        flag = flag || before != after;
        return after;
    };
    settings.setLanguage(changed(settings.language(), m_language->currentData().toString(), changes.language));
    const QTimeZone zone(zoneId);
    changes.timeZone = settings.timeZone().id() != zone.id();
    if (changes.timeZone)
        settings.setTimeZone(zone);
    settings.setFirstDayOfWeek(Qt::DayOfWeek(changed(int(settings.firstDayOfWeek()), m_firstDay->currentData().toInt(),
                                                     changes.firstDayOfWeek)));
    settings.setPalette(changed(settings.palette(), m_palette->currentData().toString(), changes.palette));
    QStringList defaults;
    for (int i = 0; i < m_defaults->count(); ++i)
        if (m_defaults->item(i)->checkState() == Qt::Checked)
            defaults.append(m_defaults->item(i)->data(Qt::UserRole).toString());
    settings.setDefaultIntegrations(defaults);
    settings.setDefaultPostingMinute(m_defaultTime->time().hour() * 60 + m_defaultTime->time().minute());
    settings.setPublishWhileOpen(changed(settings.publishWhileOpen(), m_publishWhileOpen->isChecked(), changes.publishing));
    settings.setPublishGraceMinutes(m_grace->value());
    settings.setAllowLocalNetworkMedia(m_localNetworkMedia->isChecked());
    settings.setDailyBackups(changed(settings.dailyBackups(), m_dailyBackups->isChecked(), changes.backups));
    settings.setBackupFolder(changed(settings.backupFolder(), folder, changes.backups));
    settings.setBackupsKept(changed(settings.backupsKept(), m_kept->value(), changes.backups));
    Q_EMIT saved(changes);
    return true;
}

} // namespace Almanac
