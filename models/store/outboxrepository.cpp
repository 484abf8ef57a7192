// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/outboxrepository.h"

#include "models/domain/redaction.h"

#include "models/domain/clock.h"
#include "models/store/database.h"
#include "models/store/postrepository.h"
#include "models/store/postwriter.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Almanac {

namespace {

constexpr const char *columns = "id, post_id, integration_id, operation, idempotency_key, batch_key, state, attempts, "
                                "next_attempt_at, last_error, payload";

OutboxRow read(const QSqlQuery &q)
{
    OutboxRow r;
    r.id = q.value(0).toLongLong();
    r.postId = q.value(1).toString();
    r.integrationId = q.value(2).toString();
    r.operation = q.value(3).toString();
    r.idempotencyKey = q.value(4).toString();
    r.batchKey = q.value(5).toString();
    r.state = q.value(6).toString();
    r.attempts = q.value(7).toInt();
    r.nextAttemptAt = q.value(8).toLongLong();
    r.lastError = q.value(9).toString();
    r.remoteId = q.value(10).toString();
    return r;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<OutboxRow> OutboxRepository::outstanding(int window)
{
    QList<OutboxRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox INDEXED BY outbox_open WHERE state = 'pending' OR state = 'sent' "
                             "ORDER BY id LIMIT ?").arg(QLatin1StringView(columns)));
    q.addBindValue(window);
    if (!q.exec())
        return out;
    QStringList posts;
    while (q.next()) {
        out.append(read(q));
        if (posts.isEmpty() || posts.last() != out.last().postId)
            posts.append(out.last().postId);
    }
    if (out.size() < window)
        return out;
    // The window may have cut a post's rows in two: fetch the rest of them.
    posts.removeDuplicates();
    QSqlQuery rest(m_db);
    rest.setForwardOnly(true);
    rest.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE post_id IN (%2) AND id > ? AND (state = 'pending' OR state = 'sent') "
                                "ORDER BY id").arg(QLatin1StringView(columns), placeholders(posts.size())));
    for (const QString &p : std::as_const(posts))
        rest.addBindValue(p);
    rest.addBindValue(out.last().id);
    if (rest.exec())
        while (rest.next())
            out.append(read(rest));
    return out;
}

QList<OutboxRow> OutboxRepository::batch(const QString &batchKey)
{
    QList<OutboxRow> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE batch_key = ? ORDER BY id").arg(QLatin1StringView(columns)));
    q.addBindValue(batchKey);
    if (q.exec())
        while (q.next())
            out.append(read(q));
    return out;
}

qint64 OutboxRepository::countInState(const QString &state)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    q.addBindValue(state);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> OutboxRepository::assignBatch(const QList<qint64> &ids, const QString &batchKey)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    // Only rows no request has taken yet: if another engine took one, this
    // request is not made (and nothing is written).
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', batch_key = ? WHERE id IN (%1) AND state = 'pending' "
                             "AND batch_key IS NULL").arg(placeholders(ids.size())));
    q.addBindValue(batchKey);
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Could not record the request"), q.lastError());
    if (q.numRowsAffected() != ids.size())
        return Error{tr("Another Almanac took some of these posts first.")};
    return tx.commit();
}

QSqlQuery &OutboxRepository::statement(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db);
        q->prepare(sql);
    }
    return *q;
}

Result<void> OutboxRepository::markDone(const QList<qint64> &ids)
{
    QSqlQuery &q = statement(QStringLiteral("UPDATE outbox SET state = 'done', last_error = NULL WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(tr("Could not record the sync"), q.lastError());
    }
    return {};
}

Result<void> OutboxRepository::markSynced(const QList<qint64> &ids, const QString &postId,
                                          const QStringList &integrationIds, const QString &remoteId,
                                          const QString &groupId)
{
    Savepoint tx(m_db); // nests in the caller's transaction, if any
    if (auto r = markDone(ids); !r)
        return r;
    if (!remoteId.isEmpty()) {
        QSqlQuery &t = statement(QStringLiteral("UPDATE post_targets SET remote_id = ?, remote_group_id = COALESCE(?, remote_group_id), "
                                                "last_error = NULL, updated_at = ? WHERE post_id = ? AND integration_id = ?"));
        // Rows queued while the create was on its way learn the id too (a delete
        // of a post that is gone locally has nothing else to name it by).
        QSqlQuery &later = statement(QStringLiteral("UPDATE outbox SET payload = ? WHERE post_id = ? AND payload IS NULL "
                                                    "AND (state = 'pending' OR state = 'sent') AND integration_id = ?"));
        for (const QString &id : integrationIds) {
            t.addBindValue(remoteId);
            t.addBindValue(Sql::textOrNull(groupId));
            t.addBindValue(Clock::nowSecs());
            t.addBindValue(postId);
            t.addBindValue(id);
            if (!t.exec())
                return sqlError(tr("Could not record the remote post"), t.lastError());
            later.addBindValue(remoteId);
            later.addBindValue(postId);
            later.addBindValue(id);
            if (!later.exec())
                return sqlError(tr("Could not record the remote post"), later.lastError());
        }
        QSqlQuery &p = statement(QStringLiteral("UPDATE posts SET remote_id = COALESCE(remote_id, ?) WHERE id = ?"));
        p.addBindValue(remoteId);
        p.addBindValue(postId);
        if (!p.exec())
            return sqlError(tr("Could not record the remote post"), p.lastError());
    }
    return tx.release();
}

Result<void> OutboxRepository::markFailed(const QList<qint64> &ids, const QString &postId,
                                          const QStringList &integrationIds, const QString &reason)
{
    Savepoint tx(m_db); // nests in the caller's transaction, if any
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, attempts = attempts + 1 WHERE id IN (%1)")
                  .arg(placeholders(ids.size())));
    const QString said = Redaction::redact(reason); // a stored error is shown, listed and exported
    q.addBindValue(said);
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Could not record the failure"), q.lastError());
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("UPDATE post_targets SET status = 'failed', last_error = ?, attempt_count = attempt_count + 1, "
                             "updated_at = ? WHERE post_id = ? AND integration_id IN (%1)")
                  .arg(placeholders(integrationIds.size())));
    t.addBindValue(said);
    t.addBindValue(Clock::nowSecs());
    t.addBindValue(postId);
    for (const QString &id : integrationIds)
        t.addBindValue(id);
    if (!t.exec())
        return sqlError(tr("Could not record the failure"), t.lastError());
    return tx.release();
}

Result<void> OutboxRepository::retryLater(const QList<qint64> &ids, qint64 nextAttemptAt, const QString &reason,
                                          bool countAttempt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, last_error = ?, attempts = attempts + ? WHERE id IN (%1)")
                  .arg(placeholders(ids.size())));
    q.addBindValue(nextAttemptAt);
    q.addBindValue(Sql::textOrNull(Redaction::redact(reason)));
    q.addBindValue(countAttempt ? 1 : 0);
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Could not record the retry"), q.lastError());
    return {};
}

namespace {

// The WHERE terms (over outbox o, integrations i, post_targets t) and their
// binds that pick what a FailedFilter names.
std::pair<QStringList, QVariantList> failedFilterTerms(const OutboxRepository::FailedFilter &filter)
{
    QStringList where;
    QVariantList binds;
    if (!filter.postIds.isEmpty()) {
        where.append(QStringLiteral("o.post_id IN (%1)").arg(placeholders(filter.postIds.size())));
        for (const QString &id : filter.postIds)
            binds.append(id);
    }
    if (!filter.destinations.isEmpty()) {
        QStringList pairs(filter.destinations.size(), QStringLiteral("(?,?)"));
        where.append(QStringLiteral("(o.post_id, o.integration_id) IN (VALUES %1)").arg(pairs.join(u',')));
        for (const auto &[post, integration] : filter.destinations)
            binds << post << integration;
    }
    if (!filter.platform.isEmpty()) {
        where.append(QStringLiteral("i.platform = ?"));
        binds.append(filter.platform);
    }
    if (filter.since) {
        where.append(QStringLiteral("COALESCE(t.updated_at, 0) >= ?"));
        binds.append(*filter.since);
    }
    if (filter.until) {
        where.append(QStringLiteral("COALESCE(t.updated_at, 0) <= ?"));
        binds.append(*filter.until);
    }
    return {where, binds};
}

// The same terms over a destination (post_targets t) rather than an outbox row.
QStringList onTargets(QStringList where)
{
    where.replaceInStrings(QStringLiteral("o.post_id"), QStringLiteral("t.post_id"));
    where.replaceInStrings(QStringLiteral("o.integration_id"), QStringLiteral("t.integration_id"));
    return where;
}

} // namespace

Result<int> OutboxRepository::requeueFailed(const FailedFilter &filter)
{
    // The failed rows the filter picks, by the destinations' failure time and platform.
    auto [where, binds] = failedFilterTerms(filter);
    where.prepend(QStringLiteral("o.state = 'failed'"));
    Transaction tx(m_db);
    QSqlQuery pick(m_db);
    pick.prepare(QStringLiteral("SELECT o.id, o.post_id, o.integration_id FROM outbox o "
                                "JOIN integrations i ON i.id = o.integration_id "
                                "LEFT JOIN post_targets t ON t.post_id = o.post_id AND t.integration_id = o.integration_id "
                                "WHERE %1").arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : std::as_const(binds))
        pick.addBindValue(b);
    if (!pick.exec())
        return sqlError(tr("Could not find the failed posts"), pick.lastError());
    QSqlQuery row(m_db), target(m_db);
    // A refused request is sent afresh: a new key (by the one rule), no batch.
    row.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', batch_key = NULL, attempts = 0, next_attempt_at = 0, "
                               "idempotency_key = ? WHERE id = ?"));
    // Waiting to go again: a draft's stays a draft, any other is scheduled (not
    // the post's own status, which is "failed" when another destination failed).
    target.prepare(QStringLiteral("UPDATE post_targets SET status = CASE (SELECT status FROM posts WHERE posts.id = "
                                  "post_targets.post_id) WHEN 'draft' THEN 'draft' ELSE 'scheduled' END, "
                                  "last_error = NULL WHERE post_id = ? AND integration_id = ? AND status = 'failed'"));
    int requeued = 0;
    while (pick.next()) {
        row.addBindValue(QString::fromLatin1(PostWriter::newIdempotencyKey()));
        row.addBindValue(pick.value(0));
        target.addBindValue(pick.value(1));
        target.addBindValue(pick.value(2));
        if (!row.exec() || !target.exec())
            return sqlError(tr("Could not queue the failed posts again"), row.lastError());
        ++requeued;
    }
    // Destinations the local scheduler publishes have no outbox rows: they go
    // back to scheduled, and the post with them ("publish anyway" for a missed one).
    QStringList local = onTargets(where);
    local.removeAll(QStringLiteral("o.state = 'failed'"));
    local.prepend(QStringLiteral("t.status = 'failed' AND i.provider = 'local'"));
    QSqlQuery localTargets(m_db);
    localTargets.prepare(QStringLiteral("SELECT t.post_id, t.integration_id FROM post_targets t "
                                        "JOIN integrations i ON i.id = t.integration_id WHERE %1")
                             .arg(local.join(QStringLiteral(" AND "))));
    for (const QVariant &b : std::as_const(binds))
        localTargets.addBindValue(b);
    if (!localTargets.exec())
        return sqlError(tr("Could not find the failed posts"), localTargets.lastError());
    QSqlQuery again(m_db), post(m_db);
    // The user said "send it again": an unconfirmed one too, so its earlier,
    // unknown send no longer counts.
    again.prepare(QStringLiteral("UPDATE post_targets SET status = 'scheduled', last_error = NULL, next_attempt_at = 0, "
                                 "intent_at = NULL, stalls = 0, unconfirmed = 0, updated_at = ? "
                                 "WHERE post_id = ? AND integration_id = ?"));
    post.prepare(QStringLiteral("UPDATE posts SET status = 'scheduled' WHERE id = ? AND status = 'failed'"));
    while (localTargets.next()) {
        again.addBindValue(Clock::nowSecs());
        again.addBindValue(localTargets.value(0));
        again.addBindValue(localTargets.value(1));
        post.addBindValue(localTargets.value(0));
        if (!again.exec() || !post.exec())
            return sqlError(tr("Could not queue the failed posts again"), again.lastError());
        ++requeued;
    }
    if (auto r = tx.commit(); !r)
        return Error{r.error()};
    return requeued;
}

QList<OutboxRepository::FailedAtProvider> OutboxRepository::atProviders(const FailedFilter &filter, AtProvider which)
{
    // Hosted and known there (its remote id). Failed there: reported failed,
    // with no request of Almanac's still to send (the request went through,
    // and the scheduler said publishing failed).
    auto [terms, binds] = failedFilterTerms(filter);
    QStringList where = onTargets(terms);
    where.prepend(which == AtProvider::FailedThere
                      ? QStringLiteral("t.status = 'failed' AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.post_id = t.post_id "
                                       "AND o.integration_id = t.integration_id AND o.state IN ('failed', 'pending', 'sent'))")
                      : QStringLiteral("t.status NOT IN ('published', 'cancelled')"));
    where.prepend(QStringLiteral("i.provider <> 'local' AND t.remote_id IS NOT NULL"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.post_id, t.integration_id, i.provider, COALESCE(i.provider_account, ''), "
                             "COALESCE(i.remote_id, ''), t.remote_id "
                             "FROM post_targets t JOIN integrations i ON i.id = t.integration_id WHERE %1 "
                             "ORDER BY t.post_id, t.integration_id")
                  .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QList<FailedAtProvider> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<int> OutboxRepository::markGroupCancelled(const QString &groupId)
{
    Transaction tx(m_db);
    QSqlQuery posts(m_db);
    posts.prepare(QStringLiteral("SELECT DISTINCT post_id FROM post_targets WHERE remote_group_id = ?"));
    posts.addBindValue(groupId);
    if (!posts.exec())
        return sqlError(tr("Could not record the cancelled group"), posts.lastError());
    QStringList ids;
    while (posts.next())
        ids.append(posts.value(0).toString());
    QSqlQuery targets(m_db);
    targets.prepare(QStringLiteral("UPDATE post_targets SET status = 'cancelled', remote_id = NULL, remote_group_id = NULL, "
                                   "updated_at = ? WHERE remote_group_id = ?"));
    targets.addBindValue(Clock::nowSecs());
    targets.addBindValue(groupId);
    if (!targets.exec())
        return sqlError(tr("Could not record the cancelled group"), targets.lastError());
    const int cancelled = targets.numRowsAffected();
    QSqlQuery post(m_db);
    post.prepare(QStringLiteral("UPDATE posts SET status = 'cancelled', remote_id = NULL WHERE id = ? AND NOT EXISTS "
                                "(SELECT 1 FROM post_targets t WHERE t.post_id = posts.id AND t.status <> 'cancelled')"));
    for (const QString &id : std::as_const(ids)) {
        post.addBindValue(id);
        if (!post.exec())
            return sqlError(tr("Could not record the cancelled group"), post.lastError());
    }
    if (auto r = tx.commit(); !r)
        return Error{r.error()};
    return cancelled;
}

QList<std::pair<QString, QString>> OutboxRepository::remotePostsToRefresh(const QStringList &integrationIds, qint64 nowSecs,
                                                                          int limit)
{
    QList<std::pair<QString, QString>> out;
    if (integrationIds.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.post_id, MIN(t.remote_id) FROM post_targets t JOIN posts p ON p.id = t.post_id "
                             "WHERE t.remote_id IS NOT NULL AND (t.status = 'scheduled' OR t.status = 'publishing') "
                             "AND p.scheduled_at <= ? AND t.integration_id IN (%1) "
                             "GROUP BY t.post_id ORDER BY MIN(p.scheduled_at) LIMIT ?").arg(placeholders(integrationIds.size())));
    q.addBindValue(nowSecs);
    for (const QString &id : integrationIds)
        q.addBindValue(id);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<void> OutboxRepository::applyRemoteStatuses(const QString &postId, const QStringList &integrationIds,
                                                   const QList<RemoteTargetState> &states)
{
    Transaction tx(m_db);
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("UPDATE post_targets SET status = ?, platform_post_url = COALESCE(NULLIF(?, ''), platform_post_url), "
                             "last_error = NULLIF(?, ''), updated_at = ? WHERE post_id = ? AND platform = ? AND integration_id IN (%1)")
                  .arg(placeholders(integrationIds.size())));
    for (const RemoteTargetState &s : states) {
        t.addBindValue(s.status);
        t.addBindValue(s.url);
        t.addBindValue(Redaction::redact(s.error));
        t.addBindValue(Clock::nowSecs());
        t.addBindValue(postId);
        t.addBindValue(s.platform);
        for (const QString &id : integrationIds)
            t.addBindValue(id);
        if (!t.exec())
            return sqlError(tr("Could not record what the provider said"), t.lastError());
    }
    if (auto r = PostRepository(m_db).settleStatus(postId); !r)
        return r;
    return tx.commit();
}

QStringList OutboxRepository::remoteGroupsOfImport(qint64 importId, const QStringList &integrationIds)
{
    QStringList groups;
    if (integrationIds.isEmpty())
        return groups;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT t.remote_group_id FROM post_targets t JOIN posts p ON p.id = t.post_id "
                             "WHERE p.import_id = ? AND t.remote_group_id IS NOT NULL AND t.integration_id IN (%1)")
                  .arg(placeholders(integrationIds.size())));
    q.addBindValue(importId);
    for (const QString &id : integrationIds)
        q.addBindValue(id);
    if (q.exec())
        while (q.next())
            groups.append(q.value(0).toString());
    return groups;
}

Result<void> OutboxRepository::failImport(qint64 importId, const QStringList &integrationIds, const QString &groupId,
                                          const QString &reason)
{
    if (integrationIds.isEmpty())
        return {};
    Transaction tx(m_db);
    const QString in = placeholders(integrationIds.size());
    QSqlQuery rows(m_db);
    QSqlQuery targets(m_db);
    if (groupId.isEmpty()) {
        rows.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE (state = 'pending' OR state = 'sent') "
                                    "AND operation = 'create' AND integration_id IN (%1) "
                                    "AND post_id IN (SELECT id FROM posts WHERE import_id = ?)").arg(in));
        targets.prepare(QStringLiteral("UPDATE post_targets SET status = 'failed', last_error = ? WHERE remote_id IS NULL "
                                       "AND integration_id IN (%1) AND post_id IN (SELECT id FROM posts WHERE import_id = ?)").arg(in));
    } else {
        rows.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE operation = 'create' "
                                    "AND integration_id IN (%1) AND post_id IN (SELECT post_id FROM post_targets "
                                    "WHERE remote_group_id = ? AND post_id IN (SELECT id FROM posts WHERE import_id = ?))").arg(in));
        targets.prepare(QStringLiteral("UPDATE post_targets SET status = 'failed', last_error = ?, remote_id = NULL, "
                                       "remote_group_id = NULL WHERE integration_id IN (%1) AND remote_group_id = ? "
                                       "AND post_id IN (SELECT id FROM posts WHERE import_id = ?)").arg(in));
    }
    for (QSqlQuery *q : {&rows, &targets}) {
        q->addBindValue(Redaction::redact(reason));
        for (const QString &id : integrationIds)
            q->addBindValue(id);
        if (!groupId.isEmpty())
            q->addBindValue(groupId);
        q->addBindValue(importId);
        if (!q->exec())
            return sqlError(tr("Could not record the cancelled import"), q->lastError());
    }
    QSqlQuery posts(m_db);
    posts.prepare(QStringLiteral("UPDATE posts SET remote_id = NULL WHERE import_id = ? AND remote_id IS NOT NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM post_targets t WHERE t.post_id = posts.id AND t.remote_id IS NOT NULL)"));
    posts.addBindValue(importId);
    if (!posts.exec())
        return sqlError(tr("Could not record the cancelled import"), posts.lastError());
    return tx.commit();
}

QList<OutboxRow> OutboxRepository::inState(const QString &state)
{
    QList<OutboxRow> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY id").arg(QLatin1StringView(columns)));
    q.addBindValue(state);
    if (q.exec())
        while (q.next())
            out.append(read(q));
    return out;
}

QHash<QString, std::pair<QString, QString>> OutboxRepository::unsettledPosts()
{
    QHash<QString, std::pair<QString, QString>> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT post_id, state, last_error FROM outbox WHERE state <> 'done' ORDER BY id")))
        while (q.next()) {
            auto &entry = out[q.value(0).toString()];
            if (entry.first == u"failed")
                continue;
            entry = {q.value(1).toString() == u"failed" ? QStringLiteral("failed") : QStringLiteral("pending"),
                     q.value(2).toString()};
        }
    return out;
}

QHash<QString, QString> OutboxRepository::remoteIdsOf(const QStringList &postIds)
{
    QHash<QString, QString> out;
    if (postIds.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT post_id, integration_id, remote_id FROM post_targets "
                             "WHERE remote_id IS NOT NULL AND post_id IN (%1)").arg(placeholders(postIds.size())));
    for (const QString &id : postIds)
        q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString() + u'\x1f' + q.value(1).toString(), q.value(2).toString());
    return out;
}

} // namespace Almanac
