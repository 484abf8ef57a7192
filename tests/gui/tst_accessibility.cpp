// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a person can reach has a name a screen reader can say (its
// text, its label's text through the buddy, or an accessible name).
#include "composer/composerdialog.h"
#include "importwizard/importwizard.h"
#include "mainwindow/exportdialog.h"
#include "mainwindow/mainwindow.h"
#include "secrets/secretstore.h"
#include "settings/accountsdialog.h"
#include "settings/settingsdialog.h"
#include "store/integrationrepository.h"
#include "sync/providersdialog.h"
#include "teststore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace Almanac;

namespace {

bool isControl(QWidget *w)
{
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
        || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
}

// Controls inside another control (a combo's line edit, a spin box's editor,
// a view's scroll bars or header buttons) are named by their owner.
bool isPartOfAnother(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QAbstractItemView *>(p)
            || qobject_cast<QTabBar *>(p))
            return true;
    return false;
}

// The names missing in a window: "class objectName" of each unnamed visible control.
QStringList unnamedControls(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !isControl(w) || isPartOfAnother(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.remove(u'&').isEmpty())
            out.append(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName());
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QApplication::setApplicationName(QStringLiteral("almanac-test"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QAccessible::setActive(true);
    }
    void everyControlHasAName();
    void everyWizardPageNamesItsControls();
};

void TestAccessibility::everyControlHasAName()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    store.addIntegration("int_b", "bluesky");
    MainWindow window(store.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MemorySecretStore secrets;

    QList<QWidget *> windows{&window};
    ComposerDialog *composer = window.newPost(QDate(2026, 4, 22), 9 * 60);
    windows.append(composer);
    ImportWizard *wizard = window.importCsv();
    windows.append(wizard);
    windows.append(window.showExport());
    windows.append(window.showSettings());
    auto *accounts = new AccountsDialog(store.database(), &secrets, &window);
    accounts->show();
    windows.append(accounts);
    auto *providers = new ProvidersDialog(store.database(), &secrets, &window);
    providers->show();
    windows.append(providers);

    QStringList problems;
    for (QWidget *w : std::as_const(windows)) {
        QTest::qWait(50);
        for (const QString &unnamed : unnamedControls(w))
            problems.append(QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(": no name: ") + unnamed);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::everyWizardPageNamesItsControls()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    MainWindow window(store.database());
    window.show();
    QTemporaryDir dir;
    QFile csv(dir.filePath("plan.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("content,integrations,schedule_at\nHello,int_x,2026-04-25T09:00:00Z\nBad,nobody,2026-04-25T09:00:00Z\n");
    csv.close();
    ImportWizard *wizard = window.importCsv(csv.fileName());
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
    QStringList problems = unnamedControls(wizard);
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    QTest::qWait(300);
    problems += unnamedControls(wizard);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
