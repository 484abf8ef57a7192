// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/mediastrip.h"

#include "ui/media/thumbnails.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Almanac {

namespace {

constexpr int ThumbSize = 72;

} // namespace

MediaStrip::MediaStrip(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_url(new QLineEdit)
    , m_remove(new QPushButton(tr("&Remove")))
{
    setObjectName(QStringLiteral("mediaStrip"));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("mediaList"));
    m_list->setAccessibleName(tr("Media"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(ThumbSize, ThumbSize));
    m_list->setMaximumHeight(ThumbSize * 3 / 2 + 24); // a row and a half of thumbnails; the text gets the rest
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFixedHeight(ThumbSize + 2 * fontMetrics().height() + 16);
    m_list->setToolTip(tr("Drop image or video files here"));
    m_url->setObjectName(QStringLiteral("mediaUrl"));
    m_url->setPlaceholderText(tr("Paste an image or video URL and press Enter"));
    m_url->setAccessibleName(tr("Media URL"));
    auto *addFiles = new QPushButton(tr("Add &Files…"));
    addFiles->setObjectName(QStringLiteral("addMediaFiles"));
    m_remove->setObjectName(QStringLiteral("removeMedia"));
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_url, 1);
    buttons->addWidget(addFiles);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(addFiles, &QPushButton::clicked, this, &MediaStrip::chooseFiles);
    connect(m_url, &QLineEdit::returnPressed, this, &MediaStrip::addTypedUrl);
    connect(m_remove, &QPushButton::clicked, this, &MediaStrip::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

void MediaStrip::setMedia(const QList<MediaRef> &media)
{
    m_media = media;
    rebuild();
}

void MediaStrip::addUrls(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls)
        if (url.isValid() && !url.isEmpty())
            m_media.append({url.toString(QUrl::FullyEncoded), QString(), QString()});
    rebuild();
    Q_EMIT changed();
}

void MediaStrip::rebuild()
{
    m_list->clear();
    for (const MediaRef &m : std::as_const(m_media)) {
        const QUrl url(m.url);
        const QString name = url.isLocalFile() ? QFileInfo(url.toLocalFile()).fileName() : url.fileName();
        auto *item = new QListWidgetItem(QIcon(Thumbnails::now(m.url, ThumbSize)),
                                         fontMetrics().elidedText(name.isEmpty() ? m.url : name, Qt::ElideMiddle,
                                                                  ThumbSize + 16),
                                         m_list);
        item->setToolTip(m.platform.isEmpty() ? m.url : tr("%1 (only for %2)").arg(m.url, m.platform));
    }
}

void MediaStrip::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Media"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;All files (*)"));
    QList<QUrl> urls;
    for (const QString &f : files)
        urls.append(QUrl::fromLocalFile(f));
    if (!urls.isEmpty())
        addUrls(urls);
}

void MediaStrip::addTypedUrl()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !url.isValid())
        return;
    m_url->clear();
    addUrls({url});
}

void MediaStrip::removeSelected()
{
    QList<int> rows;
    for (QListWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->row(item));
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        m_media.removeAt(row);
    rebuild();
    Q_EMIT changed();
}

void MediaStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MediaStrip::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    addUrls(event->mimeData()->urls());
}

} // namespace Almanac
