// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/demodata.h"
#include "app/secrets/secretstore.h"
#include "app/settings/appsettings.h"
#include "app/settings/languages.h"
#include "models/domain/clock.h"
#include "models/store/database.h"
#include "ui/mainwindow/appearance.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("almanac")); // settings in ~/.config/almanac/almanac.conf
    QApplication::setApplicationName(QStringLiteral("almanac"));
    QApplication::setApplicationDisplayName(QStringLiteral("Almanac"));
    QApplication::setApplicationVersion(QStringLiteral(ALMANAC_VERSION));
    // The installed .desktop file's id, so Wayland compositors and docks match the window to it.
    QApplication::setDesktopFileName(QStringLiteral("app.almanac.Almanac"));
    QIcon icon = QIcon::fromTheme(QStringLiteral("app.almanac.Almanac"));
    if (icon.isNull()) // not installed (a build tree, a portable copy): the bundled sizes
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/almanac-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // Almanac's and Qt's own texts in the language chosen in Settings, else the system's.
    Almanac::Languages::install(Almanac::AppSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Almanac, the offline-first content calendar."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Use the store at PATH."),
                                QStringLiteral("PATH"), Almanac::Database::defaultPath());
    parser.addOption(db);
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Try Almanac on a sample content plan in a "
                                                                  "temporary store (your own store is not touched)."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), QApplication::translate("main", "A CSV file to import."),
                                 QStringLiteral("[FILE.csv]"));
    parser.process(app);
    Almanac::Appearance::apply(Almanac::AppSettings().palette());

    QTemporaryDir demoDir;
    if (parser.isSet(demo)) // what the demo's Settings change goes with it
        Almanac::AppSettings::useThrowawayCopy(demoDir.path());
    const QString storePath = parser.isSet(demo) ? demoDir.filePath(QStringLiteral("demo.sqlite")) : parser.value(db);
    // One window per store: a second start hands its files to the first and ends.
    std::unique_ptr<Almanac::SingleInstance> instance;
    if (!parser.isSet(demo)) {
        instance = std::make_unique<Almanac::SingleInstance>(storePath);
        if (instance->handOver(parser.positionalArguments()))
            return 0;
        instance->listen(); // without it, later starts open a window of their own
    }
    Almanac::Database database;
    if (auto opened = database.open(storePath); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Almanac cannot start"),
                              QApplication::translate("main", "The store could not be opened.\n\n%1").arg(opened.error()));
        return 1;
    }
    if (parser.isSet(demo)) {
        if (auto filled = Almanac::DemoData::fill(database, Almanac::Clock::nowSecs(), Almanac::AppSettings().timeZone());
            !filled) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Almanac cannot start"), filled.error());
            return 1;
        }
    }

    Almanac::KeychainSecretStore keychain;
    Almanac::MemorySecretStore demoSecrets; // the demo never asks the user's keychain for anything
    Almanac::MainWindow window(database);
    window.setThrowawayStore(parser.isSet(demo)); // the user's own almanacd is left as it is
    window.show();
    if (instance)
        QObject::connect(instance.get(), &Almanac::SingleInstance::filesReceived, &window, &Almanac::MainWindow::openFiles);
    window.startSync(parser.isSet(demo) ? static_cast<Almanac::SecretStore *>(&demoSecrets) : &keychain);
    if (!parser.isSet(demo))
        window.startDailyBackups();
    if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().first();
        QTimer::singleShot(0, &window, [&window, file] { window.importCsv(file); });
    }
    return app.exec();
}
