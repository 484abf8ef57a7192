// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/mediastrip.h"

#include "ui/calendar/calendarstyle.h"
#include "ui/media/thumbnails.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Almanac {

namespace {

constexpr int ThumbSize = 60;

} // namespace

MediaStrip::MediaStrip(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_url(new QLineEdit)
    , m_urlError(new QLabel)
    , m_remove(new QPushButton(tr("&Remove")))
    , m_alt(new QLineEdit)
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
    m_list->setFixedHeight(ThumbSize + fontMetrics().height() + 16); // a thumbnail and its one-line name
    m_list->setToolTip(tr("Drop image or video files here"));
    m_url->setObjectName(QStringLiteral("mediaUrl"));
    m_url->setPlaceholderText(tr("Paste an image or video URL and press Enter"));
    m_url->setAccessibleName(tr("Media URL"));
    m_urlError->setObjectName(QStringLiteral("mediaUrlError"));
    m_urlError->setWordWrap(true);
    m_urlError->setStyleSheet(CalendarStyle::errorStyleSheet());
    m_urlError->hide();
    auto *addFiles = new QPushButton(tr("Add &Files…"));
    addFiles->setObjectName(QStringLiteral("addMediaFiles"));
    m_remove->setObjectName(QStringLiteral("removeMedia"));
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_url, 1);
    buttons->addWidget(addFiles);
    buttons->addWidget(m_remove);
    m_alt->setObjectName(QStringLiteral("mediaAltText"));
    m_alt->setAccessibleName(tr("Alt text of the selected picture"));
    m_alt->setPlaceholderText(tr("Alt text: describe the selected picture for people who cannot see it"));
    m_alt->setMaxLength(2000); // Mastodon's and Bluesky's limit for a description is lower; both are told
    m_alt->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_alt);
    layout->addLayout(buttons);
    layout->addWidget(m_urlError);

    connect(addFiles, &QPushButton::clicked, this, &MediaStrip::chooseFiles);
    connect(m_url, &QLineEdit::returnPressed, this, &MediaStrip::addTypedUrl);
    connect(m_url, &QLineEdit::textEdited, m_urlError, &QWidget::hide);
    connect(m_remove, &QPushButton::clicked, this, &MediaStrip::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        m_remove->setEnabled(!selected.isEmpty());
        // Alt text belongs to one picture: written while exactly one is selected.
        const int row = selected.size() == 1 ? m_list->row(selected.first()) : -1;
        m_alt->setEnabled(row >= 0);
        m_alt->setText(row >= 0 ? m_media.at(row).altText : QString());
    });
    connect(m_alt, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        if (selected.size() != 1)
            return;
        const int row = m_list->row(selected.first());
        m_media[row].altText = text.trimmed();
        describe(selected.first(), m_media.at(row));
        Q_EMIT changed();
    });
    // A picture at a link, or one still being read, shows once it has come.
    connect(&Thumbnails::instance(), &Thumbnails::ready, this, [this](const QString &reference) {
        for (int i = 0; i < m_media.size() && i < m_list->count(); ++i)
            if (m_media.at(i).url == reference)
                m_list->item(i)->setIcon(QIcon(Thumbnails::instance().get(reference, ThumbSize)));
    });
}

void MediaStrip::describe(QListWidgetItem *item, const MediaRef &media) const
{
    const QUrl url(media.url);
    const QString name = url.isLocalFile() ? QFileInfo(url.toLocalFile()).fileName() : url.fileName();
    const QString shown = fontMetrics().elidedText(name.isEmpty() ? media.url : name, Qt::ElideMiddle, ThumbSize + 16);
    item->setText(media.altText.isEmpty() ? shown : tr("%1 · ALT").arg(shown));
    QString tip = media.platform.isEmpty() ? media.url : tr("%1 (only for %2)").arg(media.url, media.platform);
    tip += u'\n' + (media.altText.isEmpty() ? tr("No alt text yet.") : tr("Alt text: %1").arg(media.altText));
    item->setToolTip(tip);
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
    for (const MediaRef &m : std::as_const(m_media))
        describe(new QListWidgetItem(QIcon(Thumbnails::instance().get(m.url, ThumbSize)), QString(), m_list), m);
    m_alt->clear();
    m_alt->setEnabled(false);
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
    const QString typed = m_url->text().trimmed();
    if (typed.isEmpty())
        return;
    // A web address has no spaces and names a host; anything else would be
    // added as a "link" nobody can fetch.
    const QUrl url = QUrl::fromUserInput(typed);
    if (!url.isValid() || typed.contains(u' ') || (url.scheme() != u"file" && url.host().isEmpty())) {
        m_urlError->setText(tr("“%1” is not a web address: paste one such as https://example.com/photo.jpg, or add "
                               "a file with Add Files.")
                                .arg(typed.left(80)));
        m_urlError->show();
        return;
    }
    m_urlError->hide();
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
