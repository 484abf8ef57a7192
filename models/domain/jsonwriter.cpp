// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/jsonwriter.h"

#include <cstring>

namespace Almanac {

void JsonWriter::escapeInto(QByteArray &out, QByteArrayView s)
{
    static constexpr char hex[] = "0123456789abcdef";
    static constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    auto hasByte = [](quint64 w, unsigned char b) {
        const quint64 x = w ^ (ones * b);
        return ((x - ones) & ~x & highs) != 0;
    };
    // Room for the worst case (every byte a \u00XX escape), then one resize to
    // what was written: QByteArray's per-append bookkeeping cost more than the
    // escaping itself.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * s.size());
    char *const begin = out.data() + start;
    char *w = begin;
    *w++ = '"';
    const char *const src = s.data();
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        // Copy eight bytes at a time while none needs escaping (no control, '"' or '\\').
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, src + i, 8);
            if (((word - ones * 0x20) & ~word & highs) || hasByte(word, '"') || hasByte(word, '\\'))
                break;
            std::memcpy(w, &word, 8);
            w += 8;
            i += 8;
        }
        if (i >= n)
            break;
        const auto c = static_cast<unsigned char>(src[i++]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            *w++ = char(c);
            continue;
        }
        *w++ = '\\';
        switch (c) {
        case '"': *w++ = '"'; break;
        case '\\': *w++ = '\\'; break;
        case '\n': *w++ = 'n'; break;
        case '\r': *w++ = 'r'; break;
        case '\t': *w++ = 't'; break;
        default:
            *w++ = 'u';
            *w++ = '0';
            *w++ = '0';
            *w++ = hex[c >> 4];
            *w++ = hex[c & 15];
        }
    }
    *w++ = '"';
    out.resize(start + (w - begin));
}

void JsonWriter::separator()
{
    if (m_afterKey)
        m_afterKey = false;
    else if (m_needComma)
        m_out.append(',');
}

JsonWriter &JsonWriter::raw(const char *token, bool opens)
{
    if (opens)
        separator();
    m_out.append(token);
    m_needComma = !opens;
    return *this;
}

JsonWriter &JsonWriter::literal(const char *token)
{
    separator();
    m_out.append(token);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(QByteArrayView name)
{
    separator();
    escapeInto(m_out, name);
    m_out.append(':');
    m_afterKey = true;
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::string(QByteArrayView utf8)
{
    separator();
    escapeInto(m_out, utf8);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::rawValue(QByteArrayView json)
{
    separator();
    m_out.append(json.data(), json.size());
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::number(qint64 value)
{
    separator();
    m_out.append(QByteArray::number(value));
    m_needComma = true;
    return *this;
}

} // namespace Almanac
