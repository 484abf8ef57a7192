// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/movetimesdialog.h"

#include "ui/calendar/calendarstyle.h"

#include "models/domain/clock.h"
#include "models/domain/wallclock.h"

#include <QLocale>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Almanac {

namespace {

// `utc` read in `zone`, its date moved by `months` then `days`, its time of day kept.
QDateTime movedBy(qint64 utc, const QTimeZone &zone, int months, int days)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(utc, zone);
    return QDateTime(from.date().addMonths(months).addDays(days), from.time(), zone);
}

} // namespace

MoveTimesDialog::MoveTimesDialog(int rows, std::optional<qint64> earliest, std::optional<qint64> latest,
                                 const QTimeZone &zone, int daysAhead, QWidget *parent)
    : QDialog(parent)
    , m_earliest(earliest)
    , m_latest(latest)
    , m_lastAllowed(Clock::nowSecs() + qint64(daysAhead) * 86400)
    , m_zone(zone)
    , m_amount(new QSpinBox)
    , m_unit(new QComboBox)
    , m_where(new QLabel)
    , m_crowd(new QLabel)
    , m_move(nullptr)
{
    setObjectName(QStringLiteral("moveTimesDialog"));
    setWindowTitle(tr("Move Times"));
    m_amount->setObjectName(QStringLiteral("moveTimesAmount"));
    m_amount->setAccessibleName(tr("How far to move the times (below zero: earlier)"));
    m_unit->setObjectName(QStringLiteral("moveTimesUnit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "month" grows to "months"
    for (Unit unit : {Days, Weeks, Months, Years})
        m_unit->addItem(QString(), unit);
    m_where->setObjectName(QStringLiteral("moveTimesWhere"));
    m_where->setWordWrap(true);

    // A plan whose dates have passed (last year's, say): as many years as
    // bring its latest time ahead of now, unless that takes it past the reach,
    // then as many months as bring its earliest ahead. One too far ahead: as
    // many months back as bring its latest time within reach. Otherwise a week on.
    const qint64 now = Clock::nowSecs();
    int years = 0, months = 0; // the amount offered: years forward, else months (below zero: back)
    if (latest) {
        auto later = [&](qint64 utc, int by) { return movedBy(utc, zone, by, 0).toSecsSinceEpoch(); };
        if (*latest <= now) {
            while (years < 10 && later(*latest, 12 * years) <= now)
                ++years;
            if (later(*latest, 12 * years) > m_lastAllowed && earliest) {
                years = 0;
                months = 1;
                while (months < 120 && later(*earliest, months) <= now)
                    ++months;
            }
        } else if (*latest > m_lastAllowed) {
            while (months > -120 && later(*latest, months) > m_lastAllowed)
                --months;
        }
    }

    auto *by = new QHBoxLayout;
    auto *label = new QLabel(tr("&Move by:"));
    label->setBuddy(m_amount);
    by->addWidget(label);
    by->addWidget(m_amount);
    by->addWidget(m_unit);
    by->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_move = buttons->button(QDialogButtonBox::Ok);
    m_move->setText(tr("Move %Ln Row(s)", nullptr, rows));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each selected row's date moves, its time of day stays; each is checked again at "
                                "once. Below zero moves them earlier."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(by);
    layout->addWidget(m_where);
    m_crowd->setObjectName(QStringLiteral("moveTimesCrowd"));
    m_crowd->setWordWrap(true);
    m_crowd->setTextFormat(Qt::PlainText);
    m_crowd->hide();
    layout->addWidget(m_crowd);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QSpinBox::valueChanged, this, &MoveTimesDialog::amountChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &MoveTimesDialog::unitChosen);
    // Setting the unit sets the amount's reach and the units' words.
    m_unit->setCurrentIndex(years > 0 ? Years : months != 0 ? Months : Weeks);
    m_amount->setValue(years > 0 ? years : months != 0 ? months : 1);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void MoveTimesDialog::warnOfCrowd(int posts, qint64 utc, const QString &accounts)
{
    m_crowd->setText(tr("%Ln of these rows go to %1 at the same minute (%2), and moved they still will: most "
                        "networks take a burst like that as spam. Give them different times with Set a Column if "
                        "that is not meant.",
                        nullptr, posts)
                         .arg(accounts, shown(QDateTime::fromSecsSinceEpoch(utc, m_zone))));
    m_crowd->setStyleSheet(CalendarStyle::errorStyleSheet());
    m_crowd->show();
}

int MoveTimesDialog::months() const
{
    const int n = m_amount->value();
    switch (Unit(m_unit->currentData().toInt())) {
    case Months: return n;
    case Years: return 12 * n;
    default: return 0;
    }
}

int MoveTimesDialog::days() const
{
    const int n = m_amount->value();
    switch (Unit(m_unit->currentData().toInt())) {
    case Days: return n;
    case Weeks: return 7 * n;
    default: return 0;
    }
}

void MoveTimesDialog::unitChosen()
{
    // Ten years either way, in whichever unit.
    static constexpr int Reach[] = {3650, 520, 120, 10};
    const int reach = Reach[m_unit->currentData().toInt()];
    const QSignalBlocker quiet(m_amount);
    m_amount->setRange(-reach, reach);
    amountChanged();
}

void MoveTimesDialog::amountChanged()
{
    for (int i = 0; i < m_unit->count(); ++i) // "1 year", "2 years"
        m_unit->setItemText(i, unitWord(Unit(m_unit->itemData(i).toInt()), m_amount->value()));
    showWhere();
}

QString MoveTimesDialog::unitWord(Unit unit, int n)
{
    // The word after the amount, in the amount's plural form: the phrase with
    // the number taken out (the spin box shows it).
    const int count = qAbs(n);
    QString phrase;
    switch (unit) {
    case Days: phrase = tr("%Ln day(s)", nullptr, count); break;
    case Weeks: phrase = tr("%Ln week(s)", nullptr, count); break;
    case Months: phrase = tr("%Ln month(s)", nullptr, count); break;
    case Years: phrase = tr("%Ln year(s)", nullptr, count); break;
    }
    return phrase.remove(QLocale().toString(count)).trimmed(); // as %Ln wrote it: "1,200 days"
}

QString MoveTimesDialog::shown(const QDateTime &local) const
{
    return shortDateTime(local.date(), local.time().msecsSinceStartOfDay() / 60000);
}

QDateTime MoveTimesDialog::moved(qint64 utc) const
{
    return movedBy(utc, m_zone, months(), days());
}

void MoveTimesDialog::showWhere()
{
    if (!m_earliest || !m_latest) {
        m_where->setText(tr("None of the selected rows has a time that could be read: fix those with Set a Column."));
        m_move->setEnabled(false);
        return;
    }
    const QDateTime first = moved(*m_earliest), last = moved(*m_latest);
    QString where = *m_earliest == *m_latest
        ? tr("%1 becomes %2.").arg(shown(QDateTime::fromSecsSinceEpoch(*m_earliest, m_zone)), shown(first))
        : tr("The earliest, %1, becomes %2; the latest, %3, becomes %4.")
              .arg(shown(QDateTime::fromSecsSinceEpoch(*m_earliest, m_zone)), shown(first),
                   shown(QDateTime::fromSecsSinceEpoch(*m_latest, m_zone)), shown(last));
    // Said before, not found after: the rows are checked again once moved.
    if (first.toSecsSinceEpoch() <= Clock::nowSecs())
        where += u' ' + tr("Some would still be in the past.");
    if (last.toSecsSinceEpoch() > m_lastAllowed)
        where += u' ' + tr("Some would be further ahead than a post may be scheduled (%1).")
                            .arg(shown(QDateTime::fromSecsSinceEpoch(m_lastAllowed, m_zone)));
    m_where->setText(where);
    m_move->setEnabled(months() != 0 || days() != 0);
}

} // namespace Almanac
