// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/jsonwriter.h"

#include <cstring>

namespace Almanac {

namespace {

constexpr quint64 Ones = 0x0101010101010101ULL, Highs = 0x8080808080808080ULL;

bool hasByte(quint64 word, unsigned char b)
{
    const quint64 x = word ^ (Ones * b);
    return ((x - Ones) & ~x & Highs) != 0;
}

// Whether any of eight bytes must be escaped in a JSON string: a control
// character, '"' or '\\'.
bool needsEscape(quint64 word)
{
    return ((word - Ones * 0x20) & ~word & Highs) || hasByte(word, '"') || hasByte(word, '\\');
}

bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

// What escaping one such byte adds: \n and friends one byte, \u00XX five.
qsizetype escapeCost(unsigned char c)
{
    return c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' ? 1 : 5;
}

// The bytes before the first that must be escaped (all of them when none is).
qsizetype plainPrefix(const char *src, qsizetype n, qsizetype from)
{
    qsizetype i = from;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, src + i, 8);
        if (needsEscape(word))
            break;
    }
    while (i < n && !needsEscape(static_cast<unsigned char>(src[i])))
        ++i;
    return i;
}

} // namespace

qsizetype JsonWriter::escapedSize(QByteArrayView s)
{
    return escapedSize(s, plainPrefix(s.data(), s.size(), 0));
}

// The size as a JSON string of `s`, whose first `plain` bytes need no escape.
qsizetype JsonWriter::escapedSize(QByteArrayView s, qsizetype plain)
{
    qsizetype size = s.size() + 2;
    for (qsizetype i = plain; i < s.size(); i = plainPrefix(s.data(), s.size(), i + 1))
        size += escapeCost(static_cast<unsigned char>(s[i]));
    return size;
}

void JsonWriter::escapeInto(QByteArray &out, QByteArrayView s)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Measured first and grown once: growing for the worst case (every byte an
    // escape) reallocated a row's JSON several times, and left six times its
    // size allocated for as long as the row was kept. Most strings need no
    // escape, and then the scan that found so is all the measuring.
    const char *const src = s.data();
    const qsizetype n = s.size();
    qsizetype i = plainPrefix(src, n, 0);
    const qsizetype start = out.size();
    out.resize(start + (i == n ? n + 2 : escapedSize(s, i)));
    char *w = out.data() + start;
    *w++ = '"';
    if (i > 0) // (a null view has no bytes to copy, and no address to copy from)
        std::memcpy(w, src, size_t(i));
    w += i;
    while (i < n) {
        const auto c = static_cast<unsigned char>(src[i++]);
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
        const qsizetype plain = plainPrefix(src, n, i);
        std::memcpy(w, src + i, size_t(plain - i));
        w += plain - i;
        i = plain;
    }
    *w = '"';
}

void JsonWriter::separator()
{
    if (m_afterKey)
        m_afterKey = false;
    else if (m_needComma)
        m_out.append(',');
}

JsonWriter &JsonWriter::raw(char token, bool opens)
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

JsonWriter &JsonWriter::string(const QString &text)
{
    // Most strings here are ids, types and links: ASCII, copied on the stack
    // rather than encoded into a UTF-8 copy on the heap.
    constexpr qsizetype Room = 256;
    if (text.size() <= Room) {
        char ascii[Room];
        qsizetype i = 0;
        for (const QChar c : text) {
            if (c.unicode() >= 0x80)
                break;
            ascii[i++] = char(c.unicode());
        }
        if (i == text.size())
            return string(QByteArrayView(ascii, i));
    }
    return string(QByteArrayView(text.toUtf8()));
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
