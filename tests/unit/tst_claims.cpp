// SPDX-License-Identifier: GPL-3.0-or-later
// The contract of claims on shared work (store/claims.h), for both kinds of
// work, through the interface only: a store on PostgreSQL must pass the same.
#include "models/store/claims.h"
#include "models/store/database.h"
#include "models/store/postrepository.h"
#include "teststore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Almanac;

namespace {

constexpr qint64 T0 = 1'776'643'200'000; // ms
constexpr qint64 Lease = 30'000;

// A post due at T0 with one local destination, as the scheduler would claim it.
ClaimKey dueDestination(Test::TestStore &store, const QString &text)
{
    Post p;
    p.content = text;
    p.scheduledAt = T0 / 1000 - 60;
    p.status = PostStatus::Scheduled;
    PostTarget t;
    t.integrationId = QStringLiteral("int_bsky");
    p.targets = {t};
    if (!PostRepository(store.connection()).insert(p).ok())
        qFatal("cannot write the post");
    return ClaimKey::destination(p.id, t.integrationId);
}

ClaimKey workOfKind(Test::TestStore &store, ClaimKey::Kind kind)
{
    return kind == ClaimKey::Kind::Destination ? dueDestination(store, QStringLiteral("Due")) : ClaimKey::providerAccount(QStringLiteral("op"));
}

Claims::Owner me()
{
    return {QStringLiteral("worker-a"), QCoreApplication::applicationPid()};
}

Claims::Owner other()
{
    return {QStringLiteral("worker-b"), QCoreApplication::applicationPid()};
}

} // namespace

class TestClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<ClaimKey::Kind>("kind");
        QTest::newRow("destination") << ClaimKey::Kind::Destination;
        QTest::newRow("provider account") << ClaimKey::Kind::ProviderAccount;
    }

    void oneHolderAtATimeAndTheTokenOnlyGrows_data() { kinds_data(); }
    void oneHolderAtATimeAndTheTokenOnlyGrows()
    {
        QFETCH(ClaimKey::Kind, kind);
        Test::TestStore store;
        store.addIntegration(QStringLiteral("int_bsky"), QStringLiteral("bluesky"));
        const ClaimKey work = workOfKind(store, kind);
        const std::unique_ptr<Claims> claims = Claims::of(store.connection());

        const auto first = claims->take(work, me(), T0 + Lease, T0);
        QVERIFY2(first.ok() && first.value(), qPrintable(first.error()));
        const Fence mine = *first.value();
        QCOMPARE(mine.owner, me().name);
        QVERIFY(mine.token > 0);
        QVERIFY(claims->holds(work, mine).value());

        // Another worker cannot take it while the lease runs, even at its last moment.
        const auto refused = claims->take(work, other(), T0 + 2 * Lease, T0 + Lease - 1);
        QVERIFY(refused.ok());
        QVERIFY(!refused.value());
        QVERIFY(claims->renew(work, mine, T0 + 2 * Lease).value());

        // Once the lease ran out, it changes hands, under a greater token.
        const auto taken = claims->take(work, other(), T0 + 4 * Lease, T0 + 2 * Lease + 1);
        QVERIFY(taken.ok() && taken.value());
        const Fence theirs = *taken.value();
        QVERIFY(theirs.token > mine.token);
        // The first holder lost it: it cannot renew, does not hold, and writes nothing.
        QVERIFY(!claims->holds(work, mine).value());
        QVERIFY(!claims->renew(work, mine, T0 + 9 * Lease).value());
        QVERIFY(claims->holds(work, theirs).value());
        auto *sqlite = dynamic_cast<SqliteClaims *>(claims.get());
        QVERIFY(sqlite);
        QVERIFY(!sqlite->writeFenced(work, mine, QStringLiteral("lease_until = ?"), {T0 + 9 * Lease}, QStringLiteral("test")).value());
        QVERIFY(!claims->take(work, me(), T0 + 9 * Lease, T0 + 3 * Lease).value()); // their lease still runs
        // A stale fence with the right owner and a smaller token is refused too.
        QVERIFY(!claims->holds(work, Fence{theirs.owner, theirs.token - 1}).value());
    }

    void releaseHandsItOverAtOnce_data() { kinds_data(); }
    void releaseHandsItOverAtOnce()
    {
        QFETCH(ClaimKey::Kind, kind);
        Test::TestStore store;
        store.addIntegration(QStringLiteral("int_bsky"), QStringLiteral("bluesky"));
        const ClaimKey work = workOfKind(store, kind);
        const std::unique_ptr<Claims> claims = Claims::of(store.connection());
        const Fence mine = *claims->take(work, me(), T0 + Lease, T0).value();
        // Releasing with a fence that is not the holder's changes nothing.
        QVERIFY(claims->release(work, Fence{other().name, mine.token}).ok());
        QVERIFY(!claims->take(work, other(), T0 + Lease, T0 + 1).value());
        QVERIFY(claims->release(work, mine).ok());
        const auto taken = claims->take(work, other(), T0 + Lease, T0 + 1);
        QVERIFY(taken.ok() && taken.value());
        QVERIFY(taken.value()->token > mine.token);
    }

    // A destination is work only while it is due: not a draft, not before its retry time.
    void aDestinationIsTakenOnlyWhenDue()
    {
        Test::TestStore store;
        store.addIntegration(QStringLiteral("int_bsky"), QStringLiteral("bluesky"));
        const ClaimKey work = dueDestination(store, QStringLiteral("Later"));
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET next_attempt_at = %1").arg(T0 + 5000)));
        const std::unique_ptr<Claims> claims = Claims::of(store.connection());
        QVERIFY(!claims->take(work, me(), T0 + Lease, T0).value());
        QVERIFY(claims->take(work, me(), T0 + 5000 + Lease, T0 + 5000).value());
        QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'draft', lease_until = 0")));
        QVERIFY(!claims->take(work, other(), T0 + 9 * Lease, T0 + 9 * Lease).value());
    }

    // A provider account's holder that is gone (killed mid-request) frees it before its lease ends.
    void anAccountOfADeadProcessIsFree()
    {
        Test::TestStore store;
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() ? gone.processId() : 999'999'999;
        const ClaimKey work = ClaimKey::providerAccount(QStringLiteral("op"));
        const std::unique_ptr<Claims> claims = Claims::of(store.connection());
        const Fence dead = *claims->take(work, {QStringLiteral("killed"), deadPid}, T0 + Lease, T0).value();
        const auto taken = claims->take(work, other(), T0 + Lease, T0 + 1);
        QVERIFY(taken.ok() && taken.value());
        QVERIFY(taken.value()->token > dead.token);
    }

    // Two workers on their own connections race for the same fifty destinations:
    // each is taken exactly once.
    void twoConnectionsRacingTakeEachOnce()
    {
        Test::TestStore store;
        store.addIntegration(QStringLiteral("int_bsky"), QStringLiteral("bluesky"));
        QList<ClaimKey> work;
        for (int i = 0; i < 50; ++i)
            work.append(dueDestination(store, QStringLiteral("Post %1").arg(i)));
        std::atomic_int wins = 0, errors = 0;
        auto worker = [&](const QString &name) {
            return QThread::create([&, name] {
                Database db(name);
                if (!db.open(store.path()).ok()) {
                    ++errors;
                    return;
                }
                const std::unique_ptr<Claims> claims = Claims::of(db.connection());
                for (const ClaimKey &key : std::as_const(work)) {
                    const auto taken = claims->take(key, {name, 1}, T0 + Lease, T0);
                    if (!taken.ok())
                        ++errors;
                    else if (taken.value())
                        ++wins;
                }
            });
        };
        QThread *a = worker(QStringLiteral("racer-a")), *b = worker(QStringLiteral("racer-b"));
        a->start();
        b->start();
        QVERIFY(a->wait(30000) && b->wait(30000));
        delete a;
        delete b;
        QCOMPARE(errors.load(), 0);
        QCOMPARE(wins.load(), 50);
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM post_targets WHERE status = 'publishing' AND lease_token = 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 50);
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
