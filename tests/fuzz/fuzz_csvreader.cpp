// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the CSV reader: it must read them or refuse them with
// a line and byte, never crash, leak, read out of bounds or loop.
#include "models/csv/csvreader.h"
#include "models/csv/utf8check.h"

#include <QBuffer>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte picks a delimiter mode, so forced delimiters get fuzzed too.
    char delimiter = 0;
    if (size > 0) {
        static constexpr char modes[] = {0, ',', ';', '\t'};
        delimiter = modes[data[0] % 4];
        ++data;
        --size;
    }
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The fast UTF-8 check says yes exactly where Qt's validator does and there is no NUL.
    if (Almanac::Utf8Check::hasFastPath()
        && Almanac::Utf8Check::allValidFast(data, qsizetype(size)) != (bytes.isValidUtf8() && !bytes.contains('\0')))
        __builtin_trap();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Almanac::CsvReader reader(&buffer);
    reader.setDelimiter(delimiter);
    qint64 lastRecord = 0;
    qsizetype total = 0;
    while (reader.next()) {
        if (reader.recordNumber() <= lastRecord)
            __builtin_trap(); // record numbers only go up
        lastRecord = reader.recordNumber();
        for (qsizetype i = 0; i < reader.size(); ++i)
            total += reader.field(i).size();
    }
    if (total > qsizetype(size))
        __builtin_trap(); // fields never hold more bytes than the input
    if (reader.hasError() && (reader.error().line < 1 || reader.error().byteOffset < 0
                              || reader.error().byteOffset > qint64(size)))
        __builtin_trap(); // an error always points into the file
    return 0;
}
