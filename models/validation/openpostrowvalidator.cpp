// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/openpostrowvalidator.h"

#include "models/validation/bytetext.h"

#include <QJsonDocument>

#include <algorithm>
#include <bitset>

namespace Almanac {

using namespace ByteText;

OpenPostRowValidator::OpenPostRowValidator(const DialectMapping &mapping, ValidationContext context)
    : RowValidator(mapping, std::move(context))
{
}

void OpenPostRowValidator::judge(Fields fields, RowVerdict &v) const
{
    const QByteArrayView content = contentBytes(fields); // as the post will hold it
    if (content.isEmpty())
        error(v, m_content, tr("is empty; every post needs text."));
    resolveTargets(cell(fields, m_integrations), m_integrations, false, v);
    checkSchedule(fields, false, v);
    v.status = v.scheduledAt ? PostStatus::Scheduled : PostStatus::Draft;
    // Almanac's own status column keeps a dated draft a draft.
    if (const QByteArrayView status = trimmed(cell(fields, m_status)); !status.isEmpty()) {
        if (status.compare("draft", Qt::CaseInsensitive) == 0)
            v.status = PostStatus::Draft;
        else if (status.compare("scheduled", Qt::CaseInsensitive) != 0)
            error(v, m_status, tr("%1 is not a status; expected draft or scheduled (or nothing: scheduled when "
                                  "there is a time).").arg(shown(status)));
        else if (!v.scheduledAt && trimmed(cell(fields, m_schedule)).isEmpty())
            error(v, m_status, tr("is scheduled, but %1 is empty; a scheduled post needs a time.").arg(header(m_schedule)));
    }
    prepareDuplicateKeys(fields, v);

    const QStringList &postTypes = PostRules::postTypes();
    const QByteArrayView postType = trimmed(cell(fields, m_postType));
    // One of the shared names, not a string built per row.
    const QString *known = &postTypes.first();
    if (!postType.isEmpty()) {
        const auto found = std::find_if(postTypes.cbegin(), postTypes.cend(), [&](const QString &t) {
            return QLatin1StringView(postType).compare(t, Qt::CaseInsensitive) == 0;
        });
        if (found != postTypes.cend())
            known = &*found;
        else
            error(v, m_postType,
                  tr("%1 is not a post type; expected one of %2.").arg(shown(postType), postTypes.join(QStringLiteral(", "))));
    }
    const QString &type = *known;

    int mediaCount = 0;
    checkMediaList(cell(fields, m_media), m_media, &mediaCount, v);
    static const QString media = QStringLiteral("media");
    const QString &mediaColumn = m_media >= 0 ? header(m_media) : media;

    const std::optional<QJsonObject> overrides = platformObject(fields, m_overrides, &v);
    const std::optional<QJsonObject> settings = platformObject(fields, m_settings, &v);
    std::bitset<PlatformCatalog::MaxCount> checked;
    for (int target : std::as_const(v.targets)) {
        const Platform *p = m_rules.platformOf(target);
        if (!p || (!p->ownLimits && checked.test(size_t(PlatformCatalog::indexOf(*p)))))
            continue;
        if (!p->ownLimits)
            checked.set(size_t(PlatformCatalog::indexOf(*p)));
        m_rules.checkPostType(*p, type, header(m_postType >= 0 ? m_postType : m_content), v);
        const QJsonValue override = overrides ? overrides->value(p->id) : QJsonValue();
        if (!override.isUndefined() && !override.isString())
            error(v, m_overrides, tr("the value for %1 is not text; expected {\"%1\": \"the text\"}.").arg(p->id));
        else if (const QByteArray text = override.toString().trimmed().toUtf8(); !text.isEmpty())
            m_rules.checkText(*p, text, header(m_overrides) + u'.' + p->id, type == u"thread", v);
        else if (!content.isEmpty())
            m_rules.checkText(*p, content, header(m_content), type == u"thread", v);
        m_rules.checkMediaCount(*p, mediaCount, mediaColumn, v);
        if (settings)
            m_rules.checkSettings(*p, settings->value(p->id).toObject(), header(m_settings) + u'.' + p->id + u'.', v);
    }
}

std::optional<QJsonObject> OpenPostRowValidator::platformObject(Fields fields, int column, RowVerdict *v) const
{
    const QByteArrayView raw = trimmed(cell(fields, column));
    if (raw.isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toByteArray(), &parseError);
    if (!doc.isObject()) {
        if (v)
            error(*v, column, tr("%1 is not a JSON object; expected one keyed by platform, e.g. {\"x\": ...}.")
                                  .arg(shown(raw)));
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!PlatformCatalog::find(it.key())) {
            if (v)
                error(*v, column, tr("%1 is not a platform; expected platform ids such as x, bluesky, linkedin.")
                                      .arg(shown(it.key().toUtf8())));
            return std::nullopt;
        }
    }
    return object;
}

Post OpenPostRowValidator::normalize(Fields fields, const RowVerdict &v) const
{
    Post post = basePost(fields, v);
    const QByteArrayView type = trimmed(cell(fields, m_postType));
    if (!type.isEmpty())
        post.postType = QString::fromUtf8(lower(type));
    forEachItem(cell(fields, m_tags), ",;#", [&](QByteArrayView tag) { post.tags.append(QString::fromUtf8(tag)); });
    forEachMediaLink(cell(fields, m_media), true, [&](QByteArrayView url) {
        post.media.append({QString::fromUtf8(url), QString(), QString()});
    });
    if (const auto overrides = platformObject(fields, m_overrides, nullptr))
        post.platformOverrides = *overrides;
    if (const auto settings = platformObject(fields, m_settings, nullptr))
        post.platformSettings = *settings;
    return post;
}

} // namespace Almanac
