// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/syncprovider.h"
#include "models/domain/result.h"
#include "models/store/outboxrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace Almanac {

struct ProviderChannel;

// The one-off requests a user asks of the hosted schedulers, apart from
// draining the outbox: cancel a group, have the providers retry their own
// failures. They go through the engine's channels, so they keep each
// account's pace.
class ProviderOperations final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderOperations)

public:
    // `db`: the engine's store connection (none until the engine is open);
    // `channel`: the account's channel by name (null when there is no such account).
    ProviderOperations(std::function<QSqlDatabase()> db, std::function<ProviderChannel *(const QString &name)> channel);

    // Cancels a remote group (OpenPost's DELETE /v1/posts/group/{id}) and marks
    // its posts' destinations cancelled here; `done` gets how many, or why not.
    void cancelGroup(const QString &groupId, std::function<void(const Result<int> &)> done);
    // Has each provider account that can do so publish its failed destinations
    // again (PostEverywhere's retry-failed); `done` gets one line per account.
    void retryAtProviders(const RetryFilter &filter, std::function<void(const QStringList &lines)> done);

    // What to ask the hosted schedulers when the user retries `filter`: its
    // platform and time range, or, when it names posts, each of `destinations`
    // whose scheduler can publish it again, by its account there (one request
    // per social account, 200 posts at most). Empty when there is nothing to ask.
    static QList<RetryFilter> retryFiltersFor(const OutboxRepository::FailedFilter &filter,
                                              const QList<OutboxRepository::FailedAtProvider> &destinations);
    // What the user can do for those of `failed` whose scheduler has no call to
    // publish them again (OpenPost, bundle.social); empty when there are none.
    static QString cannotRetryNote(const QList<OutboxRepository::FailedAtProvider> &failed);

private:
    std::function<QSqlDatabase()> m_db;
    std::function<ProviderChannel *(const QString &name)> m_channel;
};

} // namespace Almanac
