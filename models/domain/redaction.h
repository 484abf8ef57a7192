// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Almanac {

// The one helper every message, log line, stored error and export passes
// through before a secret could show: it replaces the secrets this process
// has read (each registered as it is read from the keychain or the
// environment), the token parts of webhook URLs, credentials in URLs
// (user-info, token-like query values), bearer tokens, JWTs and key-shaped
// words with "[redacted]". Thread-safe.
class Redaction final
{
public:
    static QString marker() { return QStringLiteral("[redacted]"); }
    // Remembers a secret's value for every later redact() in this process.
    static void remember(const QString &secret);
    static QString redact(const QString &text);
    // A URL as it may be shown: user-info and token-like parts removed.
    static QString redactUrl(const QUrl &url);
};

} // namespace Almanac
