// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/importrowsmodel.h"

#include "models/store/importrepository.h"

namespace Almanac {

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
    m_atEnd = importId == 0;
    if (!m_atEnd) {
        m_rows = nextPage();
        m_atEnd = m_rows.size() < PageSize;
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
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == ErrorColumn || index.column() == RawColumn))
        return index.column() == ErrorColumn ? r.error : QString::fromUtf8(r.rawJson);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn: return r.rowNumber;
    case StatusColumn:
        switch (r.status) {
        case ImportRowStatus::Committed: return tr("Imported");
        case ImportRowStatus::Skipped: return tr("Skipped (invalid)");
        case ImportRowStatus::Excluded: return tr("Excluded");
        }
        return {};
    case PostColumn: return r.postId;
    case ErrorColumn: return QString(r.error).replace(u'\n', QStringLiteral(" · "));
    case RawColumn: return QString::fromUtf8(r.rawJson);
    }
    return {};
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn: return tr("Row");
    case StatusColumn: return tr("Status");
    case PostColumn: return tr("Post");
    case ErrorColumn: return tr("Error");
    case RawColumn: return tr("Row as read");
    }
    return {};
}

} // namespace Almanac
