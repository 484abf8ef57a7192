// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' CSV: a deterministic OpenPost file (~370 bytes a row, with
// quotes, newlines and emoji), the same on every machine. Header-only, shared
// by bench_import and bench_preview.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

namespace Almanac::Bench {

constexpr const char *Now = "2026-06-01T00:00:00Z";
constexpr qint64 NowSecs = 1780272000; // 2026-06-01T00:00:00Z

// A small deterministic generator: the same file on every machine.
struct Lcg
{
    quint64 state = 0x2545F4914F6CDD1DULL;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    quint32 below(quint32 n) { return next() % n; }
};

inline qint64 writeCsv(const QString &path, qint64 rows)
{
    static const char *const words[] = {"launch", "team", "roadmap", "customers", "webinar", "thread", "design",
                                        "release", "notes", "behind", "scenes", "growth", "tips", "quarter", "plan",
                                        "community", "shipping", "feedback", "update", "today"};
    static const char *const emoji[] = {"🚀", "🎉", "✨", "👩‍💻", "📅", "🇩🇪"};
    static const char *const targets[] = {"x", "linkedin", "x;linkedin", "bluesky", "int_masto", "bluesky;linkedin"};
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    Lcg rng;
    QByteArray out;
    out.reserve(1 << 21);
    out.append("content,integrations,schedule_at,post_type,media\n");
    qint64 bytes = 0;
    for (qint64 row = 0; row < rows; ++row) {
        // Long enough to average ~370 bytes a row, short enough to pass each platform's limit.
        static const int maxLength[] = {250, 560, 250, 285, 470, 285};
        const int target = int(rng.below(6));
        out.append('"');
        const int length = maxLength[target] - 90 + int(rng.below(80));
        int written = 0;
        while (written < length) {
            const quint32 pick = rng.below(100);
            QByteArray piece;
            if (pick < 3)
                piece = "\"\"quoted\"\" ";
            else if (pick < 5)
                piece = "\nnew line ";
            else if (pick < 9)
                piece = QByteArray(emoji[rng.below(6)]) + ' ';
            else
                piece = QByteArray(words[rng.below(20)]) + ' ';
            out.append(piece);
            written += int(piece.size());
        }
        out.append("\",");
        out.append(targets[target]);
        out.append(',');
        // Spread over 170 days from "now", to the minute.
        const qint64 at = NowSecs + 3600 + qint64(rng.below(170 * 24 * 60)) * 60;
        const QDateTime t = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        out.append(t.toString(Qt::ISODate).toLatin1());
        out.append(",post,");
        if (rng.below(3) == 0)
            out.append("https://cdn.example.com/media/" + QByteArray::number(rng.next()) + ".jpg");
        out.append('\n');
        if (out.size() > (1 << 20)) {
            f.write(out);
            bytes += out.size();
            out.clear();
        }
    }
    f.write(out);
    bytes += out.size();
    return bytes;
}

} // namespace Almanac::Bench
