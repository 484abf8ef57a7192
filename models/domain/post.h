// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Almanac {

enum class PostStatus { Draft, Scheduled, Publishing, Published, Failed, Cancelled };

QString postStatusName(PostStatus status);                    // "scheduled": stored and printed form
QByteArrayView postStatusKey(PostStatus status);           // the same, without building a string
std::optional<PostStatus> postStatusFromName(QStringView name); // case-insensitive
QString postStatusLabel(PostStatus status);                   // translated, for people
QStringList postStatusNames();

// A piece of media a post carries: a remote URL today, a local file later (composer).
struct MediaRef
{
    QString url;
    QString platform; // empty: for every target; else only for that platform (bundle.social *MediaUrls)
    QString altText;
    friend bool operator==(const MediaRef &, const MediaRef &) = default;
};

// One destination of a post: which connected account, and how publishing it went.
struct PostTarget
{
    QString integrationId;
    QString platform;        // denormalised from the integration, for display and counting
    PostStatus status = PostStatus::Scheduled;
    QString platformPostUrl;
    QString remoteId;
    int attemptCount = 0;
    QString lastError;
    qint64 updatedAt = 0;    // UTC epoch seconds
    bool unconfirmed = false; // failed because its outcome is unknown at a destination that cannot dedupe
    QString note = {};       // published: what went out otherwise than planned (a link card left out), or empty
};

struct Post
{
    QString id;                        // UUID (time-ordered v7), stable across sync
    QString content;
    QString title;                     // internal title (bundle.social), never published
    std::optional<qint64> scheduledAt; // UTC epoch seconds; empty for an undated draft
    PostStatus status = PostStatus::Draft;
    QString postType = QStringLiteral("post");
    QStringList tags;
    QJsonObject platformOverrides;     // { platform: text }
    QJsonObject platformSettings;      // { platform: { field: value } }
    QList<MediaRef> media;
    QString groupId;
    QString remoteId;
    QString remoteProvider;
    qint64 importId = 0;               // the import that created it, 0 if none
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<PostTarget> targets;

    // The text a target publishes: its platform override, else the base content.
    QString effectiveText(const QString &platform) const;
};

} // namespace Almanac
