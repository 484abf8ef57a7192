// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/integration.h"

#include "models/domain/platform.h"

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

QString destinationName(const Integration &in)
{
    const Platform *p = PlatformCatalog::find(in.platform);
    const QString platform = p ? p->displayName : in.platform;
    if (!in.handle.isEmpty())
        return QStringLiteral("%1 %2").arg(platform, in.handle);
    // A name that only repeats the platform's says nothing: the id tells accounts apart then.
    const bool named = !in.name.isEmpty() && in.name != platform;
    return QStringLiteral("%1 (%2)").arg(platform, named ? in.name : in.id);
}

} // namespace Almanac
