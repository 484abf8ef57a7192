// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/postpreview.h"

#include "models/domain/platform.h"
#include "models/domain/textlength.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/media/thumbnails.h"

#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Almanac {

namespace {

constexpr int PreviewThumb = 96;

// The number of characters of `text` that fit the limit by the platform's count.
qsizetype fittingPrefix(const Platform &platform, const QString &text)
{
    qsizetype low = 0, high = text.size();
    while (low < high) {
        const qsizetype mid = (low + high + 1) / 2;
        if (TextLength::measure(platform.counting, text.left(mid).toUtf8()) <= platform.textLimit)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

QString linkify(const QString &escaped, const QString &linkColor)
{
    static const QRegularExpression tokens(QStringLiteral("(https?://\\S+|[#@][\\w.]+)"));
    QString out = escaped;
    out.replace(tokens, QStringLiteral("<span style=\"color:%1\">\\1</span>").arg(linkColor));
    return out;
}

} // namespace

PostPreview::PostPreview(const Platform &platform, QWidget *parent)
    : QFrame(parent)
    , m_platform(platform)
    , m_header(new QLabel)
    , m_text(new QLabel)
    , m_media(new QGridLayout)
{
    setObjectName(QStringLiteral("preview_%1").arg(platform.id));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_media->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_text);
    layout->addLayout(m_media);
    layout->addStretch();
}

void PostPreview::show(const QString &handle, const QStringList &parts, const QList<MediaRef> &media)
{
    const int icon = fontMetrics().height() + 6;
    m_header->setText(QStringLiteral("<b>%1</b> &nbsp;<span style=\"color:gray\">%2 · %3</span>")
                          .arg(handle.isEmpty() ? tr("Your account") : handle.toHtmlEscaped(),
                               m_platform.displayName.toHtmlEscaped(),
                               tr("limit %1").arg(m_platform.textLimit)));
    m_header->setMinimumHeight(icon);

    const QString link = palette().color(QPalette::Link).name();
    QStringList blocks;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const qsizetype fits = fittingPrefix(m_platform, part);
        QString html = linkify(part.left(fits).toHtmlEscaped(), link);
        if (fits < part.size())
            html += QStringLiteral("<span style=\"background-color:#f4b6b0;color:#5c0b05\">%1</span>")
                        .arg(part.mid(fits).toHtmlEscaped());
        html.replace(u'\n', QStringLiteral("<br>"));
        if (parts.size() > 1)
            html = QStringLiteral("<p><span style=\"color:gray\">%1</span><br>%2</p>")
                       .arg(tr("Post %1 of %2").arg(i + 1).arg(parts.size()), html);
        blocks.append(html);
    }
    m_text->setText(blocks.join(QString()));

    while (QLayoutItem *item = m_media->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int shown = int(qMin<qsizetype>(media.size(), qMax(1, m_platform.maxMedia)));
    const int columns = shown <= 1 ? 1 : 2;
    for (int i = 0; i < shown; ++i) {
        auto *thumb = new QLabel;
        thumb->setPixmap(Thumbnails::now(media.at(i).url, PreviewThumb));
        thumb->setToolTip(media.at(i).url);
        m_media->addWidget(thumb, i / columns, i % columns);
    }
    if (media.size() > shown) {
        auto *more = new QLabel(tr("%n more not shown: %1 shows at most %2", nullptr, int(media.size() - shown))
                                    .arg(m_platform.displayName)
                                    .arg(m_platform.maxMedia));
        more->setWordWrap(true);
        m_media->addWidget(more, (shown + columns - 1) / columns, 0, 1, columns);
    }
}

QString PostPreview::html() const
{
    return m_text->text();
}

} // namespace Almanac
