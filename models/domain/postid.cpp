// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/postid.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace Almanac {

QByteArray PostIdGenerator::nextUtf8()
{
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms <= m_lastMs) {
        ms = m_lastMs;
        if (++m_counter > 0xFFF) { // 12-bit counter exhausted: borrow the next millisecond
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = QRandomGenerator::global()->bounded(0x800u); // leave room to count up
    }
    m_lastMs = ms;

    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | ((m_counter >> 8) & 0x0F));
    b[7] = static_cast<unsigned char>(m_counter & 0xFF);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i)
        b[8 + i] = static_cast<unsigned char>(random >> (56 - 8 * i));
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));

    static constexpr char hex[] = "0123456789abcdef";
    QByteArray out(36, Qt::Uninitialized);
    int o = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        out[o++] = hex[b[i] >> 4];
        out[o++] = hex[b[i] & 0x0F];
    }
    return out;
}

QString PostIdGenerator::next()
{
    return QString::fromLatin1(nextUtf8());
}

} // namespace Almanac
