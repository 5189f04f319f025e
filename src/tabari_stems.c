/* SPDX-License-Identifier: MIT */
/* tabari_stems.c: TABARI's verb root stems as WordNet verbs.  A verb root
 * stem owns the WordNet verb lemmas it begins, each lemma going to the
 * longest such stem (found by looking up the lemma's prefixes, longest
 * first: linear in the lexicon's letters). */
#include "tabari_stems.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct tabari_stems {
  acta_intern stems;      /* root stem -> id */
  uint32_t *first;        /* stem id -> first index in owned (count + 1) */
  uint32_t *owned;        /* verb lemma ids, grouped by owning stem */
};

int tabari_stem_of(const char *word, char *out, size_t cap) {
  size_t n = strlen(word);
  if (!n || n >= cap || strpbrk(word, "_ ")) return 0;
  for (size_t i = 0; i <= n; i++) out[i] = (char)tolower((unsigned char)word[i]);
  return 1;
}

tabari_stems *tabari_stems_build(const acta_dict *d, const char *const *stems,
                                 size_t n) {
  tabari_stems *t = calloc(1, sizeof *t);
  if (!t) abort();
  acta_intern_init(&t->stems);
  for (size_t i = 0; i < n; i++)
    acta_intern_add(&t->stems, stems[i], strlen(stems[i]));
  uint32_t ns = t->stems.count, nw = d->words.count;
  uint32_t *owner = malloc((nw ? nw : 1) * sizeof *owner);
  t->first = calloc((size_t)ns + 2, sizeof *t->first);
  if (!owner || !t->first) abort();
  for (uint32_t w = 0; w < nw; w++) {
    owner[w] = ACTA_NO_WORD;
    if (!(d->info[w].flags & WF_VERB)) continue;
    const char *s = acta_intern_str(&d->words, w);
    for (size_t k = d->words.lens[w]; k > 0; k--) {
      uint32_t id = acta_intern_find(&t->stems, s, k);
      if (id != ACTA_NO_WORD) {
        owner[w] = id;
        t->first[id + 1]++;
        break;
      }
    }
  }
  for (uint32_t i = 0; i < ns; i++) t->first[i + 1] += t->first[i];
  t->owned = malloc(((size_t)t->first[ns] + 1) * sizeof *t->owned);
  uint32_t *fill = malloc(((size_t)ns + 1) * sizeof *fill);
  if (!t->owned || !fill) abort();
  memcpy(fill, t->first, (size_t)ns * sizeof *fill);
  for (uint32_t w = 0; w < nw; w++)
    if (owner[w] != ACTA_NO_WORD) t->owned[fill[owner[w]]++] = w;
  free(fill);
  free(owner);
  return t;
}

void tabari_stems_free(tabari_stems *t) {
  if (!t) return;
  acta_intern_free(&t->stems);
  free(t->first);
  free(t->owned);
  free(t);
}

size_t tabari_stem_verbs(const tabari_stems *t, const char *stem,
                         const uint32_t **out) {
  uint32_t id = acta_intern_find(&t->stems, stem, strlen(stem));
  if (id == ACTA_NO_WORD) return 0;
  *out = t->owned + t->first[id];
  return t->first[id + 1] - t->first[id];
}
