// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/domain/result.h"

#include <QSqlDatabase>

#include <optional>
#include <QCoreApplication>

namespace Almanac {

// The accounts at hosted schedulers (OpenPost, PostEverywhere, bundle.social)
// that integrations sync through. Keys are not here: see SecretStore.
class ProviderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderRepository)

public:
    explicit ProviderRepository(QSqlDatabase db);

    // Refuses a bad name, kind, URL or limit, or a name in use, saying which.
    Result<void> add(ProviderAccount account);
    std::optional<ProviderAccount> find(const QString &name);
    QList<ProviderAccount> list();
    // The account an integration syncs through: its own, or the only account
    // of its kind. None for local integrations (or when that is ambiguous).
    std::optional<ProviderAccount> accountFor(const Integration &integration);

private:
    QSqlDatabase m_db;
};

} // namespace Almanac
