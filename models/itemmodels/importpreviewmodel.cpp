// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/importpreviewmodel.h"

#include "models/itemmodels/problemtext.h"

#include "models/csv/csvreader.h"
#include "models/domain/clock.h"
#include "models/domain/platform.h"

#include <QBuffer>
#include <QDateTime>
#include <QVarLengthArray>

#include <algorithm>
#include <utility>

namespace Almanac {

class ImportPreviewModel::QuietCounts
{
public:
    explicit QuietCounts(ImportPreviewModel &model)
        : m_model(model)
    {
        ++m_model.m_quiet;
    }
    ~QuietCounts()
    {
        if (--m_model.m_quiet == 0 && std::exchange(m_model.m_countsDirty, false))
            Q_EMIT m_model.countsChanged();
    }

private:
    ImportPreviewModel &m_model;
};

QList<RowIssue> IssueInterner::intern(const QList<RowIssue> &issues)
{
    if (const auto known = m_lists.constFind(issues); known != m_lists.cend())
        return *known;
    QList<RowIssue> shared = issues;
    for (RowIssue &issue : shared) {
        if (const auto known = m_messages.constFind(issue.message); known != m_messages.cend())
            issue.message = *known;
        else if (m_messages.size() < MaxDistinct)
            m_messages.insert(issue.message);
    }
    if (m_lists.size() < MaxDistinct)
        m_lists.insert(shared);
    return shared;
}

void PreviewChunk::add(const RowVerdict &verdict, qint64 offset, bool excluded, IssueInterner *interner)
{
    PreviewRow r;
    r.offset = offset;
    r.rowNumber = qint32(verdict.row);
    r.scheduledAt = verdict.scheduledAt.value_or(PreviewRow::NoTime);
    r.status = quint8(verdict.status);
    r.targetCount = quint8(qMin<qsizetype>(verdict.targets.size(), 255));
    for (int i = 0; i < qMin<int>(int(verdict.targets.size()), PreviewRow::MaxTargets); ++i)
        r.targets[i] = quint8(qMin(verdict.targets.at(i), 255));
    if (excluded)
        r.flags |= PreviewRow::Excluded;
    if (!verdict.errors.isEmpty()) {
        r.flags |= PreviewRow::HasErrors;
        errors.insert(r.rowNumber, interner ? interner->intern(verdict.errors) : verdict.errors);
    }
    if (!verdict.warnings.isEmpty()) {
        r.flags |= PreviewRow::HasWarnings;
        warnings.insert(r.rowNumber, interner ? interner->intern(verdict.warnings) : verdict.warnings);
    }
    rows.append(r);
}

ImportPreviewModel::ImportPreviewModel(const QString &filePath, char delimiter, const DialectMapping &mapping,
                                       ValidationContext context, const QTimeZone &displayZone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_file(filePath)
    , m_delimiter(delimiter)
    , m_mapping(mapping)
    , m_validator(RowValidator::create(mapping, std::move(context)))
    , m_display(displayZone)
{
    for (const ColumnBinding &c : mapping.columns)
        m_headers.append(c.header);
    // Mapped, the file's bytes cost address space, not memory: the preview reads
    // back only the rows on screen.
    if (m_file.open(QIODevice::ReadOnly) && m_file.size() > 0)
        m_map = m_file.map(0, m_file.size());
}

ImportPreviewModel::~ImportPreviewModel() = default;

void ImportPreviewModel::appendChunk(const PreviewChunk &chunk)
{
    if (chunk.rows.isEmpty())
        return;
    m_errors.insert(chunk.errors);
    m_warnings.insert(chunk.warnings);
    QList<qint32> visible;
    if (m_filter != Filter::All) {
        for (qsizetype i = 0; i < chunk.rows.size(); ++i)
            if (passes(chunk.rows.at(i)))
                visible.append(qint32(m_rows.size() + i));
    }
    const qsizetype added = m_filter == Filter::All ? chunk.rows.size() : visible.size();
    if (added)
        beginInsertRows({}, rowCount(), rowCount() + int(added) - 1);
    m_rows.append(chunk.rows);
    m_visible.append(visible);
    if (added)
        endInsertRows();
    for (const PreviewRow &r : chunk.rows)
        count(r, +1);
    Q_EMIT countsChanged();
}

bool ImportPreviewModel::passes(const PreviewRow &r) const
{
    switch (m_filter) {
    case Filter::All: return true;
    case Filter::Errors: return r.has(PreviewRow::HasErrors);
    case Filter::Warnings: return r.has(PreviewRow::HasWarnings);
    case Filter::Problem: return r.has(PreviewRow::HasErrors) && hasProblem(r.rowNumber, m_problem);
    }
    return true;
}

bool ImportPreviewModel::hasProblem(qint32 rowNumber, const QString &key) const
{
    const auto errors = m_errors.constFind(rowNumber);
    return errors != m_errors.cend()
        && std::any_of(errors->cbegin(), errors->cend(), [&](const RowIssue &e) { return problemKey(e) == key; });
}

void ImportPreviewModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildVisible();
    endResetModel();
}

void ImportPreviewModel::setProblemFilter(const QString &key)
{
    if (m_filter == Filter::Problem && m_problem == key)
        return;
    beginResetModel();
    m_filter = Filter::Problem;
    m_problem = key;
    rebuildVisible();
    endResetModel();
}


const QList<Integration> &ImportPreviewModel::integrations() const
{
    return m_validator->context().integrations;
}

QString ImportPreviewModel::problemKey(const RowIssue &issue)
{
    return issue.column + u'\x1f' + ProblemText::setValuesAside(issue.message, ProblemText::Aside::Key);
}

QString ImportPreviewModel::problemLabel(const RowIssue &issue)
{
    return issueLine(issue, ProblemText::setValuesAside(issue.message, ProblemText::Aside::Label));
}

QList<ImportPreviewModel::Problem> ImportPreviewModel::problems(int most) const
{
    QList<const Problem *> all;
    for (const Problem &p : m_problems)
        if (p.rows > 0)
            all.append(&p);
    const auto more = [](const Problem *a, const Problem *b) { return a->rows != b->rows ? a->rows > b->rows : a->key < b->key; };
    const qsizetype kept = qMin<qsizetype>(most, all.size());
    std::partial_sort(all.begin(), all.begin() + kept, all.end(), more);
    QList<Problem> top;
    for (qsizetype i = 0; i < kept; ++i)
        top.append(*all.at(i));
    return top;
}

void ImportPreviewModel::rebuildVisible()
{
    m_visible.clear();
    if (m_filter == Filter::All)
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (passes(m_rows.at(i)))
            m_visible.append(qint32(i));
}

void ImportPreviewModel::count(const PreviewRow &r, int sign)
{
    if (r.has(PreviewRow::Excluded)) {
        m_counts.excluded += sign;
        m_counts.excludedWithErrors += r.has(PreviewRow::HasErrors) ? sign : 0;
        m_counts.excludedWithWarnings += r.has(PreviewRow::HasWarnings) ? sign : 0;
        return;
    }
    if (r.has(PreviewRow::HasErrors)) {
        m_counts.errors += sign;
        // Each problem once per row, however many times the row has it.
        QVarLengthArray<QString, 4> seen;
        for (const RowIssue &e : m_errors.value(r.rowNumber)) {
            QString key = problemKey(e);
            if (std::find(seen.cbegin(), seen.cend(), key) != seen.cend())
                continue;
            auto p = m_problems.find(key);
            if (p == m_problems.end()) {
                // Entries are never taken out, so a key not told apart when a
                // row was counted is not when the row is counted out either.
                if (m_problems.size() >= MaxProblems)
                    continue;
                p = m_problems.insert(key, Problem{key, problemLabel(e), 0});
            } else if (sign > 0 && p->labelsMerged < MaxLabelsMerged) {
                // A number the first rows differ in is theirs, not the problem's.
                p->label = ProblemText::mergedLabel(p->label, problemLabel(e));
                ++p->labelsMerged;
            }
            p->rows += sign;
            seen.append(std::move(key));
        }
    } else {
        m_counts.valid += sign;
    }
    if (r.has(PreviewRow::HasWarnings))
        m_counts.warnings += sign;
}

ImportPreviewModel::Summary ImportPreviewModel::summary() const
{
    Summary s;
    s.excluded = m_counts.excluded;
    const QList<Integration> &integrations = m_validator->context().integrations;
    QList<qint64> perIntegration(integrations.size());
    for (const PreviewRow &r : m_rows) {
        if (r.has(PreviewRow::Excluded) || r.has(PreviewRow::HasErrors))
            continue;
        ++s.posts;
        PostStatus(r.status) == PostStatus::Draft ? ++s.drafts : ++s.scheduled;
        if (r.scheduledAt != PreviewRow::NoTime) {
            s.first = s.first ? qMin(s.first, r.scheduledAt) : r.scheduledAt;
            s.last = qMax(s.last, r.scheduledAt);
        }
        for (int i = 0; i < qMin<int>(r.targetCount, PreviewRow::MaxTargets); ++i)
            if (r.targets[i] < perIntegration.size())
                ++perIntegration[r.targets[i]];
    }
    for (qsizetype i = 0; i < perIntegration.size(); ++i) {
        if (!perIntegration.at(i))
            continue;
        ++s.integrations;
        s.perPlatform[integrations.at(i).platform] += perIntegration.at(i);
    }
    return s;
}

QSet<qint64> ImportPreviewModel::excludedRows() const
{
    QSet<qint64> rows;
    for (const PreviewRow &r : m_rows)
        if (r.has(PreviewRow::Excluded))
            rows.insert(r.rowNumber);
    return rows;
}

const QList<QByteArray> &ImportPreviewModel::cells(int storage) const
{
    if (const QList<QByteArray> *cached = m_cells.object(storage))
        return *cached;
    const PreviewRow &r = m_rows.at(storage);
    auto *fields = new QList<QByteArray>;
    // Read the record from its offset through the same reader the import used,
    // growing the window until the record ends inside it.
    const qint64 remaining = m_file.size() - r.offset;
    for (qint64 window = 16 * 1024;; window *= 4) {
        const qint64 length = qMin(window, remaining);
        QByteArray bytes;
        if (m_map) {
            bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(m_map + r.offset), length);
        } else {
            auto &file = const_cast<QFile &>(m_file);
            if (file.seek(r.offset))
                bytes = file.read(length);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        reader.setDelimiter(m_delimiter);
        const bool read = reader.next();
        if (read && reader.bytesConsumed() < length) {
            for (qsizetype i = 0; i < reader.size(); ++i)
                fields->append(reader.field(i).toByteArray());
            break;
        }
        if (length >= remaining || window > CsvReader::MaxRecordSize) {
            if (read)
                for (qsizetype i = 0; i < reader.size(); ++i)
                    fields->append(reader.field(i).toByteArray());
            break;
        }
    }
    m_edits.apply(r.rowNumber, *fields);
    m_cells.insert(storage, fields);
    return *fields;
}

QStringList ImportPreviewModel::fields(int row) const
{
    QStringList out;
    if (row < 0 || row >= rowCount())
        return out;
    for (const QByteArray &cell : cells(storageIndex(row)))
        out.append(QString::fromUtf8(cell));
    return out;
}

int ImportPreviewModel::fileColumnOf(int column) const
{
    const bool bundle = m_mapping.dialect == CsvDialect::BundleSocial;
    switch (column) {
    case DestinationsColumn: return m_mapping.columnOf(bundle ? ColumnRole::SocialAccountTypes : ColumnRole::Integrations);
    case ContentColumn: return m_mapping.columnOf(bundle ? ColumnRole::Text : ColumnRole::Content);
    case TimeColumn: return m_mapping.scheduleColumn();
    }
    return -1;
}

bool ImportPreviewModel::setField(int row, int column, const QString &value)
{
    if (row < 0 || row >= rowCount() || column < 0)
        return false;
    const int storage = storageIndex(row);
    const QByteArray utf8 = value.toUtf8();
    if (cells(storage).value(column) == utf8)
        return true;
    // Counted once, after the row's own change is said: the page may then
    // change which rows its filter shows.
    const QuietCounts batch(*this);
    fixField(storage, column, utf8);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void ImportPreviewModel::fixField(int storage, int column, const QByteArray &value)
{
    const bool wasBroken = m_rows.at(storage).has(PreviewRow::HasErrors);
    writeField(storage, column, value);
    // A row left out for its errors and now fixed is one to import: back in.
    if (wasBroken && m_rows.at(storage).has(PreviewRow::Excluded) && !m_rows.at(storage).has(PreviewRow::HasErrors))
        setExcludedStorage({storage}, false);
}

void ImportPreviewModel::writeField(int storage, int column, const std::optional<QByteArray> &value)
{
    const qint64 number = m_rows.at(storage).rowNumber;
    if (value) {
        m_edits.cells[number][column] = *value;
    } else if (auto edited = m_edits.cells.find(number); edited != m_edits.cells.end()) {
        edited->remove(column);
        if (edited->isEmpty())
            m_edits.cells.erase(edited);
    }
    m_cells.remove(storage);
    rejudge(storage);
}

int ImportPreviewModel::storageOfNumber(qint64 rowNumber) const
{
    // Rows arrive in file order, so row numbers only grow: a binary search.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), rowNumber,
                                     [](const PreviewRow &r, qint64 number) { return r.rowNumber < number; });
    return it != m_rows.cend() && it->rowNumber == rowNumber ? int(it - m_rows.cbegin()) : -1;
}

std::optional<QByteArray> ImportPreviewModel::fixedCell(qint64 rowNumber, int column) const
{
    const auto edited = m_edits.cells.constFind(rowNumber);
    return edited != m_edits.cells.constEnd() && edited->contains(column) ? std::optional<QByteArray>(edited->value(column))
                                                                          : std::nullopt;
}

void ImportPreviewModel::countsMayHaveChanged()
{
    if (m_quiet)
        m_countsDirty = true;
    else
        Q_EMIT countsChanged();
}

QList<int> ImportPreviewModel::storageOf(const QList<int> &rows) const
{
    QList<int> storage;
    for (int row : rows)
        if (row >= 0 && row < rowCount())
            storage.append(storageIndex(row));
    return storage;
}

ImportPreviewModel::FieldsBefore ImportPreviewModel::setFieldOfRows(const QList<int> &rows, int column,
                                                                   const QString &value)
{
    FieldsBefore before;
    if (column < 0)
        return before;
    const QByteArray utf8 = value.toUtf8();
    {
        const QuietCounts batch(*this);
        for (int storage : storageOf(rows)) {
            if (cells(storage).value(column) == utf8)
                continue; // already so: not a fix, and nothing to undo
            const qint64 number = m_rows.at(storage).rowNumber;
            before.insert(number, fixedCell(number, column));
            fixField(storage, column, utf8);
        }
    }
    if (!before.isEmpty() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return before;
}

ImportPreviewModel::Moved ImportPreviewModel::moveTimes(const QList<int> &rows, int months, int days, const QTimeZone &zone)
{
    Moved moved;
    const int column = m_mapping.scheduleColumn();
    const int timeColumn = m_mapping.columnOf(ColumnRole::ScheduleTime);
    if (column < 0)
        return moved;
    {
        const QuietCounts batch(*this);
        for (int storage : storageOf(rows)) {
            const PreviewRow &r = m_rows.at(storage);
            if (r.scheduledAt == PreviewRow::NoTime) {
                ++moved.unmoved;
                continue;
            }
            const QDateTime local = QDateTime::fromSecsSinceEpoch(r.scheduledAt, zone);
            const QDate month = local.date().addMonths(months);
            if (month.day() != local.date().day())
                ++moved.clamped;
            const QTime time = local.time();
            QString text = month.addDays(days).toString(QStringLiteral("yyyy-MM-dd"));
            // The time of day stays in its own column, unless the date's cell held it.
            if (timeColumn < 0 || cells(storage).value(timeColumn).trimmed().isEmpty())
                text += u' ' + time.toString(time.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
            moved.before.insert(r.rowNumber, fixedCell(r.rowNumber, column));
            fixField(storage, column, text.toUtf8());
        }
    }
    if (!moved.before.isEmpty() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return moved;
}

void ImportPreviewModel::setExcludedRows(const QList<int> &rows, bool excluded)
{
    setExcludedStorage(storageOf(rows), excluded);
}

void ImportPreviewModel::setExcludedRowNumbers(const QList<qint64> &numbers, bool excluded)
{
    QList<int> storage;
    for (qint64 number : numbers)
        if (const int s = storageOfNumber(number); s >= 0)
            storage.append(s);
    setExcludedStorage(storage, excluded);
}

void ImportPreviewModel::markExcluded(PreviewRow &r, bool excluded)
{
    count(r, -1);
    r.flags = excluded ? (r.flags | PreviewRow::Excluded) : (r.flags & ~PreviewRow::Excluded);
    count(r, +1);
}

void ImportPreviewModel::setExcludedStorage(const QList<int> &storageRows, bool excluded)
{
    {
        const QuietCounts batch(*this);
        for (int storage : storageRows) {
            PreviewRow &r = m_rows[storage];
            if (r.has(PreviewRow::Excluded) == excluded)
                continue;
            markExcluded(r, excluded);
            countsMayHaveChanged();
        }
    }
    if (!storageRows.isEmpty() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ImportPreviewModel::restoreFields(int column, const FieldsBefore &before)
{
    {
        const QuietCounts batch(*this);
        for (auto it = before.constBegin(); it != before.constEnd(); ++it)
            if (const int storage = storageOfNumber(it.key()); storage >= 0)
                writeField(storage, column, it.value());
    }
    if (!before.isEmpty() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ImportPreviewModel::setDuplicateIndex(std::shared_ptr<DuplicateIndex> index)
{
    m_duplicates = std::move(index);
    m_validator->setDuplicateIndex(m_duplicates.get());
}

void ImportPreviewModel::rejudge(int storage)
{
    PreviewRow &r = m_rows[storage];
    const QList<QByteArray> &bytes = cells(storage);
    QVarLengthArray<QByteArrayView, 32> views;
    for (const QByteArray &b : bytes)
        views.append(b);
    RowVerdict verdict;
    m_validator->validate({views.data(), size_t(views.size())}, r.rowNumber, verdict);
    count(r, -1);
    PreviewChunk judged;
    judged.add(verdict, r.offset, r.has(PreviewRow::Excluded));
    r = judged.rows.first();
    if (m_edits.cells.contains(r.rowNumber)) // an undo may have taken its last fix away
        r.flags |= PreviewRow::Edited;
    m_errors.remove(r.rowNumber);
    m_warnings.remove(r.rowNumber);
    m_errors.insert(judged.errors);
    m_warnings.insert(judged.warnings);
    count(r, +1);
    countsMayHaveChanged();
}

bool ImportPreviewModel::setExcluded(int row, bool excluded)
{
    if (row < 0 || row >= rowCount())
        return false;
    PreviewRow &r = m_rows[storageIndex(row)];
    if (r.has(PreviewRow::Excluded) == excluded)
        return true;
    markExcluded(r, excluded);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    countsMayHaveChanged();
    return true;
}

QList<qint64> ImportPreviewModel::excludeRowsWithErrors()
{
    QList<qint64> changed;
    beginResetModel(); // a million rows may change: one reset, not a signal each
    for (PreviewRow &r : m_rows) {
        if (!r.has(PreviewRow::HasErrors) || r.has(PreviewRow::Excluded))
            continue;
        markExcluded(r, true);
        changed.append(r.rowNumber);
    }
    rebuildVisible();
    endResetModel();
    if (!changed.isEmpty())
        Q_EMIT countsChanged();
    return changed;
}

int ImportPreviewModel::rowOfNumber(qint64 rowNumber) const
{
    if (m_filter == Filter::All)
        return storageOfNumber(rowNumber);
    const auto less = [this](qint32 storage, qint64 number) { return m_rows.at(storage).rowNumber < number; };
    const auto it = std::lower_bound(m_visible.cbegin(), m_visible.cend(), rowNumber, less);
    return it != m_visible.cend() && m_rows.at(*it).rowNumber == rowNumber ? int(it - m_visible.cbegin()) : -1;
}

QString ImportPreviewModel::issuesText(qint32 rowNumber, bool valuesAside) const
{
    QStringList lines;
    auto add = [&](const QList<RowIssue> &issues, const QString &prefix) {
        for (const RowIssue &i : issues)
            lines.append(prefix + issueLine(i, valuesAside ? ProblemText::setValuesAside(i.message, ProblemText::Aside::Cell) : i.message));
    };
    if (const auto e = m_errors.constFind(rowNumber); e != m_errors.cend())
        add(*e, {});
    if (const auto w = m_warnings.constFind(rowNumber); w != m_warnings.cend())
        add(*w, tr("Warning: "));
    return lines.join(u'\n');
}

QString ImportPreviewModel::destinations(const PreviewRow &r) const
{
    QStringList names;
    const QList<Integration> &integrations = m_validator->context().integrations;
    for (int i = 0; i < qMin<int>(r.targetCount, PreviewRow::MaxTargets); ++i) {
        if (r.targets[i] >= integrations.size())
            continue;
        names.append(destinationName(integrations.at(r.targets[i])));
    }
    if (r.targetCount > PreviewRow::MaxTargets)
        names.append(tr("and %1 more").arg(r.targetCount - PreviewRow::MaxTargets));
    return names.join(QStringLiteral(", "));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_filter == Filter::All ? m_rows.size() : m_visible.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int storage = storageIndex(index.row());
    const PreviewRow &r = m_rows.at(storage);
    const RowState state = r.has(PreviewRow::Excluded)      ? RowState::Excluded
                           : r.has(PreviewRow::HasErrors)   ? RowState::Error
                           : r.has(PreviewRow::HasWarnings) ? RowState::Warning
                                                            : RowState::Valid;
    switch (role) {
    case RowStateRole: return int(state);
    case RowNumberRole: return qint64(r.rowNumber);
    case ScheduledAtRole: return r.scheduledAt == PreviewRow::NoTime ? QVariant() : QVariant(r.scheduledAt);
    case PlatformsRole: {
        QStringList platforms;
        const QList<Integration> &integrations = m_validator->context().integrations;
        for (int i = 0; i < qMin<int>(r.targetCount, PreviewRow::MaxTargets); ++i)
            if (r.targets[i] < integrations.size())
                platforms.append(integrations.at(r.targets[i]).platform);
        return platforms;
    }
    case Qt::CheckStateRole:
        return index.column() == IncludeColumn ? QVariant(r.has(PreviewRow::Excluded) ? Qt::Unchecked : Qt::Checked)
                                               : QVariant();
    case Qt::EditRole:
        if (const int column = fileColumnOf(index.column()); column >= 0)
            return QString::fromUtf8(cells(storage).value(column));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IncludeColumn: return tr("Clear to leave this row out of the import (it is recorded as excluded).");
        case ContentColumn: return QString::fromUtf8(cells(storage).value(fileColumnOf(ContentColumn)).left(2000));
        case TimeColumn: return r.scheduledAt == PreviewRow::NoTime ? QVariant() : QVariant(tr("%1 UTC").arg(isoUtc(r.scheduledAt)));
        case IssuesColumn: return issuesText(r.rowNumber);
        case StatusColumn:
        case DestinationsColumn: return data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn: return qint64(r.rowNumber);
        case StatusColumn:
            switch (state) {
            case RowState::Valid: return r.has(PreviewRow::Edited) ? tr("Fixed") : tr("Valid");
            case RowState::Warning: return tr("Warning");
            case RowState::Error: return tr("Error");
            case RowState::Excluded: return tr("Excluded");
            }
            return {};
        case DestinationsColumn: return destinations(r);
        case ContentColumn: {
            QString text = QString::fromUtf8(cells(storage).value(fileColumnOf(ContentColumn)).left(600)).simplified();
            return text.size() > 140 ? text.left(139) + QStringLiteral("…") : text;
        }
        case TimeColumn: {
            if (r.scheduledAt == PreviewRow::NoTime) {
                const QByteArray raw = cells(storage).value(fileColumnOf(TimeColumn));
                return raw.isEmpty() ? tr("No date") : QString::fromUtf8(raw);
            }
            const WallClock::Local local = m_display.toLocal(r.scheduledAt);
            return shortDateTime(local.date, local.minute);
        }
        case IssuesColumn: {
            // What is wrong first: the row's values are in its other columns,
            // and whole in the tooltip and below the table.
            QString text = issuesText(r.rowNumber, true);
            return text.replace(u'\n', QStringLiteral(" · "));
        }
        }
        return {};
    }
    return {};
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == Qt::CheckStateRole && index.column() == IncludeColumn)
        return setExcluded(index.row(), value.value<Qt::CheckState>() == Qt::Unchecked);
    if (role == Qt::EditRole)
        return setField(index.row(), fileColumnOf(index.column()), value.toString());
    return false;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IncludeColumn: return tr("Import");
    case RowColumn: return tr("Row");
    case StatusColumn: return tr("Status");
    case DestinationsColumn: return tr("Destinations");
    case ContentColumn: return tr("Content");
    case TimeColumn: return tr("Time (%1)").arg(QString::fromUtf8(m_display.zone().id()));
    case IssuesColumn: return tr("Errors and warnings");
    }
    return {};
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == IncludeColumn)
        f |= Qt::ItemIsUserCheckable;
    if (fileColumnOf(index.column()) >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace Almanac
