// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Almanac {

// Appends compact JSON to a byte buffer, straight from UTF-8, for output that
// streams (the CLI's --json over a million rows) or is written per row (import
// history). Commas are the caller's: separator() writes one when needed.
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    JsonWriter &beginObject() { return raw('{', true); }
    JsonWriter &endObject() { return raw('}', false); }
    JsonWriter &beginArray() { return raw('[', true); }
    JsonWriter &endArray() { return raw(']', false); }
    JsonWriter &key(QByteArrayView name);
    JsonWriter &string(QByteArrayView utf8);
    JsonWriter &string(const QString &text);
    JsonWriter &string(const QByteArray &utf8) { return string(QByteArrayView(utf8)); }
    JsonWriter &string(const char *utf8) { return string(QByteArrayView(utf8)); }
    JsonWriter &number(qint64 value);
    JsonWriter &boolean(bool value) { return literal(value ? "true" : "false"); }
    JsonWriter &null() { return literal("null"); }
    // null for an empty text: the optional fields of the CLI's JSON.
    JsonWriter &stringOrNull(const QString &text) { return text.isEmpty() ? null() : string(text); }
    // Inserts an already serialised JSON value.
    JsonWriter &rawValue(QByteArrayView json);

    static void escapeInto(QByteArray &out, QByteArrayView utf8);
    // The size of `utf8` as a JSON string, quotes and escapes included.
    static qsizetype escapedSize(QByteArrayView utf8);

private:
    static qsizetype escapedSize(QByteArrayView utf8, qsizetype plain);
    JsonWriter &raw(char token, bool opens);
    JsonWriter &literal(const char *token);
    void separator();

    QByteArray &m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace Almanac
