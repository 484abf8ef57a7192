// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace Almanac::KeepPostQuestion {

// "Keep This Post?", asked when a composer with unsaved work is closed: Save
// Draft (the default), Discard, or Keep Editing (Esc). Asked without a nested
// event loop, once at a time: the answer comes back through the callbacks.
void ask(QWidget *composer, bool editing, std::function<void()> saveDraft, std::function<void()> discard);

} // namespace Almanac::KeepPostQuestion
