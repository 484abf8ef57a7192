// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publish/localscheduler.h"

#include "app/net/httpclient.h"
#include "app/publish/publisher.h"
#include "app/secrets/secretstore.h"
#include "app/secrets/webhookurlmigration.h"
#include "app/settings/appsettings.h"
#include "app/net/ratelimiter.h"
#include "models/domain/clock.h"
#include "models/domain/deliverymodel.h"
#include "models/domain/platform.h"
#include "models/domain/redaction.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/schedulerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <utility>

namespace Almanac {

struct LocalScheduler::Run
{
    QList<DueTarget> due; // not started yet, soonest first
    int inFlight = 0;
    QSet<QString> busyAccounts; // one publish at a time per account: a slow one delays only itself
    QStringList platforms;      // the ones this process publishes to
    qint64 startedAtMs = 0;
    QSet<QString> listed;       // every destination this round took up (post/integration)
    bool exhausted = false;     // nothing more was due when the round last looked
    bool paced = false;   // waiting for an account's pace to allow its next post
    bool over = false;    // `done` was called
    qint64 startedAt = 0;         // UTC epoch seconds: when it listed what is due
    qint64 previousStartedAt = 0; // the round before it in this process (0: none)
    QSet<QString> seenBefore;     // what that round listed as due (post/integration)
    QList<Outcome> outcomes;
    std::function<void(const QList<Outcome> &)> done;
};

// A destination this process holds while it publishes it.
struct LocalScheduler::Held
{
    Claim claim;
    QString platform;
    std::shared_ptr<Run> run;
    Outcome outcome;
    bool lost = false;    // another process took it (the lease ran out): its result is not ours to write
    bool settled = false; // an answer, or the deadline, came: later ones are ignored
    QTimer *deadline = nullptr;
};

LocalScheduler::LocalScheduler(QString storePath, SecretStore *secrets, Options options, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_secrets(secrets)
    , m_options(options)
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    for (const Platform &p : PlatformCatalog::all())
        if (std::unique_ptr<Publisher> publisher = makePublisher(p.id, options.transferTimeoutMs, options.mediaPollMs))
            m_publishers.emplace(p.id, std::move(publisher));
}

LocalScheduler::~LocalScheduler()
{
    if (m_db && m_db->isOpen())
        (void)ScheduleRepository(m_db->connection()).retire(m_owner);
}

Result<void> LocalScheduler::open()
{
    m_db = std::make_unique<Database>(QStringLiteral("almanac-scheduler-%1").arg(quintptr(this), 0, 16));
    if (auto r = m_db->open(m_storePath); !r)
        return r;
    (void)WebhookUrlMigration::run(m_db->connection(), *m_secrets); // a URL left behind is tried again at the next start
    m_http = new HttpClient(this);
    m_http->setAllowLocalNetworkMedia(m_options.allowLocalNetworkMedia);
    m_http->setDeadlineCapMs(m_options.deadlineMs);
    // A claim is held for as long as its work runs, however long that is.
    auto *renewal = new QTimer(this);
    renewal->setInterval(int(qMax<qint64>(50, m_options.leaseMs / 3)));
    connect(renewal, &QTimer::timeout, this, &LocalScheduler::renewClaims);
    renewal->start();
    SchedulerActivity me;
    me.owner = m_owner;
    me.program = m_options.program;
    me.pid = QCoreApplication::applicationPid();
    me.intervalSecs = m_options.roundIntervalSecs;
    me.startedAt = Clock::nowSecs();
    return ScheduleRepository(m_db->connection()).announce(me);
}

Result<qint64> LocalScheduler::leaseMsFromSeconds(const QString &seconds)
{
    bool ok = false;
    const qint64 value = seconds.toLongLong(&ok);
    // A day at the most: a longer lease only delays a takeover, and seconds
    // beyond it could overflow as milliseconds.
    if (!ok || value < 1 || value > 24 * 3600)
        return Error{tr("--lease-seconds \"%1\" is not a number of seconds from 1 to 86400 (a day)").arg(seconds)};
    return value * 1000;
}

QString LocalScheduler::describe(const Outcome &o)
{
    const QString what = o.label.isEmpty() ? o.postId : o.label;
    switch (o.settled) {
    case Settled::Published: return tr("Published %1.").arg(what);
    case Settled::Retry: return tr("Will try %1 again: %2").arg(what, o.error);
    case Settled::Missed: return tr("Missed %1.").arg(what);
    case Settled::Unconfirmed: return tr("Not sure %1 went out: %2").arg(what, o.error);
    case Settled::Failed: break;
    }
    return tr("Could not publish %1: %2").arg(what, o.error);
}

QString LocalScheduler::settledName(Settled settled)
{
    switch (settled) {
    case Settled::Published: return QStringLiteral("published");
    case Settled::Retry: return QStringLiteral("retry");
    case Settled::Missed: return QStringLiteral("missed");
    case Settled::Unconfirmed: return QStringLiteral("unconfirmed");
    case Settled::Failed: break;
    }
    return QStringLiteral("failed");
}

LocalScheduler::Tally LocalScheduler::Tally::of(const QList<Outcome> &outcomes)
{
    Tally tally;
    for (const Outcome &o : outcomes) {
        if (o.settled == Settled::Published) {
            ++tally.published;
        } else if (o.failed()) {
            ++tally.failed;
            tally.lastError = o.error;
        }
    }
    return tally;
}

void LocalScheduler::runRounds(int intervalMs, std::function<void(const QList<Outcome> &)> eachRound)
{
    auto *tick = new QTimer(this); // on this scheduler's thread, and gone with it
    connect(tick, &QTimer::timeout, this, [this, eachRound] { runOnce(eachRound); });
    tick->start(intervalMs);
    runOnce(std::move(eachRound));
}

Publisher *LocalScheduler::publisherFor(const QString &platform)
{
    const auto it = m_publishers.find(platform);
    return it == m_publishers.end() ? nullptr : it->second.get();
}

void LocalScheduler::runOnce(std::function<void(const QList<Outcome> &)> done)
{
    if (m_roundRunning) { // a paced round can outlast the interval; the next tick after it takes what is new
        (void)ScheduleRepository(m_db->connection()).recordRound(m_owner, 0, 0, {}); // still alive, for the window
        return done({});
    }
    m_roundRunning = true;
    if (m_options.followSettings) { // the user may have changed them in the window since the last round
        const AppSettings settings;
        m_options.graceSecs = qint64(settings.publishGraceMinutes()) * 60;
        m_http->setAllowLocalNetworkMedia(settings.allowLocalNetworkMedia());
    }
    auto run = std::make_shared<Run>();
    // Destinations on other platforms (X, Instagram, …) are left alone: Almanac
    // cannot publish there itself, and the user publishes them another way.
    QStringList platforms;
    for (const auto &[platform, publisher] : m_publishers)
        platforms.append(platform);
    run->platforms = platforms;
    run->startedAtMs = QDateTime::currentMSecsSinceEpoch();
    run->due = ScheduleRepository(m_db->connection()).due(platforms, Clock::nowSecs(), run->startedAtMs);
    run->startedAt = Clock::nowSecs();
    run->previousStartedAt = std::exchange(m_lastRoundAt, run->startedAt);
    QSet<QString> listed;
    for (const DueTarget &t : std::as_const(run->due))
        listed.insert(t.postId + u'/' + t.integrationId);
    run->listed = listed;
    run->exhausted = run->due.size() < DueListLimit;
    run->seenBefore = std::exchange(m_lastRoundDue, listed);
    run->done = [this, done = std::move(done)](const QList<Outcome> &outcomes) {
        const Tally tally = Tally::of(outcomes);
        (void)ScheduleRepository(m_db->connection())
            .recordRound(m_owner, tally.published, tally.failed, outcomes.isEmpty() ? QString() : describe(outcomes.last()));
        m_roundRunning = false;
        done(outcomes);
    };
    next(run);
}

void LocalScheduler::next(const std::shared_ptr<Run> &run)
{
    if (run->over)
        return;
    // Start the soonest destinations whose account is free and whose pace
    // allows a post now; the others wait (in this round) for their account or
    // for the earliest moment its pace allows one.
    qint64 earliestWait = -1;
    for (qsizetype i = 0; i < run->due.size() && run->inFlight < m_options.parallel;) {
        const DueTarget target = run->due.at(i);
        if (run->busyAccounts.contains(target.integrationId)) {
            ++i;
            continue;
        }
        RateLimiter *pace = paceFor(target);
        const qint64 wait = pace ? pace->delayBeforeNext(QDateTime::currentMSecsSinceEpoch()) : 0;
        if (wait > 0) {
            earliestWait = earliestWait < 0 ? wait : std::min(earliestWait, wait);
            ++i;
            continue;
        }
        run->due.removeAt(i);
        if (publishOne(run, target) && pace)
            pace->recordSend(QDateTime::currentMSecsSinceEpoch());
    }
    // The first list held what was due then, up to a limit; when all of it is
    // started or waits on a busy account, the round takes up more of what was
    // due when it began, so a slow account never holds back the others.
    if (!run->exhausted && run->inFlight < m_options.parallel
        && std::all_of(run->due.cbegin(), run->due.cend(),
                       [&](const DueTarget &t) { return run->busyAccounts.contains(t.integrationId); })) {
        const QList<DueTarget> more = ScheduleRepository(m_db->connection())
                                          .due(run->platforms, run->startedAt, run->startedAtMs, DueListLimit + int(run->listed.size()));
        int added = 0;
        for (const DueTarget &t : more)
            if (!run->listed.contains(t.postId + u'/' + t.integrationId)) {
                run->listed.insert(t.postId + u'/' + t.integrationId);
                run->due.append(t);
                ++added;
            }
        run->exhausted = added == 0;
        if (added > 0)
            return next(run);
    }
    if (run->inFlight == 0 && run->due.isEmpty()) {
        run->over = true; // once: a publisher that answers at once must not end the round twice
        return run->done(run->outcomes);
    }
    if (earliestWait > 0 && !run->paced) {
        run->paced = true;
        QTimer::singleShot(earliestWait, this, [this, run] {
            run->paced = false;
            next(run);
        });
    }
}

QStringList LocalScheduler::stillRunning() const
{
    QStringList running;
    for (const auto &[key, held] : m_held)
        if (!held->settled)
            running.append(held->outcome.label.isEmpty() ? key : held->outcome.label);
    return running;
}

void LocalScheduler::renewClaims()
{
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + m_options.leaseMs;
    for (const auto &[key, held] : m_held) {
        if (held->lost || held->settled)
            continue;
        const Result<bool> renewed = ScheduleRepository(m_db->connection()).renew(held->claim, until);
        if (renewed && !renewed.value())
            held->lost = true; // another process holds it now: this one's result will not be written
    }
}

void LocalScheduler::writeUntilStored(std::function<Result<bool>()> write, std::function<void(bool stored)> then, int attempt)
{
    // A busy store (a long import committing, a backup) is waited for: a result
    // is never dropped, or the next run would send the post again.
    const Result<bool> written = write();
    if (written)
        return then(written.value());
    QTimer::singleShot(qMin(50 << qMin(attempt, 6), 2000), this,
                       [this, write = std::move(write), then = std::move(then), attempt]() mutable {
                           writeUntilStored(std::move(write), std::move(then), attempt + 1);
                       });
}

RateLimiter *LocalScheduler::paceFor(const DueTarget &target)
{
    Publisher *publisher = publisherFor(target.platform);
    const int perMinute = publisher ? publisher->postsPerMinute(target.platform) : 0;
    if (perMinute <= 0)
        return nullptr;
    return &m_paces.try_emplace(target.integrationId, perMinute).first->second;
}

bool LocalScheduler::publishOne(const std::shared_ptr<Run> &run, const DueTarget &target)
{
    ScheduleRepository schedule(m_db->connection());
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const Result<std::optional<Claim>> claimed = schedule.claim(target, m_owner, nowMs + m_options.leaseMs, nowMs);
    if (!claimed || !claimed.value())
        return false; // another process has it (or the store is busy: the next round looks again)
    auto held = std::make_shared<Held>();
    held->claim = *claimed.value();
    held->platform = target.platform;
    held->run = run;
    held->outcome.postId = target.postId;
    held->outcome.integrationId = target.integrationId;
    m_held[target.postId + u'/' + target.integrationId] = held;
    ++run->inFlight;
    run->busyAccounts.insert(target.integrationId);

    const std::optional<Post> post = PostRepository(m_db->connection()).find(target.postId);
    const std::optional<Integration> integration = IntegrationRepository(m_db->connection()).find(target.integrationId);
    if (post && integration) {
        const QString words = post->content.simplified();
        held->outcome.label = tr("“%1” to %2").arg(words.size() > 40 ? words.left(39) + u'…' : words, integration->name);
    }

    // The machine slept (or no scheduler ran) past the schedule by more than the
    // grace window: the user decides. Lateness this process caused itself, by
    // pacing or retrying a post it saw in time, is not "missed".
    const qint64 late = run->startedAt - target.lateFrom;
    const bool awakeSinceDue = run->seenBefore.contains(target.postId + u'/' + target.integrationId)
        && run->startedAt - run->previousStartedAt <= m_options.graceSecs;
    if (late > m_options.graceSecs && !awakeSinceDue) {
        settle(held, Settled::Missed, {}, tr("Missed: it was due %1 (%2 minutes before Almanac could publish it). Retry it "
                                             "to publish it now.").arg(isoUtc(target.scheduledAt)).arg(late / 60));
        return true;
    }
    // An earlier send has no recorded outcome (a process died mid-publish, or
    // it ran out of time): resend only where the destination drops a repeat.
    if (held->claim.earlierIntentMs > 0) {
        const qint64 since = nowMs - held->claim.earlierIntentMs;
        if (held->claim.stalls >= m_options.maxStalls) {
            settle(held, Settled::Failed, {},
                   tr("Set aside: publishing it crashed or ran out of time %n time(s) in a row. Retry it once the "
                      "account works again.", nullptr, held->claim.stalls));
            return true;
        }
        if (!DeliveryModel::mayResend(target.platform, since)) {
            settle(held, Settled::Unconfirmed, {}, DeliveryModel::unconfirmedReason(target.platform, since));
            return true;
        }
    }
    Publisher *publisher = integration ? publisherFor(integration->platform) : nullptr;
    if (!post || !integration || !publisher) {
        settle(held, Settled::Failed, {},
               tr("Almanac cannot publish to %1 itself yet.").arg(integration ? integration->platform : target.integrationId));
        return true;
    }
    PublishJob job;
    job.post = *post;
    job.integration = *integration;
    job.text = post->effectiveText(integration->platform);
    const Result<AccountKeys> keys = m_secrets->accountKeys(*integration);
    if (!keys) {
        settle(held, Settled::Failed, {}, keys.error());
        return true;
    }
    job.endpoint = keys.value().url;
    job.secret = keys.value().secret;
    // The intent lands before the first byte goes out: a crash after the send
    // is then found by whoever claims it next, and settled by the delivery model.
    const Claim claim = held->claim;
    writeUntilStored([this, claim] { return ScheduleRepository(m_db->connection()).recordIntent(claim, QDateTime::currentMSecsSinceEpoch()); },
                     [this, held, publisher, job](bool stored) {
        if (!stored) {
            held->lost = true;
            return settle(held, Settled::Retry, {}, {});
        }
        // However slow the account, this publish ends: its outcome is then unknown.
        held->deadline = new QTimer(this);
        held->deadline->setSingleShot(true);
        connect(held->deadline, &QTimer::timeout, this, [this, held] {
            settle(held, Settled::Retry, {},
                   tr("It did not finish within %n minute(s); the account may be slow or stuck.", nullptr,
                      int(qMax<qint64>(1, m_options.publishDeadlineMs / 60000))),
                   {}, true, true);
        });
        held->deadline->start(int(m_options.publishDeadlineMs));
        publisher->publish(job, m_http, [this, held](const PublishResult &result) {
            if (held->settled)
                return; // the deadline came first
            const bool giveUp = ScheduleRepository(m_db->connection()).attempts(held->claim.target) + 1 >= m_options.maxAttempts;
            switch (result.kind) {
            case PublishResult::Kind::Published: return settle(held, Settled::Published, result.url, result.note, result.remoteId);
            case PublishResult::Kind::Failed: return settle(held, Settled::Failed, {}, result.error);
            case PublishResult::Kind::Retry:
                if (result.outcomeUnknown && !DeliveryModel::mayResend(held->platform, 0))
                    return settle(held, Settled::Unconfirmed, {},
                                  DeliveryModel::unconfirmedReason(held->platform, 0) + u' ' + result.error);
                if (giveUp)
                    return settle(held, Settled::Failed, {},
                                  tr("%1 (gave up after %2 attempts)").arg(result.error).arg(m_options.maxAttempts));
                return settle(held, Settled::Retry, {}, result.error, {}, result.outcomeUnknown);
            }
        });
    });
    return true;
}

void LocalScheduler::settle(const std::shared_ptr<Held> &held, Settled how, const QString &url, const QString &words,
                            const QString &remoteId, bool outcomeUnknown, bool stalled)
{
    if (held->settled)
        return;
    held->settled = true;
    if (held->deadline)
        held->deadline->stop();
    Outcome outcome = held->outcome;
    outcome.settled = how;
    outcome.result = settledName(how);
    outcome.url = url;
    // Said in the window, the CLI and almanacd's log.
    const QString error = how == Settled::Published ? QString() : Redaction::redact(words);
    outcome.error = error;
    outcome.note = how == Settled::Published ? Redaction::redact(words) : QString();
    const Claim claim = held->claim;
    std::function<Result<bool>()> write;
    switch (how) {
    case Settled::Published:
        write = [this, claim, url, remoteId, note = outcome.note] {
            return ScheduleRepository(m_db->connection()).published(claim, url, remoteId, note);
        };
        break;
    case Settled::Retry: {
        ScheduleRepository schedule(m_db->connection());
        const qint64 at = QDateTime::currentMSecsSinceEpoch()
            + retryDelayMs(schedule.attempts(claim.target) + 1, m_options.retryBaseMs, m_options.retryCapMs);
        write = [this, claim, at, error, outcomeUnknown, stalled] {
            return ScheduleRepository(m_db->connection()).retryLater(claim, at, error, outcomeUnknown, stalled);
        };
        break;
    }
    case Settled::Missed:
    case Settled::Failed:
    case Settled::Unconfirmed:
        write = [this, claim, error, how] {
            return ScheduleRepository(m_db->connection()).failed(claim, error, how == Settled::Unconfirmed);
        };
        break;
    }
    auto done = [this, held, outcome](bool stored) {
        const std::shared_ptr<Run> run = held->run;
        m_held.erase(held->claim.target.postId + u'/' + held->claim.target.integrationId);
        if (held->deadline)
            held->deadline->deleteLater();
        --run->inFlight;
        run->busyAccounts.remove(held->claim.target.integrationId);
        if (stored) // a lost claim is the new holder's to report
            run->outcomes.append(outcome);
        QTimer::singleShot(0, this, [this, run] { next(run); }); // never inside the publisher's own call
    };
    if (held->lost)
        return done(false);
    writeUntilStored(std::move(write), std::move(done));
}

} // namespace Almanac
