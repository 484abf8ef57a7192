// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakebundlesocial.h"

#include "models/csv/csvreader.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace Almanac::Test {

using Reply = FakeHttpServer::Reply;

FakeBundleSocial::FakeBundleSocial(QString teamId, QByteArray apiKey)
    : FakeHostedApi(std::move(apiKey), 1000, 0)
    , m_team(std::move(teamId))
{
}

QMap<QString, int> FakeBundleSocial::contentCounts() const
{
    QMap<QString, int> counts;
    for (const QJsonObject &p : m_posts)
        ++counts[p.value(u"text").toString()];
    return counts;
}

Reply FakeBundleSocial::upload(const FakeHttpServer::Request &request)
{
    // multipart/form-data; boundary=...: the part named "file".
    const QByteArray type = request.header("content-type");
    const qsizetype at = type.indexOf("boundary=");
    if (at < 0)
        return error(400, QStringLiteral("bad_request"), QStringLiteral("Expected multipart/form-data with a file"));
    const QByteArray boundary = "--" + type.mid(at + 9).trimmed();
    QByteArray file, fileName;
    const qsizetype start = request.body.indexOf(boundary);
    const qsizetype headersEnd = request.body.indexOf("\r\n\r\n", start);
    const qsizetype end = request.body.indexOf(QByteArray("\r\n" + boundary), headersEnd);
    if (start < 0 || headersEnd < 0 || end < 0)
        return error(400, QStringLiteral("bad_request"), QStringLiteral("No file part"));
    const QByteArray partHeaders = request.body.mid(start, headersEnd - start);
    if (!partHeaders.contains("name=\"file\""))
        return error(400, QStringLiteral("bad_request"), QStringLiteral("The part must be named file"));
    const qsizetype nameAt = partHeaders.indexOf("filename=\"");
    fileName = partHeaders.mid(nameAt + 10, partHeaders.indexOf('"', nameAt + 10) - nameAt - 10);
    file = request.body.mid(headersEnd + 4, end - headersEnd - 4);
    if (!fileName.endsWith(".csv"))
        return error(400, QStringLiteral("bad_request"), QStringLiteral("The file must be .csv"));

    Import import;
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    while (reader.next()) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.size(); ++i)
            fields.append(QString::fromUtf8(reader.field(i)));
        import.csvRows.append(fields);
    }
    const QString id = QStringLiteral("import_%1").arg(m_nextId++);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    import.object = {{QStringLiteral("id"), id}, {QStringLiteral("teamId"), m_team},
                     {QStringLiteral("status"), QStringLiteral("PENDING")}, {QStringLiteral("fileName"), QString::fromUtf8(fileName)},
                     {QStringLiteral("totalRows"), int(qMax<qsizetype>(0, import.csvRows.size() - 1))},
                     {QStringLiteral("processedRows"), 0}, {QStringLiteral("successRows"), 0}, {QStringLiteral("failedRows"), 0},
                     {QStringLiteral("error"), QJsonValue::Null}, {QStringLiteral("rateLimitResetAt"), QJsonValue::Null},
                     {QStringLiteral("createdAt"), now}, {QStringLiteral("updatedAt"), now}};
    if (m_rateLimitMs > 0) {
        import.rateLimitedUntil = QDateTime::currentMSecsSinceEpoch() + m_rateLimitMs;
        m_rateLimitMs = 0;
    }
    m_imports.append(import);
    return json(201, import.object);
}

void FakeBundleSocial::process(Import &import)
{
    // Every row on its own: one bad row does not block the rest.
    const QStringList header = import.csvRows.value(0);
    int ok = 0, failed = 0;
    for (qsizetype r = 1; r < import.csvRows.size(); ++r) {
        const QStringList row = import.csvRows.at(r);
        const auto cell = [&](const QString &name) { return row.value(header.indexOf(name)); };
        QString problem;
        if (cell(QStringLiteral("teamId")) != m_team)
            problem = QStringLiteral("Team not found or does not belong to your organization");
        for (const QString &type : cell(QStringLiteral("socialAccountTypes")).split(u',', Qt::SkipEmptyParts))
            if (problem.isEmpty() && !m_types.contains(type))
                problem = QStringLiteral("No %1 account is connected to this team").arg(type);
        QJsonObject result{{QStringLiteral("id"), QStringLiteral("row_%1").arg(m_nextId++)},
                           {QStringLiteral("importId"), import.object.value(u"id")},
                           {QStringLiteral("rowNumber"), int(r)}};
        if (problem.isEmpty()) {
            const QString postId = QStringLiteral("post_%1").arg(m_nextId++);
            m_posts.insert(postId, {{QStringLiteral("text"), cell(QStringLiteral("text"))},
                                    {QStringLiteral("socialAccountTypes"), cell(QStringLiteral("socialAccountTypes"))},
                                    {QStringLiteral("postDate"), cell(QStringLiteral("postDate"))}});
            result.insert(QStringLiteral("status"), QStringLiteral("SUCCESS"));
            result.insert(QStringLiteral("postId"), postId);
            result.insert(QStringLiteral("error"), QJsonValue::Null);
            ++ok;
        } else {
            result.insert(QStringLiteral("status"), QStringLiteral("FAILED"));
            result.insert(QStringLiteral("postId"), QJsonValue::Null);
            result.insert(QStringLiteral("error"), problem);
            ++failed;
        }
        import.rows.append(result);
    }
    import.object.insert(QStringLiteral("processedRows"), ok + failed);
    import.object.insert(QStringLiteral("successRows"), ok);
    import.object.insert(QStringLiteral("failedRows"), failed);
    import.object.insert(QStringLiteral("status"), failed ? QStringLiteral("COMPLETED_WITH_ERRORS") : QStringLiteral("COMPLETED"));
}

Reply FakeBundleSocial::route(const FakeHttpServer::Request &request)
{
    const QUrl url(QString::fromUtf8(request.path));
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts); // api, v1, post-csv-import, ...
    if (parts.mid(0, 3) != QStringList{QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("post-csv-import")})
        return error(404, QStringLiteral("not_found"), QStringLiteral("No route"));
    const QUrlQuery query(url);
    if (parts.size() == 3 && request.method == "POST")
        return upload(request);
    if (parts.size() == 3 && request.method == "GET") {
        const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
        const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 10;
        QJsonArray items;
        for (qsizetype i = m_imports.size() - 1 - offset; i >= 0 && items.size() < limit; --i)
            items.append(m_imports.at(i).object);
        return json(200, {{QStringLiteral("items"), items}, {QStringLiteral("total"), int(m_imports.size())}});
    }
    const QString id = parts.value(3);
    const auto found = std::find_if(m_imports.begin(), m_imports.end(), [&](const Import &i) { return i.object.value(u"id").toString() == id; });
    if (found == m_imports.end())
        return error(404, QStringLiteral("not_found"), QStringLiteral("No import %1").arg(id));
    Import &import = *found;
    if (parts.size() == 5 && parts.at(4) == u"status") {
        // Each poll moves the job on: PENDING, PROCESSING, then done (or paused).
        const QString state = import.object.value(u"status").toString();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (state == u"PENDING") {
            import.object.insert(QStringLiteral("status"), QStringLiteral("PROCESSING"));
        } else if (import.rateLimitedUntil > now) {
            import.object.insert(QStringLiteral("status"), QStringLiteral("RATE_LIMITED"));
            import.object.insert(QStringLiteral("rateLimitResetAt"),
                                 QDateTime::fromMSecsSinceEpoch(import.rateLimitedUntil, Qt::UTC).toString(Qt::ISODateWithMs));
        } else if (state == u"PROCESSING" || state == u"RATE_LIMITED") {
            process(import);
        }
        QJsonObject status;
        for (const char *key : {"id", "status", "totalRows", "processedRows", "successRows", "failedRows", "error"})
            status.insert(QLatin1StringView(key), import.object.value(QLatin1StringView(key)));
        return json(200, status);
    }
    if (parts.size() == 5 && parts.at(4) == u"rows") {
        const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
        const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 10;
        const QString status = query.queryItemValue(QStringLiteral("status"));
        QList<QJsonObject> rows;
        for (const QJsonObject &r : std::as_const(import.rows))
            if (status.isEmpty() || r.value(u"status").toString() == status)
                rows.append(r);
        QJsonArray items;
        for (qsizetype i = offset; i < rows.size() && items.size() < limit; ++i)
            items.append(rows.at(i));
        return json(200, {{QStringLiteral("items"), items}, {QStringLiteral("total"), int(rows.size())}});
    }
    if (parts.size() == 4 && request.method == "GET")
        return json(200, import.object);
    return error(404, QStringLiteral("not_found"), QStringLiteral("No route"));
}

} // namespace Almanac::Test
