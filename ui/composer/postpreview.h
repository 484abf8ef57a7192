// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/domain/post.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace Almanac {

struct Platform;

// Who a preview shows as posting: the account's name and its handle.
struct PreviewAuthor
{
    QString name;   // empty: "Your account"
    QString handle; // as the platform writes it (@acme.bsky.social), or empty

    // The first of the chosen accounts (`chosenIds` of `integrations`) on the platform.
    static PreviewAuthor of(const QList<Integration> &integrations, const QStringList &chosenIds, const QString &platform);
};

// How a post will look on one platform: the account (avatar, name, handle),
// the text as the platform takes it (links, tags and mentions in its colour;
// what passes the limit marked), each thread part on its own, the media grid
// (as many as the platform shows, each marked ALT when described) or, without
// media, the card of the first link.
class PostPreview final : public QFrame
{
    Q_OBJECT

public:
    PostPreview(const Platform &platform, QWidget *parent = nullptr);

    // `linkCard`: whether the post keeps the card of its first link (a setting can turn it off).
    void show(const PreviewAuthor &author, const QStringList &parts, const QList<MediaRef> &media, bool linkCard = true);
    // The preview's text as rich text (for tests and accessibility).
    QString html() const;

private:
    void showMedia();
    void showLinkCard(const QStringList &parts, bool wanted);

    const Platform &m_platform;
    QLabel *m_avatar;
    QLabel *m_header;
    QLabel *m_text;
    QGridLayout *m_media;
    QLabel *m_card; // the first link's card, when there is no media
    QList<MediaRef> m_shownMedia;
};

} // namespace Almanac
