// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/postjson.h"

#include "models/domain/clock.h"

#include <QJsonDocument>

namespace Almanac {

void writeMediaJson(JsonWriter &json, const MediaRef &media)
{
    json.beginObject().key("url").string(media.url);
    if (!media.platform.isEmpty())
        json.key("platform").string(media.platform);
    if (!media.altText.isEmpty())
        json.key("alt").string(media.altText);
    json.endObject();
}

void writePostJson(JsonWriter &json, const Post &post, PostJsonShape shape, const PostSyncInfo *sync)
{
    const bool full = shape == PostJsonShape::Full || shape == PostJsonShape::Export;
    json.beginObject();
    if (full) {
        json.key("id").string(post.id);
        json.key("status").string(postStatusName(post.status));
    }
    if (shape != PostJsonShape::Resolved)
        json.key("content").string(post.content);
    json.key("integrations").beginArray();
    for (const PostTarget &t : post.targets)
        json.string(t.integrationId);
    json.endArray();
    json.key("scheduled_at");
    if (post.scheduledAt)
        json.string(isoUtcUtf8(*post.scheduledAt));
    else
        json.null();
    json.key("post_type").string(post.postType);
    json.key("media").beginArray();
    for (const MediaRef &m : post.media) {
        if (shape != PostJsonShape::Export) {
            json.string(m.url);
            continue;
        }
        writeMediaJson(json, m);
    }
    json.endArray();
    if (!post.title.isEmpty())
        json.key("title").string(post.title);
    if (!post.tags.isEmpty()) {
        json.key("tags").beginArray();
        for (const QString &t : post.tags)
            json.string(t);
        json.endArray();
    }
    // Nested objects go through QJsonDocument: they are small and rare.
    if (!post.platformOverrides.isEmpty())
        json.key("platform_overrides").rawValue(QJsonDocument(post.platformOverrides).toJson(QJsonDocument::Compact));
    if (!post.platformSettings.isEmpty())
        json.key("platform_settings").rawValue(QJsonDocument(post.platformSettings).toJson(QJsonDocument::Compact));
    if (full) {
        json.key("group_id").stringOrNull(post.groupId);
        if (sync) {
            json.key("provider").stringOrNull(sync->provider);
            json.key("remote_id").stringOrNull(post.remoteId);
            json.key("sync_state").stringOrNull(sync->syncState);
            json.key("last_error").stringOrNull(sync->lastError);
        }
        json.key("targets").beginArray();
        for (const PostTarget &t : post.targets) {
            json.beginObject();
            json.key("integration").string(t.integrationId);
            json.key("platform").string(t.platform);
            json.key("status").string(postStatusName(t.status));
            json.key("platform_post_url").stringOrNull(t.platformPostUrl);
            json.key("attempt_count").number(t.attemptCount);
            json.key("last_error").stringOrNull(t.lastError);
            json.key("note").stringOrNull(t.note);
            json.endObject();
        }
        json.endArray();
        json.key("created_at").string(isoUtcUtf8(post.createdAt));
        json.key("updated_at").string(isoUtcUtf8(post.updatedAt));
    }
    json.endObject();
}

} // namespace Almanac
