#include "COpenCC.h"

#include <opencc/opencc.h>

void *co_open(const char *config) {
  opencc_t converter = opencc_open(config);
  return converter == (opencc_t)-1 ? NULL : converter;
}

char *co_convert(void *converter, const char *text, size_t length) {
  return opencc_convert_utf8((opencc_t)converter, text, length);
}

void co_free(char *converted) { opencc_convert_utf8_free(converted); }

void co_close(void *converter) { opencc_close((opencc_t)converter); }
