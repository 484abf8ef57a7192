// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/textlength.h"

#include "models/domain/twittertext.h"

#include <QString>
#include <QStringDecoder>
#include <QTextBoundaryFinder>
#include <QtAlgorithms>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <cstring>
#include <limits>
#include <memory>

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
int measureWithUrls(QByteArrayView s, SpanMeasure span, int urlWeight)
{
    // Find URLs by their "://" (rare in prose), then look back for the scheme.
    qint64 total = 0; // a server may make a link weigh 1,000: millions of them overflow an int
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
        total += urlWeight;
        from = qMax(from, spanStart);
    }
    return int(qMin<qint64>(total + span(s.sliced(spanStart)), std::numeric_limits<int>::max()));
}

bool isAsciiWord(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The code point starting at byte i of (validated) UTF-8, and its length in bytes.
char32_t decodeAt(QByteArrayView s, qsizetype i, qsizetype *length = nullptr)
{
    const auto b = static_cast<unsigned char>(s[i]);
    const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : b & (0xFF >> (n + 1));
    for (int k = 1; k < n && i + k < s.size(); ++k)
        c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (length)
        *length = n;
    return c;
}

// The length in bytes of the word character at s[i] as Mastodon's [[:word:]]
// reads it (letters, marks, digits and _ of any script), or 0.
qsizetype wordCharAt(QByteArrayView s, qsizetype i)
{
    if (static_cast<unsigned char>(s[i]) < 0x80)
        return isAsciiWord(s[i]) ? 1 : 0;
    qsizetype length = 0;
    const char32_t cp = decodeAt(s, i, &length);
    if (i + length > s.size())
        return 0;
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp) ? length : 0;
}

bool isWordByte(char c) // the byte before a mention: any part of a non-ASCII letter counts as one
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
            // Its server: [[:word:].-]+[[:word:]] (two characters at least), left out of the count.
            qsizetype domainEnd = i + 1, lastWordEnd = -1, characters = 0;
            while (domainEnd < s.size()) {
                if (const qsizetype w = wordCharAt(s, domainEnd); w > 0) {
                    domainEnd += w;
                    lastWordEnd = domainEnd;
                } else if (s[domainEnd] == '.' || s[domainEnd] == '-') {
                    ++domainEnd;
                } else {
                    break;
                }
                ++characters;
            }
            if (lastWordEnd > i + 1 && characters >= 2)
                i = lastWordEnd;
        }
    }
    return TextLength::graphemes(kept);
}

// Whether a "." is followed by a letter, a digit or a non-ASCII character
// somewhere: the least a domain name needs. Prose's ". " does not count.
bool mayHoldDomain(QByteArrayView s)
{
    for (qsizetype from = 0;;) {
        const void *dot = std::memchr(s.data() + from, '.', size_t(s.size() - from));
        if (!dot)
            return false;
        const qsizetype next = static_cast<const char *>(dot) - s.data() + 1;
        if (next < s.size() && (isAsciiWord(s[next]) || static_cast<unsigned char>(s[next]) >= 0x80))
            return true;
        from = next;
        if (from >= s.size())
            return false;
    }
}

// Unicode 16's conjuncts (GB9c) where ICU 72 (Unicode 15) breaks: a consonant,
// marks or ZWJ holding a virama (a linker), then a consonant of the same
// script is one cluster. The scripts and their linkers are Unicode 16's
// (checked against Bluesky's counter): Indic scripts ICU already joins when no
// other mark is in the chain, Myanmar, Khmer, Tai Tham, Balinese, Sundanese,
// Javanese, Meetei Mayek, Chakma, Dives Akuru, Zanabazar, Soyombo and Kawi.
struct ConjunctScript
{
    char32_t first, last, linker;
};
constexpr ConjunctScript ConjunctScripts[] = {
    {0x0900, 0x097F, 0x094D},   {0x0980, 0x09FF, 0x09CD},   {0x0A80, 0x0AFF, 0x0ACD},   {0x0B00, 0x0B7F, 0x0B4D},
    {0x0C00, 0x0C7F, 0x0C4D},   {0x0D00, 0x0D7F, 0x0D4D},   {0x1000, 0x109F, 0x1039},   {0x1780, 0x17FF, 0x17D2},
    {0x1A20, 0x1AAF, 0x1A60},   {0x1B00, 0x1B7F, 0x1B44},   {0x1B80, 0x1BBF, 0x1BAB},   {0xA980, 0xA9DF, 0xA9C0},
    {0xAAE0, 0xAAFF, 0xAAF6},   {0xABC0, 0xABFF, 0xAAF6}, // Meetei Mayek: its linker is in its extension block
    {0x11100, 0x1114F, 0x11133}, {0x11900, 0x1195F, 0x1193E}, {0x11A00, 0x11A4F, 0x11A47},
    {0x11A50, 0x11AAF, 0x11A99}, {0x11F00, 0x11F5F, 0x11F42},
};

const ConjunctScript *conjunctScriptOf(char32_t c)
{
    if (c < ConjunctScripts[0].first || c > ConjunctScripts[std::size(ConjunctScripts) - 1].last)
        return nullptr; // most of what is counted: asked at each boundary
    for (const ConjunctScript &s : ConjunctScripts)
        if (c >= s.first && c <= s.last)
            return &s;
    return nullptr;
}

// Whether the boundary ICU placed at byte `at` falls inside such a conjunct.
bool insideConjunct(QByteArrayView s, qsizetype at)
{
    const char32_t next = decodeAt(s, at);
    const ConjunctScript *script = conjunctScriptOf(next);
    if (!script || QChar::category(next) != QChar::Letter_Other)
        return false;
    bool linked = false;
    for (qsizetype i = at; i > 0;) {
        do
            --i;
        while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
        const char32_t c = decodeAt(s, i);
        if (c == script->linker) {
            linked = true;
        } else if (c == 0x200D || QChar::category(c) == QChar::Mark_NonSpacing
                   || QChar::category(c) == QChar::Mark_Enclosing) {
            continue;
        } else {
            return linked && conjunctScriptOf(c) == script && QChar::category(c) == QChar::Letter_Other;
        }
    }
    return false;
}

// The text as twitter-text sees it: a leading U+FEFF is a character there,
// which QString::fromUtf8 would drop.
QString decodedWithBom(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

} // namespace

int TextLength::graphemes(QByteArrayView utf8)
{
    if (isAscii(utf8))
        return asciiGraphemes(utf8);
    // ICU's character break iterator over the UTF-8 itself: extended grapheme
    // clusters (UAX #29), as Bluesky's and Mastodon's counters have them, with
    // the conjuncts of Unicode 16 that ICU 72 does not know yet.
    // QTextBoundaryFinder would also work out word and line breaks, loading a
    // Thai dictionary on each thread that meets Thai text.
    struct Closer
    {
        void operator()(UBreakIterator *b) const { ubrk_close(b); }
    };
    thread_local const std::unique_ptr<UBreakIterator, Closer> breaks = [] {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *b = ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status);
        return std::unique_ptr<UBreakIterator, Closer>(U_SUCCESS(status) ? b : nullptr);
    }();
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUTF8(&text, utf8.data(), utf8.size(), &status);
    int count = 0;
    if (breaks && U_SUCCESS(status)) {
        ubrk_setUText(breaks.get(), &text, &status);
        ubrk_first(breaks.get());
        // Boundaries are byte offsets into the UTF-8 (UText's native indexes).
        for (int32_t at = ubrk_next(breaks.get()); U_SUCCESS(status) && at != UBRK_DONE; at = ubrk_next(breaks.get()))
            count += at >= utf8.size() || !insideConjunct(utf8, at);
    }
    utext_close(&text);
    if (breaks && U_SUCCESS(status))
        return count;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, QString::fromUtf8(utf8)); // ICU refused: Qt's own
    count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

int TextLength::measure(TextCounting counting, QByteArrayView utf8, int urlWeight)
{
    switch (counting) {
    case TextCounting::Graphemes: return graphemes(utf8);
    case TextCounting::XWeighted:
        // Plain ASCII with no dot before a letter or digit holds no link (every
        // domain has one before its TLD) and weighs one per character.
        if (isAscii(utf8) && !mayHoldDomain(utf8))
            return int(utf8.size());
        return TwitterText::weightedLength(decodedWithBom(utf8));
    case TextCounting::GraphemesUrlsAs23: return measureWithUrls(utf8, mastodonSpan, urlWeight);
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

bool TextLength::mayExceed(TextCounting counting, QByteArrayView utf8, int limit, int urlWeight)
{
    // A grapheme cluster holds at least one code point, and a code point at least one byte.
    switch (counting) {
    case TextCounting::Graphemes: return utf8.size() > limit && codePoints(utf8) > limit;
    case TextCounting::GraphemesUrlsAs23: return measureWithUrls(utf8, &TextLength::codePoints, urlWeight) > limit;
    case TextCounting::XWeighted:
        // ASCII weighs 1 a character, and a link as short as "a.co" 23; beyond ASCII, NFC can make
        // one code point three, so only measuring tells.
        return !isAscii(utf8) || utf8.size() + qint64(TwitterText::UrlWeight) * utf8.count('.') > limit;
    }
    return true;
}

} // namespace Almanac
