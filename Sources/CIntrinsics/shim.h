#ifndef IMMEX_CINTRINSICS_SHIM_H
#define IMMEX_CINTRINSICS_SHIM_H
/* Processor instructions that Swift does not expose, each behind a small inline function (a
   header only: nothing to link or install). On x86-64 they use SSE2, which every x86-64 has;
   elsewhere a plain C loop gives the same results. */
#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The compiler's prefetch hint: asks for the cache line holding `address` (to be written)
   without waiting for it, so a loop can start many memory loads ahead of the work that needs
   them. No program result depends on it, and a bad address is never a fault. */
static inline void immex_prefetch(const void *address) { __builtin_prefetch(address, 1, 3); }

/* One bit for each of the 64 bytes at `bytes` that is the separator, the quote byte or below 0x0E
   (LF, CR, tab and the rare other control bytes), the first byte lowest: what a CSV row
   splitter must look at. All 64 bytes must be readable. */
static inline uint64_t immex_csv_marks64(const uint8_t *bytes, uint8_t separator, uint8_t quote_byte) {
#if defined(__SSE2__)
    const __m128i sep = _mm_set1_epi8((char)separator), quote = _mm_set1_epi8((char)quote_byte), control = _mm_set1_epi8(0x0D);
    uint64_t marks = 0;
    for (int block = 0; block < 4; block++) {
        __m128i b = _mm_loadu_si128((const __m128i *)(bytes + 16 * block));
        /* b <= 0x0D exactly when min(b, 0x0D) == b (unsigned bytes). */
        __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, sep), _mm_cmpeq_epi8(b, quote)),
                                    _mm_cmpeq_epi8(_mm_min_epu8(b, control), b));
        marks |= (uint64_t)(uint16_t)_mm_movemask_epi8(hits) << (16 * block);
    }
    return marks;
#else
    uint64_t marks = 0;
    for (int i = 0; i < 64; i++) {
        uint8_t b = bytes[i];
        if (b == separator || b == quote_byte || b < 0x0E) marks |= (uint64_t)1 << i;
    }
    return marks;
#endif
}

/* The double quotes and the line feeds among `count` bytes at `bytes`. */
static inline void immex_count_quotes_and_feeds(const uint8_t *bytes, size_t count, size_t *quotes, size_t *feeds) {
    size_t q = 0, f = 0, i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), feed = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
    while (i + 16 <= count) {
        /* Each lane counts its matches (a match is -1: subtracting it adds one) for up to 255
           blocks, four blocks a turn, then the lanes are summed by a sum of absolute differences
           against zero. */
        size_t blocks = (count - i) / 16;
        if (blocks > 255) blocks = 255;
        const uint8_t *p = bytes + i, *end = p + 16 * blocks;
        __m128i qLanes = zero, fLanes = zero;
        for (; p + 64 <= end; p += 64) {
            __m128i b0 = _mm_loadu_si128((const __m128i *)p), b1 = _mm_loadu_si128((const __m128i *)(p + 16));
            __m128i b2 = _mm_loadu_si128((const __m128i *)(p + 32)), b3 = _mm_loadu_si128((const __m128i *)(p + 48));
            qLanes = _mm_sub_epi8(qLanes, _mm_cmpeq_epi8(b0, quote));
            fLanes = _mm_sub_epi8(fLanes, _mm_cmpeq_epi8(b0, feed));
            qLanes = _mm_sub_epi8(qLanes, _mm_cmpeq_epi8(b1, quote));
            fLanes = _mm_sub_epi8(fLanes, _mm_cmpeq_epi8(b1, feed));
            qLanes = _mm_sub_epi8(qLanes, _mm_cmpeq_epi8(b2, quote));
            fLanes = _mm_sub_epi8(fLanes, _mm_cmpeq_epi8(b2, feed));
            qLanes = _mm_sub_epi8(qLanes, _mm_cmpeq_epi8(b3, quote));
            fLanes = _mm_sub_epi8(fLanes, _mm_cmpeq_epi8(b3, feed));
        }
        for (; p < end; p += 16) {
            __m128i b = _mm_loadu_si128((const __m128i *)p);
            qLanes = _mm_sub_epi8(qLanes, _mm_cmpeq_epi8(b, quote));
            fLanes = _mm_sub_epi8(fLanes, _mm_cmpeq_epi8(b, feed));
        }
        i += 16 * blocks;
        __m128i qSum = _mm_sad_epu8(qLanes, zero), fSum = _mm_sad_epu8(fLanes, zero);
        q += (size_t)_mm_cvtsi128_si32(qSum) + (size_t)_mm_extract_epi16(qSum, 4);
        f += (size_t)_mm_cvtsi128_si32(fSum) + (size_t)_mm_extract_epi16(fSum, 4);
    }
#endif
    for (; i < count; i++) {
        q += bytes[i] == '"';
        f += bytes[i] == '\n';
    }
    *quotes = q;
    *feeds = f;
}
#endif
