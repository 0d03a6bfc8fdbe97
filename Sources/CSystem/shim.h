#ifndef IMMEX_CSYSTEM_SHIM_H
#define IMMEX_CSYSTEM_SHIM_H
/* Linux system calls Swift's Glibc module does not expose. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Swaps two paths atomically (renameat2 with RENAME_EXCHANGE, Linux 3.15): a new output folder
   takes the old one's place in one step. A shim because syscall(2) is variadic, which Swift cannot
   call, and glibc declares renameat2 only under _GNU_SOURCE. */
static inline int immex_exchange_paths(const char *from, const char *to) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */);
}
#endif
