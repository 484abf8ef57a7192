// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/claims.h"

#include "models/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Almanac {

namespace {

// Where each kind of work keeps its claim, and the condition naming one row.
struct ClaimTable
{
    QString table, key, owner, token;
};

const ClaimTable &tableOf(ClaimKey::Kind kind)
{
    static const ClaimTable destinations{QStringLiteral("post_targets"), QStringLiteral("post_id = ? AND integration_id = ?"),
                                         QStringLiteral("lease_owner"), QStringLiteral("lease_token")};
    static const ClaimTable accounts{QStringLiteral("provider_claims"), QStringLiteral("provider = ?"),
                                     QStringLiteral("owner"), QStringLiteral("token")};
    return kind == ClaimKey::Kind::Destination ? destinations : accounts;
}

void bindKey(QSqlQuery &q, const ClaimKey &work)
{
    q.addBindValue(work.id);
    if (work.kind == ClaimKey::Kind::Destination)
        q.addBindValue(work.part);
}

// The fence, as SQL: the work's row, while its owner and token are the fence's.
// Every fenced read and write names its row this way (bindFencedRow binds it).
QString fencedRow(const ClaimTable &t)
{
    return QStringLiteral("%1 AND %2 = ? AND %3 = ?").arg(t.key, t.owner, t.token);
}

void bindFencedRow(QSqlQuery &q, const ClaimKey &work, const Fence &fence)
{
    bindKey(q, work);
    q.addBindValue(fence.owner);
    q.addBindValue(fence.token);
}

} // namespace

std::unique_ptr<Claims> Claims::of(QSqlDatabase db)
{
    return std::make_unique<SqliteClaims>(std::move(db));
}

SqliteClaims::SqliteClaims(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SqliteClaims::processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid)
    return true; // the lease decides
#endif
}

Result<std::optional<Fence>> SqliteClaims::take(const ClaimKey &work, const Owner &owner, qint64 leaseUntilMs, qint64 nowMs)
{
    return work.kind == ClaimKey::Kind::Destination ? takeDestination(work, owner, leaseUntilMs, nowMs)
                                                    : takeAccount(work, owner, leaseUntilMs, nowMs);
}

Result<std::optional<Fence>> SqliteClaims::takeDestination(const ClaimKey &work, const Owner &owner, qint64 leaseUntilMs,
                                                           qint64 nowMs)
{
    // One statement decides: of two processes, only one sees the row change,
    // and it reads back the token it now holds. Only a due destination, or one
    // whose holder's lease ran out, can be taken.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE post_targets SET status = 'publishing', lease_owner = ?, lease_until = ?, "
                             "lease_token = lease_token + 1 "
                             "WHERE post_id = ? AND integration_id = ? AND ((status = 'scheduled' AND next_attempt_at <= ?) "
                             "OR (status = 'publishing' AND lease_until < ?)) RETURNING lease_token"));
    q.addBindValue(owner.name);
    q.addBindValue(leaseUntilMs);
    bindKey(q, work);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return sqlError(tr("Could not claim the post"), q.lastError());
    if (!q.next())
        return std::optional<Fence>();
    return std::optional<Fence>(Fence{owner.name, q.value(0).toLongLong()});
}

Result<std::optional<Fence>> SqliteClaims::takeAccount(const ClaimKey &work, const Owner &owner, qint64 leaseUntilMs,
                                                       qint64 nowMs)
{
    Transaction tx(m_db, Transaction::Lock::Immediate);
    if (!tx.isActive())
        return Error{tr("Could not claim the provider account: the store is busy")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT owner, pid, lease_until, token FROM provider_claims WHERE provider = ?"));
    bindKey(q, work);
    if (!q.exec())
        return sqlError(tr("Could not claim the provider account"), q.lastError());
    qint64 token = 1;
    if (q.next()) {
        const bool mine = q.value(0).toString() == owner.name;
        const bool free = q.value(2).toLongLong() < nowMs || !processAlive(q.value(1).toLongLong());
        if (!mine && !free)
            return std::optional<Fence>();
        token = mine ? q.value(3).toLongLong() : q.value(3).toLongLong() + 1;
    }
    q.finish();
    QSqlQuery w(m_db);
    w.prepare(QStringLiteral("INSERT OR REPLACE INTO provider_claims (provider, owner, pid, lease_until, token) VALUES (?, ?, ?, ?, ?)"));
    bindKey(w, work);
    w.addBindValue(owner.name);
    w.addBindValue(owner.pid);
    w.addBindValue(leaseUntilMs);
    w.addBindValue(token);
    if (!w.exec())
        return sqlError(tr("Could not claim the provider account"), w.lastError());
    if (auto r = tx.commit(); !r)
        return Error{r.error()};
    return std::optional<Fence>(Fence{owner.name, token});
}

Result<bool> SqliteClaims::writeFenced(const ClaimKey &work, const Fence &fence, const QString &set, const QVariantList &values,
                                       const QString &what)
{
    const ClaimTable &t = tableOf(work.kind);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(t.table, set, fencedRow(t)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    bindFencedRow(q, work, fence);
    if (!q.exec())
        return sqlError(what, q.lastError());
    return q.numRowsAffected() == 1;
}

Result<bool> SqliteClaims::renew(const ClaimKey &work, const Fence &fence, qint64 leaseUntilMs)
{
    return writeFenced(work, fence, QStringLiteral("lease_until = ?"), {leaseUntilMs}, tr("Could not renew the claim"));
}

Result<bool> SqliteClaims::holds(const ClaimKey &work, const Fence &fence)
{
    const ClaimTable &t = tableOf(work.kind);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(t.table, fencedRow(t)));
    bindFencedRow(q, work, fence);
    if (!q.exec())
        return sqlError(tr("Could not read the store"), q.lastError());
    return q.next();
}

Result<void> SqliteClaims::release(const ClaimKey &work, const Fence &fence)
{
    const Result<bool> released = writeFenced(work, fence, QStringLiteral("lease_until = 0"), {}, tr("Could not release the claim"));
    if (!released)
        return Error{released.error()};
    return {};
}

} // namespace Almanac
