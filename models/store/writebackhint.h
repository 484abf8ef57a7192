// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Almanac {

// Asks the kernel to start writing a store's pages to disk while SQLite is still
// writing more of them, so the fsync at the end of a large write waits for the
// tail only. Without it, a bulk import's WAL (and the checkpoint's copy into
// the store) sat whole in memory until fsync wrote ~75 MB in one go; with it,
// the realistic benchmark's commit took ~10% less time. The same idea as
// PostgreSQL's checkpoint_flush_after and RocksDB's bytes_per_sync.
//
// It wraps the write and close calls of SQLite's unix VFS (xSetSystemCall), so
// it changes nothing SQLite writes or when it syncs: only when the kernel
// starts. A hint comes after each HintEvery bytes one file descriptor writes in
// a burst (writes less than a second apart), so a window's commits, seconds
// apart, never give one; SQLite's temporary files (already unlinked) never do.
// Linux only; elsewhere install() does nothing.
namespace WritebackHint {

// A hint is given after this many bytes of one file are written since the last.
inline constexpr qint64 HintEvery = 8 << 20;

// Installs the wrappers, once however often it is called: before SQLite opens
// a file, after any sqlite3_config() (finding the VFS initializes SQLite).
// True if installed.
bool install();

// How many hints the kernel took, for tests and benchmarks.
qint64 hintsGiven();

} // namespace WritebackHint
} // namespace Almanac
