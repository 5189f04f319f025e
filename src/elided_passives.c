/* SPDX-License-Identifier: MIT */
/* actors34: a bare participle after "and" whose passive auxiliary the
 * sentence leaves out where clauses.c's coordinated_participle does not
 * see it.  "The former governor was arrested in Italy and deported to
 * Mexico", "One of Peru's most wanted men has been captured in Colombia
 * and deported": the tagger reads the second as a past tense, and a
 * phrase of the first stands before the "and"; "the six plotters had
 * been under surveillance for months and eventually apprehended": the
 * first is "been" and a predicate, no participle.  In each the second is
 * passive, done to the first's subject, who deported or apprehended no
 * one (docs/conventions.md, "An auxiliary left out after a phrase"). */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <stdint.h>

/* How many tokens the phrase of the first clause before the "and" may
 * span ("in Colombia", "under surveillance for months"). */
#define ELIDED_PHRASE_REACH 12

/* Does nothing that could be an object follow the participle g (the
 * sentence's end, a mark, a preposition, "to", or the next verb: "and
 * deported marking a step ahead", "and finally caught is a
 * proof")? */
static int no_object(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (g->last >= s->last) return 1;
  const acta_token *t = &w->toks.v[g->last];
  return t->kind == TK_PUNCT || t->tag == P_PREP || t->tag == P_TO || w->tok_vg[g->last] != NO;
}

/* Is the run of tokens [a, b) a phrase of the first clause: prepositions,
 * noun-phrase words, numbers, adverbs, no verb (at least one word when
 * `word`)? */
static int first_phrase(const struct acta_work *w, uint32_t a, uint32_t b, int word) {
  if (a > b || (word && a == b) || b - a > ELIDED_PHRASE_REACH) return 0;
  for (uint32_t q = a; q < b; q++) {
    const acta_token *t = &w->toks.v[q];
    if (w->tok_vg[q] != NO) return 0;
    if (!(np_tag(t->tag) || t->tag == P_PREP || t->tag == P_TO || t->tag == P_NUM ||
          t->tag == P_ADV || t->tag == P_POSS))
      return 0;
  }
  return 1;
}

/* Is vgroup pg a form of "be" with no main verb ("had been", "was")? */
static int bare_be(const acta_dict *d, const struct acta_work *w, const vgroup *pg) {
  if (pg->has_main || pg->to_inf) return 0;
  const acta_token *h = &w->toks.v[pg->head];
  return h->tag == P_AUX && h->word != ACTA_NO_WORD && d->info[h->word].closed == CC_BE &&
         w->toks.v[pg->first].penn != PT_VBG;
}

int32_t acta_elided_passive(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                            size_t gi, size_t vg0, int32_t subj) {
  vgroup *g = &w->vgs[gi];
  /* (speed37d: clauses.c's may_elided_passive asks these first tests, and
   * the past form below, before calling: widen both together) */
  if (gi == vg0 || g->passive || g->first != g->head || g->first <= s->first + 2) return subj;
  unsigned pf = w->toks.v[g->head].penn;
  if ((pf != PT_VBD && pf != PT_VBN) || !tok_in(w, g->head, WL_OBJECT_PARTICIPLE) ||
      !no_object(w, s, g))
    return subj;
  /* "and" (adverbs after it: "and eventually apprehended") */
  uint32_t conj = g->first;
  while (conj > s->first && conj + 3 > g->first && w->toks.v[conj - 1].tag == P_ADV) conj--;
  if (conj <= s->first + 1 || !is_and_or(w, conj - 1)) return subj;
  conj--;
  const vgroup *pg = &w->vgs[gi - 1];
  if (pg->last > conj) return subj;
  int be = bare_be(d, w, pg);
  /* the first: a passive with its auxiliary ("was arrested in Italy"),
   * finite, the second read as a past tense, a phrase of the first or
   * none before the "and" (coordinated_participle reads a pair with none
   * but not before "to": "was arrested and deported to Mexico"); or
   * "been" and its
   * predicate ("had been under surveillance for months") */
  if (be) {
    if (!first_phrase(w, pg->last, conj, 1)) return subj;
  } else {
    if (!pg->passive || pg->first == pg->head || pg->to_inf || pf != PT_VBD ||
        w->toks.v[pg->first].penn == PT_VBG || !first_phrase(w, pg->last, conj, 0))
      return subj;
  }
  acta_trace(w, "  subject: \"%s\" after \"and\" shares the passive of \"%s\": passive\n",
             norm(w, g->head), norm(w, pg->head));
  g->passive = 1;
  g->shared_aux = 1;
  return pg->subject;
}

/* prec48b: "The mayor was questioned but not arrested", "the suspects
 * were held for hours, though never charged", "was detained yet not
 * charged by the court": a participle denied after "but", "though",
 * "although" or "yet" with "not" or "never" before it and no auxiliary of
 * its own shares the passive before it as an "and" does (the mayor arrested
 * no one; the denial says he was not arrested).  The first a passive with
 * its auxiliary, finite, a phrase of it or a comma before the conjunction;
 * the second of a verb that needs an object, with none after it. */
int32_t acta_denied_passive(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                            size_t gi, size_t vg0, int32_t subj) {
  (void)d;
  vgroup *g = &w->vgs[gi];
  if (gi == vg0 || g->passive || !g->negated || g->head == g->first ||
      g->first <= s->first + 2)
    return subj;
  for (uint32_t q = g->first; q < g->head; q++)
    if (!is_vocab(w, q, V_NOT) && !is_vocab(w, q, V_NEVER)) return subj;
  unsigned pf = w->toks.v[g->head].penn;
  if ((pf != PT_VBD && pf != PT_VBN) || !tok_in(w, g->head, WL_OBJECT_PARTICIPLE) ||
      !no_object(w, s, g))
    return subj;
  uint32_t conj = g->first - 1;
  if (!is_vocab(w, conj, V_BUT) && !is_vocab(w, conj, V_THOUGH) &&
      !is_vocab(w, conj, V_ALTHOUGH) && !is_vocab(w, conj, V_YET))
    return subj;
  uint32_t end = conj; /* the first clause's end, past a comma */
  if (end > s->first && is_punct(w, end - 1, ',')) end--;
  const vgroup *pg = &w->vgs[gi - 1];
  if (pg->last > end || !pg->passive || pg->first == pg->head || pg->to_inf ||
      w->toks.v[pg->first].penn == PT_VBG || !first_phrase(w, pg->last, end, 0))
    return subj;
  acta_trace(w, "  subject: \"%s\" denied after \"%s\" shares the passive of \"%s\": passive\n",
             norm(w, g->head), norm(w, conj), norm(w, pg->head));
  g->passive = 1;
  g->shared_aux = 1;
  return pg->subject;
}
