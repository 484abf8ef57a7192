// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Almanac {

// A post's media: thumbnails of the files and URLs added, in order. Files come
// from a file dialog or a drop; URLs are pasted. Local files are kept as file:// URLs.
class MediaStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit MediaStrip(QWidget *parent = nullptr);

    QList<MediaRef> media() const { return m_media; }
    void setMedia(const QList<MediaRef> &media);
    void addUrls(const QList<QUrl> &urls);

Q_SIGNALS:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void addTypedUrl();
    void removeSelected();
    void rebuild();
    // An item's name (with "ALT" when the picture is described) and its tooltip.
    void describe(QListWidgetItem *item, const MediaRef &media) const;

    QList<MediaRef> m_media;
    QListWidget *m_list;
    QLineEdit *m_url;
    QLabel *m_urlError; // a typed link that is not one, said until it is edited
    QPushButton *m_remove;
    QLineEdit *m_alt; // the alt text of the one selected picture
};

} // namespace Almanac
