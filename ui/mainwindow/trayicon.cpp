// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/trayicon.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Almanac {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(QApplication::windowIcon(), this))
    , m_menu(new QMenu)
    , m_pause(new QAction(tr("&Pause Publishing"), this))
{
    QAction *show = m_menu->addAction(tr("&Show Almanac"));
    connect(show, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    m_pause->setObjectName(QStringLiteral("trayPauseAction"));
    m_pause->setCheckable(true);
    m_menu->addAction(m_pause);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (paused != m_paused)
            Q_EMIT pauseToggled(paused);
    });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
}

void TrayIcon::setPublishing(bool running, bool paused)
{
    m_running = running;
    m_paused = paused;
    m_pause->setChecked(paused);
    update();
}

void TrayIcon::setCounts(qint64 scheduled, qint64 failed)
{
    m_scheduled = scheduled;
    m_failed = failed;
    update();
}

QString TrayIcon::toolTip() const
{
    QString text = m_paused ? tr("Almanac · publishing paused") : tr("Almanac · publishing");
    text += u'\n' + tr("%Ln post(s) scheduled", nullptr, int(m_scheduled));
    if (m_failed)
        text += u'\n' + tr("%Ln failed", nullptr, int(m_failed));
    return text;
}

void TrayIcon::update()
{
    m_tray->setToolTip(toolTip());
    m_shown = (m_running || m_paused) && QSystemTrayIcon::isSystemTrayAvailable();
    m_tray->setVisible(m_shown);
}

void TrayIcon::notify(const QString &title, const QString &text, bool problem)
{
    Q_EMIT notified(title, text);
    if (m_shown && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
}

} // namespace Almanac
