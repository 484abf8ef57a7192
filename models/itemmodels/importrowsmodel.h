// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/importjob.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace Almanac {

// The per-row results of one past import (row number, status, post, error, the
// row as read), a page at a time as the view scrolls.
class ImportRowsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, StatusColumn, PostColumn, ErrorColumn, RawColumn, ColumnCount };

    explicit ImportRowsModel(QSqlDatabase db, QObject *parent = nullptr);

    void setImport(qint64 importId);
    qint64 importId() const { return m_importId; }

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
    bool m_atEnd = true;
    bool m_busy = false; // a page is going in: no other may be fetched yet
};

} // namespace Almanac
