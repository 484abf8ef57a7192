// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/provideroperations.h"

#include "app/sync/providerchannel.h"
#include "models/store/integrationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/providerrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <memory>

namespace Almanac {

ProviderOperations::ProviderOperations(std::function<QSqlDatabase()> db,
                                       std::function<ProviderChannel *(const QString &name)> channel)
    : m_db(std::move(db))
    , m_channel(std::move(channel))
{
}

void ProviderOperations::cancelGroup(const QString &groupId, std::function<void(const Result<int> &)> done)
{
    const QSqlDatabase db = m_db();
    if (!db.isOpen())
        return done(Error{tr("The store is not open, so the group %1 was not cancelled.").arg(groupId)});
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT integration_id FROM post_targets WHERE remote_group_id = ? LIMIT 1"));
    q.addBindValue(groupId);
    const std::optional<Integration> in = q.exec() && q.next() ? IntegrationRepository(db).find(q.value(0).toString())
                                                               : std::nullopt;
    const std::optional<ProviderAccount> config = in ? ProviderRepository(db).accountFor(*in) : std::nullopt;
    if (!config)
        return done(Error{tr("No post here was created in the group %1.").arg(groupId)});
    ProviderChannel *a = m_channel(config->name);
    if (!a->blocked.isEmpty())
        return done(Error{a->blocked});
    const std::optional<HttpCall> call = a->provider->cancelGroupCall(groupId);
    if (!call)
        return done(Error{tr("%1 (%2) has no groups to cancel.").arg(config->name, config->kind)});
    a->send(*call, [db, groupId, done](const HttpReply &reply) {
        if (reply.status < 200 || reply.status >= 300)
            return done(Error{SyncProvider::unsuccessful(reply).message});
        done(OutboxRepository(db).markGroupCancelled(groupId));
    });
}

void ProviderOperations::retryAtProviders(const RetryFilter &filter, std::function<void(const QStringList &)> done)
{
    auto lines = std::make_shared<QStringList>();
    auto waiting = std::make_shared<int>(1); // released after the loop
    auto finishOne = [lines, waiting, done] {
        if (--*waiting == 0)
            done(*lines);
    };
    const QSqlDatabase db = m_db();
    // A store that is not open has no accounts to ask: no lines.
    for (const ProviderAccount &config : db.isOpen() ? ProviderRepository(db).list() : QList<ProviderAccount>()) {
        ProviderChannel *a = m_channel(config.name);
        if (!a->provider || !a->provider->capabilities().retriesFailed)
            continue; // this provider has no such call
        if (!filter.providerAccount.isEmpty() && filter.providerAccount != config.name)
            continue; // the posts named are at another account
        if (filter.isEmpty()) {
            lines->append(tr("%1: not asked to retry at %2, which refuses a retry without a filter; give --platform, "
                             "--since, --until or --post.").arg(config.name, config.kind));
            continue;
        }
        if (!a->blocked.isEmpty()) {
            lines->append(tr("%1: %2").arg(config.name, a->blocked));
            continue;
        }
        ++*waiting;
        a->send(*a->provider->retryFailedCall(filter), [name = config.name, lines, finishOne](const HttpReply &reply) {
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            lines->append(reply.status >= 200 && reply.status < 300
                              ? tr("%1: %2 destinations queued for retry there.").arg(name).arg(body.value(u"retried_count").toInt())
                              : tr("%1: the retry was refused: %2").arg(name, SyncProvider::unsuccessful(reply).message));
            finishOne();
        });
    }
    finishOne();
}

namespace {

bool retriesFailed(const QString &providerKind)
{
    ProviderAccount account;
    account.kind = providerKind;
    const std::unique_ptr<SyncProvider> provider = makeSyncProvider(account);
    return provider && provider->capabilities().retriesFailed;
}

} // namespace

QList<RetryFilter> ProviderOperations::retryFiltersFor(const OutboxRepository::FailedFilter &filter,
                                                      const QList<OutboxRepository::FailedAtProvider> &destinations)
{
    if (!filter.namesPosts()) {
        const RetryFilter range{filter.platform, filter.since, filter.until, {}, {}, {}};
        return range.isEmpty() ? QList<RetryFilter>() : QList<RetryFilter>{range}; // never "every failure there"
    }
    // Exactly the destinations named: one request per social account at each
    // scheduler account (a remote post may go to several), 200 posts at most.
    constexpr qsizetype MostIds = 200;
    QList<RetryFilter> filters;
    for (const OutboxRepository::FailedAtProvider &d : destinations) {
        if (!retriesFailed(d.providerKind))
            continue;
        auto same = std::find_if(filters.begin(), filters.end(), [&](const RetryFilter &f) {
            return f.providerAccount == d.providerAccount && f.remoteAccountId == d.remoteAccountId
                && f.remotePostIds.size() < MostIds;
        });
        if (same == filters.end())
            same = filters.insert(filters.end(), RetryFilter{filter.platform, filter.since, filter.until, {},
                                                             d.remoteAccountId, d.providerAccount});
        if (!same->remotePostIds.contains(d.remoteId))
            same->remotePostIds.append(d.remoteId);
    }
    return filters;
}

QString ProviderOperations::cannotRetryNote(const QList<OutboxRepository::FailedAtProvider> &failed)
{
    QStringList schedulers;
    int count = 0;
    for (const OutboxRepository::FailedAtProvider &f : failed) {
        if (retriesFailed(f.providerKind))
            continue;
        ++count;
        if (const QString name = providerDisplayName(f.providerKind); !schedulers.contains(name))
            schedulers.append(name);
    }
    if (count == 0)
        return {};
    return tr("%Ln destination(s) failed at %1, which has no way to be asked to publish again: open the post and "
              "choose Duplicate to send a copy.",
              nullptr, count)
        .arg(QLocale().createSeparatedList(schedulers));
}

} // namespace Almanac
