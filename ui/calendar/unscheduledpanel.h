// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListView;

namespace Almanac {

class PostListModel;

// The drafts that have no date yet, which the calendar has no day to show on.
// Drag one onto a day (or a time in the week view) to schedule it; Enter or a
// double-click opens it in the composer.
class UnscheduledPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit UnscheduledPanel(QSqlDatabase db, QWidget *parent = nullptr);

    // Re-reads the drafts from the store (after any edit).
    void reload();
    int count() const;
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void openPostRequested(const QString &postId);
    void deleteRequested(const QStringList &postIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList selectedIds() const;
    void updateHint();

    PostListModel *m_model;
    QListView *m_view;
    QLabel *m_hint;
};

} // namespace Almanac
