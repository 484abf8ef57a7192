// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/post.h"

#include <QCoreApplication>

namespace Almanac {

namespace {
constexpr const char *statusNames[] = {"draft", "scheduled", "publishing", "published", "failed", "cancelled"};
}

QString postStatusName(PostStatus status)
{
    return QString::fromLatin1(postStatusKey(status));
}

QByteArrayView postStatusKey(PostStatus status)
{
    return QByteArrayView(statusNames[int(status)]);
}

std::optional<PostStatus> postStatusFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(statusNames)); ++i)
        if (name.compare(QLatin1StringView(statusNames[i]), Qt::CaseInsensitive) == 0)
            return PostStatus(i);
    return std::nullopt;
}

QString postStatusLabel(PostStatus status)
{
    switch (status) {
    case PostStatus::Draft: return QCoreApplication::translate("Almanac", "Draft");
    case PostStatus::Scheduled: return QCoreApplication::translate("Almanac", "Scheduled");
    case PostStatus::Publishing: return QCoreApplication::translate("Almanac", "Publishing");
    case PostStatus::Published: return QCoreApplication::translate("Almanac", "Published");
    case PostStatus::Failed: return QCoreApplication::translate("Almanac", "Failed");
    case PostStatus::Cancelled: return QCoreApplication::translate("Almanac", "Cancelled");
    }
    return {};
}

QStringList postStatusNames()
{
    QStringList out;
    for (const char *n : statusNames)
        out.append(QString::fromLatin1(n));
    return out;
}

QString Post::effectiveText(const QString &platform) const
{
    const QJsonValue override = platformOverrides.value(platform);
    return override.isString() ? override.toString() : content;
}

} // namespace Almanac
