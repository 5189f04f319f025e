/* SPDX-License-Identifier: MIT */
/* gazetteer_image.c: the gazetteer's tables in the dictionary image:
 * writes them as sections (image.h) and maps them back, checking every
 * record index, pool offset and posting range before the matcher
 * (gazetteer.c) trusts them. */
#include "gazetteer_image.h"

#include "gazetteer_tables.h"

#include <stdlib.h>
#include <string.h>

/* Every field of struct acta_gazetteer is written below or is the load's
 * own (bad-line messages: the image replays warnings itself; the built-in
 * word flags: the code's static data).  A field added to the struct
 * changes its size: add it here, then the size. */
#if UINTPTR_MAX == 0xFFFFFFFFFFFFFFFFu
_Static_assert(sizeof(struct acta_gazetteer) == 1360 + 2 * GZ_VSLOTS,
               "struct acta_gazetteer changed: write and read the new field "
               "in gazetteer_image.c, then update this size");
_Static_assert(sizeof(grec) == 40, "grec changed: check gazetteer_image.c");
#endif

void acta_gazetteer_image_put(acta_image_writer *w, const acta_gazetteer *g) {
  acta_image_add_pool(w, IMG_GAZ_POOL, &g->pool);
  acta_image_add(w, IMG_GAZ_RECS, g->recs, sizeof *g->recs, g->nrecs);
  for (int t = 0; t < T_COUNT; t++) {
    const acta_intern *k = &g->keys[t];
    acta_image_add_intern(w, IMG_GAZ_KEYS + 8 * (uint32_t)t, k);
    acta_image_add(w, IMG_GAZ_KOFF + (uint32_t)t, g->koff[t],
                   sizeof *g->koff[t], (size_t)k->count + 1);
    acta_image_add(w, IMG_GAZ_POST + (uint32_t)t, g->post[t],
                   sizeof *g->post[t], g->koff[t][k->count]);
  }
  acta_image_add(w, IMG_GAZ_KFLAGS, g->kflags, 1, g->keys[T_EXACT].count);
  acta_image_add(w, IMG_GAZ_VWORDS, g->vwords, sizeof *g->vwords,
                 GZ_VWORD_BITS / 64);
  acta_image_add(w, IMG_GAZ_FWORDS, g->fwords, sizeof *g->fwords,
                 GZ_FWORD_BITS / 64);
  acta_image_add(w, IMG_GAZ_PWORDS, g->pwords, sizeof *g->pwords,
                 GZ_PWORD_BITS / 64);
}

static int string_at(const acta_pool *p, uint32_t off) {
  return off < p->len; /* the pool ends with a NUL (acta_image_pool) */
}

acta_gazetteer *acta_gazetteer_image_get(const acta_image *im) {
  acta_gazetteer *g = calloc(1, sizeof *g);
  if (!g) abort();
  g->mapped = 1;
  size_t n;
  if (acta_image_pool(im, IMG_GAZ_POOL, &g->pool) != 0) goto bad;
  const grec *recs = acta_image_section(im, IMG_GAZ_RECS, sizeof *recs, &n);
  if (!recs || n >= GZ_SECONDARY) goto bad;
  for (size_t i = 0; i < n; i++)
    if (!string_at(&g->pool, recs[i].name) ||
        !string_at(&g->pool, recs[i].admin1) || recs[i].prec >= P_COUNT ||
        memchr(recs[i].cc, '\0', sizeof recs[i].cc) == NULL)
      goto bad;
  g->recs = (grec *)recs;
  g->nrecs = g->caprecs = (uint32_t)n;
  for (int t = 0; t < T_COUNT; t++) {
    acta_intern *k = &g->keys[t];
    if (acta_image_intern(im, IMG_GAZ_KEYS + 8 * (uint32_t)t, k) != 0)
      goto bad;
    size_t nk, np;
    const uint32_t *koff =
        acta_image_section(im, IMG_GAZ_KOFF + (uint32_t)t, 4, &nk);
    const uint32_t *post =
        acta_image_section(im, IMG_GAZ_POST + (uint32_t)t, 4, &np);
    if (!koff || !post || nk != (size_t)k->count + 1 || koff[0] != 0 ||
        koff[k->count] != np)
      goto bad;
    for (size_t i = 0; i < k->count; i++)
      if (koff[i] > koff[i + 1]) goto bad;
    for (size_t i = 0; i < np; i++)
      if ((post[i] & ~GZ_SECONDARY) >= g->nrecs) goto bad;
    g->koff[t] = (uint32_t *)koff;
    g->post[t] = (uint32_t *)post;
  }
  const uint8_t *kflags = acta_image_section(im, IMG_GAZ_KFLAGS, 1, &n);
  if (!kflags || n != g->keys[T_EXACT].count) goto bad;
  g->kflags = (uint8_t *)kflags;
  const uint64_t *vwords = acta_image_section(im, IMG_GAZ_VWORDS, 8, &n);
  if (!vwords || n != GZ_VWORD_BITS / 64) goto bad;
  g->vwords = (uint64_t *)vwords;
  const uint64_t *fwords = acta_image_section(im, IMG_GAZ_FWORDS, 8, &n);
  if (!fwords || n != GZ_FWORD_BITS / 64) goto bad;
  g->fwords = (uint64_t *)fwords;
  const uint64_t *pwords = acta_image_section(im, IMG_GAZ_PWORDS, 8, &n);
  if (!pwords || n != GZ_PWORD_BITS / 64) goto bad;
  g->pwords = (uint64_t *)pwords;
  acta_gazetteer_words(g); /* the built-in words: the code's own data */
  return g;
bad:
  free(g);
  return NULL;
}
