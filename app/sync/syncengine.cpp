// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/syncengine.h"

#include "app/secrets/secretstore.h"
#include "models/domain/clock.h"
#include "models/store/claims.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

#include <set>

namespace Almanac {

namespace {


QByteArray newBatchKey()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

// "reschedule" is an edit of the time: the same request as any other edit.
QString operationOf(const OutboxRow &row)
{
    return row.operation == u"reschedule" ? QStringLiteral("update") : row.operation;
}

} // namespace

SyncEngine::SyncEngine(QString storePath, SecretStore *secrets, Options options, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_secrets(secrets)
    , m_options(options)
    , m_wake(new QTimer(this))
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_recount(new QTimer(this))
    , m_operations(std::make_unique<ProviderOperations>(
          [this] { return m_db ? m_db->connection() : QSqlDatabase(); },
          [this](const QString &name) -> ProviderChannel * { return account(name); }))
{
    qRegisterMetaType<Almanac::SyncStatus>();
    auto *renewal = new QTimer(this);
    renewal->setInterval(int(qMax<qint64>(50, m_options.claimLeaseMs / 3)));
    connect(renewal, &QTimer::timeout, this, &SyncEngine::renewClaims);
    renewal->start();
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &SyncEngine::kick);
    m_recount->setSingleShot(true);
    connect(m_recount, &QTimer::timeout, this, [this] { refreshStatus(true); });
}

SyncEngine::~SyncEngine()
{
    // Another engine may take the accounts over at once, not when the leases run out.
    if (m_db && m_db->isOpen())
        for (const auto &[name, a] : m_accounts)
            if (a->claim.token)
                (void)m_claims->release(ClaimKey::providerAccount(name), a->claim);
}

bool SyncEngine::holdAccount(Account &account)
{
    const qint64 now = nowMs();
    const Result<std::optional<Fence>> claimed = m_claims->take(
        ClaimKey::providerAccount(account.config.name), {m_owner, QCoreApplication::applicationPid()}, now + m_options.claimLeaseMs, now);
    account.claim = claimed && claimed.value() ? *claimed.value() : Fence{};
    return account.claim.token != 0;
}

void SyncEngine::renewClaims()
{
    if (!m_db)
        return;
    for (const auto &[name, a] : m_accounts)
        if (a->busy && a->claim.token)
            (void)holdAccount(*a); // taken over: the token goes, and this request's outcome is not recorded here
}

Result<void> SyncEngine::open()
{
    m_db = std::make_unique<Database>(QStringLiteral("almanac-sync-%1").arg(quintptr(this), 0, 16));
    if (auto r = m_db->open(m_storePath); !r)
        return r;
    m_claims = Claims::of(m_db->connection());
    m_http = new HttpClient(this);
    m_transport = {m_http, this, m_options.transferTimeoutMs, m_options.deadlineMs};
    return {};
}

Result<void> SyncEngine::start()
{
    if (auto r = open(); !r)
        return r;
    refreshStatus(true);
    kick();
    return {};
}

void SyncEngine::refreshNow()
{
    for (auto &[name, account] : m_accounts)
        account->refreshed.invalidate();
    kick();
}

bool SyncEngine::refresh(Account &account)
{
    const auto call = account.provider ? account.provider->statusCall(QString()) : std::nullopt;
    if (!call || !account.blocked.isEmpty())
        return false;
    QStringList integrations;
    for (const Integration &in : IntegrationRepository(m_db->connection()).list())
        if (const auto a = ProviderRepository(m_db->connection()).accountFor(in); a && a->name == account.config.name)
            integrations.append(in.id);
    const QList<std::pair<QString, QString>> due =
        OutboxRepository(m_db->connection()).remotePostsToRefresh(integrations, Clock::nowSecs(), 20);
    account.refreshed.start();
    if (due.isEmpty())
        return false;
    account.busy = true;
    auto remaining = std::make_shared<int>(int(due.size()));
    for (const auto &entry : due) {
        const QString postId = entry.first;
        account.send(*account.provider->statusCall(entry.second),
             [this, &account, postId, integrations, remaining](const HttpReply &reply) {
                 if (reply.status == 200)
                     (void)OutboxRepository(m_db->connection())
                         .applyRemoteStatuses(postId, integrations, account.provider->targetStatuses(reply.body));
                 if (--*remaining == 0) {
                     account.busy = false;
                     refreshStatus(true);
                     kick();
                 }
             });
    }
    return true;
}

void SyncEngine::setNetworkReachable(bool reachable)
{
    if (reachable == m_networkReachable)
        return;
    m_networkReachable = reachable;
    if (reachable)
        kick(); // back: try at once rather than at the next retry
    else
        refreshStatus(true);
}

void SyncEngine::readKeysAgain()
{
    // A key stored or replaced in Hosted Schedulers: every account's, at once.
    for (auto &[name, a] : m_accounts)
        a->readKey(m_secrets);
    m_keysReadAgain.start();
    kick();
}

void SyncEngine::kick()
{
    // Coalesced: many edits in a row make one pass.
    if (m_passQueued || !m_db)
        return;
    m_passQueued = true;
    QMetaObject::invokeMethod(this, &SyncEngine::pass, Qt::QueuedConnection);
}

qint64 SyncEngine::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SyncEngine::Account *SyncEngine::account(const QString &name)
{
    if (const auto found = m_accounts.find(name); found != m_accounts.end())
        return found->second.get();
    const std::optional<ProviderAccount> config = ProviderRepository(m_db->connection()).find(name);
    if (!config)
        return nullptr;
    auto account = std::make_unique<Account>(*config, m_secrets, &m_transport);
    return m_accounts.emplace(name, std::move(account)).first->second.get();
}

qint64 SyncEngine::plan(QHash<QString, QList<SyncItem>> &due, QHash<QString, QList<QString>> &batchOf)
{
    const QSqlDatabase db = m_db->connection();
    OutboxRepository outbox(db);
    PostRepository posts(db);
    ProviderRepository providers(db);
    QHash<QString, Integration> integrations;
    for (const Integration &in : IntegrationRepository(db).list())
        integrations.insert(in.id, in);

    // The outstanding rows of each post at each account, in the order they were written.
    struct Group
    {
        QString account;
        QList<OutboxRow> rows;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> groupIndex;
    QStringList problems;
    QHash<QString, std::optional<ProviderAccount>> accountOf; // by integration, once per pass
    for (const OutboxRow &row : outbox.outstanding()) {
        auto known = accountOf.constFind(row.integrationId);
        if (known == accountOf.cend()) {
            const auto in = integrations.constFind(row.integrationId);
            known = accountOf.insert(row.integrationId, in == integrations.cend() ? std::nullopt : providers.accountFor(*in));
        }
        const std::optional<ProviderAccount> &account = *known;
        if (!account) {
            problems.append(tr("The destination %1 has no provider account to sync through.").arg(row.integrationId));
            continue;
        }
        const QString key = row.postId + u'\x1f' + account->name;
        auto found = groupIndex.constFind(key);
        if (found == groupIndex.cend()) {
            found = groupIndex.insert(key, groups.size());
            groups.append({account->name, {}});
        }
        groups[*found].rows.append(row);
    }
    if (!problems.isEmpty())
        m_status.blocked = problems.first();

    const qint64 now = nowMs();
    qint64 nextDue = -1;
    for (const Group &g : std::as_const(groups)) {
        const OutboxRow &head = g.rows.first();
        // A create that never left, deleted since: nothing to tell the provider.
        if (head.operation == u"create" && head.batchKey.isEmpty()) {
            const auto deleted = std::find_if(g.rows.cbegin(), g.rows.cend(), [](const OutboxRow &r) { return r.operation == u"delete"; });
            if (deleted != g.rows.cend()) {
                QList<qint64> ids;
                for (auto it = g.rows.cbegin(); it <= deleted; ++it)
                    ids.append(it->id);
                (void)outbox.markDone(ids);
                continue;
            }
        }
        // The head item: the rows of the head's request (when it went out) or the
        // head's operation and what it subsumes (a create or an edit sends the
        // post as it is now, so the edits queued after it ride along).
        SyncItem item;
        item.postId = head.postId;
        item.operation = operationOf(head);
        item.idempotencyKey = head.idempotencyKey.toUtf8();
        bool waiting = false;
        std::set<QString> destinations;
        for (const OutboxRow &r : g.rows) {
            const bool belongs = !head.batchKey.isEmpty()
                ? r.batchKey == head.batchKey
                : r.batchKey.isEmpty()
                    && (operationOf(r) == item.operation
                        || ((item.operation == u"create" || item.operation == u"update") && operationOf(r) == u"update"));
            if (!belongs) {
                if (head.batchKey.isEmpty())
                    break;
                continue;
            }
            item.outboxIds.append(r.id);
            item.attempts = qMax(item.attempts, r.attempts);
            if (operationOf(r) == item.operation)
                destinations.insert(r.integrationId);
            if (r.nextAttemptAt > now) {
                waiting = true;
                nextDue = nextDue < 0 ? r.nextAttemptAt : qMin(nextDue, r.nextAttemptAt);
            }
        }
        if (waiting)
            continue;
        for (const QString &id : destinations) {
            item.integrationIds.append(id);
            const Integration &in = integrations.value(id);
            item.remoteIntegrations.append(in.remoteId.isEmpty() ? in.id : in.remoteId);
        }
        item.remoteId = head.remoteId; // as the row was written; hydrate() looks further
        due[g.account].append(item);
        batchOf[g.account].append(head.batchKey);
    }
    return nextDue;
}

QList<SyncItem> SyncEngine::hydrate(QList<SyncItem> items, bool resend)
{
    const QSqlDatabase db = m_db->connection();
    OutboxRepository outbox(db);
    QStringList postIds;
    for (const SyncItem &item : items)
        postIds.append(item.postId);
    // Two queries for the whole request, not a few per post.
    const QHash<QString, QString> remoteIds = outbox.remoteIdsOf(postIds);
    QHash<QString, Post> posts;
    for (Post &p : PostRepository(db).findMany(postIds))
        posts.insert(p.id, std::move(p));

    QList<SyncItem> out;
    for (SyncItem &item : items) {
        for (const QString &id : std::as_const(item.integrationIds))
            if (const QString remote = remoteIds.value(item.postId + u'\x1f' + id); !remote.isEmpty())
                item.remoteId = remote;
        if (item.operation == u"create" || item.operation == u"update") {
            if (const auto found = posts.constFind(item.postId); found != posts.cend()) {
                item.post = *found;
            } else if (resend) {
                // Deleted while its request was out: the request goes again whole (the
                // server answers a known key with its first answer), and the id it
                // gives lets the delete that follows name the remote post.
                item.post = Post();
                item.post->id = item.postId;
            } else { // deleted since; its delete row comes next
                (void)outbox.markDone(item.outboxIds);
                continue;
            }
        }
        if (item.operation != u"create" && item.remoteId.isEmpty()) {
            if (item.operation == u"update") {
                item.operation = QStringLiteral("create"); // it never reached the provider: create it as it is now
            } else if (item.operation == u"delete") {
                (void)outbox.markDone(item.outboxIds); // it never reached the provider: nothing to delete there
                continue;
            } else {
                (void)outbox.markFailed(item.outboxIds, item.postId, item.integrationIds,
                                        tr("Cannot publish: the post never reached the provider."));
                continue;
            }
        }
        out.append(std::move(item));
    }
    return out;
}

void SyncEngine::pass()
{
    m_passQueued = false;
    m_status.blocked.clear();
    // An account found without a key reads it again now and then: one may
    // have been stored since by another program (provider set-key). Not every
    // pass: the keychain can ask the user to unlock it.
    if (!m_keysReadAgain.isValid() || m_keysReadAgain.elapsed() >= KeysReadAgainMs) {
        m_keysReadAgain.start();
        for (auto &[name, a] : m_accounts)
            if (a->key.isEmpty())
                a->readKey(m_secrets);
    }
    // While the system says there is no network, the engine only probes, every
    // 30 s (the system can be wrong: a VPN, a local server); an answer proves it.
    if (!m_networkReachable && m_lastProbe.isValid() && m_lastProbe.elapsed() < ProbeIntervalMs) {
        m_status.online = false;
        m_status.lastError = tr("The system reports no network connection.");
        refreshStatus(true);
        m_wake->start(int(ProbeIntervalMs - m_lastProbe.elapsed()));
        Q_EMIT settled();
        return;
    }
    if (!m_networkReachable)
        m_lastProbe.start();
    QHash<QString, QList<SyncItem>> due;
    QHash<QString, QList<QString>> batchOf;
    qint64 nextDue = plan(due, batchOf);
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        Account *a = account(it.key());
        if (!a) {
            m_status.blocked = tr("There is no provider account \"%1\".").arg(it.key());
            continue;
        }
        if (a->busy)
            continue;
        if (!a->blocked.isEmpty()) {
            m_status.blocked = a->blocked;
            continue;
        }
        // One engine per account across processes: another one has it now.
        // Look again soon: the counts this engine shows follow that engine's
        // progress, and the account is taken over as soon as it is let go.
        if (!holdAccount(*a)) {
            const qint64 soon = nowMs() + qMin<qint64>(5000, m_options.claimLeaseMs);
            nextDue = nextDue < 0 ? soon : qMin(nextDue, soon);
            continue;
        }
        const QList<SyncItem> &items = it.value();
        const QList<QString> &batches = batchOf.value(it.key());
        QList<SyncItem> chosen;
        QByteArray key;
        // A request that went out without an answer goes again first, as it was.
        const auto sent = std::find_if(batches.cbegin(), batches.cend(), [](const QString &b) { return !b.isEmpty(); });
        if (sent != batches.cend()) {
            key = sent->toUtf8();
            qsizetype rows = 0;
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (batches.at(i) == *sent) {
                    chosen.append(items.at(i));
                    rows += items.at(i).outboxIds.size();
                }
            }
            // Only the whole request may go again under its key.
            if (rows != OutboxRepository(m_db->connection()).batch(*sent).size())
                continue;
            chosen = hydrate(chosen, true);
            for (SyncItem &item : chosen)
                item.resend = true;
        } else {
            // The posts themselves are read only for what goes out now.
            const int maxBatch = a->provider->capabilities().maxBatch;
            for (const SyncItem &item : items)
                if (item.operation == u"create" && chosen.size() < maxBatch)
                    chosen.append(item);
            if (chosen.isEmpty())
                chosen.append(items.first());
            chosen = hydrate(chosen, false);
            if (chosen.isEmpty()) {
                kick(); // all settled here: look again
                continue;
            }
            key = newBatchKey();
            QList<qint64> ids;
            for (const SyncItem &item : std::as_const(chosen))
                ids.append(item.outboxIds);
            if (auto r = OutboxRepository(m_db->connection()).assignBatch(ids, QString::fromLatin1(key)); !r) {
                m_status.lastError = r.error();
                continue;
            }
        }
        push(*a, chosen, key);
    }
    // Idle accounts ask what became of their due posts, now and then.
    if (due.isEmpty()) {
        for (const ProviderAccount &config : ProviderRepository(m_db->connection()).list()) {
            Account *a = account(config.name);
            if (!a->busy && (!a->refreshed.isValid() || a->refreshed.elapsed() >= m_options.refreshIntervalMs))
                refresh(*a);
        }
    }
    const bool busy = std::any_of(m_accounts.cbegin(), m_accounts.cend(), [](const auto &a) { return a.second->busy; });
    refreshStatus(!busy);
    if (!busy) {
        if (nextDue >= 0)
            m_wake->start(int(qBound(qint64(0), nextDue - nowMs(), qint64(24 * 3600 * 1000))));
        Q_EMIT settled();
    }
}

void SyncEngine::push(Account &account, const QList<SyncItem> &items, const QByteArray &batchKey)
{
    account.busy = true;
    account.provider->push(
        items, batchKey,
        [&account](const HttpCall &call, std::function<void(const HttpReply &)> answered) {
            account.send(call, std::move(answered));
        },
        [this, &account, items](const QList<ItemOutcome> &outcomes) { record(account, items, outcomes); });
}

void SyncEngine::record(Account &account, const QList<SyncItem> &items, const QList<ItemOutcome> &outcomes)
{
    OutboxRepository outbox(m_db->connection());
    const qint64 now = nowMs();
    bool anyAnswer = false, unreachable = false;
    Transaction tx(m_db->connection(), Transaction::Lock::Immediate); // a request's outcomes are recorded together
    if (!tx.isActive()) { // the store is busy (an import committing): the outcomes wait, they are not dropped
        QTimer::singleShot(500, this, [this, &account, items, outcomes] { record(account, items, outcomes); });
        return;
    }
    // Only while this engine still holds the account: an engine that lost it
    // (paused past its lease) leaves the rows to the one that took over, which
    // sends the same request again under the same key.
    if (const Result<bool> held = m_claims->holds(ClaimKey::providerAccount(account.config.name), account.claim);
        !held || !held.value()) {
        tx.rollback();
        account.busy = false;
        account.claim = {};
        refreshStatus();
        kick();
        return;
    }
    // Items that went out together come back together: one wait for all of
    // them, so the request is sent again whole, as it was.
    int attempts = 0;
    for (const SyncItem &item : items)
        attempts = qMax(attempts, item.attempts + 1);
    const qint64 backoff = retryDelayMs(attempts, m_options.retryBaseMs, m_options.retryCapMs);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const SyncItem &item = items.at(i);
        const ItemOutcome &o = outcomes.value(i);
        Result<void> written;
        switch (o.kind) {
        case ItemOutcome::Kind::Synced:
            anyAnswer = true;
            written = outbox.markSynced(item.outboxIds, item.postId, item.integrationIds, o.remoteId, o.groupId);
            break;
        case ItemOutcome::Kind::Failed:
            anyAnswer = true;
            written = outbox.markFailed(item.outboxIds, item.postId, item.integrationIds, o.message);
            m_status.lastError = o.message;
            break;
        case ItemOutcome::Kind::Retry: {
            unreachable = unreachable || o.unreachable;
            anyAnswer = anyAnswer || !o.message.isEmpty();
            const qint64 delay = o.retryAfterMs >= 0 ? o.retryAfterMs : backoff;
            if (o.retryAfterMs >= 0)
                account.limiter.pauseUntil(now + delay);
            written = outbox.retryLater(item.outboxIds, now + delay, o.message, true);
            m_status.lastError = o.message;
            break;
        }
        }
        if (!written)
            m_status.lastError = written.error();
    }
    if (auto r = tx.commit(); !r)
        m_status.lastError = r.error();
    m_status.online = !unreachable;

    // An import is all or nothing at the provider too: when a provider that
    // creates whole groups refuses one, the groups already created for the same
    // import are cancelled, and the import fails with the server's reason.
    QSet<qint64> refusedImports;
    if (account.provider->capabilities().atomicBatch && items.first().operation == u"create") {
        for (qsizetype i = 0; i < items.size(); ++i)
            if (outcomes.value(i).kind == ItemOutcome::Kind::Failed && items.at(i).post && items.at(i).post->importId > 0)
                refusedImports.insert(items.at(i).post->importId);
    }
    if (!refusedImports.isEmpty()) {
        cancelImports(account, refusedImports, outcomes.first().message);
        return;
    }
    account.busy = false;
    refreshStatus();
    kick();
}

void SyncEngine::cancelImports(Account &account, const QSet<qint64> &importIds, const QString &reason)
{
    OutboxRepository outbox(m_db->connection());
    QStringList integrations;
    for (const Integration &in : IntegrationRepository(m_db->connection()).list())
        if (const auto a = ProviderRepository(m_db->connection()).accountFor(in); a && a->name == account.config.name)
            integrations.append(in.id);
    const QString why = tr("A later group of the same import was refused, so the import was cancelled at %1: %2")
                            .arg(account.config.name, reason);
    // What was not sent yet of those imports fails with them.
    for (qint64 importId : importIds)
        (void)outbox.failImport(importId, integrations, {}, why);
    QStringList groups;
    for (qint64 importId : importIds)
        groups += outbox.remoteGroupsOfImport(importId, integrations);
    auto remaining = std::make_shared<int>(int(groups.size()));
    if (groups.isEmpty()) {
        account.busy = false;
        refreshStatus();
        kick();
        return;
    }
    for (const QString &group : std::as_const(groups)) {
        const std::optional<HttpCall> call = account.provider->cancelGroupCall(group);
        account.send(*call, [this, &account, group, why, remaining, importIds, integrations](const HttpReply &reply) {
            OutboxRepository outbox(m_db->connection());
            if ((reply.status >= 200 && reply.status < 300) || reply.status == 404) {
                for (qint64 importId : importIds)
                    (void)outbox.failImport(importId, integrations, group, why);
            } else {
                m_status.lastError = tr("Could not cancel the group %1 at %2: %3")
                                         .arg(group, account.config.name, SyncProvider::unsuccessful(reply).message);
            }
            if (--*remaining == 0) {
                account.busy = false;
                refreshStatus();
                kick();
            }
        });
    }
}

void SyncEngine::refreshStatus(bool recount)
{
    // Counting a large outbox costs milliseconds: at most four times a second
    // while pushing, and always once the engine settles.
    if (recount || !m_counted.isValid() || m_counted.elapsed() >= 250) {
        OutboxRepository outbox(m_db->connection());
        m_status.pending = outbox.countInState(QStringLiteral("pending")) + outbox.countInState(QStringLiteral("sent"));
        m_status.failed = outbox.countInState(QStringLiteral("failed"));
        m_counted.start();
        m_recount->stop();
    } else if (!m_recount->isActive()) {
        // Not now, but soon: the counts must not stay stale while a request is held up.
        m_recount->start(int(250 - m_counted.elapsed()));
    }
    m_status.busy = std::any_of(m_accounts.cbegin(), m_accounts.cend(), [](const auto &a) { return a.second->busy; });
    Q_EMIT statusChanged(m_status);
}

} // namespace Almanac
