// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/schedulerepository.h"

#include "models/domain/clock.h"
#include "models/domain/redaction.h"
#include "models/store/database.h"
#include "models/store/postrepository.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Almanac {

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

Result<std::optional<Claim>> ScheduleRepository::claim(const DueTarget &target, const QString &owner, qint64 leaseUntilMs,
                                                       qint64 nowMs)
{
    const ClaimKey key = ClaimKey::destination(target.postId, target.integrationId);
    const Result<std::optional<Fence>> taken =
        SqliteClaims(m_db).take(key, {owner, QCoreApplication::applicationPid()}, leaseUntilMs, nowMs);
    if (!taken)
        return Error{taken.error()};
    if (!taken.value())
        return std::optional<Claim>();
    // What earlier holders left: read after taking it, since only a holder changes it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(intent_at, 0), stalls FROM post_targets WHERE post_id = ? AND integration_id = ?"));
    q.addBindValue(target.postId);
    q.addBindValue(target.integrationId);
    if (!q.exec() || !q.next()) {
        (void)SqliteClaims(m_db).release(key, *taken.value()); // not held for nothing until the lease runs out
        return sqlError(tr("Could not claim the post"), q.lastError());
    }
    return std::optional<Claim>(Claim{target, *taken.value(), q.value(0).toLongLong(), q.value(1).toInt()});
}

namespace {

Result<bool> fenced(QSqlDatabase db, const QString &set, const QVariantList &values, const Claim &claim, const QString &what)
{
    return SqliteClaims(std::move(db)).writeFenced(claim.key(), claim.fence, set, values, what);
}

} // namespace

Result<bool> ScheduleRepository::renew(const Claim &claim, qint64 leaseUntilMs)
{
    return SqliteClaims(m_db).renew(claim.key(), claim.fence, leaseUntilMs);
}

Result<bool> ScheduleRepository::recordIntent(const Claim &claim, qint64 nowMs)
{
    return fenced(m_db, QStringLiteral("intent_at = COALESCE(intent_at, ?)"), {nowMs}, claim,
                  tr("Could not record the send"));
}

int ScheduleRepository::attempts(const DueTarget &target)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT attempt_count FROM post_targets WHERE post_id = ? AND integration_id = ?"));
    q.addBindValue(target.postId);
    q.addBindValue(target.integrationId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

namespace {

// A fenced write that settles the destination, and the post's status with it, in one transaction.
Result<bool> settled(QSqlDatabase db, const QString &sql, const QVariantList &values, const Claim &claim, const QString &what)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Error{what + QStringLiteral(": ") + ScheduleRepository::tr("the store is busy")};
    const Result<bool> written = fenced(db, sql, values, claim, what);
    if (!written || !written.value())
        return written;
    if (auto r = PostRepository(db).settleStatus(claim.target.postId); !r)
        return Error{r.error()};
    if (auto r = tx.commit(); !r)
        return Error{r.error()};
    return true;
}

} // namespace

Result<bool> ScheduleRepository::published(const Claim &claim, const QString &url, const QString &remoteId,
                                           const QString &note)
{
    return settled(m_db,
                   QStringLiteral("status = 'published', platform_post_url = ?, "
                                  "remote_id = COALESCE(?, remote_id), last_error = NULL, note = ?, "
                                  "attempt_count = attempt_count + 1, "
                                  "lease_owner = NULL, lease_until = NULL, intent_at = NULL, stalls = 0, unconfirmed = 0, "
                                  "updated_at = ?"),
                   {Sql::textOrNull(url), Sql::textOrNull(remoteId), Sql::textOrNull(Redaction::redact(note)), Clock::nowSecs()}, claim,
                   tr("Could not record the published post"));
}

Result<bool> ScheduleRepository::failed(const Claim &claim, const QString &reason, bool unconfirmed)
{
    return settled(m_db,
                   QStringLiteral("status = 'failed', last_error = ?, attempt_count = attempt_count + 1, "
                                  "lease_owner = NULL, lease_until = NULL, intent_at = NULL, stalls = 0, unconfirmed = ?, "
                                  "updated_at = ?"),
                   {Redaction::redact(reason), unconfirmed ? 1 : 0, Clock::nowSecs()}, claim, tr("Could not record the failure"));
}

Result<bool> ScheduleRepository::retryLater(const Claim &claim, qint64 atMs, const QString &reason, bool outcomeUnknown,
                                            bool stalled)
{
    return fenced(m_db,
                  QStringLiteral("status = 'scheduled', next_attempt_at = ?, last_error = ?, "
                                 "attempt_count = attempt_count + 1, lease_owner = NULL, lease_until = NULL, "
                                 "intent_at = CASE WHEN ? THEN intent_at ELSE NULL END, "
                                 "stalls = CASE WHEN ? THEN stalls + 1 ELSE 0 END"),
                  {atMs, Redaction::redact(reason), outcomeUnknown ? 1 : 0, stalled ? 1 : 0}, claim,
                  tr("Could not record the retry"));
}

Result<void> ScheduleRepository::confirmPublished(const QString &postId, const QString &integrationId)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE post_targets SET status = 'published', last_error = NULL, unconfirmed = 0, "
                             "intent_at = NULL, updated_at = ? WHERE post_id = ? AND integration_id = ? AND unconfirmed = 1"));
    q.addBindValue(Clock::nowSecs());
    q.addBindValue(postId);
    q.addBindValue(integrationId);
    if (!q.exec())
        return sqlError(tr("Could not record that the post went out"), q.lastError());
    if (auto r = PostRepository(m_db).settleStatus(postId); !r)
        return r;
    return tx.commit();
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
