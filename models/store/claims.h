// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Almanac {

// A piece of shared work that one worker at a time may do.
struct ClaimKey
{
    enum class Kind {
        Destination,     // one destination of a post, published by a local scheduler
        ProviderAccount, // a hosted provider account's outbox, synced by one engine
    };
    Kind kind = Kind::Destination;
    QString id;   // the post (Destination) or the provider account's name
    QString part; // the integration (Destination); empty otherwise

    static ClaimKey destination(const QString &postId, const QString &integrationId)
    {
        return {Kind::Destination, postId, integrationId};
    }
    static ClaimKey providerAccount(const QString &name) { return {Kind::ProviderAccount, name, {}}; }
};

// Proof of holding a claim: its owner and a token that grows every time the
// work changes hands. Every write of a result checks both in the statement
// that writes it, so a worker that lost the claim (its lease ran out, another
// took over) changes nothing and stops.
struct Fence
{
    QString owner;
    qint64 token = 0;
};

// The whole contract of claims on shared work (docs/delivery.md): take the
// work with a lease, renew the lease while it runs, check it, give it back.
// The window, almanacd and the CLI all go through it.
//
// On today's SQLite store each call is one conditional statement (or one
// IMMEDIATE transaction) under the store's write lock. On a shared PostgreSQL
// store the same contract holds with the same token columns and
// `SELECT ... FOR UPDATE SKIP LOCKED` for take(); nothing above this interface
// changes.
class Claims
{
public:
    struct Owner
    {
        QString name; // unique per worker (process and engine)
        qint64 pid = 0;
    };

    virtual ~Claims() = default;

    // The fence when `owner` now holds the work until `leaseUntilMs` (taking it
    // over when its holder's lease ran out); nothing when another holds it; an
    // error when the store could not say.
    virtual Result<std::optional<Fence>> take(const ClaimKey &work, const Owner &owner, qint64 leaseUntilMs, qint64 nowMs) = 0;
    // Keeps holding it while its work runs; false: the claim was lost.
    virtual Result<bool> renew(const ClaimKey &work, const Fence &fence, qint64 leaseUntilMs) = 0;
    virtual Result<bool> holds(const ClaimKey &work, const Fence &fence) = 0;
    // Lets another worker take it at once, not when the lease runs out.
    virtual Result<void> release(const ClaimKey &work, const Fence &fence) = 0;

    // The claims of the store `db` is a connection to.
    static std::unique_ptr<Claims> of(QSqlDatabase db);
};

// Claims on the SQLite store, where the workers are processes of this
// computer: a destination's claim is free once its lease ran out (and the
// destination is due); a provider account's also when the process holding it
// is gone (killed mid-request), since the store is a local file.
class SqliteClaims final : public Claims
{
    Q_DECLARE_TR_FUNCTIONS(SqliteClaims)

public:
    explicit SqliteClaims(QSqlDatabase db);

    Result<std::optional<Fence>> take(const ClaimKey &work, const Owner &owner, qint64 leaseUntilMs, qint64 nowMs) override;
    Result<bool> renew(const ClaimKey &work, const Fence &fence, qint64 leaseUntilMs) override;
    Result<bool> holds(const ClaimKey &work, const Fence &fence) override;
    Result<void> release(const ClaimKey &work, const Fence &fence) override;

    // The one fenced write of a result: `set` (the SET clause of an UPDATE of
    // the work's row, with its values) lands only while `fence` holds. True
    // when it changed the row; false when the claim was lost (nothing written).
    Result<bool> writeFenced(const ClaimKey &work, const Fence &fence, const QString &set, const QVariantList &values,
                             const QString &what);

    // Whether a process on this computer still runs.
    static bool processAlive(qint64 pid);

private:
    Result<std::optional<Fence>> takeDestination(const ClaimKey &work, const Owner &owner, qint64 leaseUntilMs, qint64 nowMs);
    Result<std::optional<Fence>> takeAccount(const ClaimKey &work, const Owner &owner, qint64 leaseUntilMs, qint64 nowMs);
    QSqlDatabase m_db;
};

} // namespace Almanac
