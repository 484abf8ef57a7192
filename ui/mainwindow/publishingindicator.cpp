// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/publishingindicator.h"

#include "app/publish/publisher.h"
#include "models/domain/clock.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/schedulerepository.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace Almanac {

PublishingIndicator::PublishingIndicator(Database &database, std::function<QTimeZone()> zone, QWidget *parent)
    : QToolButton(parent)
    , m_database(database)
    , m_zone(std::move(zone))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("publishingIndicator"));
    setAutoRaise(true);
    hide();
    connect(m_timer, &QTimer::timeout, this, &PublishingIndicator::refresh);
    m_timer->start(15000);
    refresh();
}

void PublishingIndicator::refresh()
{
    const QList<Integration> accounts = IntegrationRepository(m_database.connection()).list();
    const bool anyLocal = std::any_of(accounts.cbegin(), accounts.cend(), [](const Integration &in) {
        return in.provider == u"local" && makePublisher(in.platform) != nullptr;
    });
    setVisible(anyLocal);
    if (!anyLocal)
        return;

    const qint64 now = Clock::nowSecs();
    const QLocale locale;
    auto when = [&](qint64 secs) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(secs, m_zone());
        return at.date() == QDateTime::fromSecsSinceEpoch(now, m_zone()).date() ? locale.toString(at.time(), QLocale::ShortFormat)
                                                                                : locale.toString(at, QLocale::ShortFormat);
    };
    const QList<SchedulerActivity> all = ScheduleRepository(m_database.connection()).activity();
    const SchedulerActivity *daemon = nullptr;
    const SchedulerActivity *stoppedDaemon = nullptr;
    const SchedulerActivity *latest = nullptr; // the process that published or failed most recently
    for (const SchedulerActivity &a : all) {
        if (a.program == u"almanacd")
            (a.alive(now) ? daemon : stoppedDaemon) = &a;
        if (!a.lastEvent.isEmpty() && (!latest || a.lastRoundAt > latest->lastRoundAt))
            latest = &a;
    }

    QStringList tip;
    if (daemon) {
        setText(tr("almanacd running"));
        tip.append(tr("almanacd (process %1) publishes due posts to your Bluesky, Mastodon and webhook accounts, "
                      "also while this window is closed.").arg(daemon->pid));
        tip.append(daemon->lastRoundAt
                       ? tr("Last round at %1 (one every %Ln second(s)).", nullptr, daemon->intervalSecs).arg(when(daemon->lastRoundAt))
                       : tr("Started at %1; no round finished yet.").arg(when(daemon->startedAt)));
        tip.append(tr("Since it started at %1: %2 published, %3 failed or missed.")
                       .arg(when(daemon->startedAt)).arg(daemon->published).arg(daemon->failed));
    } else {
        setText(tr("Publishing while open"));
        tip.append(tr("almanacd is not running: due posts to your Bluesky, Mastodon and webhook accounts are published "
                      "only while this window is open."));
        if (stoppedDaemon)
            tip.append(tr("almanacd was last heard from at %1.").arg(when(std::max(stoppedDaemon->startedAt, stoppedDaemon->lastRoundAt))));
        tip.append(tr("To publish while the window is closed, turn it on in Settings, Publishing."));
    }
    if (latest)
        tip.append(tr("Latest (%1, %2): %3").arg(latest->program, when(latest->lastRoundAt), latest->lastEvent));
    setToolTip(tip.join(u'\n'));
}

} // namespace Almanac
