// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <QCoreApplication>

namespace Almanac {

// A destination of a local integration that is due (or whose lease expired).
struct DueTarget
{
    QString postId;
    QString integrationId;
    qint64 scheduledAt = 0; // UTC epoch seconds
    qint64 lateFrom = 0;    // what lateness counts from: the schedule, or a later "publish anyway"
    QString platform;       // the integration's
};

// A scheduler process on this store, as it last said (scheduler_activity).
struct SchedulerActivity
{
    QString owner;
    QString program;         // almanacd, almanac (the window), almanac-cli
    qint64 pid = 0;
    int intervalSecs = 0;    // a round every so often; 0: one round and out
    qint64 startedAt = 0;    // UTC epoch seconds
    qint64 lastRoundAt = 0;  // 0: no round finished yet
    int published = 0;       // since it started
    int failed = 0;
    QString lastEvent;       // its latest outcome, in words
    // Whether it still runs: it said something within three of its intervals.
    bool alive(qint64 nowSecs) const
    {
        return intervalSecs > 0 && nowSecs - std::max(startedAt, lastRoundAt) <= 3 * intervalSecs + 60;
    }
};

// The local scheduler's side of the store: what is due, claiming a destination
// with one conditional UPDATE and a lease (so two processes never publish it
// twice, and a dead one's lease expires), and recording what happened.
class ScheduleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRepository)

public:
    explicit ScheduleRepository(QSqlDatabase db);

    // The due destinations on these platforms (the ones Almanac can publish to itself).
    QList<DueTarget> due(const QStringList &platforms, qint64 nowSecs, qint64 nowMs, int limit = 500);
    // True when this process now holds the destination until `leaseUntilMs`.
    bool claim(const DueTarget &target, const QString &owner, qint64 leaseUntilMs, qint64 nowMs);
    Result<void> published(const DueTarget &target, const QString &owner, const QString &url, const QString &remoteId = {});
    Result<void> failed(const DueTarget &target, const QString &owner, const QString &reason);
    Result<void> retryLater(const DueTarget &target, const QString &owner, qint64 atMs, const QString &reason);
    int attempts(const DueTarget &target);

    // What each scheduler process says of itself: it started, it ended a
    // round, it stopped (its row goes).
    Result<void> announce(const SchedulerActivity &activity);
    Result<void> recordRound(const QString &owner, int published, int failed, const QString &lastEvent);
    Result<void> retire(const QString &owner);
    QList<SchedulerActivity> activity();

private:
    QSqlDatabase m_db;
};

} // namespace Almanac
