// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/csvdialect.h"
#include "models/csv/rowedits.h"
#include "models/domain/integration.h"
#include "models/domain/wallclock.h"
#include "models/validation/rowvalidator.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QFile>
#include <QHash>
#include <QMap>

#include <optional>
#include <QSet>

#include <memory>

namespace Almanac {

// One judged row as the preview keeps it: 32 bytes, whatever the row holds.
// The row's text stays in the file (read back, by offset, only for rows on
// screen); its issues are kept apart, for the rows that have any.
struct PreviewRow
{
    static constexpr int MaxTargets = 5;
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    qint64 offset = 0;           // of the record in the file
    qint64 scheduledAt = NoTime; // resolved UTC instant
    qint32 rowNumber = 0;        // spreadsheet numbering
    quint8 status = 0;           // PostStatus
    quint8 flags = 0;            // Flag
    quint8 targetCount = 0;      // destinations (the first MaxTargets are kept)
    quint8 targets[MaxTargets] = {}; // indexes into the integrations

    // (No ": quint8" here: lupdate 6.4 then loses the classes that follow.)
    enum Flag { HasErrors = 1, HasWarnings = 2, Excluded = 4, Edited = 8 };
    bool has(Flag f) const { return flags & f; }
};

// Rows' issues held once where rows share them. A file's rows break the same
// few rules in the same words: bench_realistic's 200k rows have 131k issues
// and 1,599 distinct messages, and a million such rows held 379 MiB in the
// preview before. The first MaxDistinct lists and messages are remembered (a
// hostile file of all-different messages costs no more than without this).
class IssueInterner
{
public:
    static constexpr qsizetype MaxDistinct = 4096;
    // `issues`, sharing the memory of an equal list or equal messages met before.
    QList<RowIssue> intern(const QList<RowIssue> &issues);

private:
    QSet<QList<RowIssue>> m_lists;
    QSet<QString> m_messages;
};

// Judged rows on their way from the worker thread to the model, with the
// issues of those that have any.
struct PreviewChunk
{
    QList<PreviewRow> rows;
    QHash<qint32, QList<RowIssue>> errors;   // by row number
    QHash<qint32, QList<RowIssue>> warnings; // by row number

    // `interner`: one for all the chunks of a run, on the thread that adds.
    void add(const RowVerdict &verdict, qint64 offset, bool excluded, IssueInterner *interner = nullptr);
};

// The import wizard's preview: every row of a CSV file as it is judged, its
// destinations, snippet, resolved time and issues in words. Rows arrive in
// chunks from a worker; cells are read back from the file only when shown, so
// a million rows cost ~32 MB. The user fixes a cell (setData, judged again at
// once) or excludes a row (the check box); importOptions() carries both to the
// import that confirms.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IncludeColumn, RowColumn, StatusColumn, DestinationsColumn, ContentColumn, TimeColumn,
                  IssuesColumn, ColumnCount };
    enum Role {
        RowStateRole = Qt::UserRole + 1, // RowState
        PlatformsRole,                   // QStringList, one per destination
        RowNumberRole,                   // qint64
        ScheduledAtRole,                 // qint64 UTC, or null
    };
    enum class RowState { Valid, Warning, Error, Excluded };
    enum class Filter { All, Errors, Warnings, Problem };

    struct Counts
    {
        qint64 valid = 0; // included rows without errors (warnings or not)
        qint64 errors = 0;
        qint64 warnings = 0;
        qint64 excluded = 0;
        // Of the excluded rows: those with errors, with warnings. The Show
        // filters list them too, so they can be fixed and brought back.
        qint64 excludedWithErrors = 0;
        qint64 excludedWithWarnings = 0;
    };

    // `headerNames`: the names the columns are read as (the mapping's).
    ImportPreviewModel(const QString &filePath, char delimiter, const DialectMapping &mapping,
                       ValidationContext context, const QTimeZone &displayZone, QObject *parent = nullptr);
    ~ImportPreviewModel() override;

    void appendChunk(const PreviewChunk &chunk);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // A kind of error rows share: the same rule broken in the same column, told
    // apart from each row's own values (what is quoted, and numbers), so a file
    // with hundreds of errors reads as a few problems.
    struct Problem
    {
        QString key;
        // "column: message", its values as "…" (problemLabel), and the numbers
        // its rows do not share too (ProblemText::mergedLabel)
        QString label;
        qint64 rows = 0; // included rows with it
        int labelsMerged = 0; // the first rows' labels are merged, not every row's
    };
    // The `most` problems of the most included rows, most first.
    QList<Problem> problems(int most) const;
    // The included rows with one problem now.
    qint64 problemRows(const QString &key) const { return m_problems.value(key).rows; }
    // The accounts the rows are judged against (their ids are what an
    // integrations cell may name).
    const QList<Integration> &integrations() const;
    // Problems told apart at most: a hostile file whose every row is a problem
    // of its own must not cost a string per row (the rest show under errors).
    static constexpr qsizetype MaxProblems = 4096;
    // A problem's label is merged with its first rows' (a number that does not
    // vary in 32 rows is the rule's, such as a limit).
    static constexpr int MaxLabelsMerged = 32;
    static QString problemKey(const RowIssue &issue);
    // "column: message" with the row's own values as "…": what is wrong, for many rows.
    static QString problemLabel(const RowIssue &issue);
    // Shows only the rows with one problem (Filter::Problem).
    void setProblemFilter(const QString &key);
    Counts counts() const { return m_counts; }
    qint64 totalRows() const { return m_rows.size(); }
    // What Confirm will write, for its summary.
    struct Summary
    {
        qint64 posts = 0;
        qint64 drafts = 0;
        qint64 scheduled = 0;
        qint64 first = 0, last = 0;      // UTC, of the dated posts (0 when none)
        QMap<QString, qint64> perPlatform; // platform id -> posts to it
        int integrations = 0;            // distinct destinations
        qint64 excluded = 0;
    };
    Summary summary() const;
    // Every included row judged and none with errors.
    bool canConfirm() const { return m_counts.errors == 0 && m_counts.valid > 0; }

    // What the user changed, for the import that confirms.
    RowEdits edits() const { return {m_edits.cells, excludedRows()}; }
    const QHash<qint64, QHash<int, QByteArray>> &cellEdits() const { return m_edits.cells; }
    QSet<qint64> excludedRows() const;
    // The whole file's duplicate index (from the run that judged it), so a fixed
    // row is checked for duplicates as the import will check it.
    void setDuplicateIndex(std::shared_ptr<DuplicateIndex> index);

    // A whole row: every field as the file (or the user's fix) says, by the file's columns.
    QStringList fields(int row) const;
    QStringList headers() const { return m_headers; }
    void setHeaders(const QStringList &fileHeaders) { m_headers = fileHeaders; }
    // Fixes one field of a row (by the file's column) and judges the row again.
    bool setField(int row, int column, const QString &value);
    bool setExcluded(int row, bool excluded);
    // One field of many rows (by the file's column) set to `value`, each row
    // judged again. Returns what each row had before, by row number (nullopt:
    // the file's own value), for restoreFields to undo it.
    using FieldsBefore = QHash<qint64, std::optional<QByteArray>>;
    FieldsBefore setFieldOfRows(const QList<int> &rows, int column, const QString &value);
    void restoreFields(int column, const FieldsBefore &before);
    // Moves the time of each of `rows` that has one by `months` and `days`,
    // keeping its wall-clock time in `zone` (last year's plan, moved to this
    // year), written as the wizard's editors write a time. Rows without a time
    // that could be read are left as they are.
    struct Moved
    {
        FieldsBefore before; // what each moved row had, for restoreFields
        qsizetype unmoved = 0; // rows without a time
        qsizetype clamped = 0; // rows whose day the month has not (31 May + 1 month: 30 June)
    };
    Moved moveTimes(const QList<int> &rows, int months, int days, const QTimeZone &zone);
    // Includes or leaves out many rows at once (counted once, at the end).
    void setExcludedRows(const QList<int> &rows, bool excluded);
    // The same by spreadsheet row number (what an Undo remembers).
    void setExcludedRowNumbers(const QList<qint64> &numbers, bool excluded);
    // The file's column of a preview column (-1: none), and whether the date's
    // time of day is a column of its own.
    int fileColumnOf(int column) const;
    bool hasTimeOfDayColumn() const { return m_mapping.columnOf(ColumnRole::ScheduleTime) >= 0; }
    // Leaves out every row with errors (its box cleared); returns their numbers.
    QList<qint64> excludeRowsWithErrors();
    // The row of the model showing a spreadsheet row, or -1 (filtered out or not read yet).
    int rowOfNumber(qint64 rowNumber) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void countsChanged();

private:
    const PreviewRow &rowAt(int row) const { return m_rows.at(m_filter == Filter::All ? row : m_visible.at(row)); }
    int storageIndex(int row) const { return m_filter == Filter::All ? row : m_visible.at(row); }
    int storageOfNumber(qint64 rowNumber) const; // -1: not read yet
    // Sets (a value) or takes back (nullopt: the file's own) one field of a row, and judges it again.
    void writeField(int storage, int column, const std::optional<QByteArray> &value);
    // A user's fix: written, and a row left out for its errors that it fixes is in again.
    void fixField(int storage, int column, const QByteArray &value);
    // The user's fix of one cell, or nullopt (the file's own value).
    std::optional<QByteArray> fixedCell(qint64 rowNumber, int column) const;
    bool passes(const PreviewRow &r) const;
    // Storage indexes of model rows, taken before a batch changes which rows a filter shows.
    QList<int> storageOf(const QList<int> &rows) const;
    void setExcludedStorage(const QList<int> &storageRows, bool excluded);
    // Includes or leaves out one row, its counts moved with it (no signal).
    void markExcluded(PreviewRow &r, bool excluded);
    // Batches the counts: countsChanged once when the outermost batch ends.
    class QuietCounts;
    void countsMayHaveChanged();
    int m_quiet = 0;
    bool m_countsDirty = false;
    bool hasProblem(qint32 rowNumber, const QString &key) const;
    void rebuildVisible();
    void count(const PreviewRow &r, int sign);
    // The file's fields of a stored row, with the user's fixes (cached for the rows on screen).
    const QList<QByteArray> &cells(int storage) const;
    // The row's errors, then warnings, a line each; `valuesAside`: its long quoted values as "…".
    QString issuesText(qint32 rowNumber, bool valuesAside = false) const;
    QString destinations(const PreviewRow &r) const;
    void rejudge(int storage);

    QFile m_file;
    const uchar *m_map = nullptr;
    char m_delimiter;
    DialectMapping m_mapping;
    std::unique_ptr<RowValidator> m_validator; // for fixed rows, judged again in the GUI thread
    WallClock m_display;
    QStringList m_headers;
    QList<PreviewRow> m_rows;
    QList<qint32> m_visible; // storage indexes, when a filter is on
    QHash<qint32, QList<RowIssue>> m_errors, m_warnings;
    RowEdits m_edits; // the fixed cells (exclusions are the rows' Excluded flag)
    std::shared_ptr<DuplicateIndex> m_duplicates;
    Filter m_filter = Filter::All;
    QString m_problem; // the key Filter::Problem shows
    Counts m_counts;
    QHash<QString, Problem> m_problems; // by key, counted with m_counts
    mutable QCache<int, QList<QByteArray>> m_cells{512};
};

} // namespace Almanac
