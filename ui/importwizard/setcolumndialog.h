// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QStackedWidget;

namespace Almanac {

struct DialectMapping;

// Edit > Set a Column for the selected rows of the preview: which of the
// file's columns, and the value every selected row gets (a date and time
// with a calendar for the time's column, text for the others).
class SetColumnDialog final : public QDialog
{
    Q_OBJECT

public:
    // `headers`: the file's column names; `mapping`: what each is read as;
    // `zone`: the zone the file's times are read in; `accounts`: the ids and
    // platforms an integrations column may name, offered as it is typed.
    SetColumnDialog(const QStringList &headers, const DialectMapping &mapping, int rows, const QTimeZone &zone,
                    int defaultMinute, const QStringList &accounts, QWidget *parent = nullptr);

    int column() const;
    void chooseColumn(int column); // the file's column, as column() gives it
    QString value() const;

private:
    void columnChosen();

    QComboBox *m_column;
    QStackedWidget *m_editors;
    QLineEdit *m_text;
    QDateTimeEdit *m_when;
    int m_scheduleColumn;
    QList<QStringList> m_accepted; // by column: the words it takes, where it takes a few
};

} // namespace Almanac
