// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/importrowsmodel.h"

#include "models/store/importrepository.h"

#include <QJsonDocument>

namespace Almanac {

namespace {

// The keys of a row as stored ({"header": "value", ...}) in the order the file
// had them: QJsonObject sorts its keys, so the order is read off the text.
QStringList headersInOrder(const QByteArray &rawJson)
{
    const QJsonObject row = QJsonDocument::fromJson(rawJson).object();
    QList<std::pair<qsizetype, QString>> found;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        // The key as JSON writes it, then its colon: a value's quotes are escaped, so only a key matches.
        QByteArray written = QJsonDocument(QJsonObject{{it.key(), QString()}}).toJson(QJsonDocument::Compact);
        written = written.mid(1, written.indexOf("\":") - 1 + 2); // "key":
        found.append({rawJson.indexOf(written), it.key()});
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto &[position, key] : std::as_const(found))
        out.append(key);
    return out;
}

} // namespace

ImportRowsModel::ImportRowsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void ImportRowsModel::setImport(qint64 importId)
{
    m_busy = true;
    beginResetModel();
    m_importId = importId;
    m_rows.clear();
    m_values.clear();
    m_headers.clear();
    m_atEnd = importId == 0;
    if (!m_atEnd) {
        m_rows = nextPage();
        m_atEnd = m_rows.size() < PageSize;
        if (!m_rows.isEmpty()) // every row of an import has the file's one header
            m_headers = headersInOrder(m_rows.first().rawJson);
    }
    endResetModel();
    m_busy = false;
}

QList<ImportRow> ImportRowsModel::nextPage() const
{
    return ImportRepository(m_db).rows(m_importId, m_rows.isEmpty() ? 0 : m_rows.last().rowNumber, PageSize);
}

bool ImportRowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void ImportRowsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ImportRow> page = nextPage();
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_busy = false;
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rawColumn() + 1;
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &r = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::ToolTipRole && (column == ErrorColumn || column == rawColumn()))
        return column == ErrorColumn ? r.error : QString::fromUtf8(r.rawJson);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column >= FirstFileColumn && column < postIdColumn()) {
        auto values = m_values.constFind(r.rowNumber);
        if (values == m_values.constEnd()) {
            if (m_values.size() > 4 * PageSize) // what a screen shows is few rows: keep the cache small
                m_values.clear();
            values = m_values.insert(r.rowNumber, QJsonDocument::fromJson(r.rawJson).object());
        }
        const QString value = values->value(m_headers.at(column - FirstFileColumn)).toString();
        return role == Qt::ToolTipRole ? value.left(2000) : QString(value).replace(u'\n', u' ');
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == postIdColumn())
        return r.postId;
    if (column == rawColumn())
        return QString::fromUtf8(r.rawJson);
    switch (column) {
    case RowColumn: return r.rowNumber;
    case StatusColumn:
        switch (r.status) {
        case ImportRowStatus::Committed: return tr("Imported");
        case ImportRowStatus::Skipped: return tr("Skipped (invalid)");
        case ImportRowStatus::Excluded: return tr("Excluded");
        }
        return {};
    case ErrorColumn:
        if (r.error.isEmpty() && r.status == ImportRowStatus::Excluded)
            return tr("Left out in the preview"); // recorded as the user chose, not judged
        return QString(r.error).replace(u'\n', QStringLiteral(" · "));
    }
    return {};
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section >= FirstFileColumn && section < postIdColumn())
        return m_headers.at(section - FirstFileColumn);
    if (section == postIdColumn())
        return tr("Post ID");
    if (section == rawColumn())
        return tr("Row as stored");
    switch (section) {
    case RowColumn: return tr("Row");
    case StatusColumn: return tr("Status");
    case ErrorColumn: return tr("Why");
    }
    return {};
}

} // namespace Almanac
