// SPDX-License-Identifier: GPL-3.0-or-later
// Runs almanac-cli (or any program) as a child with "now" pinned and reports
// its time and peak memory: shared by the import benchmarks.
#pragma once

#include "benchcsv.h"

#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <vector>

namespace Almanac::Bench {

struct Measure
{
    double seconds = 0;
    double peakMiB = 0;
    int exitCode = -1;
};

// Runs almanac-cli as a child and reads its peak resident memory from wait4().
// `program` with `args` (almanac-cli by default), its standard output thrown away.
inline Measure runCli(const QStringList &args, const QByteArray &program = ALMANAC_CLI)
{
    QList<QByteArray> storage{program};
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::fflush(stdout); // the child must not inherit unwritten output
    // Let the kernel write back what the generator and earlier runs left dirty,
    // so the figure is the import's and not that writeback competing with it.
    ::sync();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("ALMANAC_NOW", Now, 1);
        if (!freopen("/dev/null", "w", stdout))
            _exit(127);
        execvp(argv[0], argv.data()); // a path, or a program found on PATH (python3)
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Measure m;
    m.seconds = timer.nsecsElapsed() / 1e9;
    m.peakMiB = usage.ru_maxrss / 1024.0;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}


inline void report(const char *what, const Measure &m, qint64 bytes, qint64 rows)
{
    std::printf("%-34s %8.2f s  %8.1f MB/s  %10.0f rows/s  peak %6.1f MiB  (exit %d)\n", what, m.seconds,
                bytes / 1e6 / m.seconds, rows / m.seconds, m.peakMiB, m.exitCode);
    std::fflush(stdout);
}

} // namespace Almanac::Bench
