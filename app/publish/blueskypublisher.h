// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/publish/publisher.h"

#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>
#include <QCoreApplication>

namespace Almanac {

// Bluesky over the AT Protocol's XRPC, at the account's service URL (default
// https://bsky.social): a session from the handle and app password
// (createSession, renewed with refreshSession when the access token expires),
// images up with uploadBlob (count and size checked first), then one
// app.bsky.feed.post record per thread part with facets for links, mentions
// and hashtags (UTF-8 byte offsets) and reply refs to the root and parent.
//
// Every part's record key is derived from the post, account and part, and a
// part is looked up (getRecord) before it is created: after a lost answer or a
// killed process the next try finds what landed instead of posting it again.
class BlueskyPublisher final : public Publisher
{
    Q_DECLARE_TR_FUNCTIONS(BlueskyPublisher)

public:
    explicit BlueskyPublisher(int transferTimeoutMs = 30000) : m_timeoutMs(transferTimeoutMs) {}

    void publish(const PublishJob &job, HttpClient *http,
                 std::function<void(const PublishResult &)> done) override;
    // Signs in (createSession) and says as whom.
    void testConnection(const Integration &integration, const QString &secret, HttpClient *http,
                        std::function<void(const ConnectionCheck &)> done) override;
    // Bluesky's PDS: 5,000 points an hour for writes, a created record costing 3 (threads count per part).
    int postsPerMinute(const QString &) const override { return 25; }

    // A valid TID (13 base32-sortable characters) that is the same on every try
    // of this part; its time is the post's schedule, so records sort by it.
    static QString recordKey(const Post &post, const QString &integrationId, int part);
    // https://bsky.app/profile/<handle>/post/<record key> of an at:// URI.
    static QString webUrl(const QString &handle, const QString &atUri);

    static constexpr int MaxImages = 4;
    static constexpr qint64 MaxImageBytes = 1000000; // app.bsky.embed.images
    static constexpr qint64 MaxThumbBytes = 1000000; // app.bsky.embed.external's thumb
    static constexpr qint64 MaxCardPageBytes = 512 * 1024; // a page's head is near its start

private:
    struct Session
    {
        QString did, handle, accessJwt, refreshJwt;
    };
    struct Job;
    struct Call
    {
        QString method;
        QUrlQuery query;           // a GET's parameters
        QByteArray body;           // a POST's body; empty with no content type: GET
        QByteArray contentType;
        enum class Auth { None, Access, Refresh } auth = Auth::Access;
    };
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QString errorString;
    };
    using Then = std::function<void(const Answer &)>;

    // A job for this account, or null when its settings cannot work (`done` has been told why).
    std::shared_ptr<Job> makeJob(const PublishJob &job, HttpClient *http,
                                 std::function<void(const PublishResult &)> done);
    void xrpc(const std::shared_ptr<Job> &job, const Call &call, Then then, bool renewed = false);
    // The account's session, signing in once for every job that needs it meanwhile.
    void withSession(const std::shared_ptr<Job> &job, std::function<void()> then);
    // `failed` (default: the job's own done) hears a refused or failed sign-in.
    void signIn(const std::shared_ptr<Job> &job, std::function<void()> then,
                std::function<void(const PublishResult &)> failed = {});
    void renew(const std::shared_ptr<Job> &job, std::function<void()> then);
    void uploadImage(const std::shared_ptr<Job> &job, qsizetype index);
    // The first link's card (app.bsky.embed.external) from its page's Open Graph
    // tags, its picture uploaded as a blob; anything that fails leaves no card.
    void fetchCard(const std::shared_ptr<Job> &job);
    void resolveMention(const std::shared_ptr<Job> &job, qsizetype index);
    void publishPart(const std::shared_ptr<Job> &job, qsizetype part);
    void partLanded(const std::shared_ptr<Job> &job, qsizetype part, const QJsonObject &ref);
    QJsonObject record(const Job &job, qsizetype part) const;

    int m_timeoutMs;
    QHash<QString, Session> m_sessions; // by account; in memory only, like the password
    // Jobs waiting for a sign-in under way, by account (the first one signs in).
    QHash<QString, QList<std::pair<std::shared_ptr<Job>, std::function<void()>>>> m_signingIn;
    // A sign-in the PDS refused, by account: the account's other posts fail with
    // the same reason for a minute instead of asking again (publishing is one
    // post at a time per account, and a PDS may lock out a password tried often).
    struct Refusal
    {
        QByteArray secretHash;
        qint64 atMs = 0;
        PublishResult result;
    };
    QHash<QString, Refusal> m_refused;
};

} // namespace Almanac
