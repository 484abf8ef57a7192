// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/postrules.h"

#include "models/domain/clock.h"
#include "models/domain/mediapolicy.h"
#include "models/domain/textlength.h"
#include "models/domain/wallclock.h"
#include "models/validation/bytetext.h"

#include <QJsonValue>

#include <bitset>
#include <string_view>

namespace Almanac {

using namespace ByteText;

namespace {

QString countingNote(TextCounting counting)
{
    switch (counting) {
    case TextCounting::XWeighted:
        return PostRules::tr(" as X counts them (each link 23, CJK characters and emoji 2)");
    case TextCounting::GraphemesUrlsAs23: return PostRules::tr(" (each link counts 23)");
    case TextCounting::Graphemes: break;
    }
    return {};
}

} // namespace

Platform withLimits(const Platform &platform, const PlatformLimits &limits)
{
    Platform own = platform;
    own.ownLimits = true;
    if (limits.maxCharacters > 0)
        own.textLimit = limits.maxCharacters;
    if (limits.urlWeight > 0)
        own.urlWeight = limits.urlWeight;
    if (limits.maxMedia > 0)
        own.maxMedia = limits.maxMedia;
    return own;
}

QString PostRules::instantWords(qint64 utc) const
{
    if (!m_context.localTimesInWords)
        return isoUtc(utc);
    const WallClock::Local local = WallClock(m_context.timeZone).toLocal(utc);
    return tr("%1 (%2)").arg(shortDateTime(local.date, local.minute), QString::fromUtf8(m_context.timeZone.id()));
}

PostRules::PostRules(ValidationContext context)
    : m_context(std::move(context))
    , m_dates(m_context.timeZone, m_context.dateOrder, m_context.defaultMinute)
    , m_nowWords(instantWords(m_context.now))
    , m_latestWords(instantWords(m_context.now + qint64(m_context.maxDaysAhead) * 86400))
{
    m_integrationPlatforms.reserve(m_context.integrations.size());
    for (const Integration &in : std::as_const(m_context.integrations)) {
        const Platform *platform = PlatformCatalog::find(in.platform);
        if (platform && !in.limits.isEmpty()) // the account's server says its own limits
            platform = &m_ownLimits.emplace_back(withLimits(*platform, in.limits));
        m_integrationPlatforms.append(platform);
    }
}

const QStringList &PostRules::postTypes()
{
    static const QStringList types{QStringLiteral("post"), QStringLiteral("thread"), QStringLiteral("reel"),
                                   QStringLiteral("story")};
    return types;
}

void PostRules::checkInstant(qint64 utc, const QString &shownValue, const QString &column, RowVerdict &v) const
{
    if (isSchedulable(utc))
        return;
    if (utc <= m_context.now) {
        v.errors.append({column, tr("%1 is in the past; expected a time after now (%2).").arg(shownValue, m_nowWords)});
    } else {
        v.errors.append({column, tr("%1 is more than %2 days ahead; expected a time no later than %3.")
                                     .arg(shownValue, QString::number(m_context.maxDaysAhead), m_latestWords)});
    }
}

void PostRules::checkText(const Platform &platform, QByteArrayView text, const QString &column, bool isThread,
                          RowVerdict &v, QByteArrayView contentWarning) const
{
    // Mastodon counts a post's content warning with its text (StatusLengthValidator); each part carries it.
    const int warning = contentWarning.isEmpty() ? 0 : TextLength::graphemes(contentWarning); // as written: no link or mention rule
    // What to do about it, after the numbers.
    auto nextStep = [&](int partNumber) {
        if (partNumber > 0)
            return tr("Shorten that part, or split it in two.");
        return platform.supportsThreads ? tr("Shorten it, or split it into a thread.")
                                        : tr("Shorten it, or give %1 a shorter text of its own.").arg(platform.displayName);
    };
    auto check = [&](QByteArrayView part, int partNumber) {
        if (platform.isOverBytes(part.size())) {
            // Both of the platform's limits, named: emoji and some scripts take many bytes each.
            const QString message = tr("is %1 characters and %2 bytes long; %3 accepts at most %4 characters and %5 "
                                       "bytes (UTF-8) per post.")
                                        .arg(TextLength::measure(platform, part))
                                        .arg(part.size())
                                        .arg(platform.displayName)
                                        .arg(platform.textLimit)
                                        .arg(platform.byteLimit);
            v.errors.append({column, (partNumber > 0 ? tr("part %1 of the thread %2").arg(partNumber).arg(message) : message)
                                         + u' ' + nextStep(partNumber)});
            return;
        }
        if (!TextLength::mayExceed(platform.counting, part, platform.textLimit - warning, platform.urlWeight))
            return;
        const int length = TextLength::measure(platform, part) + warning;
        if (length <= platform.textLimit)
            return;
        const QString message = partNumber > 0
            ? tr("part %1 of the thread is %2 characters long for %3%4; %3 accepts at most %5 per post.")
                  .arg(partNumber)
                  .arg(length)
                  .arg(platform.displayName, countingNote(platform.counting))
                  .arg(platform.textLimit)
            : tr("is %1 characters long for %2%3; %2 accepts at most %4.")
                  .arg(length)
                  .arg(platform.displayName, countingNote(platform.counting))
                  .arg(platform.textLimit);
        v.errors.append({column, message + u' ' + nextStep(partNumber)});
    };
    // A text with parts is a thread where the platform has threads, whatever the post's type.
    int parts = 0;
    // (string_view's find skips to each '-' with memchr; QByteArrayView's
    // hashes every byte, and most texts have no '-' at all.)
    if (platform.supportsThreads && !isThread
        && std::string_view(text.data(), size_t(text.size())).find("---") != std::string_view::npos)
        forEachThreadPart(text, [&](int part, QByteArrayView) { parts = part; });
    if (platform.supportsThreads && (isThread || parts > 1))
        forEachThreadPart(text, [&](int part, QByteArrayView partText) { check(partText, part); });
    else
        check(text, 0);
}

void PostRules::checkPostType(const Platform &platform, const QString &type, const QString &column,
                              RowVerdict &v) const
{
    if (!platform.acceptsPostType(type))
        v.errors.append({column,
              tr("post type \"%1\" is not accepted by %2; %2 accepts %3.")
                  .arg(type, platform.displayName, platform.postTypes.join(QStringLiteral(", ")))});
}

void PostRules::checkMediaCount(const Platform &platform, int mediaCount, const QString &column,
                                RowVerdict &v) const
{
    if (mediaCount > platform.maxMedia)
        v.errors.append({column, tr("has %1 media URLs; %2 accepts at most %3.")
                                     .arg(mediaCount)
                                     .arg(platform.displayName)
                                     .arg(platform.maxMedia)});
    if (platform.requiresMedia && mediaCount == 0)
        v.errors.append(
            {column, tr("is empty, but %1 needs at least one image or video URL.").arg(platform.displayName)});
}

void PostRules::checkSetting(QByteArrayView raw, const QString &column, const SettingField &field,
                             RowVerdict &v) const
{
    const QByteArrayView value = trimmed(raw);
    if (value.isEmpty())
        return;
    bool ok = true;
    QString accepted;
    switch (field.type) {
    case SettingType::Text:
    case SettingType::TextList: return;
    case SettingType::Boolean:
        ok = value.compare("TRUE", Qt::CaseInsensitive) == 0 || value.compare("FALSE", Qt::CaseInsensitive) == 0;
        accepted = tr("TRUE or FALSE");
        break;
    case SettingType::Enum:
        ok = std::any_of(field.enumValues.cbegin(), field.enumValues.cend(),
                         [&](const QString &e) { return equalsIgnoreCase(value, e); });
        accepted = tr("one of %1").arg(field.enumValues.join(QStringLiteral(", ")));
        break;
    case SettingType::Integer:
        ok = isInteger(value);
        accepted = tr("a whole number");
        break;
    case SettingType::Number:
        ok = isNumber(value);
        accepted = tr("a number such as 0.5");
        break;
    case SettingType::Url:
        ok = isHttpUrl(value);
        accepted = tr("an http:// or https:// URL");
        break;
    case SettingType::Date:
        ok = DateTimeResolver::parseDate(value) || m_dates.resolve(value).outcome == DateTimeResolver::Outcome::Ok;
        accepted = tr("a date such as 2026-05-01 or a date and time such as 2026-05-01T09:00:00Z");
        break;
    }
    if (!ok)
        v.errors.append({column, tr("%1 is not accepted; expected %2.").arg(shown(value), accepted)});
}

void PostRules::checkSettings(const Platform &p, const QJsonObject &settings, const QString &prefix,
                              RowVerdict &v) const
{
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const QString field = prefix + it.key();
        const SettingField *setting = p.setting(it.key());
        if (!setting) {
            v.warnings.append({field, tr("%1 is not a setting of %2; it is kept but not used.")
                                          .arg(shown(it.key().toUtf8()), p.displayName)});
            continue;
        }
        const QJsonValue value = it.value();
        QByteArray bytes;
        if (value.isBool())
            bytes = value.toBool() ? "TRUE" : "FALSE";
        else if (value.isDouble())
            bytes = QByteArray::number(value.toDouble());
        else if (value.isArray())
            continue; // lists hold free text
        else
            bytes = value.toString().toUtf8();
        checkSetting(bytes, field, *setting, v);
    }
}

void PostRules::validatePost(const Post &post, RowVerdict &v) const
{
    v.reset(0);
    const QString integrationsField = QStringLiteral("integrations");
    for (const PostTarget &t : post.targets) {
        const auto found = std::find_if(m_context.integrations.cbegin(), m_context.integrations.cend(),
                                        [&](const Integration &in) { return in.id == t.integrationId; });
        if (found == m_context.integrations.cend())
            v.errors.append({integrationsField, tr("%1 is not a connected account.").arg(shown(t.integrationId.toUtf8()))});
        else if (!v.targets.contains(int(found - m_context.integrations.cbegin())))
            v.targets.append(int(found - m_context.integrations.cbegin()));
    }
    if (post.targets.isEmpty())
        v.errors.append({integrationsField, tr("no account is chosen; choose at least one to post to.")});

    v.scheduledAt = post.scheduledAt;
    v.status = post.scheduledAt ? PostStatus::Scheduled : PostStatus::Draft;
    if (post.scheduledAt)
        checkInstant(*post.scheduledAt, instantWords(*post.scheduledAt), QStringLiteral("schedule_at"), v);

    const QString typeField = QStringLiteral("post_type");
    if (!postTypes().contains(post.postType))
        v.errors.append({typeField, tr("%1 is not a post type; expected one of %2.")
                                        .arg(shown(post.postType.toUtf8()), postTypes().join(QStringLiteral(", ")))});

    const QString mediaField = QStringLiteral("media");
    for (const MediaRef &m : post.media) {
        const QByteArray url = m.url.toUtf8();
        if (m_context.importedMedia) {
            if (const QString why = MediaPolicy::importRefusal(m.url, m_context.allowLocalNetworkMedia, m_context.confirmedFiles);
                !why.isEmpty())
                v.errors.append({mediaField, why + u'.'});
        } else if (!isHttpUrl(url) && !url.startsWith("file:///")) {
            v.errors.append({mediaField, tr("%1 is not a media URL; expected an http:// or https:// URL or a file.")
                                             .arg(shown(url))});
        }
    }

    const QByteArray base = post.content.trimmed().toUtf8();
    std::bitset<PlatformCatalog::MaxCount> checked;
    for (int target : std::as_const(v.targets)) {
        const Platform *p = platformOf(target);
        // Once per platform; an account with its server's own limits is judged by them on its own.
        if (!p || (!p->ownLimits && checked.test(size_t(PlatformCatalog::indexOf(*p)))))
            continue;
        if (!p->ownLimits)
            checked.set(size_t(PlatformCatalog::indexOf(*p)));
        const QString override = post.platformOverrides.value(p->id).toString().trimmed();
        const QByteArray text = override.isEmpty() ? base : override.toUtf8();
        const QJsonObject settings = post.platformSettings.value(p->id).toObject();
        if (text.isEmpty())
            v.errors.append({QStringLiteral("content"), tr("is empty; every post needs text.")});
        else
            checkText(*p, text, p->id, post.postType == u"thread", v,
                      settings.value(u"spoiler_text").toString().trimmed().toUtf8());
        checkPostType(*p, post.postType, typeField, v);
        const int mediaCount = int(std::count_if(post.media.cbegin(), post.media.cend(), [p](const MediaRef &m) {
            return m.platform.isEmpty() || m.platform == p->id;
        }));
        checkMediaCount(*p, mediaCount, mediaField, v);
        checkSettings(*p, settings, p->id + u'.', v);
    }
    // One message per field is enough when several platforms share the base text.
    QList<RowIssue> unique;
    for (const RowIssue &issue : std::as_const(v.errors))
        if (!unique.contains(issue))
            unique.append(issue);
    v.errors = unique;
}

} // namespace Almanac
