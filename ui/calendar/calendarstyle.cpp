// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/calendarstyle.h"

#include "models/domain/platform.h"
#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/store/postrepository.h"

#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

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
    p.setPen(Qt::NoPen);
    p.setBrush(platformColor(platformId));
    p.drawRoundedRect(r, r.width() * 0.25, r.width() * 0.25);
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

int chipHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 4;
}

void paintChip(QPainter &p, const QRect &rect, const QPalette &palette, const PostSummary &post,
               const QString &timeText, bool selected, bool dimmed)
{
    p.save();
    p.setClipRect(rect);
    const QColor accent = platformColor(post.platforms.value(0));
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
    p.setBrush(accent);
    p.drawRect(QRectF(rect.left(), rect.top() + 1, 3, rect.height() - 2));

    const QFontMetrics fm(p.font());
    const int h = rect.height();
    const int marker = qMin(h - 4, fm.height() - 2);
    int x = rect.left() + 6;
    const int midY = rect.top() + h / 2;
    paintCached(p, QRectF(x, midY - marker / 2.0, marker, marker),
                QStringLiteral("status:%1:%2").arg(int(post.status)).arg(text.rgba()),
                [&](QPainter &painter, const QRectF &r) { paintStatus(painter, r, post.status, text); });
    x += marker + 4;
    p.setPen(text);
    if (!timeText.isEmpty()) {
        QFont bold = p.font();
        bold.setBold(true);
        p.setFont(bold);
        const int w = QFontMetrics(bold).horizontalAdvance(timeText);
        p.drawText(QRect(x, rect.top(), w, h), Qt::AlignVCenter, timeText);
        x += w + 4;
        bold.setBold(false);
        p.setFont(bold);
    }
    QStringList shown;
    for (const QString &platform : post.platforms)
        if (!shown.contains(platform) && shown.size() < 3)
            shown.append(platform);
    const QFont textFont = p.font();
    for (const QString &platform : std::as_const(shown)) {
        paintCached(p, QRectF(x, midY - marker / 2.0, marker, marker), QStringLiteral("badge:") + platform,
                    [&](QPainter &painter, const QRectF &r) { paintBadge(painter, r, platform); });
        x += marker + 2;
    }
    p.setFont(textFont);
    p.setPen(text);
    x += 2;
    const QString words = post.content.left(160).simplified();
    p.drawText(QRect(x, rect.top(), rect.right() - x - 2, h), Qt::AlignVCenter,
               fm.elidedText(words, Qt::ElideRight, rect.right() - x - 2));
    p.restore();
}

void paintChip(QPainter &painter, const QRect &rect, const QPalette &palette, const CalendarModel &model, int row,
               bool selected, bool dimmed)
{
    paintChip(painter, rect, palette, model.post(row), shortTime(model.localMinute(row)), selected, dimmed);
}

} // namespace Almanac::CalendarStyle
