// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/almanacdatlogin.h"

#include "models/domain/redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace Almanac {

namespace {

const QString Unit = QStringLiteral("almanacd.service");
// The first line of a unit Almanac wrote: only such a unit is replaced or removed.
const QByteArray Marker = "# Written by Almanac (Settings > Publishing).";
constexpr int StepTimeoutMs = 20000;
constexpr qint64 MaxOutput = 16384; // systemctl says a few lines; more is cut

// One ExecStart word as systemd reads it back: quoted, with its own escapes,
// and % doubled (a specifier otherwise). `$` is doubled in an argument; the
// program's own path cannot carry one (systemd leaves "$$" there as is), nor a
// quote or a backslash ("special characters" to systemd), nor, anywhere, a
// control character, which has no place on a unit's line. Empty when refused.
QByteArray quotedForSystemd(const QString &word, bool program)
{
    QByteArray out = "\"";
    for (const char c : word.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F || (program && (c == '"' || c == '\'' || c == '\\' || c == '$')))
            return {};
        if (c == '\\' || c == '"')
            out += '\\';
        else if (c == '%' || c == '$')
            out += c;
        out += c;
    }
    return out + '"';
}

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(path) : resolved;
}

bool isAlmanacsUnit(const QString &path)
{
    QFile unit(path);
    return unit.open(QIODevice::ReadOnly) && unit.read(Marker.size()) == Marker;
}

} // namespace

struct AlmanacdAtLogin::Shown
{
    bool answered = false; // the user manager answered; `said` is why not
    QString said;
    QString loadState, unitFileState, activeState, subState, result, fragmentPath, dropInPaths;

    // Only "enabled" starts it at every login: "static", "indirect", "linked"
    // and a transient unit do not, and "enabled-runtime" lasts the session.
    bool startsAtLogin() const { return loadState == u"loaded" && unitFileState == u"enabled"; }
    // "activating" is also a unit between two failed starts ("auto-restart").
    bool isRunning() const { return activeState == u"active" || activeState == u"reloading"; }
    // Drop-ins for almanacd itself; a distribution's for every service
    // (Fedora's service.d/10-timeout-abort.conf) leave what runs alone.
    QStringList ownDropIns() const
    {
        QStringList own;
        for (const QString &path : QProcess::splitCommand(dropInPaths))
            if (path.contains(u"/almanacd.service.d/"))
                own.append(path);
        return own;
    }
    QString setUpBy() const
    {
        return QDir::toNativeSeparators((QStringList{fragmentPath} + ownDropIns()).join(QStringLiteral(", ")));
    }
    // Why it is not running, in systemd's words.
    QString notRunning() const
    {
        return result.isEmpty() || result == u"success" ? (subState.isEmpty() ? activeState : subState) : result;
    }
};

AlmanacdAtLogin::AlmanacdAtLogin(QString storePath, QString almanacd, QObject *parent)
    : QObject(parent)
    , m_storePath(QFileInfo(storePath).absoluteFilePath())
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
    const QByteArray program = quotedForSystemd(almanacd, true), store = quotedForSystemd(storePath, false);
    if (program.isEmpty() || store.isEmpty())
        return {};
    return Marker + "\n"
           "[Unit]\n"
           "Description=Almanac scheduler and sync\n"
           // A store that has gone or an almanacd that was removed: it stops trying after five starts.
           "StartLimitIntervalSec=300\n"
           "StartLimitBurst=5\n"
           "\n"
           "[Service]\n"
           "Type=exec\n" // started means running: a start that cannot run is a failure
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
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // its words as the code reads them
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("SYSTEMD_PAGER"), QString());
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, process, [process] {
        process->setProperty("late", true);
        process->kill();
    });
    connect(process, &QProcess::finished, this, [process, then](int exitCode, QProcess::ExitStatus status) {
        // Raw, to be parsed; whatever of it is shown goes through fail() or query(), which redact.
        const QString said = QString::fromLocal8Bit(process->read(MaxOutput)).trimmed();
        process->deleteLater();
        if (process->property("late").toBool())
            then(-1, tr("systemctl did not answer within %n second(s).", nullptr, StepTimeoutMs / 1000));
        else if (status != QProcess::NormalExit)
            then(-1, tr("systemctl stopped unexpectedly."));
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

void AlmanacdAtLogin::show(std::function<void(const Shown &)> then)
{
    const QStringList properties{QStringLiteral("LoadState"),   QStringLiteral("UnitFileState"),
                                 QStringLiteral("ActiveState"), QStringLiteral("SubState"),
                                 QStringLiteral("Result"),      QStringLiteral("FragmentPath"),
                                 QStringLiteral("DropInPaths")};
    QStringList args{QStringLiteral("show"), Unit};
    for (const QString &p : properties)
        args << QStringLiteral("-p") << p;
    systemctl(args, [then = std::move(then)](int exitCode, const QString &said) {
        Shown shown;
        shown.said = said;
        // The manager answers "Key=value" lines for any unit, there or not.
        shown.answered = exitCode == 0 && said.contains(u'=');
        for (const QString &line : said.split(u'\n')) {
            const QString key = line.section(u'=', 0, 0), value = line.section(u'=', 1).trimmed();
            if (key == u"LoadState")
                shown.loadState = value;
            else if (key == u"UnitFileState")
                shown.unitFileState = value;
            else if (key == u"ActiveState")
                shown.activeState = value;
            else if (key == u"SubState")
                shown.subState = value;
            else if (key == u"Result")
                shown.result = value;
            else if (key == u"FragmentPath")
                shown.fragmentPath = value;
            else if (key == u"DropInPaths")
                shown.dropInPaths = value;
        }
        then(shown);
    });
}

bool AlmanacdAtLogin::isOurs(const Shown &shown) const
{
    if (shown.loadState != u"loaded" || !shown.ownDropIns().isEmpty() || shown.fragmentPath.isEmpty()
        || canonical(shown.fragmentPath) != canonical(unitFilePath()))
        return false;
    QFile unit(unitFilePath());
    return unit.open(QIODevice::ReadOnly) && unit.readAll() == unitText(m_almanacd, m_storePath);
}

void AlmanacdAtLogin::query()
{
    show([this](const Shown &shown) {
        if (!shown.answered)
            Q_EMIT stateKnown(State::Unavailable, Redaction::redact(shown.said));
        else if (isOurs(shown) && shown.unitFileState == u"enabled")
            Q_EMIT stateKnown(State::On, shown.isRunning()
                                             ? QString()
                                             : tr("almanacd is not running (systemd says: %1)").arg(shown.notRunning()));
        else if (shown.startsAtLogin())
            Q_EMIT stateKnown(State::Off, tr("almanacd already starts at login, set up by %1, which may publish another "
                                             "store.")
                                              .arg(shown.setUpBy()));
        else
            Q_EMIT stateKnown(State::Off, {});
    });
}

void AlmanacdAtLogin::waitForStep()
{
    if (!m_busy)
        return;
    QEventLoop loop;
    connect(this, &AlmanacdAtLogin::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(6 * StepTimeoutMs, &loop, &QEventLoop::quit); // each of its systemctl calls has its own deadline
    loop.exec();
}

void AlmanacdAtLogin::fail(const QString &why, const QString &said)
{
    m_busy = false;
    Q_EMIT finished(false, said.isEmpty() ? why : tr("%1 (%2)").arg(why, Redaction::redact(said)));
}

void AlmanacdAtLogin::succeed(const QString &message)
{
    m_busy = false;
    Q_EMIT finished(true, message);
}

void AlmanacdAtLogin::turnOn()
{
    if (m_busy)
        return;
    if (!QFileInfo(m_almanacd).isExecutable()) {
        Q_EMIT finished(false, tr("almanacd is not beside Almanac (looked for %1): reinstall Almanac to publish while "
                                  "the window is closed.")
                                   .arg(QDir::toNativeSeparators(m_almanacd)));
        return;
    }
    if (quotedForSystemd(m_almanacd, true).isEmpty()) {
        Q_EMIT finished(false, tr("Almanac is installed in a folder whose name systemd cannot run a program from "
                                  "(%1: a quote, a backslash, a $ or a control character). Install it in a folder "
                                  "with a plain name.")
                                   .arg(QDir::toNativeSeparators(QFileInfo(m_almanacd).path())));
        return;
    }
    const QByteArray text = unitText(m_almanacd, m_storePath);
    if (text.isEmpty()) {
        Q_EMIT finished(false, tr("The store's path %1 holds a control character, which systemd cannot pass on to "
                                  "almanacd. Move the store to a folder with a plain name.")
                                   .arg(QDir::toNativeSeparators(m_storePath)));
        return;
    }
    const QString path = unitFilePath();
    if (QFileInfo::exists(path) && !isAlmanacsUnit(path)) {
        Q_EMIT finished(false, tr("%1 is a unit of your own, so Almanac leaves it alone: start almanacd from it, or "
                                  "remove it and turn this on again.")
                                   .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString folder = QFileInfo(path).path();
    if (!QDir().mkpath(folder)) {
        Q_EMIT finished(false, tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QSaveFile unit(path);
    if (!unit.open(QIODevice::WriteOnly) || unit.write(text) != text.size() || !unit.commit()) {
        Q_EMIT finished(false, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), unit.errorString()));
        return;
    }
    m_busy = true;
    const QString why = tr("Could not turn on publishing while the window is closed");
    systemctl({QStringLiteral("daemon-reload")}, [this, why](int exitCode, const QString &said) {
        if (exitCode != 0)
            return fail(why, said);
        show([this, why](const Shown &shown) {
            if (!shown.answered)
                return fail(why, shown.said);
            if (!isOurs(shown)) { // systemd reads units from elsewhere, or a drop-in changes it
                QFile::remove(unitFilePath()); // Almanac's, just written: nothing is left that does nothing
                systemctl({QStringLiteral("daemon-reload")}, [](int, const QString &) {});
                return fail(why, shown.fragmentPath.isEmpty()
                                     ? tr("systemd does not read units from %1")
                                           .arg(QDir::toNativeSeparators(QFileInfo(unitFilePath()).path()))
                                     : tr("systemd runs almanacd as %1 says").arg(shown.setUpBy()));
            }
            systemctl({QStringLiteral("enable"), Unit}, [this, why](int exitCode, const QString &said) {
                if (exitCode != 0)
                    return fail(why, said);
                // Restart: an almanacd already running runs the old command line until it does.
                systemctl({QStringLiteral("restart"), Unit}, [this](int exitCode, const QString &said) {
                    const QString notStarted = tr("almanacd starts at login now, but it did not start");
                    if (exitCode != 0)
                        return fail(notStarted, said);
                    // Started is not yet running: a store it cannot open stops it at once.
                    QTimer::singleShot(m_settleMs, this, [this, notStarted] {
                        show([this, notStarted](const Shown &shown) {
                            if (!shown.isRunning())
                                return fail(notStarted, tr("systemd says: %1").arg(shown.notRunning()));
                            succeed(tr("almanacd now publishes while the window is closed, and starts when you log "
                                       "in."));
                        });
                    });
                });
            });
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
        if (exitCode != 0)
            return fail(why, said);
        if (isAlmanacsUnit(unitFilePath()))
            QFile::remove(unitFilePath());
        systemctl({QStringLiteral("daemon-reload")}, [this, why](int, const QString &) {
            show([this, why](const Shown &shown) {
                if (shown.answered && shown.startsAtLogin()) // enabled for all users, or by hand
                    return fail(why, tr("almanacd still starts at login, set up by %1").arg(shown.setUpBy()));
                succeed(tr("almanacd has stopped: posts are published only while the window is open."));
            });
        });
    });
}

} // namespace Almanac
