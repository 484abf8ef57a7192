// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace Almanac {

// A strip above the calendar for what the user should read without a modal
// box in the way: a refused drop, a failed edit, a first-run hint with its action.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the text (replacing any other). With an action, a button runs it,
    // and the message stays until it is closed or replaced: there is something
    // to do. Without one it only tells, and hides itself: information after
    // 8 s, a warning after 20 s (the Failed view and the status bar keep
    // what failed).
    void showMessage(const QString &text, Kind kind, const QString &actionText = {},
                     std::function<void()> action = {});
    // One more button for the message on show (gone with it), after the first action.
    void addAction(const QString &text, const QString &objectName, std::function<void()> action);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QTimer *m_autoHide;
    std::function<void()> m_run;
    QList<QPushButton *> m_more; // addAction's buttons
};

} // namespace Almanac
