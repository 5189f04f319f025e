/* SPDX-License-Identifier: MIT */
/* role_chain.c (prec41b): a bare state role that goes on telling of the
 * same body.  "Authorities in Panama say ... The minister praised ...":
 * a bare government, police, army, court, legislature or spy role ("the
 * minister", "the government", "police officers") in a sentence that
 * names no country of its own (code.c sentence_context: no place, no
 * actor of a country; its country the article's) is of the country the
 * same role was of in the two sentences before, when that is another
 * than the article's: the text goes on about that body, and the article's
 * country is only the one named most.  The earlier role's country is its
 * own phrase's ("U.S. authorities"), its nearest country
 * (acta_near_countries: "police in Peru"), its sentence's place, or one
 * this rule gave it, so the body is followed sentence by sentence.  Not
 * from an envoy, an embassy, a destination, a place things come from, nor
 * the agent of a participle ("officers trained by Colombian police").
 * Writes the role's near_country, which acta_set_actor (events.c) reads.
 * Per sentence: linear in its mentions. */
#include "coder_internal.h"

#include <string.h>

/* How many sentences back the same role may have been named. */
#define CHAIN_REACH 2

/* The index of a state role in w->chain_*, -1 for another role. */
static int chain_index(const char *role) {
  static const char *const ROLES[ACTA_CHAIN_ROLES] = {"GOV", "COP", "MIL", "JUD", "LEG", "SPY"};
  for (int k = 0; k < ACTA_CHAIN_ROLES; k++)
    if (acta_code_eq(role, ROLES[k])) return k;
  return -1;
}

/* Is bare role m's nearest country its own phrase's place: a place inside
 * it ("the Tegucigalpa police") or right after it through "in" or "of"
 * ("police in Peru", "the government of Panama"), determiners and
 * adjectives between? */
static int own_place(const struct acta_work *w, const sent_ctx *sc, const mention *m) {
  size_t k0 = w->sent_place[sc->index], k1 = w->sent_place[sc->index + 1];
  for (size_t k = k0; k < k1; k++)
    if (w->places[k].start >= w->toks.v[m->first].start &&
        w->places[k].end <= w->toks.v[m->last - 1].end &&
        acta_code_eq(w->places[k].country, m->near_country))
      return 1;
  uint32_t q = m->last;
  if (q + 1 >= sc->s->last || !(is_word(w, q, w->cw->w_in) || is_word(w, q, w->cw->w_of)))
    return 0;
  q++;
  while (q + 1 < sc->s->last && (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_ADJ)) q++;
  for (size_t k = k0; k < k1; k++)
    if (w->place_use[k] && w->places[k].start == w->toks.v[q].start &&
        acta_code_eq(w->places[k].country, m->near_country))
      return 1;
  int32_t o = w->tok_ment[q];
  return o != NO && w->ments[o].first == q && !w->ments[o].role_only &&
         acta_code_eq(w->ments[o].country, m->near_country);
}

/* The country mention m of sentence sc is coded with (*strong: one this
 * rule may follow), "" when none: its own, its nearest country
 * (strong when its own phrase's place), or its sentence's. */
static const char *said_country(const struct acta_work *w, const sent_ctx *sc, const mention *m,
                                int *strong) {
  *strong = 0;
  if (m->absorbed || m->group_ref || acta_envoy_mention(w, m) || acta_embassy_mention(w, m))
    return "";
  int aside = acta_destination_mention(w, m, sc->s) || acta_no_scene_mention(w, m, sc->s) ||
              acta_participle_agent(w, m);
  /* a role with the text's country word ("U.S. authorities", "Brazil's
   * federal police": an agent entry), not a named body or person the
   * dictionaries give a country (an entry may be of another time) */
  if (!m->role_only) {
    *strong = !aside && m->entry && m->entry->kind == ENT_AGENT;
    return m->country;
  }
  if (m->near_country[0]) {
    *strong = !aside && (m->chained || own_place(w, sc, m));
    return m->near_country;
  }
  return sc->country_fallback ? "" : sc->country;
}

void acta_role_chain(struct acta_work *w, const sent_ctx *sc) {
  int si = sc->index;
  if (si == 0)
    for (int k = 0; k < ACTA_CHAIN_ROLES; k++) w->chain_si[k] = -1;
  if (sc->country_fallback)
    for (size_t j = sc->m0; j < sc->m1; j++) {
      mention *m = &w->ments[j];
      int k = chain_index(m->role);
      if (k < 0 || !m->role_only || m->absorbed || m->near_country[0] || w->chain_si[k] < 0 ||
          si - w->chain_si[k] > CHAIN_REACH || acta_code_eq(w->chain_cc[k], sc->country))
        continue;
      acta_trace(w, "  \"%s\": %s, the same role's in sentence %d, not the article's %s\n",
                 norm(w, m->last - 1), w->chain_cc[k], (int)w->chain_si[k], sc->country);
      memcpy(m->near_country, w->chain_cc[k], 4);
      m->chained = 1;
    }
  /* the sentence's strong country of each role; two countries of one
   * role (a strong one and any other) leave it none */
  char cc[ACTA_CHAIN_ROLES][4];
  int state[ACTA_CHAIN_ROLES] = {0}; /* 0: none, 1: cc, 2: mixed */
  int any[ACTA_CHAIN_ROLES] = {0};
  char seen[ACTA_CHAIN_ROLES][4];
  for (size_t j = sc->m0; j < sc->m1; j++) {
    const mention *m = &w->ments[j];
    int k = chain_index(m->role), strong;
    if (k < 0) continue;
    const char *c = said_country(w, sc, m, &strong);
    if (!c[0]) continue;
    if (any[k] && !acta_code_eq(seen[k], c)) state[k] = 2;
    if (!any[k]) memcpy(seen[k], c, 4);
    any[k] = 1;
    if (strong && state[k] == 0) {
      memcpy(cc[k], c, 4);
      state[k] = 1;
    }
  }
  for (int k = 0; k < ACTA_CHAIN_ROLES; k++) {
    if (state[k] == 1) {
      memcpy(w->chain_cc[k], cc[k], 4);
      w->chain_si[k] = si;
    } else if (any[k]) {
      /* a weaker mention agreeing with the chain goes on with it */
      w->chain_si[k] = state[k] == 0 && w->chain_si[k] >= 0 &&
                           si - w->chain_si[k] <= CHAIN_REACH && acta_code_eq(seen[k], w->chain_cc[k])
                           ? si
                           : -1;
    }
  }
}
