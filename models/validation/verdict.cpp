// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/verdict.h"

namespace Almanac {

QString issueLine(const RowIssue &issue, const QString &message)
{
    return issue.column.isEmpty() ? message : issue.column + QStringLiteral(": ") + message;
}

QString joinIssues(const QList<RowIssue> &issues, const QString &separator)
{
    QStringList lines;
    for (const RowIssue &i : issues)
        lines.append(issueLine(i));
    return lines.join(separator);
}

void RowVerdict::reset(qint64 rowNumber)
{
    row = rowNumber;
    errors.clear();
    warnings.clear();
    scheduledAt.reset();
    status = PostStatus::Draft;
    targets.clear();
    duplicateKeys.clear();
}

} // namespace Almanac
