// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace Almanac {

namespace {

QMutex &secretsLock()
{
    static QMutex lock;
    return lock;
}

QStringList &knownSecrets() // longest first, so a secret inside another goes with it
{
    static QStringList secrets;
    return secrets;
}

bool sensitiveName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("token|key|secret|sig|signature|password|passwd|auth|code|credential|session"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

} // namespace

void Redaction::remember(const QString &secret)
{
    const QString s = secret.trimmed();
    if (s.size() < 6) // shorter would blank ordinary words; such a secret is no secret
        return;
    QStringList parts{s};
    // A URL that is a secret (a webhook's) shows up in pieces too: a server
    // quotes its path, a log its query. The pieces that carry the token go as well.
    if (const QUrl url(s, QUrl::StrictMode); url.isValid() && !url.host().isEmpty()) {
        if (const QString path = url.path(QUrl::FullyEncoded); path.size() >= 12)
            parts.append(path);
        if (const QString path = url.path(QUrl::FullyDecoded); path.size() >= 12)
            parts.append(path);
        for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            if (value.size() >= 6)
                parts.append(value);
        if (url.password().size() >= 6)
            parts.append(url.password());
    }
    QMutexLocker locker(&secretsLock());
    QStringList &secrets = knownSecrets();
    for (const QString &part : std::as_const(parts))
        if (!secrets.contains(part))
            secrets.append(part);
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redaction::redactUrl(const QUrl &input)
{
    QUrl url = input;
    url.setUserInfo(QString());
    const QString host = url.host().toLower();
    // An incoming webhook's path is its secret (Discord, Slack).
    const QString path = url.path();
    if ((host.endsWith(u"discord.com") || host.endsWith(u"discordapp.com")) && path.contains(u"/webhooks/"))
        url.setPath(path.left(path.indexOf(u"/webhooks/") + 10) + marker());
    else if (host.endsWith(u"slack.com"))
        for (const QLatin1StringView kind : {QLatin1StringView("/services/"), QLatin1StringView("/triggers/"),
                                             QLatin1StringView("/workflows/")})
            if (path.startsWith(kind))
                url.setPath(kind + marker());
    if (url.hasQuery()) {
        QUrlQuery query(url);
        QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        for (auto &[name, value] : items)
            if (sensitiveName(name))
                value = marker();
        query.setQueryItems(items);
        url.setQuery(query);
    }
    url.setFragment(QString());
    return url.toDisplayString(QUrl::DecodeReserved);
}

QString Redaction::redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    {
        QMutexLocker locker(&secretsLock());
        for (const QString &secret : std::as_const(knownSecrets()))
            out.replace(secret, marker());
    }
    static const QRegularExpression url(QStringLiteral(R"([A-Za-z][A-Za-z0-9+.-]*://[^\s"'<>\\]+)"));
    QString rebuilt;
    qsizetype from = 0;
    for (auto it = url.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rebuilt += QStringView(out).mid(from, m.capturedStart() - from);
        const QUrl parsed(m.captured(), QUrl::TolerantMode);
        rebuilt += parsed.isValid() && !parsed.host().isEmpty() ? redactUrl(parsed) : m.captured();
        from = m.capturedEnd();
    }
    rebuilt += QStringView(out).mid(from);
    out = rebuilt;
    static const QRegularExpression bearer(QStringLiteral(R"(\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,})"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1 ") + marker());
    static const QRegularExpression jwt(QStringLiteral(R"(\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*)"));
    out.replace(jwt, marker());
    static const QRegularExpression keyShaped(
        QStringLiteral(R"(\b(op_(live|test)_|pe_(live|test)_|sk_(live|test)_|xox[abprs]-|ghp_|github_pat_)[A-Za-z0-9_-]{6,})"));
    out.replace(keyShaped, marker());
    return out;
}

} // namespace Almanac
