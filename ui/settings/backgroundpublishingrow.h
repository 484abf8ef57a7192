// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/desktop/almanacdatlogin.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Almanac {

// Settings → Publishing: whether this store's posts are published while the
// window is closed (almanacd starting at login), and a button that turns it
// on or off at once, saying how that went. It finds out the state when it is
// shown, and a step it started runs to its end when the dialog closes (a row
// shown meanwhile waits for that step and says how it went).
class BackgroundPublishingRow final : public QWidget
{
    Q_OBJECT

public:
    explicit BackgroundPublishingRow(const QString &storePath, QWidget *parent = nullptr);
    ~BackgroundPublishingRow() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showState(AlmanacdAtLogin::State state, const QString &detail);
    void toggle();
    void showOutcome(bool ok, const QString &message); // of a step, this row's or one left running

    QString m_storePath;
    AlmanacdAtLogin *m_setup;
    QLabel *m_state;
    QLabel *m_outcome;
    QPushButton *m_toggle;
    AlmanacdAtLogin::State m_current = AlmanacdAtLogin::State::Unavailable;
    bool m_asked = false;
};

} // namespace Almanac
