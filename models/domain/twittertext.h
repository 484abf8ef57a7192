// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Almanac {

// X's counting, as its own library twitter-text (3.1.0, configuration v3)
// counts: the text in NFC; each link 23, found by twitter-text's extractor
// (with or without http(s)://, bare domains on the TLDs it knows, IDNs whose
// labels fit 63 punycode characters); each emoji sequence 2; then each code
// point 1 in the ranges v3 gives weight 100 (up to U+10FF and some general
// punctuation) and 2 elsewhere. Checked against twitter-text's conformance
// suite (tests/data/twitter-text).
namespace TwitterText {

struct Range
{
    qsizetype start = 0, end = 0; // UTF-16 indices, end exclusive
    // How far twitter-text's count moves on past a link: its text's length,
    // which for a Latin domain cut out of a longer one that carries a path is
    // not the span's ("e.foм.co/" is the link "e.fo/", spanning 9). -1: the span.
    qsizetype counted = -1;
    friend bool operator==(const Range &, const Range &) = default;
};

// The links twitter-text finds in `text` (indices into `text` as given).
QList<Range> extractUrls(const QString &text);

// twitter-text's URL rule (its regexp/*.js) as one regular expression, and
// the rule for the Latin domains in a link without a protocol: the reference
// the matcher below follows (as PCRE, they backtrack for seconds on hostile
// text; tests compare the two).
QString urlRulePattern();
QString latinDomainPattern();

// One match of the URL rule: the character before the link (empty at the
// text's start), the link, and its protocol, domain and path (empty when absent).
struct RuleMatch
{
    Range before, url, protocol, domain, path;
};
// The rule's matches in `text`, left to right, as urlRulePattern's global match
// finds them, in time linear in the text.
QList<RuleMatch> urlRuleMatches(const QString &text);
// The matches of latinDomainPattern in `domain`, alike.
QList<Range> latinDomains(const QString &domain);
// X's weighted length of `text`.
int weightedLength(const QString &text);

constexpr int UrlWeight = 23;

} // namespace TwitterText

} // namespace Almanac
