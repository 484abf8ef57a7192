// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/mappage.h"

#include "app/settings/appsettings.h"
#include "ui/importwizard/importwizard.h"

#include <QComboBox>
#include <QtConcurrent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Almanac {

namespace {

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';': return MapPage::tr("semicolon-separated");
    case '\t': return MapPage::tr("tab-separated");
    default: return MapPage::tr("comma-separated");
    }
}

} // namespace

MapPage::MapPage()
    : m_detected(new QLabel)
    , m_dialect(new QComboBox)
    , m_columns(new QTableWidget)
    , m_zone(new QComboBox)
    , m_dateOrder(new QComboBox)
    , m_dateOrderFound(new QLabel)
    , m_dateScan(new QFutureWatcher<std::pair<DateOrder, bool>>(this))
    , m_problems(new QLabel)
{
    setTitle(tr("Map the Columns"));
    setSubTitle(tr("Check what each column of the file means. Columns Almanac does not know are ignored "
                   "(their values are kept in the import history)."));
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_dialect->setObjectName(QStringLiteral("dialectCombo"));
    for (CsvDialect d : {CsvDialect::OpenPost, CsvDialect::BundleSocial})
        m_dialect->addItem(csvDialectDisplayName(d), int(d));
    m_columns->setObjectName(QStringLiteral("mappingTable"));
    m_columns->setAccessibleName(tr("Columns of the file and what each is read as"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Read as")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setToolTip(tr("Times in the file without an offset (such as 2026-05-01 09:00) are read in this zone."));
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("Found from its dates (a day after the 12th shows the order)"), int(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (31/12/2027, 31.12.2027)"), int(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month first (12/31/2027)"), int(DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Year first (2027/12/31)"), int(DateOrder::YearMonthDay));
    m_dateOrder->setToolTip(tr("How dates such as 05/03/2027 are read: 5 March (day first) or 3 May (month first)."));
    m_dateOrderFound->setObjectName(QStringLiteral("dateOrderFound"));
    m_dateOrderFound->setWordWrap(true);
    m_dateOrderFound->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Detected:"), m_detected);
    form->addRow(tr("&Format:"), m_dialect);
    form->addRow(tr("Times without an offset are in:"), m_zone);
    form->addRow(tr("Dates are &written:"), m_dateOrder);
    form->addRow(QString(), m_dateOrderFound);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_problems);

    connect(m_dialect, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        // Another dialect: map the file's own names again in its terms.
        const auto dialect = CsvDialect(m_dialect->currentData().toInt());
        const DialectMapping detected = DialectDetector::map(static_cast<ImportWizard *>(wizard())->probe().header, dialect);
        QStringList names;
        for (const ColumnBinding &c : detected.columns)
            names.append(DialectDetector::canonicalName(dialect, c));
        fillColumns(dialect, names);
        readChoices();
    });
    for (QComboBox *choice : {m_zone, m_dateOrder})
        connect(choice, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                readChoices();
        });
}

void MapPage::initializePage()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    const CsvProbe &probe = wizard->probe();
    const DialectMapping detected = DialectDetector::map(probe.header);
    CsvDialect dialect = detected.dialect;
    QStringList names;
    for (const ColumnBinding &c : detected.columns)
        names.append(DialectDetector::canonicalName(dialect, c));
    // A header seen before keeps the mapping the user chose for it.
    DateOrder order = DateOrder::Unknown;
    if (const auto remembered = AppSettings().importMapping(probe.header)) {
        if (const auto d = csvDialectFromName(remembered->dialect)) {
            dialect = *d;
            names = remembered->columnNames;
            order = dateOrderFromName(remembered->dateOrder).value_or(DateOrder::Unknown);
        }
    }
    m_detected->setText(tr("%1, %2, %Ln column(s)", nullptr, int(probe.header.size()))
                            .arg(csvDialectDisplayName(detected.dialect), delimiterName(probe.delimiter)));
    m_filling = true;
    m_dialect->setCurrentIndex(m_dialect->findData(int(dialect)));
    // The user's zone may be an alias the zone list does not hold ("Etc/UTC"): add it.
    const QString zone = QString::fromUtf8(wizard->userZone().id());
    if (m_zone->findText(zone) < 0)
        m_zone->insertItem(0, zone);
    m_zone->setCurrentIndex(m_zone->findText(zone));
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(order)));
    m_filling = false;
    m_dateOrderColumn = -2; // another file: read its dates again
    fillColumns(dialect, names);
    readChoices();
}

void MapPage::fillColumns(CsvDialect dialect, const QStringList &names)
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    const QStringList &header = wizard->probe().header;
    const QStringList firstRow = wizard->probe().firstRow;
    const QStringList fields = DialectDetector::fieldNames(dialect);
    m_filling = true;
    m_columns->setRowCount(int(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        auto *name = new QTableWidgetItem(header.at(i).isEmpty() ? tr("(column %1)").arg(i + 1) : header.at(i));
        m_columns->setItem(i, 0, name);
        auto *sample = new QTableWidgetItem(firstRow.value(i).simplified().left(120));
        sample->setForeground(palette().placeholderText());
        m_columns->setItem(i, 1, sample);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("readAs_%1").arg(i));
        combo->addItem(tr("(ignored)"), QString());
        for (const QString &f : fields) { // in words; the column name the dialect uses in the tooltip
            combo->addItem(DialectDetector::fieldLabel(dialect, f), f);
            combo->setItemData(combo->count() - 1, f, Qt::ToolTipRole);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(names.value(i))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                readChoices();
        });
        m_columns->setCellWidget(i, 2, combo);
    }
    m_filling = false;
}

void MapPage::readChoices()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    ImportWizard::Mapping mapping;
    mapping.dialect = CsvDialect(m_dialect->currentData().toInt());
    for (int i = 0; i < m_columns->rowCount(); ++i)
        mapping.columnNames.append(static_cast<QComboBox *>(m_columns->cellWidget(i, 2))->currentData().toString());
    mapping.zone = QTimeZone(m_zone->currentText().toUtf8());
    mapping.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    wizard->setMapping(mapping);
    const DialectMapping judged = wizard->dialectMapping();
    m_valid = judged.isValid();
    showDateOrderFound(judged);
    QStringList lines;
    for (const QString &e : judged.errors)
        lines.append(QStringLiteral("<span style=\"color:#d73027\">%1</span>").arg(e.toHtmlEscaped()));
    const int ignored = int(std::count(mapping.columnNames.cbegin(), mapping.columnNames.cend(), QString()));
    if (ignored)
        lines.append(tr("%Ln column(s) will be ignored.", nullptr, ignored));
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    Q_EMIT completeChanged();
}

void MapPage::showDateOrderFound(const DialectMapping &judged)
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    const int column = judged.isValid() ? judged.scheduleColumn() : -1;
    if (column == m_dateOrderColumn)
        return;
    m_dateOrderColumn = column;
    const int scan = ++m_dateScans;
    if (column < 0)
        return dateOrderRead(DateOrder::Unknown, false);
    // The first 8 MB say it for any file a person wrote (the import reads all
    // of it); reading them takes a moment, so not on the window's thread.
    m_dateOrderFound->setText(tr("Reading how this file writes its dates…"));
    m_dateOrderFound->setVisible(true);
    Q_EMIT completeChanged();
    m_dateScan->disconnect(this);
    connect(m_dateScan, &QFutureWatcherBase::finished, this, [this, scan] {
        if (scan != m_dateScans)
            return Q_EMIT completeChanged(); // the column changed since: only Next's state follows
        const auto [found, numericDates] = m_dateScan->result();
        dateOrderRead(found, numericDates);
    });
    m_dateScan->setFuture(QtConcurrent::run([path = wizard->filePath(), judged] {
        bool numericDates = false;
        const DateOrder found = dateOrderOfFile(path, judged, 8 << 20, &numericDates);
        return std::pair{found, numericDates};
    }));
}

void MapPage::dateOrderRead(DateOrder found, bool numericDates)
{
    static_cast<ImportWizard *>(wizard())->setFileDateOrder(found);
    switch (found) {
    case DateOrder::DayMonthYear:
        m_dateOrderFound->setText(tr("This file writes the day first: some of its dates have a day above 12."));
        break;
    case DateOrder::MonthDayYear:
        m_dateOrderFound->setText(tr("This file writes the month first: some of its dates have a day above 12 "
                                     "in second place."));
        break;
    case DateOrder::YearMonthDay: // 2027-03-05 reads one way only: nothing to ask
        m_dateOrderFound->clear();
        break;
    case DateOrder::Unknown:
        m_dateOrderFound->setText(numericDates ? tr("Nothing in this file shows whether a date written like 05/03/2027 "
                                                    "means 5 March or 3 May: choose how its dates are written.")
                                               : QString());
        break;
    }
    m_dateOrderFound->setVisible(!m_dateOrderFound->text().isEmpty());
    Q_EMIT completeChanged();
}

bool MapPage::isComplete() const
{
    return m_valid && !m_dateScan->isRunning();
}

bool MapPage::validatePage()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    AppSettings().setImportMapping(wizard->probe().header,
                                   {csvDialectName(wizard->mapping().dialect), wizard->mapping().columnNames,
                                    dateOrderName(wizard->mapping().dateOrder)});
    return true;
}

} // namespace Almanac
