/* SPDX-License-Identifier: MIT */
/* targets25b: names that share one head noun.  "the Juarez and Gulf
 * cartels", "the Tijuana, Gulf and Sinaloa cartels": the dictionary
 * phrase "Sinaloa cartel" matches the last name and the head; each name
 * before it, after "and" or a comma, is the actor its name and the same
 * head make ("Juarez cartel"), matched on the name alone.  The two sides
 * of "the Juarez and Sinaloa cartels are fighting" are then both named
 * (docs/conventions.md, "Names that share a head noun"). */
#include "coder_internal.h"

#include <stdint.h>
#include <stdlib.h>

/* How many names may share one head ("the Tijuana, Juarez, Gulf and
 * Sinaloa cartels"). */
#define SHARED_NAMES 4

/* The actor entry of the two-word phrase name + head (token ids a, h),
 * valid on the article's date, and its trie node in *node; NULL if none. */
static const acta_entry *pair_entry(const acta_dict *d, const struct acta_work *w, uint32_t a,
                                    uint32_t h, uint32_t *node) {
  const acta_token *ta = &w->toks.v[a], *th = &w->toks.v[h];
  uint32_t ca[2] = {ta->word, ta->nlemma}, ch[2] = {th->word, th->nlemma};
  for (int i = 0; i < 2; i++) {
    uint32_t n1, n2;
    if (ca[i] == ACTA_NO_WORD || !acta_root_word(d, ca[i]) ||
        !acta_u64map_get(&d->edges, ca[i], &n1))
      continue;
    for (int k = 0; k < 2; k++) {
      if (ch[k] == ACTA_NO_WORD || !acta_u64map_get(&d->edges, ((uint64_t)n1 << 32) | ch[k], &n2))
        continue;
      for (uint32_t ei = d->node_entry[n2]; ei; ei = d->entries[ei - 1].next) {
        const acta_entry *e = &d->entries[ei - 1];
        if (e->kind != ENT_ACTOR || e->keds) continue;
        if (!acta_entry_valid(e, w->date)) continue;
        *node = n2;
        return e;
      }
    }
  }
  return NULL;
}

static int by_first(const void *a, const void *b) {
  const match *x = a, *y = b;
  return (x->first > y->first) - (x->first < y->first);
}

void acta_shared_head_matches(const acta_dict *d, struct acta_work *w, const acta_sentence *s) {
  size_t n0 = w->nmatches;
  for (size_t k = 0; k < n0; k++) {
    const match m = w->matches[k];
    /* a name and a plural head: "Sinaloa cartels" */
    if (m.last != m.first + 2 || m.e->kind != ENT_ACTOR || m.e->keds) continue;
    const acta_token *h = &w->toks.v[m.first + 1];
    if (h->nlemma == ACTA_NO_WORD || h->nlemma == h->word) continue;
    uint32_t lo = k > 0 ? w->matches[k - 1].last : s->first;
    uint32_t q = m.first;
    for (int names = 0; names < SHARED_NAMES && q >= lo + 2; names++) {
      uint32_t a = q - 2;
      if (!(is_word(w, q - 1, w->cw->w_and) || is_punct(w, q - 1, ',')) ||
          !(w->toks.v[a].flags & TF_CAP))
        break;
      uint32_t node = 0;
      const acta_entry *e = pair_entry(d, w, a, m.first + 1, &node);
      if (!e) break;
      GROW(w->matches, w->nmatches, w->cap_matches);
      match *x = &w->matches[w->nmatches++];
      x->first = a;
      x->last = a + 1;
      x->node = node;
      x->e = e;
      w->toks.v[a].lock = P_PROPN;
      q = a;
    }
  }
  /* the matches in text order, as they were found (none overlap) */
  if (w->nmatches > n0) qsort(w->matches, w->nmatches, sizeof *w->matches, by_first);
}
