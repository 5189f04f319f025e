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
    if (strcmp(code, "163") && (w->toks.v[x->first].tag != P_PROPN ||
                                (!acta_code_eq(x->role, "CVL") && !acta_code_eq(x->role, "CRM"))))
      continue;
    const char *home = w->art_people_country[0] && acta_people_role(x->role)
                           ? w->art_people_country
                           : w->art_country;
    if (!strcmp(own, home)) continue;
    memcpy(x->near_country, home, 4);
    acta_trace(w, "  target \"%s\" -> %s%s (sanctioned or accused by a foreign state: of the "
                  "article's country)\n",
               norm(w, x->last - 1), home, x->role);
  }
  return tgt;
}
