// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Small readers of UTF-8 cell bytes. The validators judge millions of cells
// without building a QString for each, so these work on the bytes directly; the
// hot ones are inline.
namespace Almanac::ByteText {

inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

inline char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

// Whether `v` starts with the ASCII `prefix` (lower case), in any case.
inline bool startsWithNoCase(QByteArrayView v, QByteArrayView prefix)
{
    if (v.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i)
        if (asciiLower(v[i]) != prefix[i])
            return false;
    return true;
}

// Splits on any of the separator bytes, trims each piece, skips empty ones.
template<typename Fn>
void forEachItem(QByteArrayView v, QByteArrayView separators, Fn fn)
{
    // Separators below 64 (all the validators use) are one bit each of a mask.
    quint64 mask = 0;
    bool small = true;
    for (char s : separators) {
        small = small && static_cast<unsigned char>(s) < 64;
        mask |= small ? quint64(1) << static_cast<unsigned char>(s) : 0;
    }
    auto isSeparator = [separators, mask, small](char c) {
        const auto u = static_cast<unsigned char>(c);
        if (small)
            return u < 64 && ((mask >> u) & 1) != 0;
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

// The links of a media cell. Both dialects separate them with '#'; OpenPost's
// also with whitespace, and with a comma that starts another http(s) link
// ("a.jpg,https://b.jpg"), as its list of integrations is written. A comma
// inside a link stays ("w_300,h_200" in a resizing service's path).
template<typename Fn>
void forEachMediaLink(QByteArrayView cell, bool openPost, Fn fn)
{
    forEachItem(cell, openPost ? QByteArrayView("# \t\r\n") : QByteArrayView("#"), [&](QByteArrayView item) {
        auto give = [&](QByteArrayView link) {
            while (link.endsWith(','))
                link.chop(1);
            if (!link.isEmpty())
                fn(link);
        };
        qsizetype start = 0;
        for (qsizetype i = openPost ? item.indexOf(',') : -1; i >= 0; i = item.indexOf(',', i + 1)) {
            const QByteArrayView next = item.sliced(i + 1);
            if (startsWithNoCase(next, "https://") || startsWithNoCase(next, "http://")) {
                give(item.sliced(start, i - start));
                start = i + 1;
            }
        }
        give(item.sliced(start));
    });
}

// Thread parts are separated by a line holding only "---"; fn(partNumber, text).
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

// A value as messages show it: in quotes, cut short when long, line breaks as ⏎.
QString shown(QByteArrayView v);
QByteArray lower(QByteArrayView v);
// ASCII letters compared without case; any other character must be equal.
bool equalsIgnoreCase(QByteArrayView a, QStringView b);
// http(s)://host[...] with a plausible host and no spaces or control bytes.
bool isHttpUrl(QByteArrayView u);
bool isInteger(QByteArrayView v); // optional sign, then digits
bool isNumber(QByteArrayView v);  // an integer, or one with a fraction after a dot

} // namespace Almanac::ByteText
