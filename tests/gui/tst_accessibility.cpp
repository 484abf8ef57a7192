// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a person can reach has a name a screen reader can say (its
// text, its label's text through the buddy, or an accessible name).
#include "app/secrets/secretstore.h"
#include "models/store/integrationrepository.h"
#include "shortcutletters.h"
#include "teststore.h"
#include "ui/composer/composerdialog.h"
#include "ui/importwizard/importwizard.h"
#include "ui/mainwindow/exportdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/accountsdialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sync/providersdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTranslator>
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

// The letter after the first single & ("&File" -> f), or none.
QChar mnemonic(const QString &text)
{
    const QList<QChar> letters = Test::shortcutLetters(text);
    return letters.isEmpty() ? QChar() : letters.first().toLower();
}

// Shortcut letters used twice among what one window shows at once, and within each menu.
QStringList clashes(QWidget *window)
{
    QStringList out;
    auto check = [&out](const QString &where, const QList<QString> &texts) {
        QHash<QChar, QString> seen;
        for (const QString &t : texts) {
            const QChar m = mnemonic(t);
            if (m.isNull())
                continue;
            if (seen.contains(m))
                out.append(QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(where, seen.value(m), t, m));
            else
                seen.insert(m, t);
        }
    };
    QList<QString> texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts.append(b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            texts.append(l->text());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        QList<QString> titles;
        for (QAction *a : main->menuBar()->actions()) {
            titles.append(a->text());
            QList<QMenu *> menus{a->menu()};
            while (!menus.isEmpty()) {
                QMenu *menu = menus.takeFirst();
                if (!menu)
                    continue;
                QList<QString> items;
                for (QAction *item : menu->actions()) {
                    items.append(item->text());
                    if (item->menu())
                        menus.append(item->menu());
                }
                check(QStringLiteral("menu ") + menu->title(), items);
            }
        }
        check(QStringLiteral("menu bar"), titles);
    }
    check(QString::fromLatin1(window->metaObject()->className()), texts);
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
        QApplication::setApplicationName(QStringLiteral("almanac-tst_accessibility")); // its own settings: GUI tests run side by side
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QAccessible::setActive(true);
    }
    void everyControlHasAName();
    void everyWizardPageNamesItsControls();
    void shortcutLettersDoNotClash_data();
    void shortcutLettersDoNotClash();
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

void TestAccessibility::shortcutLettersDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    for (const char *l : {"en", "de", "fr", "es"})
        QTest::newRow(l) << QString::fromLatin1(l);
}

void TestAccessibility::shortcutLettersDoNotClash()
{
    QFETCH(QString, language);
    // Texts are set when the widgets are made: the catalogs go in first.
    QTranslator qt, own;
    if (qt.load(QLocale(language), "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    QVERIFY(own.load(QLocale(language), "almanac", "_", ":/i18n"));
    QCoreApplication::installTranslator(&own);

    Test::TestStore store;
    store.addIntegration("int_x", "x");
    MemorySecretStore secrets;
    QStringList problems;
    {
        MainWindow window(store.database());
        window.show();
        window.startSync(&secrets);
        problems += clashes(&window);
        QList<QWidget *> dialogs{window.newPost(QDate(2026, 4, 22), 9 * 60), window.importCsv(), window.showExport(),
                                 window.showSettings(), new AccountsDialog(store.database(), &secrets, &window),
                                 new ProvidersDialog(store.database(), &secrets, &window)};
        for (QWidget *d : dialogs) {
            d->show();
            problems += clashes(d);
        }
        // The composer on each platform's tab, and editing a post (Duplicate, Delete shown).
        auto *composer = window.findChild<ComposerDialog *>();
        auto *editorTabs = composer->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
        for (int i = 1; i < editorTabs->count(); ++i) {
            editorTabs->setCurrentIndex(i);
            problems += clashes(composer);
        }
        composer->findChild<QWidget *>(QStringLiteral("duplicateButton"))->show();
        composer->findChild<QWidget *>(QStringLiteral("deleteButton"))->show();
        problems += clashes(composer);
        // Publishing Accounts for each kind of account (each has its own labels).
        auto *accounts = window.findChild<AccountsDialog *>();
        auto *kind = accounts->findChild<QComboBox *>(QStringLiteral("accountKind"));
        for (int i = 0; i < kind->count(); ++i) {
            kind->setCurrentIndex(i);
            problems += clashes(accounts);
        }
        // Every tab of Settings, one at a time.
        auto *settings = window.findChild<SettingsDialog *>();
        auto *tabs = settings->findChild<QTabWidget *>();
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            problems += clashes(settings);
        }
    }
    QCoreApplication::removeTranslator(&own);
    QCoreApplication::removeTranslator(&qt);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
