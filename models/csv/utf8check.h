// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Almanac::Utf8Check {

// True when the `size` bytes at `data` are whole UTF-8 characters, none of
// them NUL. Thirty-two bytes at a time, with the lookup tables of Keiser and
// Lemire, "Validating UTF-8 in less than one instruction per byte" (Software:
// Practice and Experience, 2021), on a processor with AVX2.
//
// False when they are not, and also where the processor has no AVX2 (or is
// not x86): the answer is then "look byte by byte", as CsvReader does to say
// what is wrong and where. So false never means the bytes are invalid.
bool allValidFast(const unsigned char *data, qsizetype size);

// Whether allValidFast can say true on this processor (for its tests).
bool hasFastPath();

// How many bytes at the end of [data, data + size) are the start of a
// character whose other bytes would come after it: 0 to 3.
qsizetype cutShortTail(const unsigned char *data, qsizetype size);

} // namespace Almanac::Utf8Check
