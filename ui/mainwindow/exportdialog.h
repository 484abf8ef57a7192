// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/exporting/postexporter.h"

#include <QDate>
#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Almanac {

class Database;

// File → Export…: which format, which posts (all, the selection, or a range of
// days in the user's zone), then where; the export runs on a worker with a
// progress dialog that can stop it, and what the format could not hold is said.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Database &database, const QStringList &selectedPostIds, QDate firstDay, QDate lastDay,
                 const QTimeZone &zone, QWidget *parent = nullptr);

    ExportOptions options() const;
    // Exports to `file` without asking where (tests; the Export button asks first).
    void exportTo(const QString &file);

Q_SIGNALS:
    // The file is written, or why not; notes say what the format could not hold.
    void finished(bool ok, const QString &message, const QStringList &notes);

private:
    void updateForFormat();
    void askAndExport();

    Database &m_database;
    QStringList m_selected;
    QTimeZone m_zone;
    QComboBox *m_format;
    QLabel *m_about;
    QLineEdit *m_teamId;
    QLabel *m_teamLabel;
    QRadioButton *m_all;
    QRadioButton *m_selection;
    QRadioButton *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace Almanac
