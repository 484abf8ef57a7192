// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QTimeZone>

namespace Almanac {

class Database;

// A believable content plan around a given day, for trying Almanac out
// (`almanac --demo`) and for screenshots: six accounts on local providers,
// about two hundred posts over two months in every status, with tags,
// per-platform texts, a thread and media. The same every time.
namespace DemoData {

Result<void> fill(Database &database, qint64 now, const QTimeZone &zone);

} // namespace DemoData

} // namespace Almanac
