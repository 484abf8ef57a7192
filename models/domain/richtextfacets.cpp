// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/richtextfacets.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace Almanac {

namespace {

#include "models/domain/blueskytlds.inc"

// Whether a bare domain ends in a top-level domain Bluesky's apps know (their
// list is lower case, and so is the check).
bool hasKnownTld(QStringView domain)
{
    const QByteArray tld = domain.sliced(domain.lastIndexOf(u'.') + 1).toLatin1();
    return std::binary_search(std::cbegin(BlueskyTlds), std::cend(BlueskyTlds), tld.constData(),
                              [](const char *a, const char *b) { return std::strcmp(a, b) < 0; });
}

// JavaScript's \s, which Bluesky's apps match with: ASCII's spaces and Unicode's.
const QString JsSpace = QStringLiteral("\\t-\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}"
                                       "\\x{3000}\\x{FEFF}");

} // namespace

QList<TextFacet> findFacets(const QString &text)
{
    // As @atproto/api's detectFacets: at the text's start or after a space or
    // "(", a link with its scheme, or a bare domain on a known top-level domain
    // (linked as https), up to the next space. Possessive, so a long run of
    // labels cannot exhaust the matcher's stack.
    static const QRegularExpression link(
        QStringLiteral("(?<![^%1(])(?:https?://[^%1]++|([a-zA-Z][a-zA-Z0-9]*+(?:\\.[a-zA-Z0-9]++)++)[^%1]*+)").arg(JsSpace));
    static const QRegularExpression mention(
        QStringLiteral("(?<![^%1(])@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)")
            .arg(JsSpace));
    // A tag as detectFacets finds one: after a space or at the start, "#" (not
    // a keycap's U+FE0F) and a run of anything but spaces and zero-width
    // characters, holding a character that is no digit or punctuation; its
    // trailing punctuation left out; at most 64 UTF-16 units.
    static const QRegularExpression tag(
        QStringLiteral("(?<![^%1])[#＃](?!\\x{FE0F})([^%1\\x{AD}\\x{2060}\\x{200A}-\\x{200D}\\x{20E2}]++)").arg(JsSpace),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression trailingPunctuation(QStringLiteral("\\p{P}+$"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression notOnlyDigits(QStringLiteral("[^\\d\\p{P}]"), QRegularExpression::UseUnicodePropertiesOption);

    QList<TextFacet> found; // located in the QString; in bytes at the end
    auto add = [&](qsizetype start, qsizetype length, TextFacet::Kind kind, const QString &value) {
        found.append(TextFacet{kind, 0, 0, value, start, start + length});
    };
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool bare = m.capturedLength(1) > 0;
        if (bare && !hasKnownTld(m.capturedView(1)))
            continue;
        // One sentence mark off its end, then a ")" it does not open, as Bluesky's apps take them.
        QString uri = (bare ? QStringLiteral("https://") : QString()) + m.captured(0);
        qsizetype length = m.capturedLength(0);
        if (QStringView(u".,;:!?").contains(uri.back())) {
            uri.chop(1);
            --length;
        }
        if (uri.endsWith(u')') && !uri.contains(u'(')) {
            uri.chop(1);
            --length;
        }
        add(m.capturedStart(0), length, TextFacet::Kind::Link, uri);
    }
    auto insideLink = [&](qsizetype at) {
        return std::any_of(found.cbegin(), found.cend(), [at](const TextFacet &f) {
            return f.kind == TextFacet::Kind::Link && at >= f.start && at < f.end;
        });
    };
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // A handle ends in a known top-level domain, or is a test one, as detectFacets checks.
        const QStringView handle = m.capturedView(1);
        if (!insideLink(m.capturedStart(0)) && (hasKnownTld(handle) || handle.endsWith(QLatin1StringView(".test"))))
            add(m.capturedStart(0), m.capturedLength(0), TextFacet::Kind::Mention, m.captured(1).toLower());
    }
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(1);
        name.remove(trailingPunctuation);
        if (insideLink(m.capturedStart(0)) || name.isEmpty() || name.size() > 64 || !name.contains(notOnlyDigits))
            continue;
        add(m.capturedStart(0), name.size() + 1, TextFacet::Kind::Tag, name);
    }
    std::sort(found.begin(), found.end(), [](const TextFacet &a, const TextFacet &b) { return a.start < b.start; });

    // QString positions (UTF-16) to UTF-8 byte offsets.
    for (TextFacet &facet : found) {
        facet.byteStart = QStringView(text).left(facet.start).toUtf8().size();
        facet.byteEnd = facet.byteStart + QStringView(text).sliced(facet.start, facet.end - facet.start).toUtf8().size();
    }
    return found;
}

} // namespace Almanac
