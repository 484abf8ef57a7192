// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Almanac {

// Which addresses may receive credentials (API keys, tokens, app passwords,
// webhook URLs), and which addresses a server may hand back. The network
// front door (app/net/HttpClient) holds every request to these rules; the
// places where a user types an address check them when it is saved.
class EndpointPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPolicy)

public:
    // Why an endpoint that will receive credentials may not (empty: it may):
    // it must be an absolute https URL without user-info, or http to this
    // computer (127.0.0.0/8, [::1], localhost), which `loopbackNote` says.
    static QString endpointRefusal(const QUrl &url);
    // The visible note for a plain-http endpoint on this computer (empty otherwise).
    static QString loopbackNote(const QUrl &url);
    static bool isLoopback(const QUrl &url);
    // Why a URL a server handed back (an upload slot, a link) may not be used:
    // it must be a whole https address without user-info; plain http only when
    // both it and the server that gave it (`origin`) are on this computer.
    static QString serverUrlRefusal(const QString &url, const QUrl &origin = {});
    // Whether two URLs share scheme, host and port.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // "host" or "host:port": how people tell two servers apart; never the path
    // or query, which may hold a token.
    static QString authority(const QUrl &url);
};

} // namespace Almanac
