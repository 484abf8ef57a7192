// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Almanac {

// Whether almanacd starts when the user logs in and publishes this store's
// posts while the window is closed: Settings → Publishing turns it on and off.
// Through systemd's user manager (`systemctl --user`, its answers read in the
// C locale): turning it on writes a user unit, almanacd.service, that runs the
// almanacd beside this program on this store (in the place of the package's
// unit, which knows neither), then enables and (re)starts it; turning it off
// stops and disables it and removes the unit. A unit the user wrote is left
// alone. It is "on" only when systemd runs Almanac's unit for this store, as
// `systemctl show` tells it. Every step runs in the background and says how it
// ended, and runs to its end even when the window that asked is closed.
class AlmanacdAtLogin final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        On,         // Almanac's unit for this store, enabled
        Off,        // not, whatever else starts almanacd (the detail says what)
        Unavailable // no systemctl, or no user manager to ask (the detail says why)
    };
    Q_ENUM(State)

    // `almanacd`: the program the unit runs (almanacdPath(), but for tests).
    AlmanacdAtLogin(QString storePath, QString almanacd, QObject *parent = nullptr);

    void query();   // answers with stateKnown
    void turnOn();  // answers with finished
    void turnOff(); // answers with finished
    bool isBusy() const { return m_busy; }
    // Runs the events of a step under way until it ends (the program is
    // quitting: a unit written but not yet enabled or started is worse than either).
    void waitForStep();
    // How long a started almanacd must keep running to count as started (2 s; tests wait less).
    void setSettleTime(int ms) { m_settleMs = ms; }

    // Where the unit is written: $XDG_CONFIG_HOME/systemd/user/almanacd.service.
    static QString unitFilePath();
    // The unit that runs `almanacd` on `storePath`; empty when either holds
    // what a unit cannot carry (the program's path: a control character, a
    // quote, a backslash or a $; the store's: a control character).
    static QByteArray unitText(const QString &almanacd, const QString &storePath);
    // The almanacd this program would start: the one beside it.
    static QString almanacdPath();

Q_SIGNALS:
    // `detail`: for Off, what else starts almanacd, if anything; for
    // Unavailable, why; for On, what is wrong with it if it is not running.
    void stateKnown(Almanac::AlmanacdAtLogin::State state, const QString &detail);
    void finished(bool ok, const QString &message);

private:
    struct Shown; // what `systemctl show` said of the unit
    using Then = std::function<void(int exitCode, const QString &said)>;
    // `systemctl --user args…`, then `then` (exit code -1: it could not run, or took too long).
    void systemctl(const QStringList &args, Then then);
    void show(std::function<void(const Shown &)> then);
    bool isOurs(const Shown &shown) const;
    void fail(const QString &why, const QString &said);
    void succeed(const QString &message);

    QString m_storePath;
    QString m_almanacd;
    bool m_busy = false;
    int m_settleMs = 2000;
};

} // namespace Almanac
