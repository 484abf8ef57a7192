// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/confirmpage.h"

#include "app/importing/backgroundimport.h"
#include "models/domain/platform.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/importwizard/importwizard.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Almanac {

ConfirmPage::ConfirmPage()
    : m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_error(new QLabel)
{
    setTitle(tr("Confirm the Import"));
    setSubTitle(tr("Every post is added to the calendar, or none is: an import is never left half done."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_progress->setObjectName(QStringLiteral("confirmProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_error->setObjectName(QStringLiteral("confirmError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(CalendarStyle::errorStyleSheet());
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
}

void ConfirmPage::initializePage()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    const ImportPreviewModel::Summary s = wizard->previewModel()->summary();
    const QLocale locale;
    const QString zone = QString::fromUtf8(wizard->userZone().id());
    auto day = [&](qint64 utc) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(utc, wizard->userZone()).date(), QLocale::LongFormat);
    };
    QStringList lines;
    lines.append(tr("<b>%1</b> to %2 from <b>%3</b>.")
                     .arg(tr("%Ln post(s)", nullptr, int(s.posts)),
                          tr("%Ln account(s)", nullptr, s.integrations),
                          QFileInfo(wizard->filePath()).fileName().toHtmlEscaped()));
    if (s.first)
        lines.append(s.first == s.last || day(s.first) == day(s.last)
                         ? tr("On %1 (%2).").arg(day(s.first), zone)
                         : tr("Between %1 and %2 (%3).").arg(day(s.first), day(s.last), zone));
    lines.append(tr("%1 scheduled · %2 drafts").arg(locale.toString(s.scheduled), locale.toString(s.drafts)));
    QStringList platforms;
    for (auto it = s.perPlatform.cbegin(); it != s.perPlatform.cend(); ++it) {
        const Platform *p = PlatformCatalog::find(it.key());
        platforms.append(tr("%1 %2").arg(p ? p->displayName : it.key(), locale.toString(it.value())));
    }
    if (!platforms.isEmpty())
        lines.append(tr("Per platform: %1").arg(platforms.join(QStringLiteral(" · "))));
    if (s.excluded)
        lines.append(tr("%Ln row(s) excluded: recorded in the import history, not imported.", nullptr, int(s.excluded)));
    m_summary->setText(lines.join(QStringLiteral("<br><br>")));
    wizard->setButtonText(QWizard::CommitButton, tr("&Import %Ln Post(s)", nullptr, int(s.posts)));
    m_done = false;
    m_error->hide();
    m_progress->hide();
}

bool ConfirmPage::validatePage()
{
    if (m_done)
        return true;
    if (isWriting())
        return false;
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    delete m_import;
    m_import = new BackgroundImport(wizard->importOptions(false), this);
    connect(m_import, &BackgroundImport::progressed, this, [this](qint64 read, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(read * 1000 / total));
    });
    connect(m_import, &BackgroundImport::finished, this, &ConfirmPage::written);
    m_error->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_import->start();
    Q_EMIT completeChanged(); // the buttons wait while it writes
    return false;
}

bool ConfirmPage::isWriting() const
{
    return m_import && m_import->isRunning();
}

void ConfirmPage::written(const ImportOutcome &outcome)
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    m_progress->hide();
    if (outcome.committed()) {
        m_done = true;
        wizard->setImported(outcome);
        wizard->next();
        return;
    }
    switch (outcome.status) {
    case ImportOutcome::Status::Cancelled: m_error->setText(tr("The import was stopped; nothing was written.")); break;
    case ImportOutcome::Status::ValidationFailed:
        m_error->setText(tr("Nothing was imported: %Ln row(s) have errors now. Did the file or the accounts change "
                            "since the rows were checked? Go back to check them again.",
                            nullptr, int(outcome.rowsInvalid)));
        break;
    default: m_error->setText(tr("Nothing was imported: %1").arg(outcome.fileErrors.join(u' '))); break;
    }
    m_error->show();
    Q_EMIT completeChanged();
}

bool ConfirmPage::isComplete() const
{
    return !isWriting();
}

} // namespace Almanac
