// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Almanac {

// Migration N brings the schema from version N-1 to N. Append, never edit a
// released one: stores in the field have run it already.
const QList<QStringList> &schemaMigrations();

} // namespace Almanac
