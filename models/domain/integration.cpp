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

QString providerDisplayName(const QString &provider)
{
    if (provider == u"openpost")
        return QStringLiteral("OpenPost");
    if (provider == u"posteverywhere")
        return QStringLiteral("PostEverywhere");
    if (provider == u"bundlesocial")
        return QStringLiteral("bundle.social");
    return provider;
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

QString platformName(const Integration &in)
{
    const Platform *p = PlatformCatalog::find(in.platform);
    return p ? p->displayName : in.platform;
}

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
    return bounded(o.value(u"max_characters").toInt(), o.value(u"characters_reserved_per_url").toInt(),
                   o.value(u"max_media").toInt());
}

PlatformLimits PlatformLimits::bounded(int maxCharacters, int urlWeight, int maxMedia)
{
    // Nor drop them to nothing: a post of 49 characters, or a link weighing
    // more than 100, is no instance's real limit.
    auto within = [](int value, int least, int most) { return value >= least && value <= most ? value : 0; };
    return {within(maxCharacters, 50, 100000), within(urlWeight, 1, 100), within(maxMedia, 1, 100)};
}

} // namespace Almanac
