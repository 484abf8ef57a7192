// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/domain/post.h"
#include "models/domain/result.h"

#include "models/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVarLengthArray>

#include <memory>
#include <span>

namespace Almanac {

// A post's JSON columns, encoded ahead of the write (on another thread if the
// caller likes) so the writing thread only binds.
struct EncodedPost
{
    // `integrations`: for each of the post's targets, in order, its position in
    // the integration list the writer was made with.
    EncodedPost(const Post &post, std::span<const int> integrations);
    // With the post's text and title as the caller already has them in UTF-8
    // (an import, from the file), rather than encoded again.
    EncodedPost(const Post &post, std::span<const int> integrations, QByteArray contentUtf8, QByteArray titleUtf8);

    QByteArray content, title, postType, tags, overrides, settings, media;
    QVarLengthArray<int, 4> integrations;
};

// The one writer of new posts. The composer (PostRepository::insert), the CSV
// import and the JSON import (ImportWriter) all write a new post here: the
// post, its destinations and, for each destination a hosted provider owns, the
// outbox row that tells the sync engine, with its idempotency key fixed before
// anything is ever sent. It writes inside the caller's transaction, with
// statements prepared once and values bound straight into SQLite, so a bulk
// import of 100k+ posts a second and a single post from the composer take the
// same path.
class PostWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PostWriter)

public:
    // The accounts the posts may go to; a post names them by position (EncodedPost).
    PostWriter(QSqlDatabase db, const QList<Integration> &integrations);
    ~PostWriter();

    Result<void> prepare();
    // Inserts the post: assigns its id when empty and its creation time when
    // unset; its destinations keep their own status and history.
    Result<void> add(Post &post, const EncodedPost &encoded);
    // The id of the post added last, as bound: what refers to it binds the same bytes.
    QByteArrayView lastIdUtf8() const { return m_lastId; }

    // The key an outbox operation is sent with, for its whole life (every resend
    // of the operation reuses it, so a provider that dedupes by key sees one
    // request): a time-ordered UUID. Every outbox row is keyed by this rule.
    static QByteArray newIdempotencyKey();

private:
    QSqlDatabase m_db;
    struct Destination
    {
        QByteArray id, platform; // UTF-8, ready to bind
        bool hosted = false;     // its posts go through the sync outbox
    };
    QList<Destination> m_destinations; // as the integration list given
    std::unique_ptr<SqliteStatement> m_insertPost, m_insertTarget, m_insertOutbox;
    qint64 m_now = 0;
    QByteArray m_lastId;
};

} // namespace Almanac
