// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace Almanac {

// The first step: drop a CSV file on the page (or choose one). The file gets a
// first look at once; one Almanac cannot read is refused here, with the reason
// and the line, and nothing goes further.
class FilePage final : public QWizardPage
{
    Q_OBJECT

public:
    FilePage();

    void chooseFile(const QString &path);
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();

    QLabel *m_dropZone;
    QLabel *m_fileName;
    QLabel *m_error;
    bool m_readable = false;
};

} // namespace Almanac
