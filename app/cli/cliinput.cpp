// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliinput.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace Almanac {

std::optional<qint64> parseInstant(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid()) {
        *ok = false;
        return std::nullopt;
    }
    return t.toSecsSinceEpoch();
}

QString firstLineOfStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

} // namespace Almanac
