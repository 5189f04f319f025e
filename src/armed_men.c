/* SPDX-License-Identifier: MIT */
/* armed_men.c (prec46c): men who do violence are armed men.  "Six men
 * wielding shotguns killed a retired officer", "two men on a motorbike
 * shot dead a farmer", "four men entered the motel and opened fire": a
 * phrase of plain men by role only ("men", "two men", "a group of men",
 * "several individuals", "unknown" or "masked" being agents.txt's own
 * UAF words already), which the dictionary reads as private people (CVL),
 * is the doer of an act of force (CAMEO roots 18-20, not a physical
 * assault 182x: "two men beat a migrant", "raped", "lynched" are done by
 * hand) as finally coded: armed men of unknown allegiance, UAF, as
 * "gunmen" are -- not civilians.  Not a singular man
 * ("a man killed his wife" is a private person's crime), nor women,
 * people or youths (crowds, mobs, lynchings: "locals wielding rocks"), nor
 * anyone's men by a possessive or kin ("his men", "the victim's brothers"):
 * a group's own, whose code the dictionaries give.  Called for an event's
 * source by acta_emit (events.c).  The same men of one sentence are armed
 * men in all their acts if in one ("had abducted and beaten her"). */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <string.h>

int acta_armed_men_source(const struct acta_work *w, const mention *m, const char *code) {
  int root = cameo_root(code);
  if (root < 18 || root > 20 || !m->role_only || !acta_code_eq(m->role, "CVL") ||
      m->last <= m->first)
    return 0;
  /* mend46c: not a beating, a rape or a lynching (182, 1821, 1823: "two
   * men beat a migrant"), done by hand, by private people as often as not
   * (torture, 1822, is a gang's) unless the same men do an armed act in
   * their sentence too (acta_armed_men_agree) */
  if (!strcmp(code, "182") || !strcmp(code, "1821") || !strcmp(code, "1823")) return 0;
  uint32_t h = m->last - 1;
  if (!is_vocab(w, h, V_MEN) && !is_vocab(w, h, V_INDIVIDUALS) && !is_vocab(w, h, V_PERSONS))
    return 0;
  for (uint32_t q = m->first; q < h; q++)
    if (w->toks.v[q].tag == P_POSS || tok_in3(w, q, WL3_KIN_NOUN) ||
        w->toks.v[q].penn == PT_PRPS)
      return 0;
  return 1;
}

/* mend46c: the men of one phrase read as armed men in one event of the
 * sentence are armed men in its others ("two men had abducted and beaten
 * her": the beating's too), so that its acts agree on their doer.
 * Quadratic in the events of one sentence, at most MAX_EV of them. */
void acta_armed_men_agree(acta_coder *c, const sent_ctx *sc) {
  enum { MAX_EV = 32 };
  size_t first = sc->ev_before, n = c->nevents;
  if (c->dict->keds_only || n - first < 2 || n - first > MAX_EV) return;
  for (size_t i = first; i < n; i++) {
    acta_event *a = &c->events[i];
    if (!a->source.present || !acta_code_eq(a->source.role, "CVL")) continue;
    for (size_t j = first; j < n; j++) {
      const acta_event *b = &c->events[j];
      if (j == i || !b->source.present || b->source.start != a->source.start ||
          b->source.end != a->source.end || !acta_code_eq(b->source.role, "UAF") ||
          !acta_code_eq(b->source.country, a->source.country))
        continue;
      acta_trace(c->work, "  source \"%s\": the armed men of its %s (UAF)\n", a->verb, b->cameo);
      memcpy(a->source.code, b->source.code, sizeof a->source.code);
      memcpy(a->source.role, b->source.role, sizeof a->source.role);
      break;
    }
  }
}
