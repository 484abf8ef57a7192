// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Almanac {

// What an account's own server allows, when it says (a Mastodon instance's
// GET /api/v2/instance): 0 where it did not, and the platform's rule applies.
struct PlatformLimits
{
    int maxCharacters = 0;
    int urlWeight = 0; // characters a link counts as
    int maxMedia = 0;
    bool isEmpty() const { return maxCharacters == 0 && urlWeight == 0 && maxMedia == 0; }
    friend bool operator==(const PlatformLimits &, const PlatformLimits &) = default;
    // As the store keeps them: {"max_characters":…, "characters_reserved_per_url":…, "max_media":…}.
    QByteArray toJson() const;
    static PlatformLimits fromJson(const QByteArray &json);
    // What a server says, bounded: a hostile one must not make every post "valid" (0: not kept).
    static PlatformLimits bounded(int maxCharacters, int urlWeight, int maxMedia);
};

// A connected account a post can target. Its secret (token, app password) lives
// in the keychain under the integration's id, never here.
struct Integration
{
    QString id;       // user-chosen or remote id: "int_x_abc"
    QString platform; // catalog id: "x"
    QString name;     // display name
    QString handle;   // @account on the platform
    QString provider = QStringLiteral("local"); // openpost, posteverywhere, bundlesocial, local
    QString providerAccount; // the named provider account it goes through (empty: local, or the only one of its kind)
    QString remoteId;        // the provider's id for it
    QString serviceUrl;
    qint64 createdAt = 0;
    qint64 removedAt = 0;    // when it was removed (IntegrationRepository::remove); 0: in use
    PlatformLimits limits;   // its server's own limits, where they differ from the platform's
};

QStringList providerNames();
// A hosted scheduler as it names itself ("bundle.social" for bundlesocial).
QString providerDisplayName(const QString &provider);

// An account as people know it: its @handle, else its own name (one that does
// more than repeat the platform's), else its id.
QString accountLabel(const Integration &in);
// The same with its platform: "Bluesky @acme.bsky.social" when it has a handle,
// else "X (Twitter) (Acme)".
QString destinationName(const Integration &in);
// The account's platform as people name it ("X (Twitter)"), or its id when unknown.
QString platformName(const Integration &in);

// The part of an environment variable's name a secret's owner (an integration
// id, a provider name) maps to: upper-cased, anything but ASCII letters and
// digits as "_" (ALMANAC_SECRET_<suffix>). Two owners with one suffix would
// read one secret, so the repositories refuse the second.
QByteArray secretVariableSuffix(const QString &name);

// Whether an integration's service URL is a secret kept in the keychain
// (SecretStore::webhookUrl), never in the store: a generic webhook's URL
// often carries its token.
bool keepsUrlInKeychain(const QString &platform);

// An account at a hosted scheduler. Its API key lives in the keychain under
// its name, never here.
struct ProviderAccount
{
    QString name;    // user-chosen: "agency"
    QString kind;    // openpost | posteverywhere | bundlesocial
    QString baseUrl; // "https://api.openpost.so"
    int rateLimit = 300; // requests per sliding minute
    QString teamId;  // bundle.social's team
    qint64 createdAt = 0;
};

} // namespace Almanac
