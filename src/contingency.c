/* SPDX-License-Identifier: MIT */
/* contingency.c: acts told only as what would follow a contingency ("in
 * the event of a political transition, the military will fight", "will
 * demobilize in the event of a peace deal", "in case the talks fail") and
 * acts told only as an earlier, undated precedent ("This is not the first
 * time that Turkey has established relations with ..."): no act reported
 * (invented15; event_filters.c gives the drop reasons), and acts told
 * with "will" under a frame of habit ("in many cases, kidnappers will start
 * out demanding", invented24). */
#include "coder_internal.h"

/* Is token q a contingency noun (WL3_CONTINGENCY_NOUN: "event", "case")? */
static int contingency_noun(const struct acta_work *w, uint32_t q) {
  return acta_lemma_in3(w->cw, w->toks.v[q].nlemma, WL3_CONTINGENCY_NOUN);
}

/* Does a contingency phrase open at token q ("in the event of", "in the
 * event that", "in case of", "in case" and a clause)?  "in the case of
 * Mexico" (a topic) and "in the event" alone ("as it turned out") are
 * none.  *noun gets the noun's index. */
static int contingency_at(const struct acta_work *w, const acta_sentence *s, uint32_t q,
                          uint32_t *noun) {
  if (q + 2 >= s->last || !is_word(w, q, w->cw->w_in)) return 0;
  uint32_t n = q + 1;
  int the = is_word(w, n, w->cw->w_the);
  if (the) n++;
  if (n + 1 >= s->last || !contingency_noun(w, n)) return 0;
  /* "in the event" needs "of" or "that"; "in case" no article */
  if (the != norm_eq(w, n, "event")) return 0;
  uint32_t r = n + 1;
  if (the && !is_word(w, r, w->cw->w_of) && !is_word(w, r, w->cw->w_that)) return 0;
  if (!the && w->toks.v[r].kind == TK_PUNCT) return 0; /* "just in case." */
  *noun = n;
  return 1;
}

/* Is a mark that ends a clause at token q? */
static int clause_end(const struct acta_work *w, uint32_t q) {
  const acta_token *tk = &w->toks.v[q];
  return tk->kind == TK_PUNCT && (tk->punct == ',' || tk->punct == ';' || tk->punct == ':' ||
                                  tk->punct == '(' || tk->punct == ')');
}

int acta_contingent_act(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  uint32_t n;
  /* the sentence opens with one ("In the event of a transition, the
   * military will fight"): its main clause is as unreal as "If" makes it */
  uint32_t q0 = s->first;
  while (q0 < s->last && w->toks.v[q0].kind == TK_PUNCT) q0++;
  if (contingency_at(w, s, q0, &n)) return 1;
  /* one before the group in its clause: "in the event that authorities
   * carried out transfers", "in case the talks fail" (eight words at most) */
  int32_t own = w->tok_vg[g->head];
  for (uint32_t q = g->first, k = 0; q > s->first && k < 8; q--, k++) {
    if (clause_end(w, q - 1) || (w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own)) break;
    if (q >= s->first + 2 && contingency_noun(w, q - 1) &&
        (contingency_at(w, s, q - 2, &n) || (q >= s->first + 3 && contingency_at(w, s, q - 3, &n))))
      return 1;
  }
  /* one after a group of a modal or an infinitive, in its clause: "will
   * demobilize in the event of a peace deal", "is ready to fight in case
   * of an attack"; a past act stays ("deployed troops in case of unrest":
   * a precaution taken) */
  int unreal = g->to_inf;
  for (uint32_t q = g->first; q < g->last && !unreal; q++)
    if (w->toks.v[q].tag == P_MODAL) unreal = 1;
  /* "the gang said it will kill the hostages in case the police enter": a
   * threat or a pledge its speaker makes stays, as before "if" */
  if (!unreal || g->self_report) return 0;
  for (uint32_t q = g->last, k = 0; q < s->last && k < 12; q++, k++) {
    if (clause_end(w, q) || (w->tok_vg[q] != NO && w->tok_vg[q] != own)) break;
    if (contingency_at(w, s, q, &n)) return 1;
  }
  return 0;
}

/* (speed37b: event_filters.c asks this only of a sentence with "first":
 * a word this test comes to need is noted there too) */
int acta_not_first_time(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* back from the group over its subject (eight words at most) to "time",
   * then "first", "the" and a negation: "This is not the first time
   * (that) the United States has funded ...", "It isn't the first time" */
  int32_t own = w->tok_vg[g->head];
  for (uint32_t q = g->first, k = 0; q > s->first + 3 && k < 8; q--, k++) {
    if (clause_end(w, q - 1) || (w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own)) return 0;
    if (norm_eq(w, q - 1, "time") && is_word(w, q - 2, w->cw->w_first) &&
        is_word(w, q - 3, w->cw->w_the))
      return w->toks.v[q - 4].tag == P_NEG;
  }
  return 0;
}

/* How far back from the group its frame of habit is looked for. */
#define HABIT_REACH 16

/* Does a frame of habit stand at token q: a word of habit ("typically",
 * "in one typical strategy") or "in" and a word before "cases" ("in many
 * cases", "in some instances": event_filters.c's habitual_sentence reads
 * them at the sentence's start)?  (speed37b: event_filters.c asks
 * acta_habit_will only of a sentence that holds a word of these lists,
 * habit_will_may: a word these tests come to need is noted there too.) */
static int habit_frame_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (tok_in(w, q, WL_HABITUAL) || tok_in5(w, q, WL5_HABIT_ADJ)) return 1;
  return tok_in(w, q, WL_CASES) && q >= s->first + 2 && is_word(w, q - 2, w->cw->w_in) &&
         tok_in(w, q - 1, WL_CASES_LEAD);
}

int acta_habit_will(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* back from the group: a modal ("will", "would", any P_MODAL) of its
   * own or of the clause it hangs on ("will send letters ..., demanding
   * money"), then the frame before it; a semicolon or a colon ends the
   * search (review25: the comment said a full stop; the walk stops at the
   * sentence's first word) */
  int modal = 0;
  for (uint32_t q = g->head + 1, k = 0; q > s->first && k < HABIT_REACH; q--, k++) {
    const acta_token *t = &w->toks.v[q - 1];
    if (t->kind == TK_PUNCT && (t->punct == ';' || t->punct == ':')) return 0;
    if (t->tag == P_MODAL) modal = 1;
    else if (modal && habit_frame_at(w, s, q - 1)) return 1;
  }
  return 0;
}
