// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the JSON importer (a colleague's export is a file
// from someone else): it must judge them or refuse them with the reason, never
// crash, leak, read out of bounds or loop.
#include "app/importing/jsonimporter.h"
#include "models/domain/integration.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

namespace {

struct Setup
{
    QTemporaryDir dir;
    Almanac::Database db{QStringLiteral("fuzz")};
    QString input;
};

Setup *setup = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQLite driver is a plugin
    qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
    setup = new Setup;
    if (!setup->db.open(setup->dir.filePath(QStringLiteral("store.sqlite"))).ok())
        __builtin_trap();
    for (const auto &[id, platform] : {std::pair{"int_x", "x"}, std::pair{"int_b", "bluesky"}, std::pair{"int_m", "mastodon"}}) {
        Almanac::Integration in;
        in.id = QString::fromLatin1(id);
        in.platform = QString::fromLatin1(platform);
        if (!Almanac::IntegrationRepository(setup->db.connection()).add(in).ok())
            __builtin_trap();
    }
    setup->input = setup->dir.filePath(QStringLiteral("export.json"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QFile file(setup->input);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Almanac::JsonImporter::Options options(setup->input, true);
    options.confirmedFiles = {QStringLiteral("/tmp/picture.png")};
    const Almanac::JsonImportOutcome outcome = Almanac::JsonImporter(setup->db.connection(), options).run();
    using Status = Almanac::JsonImportOutcome::Status;
    if ((outcome.status == Status::FileRefused || outcome.status == Status::ValidationFailed) && outcome.errors.isEmpty())
        __builtin_trap(); // a refusal always says why
    if (outcome.status == Status::Validated && !outcome.errors.isEmpty())
        __builtin_trap();
    if (outcome.status == Status::Committed)
        __builtin_trap(); // a dry run never writes
    return 0;
}
