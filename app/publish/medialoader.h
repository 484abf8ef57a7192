// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "publisher.h"

#include <functional>
#include <QCoreApplication>

class QNetworkAccessManager;

namespace Almanac {

// A media file's bytes, ready to upload to a platform.
struct LoadedMedia
{
    QByteArray bytes;
    QString mimeType;
    QString fileName;
};

// Reads a post's media for a publisher: a local file (path or file: URL) from
// disk, anything else fetched over HTTP(S). A file larger than `maxBytes` is
// refused before it is read (a download is stopped as soon as it is), so a
// post never goes out with a part of its media. A missing file or a refused
// download is final; no answer is worth a retry.
class MediaLoader final
{
    Q_DECLARE_TR_FUNCTIONS(MediaLoader)

public:
    using Done = std::function<void(const LoadedMedia &media, const std::optional<PublishResult> &problem)>;

    static void load(const MediaRef &media, qint64 maxBytes, QNetworkAccessManager *network, int transferTimeoutMs,
                     Done done);
};

} // namespace Almanac
