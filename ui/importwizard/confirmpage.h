// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace Almanac {

class BackgroundImport;
struct ImportOutcome;

// The fourth step: what Confirm will write (posts, accounts, dates, drafts and
// scheduled, per platform, rows excluded), then the write itself on a worker
// with a progress bar: every post, its targets, the import and its rows in one
// transaction.
class ConfirmPage final : public QWizardPage
{
    Q_OBJECT

public:
    ConfirmPage();

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    bool isWriting() const;

private:
    void written(const ImportOutcome &outcome);

    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_error;
    BackgroundImport *m_import = nullptr;
    bool m_done = false;
};

} // namespace Almanac
