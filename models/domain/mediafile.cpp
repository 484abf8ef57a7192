// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/mediafile.h"

#include "models/domain/mediapolicy.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Almanac::MediaFile {

Result<std::unique_ptr<QFile>> open(const QString &path)
{
    if (const QString why = MediaPolicy::fileRefusal(path); !why.isEmpty())
        return Error{why};
    auto file = std::make_unique<QFile>();
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Error{QCoreApplication::translate("MediaPolicy", "%1 cannot be read").arg(path)};
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return Error{QCoreApplication::translate("MediaPolicy",
                                                 "%1 is not a regular file (a folder, device, pipe or socket)")
                         .arg(path)};
    }
    // A regular file reads the same blocking or not; the flag is cleared for Qt's reads.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{QCoreApplication::translate("MediaPolicy", "%1 cannot be read").arg(path)};
    }
#else
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("MediaPolicy", "%1 cannot be read").arg(path)};
#endif
    return file;
}

} // namespace Almanac::MediaFile
