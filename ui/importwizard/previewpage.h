// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/importwizard/stephistory.h"
#include <QHash>
#include <QWizardPage>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QStyledItemDelegate;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Almanac {

class BackgroundImport;
struct ImportOutcome;
class ImportPreviewModel;
class PreviewFeed;

// The third step: every row judged on a worker thread while the table fills,
// with a progress bar and Stop. Each row shows its number, status, destinations,
// snippet, time and every issue in words; double-click a cell (or edit a field
// below the table) to fix it, clear the check box to exclude the row. Confirm
// comes only when every included row is valid.
class PreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    PreviewPage();
    ~PreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // Stops judging (nothing is written either way).
    void stop();
    bool isRunning() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void excludeRowsWithErrors();
    void showRowMenu(const QPoint &at);
    void start();
    void finished(const ImportOutcome &outcome);
    void updateCounts();
    // The filter's entries for the file's commonest problems, as counted now.
    void refreshProblems();
    void filterChosen();
    void showRowFields();
    void fieldEdited(int fieldRow);
    // The model rows the user selected, in order.
    QList<int> selectedRows() const;
    void setColumnOfSelectedRows();
    void moveTimesOfSelectedRows();
    // Takes back the last Set a Column or Move Times, named in the Undo button.
    // `what`: the Undo button's words; `undone`: what the page says once it is taken back.
    void offerUndo(StepHistory::Step step);
    void includeSelectedRows(bool include);

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QPushButton *m_again;
    QComboBox *m_filter;
    QPushButton *m_excludeErrors;
    QPushButton *m_setColumn;
    QPushButton *m_moveTimes;
    QLabel *m_nextHint;
    QPushButton *m_undoSet; // takes back the last change to many rows
    QPushButton *m_redoSet; // does again the last one taken back
    StepHistory m_steps;
    void showUndo();
    QStyledItemDelegate *m_timeDelegate = nullptr;
    QLabel *m_counts;
    QTableView *m_table;
    QLabel *m_fieldsTitle;
    QLabel *m_rowIssues;
    QTableWidget *m_fields;
    std::unique_ptr<PreviewFeed> m_feed;
    BackgroundImport *m_check = nullptr;
    bool m_judged = false; // every row of the file judged, without a fault in the file
    bool m_fillingFields = false;
};

} // namespace Almanac
