/* SPDX-License-Identifier: MIT */
/* store_strings.c: a pool of string copies for the store's readers
 * (incidents.c, query.c, report_html.c). */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "store_strings.h"

char *store_strings_dup(store_strings *p, const char *s) {
  if (!s) return NULL;
  char *c = strdup(s);
  if (!c) abort();
  ACTA_GROW(p->s, p->n, p->cap);
  p->s[p->n++] = c;
  return c;
}

void store_strings_free(store_strings *p) {
  for (size_t i = 0; i < p->n; i++) free(p->s[i]);
  free(p->s);
  p->s = NULL;
  p->n = p->cap = 0;
}
