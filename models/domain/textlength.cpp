// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/textlength.h"

#include <QString>
#include <QTextBoundaryFinder>
#include <QtAlgorithms>

#include <cstring>

namespace Almanac {

namespace {

constexpr quint64 HighBits = 0x8080808080808080ULL;

// Length of the leading run of ASCII bytes, eight at a time.
qsizetype asciiPrefix(QByteArrayView s, qsizetype from = 0)
{
    qsizetype i = from;
    for (; i + 8 <= s.size(); i += 8) {
        quint64 w;
        std::memcpy(&w, s.data() + i, 8);
        if (w & HighBits)
            break;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80)
        ++i;
    return i - from;
}

bool isAscii(QByteArrayView s)
{
    return asciiPrefix(s) == s.size();
}

int asciiGraphemes(QByteArrayView s)
{
    // CR LF is one grapheme cluster; every other ASCII character is one.
    int n = int(s.size());
    for (qsizetype i = 1; i < s.size(); ++i)
        if (s[i] == '\n' && s[i - 1] == '\r')
            --n;
    return n;
}

// Decodes one code point at s[i] (input is valid UTF-8: the reader checked it) and advances i.
char32_t decode(QByteArrayView s, qsizetype &i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1;
    char32_t cp = b0 & (0x3F >> extra);
    ++i;
    for (; extra > 0 && i < s.size(); --extra, ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return cp;
}

// twitter-text v3 configuration: these ranges weigh 1, everything else 2.
bool isLightForX(char32_t cp)
{
    return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
}

bool isEmojiBase(char32_t cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2300 && cp <= 0x23FF)
        || (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049
        || cp == 0x2122 || cp == 0x2139 || (cp >= 0x2194 && cp <= 0x21AA) || cp == 0x3030 || cp == 0x303D;
}

bool isEmojiModifier(char32_t cp)
{
    return cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
}

bool isRegionalIndicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

// X weighting of a URL-free span. An emoji sequence (ZWJ joins, skin tones,
// variation selectors, flags) counts 2 as a whole, as twitter-text's emoji parsing does.
int xWeight(QByteArrayView s)
{
    int weight = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) { // every ASCII character weighs 1
            const qsizetype run = asciiPrefix(s, i);
            weight += int(run);
            i += run;
            continue;
        }
        const char32_t cp = decode(s, i);
        if (isRegionalIndicator(cp)) {
            weight += 2;
            qsizetype j = i;
            if (j < s.size() && isRegionalIndicator(decode(s, j)))
                i = j;
            continue;
        }
        if (isEmojiBase(cp)) {
            weight += 2;
            while (i < s.size()) {
                qsizetype j = i;
                const char32_t next = decode(s, j);
                if (isEmojiModifier(next)) {
                    i = j;
                } else if (next == 0x200D && j < s.size()) { // ZWJ glues the next pictograph on
                    decode(s, j);
                    i = j;
                } else {
                    break;
                }
            }
            continue;
        }
        weight += isLightForX(cp) ? 1 : 2;
    }
    return weight;
}

bool startsWithUrl(QByteArrayView s, qsizetype i)
{
    auto matches = [&](QByteArrayView scheme) {
        return s.size() - i > scheme.size() && s.sliced(i, scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0;
    };
    const bool atWordStart = i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '\t' || s[i - 1] == '('
        || s[i - 1] == '\r';
    return atWordStart && (matches("https://") || matches("http://"));
}

qsizetype urlEnd(QByteArrayView s, qsizetype i)
{
    qsizetype end = i;
    while (end < s.size() && s[end] != ' ' && s[end] != '\n' && s[end] != '\r' && s[end] != '\t')
        ++end;
    // Trailing punctuation belongs to the sentence, not the link.
    while (end > i && QByteArrayView(".,;:!?)'\"").contains(s[end - 1]))
        --end;
    return end;
}

template<typename SpanMeasure>
int measureWithUrls(QByteArrayView s, SpanMeasure span)
{
    // Find URLs by their "://" (rare in prose), then look back for the scheme.
    int total = 0;
    qsizetype spanStart = 0;
    qsizetype from = 0;
    while (from < s.size()) {
        const void *colon = std::memchr(s.data() + from, ':', size_t(s.size() - from));
        if (!colon)
            break;
        const qsizetype c = static_cast<const char *>(colon) - s.data();
        from = c + 1;
        qsizetype start = -1;
        if (c >= spanStart + 5 && startsWithUrl(s, c - 5))
            start = c - 5; // https://
        else if (c >= spanStart + 4 && startsWithUrl(s, c - 4))
            start = c - 4; // http://
        if (start < 0)
            continue;
        total += span(s.sliced(spanStart, start - spanStart));
        spanStart = urlEnd(s, start);
        total += TextLength::UrlWeight;
        from = qMax(from, spanStart);
    }
    return total + span(s.sliced(spanStart));
}

bool isAsciiWord(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A byte of a word character as Mastodon's [[:word:]] reads it: ASCII letters,
// digits and _, and (taken as letters) every byte of a non-ASCII character.
bool isWordByte(char c)
{
    return isAsciiWord(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Mastodon counts a mention of another server's account as its local part:
// "@alice@mastodon.example.org" as "@alice" (StatusLengthValidator, by
// Account::MENTION_RE: @user[@domain], not after =, / or a word character).
int mastodonSpan(QByteArrayView s)
{
    const qsizetype firstAt = s.indexOf('@');
    if (firstAt < 0 || s.indexOf('@', firstAt + 1) < 0) // no remote mention without two @
        return TextLength::graphemes(s);
    QByteArray kept;
    kept.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i] != '@' || (i > 0 && (s[i - 1] == '=' || s[i - 1] == '/' || isWordByte(s[i - 1])))) {
            kept.append(s[i++]);
            continue;
        }
        // The user: [a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?
        const qsizetype at = i;
        qsizetype userEnd = at + 1;
        while (userEnd < s.size() && (isAsciiWord(s[userEnd]) || s[userEnd] == '.' || s[userEnd] == '-'))
            ++userEnd;
        while (userEnd > at + 1 && !isAsciiWord(s[userEnd - 1]))
            --userEnd;
        kept.append(s.sliced(at, userEnd - at));
        i = userEnd;
        if (userEnd > at + 1 && i < s.size() && s[i] == '@') {
            // Its server: [[:word:].-]*[[:word:]], left out of the count.
            qsizetype domainEnd = i + 1;
            while (domainEnd < s.size() && (isWordByte(s[domainEnd]) || s[domainEnd] == '.' || s[domainEnd] == '-'))
                ++domainEnd;
            while (domainEnd > i + 1 && !isWordByte(s[domainEnd - 1]))
                --domainEnd;
            if (domainEnd > i + 1)
                i = domainEnd;
        }
    }
    return TextLength::graphemes(kept);
}

} // namespace

int TextLength::graphemes(QByteArrayView utf8)
{
    if (isAscii(utf8))
        return asciiGraphemes(utf8);
    const QString text = QString::fromUtf8(utf8);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

int TextLength::measure(TextCounting counting, QByteArrayView utf8)
{
    switch (counting) {
    case TextCounting::Graphemes: return graphemes(utf8);
    case TextCounting::XWeighted: return measureWithUrls(utf8, xWeight);
    case TextCounting::GraphemesUrlsAs23: return measureWithUrls(utf8, mastodonSpan);
    }
    return 0;
}

int TextLength::codePoints(QByteArrayView utf8)
{
    // Every byte but a continuation byte (10xxxxxx) starts a code point.
    qsizetype continuation = 0;
    qsizetype i = 0;
    for (; i + 8 <= utf8.size(); i += 8) {
        quint64 w;
        std::memcpy(&w, utf8.data() + i, 8);
        continuation += qPopulationCount((w & ~(w << 1)) & HighBits);
    }
    for (; i < utf8.size(); ++i)
        continuation += (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80;
    return int(utf8.size() - continuation);
}

bool TextLength::mayExceed(TextCounting counting, QByteArrayView utf8, int limit)
{
    // A grapheme cluster holds at least one code point, and a code point at least one byte.
    switch (counting) {
    case TextCounting::Graphemes: return utf8.size() > limit && codePoints(utf8) > limit;
    case TextCounting::GraphemesUrlsAs23: return measureWithUrls(utf8, &TextLength::codePoints) > limit;
    case TextCounting::XWeighted: return true; // measuring is as cheap as bounding
    }
    return true;
}

} // namespace Almanac
