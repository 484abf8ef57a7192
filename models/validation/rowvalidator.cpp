// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/rowvalidator.h"

#include "models/domain/clock.h"
#include "models/domain/mediapolicy.h"
#include "models/validation/bundlerowvalidator.h"
#include "models/validation/bytetext.h"
#include "models/validation/openpostrowvalidator.h"

#include <QUrl>

namespace Almanac {

using namespace ByteText;

namespace {

QStringList bundlePlatformNames()
{
    QStringList names;
    for (const Platform &p : PlatformCatalog::all())
        if (!p.bundleName.isEmpty())
            names.append(p.bundleName);
    return names;
}

} // namespace

std::unique_ptr<RowValidator> RowValidator::create(const DialectMapping &mapping, ValidationContext context)
{
    if (mapping.dialect == CsvDialect::BundleSocial)
        return std::make_unique<BundleRowValidator>(mapping, std::move(context));
    return std::make_unique<OpenPostRowValidator>(mapping, std::move(context));
}

RowValidator::RowValidator(const DialectMapping &mapping, ValidationContext context)
    : m_rules(std::move(context))
    , m_mapping(mapping)
{
    Q_ASSERT(PlatformCatalog::all().size() <= PlatformCatalog::MaxCount);
    m_platformColumns.resize(PlatformCatalog::all().size());
    for (int i = 0; i < m_mapping.columns.size(); ++i) {
        const ColumnBinding &b = m_mapping.columns.at(i);
        auto setOnce = [i](int &slot) {
            if (slot < 0)
                slot = i;
        };
        switch (b.role) {
        case ColumnRole::Content: setOnce(m_content); break;
        case ColumnRole::Text: setOnce(m_content); break;
        case ColumnRole::Integrations: setOnce(m_integrations); break;
        case ColumnRole::SocialAccountTypes: setOnce(m_accounts); break;
        case ColumnRole::ScheduleAt: setOnce(m_schedule); break;
        case ColumnRole::ScheduleDate: setOnce(m_schedule); break;
        case ColumnRole::ScheduleTime: setOnce(m_scheduleTime); break;
        case ColumnRole::PostDate: setOnce(m_schedule); break;
        case ColumnRole::Media: setOnce(m_media); break;
        case ColumnRole::PostType: setOnce(m_postType); break;
        case ColumnRole::Tags: setOnce(m_tags); break;
        case ColumnRole::PlatformOverrides: setOnce(m_overrides); break;
        case ColumnRole::PlatformSettings: setOnce(m_settings); break;
        case ColumnRole::TeamId: setOnce(m_teamId); break;
        case ColumnRole::Title: setOnce(m_title); break;
        case ColumnRole::Status: setOnce(m_status); break;
        case ColumnRole::PlatformText: setOnce(m_platformColumns[PlatformCatalog::indexOf(*b.platform)].text); break;
        case ColumnRole::PlatformMedia: setOnce(m_platformColumns[PlatformCatalog::indexOf(*b.platform)].media); break;
        case ColumnRole::PlatformSetting: {
            PlatformColumns &pc = m_platformColumns[PlatformCatalog::indexOf(*b.platform)];
            if (b.setting->name.endsWith(QLatin1String("Type")) && b.setting->type == SettingType::Enum)
                pc.type = i;
            pc.settings.append(i);
            break;
        }
        case ColumnRole::Ignored: break;
        }
    }

    const QList<Integration> &integrations = m_rules.context().integrations;
    QStringList items;
    for (const Integration &in : integrations) {
        if (items.size() == 8) {
            items.append(tr("and %1 more").arg(integrations.size() - 8));
            break;
        }
        items.append(QStringLiteral("%1 (%2)").arg(in.id, in.platform));
    }
    m_connectedWords = items.isEmpty() ? tr("no account is connected yet; connect one first (File > Publishing "
                                            "Accounts or Hosted Schedulers)")
                                       : tr("connected: %1").arg(items.join(QStringLiteral(", ")));
    for (int i = 0; i < integrations.size(); ++i) {
        const Integration &in = integrations.at(i);
        m_integrationIds.append(in.id.toUtf8());
        m_targetsByName[{in.id.toUtf8()}].append(i); // an id matches as written
        const Platform *p = m_rules.platformOf(i);
        if (!p)
            continue;
        QStringList names = p->aliases;
        names << p->id << p->bundleName;
        for (const QString &n : std::as_const(names)) {
            if (n.isEmpty())
                continue;
            auto &list = m_targetsByName[{n.toLower().toUtf8()}];
            if (!list.contains(i))
                list.append(i);
        }
    }
}

void RowValidator::validate(Fields fields, qint64 row, RowVerdict &v)
{
    judgeRow(fields, row, v);
    checkDuplicates(v);
}

void RowValidator::judgeRow(Fields fields, qint64 row, RowVerdict &v) const
{
    v.reset(row);
    checkFieldCount(fields, v);
    judge(fields, v);
}

void RowValidator::checkFieldCount(Fields fields, RowVerdict &v) const
{
    const qsizetype columns = m_mapping.columns.size();
    if (qsizetype(fields.size()) <= columns)
        return;
    for (size_t i = size_t(columns); i < fields.size(); ++i) {
        if (!trimmed(fields[i]).isEmpty()) {
            v.errors.append({QString(),
                             tr("The row has %1 values but the header has %2 columns; the extra value %3 has no "
                                "column. Quote values that contain the delimiter.")
                                 .arg(fields.size())
                                 .arg(columns)
                                 .arg(shown(fields[i]))});
            return;
        }
    }
}

void RowValidator::resolveTargets(QByteArrayView value, int column, bool bundleNames, RowVerdict &v) const
{
    const QList<Integration> &integrations = context().integrations;
    bool any = false;
    forEachItem(value, ",;", [&](QByteArrayView token) {
        any = true;
        auto found = m_targetsByName.constFind({QByteArray::fromRawData(token.data(), token.size())});
        if (found == m_targetsByName.constEnd())
            found = m_targetsByName.constFind({lower(token)});
        if (found == m_targetsByName.constEnd()) {
            if (const Platform *p = PlatformCatalog::find(token))
                error(v, column,
                      tr("%1 is the platform %2, but no %2 account is connected (%3).")
                          .arg(shown(token), p->displayName, m_connectedWords));
            else
                error(v, column,
                      bundleNames ? tr("%1 is not a platform bundle.social knows; accepted: %2.")
                                        .arg(shown(token), bundlePlatformNames().join(QStringLiteral(", ")))
                                  : tr("%1 is neither a connected integration ID nor a platform name; %2.")
                                        .arg(shown(token), m_connectedWords));
            return;
        }
        if (found->size() > 1) {
            QStringList ids;
            for (int i : *found)
                ids.append(integrations.at(i).id);
            error(v, column,
                  tr("%1 matches %2 connected integrations (%3); name the one you mean by its ID.")
                      .arg(shown(token))
                      .arg(found->size())
                      .arg(ids.join(QStringLiteral(", "))));
            return;
        }
        const int target = found->first();
        if (!v.targets.contains(target))
            v.targets.append(target);
    });
    if (!any)
        error(v, column,
              bundleNames ? tr("is empty; list at least one platform, such as INSTAGRAM,TIKTOK.")
                          : tr("is empty; name at least one integration ID or platform (%1).").arg(m_connectedWords));
}

void RowValidator::checkSchedule(Fields fields, bool required, RowVerdict &v) const
{
    const QByteArrayView date = trimmed(cell(fields, m_schedule));
    const QByteArrayView time = trimmed(cell(fields, m_scheduleTime));
    if (date.isEmpty() && !time.isEmpty()) {
        error(v, m_schedule, tr("is empty, but %1 has a time (%2); give the date it belongs to.")
                                 .arg(header(m_scheduleTime), shown(time)));
        return;
    }
    if (time.isEmpty()) {
        checkScheduleValue(date, m_schedule, required, v); // a date alone takes the default time of day
        return;
    }
    QByteArray joined;
    joined.reserve(date.size() + 1 + time.size());
    joined.append(date).append(' ').append(time);
    // A time that does not read beside a date that does: the time's cell is at fault.
    const DateTimeResolver &dates = m_rules.dates();
    if (dates.resolve(joined).outcome == DateTimeResolver::Outcome::Malformed
        && dates.resolve(date).outcome != DateTimeResolver::Outcome::Malformed) {
        if (date.contains(':')) // the date cell has its own time of day
            error(v, m_scheduleTime, tr("%1 is a time, but %2 has one already (%3); keep the time in one column.")
                                         .arg(shown(time), header(m_schedule), shown(date)));
        else
            error(v, m_scheduleTime, tr("%1 is not a time of day Almanac can read; expected 14:30, 2:30 PM or 9:00.")
                                         .arg(shown(time)));
        return;
    }
    checkScheduleValue(joined, m_schedule, required, v);
}

void RowValidator::checkScheduleValue(QByteArrayView raw, int column, bool required, RowVerdict &v) const
{
    const QByteArrayView value = trimmed(raw);
    if (value.isEmpty()) {
        if (required)
            error(v, column, tr("is empty; expected %1.").arg(DateTimeResolver::acceptedForms(context().now)));
        return;
    }
    const DateTimeResolver &dates = m_rules.dates();
    const DateTimeResolver::Result r = dates.resolve(value);
    auto zone = [&dates] { return QString::fromUtf8(dates.zone().id()); };
    switch (r.outcome) {
    case DateTimeResolver::Outcome::Malformed:
        error(v, column,
              tr("%1 is not a date and time Almanac can read; expected %2.")
                  .arg(shown(value), DateTimeResolver::acceptedForms(context().now)));
        return;
    case DateTimeResolver::Outcome::AmbiguousOrder:
        error(v, column,
              tr("%1 can be read day first or month first, and nothing in the file says which. Choose the date "
                 "order on the mapping page (almanac-cli: --date-order dmy or mdy).")
                  .arg(shown(value)));
        return;
    case DateTimeResolver::Outcome::Nonexistent:
        error(v, column,
              tr("%1 does not exist in %2: the clocks skip that hour for daylight saving time. Pick a time outside "
                 "the gap, or add an offset such as +01:00.")
                  .arg(shown(value), zone()));
        return;
    case DateTimeResolver::Outcome::Ambiguous:
        warning(v, column,
                tr("%1 happens twice in %2 (the clocks go back); Almanac uses the first, %3. Add an offset to pick "
                   "the second (%4).")
                    .arg(shown(value), zone(), isoUtc(r.utc), isoUtc(r.laterUtc)));
        break;
    case DateTimeResolver::Outcome::Ok: break;
    }
    v.scheduledAt = r.utc;
    if (m_rules.isSchedulable(r.utc))
        return; // the usual case: no words to build
    // The value as found, with the UTC instant it resolved to when that differs.
    m_rules.checkInstant(r.utc,
                         value == isoUtcUtf8(r.utc) ? shown(value) : tr("%1 (%2)").arg(shown(value), isoUtc(r.utc)),
                         header(column), v);
}

namespace {

// The usual media link, accepted in one pass: https://, a plain ASCII name
// that starts with a letter and is not localhost, then a path, a query or
// nothing, and no space or control byte. (What mediaLinkRefusal would find
// nothing wrong with, without its several passes: a file lists many.)
bool isPlainHttpsLink(QByteArrayView url)
{
    if (!startsWithNoCase(url, "https://"))
        return false;
    const qsizetype hostStart = 8;
    qsizetype i = hostStart;
    for (; i < url.size(); ++i) {
        const char c = asciiLower(url[i]);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'))
            break;
    }
    const QByteArrayView host = url.sliced(hostStart, i - hostStart);
    if (host.isEmpty() || asciiLower(host.front()) < 'a' || asciiLower(host.front()) > 'z' || host.back() == '.'
        || (host.size() >= 9 && equalsIgnoreCase(host.last(9), u"localhost")))
        return false;
    if (i < url.size() && url[i] != '/' && url[i] != '?' && url[i] != '#')
        return false; // a port, user name or odd character: the careful way
    for (; i < url.size(); ++i)
        if (static_cast<unsigned char>(url[i]) <= ' ')
            return false;
    return true;
}

} // namespace

QString RowValidator::mediaLinkRefusal(QByteArrayView url) const
{
    if (isPlainHttpsLink(url))
        return {};
    const bool allowLocalNetwork = context().allowLocalNetworkMedia;
    // On bytes first: a million rows of ordinary https links cost no QUrl each.
    if (!isHttpUrl(url)) {
        const QString text = QString::fromUtf8(url);
        if (url.startsWith("file:") || url.startsWith('/') || url.startsWith('~'))
            return MediaPolicy::importRefusal(text, allowLocalNetwork) + u'.';
        return tr("%1 is not a media URL; expected an https:// URL.").arg(shown(url));
    }
    const bool https = startsWithNoCase(url, "https://");
    QByteArrayView authority = url.sliced(https ? 8 : 7);
    for (qsizetype i = 0; i < authority.size(); ++i)
        if (authority[i] == '/' || authority[i] == '?' || authority[i] == '#') {
            authority.truncate(i);
            break;
        }
    QByteArrayView host = authority.sliced(authority.lastIndexOf('@') + 1);
    if (const qsizetype colon = host.indexOf(':'); colon >= 0)
        host.truncate(colon);
    if (authority.contains('@'))
        return tr("%1 carries a user name or password; expected a plain https:// link.").arg(shown(host));
    if (!https)
        return tr("%1 is not encrypted; a media link in an imported file must start with https://.").arg(shown(url));
    QByteArrayView name = host;
    while (name.endsWith('.'))
        name.chop(1);
    bool unusual = false; // not a plain ASCII name: a resolver may read it as an address
    for (char c : host)
        unusual = unusual || static_cast<unsigned char>(c) >= 0x80;
    const bool literalOrLocal = unusual || (!host.isEmpty() && host[0] >= '0' && host[0] <= '9')
        || (name.size() >= 9 && equalsIgnoreCase(name.last(9), u"localhost"));
    if (!literalOrLocal)
        return {};
    // As a URL reads it: full-width digits and ideographic dots become 127.0.0.1.
    QString normalised = QUrl(QStringLiteral("https://") + QString::fromUtf8(host)).host();
    if (normalised.isEmpty())
        normalised = QString::fromUtf8(host);
    const QString why = MediaPolicy::hostRefusal(normalised, allowLocalNetwork);
    return why.isEmpty() ? QString() : why + u'.';
}

void RowValidator::checkMediaList(QByteArrayView value, int column, int *count, RowVerdict &v) const
{
    forEachMediaLink(value, m_mapping.dialect == CsvDialect::OpenPost, [&](QByteArrayView url) {
        ++*count;
        if (const QString why = mediaLinkRefusal(url); !why.isEmpty())
            error(v, column, why);
    });
}

QByteArrayView RowValidator::effectiveText(Fields fields, const Platform &platform) const
{
    const QByteArrayView override = textBytes(cell(fields, columnsFor(platform).text));
    return override.isEmpty() ? contentBytes(fields) : override;
}

void RowValidator::prepareDuplicateKeys(Fields fields, RowVerdict &v) const
{
    v.duplicateKeys.clear();
    const qint64 when = v.scheduledAt.value_or(std::numeric_limits<qint64>::min());
    QByteArrayView hashedText;
    quint64 textHash = 0;
    for (int target : v.targets) {
        const Platform *p = m_rules.platformOf(target);
        // The text as the post will hold it, as the store's posts are hashed.
        const QByteArrayView text = p ? effectiveText(fields, *p) : contentBytes(fields);
        if (text.data() != hashedText.data() || text.size() != hashedText.size()) { // targets usually share the text
            hashedText = text;
            textHash = DuplicateIndex::hash(text);
        }
        v.duplicateKeys.append(DuplicateIndex::key(textHash, m_integrationIds.at(target), when));
    }
}

void RowValidator::checkDuplicates(RowVerdict &v) const
{
    // Only a row that would become a post can duplicate one.
    if (!m_duplicates || !v.isValid())
        return;
    for (qsizetype i = 0; i < v.duplicateKeys.size(); ++i) {
        const qint64 seen = m_duplicates->findOrInsert(v.duplicateKeys.at(i), v.row);
        if (seen < 0 || seen == v.row)
            continue;
        const QString &id = context().integrations.at(v.targets.at(i)).id;
        warning(v, m_content,
                seen == DuplicateIndex::StoreRow
                    ? tr("A post with the same text, destination (%1) and time is already in Almanac.").arg(id)
                : seen == DuplicateIndex::UnknownRow
                    ? tr("An earlier row has the same text, destination (%1) and time; this looks like a duplicate.")
                          .arg(id)
                    : tr("Row %1 has the same text, destination (%2) and time; this looks like a duplicate.")
                          .arg(seen)
                          .arg(id));
        return;
    }
}

Post RowValidator::basePost(Fields fields, const RowVerdict &v) const
{
    Post post;
    post.content = QString::fromUtf8(contentBytes(fields));
    post.title = QString::fromUtf8(titleBytes(fields));
    post.scheduledAt = v.scheduledAt;
    post.status = v.status;
    for (int target : v.targets) {
        const Integration &in = context().integrations.at(target);
        PostTarget t;
        t.integrationId = in.id;
        t.platform = in.platform;
        t.status = v.status;
        post.targets.append(t);
    }
    return post;
}

} // namespace Almanac
