// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Almanac {

// One CSV import, as the import history shows it (bundle.social's import object).
struct ImportJob
{
    qint64 id = 0;
    QString fileName;
    qint64 fileSize = 0;
    QString dialect;   // openpost | bundlesocial
    QString timeZone;  // IANA zone used for times without an offset
    qint64 createdAt = 0;
    int rowsTotal = 0;
    int rowsCommitted = 0;
    int rowsSkipped = 0;   // invalid rows left out with --skip-invalid
    int rowsExcluded = 0;  // rows the user excluded in the wizard
    QString status = QStringLiteral("committed"); // committed | undone
};

enum class ImportRowStatus { Committed, Skipped, Excluded };
QString importRowStatusName(ImportRowStatus status);
QByteArrayView importRowStatusKey(ImportRowStatus status); // the same, without building a string

// One data row of an import: what the file said, what Almanac made of it, and the outcome.
struct ImportRow
{
    qint64 importId = 0;
    qint64 rowNumber = 0;   // spreadsheet numbering, header is row 1
    ImportRowStatus status = ImportRowStatus::Committed;
    QByteArray rawJson;        // {"header": "value", ...} exactly as read
    QByteArray normalizedJson; // what validation resolved (integrations, UTC time, type, media), or empty
    QString error;             // every error of the row, one per line
    QString postId;            // the post it became, if any
};

} // namespace Almanac
