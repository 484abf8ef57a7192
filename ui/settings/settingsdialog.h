// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace Almanac {

// Edit → Settings: language, time zone, first day of the week, palette; the
// accounts a new post goes to; publishing while the window is open and the
// grace window for missed posts (with the way to the account dialogs); the
// daily backups. OK writes them all (AppSettings) and says what changed.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // What OK changed, for the window to put into effect.
    struct Changes
    {
        bool language = false; // takes effect at the next start
        bool timeZone = false;
        bool firstDayOfWeek = false;
        bool palette = false;
        bool publishing = false;
        bool backups = false;
    };

    // `storePath`: the store almanacd is to publish from while the window is
    // closed; empty for a store thrown away with the window (the demo's).
    SettingsDialog(const QList<Integration> &integrations, const QString &storePath, QWidget *parent = nullptr);

    // Writes the settings if they are valid; false (with the reason shown) if not.
    bool save();

Q_SIGNALS:
    void saved(const SettingsDialog::Changes &changes);
    void publishingAccountsRequested();
    void hostedSchedulersRequested();

private:
    QWidget *generalPage();
    QWidget *postingPage(const QList<Integration> &integrations);
    QWidget *publishingPage(const QString &storePath);
    QWidget *backupsPage();
    void load();
    void enableBackupFields(bool on);

    QTabWidget *m_tabs;
    QComboBox *m_language;
    QComboBox *m_zone;
    QComboBox *m_firstDay;
    QComboBox *m_palette;
    QListWidget *m_defaults;
    QTimeEdit *m_defaultTime;
    QCheckBox *m_publishWhileOpen;
    QSpinBox *m_grace;
    QCheckBox *m_localNetworkMedia;
    QCheckBox *m_dailyBackups;
    QLineEdit *m_backupFolder;
    QPushButton *m_chooseFolder = nullptr;
    QSpinBox *m_kept;
    QLabel *m_problem;
};

} // namespace Almanac
