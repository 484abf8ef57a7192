// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/providerchannel.h"
#include "app/sync/provideroperations.h"
#include "models/domain/integration.h"
#include "models/domain/result.h"
#include "models/store/claims.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>


namespace Almanac {

class Database;
class SecretStore;
struct OutboxRow;

// What the engine is doing, for the toolbar's indicator and the CLI.
struct SyncStatus
{
    bool online = true;
    qint64 pending = 0; // outbox rows still to send
    qint64 failed = 0;  // outbox rows refused for good
    bool busy = false;  // requests in flight
    QString lastError;
    QString blocked;    // why some rows cannot be sent at all (no key, no provider account)
};

// Drains the outbox to the hosted schedulers. It owns its store connection and
// its HttpClient (the network front door), so it lives on one thread (its own in the app, the
// main one in the CLI) and the window never waits on it. Each provider account
// has its rate limiter and at most one push in flight; a request's rows and
// key are stored before it is first sent, so a resend after a lost answer (or
// a crash) is the same request with the same Idempotency-Key.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int transferTimeoutMs = 30000;
        int deadlineMs = 120000; // a whole exchange, however slowly the host answers
        qint64 retryBaseMs = 2000;
        qint64 retryCapMs = 15 * 60 * 1000;
        qint64 refreshIntervalMs = 5 * 60 * 1000; // how often to ask what became of due posts
        qint64 claimLeaseMs = 2 * 60 * 1000;      // an account's claim, renewed while a request runs
    };

    SyncEngine(QString storePath, SecretStore *secrets, Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Opens the store (on the engine's thread) and starts draining.
    Result<void> start();
    // Opens the store without draining: for the CLI's one-off requests.
    Result<void> open();
    // The one-off requests (cancel a group, retry at the providers), through
    // this engine's channels and so at each account's pace. Before open() they
    // answer that the store is not open (or with no lines).
    ProviderOperations &operations() { return *m_operations; }
    // Something new is in the outbox.
    void kick();
    // The provider keys changed (stored, mistyped, replaced): each account reads
    // its own again before the next pass.
    void readKeysAgain();
    // Asks the providers now what became of the posts that were due (published, failed).
    void refreshNow();
    // What the system says of the network (NetworkReachability::follow): while
    // it says there is none, nothing is sent.
    void setNetworkReachable(bool reachable);
    SyncStatus status() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const Almanac::SyncStatus &status);
    // Nothing in flight and nothing due now: done, failed, or waiting for a retry.
    void settled();

private:
    // A provider account's channel, and what this engine does with it.
    struct Account : ProviderChannel
    {
        using ProviderChannel::ProviderChannel;
        bool busy = false;
        QElapsedTimer refreshed; // since the last status refresh
        Fence claim;             // the account's claim this engine holds (token 0: none)
    };

    void pass();
    Account *account(const QString &name);
    // Turns the outstanding rows into the items due now, per account; settles
    // locally what needs no request. Returns the earliest later due time (ms) or -1.
    qint64 plan(QHash<QString, QList<SyncItem>> &due, QHash<QString, QList<QString>> &batchOf);
    // Reads what sending the item needs (the post, the provider's id for it);
    // Reads what sending the items needs (the posts, the provider's ids for
    // them); returns those still to send, having settled the others without a
    // request (gone locally, never sent). A resend keeps every item of its request.
    QList<SyncItem> hydrate(QList<SyncItem> items, bool resend);
    void push(Account &account, const QList<SyncItem> &items, const QByteArray &batchKey);
    void record(Account &account, const QList<SyncItem> &items, const QList<ItemOutcome> &outcomes);
    // Claims (or keeps) the account for this engine: false while another
    // engine (the window's, almanacd's, the CLI's) holds it.
    bool holdAccount(Account &account);
    void renewClaims();
    void refreshStatus(bool recount = false);
    void cancelImports(Account &account, const QSet<qint64> &importIds, const QString &reason);
    // Reads the statuses of the account's due remote posts; false when there was nothing to read.
    bool refresh(Account &account);
    qint64 nowMs() const;

    QString m_storePath;
    SecretStore *m_secrets;
    Options m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Claims> m_claims; // on m_db's connection
    HttpClient *m_http = nullptr; // the front door: redirects, caps, deadlines
    ProviderChannel::Transport m_transport; // how the channels send, through m_http
    // When accounts without a key last read it again (not every pass: the
    // keychain may ask to be unlocked).
    static constexpr qint64 KeysReadAgainMs = 60000;
    QElapsedTimer m_keysReadAgain;
    std::map<QString, std::unique_ptr<Account>> m_accounts;
    QTimer *m_wake;    // children: they move to the engine's thread with it
    QString m_owner;   // this engine's name on the accounts it claims
    QTimer *m_recount;
    std::unique_ptr<ProviderOperations> m_operations; // needs m_db only when used
    QElapsedTimer m_counted;
    bool m_passQueued = false;
    bool m_networkReachable = true;
    QElapsedTimer m_lastProbe;
    static constexpr qint64 ProbeIntervalMs = 30000;
    SyncStatus m_status;
};

} // namespace Almanac

Q_DECLARE_METATYPE(Almanac::SyncStatus)
