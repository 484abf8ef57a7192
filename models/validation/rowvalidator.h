// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/csvdialect.h"
#include "models/csv/csvwriter.h"
#include "models/domain/trcache.h"
#include "models/validation/bytetext.h"
#include "models/validation/duplicateindex.h"
#include "models/validation/postrules.h"
#include "models/validation/verdict.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <memory>
#include <span>

namespace Almanac {

// Judges the CSV rows of one dialect and turns a valid row into a Post. One
// subclass per dialect (OpenPostRowValidator, BundleRowValidator) knows its
// columns; this base holds what both share: the columns by role, the accounts a
// row may name, the schedule and media cells, duplicates, and the verdict's
// wording. It reads the fields as UTF-8 bytes and builds strings only for
// messages and for normalize(), so a dry run over millions of rows allocates
// next to nothing per valid row. The platforms' own rules are PostRules'.
class RowValidator
{
    ALMANAC_DECLARE_TR_FUNCTIONS(RowValidator)

public:
    using Fields = std::span<const QByteArrayView>;

    // The validator for the mapping's dialect.
    static std::unique_ptr<RowValidator> create(const DialectMapping &mapping, ValidationContext context);
    virtual ~RowValidator() = default;
    RowValidator(const RowValidator &) = delete;
    RowValidator &operator=(const RowValidator &) = delete;

    void setDuplicateIndex(DuplicateIndex *index) { m_duplicates = index; }
    // judgeRow, then checkDuplicates.
    void validate(Fields fields, qint64 row, RowVerdict &verdict);
    // Everything but the duplicate check, which depends on the rows before: this
    // part depends on the row alone, so an import runs it on several threads.
    void judgeRow(Fields fields, qint64 row, RowVerdict &verdict) const;
    // Against the duplicate index (if set), in the file's order: a valid row
    // whose keys were seen before gets a warning.
    void checkDuplicates(RowVerdict &v) const;
    // The post a valid row becomes (no id yet).
    virtual Post normalize(Fields fields, const RowVerdict &verdict) const = 0;
    // The text and title normalize() gives the post, as the row's own bytes:
    // trimmed, and without a leading byte order mark (a pasted U+FEFF, or files
    // joined with cat), which QString::fromUtf8 would drop from the post's copy.
    QByteArrayView contentBytes(Fields fields) const { return textBytes(cell(fields, m_content)); }
    QByteArrayView titleBytes(Fields fields) const { return textBytes(cell(fields, m_title)); }

    const DialectMapping &mapping() const { return m_mapping; }
    const ValidationContext &context() const { return m_rules.context(); }

protected:
    RowValidator(const DialectMapping &mapping, ValidationContext context);

    // The dialect's own judgement of a row, between the shared checks.
    virtual void judge(Fields fields, RowVerdict &v) const = 0;

    struct PlatformColumns
    {
        int text = -1;
        int media = -1;
        int type = -1; // <prefix>Type, the platform's own post type
        QVarLengthArray<int, 8> settings;
    };

    // A text cell as a post holds it: trimmed, without a leading byte order mark.
    // Every check of a row's text reads it so, and normalize() builds it so.
    static QByteArrayView textBytes(QByteArrayView cell)
    {
        const QByteArrayView text = ByteText::trimmed(cell);
        return text.startsWith("\xEF\xBB\xBF") ? text.sliced(3) : text;
    }
    // A cell as it was meant (an export's spreadsheet guard removed); empty when
    // absent. (This and the next few are inline: they run for every cell.)
    QByteArrayView cell(Fields fields, int column) const
    {
        return column >= 0 && size_t(column) < fields.size() ? CsvWriter::unneutralized(fields[size_t(column)])
                                                             : QByteArrayView();
    }
    // By reference: judging threads share the header's text, and copying it
    // would make them all count references on one cache line.
    const QString &header(int column) const
    {
        static const QString none;
        return column >= 0 && column < m_mapping.columns.size() ? m_mapping.columns.at(column).header : none;
    }
    void error(RowVerdict &v, int column, const QString &message) const { v.errors.append({header(column), message}); }
    void warning(RowVerdict &v, int column, const QString &message) const
    {
        v.warnings.append({header(column), message});
    }
    // The accounts a cell names (ids or platform names, split on , and ;).
    void resolveTargets(QByteArrayView cellValue, int column, bool bundleNames, RowVerdict &v) const;
    // The scheduled time: the schedule cell, or a date cell and the time of day beside it.
    void checkSchedule(Fields fields, bool required, RowVerdict &v) const;
    void checkScheduleValue(QByteArrayView value, int column, bool required, RowVerdict &v) const;
    void checkMediaList(QByteArrayView value, int column, int *count, RowVerdict &v) const;
    // The row's duplicate keys, from its text, targets and time (into v.duplicateKeys).
    void prepareDuplicateKeys(Fields fields, RowVerdict &v) const;
    // The platform's own text column when filled, else the shared text (as textBytes).
    QByteArrayView effectiveText(Fields fields, const Platform &platform) const;
    const PlatformColumns &columnsFor(const Platform &platform) const
    {
        return m_platformColumns.at(PlatformCatalog::indexOf(platform));
    }
    // What every dialect's post has: text, title, time, status and destinations.
    Post basePost(Fields fields, const RowVerdict &v) const;

    const PostRules m_rules;
    const DialectMapping m_mapping;
    // Column indexes by role (-1 when absent).
    int m_content = -1, m_integrations = -1, m_schedule = -1, m_media = -1, m_postType = -1, m_tags = -1;
    int m_scheduleTime = -1; // the time of day beside a date column
    int m_overrides = -1, m_settings = -1; // Almanac's JSON columns of the OpenPost dialect
    int m_teamId = -1, m_title = -1, m_status = -1, m_accounts = -1;
    QList<PlatformColumns> m_platformColumns; // by catalog index

private:
    void checkFieldCount(Fields fields, RowVerdict &v) const;
    // Why a media link in a row may not be kept (MediaPolicy's import rules), or empty.
    QString mediaLinkRefusal(QByteArrayView url) const;

    DuplicateIndex *m_duplicates = nullptr;
    // A name as the file spells it; hashed with DuplicateIndex::hash, which is
    // much cheaper than QHash's default for the millions of lookups an import makes.
    struct NameKey
    {
        QByteArray bytes;
        friend bool operator==(const NameKey &a, const NameKey &b) { return a.bytes == b.bytes; }
        friend size_t qHash(const NameKey &key, size_t seed) { return size_t(DuplicateIndex::hash(key.bytes)) ^ seed; }
    };
    // Integration id (as written) or lower-cased platform name -> integration indexes.
    QHash<NameKey, QVarLengthArray<int, 2>> m_targetsByName;
    QList<QByteArray> m_integrationIds;
    QString m_connectedWords; // the connected accounts, as a refused account name lists them
};

} // namespace Almanac
