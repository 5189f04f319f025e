/* SPDX-License-Identifier: MIT */
/* store_open.c: chooses the event store's backend from its location (a
 * file: SQLite; "postgresql://" or "postgres://": PostgreSQL, when this
 * acta was built with it) and computes the content hash that decides
 * whether a re-ingested article changed. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "acta.h"
#include "store.h"

#ifdef ACTA_HAVE_PG
store *store_pg_open(const char *conninfo, char *err, size_t errlen);
#endif

store *store_open(const char *location, char *err, size_t errlen) {
  if (strncmp(location, "postgresql://", 13) == 0 ||
      strncmp(location, "postgres://", 11) == 0) {
#ifdef ACTA_HAVE_PG
    return store_pg_open(location, err, errlen);
#else
    snprintf(err, errlen, "%s: this acta was built without the PostgreSQL "
             "backend (libpq)", location);
    return NULL;
#endif
  }
  return store_sqlite_open(location, err, errlen);
}

/* Two 64-bit FNV-1a hashes with different seeds over the fields, each
 * field followed by its length so that no two field lists collide by
 * shifting bytes from one field to the next. */
typedef struct hash2 {
  uint64_t a, b;
} hash2;

static void feed(hash2 *h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    h->a = (h->a ^ c) * 1099511628211ull;
    h->b = (h->b ^ c) * 0x100000001b3ull;
    h->b ^= h->b >> 31;
  }
  char len[32];
  int k = snprintf(len, sizeof len, "\x1f%zu\x1e", n);
  for (int i = 0; i < k; i++) {
    h->a = (h->a ^ (unsigned char)len[i]) * 1099511628211ull;
    h->b = (h->b ^ (unsigned char)len[i]) * 0x100000001b3ull;
  }
}

static void feed_s(hash2 *h, const char *s) {
  if (s) feed(h, s, strlen(s));
  else feed(h, "", 0);
}

void store_article_hash(const store_article *a, char out[33]) {
  hash2 h = {1469598103934665603ull, 0x9e3779b97f4a7c15ull};
  feed_s(&h, ACTA_VERSION);
  feed_s(&h, a->date);
  feed_s(&h, a->publisher);
  feed_s(&h, a->url);
  feed_s(&h, a->title);
  feed(&h, a->text ? a->text : "", a->text ? a->text_len : 0);
  snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.a,
           (unsigned long long)h.b);
}
