// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/endpointpolicy.h"

#include "models/domain/mediapolicy.h"

namespace Almanac {

QString EndpointPolicy::authority(const QUrl &url)
{
    const int port = url.port();
    return port < 0 ? url.host() : url.host() + u':' + QString::number(port);
}

bool EndpointPolicy::isLoopback(const QUrl &url)
{
    return MediaPolicy::isLoopbackAddress(url.host());
}

bool EndpointPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme().toLower() == u"https" ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && port(a) == port(b);
}

QString EndpointPolicy::endpointRefusal(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return tr("The address is not a full web address; expected one like https://example.com.");
    if (!url.userInfo().isEmpty())
        return tr("The address of %1 carries a user name or password; enter it without them.").arg(url.host());
    if (scheme == u"http" && !isLoopback(url))
        return tr("The address of %1 uses plain http, which would send your key or password unencrypted; use "
                  "https://%1.").arg(authority(url));
    return {};
}

QString EndpointPolicy::loopbackNote(const QUrl &url)
{
    if (url.scheme().toLower() != u"http" || !isLoopback(url))
        return {};
    return tr("Note: %1 is on this computer and is reached without encryption (http).").arg(authority(url));
}

QString EndpointPolicy::serverUrlRefusal(const QString &text, const QUrl &origin)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The server handed back an address that is not a full https:// address.");
    if (!url.userInfo().isEmpty())
        return tr("The server handed back an address for %1 that carries a user name or password; Almanac does "
                  "not follow it.").arg(url.host());
    const QString scheme = url.scheme().toLower();
    // Plain http only between two ends on this computer (a test setup, a local relay).
    if (scheme == u"https" || (scheme == u"http" && isLoopback(url) && origin.isValid() && isLoopback(origin)))
        return {};
    return tr("The server handed back an address for %1 that is not https; Almanac does not follow it.").arg(url.host());
}

} // namespace Almanac
