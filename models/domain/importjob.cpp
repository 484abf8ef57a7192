// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/importjob.h"

namespace Almanac {

QString importRowStatusName(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Committed: return QStringLiteral("committed");
    case ImportRowStatus::Skipped: return QStringLiteral("skipped");
    case ImportRowStatus::Excluded: return QStringLiteral("excluded");
    }
    return {};
}

} // namespace Almanac
