// SPDX-License-Identifier: GPL-3.0-or-later
#include "localscheduler.h"

#include "domain/clock.h"
#include "domain/platform.h"
#include "domain/redaction.h"
#include "net/httpclient.h"
#include "publisher.h"
#include "secrets/secretstore.h"
#include "secrets/webhookurlmigration.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/postrepository.h"
#include "store/schedulerepository.h"
#include "sync/ratelimiter.h"

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
    bool paced = false;   // waiting for an account's pace to allow its next post
    qint64 startedAt = 0;         // UTC epoch seconds: when it listed what is due
    qint64 previousStartedAt = 0; // the round before it in this process (0: none)
    QSet<QString> seenBefore;     // what that round listed as due (post/integration)
    QList<Outcome> outcomes;
    std::function<void(const QList<Outcome> &)> done;
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
    SchedulerActivity me;
    me.owner = m_owner;
    me.program = m_options.program;
    me.pid = QCoreApplication::applicationPid();
    me.intervalSecs = m_options.roundIntervalSecs;
    me.startedAt = Clock::nowSecs();
    return ScheduleRepository(m_db->connection()).announce(me);
}

QString LocalScheduler::describe(const Outcome &o)
{
    const QString what = o.label.isEmpty() ? o.postId : o.label;
    if (o.result == u"published")
        return tr("Published %1.").arg(what);
    if (o.result == u"retry")
        return tr("Will try %1 again: %2").arg(what, o.error);
    if (o.result == u"missed")
        return tr("Missed %1.").arg(what);
    return tr("Could not publish %1: %2").arg(what, o.error);
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
    run->due = ScheduleRepository(m_db->connection()).due(platforms, Clock::nowSecs(), QDateTime::currentMSecsSinceEpoch());
    run->startedAt = Clock::nowSecs();
    run->previousStartedAt = std::exchange(m_lastRoundAt, run->startedAt);
    QSet<QString> listed;
    for (const DueTarget &t : std::as_const(run->due))
        listed.insert(t.postId + u'/' + t.integrationId);
    run->seenBefore = std::exchange(m_lastRoundDue, listed);
    run->done = [this, done = std::move(done)](const QList<Outcome> &outcomes) {
        int published = 0, failed = 0; // a retry is neither yet
        for (const Outcome &o : outcomes) {
            published += o.result == u"published";
            failed += o.result == u"failed" || o.result == u"missed";
        }
        (void)ScheduleRepository(m_db->connection())
            .recordRound(m_owner, published, failed, outcomes.isEmpty() ? QString() : describe(outcomes.last()));
        m_roundRunning = false;
        done(outcomes);
    };
    next(run);
}

void LocalScheduler::next(const std::shared_ptr<Run> &run)
{
    // Start the soonest destinations whose account's pace allows a post now;
    // the others wait (in this round) for the earliest moment one is allowed.
    qint64 earliestWait = -1;
    for (qsizetype i = 0; i < run->due.size() && run->inFlight < m_options.parallel;) {
        const DueTarget target = run->due.at(i);
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
    if (run->inFlight == 0 && run->due.isEmpty())
        return run->done(run->outcomes);
    if (earliestWait > 0 && !run->paced) {
        run->paced = true;
        QTimer::singleShot(earliestWait, this, [this, run] {
            run->paced = false;
            next(run);
        });
    }
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
    if (!schedule.claim(target, m_owner, nowMs + m_options.leaseMs, nowMs))
        return false; // another process has it
    const std::optional<Post> post = PostRepository(m_db->connection()).find(target.postId);
    const std::optional<Integration> integration = IntegrationRepository(m_db->connection()).find(target.integrationId);
    Outcome outcome{target.postId, target.integrationId, {}, {}, {}, {}};
    if (post && integration) {
        const QString words = post->content.simplified();
        outcome.label = tr("“%1” to %2").arg(words.size() > 40 ? words.left(39) + u'…' : words, integration->name);
    }
    auto finish = [this, run, target, outcome](const QString &result, const QString &url, const QString &error,
                                               const QString &remoteId = {}) mutable {
        ScheduleRepository schedule(m_db->connection());
        outcome.result = result;
        outcome.url = url;
        outcome.error = Redaction::redact(error); // said in the window, the CLI and almanacd's log
        if (result == u"published")
            (void)schedule.published(target, m_owner, url, remoteId);
        else if (result == u"retry")
            (void)schedule.retryLater(target, m_owner,
                                      QDateTime::currentMSecsSinceEpoch()
                                          + retryDelayMs(schedule.attempts(target) + 1, m_options.retryBaseMs, m_options.retryCapMs),
                                      error);
        else
            (void)schedule.failed(target, m_owner, error);
        run->outcomes.append(outcome);
    };

    // The machine slept (or no scheduler ran) past the schedule by more than the
    // grace window: the user decides. Lateness this process caused itself, by
    // pacing or retrying a post it saw in time, is not "missed".
    const qint64 late = run->startedAt - target.lateFrom;
    const bool awakeSinceDue = run->seenBefore.contains(target.postId + u'/' + target.integrationId)
        && run->startedAt - run->previousStartedAt <= m_options.graceSecs;
    if (late > m_options.graceSecs && !awakeSinceDue) {
        finish(QStringLiteral("missed"), {},
               tr("Missed: it was due %1 (%2 minutes before Almanac could publish it). Retry it to publish it now.")
                   .arg(isoUtc(target.scheduledAt))
                   .arg(late / 60));
        return true;
    }
    Publisher *publisher = integration ? publisherFor(integration->platform) : nullptr;
    if (!post || !integration || !publisher) {
        finish(QStringLiteral("failed"), {},
               tr("Almanac cannot publish to %1 itself yet.").arg(integration ? integration->platform : target.integrationId));
        return true;
    }
    PublishJob job;
    job.post = *post;
    job.integration = *integration;
    job.text = post->effectiveText(integration->platform);
    if (keepsUrlInKeychain(integration->platform)) {
        const Result<QString> url = m_secrets->webhookUrl(integration->id);
        if (!url) {
            finish(QStringLiteral("failed"), {}, url.error());
            return true;
        }
        job.endpoint = url.value();
    }
    if (integration->platform != u"webhook") { // a generic webhook may go unsigned
        const Result<QString> secret = m_secrets->integrationSecret(integration->id);
        if (!secret) {
            finish(QStringLiteral("failed"), {}, secret.error());
            return true;
        }
        job.secret = secret.value();
    } else if (const Result<QString> secret = m_secrets->integrationSecret(integration->id); secret) {
        job.secret = secret.value();
    }
    ++run->inFlight;
    publisher->publish(job, m_http, [this, run, target, finish](const PublishResult &result) mutable {
        --run->inFlight;
        const bool giveUp = ScheduleRepository(m_db->connection()).attempts(target) + 1 >= m_options.maxAttempts;
        switch (result.kind) {
        case PublishResult::Kind::Published: finish(QStringLiteral("published"), result.url, {}, result.remoteId); break;
        case PublishResult::Kind::Failed: finish(QStringLiteral("failed"), {}, result.error); break;
        case PublishResult::Kind::Retry:
            finish(giveUp ? QStringLiteral("failed") : QStringLiteral("retry"), {},
                   giveUp ? tr("%1 (gave up after %2 attempts)").arg(result.error).arg(m_options.maxAttempts) : result.error);
            break;
        }
        next(run);
    });
    return true;
}

} // namespace Almanac
