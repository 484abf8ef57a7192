// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Almanac {

// One window per store. The first `almanac` listens on a local socket named
// after the user and the store; a second one (the desktop's "Open with" on a
// CSV, or `almanac FILE.csv` in a terminal) hands its files to it and exits,
// and the running window raises itself and opens them.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &storePath, QObject *parent = nullptr);

    // Sends the files (absolute paths; none: just come forward) to a running
    // instance; true when one took them.
    bool handOver(const QStringList &files, int timeoutMs = 2000) const;
    // Starts answering later instances; false if the socket cannot be made.
    bool listen();
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void filesReceived(const QStringList &files);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Almanac
