// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/threadtext.h"

#include "models/domain/textlength.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Almanac::ThreadText {

namespace {

int measure(const Platform &platform, const QString &text)
{
    return TextLength::measure(platform, text.toUtf8());
}

// What a part may hold: its counted length, and where the platform caps the
// bytes too (Bluesky), its UTF-8 bytes; each less the room its number takes.
struct Room
{
    int length = 0;
    int bytes = 0; // 0: no cap
};

bool fits(const Platform &platform, const QString &text, Room room)
{
    const QByteArray utf8 = text.toUtf8();
    return TextLength::measure(platform, utf8) <= room.length && (room.bytes <= 0 || utf8.size() <= room.bytes);
}

// A start of `text` that fits (a quarter cut off at a time), ending between two characters as a
// reader sees them (never inside an emoji or an accented letter); at least one.
qsizetype fittingStart(const Platform &platform, const QString &text, Room room)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    const qsizetype first = std::max<qsizetype>(1, graphemes.toNextBoundary()); // one whole character at least
    qsizetype n = text.size();
    while (n > first && !fits(platform, text.left(n), room)) {
        graphemes.setPosition(n * 3 / 4);
        if (!graphemes.isAtBoundary())
            graphemes.toPreviousBoundary();
        n = std::max(first, graphemes.position());
    }
    return n;
}

// Pieces that may end a part, in order: each keeps its trailing whitespace.
QStringList pieces(const QString &text)
{
    QStringList out;
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?…])\\s+|\\n\\s*\\n|\\s+"));
    qsizetype start = 0;
    for (auto it = boundary.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(text.mid(start, m.capturedEnd() - start));
        start = m.capturedEnd();
    }
    if (start < text.size())
        out.append(text.mid(start));
    return out;
}

bool endsSentence(const QString &piece)
{
    const QString t = piece.trimmed();
    return t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?') || t.endsWith(u'…') || piece.contains(u"\n\n");
}

QStringList splitWithin(const QString &text, const Platform &platform, Room room)
{
    const int limit = room.length;
    QStringList parts;
    QString current;
    qsizetype lastSentenceEnd = -1; // length of `current` after its last full sentence
    for (const QString &piece : pieces(text)) {
        QString candidate = current + piece;
        if (fits(platform, candidate.trimmed(), room)) {
            current = candidate;
            if (endsSentence(piece))
                lastSentenceEnd = current.size();
            continue;
        }
        // Prefer ending the part at a sentence when that keeps it at least half full.
        if (lastSentenceEnd > 0 && measure(platform, current.left(lastSentenceEnd)) * 2 >= limit) {
            parts.append(current.left(lastSentenceEnd).trimmed());
            current = current.mid(lastSentenceEnd);
            candidate = current + piece;
        } else if (!current.trimmed().isEmpty()) {
            parts.append(current.trimmed());
            current.clear();
            candidate = piece;
        }
        lastSentenceEnd = -1;
        // A single word longer than a part is cut where it reaches the limit.
        while (!fits(platform, candidate.trimmed(), room)) {
            const qsizetype n = fittingStart(platform, candidate, room);
            parts.append(candidate.left(n).trimmed());
            candidate = candidate.mid(n);
        }
        current = candidate;
        if (endsSentence(piece))
            lastSentenceEnd = current.size();
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

} // namespace

QStringList parts(const QString &text)
{
    QStringList out;
    QStringList current;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed() == u"---") {
            out.append(current.join(u'\n').trimmed());
            current.clear();
        } else {
            current.append(line);
        }
    }
    out.append(current.join(u'\n').trimmed());
    return out;
}

QStringList partsToPublish(bool platformHasThreads, const QString &postType, const QString &text)
{
    if (!platformHasThreads)
        return {text};
    QStringList out = parts(text);
    if (postType != u"thread" && out.size() == 1)
        return {text}; // a plain post keeps its text exactly as written
    return out;
}

QString join(const QStringList &parts)
{
    return parts.join(QStringLiteral("\n---\n"));
}

QStringList split(const QString &text, const Platform &platform)
{
    const QString whole = text.trimmed();
    if (fits(platform, whole, {platform.textLimit, platform.byteLimit}))
        return {whole};
    // Room for the numbers: grow it until the count of parts fits in it.
    QStringList result;
    for (int digits = 1; digits < 5; ++digits) {
        const int reserve = 2 + 2 * digits; // " 12/34", as many bytes as characters
        result = splitWithin(whole, platform,
                             {platform.textLimit - reserve, platform.byteLimit > 0 ? platform.byteLimit - reserve : 0});
        if (QString::number(result.size()).size() <= digits)
            break;
    }
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i] += QStringLiteral(" %1/%2").arg(i + 1).arg(result.size());
    return result;
}

} // namespace Almanac::ThreadText
