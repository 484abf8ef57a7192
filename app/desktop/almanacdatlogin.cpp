// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/almanacdatlogin.h"

#include "models/domain/redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace Almanac {

namespace {

const QString Unit = QStringLiteral("almanacd.service");
// The first line of a unit Almanac wrote: only such a unit is removed again.
const QByteArray Marker = "# Written by Almanac (Settings > Publishing).";
constexpr int StepTimeoutMs = 20000;
constexpr qint64 MaxOutput = 4096; // systemctl says a line or two; more is cut

// One ExecStart argument as systemd reads it back: quoted, with its own
// escapes, % and $ doubled (systemd would expand them). Empty for a control
// character, which has no place on a unit's line.
QByteArray quotedForSystemd(const QString &argument)
{
    QByteArray out = "\"";
    for (const char c : argument.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            return {};
        if (c == '\\' || c == '"')
            out += '\\';
        else if (c == '%' || c == '$')
            out += c;
        out += c;
    }
    return out + '"';
}

} // namespace

AlmanacdAtLogin::AlmanacdAtLogin(QString storePath, QString almanacd, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_almanacd(std::move(almanacd))
{
}

QString AlmanacdAtLogin::unitFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user/")
        + Unit;
}

QString AlmanacdAtLogin::almanacdPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("almanacd"));
}

QByteArray AlmanacdAtLogin::unitText(const QString &almanacd, const QString &storePath)
{
    const QByteArray program = quotedForSystemd(almanacd), store = quotedForSystemd(storePath);
    if (program.isEmpty() || store.isEmpty())
        return {};
    return Marker + "\n"
           "[Unit]\n"
           "Description=Almanac scheduler and sync\n"
           "After=network-online.target\n"
           "\n"
           "[Service]\n"
           "ExecStart=" + program + " --db " + store + "\n"
           "Restart=on-failure\n"
           "RestartSec=10\n"
           "\n"
           "[Install]\n"
           "WantedBy=default.target\n";
}

void AlmanacdAtLogin::systemctl(const QStringList &args, Then then)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    if (program.isEmpty()) {
        then(-1, tr("This computer does not start programs through systemd (there is no systemctl)."));
        return;
    }
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, process, [process] { process->kill(); });
    connect(process, &QProcess::finished, this, [process, then](int exitCode, QProcess::ExitStatus status) {
        const QString said = Redaction::redact(QString::fromLocal8Bit(process->read(MaxOutput)).trimmed());
        process->deleteLater();
        if (status != QProcess::NormalExit)
            then(-1, tr("systemctl did not answer within %n second(s).", nullptr, StepTimeoutMs / 1000));
        else
            then(exitCode, said);
    });
    connect(process, &QProcess::errorOccurred, this, [process, then](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash or the deadline's kill ends in finished
        process->deleteLater();
        then(-1, tr("systemctl could not be started: %1").arg(process->errorString()));
    });
    deadline->start(StepTimeoutMs);
    process->start(program, QStringList{QStringLiteral("--user")} + args);
}

void AlmanacdAtLogin::query()
{
    systemctl({QStringLiteral("is-enabled"), Unit}, [this](int exitCode, const QString &said) {
        if (exitCode == 0)
            Q_EMIT stateKnown(State::On, {});
        else if (exitCode > 0
                 && (said.contains(QLatin1String("disabled")) || said.contains(QLatin1String("not-found"))
                     || said.contains(QLatin1String("No such file"))))
            Q_EMIT stateKnown(State::Off, {});
        else
            Q_EMIT stateKnown(State::Unavailable, said);
    });
}

void AlmanacdAtLogin::fail(const QString &why, const QString &errorText)
{
    m_busy = false;
    Q_EMIT finished(false, errorText.isEmpty() ? why : tr("%1 (%2)").arg(why, errorText));
}

void AlmanacdAtLogin::turnOn()
{
    if (m_busy)
        return;
    const QString &almanacd = m_almanacd;
    if (!QFileInfo(almanacd).isExecutable()) {
        Q_EMIT finished(false, tr("almanacd is not beside Almanac (looked for %1): reinstall Almanac to publish while "
                                  "the window is closed.")
                                   .arg(QDir::toNativeSeparators(almanacd)));
        return;
    }
    const QByteArray text = unitText(almanacd, QFileInfo(m_storePath).absoluteFilePath());
    if (text.isEmpty()) {
        Q_EMIT finished(false, tr("The store's path %1 holds a control character, which systemd cannot pass on to "
                                  "almanacd. Move the store to a folder with a plain name.")
                                   .arg(QDir::toNativeSeparators(m_storePath)));
        return;
    }
    const QString path = unitFilePath();
    QSaveFile unit(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !unit.open(QIODevice::WriteOnly) || unit.write(text) != text.size()
        || !unit.commit()) {
        Q_EMIT finished(false, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), unit.errorString()));
        return;
    }
    m_busy = true;
    const QString why = tr("Could not turn on publishing while the window is closed");
    systemctl({QStringLiteral("daemon-reload")}, [this, why](int exitCode, const QString &said) {
        if (exitCode != 0)
            return fail(why, said);
        systemctl({QStringLiteral("enable"), QStringLiteral("--now"), Unit}, [this, why](int exitCode, const QString &said) {
            if (exitCode != 0)
                return fail(why, said);
            m_busy = false;
            Q_EMIT finished(true, tr("almanacd now publishes while the window is closed, and starts when you log in."));
        });
    });
}

void AlmanacdAtLogin::turnOff()
{
    if (m_busy)
        return;
    m_busy = true;
    const QString why = tr("Could not turn off publishing while the window is closed");
    systemctl({QStringLiteral("disable"), QStringLiteral("--now"), Unit}, [this, why](int exitCode, const QString &said) {
        if (exitCode != 0 && !said.contains(QLatin1String("does not exist")) && !said.contains(QLatin1String("not loaded")))
            return fail(why, said);
        QFile unit(unitFilePath());
        if (unit.open(QIODevice::ReadOnly) && unit.read(Marker.size()) == Marker) {
            unit.close();
            unit.remove();
        }
        systemctl({QStringLiteral("daemon-reload")}, [this](int, const QString &) {
            m_busy = false;
            Q_EMIT finished(true, tr("almanacd has stopped: posts are published only while the window is open."));
        });
    });
}

} // namespace Almanac
