import ArgumentParser
import Glibc

// The local zone, named once. Without TZ, glibc looks at /etc/localtime again on every local-time
// conversion, and libzip makes one for each entry it lists (its DOS time): a package of 200,000
// CFDI cost 200,000 file lookups. Named, the same zone is read once; a TZ the user set is kept.
if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 1) }

IMMEX.mainInCommandLineLanguage()
