// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/integration.h"

#include <QByteArray>
#include <QStringList>

namespace Almanac {

QStringList providerNames()
{
    return {QStringLiteral("local"), QStringLiteral("openpost"), QStringLiteral("posteverywhere"),
            QStringLiteral("bundlesocial")};
}

QByteArray secretVariableSuffix(const QString &name)
{
    QByteArray out;
    for (QChar c : name.toUpper())
        out.append(c.isLetterOrNumber() && c.unicode() < 128 ? char(c.unicode()) : '_');
    return out;
}

bool keepsUrlInKeychain(const QString &platform)
{
    return platform == u"webhook";
}

} // namespace Almanac
