// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/outboxrepository.h"

#include <QSqlDatabase>
#include <QModelIndexList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Almanac {

class FailedTargetsModel;

// The Failed view: every destination that failed, with the reason; Retry
// Selected, and Retry All in Range (failed between two days).
class FailedPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FailedPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void reload();
    // Room for its buttons and eight rows: the dock opens at it (it opened at
    // about three, squeezed by the panel beside it).
    QSize sizeHint() const override;
    FailedTargetsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Asks for the range, then requests the retry (public for the menu and tests).
    void retryRange();

    // The user checked: the selected unconfirmed destinations went out.
    void confirmSelectedPublished();

Q_SIGNALS:
    void retryRequested(const Almanac::OutboxRepository::FailedFilter &filter);
    void confirmedPublished(int destinations);
    void openPostRequested(const QString &postId);

private:
    void updateButtons();
    // The selected rows' first cells, by walking the selection's ranges (selectedRows() is quadratic in them).
    QModelIndexList selectedIndexes() const;

    FailedTargetsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_retrySelected;
    QPushButton *m_retryRange;
    QPushButton *m_wentOut;
    QSqlDatabase m_db;
};

} // namespace Almanac
