// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonwriter.h"
#include "post.h"

namespace Almanac {

enum class PostJsonShape {
    Row,      // as `import --json` prints a row's post: content, integrations, scheduled_at, post_type, media, ...
    Resolved, // what validation resolved, for the import history: Row without the text (the raw row has it)
    Full,     // as `list --json` prints a post: Row plus id, status, group_id, targets, times
};

void writePostJson(JsonWriter &json, const Post &post, PostJsonShape shape = PostJsonShape::Row);

} // namespace Almanac
