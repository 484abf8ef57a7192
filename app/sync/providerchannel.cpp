// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/providerchannel.h"

#include "app/net/httpclient.h"
#include "app/secrets/secretstore.h"
#include "app/sync/bundlesocialprovider.h"
#include "app/sync/openpostprovider.h"
#include "app/sync/posteverywhereprovider.h"
#include "models/domain/endpointpolicy.h"

#include <QDateTime>
#include <QTimer>

namespace Almanac {

std::unique_ptr<SyncProvider> makeSyncProvider(const ProviderAccount &account)
{
    if (account.kind == u"openpost")
        return std::make_unique<OpenPostProvider>();
    if (account.kind == u"posteverywhere")
        return std::make_unique<PostEverywhereProvider>();
    if (account.kind == u"bundlesocial")
        return std::make_unique<BundleSocialProvider>(account.teamId);
    return nullptr;
}

ProviderChannel::ProviderChannel(const ProviderAccount &account, SecretStore *secrets, const Transport *transport)
    : config(account)
    , provider(makeSyncProvider(account))
    , limiter(account.rateLimit)
    , m_transport(transport)
{
    if (!provider)
        blocked = tr("Syncing to %1 (%2) is not available yet.").arg(account.name, account.kind);
    else
        readKey(secrets);
}

bool ProviderChannel::readKey(SecretStore *secrets)
{
    if (!provider)
        return false;
    const Result<QString> found = secrets->providerKey(config.name);
    if (!found) {
        key.clear();
        blocked = found.error();
        return false;
    }
    key = found.value();
    blocked.clear();
    return true;
}

void ProviderChannel::send(const HttpCall &call, std::function<void(const HttpReply &)> answered)
{
    // A provider polling a job waits between polls.
    if (call.delayMs > 0) {
        HttpCall now = call;
        now.delayMs = 0;
        QTimer::singleShot(call.delayMs, m_transport->context, [this, now, answered = std::move(answered)]() mutable {
            send(now, std::move(answered));
        });
        return;
    }
    // Never past the account's allowance, nor before a Retry-After it was given.
    if (const qint64 wait = limiter.delayBeforeNext(QDateTime::currentMSecsSinceEpoch()); wait > 0) {
        QTimer::singleShot(int(qMin<qint64>(wait, 24 * 3600 * 1000)), m_transport->context,
                           [this, call, answered = std::move(answered)]() mutable { send(call, std::move(answered)); });
        return;
    }
    // A full URL is one a server handed back (OpenPost's pre-signed upload,
    // seed 004): it must be a plain https address, and it never gets the API
    // key; a path gets it, and must stay on the provider's own origin.
    HttpRequest request;
    const QUrl base(config.baseUrl);
    if (call.path.startsWith(u'/')) {
        request.url = QUrl(config.baseUrl + call.path);
        if (!EndpointPolicy::sameOrigin(request.url, base)) { // "/@other-host/..." must not change the host
            HttpReply refused;
            refused.networkError = tr("The path %1 leaves %2; Almanac does not send the key there.")
                                       .arg(call.path.left(80), base.host());
            return answered(refused);
        }
        provider->authorize(request, key);
    } else {
        if (const QString why = EndpointPolicy::serverUrlRefusal(call.path, base); !why.isEmpty()) {
            HttpReply refused;
            refused.networkError = why;
            return answered(refused);
        }
        request.url = QUrl(call.path, QUrl::StrictMode); // it carries its own authority: never the key
        // A host that hands out addresses must not point the engine at this
        // computer or the local network (unless the host is there itself).
        request.publicHostsOnly = !EndpointPolicy::isLoopback(base);
    }
    request.method = call.method;
    request.body = call.body;
    if (!call.body.isEmpty())
        request.contentType = call.contentType;
    if (!call.idempotencyKey.isEmpty())
        request.headers.append({QByteArrayLiteral("Idempotency-Key"), call.idempotencyKey});
    // QNetworkAccessManager sends a request again by itself when the connection
    // drops before the answer. Without an Idempotency-Key that could make a
    // second copy behind the engine's back: such a body goes as a stream that
    // cannot be rewound, which QNetworkAccessManager does not send twice. The
    // engine then looks for what landed before it sends anything again.
    request.oneShotBody = call.idempotencyKey.isEmpty();
    request.transferTimeoutMs = m_transport->transferTimeoutMs;
    request.deadlineMs = m_transport->deadlineMs;
    limiter.recordSend(QDateTime::currentMSecsSinceEpoch());
    m_transport->http->send(std::move(request), [answered = std::move(answered)](const HttpResponse &response) {
        answered(HttpReply::from(response));
    });
}

} // namespace Almanac
