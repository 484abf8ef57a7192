// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace Almanac {

struct JsonImportOutcome;

// Asks before a JSON export becomes posts: how many, and, one by one, the
// files on this computer its posts would upload. A plan from someone else
// may name any file (a key, /etc/passwd); Import is enabled only once the
// user has checked each file as one they expect.
class JsonImportDialog final : public QDialog
{
    Q_OBJECT

public:
    JsonImportDialog(const QString &fileName, const JsonImportOutcome &check, QWidget *parent = nullptr);

    // The files the user checked (all of them, once Import is enabled).
    QStringList confirmedFiles() const;

private:
    void updateImportButton();

    QListWidget *m_files;
    QPushButton *m_import;
    QLabel *m_waiting; // says why Import waits
};

} // namespace Almanac
