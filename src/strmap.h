/* SPDX-License-Identifier: MIT */
/* strmap.h: string pool and open-addressing hash tables used by the
 * dictionaries (word interning, trie edges, pattern indexes). */
#ifndef ACTA_STRMAP_H
#define ACTA_STRMAP_H
#include <stddef.h>
#include <stdint.h>

/* Append-only pool of NUL-terminated strings, addressed by offset. */
typedef struct acta_pool {
  char *data;
  size_t len, cap;
} acta_pool;

void acta_pool_init(acta_pool *p);
void acta_pool_free(acta_pool *p);
uint32_t acta_pool_add(acta_pool *p, const char *s, size_t n);
static inline const char *acta_pool_str(const acta_pool *p, uint32_t off) {
  return p->data + off;
}

uint64_t acta_hash(const char *s, size_t n);

/* A slot of an interning table: all a probe compares, in 16 bytes (four
 * to a cache line), so that a lookup reads one line of the table and then
 * the string itself, and not four arrays (speed46a: most lookups are of
 * words not seen before in the run, whose lines are cold). */
typedef struct acta_intern_slot {
  uint32_t id1;  /* id + 1, 0 = empty */
  uint32_t hash; /* the low half of acta_hash(): the slot index's bits and
                    a filter compared before the length and the bytes */
  uint32_t off;  /* the string's pool offset and length, as offs[id1 - 1] */
  uint32_t len;  /* and lens[id1 - 1] */
} acta_intern_slot;

/* Interning table: distinct strings get dense ids 0, 1, 2 ... */
typedef struct acta_intern {
  acta_pool pool;
  uint32_t *offs;  /* id -> pool offset */
  uint32_t *lens;  /* id -> length */
  uint32_t count, cap_ids;
  acta_intern_slot *slots;
  uint32_t nslots; /* power of two */
} acta_intern;

#define ACTA_NO_WORD UINT32_MAX

void acta_intern_init(acta_intern *t);
void acta_intern_free(acta_intern *t);
uint32_t acta_intern_add(acta_intern *t, const char *s, size_t n);
uint32_t acta_intern_find(const acta_intern *t, const char *s, size_t n);
/* acta_intern_find() given h = acta_hash(s, n). */
uint32_t acta_intern_find_hashed(const acta_intern *t, const char *s, size_t n,
                                 uint64_t h);
static inline const char *acta_intern_str(const acta_intern *t, uint32_t id) {
  return t->pool.data + t->offs[id];
}

/* Map from 64-bit key (never UINT64_MAX) to 32-bit value. */
typedef struct acta_u64map {
  uint64_t *keys;
  uint32_t *vals;
  uint32_t nslots, count;
} acta_u64map;

void acta_u64map_init(acta_u64map *m);
void acta_u64map_free(acta_u64map *m);
void acta_u64map_put(acta_u64map *m, uint64_t key, uint32_t val);
/* The slot hash of a key (the images store the maps' slots: changing it
 * changes the image format). */
static inline uint32_t acta_u64map_mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return (uint32_t)k;
}
/* Returns 1 and sets *val if found.  Inline: ~240,000 calls on 250
 * records, mostly from the phrase and pattern matchers. */
static inline int acta_u64map_get(const acta_u64map *m, uint64_t key, uint32_t *val) {
  if (!m->nslots) return 0;
  uint32_t mask = m->nslots - 1;
  uint32_t i = acta_u64map_mix(key) & mask;
  while (m->keys[i] != UINT64_MAX) {
    if (m->keys[i] == key) {
      *val = m->vals[i];
      return 1;
    }
    i = (i + 1) & mask;
  }
  return 0;
}

#endif
