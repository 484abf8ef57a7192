// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

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
    out.append('"');
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        // Skip eight bytes at a time while none needs escaping (no control, '"' or '\\').
        while (i + 8 <= s.size()) {
            quint64 w;
            std::memcpy(&w, s.data() + i, 8);
            if (((w - ones * 0x20) & ~w & highs) || hasByte(w, '"') || hasByte(w, '\\'))
                break;
            i += 8;
        }
        if (i >= s.size())
            break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(esc, 6);
        }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out.append('"');
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
