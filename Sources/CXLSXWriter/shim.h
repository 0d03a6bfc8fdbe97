#ifndef IMMEX_CXLSXWRITER_SHIM_H
#define IMMEX_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
