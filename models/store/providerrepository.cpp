// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/providerrepository.h"

#include "models/domain/clock.h"
#include "models/domain/endpointpolicy.h"
#include "models/store/database.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Almanac {

namespace {

constexpr const char *columns = "name, kind, base_url, rate_limit, team_id, created_at";

ProviderAccount read(const QSqlQuery &q)
{
    ProviderAccount a;
    a.name = q.value(0).toString();
    a.kind = q.value(1).toString();
    a.baseUrl = q.value(2).toString();
    a.rateLimit = q.value(3).toInt();
    a.teamId = q.value(4).toString();
    a.createdAt = q.value(5).toLongLong();
    return a;
}

} // namespace

ProviderRepository::ProviderRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<void> ProviderRepository::add(ProviderAccount a)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!validName.match(a.name).hasMatch())
        return Error{tr("\"%1\" is not a usable provider name; use 1 to 64 letters, digits, _ or -.").arg(a.name)};
    const QStringList kinds{QStringLiteral("openpost"), QStringLiteral("posteverywhere"), QStringLiteral("bundlesocial")};
    if (!kinds.contains(a.kind))
        return Error{tr("\"%1\" is not a provider kind; expected one of %2.").arg(a.kind, kinds.join(QStringLiteral(", ")))};
    const QUrl url(a.baseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return Error{tr("\"%1\" is not a base URL; expected one such as https://api.openpost.so.").arg(a.baseUrl)};
    if (a.rateLimit < 1 || a.rateLimit > 100000)
        return Error{tr("%1 is not a usable rate limit; expected requests per minute from 1 to 100000.").arg(a.rateLimit)};
    if (a.kind == u"bundlesocial" && a.teamId.isEmpty())
        return Error{tr("A bundle.social provider needs its team: add --team-id TEAM.")};
    if (find(a.name))
        return Error{tr("A provider named \"%1\" already exists.").arg(a.name)};
    for (const ProviderAccount &other : list())
        if (secretVariableSuffix(other.name) == secretVariableSuffix(a.name))
            return Error{tr("The name \"%1\" is too like the provider \"%2\": both would read their key from "
                            "ALMANAC_API_KEY_%3. Choose a name that differs in more than punctuation or letter case.")
                             .arg(a.name, other.name, QString::fromLatin1(secretVariableSuffix(a.name)))};
    if (const QString why = EndpointPolicy::endpointRefusal(url); !why.isEmpty())
        return Error{why};
    while (a.baseUrl.endsWith(u'/'))
        a.baseUrl.chop(1);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO providers (%1) VALUES (?,?,?,?,?,?)").arg(QLatin1StringView(columns)));
    q.addBindValue(a.name);
    q.addBindValue(a.kind);
    q.addBindValue(a.baseUrl);
    q.addBindValue(a.rateLimit);
    q.addBindValue(Sql::textOrNull(a.teamId));
    q.addBindValue(Clock::nowSecs());
    if (!q.exec())
        return sqlError(tr("Could not save the provider %1").arg(a.name), q.lastError());
    return {};
}

std::optional<ProviderAccount> ProviderRepository::find(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM providers WHERE name = ?").arg(QLatin1StringView(columns)));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

QList<ProviderAccount> ProviderRepository::list()
{
    QList<ProviderAccount> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT %1 FROM providers ORDER BY name").arg(QLatin1StringView(columns))))
        while (q.next())
            out.append(read(q));
    return out;
}

std::optional<ProviderAccount> ProviderRepository::accountFor(const Integration &integration)
{
    if (integration.provider == u"local")
        return std::nullopt;
    if (!integration.providerAccount.isEmpty())
        return find(integration.providerAccount);
    std::optional<ProviderAccount> only;
    for (const ProviderAccount &a : list()) {
        if (a.kind != integration.provider)
            continue;
        if (only)
            return std::nullopt;
        only = a;
    }
    return only;
}

} // namespace Almanac
