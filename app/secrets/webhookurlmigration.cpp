// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/webhookurlmigration.h"

#include "app/secrets/secretstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Almanac {

Result<int> WebhookUrlMigration::run(QSqlDatabase db, SecretStore &secrets)
{
    QSqlQuery find(db);
    if (!find.exec(QStringLiteral("SELECT id, service_url FROM integrations "
                                  "WHERE platform = 'webhook' AND service_url IS NOT NULL AND service_url <> ''")))
        return Error{tr("Could not read the store: %1").arg(find.lastError().text())};
    QList<std::pair<QString, QString>> found;
    while (find.next())
        found.append({find.value(0).toString(), find.value(1).toString()});
    find.finish();
    if (found.isEmpty())
        return 0;
    // Freed pages are zeroed, so the old text does not linger in the file.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA secure_delete = ON"));
    int moved = 0;
    QString problem;
    for (const auto &[id, url] : std::as_const(found)) {
        if (auto r = secrets.setWebhookUrl(id, url); !r) {
            problem = tr("The webhook URL of %1 stays in the store for now: %2").arg(id, r.error());
            continue;
        }
        QSqlQuery blank(db);
        blank.prepare(QStringLiteral("UPDATE integrations SET service_url = NULL WHERE id = ? AND service_url = ?"));
        blank.addBindValue(id);
        blank.addBindValue(url);
        if (!blank.exec()) {
            problem = tr("Could not update the store: %1").arg(blank.lastError().text());
            continue;
        }
        ++moved;
    }
    // The WAL still holds the page images with the URLs until it is checkpointed and truncated.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!problem.isEmpty())
        return Error{problem};
    return moved;
}

} // namespace Almanac
