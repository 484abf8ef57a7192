// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/csvdialect.h"
#include "models/validation/datetimeresolver.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Almanac {

// The second step: the detected dialect and delimiter, what each column is read
// as (auto-mapped by name and alias, changeable; unknown ones ignored), and the
// zone for times written without an offset. Remembered per header shape.
class MapPage final : public QWizardPage
{
    Q_OBJECT

public:
    MapPage();

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillColumns(CsvDialect dialect, const QStringList &names);
    void readChoices();
    // Says which order the file's dates show, when the date column changed:
    // the file is read on a worker (up to 8 MB), and Next waits for it.
    void showDateOrderFound(const DialectMapping &judged);
    void dateOrderRead(DateOrder found, bool numericDates);

    QLabel *m_detected;
    QComboBox *m_dialect;
    QTableWidget *m_columns;
    QComboBox *m_zone;
    QComboBox *m_dateOrder;
    QLabel *m_dateOrderFound; // what the file's own dates show
    int m_dateOrderColumn = -2; // the column m_dateOrderFound was read from
    QFutureWatcher<std::pair<DateOrder, bool>> *m_dateScan; // the file's dates, read off the window's thread
    int m_dateScans = 0; // each scan's number: an answer for an older column is dropped
    QLabel *m_problems;
    bool m_filling = false;
    bool m_valid = false;
};

} // namespace Almanac
