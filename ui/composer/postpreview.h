// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace Almanac {

struct Platform;

// How a post will look on one platform: the account, the text as the platform
// takes it (what passes the limit marked), each thread part on its own, and the
// media grid (as many as the platform shows).
class PostPreview final : public QFrame
{
    Q_OBJECT

public:
    PostPreview(const Platform &platform, QWidget *parent = nullptr);

    void show(const QString &handle, const QStringList &parts, const QList<MediaRef> &media);
    // The preview's text as rich text (for tests and accessibility).
    QString html() const;

private:
    const Platform &m_platform;
    QLabel *m_header;
    QLabel *m_text;
    QGridLayout *m_media;
};

} // namespace Almanac
