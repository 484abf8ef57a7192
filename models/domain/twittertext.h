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
    friend bool operator==(const Range &, const Range &) = default;
};

// The links twitter-text finds in `text` (indices into `text` as given).
QList<Range> extractUrls(const QString &text);
// X's weighted length of `text`.
int weightedLength(const QString &text);

constexpr int UrlWeight = 23;

} // namespace TwitterText

} // namespace Almanac
