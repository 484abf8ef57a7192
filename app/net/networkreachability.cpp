// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/networkreachability.h"

#include <QNetworkInformation>

namespace Almanac::NetworkReachability {

void follow(QObject *receiver, std::function<void(bool reachable)> apply)
{
    if (!QNetworkInformation::loadDefaultBackend() || !QNetworkInformation::instance())
        return;
    auto tell = [receiver, apply = std::move(apply)](QNetworkInformation::Reachability r) {
        const bool reachable = r != QNetworkInformation::Reachability::Disconnected;
        QMetaObject::invokeMethod(receiver, [apply, reachable] { apply(reachable); });
    };
    QObject::connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, receiver, tell);
    tell(QNetworkInformation::instance()->reachability());
}

} // namespace Almanac::NetworkReachability
