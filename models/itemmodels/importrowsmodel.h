// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/importjob.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

namespace Almanac {

// The per-row results of one past import, a page at a time as the view
// scrolls: the row number, what became of it, why, then the row's values as a
// table under the file's own column names, and last (for the details) the
// post's id and the row as stored.
class ImportRowsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, StatusColumn, ErrorColumn, FirstFileColumn };

    explicit ImportRowsModel(QSqlDatabase db, QObject *parent = nullptr);

    void setImport(qint64 importId);
    qint64 importId() const { return m_importId; }

    // The columns after the file's: shown when the user asks for the details.
    int postIdColumn() const { return FirstFileColumn + int(m_headers.size()); }
    int rawColumn() const { return postIdColumn() + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static constexpr int PageSize = 500;
    QList<ImportRow> nextPage() const;

    QSqlDatabase m_db;
    qint64 m_importId = 0;
    QList<ImportRow> m_rows;
    QStringList m_headers; // the file's column names, in the file's order
    // Each row's values by header, parsed as rows are shown (a row's JSON is read once).
    mutable QHash<qint64, QJsonObject> m_values;
    bool m_atEnd = true;
    bool m_busy = false; // a page is going in: no other may be fetched yet
};

} // namespace Almanac
