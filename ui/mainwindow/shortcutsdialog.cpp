// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/shortcutsdialog.h"

#include "ui/mainwindow/appearance.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Almanac {

namespace {

// A menu's text as read: without its mnemonic marks.
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void addRow(QTableWidget *table, const QString &what, const QString &keys)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(what));
    table->setItem(row, 1, new QTableWidgetItem(keys));
}

void addSection(QTableWidget *table, const QString &title)
{
    const int row = table->rowCount();
    table->insertRow(row);
    auto *item = new QTableWidgetItem(title);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    table->setItem(row, 0, item);
    table->setSpan(row, 0, 1, 2);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    Appearance::fitToScreen(this, QSize(560, 640));
    auto *table = new QTableWidget(0, 2);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("What"), tr("Keys")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);

    // The menus, in their order: each command with keys, once.
    QList<const QAction *> listed;
    for (const QAction *menuAction : window->menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        bool titled = false;
        for (const QAction *action : menu->actions()) {
            if (action->shortcuts().isEmpty() || listed.contains(action))
                continue;
            if (!titled) {
                addSection(table, plain(menu->title()));
                titled = true;
            }
            addRow(table, plain(action->text()), keysOf(action));
            listed.append(action);
        }
    }
    // Keys of the window itself, not in a menu (Find: to the search box).
    bool titled = false;
    for (const QAction *action : window->actions()) {
        if (action->shortcuts().isEmpty() || listed.contains(action))
            continue;
        if (!titled) {
            addSection(table, tr("In the window"));
            titled = true;
        }
        addRow(table, plain(action->text()), keysOf(action));
    }

    addSection(table, tr("In the calendar"));
    addRow(table, tr("Move between days"), tr("Arrow keys"));
    addRow(table, tr("Select the day's posts one by one"), tr("Tab, Shift+Tab"));
    addRow(table, tr("Open the selected post, or start one on the day"), tr("Enter"));
    addRow(table, tr("Delete the selected posts"), tr("Delete"));
    addRow(table, tr("Clear the selection"), tr("Esc"));
    addRow(table, tr("Copy a post while dragging it"), tr("Ctrl, held"));
    addSection(table, tr("In the composer"));
    addRow(table, tr("Schedule the post"), tr("Ctrl+Enter"));
    addRow(table, tr("AM or PM in a time"), tr("A or P"));
    addSection(table, tr("In the import preview"));
    addRow(table, tr("Fix a cell"), tr("F2, or a double-click"));
    addRow(table, tr("Include or leave out the selected rows"), tr("Space"));
    addRow(table, tr("Select every row shown"), tr("Ctrl+A"));
    addRow(table, tr("Undo, redo a step"), tr("Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y"));
    addSection(table, tr("In the search box"));
    addRow(table, tr("Clear the search"), tr("Esc"));
    table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
}

} // namespace Almanac
