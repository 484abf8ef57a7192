// SPDX-License-Identifier: GPL-3.0-or-later
// A library someone left in a folder, named as one Almanac's programs need
// (libQt6Sql.so.6). Loaded, it leaves a mark at $ALMANAC_PLANTED_MARK: the
// programs must never load it from the folder they are started in.
#include <cstdio>
#include <cstdlib>

__attribute__((constructor)) static void leaveAMark()
{
    if (const char *path = std::getenv("ALMANAC_PLANTED_MARK"))
        if (FILE *f = std::fopen(path, "w"))
            std::fclose(f);
}
