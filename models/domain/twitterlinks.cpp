// SPDX-License-Identifier: GPL-3.0-or-later
// The links in a text as twitter-text 3.1.0's extractor finds them. Its rule is
// one regular expression (urlRulePattern below, from its regexp/*.js); run as
// PCRE, its domain part backtracks over every split of a run of labels, for
// each place a link could start, trying some 1,600 top-level domains each time:
// a hostile cell of "co-co." runs took seconds. So the domain and the search
// for a link's start are matched by hand, each label's answer remembered, in
// time linear in the text; the port, path and query after a domain remain the
// rule's own (anchored there, they cannot backtrack into the domain). The test
// compares the two on the conformance suite and on random texts.
#include "models/domain/twittertext.h"

#include <QRegularExpression>

#include <string>
#include <unordered_map>
#include <vector>

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
const QString Query = QStringLiteral(R"(\?[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]*[a-z0-9\-_&=#\/])");

// A pattern with its {NAME}s replaced (QString::arg would read the "%1" that
// the parts' own "%" and digits can form).
QString fill(QString pattern, std::initializer_list<std::pair<const char *, QString>> parts)
{
    for (const auto &[name, part] : parts)
        pattern.replace(u'{' + QLatin1StringView(name) + u'}', part);
    return pattern;
}

QString tldPattern()
{
    return fill(QStringLiteral("(?:(?:{G}){A})|(?:(?:{C}){A})|(?:xn--[\\-0-9a-z]+)"),
                {{"G", QString::fromUtf16(Gtlds)}, {"C", QString::fromUtf16(Cctlds)},
                 {"A", QStringLiteral(R"((?=[^0-9a-zA-Z@+-]|$))")}});
}

QString pathPattern()
{
    const QString pathChar = fill(QStringLiteral(R"([a-z{CY}0-9!\*';:=\+,\.\$\/%#\[\]\-\x{2013}_~@\|&{LA}])"),
                                  {{"CY", Cyrillic}, {"LA", LatinAccents}});
    const QString parens = fill(QStringLiteral(R"(\((?:{P}+|(?:{P}*\({P}+\){P}*))\))"), {{"P", pathChar}});
    // twitter-text splices its path ending ("[…]|(?:parens)") into the path
    // without brackets, so the "|" splits the whole sequence: a path segment is
    // characters ending in one of the ending characters, or one balanced pair of
    // parentheses alone. Written here as JavaScript reads it.
    const QString pathEnd = fill(QStringLiteral(R"([\+\-a-z{CY}0-9=_#\/{LA}]|(?:{B}))"),
                                 {{"CY", Cyrillic}, {"LA", LatinAccents}, {"B", parens}});
    return fill(QStringLiteral(R"((?:(?:{P}*(?:{B}{P}*)*{E})|(?:@{P}+\/)))"),
                {{"P", pathChar}, {"B", parens}, {"E", pathEnd}});
}

// twitter-text's rules ignore case as JavaScript's /i does, where no character
// beyond ASCII matches an ASCII one (PCRE's would let ſ be s): so these are
// matched with case, a-z written as a-zA-Z. (Every other range of the rule
// holds both cases of its letters.)
QRegularExpression withAsciiCase(const QString &pattern)
{
    return QRegularExpression(QString(pattern).replace(QStringLiteral("a-z"), QStringLiteral("a-zA-Z")));
}

// What follows a link's domain: its port, path and query (each optional, so
// the match never fails and never gives back any of the domain).
const QRegularExpression &tailRule()
{
    // PCRE gives up past LIMIT_MATCH steps (a path of thousands of parentheses
    // would take its square): then the link ends with its domain. No real path
    // comes near it.
    thread_local const QRegularExpression rule = withAsciiCase(fill(
        QStringLiteral(R"((*LIMIT_MATCH=200000)(?::([0-9]+))?(\/{PA}*)?({QU})?)"), {{"PA", pathPattern()}, {"QU", Query}}));
    return rule;
}

const QRegularExpression &tcoRule()
{
    thread_local const QRegularExpression rule = withAsciiCase(QStringLiteral(
        R"(^[hH][tT][tT][pP][sS]?:\/\/[tT]\.[cC][oO]\/([a-z0-9]+)(?:\?[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]*[a-z0-9\-_&=#\/])?)"));
    return rule;
}

// The rule is case-insensitive: texts are compared case-folded, as
// JavaScript's /i does, where no character beyond ASCII folds into it (ſ is
// not s; the Kelvin sign is K already, after NFC).
char16_t folded(char16_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c;
    const char16_t f = QChar(c).toCaseFolded().unicode();
    return f < 0x80 ? c : f;
}

bool isAsciiAlnum(char16_t f) // f folded
{
    return (f >= 'a' && f <= 'z') || (f >= '0' && f <= '9');
}

// The top-level domains, folded, each with its place in the rule's alternation
// (generic ones first): where two could end a domain, the earlier wins.
struct Tlds
{
    std::unordered_map<std::u16string, int> order;
    qsizetype longest = 0;
};

const Tlds &tlds()
{
    static const Tlds table = [] {
        Tlds t;
        int index = 0;
        for (const char16_t *list : {Gtlds, Cctlds}) {
            for (QStringView tld : QStringView(list).split(u'|')) {
                std::u16string key;
                for (QChar c : tld)
                    key.push_back(folded(c.unicode()));
                t.order.try_emplace(key, index++);
                t.longest = std::max(t.longest, qsizetype(key.size()));
            }
        }
        return t;
    }();
    return table;
}

// [^Punct Spaces InvalidChars Directional]: a character a domain may hold.
// Surrogates are part of a supplementary character, which it may hold.
bool isDomainChar(char16_t c)
{
    if (c < 0x80) {
        if ((c >= 0x09 && c <= 0x0D) || c == 0x20)
            return false;
        return !QStringView(u"!'#%&()*+,\\-./:;<=>?@[]^_{|}~$").contains(QChar(c));
    }
    return !(c == 0x85 || c == 0xA0 || c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
             || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFFFE || c == 0xFEFF || c == 0xFFFF
             || (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F
             || (c >= 0x2066 && c <= 0x2069));
}

// [^A-Za-z0-9@\x{FF20}$#\x{FF03}InvalidChars] (or a directional mark, which it
// holds anyway): what may stand before a link.
bool isBeforeChar(char16_t c, char16_t f)
{
    return !(isAsciiAlnum(f) || c == '@' || c == 0xFF20 || c == '$' || c == '#' || c == 0xFF03 || c == 0xFFFE
             || c == 0xFEFF || c == 0xFFFF);
}

// [\-a-z0-9LatinAccents], case-insensitive: a label of a Latin domain.
bool isLatinLabelChar(char16_t c, char16_t f)
{
    const auto accent = [](char16_t x) {
        return (x >= 0xC0 && x <= 0xD6) || (x >= 0xD8 && x <= 0xF6) || (x >= 0xF8 && x <= 0x24F) || x == 0x253
            || x == 0x254 || x == 0x256 || x == 0x257 || x == 0x259 || x == 0x25B || x == 0x263 || x == 0x268
            || x == 0x26F || x == 0x272 || x == 0x289 || x == 0x28B || x == 0x2BB || (x >= 0x300 && x <= 0x36F)
            || (x >= 0x1E00 && x <= 0x1EFF);
    };
    return f == '-' || isAsciiAlnum(f) || accent(c) || accent(f);
}

// The rule matched over one text. Positions are UTF-16 indices; -1 is "no match".
class LinkScanner final
{
public:
    explicit LinkScanner(const QString &text)
        : m_text(text)
        , m_folded(text.size(), Qt::Uninitialized)
        , m_domainEnd(size_t(text.size()) + 1, Unknown)
        , m_runEnd(size_t(text.size()) + 1)
        , m_nextUnderscore(size_t(text.size()) + 1)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            m_folded[i] = QChar(folded(text.at(i).unicode()));
            // A lone surrogate would make PCRE refuse the text: then it checks each match.
            if (text.at(i).isHighSurrogate())
                m_wellFormed = m_wellFormed && i + 1 < n && text.at(i + 1).isLowSurrogate();
            else if (text.at(i).isLowSurrogate())
                m_wellFormed = m_wellFormed && i > 0 && text.at(i - 1).isHighSurrogate();
        }
        // Where each run of label characters ends, and the next "_", from the end
        // back: a label is then read in one step wherever a link is tried.
        m_runEnd[size_t(n)] = n;
        m_nextUnderscore[size_t(n)] = n;
        for (qsizetype i = n - 1; i >= 0; --i) {
            const char16_t c = at(i);
            m_runEnd[size_t(i)] = isDomainChar(c) || c == '-' || c == '_' ? m_runEnd[size_t(i) + 1] : i;
            m_nextUnderscore[size_t(i)] = c == '_' ? i : m_nextUnderscore[size_t(i) + 1];
        }
    }

    // The rule's matches, left to right, each search going on after the last match.
    QList<RuleMatch> matches()
    {
        QList<RuleMatch> found;
        const qsizetype n = m_text.size();
        for (qsizetype s = 0; s < n;) {
            // Group 1 takes the character at s (the link starts after it); at the
            // text's start it may instead be empty (^), tried second.
            const qsizetype after = s + width(s);
            std::optional<RuleMatch> m;
            if (isBeforeChar(at(s), foldedAt(s)))
                m = linkAt(after, {s, after});
            if (!m && s == 0)
                m = linkAt(0, {0, 0});
            if (!m) {
                s = after;
                continue;
            }
            found.append(*m);
            s = m->url.end;
        }
        return found;
    }

    // (?:(?:[\-a-z0-9LatinAccents]+)\.)+(?:TLD) over the whole text, globally.
    QList<Range> latinDomains()
    {
        QList<Range> found;
        const qsizetype n = m_text.size();
        std::vector<qsizetype> memo(size_t(n) + 1, Unknown), runEnd(size_t(n) + 1, n);
        for (qsizetype i = n - 1; i >= 0; --i)
            runEnd[size_t(i)] = isLatinLabelChar(at(i), foldedAt(i)) ? runEnd[size_t(i) + 1] : i;
        for (qsizetype s = 0; s < n;) {
            const qsizetype end = latinDomainEnd(s, memo, runEnd);
            if (end < 0) {
                s += width(s);
                continue;
            }
            found.append({s, end});
            s = end;
        }
        return found;
    }

private:
    static constexpr qsizetype Unknown = -2;
    static constexpr qsizetype MaxLinkLength = 4096;

    char16_t at(qsizetype i) const { return m_text.at(i).unicode(); }
    char16_t foldedAt(qsizetype i) const { return m_folded.at(i).unicode(); }
    qsizetype width(qsizetype i) const
    {
        return m_text.at(i).isHighSurrogate() && i + 1 < m_text.size() && m_text.at(i + 1).isLowSurrogate() ? 2 : 1;
    }

    // ((https?://)?(domain)(port)?(path)?(query)?) at u, protocol tried first.
    std::optional<RuleMatch> linkAt(qsizetype u, Range before)
    {
        for (const qsizetype protocol : {protocolLength(u), qsizetype(0)}) {
            if (protocol < 0)
                continue;
            const qsizetype domainEnd = domainEndAt(u + protocol);
            if (domainEnd < 0)
                continue;
            // A link is at most 4,096 long: its path is read no further than that
            // (twitter-text's path rule takes time quadratic in a run of
            // parentheses). A longer one is no link either way; the text after
            // the cut is searched on, where twitter-text would skip the rest.
            qsizetype limit = std::min(m_text.size(), domainEnd + MaxLinkLength + 1);
            if (limit < m_text.size() && m_text.at(limit - 1).isHighSurrogate())
                --limit; // never half a character
            // The text was checked once (m_wellFormed): PCRE need not check it again
            // from each link to its end, which made many links cost their square.
            const QRegularExpressionMatch tail = tailRule().match(
                QStringView(m_text).first(limit), domainEnd, QRegularExpression::NormalMatch,
                m_wellFormed ? QRegularExpression::AnchorAtOffsetMatchOption | QRegularExpression::DontCheckSubjectStringMatchOption
                             : QRegularExpression::AnchorAtOffsetMatchOption);
            RuleMatch m;
            m.before = before;
            m.protocol = {u, u + protocol};
            m.domain = {u + protocol, domainEnd};
            m.url = {u, tail.hasMatch() ? tail.capturedEnd(0) : domainEnd};
            if (tail.hasMatch() && tail.capturedLength(2) > 0)
                m.path = {tail.capturedStart(2), tail.capturedEnd(2)};
            return m;
        }
        return std::nullopt;
    }

    // The length of https?:// at i, or -1.
    qsizetype protocolLength(qsizetype i) const
    {
        auto matches = [this, i](QStringView word) {
            if (i + word.size() > m_text.size())
                return false;
            for (qsizetype k = 0; k < word.size(); ++k)
                if (foldedAt(i + k) != word.at(k).unicode())
                    return false;
            return true;
        };
        return matches(u"https://") ? 8 : matches(u"http://") ? 7 : -1;
    }

    // (?:(?:D(?:[_-]|D)*)?D\.) at i: where the label and its dot end, or -1.
    // `underscore` says whether it holds a "_", which (?:(?:D(?:-|D)*)?D\.) refuses.
    qsizetype labelEnd(qsizetype i, bool *underscore) const
    {
        const qsizetype n = m_text.size();
        if (i >= n || !isDomainChar(at(i)))
            return -1;
        const qsizetype j = m_runEnd[size_t(i)];
        if (j >= n || at(j) != '.' || !isDomainChar(at(j - 1)))
            return -1;
        *underscore = m_nextUnderscore[size_t(i)] < j;
        return j + 1;
    }

    // A top-level domain of the rule at i (the first in the rule's order that
    // fits and is not followed by [0-9a-zA-Z@+-]), else xn--[\-0-9a-z]+: its end, or -1.
    qsizetype tldEnd(qsizetype i) const
    {
        const Tlds &table = tlds();
        const qsizetype n = m_text.size();
        int bestOrder = INT_MAX;
        qsizetype best = -1;
        std::u16string key;
        for (qsizetype j = i; j < n && j - i < table.longest; ++j) {
            key.push_back(foldedAt(j));
            const auto found = table.order.find(key);
            if (found == table.order.end() || found->second >= bestOrder)
                continue;
            const bool followed = j + 1 < n
                && (isAsciiAlnum(foldedAt(j + 1)) || at(j + 1) == '@' || at(j + 1) == '+' || at(j + 1) == '-');
            if (!followed) {
                bestOrder = found->second;
                best = j + 1;
            }
        }
        if (best >= 0)
            return best;
        if (i + 4 < n && foldedAt(i) == 'x' && foldedAt(i + 1) == 'n' && at(i + 2) == '-' && at(i + 3) == '-') {
            qsizetype j = i + 4;
            while (j < n && (isAsciiAlnum(foldedAt(j)) || at(j) == '-'))
                ++j;
            if (j > i + 4)
                return j;
        }
        return -1;
    }

    // (?:S*N(?:TLD)) at i, as PCRE finds it: S* takes every label it can, then
    // gives them back one by one until a label N accepts is followed by a TLD.
    // So the answer at i is the answer at the next label if there is one, else
    // this label's own. Remembered per label, and worked out from the end of a
    // run of labels back to i, so a run is walked once however many places a
    // link is tried at.
    qsizetype domainEndAt(qsizetype i)
    {
        if (m_domainEnd[size_t(i)] != Unknown)
            return m_domainEnd[size_t(i)];
        struct Label
        {
            qsizetype start, next;
            bool underscore;
        };
        std::vector<Label> run;
        qsizetype j = i;
        while (m_domainEnd[size_t(j)] == Unknown) {
            bool underscore = false;
            const qsizetype next = labelEnd(j, &underscore);
            if (next < 0) {
                m_domainEnd[size_t(j)] = -1; // no label here: S* takes none, and N none
                break;
            }
            run.push_back({j, next, underscore});
            j = next;
        }
        for (auto label = run.rbegin(); label != run.rend(); ++label) {
            const qsizetype later = m_domainEnd[size_t(label->next)];
            m_domainEnd[size_t(label->start)] = later >= 0 ? later : label->underscore ? -1 : tldEnd(label->next);
        }
        return m_domainEnd[size_t(i)];
    }

    // (?:(?:[\-a-z0-9LatinAccents]+)\.)+(?:TLD) at i: one label or more, then
    // the TLD after the last label that has one, as PCRE gives labels back.
    qsizetype latinDomainEnd(qsizetype i, std::vector<qsizetype> &memo, const std::vector<qsizetype> &runEnd) const
    {
        if (memo[size_t(i)] != Unknown)
            return memo[size_t(i)];
        const qsizetype n = m_text.size();
        std::vector<std::pair<qsizetype, qsizetype>> run; // label start, the next label's
        qsizetype j = i;
        while (memo[size_t(j)] == Unknown) {
            const qsizetype k = runEnd[size_t(j)];
            if (k == j || k >= n || at(k) != '.') {
                memo[size_t(j)] = -1;
                break;
            }
            run.emplace_back(j, k + 1);
            j = k + 1;
        }
        for (auto label = run.rbegin(); label != run.rend(); ++label) {
            const qsizetype later = memo[size_t(label->second)];
            memo[size_t(label->first)] = later >= 0 ? later : tldEnd(label->second);
        }
        return memo[size_t(i)];
    }

    const QString &m_text;
    QString m_folded;
    std::vector<qsizetype> m_domainEnd; // per position: where a domain starting there ends, -1, or Unknown
    std::vector<qsizetype> m_runEnd;    // per position: the end of its run of [D_-] (itself if none)
    std::vector<qsizetype> m_nextUnderscore;
    bool m_wellFormed = true; // valid UTF-16, no lone surrogate
};

// The length of a label in punycode (RFC 3492), as punycode.js's toASCII makes
// it: unchanged when ASCII, else "xn--" and the encoding.
qsizetype punycodeLength(QStringView label)
{
    const QList<uint> input = label.toUcs4();
    qsizetype basic = 0;
    bool plain = true; // punycode.js leaves a label alone when nothing in it is above U+007E
    for (uint cp : input) {
        basic += cp < 0x80;
        plain = plain && cp <= 0x7E;
    }
    if (plain)
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

// twitter-text's isValidUrl: at most 4,096 characters, and each label (split
// at ASCII dots only) 1 to 63 characters once punycode.js's toASCII has made
// it ASCII: that splits it again at full stops of any width (。．｡), encodes each
// piece that goes beyond U+007E, and joins them with dots. A domain that
// starts "xn--" (so written, in lower case) must hold a Latin domain.
bool isValidUrl(qsizetype protocolLength, const QString &url, const QString &domain)
{
    if (protocolLength + url.size() > 4096)
        return false;
    if (domain.startsWith(QStringLiteral("xn--")) && LinkScanner(domain).latinDomains().isEmpty())
        return false;
    static const QRegularExpression stops(QStringLiteral("[\\x{3002}\\x{FF0E}\\x{FF61}]"));
    for (QStringView label : QStringView(domain).split(u'.')) {
        // Punycode is at least a character per code point: a label of over 126
        // units is too long without encoding it (which takes its length squared).
        if (label.size() > 2 * 63)
            return false;
        qsizetype length = -1; // the dots between the pieces
        for (QStringView piece : label.split(stops))
            length += 1 + punycodeLength(piece);
        if (length < 1 || length > 63)
            return false;
    }
    return true;
}

} // namespace

QString urlRulePattern()
{
    const QString domainChar = QStringLiteral("[^") + Punct + Spaces + InvalidChars + Directional + u']';
    const QString subdomain = fill(QStringLiteral(R"((?:(?:{D}(?:[_-]|{D})*)?{D}\.))"), {{"D", domainChar}});
    const QString name = fill(QStringLiteral(R"((?:(?:{D}(?:-|{D})*)?{D}\.))"), {{"D", domainChar}});
    const QString domain = fill(QStringLiteral("(?:{S}*{N}(?:{T}))"), {{"S", subdomain}, {"N", name}, {"T", tldPattern()}});
    const QString before = fill(QStringLiteral(R"((?:[^A-Za-z0-9@\x{FF20}$#\x{FF03}{I}]|[{R}]|^))"),
                                {{"I", InvalidChars}, {"R", Directional}});
    // Groups: 1 before, 2 the URL, 3 its protocol, 4 its domain, 5 its port, 6 its path.
    return fill(QStringLiteral(R"(({BE})((https?:\/\/)?({DO})(?::([0-9]+))?(\/{PA}*)?({QU})?))"),
                {{"BE", before}, {"DO", domain}, {"PA", pathPattern()}, {"QU", Query}});
}

QString latinDomainPattern()
{
    return fill(QStringLiteral(R"((?:(?:[\-a-z0-9{LA}]+)\.)+(?:{T}))"), {{"LA", LatinAccents}, {"T", tldPattern()}});
}

QList<RuleMatch> urlRuleMatches(const QString &text)
{
    return LinkScanner(text).matches();
}

QList<Range> latinDomains(const QString &domain)
{
    return LinkScanner(domain).latinDomains();
}

QList<Range> extractUrls(const QString &text)
{
    QList<Range> urls;
    if (!text.contains(u'.'))
        return urls; // every link's domain has a dot before its TLD
    auto slice = [&text](Range r) { return text.sliced(r.start, r.end - r.start); };
    for (const RuleMatch &m : urlRuleMatches(text)) {
        const QString url = slice(m.url), domain = slice(m.domain);
        const qsizetype protocol = m.protocol.end - m.protocol.start;
        if (!isValidUrl(protocol ? protocol : 8, url, domain)) // without one, as https://
            continue;
        if (protocol == 0) {
            // After - _ . or /, a link needs its protocol.
            if (m.before.end > m.before.start && QStringView(u"-_./").contains(text.at(m.before.start)))
                continue;
            // Without a protocol, each Latin domain in it is a link.
            const QList<Range> latin = latinDomains(domain);
            for (const Range &d : latin)
                urls.append({m.domain.start + d.start, m.domain.start + d.end});
            if (!latin.isEmpty() && m.path.end > m.path.start) {
                // The last one carries the path and query: its text is the link's with the
                // domain replaced by it, and that is how far twitter-text counts it.
                Range &last = urls.last();
                last.counted = (m.url.end - m.url.start) - (m.domain.end - m.domain.start) + (last.end - last.start);
                last.end = m.url.end;
            }
            continue;
        }
        // A t.co link is its slug and query only; one with a slug over 40 is none.
        qsizetype end = m.url.end;
        const QRegularExpressionMatch tco = tcoRule().match(url);
        if (tco.hasMatch()) {
            if (tco.captured(1).size() > 40)
                continue;
            end = m.url.start + tco.capturedLength(0);
        }
        urls.append({m.url.start, end});
    }
    return urls;
}

} // namespace Almanac::TwitterText
