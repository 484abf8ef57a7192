// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/integration.h"
#include "domain/result.h"

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
    Result<void> update(const Integration &integration);
    QList<Integration> list();
    std::optional<Integration> find(const QString &id);

private:
    QSqlDatabase m_db;
};

} // namespace Almanac
