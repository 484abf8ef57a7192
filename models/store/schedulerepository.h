// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Almanac {

// A destination of a local integration that is due (or whose lease expired).
struct DueTarget
{
    QString postId;
    QString integrationId;
    qint64 scheduledAt = 0; // UTC epoch seconds
    qint64 lateFrom = 0;    // what lateness counts from: the schedule, or a later "publish anyway"
};

// The local scheduler's side of the store: what is due, claiming a destination
// with one conditional UPDATE and a lease (so two processes never publish it
// twice, and a dead one's lease expires), and recording what happened.
class ScheduleRepository final
{
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

private:
    QSqlDatabase m_db;
};

} // namespace Almanac
