// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/integrationrepository.h"

#include "models/domain/clock.h"
#include "models/domain/endpointpolicy.h"

#include "models/domain/platform.h"
#include "models/store/database.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Almanac {

namespace {

Integration read(const QSqlQuery &q)
{
    Integration in;
    in.id = q.value(0).toString();
    in.platform = q.value(1).toString();
    in.name = q.value(2).toString();
    in.handle = q.value(3).toString();
    in.provider = q.value(4).toString();
    in.remoteId = q.value(5).toString();
    in.serviceUrl = q.value(6).toString();
    in.createdAt = q.value(7).toLongLong();
    in.providerAccount = q.value(8).toString();
    in.removedAt = q.value(9).toLongLong();
    in.limits = PlatformLimits::fromJson(q.value(10).toByteArray());
    return in;
}

constexpr const char *columns =
    "id, platform, name, handle, provider, remote_id, service_url, created_at, provider_account, limits";
// What is read back: the columns written, and whether the account was removed.
constexpr const char *readColumns =
    "id, platform, name, handle, provider, remote_id, service_url, created_at, provider_account, removed_at, limits";

} // namespace

IntegrationRepository::IntegrationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<void> IntegrationRepository::add(Integration in)
{
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9_.:@-]{1,128}$"));
    if (!validId.match(in.id).hasMatch())
        return Error{tr("\"%1\" is not a usable integration ID; use 1 to 128 letters, digits or _ . : @ -.").arg(in.id)};
    const Platform *platform = PlatformCatalog::find(in.platform);
    if (!platform)
        return Error{tr("\"%1\" is not a platform Almanac knows; expected one of %2.")
                         .arg(in.platform, PlatformCatalog::ids().join(QStringLiteral(", ")))};
    in.platform = platform->id;
    if (!in.serviceUrl.isEmpty())
        if (const QString why = EndpointPolicy::endpointRefusal(QUrl(in.serviceUrl)); !why.isEmpty())
            return Error{why};
    if (!providerNames().contains(in.provider))
        return Error{tr("\"%1\" is not a provider; expected one of %2.")
                         .arg(in.provider, providerNames().join(QStringLiteral(", ")))};
    if (!in.providerAccount.isEmpty()) {
        QSqlQuery account(m_db);
        account.prepare(QStringLiteral("SELECT kind FROM providers WHERE name = ?"));
        account.addBindValue(in.providerAccount);
        if (!account.exec() || !account.next())
            return Error{tr("There is no provider account \"%1\"; add it first with provider add.").arg(in.providerAccount)};
        in.provider = account.value(0).toString();
    }
    if (const std::optional<Integration> existing = find(in.id)) {
        if (!existing->removedAt)
            return Error{tr("An integration with the ID \"%1\" already exists.").arg(in.id)};
        // Added again after a removal: the same account, its history joined up again.
        if (existing->platform != in.platform)
            return Error{tr("The ID \"%1\" belonged to a removed %2 account; choose another ID.")
                             .arg(in.id, existing->platform)};
        QSqlQuery back(m_db);
        back.prepare(QStringLiteral("UPDATE integrations SET removed_at = NULL WHERE id = ?"));
        back.addBindValue(in.id);
        if (!back.exec())
            return Error{tr("Could not save the integration %1").arg(in.id)};
        return update(in);
    }
    // ALMANAC_SECRET_<ID> must name one account's secret only.
    QSqlQuery ids(m_db);
    if (!ids.exec(QStringLiteral("SELECT id FROM integrations")))
        return sqlError(tr("Could not read the store"), ids.lastError());
    while (ids.next())
        if (const QString other = ids.value(0).toString(); secretVariableSuffix(other) == secretVariableSuffix(in.id))
            return Error{tr("The ID \"%1\" is too like the account \"%2\": both would read their secret from "
                            "ALMANAC_SECRET_%3. Choose an ID that differs in more than punctuation or letter case.")
                             .arg(in.id, other, QString::fromLatin1(secretVariableSuffix(in.id)))};
    if (in.name.isEmpty())
        in.name = in.handle.isEmpty() ? platform->displayName : in.handle;

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO integrations (%1) VALUES (?,?,?,?,?,?,?,?,?,?)").arg(QLatin1StringView(columns)));
    q.addBindValue(in.id);
    q.addBindValue(in.platform);
    q.addBindValue(Sql::text(in.name));
    q.addBindValue(Sql::text(in.handle));
    q.addBindValue(in.provider);
    q.addBindValue(Sql::textOrNull(in.remoteId));
    q.addBindValue(keepsUrlInKeychain(in.platform) ? QVariant() : Sql::textOrNull(in.serviceUrl));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(Sql::textOrNull(in.providerAccount));
    q.addBindValue(Sql::textOrNull(in.limits.toJson()));
    if (!q.exec())
        return sqlError(tr("Could not save the integration %1").arg(in.id), q.lastError());
    return {};
}

Result<void> IntegrationRepository::setLimits(const QString &id, const PlatformLimits &limits)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE integrations SET limits = ? WHERE id = ?"));
    q.addBindValue(Sql::textOrNull(limits.toJson()));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Could not save the integration %1").arg(id), q.lastError());
    return {};
}

Result<void> IntegrationRepository::update(const Integration &in)
{
    if (!in.serviceUrl.isEmpty())
        if (const QString why = EndpointPolicy::endpointRefusal(QUrl(in.serviceUrl)); !why.isEmpty())
            return Error{why};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE integrations SET name = ?, handle = ?, service_url = ?, limits = ? WHERE id = ?"));
    q.addBindValue(Sql::text(in.name));
    q.addBindValue(Sql::text(in.handle));
    q.addBindValue(keepsUrlInKeychain(in.platform) ? QVariant() : Sql::textOrNull(in.serviceUrl));
    q.addBindValue(Sql::textOrNull(in.limits.toJson()));
    q.addBindValue(in.id);
    if (!q.exec())
        return sqlError(tr("Could not save the integration %1").arg(in.id), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no integration with the ID \"%1\".").arg(in.id)};
    return {};
}

Result<void> IntegrationRepository::remove(const QString &id)
{
    if (const std::optional<Integration> existing = find(id); !existing || existing->removedAt)
        return Error{tr("There is no integration with the ID \"%1\".").arg(id)};
    QSqlQuery waiting(m_db);
    waiting.prepare(QStringLiteral("SELECT count(*) FROM post_targets WHERE integration_id = ? "
                                   "AND status IN ('draft', 'scheduled', 'publishing', 'failed')"));
    waiting.addBindValue(id);
    if (!waiting.exec() || !waiting.next())
        return Error{tr("Could not read the store")};
    if (const int posts = waiting.value(0).toInt())
        return Error{tr("%n post(s) still go to %1: give them another account or delete them first (the calendar's "
                        "account filter shows them).",
                        nullptr, posts)
                         .arg(id)};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE integrations SET removed_at = ? WHERE id = ?"));
    q.addBindValue(Clock::nowSecs());
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("Could not remove the integration %1").arg(id)};
    return {};
}

QList<Integration> IntegrationRepository::list()
{
    QSqlQuery q(m_db);
    QList<Integration> out;
    if (!q.exec(QStringLiteral("SELECT %1 FROM integrations WHERE removed_at IS NULL ORDER BY platform, id")
                    .arg(QLatin1StringView(readColumns))))
        return out;
    while (q.next())
        out.append(read(q));
    return out;
}

QHash<QString, QString> IntegrationRepository::destinationNames()
{
    QSqlQuery q(m_db);
    QHash<QString, QString> out;
    if (!q.exec(QStringLiteral("SELECT %1 FROM integrations").arg(QLatin1StringView(readColumns))))
        return out;
    while (q.next()) {
        const Integration in = read(q);
        out.insert(in.id, destinationName(in));
    }
    return out;
}

std::optional<Integration> IntegrationRepository::find(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM integrations WHERE id = ?").arg(QLatin1StringView(readColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return read(q);
    return std::nullopt;
}

} // namespace Almanac
