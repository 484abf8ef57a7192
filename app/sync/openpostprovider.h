// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/syncprovider.h"
#include <QCoreApplication>

namespace Almanac {

// OpenPost (seeds 000, 001, 004): Bearer key; creates go 50 at a time to
// POST /v1/posts/group, which creates all of them or none and returns a
// group_id; edits are PATCH /v1/posts/{id} (refused with 400 once published),
// DELETE /v1/posts/{id}, POST /v1/posts/{id}/publish.
class OpenPostProvider final : public SyncProvider
{
    Q_DECLARE_TR_FUNCTIONS(OpenPostProvider)

public:
    Capabilities capabilities() const override { return {50, true, false, true}; }
    void authorize(HttpRequest &request, const QString &apiKey) const override;
    void push(const QList<SyncItem> &items, const QByteArray &batchKey, const Send &send, const Done &done) override;
    std::optional<HttpCall> statusCall(const QString &remoteId) const override
    {
        return HttpCall{"GET", QStringLiteral("/v1/posts/") + remoteId, {}, "application/json", {}, 0};
    }
    QList<RemoteTargetState> targetStatuses(const QByteArray &body) const override;
    std::optional<HttpCall> testCall() const override
    {
        return HttpCall{"GET", QStringLiteral("/v1/integrations"), {}, "application/json", {}, 0};
    }
    QList<std::pair<QString, QString>> remoteAccounts(const QByteArray &body) const override;
    std::optional<HttpCall> cancelGroupCall(const QString &groupId) const override
    {
        return HttpCall{"DELETE", QStringLiteral("/v1/posts/group/") + groupId, {}, "application/json", {}, 0};
    }

    // A post as OpenPost's create and PATCH bodies want it.
    static QJsonObject postBody(const SyncItem &item);
    // OpenPost names X "twitter".
    static QString platformName(const QString &platformId);

private:
    // Local media files go up first (seed 004: POST /v1/media/upload for a
    // pre-signed URL, then PUT the bytes there); the posts then name the ids.
    struct Upload;
    void uploadMedia(const std::shared_ptr<Upload> &upload, qsizetype index);
    void createGroup(const QList<SyncItem> &items, const QByteArray &batchKey, const QHash<QString, QString> &mediaIds,
                     const Send &send, const Done &done);
};

} // namespace Almanac
