#ifndef IMMEX_CISAL_SHIM_H
#define IMMEX_CISAL_SHIM_H
#include <stdint.h>
#include <isa-l/igzip_lib.h>
#include <isa-l/crc.h>

/* The level-2 working buffer size, a macro expression Swift cannot import by itself. */
static const uint32_t immex_isal_level2_buffer_size = ISAL_DEF_LVL2_DEFAULT;
#endif
