// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings/appsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Almanac;

namespace {

// Every key and value of the settings file at `path`, as text.
QStringList contentsOf(const QString &path)
{
    QSettings file(path, QSettings::IniFormat);
    QStringList lines;
    for (const QString &key : file.allKeys())
        lines.append(key + u'=' + file.value(key).toString());
    return lines;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's own settings
        QCoreApplication::setOrganizationName(QStringLiteral("almanac-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    }

    // The demo (almanac --demo) starts from the user's settings and changes
    // only a copy that goes with it.
    void aThrowawayCopyStartsFromTheUsersAndLeavesThemAlone()
    {
        QSettings().clear();
        {
            AppSettings user;
            user.setLanguage(QStringLiteral("de"));
            user.setPublishGraceMinutes(45);
            user.setImportMapping({QStringLiteral("Text"), QStringLiteral("When")},
                                  {QStringLiteral("openpost"), {QStringLiteral("content"), QStringLiteral("schedule_at")},
                                   QStringLiteral("dmy")});
        }
        const QString userFile = QSettings().fileName();
        QSettings().sync();
        const QStringList before = contentsOf(userFile);
        QVERIFY(before.size() >= 3);

        QTemporaryDir demo;
        AppSettings::useThrowawayCopy(demo.path());
        QVERIFY2(QSettings().fileName().startsWith(demo.path()), qPrintable(QSettings().fileName()));
        AppSettings copy;
        QCOMPARE(copy.language(), QStringLiteral("de"));
        QCOMPARE(copy.publishGraceMinutes(), 45);
        const auto mapping = copy.importMapping({QStringLiteral("Text"), QStringLiteral("When")});
        QVERIFY(mapping);
        QCOMPARE(mapping->dateOrder, QStringLiteral("dmy"));

        copy.setLanguage(QStringLiteral("fr"));
        copy.setPublishGraceMinutes(90);
        copy.addRecentFile(QStringLiteral("/tmp/plan.csv"));
        QCOMPARE(AppSettings().language(), QStringLiteral("fr"));
        QSettings().sync();
        QCOMPARE(contentsOf(userFile), before);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
