// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Almanac {

class Database;
class ImportRowsModel;

// Past imports with their counts, and the per-row results of the one selected
// (row number, status, post, error, the row as read); Undo Import, and Export
// Row Report as CSV.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(Database &database, QWidget *parent = nullptr);

    // Re-reads the list (after an import or an undo).
    void reload();
    qint64 selectedImport() const;

Q_SIGNALS:
    void undoImportRequested(qint64 importId);

private:
    void showRows();
    void exportRows();

    Database &m_database;
    QTableWidget *m_imports;
    ImportRowsModel *m_rows;
    QTableView *m_rowsView;
    QPushButton *m_undo;
    QPushButton *m_export;
    QCheckBox *m_details;
};

} // namespace Almanac
