// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"
#include "models/store/claims.h"

#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <optional>
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

// A destination this process holds: fenced by a token that grows with every
// claim of it, so a holder that lost it (its lease ran out, another took it)
// can never record over the new one.
struct Claim
{
    DueTarget target;
    Fence fence;
    qint64 earlierIntentMs = 0; // a send began before and has no recorded outcome (0: none)
    int stalls = 0;             // sends in a row that crashed or ran out of time

    ClaimKey key() const { return ClaimKey::destination(target.postId, target.integrationId); }
};

// The local scheduler's side of the store: what is due, claiming a destination
// with one conditional UPDATE and a lease (so two processes never publish it
// twice, and a dead one's lease expires), and recording what happened.
//
// The claim, its lease and its fence are the store's Claims (claims.h); every
// write of a result here is fenced by it and answers false when the claim was
// lost: nothing was written.
class ScheduleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRepository)

public:
    explicit ScheduleRepository(QSqlDatabase db);

    // The due destinations on these platforms (the ones Almanac can publish to itself).
    QList<DueTarget> due(const QStringList &platforms, qint64 nowSecs, qint64 nowMs, int limit = 500);
    // The claim when this process now holds the destination until `leaseUntilMs`;
    // nothing when another holds it. An error when the store could not say.
    Result<std::optional<Claim>> claim(const DueTarget &target, const QString &owner, qint64 leaseUntilMs, qint64 nowMs);
    // Keeps holding it while its work runs; false: the claim was lost.
    Result<bool> renew(const Claim &claim, qint64 leaseUntilMs);
    // Written before the first byte of a send goes out: the first send since the
    // last settled outcome is what the delivery model counts from.
    Result<bool> recordIntent(const Claim &claim, qint64 nowMs);
    // Published; `note` says what went out otherwise than planned.
    Result<bool> published(const Claim &claim, const QString &url, const QString &remoteId = {}, const QString &note = {});
    // Failed for good; `unconfirmed`: because its outcome is unknown and it
    // cannot be resent (the user settles it).
    Result<bool> failed(const Claim &claim, const QString &reason, bool unconfirmed = false);
    // Tried again at `atMs`. `outcomeUnknown` keeps the intent (the send may have
    // landed); `stalled` counts a send that crashed or ran out of time.
    Result<bool> retryLater(const Claim &claim, qint64 atMs, const QString &reason, bool outcomeUnknown, bool stalled);
    int attempts(const DueTarget &target);
    // The user's answer to an unconfirmed destination: it went out.
    Result<void> confirmPublished(const QString &postId, const QString &integrationId);

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
