/* SPDX-License-Identifier: MIT */
/* image.h: the dictionary image, a binary file that holds the compiled
 * dictionaries so that a later run maps it (mmap) and uses its tables in
 * place, without parsing anything.  Private to the library.
 *
 * Layout (every integer in the writer's byte order, which the reader
 * checks; every table pointer-free: offsets and indexes only):
 *
 *   header     magic "ACTAIMG\0", format version, byte-order mark, file
 *              size, the 128-bit key of the sources it was compiled from,
 *              a checksum, the number of sections
 *   table      one entry per section: id, element size, offset, count
 *   sections   each an array of fixed-size elements (count x element
 *              size bytes), aligned to 64 bytes
 *
 * A reader rejects an image whose magic, version, byte order, size, key or
 * checksum is wrong, or whose section table points outside the file; the
 * readers of the tables (dict_image.c, gazetteer_image.c) then check every
 * index and offset stored in them, so a corrupt image is rebuilt, never
 * trusted (fuzz/fuzz_image.c).  (An interning table's slots are checked
 * by each lookup instead: strmap.c, intern_probe.  That check keeps every
 * read inside the table, but a slot matches on its own offset and length,
 * not on those of its id: a corrupt image whose checksum still holds may
 * map a word to a wrong id, with no memory error.)
 *
 * Adding a section (as the part-of-speech model did, tagger_image.c):
 *   1. give it the next free id in the enum below, in the group of the
 *      stage it belongs to (0x4xx is free);
 *   2. write it where that stage's tables are written (acta_image_add in
 *      e.g. dict_image.c, or a new <stage>_image.c beside it);
 *   3. read it back with acta_image_section and check every index and
 *      offset in it before the stage uses it;
 *   4. a section a reader requires but the image lacks rejects the image,
 *      which is then rebuilt: older images need no migration.
 * ACTA_IMAGE_VERSION changes only when the header or the meaning of an
 * existing section changes.  The key includes a hash of the library's
 * sources (dict_cache.c), so an image is never read by another build. */
#ifndef ACTA_IMAGE_H
#define ACTA_IMAGE_H
#include <stddef.h>
#include <stdint.h>

#include "strmap.h"

#define ACTA_IMAGE_VERSION 11u /* 2: the checksum is acta_image_sum; 3: a
                                  pattern holds its need[] filter bits, a
                                  word element its ends bits; 4: the
                                  gazetteer's variant-word filter; 5: the
                                  lexicon words' tag candidates; 6: a word
                                  element's filter mask (speed35g); 7: an
                                  entry's multi flag (speed36h); 8: a
                                  tag candidate's closed category and
                                  lex_cand rows of 16 entries with the
                                  word's length (speed38a); 9: the
                                  gazetteer's two-word filter
                                  (speed41b); 10: a tag candidate's
                                  count and tags before its scores
                                  (speed41a); 11: an intern's slots
                                  are acta_intern_slot records, its
                                  fifth array gone (speed46a) */

/* Section ids.  A table made of several arrays (an acta_intern: 5, the
 * fifth unused since version 11; an acta_u64map: 2) takes consecutive ids
 * from its base. */
enum {
  /* dictionaries (dict_image.c) */
  IMG_DICT_META = 0x100,     /* counts, file names: struct dict_meta */
  IMG_DICT_WORDS = 0x108,    /* lexicon (intern, 5 ids) */
  IMG_DICT_INFO = 0x110,     /* acta_word_info per word */
  IMG_DICT_STRINGS = 0x111,  /* names, pattern texts (pool) */
  IMG_DICT_CAMEO = 0x112,    /* acta_cameo */
  IMG_DICT_CAMEO_INDEX = 0x118, /* u64map */
  IMG_DICT_EDGES = 0x11A,    /* phrase trie edges (u64map) */
  IMG_DICT_NODE_ENTRY = 0x11C,
  IMG_DICT_ENTRIES = 0x11D,
  IMG_DICT_PATS = 0x11E,
  IMG_DICT_ELEMS = 0x11F,
  IMG_DICT_ALTS = 0x120,
  IMG_DICT_VERB_PATS = 0x122, /* u64map */
  IMG_DICT_NOUN_PATS = 0x124, /* u64map */
  IMG_DICT_REPORT = 0x126,    /* u64map */
  IMG_DICT_COUNTRIES = 0x128, /* u64map */
  IMG_DICT_WARNINGS = 0x12A,  /* the load's warnings, replayed (pool) */
  IMG_DICT_CUES = 0x12C,      /* acta_cue (cues.h) */
  IMG_DICT_CUE_WORDS = 0x12D, /* their words, lexicon ids */
  IMG_DICT_CUE_FIRST = 0x12E, /* first word -> first cue (u64map) */
  IMG_DICT_ELEM_MASKS = 0x130, /* word elements' filter masks (speed35g) */
  /* gazetteer (gazetteer_image.c) */
  IMG_GAZ_POOL = 0x200,
  IMG_GAZ_RECS = 0x201,
  IMG_GAZ_KEYS = 0x208,       /* 3 interns: exact, light, skeleton keys */
  IMG_GAZ_KOFF = 0x220,       /* + tier */
  IMG_GAZ_POST = 0x224,       /* + tier */
  IMG_GAZ_KFLAGS = 0x228,
  IMG_GAZ_VWORDS = 0x229,     /* the variant-word filter (GZ_VWORD_BITS) */
  IMG_GAZ_FWORDS = 0x22A,     /* the first-word filter (GZ_FWORD_BITS) */
  IMG_GAZ_PWORDS = 0x22B,     /* the two-word filter (GZ_PWORD_BITS) */
  /* 0x230, 0x238: the built-in words, once (now static data: gazetteer.c) */
  /* part-of-speech model (tagger_image.c) */
  IMG_TAGGER_META = 0x300,    /* tag tables, scalars: struct tagger_meta */
  IMG_TAGGER_WORDS = 0x308,   /* the model's folded word forms (intern, 5 ids) */
  IMG_TAGGER_WORD = 0x310,    /* acta_tm_word per model word */
  IMG_TAGGER_COUNTS = 0x311,  /* acta_tm_count records */
  IMG_TAGGER_OF_WORD = 0x312, /* lexicon word id -> model word id */
  IMG_TAGGER_LEX_CAND = 0x313, /* per lexicon word a row of ACTA_TM_STRIDE:
                                  12 candidate indexes (lock x reading), the
                                  word's length, 0s (speed32b, speed38a) */
  IMG_TAGGER_CANDS = 0x314    /* acta_tm_cand, each once */
};

/* 64-bit hash of n bytes (4 lanes of 64-bit multiply-rotate, a few GB/s),
 * chained through seed. */
uint64_t acta_image_hash(const void *p, size_t n, uint64_t seed);

/* The image's checksum of n bytes, chained through seed: a Fletcher-style
 * pair of 64-bit sums in each of 4 lanes of words (two additions per 8
 * bytes, a third of acta_image_hash's work), mixed by acta_image_hash at
 * the end.  It detects accidental damage (a truncated or partly written
 * file, a flipped or moved word), not a forged image; staleness is the
 * key's job. */
uint64_t acta_image_sum(const void *p, size_t n, uint64_t seed);

/* ---- writing -------------------------------------------------------- */

typedef struct acta_image_writer acta_image_writer;

acta_image_writer *acta_image_writer_new(void);
void acta_image_writer_free(acta_image_writer *w);
/* Adds a section of count elements of elem_size bytes.  The data is not
 * copied: it must stay valid until acta_image_write. */
void acta_image_add(acta_image_writer *w, uint32_t id, const void *data,
                    size_t elem_size, size_t count);
/* The same with a copy of the data (a block built for the image). */
void acta_image_add_copy(acta_image_writer *w, uint32_t id, const void *data,
                         size_t elem_size, size_t count);
void acta_image_add_pool(acta_image_writer *w, uint32_t id,
                         const acta_pool *p);
void acta_image_add_intern(acta_image_writer *w, uint32_t id,
                           const acta_intern *t);
void acta_image_add_u64map(acta_image_writer *w, uint32_t id,
                           const acta_u64map *m);
/* Writes the image to path atomically (a temporary file in the same
 * directory, then rename: a reader sees the old file or the new one, and
 * several writers at once leave one whole image).  0, or -1 with errno
 * set and nothing left behind. */
int acta_image_write(const acta_image_writer *w, const uint64_t key[2],
                     const char *path);

/* ---- reading -------------------------------------------------------- */

typedef struct acta_image {
  const unsigned char *base;
  size_t len;
  void *map;           /* the mapping (NULL: memory the caller owns) */
  size_t map_len;
  uint32_t nsections;
} acta_image;

/* Maps path and checks it: magic, version, byte order, size, section
 * table and, unless key is NULL, the key; then the checksum.  0; -1 when
 * the file is absent (errno ENOENT) or unreadable; -2 when it is stale or
 * corrupt (why says which). */
int acta_image_map(const char *path, const uint64_t key[2], acta_image *out,
                   char *why, size_t whylen);
/* The same checks on an image in memory (the fuzzer; tests).  check_sum
 * zero skips the checksum, so that corrupt tables reach their readers. */
int acta_image_open_memory(const void *data, size_t len, int check_sum,
                           acta_image *out, char *why, size_t whylen);
void acta_image_unmap(acta_image *im);

/* The elements of section id; NULL (and *count 0) when absent or when its
 * element size is not elem_size.  A section of 0 elements gives a non-NULL
 * pointer. */
const void *acta_image_section(const acta_image *im, uint32_t id,
                               size_t elem_size, size_t *count);
/* Tables pointing into the image, checked (every offset inside the pool,
 * every string NUL-terminated, every slot within range, a free slot in
 * every hash table so that a lookup ends).  The results are read-only: they
 * must never be grown or freed.  0, or -1 (the section is bad). */
int acta_image_pool(const acta_image *im, uint32_t id, acta_pool *out);
int acta_image_intern(const acta_image *im, uint32_t id, acta_intern *out);
/* max_val: values must be below it (UINT32_MAX + 1: any value). */
int acta_image_u64map(const acta_image *im, uint32_t id, acta_u64map *out,
                      uint64_t max_val);

#endif
