// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/writebackhint.h"

#include <sqlite3.h>

#include <atomic>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <mutex>
#include <unordered_map>
#endif

namespace Almanac::WritebackHint {

namespace {
std::atomic<qint64> hints{0};
}

#ifdef Q_OS_LINUX
namespace {

// What one file descriptor has written since its last hint.
struct Unhinted
{
    off64_t from = 0;
    off64_t to = 0;
    qint64 bytes = 0;
};

using PwriteCall = ssize_t (*)(int, const void *, size_t, off_t);
using Pwrite64Call = ssize_t (*)(int, const void *, size_t, off64_t);
using CloseCall = int (*)(int);

// SQLite's own calls, saved before the wrappers replace them. Set once, before
// any file is open, and never again.
PwriteCall sqlitePwrite = nullptr;
Pwrite64Call sqlitePwrite64 = nullptr;
CloseCall sqliteClose = nullptr;

// Connections on several threads write at once (one per thread, QtSql's rule).
std::mutex unhintedMutex;
std::unordered_map<int, Unhinted> unhinted;

void noteWritten(int fd, off64_t offset, ssize_t written)
{
    if (written <= 0)
        return;
    Unhinted due;
    {
        const std::lock_guard lock(unhintedMutex);
        Unhinted &range = unhinted[fd];
        range.from = range.bytes == 0 ? offset : std::min(range.from, offset);
        range.to = std::max(range.to, off64_t(offset + written));
        range.bytes += written;
        if (range.bytes < HintEvery)
            return;
        due = std::exchange(range, {});
    }
    // Starts writeback of the range's dirty pages and returns: it does not wait
    // for the disk, and a failure only means the fsync does all the work, as
    // before. The descriptor cannot close meanwhile: the SQLite file that owns it
    // is in this very write.
    (void)::sync_file_range(fd, due.from, due.to - due.from, SYNC_FILE_RANGE_WRITE);
    hints.fetch_add(1, std::memory_order_relaxed);
}

ssize_t hintingPwrite(int fd, const void *data, size_t size, off_t offset)
{
    const ssize_t written = sqlitePwrite(fd, data, size, offset);
    noteWritten(fd, offset, written);
    return written;
}

ssize_t hintingPwrite64(int fd, const void *data, size_t size, off64_t offset)
{
    const ssize_t written = sqlitePwrite64(fd, data, size, offset);
    noteWritten(fd, offset, written);
    return written;
}

// A closed descriptor's number is reused for the next file opened.
int forgettingClose(int fd)
{
    {
        const std::lock_guard lock(unhintedMutex);
        unhinted.erase(fd);
    }
    return sqliteClose(fd);
}

// Replaces one of the unix VFS's calls, keeping SQLite's in `saved`.
template<typename Call>
bool wrap(sqlite3_vfs *vfs, const char *name, Call &saved, Call wrapper)
{
    saved = reinterpret_cast<Call>(vfs->xGetSystemCall(vfs, name));
    if (!saved)
        return false;
    if (vfs->xSetSystemCall(vfs, name, reinterpret_cast<sqlite3_syscall_ptr>(wrapper)) == SQLITE_OK)
        return true;
    saved = nullptr;
    return false;
}

} // namespace

bool install()
{
    sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
    if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall || !vfs->xGetSystemCall)
        return false;
    // The unix VFS writes with pwrite or pwrite64, as it was built: wrap both.
    // Close first, so no descriptor's range outlives it.
    if (!wrap<CloseCall>(vfs, "close", sqliteClose, forgettingClose))
        return false;
    const bool pwrite = wrap<PwriteCall>(vfs, "pwrite", sqlitePwrite, hintingPwrite);
    const bool pwrite64 = wrap<Pwrite64Call>(vfs, "pwrite64", sqlitePwrite64, hintingPwrite64);
    return pwrite || pwrite64;
}
#else
bool install()
{
    return false;
}
#endif

qint64 hintsGiven()
{
    return hints.load(std::memory_order_relaxed);
}

} // namespace Almanac::WritebackHint
