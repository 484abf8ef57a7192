// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Almanac {

// The last step: what was imported, with Undo Import (removes exactly those
// posts, in one transaction) and the way to the import history.
class ResultPage final : public QWizardPage
{
    Q_OBJECT

public:
    ResultPage();

    void initializePage() override;
    // Undo Import ended: the posts are gone (undone), or it may be tried again.
    void showUndone(bool undone);

private:
    QLabel *m_result;
    QPushButton *m_undo;
};

} // namespace Almanac
