// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/mediastrip.h"

#include "models/domain/mediapolicy.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Almanac {

namespace {

constexpr int ThumbSize = 72;

bool isVideo(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("webm"),
                                      QStringLiteral("m4v"), QStringLiteral("avi"), QStringLiteral("mkv")};
    return suffixes.contains(QFileInfo(QUrl(path).path()).suffix().toLower());
}

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

QPixmap MediaStrip::thumbnail(const MediaRef &media, int size)
{
    const QUrl url(media.url);
    // A FIFO or a device would block the window forever: only regular files are opened.
    if (url.isLocalFile() && !isVideo(media.url) && MediaPolicy::fileRefusal(url.toLocalFile()).isEmpty()) {
        QImageReader reader(url.toLocalFile());
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull())
            return QPixmap::fromImage(image);
    }
    // No picture to show (a video, a remote URL, an unreadable file): a labelled tile.
    QPixmap tile(size, size);
    tile.fill(QColor(0x6b, 0x72, 0x80));
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    if (isVideo(media.url)) {
        const QPointF c(size / 2.0, size / 2.0);
        const double r = size / 5.0;
        const QPointF triangle[] = {c + QPointF(-r * 0.7, -r), c + QPointF(-r * 0.7, r), c + QPointF(r, 0)};
        p.drawPolygon(triangle, 3);
    } else {
        p.drawRect(QRectF(size * 0.25, size * 0.3, size * 0.5, size * 0.4));
        p.setBrush(QColor(0x6b, 0x72, 0x80));
        p.drawEllipse(QPointF(size * 0.4, size * 0.42), size * 0.05, size * 0.05);
    }
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setPixelSize(qMax(8, size / 7));
    p.setFont(f);
    p.drawText(QRect(2, size - size / 4, size - 4, size / 4), Qt::AlignCenter,
               url.isLocalFile() ? tr("file") : url.host());
    return tile;
}

void MediaStrip::rebuild()
{
    m_list->clear();
    for (const MediaRef &m : std::as_const(m_media)) {
        const QUrl url(m.url);
        const QString name = url.isLocalFile() ? QFileInfo(url.toLocalFile()).fileName() : url.fileName();
        auto *item = new QListWidgetItem(QIcon(thumbnail(m, ThumbSize)),
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
