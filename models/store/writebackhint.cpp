// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/writebackhint.h"

#include <sqlite3.h>

#include <atomic>

#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
#define ALMANAC_WRITEBACK_HINT 1
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>
#endif

namespace Almanac::WritebackHint {

namespace {
std::atomic<qint64> hints{0};
}

#ifdef ALMANAC_WRITEBACK_HINT
namespace {

// What one file descriptor has written in its current burst.
struct Burst
{
    enum class Kind : std::uint8_t { Unknown, Store, Scratch };
    Kind kind = Kind::Unknown; // learnt at its first write
    qint64 from = 0;
    qint64 to = 0;
    qint64 bytes = 0;
    qint64 lastWriteMs = 0;
};

// Writes further apart than this are not one large write: a window's commits,
// seconds apart, never add up to a hint.
constexpr qint64 BurstGapMs = 1000;

// Descriptors past this are not hinted (a program has a few dozen open). A
// fixed table: the wrappers run inside SQLite's C code, where nothing may
// allocate or throw.
constexpr int TrackedDescriptors = 1024;

using PwriteCall = ssize_t (*)(int, const void *, size_t, off_t);
using Pwrite64Call = ssize_t (*)(int, const void *, size_t, std::int64_t); // off64_t on every Linux ABI
using CloseCall = int (*)(int);

// SQLite's own calls, saved before the wrappers replace them: set once, by
// install(), before any file is open.
PwriteCall sqlitePwrite = nullptr;
Pwrite64Call sqlitePwrite64 = nullptr;
CloseCall sqliteClose = nullptr;

// Connections on several threads write at once (one per thread, QtSql's rule).
// Trivially destructible, so a connection closed while the program exits
// still finds them.
std::mutex burstsMutex;
std::array<Burst, TrackedDescriptors> bursts;

qint64 nowMs() noexcept
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC_COARSE, &t); // a few ms fine; a vDSO read, no system call
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

// A file already unlinked (SQLite's temporary files: sorts that spill, temp
// tables) is thrown away on close: hinting would write it to disk for nothing.
Burst::Kind kindOf(int fd) noexcept
{
    struct stat st{};
    return ::fstat(fd, &st) == 0 && st.st_nlink > 0 ? Burst::Kind::Store : Burst::Kind::Scratch;
}

void noteWritten(int fd, qint64 offset, ssize_t written) noexcept
{
    if (written <= 0 || fd < 0 || fd >= TrackedDescriptors)
        return;
    const qint64 now = nowMs();
    Burst due;
    {
        const std::lock_guard lock(burstsMutex);
        Burst &burst = bursts[std::size_t(fd)];
        if (burst.kind == Burst::Kind::Unknown)
            burst.kind = kindOf(fd);
        if (burst.kind != Burst::Kind::Store)
            return;
        if (burst.bytes > 0 && now - burst.lastWriteMs > BurstGapMs)
            burst = Burst{burst.kind}; // a new burst
        burst.from = burst.bytes == 0 ? offset : std::min(burst.from, offset);
        burst.to = std::max(burst.to, offset + qint64(written));
        burst.bytes += written;
        burst.lastWriteMs = now;
        if (burst.bytes < HintEvery)
            return;
        due = std::exchange(burst, Burst{burst.kind});
    }
    // Starts writeback of the range's dirty pages and returns: it does not wait
    // for the disk, and a failure only means the fsync does all the work, as
    // before. The descriptor cannot close meanwhile: the SQLite file that owns it
    // is in this very write.
    if (::sync_file_range(fd, due.from, due.to - due.from, SYNC_FILE_RANGE_WRITE) == 0)
        hints.fetch_add(1, std::memory_order_relaxed);
}

ssize_t hintingPwrite(int fd, const void *data, size_t size, off_t offset) noexcept
{
    const ssize_t written = sqlitePwrite(fd, data, size, offset);
    const int error = errno; // for SQLite, whatever the hint does
    noteWritten(fd, offset, written);
    errno = error;
    return written;
}

ssize_t hintingPwrite64(int fd, const void *data, size_t size, std::int64_t offset) noexcept
{
    const ssize_t written = sqlitePwrite64(fd, data, size, offset);
    const int error = errno;
    noteWritten(fd, offset, written);
    errno = error;
    return written;
}

// A closed descriptor's number is reused for the next file opened.
int forgettingClose(int fd) noexcept
{
    if (fd >= 0 && fd < TrackedDescriptors) {
        const std::lock_guard lock(burstsMutex);
        bursts[std::size_t(fd)] = Burst{};
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

bool installOnce()
{
    sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
    if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall || !vfs->xGetSystemCall)
        return false;
    // Close first, so no descriptor's burst outlives it.
    if (!wrap<CloseCall>(vfs, "close", sqliteClose, forgettingClose))
        return false;
    // The unix VFS writes with pwrite or pwrite64, as it was built: wrap both.
    // pwrite only where off_t is SQLite's 64 bits (a 32-bit build may differ).
    const bool pwrite = sizeof(off_t) == 8 && wrap<PwriteCall>(vfs, "pwrite", sqlitePwrite, hintingPwrite);
    const bool pwrite64 = wrap<Pwrite64Call>(vfs, "pwrite64", sqlitePwrite64, hintingPwrite64);
    return pwrite || pwrite64;
}

} // namespace

bool install()
{
    // Twice would save the wrappers as SQLite's own calls, and they would call
    // themselves.
    static const bool installed = installOnce();
    return installed;
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
