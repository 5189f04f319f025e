/* SPDX-License-Identifier: MIT */
/* strmap.c: string pool, string interning and u64 -> u32 hash map. */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) abort();
  return q;
}

void acta_pool_init(acta_pool *p) { memset(p, 0, sizeof *p); }
void acta_pool_free(acta_pool *p) { free(p->data); acta_pool_init(p); }

uint32_t acta_pool_add(acta_pool *p, const char *s, size_t n) {
  /* offsets are 32-bit: a pool past 4 GiB would hand out wrong offsets */
  if (n >= UINT32_MAX || p->len > UINT32_MAX - 1 - n) abort();
  if (p->len + n + 1 > p->cap) {
    size_t cap = p->cap ? p->cap : 4096;
    while (cap < p->len + n + 1) cap *= 2;
    p->data = xrealloc(p->data, cap);
    p->cap = cap;
  }
  uint32_t off = (uint32_t)p->len;
  memcpy(p->data + p->len, s, n);
  p->data[p->len + n] = '\0';
  p->len += n + 1;
  return off;
}

static inline uint64_t load64(const char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

static inline uint64_t load32(const char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* Two words into the state (multiply and rotate, as xxHash's rounds). */
static inline uint64_t round2(uint64_t h, uint64_t a, uint64_t b) {
  h ^= rotl64(a * 0x9E3779B185EBCA87ULL, 31) * 0xC2B2AE3D27D4EB4FULL;
  h = rotl64(h, 27) * 0x9E3779B185EBCA87ULL + 0x85EBCA77C2B2AE63ULL;
  h ^= rotl64(b * 0xC2B2AE3D27D4EB4FULL, 33) * 0x9E3779B185EBCA87ULL;
  return rotl64(h, 29) * 0xC2B2AE3D27D4EB4FULL;
}

/* A 64-bit hash read a word at a time: most keys are words of at most 16
 * bytes, read as two (possibly overlapping) loads, as wyhash does, with no
 * loop; the length is in the seed so that overlaps stay distinct.  Then
 * murmur's final mix, so that the low bits are usable. */
uint64_t acta_hash(const char *s, size_t n) {
  uint64_t h = 0x27D4EB2F165667C5ULL ^ ((uint64_t)n * 0x9E3779B185EBCA87ULL);
  uint64_t a, b;
  if (n > 16) {
    const char *end = s + n;
    for (; end - s > 16; s += 16) h = round2(h, load64(s), load64(s + 8));
    a = load64(end - 16); /* the last 16 bytes, overlapping the loop's */
    b = load64(end - 8);
  } else if (n >= 8) {
    a = load64(s);
    b = load64(s + n - 8);
  } else if (n >= 4) {
    a = load32(s);
    b = load32(s + n - 4);
  } else if (n > 0) {
    a = ((uint64_t)(unsigned char)s[0] << 16) |
        ((uint64_t)(unsigned char)s[n >> 1] << 8) | (unsigned char)s[n - 1];
    b = 0;
  } else {
    a = b = 0;
  }
  h ^= a * 0x9E3779B185EBCA87ULL;
  h ^= rotl64(b * 0xC2B2AE3D27D4EB4FULL, 32);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

void acta_intern_init(acta_intern *t) {
  memset(t, 0, sizeof *t);
  acta_pool_init(&t->pool);
}

void acta_intern_free(acta_intern *t) {
  acta_pool_free(&t->pool);
  free(t->offs);
  free(t->lens);
  free(t->slots);
  memset(t, 0, sizeof *t);
}

/* The slot of s (found) or the empty slot that ends its probe.  A table
 * mapped from an image is used as it is, unchecked at load (speed46a: a
 * scan of every slot cost more than the lookups' checks), so a probe
 * checks what it relies on: it ends after nslots slots even in a table
 * with no empty slot, and a slot matches only with an id in range and a
 * string inside the pool. */
static uint32_t intern_probe(const acta_intern *t, const char *s, size_t n,
                             uint64_t h, int *found) {
  uint32_t mask = t->nslots - 1, h32 = (uint32_t)h;
  uint32_t i = h32 & mask;
  *found = 0;
  for (uint32_t k = 0; k < t->nslots; k++) {
    const acta_intern_slot *sl = &t->slots[i];
    if (sl->id1 == 0) return i;
    if (sl->hash == h32 && sl->len == n && sl->id1 <= t->count &&
        (uint64_t)sl->off + n < t->pool.len &&
        memcmp(t->pool.data + sl->off, s, n) == 0) {
      *found = 1;
      return i;
    }
    i = (i + 1) & mask;
  }
  return i; /* (a full table: only a mapped one, never added to) */
}

static void intern_grow(acta_intern *t) {
  uint32_t old_n = t->nslots;
  acta_intern_slot *old = t->slots;
  if (old_n > UINT32_MAX / 2) abort(); /* 2^31 slots: ids would overflow */
  t->nslots = old_n ? old_n * 2 : 1024;
  t->slots = calloc(t->nslots, sizeof *t->slots);
  if (!t->slots) abort();
  uint32_t mask = t->nslots - 1;
  for (uint32_t i = 0; i < old_n; i++) {
    if (!old[i].id1) continue;
    uint32_t j = old[i].hash & mask;
    while (t->slots[j].id1) j = (j + 1) & mask;
    t->slots[j] = old[i];
  }
  free(old);
}

uint32_t acta_intern_find(const acta_intern *t, const char *s, size_t n) {
  if (!t->nslots) return ACTA_NO_WORD;
  int found;
  uint32_t i = intern_probe(t, s, n, acta_hash(s, n), &found);
  return found ? t->slots[i].id1 - 1 : ACTA_NO_WORD;
}

uint32_t acta_intern_find_hashed(const acta_intern *t, const char *s, size_t n,
                                 uint64_t h) {
  if (!t->nslots) return ACTA_NO_WORD;
  int found;
  uint32_t i = intern_probe(t, s, n, h, &found);
  return found ? t->slots[i].id1 - 1 : ACTA_NO_WORD;
}

uint32_t acta_intern_add(acta_intern *t, const char *s, size_t n) {
  if (((uint64_t)t->count + 1) * 2 >= t->nslots) intern_grow(t);
  uint64_t h = acta_hash(s, n);
  int found;
  uint32_t i = intern_probe(t, s, n, h, &found);
  if (found) return t->slots[i].id1 - 1;
  if (t->count == t->cap_ids) {
    t->cap_ids = t->cap_ids ? t->cap_ids * 2 : 1024;
    t->offs = xrealloc(t->offs, t->cap_ids * sizeof *t->offs);
    t->lens = xrealloc(t->lens, t->cap_ids * sizeof *t->lens);
  }
  uint32_t id = t->count++;
  t->offs[id] = acta_pool_add(&t->pool, s, n);
  t->lens[id] = (uint32_t)n;
  t->slots[i] = (acta_intern_slot){id + 1, (uint32_t)h, t->offs[id], (uint32_t)n};
  return id;
}

void acta_u64map_init(acta_u64map *m) { memset(m, 0, sizeof *m); }

void acta_u64map_free(acta_u64map *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

static uint32_t mix64(uint64_t k) { return acta_u64map_mix(k); }

static void u64map_grow(acta_u64map *m) {
  uint32_t old_n = m->nslots;
  uint64_t *ok = m->keys;
  uint32_t *ov = m->vals;
  if (old_n > UINT32_MAX / 2) abort();
  m->nslots = old_n ? old_n * 2 : 1024;
  m->keys = malloc((size_t)m->nslots * sizeof *m->keys);
  m->vals = malloc((size_t)m->nslots * sizeof *m->vals);
  if (!m->keys || !m->vals) abort();
  memset(m->keys, 0xFF, (size_t)m->nslots * sizeof *m->keys);
  uint32_t mask = m->nslots - 1;
  for (uint32_t i = 0; i < old_n; i++) {
    if (ok[i] == UINT64_MAX) continue;
    uint32_t j = mix64(ok[i]) & mask;
    while (m->keys[j] != UINT64_MAX) j = (j + 1) & mask;
    m->keys[j] = ok[i];
    m->vals[j] = ov[i];
  }
  free(ok);
  free(ov);
}

void acta_u64map_put(acta_u64map *m, uint64_t key, uint32_t val) {
  if (key == UINT64_MAX) abort(); /* the empty-slot marker, never a key */
  if (((uint64_t)m->count + 1) * 2 >= m->nslots) u64map_grow(m);
  uint32_t mask = m->nslots - 1;
  uint32_t i = mix64(key) & mask;
  while (m->keys[i] != UINT64_MAX && m->keys[i] != key) i = (i + 1) & mask;
  if (m->keys[i] == UINT64_MAX) m->count++;
  m->keys[i] = key;
  m->vals[i] = val;
}

/* acta_u64map_get() is inline in strmap.h. */
