// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

namespace Almanac {

// The system's word on the network (QNetworkInformation), for the sync engine:
// while it says there is none, nothing is sent; "unknown" counts as reachable.
namespace NetworkReachability {

// Calls `apply` on `receiver`'s thread now and whenever the word changes, for
// as long as `receiver` lives; does nothing where the platform gives no word
// (failures alone then tell online from offline). Call on the main thread.
void follow(QObject *receiver, std::function<void(bool reachable)> apply);

} // namespace NetworkReachability

} // namespace Almanac
