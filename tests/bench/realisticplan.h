// SPDX-License-Identifier: GPL-3.0-or-later
// A content plan like the ones teams really export, for bench_realistic: the
// same file on every machine. 30% of rows are rich (twelve scripts, ZWJ emoji
// and flags, quotes, line breaks), rows go to twelve platforms with zero to
// three media, and about two thirds break a real platform rule, as a sloppy
// team file does (too long for X or Bluesky, Instagram without media, a type
// a platform does not take, a time in the past, an unknown account).
#pragma once

#include "benchcsv.h"
#include "models/domain/platform.h"
#include "models/domain/textlength.h"

#include <QByteArray>
#include <QFile>
#include <QTimeZone>

namespace Almanac::Bench {

// The platforms of the plan, each an integration of the same id in the store.
inline const char *const RealisticPlatforms[] = {"x",        "bluesky", "mastodon",  "linkedin", "instagram", "tiktok",
                                                 "youtube",  "threads", "facebook",  "pinterest", "reddit",   "telegram"};

struct RealisticCounts
{
    qint64 rows = 0, bytes = 0, validRows = 0, validBytes = 0;
};

// Writes the mixed plan to `path` and its valid rows alone to `validPath`.
inline RealisticCounts writeRealisticPlan(const QString &path, const QString &validPath, qint64 rows)
{
    static const char *const latin[] = {"launch", "roadmap", "customers", "webinar", "behind", "scenes", "community",
                                        "coffee", "harvest", "roast", "tasting", "workshop"};
    // Twelve scripts, a phrase each, as a multilingual team writes them.
    static const char *const scripts[] = {"café crème à emporter", "новый сорт кофе", "νέος καφές σήμερα",
                                          "قهوة جديدة اليوم",      "קפה חדש היום",    "नई कॉफ़ी आज",
                                          "กาแฟใหม่วันนี้",          "今天的新咖啡",     "新しいコーヒー",
                                          "오늘의 새 커피",          "ახალი ყავა",      "նոր սուրճ այսօր"};
    static const char *const emoji[] = {"👩‍👩‍👧‍👦", "🇩🇪", "🏳️‍🌈", "👍🏽", "☕", "🎉", "👨‍💻", "🇯🇵"};
    QFile mixed(path), valid(validPath);
    if (!mixed.open(QIODevice::WriteOnly | QIODevice::Truncate) || !valid.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the realistic plan");
    const QByteArray header = "content,integrations,schedule_at,post_type,media\n";
    QByteArray out = header, validOut = header;
    RealisticCounts counts;
    Lcg rng;
    for (qint64 row = 0; row < rows; ++row) {
        const bool rich = rng.below(10) < 3;
        // What this row gets wrong, if anything: about two rows in three.
        const quint32 fault = rng.below(30); // 0-9: none; 10-29: one of the faults below
        const char *platform = RealisticPlatforms[rng.below(12)];
        QByteArray text;
        const int words = 12 + int(rng.below(28));
        for (int w = 0; w < words; ++w) {
            if (rich && rng.below(5) == 0)
                text += scripts[rng.below(12)];
            else if (rich && rng.below(8) == 0)
                text += emoji[rng.below(8)];
            else if (rich && rng.below(30) == 0)
                text += "\"\"quoted\"\"";
            else if (rich && rng.below(30) == 0)
                text += '\n';
            else
                text += latin[rng.below(12)];
            text += ' ';
        }
        if (fault >= 10 && fault < 14) // too long for X, Bluesky and the like
            text += QByteArray(600, 'x');
        if (rng.below(4) == 0)
            text += "https://acme.example/p/" + QByteArray::number(row);
        int media = int(rng.below(4));
        if (fault >= 14 && fault < 18)
            platform = "instagram", media = 0; // Instagram needs a picture
        QByteArray mediaCell;
        for (int m = 0; m < media; ++m)
            mediaCell += (m ? "," : "") + QByteArray("https://cdn.acme.example/") + QByteArray::number(row) + '-'
                + QByteArray::number(m) + ".jpg";
        const QByteArray type = fault >= 18 && fault < 22 ? "reel" : "post"; // most platforms take no reel
        const QByteArray account = fault >= 22 && fault < 25 ? "int_nowhere" : QByteArray(platform);
        const qint64 at = fault >= 25 ? NowSecs - 86400 : NowSecs + 3600 + qint64(rng.below(150 * 86400));
        const QByteArray line = '"' + text + "\"," + account + ','
            + QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate).toLatin1() + ',' + type + ",\""
            + mediaCell + "\"\n";
        out += line;
        ++counts.rows;
        // A row is valid when it has no fault and its platform takes it as written.
        const Platform &rules = *PlatformCatalog::find(QString::fromLatin1(platform));
        const QByteArray unquoted = QByteArray(text).replace("\"\"", "\"").trimmed();
        const bool fits = TextLength::measure(rules, unquoted) <= rules.textLimit
            && (rules.byteLimit == 0 || unquoted.size() <= rules.byteLimit);
        if (fault < 10 && fits && media <= rules.maxMedia && !(rules.requiresMedia && media == 0)) {
            validOut += line;
            ++counts.validRows;
        }
        if (out.size() > (1 << 20)) {
            counts.bytes += mixed.write(out);
            out.clear();
        }
        if (validOut.size() > (1 << 20)) {
            counts.validBytes += valid.write(validOut);
            validOut.clear();
        }
    }
    counts.bytes += mixed.write(out);
    counts.validBytes += valid.write(validOut);
    return counts;
}

} // namespace Almanac::Bench
