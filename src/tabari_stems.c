/* SPDX-License-Identifier: MIT */
/* tabari_stems.c: TABARI's stems as WordNet words.  A verb root stem owns
 * the WordNet verb lemmas it begins, each lemma going to the longest such
 * stem (found by looking up the lemma's prefixes, longest first: linear in
 * the lexicon's letters); a pattern stem that is no word expands to the
 * lemmas it begins (binary search in the sorted lemma list). */
#include "tabari_stems.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct tabari_stems {
  acta_intern stems;      /* root stem -> id */
  uint32_t *first;        /* stem id -> first index in owned (count + 1) */
  uint32_t *owned;        /* verb lemma ids, grouped by owning stem */
  struct lemma { const char *s; uint32_t id; } *sorted; /* every WordNet
                             lemma, by spelling */
  size_t nsorted;
  char *text;             /* the lemmas' spellings (the lexicon's pool
                             moves as words are added) */
};

int tabari_stem_of(const char *word, char *out, size_t cap) {
  size_t n = strlen(word);
  if (!n || n >= cap || strpbrk(word, "_ ")) return 0;
  for (size_t i = 0; i <= n; i++) out[i] = (char)tolower((unsigned char)word[i]);
  return 1;
}

static int by_spelling(const void *a, const void *b) {
  return strcmp(((const struct lemma *)a)->s, ((const struct lemma *)b)->s);
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
  t->sorted = malloc((nw ? nw : 1) * sizeof *t->sorted);
  if (!owner || !t->first || !t->sorted) abort();
  size_t chars = 1;
  for (uint32_t w = 0; w < nw; w++)
    if (d->info[w].flags & (WF_VERB | WF_NOUN | WF_ADJ | WF_ADV))
      chars += d->words.lens[w] + 1;
  t->text = malloc(chars);
  if (!t->text) abort();
  char *at = t->text;
  for (uint32_t w = 0; w < nw; w++) {
    owner[w] = ACTA_NO_WORD;
    uint8_t fl = d->info[w].flags;
    if (!(fl & (WF_VERB | WF_NOUN | WF_ADJ | WF_ADV))) continue;
    const char *s = at;
    memcpy(at, acta_intern_str(&d->words, w), d->words.lens[w]);
    at += d->words.lens[w];
    *at++ = '\0';
    t->sorted[t->nsorted].s = s;
    t->sorted[t->nsorted++].id = w;
    if (!(fl & WF_VERB)) continue;
    for (size_t k = strlen(s); k > 0; k--) {
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
  qsort(t->sorted, t->nsorted, sizeof *t->sorted, by_spelling);
  return t;
}

void tabari_stems_free(tabari_stems *t) {
  if (!t) return;
  acta_intern_free(&t->stems);
  free(t->first);
  free(t->owned);
  free(t->sorted);
  free(t->text);
  free(t);
}

size_t tabari_stem_verbs(const tabari_stems *t, const char *stem,
                         const uint32_t **out) {
  uint32_t id = acta_intern_find(&t->stems, stem, strlen(stem));
  if (id == ACTA_NO_WORD) return 0;
  *out = t->owned + t->first[id];
  return t->first[id + 1] - t->first[id];
}

size_t tabari_stem_words(const tabari_stems *t, const char *stem,
                         uint32_t *out, size_t max) {
  size_t sl = strlen(stem), lo = 0, hi = t->nsorted;
  if (!sl) return 0;
  while (lo < hi) { /* the first lemma not before the stem */
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(t->sorted[mid].s, stem) < 0) lo = mid + 1;
    else hi = mid;
  }
  size_t k = 0;
  for (size_t i = lo; i < t->nsorted && k < max; i++) {
    if (strncmp(t->sorted[i].s, stem, sl)) break;
    out[k++] = t->sorted[i].id;
  }
  return k;
}
