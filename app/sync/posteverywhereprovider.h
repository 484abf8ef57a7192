// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/syncprovider.h"
#include <QCoreApplication>

namespace Almanac {

// PostEverywhere (seed 002): Bearer key; creates go 50 at a time to
// POST /v1/posts/bulk, which judges each post on its own and answers 201 (all
// created), 207 (some) or 422 (none) with one `results[index]` per post: the
// created ones get their post_id, the refused ones fail with the server's
// message, and nothing is sent again blindly. Seed 002 documents no edit,
// delete or publish-now calls; Almanac uses PATCH and DELETE /v1/posts/{id}
// (the usual REST shape) and refuses publish-now with a reason (docs/sync.md).
class PostEverywhereProvider final : public SyncProvider
{
    Q_DECLARE_TR_FUNCTIONS(PostEverywhereProvider)

public:
    Capabilities capabilities() const override { return {50, false, false, true, true}; }
    void authorize(HttpRequest &request, const QString &apiKey) const override;
    void push(const QList<SyncItem> &items, const QByteArray &batchKey, const Send &send, const Done &done) override;
    std::optional<HttpCall> retryFailedCall(const RetryFilter &filter) const override;

    // A post as the bulk call wants it (account_ids as numbers when they are).
    static QJsonObject postBody(const SyncItem &item);
};

} // namespace Almanac
