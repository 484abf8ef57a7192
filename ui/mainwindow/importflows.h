// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QTimeZone;
class QWidget;

namespace Almanac {

class Database;
class ImportWizard;
class MessageBar;
struct JsonImportOutcome;

// The window's imports: the CSV wizard (one at a time), a JSON export checked
// then imported after asking, the import history, and Undo Import on a worker.
// The window hears what changed and shows the new posts.
class ImportFlows final : public QObject
{
    Q_OBJECT

public:
    // `window`: the parent of every dialog; `messages`: where outcomes are said.
    ImportFlows(Database &database, QWidget *window, MessageBar *messages, std::function<QTimeZone()> zone);

    // Opens the import wizard on a CSV (or the one already open); an Almanac
    // JSON export is checked and imported after asking (nullptr then).
    ImportWizard *importCsv(const QString &path = {});
    void importJson(const QString &path);
    // A JSON export checked (dry run) or imported on a worker; `then` hears the outcome.
    void runJsonImport(const QString &path, const QStringList &confirmedFiles, bool dryRun,
                       std::function<void(const JsonImportOutcome &)> then);
    void showHistory();
    void undoImport(qint64 importId);

Q_SIGNALS:
    // Posts were added or removed: the calendar reads them again, sync starts.
    void postsChanged();
    // An import added these posts; `earliest` is the first one's time (UTC), or 0.
    void imported(const QStringList &postIds, qint64 earliest);
    // Undo Import ended (undone: its posts are gone; else the window said why).
    void importUndone(qint64 importId, bool undone);

private:
    void showImported(qint64 importId);

    Database &m_database;
    QWidget *m_window;
    MessageBar *m_messages;
    std::function<QTimeZone()> m_zone;
    QPointer<ImportWizard> m_wizard;
};

} // namespace Almanac
