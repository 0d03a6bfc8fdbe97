#ifndef IMMEX_COPENSSL_SHIM_H
#define IMMEX_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/err.h>
#endif
