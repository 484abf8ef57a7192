// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/integration.h"

#include <QJsonDocument>
#include <QJsonObject>

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

namespace {

QString platformName(const Integration &in)
{
    const Platform *p = PlatformCatalog::find(in.platform);
    return p ? p->displayName : in.platform;
}

} // namespace

QString accountLabel(const Integration &in)
{
    if (!in.handle.isEmpty())
        return in.handle;
    // A name that only repeats the platform's says nothing: the id tells accounts apart then.
    return !in.name.isEmpty() && in.name != platformName(in) ? in.name : in.id;
}

QString destinationName(const Integration &in)
{
    const QString platform = platformName(in);
    return in.handle.isEmpty() ? QStringLiteral("%1 (%2)").arg(platform, accountLabel(in))
                               : QStringLiteral("%1 %2").arg(platform, in.handle);
}

QByteArray PlatformLimits::toJson() const
{
    if (isEmpty())
        return {};
    return QJsonDocument(QJsonObject{{QStringLiteral("max_characters"), maxCharacters},
                                     {QStringLiteral("characters_reserved_per_url"), urlWeight},
                                     {QStringLiteral("max_media"), maxMedia}})
        .toJson(QJsonDocument::Compact);
}

PlatformLimits PlatformLimits::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    // What a server says is bounded: a hostile one must not make every post "valid".
    auto bounded = [&](const char *key, int most) {
        const int value = o.value(QLatin1StringView(key)).toInt();
        return value > 0 && value <= most ? value : 0;
    };
    return {bounded("max_characters", 100000), bounded("characters_reserved_per_url", 1000), bounded("max_media", 100)};
}

} // namespace Almanac
