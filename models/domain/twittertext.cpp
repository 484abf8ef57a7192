// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/twittertext.h"

#include <QRegularExpression>
#include <QSet>

namespace Almanac::TwitterText {

namespace {

#include "models/domain/twittertlds.inc"

// The parts of twitter-text's URL rule (its regexp/*.js), as PCRE patterns.
const QString Punct = QStringLiteral(R"(\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$)");
const QString Spaces = QStringLiteral(
    R"(\x{09}-\x{0D}\x{20}\x{85}\x{A0}\x{1680}\x{180E}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000})");
const QString InvalidChars = QStringLiteral(R"(\x{FFFE}\x{FEFF}\x{FFFF})");
const QString Directional = QStringLiteral(R"(\x{202A}-\x{202E}\x{061C}\x{200E}\x{200F}\x{2066}-\x{2069})");
const QString LatinAccents = QStringLiteral(
    R"(\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{FF}\x{100}-\x{24F}\x{253}\x{254}\x{256}\x{257}\x{259}\x{25B}\x{263})"
    R"(\x{268}\x{26F}\x{272}\x{289}\x{28B}\x{2BB}\x{300}-\x{36F}\x{1E00}-\x{1EFF})");
const QString Cyrillic = QStringLiteral(R"(\x{400}-\x{4FF})");

// A pattern with its {NAME}s replaced (QString::arg would read the "%1" that
// the parts' own "%" and digits can form).
QString fill(QString pattern, std::initializer_list<std::pair<const char *, QString>> parts)
{
    for (const auto &[name, part] : parts)
        pattern.replace(u'{' + QLatin1StringView(name) + u'}', part);
    return pattern;
}

QString tlds()
{
    return fill(QStringLiteral("(?:(?:{G}){A})|(?:(?:{C}){A})|(?:xn--[\\-0-9a-z]+)"),
                {{"G", QString::fromUtf16(Gtlds)}, {"C", QString::fromUtf16(Cctlds)},
                 {"A", QStringLiteral(R"((?=[^0-9a-zA-Z@+-]|$))")}});
}

QString urlPattern()
{
    const QString domainChar = QStringLiteral("[^") + Punct + Spaces + InvalidChars + Directional + u']';
    const QString subdomain = fill(QStringLiteral(R"((?:(?:{D}(?:[_-]|{D})*)?{D}\.))"), {{"D", domainChar}});
    const QString name = fill(QStringLiteral(R"((?:(?:{D}(?:-|{D})*)?{D}\.))"), {{"D", domainChar}});
    const QString domain = fill(QStringLiteral("(?:{S}*{N}(?:{T}))"), {{"S", subdomain}, {"N", name}, {"T", tlds()}});
    const QString pathChar = fill(QStringLiteral(R"([a-z{CY}0-9!\*';:=\+,\.\$\/%#\[\]\-\x{2013}_~@\|&{LA}])"),
                                  {{"CY", Cyrillic}, {"LA", LatinAccents}});
    const QString parens = fill(QStringLiteral(R"(\((?:{P}+|(?:{P}*\({P}+\){P}*))\))"), {{"P", pathChar}});
    const QString pathEnd = fill(QStringLiteral(R"((?:[\+\-a-z{CY}0-9=_#\/{LA}]|(?:{B})))"),
                                 {{"CY", Cyrillic}, {"LA", LatinAccents}, {"B", parens}});
    const QString path = fill(QStringLiteral(R"((?:(?:{P}*(?:{B}{P}*)*{E})|(?:@{P}+\/)))"),
                              {{"P", pathChar}, {"B", parens}, {"E", pathEnd}});
    const QString query = QStringLiteral(R"(\?[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]*[a-z0-9\-_&=#\/])");
    const QString before = fill(QStringLiteral(R"((?:[^A-Za-z0-9@\x{FF20}$#\x{FF03}{I}]|[{R}]|^))"),
                                {{"I", InvalidChars}, {"R", Directional}});
    // Groups: 1 before, 2 the URL, 3 its protocol, 4 its domain, 5 its port, 6 its path.
    return fill(QStringLiteral(R"(({BE})((https?:\/\/)?({DO})(?::([0-9]+))?(\/{PA}*)?({QU})?))"),
                {{"BE", before}, {"DO", domain}, {"PA", path}, {"QU", query}});
}

const QRegularExpression &urlRule()
{
    // One per thread, so no thread waits on another's first compile (about 25 ms).
    thread_local const QRegularExpression rule(urlPattern(), QRegularExpression::CaseInsensitiveOption);
    return rule;
}

const QRegularExpression &asciiDomainRule()
{
    thread_local const QRegularExpression rule(
        fill(QStringLiteral(R"((?:(?:[\-a-z0-9{LA}]+)\.)+(?:{T}))"), {{"LA", LatinAccents}, {"T", tlds()}}),
        QRegularExpression::CaseInsensitiveOption);
    return rule;
}

const QRegularExpression &tcoRule()
{
    thread_local const QRegularExpression rule(
        QStringLiteral(R"(^https?:\/\/t\.co\/([a-z0-9]+)(?:\?[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]*[a-z0-9\-_&=#\/])?)"),
        QRegularExpression::CaseInsensitiveOption);
    return rule;
}

// The length of a label in punycode (RFC 3492), as punycode.js's toASCII makes
// it: unchanged when ASCII, else "xn--" and the encoding.
qsizetype punycodeLength(QStringView label)
{
    const QList<uint> input = label.toUcs4();
    qsizetype basic = 0;
    for (uint cp : input)
        basic += cp < 0x80;
    if (basic == input.size())
        return input.size();
    constexpr uint Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700;
    auto adapt = [](uint delta, uint points, bool first) {
        delta = first ? delta / Damp : delta / 2;
        delta += delta / points;
        uint k = 0;
        while (delta > ((Base - TMin) * TMax) / 2) {
            delta /= Base - TMin;
            k += Base;
        }
        return k + (Base - TMin + 1) * delta / (delta + Skew);
    };
    qsizetype length = 4 + basic + (basic > 0 ? 1 : 0); // "xn--", the basic code points and their "-"
    uint n = 0x80, delta = 0, bias = 72;
    qsizetype handled = basic;
    while (handled < input.size()) {
        uint m = UINT_MAX;
        for (uint cp : input)
            if (cp >= n && cp < m)
                m = cp;
        delta += (m - n) * uint(handled + 1);
        n = m;
        for (uint cp : input) {
            if (cp < n)
                ++delta;
            if (cp != n)
                continue;
            uint q = delta;
            for (uint k = Base;; k += Base) {
                const uint t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                ++length; // one digit
                if (q < t)
                    break;
                q = (q - t) / (Base - t);
            }
            bias = adapt(delta, uint(handled + 1), handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return length;
}

// twitter-text's isValidUrl: each label 1 to 63 characters in punycode, a
// punycode domain that reads as one, and at most 4,096 characters.
bool isValidUrl(const QString &url, const QString &protocol, const QString &domain)
{
    if (domain.startsWith(QStringLiteral("xn--"), Qt::CaseInsensitive) && !asciiDomainRule().match(domain).hasMatch())
        return false;
    for (QStringView label : QStringView(domain).split(u'.')) {
        const qsizetype length = punycodeLength(label);
        if (length == 0 || length > 63)
            return false;
    }
    return protocol.size() + url.size() <= 4096;
}

// The UTF-16 length of the emoji sequence at i (0: none): a pictograph with its
// variation selector, skin tone, keycap or tags, and the pictographs ZWJ joins
// on; a flag of two regional indicators; a keycap (1⃣); © and ® only as
// emoji (with U+FE0F).
bool isPictograph(char32_t cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2300 && cp <= 0x23FF)
        || (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139
        || (cp >= 0x2194 && cp <= 0x21AA) || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299
        || (cp >= 0x25AA && cp <= 0x25FE) || cp == 0x2934 || cp == 0x2935;
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

// Whether some "." is followed by a top-level domain twitter-text knows (or
// xn--): every link's domain ends so, and most text has none, so the link rule
// (whose backtracking can be slow) need not run. A superset test: any prefix
// of the characters after a dot that is a TLD counts.
bool mayHoldLink(const QString &text)
{
    static const QSet<QString> known = [] {
        QSet<QString> set;
        for (const char16_t *list : {Gtlds, Cctlds})
            for (QStringView tld : QStringView(list).split(u'|'))
                set.insert(tld.toString().toLower());
        return set;
    }();
    for (qsizetype dot = text.indexOf(u'.'); dot >= 0; dot = text.indexOf(u'.', dot + 1)) {
        qsizetype end = dot + 1;
        while (end < text.size() && end - dot <= 64 && (text.at(end).isLetterOrNumber() || text.at(end).isMark() || text.at(end) == u'-'))
            ++end;
        const QString label = text.sliced(dot + 1, end - dot - 1).toLower();
        if (label.startsWith(u"xn--"))
            return true;
        for (qsizetype length = 2; length <= label.size(); ++length)
            if (known.contains(label.first(length)))
                return true;
    }
    return false;
}

} // namespace


QList<Range> extractUrls(const QString &text)
{
    QList<Range> urls;
    if (!text.contains(u'.') || !mayHoldLink(text))
        return urls;
    static const QRegularExpression noProtocolBefore(QStringLiteral(R"([-_.\/]$)"));
    for (auto it = urlRule().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString url = m.captured(2), protocol = m.captured(3), domain = m.captured(4), path = m.captured(6);
        qsizetype end = m.capturedEnd(0);
        const qsizetype start = end - url.size();
        if (!isValidUrl(url, protocol.isEmpty() ? QStringLiteral("https://") : protocol, domain))
            continue;
        if (protocol.isEmpty()) {
            if (noProtocolBefore.match(m.captured(1)).hasMatch())
                continue;
            // Without a protocol, each ASCII (and Latin) domain in it is a link.
            qsizetype asciiEnd = 0;
            bool any = false;
            for (auto a = asciiDomainRule().globalMatch(domain); a.hasNext();) {
                const QString found = a.next().captured(0);
                const qsizetype asciiStart = domain.indexOf(found, asciiEnd);
                asciiEnd = asciiStart + found.size();
                urls.append({start + asciiStart, start + asciiEnd});
                any = true;
            }
            if (any && !path.isEmpty())
                urls.last().end = end; // the last one carries the path and query
            continue;
        }
        // A t.co link is its slug and query only; one with a slug over 40 is none.
        const QRegularExpressionMatch tco = tcoRule().match(url);
        if (tco.hasMatch()) {
            if (tco.captured(1).size() > 40)
                continue;
            end = start + tco.capturedLength(0);
        }
        urls.append({start, end});
    }
    return urls;
}

int weightedLength(const QString &original)
{
    // The link rule backtracks in quadratic time on hostile runs of labels
    // ("a.a.a..."): only the first MaxMeasured units are measured by it, the
    // rest counted one per unit. A text that long is far over 280 either way
    // (a link is at most 4,096 long), so only the exact count in a message
    // differs. (Still seconds for a hostile cell: a matcher of its own is the cure.)
    constexpr qsizetype MaxMeasured = 16000;
    if (original.size() > MaxMeasured)
        return weightedLength(original.first(MaxMeasured)) + int(qMin<qsizetype>(original.size() - MaxMeasured, INT_MAX / 2));
    const QString text = original.normalized(QString::NormalizationForm_C);
    const QList<Range> urls = extractUrls(text);
    int weight = 0;
    qsizetype nextUrl = 0;
    for (qsizetype i = 0; i < text.size();) {
        while (nextUrl < urls.size() && urls.at(nextUrl).start < i) // inside one counted already
            ++nextUrl;
        if (nextUrl < urls.size() && urls.at(nextUrl).start == i) {
            weight += UrlWeight;
            i = urls.at(nextUrl++).end;
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
