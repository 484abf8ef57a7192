// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>

class QIODevice;

namespace Almanac {

// An import's per-row results as CSV, like bundle.social's rows endpoint
// (seed 003): rowNumber, status, postId, error, rawRow (the row as JSON).
// Returns the number of rows written.
Result<qint64> writeRowReport(QSqlDatabase db, qint64 importId, QIODevice *out);

} // namespace Almanac
