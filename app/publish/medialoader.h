// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/publish/publisher.h"
#include "models/domain/post.h"
#include "models/domain/result.h"

#include <functional>
#include <QCoreApplication>

namespace Almanac {

class HttpClient;

// A media file's bytes, ready to upload to a platform.
struct LoadedMedia
{
    QByteArray bytes;
    QString mimeType;
    QString fileName;
};

// Reads a post's media for a publisher: a local file (path or file: URL) from
// disk, anything else fetched over HTTP(S) through the front door, which
// refuses hosts on this machine or the local network (MediaPolicy). A local
// file must be a regular file outside /proc, /sys and /dev, and is read in
// chunks that stop past `maxBytes` (a size the file system reports is not
// trusted: /dev/zero says 0); a download stops there too. So a post never goes
// out with part of its media, nor with a file it should not hold. A missing
// or refused file, or a refused download, is final; no answer is worth a retry.
class MediaLoader final
{
    Q_DECLARE_TR_FUNCTIONS(MediaLoader)

public:
    using Done = std::function<void(const LoadedMedia &media, const std::optional<PublishResult> &problem)>;

    // A local file's bytes by the same rules, read now: at most `maxBytes`,
    // or why not (in words).
    static Result<LoadedMedia> readLocalFile(const QString &path, qint64 maxBytes);

    static void load(const MediaRef &media, qint64 maxBytes, HttpClient *http, int transferTimeoutMs, Done done,
                     int deadlineMs = 10 * 60 * 1000); // default: a large video on a slow line
};

} // namespace Almanac
