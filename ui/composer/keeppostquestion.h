// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Almanac::KeepPostQuestion {

// What is being closed with unsaved work.
enum class Work {
    NewPost,                // never saved: it can be kept as a draft
    ChangedDraft,           // a draft, changed: saved as a draft again
    ChangedScheduled,       // a scheduled post, changed, that can still go out: saved, it stays scheduled
    ChangedScheduledInvalid // a scheduled post, changed so it cannot go out: only a draft could keep it
};

// Which of them: a post never saved, or one saved as `wasScheduled` that the
// composer could schedule (`canSchedule`) as it is now.
Work workOf(bool editing, bool wasScheduled, bool canSchedule);

// "Keep This Post?", asked when a composer with unsaved work is closed: save
// it (as a draft, or keeping its schedule), discard the changes, or keep
// editing (Esc). A scheduled post is never taken off the schedule by the
// default answer. `when`: its time as shown, for ChangedScheduled. Asked
// without a nested event loop, once at a time: the answer comes back through
// the callbacks.
void ask(QWidget *composer, Work work, const QString &when, std::function<void()> save, std::function<void()> discard);

} // namespace Almanac::KeepPostQuestion
