// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/csvdialect.h"
#include "models/domain/integration.h"
#include "models/domain/post.h"
#include "models/validation/datetimeresolver.h"
#include "models/validation/duplicateindex.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QTimeZone>
#include <QVarLengthArray>

#include <optional>
#include <span>
#include <QCoreApplication>

namespace Almanac {

// One problem with one cell: the column as the file names it, and a message
// that says what was found and what is accepted.
struct RowIssue
{
    QString column;
    QString message;
    friend bool operator==(const RowIssue &, const RowIssue &) = default;
};

// Issues in words, one per line (or `separator`): "column: message".
QString joinIssues(const QList<RowIssue> &issues, const QString &separator = QStringLiteral("\n"));

struct ValidationContext
{
    ValidationContext(QList<Integration> accounts = {}, QTimeZone zone = QTimeZone::systemTimeZone(), qint64 nowSecs = 0,
                      int daysAhead = 180)
        : integrations(std::move(accounts)), timeZone(std::move(zone)), now(nowSecs), maxDaysAhead(daysAhead)
    {
    }

    QList<Integration> integrations; // the connected accounts rows may target
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // for times without an offset
    qint64 now = 0;                  // UTC epoch seconds
    int maxDaysAhead = 180;
    // Media in a file from elsewhere (a CSV, a JSON export) follow MediaPolicy's
    // import rules: https on public hosts, or local files confirmed one by one.
    // CSV rows always do; validatePost only when this is set (the JSON import).
    bool importedMedia = false;
    bool allowLocalNetworkMedia = false; // Settings: "Allow media from my local network"
    QStringList confirmedFiles;          // local files the user confirmed (absolute, clean paths)
};

// The verdict on one data row: every error and warning, and what was resolved.
struct RowVerdict
{
    qint64 row = 0; // spreadsheet numbering (the header is row 1)
    QList<RowIssue> errors;
    QList<RowIssue> warnings;
    std::optional<qint64> scheduledAt; // resolved UTC instant
    PostStatus status = PostStatus::Draft;
    QVarLengthArray<int, 4> targets;   // indexes into ValidationContext::integrations

    bool isValid() const { return errors.isEmpty(); }
    void reset(qint64 rowNumber);
};

// Judges CSV rows of one dialect against the seeds' rules. It reads the fields
// as UTF-8 bytes and builds strings only for messages and for normalize(), so a
// dry run over millions of rows allocates next to nothing per valid row.
class RowValidator final
{
    Q_DECLARE_TR_FUNCTIONS(RowValidator)

public:
    using Fields = std::span<const QByteArrayView>;

    RowValidator(const DialectMapping &mapping, ValidationContext context);

    void setDuplicateIndex(DuplicateIndex *index) { m_duplicates = index; }
    void validate(Fields fields, qint64 row, RowVerdict &verdict);
    // Judges a post written in the composer by the same rules as a row. Issues
    // name the composer's fields: "integrations", "content", "schedule_at",
    // "post_type", "media", a platform id (its text) or "<platform>.<setting>".
    void validatePost(const Post &post, RowVerdict &verdict) const;
    // The post a valid row becomes (no id yet).
    Post normalize(Fields fields, const RowVerdict &verdict) const;

    const DialectMapping &mapping() const { return m_mapping; }
    const ValidationContext &context() const { return m_context; }

private:
    struct PlatformColumns
    {
        int text = -1;
        int media = -1;
        int type = -1; // <prefix>Type, the platform's own post type
        QVarLengthArray<int, 8> settings;
    };

    QByteArrayView cell(Fields fields, int column) const;
    void checkFieldCount(Fields fields, RowVerdict &v) const;
    void resolveTargets(QByteArrayView cellValue, int column, bool bundleNames, RowVerdict &v) const;
    void checkSchedule(QByteArrayView value, int column, bool required, RowVerdict &v);
    void checkMediaList(QByteArrayView value, int column, int *count, RowVerdict &v) const;
    // Why a media link in a row may not be kept (MediaPolicy's import rules), or empty.
    QString mediaLinkRefusal(QByteArrayView url) const;
    void checkText(const Platform &platform, QByteArrayView text, const QString &column, bool isThread,
                   RowVerdict &v) const;
    void checkInstant(qint64 utc, const QString &shownValue, const QString &column, RowVerdict &v) const;
    void checkPostType(const Platform &platform, const QString &type, const QString &column, RowVerdict &v) const;
    void checkMediaCount(const Platform &platform, int mediaCount, const QString &column, RowVerdict &v) const;
    void checkSetting(QByteArrayView value, const QString &column, const SettingField &field, RowVerdict &v) const;
    // A platform's settings as JSON ({field: value}) against its OpenPost fields;
    // issues name `prefix` + the field.
    void checkSettings(const Platform &platform, const QJsonObject &settings, const QString &prefix,
                       RowVerdict &v) const;
    // A JSON cell ({platform: ...}); nullopt (with the error) when it is not an
    // object keyed by platform ids. An empty cell is an empty object.
    std::optional<QJsonObject> platformObject(Fields fields, int column, RowVerdict *v) const;
    // Duplicate keys are computed (and their slots prefetched) as soon as the text,
    // the targets and the time are known, and looked up once the row is judged.
    void prepareDuplicateKeys(Fields fields, const RowVerdict &v);
    void checkDuplicates(RowVerdict &v) const;
    void validateOpenPost(Fields fields, RowVerdict &v);
    void validateBundle(Fields fields, RowVerdict &v);
    void error(RowVerdict &v, int column, const QString &message) const;
    void warning(RowVerdict &v, int column, const QString &message) const;
    QString header(int column) const;
    QByteArrayView effectiveText(Fields fields, const Platform &platform) const;
    const PlatformColumns &columnsFor(const Platform &platform) const;

    DialectMapping m_mapping;
    ValidationContext m_context;
    DateTimeResolver m_dates;
    DuplicateIndex *m_duplicates = nullptr;
    QVarLengthArray<quint64, 4> m_duplicateKeys; // one per target of the row being judged
    // Column indexes by role (-1 when absent).
    int m_content = -1, m_integrations = -1, m_schedule = -1, m_media = -1, m_postType = -1, m_tags = -1;
    int m_overrides = -1, m_settings = -1; // Almanac's JSON columns of the OpenPost dialect
    int m_teamId = -1, m_title = -1, m_status = -1, m_accounts = -1;
    QList<PlatformColumns> m_platformColumns; // by catalog index
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
    QList<const Platform *> m_integrationPlatforms; // by integration index
};

} // namespace Almanac
