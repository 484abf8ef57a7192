// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/postcommands.h"

#include "models/domain/clock.h"
#include "models/store/database.h"
#include "models/store/postrepository.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Almanac {

namespace {

PostCommand::ErrorReporter &errorReporter()
{
    static PostCommand::ErrorReporter reporter;
    return reporter;
}

} // namespace

PostCommand::PostCommand(Database &db, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
{
}

void PostCommand::setErrorReporter(ErrorReporter reporter)
{
    errorReporter() = std::move(reporter);
}

Result<void> PostCommand::push(QUndoStack &stack, std::unique_ptr<PostCommand> command)
{
    if (auto done = command->run(true); !done)
        return done;
    command->m_pushing = true; // QUndoStack::push calls redo(): the edit is already done
    stack.push(command.release());
    return {};
}

Result<void> PostCommand::run(bool forwards)
{
    Transaction transaction(m_db.connection());
    PostRepository posts(m_db.connection());
    if (auto r = forwards ? forward(posts) : backward(posts); !r)
        return r;
    return transaction.commit();
}

void PostCommand::redo()
{
    if (std::exchange(m_pushing, false))
        return;
    if (auto r = run(true); !r) {
        setObsolete(true); // the stack drops a step it cannot take
        if (errorReporter())
            errorReporter()(tr("Could not redo “%1”: %2").arg(text(), r.error()));
    }
}

void PostCommand::undo()
{
    if (auto r = run(false); !r) {
        setObsolete(true);
        if (errorReporter())
            errorReporter()(tr("Could not undo “%1”: %2").arg(text(), r.error()));
    }
}

MovePostsCommand::MovePostsCommand(Database &db, QList<Move> moves)
    : PostCommand(db, tr("Move %Ln post(s)", nullptr, int(moves.size())))
    , m_moves(std::move(moves))
{
}

Result<void> MovePostsCommand::forward(PostRepository &posts)
{
    for (const Move &m : std::as_const(m_moves))
        if (auto r = posts.reschedule(m.id, m.to); !r)
            return r;
    return {};
}

Result<void> MovePostsCommand::backward(PostRepository &posts)
{
    for (const Move &m : std::as_const(m_moves))
        if (auto r = posts.reschedule(m.id, m.from); !r)
            return r;
    return {};
}

DuplicatePostsCommand::DuplicatePostsCommand(Database &db, QList<Copy> copies)
    : PostCommand(db, tr("Duplicate %Ln post(s)", nullptr, int(copies.size())))
    , m_copies(std::move(copies))
{
}

Result<void> DuplicatePostsCommand::forward(PostRepository &posts)
{
    const bool first = m_created.isEmpty();
    for (qsizetype i = 0; i < m_copies.size(); ++i) {
        std::optional<Post> source = posts.find(m_copies.at(i).sourceId);
        if (!source)
            return Error{tr("The post %1 is not in the store any more.").arg(m_copies.at(i).sourceId)};
        Post copy = *source;
        copy.id = first ? QString() : m_created.at(i);
        copy.scheduledAt = m_copies.at(i).at;
        // A copy is a new post: nothing of it has been sent or published yet.
        if (copy.status != PostStatus::Draft)
            copy.status = PostStatus::Scheduled;
        copy.groupId.clear();
        copy.remoteId.clear();
        copy.remoteProvider.clear();
        copy.importId = 0;
        copy.createdAt = 0;
        for (PostTarget &t : copy.targets)
            t = PostTarget{t.integrationId, t.platform, copy.status, {}, {}, 0, {}, 0, false};
        if (auto r = posts.insert(copy); !r)
            return r;
        if (first)
            m_created.append(copy.id);
    }
    return {};
}

Result<void> DuplicatePostsCommand::backward(PostRepository &posts)
{
    return posts.remove(m_created);
}

DeletePostsCommand::DeletePostsCommand(Database &db, QStringList ids)
    : PostCommand(db, tr("Delete %Ln post(s)", nullptr, int(ids.size())))
    , m_ids(std::move(ids))
{
}

Result<void> DeletePostsCommand::forward(PostRepository &posts)
{
    m_deleted.clear();
    for (const QString &id : std::as_const(m_ids)) {
        std::optional<Post> post = posts.find(id);
        if (!post)
            return Error{tr("The post %1 is not in the store any more.").arg(id)};
        m_deleted.append(std::move(*post));
    }
    return posts.remove(m_ids);
}

Result<void> DeletePostsCommand::backward(PostRepository &posts)
{
    for (Post post : std::as_const(m_deleted))
        if (auto r = posts.insert(post); !r)
            return r;
    return {};
}

ChangeTagsCommand::ChangeTagsCommand(Database &db, QStringList ids, QStringList add, QStringList remove)
    : PostCommand(db, tr("Change the tags of %Ln post(s)", nullptr, int(ids.size())))
    , m_ids(std::move(ids))
    , m_add(std::move(add))
    , m_remove(std::move(remove))
{
}

Result<void> ChangeTagsCommand::forward(PostRepository &posts)
{
    m_before.clear();
    for (const QString &id : std::as_const(m_ids)) {
        std::optional<Post> post = posts.find(id);
        if (!post)
            return Error{tr("The post %1 is not in the store any more.").arg(id)};
        m_before.append(post->tags);
        QStringList tags = post->tags;
        for (const QString &t : std::as_const(m_remove))
            tags.removeAll(t);
        for (const QString &t : std::as_const(m_add))
            if (!tags.contains(t))
                tags.append(t);
        if (auto r = posts.setTags(id, tags); !r)
            return r;
    }
    return {};
}

Result<void> ChangeTagsCommand::backward(PostRepository &posts)
{
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        if (auto r = posts.setTags(m_ids.at(i), m_before.at(i)); !r)
            return r;
    return {};
}

SavePostCommand::SavePostCommand(Database &db, std::optional<Post> before, Post after, bool publishNow)
    : PostCommand(db, before ? tr("Edit post") : tr("New post"))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_publishNow(publishNow)
{
}

Result<void> SavePostCommand::forward(PostRepository &posts)
{
    if (auto r = m_before ? posts.update(m_after) : posts.insert(m_after); !r)
        return r;
    return m_publishNow ? posts.queuePublish(m_after.id) : Result<void>();
}

Result<void> SavePostCommand::backward(PostRepository &posts)
{
    return m_before ? posts.update(*m_before) : posts.remove({m_after.id});
}

} // namespace Almanac
