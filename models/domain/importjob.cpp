// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/importjob.h"

namespace Almanac {

QString importRowStatusName(ImportRowStatus status)
{
    return QString::fromLatin1(importRowStatusKey(status));
}

QByteArrayView importRowStatusKey(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Committed: return "committed";
    case ImportRowStatus::Skipped: return "skipped";
    case ImportRowStatus::Excluded: return "excluded";
    }
    return {};
}

} // namespace Almanac
