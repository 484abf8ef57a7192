// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/opengraph.h"

#include <QHash>

namespace Almanac {

namespace {

constexpr qsizetype MaxScanned = 256 * 1024;
constexpr qsizetype MaxTitle = 300, MaxDescription = 1000;

// The few character references a title or description carries.
QString decoded(QByteArrayView raw)
{
    QString text = QString::fromUtf8(raw).simplified();
    static const QList<std::pair<QString, QString>> entities{
        {QStringLiteral("&quot;"), QStringLiteral("\"")}, {QStringLiteral("&#39;"), QStringLiteral("'")},
        {QStringLiteral("&#x27;"), QStringLiteral("'")},  {QStringLiteral("&apos;"), QStringLiteral("'")},
        {QStringLiteral("&lt;"), QStringLiteral("<")},    {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&nbsp;"), QStringLiteral(" ")},  {QStringLiteral("&amp;"), QStringLiteral("&")}, // &amp; last
    };
    for (const auto &[entity, character] : entities)
        text.replace(entity, character, Qt::CaseInsensitive);
    return text;
}

// The attributes of one tag, lower-cased names; values as written.
QHash<QByteArray, QByteArray> attributesOf(QByteArrayView tag)
{
    QHash<QByteArray, QByteArray> out;
    qsizetype i = 0;
    while (i < tag.size()) {
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r' || tag[i] == '/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < tag.size() && tag[i] != '=' && tag[i] != ' ' && tag[i] != '\t' && tag[i] != '\n' && tag[i] != '\r')
            ++i;
        const QByteArray name = tag.sliced(nameStart, i - nameStart).toByteArray().toLower();
        if (i >= tag.size() || tag[i] != '=') {
            if (!name.isEmpty())
                out.insert(name, {});
            ++i;
            continue;
        }
        ++i; // '='
        QByteArrayView value;
        if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
            const char quote = tag[i++];
            const qsizetype end = tag.indexOf(quote, i);
            if (end < 0)
                break; // an unterminated value: nothing more of this tag is trusted
            value = tag.sliced(i, end - i);
            i = end + 1;
        } else {
            const qsizetype start = i;
            while (i < tag.size() && tag[i] != ' ' && tag[i] != '\t' && tag[i] != '\n')
                ++i;
            value = tag.sliced(start, i - start);
        }
        out.insert(name, value.toByteArray());
    }
    return out;
}

} // namespace

OpenGraph OpenGraph::read(QByteArrayView html, const QUrl &pageUrl)
{
    html = html.first(qMin(html.size(), MaxScanned));
    QHash<QByteArray, QString> found; // og:title, twitter:title, description...
    QString titleElement;
    for (qsizetype at = 0; (at = html.indexOf('<', at)) >= 0;) {
        const qsizetype end = html.indexOf('>', at);
        if (end < 0)
            break;
        const QByteArrayView tag = html.sliced(at + 1, end - at - 1);
        at = end + 1;
        if (tag.size() >= 5 && QByteArrayView(tag.first(5)).compare("meta ", Qt::CaseInsensitive) == 0) {
            const QHash<QByteArray, QByteArray> a = attributesOf(tag.sliced(5));
            const QByteArray key = (a.contains("property") ? a.value("property") : a.value("name")).toLower();
            if (!key.isEmpty() && a.contains("content") && !found.contains(key))
                found.insert(key, decoded(a.value("content")));
        } else if (titleElement.isEmpty() && tag.size() >= 5
                   && QByteArrayView(tag.first(5)).compare("title", Qt::CaseInsensitive) == 0) {
            const qsizetype close = html.indexOf("</", at);
            if (close > at)
                titleElement = decoded(html.sliced(at, close - at));
        } else if (QByteArrayView(tag).compare("/head", Qt::CaseInsensitive) == 0) {
            break; // what a card needs is in the head
        }
    }
    auto first = [&](std::initializer_list<const char *> keys) {
        for (const char *key : keys)
            if (const QString value = found.value(key); !value.isEmpty())
                return value;
        return QString();
    };
    OpenGraph og;
    og.title = first({"og:title", "twitter:title"});
    if (og.title.isEmpty())
        og.title = titleElement;
    og.title = og.title.left(MaxTitle);
    og.description = first({"og:description", "twitter:description", "description"}).left(MaxDescription);
    const QString imageRef = first({"og:image", "og:image:url", "twitter:image"}).trimmed();
    const QUrl image = imageRef.isEmpty() ? QUrl() : pageUrl.resolved(QUrl(imageRef));
    if (image.isValid() && (image.scheme() == u"https" || image.scheme() == u"http") && !image.host().isEmpty())
        og.image = image;
    return og;
}

} // namespace Almanac
