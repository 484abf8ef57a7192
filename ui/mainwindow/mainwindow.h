// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressDialog;
class QStackedWidget;
class QTableView;

namespace Almanac {

class BackgroundImport;
class Database;
class PostListModel;
struct ImportOutcome;

// The main window: the post list on the default store, filtered by status, with
// File > Import CSV (the same import as almanac-cli) and the About box.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Validates the file in the background, shows what it found, and imports
    // on the user's word. Also reached by dropping a .csv on the window.
    void importCsv(const QString &path);
    PostListModel *postModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void chooseCsv();
    void showAbout();
    void refresh();
    void updateStatusBar();
    void startImport(const QString &path, bool dryRun, bool skipInvalid);
    void importFinished(const ImportOutcome &outcome);
    void restoreSettings();

    Database &m_database;
    PostListModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_zone = nullptr;
    QPointer<BackgroundImport> m_import;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Almanac
