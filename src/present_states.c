/* SPDX-License-Identifier: MIT */
/* present_states.c: an "-ing" form that goes on a present state ("The
 * FARC remain very active in the region, taking part in the drug trade,
 * targeting local leaders, attacking police patrols"; "the ex-FARC are
 * happy to join in, encouraging farmers to clear forest"): what a body
 * does as part of a standing state, no one act (invented18;
 * event_filters.c gives the reason, `habitual`). */
#include "coder_internal.h"
#include "tagger_model.h"

/* How many verb groups back a list of "-ing" forms and infinitives is
 * followed to the verb it goes on. */
#define STATE_LIST_GROUPS 6
/* How far back from the list a copula no verb group holds is looked for. */
#define STATE_COPULA_REACH 20

/* Is token q a linking verb in the simple present ("are all too happy":
 * a copula the verb groups may leave out)? */
static int present_link(const struct acta_work *w, uint32_t q) {
  const acta_token *t = &w->toks.v[q];
  return (t->penn == (unsigned)PT_VBZ || t->penn == (unsigned)PT_VBP) &&
         acta_lemma_in4(w->cw, t->vlemma, (uint32_t)WL4_STATE_VERB);
}

/* Is verb group pg a lone "be" or "remain" in the simple present
 * ("remain very active", "are all too happy"; not "appear to have
 * followed": a guess at an act done)?  (review19: its head a
 * present_link, not the same test written again) */
static int present_state(const struct acta_work *w, const vgroup *pg) {
  if (pg->last - pg->first != 1 || pg->passive || pg->negated || pg->reporting) return 0;
  return present_link(w, pg->head);
}

/* Is token q a clause mark: a semicolon or colon, a relative or "that" (a
 * new clause the state does not reach)? */
static int mark_at(const struct acta_work *w, uint32_t q) {
  const acta_token *t = &w->toks.v[q];
  return t->tag == P_WH || t->tag == P_THAT ||
         (t->kind == TK_PUNCT && (t->punct == ';' || t->punct == ':'));
}

/* Is there a clause mark in tokens [from, to)? */
static int clause_mark(const struct acta_work *w, uint32_t from, uint32_t to) {
  for (uint32_t q = from; q < to; q++)
    if (mark_at(w, q)) return 1;
  return 0;
}

/* Is the verb at token q embedded: right after another verb or a
 * relative word ("what authorities believe is a network")? */
static int embedded(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (q <= s->first) return 0;
  const acta_token *t = &w->toks.v[q - 1];
  return t->tag == P_WH || t->tag == P_THAT || w->tok_vg[q - 1] != NO;
}

/* Does a comma (or a comma and "and"/"or") stand right before token q? */
static int comma_before(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (q <= s->first) return 0;
  if (is_punct(w, q - 1, ',')) return 1;
  return q > s->first + 1 && is_and_or(w, q - 1) && is_punct(w, q - 2, ',');
}

/* Is group x a lone "-ing" form ("smuggling", "attacking")? */
static int lone_gerund(const struct acta_work *w, const vgroup *x) {
  return x->last - x->first == 1 && w->toks.v[x->head].penn == (unsigned)PT_VBG;
}

/* Is group g a lone "-ing" form in a list after a comma ("..., smuggling
 * migrants, extorting shopkeepers and attacking patrols")?  *stop gets the
 * list's first token (its first "-ing" form or infinitive), *pg the verb
 * group before the list (NULL if none in the sentence's reach). */
static int listed_participle(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g, uint32_t *stop, const vgroup **pg) {
  if (!lone_gerund(w, g) || g->first <= s->first) return 0;
  size_t gi = (size_t)(g - w->vgs);
  /* after a comma, or after "and"/"or" ending a list of such forms */
  int comma = comma_before(w, s, g->first);
  /* (review23: the form before "and" of this sentence) */
  if (!comma && !(gi > 0 && w->vgs[gi - 1].first >= s->first && is_and_or(w, g->first - 1) &&
                  lone_gerund(w, &w->vgs[gi - 1])))
    return 0;
  /* back over the list's "-ing" forms and infinitives ("happy to join in");
   * one of the list's members stands after a comma */
  *stop = g->first;
  *pg = NULL;
  for (size_t k = 0; k < STATE_LIST_GROUPS && gi > k; k++) {
    const vgroup *x = &w->vgs[gi - 1 - k];
    if (x->first < s->first || x->scope != g->scope) break;
    if (lone_gerund(w, x) || x->to_inf) {
      comma |= lone_gerund(w, x) && comma_before(w, s, x->first);
      *stop = x->first;
      continue;
    }
    *pg = x;
    break;
  }
  return comma;
}

int acta_state_participle(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  uint32_t stop;
  const vgroup *pg;
  if (!listed_participle(w, s, g, &stop, &pg)) return 0;
  /* the nearest verb before them: a copula no group holds, or a group */
  uint32_t lo = pg ? pg->last : s->first;
  if (stop > lo + STATE_COPULA_REACH) lo = stop - STATE_COPULA_REACH;
  for (uint32_t q = stop; q > lo; q--) {
    if (mark_at(w, q - 1)) return 0;
    if (w->tok_vg[q - 1] == NO && present_link(w, q - 1)) return !embedded(w, s, q - 1);
  }
  return pg && present_state(w, pg) && !embedded(w, s, pg->first) &&
         !clause_mark(w, pg->last, stop);
}

const vgroup *acta_list_governor(const struct acta_work *w, const acta_sentence *s,
                                 const vgroup *g) {
  uint32_t stop;
  const vgroup *pg;
  if (!listed_participle(w, s, g, &stop, &pg) || !pg || embedded(w, s, pg->first) ||
      clause_mark(w, pg->last, stop))
    return NULL;
  return pg;
}
