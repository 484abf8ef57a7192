// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/domain/result.h"

#include <QSqlDatabase>

#include <optional>
#include <QCoreApplication>

namespace Almanac {

class IntegrationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationRepository)

public:
    explicit IntegrationRepository(QSqlDatabase db);

    // Refuses an unknown platform or provider, or an id already in use.
    Result<void> add(Integration integration);
    // Changes what may change of an account: its name, handle and service URL.
    // Its name, handle, service URL and limits.
    Result<void> update(const Integration &integration);
    // What the account's own server allows, as it last said (empty: the platform's rule).
    Result<void> setLimits(const QString &id, const PlatformLimits &limits);
    // Takes the account out of every list (composer, filters, imports); the
    // posts published to it keep it as their destination. Refuses while a post
    // still waits to go to it (scheduled, draft, failed or publishing), saying how many.
    Result<void> remove(const QString &id);
    // The accounts to post to (not the removed ones).
    QList<Integration> list();
    std::optional<Integration> find(const QString &id); // removed ones too
    // Every account's destinationName by id, removed ones too (history names them).
    QHash<QString, QString> destinationNames();

private:
    QSqlDatabase m_db;
};

} // namespace Almanac
