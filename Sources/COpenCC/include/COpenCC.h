// OpenCC's C API (Debian's libopencc-dev) behind three calls Swift can use as they are: the library
// reports a failed open as (opencc_t)-1, which this turns into NULL.
#ifndef COPENCC_H
#define COPENCC_H

#include <stddef.h>

/// Opens a conversion by its config name ("t2s.json", "s2t.json", found in OpenCC's data directory)
/// or path. NULL when the config or its dictionaries are missing.
void *co_open(const char *config);
/// Converts `length` bytes of UTF-8; the result is NUL-terminated, freed with co_free. NULL on error.
char *co_convert(void *converter, const char *text, size_t length);
void co_free(char *converted);
void co_close(void *converter);

#endif
