/* SPDX-License-Identifier: MIT */
/* shared_negation.c: a negation shared by coordinated verbs (invented34).
 * "has not attacked or threatened the town", "never attacked or
 * kidnapped anyone", "did not arrest nor charge him", "neither confirmed
 * nor denied the report", "would neither confirm nor deny": the verb after
 * "or"/"nor" with no auxiliary of its own shares the group before it,
 * whose negation ("not", "never", "neither") is its too; "neither" before
 * the first makes both negated.  Run once per sentence after its verb
 * groups are found (acta_find_vgroups): each group looks back at the one
 * before it over a bounded gap (SHARED_NEG_GAP tokens).
 * docs/conventions.md "A negation shared by coordinated verbs". */
#include "coder_internal.h"
#include "vocab.h"

/* How many tokens (the first verb's object) may stand between the first
 * group and the "or"/"nor" before the second. */
#define SHARED_NEG_GAP 10

/* Does group p hold "neither" (an adverb inside it or right before its
 * first token: "would neither confirm", "neither confirmed")? */
static int neither_in(const struct acta_work *w, const acta_sentence *s, const vgroup *p) {
  for (uint32_t q = p->first; q < p->last; q++)
    if (is_vocab(w, q, V_NEITHER)) return 1;
  return p->first > s->first && is_vocab(w, p->first - 1, V_NEITHER);
}

int acta_lone_coordinate(const struct acta_work *w, const vgroup *p, const vgroup *g,
                         uint32_t from, int and_too) {
  /* a lone verb (no auxiliary, modal or "to" of its own) right after
   * "or" or "nor" (or "and") */
  if (g->to_inf || g->first != g->head || g->first < from + 2) return 0;
  uint32_t c = g->first - 1;
  if (!is_word(w, c, w->cw->w_nor) && !is_word(w, c, w->cw->w_or) &&
      !(and_too && is_word(w, c, w->cw->w_and)))
    return 0;
  if (p->last > c || c - p->last > SHARED_NEG_GAP) return 0;
  /* the first verb's object between: no clause mark, relative word,
   * subordinator or other conjunction */
  for (uint32_t q = p->last; q < c; q++) {
    const acta_token *tk = &w->toks.v[q];
    if ((tk->kind == TK_PUNCT && tk->punct != ',') || tk->tag == P_WH || tk->tag == P_THAT ||
        tk->tag == P_CONJ || tok_in(w, q, WL_SUBORDINATOR))
      return 0;
  }
  return 1;
}

void acta_shared_negation(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                          size_t vg0) {
  if (d->keds_only) return;
  for (size_t gi = vg0 + 1; gi < w->nvgs; gi++) {
    vgroup *g = &w->vgs[gi], *p = &w->vgs[gi - 1];
    if (g->negated || !acta_lone_coordinate(w, p, g, s->first, 0)) continue;
    uint32_t c = g->first - 1;
    int nor = is_word(w, c, w->cw->w_nor);
    int neither = neither_in(w, s, p);
    if (!p->negated && !neither) continue;
    if (neither && !nor) continue; /* "neither ... or" is no pair */
    acta_trace(w, "  \"%s\" shares the negation of \"%s\" (%s)\n", norm(w, g->head),
               norm(w, p->head), nor ? "nor" : "or");
    g->negated = 1;
    if (neither) p->negated = 1;
  }
}
