// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importing/previewfeed.h"

namespace Almanac {

PreviewFeed::PreviewFeed(ImportPreviewModel *model)
    : m_model(model)
{
    m_sinceSent.start();
}

void PreviewFeed::rowValidated(const RowVerdict &verdict, const Post *, const RowSource &source)
{
    m_chunk.add(verdict, source.byteOffset, source.excluded, &m_issues);
}

void PreviewFeed::progress(qint64, qint64)
{
    // Called after each batch of rows the importer judged.
    if (!m_sentAny || m_sinceSent.elapsed() >= 100)
        send();
}

void PreviewFeed::duplicatesIndexed(std::shared_ptr<DuplicateIndex> index)
{
    send(); // the rows first: the index speaks of them
    QMetaObject::invokeMethod(
        m_model, [model = m_model, index = std::move(index)] { model->setDuplicateIndex(index); },
        Qt::QueuedConnection);
}

void PreviewFeed::ended()
{
    send();
}

void PreviewFeed::send()
{
    if (m_chunk.rows.isEmpty())
        return;
    m_sentAny = true;
    m_sinceSent.restart();
    // Queued to the model's thread (and dropped there if the model is deleted first).
    QMetaObject::invokeMethod(
        m_model, [model = m_model, chunk = std::exchange(m_chunk, {})] { model->appendChunk(chunk); },
        Qt::QueuedConnection);
}

} // namespace Almanac
