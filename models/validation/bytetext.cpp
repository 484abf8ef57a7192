// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/bytetext.h"

#include "models/domain/controlcharacters.h"

namespace Almanac::ByteText {

QString shown(QByteArrayView v)
{
    return quotedValue(QString::fromUtf8(v));
}

QByteArray lower(QByteArrayView v)
{
    QByteArray out(v.data(), v.size());
    for (char &c : out)
        c = asciiLower(c);
    return out;
}

bool equalsIgnoreCase(QByteArrayView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char16_t bc = b[i].unicode();
        if (bc > 0x7F || asciiLower(a[i]) != asciiLower(char(bc)))
            return false;
    }
    return true;
}

bool isHttpUrl(QByteArrayView u)
{
    qsizetype i;
    if (u.size() > 8 && startsWithNoCase(u, "https://"))
        i = 8;
    else if (u.size() > 7 && startsWithNoCase(u, "http://"))
        i = 7;
    else
        return false;
    const qsizetype hostStart = i;
    while (i < u.size()) {
        const char c = u[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
              || static_cast<unsigned char>(c) >= 0x80))
            break;
        ++i;
    }
    if (i == hostStart || u[hostStart] == '.' || u[i - 1] == '.')
        return false;
    if (i < u.size() && u[i] != ':' && u[i] != '/' && u[i] != '?' && u[i] != '#')
        return false;
    for (; i < u.size(); ++i)
        if (static_cast<unsigned char>(u[i]) <= ' ')
            return false;
    return true;
}

bool isInteger(QByteArrayView v)
{
    qsizetype i = !v.isEmpty() && (v[0] == '-' || v[0] == '+') ? 1 : 0;
    if (i == v.size())
        return false;
    for (; i < v.size(); ++i)
        if (v[i] < '0' || v[i] > '9')
            return false;
    return true;
}

bool isNumber(QByteArrayView v)
{
    const qsizetype dot = v.indexOf('.');
    if (dot < 0)
        return isInteger(v);
    const QByteArrayView whole = v.first(dot), fraction = v.sliced(dot + 1);
    return (whole.isEmpty() || whole == "-" || isInteger(whole)) && !fraction.isEmpty() && isInteger(fraction)
        && fraction[0] != '-' && fraction[0] != '+';
}

} // namespace Almanac::ByteText
