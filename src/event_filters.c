/* SPDX-License-Identifier: MIT */
/* event_filters.c: which coded verbs and figures report no event that
 * happened.  A careful reader does not code the writer's own speculation
 * ("the gang may have killed"), conditionals ("if the army attacks",
 * "would pave the way"), questions, purposes ("set up radars to help
 * track flights") or counts over a span of time ("1,600 people were killed
 * in 2011", "since the start of the unrest"): they are analysis and
 * background, not today's news.  What a named source says may have
 * happened stays, as a hedged event reported by that source, and so do
 * reported beliefs ("is believed to have sent", "possibly shelled").  Reads the
 * tokens, verb groups and frames; writes nothing (the callers trace the
 * reason as "dropped (REASON): ...").  Not applied to KEDS dictionaries,
 * whose validation suites code such clauses as written. */
#include "coder_internal.h"

#include <string.h>

/* Does the clause of verb group g hold a word of the lists `bits` before
 * the group ("if", "unless", "whether"; "perhaps")?  Looks back from the
 * group to the start of its clause (a comma, a colon, a semicolon or
 * another verb group). */
static int clause_opener(const struct acta_work *w, const acta_sentence *s,
                         const vgroup *g, uint32_t bits) {
  int32_t own = w->tok_vg[g->head];
  for (uint32_t q = g->first; q > s->first; q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->kind == TK_PUNCT &&
        (tk->punct == ',' || tk->punct == ';' || tk->punct == ':'))
      return 0;
    if (w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own) return 0;
    if (tok_in(w, q - 1, bits)) return 1;
  }
  return 0;
}

/* Does the sentence end in a question mark? */
static int question(const struct acta_work *w, const acta_sentence *s) {
  for (uint32_t q = s->last; q > s->first; q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->kind != TK_PUNCT) return 0;
    if (tk->punct == '?') return 1;
  }
  return 0;
}

/* Does verb group g hold a modal of the unreal ("would", "could",
 * "might", "should", "may") or a guess ("perhaps", "maybe", up to two
 * words before it)? */
static int unreal_modal(const struct acta_work *w, const acta_sentence *s,
                        const vgroup *g) {
  uint32_t q0 = g->first;
  while (q0 > s->first && g->first - q0 < 2 && w->toks.v[q0 - 1].tag == P_ADV) q0--;
  for (uint32_t q = q0; q < g->last; q++) {
    if (w->toks.v[q].tag == P_MODAL &&
        (tok_in(w, q, WL_MODAL_COND) || tok_in(w, q, WL_MODAL_HEDGED)))
      return 1;
    if (tok_in(w, q, WL_ADV_GUESS)) return 1;
  }
  return 0;
}

const char *acta_unreal_reason(const acta_coder *c, const sent_ctx *sc,
                               const vgroup *g, int32_t rep, int purpose) {
  const struct acta_work *w = c->work;
  if (c->dict->keds_only) return NULL;
  const acta_sentence *s = sc->s;
  if (question(w, s)) return "question";
  if (clause_opener(w, s, g, WL_CONDITION)) return "conditional (if, unless, whether)";
  if (purpose) return "purpose (an act to be done, not done)";
  /* what the writer supposes; a named source's "may" stays, hedged */
  int sourced = rep != NO && w->frames[rep].reporter != NO;
  if (!sourced && (unreal_modal(w, s, g) || clause_opener(w, s, g, WL_ADV_GUESS)))
    return "hypothetical (may, would, perhaps: no source)";
  return NULL;
}

/* Is the 4-digit number at token i a year (1900-2099)? */
static int year_at(const acta_coder *c, uint32_t i) {
  const acta_token *tk = &c->work->toks.v[i];
  if (tk->tag != P_NUM || tk->end - tk->start != 4) return 0;
  const char *t = c->cur_text + tk->start;
  return (t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0');
}

const char *acta_aggregate_reason(const acta_coder *c, const acta_sentence *s) {
  const struct acta_work *w = c->work;
  if (c->dict->keds_only) return NULL;
  for (uint32_t q = s->first; q < s->last; q++) {
    if (tok_in(w, q, WL_SINCE)) return "a count over time (since, annually)";
    /* "in 2011", "during 2015": a whole year */
    if (q + 1 < s->last && year_at(c, q + 1) &&
        (is_word(w, q, w->cw->w_in) || tok_in(w, q, WL_PERIOD_LEAD)) &&
        !(q + 2 < s->last && w->toks.v[q + 2].tag == P_NUM))
      return "a count over a year";
    /* "in recent years", "over the past decade", "per year" */
    if (tok_in(w, q, WL_PERIOD_NOUN))
      for (uint32_t b = q; b > s->first && q - b < 3; b--)
        if (tok_in(w, b - 1, WL_PERIOD_LEAD)) return "a count over a span of time";
  }
  return NULL;
}
