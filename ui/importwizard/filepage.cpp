// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/filepage.h"

#include "app/settings/appsettings.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/importwizard/importwizard.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace Almanac {

FilePage::FilePage()
    : m_dropZone(new QLabel)
    , m_fileName(new QLabel)
    , m_error(new QLabel)
{
    setTitle(tr("Choose a CSV File"));
    setSubTitle(tr("A content plan in the OpenPost or the bundle.social format: one row per post."));
    setAcceptDrops(true);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setText(tr("Drop a CSV file here"));
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setMinimumHeight(160);
    m_dropZone->setFrameShape(QFrame::StyledPanel);
    m_dropZone->setStyleSheet(QStringLiteral("QLabel#dropZone { border: 2px dashed palette(mid); border-radius: 8px; "
                                             "font-size: 15px; color: palette(placeholder-text); }"));
    auto *choose = new QPushButton(tr("&Choose File…"));
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_fileName->setObjectName(QStringLiteral("fileName"));
    m_fileName->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(CalendarStyle::errorStyleSheet());
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dropZone, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(choose);
    row->addWidget(m_fileName, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    connect(choose, &QPushButton::clicked, this, &FilePage::browse);
}

void FilePage::browse()
{
    AppSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), settings.lastImportFolder(),
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastImportFolder(QFileInfo(path).absolutePath());
    chooseFile(path);
}

void FilePage::chooseFile(const QString &path)
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    const CsvProbe probe = probeCsvFile(path);
    wizard->setFile(path, probe);
    const QFileInfo info(path);
    m_fileName->setText(tr("<b>%1</b> (%2)").arg(info.fileName().toHtmlEscaped(), QLocale().formattedDataSize(info.size())));
    m_readable = probe.error.isEmpty();
    m_error->setText(probe.error.isEmpty() ? QString() : tr("This file cannot be imported: %1").arg(probe.error));
    m_error->setVisible(!m_readable);
    Q_EMIT completeChanged();
}

bool FilePage::isComplete() const
{
    return m_readable;
}

void FilePage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void FilePage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    chooseFile(urls.first().toLocalFile());
    if (m_readable)
        wizard()->next();
}

} // namespace Almanac
