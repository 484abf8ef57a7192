// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/verdict.h"

namespace Almanac {

QString joinIssues(const QList<RowIssue> &issues, const QString &separator)
{
    QStringList lines;
    for (const RowIssue &i : issues)
        lines.append(i.column.isEmpty() ? i.message : i.column + QStringLiteral(": ") + i.message);
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
