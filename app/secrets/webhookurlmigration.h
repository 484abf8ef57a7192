// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Almanac {

class SecretStore;

// Moves the URLs of generic webhooks that an earlier Almanac kept in the
// store (integrations.service_url) into the keychain, then blanks the column
// with SQLite's secure delete and truncates the WAL, so neither the store
// nor a later backup holds them. A URL the keychain does not take stays
// where it was (nothing is lost) and the reason is returned; the next start
// tries again. Runs wherever the store is opened with a keychain at hand.
class WebhookUrlMigration final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookUrlMigration)

public:
    // How many URLs moved.
    static Result<int> run(QSqlDatabase db, SecretStore &secrets);
};

} // namespace Almanac
