// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"
#include "models/domain/result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <QCoreApplication>

class QUndoStack;

namespace Almanac {

class Database;
class PostRepository;

// An edit of posts that can be undone. Each direction is one store
// transaction: all of the edit happens, or none of it. The first redo is the
// edit itself, run by push() before the command enters the stack, so an edit
// the store refuses never becomes an undo step.
class PostCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PostCommand)

public:
    using ErrorReporter = std::function<void(const QString &message)>;

    // Runs the edit; on success pushes it onto the stack, else returns the error.
    static Result<void> push(QUndoStack &stack, std::unique_ptr<PostCommand> command);

    void redo() final;
    void undo() final;

    // Where a failed undo or redo is told (the store changed under it, say).
    static void setErrorReporter(ErrorReporter reporter);

protected:
    PostCommand(Database &db, const QString &text);
    virtual Result<void> forward(PostRepository &posts) = 0;
    virtual Result<void> backward(PostRepository &posts) = 0;

private:
    Result<void> run(bool forwards);

    Database &m_db;
    bool m_pushing = false;
};

// New times for existing posts.
class MovePostsCommand final : public PostCommand
{
    Q_DECLARE_TR_FUNCTIONS(MovePostsCommand)

public:
    struct Move
    {
        QString id;
        std::optional<qint64> from; // none: an undated draft
        qint64 to = 0;
    };
    MovePostsCommand(Database &db, QList<Move> moves);

protected:
    Result<void> forward(PostRepository &posts) override;
    Result<void> backward(PostRepository &posts) override;

private:
    QList<Move> m_moves;
};

// Copies of posts at new times: fresh ids, no remote state, scheduled again.
class DuplicatePostsCommand final : public PostCommand
{
    Q_DECLARE_TR_FUNCTIONS(DuplicatePostsCommand)

public:
    struct Copy
    {
        QString sourceId;
        qint64 at = 0;
    };
    DuplicatePostsCommand(Database &db, QList<Copy> copies);
    QStringList createdIds() const { return m_created; }

protected:
    Result<void> forward(PostRepository &posts) override;
    Result<void> backward(PostRepository &posts) override;

private:
    QList<Copy> m_copies;
    QStringList m_created; // the copies' ids, kept so a redo after an undo recreates the same posts
};

class DeletePostsCommand final : public PostCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePostsCommand)

public:
    DeletePostsCommand(Database &db, QStringList ids);

protected:
    Result<void> forward(PostRepository &posts) override;
    Result<void> backward(PostRepository &posts) override;

private:
    QStringList m_ids;
    QList<Post> m_deleted; // whole posts with their destinations, to put back
};

// Adds and removes tags on several posts at once.
class ChangeTagsCommand final : public PostCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTagsCommand)

public:
    ChangeTagsCommand(Database &db, QStringList ids, QStringList add, QStringList remove);

protected:
    Result<void> forward(PostRepository &posts) override;
    Result<void> backward(PostRepository &posts) override;

private:
    QStringList m_ids;
    QStringList m_add, m_remove;
    QList<QStringList> m_before; // each post's tags before, by position in m_ids
};

// A post written by the composer: a new one, or a new version of one.
class SavePostCommand final : public PostCommand
{
    Q_DECLARE_TR_FUNCTIONS(SavePostCommand)

public:
    SavePostCommand(Database &db, std::optional<Post> before, Post after, bool publishNow = false);
    QString postId() const { return m_after.id; }

protected:
    Result<void> forward(PostRepository &posts) override;
    Result<void> backward(PostRepository &posts) override;

private:
    std::optional<Post> m_before;
    Post m_after;
    bool m_publishNow = false;
};

} // namespace Almanac
