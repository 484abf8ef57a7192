// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/importing/csvimporter.h"

#include <QFutureWatcher>
#include <QObject>

namespace Almanac {

// Runs one CsvImporter on a worker thread; progress and the outcome come back
// as queued signals, so the window never blocks on the file or the store.
// Destroying it stops the run and waits for the worker.
class BackgroundImport final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundImport(ImportOptions options, QObject *parent = nullptr);
    ~BackgroundImport() override;

    // Also tells `rows` (on the worker thread) what the run judged; set before start().
    void setRowObserver(ImportObserver *rows) { m_rows = rows; }
    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const ImportOptions &options() const { return m_options; }

Q_SIGNALS:
    void progressed(qint64 bytesRead, qint64 bytesTotal);
    void finished(const Almanac::ImportOutcome &outcome);

private:
    class Relay;

    ImportOptions m_options;
    CsvImporter m_importer;
    QFutureWatcher<ImportOutcome> m_watcher;
    ImportObserver *m_rows = nullptr;
};

} // namespace Almanac
