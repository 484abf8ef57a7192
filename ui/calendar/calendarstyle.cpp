// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/calendarstyle.h"

#include "models/domain/platform.h"
#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/store/postrepository.h"
#include "ui/media/thumbnails.h"

#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QTextLayout>

#include <functional>

namespace Almanac::CalendarStyle {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

void paintBadge(QPainter &p, const QRectF &r, const QString &platformId)
{
    const QColor color = platformColor(platformId);
    // A near-black badge (X's) gets a light rim, so a dark palette does not swallow it.
    p.setPen(color.lightness() < 60 ? QPen(QColor(255, 255, 255, 110), 1) : QPen(Qt::NoPen));
    p.setBrush(color);
    p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), r.width() * 0.25, r.width() * 0.25);
    const Platform *platform = PlatformCatalog::find(platformId);
    const QString initial = (platform ? platform->displayName : platformId).left(1).toUpper();
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(qMax(6, int(r.height() * 0.7)));
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, initial);
}

// Each status has its own shape, not only its own colour.
void paintStatus(QPainter &p, const QRectF &r, PostStatus status, const QColor &text)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF c = r.adjusted(1, 1, -1, -1);
    QPen pen(text, 1.4);
    switch (status) {
    case PostStatus::Draft:
        pen.setStyle(Qt::DotLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c);
        break;
    case PostStatus::Scheduled:
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c);
        p.drawLine(c.center(), QPointF(c.center().x(), c.top() + 2));
        p.drawLine(c.center(), QPointF(c.right() - 2, c.center().y()));
        break;
    case PostStatus::Publishing:
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c);
        p.setBrush(text);
        p.drawPie(c, 90 * 16, -180 * 16);
        break;
    case PostStatus::Published: {
        p.setPen(QPen(QColor(0x2e, 0x9d, 0x4f), 2));
        QPainterPath tick;
        tick.moveTo(c.left(), c.center().y());
        tick.lineTo(c.left() + c.width() * 0.4, c.bottom() - 1);
        tick.lineTo(c.right(), c.top() + 1);
        p.drawPath(tick);
        break;
    }
    case PostStatus::Failed:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd7, 0x30, 0x27));
        p.drawEllipse(c);
        p.setPen(QPen(Qt::white, 1.6));
        p.drawLine(c.adjusted(3, 3, -3, -3).topLeft(), c.adjusted(3, 3, -3, -3).bottomRight());
        p.drawLine(c.adjusted(3, 3, -3, -3).topRight(), c.adjusted(3, 3, -3, -3).bottomLeft());
        break;
    case PostStatus::Cancelled:
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c);
        p.drawLine(c.bottomLeft() + QPointF(2, -2), c.topRight() + QPointF(-2, 2));
        break;
    }
    p.restore();
}

// Badges and status markers repeat on every chip: draw each kind once per size
// and colour into the pixmap cache (antialiased shapes and text are the bulk of
// a busy month's paint time).
void paintCached(QPainter &p, const QRectF &r, const QString &key, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    const qreal dpr = p.device() ? p.device()->devicePixelRatio() : 1.0;
    const QSize pixels = (r.size() * dpr).toSize();
    const QString fullKey = key + u':' + QString::number(pixels.width()) + u'x' + QString::number(pixels.height());
    QPixmap pixmap;
    if (!QPixmapCache::find(fullKey, &pixmap)) {
        pixmap = QPixmap(pixels);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setFont(p.font());
        draw(painter, QRectF(QPointF(0, 0), r.size()));
        painter.end();
        QPixmapCache::insert(fullKey, pixmap);
    }
    p.drawPixmap(r.topLeft(), pixmap);
}

} // namespace

QColor platformColor(const QString &platformId)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("x"), QColor(0x14, 0x17, 0x1a)},          {QStringLiteral("bluesky"), QColor(0x10, 0x83, 0xfe)},
        {QStringLiteral("mastodon"), QColor(0x63, 0x64, 0xff)},   {QStringLiteral("linkedin"), QColor(0x0a, 0x66, 0xc2)},
        {QStringLiteral("instagram"), QColor(0xe1, 0x30, 0x6c)},  {QStringLiteral("tiktok"), QColor(0x00, 0x9e, 0x9a)},
        {QStringLiteral("youtube"), QColor(0xe6, 0x21, 0x17)},    {QStringLiteral("threads"), QColor(0x50, 0x50, 0x50)},
        {QStringLiteral("facebook"), QColor(0x08, 0x66, 0xff)},   {QStringLiteral("pinterest"), QColor(0xbd, 0x08, 0x1c)},
        {QStringLiteral("reddit"), QColor(0xff, 0x45, 0x00)},     {QStringLiteral("discord"), QColor(0x58, 0x65, 0xf2)},
        {QStringLiteral("slack"), QColor(0x4a, 0x15, 0x4b)},      {QStringLiteral("telegram"), QColor(0x26, 0xa5, 0xe4)},
        {QStringLiteral("google_business"), QColor(0x34, 0xa8, 0x53)},
    };
    return colors.value(platformId, QColor(0x80, 0x80, 0x80));
}

QString errorStyleSheet()
{
    return QStringLiteral("color: #d73027");
}

QIcon platformIcon(const QString &platformId)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) { // 48 and 64: the 24 and 32 px sizes on 2× screens
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        paintBadge(p, QRectF(0, 0, size, size), platformId);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

int chipHeight(const QFontMetrics &metrics, int lines)
{
    return lines * metrics.height() + 4;
}

namespace {

// The post's distinct platforms, in the order of its destinations.
QStringList distinctPlatforms(const PostSummary &post)
{
    QStringList out;
    for (const QString &platform : post.platforms)
        if (!out.contains(platform))
            out.append(platform);
    return out;
}

// `text` broken at words into at most `maxLines` lines of `width`, the last
// cut with an ellipsis when the rest does not fit.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    const QFontMetrics fm(font);
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines.append(lines.size() == maxLines - 1 ? fm.elidedText(text.mid(line.textStart()), Qt::ElideRight, width)
                                                  : text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

// The picture cut to fill a square, with rounded corners.
void paintThumbnail(QPainter &p, const QRect &square, const QPixmap &thumbnail)
{
    p.save();
    QPainterPath clip;
    clip.addRoundedRect(QRectF(square), 2, 2);
    p.setClipPath(clip, Qt::IntersectClip);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF source = QSizeF(thumbnail.size()) / thumbnail.devicePixelRatio();
    const QSizeF covered = source.scaled(QSizeF(square.size()), Qt::KeepAspectRatioByExpanding);
    const QRectF target(QPointF(square.center()) - QPointF(covered.width() / 2, covered.height() / 2), covered);
    p.drawPixmap(target, thumbnail, QRectF(thumbnail.rect()));
    p.restore();
}

} // namespace

ChipLayout layoutChip(const QRect &rect, const QFont &font, const PostSummary &post, int minute, bool hasThumbnail)
{
    ChipLayout out;
    const QFontMetrics fm(font);
    const int line = fm.height();
    const int lines = qMax(1, (rect.height() - 4) / line);
    const int marker = qMin(line - 2, rect.height() - 4);
    QRect inner = rect.adjusted(6, 2, -3, -2);
    if (hasThumbnail) {
        const int side = qMin(inner.height(), lines > 1 ? 2 * line + 4 : marker + 2);
        // Only where the words keep most of the room.
        if (inner.width() - side >= (lines > 1 ? 70 : 150)) {
            out.thumbnail = QRect(inner.right() - side + 1, inner.top() + (lines > 1 ? 0 : (inner.height() - side) / 2),
                                  side, side);
            inner.setRight(out.thumbnail.left() - 4);
        }
    }
    // The first line: status, time, and the accounts' badges where they fit.
    const int firstMid = lines > 1 ? inner.top() + line / 2 : rect.top() + rect.height() / 2;
    out.status = QRect(inner.left(), firstMid - marker / 2, marker, marker);
    int x = out.status.right() + 5;
    if (minute >= 0) {
        QFont bold = font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        out.time = shortTime(minute);
        if (boldMetrics.horizontalAdvance(out.time) > inner.width() / 3)
            out.time = compactTime(minute);
        if (boldMetrics.horizontalAdvance(out.time) > inner.right() - x) // a cut time would say a wrong one
            out.time.clear();
        if (!out.time.isEmpty()) {
            out.timeRect = QRect(x, firstMid - line / 2, boldMetrics.horizontalAdvance(out.time), line);
            x = out.timeRect.right() + 5;
        }
    }
    const QStringList platforms = distinctPlatforms(post);
    const int badges = int(qMin<qsizetype>(platforms.size(), 3));
    const int badgeStep = marker + 2;
    auto placeBadges = [&](int left, int mid, int count) {
        for (int i = 0; i < count; ++i) {
            out.badges.append(QRect(left + i * badgeStep, mid - marker / 2, marker, marker));
            out.badgePlatforms.append(platforms.at(i));
        }
        return count * badgeStep;
    };
    const QString words = post.content.left(300).simplified();
    out.lineHeight = line;
    if (lines == 1) {
        // One line: the words come first; badges only where they leave the words room.
        if (inner.right() - x - badges * badgeStep >= 12 * fm.averageCharWidth())
            x += placeBadges(x, firstMid, badges) + 2;
        out.wordsRect = QRect(x, rect.top(), inner.right() - x, rect.height());
        if (out.wordsRect.width() > 0)
            out.words = QStringList{fm.elidedText(words, Qt::ElideRight, out.wordsRect.width())};
        return out;
    }
    int wordsTop = inner.top() + line;
    const int fitting = (inner.right() - x + 2) / badgeStep;
    if (fitting >= badges || lines < 3) {
        placeBadges(x, firstMid, qMin(fitting, badges));
    } else {
        placeBadges(inner.left(), firstMid + line, qMin((inner.width() + 2) / badgeStep, badges));
        wordsTop += line;
    }
    const int wordLines = (inner.bottom() + 1 - wordsTop) / line;
    out.wordsRect = QRect(inner.left(), wordsTop, inner.width(), qMax(0, wordLines) * line);
    if (wordLines > 0)
        out.words = wrapped(words, font, inner.width(), wordLines);
    return out;
}

void paintChip(QPainter &p, const QRect &rect, const QPalette &palette, const PostSummary &post, int minute,
               const QPixmap &thumbnail, bool selected, bool dimmed)
{
    p.save();
    p.setClipRect(rect);
    const ChipLayout chip = layoutChip(rect, p.font(), post, minute, !thumbnail.isNull());
    const QStringList platforms = distinctPlatforms(post);
    const QColor accent = platformColor(platforms.value(0));
    const QColor base = palette.color(QPalette::Base);
    QColor fill = selected ? palette.color(QPalette::Highlight) : blend(base, accent, 0.16);
    QColor text = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    if (dimmed) {
        fill = blend(fill, base, 0.5);
        text = blend(text, base, 0.5);
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    // The edge in each platform's colour, so even a chip too narrow for its
    // badges says where it goes.
    const int edges = int(qMin<qsizetype>(qMax<qsizetype>(1, platforms.size()), 4));
    for (int i = 0; i < edges; ++i) {
        const double top = rect.top() + 1 + (rect.height() - 2) * double(i) / edges;
        const double bottom = rect.top() + 1 + (rect.height() - 2) * double(i + 1) / edges;
        p.setBrush(platformColor(platforms.value(i)));
        p.drawRect(QRectF(rect.left(), top, 3, bottom - top));
    }
    if (!chip.thumbnail.isEmpty())
        paintThumbnail(p, chip.thumbnail, thumbnail);
    paintCached(p, QRectF(chip.status), QStringLiteral("status:%1:%2").arg(int(post.status)).arg(text.rgba()),
                [&](QPainter &painter, const QRectF &r) { paintStatus(painter, r, post.status, text); });
    const QFont textFont = p.font();
    p.setPen(text);
    if (!chip.time.isEmpty()) {
        QFont bold = textFont;
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(chip.timeRect, Qt::AlignVCenter, chip.time);
        p.setFont(textFont);
    }
    for (qsizetype i = 0; i < chip.badges.size(); ++i) {
        const QString &platform = chip.badgePlatforms.at(i);
        paintCached(p, QRectF(chip.badges.at(i)), QStringLiteral("badge:") + platform,
                    [&](QPainter &painter, const QRectF &r) { paintBadge(painter, r, platform); });
    }
    p.setFont(textFont);
    p.setPen(text);
    const int lineHeight = chip.words.size() == 1 ? chip.wordsRect.height() : chip.lineHeight;
    for (qsizetype i = 0; i < chip.words.size(); ++i)
        p.drawText(QRect(chip.wordsRect.left(), chip.wordsRect.top() + int(i) * lineHeight, chip.wordsRect.width(),
                         lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, chip.words.at(i));
    p.restore();
}

ChipLayout layoutChip(const QRect &rect, const QFont &font, const CalendarModel &model, int row)
{
    const PostSummary &post = model.post(row);
    return layoutChip(rect, font, post, model.localMinute(row), !post.firstMedia.isEmpty());
}

void paintChip(QPainter &painter, const QRect &rect, const QPalette &palette, const CalendarModel &model, int row,
               bool selected, bool dimmed)
{
    const PostSummary &post = model.post(row);
    const QPixmap thumbnail = post.firstMedia.isEmpty()
                                  ? QPixmap()
                                  : Thumbnails::instance().get(post.firstMedia, ThumbnailSize);
    paintChip(painter, rect, palette, post, model.localMinute(row), thumbnail, selected, dimmed);
}

} // namespace Almanac::CalendarStyle
