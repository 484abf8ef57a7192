// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importing/backgroundimport.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Almanac {

// Lives on the worker thread for the length of one run: passes the rows on to
// the row observer, and the progress to the owner's thread.
class BackgroundImport::Relay final : public ImportObserver
{
public:
    Relay(BackgroundImport *owner, ImportObserver *rows)
        : m_owner(owner)
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
    }

    void progress(qint64 bytesRead, qint64 bytesTotal) override
    {
        if (m_rows)
            m_rows->progress(bytesRead, bytesTotal);
        Q_EMIT m_owner->progressed(bytesRead, bytesTotal); // queued to the owner's thread
    }

    bool wantsPosts() const override { return m_rows && m_rows->wantsPosts(); }

    void duplicatesIndexed(std::shared_ptr<DuplicateIndex> index) override
    {
        if (m_rows)
            m_rows->duplicatesIndexed(std::move(index));
    }

    void ended() override
    {
        if (m_rows)
            m_rows->ended();
    }

private:
    BackgroundImport *m_owner;
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
    m_watcher.setFuture(QtConcurrent::run([this] {
        Relay relay(this, m_rows);
        return m_importer.run(&relay);
    }));
}

void BackgroundImport::cancel()
{
    m_importer.cancel();
}

} // namespace Almanac
