// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine's small rules, on their own: the sliding-minute limiter, the
// backoff, how a reply is judged, and what the providers send.
#include "app/sync/bundlesocialprovider.h"
#include "app/sync/openpostprovider.h"
#include "app/net/ratelimiter.h"
#include "app/sync/syncprovider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Almanac;

class TestSyncRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limiterUsesTheWholeMinuteAndNoMore()
    {
        RateLimiter limiter(3);
        const qint64 t0 = 1000000;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(limiter.delayBeforeNext(t0 + i), qint64(0)); // the allowance at once
            limiter.recordSend(t0 + i);
        }
        // The fourth waits until the first leaves the window (plus the margin).
        QCOMPARE(limiter.delayBeforeNext(t0 + 10), RateLimiter::WindowMs + RateLimiter::MarginMs - 10);
        QCOMPARE(limiter.delayBeforeNext(t0 + RateLimiter::WindowMs + RateLimiter::MarginMs), qint64(0));
        // Retry-After pauses whatever the allowance says.
        limiter.pauseUntil(t0 + 200000);
        QCOMPARE(limiter.delayBeforeNext(t0 + 100000), qint64(100000));
    }

    void backoffGrowsWithJitterAndACap()
    {
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const qint64 full = qMin<qint64>(60000, qint64(1000) << (attempt - 1));
            const qint64 d = retryDelayMs(attempt, 1000, 60000);
            QVERIFY2(d >= full / 2 && d <= full, qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(d)));
        }
    }

    void repliesAreJudged()
    {
        HttpReply dropped;
        dropped.networkError = QStringLiteral("No answer: closed.");
        QCOMPARE(SyncProvider::unsuccessful(dropped).kind, ItemOutcome::Kind::Retry);

        HttpReply busy{429, "{\"error\":{\"message\":\"Slow down\"}}", "7", {}, false};
        const ItemOutcome wait = SyncProvider::unsuccessful(busy);
        QCOMPARE(wait.kind, ItemOutcome::Kind::Retry);
        QCOMPARE(wait.retryAfterMs, qint64(7000));
        QVERIFY(wait.message.contains(QStringLiteral("Slow down")));

        const QByteArray date = QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
        const ItemOutcome dated = SyncProvider::unsuccessful({503, {}, date, {}, false});
        QVERIFY2(dated.retryAfterMs > 25000 && dated.retryAfterMs <= 30000, qPrintable(QString::number(dated.retryAfterMs)));

        QCOMPARE(SyncProvider::unsuccessful({502, "oops", {}, {}, false}).kind, ItemOutcome::Kind::Retry);
        const ItemOutcome refused = SyncProvider::unsuccessful({422, "{\"message\":\"content is required\"}", {}, {}, false});
        QCOMPARE(refused.kind, ItemOutcome::Kind::Failed);
        QCOMPARE(refused.message, QStringLiteral("Refused by the server (HTTP 422): content is required"));
    }

    void openPostBodiesFollowSeed001()
    {
        SyncItem item;
        item.operation = QStringLiteral("create");
        item.remoteIntegrations = {QStringLiteral("int_x_abc")};
        Post p;
        p.content = QStringLiteral("Big launch today");
        p.status = PostStatus::Scheduled;
        p.scheduledAt = 1777644000; // 2026-05-01T14:00:00Z
        p.tags = {QStringLiteral("launch")};
        p.platformOverrides.insert(QStringLiteral("x"), QStringLiteral("On X"));
        item.post = p;
        const QJsonObject body = OpenPostProvider::postBody(item);
        QCOMPARE(body.value(u"schedule_at").toString(), QStringLiteral("2026-05-01T14:00:00Z"));
        QCOMPARE(body.value(u"integrations").toArray().first().toString(), QStringLiteral("int_x_abc"));
        QCOMPARE(body.value(u"platform_overrides").toObject().value(u"twitter").toString(), QStringLiteral("On X"));
        item.post->status = PostStatus::Draft;
        QVERIFY(!OpenPostProvider::postBody(item).contains(u"schedule_at")); // a draft has no time there
    }

    void bundleSocialCsvIsItsOwnDialect()
    {
        SyncItem item;
        item.operation = QStringLiteral("create");
        item.integrationIds = {QStringLiteral("int_x")};
        Post p;
        p.content = QStringLiteral("Hello, \"world\"");
        p.status = PostStatus::Scheduled;
        p.scheduledAt = 1777644000;
        p.targets.append({QStringLiteral("int_x"), QStringLiteral("x"), p.status, {}, {}, 0, {}, 0});
        p.media.append({QStringLiteral("https://cdn.example.com/1.jpg"), {}, {}});
        p.media.append({QStringLiteral("https://cdn.example.com/2.jpg"), {}, {}});
        item.post = p;
        const QByteArray csv = BundleSocialProvider(QStringLiteral("team_456")).csv({item});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0), QByteArray("teamId,title,postDate,status,socialAccountTypes,text,twitterText,twitterMediaUrls"));
        QCOMPARE(lines.at(1), QByteArray("team_456,\"Hello, \"\"world\"\"\",2026-05-01T14:00:00Z,SCHEDULED,TWITTER,\"Hello, \"\"world\"\"\",,"
                                         "https://cdn.example.com/1.jpg#https://cdn.example.com/2.jpg"));
    }
};

QTEST_GUILESS_MAIN(TestSyncRules)
#include "tst_syncrules.moc"
