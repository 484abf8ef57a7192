// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/richtextfacets.h"

#include "models/domain/twittertext.h"

#include <QRegularExpression>

#include <algorithm>

namespace Almanac {

namespace {

// Punctuation that ends a sentence rather than a link or a tag.
QString trimTrailing(QString s, const QString &also = {})
{
    static const QString trailing = QStringLiteral(".,;:!?\"'");
    while (!s.isEmpty() && (trailing.contains(s.back()) || also.contains(s.back())))
        s.chop(1);
    return s;
}

} // namespace

QList<TextFacet> findFacets(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("(?<![\\w/])https?://[^\\s]+"));
    // A link without its scheme, as Bluesky's apps find one: at the text's
    // start, after a space or "(", a domain whose last label is a known
    // top-level domain, then anything up to a space. It is linked as https.
    static const QRegularExpression bareLink(QStringLiteral("(?<![^\\s(])([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\\S*"));
    static const QRegularExpression mention(
        QStringLiteral("(?<![\\w@])@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)"));
    static const QRegularExpression tag(QStringLiteral("(?<![\\w#＃])[#＃]([^\\s#＃]+)"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression notOnlyDigits(QStringLiteral("[^\\d\\p{P}]"), QRegularExpression::UseUnicodePropertiesOption);

    QList<std::pair<qsizetype, TextFacet>> found; // by QString position, to turn into bytes once
    auto add = [&](qsizetype start, qsizetype length, TextFacet::Kind kind, const QString &value) {
        found.append({start, TextFacet{kind, start, start + length, value}});
    };
    auto addLink = [&](const QRegularExpressionMatch &m, QLatin1StringView scheme) {
        QString url = trimTrailing(m.captured(0));
        if (url.endsWith(u')') && !url.contains(u'('))
            url = trimTrailing(url.chopped(1));
        add(m.capturedStart(0), url.size(), TextFacet::Kind::Link, scheme + url);
    };
    for (auto it = link.globalMatch(text); it.hasNext();)
        addLink(it.next(), {});
    for (auto it = bareLink.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView domain = m.capturedView(1);
        if (TwitterText::isTopLevelDomain(domain.sliced(domain.lastIndexOf(u'.') + 1)))
            addLink(m, QLatin1StringView("https://"));
    }
    auto insideLink = [&](qsizetype at) {
        return std::any_of(found.cbegin(), found.cend(), [at](const auto &f) {
            return f.second.kind == TextFacet::Kind::Link && at >= f.first && at < f.second.byteEnd;
        });
    };
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!insideLink(m.capturedStart(0)))
            add(m.capturedStart(0), m.capturedLength(0), TextFacet::Kind::Mention, m.captured(1).toLower());
    }
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = trimTrailing(m.captured(1), QStringLiteral(")]}"));
        if (insideLink(m.capturedStart(0)) || name.isEmpty() || name.size() > 64 || !name.contains(notOnlyDigits))
            continue;
        add(m.capturedStart(0), name.size() + 1, TextFacet::Kind::Tag, name);
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    // QString positions (UTF-16) to UTF-8 byte offsets.
    QList<TextFacet> facets;
    for (auto &[start, facet] : found) {
        facet.byteStart = QStringView(text).left(start).toUtf8().size();
        facet.byteEnd = facet.byteStart + QStringView(text).mid(start, facet.byteEnd - start).toUtf8().size();
        facets.append(facet);
    }
    return facets;
}

} // namespace Almanac
