// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMainWindow;

namespace Almanac {

// Help → Keyboard Shortcuts: every menu command that has keys, read from the
// window's own actions (so the list never drifts from them), then the keys
// that work inside a view or dialog (the calendar's days and posts, the
// composer, the import preview), which no menu lists.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);
};

} // namespace Almanac
