// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Almanac {

// Whether almanacd starts when the user logs in, so posts are published while
// the window is closed: Settings → Publishing turns it on and off. Through
// systemd's user manager (`systemctl --user`): turning it on writes a user
// unit, almanacd.service, that runs the almanacd beside this program on this
// store (it takes the place of the package's unit, which knows neither), then
// enables and starts it; turning it off stops and disables it and removes the
// unit. Every step runs in the background and says how it ended.
class AlmanacdAtLogin final : public QObject
{
    Q_OBJECT

public:
    enum class State { On, Off, Unavailable };
    Q_ENUM(State)

    // `almanacd`: the program the unit runs (almanacdPath(), but for tests).
    AlmanacdAtLogin(QString storePath, QString almanacd, QObject *parent = nullptr);

    void query();   // answers with stateKnown
    void turnOn();  // answers with finished
    void turnOff(); // answers with finished

    // Where the unit is written: $XDG_CONFIG_HOME/systemd/user/almanacd.service.
    static QString unitFilePath();
    // The unit that runs `almanacd` on `storePath`, each quoted for systemd;
    // empty when a path holds a control character, which a unit cannot.
    static QByteArray unitText(const QString &almanacd, const QString &storePath);
    // The almanacd this program would start: the one beside it.
    static QString almanacdPath();

Q_SIGNALS:
    // `detail`: why it is unavailable, in words for the window.
    void stateKnown(Almanac::AlmanacdAtLogin::State state, const QString &detail);
    void finished(bool ok, const QString &message);

private:
    using Then = std::function<void(int exitCode, const QString &errorText)>;
    // `systemctl --user args…`, then `then` (exit code -1: it could not run or took too long).
    void systemctl(const QStringList &args, Then then);
    void fail(const QString &why, const QString &errorText);

    QString m_storePath;
    QString m_almanacd;
    bool m_busy = false;
};

} // namespace Almanac
