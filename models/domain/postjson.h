// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonwriter.h"
#include "post.h"

namespace Almanac {

// The post as the CLI prints it and the import history stores it:
// {content, integrations, scheduled_at, post_type, media, ...}.
void writePostJson(JsonWriter &json, const Post &post, bool full = false);

} // namespace Almanac
