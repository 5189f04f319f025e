/* SPDX-License-Identifier: MIT */
/* inference_nouns.c: a clause after a noun of inference that no one owns
 * ("a possible sign that the Zetas were making an incursion", "there are
 * indications that the Mexicans have established ties with the FARC") is
 * the writer's reading of the facts, no act reported, as "the discovery
 * suggests that ..." is (invented18; event_filters.c gives the reason).
 * A finding an actor made ("rights groups found evidence that ...") is
 * that actor's and stays. */
#include "coder_internal.h"

/* How far back from the verb the clause's "that" is looked for (its
 * subject's words). */
#define INFERENCE_REACH 12
/* How many adjectives, adverbs and determiners may stand before the noun
 * ("the latest clear sign"). */
#define INFERENCE_MODIFIERS 4

/* Does the noun phrase ending at token n (the noun) stand as no actor's
 * finding: not the object of a verb other than "be" ("there are
 * indications", "is another sign"; not "found evidence")? */
static int unowned(const struct acta_work *w, const acta_sentence *s, uint32_t n) {
  uint32_t b = n;
  for (int k = 0; k < INFERENCE_MODIFIERS && b > s->first; k++) {
    const acta_token *t = &w->toks.v[b - 1];
    if (t->tag != P_ADJ && t->tag != P_ADV && t->tag != P_DET) break;
    b--;
  }
  if (b == s->first) return 1;
  int32_t v = w->tok_vg[b - 1];
  if (v == NO) return w->toks.v[b - 1].tag != P_POSS;
  return acta_lemma_in4(w->cw, w->toks.v[w->vgs[v].head].vlemma, (uint32_t)WL4_STATE_VERB);
}

int acta_inference_clause(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  uint32_t lo = g->first > s->first + INFERENCE_REACH ? g->first - INFERENCE_REACH : s->first;
  for (uint32_t q = g->first; q > lo; q--) {
    const acta_token *t = &w->toks.v[q - 1];
    if (t->kind == TK_PUNCT || w->tok_vg[q - 1] != NO) return 0;
    if (t->tag != P_THAT) continue;
    if (q - 1 <= s->first) return 0;
    const acta_token *n = &w->toks.v[q - 2];
    return n->tag == P_NOUN && n->nlemma != ACTA_NO_WORD &&
           acta_lemma_in4(w->cw, n->nlemma, (uint32_t)WL4_INFERENCE_NOUN) &&
           unowned(w, s, q - 2);
  }
  return 0;
}
