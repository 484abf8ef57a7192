// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/domain/post.h"
#include "models/validation/datetimeresolver.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <QVarLengthArray>

#include <optional>

namespace Almanac {

// One problem with one field: the column as the file names it (or the
// composer's field name), and a message that says what was found and what is
// accepted.
struct RowIssue
{
    QString column;
    QString message;
    friend bool operator==(const RowIssue &, const RowIssue &) = default;
    friend size_t qHash(const RowIssue &issue, size_t seed = 0) { return qHashMulti(seed, issue.column, issue.message); }
};

// One issue in words: "column: message" (the message alone when no column is
// named); `message` stands in for the issue's own, as written elsewhere.
QString issueLine(const RowIssue &issue, const QString &message);
inline QString issueLine(const RowIssue &issue) { return issueLine(issue, issue.message); }
// Issues in words, one per line (or `separator`).
QString joinIssues(const QList<RowIssue> &issues, const QString &separator = QStringLiteral("\n"));

// What a post is judged against: the accounts it may go to, the clock and the
// media rules.
struct ValidationContext
{
    // How far ahead a post may be scheduled, wherever posts are judged.
    static constexpr int DefaultDaysAhead = 180;

    ValidationContext(QList<Integration> accounts = {}, QTimeZone zone = QTimeZone::systemTimeZone(), qint64 nowSecs = 0,
                      int daysAhead = DefaultDaysAhead)
        : integrations(std::move(accounts)), timeZone(std::move(zone)), now(nowSecs), maxDaysAhead(daysAhead)
    {
    }

    QList<Integration> integrations; // the connected accounts rows may target
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // for times without an offset
    qint64 now = 0;                  // UTC epoch seconds
    int maxDaysAhead = DefaultDaysAhead;
    // Media in a file from elsewhere (a CSV, a JSON export) follow MediaPolicy's
    // import rules: https on public hosts, or local files confirmed one by one.
    // CSV rows always do; PostRules::validatePost only when this is set (the JSON import).
    bool importedMedia = false;
    bool allowLocalNetworkMedia = false; // Settings: "Allow media from my local network"
    QStringList confirmedFiles;          // local files the user confirmed (absolute, clean paths)
    DateOrder dateOrder = DateOrder::Unknown; // how 05/03/2027 reads (chosen, or seen in the file)
    int defaultMinute = 9 * 60;               // the time of day of a date written alone
    // Times in messages as the window shows them, in timeZone ("12/5/26 10:15 AM
    // (Europe/Berlin)"): the composer's. Else ISO UTC, as files and the CLI want.
    bool localTimesInWords = false;
};

// The verdict on one post or data row: every error and warning, and what was resolved.
struct RowVerdict
{
    qint64 row = 0; // spreadsheet numbering (the header is row 1); 0 for a post
    QList<RowIssue> errors;
    QList<RowIssue> warnings;
    std::optional<qint64> scheduledAt; // resolved UTC instant
    PostStatus status = PostStatus::Draft;
    QVarLengthArray<int, 4> targets;   // indexes into ValidationContext::integrations
    QVarLengthArray<quint64, 4> duplicateKeys; // one per target (DuplicateIndex::key), for the duplicate check

    bool isValid() const { return errors.isEmpty(); }
    void reset(qint64 rowNumber);
};

} // namespace Almanac
