// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/appearance.h"

#include <QApplication>
#include <QScreen>
#include <QWidget>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleOption>
#include <QStyle>
#include <QStyleFactory>

namespace Almanac::Appearance {

namespace {

// The style and palette the platform gave the application before Almanac set any.
struct Platform
{
    QString style = QApplication::style()->name();
    QPalette palette = QApplication::palette();
};

const Platform &platform()
{
    static const Platform noted;
    return noted;
}

bool overridden = false; // light or dark is in effect

// Fusion outlines a check box with the window colour made darker, which on a
// dark window is as dark as the box inside it: an unticked box disappears.
// On a dark palette this draws the outline again in a colour that stands out.
class ContrastStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        if ((!box && element != PE_IndicatorRadioButton) || option->palette.color(QPalette::Window).lightness() >= 128)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1));
        const QRectF frame = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (box)
            painter->drawRoundedRect(frame, 2, 2);
        else
            painter->drawEllipse(frame);
        painter->restore();
    }
};

} // namespace

void apply(const QString &palette)
{
    platform();
    if (palette != u"light" && palette != u"dark") {
        // Back from light or dark within a session: the platform's as noted at start
        // (Qt 6.4 has no way to hand the palette back to the platform theme).
        if (overridden) {
            QApplication::setStyle(QStyleFactory::create(platform().style));
            QApplication::setPalette(platform().palette);
            overridden = false;
        }
        return;
    }
    overridden = true;
    QApplication::setStyle(new ContrastStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    if (palette == u"light") {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x28, 0x2a, 0x2e));
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    dark.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    dark.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4d));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x88));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x88));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x88));
    QApplication::setPalette(dark);
}

QSize fittedSize(QSize wanted, QSize available)
{
    // A title bar and borders that the window manager adds outside the window.
    constexpr int frameWidth = 16, frameHeight = 48;
    return wanted.boundedTo(QSize(available.width() - frameWidth, available.height() - frameHeight));
}

void fitToScreen(QWidget *window, QSize wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    window->resize(screen ? fittedSize(wanted, screen->availableGeometry().size()) : wanted);
}

} // namespace Almanac::Appearance
