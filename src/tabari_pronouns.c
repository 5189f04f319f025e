/* SPDX-License-Identifier: MIT */
/* tabari_pronouns.c: TABARI's pronoun dereferencing (its parser's
 * dereferencePronouns and setForward), for TABARI dictionaries only.
 * TABARI makes a pronoun an actor before it codes, so that it is a subject,
 * a target or a pattern's $ or + like a name ("Falastur said he regretted":
 * SAID $ *):
 *
 *   HE, HIM, SHE, HER, IT   the first actor of the sentence before it that
 *                           is in no compound; none: with FORWARD, the
 *                           first actor of the record before
 *   THEY, THEM, THEIR       the first actor before it, when no compound
 *                           stands before it (TABARI then takes the
 *                           compound, which acta does not copy)
 *
 * ("his" and "its" are no pronouns of TABARI's.)  A dereferenced pronoun is
 * a mention with its actor's code, put among the sentence's mentions in
 * text order before they are linked.  The forwarded actor is the first
 * actor of the article coded before, without its agents (TABARI forwards
 * the actor's root only); the caller says when a record may take it
 * (acta_coder_set_tabari_forward).  Linear in the sentence's mentions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "vocab.h"

static int singular_pronoun(const struct acta_work *w, uint32_t q) {
  return is_vocab(w, q, V_HE) || is_vocab(w, q, V_HIM) || is_vocab(w, q, V_SHE) ||
         is_vocab(w, q, V_HER) || is_vocab(w, q, V_IT);
}

static int plural_pronoun(const struct acta_work *w, uint32_t q) {
  return is_vocab(w, q, V_THEY) || is_vocab(w, q, V_THEM) || is_word(w, q, w->cw->w_their);
}

/* Is mention k of [m0, m1) joined to a neighbour by "and", "or", "nor" or
 * a comma (a compound, as TABARI marks them before the pronouns)? */
static int in_compound(const struct acta_work *w, size_t m0, size_t m1, size_t k) {
  const mention *x = &w->ments[k];
  if (k + 1 < m1 && w->ments[k + 1].first == x->last + 1) {
    uint32_t c = x->last;
    if (is_and_or(w, c) || is_word(w, c, w->cw->w_nor) || is_punct(w, c, ',')) return 1;
  }
  if (k > m0 && w->ments[k - 1].last + 1 == x->first) {
    uint32_t c = x->first - 1;
    if (is_and_or(w, c) || is_word(w, c, w->cw->w_nor) || is_punct(w, c, ',')) return 1;
  }
  return 0;
}

void acta_tabari_pronouns(struct acta_work *w, const acta_sentence *s, size_t m0) {
  size_t m1 = w->nments;
  /* the antecedent for each kind, as the scan reaches it */
  int32_t first_single = NO, first_any = NO;
  int compound_seen = 0;
  size_t k = m0, added = 0;
  for (uint32_t q = s->first; q < s->last; q++) {
    while (k < m1 && w->ments[k].first <= q) {
      /* an agent with no actor ("---GOV") is no actor of TABARI's */
      if (w->ments[k].code[0] && strncmp(w->ments[k].code, "---", 3)) {
        int cmp = in_compound(w, m0, m1, k);
        if (first_any == NO) first_any = (int32_t)k;
        if (!cmp && first_single == NO) first_single = (int32_t)k;
        compound_seen |= cmp;
      }
      k++;
    }
    if (w->tok_ment[q] != NO || w->toks.v[q].tag != P_PRON) continue;
    const char *code = NULL;
    const mention *ante = NULL;
    if (singular_pronoun(w, q)) {
      if (first_single != NO) ante = &w->ments[first_single];
      else if (w->fwd_on && w->fwd_code[0]) code = w->fwd_code;
    } else if (plural_pronoun(w, q) && !compound_seen && first_any != NO) {
      ante = &w->ments[first_any];
    }
    if (!ante && !code) continue;
    mention copy;
    if (ante) copy = *ante; /* appending may move the mentions */
    mention *m = acta_append_mention(w, q, q + 1);
    if (ante) {
      *m = copy;
      m->first = q;
      m->last = q + 1;
      m->next_in_group = NO;
      m->phrase_first = q;
    } else {
      snprintf(m->code, sizeof m->code, "%s", code);
    }
    m->pronoun = 1;
    w->nments++;
    added++;
  }
  if (!added) return;
  /* the new mentions, at the end, into text order: one merge from the back */
  size_t n = w->nments;
  mention *add = malloc(added * sizeof *add);
  if (!add) abort();
  memcpy(add, &w->ments[m1], added * sizeof *add);
  size_t i = m1, j = added, out = n;
  while (j > 0) {
    if (i > m0 && w->ments[i - 1].first > add[j - 1].first) w->ments[--out] = w->ments[--i];
    else w->ments[--out] = add[--j];
  }
  free(add);
  for (size_t x = m0; x < n; x++) {
    w->ments[x].group = (int32_t)x;
    w->ments[x].next_in_group = NO;
    for (uint32_t q = w->ments[x].first; q < w->ments[x].last; q++)
      w->tok_ment[q] = (int32_t)x;
  }
}

void acta_tabari_forward_actor(struct acta_work *w) {
  w->fwd_code[0] = '\0';
  for (size_t k = 0; k < w->nments; k++) {
    const mention *x = &w->ments[k];
    if (x->pronoun || !x->code[0] || !strncmp(x->code, "---", 3)) continue;
    /* a compound first: TABARI forwards it to "they" alone */
    if (in_compound(w, 0, w->nments, k)) return;
    snprintf(w->fwd_code, sizeof w->fwd_code, "%s", x->base[0] ? x->base : x->code);
    return;
  }
}
