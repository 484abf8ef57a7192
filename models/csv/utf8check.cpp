// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/utf8check.h"

#include <cstring>

// Not on Windows: clang-cl lacks __builtin_cpu_supports' runtime, and MinGW's
// GCC misaligns 32-byte values on the stack (GCC bug 54412).
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__)) && !defined(_WIN32)
#define ALMANAC_UTF8_AVX2 1
#include <immintrin.h>
#endif

namespace Almanac::Utf8Check {

qsizetype cutShortTail(const unsigned char *data, qsizetype size)
{
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const unsigned char c = data[size - back];
        if (c < 0x80)
            return 0; // ASCII: whatever came before it was whole
        if (c >= 0xC0) { // a lead byte: how many bytes its character takes
            const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            return length > back ? back : 0;
        }
        // a continuation byte: its lead is further back
    }
    return 0;
}

#if defined(ALMANAC_UTF8_AVX2)

namespace {

// What each pair of neighbouring bytes can tell is wrong, one bit per kind
// (the paper's table 8). A pair is wrong when a bit is set in all three of
// its lookups: the first byte's high nibble, its low nibble, and the second
// byte's high nibble.
constexpr char TooShort = 1 << 0;   // a lead, then no continuation: 11______ 0_______, 11______ 11______
constexpr char TooLong = 1 << 1;    // a continuation with no lead: 0_______ 10______
constexpr char Overlong3 = 1 << 2;  // 11100000 100_____
constexpr char TooLarge = 1 << 3;   // above U+10FFFF: 11110100 1001____, 11110100 101_____, 11110101+ ...
constexpr char Surrogate = 1 << 4;  // 11101101 101_____
constexpr char Overlong2 = 1 << 5;  // 1100000_ 10______
constexpr char TooLarge1000 = 1 << 6; // 11110101+ 1000____
constexpr char Overlong4 = 1 << 6;  // 11110000 1000____ (shares its bit: the first nibbles tell them apart)
constexpr char TwoConts = char(1 << 7); // 10______ 10______: right only as a third or fourth byte
constexpr char Carry = TooShort | TooLong | TwoConts;

__attribute__((target("avx2"))) inline __m256i table(char a0, char a1, char a2, char a3, char a4, char a5, char a6,
                                                     char a7, char a8, char a9, char a10, char a11, char a12,
                                                     char a13, char a14, char a15)
{
    return _mm256_setr_epi8(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, //
                            a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15);
}

__attribute__((target("avx2"))) inline __m256i highNibbles(__m256i v)
{
    return _mm256_and_si256(_mm256_srli_epi16(v, 4), _mm256_set1_epi8(0x0F));
}

// Each byte's neighbour `N` places before it, across the previous block's end.
template<int N> __attribute__((target("avx2"))) inline __m256i before(__m256i input, __m256i previous)
{
    const __m256i joined = _mm256_permute2x128_si256(previous, input, 0x21); // previous's high half, input's low half
    return _mm256_alignr_epi8(input, joined, 16 - N);
}

struct Checker
{
    __m256i error;
    __m256i previous;
    __m256i previousCutShort; // the previous block ended inside a character

    __attribute__((target("avx2"))) Checker()
        : error(_mm256_setzero_si256())
        , previous(_mm256_setzero_si256())
        , previousCutShort(_mm256_setzero_si256())
    {
    }

    __attribute__((target("avx2"))) void add(__m256i input)
    {
        error = _mm256_or_si256(error, _mm256_cmpeq_epi8(input, _mm256_setzero_si256())); // NUL
        if (_mm256_movemask_epi8(input) == 0) { // all ASCII: only a character left open can be wrong
            error = _mm256_or_si256(error, previousCutShort);
            previousCutShort = _mm256_setzero_si256();
            previous = input;
            return;
        }
        const __m256i prev1 = before<1>(input, previous);
        const __m256i byte1High = _mm256_shuffle_epi8(
            table(TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, //
                  TwoConts, TwoConts, TwoConts, TwoConts, //
                  TooShort | Overlong2, TooShort, TooShort | Overlong3 | Surrogate,
                  TooShort | TooLarge | TooLarge1000 | Overlong4),
            highNibbles(prev1));
        const __m256i byte1Low = _mm256_shuffle_epi8(
            table(Carry | Overlong3 | Overlong2 | Overlong4, Carry | Overlong2, Carry, Carry, Carry | TooLarge,
                  Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
                  Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
                  Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
                  Carry | TooLarge | TooLarge1000 | Surrogate, Carry | TooLarge | TooLarge1000,
                  Carry | TooLarge | TooLarge1000),
            _mm256_and_si256(prev1, _mm256_set1_epi8(0x0F)));
        const __m256i byte2High = _mm256_shuffle_epi8(
            table(TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort,
                  TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge1000 | Overlong4,
                  TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge,
                  TooLong | Overlong2 | TwoConts | Surrogate | TooLarge,
                  TooLong | Overlong2 | TwoConts | Surrogate | TooLarge, //
                  TooShort, TooShort, TooShort, TooShort),
            highNibbles(input));
        const __m256i special = _mm256_and_si256(_mm256_and_si256(byte1High, byte1Low), byte2High);
        // Where a third or fourth byte must be: two or three bytes after a lead of 3 or 4.
        const __m256i third = _mm256_subs_epu8(before<2>(input, previous), _mm256_set1_epi8(char(0xE0 - 0x80)));
        const __m256i fourth = _mm256_subs_epu8(before<3>(input, previous), _mm256_set1_epi8(char(0xF0 - 0x80)));
        const __m256i mustContinue = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(char(0x80)));
        error = _mm256_or_si256(error, _mm256_xor_si256(mustContinue, special));
        // The last three bytes: a lead whose character goes on into the next block.
        const __m256i lastLeads = _mm256_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, //
                                                   -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                                                   char(0xF0 - 1), char(0xE0 - 1), char(0xC0 - 1));
        previousCutShort = _mm256_subs_epu8(input, lastLeads);
        previous = input;
    }

    // Something wrong so far (a character left open at the block's end is not yet).
    __attribute__((target("avx2"))) bool failed() const { return !_mm256_testz_si256(error, error); }

    __attribute__((target("avx2"))) bool valid() const
    {
        const __m256i all = _mm256_or_si256(error, previousCutShort);
        return _mm256_testz_si256(all, all);
    }
};

__attribute__((target("avx2"))) bool allValidAvx2(const unsigned char *data, qsizetype size)
{
    Checker checker;
    qsizetype i = 0;
    for (; i + 32 <= size; i += 32) {
        checker.add(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i)));
        if ((i & 4095) == 0 && checker.failed()) // stop early now and then, not after each block
            return false;
    }
    if (i < size) { // the last bytes, after them spaces: ASCII that ends any character
        alignas(32) unsigned char last[32];
        std::memset(last, ' ', sizeof last);
        std::memcpy(last, data + i, size_t(size - i));
        checker.add(_mm256_load_si256(reinterpret_cast<const __m256i *>(last)));
    }
    return checker.valid();
}

} // namespace

bool hasFastPath()
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
}

bool allValidFast(const unsigned char *data, qsizetype size)
{
    return hasFastPath() && allValidAvx2(data, size);
}

#else

bool hasFastPath()
{
    return false;
}

bool allValidFast(const unsigned char *, qsizetype)
{
    return false;
}

#endif

} // namespace Almanac::Utf8Check
