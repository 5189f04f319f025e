/* SPDX-License-Identifier: MIT */
/* gazetteer_tables.h: the gazetteer's loaded tables, shared by the loader
 * and matcher (gazetteer.c) and the dictionary image (gazetteer_image.c,
 * which writes them and maps them back).  Private to the library.
 *
 * A field added here must be added to the image too: gazetteer_image.c
 * checks sizeof(struct acta_gazetteer) at compile time to say so. */
#ifndef ACTA_GAZETTEER_TABLES_H
#define ACTA_GAZETTEER_TABLES_H
#include <stdint.h>

#include "gazetteer.h"
#include "strmap.h"
#include "vocab.h"

#define GZ_BADKEEP 32    /* bad-line messages kept */
/* posting flag: a province or region named like a city of its country */
#define GZ_SECONDARY 0x80000000u
/* speed24: bits of the variant-word filter (vwords): a bit per hash of a
 * word of a light key, and (hashed apart) of a skeleton's word */
#define GZ_VWORD_BITS (1u << 20)
/* speed29b: bits of the first-word filter (fwords): a bit per hash of the
 * first word of an exact key */
#define GZ_FWORD_BITS (1u << 20)
/* speed41b: bits of the two-word filter (pwords): a bit per hash of the
 * first two words of an exact key of two words or more (some 6,900 such
 * keys and 6,200 first pairs with today's places.txt and geonames: about
 * one bit in ten set; the counts move with the data) */
#define GZ_PWORD_BITS (1u << 16)
#define GZ_VSLOTS 4096 /* vslot: a power of two, over twice V_COUNT */

enum { P_LANDMARK, P_CITY, P_ADMIN1, P_REGION, P_COUNTRY, P_COUNT };

enum { T_EXACT, T_LIGHT, T_SKEL, T_COUNT };

typedef struct grec {
  uint32_t name, admin1; /* offsets in g->pool */
  double lat, lon;
  long pop;
  char cc[4];
  uint8_t prec;
} grec;

struct acta_gazetteer {
  acta_pool pool;        /* display names */
  grec *recs;
  uint32_t nrecs, caprecs;
  acta_intern keys[T_COUNT];
  uint32_t *koff[T_COUNT]; /* key id -> first posting (count + 1 entries) */
  uint32_t *post[T_COUNT]; /* record index | GZ_SECONDARY */
  uint8_t *kflags;         /* exact key id -> K_* */
  uint64_t *vwords;        /* GZ_VWORD_BITS bits: the words of the light
                              and skeleton keys (gazetteer.c, vword_bit) */
  uint64_t *fwords;        /* GZ_FWORD_BITS bits: the first words of the
                              exact keys (gazetteer.c, fword_bit) */
  uint64_t *pwords;        /* GZ_PWORD_BITS bits: the first two words of
                              the exact keys of two words or more
                              (gazetteer.c, pword_bit) */
  uint8_t wflags[V_COUNT]; /* built-in English words: vocabulary code ->
                              W_* (acta_gazetteer_words: static data, not
                              in the image) */
  uint16_t vslot[GZ_VSLOTS]; /* speed24: the vocabulary codes by the
                              acta_hash of their words (open addressing;
                              0: empty), acta_vocab_find's answers for the
                              words read from bytes (acta_gazetteer_words:
                              static data, not in the image) */
  size_t bad;
  acta_pool badpool;
  uint32_t badoff[GZ_BADKEEP];
  uint8_t mapped;          /* the tables lie in a dictionary image, which
                              its owner unmaps (gazetteer_image.c) */
};

/* Fills g->wflags from the built-in word lists (gazetteer.c). */
void acta_gazetteer_words(acta_gazetteer *g);
/* test42: may k[0, n), the folded first two words of a name and the space
 * between them, start an exact key (its g->pwords bit, gazetteer.c
 * pair_may)?  For tests/unit/test_image_filters.c only. */
int acta_gazetteer_pair_may(const acta_gazetteer *g, const char *k, size_t n);

#endif
