// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/problemtext.h"

#include <algorithm>
#include <iterator>

namespace Almanac::ProblemText {

namespace {

// The end of the number starting at `i`: digits, and . , : / between digits
// (1,234 or 12/4/26 or 8:00 are one number).
qsizetype numberEnd(QStringView s, qsizetype i)
{
    while (i + 1 < s.size()
           && (s.at(i + 1).isDigit() || (QStringView(u".,:/").contains(s.at(i + 1)) && i + 2 < s.size() && s.at(i + 2).isDigit())))
        ++i;
    return i + 1;
}

} // namespace

QString setValuesAside(const QString &m, Aside how)
{
    // Quotes as the messages put them around a row's values, in each language.
    static constexpr std::pair<char16_t, char16_t> Quotes[] = {{u'"', u'"'}, {u'\u201C', u'\u201D'}, {u'\u201E', u'\u201C'},
                                                               {u'\u00AB', u'\u00BB'}};
    constexpr qsizetype ShortValue = 24;
    QString out;
    out.reserve(m.size());
    bool unclosed[std::size(Quotes)] = {};
    for (qsizetype i = 0; i < m.size(); ++i) {
        const QChar c = m.at(i);
        if (how == Aside::Key && c.isDigit()) {
            i = numberEnd(m, i) - 1;
            out += u'#';
            continue;
        }
        if (how == Aside::Label && c == u'(' && i + 1 < m.size() && m.at(i + 1).isDigit()) {
            // "(2027-07-09T10:00:00Z)": the time a row's value was read as.
            qsizetype end = i + 1;
            while (end < m.size() && (m.at(end).isDigit() || QStringView(u"-:T.Z+").contains(m.at(end))))
                ++end;
            if (end < m.size() && m.at(end) == u')' && end - i > 16) {
                out += QStringLiteral("(\u2026)");
                i = end;
                continue;
            }
        }
        const auto *quote = std::find_if(std::cbegin(Quotes), std::cend(Quotes),
                                         [c](const auto &q) { return q.first == c.unicode(); });
        // A quote never closed after here is never closed after a later one:
        // not looked for again, so a run of them costs no more than their count.
        if (quote != std::cend(Quotes) && !unclosed[quote - std::cbegin(Quotes)]) {
            if (const qsizetype close = m.indexOf(QChar(quote->second), i + 1); close > i) {
                if (how == Aside::Cell && close - i - 1 <= ShortValue)
                    out += QStringView(m).sliced(i, close - i + 1);
                else
                    out += c + QStringLiteral("\u2026") + m.at(close);
                i = close;
                continue;
            }
            unclosed[quote - std::cbegin(Quotes)] = true;
        }
        out += c;
    }
    return out;
}

QString mergedLabel(const QString &label, const QString &other)
{
    if (label == other)
        return label;
    QString out;
    qsizetype i = 0, j = 0;
    while (i < label.size() && j < other.size()) {
        if (label.at(i).isDigit() && other.at(j).isDigit()) {
            const qsizetype a = numberEnd(label, i), b = numberEnd(other, j);
            const QStringView mine = QStringView(label).sliced(i, a - i), theirs = QStringView(other).sliced(j, b - j);
            if (mine == theirs)
                out += mine;
            else
                out += QStringLiteral("\u2026");
            i = a;
            j = b;
            continue;
        }
        if (label.at(i) == u'\u2026' && other.at(j).isDigit()) { // already told apart
            out += label.at(i++);
            j = numberEnd(other, j);
            continue;
        }
        if (label.at(i) != other.at(j))
            return label; // not the same words around the numbers: keep the first
        out += label.at(i++);
        ++j;
    }
    return i == label.size() && j == other.size() ? out : label;
}

} // namespace Almanac::ProblemText
