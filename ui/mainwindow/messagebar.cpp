// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace Almanac {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_action(new QPushButton)
    , m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("messageAction"));
    auto *close = new QToolButton;
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (m_run)
            m_run();
    });
    m_autoHide->setObjectName(QStringLiteral("messageAutoHide"));
    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind, const QString &actionText, std::function<void()> action)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()
                          ->standardIcon(kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                               : QStyle::SP_MessageBoxInformation)
                          .pixmap(size, size));
    QPalette pal = palette();
    const QColor tint = kind == Kind::Warning ? QColor(0xf6, 0xc3, 0x44) : QColor(0x3d, 0xae, 0xe9);
    const QColor window = QPalette().color(QPalette::Window);
    pal.setColor(QPalette::Window, QColor::fromRgbF(float(window.redF() * 0.8 + tint.redF() * 0.2),
                                                    float(window.greenF() * 0.8 + tint.greenF() * 0.2),
                                                    float(window.blueF() * 0.8 + tint.blueF() * 0.2)));
    setPalette(pal);
    m_text->setText(text);
    qDeleteAll(m_more);
    m_more.clear();
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_run = std::move(action);
    show();
    if (actionText.isEmpty())
        m_autoHide->start(kind == Kind::Warning ? 20000 : 8000);
    else
        m_autoHide->stop();
}

void MessageBar::addAction(const QString &text, const QString &objectName, std::function<void()> action)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, [this, action = std::move(action)] {
        hide();
        action();
    });
    // After the first action and any added before, before the close button.
    static_cast<QHBoxLayout *>(layout())->insertWidget(layout()->indexOf(m_action) + 1 + int(m_more.size()), button);
    m_more.append(button);
    m_autoHide->stop(); // something to do: it stays
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace Almanac
