// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/exportdialog.h"

#include "models/store/database.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "ui/calendar/datetimetyping.h"
#include "ui/mainwindow/workerprogress.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Almanac {

ExportDialog::ExportDialog(Database &database, const QStringList &selectedPostIds, QDate firstDay, QDate lastDay,
                           const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_selected(selectedPostIds)
    , m_zone(zone)
    , m_format(new QComboBox)
    , m_about(new QLabel)
    , m_teamId(new QLineEdit)
    , m_teamLabel(new QLabel(tr("&Team ID:")))
    , m_all(new QRadioButton)
    , m_selection(new QRadioButton)
    , m_range(new QRadioButton(tr("&Days from")))
    , m_from(new QDateEdit(firstDay))
    , m_to(new QDateEdit(lastDay))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Posts"));

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("OpenPost CSV"), int(ExportFormat::OpenPostCsv));
    m_format->addItem(tr("bundle.social CSV"), int(ExportFormat::BundleSocialCsv));
    m_format->addItem(tr("JSON (everything)"), int(ExportFormat::Json));
    m_format->addItem(tr("iCalendar (for calendar apps)"), int(ExportFormat::ICalendar));
    m_format->setAccessibleName(tr("Format"));
    m_about->setWordWrap(true);
    m_about->setObjectName(QStringLiteral("exportFormatAbout"));
    m_about->setMinimumWidth(420);
    m_teamId->setObjectName(QStringLiteral("exportTeamId"));
    m_teamId->setAccessibleName(tr("bundle.social team ID"));
    m_teamId->setPlaceholderText(tr("from bundle.social's team settings"));
    m_teamLabel->setBuddy(m_teamId);
    // The team of a bundle.social account Almanac already syncs to, if there is one.
    for (const ProviderAccount &a : ProviderRepository(database.connection()).list())
        if (a.kind == u"bundlesocial" && !a.teamId.isEmpty()) {
            m_teamId->setText(a.teamId);
            break;
        }

    const qint64 total = PostRepository(database.connection()).count();
    m_all->setText(tr("&All posts (%Ln)", nullptr, int(total)));
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_selection->setText(tr("&Selected posts (%Ln)", nullptr, int(selectedPostIds.size())));
    m_selection->setObjectName(QStringLiteral("exportSelection"));
    m_selection->setEnabled(!selectedPostIds.isEmpty());
    m_range->setObjectName(QStringLiteral("exportRange"));
    (selectedPostIds.isEmpty() ? m_all : m_selection)->setChecked(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        DateTimeTyping::install(edit);
        edit->setEnabled(false);
        connect(m_range, &QRadioButton::toggled, edit, &QWidget::setEnabled);
    }
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_to->setAccessibleName(tr("Last day"));
    auto *scopes = new QButtonGroup(this);
    for (QRadioButton *b : {m_all, m_selection, m_range})
        scopes->addButton(b);

    auto *which = new QGroupBox(tr("Posts"));
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_all);
    whichLayout->addWidget(m_selection);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_from);
    auto *through = new QLabel(tr("through"));
    rangeRow->addWidget(through);
    rangeRow->addWidget(m_to);
    rangeRow->addStretch();
    whichLayout->addLayout(rangeRow);

    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format:"));
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(QString(), m_about);
    form->addRow(m_teamLabel, m_teamId);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *go = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("exportButton"));
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::askAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this, go] {
        const bool needsTeam = options().format == ExportFormat::BundleSocialCsv;
        go->setEnabled((!needsTeam || !m_teamId->text().trimmed().isEmpty()) && m_from->date() <= m_to->date());
    };
    connect(m_teamId, &QLineEdit::textChanged, this, validate);
    connect(m_from, &QDateEdit::dateChanged, this, validate);
    connect(m_to, &QDateEdit::dateChanged, this, validate);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, validate] {
        updateForFormat();
        validate();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(which);
    layout->addWidget(buttons);
    updateForFormat();
    validate();
}

void ExportDialog::updateForFormat()
{
    switch (options().format) {
    case ExportFormat::OpenPostCsv:
        m_about->setText(tr("A spreadsheet in OpenPost's columns that Almanac and OpenPost read back. Alt text and "
                            "media meant for one platform only are not carried."));
        break;
    case ExportFormat::BundleSocialCsv:
        m_about->setText(tr("A spreadsheet in bundle.social's columns, ready for its CSV import. Tags, alt text and "
                            "post types are not carried."));
        break;
    case ExportFormat::Json:
        m_about->setText(tr("Every field of every post, for another Almanac or your own scripts; Almanac imports it "
                            "back whole."));
        break;
    case ExportFormat::ICalendar:
        m_about->setText(tr("One event per dated post in UTC, for Google Calendar, Outlook or Apple Calendar. "
                            "Exporting again updates the same events."));
        break;
    }
    const bool bundle = options().format == ExportFormat::BundleSocialCsv;
    m_teamId->setVisible(bundle);
    m_teamLabel->setVisible(bundle);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    o.teamId = m_teamId->text().trimmed();
    if (m_selection->isChecked()) {
        o.scope.postIds = m_selected;
    } else if (m_range->isChecked()) {
        o.scope.from = QDateTime(m_from->date(), QTime(0, 0), m_zone).toSecsSinceEpoch();
        o.scope.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
    }
    return o;
}

void ExportDialog::askAndExport()
{
    const ExportFormat format = options().format;
    const QString suffix = exportFormatSuffix(format);
    const QString filter = format == ExportFormat::Json        ? tr("JSON files (*.json)")
                           : format == ExportFormat::ICalendar ? tr("Calendar files (*.ics)")
                                                               : tr("CSV files (*.csv)");
    const QString suggested = QDir::home().filePath(
        tr("Almanac posts %1").arg(QDate::currentDate().toString(Qt::ISODate)) + u'.' + suffix);
    QString file = QFileDialog::getSaveFileName(this, tr("Export Posts"), suggested, filter);
    if (file.isEmpty())
        return;
    if (!file.contains(u'.'))
        file += u'.' + suffix;
    exportTo(file);
}

void ExportDialog::exportTo(const QString &file)
{
    const ExportOptions options = this->options();
    const QString store = m_database.path();
    setEnabled(false);
    runWithProgress<Result<ExportOutcome>>(
        this, tr("Exporting to %1…").arg(QDir::toNativeSeparators(file)),
        [store, file, options](const WorkerProgress &progress) -> Result<ExportOutcome> {
            // Its own connection: QtSql connections belong to the thread that opened them.
            Database db(QStringLiteral("almanac-export-") + QUuid::createUuid().toString(QUuid::Id128));
            if (auto r = db.open(store); !r)
                return Error{r.error()};
            return PostExporter(db.connection(), options).writeFile(file, [&progress](qint64 done, qint64 total) {
                return progress(total ? double(done) / double(total) : 1.0);
            });
        },
        [this, file](const Result<ExportOutcome> &r) {
            setEnabled(true);
            if (!r) {
                Q_EMIT finished(false, r.error(), {});
                return; // the dialog stays, to try another place or format
            }
            QString message = tr("Exported %Ln post(s) to %1.", nullptr, int(r.value().posts))
                                  .arg(QDir::toNativeSeparators(file));
            Q_EMIT finished(true, message, r.value().notes);
            accept();
        });
}

} // namespace Almanac
