// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimeZone>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Almanac {

// Move Times for the selected rows of the preview: later (or earlier) by some
// days, weeks, months or years, each row keeping its time of day; says where
// the earliest of them lands. For a plan whose dates have passed, it offers
// the years that bring them all ahead of now.
class MoveTimesDialog final : public QDialog
{
    Q_OBJECT

public:
    // `earliest`, `latest`: the selected rows' times (UTC), if any has one;
    // `zone`: the zone the file's times are read in; `daysAhead`: how far
    // ahead a post may be scheduled.
    MoveTimesDialog(int rows, std::optional<qint64> earliest, std::optional<qint64> latest, const QTimeZone &zone,
                    int daysAhead, QWidget *parent = nullptr);

    int months() const;
    int days() const;
    // `posts` of the rows go to `accounts` at one minute, `utc`: said, as
    // moving keeps them together (a walk moved 28,691 posts to one midnight).
    void warnOfCrowd(int posts, qint64 utc, const QString &accounts);

    enum Unit { Days, Weeks, Months, Years };

private:
    void unitChosen();
    void amountChanged();
    void showWhere();
    static QString unitWord(Unit unit, int n);
    QString shown(const QDateTime &local) const;

    QDateTime moved(qint64 utc) const;

    const std::optional<qint64> m_earliest, m_latest;
    const qint64 m_lastAllowed; // now + the days a post may be ahead
    const QTimeZone m_zone;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QLabel *m_where;
    QLabel *m_crowd;
    QPushButton *m_move;
};

} // namespace Almanac
