// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/csvreader.h"

#include "models/csv/utf8check.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace Almanac {

namespace {

constexpr quint64 HighBits = 0x8080808080808080ULL;
constexpr quint64 LowBits = 0x0101010101010101ULL;

inline bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

QString describeByte(unsigned char c)
{
    return QStringLiteral("0x%1").arg(c, 2, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
}

void CsvReader::fail(qsizetype bufferPos, const QString &message)
{
    failAtLine(lineAt(bufferPos), m_bufferBase + bufferPos, message);
}

void CsvReader::failAtLine(qint64 line, qint64 offset, const QString &message)
{
    m_error.line = line;
    m_error.byteOffset = offset;
    m_error.message = tr("Line %1, byte %2: %3").arg(line).arg(offset).arg(message);
    m_fields.clear();
}

qint64 CsvReader::lineAt(qsizetype bufferPos) const
{
    const char *d = m_buf.constData();
    qint64 line = m_line;
    for (const char *p = d + m_pos; p < d + bufferPos;) {
        const void *nl = std::memchr(p, '\n', size_t(d + bufferPos - p));
        if (!nl)
            break;
        ++line;
        p = static_cast<const char *>(nl) + 1;
    }
    return line;
}

// Moves the unread tail to the front of the buffer and reads more after it.
bool CsvReader::fill()
{
    if (m_pos > 0) {
        const qsizetype tail = m_end - m_pos;
        std::memmove(m_buf.data(), m_buf.constData() + m_pos, size_t(tail));
        m_bufferBase += m_pos;
        m_validated -= m_pos;
        m_end = tail;
        m_pos = 0;
    }
    if (m_end == m_buf.size()) {
        if (m_buf.size() >= MaxRecordSize) {
            const bool quoted = m_end > 0 && m_buf.at(0) == '"';
            fail(0, quoted ? tr("a quoted field runs on for more than 16 MiB; a closing quote (\") is probably missing")
                           : tr("a single record is larger than 16 MiB; is this a CSV file?"));
            return false;
        }
        m_buf.resize(qMin(qMax(m_buf.size() * 2, ChunkSize), MaxRecordSize));
    }
    const qint64 n = m_device->read(m_buf.data() + m_end, m_buf.size() - m_end);
    if (n < 0) {
        fail(m_end, tr("the file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    if (n == 0)
        m_eof = true;
    m_end += n;
    return validateUtf8();
}

bool CsvReader::validateUtf8()
{
    const auto *d = reinterpret_cast<const unsigned char *>(m_buf.constData());
    qsizetype i = m_validated;
    const qsizetype end = m_end;
    // A fast look first at the whole characters there are. When it finds
    // nothing wrong, as in nearly every file, the careful loop below (which
    // says what is wrong and where) has only a character cut short by the end
    // of the chunk left to look at.
    if (const qsizetype whole = end - Utf8Check::cutShortTail(d + i, end - i);
        whole > i && Utf8Check::allValidFast(d + i, whole - i))
        i = whole;
    while (i < end) {
        // Eight ASCII bytes at a time; a NUL byte or any byte >= 0x80 drops to the slow path.
        while (i + 8 <= end) {
            quint64 w;
            std::memcpy(&w, d + i, 8);
            if ((w & HighBits) || ((w - LowBits) & ~w & HighBits))
                break;
            i += 8;
        }
        if (i >= end)
            break;
        const unsigned char c = d[i];
        if (c == 0) {
            fail(i, tr("NUL byte found; this is a binary file, not a CSV text file"));
            return false;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            fail(i, tr("byte %1 is not valid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)").arg(describeByte(c)));
            return false;
        }
        // Check the continuation bytes there are; wait for the next chunk only
        // when the sequence is cut short and so far valid.
        const qsizetype available = qMin<qsizetype>(need, end - i - 1);
        bool ok = available == 0 || (d[i + 1] >= lo && d[i + 1] <= hi);
        for (qsizetype k = 2; ok && k <= available; ++k)
            ok = isContinuation(d[i + k]);
        if (ok && available < need) {
            if (!m_eof)
                break;
            ok = false;
        }
        if (!ok) {
            fail(i, tr("the bytes starting with %1 are not valid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)")
                        .arg(describeByte(c)));
            return false;
        }
        i += need + 1;
    }
    m_validated = i;
    return true;
}

bool CsvReader::start()
{
    m_started = true;
    m_buf.resize(ChunkSize);
    // Look at the first bytes before validating: a UTF-16 file is refused with its own reason.
    const qint64 n = m_device->read(m_buf.data(), 4);
    if (n < 0) {
        fail(0, tr("the file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    m_end = n;
    const auto *d = reinterpret_cast<const unsigned char *>(m_buf.constData());
    if (n >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF))) {
        fail(0, tr("the file is UTF-16 encoded; save it as UTF-8 (\"CSV UTF-8\" in Excel)"));
        return false;
    }
    if (!fill())
        return false;
    if (m_end >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF) {
        m_pos = 3;
    }
    if (m_delimiter == 0)
        detectDelimiter();
    m_special[static_cast<unsigned char>(m_delimiter)] = true;
    m_special[static_cast<unsigned char>('\n')] = true;
    m_special[static_cast<unsigned char>('\r')] = true;
    m_special[static_cast<unsigned char>('"')] = true;
    return true;
}

// The delimiter is whichever of comma, semicolon and tab occurs most often
// outside quotes on the header line; comma on a tie.
void CsvReader::detectDelimiter()
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_end; ++i) {
        const char c = m_buf.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    m_delimiter = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
}

CsvReader::Parse CsvReader::parseRecord()
{
    const char *d = m_buf.constData();
    // Never parse into bytes not yet checked as UTF-8 (a sequence cut by the chunk end).
    const qsizetype end = m_eof ? m_end : m_validated;
    const char delim = m_delimiter;
    qsizetype p = m_pos;
    m_spans.clear();
    m_scratch.truncate(0); // keeps the allocation: clear() would free it on every record
    m_recordLines = 0;

    if (p >= end)
        return m_eof ? Parse::End : Parse::NeedMore;

    for (;;) {
        if (m_spans.size() >= MaxFields) {
            fail(m_pos, tr("a record has more than %1 fields; Almanac reads at most %1 columns").arg(MaxFields));
            return Parse::Error;
        }
        // One field starts at p.
        if (p < end && d[p] == '"') {
            const qsizetype open = p;
            qsizetype segment = ++p;
            qsizetype scratchStart = -1;
            for (;;) {
                const void *q = p < end ? std::memchr(d + p, '"', size_t(end - p)) : nullptr;
                if (!q) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    failAtLine(lineAt(open), m_bufferBase + open,
                               tr("the quoted field that starts here has no closing quote (\")"));
                    return Parse::Error;
                }
                p = static_cast<const char *>(q) - d;
                if (p + 1 >= end && !m_eof)
                    return Parse::NeedMore; // cannot tell a doubled quote from a closing one yet
                if (p + 1 < end && d[p + 1] == '"') {
                    if (scratchStart < 0)
                        scratchStart = m_scratch.size();
                    m_scratch.append(d + segment, p + 1 - segment);
                    p += 2;
                    segment = p;
                    continue;
                }
                break;
            }
            // Newlines inside the quotes move the line count on.
            for (const char *s = d + open; s < d + p;) {
                const void *nl = std::memchr(s, '\n', size_t(d + p - s));
                if (!nl)
                    break;
                ++m_recordLines;
                s = static_cast<const char *>(nl) + 1;
            }
            if (scratchStart >= 0) {
                m_scratch.append(d + segment, p - segment);
                m_spans.append({scratchStart, m_scratch.size() - scratchStart, true});
            } else {
                m_spans.append({open + 1, p - open - 1, false});
            }
            ++p; // past the closing quote
            if (p >= end) {
                if (!m_eof)
                    return Parse::NeedMore;
                break;
            }
            const char c = d[p];
            if (c == delim) {
                ++p;
                continue;
            }
            if (c == '\n') {
                ++p;
                break;
            }
            if (c == '\r') {
                if (p + 1 >= end && !m_eof)
                    return Parse::NeedMore;
                if (p + 1 < end && d[p + 1] == '\n') {
                    p += 2;
                    break;
                }
            }
            failAtLine(m_line + m_recordLines, m_bufferBase + p,
                       tr("unexpected text after the closing quote of field %1; a quote inside a quoted field must be "
                          "doubled (\"\"), and the field must end with the delimiter or the line")
                           .arg(m_spans.size()));
            return Parse::Error;
        }

        // Unquoted field: run to the delimiter or the end of the line. A quote inside
        // it is kept as text (as spreadsheets do); a lone CR too.
        const qsizetype fieldStart = p;
        for (;;) {
            while (p < end && !m_special[static_cast<unsigned char>(d[p])])
                ++p;
            if (p >= end) {
                if (!m_eof)
                    return Parse::NeedMore;
                break;
            }
            if (d[p] == '"') {
                ++p;
                continue;
            }
            if (d[p] == '\r') {
                if (p + 1 >= end && !m_eof)
                    return Parse::NeedMore;
                if (p + 1 < end && d[p + 1] == '\n')
                    break;
                ++p;
                continue;
            }
            break;
        }
        m_spans.append({fieldStart, p - fieldStart, false});
        if (p >= end)
            break;
        if (d[p] == delim) {
            ++p;
            if (p >= end && m_eof) {
                m_spans.append({p, 0, false}); // "a,b," at the very end: a last empty field
                break;
            }
            continue;
        }
        p += d[p] == '\r' ? 2 : 1; // CRLF or LF
        break;
    }

    const bool blank = m_spans.size() == 1 && m_spans[0].length == 0 && !m_spans[0].inScratch
        && (m_spans[0].offset >= end || d[m_spans[0].offset] != '"');
    const bool endsWithNewline = p > m_pos && d[p - 1] == '\n';
    m_recordLine = m_line;
    m_recordOffset = m_bufferBase + m_pos;
    m_line += m_recordLines + (endsWithNewline ? 1 : 0);
    m_pos = p;
    ++m_recordNumber;
    if (blank)
        return Parse::Blank;

    m_fields.clear();
    for (const Span &s : m_spans)
        m_fields.append(QByteArrayView((s.inScratch ? m_scratch.constData() : d) + s.offset, s.length));
    return Parse::Record;
}

bool CsvReader::next()
{
    if (hasError())
        return false;
    if (!m_started && !start())
        return false;
    for (;;) {
        switch (parseRecord()) {
        case Parse::Record:
            return true;
        case Parse::Blank:
            continue;
        case Parse::End:
            m_fields.clear();
            return false;
        case Parse::Error:
            return false;
        case Parse::NeedMore:
            if (!fill())
                return false;
            continue;
        }
    }
}

} // namespace Almanac
