// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/twittertext.h"

namespace Almanac::TwitterText {

namespace {

// The UTF-16 length of the emoji sequence at i (0: none): a pictograph with its
// variation selector, skin tone, keycap or tags, and the pictographs ZWJ joins
// on; a flag of two regional indicators; a keycap (1⃣); © and ® only as
// emoji (with U+FE0F).
bool isPictograph(char32_t cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2300 && cp <= 0x23FF)
        || (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139
        || (cp >= 0x2194 && cp <= 0x21AA) || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299
        || (cp >= 0x25AA && cp <= 0x25FE) || cp == 0x2934 || cp == 0x2935 || cp == 0x24C2;
}

bool isEmojiModifier(char32_t cp)
{
    return cp == 0xFE0F || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
}

char32_t codePointAt(const QString &s, qsizetype i, qsizetype *units)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

qsizetype emojiAt(const QString &s, qsizetype i)
{
    qsizetype units = 0;
    const char32_t cp = codePointAt(s, i, &units);
    qsizetype end = i + units;
    auto next = [&](qsizetype at, qsizetype *n) { return at < s.size() ? codePointAt(s, at, n) : char32_t(0); };
    qsizetype n = 0;
    if ((cp >= '0' && cp <= '9') || cp == '#' || cp == '*') {
        if (next(end, &n) == 0xFE0F)
            end += n;
        return next(end, &n) == 0x20E3 ? end + n - i : 0;
    }
    if (cp == 0xA9 || cp == 0xAE)
        return next(end, &n) == 0xFE0F ? end + n - i : 0;
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
        const char32_t second = next(end, &n);
        return second >= 0x1F1E6 && second <= 0x1F1FF ? end + n - i : 0;
    }
    if (!isPictograph(cp))
        return 0;
    while (end < s.size()) {
        const char32_t following = next(end, &n);
        if (isEmojiModifier(following)) {
            end += n;
        } else if (following == 0x200D && end + n < s.size()) { // a ZWJ glues the next pictograph on
            qsizetype m = 0;
            next(end + n, &m);
            end += n + m;
        } else {
            break;
        }
    }
    return end - i;
}

int weightOf(char32_t cp)
{
    const bool light = cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
    return light ? 1 : 2;
}

} // namespace


namespace {

// NFC, as twitter-text counts. Reordering a run of combining marks takes Qt
// time quadratic in its length (16,000 marks: 2 s), so a run longer than 30
// marks is cut every 30 and each piece normalised on its own, as UAX #15's
// stream-safe format does (a CGJ after every 30 non-starters). Only such runs,
// which no language writes, can count differently from twitter-text's.
QString nfc(const QString &text)
{
    constexpr int MaxNonStarters = 30;
    QList<qsizetype> cuts;
    int run = 0; // non-starters in a row, counted in the decomposition (U+0F73 is two)
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 0;
        const char32_t cp = codePointAt(text, i, &units);
        if (QChar::combiningClass(cp) != 0) {
            ++run;
        } else if (cp < 0x300 || (cp >= 0xAC00 && cp <= 0xD7A3) || QChar::decompositionTag(cp) != QChar::Canonical) {
            run = 0; // a starter, as are Hangul syllables' jamo
        } else {
            const QList<uint> parts = QChar::decomposition(cp).toUcs4();
            qsizetype starter = parts.size() - 1; // the last starter in the decomposition, or -1
            while (starter >= 0 && QChar::combiningClass(parts.at(starter)) != 0)
                --starter;
            run = int(starter < 0 ? run + parts.size() : parts.size() - 1 - starter);
        }
        i += units;
        if (run >= MaxNonStarters) {
            cuts.append(i);
            run = 0;
        }
    }
    if (cuts.isEmpty())
        return text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    cuts.append(text.size());
    for (qsizetype cut : std::as_const(cuts)) {
        out += text.sliced(from, cut - from).normalized(QString::NormalizationForm_C);
        from = cut;
    }
    return out;
}

} // namespace

int weightedLength(const QString &original)
{
    // Only the first MaxMeasured units are measured, the rest counted one per
    // unit, so a 16 MiB cell costs no more than a long post. A text that long
    // is far over 280 either way (a link is at most 4,096 long), so only the
    // exact count in a message differs.
    constexpr qsizetype MaxMeasured = 16000;
    if (original.size() > MaxMeasured)
        return weightedLength(original.first(MaxMeasured)) + int(qMin<qsizetype>(original.size() - MaxMeasured, INT_MAX / 2));
    const QString text = nfc(original);
    const QList<Range> urls = extractUrls(text);
    int weight = 0;
    qsizetype nextUrl = 0;
    for (qsizetype i = 0; i < text.size();) {
        while (nextUrl < urls.size() && urls.at(nextUrl).start < i) // inside one counted already
            ++nextUrl;
        if (nextUrl < urls.size() && urls.at(nextUrl).start == i) {
            weight += UrlWeight;
            const Range &url = urls.at(nextUrl++);
            i = url.counted >= 0 ? url.start + url.counted : url.end;
            continue;
        }
        if (const qsizetype emoji = emojiAt(text, i); emoji > 0) {
            weight += 2;
            i += emoji;
            continue;
        }
        qsizetype units = 0;
        weight += weightOf(codePointAt(text, i, &units));
        i += units;
    }
    return weight;
}

} // namespace Almanac::TwitterText
