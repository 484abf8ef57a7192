// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The words of a row's issue, with the row's own values set aside, for the
// import wizard's problems (ImportPreviewModel): rows that break the same rule
// in the same column are one problem, whatever their values.
namespace Almanac::ProblemText {

// What of a row's own values a message keeps: as a problem's key (quoted
// values and numbers set aside), its label (quoted values, and a time read in
// parentheses), or the errors column (long quoted values; short ones read
// better than "…").
enum class Aside { Key, Label, Cell };
QString setValuesAside(const QString &message, Aside how);

// One label for two rows of a problem: the numbers they differ in as "…"
// ("is 911 characters long" and "is 873 characters long": "is … characters
// long"), those they share kept ("at most 300").
QString mergedLabel(const QString &label, const QString &other);

} // namespace Almanac::ProblemText
