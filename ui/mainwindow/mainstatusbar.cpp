// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainstatusbar.h"

#include "app/sync/syncengine.h"
#include "ui/mainwindow/publishingindicator.h"

#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <climits>

namespace Almanac {

MainStatusBar::MainStatusBar(Database &database, std::function<QTimeZone()> zone, QWidget *parent)
    : QStatusBar(parent)
    , m_counts(new QLabel)
    , m_zone(new QToolButton)
    , m_sync(new QToolButton)
    , m_syncProgress(new QProgressBar)
    , m_publishing(new PublishingIndicator(database, std::move(zone), this))
{
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_zone->setObjectName(QStringLiteral("zoneButton"));
    m_zone->setAutoRaise(true);
    m_zone->setToolTip(tr("The time zone times are shown and entered in. Click to change it."));
    connect(m_zone, &QToolButton::clicked, this, &MainStatusBar::chooseZone);
    m_sync->setObjectName(QStringLiteral("syncIndicator"));
    m_sync->setAutoRaise(true);
    m_sync->hide(); // until there is a provider to sync with
    connect(m_sync, &QToolButton::clicked, this, &MainStatusBar::syncClicked);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    connect(m_publishing, &QToolButton::clicked, this, &MainStatusBar::publishingClicked);
    addWidget(m_counts, 1);
    addPermanentWidget(m_syncProgress);
    addPermanentWidget(m_sync);
    addPermanentWidget(m_publishing);
    addPermanentWidget(m_zone);
}

void MainStatusBar::showCounts(const QString &text)
{
    m_counts->setText(text);
}

void MainStatusBar::showZone(const QTimeZone &zone)
{
    m_zone->setText(QString::fromUtf8(zone.id()));
}

void MainStatusBar::chooseZone()
{
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    bool ok = false;
    const QString current = m_zone->text();
    // A zone the list lacks (ICU may know "UTC" but not "Etc/UTC") is offered
    // as it is, so OK never quietly picks the list's first zone instead.
    if (!current.isEmpty() && !zones.contains(current))
        zones.prepend(current);
    const QString chosen = QInputDialog::getItem(window(), tr("Time Zone"), tr("Show and enter times in this time zone:"),
                                                 zones, int(qMax(qsizetype(0), zones.indexOf(current))), false, &ok);
    if (ok && chosen != current)
        Q_EMIT zoneChosen(QTimeZone(chosen.toUtf8()));
}

void MainStatusBar::showSyncStarting()
{
    m_sync->show();
    m_sync->setText(tr("Sync starting…"));
}

void MainStatusBar::showSyncStatus(const SyncStatus &status)
{
    // A long push (an import, say) gets a bar: how much of what was queued when
    // it began has gone since.
    if (status.busy && status.online && status.pending > 0) {
        m_syncPushSize = qMax(m_syncPushSize, status.pending);
        m_syncProgress->setRange(0, int(qMin<qint64>(m_syncPushSize, INT_MAX)));
        m_syncProgress->setValue(int(m_syncPushSize - status.pending));
        m_syncProgress->setVisible(m_syncPushSize >= 20);
    } else if (!status.pending || !status.online) {
        m_syncPushSize = 0;
        m_syncProgress->hide();
    }
    QString text;
    if (!status.online)
        text = tr("Offline · %Ln to sync", nullptr, int(status.pending));
    else if (status.pending && status.busy)
        text = tr("Syncing · %Ln to go", nullptr, int(status.pending));
    else if (status.pending)
        text = tr("%Ln to sync", nullptr, int(status.pending));
    else
        text = tr("Synced");
    if (status.failed)
        text += QStringLiteral(" · ") + tr("%Ln failed", nullptr, int(status.failed));
    m_sync->setText(text);
    QStringList tip;
    if (!status.blocked.isEmpty())
        tip.append(status.blocked);
    if (!status.lastError.isEmpty() && (status.pending || status.failed || !status.online))
        tip.append(tr("Last problem: %1").arg(status.lastError));
    tip.append(tr("Click to sync now."));
    m_sync->setToolTip(tip.join(u'\n'));
}

} // namespace Almanac
