/* SPDX-License-Identifier: MIT */
/* actors23: the doer of a passive act named by an attribution of the act
 * it was done in.  "Five people were killed in an attack blamed on the
 * Zetas", "a police officer was shot in an attack some attributed to the
 * rebels", "were murdered in revenge killings, which the governor has
 * attributed to drug trafficking groups": the actor after "attributed to"
 * (or "blamed on", "ascribed to") did it (docs/conventions.md, "A doer
 * named by an attribution").  Acts of force only: the act attributed is
 * the attack they were harmed in. */
#include "coder_internal.h"

#include <stdint.h>

/* How far after the passive its attribution verb may stand. */
#define ATTRIBUTION_REACH 20

/* Is the verb group vg a linking verb ("in what appear to be revenge
 * killings"), which may stand between the act and its attribution? */
static int linking_vg(const struct acta_work *w, const vgroup *vg) {
  uint32_t l = w->toks.v[vg->head].vlemma;
  return l != ACTA_NO_WORD && acta_lemma_in2(w->cw, l, WL2_LINKING_VERB);
}

int32_t acta_attributed_agent(const struct acta_work *w, const vgroup *g, const char *code,
                              uint32_t end) {
  /* force only: "arrested in the murder, which police blamed on the
   * Zetas" -- the murder, not the arrest, is what is blamed */
  int root = cameo_root(code);
  if (root < 18 || root > 20) return NO;
  int in_act = 0; /* an "in", "during", "after" ... opened the act's phrase */
  for (uint32_t q = g->last; q + 2 < end && q <= g->last + ATTRIBUTION_REACH; q++) {
    if (is_punct(w, q, ';') || is_punct(w, q, ':')) return NO;
    if (tok_in2(w, q, WL2_OPERATION_LEAD)) in_act = 1;
    int32_t v = w->tok_vg[q];
    if (v == NO || &w->vgs[v] == g) continue;
    const vgroup *a = &w->vgs[v];
    if (q != a->head) continue;
    if (!in_act) return NO;
    uint32_t l = w->toks.v[q].vlemma;
    if (l != ACTA_NO_WORD && acta_lemma_in5(w->cw, l, (uint32_t)WL5_ATTRIBUTE_VERB)) {
      /* "blamed on X", "attributed to X"; not "not attributed to" */
      if (a->negated || a->modal_status != ACTA_ASSERTED) return NO;
      if (!is_word(w, q + 1, w->cw->w_to) && !is_word(w, q + 1, w->cw->w_on)) return NO;
      int32_t x = w->tok_ment[q + 2];
      if (x == NO || w->ments[x].first != q + 2 || !w->ments[x].code[0]) return NO;
      x = w->ments[x].group;
      if (g->subject != NO && w->ments[g->subject].group == x) return NO;
      acta_trace((struct acta_work *)w, "  agent: the act attributed to \"%s\"\n",
                 w->ments[x].code);
      return x;
    }
    /* "in a shooting blamed on ...": a gerund after a determiner names
     * the act */
    if (w->toks.v[a->first - 1].tag == P_DET) continue; /* (a starts past g: a->first > 0) */
    if (!linking_vg(w, a)) return NO;
  }
  return NO;
}
