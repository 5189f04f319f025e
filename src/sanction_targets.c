/* SPDX-License-Identifier: MIT */
/* sanction_targets.c (targets10): the country of a private person named
 * as the one a foreign state sanctions or accuses ("The US Treasury
 * sanctioned Jose Ramirez", "Ramirez was blacklisted by the United
 * States"): a bare role takes the sentence's country, which for such a
 * sentence is most often the sanctioning state's own (its name or its
 * Treasury's); the person is of the country the article is about.
 * Conventions: docs/conventions.md ("The country of those a foreign state
 * sanctions or accuses"). */
#include <string.h>

#include "coder_internal.h"

/* Is CAMEO code `code` a sanction (163) or an accusation (112x)? */
static int sanction_or_accusation(const char *code) {
  return !strcmp(code, "163") || !strncmp(code, "112", 3);
}

/* Does a name mark the accused phrase `x`: a proper noun anywhere in it,
 * of any bare role (actors33; it was a CVL or CRM whose first word is a
 * proper noun): "PDVSA officials", "presidential candidate Ana Ruiz".  A name the acting state's own
 * dictionaries do not code is most often of the story's country. */
static int accused_by_name(const struct acta_work *w, const sent_ctx *sc, const mention *x) {
  /* not a leader's government ("the Morales government", "the Maduro
   * regime"): a leader's, not the story's (name_refs.c acta_leader_refs) */
  if (x->phrase_first > x->first && tok_in4(w, x->phrase_first, WL4_LEADER_BODY) &&
      w->toks.v[x->phrase_first - 1].tag == P_PROPN)
    return 0;
  /* nor a phrase naming a place, its own home ("Florida businessman John
   * Smith") */
  size_t lo = w->toks.v[x->first].start, hi = w->toks.v[x->last - 1].end;
  size_t si = (size_t)sc->index;
  for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1]; k++)
    if (w->places[k].start >= lo && w->places[k].end <= hi) return 0;
  for (uint32_t i = x->first; i < x->last; i++)
    /* a proper noun the lexicon lacks or no dictionary phrase starts
     * at ("PDVSA", "Ruiz"); not a capitalized role word of the
     * dictionaries, "Treasury officials" */
    if (w->toks.v[i].tag == P_PROPN &&
        (w->toks.v[i].word == ACTA_NO_WORD || !(w->toks.v[i].shape & TS_ROOT)))
      return 1;
  return 0;
}

int32_t acta_sanctioned_country(struct acta_work *w, const sent_ctx *sc, int32_t src,
                                int32_t tgt, const char *code) {
  if (src == NO || tgt == NO || !sanction_or_accusation(code) || !w->art_country[0])
    return tgt;
  const char *own = acta_mention_country(w, sc, w->ments[src].group);
  /* a state of the article's country, or none: its people are its own
   * (country27: of the country the article names most, where its state is
   * another's) */
  if (!own[0] || (!strcmp(own, w->art_country) &&
                  (!w->art_people_country[0] || !strcmp(own, w->art_people_country))))
    return tgt;
  for (int32_t m = w->ments[tgt].group; m != NO; m = w->ments[m].next_in_group) {
    mention *x = &w->ments[m];
    /* only a private person named by name (CVL, CRM) coded with the
     * source's country (the sentence's, or the nearest named: "The US
     * Treasury"): not "Colombian nationals", "a former Mexican governor",
     * "drug traffickers" */
    if (!x->role_only || strcmp(acta_mention_country(w, sc, m), own)) continue;
    /* ... but any bare role a foreign state sanctions: "the US sanctioned
     * Governor Justo Noguera", "blacklisted four businesses" */
    if (strcmp(code, "163") && !accused_by_name(w, sc, x)) continue;
    const char *home = acta_people_home(w, x->role);
    if (!strcmp(own, home)) continue;
    memcpy(x->near_country, home, 4);
    acta_trace(w, "  target \"%s\" -> %s%s (sanctioned or accused by a foreign state: of the "
                  "article's country)\n",
               norm(w, x->last - 1), home, x->role);
  }
  return tgt;
}
