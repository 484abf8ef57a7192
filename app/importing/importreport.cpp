// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importing/importreport.h"

#include "models/domain/jsonwriter.h"
#include "models/domain/postjson.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Almanac {

namespace {

void writeIssues(JsonWriter &json, const QList<RowIssue> &issues)
{
    json.beginArray();
    for (const RowIssue &i : issues) {
        json.beginObject();
        json.key("column").string(i.column);
        json.key("message").string(i.message);
        json.endObject();
    }
    json.endArray();
}

void writeMessages(JsonWriter &json, const QStringList &messages)
{
    json.beginArray();
    for (const QString &m : messages)
        json.beginObject().key("message").string(m).endObject();
    json.endArray();
}

QString delimiterName(char d)
{
    return d == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(d));
}

} // namespace

ImportReport::ImportReport(QIODevice *out, Format format, bool dryRun)
    : m_out(out)
    , m_format(format)
    , m_dryRun(dryRun)
{
    m_buffer.reserve(1 << 17);
}

ImportReport::~ImportReport()
{
    flush(true);
}

void ImportReport::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < (1 << 16)))
        return;
    m_out->write(m_buffer);
    m_buffer.clear();
}

void ImportReport::beginJson(const QString &dialect, char delimiter)
{
    m_begun = true;
    m_json.beginObject();
    m_json.key("dialect");
    if (dialect.isEmpty())
        m_json.null();
    else
        m_json.string(dialect);
    m_json.key("delimiter").string(delimiterName(delimiter));
    m_json.key("rows").beginArray();
}

void ImportReport::headerRead(const DialectMapping &mapping, char delimiter)
{
    if (m_format == Format::Json)
        beginJson(csvDialectName(mapping.dialect), delimiter);
}

void ImportReport::rowValidated(const RowVerdict &v, const Post *post, const RowSource &)
{
    if (m_format == Format::Text) {
        for (const RowIssue &i : v.errors)
            m_buffer.append(tr("row %1, %2: %3\n")
                                .arg(v.row)
                                .arg(i.column.isEmpty() ? tr("(whole row)") : i.column, i.message)
                                .toUtf8());
        flush();
        return;
    }
    JsonWriter &json = m_json;
    json.beginObject();
    json.key("row").number(v.row);
    json.key("valid").boolean(v.isValid());
    json.key("errors");
    writeIssues(json, v.errors);
    json.key("warnings");
    writeIssues(json, v.warnings);
    json.key("post");
    if (post)
        writePostJson(json, *post);
    else
        json.null();
    json.endObject();
    flush();
}

void ImportReport::finish(const ImportOutcome &o)
{
    using Status = ImportOutcome::Status;
    if (m_format == Format::Json) {
        if (!m_begun)
            beginJson(o.dialect, o.delimiter);
        JsonWriter &json = m_json;
        json.endArray();
        json.key("rows_total").number(o.rowsTotal);
        json.key("rows_valid").number(o.rowsValid);
        json.key("rows_invalid").number(o.rowsInvalid);
        json.key("committed").boolean(o.committed());
        json.key("import_id");
        if (o.importId)
            json.number(o.importId);
        else
            json.null();
        json.key("file_errors");
        writeMessages(json, o.fileErrors);
        json.key("file_warnings");
        writeMessages(json, o.fileWarnings);
        json.endObject();
        m_buffer.append('\n');
        flush(true);
        return;
    }

    for (const QString &w : o.fileWarnings)
        m_buffer.append(tr("warning: %1\n").arg(w).toUtf8());
    for (const QString &e : o.fileErrors)
        m_buffer.append(tr("error: %1\n").arg(e).toUtf8());
    QString outcome;
    switch (o.status) {
    case Status::Committed:
        outcome = o.rowsInvalid ? tr("imported %1 posts as import #%2; %3 invalid rows skipped and recorded")
                                      .arg(o.rowsValid)
                                      .arg(o.importId)
                                      .arg(o.rowsInvalid)
                                : tr("imported %1 posts as import #%2").arg(o.rowsValid).arg(o.importId);
        break;
    case Status::Validated: outcome = tr("every row is valid; nothing written (dry run)"); break;
    case Status::ValidationFailed:
        outcome = m_dryRun ? tr("nothing written (dry run)")
                           : tr("nothing written: fix the invalid rows, or use --skip-invalid to import the valid ones");
        break;
    case Status::FileRefused: outcome = tr("file refused; nothing written"); break;
    case Status::StoreFailed: outcome = tr("the store refused the import; nothing written"); break;
    case Status::Cancelled: outcome = tr("cancelled; nothing written"); break;
    }
    m_buffer.append(tr("%1: %2 rows, %3 valid, %4 invalid; %5\n")
                        .arg(o.dialect.isEmpty() ? tr("import") : o.dialect)
                        .arg(o.rowsTotal)
                        .arg(o.rowsValid)
                        .arg(o.rowsInvalid)
                        .arg(outcome)
                        .toUtf8());
    flush(true);
}

} // namespace Almanac
