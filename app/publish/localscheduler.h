// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/ratelimiter.h"
#include "models/domain/result.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <map>
#include <memory>

namespace Almanac {

class HttpClient;

class Database;
class Publisher;
class SecretStore;
struct DueTarget;

// Publishes the due destinations of local integrations straight to their
// platforms. Each destination is claimed with one conditional UPDATE and a
// lease, so two processes (the app and almanacd) never publish it twice, and
// a process killed mid-publish leaves a lease that expires and is retried.
// Posts late by more than the grace window are not published but marked
// missed, for the user to decide in the Failed view.
class LocalScheduler final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 leaseMs = 2 * 60 * 1000;   // renewed every third of it while the publish runs
        qint64 publishDeadlineMs = 15 * 60 * 1000; // one destination's publish, media processing included
        int maxStalls = 3; // sends in a row that crashed or ran out of time before it is set aside
        qint64 graceSecs = 15 * 60;
        bool followSettings = false; // each round reads the grace window and the media allowance from AppSettings
        int transferTimeoutMs = 30000;
        int deadlineMs = 0; // the longest any one exchange may take (0: each request's own, 2 min for API calls)
        qint64 retryBaseMs = 30000;
        qint64 retryCapMs = 60 * 60 * 1000;
        int maxAttempts = 5;
        int parallel = 8; // destinations published at once, one per account
        int mediaPollMs = 1000; // how often to ask whether uploaded media are processed
        // "Allow media from my local network" (AppSettings); lifts the media address rule only.
        bool allowLocalNetworkMedia = false;
        // How this process appears in scheduler_activity, for the window to show.
        QString program = QStringLiteral("almanac-cli");
        int roundIntervalSecs = 0; // 0: one round and out
    };
    // What became of a destination in a round.
    enum class Settled { Published, Retry, Failed, Missed, Unconfirmed };
    struct Outcome
    {
        QString postId, integrationId;
        Settled settled = Settled::Retry;
        QString result; // settled's name (published | retry | failed | missed | unconfirmed), for logs and --json
        QString url, error;
        QString note;   // published: what went out otherwise than planned (Bluesky's link card left out), or empty
        QString label;  // the post's first words and the account, for people
        // It did not go out, and will not by itself: failed, missed or unconfirmed (a retry is neither yet).
        bool failed() const
        {
            return settled == Settled::Failed || settled == Settled::Missed || settled == Settled::Unconfirmed;
        }
    };
    // A round's outcomes counted (the one place they are): a retry is neither published nor failed yet.
    struct Tally
    {
        int published = 0;
        int failed = 0;
        QString lastError; // of the last failed one
        static Tally of(const QList<Outcome> &outcomes);
    };

    LocalScheduler(QString storePath, SecretStore *secrets, Options options, QObject *parent = nullptr);
    ~LocalScheduler() override;

    // Opens its store connection and says in scheduler_activity that it runs
    // (the row goes when it is destroyed).
    Result<void> open();
    // Publishes everything due now; `done` hears what became of each destination.
    // While a round runs, another one ends at once with nothing.
    void runOnce(std::function<void(const QList<Outcome> &)> done);
    // The scheduler's loop, for every program that runs it (almanacd, `scheduler
    // run`, the window's BackgroundScheduler): a round now and one every
    // `intervalMs` after, each heard by `eachRound`, until this is destroyed.
    void runRounds(int intervalMs, std::function<void(const QList<Outcome> &)> eachRound);
    QString owner() const { return m_owner; }
    // The destinations being published right now, in words ("“Autumn blend…” to Acme").
    QStringList stillRunning() const;
    // An outcome in words: "Published “Autumn blend…” to Acme on Bluesky."
    static QString describe(const Outcome &outcome);
    static QString settledName(Settled settled);
    // --lease-seconds as almanac-cli and almanacd take it: the lease in
    // milliseconds, or the worded refusal of a value that is not 1 to 86,400 seconds.
    static Result<qint64> leaseMsFromSeconds(const QString &seconds);

private:
    static constexpr int DueListLimit = 500; // due destinations listed at a time
    struct Run;
    struct Held;
    void next(const std::shared_ptr<Run> &run);
    // False when another process holds the destination.
    bool publishOne(const std::shared_ptr<Run> &run, const DueTarget &target);
    // Records what became of a held destination (until the store takes it),
    // then lets the round go on. Only the first call for a destination counts.
    // `words`: why it did not go out, or, published, what went out otherwise.
    void settle(const std::shared_ptr<Held> &held, Settled how, const QString &url, const QString &words,
                const QString &remoteId = {}, bool outcomeUnknown = false, bool stalled = false);
    void renewClaims();
    void writeUntilStored(std::function<Result<bool>()> write, std::function<void(bool stored)> then, int attempt = 0);
    // The account's pace (by its platform's limit), or null when it has none.
    RateLimiter *paceFor(const DueTarget &target);
    Publisher *publisherFor(const QString &platform);

    QString m_storePath;
    SecretStore *m_secrets;
    Options m_options;
    QString m_owner; // this process's name on its leases
    std::unique_ptr<Database> m_db;
    HttpClient *m_http = nullptr; // the front door for every publisher
    std::map<QString, RateLimiter> m_paces; // by integration
    std::map<QString, std::shared_ptr<Held>> m_held; // claims being worked on, by post/integration
    bool m_roundRunning = false;
    qint64 m_lastRoundAt = 0;               // when this process's last round started
    QSet<QString> m_lastRoundDue;           // what it listed as due (post/integration)
    std::map<QString, std::unique_ptr<Publisher>> m_publishers; // by platform; Bluesky's keeps its sessions between rounds
};

} // namespace Almanac
