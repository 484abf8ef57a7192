// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Almanac {

// Time-ordered UUIDs (RFC 9562 version 7, monotonic within a process): posts
// created together sort together, and bulk inserts append to the primary-key
// B-tree instead of scattering across it.
class PostIdGenerator final
{
public:
    QString next();
    QByteArray nextUtf8();

private:
    qint64 m_lastMs = 0;
    quint32 m_counter = 0;
};

} // namespace Almanac
