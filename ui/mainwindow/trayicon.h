// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Almanac {

// The icon in the system tray while this window publishes (or is paused):
// what is waiting and what failed in its tooltip, Pause Publishing, Show and
// Quit in its menu, and the desktop notifications for published and failed
// posts. Nothing shows where the desktop has no tray.
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);

    // Shown while publishing runs or is paused; hidden when it is off in Settings.
    void setPublishing(bool running, bool paused);
    void setCounts(qint64 scheduled, qint64 failed);
    // A desktop notification (through the tray's own channel, freedesktop's on Linux).
    void notify(const QString &title, const QString &text, bool problem);

    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    bool isShown() const { return m_shown; }

Q_SIGNALS:
    void pauseToggled(bool paused);
    void showWindowRequested();
    void quitRequested();
    void notified(const QString &title, const QString &text); // every notification, shown or not

private:
    void update();

    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_pause;
    qint64 m_scheduled = 0;
    qint64 m_failed = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_shown = false;
};

} // namespace Almanac
