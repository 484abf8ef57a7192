// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/bundlerowvalidator.h"

#include "models/validation/bytetext.h"

#include <QJsonArray>

#include <bitset>

namespace Almanac {

using namespace ByteText;

namespace {

// A bundle.social <prefix>Type value as an Almanac post type.
QString postTypeOfBundleType(QStringView type)
{
    if (type.compare(u"REEL", Qt::CaseInsensitive) == 0 || type.compare(u"SHORT", Qt::CaseInsensitive) == 0)
        return QStringLiteral("reel");
    if (type.compare(u"STORY", Qt::CaseInsensitive) == 0)
        return QStringLiteral("story");
    return QStringLiteral("post");
}

// A setting's cell as the JSON value Almanac keeps.
QJsonValue settingValue(const SettingField &field, QByteArrayView value)
{
    switch (field.type) {
    case SettingType::Boolean: return value.compare("TRUE", Qt::CaseInsensitive) == 0;
    case SettingType::Enum: return QString::fromUtf8(value).toUpper();
    case SettingType::Integer: return QString::fromUtf8(value).toLongLong();
    case SettingType::Number: return QString::fromUtf8(value).toDouble();
    case SettingType::TextList: {
        QJsonArray items;
        forEachItem(value, "#", [&](QByteArrayView item) { items.append(QString::fromUtf8(item)); });
        return items;
    }
    default: return QString::fromUtf8(value);
    }
}

} // namespace

BundleRowValidator::BundleRowValidator(const DialectMapping &mapping, ValidationContext context)
    : RowValidator(mapping, std::move(context))
{
}

void BundleRowValidator::judge(Fields fields, RowVerdict &v) const
{
    if (trimmed(cell(fields, m_teamId)).isEmpty())
        error(v, m_teamId, tr("is empty; every row needs the bundle.social team ID."));
    if (trimmed(cell(fields, m_title)).isEmpty())
        error(v, m_title, tr("is empty; every row needs an internal title."));
    checkSchedule(fields, true, v);

    const QByteArrayView status = trimmed(cell(fields, m_status));
    if (status.compare("SCHEDULED", Qt::CaseInsensitive) == 0)
        v.status = PostStatus::Scheduled;
    else if (status.compare("DRAFT", Qt::CaseInsensitive) == 0)
        v.status = PostStatus::Draft;
    else
        error(v, m_status,
              status.isEmpty() ? tr("is empty; expected DRAFT or SCHEDULED.")
                               : tr("%1 is not a status; expected DRAFT or SCHEDULED.").arg(shown(status)));

    resolveTargets(cell(fields, m_accounts), m_accounts, true, v);
    prepareDuplicateKeys(fields, v);
    std::bitset<PlatformCatalog::MaxCount> targeted;
    for (int target : std::as_const(v.targets))
        if (const Platform *p = m_rules.platformOf(target))
            targeted.set(size_t(PlatformCatalog::indexOf(*p)));

    const QList<Platform> &platforms = PlatformCatalog::all();
    for (int pi = 0; pi < platforms.size(); ++pi) {
        const Platform &p = platforms.at(pi);
        const PlatformColumns &pc = m_platformColumns.at(pi);
        int mediaCount = 0;
        checkMediaList(cell(fields, pc.media), pc.media, &mediaCount, v);
        for (int column : pc.settings)
            m_rules.checkSetting(cell(fields, column), header(column), *m_mapping.columns.at(column).setting, v);

        if (!targeted.test(size_t(pi))) {
            QStringList filled;
            for (int column : {pc.text, pc.media})
                if (!trimmed(cell(fields, column)).isEmpty())
                    filled.append(header(column));
            for (int column : pc.settings)
                if (!trimmed(cell(fields, column)).isEmpty())
                    filled.append(header(column));
            if (!filled.isEmpty())
                warning(v, m_accounts,
                        tr("%1 filled in, but %2 is not in socialAccountTypes; those values are not used.")
                            .arg(filled.join(QStringLiteral(", ")), p.bundleName));
            continue;
        }

        const QString mediaColumn = pc.media >= 0 ? header(pc.media) : p.bundlePrefix + QStringLiteral("MediaUrls");
        const QByteArrayView text = effectiveText(fields, p);
        const int textColumn = textBytes(cell(fields, pc.text)).isEmpty() ? m_content : pc.text;
        QString type = QStringLiteral("post");
        if (pc.type >= 0 && !trimmed(cell(fields, pc.type)).isEmpty())
            type = postTypeOfBundleType(QString::fromUtf8(trimmed(cell(fields, pc.type))));
        if (text.isEmpty() && mediaCount == 0) {
            v.errors.append({m_content >= 0 ? header(m_content) : QStringLiteral("text"),
                             tr("is empty, and so is %1: a post to %2 needs text or media.")
                                 .arg(p.bundlePrefix + QStringLiteral("Text"), p.displayName)});
        } else if (!text.isEmpty()) {
            QByteArrayView contentWarning; // mastodonSpoiler: Mastodon counts it with the text
            for (int column : pc.settings)
                if (m_mapping.columns.at(column).setting->name.endsWith(QLatin1String("Spoiler")))
                    contentWarning = trimmed(cell(fields, column));
            m_rules.checkText(p, text, textColumn >= 0 ? header(textColumn) : QStringLiteral("text"), false, v,
                              contentWarning);
        }
        m_rules.checkMediaCount(p, mediaCount, mediaColumn, v);
        m_rules.checkPostType(p, type, header(pc.type), v);
    }
}

Post BundleRowValidator::normalize(Fields fields, const RowVerdict &v) const
{
    Post post = basePost(fields, v);
    std::bitset<PlatformCatalog::MaxCount> read;
    for (const PostTarget &target : std::as_const(post.targets)) {
        const Platform *p = PlatformCatalog::find(target.platform);
        // Two accounts of one platform share its columns: read them once.
        if (!p || read.test(size_t(PlatformCatalog::indexOf(*p))))
            continue;
        read.set(size_t(PlatformCatalog::indexOf(*p)));
        const PlatformColumns &pc = columnsFor(*p);
        const QByteArrayView override = textBytes(cell(fields, pc.text));
        if (!override.isEmpty())
            post.platformOverrides.insert(p->id, QString::fromUtf8(override));
        forEachMediaLink(cell(fields, pc.media), false, [&](QByteArrayView url) {
            post.media.append({QString::fromUtf8(url), p->id, QString()});
        });
        QJsonObject settings;
        for (int column : pc.settings)
            if (const QByteArrayView value = trimmed(cell(fields, column)); !value.isEmpty()) {
                const SettingField &field = *m_mapping.columns.at(column).setting;
                settings.insert(field.name, settingValue(field, value));
            }
        if (!settings.isEmpty())
            post.platformSettings.insert(p->id, settings);
    }
    return post;
}

} // namespace Almanac
