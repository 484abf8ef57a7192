// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QFile>

#include <memory>

namespace Almanac {

// A local media file opened for reading, refused unless it is a regular file
// at the moment it is opened. MediaPolicy::fileRefusal judges the path first;
// this judges what was opened, so a FIFO or device swapped in after the check
// cannot block a reader forever (the open never waits, and the opened file is
// checked before a byte is read).
namespace MediaFile {

Result<std::unique_ptr<QFile>> open(const QString &path);

} // namespace MediaFile

} // namespace Almanac
