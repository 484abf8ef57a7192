// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>

namespace Almanac {

// Every destination that failed (refused by a provider, or not published),
// newest first, with the reason: what the Failed view lists.
class FailedTargetsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, DestinationColumn, PostColumn, ReasonColumn, ColumnCount };
    // UnconfirmedRole: its outcome is unknown and it cannot be resent (docs/delivery.md).
    enum Role { PostIdRole = Qt::UserRole + 1, IntegrationIdRole, UnconfirmedRole };

    explicit FailedTargetsModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString postId, integrationId, platform, content, reason;
        qint64 scheduledAt = 0; // 0: no date
        qint64 failedAt = 0;
        int attempts = 0;
        bool unconfirmed = false;
    };
    QSqlDatabase m_db;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Row> m_rows;
    QHash<QString, QString> m_destinationNames; // integration id -> as people know it
};

} // namespace Almanac
