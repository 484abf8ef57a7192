// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/backgroundpublishingrow.h"

#include "ui/calendar/calendarstyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Almanac {

namespace {

// A step whose dialog was closed before it ended: a row opened meanwhile waits
// for it rather than offering a second step that would race it.
QPointer<AlmanacdAtLogin> stepLeftRunning;

// A word a POSIX shell reads back as it is: in single quotes, each ' as '\''.
QString shellQuoted(const QString &word)
{
    return u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

} // namespace

BackgroundPublishingRow::BackgroundPublishingRow(const QString &storePath, QWidget *parent)
    : QWidget(parent)
    , m_storePath(storePath)
    , m_setup(new AlmanacdAtLogin(storePath, AlmanacdAtLogin::almanacdPath(), this))
    , m_state(new QLabel(tr("Publishing while the window is closed: finding out…")))
    , m_outcome(new QLabel)
    , m_toggle(new QPushButton(tr("Tu&rn On")))
{
    m_state->setObjectName(QStringLiteral("backgroundPublishingState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse); // the command to copy, when it is shown
    m_outcome->setObjectName(QStringLiteral("backgroundPublishingOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText); // systemctl's words and paths, never markup
    m_outcome->hide();
    m_toggle->setObjectName(QStringLiteral("backgroundPublishingToggle"));
    m_toggle->setEnabled(false);
    m_toggle->setToolTip(tr("At once, not on OK: almanacd publishes due posts to your Bluesky, Mastodon and webhook "
                            "accounts, and syncs with your hosted schedulers, while this window is closed. It starts "
                            "when you log in."));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_state, 1);
    row->addWidget(m_toggle, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_outcome);

    connect(m_setup, &AlmanacdAtLogin::stateKnown, this, &BackgroundPublishingRow::showState);
    connect(m_toggle, &QPushButton::clicked, this, &BackgroundPublishingRow::toggle);
    connect(m_setup, &AlmanacdAtLogin::finished, this, &BackgroundPublishingRow::showOutcome);
}

void BackgroundPublishingRow::showOutcome(bool ok, const QString &message)
{
    m_outcome->setText(message);
    m_outcome->setStyleSheet(ok ? QString() : CalendarStyle::errorStyleSheet());
    m_outcome->show();
    m_setup->query(); // what is true now, whichever way it went
}

BackgroundPublishingRow::~BackgroundPublishingRow()
{
    // Closed in the middle of a step: the step runs to its end (a unit written
    // but not started is worse than either), then the job goes.
    if (m_setup->isBusy()) {
        m_setup->setParent(QCoreApplication::instance()); // gone with the program at the latest
        connect(m_setup, &AlmanacdAtLogin::finished, m_setup, &QObject::deleteLater);
        // Quitting meanwhile: the step is waited for, not cut short half way.
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, m_setup, &AlmanacdAtLogin::waitForStep);
        stepLeftRunning = m_setup;
    }
}

void BackgroundPublishingRow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_asked) // once: the dialog's tabs show and hide it
        return;
    m_asked = true;
    if (stepLeftRunning && stepLeftRunning->isBusy()) {
        m_state->setText(tr("Publishing while the window is closed: finishing the change you asked for before…"));
        connect(stepLeftRunning, &AlmanacdAtLogin::finished, this, &BackgroundPublishingRow::showOutcome);
        return;
    }
    m_setup->query();
}

void BackgroundPublishingRow::showState(AlmanacdAtLogin::State state, const QString &detail)
{
    m_current = state;
    const QString more = detail.isEmpty() ? QString() : u' ' + detail.toHtmlEscaped();
    switch (state) {
    case AlmanacdAtLogin::State::On:
        m_state->setText(detail.isEmpty()
                             ? tr("Publishing while the window is closed: <b>on</b>. almanacd runs in the background "
                                  "and starts when you log in.")
                             : tr("Publishing while the window is closed: <b>on</b>, but %1: it starts at your next "
                                  "login, or turn it off and on again to start it now.")
                                   .arg(detail.toHtmlEscaped()));
        m_toggle->setText(tr("Tu&rn Off"));
        break;
    case AlmanacdAtLogin::State::Off:
        m_state->setText(tr("Publishing while the window is closed: <b>off</b>. A post due while the window is closed "
                            "goes out when you open it, if it is not later than the limit below.")
                         + more);
        m_toggle->setText(tr("Tu&rn On"));
        break;
    case AlmanacdAtLogin::State::Unavailable:
        m_state->setText(tr("Publishing while the window is closed cannot be set up from here (%1). To have it, "
                            "have this run when you log in: %2")
                             .arg(detail.toHtmlEscaped(),
                                  QStringLiteral("<code>%1 --db %2</code>")
                                      .arg(shellQuoted(QDir::toNativeSeparators(AlmanacdAtLogin::almanacdPath())).toHtmlEscaped(),
                                           shellQuoted(QDir::toNativeSeparators(m_storePath)).toHtmlEscaped())));
        break;
    }
    m_toggle->setEnabled(state != AlmanacdAtLogin::State::Unavailable);
    m_toggle->setVisible(state != AlmanacdAtLogin::State::Unavailable);
}

void BackgroundPublishingRow::toggle()
{
    m_toggle->setEnabled(false);
    m_outcome->hide();
    if (m_current == AlmanacdAtLogin::State::On) {
        m_state->setText(tr("Turning off publishing while the window is closed…"));
        m_setup->turnOff();
    } else {
        m_state->setText(tr("Turning on publishing while the window is closed…"));
        m_setup->turnOn();
    }
}

} // namespace Almanac
