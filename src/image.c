/* SPDX-License-Identifier: MIT */
/* image.c: the dictionary image file (format in image.h): writes sections
 * atomically into a file, maps a file read-only and checks its header,
 * section table and checksum, and reads the generic tables (string pools,
 * interning tables, u64 maps) back in place with every offset checked. */
#include "image.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define IMG_MAGIC "ACTAIMG"   /* 8 bytes with its NUL */
#define IMG_BOM 0x01020304u
#define IMG_ALIGN 64

typedef struct img_header {
  char magic[8];
  uint32_t version;
  uint32_t byte_order;
  uint64_t file_size;
  uint64_t key[2];
  uint64_t checksum;   /* of the header (this field 0), table, sections */
  uint32_t nsections;
  uint32_t reserved;
} img_header;

typedef struct img_entry {
  uint32_t id, elem_size;
  uint64_t offset, count;
} img_entry;

/* ---- hash ------------------------------------------------------------- */

#define H1 0x9E3779B185EBCA87ULL
#define H2 0xC2B2AE3D27D4EB4FULL
#define H3 0x165667B19E3779F9ULL
#define H4 0x85EBCA77C2B2AE63ULL
#define H5 0x27D4EB2F165667C5ULL

static inline uint64_t rotl64(uint64_t x, int r) {
  return (x << r) | (x >> (64 - r));
}

static inline uint64_t rd64(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

static inline uint64_t lane(uint64_t acc, uint64_t v) {
  return rotl64(acc + v * H2, 31) * H1;
}

uint64_t acta_image_hash(const void *data, size_t n, uint64_t seed) {
  const unsigned char *p = data;
  uint64_t total = n;
  uint64_t a = seed + H1 + H2, b = seed + H2, c = seed, d = seed - H1;
  while (n >= 32) {
    a = lane(a, rd64(p));
    b = lane(b, rd64(p + 8));
    c = lane(c, rd64(p + 16));
    d = lane(d, rd64(p + 24));
    p += 32;
    n -= 32;
  }
  uint64_t h = rotl64(a, 1) + rotl64(b, 7) + rotl64(c, 12) + rotl64(d, 18);
  h += total;
  while (n >= 8) {
    h ^= lane(0, rd64(p));
    h = rotl64(h, 27) * H1 + H4;
    p += 8;
    n -= 8;
  }
  while (n) {
    h ^= *p * H5;
    h = rotl64(h, 11) * H1;
    p++;
    n--;
  }
  h ^= h >> 33;
  h *= H2;
  h ^= h >> 29;
  h *= H3;
  h ^= h >> 32;
  return h;
}

uint64_t acta_image_sum(const void *data, size_t n, uint64_t seed) {
  const unsigned char *p = data;
  uint64_t total = n;
  /* per lane: s1 the sum of its words, s2 the sum of the s1 so far (each
   * word weighted by its distance from the end: moved words change it) */
  uint64_t s[8] = {0};
#if defined(__SSE2__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* speed29c: the four lanes in two registers of two, the s2 in two more
   * (the same sums: rd64 reads a word in the machine's order); every run
   * checks the whole image, ~19 MB, at load */
  __m128i s1a = _mm_setzero_si128(), s1b = s1a, s2a = s1a, s2b = s1a;
  while (n >= 32) {
    s1a = _mm_add_epi64(s1a, _mm_loadu_si128((const void *)p));
    s1b = _mm_add_epi64(s1b, _mm_loadu_si128((const void *)(p + 16)));
    s2a = _mm_add_epi64(s2a, s1a);
    s2b = _mm_add_epi64(s2b, s1b);
    p += 32;
    n -= 32;
  }
  _mm_storeu_si128((void *)&s[0], s1a);
  _mm_storeu_si128((void *)&s[2], s1b);
  _mm_storeu_si128((void *)&s[4], s2a);
  _mm_storeu_si128((void *)&s[6], s2b);
#else
  while (n >= 32) {
    for (int k = 0; k < 4; k++) {
      s[k] += rd64(p + 8 * k);
      s[4 + k] += s[k];
    }
    p += 32;
    n -= 32;
  }
#endif
  uint64_t h = acta_image_hash(s, sizeof s, seed ^ total);
  return acta_image_hash(p, n, h);
}

/* ---- writing ----------------------------------------------------------- */

typedef struct pending {
  uint32_t id, elem_size;
  const void *data;
  uint64_t count;
  void *owned;    /* a copy the writer made (acta_image_add_copy) */
} pending;

struct acta_image_writer {
  pending *v;
  size_t n, cap;
};

acta_image_writer *acta_image_writer_new(void) {
  acta_image_writer *w = calloc(1, sizeof *w);
  if (!w) abort();
  return w;
}

void acta_image_writer_free(acta_image_writer *w) {
  if (!w) return;
  for (size_t i = 0; i < w->n; i++) free(w->v[i].owned);
  free(w->v);
  free(w);
}

void acta_image_add(acta_image_writer *w, uint32_t id, const void *data,
                    size_t elem_size, size_t count) {
  if (w->n == w->cap) {
    w->cap = w->cap ? w->cap * 2 : 64;
    w->v = realloc(w->v, w->cap * sizeof *w->v);
    if (!w->v) abort();
  }
  w->v[w->n++] = (pending){id, (uint32_t)elem_size, count ? data : NULL,
                           count, NULL};
}

void acta_image_add_copy(acta_image_writer *w, uint32_t id, const void *data,
                         size_t elem_size, size_t count) {
  size_t bytes = elem_size * count;
  /* (calloc: an empty table's one byte is written too, so no build reads
   * it as uninitialised, whatever a profile makes GCC inline) */
  void *copy = calloc(bytes ? bytes : 1, 1);
  if (!copy) abort();
  if (bytes) memcpy(copy, data, bytes);
  acta_image_add(w, id, copy, elem_size, count);
  w->v[w->n - 1].owned = copy;
}

void acta_image_add_pool(acta_image_writer *w, uint32_t id,
                         const acta_pool *p) {
  acta_image_add(w, id, p->data, 1, p->len);
}

void acta_image_add_intern(acta_image_writer *w, uint32_t id,
                           const acta_intern *t) {
  acta_image_add_pool(w, id, &t->pool);
  acta_image_add(w, id + 1, t->offs, sizeof *t->offs, t->count);
  acta_image_add(w, id + 2, t->lens, sizeof *t->lens, t->count);
  acta_image_add(w, id + 3, t->slots, sizeof *t->slots, t->nslots);
}

void acta_image_add_u64map(acta_image_writer *w, uint32_t id,
                           const acta_u64map *m) {
  acta_image_add(w, id, m->keys, sizeof *m->keys, m->nslots);
  acta_image_add(w, id + 1, m->vals, sizeof *m->vals, m->nslots);
}

static uint64_t align_up(uint64_t x) {
  return (x + IMG_ALIGN - 1) & ~(uint64_t)(IMG_ALIGN - 1);
}

static int write_all(int fd, const void *p, size_t n) {
  const char *s = p;
  while (n) {
    ssize_t k = write(fd, s, n);
    if (k < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    s += k;
    n -= (size_t)k;
  }
  return 0;
}

int acta_image_write(const acta_image_writer *w, const uint64_t key[2],
                     const char *path) {
  size_t tsize = w->n * sizeof(img_entry);
  img_entry *table = calloc(w->n ? w->n : 1, sizeof *table);
  if (!table) abort();
  uint64_t off = align_up(sizeof(img_header) + tsize);
  for (size_t i = 0; i < w->n; i++) {
    table[i].id = w->v[i].id;
    table[i].elem_size = w->v[i].elem_size;
    table[i].offset = off;
    table[i].count = w->v[i].count;
    off = align_up(off + w->v[i].count * w->v[i].elem_size);
  }
  img_header h;
  memset(&h, 0, sizeof h);
  memcpy(h.magic, IMG_MAGIC, sizeof IMG_MAGIC);
  h.version = ACTA_IMAGE_VERSION;
  h.byte_order = IMG_BOM;
  h.file_size = off;
  h.key[0] = key[0];
  h.key[1] = key[1];
  h.nsections = (uint32_t)w->n;
  uint64_t sum = acta_image_sum(&h, sizeof h, 0);
  sum = acta_image_sum(table, tsize, sum);
  for (size_t i = 0; i < w->n; i++)
    sum = acta_image_sum(w->v[i].data, w->v[i].count * w->v[i].elem_size, sum);
  h.checksum = sum;

  size_t plen = strlen(path);
  char *tmp = malloc(plen + 16);
  if (!tmp) abort();
  memcpy(tmp, path, plen);
  memcpy(tmp + plen, ".tmp-XXXXXX", 12);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    int e = errno;
    free(tmp);
    free(table);
    errno = e;
    return -1;
  }
  /* mkstemp makes it 0600; an image holds nothing its (readable) sources
   * do not, and other users of a shared data directory map it too.  (The
   * umask is process state: reading it would mean changing it.) */
  int rc = fchmod(fd, 0644);
  static const char zeros[IMG_ALIGN] = {0};
  uint64_t at = sizeof h + tsize;
  if (rc == 0) rc = write_all(fd, &h, sizeof h);
  if (rc == 0) rc = write_all(fd, table, tsize);
  for (size_t i = 0; i < w->n && rc == 0; i++) {
    if (table[i].offset > at) rc = write_all(fd, zeros, table[i].offset - at);
    uint64_t bytes = w->v[i].count * w->v[i].elem_size;
    if (rc == 0 && bytes) rc = write_all(fd, w->v[i].data, bytes);
    at = table[i].offset + bytes;
  }
  if (rc == 0 && off > at) rc = write_all(fd, zeros, off - at);
  int e = errno;
  if (close(fd) != 0 && rc == 0) {
    rc = -1;
    e = errno;
  }
  if (rc == 0 && rename(tmp, path) != 0) {
    rc = -1;
    e = errno;
  }
  if (rc != 0) unlink(tmp);
  free(tmp);
  free(table);
  errno = e;
  return rc;
}

/* ---- reading ----------------------------------------------------------- */

static int bad(char *why, size_t whylen, const char *msg) {
  if (why && whylen) snprintf(why, whylen, "%s", msg);
  return -2;
}

static int check(acta_image *im, const uint64_t key[2], int check_sum,
                 char *why, size_t whylen) {
  img_header h;
  if (im->len < sizeof h) return bad(why, whylen, "truncated (no header)");
  memcpy(&h, im->base, sizeof h);
  if (memcmp(h.magic, IMG_MAGIC, sizeof IMG_MAGIC) != 0)
    return bad(why, whylen, "not a dictionary image (bad magic)");
  if (h.byte_order != IMG_BOM)
    return bad(why, whylen, "written on a machine of another byte order");
  if (h.version != ACTA_IMAGE_VERSION)
    return bad(why, whylen, "another image format version");
  if (h.file_size != im->len)
    return bad(why, whylen, "truncated or extended (size differs)");
  if (key && (h.key[0] != key[0] || h.key[1] != key[1]))
    return bad(why, whylen, "stale (the dictionaries changed)");
  if (h.nsections > (im->len - sizeof h) / sizeof(img_entry))
    return bad(why, whylen, "section table past the end");
  size_t tsize = h.nsections * sizeof(img_entry);
  const unsigned char *tp = im->base + sizeof h;
  uint64_t sum = 0;
  if (check_sum) {
    img_header z = h;
    z.checksum = 0;
    sum = acta_image_sum(&z, sizeof z, 0);
    sum = acta_image_sum(tp, tsize, sum);
  }
  for (uint32_t i = 0; i < h.nsections; i++) {
    img_entry e;
    memcpy(&e, tp + i * sizeof e, sizeof e);
    if (e.elem_size == 0 || e.offset % 8 != 0 ||
        e.offset < sizeof h + tsize || e.offset > im->len ||
        e.count > (im->len - e.offset) / e.elem_size)
      return bad(why, whylen, "a section lies outside the file");
    if (check_sum)
      sum = acta_image_sum(im->base + e.offset, e.count * e.elem_size, sum);
  }
  if (check_sum && sum != h.checksum)
    return bad(why, whylen, "corrupt (checksum differs)");
  im->nsections = h.nsections;
  return 0;
}

int acta_image_map(const char *path, const uint64_t key[2], acta_image *out,
                   char *why, size_t whylen) {
  memset(out, 0, sizeof *out);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    if (why && whylen) snprintf(why, whylen, "not a regular file");
    return -2;
  }
  /* the header alone first: a stale image is rejected without mapping */
  img_header h;
  ssize_t got = pread(fd, &h, sizeof h, 0);
  if (got == (ssize_t)sizeof h && key &&
      memcmp(h.magic, IMG_MAGIC, sizeof IMG_MAGIC) == 0 &&
      (h.key[0] != key[0] || h.key[1] != key[1])) {
    close(fd);
    return bad(why, whylen, "stale (the dictionaries changed)");
  }
  if (st.st_size < (off_t)sizeof h) {
    close(fd);
    return bad(why, whylen, "truncated (no header)");
  }
  size_t len = (size_t)st.st_size;
  void *m = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  close(fd);
  if (m == MAP_FAILED) return -1;
  out->base = m;
  out->len = len;
  out->map = m;
  out->map_len = len;
  int rc = check(out, key, 1, why, whylen);
  if (rc != 0) acta_image_unmap(out);
  return rc;
}

int acta_image_open_memory(const void *data, size_t len, int check_sum,
                           acta_image *out, char *why, size_t whylen) {
  memset(out, 0, sizeof *out);
  out->base = data;
  out->len = len;
  return check(out, NULL, check_sum, why, whylen);
}

void acta_image_unmap(acta_image *im) {
  if (im->map) munmap(im->map, im->map_len);
  memset(im, 0, sizeof *im);
}

const void *acta_image_section(const acta_image *im, uint32_t id,
                               size_t elem_size, size_t *count) {
  const unsigned char *tp = im->base + sizeof(img_header);
  *count = 0; /* set on every path: inlined, GCC checks each caller's use */
  for (uint32_t i = 0; i < im->nsections; i++) {
    img_entry e;
    memcpy(&e, tp + i * sizeof e, sizeof e);
    if (e.id != id) continue;
    if (e.elem_size != elem_size) return NULL;
    *count = (size_t)e.count;
    return im->base + e.offset;
  }
  return NULL;
}

/* ---- generic tables ---------------------------------------------------- */

int acta_image_pool(const acta_image *im, uint32_t id, acta_pool *out) {
  size_t n;
  const char *p = acta_image_section(im, id, 1, &n);
  /* every string ends with a NUL: the last byte is one */
  if (!p || n == 0 || n >= UINT32_MAX || p[n - 1] != '\0') return -1;
  out->data = (char *)p;
  out->len = out->cap = n;
  return 0;
}

static int pow2_or_zero(size_t n) { return (n & (n - 1)) == 0; }

int acta_image_intern(const acta_image *im, uint32_t id, acta_intern *out) {
  memset(out, 0, sizeof *out);
  size_t nw, nl, ns;
  if (acta_image_pool(im, id, &out->pool) != 0) return -1;
  const uint32_t *offs = acta_image_section(im, id + 1, 4, &nw);
  const uint32_t *lens = acta_image_section(im, id + 2, 4, &nl);
  const acta_intern_slot *slots =
      acta_image_section(im, id + 3, sizeof(acta_intern_slot), &ns);
  if (!offs || !lens || !slots || nw != nl || nw >= UINT32_MAX ||
      ns > UINT32_MAX || !pow2_or_zero(ns) || (ns == 0 && nw != 0))
    return -1;
  size_t plen = out->pool.len;
  const char *pool = out->pool.data;
  for (size_t i = 0; i < nw; i++)
    if (offs[i] >= plen || lens[i] >= plen - offs[i] ||
        pool[offs[i] + lens[i]] != '\0')
      return -1;
  /* the slots are not read here: a probe checks a slot's id and string
   * and ends in a table with no empty slot (strmap.c, intern_probe) */
  out->offs = (uint32_t *)offs;
  out->lens = (uint32_t *)lens;
  out->count = out->cap_ids = (uint32_t)nw;
  out->slots = (acta_intern_slot *)slots;
  out->nslots = (uint32_t)ns;
  return 0;
}

int acta_image_u64map(const acta_image *im, uint32_t id, acta_u64map *out,
                      uint64_t max_val) {
  memset(out, 0, sizeof *out);
  size_t nk, nv;
  const uint64_t *keys = acta_image_section(im, id, 8, &nk);
  const uint32_t *vals = acta_image_section(im, id + 1, 4, &nv);
  if (!keys || !vals || nk != nv || nk > UINT32_MAX / 2 || !pow2_or_zero(nk))
    return -1;
  size_t used = 0;
  for (size_t i = 0; i < nk; i++) {
    if (keys[i] == UINT64_MAX) continue;
    used++;
    if (vals[i] >= max_val) return -1;
  }
  if (nk && used == nk) return -1; /* no free slot: a miss would not end */
  out->keys = (uint64_t *)keys;
  out->vals = (uint32_t *)vals;
  out->nslots = (uint32_t)nk;
  out->count = (uint32_t)used;
  return 0;
}
