#ifndef IMMEX_CPREFETCH_SHIM_H
#define IMMEX_CPREFETCH_SHIM_H
/* The compiler's prefetch hint, which Swift does not expose: asks for the cache line holding
   `address` (to be written: `for_write` 1) without waiting for it, so a loop can start many
   memory loads ahead of the work that needs them. An instruction no program result depends on:
   a bad address is never a fault. */
static inline void immex_prefetch(const void *address) { __builtin_prefetch(address, 1, 3); }
#endif
