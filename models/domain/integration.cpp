// SPDX-License-Identifier: GPL-3.0-or-later
#include "integration.h"

#include <QStringList>

namespace Almanac {

QStringList providerNames()
{
    return {QStringLiteral("local"), QStringLiteral("openpost"), QStringLiteral("posteverywhere"),
            QStringLiteral("bundlesocial")};
}

} // namespace Almanac
