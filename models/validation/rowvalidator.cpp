// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/rowvalidator.h"

#include "models/domain/mediapolicy.h"

#include "models/csv/csvwriter.h"

#include "models/domain/clock.h"
#include "models/domain/textlength.h"
#include "models/validation/duplicateindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <bitset>

namespace Almanac {

namespace {

constexpr int MaxPlatforms = 64;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

// Splits on any of the separator bytes, trims each piece, skips empty ones.
template<typename Fn>
void forEachItem(QByteArrayView v, QByteArrayView separators, Fn fn)
{
    auto isSeparator = [separators](char c) {
        for (char s : separators)
            if (c == s)
                return true;
        return false;
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i <= v.size(); ++i) {
        if (i == v.size() || isSeparator(v[i])) {
            const QByteArrayView item = trimmed(v.sliced(start, i - start));
            if (!item.isEmpty())
                fn(item);
            start = i + 1;
        }
    }
}

// A value as messages show it: in quotes, cut short when long.
QString shown(QByteArrayView v)
{
    QString s = QString::fromUtf8(v);
    if (s.size() > 60)
        s = s.left(57) + QStringLiteral("…");
    s.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    return u'"' + s + u'"';
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

QByteArray lower(QByteArrayView v)
{
    QByteArray out(v.data(), v.size());
    for (char &c : out)
        c = asciiLower(c);
    return out;
}

bool equalsIgnoreCase(QByteArrayView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char16_t bc = b[i].unicode();
        if (bc > 0x7F || asciiLower(a[i]) != asciiLower(char(bc)))
            return false;
    }
    return true;
}

bool isHttpUrl(QByteArrayView u)
{
    qsizetype i;
    if (u.size() > 8 && u.first(8).compare("https://", Qt::CaseInsensitive) == 0)
        i = 8;
    else if (u.size() > 7 && u.first(7).compare("http://", Qt::CaseInsensitive) == 0)
        i = 7;
    else
        return false;
    const qsizetype hostStart = i;
    while (i < u.size()) {
        const char c = u[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
              || static_cast<unsigned char>(c) >= 0x80))
            break;
        ++i;
    }
    if (i == hostStart || u[hostStart] == '.' || u[i - 1] == '.')
        return false;
    if (i < u.size() && u[i] != ':' && u[i] != '/' && u[i] != '?' && u[i] != '#')
        return false;
    for (; i < u.size(); ++i)
        if (static_cast<unsigned char>(u[i]) <= ' ')
            return false;
    return true;
}

bool isInteger(QByteArrayView v)
{
    qsizetype i = !v.isEmpty() && (v[0] == '-' || v[0] == '+') ? 1 : 0;
    if (i == v.size())
        return false;
    for (; i < v.size(); ++i)
        if (v[i] < '0' || v[i] > '9')
            return false;
    return true;
}

bool isNumber(QByteArrayView v)
{
    const qsizetype dot = v.indexOf('.');
    if (dot < 0)
        return isInteger(v);
    const QByteArrayView whole = v.first(dot), fraction = v.sliced(dot + 1);
    return (whole.isEmpty() || whole == "-" || isInteger(whole)) && !fraction.isEmpty() && isInteger(fraction)
        && fraction[0] != '-' && fraction[0] != '+';
}

// Thread parts are separated by a line holding only "---".
template<typename Fn>
void forEachThreadPart(QByteArrayView text, Fn fn)
{
    int part = 1;
    qsizetype start = 0, lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n')
            continue;
        if (trimmed(text.sliced(lineStart, i - lineStart)) == "---") {
            fn(part++, trimmed(text.sliced(start, lineStart - start)));
            start = qMin(i + 1, text.size());
        }
        lineStart = i + 1;
    }
    fn(part, trimmed(text.sliced(start)));
}

QString countingNote(TextCounting counting)
{
    switch (counting) {
    case TextCounting::XWeighted:
        return RowValidator::tr(" as X counts them (each link 23, CJK characters and emoji 2)");
    case TextCounting::GraphemesUrlsAs23: return RowValidator::tr(" (each link counts 23)");
    case TextCounting::Graphemes: break;
    }
    return {};
}

int catalogIndex(const Platform &p)
{
    return int(&p - PlatformCatalog::all().constData());
}

const QStringList &openPostTypes()
{
    static const QStringList types{QStringLiteral("post"), QStringLiteral("thread"), QStringLiteral("reel"),
                                   QStringLiteral("story")};
    return types;
}

QStringList bundlePlatformNames()
{
    QStringList names;
    for (const Platform &p : PlatformCatalog::all())
        if (!p.bundleName.isEmpty())
            names.append(p.bundleName);
    return names;
}

// A bundle.social <prefix>Type value as an Almanac post type.
QString postTypeOfBundleType(QStringView type)
{
    if (type.compare(u"REEL", Qt::CaseInsensitive) == 0 || type.compare(u"SHORT", Qt::CaseInsensitive) == 0)
        return QStringLiteral("reel");
    if (type.compare(u"STORY", Qt::CaseInsensitive) == 0)
        return QStringLiteral("story");
    return QStringLiteral("post");
}

} // namespace

QString joinIssues(const QList<RowIssue> &issues, const QString &separator)
{
    QStringList lines;
    for (const RowIssue &i : issues)
        lines.append(i.column.isEmpty() ? i.message : i.column + QStringLiteral(": ") + i.message);
    return lines.join(separator);
}

void RowVerdict::reset(qint64 rowNumber)
{
    row = rowNumber;
    errors.clear();
    warnings.clear();
    scheduledAt.reset();
    status = PostStatus::Draft;
    targets.clear();
}

RowValidator::RowValidator(const DialectMapping &mapping, ValidationContext context)
    : m_mapping(mapping)
    , m_context(std::move(context))
    , m_dates(m_context.timeZone)
{
    Q_ASSERT(PlatformCatalog::all().size() <= MaxPlatforms);
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
        case ColumnRole::PostDate: setOnce(m_schedule); break;
        case ColumnRole::Media: setOnce(m_media); break;
        case ColumnRole::PostType: setOnce(m_postType); break;
        case ColumnRole::Tags: setOnce(m_tags); break;
        case ColumnRole::PlatformOverrides: setOnce(m_overrides); break;
        case ColumnRole::PlatformSettings: setOnce(m_settings); break;
        case ColumnRole::TeamId: setOnce(m_teamId); break;
        case ColumnRole::Title: setOnce(m_title); break;
        case ColumnRole::Status: setOnce(m_status); break;
        case ColumnRole::PlatformText: setOnce(m_platformColumns[catalogIndex(*b.platform)].text); break;
        case ColumnRole::PlatformMedia: setOnce(m_platformColumns[catalogIndex(*b.platform)].media); break;
        case ColumnRole::PlatformSetting: {
            PlatformColumns &pc = m_platformColumns[catalogIndex(*b.platform)];
            if (b.setting->name.endsWith(QLatin1String("Type")) && b.setting->type == SettingType::Enum)
                pc.type = i;
            pc.settings.append(i);
            break;
        }
        case ColumnRole::Ignored: break;
        }
    }

    for (int i = 0; i < m_context.integrations.size(); ++i) {
        const Integration &in = m_context.integrations.at(i);
        m_integrationIds.append(in.id.toUtf8());
        m_targetsByName[{in.id.toUtf8()}].append(i); // an id matches as written
        const Platform *p = PlatformCatalog::find(in.platform);
        m_integrationPlatforms.append(p);
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

QByteArrayView RowValidator::cell(Fields fields, int column) const
{
    // A cell an export neutralized for spreadsheets ("'=...") means what it said before.
    return column >= 0 && size_t(column) < fields.size() ? CsvWriter::unneutralized(fields[size_t(column)])
                                                         : QByteArrayView();
}

QString RowValidator::header(int column) const
{
    return column >= 0 && column < m_mapping.columns.size() ? m_mapping.columns.at(column).header : QString();
}

void RowValidator::error(RowVerdict &v, int column, const QString &message) const
{
    v.errors.append({header(column), message});
}

void RowValidator::warning(RowVerdict &v, int column, const QString &message) const
{
    v.warnings.append({header(column), message});
}

const RowValidator::PlatformColumns &RowValidator::columnsFor(const Platform &platform) const
{
    return m_platformColumns.at(catalogIndex(platform));
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
    auto connected = [this]() {
        QStringList items;
        for (const Integration &in : m_context.integrations) {
            if (items.size() == 8) {
                items.append(tr("and %1 more").arg(m_context.integrations.size() - 8));
                break;
            }
            items.append(QStringLiteral("%1 (%2)").arg(in.id, in.platform));
        }
        return items.isEmpty() ? tr("no integration is connected yet; add one with `almanac-cli integrations add`")
                               : tr("connected: %1").arg(items.join(QStringLiteral(", ")));
    };

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
                          .arg(shown(token), p->displayName, connected()));
            else
                error(v, column,
                      bundleNames ? tr("%1 is not a platform bundle.social knows; accepted: %2.")
                                        .arg(shown(token), bundlePlatformNames().join(QStringLiteral(", ")))
                                  : tr("%1 is neither a connected integration ID nor a platform name; %2.")
                                        .arg(shown(token), connected()));
            return;
        }
        if (found->size() > 1) {
            QStringList ids;
            for (int i : *found)
                ids.append(m_context.integrations.at(i).id);
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
                          : tr("is empty; name at least one integration ID or platform (%1).").arg(connected()));
}

void RowValidator::checkSchedule(QByteArrayView raw, int column, bool required, RowVerdict &v)
{
    const QByteArrayView value = trimmed(raw);
    if (value.isEmpty()) {
        if (required)
            error(v, column, tr("is empty; expected %1.").arg(DateTimeResolver::acceptedForms()));
        return;
    }
    const DateTimeResolver::Result r = m_dates.resolve(value);
    auto zone = [this] { return QString::fromUtf8(m_dates.zone().id()); };
    switch (r.outcome) {
    case DateTimeResolver::Outcome::Malformed:
        error(v, column,
              tr("%1 is not a date and time Almanac can read; expected %2.")
                  .arg(shown(value), DateTimeResolver::acceptedForms()));
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
    // The value as found, with the UTC instant it resolved to when that differs.
    checkInstant(r.utc, value == isoUtcUtf8(r.utc) ? shown(value) : tr("%1 (%2)").arg(shown(value), isoUtc(r.utc)),
                 header(column), v);
}

void RowValidator::checkInstant(qint64 utc, const QString &shownValue, const QString &column, RowVerdict &v) const
{
    if (utc <= m_context.now) {
        v.errors.append({column, tr("%1 is in the past; expected a time after now (%2).").arg(shownValue, isoUtc(m_context.now))});
    } else if (utc > m_context.now + qint64(m_context.maxDaysAhead) * 86400) {
        v.errors.append({column, tr("%1 is more than %2 days ahead; expected a time no later than %3.")
                                     .arg(shownValue)
                                     .arg(m_context.maxDaysAhead)
                                     .arg(isoUtc(m_context.now + qint64(m_context.maxDaysAhead) * 86400))});
    }
}

QString RowValidator::mediaLinkRefusal(QByteArrayView url) const
{
    // On bytes first: a million rows of ordinary https links cost no QUrl each.
    if (!isHttpUrl(url)) {
        const QString text = QString::fromUtf8(url);
        if (url.startsWith("file:") || url.startsWith('/') || url.startsWith('~'))
            return MediaPolicy::importRefusal(text, m_context.allowLocalNetworkMedia) + u'.';
        return tr("%1 is not a media URL; expected an https:// URL.").arg(shown(url));
    }
    const bool https = url.first(8).compare("https://", Qt::CaseInsensitive) == 0;
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
        || (name.size() >= 9 && name.last(9).compare("localhost", Qt::CaseInsensitive) == 0);
    if (!literalOrLocal)
        return {};
    // As a URL reads it: full-width digits and ideographic dots become 127.0.0.1.
    QString normalised = QUrl(QStringLiteral("https://") + QString::fromUtf8(host)).host();
    if (normalised.isEmpty())
        normalised = QString::fromUtf8(host);
    const QString why = MediaPolicy::hostRefusal(normalised, m_context.allowLocalNetworkMedia);
    return why.isEmpty() ? QString() : why + u'.';
}

void RowValidator::checkMediaList(QByteArrayView value, int column, int *count, RowVerdict &v) const
{
    const QByteArrayView separators = m_mapping.dialect == CsvDialect::OpenPost ? QByteArrayView("# \t\r\n")
                                                                                : QByteArrayView("#");
    forEachItem(value, separators, [&](QByteArrayView url) {
        ++*count;
        if (const QString why = mediaLinkRefusal(url); !why.isEmpty())
            error(v, column, why);
    });
}

void RowValidator::checkText(const Platform &platform, QByteArrayView text, const QString &column, bool isThread,
                             RowVerdict &v) const
{
    auto check = [&](QByteArrayView part, int partNumber) {
        if (!TextLength::mayExceed(platform.counting, part, platform.textLimit))
            return;
        const int length = TextLength::measure(platform.counting, part);
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
        v.errors.append({column, message});
    };
    if (isThread && platform.supportsThreads)
        forEachThreadPart(text, [&](int part, QByteArrayView partText) { check(partText, part); });
    else
        check(text, 0);
}

void RowValidator::checkPostType(const Platform &platform, const QString &type, const QString &column,
                                 RowVerdict &v) const
{
    if (!platform.acceptsPostType(type))
        v.errors.append({column,
              tr("post type \"%1\" is not accepted by %2; %2 accepts %3.")
                  .arg(type, platform.displayName, platform.postTypes.join(QStringLiteral(", ")))});
}

void RowValidator::checkMediaCount(const Platform &platform, int mediaCount, const QString &column,
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

void RowValidator::checkSetting(QByteArrayView raw, const QString &column, const SettingField &field,
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

QByteArrayView RowValidator::effectiveText(Fields fields, const Platform &platform) const
{
    const QByteArrayView override = trimmed(cell(fields, columnsFor(platform).text));
    return override.isEmpty() ? trimmed(cell(fields, m_content)) : override;
}

void RowValidator::prepareDuplicateKeys(Fields fields, const RowVerdict &v)
{
    m_duplicateKeys.clear();
    if (!m_duplicates)
        return;
    const qint64 when = v.scheduledAt.value_or(std::numeric_limits<qint64>::min());
    QByteArrayView hashedText;
    quint64 textHash = 0;
    for (int target : v.targets) {
        const Platform *p = m_integrationPlatforms.at(target);
        const QByteArrayView text = p ? effectiveText(fields, *p) : trimmed(cell(fields, m_content));
        if (text.data() != hashedText.data() || text.size() != hashedText.size()) { // targets usually share the text
            hashedText = text;
            textHash = DuplicateIndex::hash(text);
        }
        const quint64 key = DuplicateIndex::key(textHash, m_integrationIds.at(target), when);
        m_duplicates->prefetch(key);
        m_duplicateKeys.append(key);
    }
}

void RowValidator::checkDuplicates(RowVerdict &v) const
{
    // Only a row that would become a post can duplicate one.
    if (!m_duplicates || !v.isValid())
        return;
    for (qsizetype i = 0; i < m_duplicateKeys.size(); ++i) {
        const qint64 seen = m_duplicates->findOrInsert(m_duplicateKeys.at(i), v.row);
        if (seen < 0 || seen == v.row)
            continue;
        const QString &id = m_context.integrations.at(v.targets.at(i)).id;
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

void RowValidator::validate(Fields fields, qint64 row, RowVerdict &v)
{
    v.reset(row);
    checkFieldCount(fields, v);
    if (m_mapping.dialect == CsvDialect::OpenPost)
        validateOpenPost(fields, v);
    else
        validateBundle(fields, v);
    checkDuplicates(v);
}

void RowValidator::validateOpenPost(Fields fields, RowVerdict &v)
{
    const QByteArrayView content = trimmed(cell(fields, m_content));
    if (content.isEmpty())
        error(v, m_content, tr("is empty; every post needs text."));
    resolveTargets(cell(fields, m_integrations), m_integrations, false, v);
    checkSchedule(cell(fields, m_schedule), m_schedule, false, v);
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

    const QByteArrayView postType = trimmed(cell(fields, m_postType));
    QString type = QStringLiteral("post");
    if (!postType.isEmpty()) {
        type = QString::fromUtf8(lower(postType));
        if (!openPostTypes().contains(type)) {
            error(v, m_postType,
                  tr("%1 is not a post type; expected one of %2.")
                      .arg(shown(postType), openPostTypes().join(QStringLiteral(", "))));
            type = QStringLiteral("post");
        }
    }

    int mediaCount = 0;
    checkMediaList(cell(fields, m_media), m_media, &mediaCount, v);
    const QString mediaColumn = m_media >= 0 ? header(m_media) : QStringLiteral("media");

    const std::optional<QJsonObject> overrides = platformObject(fields, m_overrides, &v);
    const std::optional<QJsonObject> settings = platformObject(fields, m_settings, &v);
    std::bitset<MaxPlatforms> checked;
    for (int target : std::as_const(v.targets)) {
        const Platform *p = m_integrationPlatforms.at(target);
        if (!p || checked.test(size_t(catalogIndex(*p))))
            continue;
        checked.set(size_t(catalogIndex(*p)));
        checkPostType(*p, type, header(m_postType >= 0 ? m_postType : m_content), v);
        const QJsonValue override = overrides ? overrides->value(p->id) : QJsonValue();
        if (!override.isUndefined() && !override.isString())
            error(v, m_overrides, tr("the value for %1 is not text; expected {\"%1\": \"the text\"}.").arg(p->id));
        else if (const QByteArray text = override.toString().trimmed().toUtf8(); !text.isEmpty())
            checkText(*p, text, header(m_overrides) + u'.' + p->id, type == u"thread", v);
        else if (!content.isEmpty())
            checkText(*p, content, header(m_content), type == u"thread", v);
        checkMediaCount(*p, mediaCount, mediaColumn, v);
        if (settings)
            checkSettings(*p, settings->value(p->id).toObject(), header(m_settings) + u'.' + p->id + u'.', v);
    }
}

std::optional<QJsonObject> RowValidator::platformObject(Fields fields, int column, RowVerdict *v) const
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

void RowValidator::checkSettings(const Platform &p, const QJsonObject &settings, const QString &prefix,
                                 RowVerdict &v) const
{
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const QString field = prefix + it.key();
        const SettingField *setting = p.openPostSetting(it.key());
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

void RowValidator::validateBundle(Fields fields, RowVerdict &v)
{
    if (trimmed(cell(fields, m_teamId)).isEmpty())
        error(v, m_teamId, tr("is empty; every row needs the bundle.social team ID."));
    if (trimmed(cell(fields, m_title)).isEmpty())
        error(v, m_title, tr("is empty; every row needs an internal title."));
    checkSchedule(cell(fields, m_schedule), m_schedule, true, v);

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
    std::bitset<MaxPlatforms> targeted;
    for (int target : std::as_const(v.targets))
        if (const Platform *p = m_integrationPlatforms.at(target))
            targeted.set(size_t(catalogIndex(*p)));

    const QList<Platform> &platforms = PlatformCatalog::all();
    for (int pi = 0; pi < platforms.size(); ++pi) {
        const Platform &p = platforms.at(pi);
        const PlatformColumns &pc = m_platformColumns.at(pi);
        int mediaCount = 0;
        checkMediaList(cell(fields, pc.media), pc.media, &mediaCount, v);
        for (int column : pc.settings)
            checkSetting(cell(fields, column), header(column), *m_mapping.columns.at(column).setting, v);

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
        const int textColumn = trimmed(cell(fields, pc.text)).isEmpty() ? m_content : pc.text;
        QString type = QStringLiteral("post");
        if (pc.type >= 0 && !trimmed(cell(fields, pc.type)).isEmpty())
            type = postTypeOfBundleType(QString::fromUtf8(trimmed(cell(fields, pc.type))));
        if (text.isEmpty() && mediaCount == 0) {
            v.errors.append({m_content >= 0 ? header(m_content) : QStringLiteral("text"),
                             tr("is empty, and so is %1: a post to %2 needs text or media.")
                                 .arg(p.bundlePrefix + QStringLiteral("Text"), p.displayName)});
        } else if (!text.isEmpty()) {
            checkText(p, text, textColumn >= 0 ? header(textColumn) : QStringLiteral("text"), false, v);
        }
        checkMediaCount(p, mediaCount, mediaColumn, v);
        checkPostType(p, type, header(pc.type), v);
    }
}

void RowValidator::validatePost(const Post &post, RowVerdict &v) const
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
        checkInstant(*post.scheduledAt, isoUtc(*post.scheduledAt), QStringLiteral("schedule_at"), v);

    const QString typeField = QStringLiteral("post_type");
    if (!openPostTypes().contains(post.postType))
        v.errors.append({typeField, tr("%1 is not a post type; expected one of %2.")
                                        .arg(shown(post.postType.toUtf8()), openPostTypes().join(QStringLiteral(", ")))});

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
    std::bitset<MaxPlatforms> checked;
    for (int target : std::as_const(v.targets)) {
        const Platform *p = m_integrationPlatforms.at(target);
        if (!p || checked.test(size_t(catalogIndex(*p))))
            continue;
        checked.set(size_t(catalogIndex(*p)));
        const QString override = post.platformOverrides.value(p->id).toString().trimmed();
        const QByteArray text = override.isEmpty() ? base : override.toUtf8();
        if (text.isEmpty())
            v.errors.append({QStringLiteral("content"), tr("is empty; every post needs text.")});
        else
            checkText(*p, text, p->id, post.postType == u"thread", v);
        checkPostType(*p, post.postType, typeField, v);
        const int mediaCount = int(std::count_if(post.media.cbegin(), post.media.cend(), [p](const MediaRef &m) {
            return m.platform.isEmpty() || m.platform == p->id;
        }));
        checkMediaCount(*p, mediaCount, mediaField, v);
        checkSettings(*p, post.platformSettings.value(p->id).toObject(), p->id + u'.', v);
    }
    // One message per field is enough when several platforms share the base text.
    QList<RowIssue> unique;
    for (const RowIssue &issue : std::as_const(v.errors))
        if (!unique.contains(issue))
            unique.append(issue);
    v.errors = unique;
}

Post RowValidator::normalize(Fields fields, const RowVerdict &v) const
{
    Post post;
    post.content = QString::fromUtf8(trimmed(cell(fields, m_content)));
    post.title = QString::fromUtf8(trimmed(cell(fields, m_title)));
    post.scheduledAt = v.scheduledAt;
    post.status = v.status;
    if (m_mapping.dialect == CsvDialect::OpenPost) {
        const QByteArrayView type = trimmed(cell(fields, m_postType));
        if (!type.isEmpty())
            post.postType = QString::fromUtf8(lower(type));
        forEachItem(cell(fields, m_tags), ",;#", [&](QByteArrayView tag) { post.tags.append(QString::fromUtf8(tag)); });
        forEachItem(cell(fields, m_media), "# \t\r\n", [&](QByteArrayView url) {
            post.media.append({QString::fromUtf8(url), QString(), QString()});
        });
        if (const auto overrides = platformObject(fields, m_overrides, nullptr))
            post.platformOverrides = *overrides;
        if (const auto settings = platformObject(fields, m_settings, nullptr))
            post.platformSettings = *settings;
    }
    for (int target : v.targets) {
        const Integration &in = m_context.integrations.at(target);
        PostTarget t;
        t.integrationId = in.id;
        t.platform = in.platform;
        t.status = v.status;
        post.targets.append(t);
        if (m_mapping.dialect != CsvDialect::BundleSocial)
            continue;
        const Platform *p = PlatformCatalog::find(in.platform);
        if (!p || post.platformSettings.contains(p->id) || post.platformOverrides.contains(p->id))
            continue;
        const PlatformColumns &pc = columnsFor(*p);
        const QByteArrayView override = trimmed(cell(fields, pc.text));
        if (!override.isEmpty())
            post.platformOverrides.insert(p->id, QString::fromUtf8(override));
        forEachItem(cell(fields, pc.media), "#", [&](QByteArrayView url) {
            post.media.append({QString::fromUtf8(url), p->id, QString()});
        });
        QJsonObject settings;
        for (int column : pc.settings) {
            const QByteArrayView value = trimmed(cell(fields, column));
            if (value.isEmpty())
                continue;
            const SettingField &field = *m_mapping.columns.at(column).setting;
            QJsonValue json;
            switch (field.type) {
            case SettingType::Boolean: json = value.compare("TRUE", Qt::CaseInsensitive) == 0; break;
            case SettingType::Enum: json = QString::fromUtf8(value).toUpper(); break;
            case SettingType::Integer: json = QString::fromUtf8(value).toLongLong(); break;
            case SettingType::Number: json = QString::fromUtf8(value).toDouble(); break;
            case SettingType::TextList: {
                QJsonArray items;
                forEachItem(value, "#", [&](QByteArrayView item) { items.append(QString::fromUtf8(item)); });
                json = items;
                break;
            }
            default: json = QString::fromUtf8(value); break;
            }
            settings.insert(field.name, json);
        }
        if (!settings.isEmpty())
            post.platformSettings.insert(p->id, settings);
    }
    return post;
}

} // namespace Almanac
