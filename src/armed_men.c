/* SPDX-License-Identifier: MIT */
/* armed_men.c (prec46c): men who do violence are armed men.  "Six men
 * wielding shotguns killed a retired officer", "two men on a motorbike
 * shot dead a farmer", "four men entered the motel and opened fire": a
 * phrase of plain men by role only ("men", "two men", "a group of men",
 * "several individuals", "unknown" or "masked" being agents.txt's own
 * UAF words already), which the dictionary reads as private people (CVL),
 * is the doer of an act of force (CAMEO roots 18-20): armed men of unknown
 * allegiance, UAF, as "gunmen" are -- not civilians.  Not a singular man
 * ("a man killed his wife" is a private person's crime), nor women,
 * people or youths (crowds, mobs, lynchings: "locals wielding rocks"), nor
 * anyone's men by a possessive or kin ("his men", "the victim's brothers"):
 * a group's own, whose code the dictionaries give.  Called for an event's
 * source by acta_emit (events.c). */
#include "coder_internal.h"
#include "tagger_model.h"

int acta_armed_men_source(const struct acta_work *w, const mention *m, const char *code) {
  int root = cameo_root(code);
  if (root < 18 || root > 20 || !m->role_only || !acta_code_eq(m->role, "CVL") ||
      m->last <= m->first)
    return 0;
  uint32_t h = m->last - 1;
  if (!norm_eq(w, h, "men") && !norm_eq(w, h, "individuals") && !norm_eq(w, h, "persons"))
    return 0;
  for (uint32_t q = m->first; q < h; q++)
    if (w->toks.v[q].tag == P_POSS || tok_in3(w, q, WL3_KIN_NOUN) ||
        w->toks.v[q].penn == PT_PRPS)
      return 0;
  return 1;
}
