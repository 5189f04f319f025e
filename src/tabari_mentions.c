/* SPDX-License-Identifier: MIT */
/* tabari_mentions.c: TABARI's reading of the actors acta found, for
 * TABARI dictionaries only.
 *
 * Null-coded actors (its parser's markNouns): an actor line whose code is
 * "[---]" ("BOROMIR [---]") makes the words a noun, no actor: "restore
 * ties with Boromir in Gondor" has Gondor for its target.
 *
 * Compounds (markCompound): TABARI joins two actors into a compound only
 * when the words between the conjunction and the second actor are
 * determiners and adjectives: "Fornost and the Gondorian army" is one,
 * "Ithilen's cruel and wicked minister Calimehtar" (an agent, MINISTER,
 * before the actor) and "Ithilen's cattle and goats of Gondor" (a noun) are
 * not: there each actor stands alone, the source or target of its own,
 * and the first actor of the clause is the source (tabari_sources.c).
 * acta links compounds more widely (mentions.c); this pass cuts its groups
 * where TABARI's would end.
 *
 * Both are linear in the sentence's mentions and phrase matches. */
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"

/* Do the words of mention b before its first actor phrase keep it out of
 * a TABARI compound (anything but a determiner or an adjective; an agent
 * with no actor of its own)?  actor[q - first]: an actor phrase of the
 * dictionaries begins at token q. */
static int words_before_actor(const struct acta_work *w, const mention *b,
                              const uint8_t *actor, uint32_t first) {
  for (uint32_t q = b->first; q < b->last; q++) {
    if (actor[q - first]) return 0;
    int t = w->toks.v[q].tag;
    if (t != P_DET && t != P_ADJ) return 1;
  }
  return 1;
}

void acta_tabari_compounds(struct acta_work *w, const acta_sentence *s, size_t m0,
                           size_t m1) {
  if (s->last <= s->first) return;
  uint8_t *actor = calloc(s->last - s->first, 1);
  if (!actor) abort();
  for (size_t k = 0; k < w->nmatches; k++) {
    const match *x = &w->matches[k];
    if (x->e && x->e->kind == ENT_ACTOR && x->first >= s->first && x->first < s->last)
      actor[x->first - s->first] = 1;
  }
  for (size_t k = m0; k < m1; k++) {
    if (w->ments[k].group != (int32_t)k) continue;
    int32_t prev = (int32_t)k;
    for (int32_t b = w->ments[prev].next_in_group; b != NO;
         prev = b, b = w->ments[b].next_in_group) {
      const mention *pa = &w->ments[prev], *mb = &w->ments[b];
      /* a member copied from a list ("the ambassadors of A, B and C")
       * shares its words; a pronoun is TABARI's actor; an agent alone
       * ("the police") is one under CONVERT AGENTS: left as they are */
      if (mb->first < pa->last || mb->pronoun || mb->role_only ||
          !strncmp(mb->code, "---", 3) || !words_before_actor(w, mb, actor, s->first))
        continue;
      /* b and the members after it make a group of their own */
      w->ments[prev].next_in_group = NO;
      for (int32_t t = b; t != NO; t = w->ments[t].next_in_group) w->ments[t].group = b;
      break; /* the new group is cut in its turn when k reaches b */
    }
  }
  free(actor);
}

void acta_tabari_null_actors(struct acta_work *w, size_t m0) {
  for (size_t k = m0; k < w->nments; k++) {
    mention *x = &w->ments[k];
    if (x->absorbed || strcmp(x->code, "---") != 0) continue;
    x->absorbed = 1;
    for (uint32_t q = x->first; q < x->last; q++)
      if (w->tok_ment[q] == (int32_t)k) w->tok_ment[q] = NO;
  }
}
