// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importing/rowreport.h"

#include "models/csv/csvwriter.h"
#include "models/store/importrepository.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Almanac {

Result<qint64> writeRowReport(QSqlDatabase db, qint64 importId, QIODevice *out)
{
    ImportRepository imports(std::move(db));
    if (!imports.find(importId))
        return Error{QCoreApplication::translate("RowReport", "There is no import %1 in the store.").arg(importId)};
    const CsvWriter csv;
    QByteArray buffer;
    csv.appendRecord(buffer, {QStringLiteral("rowNumber"), QStringLiteral("status"), QStringLiteral("postId"),
                              QStringLiteral("error"), QStringLiteral("rawRow")});
    qint64 written = 0, after = 0;
    for (;;) {
        const QList<ImportRow> page = imports.rows(importId, after, 2000);
        for (const ImportRow &r : page) {
            csv.appendRecord(buffer, {QString::number(r.rowNumber), importRowStatusName(r.status), r.postId, r.error,
                                      QString::fromUtf8(r.rawJson)});
            ++written;
            after = r.rowNumber;
        }
        if (out->write(buffer) != buffer.size())
            return Error{QCoreApplication::translate("RowReport", "Could not write the report: %1").arg(out->errorString())};
        buffer.clear();
        if (page.size() < 2000)
            return written;
    }
}

} // namespace Almanac
