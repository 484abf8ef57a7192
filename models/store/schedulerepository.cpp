// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerepository.h"

#include "domain/redaction.h"

#include "database.h"
#include "domain/clock.h"
#include "postrepository.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Almanac {

namespace {

} // namespace

ScheduleRepository::ScheduleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<DueTarget> ScheduleRepository::due(const QStringList &platforms, qint64 nowSecs, qint64 nowMs, int limit)
{
    QList<DueTarget> out;
    if (platforms.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < platforms.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.post_id, t.integration_id, p.scheduled_at, MAX(p.scheduled_at, t.updated_at), i.platform "
                             "FROM post_targets t JOIN integrations i ON i.id = t.integration_id JOIN posts p ON p.id = t.post_id "
                             "WHERE i.provider = 'local' AND i.platform IN (%1) AND (p.status = 'scheduled' OR p.status = 'publishing') "
                             "AND p.scheduled_at <= ? AND ((t.status = 'scheduled' AND t.next_attempt_at <= ?) "
                             "OR (t.status = 'publishing' AND t.lease_until < ?)) ORDER BY p.scheduled_at LIMIT ?")
                  .arg(marks.join(u',')));
    for (const QString &p : platforms)
        q.addBindValue(p);
    q.addBindValue(nowSecs);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                        q.value(4).toString()});
    return out;
}

bool ScheduleRepository::claim(const DueTarget &target, const QString &owner, qint64 leaseUntilMs, qint64 nowMs)
{
    // One statement decides: of two processes, only one sees a row change.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE post_targets SET status = 'publishing', lease_owner = ?, lease_until = ? "
                             "WHERE post_id = ? AND integration_id = ? AND ((status = 'scheduled' AND next_attempt_at <= ?) "
                             "OR (status = 'publishing' AND lease_until < ?))"));
    q.addBindValue(owner);
    q.addBindValue(leaseUntilMs);
    q.addBindValue(target.postId);
    q.addBindValue(target.integrationId);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    return q.exec() && q.numRowsAffected() == 1;
}

int ScheduleRepository::attempts(const DueTarget &target)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT attempt_count FROM post_targets WHERE post_id = ? AND integration_id = ?"));
    q.addBindValue(target.postId);
    q.addBindValue(target.integrationId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<void> ScheduleRepository::published(const DueTarget &target, const QString &owner, const QString &url,
                                           const QString &remoteId)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE post_targets SET status = 'published', platform_post_url = ?, "
                             "remote_id = COALESCE(?, remote_id), last_error = NULL, "
                             "attempt_count = attempt_count + 1, lease_owner = NULL, lease_until = NULL, updated_at = ? "
                             "WHERE post_id = ? AND integration_id = ? AND lease_owner = ?"));
    q.addBindValue(Sql::textOrNull(url));
    q.addBindValue(Sql::textOrNull(remoteId));
    q.addBindValue(Clock::nowSecs());
    q.addBindValue(target.postId);
    q.addBindValue(target.integrationId);
    q.addBindValue(owner);
    if (!q.exec())
        return sqlError(tr("Could not record the published post"), q.lastError());
    if (auto r = PostRepository(m_db).settleStatus(target.postId); !r)
        return r;
    return tx.commit();
}

Result<void> ScheduleRepository::failed(const DueTarget &target, const QString &owner, const QString &reason)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE post_targets SET status = 'failed', last_error = ?, attempt_count = attempt_count + 1, "
                             "lease_owner = NULL, lease_until = NULL, updated_at = ? "
                             "WHERE post_id = ? AND integration_id = ? AND lease_owner = ?"));
    q.addBindValue(Redaction::redact(reason)); // a stored error is shown, listed and exported
    q.addBindValue(Clock::nowSecs());
    q.addBindValue(target.postId);
    q.addBindValue(target.integrationId);
    q.addBindValue(owner);
    if (!q.exec())
        return sqlError(tr("Could not record the failure"), q.lastError());
    if (auto r = PostRepository(m_db).settleStatus(target.postId); !r)
        return r;
    return tx.commit();
}

Result<void> ScheduleRepository::retryLater(const DueTarget &target, const QString &owner, qint64 atMs, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE post_targets SET status = 'scheduled', next_attempt_at = ?, last_error = ?, "
                             "attempt_count = attempt_count + 1, lease_owner = NULL, lease_until = NULL "
                             "WHERE post_id = ? AND integration_id = ? AND lease_owner = ?"));
    q.addBindValue(atMs);
    q.addBindValue(Redaction::redact(reason));
    q.addBindValue(target.postId);
    q.addBindValue(target.integrationId);
    q.addBindValue(owner);
    if (!q.exec())
        return sqlError(tr("Could not record the retry"), q.lastError());
    return {};
}

Result<void> ScheduleRepository::announce(const SchedulerActivity &a)
{
    QSqlQuery q(m_db);
    // Rows of processes long gone (killed, so they never retired) are cleared on the way.
    q.prepare(QStringLiteral("DELETE FROM scheduler_activity WHERE MAX(started_at, COALESCE(last_round_at, 0)) < ?"));
    q.addBindValue(Clock::nowSecs() - 7 * 24 * 3600);
    (void)q.exec();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO scheduler_activity (owner, program, pid, interval_s, started_at) VALUES (?,?,?,?,?)"));
    q.addBindValue(a.owner);
    q.addBindValue(a.program);
    q.addBindValue(a.pid);
    q.addBindValue(a.intervalSecs);
    q.addBindValue(a.startedAt);
    if (!q.exec())
        return sqlError(tr("Could not record the scheduler's start"), q.lastError());
    return {};
}

Result<void> ScheduleRepository::recordRound(const QString &owner, int published, int failed, const QString &lastEvent)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE scheduler_activity SET last_round_at = ?, published = published + ?, failed = failed + ?, "
                             "last_event = COALESCE(?, last_event) WHERE owner = ?"));
    q.addBindValue(Clock::nowSecs());
    q.addBindValue(published);
    q.addBindValue(failed);
    q.addBindValue(Sql::textOrNull(Redaction::redact(lastEvent)));
    q.addBindValue(owner);
    if (!q.exec())
        return sqlError(tr("Could not record the scheduler's round"), q.lastError());
    return {};
}

Result<void> ScheduleRepository::retire(const QString &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM scheduler_activity WHERE owner = ?"));
    q.addBindValue(owner);
    if (!q.exec())
        return sqlError(tr("Could not record the scheduler's stop"), q.lastError());
    return {};
}

QList<SchedulerActivity> ScheduleRepository::activity()
{
    QList<SchedulerActivity> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT owner, program, pid, interval_s, started_at, COALESCE(last_round_at, 0), published, failed, "
                               "COALESCE(last_event, '') FROM scheduler_activity ORDER BY started_at")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                    q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toInt(), q.value(7).toInt(), q.value(8).toString()});
    return out;
}

} // namespace Almanac
