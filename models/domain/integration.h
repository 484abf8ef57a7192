// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Almanac {

// A connected account a post can target. Its secret (token, app password) lives
// in the keychain under the integration's id, never here.
struct Integration
{
    QString id;       // user-chosen or remote id: "int_x_abc"
    QString platform; // catalog id: "x"
    QString name;     // display name
    QString handle;   // @account on the platform
    QString provider = QStringLiteral("local"); // openpost, posteverywhere, bundlesocial, local
    QString remoteId;
    QString serviceUrl;
    qint64 createdAt = 0;
};

QStringList providerNames();

} // namespace Almanac
