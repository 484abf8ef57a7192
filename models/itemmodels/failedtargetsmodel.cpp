// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/failedtargetsmodel.h"

#include "models/store/integrationrepository.h"

#include "models/domain/redaction.h"

#include "models/domain/clock.h"
#include "models/domain/platform.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace Almanac {

FailedTargetsModel::FailedTargetsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void FailedTargetsModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, WhenColumn), index(rowCount() - 1, WhenColumn));
}

void FailedTargetsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_destinationNames = IntegrationRepository(m_db).destinationNames();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A view for people: the newest 5,000 are plenty to act on, in the order of
    // the time it shows (when each was due), latest first.
    if (q.exec(QStringLiteral("SELECT t.post_id, t.integration_id, t.platform, substr(p.content, 1, 200), "
                              "COALESCE(t.last_error, ''), COALESCE(p.scheduled_at, 0), t.updated_at, t.attempt_count, t.unconfirmed "
                              "FROM post_targets t JOIN posts p ON p.id = t.post_id WHERE t.status = 'failed' "
                              "ORDER BY COALESCE(p.scheduled_at, 0) DESC, t.post_id, t.integration_id LIMIT 5000"))) {
        while (q.next())
            m_rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           Redaction::redact(q.value(4).toString()), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toInt(),
                           q.value(8).toBool()});
    }
    endResetModel();
}

int FailedTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailedTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailedTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case PostIdRole: return r.postId;
    case IntegrationIdRole: return r.integrationId;
    case UnconfirmedRole: return r.unconfirmed;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return tr("%1\n(%n attempt(s))", nullptr, r.attempts).arg(r.reason);
        if (index.column() == PostColumn)
            return r.content;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return r.scheduledAt ? QLocale().toString(QDateTime::fromSecsSinceEpoch(r.scheduledAt, m_zone), QLocale::ShortFormat)
                                 : tr("No date");
        case DestinationColumn:
            if (const auto named = m_destinationNames.constFind(r.integrationId); named != m_destinationNames.cend())
                return *named;
            return r.integrationId; // an account gone from the store entirely
        case PostColumn: return QString(r.content).simplified().left(100);
        case ReasonColumn: return QString(r.reason).replace(u'\n', QStringLiteral(" · "));
        }
        return {};
    }
    return {};
}

QVariant FailedTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("Scheduled");
    case DestinationColumn: return tr("Destination");
    case PostColumn: return tr("Post");
    case ReasonColumn: return tr("Why it failed");
    }
    return {};
}

} // namespace Almanac
