// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <span>
#include <QCoreApplication>

class QIODevice;

namespace Almanac {

// Where and why a file was refused. A refused file is refused whole.
struct CsvError
{
    qint64 line = 0;       // 1-based physical line
    qint64 byteOffset = 0; // 0-based offset in the file
    QString message;       // what was wrong and what is accepted, with line and byte
};

// A streaming RFC 4180 reader over any QIODevice: quoted fields, doubled quotes,
// newlines inside quotes, LF or CRLF, a UTF-8 BOM, and the delimiter (comma,
// semicolon or tab) detected from the header line. Memory stays at one buffer
// (1 MiB, growing only for a single record larger than that, up to 16 MiB).
//
// It works on bytes: field() returns views into its buffer, valid until the next
// call of next(); callers make QStrings only of what they keep. Every byte is
// checked to be UTF-8; invalid UTF-8, a NUL byte, UTF-16, an unterminated quote or
// text after a closing quote stop the reader with an error naming line and byte.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype ChunkSize = 1 << 20;
    static constexpr qsizetype MaxRecordSize = 16 << 20;
    // The most fields one record may have: both dialects use far fewer, and a
    // row of nothing but delimiters must not become millions of empty cells.
    static constexpr qsizetype MaxFields = 1024;

    explicit CsvReader(QIODevice *device);

    // 0 (the default) detects it from the header line.
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }

    // Reads the next record, skipping blank lines (which still count as
    // spreadsheet rows). False at the end of the file or on an error.
    bool next();

    qsizetype size() const { return m_fields.size(); }
    QByteArrayView field(qsizetype i) const { return m_fields.at(i); }
    std::span<const QByteArrayView> fields() const { return {m_fields.constData(), size_t(m_fields.size())}; }

    // Spreadsheet numbering: the first record is 1, blank lines count.
    qint64 recordNumber() const { return m_recordNumber; }
    qint64 line() const { return m_recordLine; }      // physical line the record starts on
    qint64 byteOffset() const { return m_recordOffset; }
    qint64 bytesConsumed() const { return m_bufferBase + m_pos; }
    char delimiter() const { return m_delimiter; }

    bool hasError() const { return !m_error.message.isEmpty(); }
    const CsvError &error() const { return m_error; }

private:
    enum class Parse { Record, Blank, NeedMore, End, Error };
    struct Span
    {
        qsizetype offset;
        qsizetype length;
        bool inScratch;
    };

    bool fill();
    bool start();
    void detectDelimiter();
    bool validateUtf8();
    Parse parseRecord();
    void fail(qsizetype bufferPos, const QString &message);
    void failAtLine(qint64 line, qint64 offset, const QString &message);
    qint64 lineAt(qsizetype bufferPos) const;

    QIODevice *m_device;
    QByteArray m_buf;
    qsizetype m_pos = 0;       // start of the next record in m_buf
    qsizetype m_end = 0;       // end of data in m_buf
    qsizetype m_validated = 0; // m_buf[0, m_validated) is known to be valid UTF-8
    qint64 m_bufferBase = 0;   // file offset of m_buf[0]
    bool m_eof = false;
    bool m_started = false;
    char m_delimiter = 0;
    qint64 m_line = 1;         // physical line at m_pos
    qint64 m_recordNumber = 0;
    qint64 m_recordLine = 0;
    qint64 m_recordOffset = 0;
    qint64 m_recordLines = 0;  // newlines inside the record being parsed
    QVarLengthArray<Span, 32> m_spans;
    QVarLengthArray<QByteArrayView, 32> m_fields;
    QByteArray m_scratch;      // unescaped text of quoted fields that had doubled quotes
    bool m_special[256] = {};
    CsvError m_error;
};

} // namespace Almanac
