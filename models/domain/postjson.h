// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/jsonwriter.h"
#include "models/domain/post.h"

namespace Almanac {

enum class PostJsonShape {
    Row,      // as `import --json` prints a row's post: content, integrations, scheduled_at, post_type, media, ...
    Resolved, // what validation resolved, for the import history: Row without the text (the raw row has it)
    Full,     // as `list --json` prints a post: Row plus id, status, group_id, targets, times
    Export,   // a JSON export: Full, with each media item as {url, platform, alt} (nothing lost)
};

// Where a post stands with its hosted provider, for `list --json`.
struct PostSyncInfo
{
    QString provider;  // the provider account of its hosted destinations; empty: local only
    QString syncState; // pending | synced | failed (empty when local only)
    QString lastError;
};

// One media item as {"url", "platform"?, "alt"?}: how the store keeps it and a JSON export writes it.
void writeMediaJson(JsonWriter &json, const MediaRef &media);

void writePostJson(JsonWriter &json, const Post &post, PostJsonShape shape = PostJsonShape::Row,
                   const PostSyncInfo *sync = nullptr);

} // namespace Almanac
