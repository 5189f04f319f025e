/* SPDX-License-Identifier: MIT */
/* store_strings.h: copies of the strings a store walk hands out (valid only
 * during a callback), kept until the pool is freed (store_strings.c). */
#ifndef ACTA_STORE_STRINGS_H
#define ACTA_STORE_STRINGS_H

#include <stddef.h>

typedef struct store_strings {
  char **s;
  size_t n, cap;
} store_strings;

/* A copy of s owned by the pool (NULL for NULL); out of memory aborts. */
char *store_strings_dup(store_strings *p, const char *s);
void store_strings_free(store_strings *p);

#endif
