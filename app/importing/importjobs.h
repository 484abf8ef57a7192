// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/importing/jsonimporter.h"
#include "models/domain/result.h"

namespace Almanac {

// The window's import work besides the CSV wizard's, made to run as
// CsvImporter does: on a worker thread, with a store connection of its own
// (QtSql connections belong to the thread that opened them).
namespace ImportJobs {

// A JSON export checked (a dry run) or imported.
JsonImportOutcome importJson(const QString &storePath, const JsonImporter::Options &options);
// Undo Import: removes exactly the posts the import created (a large import takes a while).
Result<int> undoImport(const QString &storePath, qint64 importId);

} // namespace ImportJobs

} // namespace Almanac
