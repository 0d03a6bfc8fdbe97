#ifndef IMMEX_CLIBZIP_SHIM_H
#define IMMEX_CLIBZIP_SHIM_H
#include <zip.h>
#endif
