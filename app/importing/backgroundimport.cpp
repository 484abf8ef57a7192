// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundimport.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Almanac {

// Lives on the worker thread for the length of one run.
class BackgroundImport::Collector final : public ImportObserver
{
public:
    Collector(BackgroundImport *owner, QStringList *issues, ImportObserver *rows)
        : m_owner(owner)
        , m_issues(issues)
        , m_rows(rows)
    {
    }

    void headerRead(const DialectMapping &mapping, char delimiter) override
    {
        if (m_rows)
            m_rows->headerRead(mapping, delimiter);
    }

    void rowValidated(const RowVerdict &verdict, const Post *post, const RowSource &source) override
    {
        if (m_rows)
            m_rows->rowValidated(verdict, post, source);
        for (const RowIssue &issue : verdict.errors) {
            if (m_issues->size() >= MaxIssueLines)
                return;
            m_issues->append(QCoreApplication::translate("BackgroundImport", "Row %1, %2: %3")
                                 .arg(verdict.row)
                                 .arg(issue.column.isEmpty()
                                          ? QCoreApplication::translate("BackgroundImport", "whole row")
                                          : issue.column,
                                      issue.message));
        }
    }

    void progress(qint64 bytesRead, qint64 bytesTotal) override
    {
        if (m_rows)
            m_rows->progress(bytesRead, bytesTotal);
        Q_EMIT m_owner->progressed(bytesRead, bytesTotal); // queued to the owner's thread
    }

    void ended() override
    {
        if (m_rows)
            m_rows->ended();
    }

private:
    BackgroundImport *m_owner;
    QStringList *m_issues;
    ImportObserver *m_rows;
};

BackgroundImport::BackgroundImport(ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_importer(std::move(options))
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

BackgroundImport::~BackgroundImport()
{
    // Never leave a worker writing into a dead object: stop it and wait.
    m_importer.cancel();
    m_watcher.waitForFinished();
}

void BackgroundImport::start()
{
    m_issues.clear();
    m_watcher.setFuture(QtConcurrent::run([this] {
        Collector collector(this, &m_issues, m_rows);
        return m_importer.run(&collector);
    }));
}

void BackgroundImport::cancel()
{
    m_importer.cancel();
}

} // namespace Almanac
