/* SPDX-License-Identifier: MIT */
/* role_chain.c (prec41b): a bare state role that goes on telling of the
 * same body.  "Officials in Ecuador said ...  The minister hailed ...":
 * a bare government, police, army, court, legislature or spy role ("the
 * minister", "the government", "police officers") in a sentence that
 * names no country of its own (code.c sentence_context: no place, no
 * actor of a country; its country the article's) is of the country the
 * same role was of in the two sentences before, when that is another
 * than the article's: the text goes on about that body, and the article's
 * country is only the one named most.  Only a country the text says of
 * the earlier role lends (said_country's strong one): its own phrase's
 * place ("police in Peru", "the government of Panama"), one this rule
 * gave it (so the body is followed sentence by sentence), or its own
 * country word ("Peru's customs tribunal": an agent entry), which lends
 * only to the same head noun said again (mend41b).  A nearest country not
 * of its phrase, or its sentence's place, lends none; it only keeps a
 * chain of the same country going, or with another country stops it.  Not
 * from an envoy, an embassy, a destination, a place things come from, nor
 * the agent of a participle ("officers trained by Colombian police"); nor
 * (mend41b) from a sentence that names the foreign state by itself when
 * the article's own state was named in it or the three sentences before.
 * Writes the role's near_country, which acta_set_actor (events.c) reads.
 * Per sentence: each mention's own place is read over the sentence's
 * places (own_place), so mentions times places, both few. */
#include "coder_internal.h"
#include "vocab.h"

#include <string.h>

/* How many sentences back the same role may have been named. */
#define CHAIN_REACH 2

/* mend41b: how many sentences before a lending one the article's own
 * state, named there, keeps it from lending. */
#define HOME_REACH 3

/* The index of a state role in w->chain_*, -1 for another role. */
static int chain_index(const char *role) { return acta_state_role_index(role); }

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
 * rule may follow; 2: to the same head noun only), "" when none: its own
 * (strong 2 when an agent entry's country word), its nearest country
 * (strong when its own phrase's place or chained), or its sentence's. */
static const char *said_country(const struct acta_work *w, const sent_ctx *sc, const mention *m,
                                int *strong) {
  *strong = 0;
  if (m->absorbed || m->group_ref || acta_envoy_mention(w, m) || acta_embassy_mention(w, m))
    return "";
  int aside = acta_destination_mention(w, m, sc->s) || acta_no_scene_mention(w, m, sc->s) ||
              acta_participle_agent(w, m);
  /* a role with the text's country word ("Brazil's federal police": an
   * agent entry), not a named body or person the dictionaries give a
   * country (an entry may be of another time); mend41b: it lends only to
   * its own head noun said again ("Peru's customs tribunal ...  The
   * tribunal"), *strong 2: a foreign body is most often the one the home
   * body answers next ("U.S. officials urged a ban.  The government
   * turned it down"), where a place phrase sets a scene the text goes on
   * in */
  if (!m->role_only) {
    *strong = !aside && m->entry && m->entry->kind == ENT_AGENT ? 2 : 0;
    return m->country;
  }
  if (m->near_country[0]) {
    *strong = !aside && (m->chained || own_place(w, sc, m));
    return m->near_country;
  }
  return sc->country_fallback ? "" : sc->country;
}

/* Does sentence sc name the state of country c by itself: a mention of c
 * that is no bare role nor a preposition's ("police in Peru"), a country
 * or a state body ("the United States",
 * "the US State Department")? */
static int state_named(const struct acta_work *w, const sent_ctx *sc, const char *c) {
  for (size_t j = sc->m0; j < sc->m1; j++) {
    const mention *m = &w->ments[j];
    if (!m->role_only && !m->absorbed && !m->after_prep && acta_code_eq(m->country, c) &&
        (!m->role[0] || chain_index(m->role) >= 0))
      return 1;
  }
  return 0;
}

/* mend46f: is mention m the subject of a passive verb group right after
 * it ("the agents were attacked", "the agents had been detained")?  Foreign
 * agents said again abroad are most often the ones things are done to;
 * "the agents arrested him" in the place after "a Mexican agent crossed
 * into Arizona" are the place's own. */
static int acted_on(const struct acta_work *w, const sent_ctx *sc, const mention *m) {
  uint32_t q = m->last;
  return q < sc->s->last && w->tok_vg[q] != NO && w->vgs[w->tok_vg[q]].first == q &&
         w->vgs[w->tok_vg[q]].passive;
}

/* prec46f: is token q "agent" or "agents"? */
static int agent_word(const struct acta_work *w, uint32_t q) {
  return w->toks.v[q].vocab == V_AGENT || !strcmp(norm(w, q), "agents");
}

void acta_role_chain(struct acta_work *w, const sent_ctx *sc) {
  int si = sc->index;
  if (si == 0) {
    for (int k = 0; k < ACTA_CHAIN_ROLES; k++) w->chain_si[k] = -1;
    w->home_state_si = -1;
  }
  if (sc->country_fallback)
    for (size_t j = sc->m0; j < sc->m1; j++) {
      mention *m = &w->ments[j];
      int k = chain_index(m->role);
      if (k < 0 || !m->role_only || m->absorbed || m->near_country[0] || w->chain_si[k] < 0 ||
          si - w->chain_si[k] > CHAIN_REACH || acta_code_eq(w->chain_cc[k], sc->country) ||
          (w->chain_head[k] != UINT32_MAX &&
           strcmp(norm(w, m->last - 1), norm(w, w->chain_head[k]))))
        continue;
      acta_trace(w, "  \"%s\": %s, the same role's in sentence %d, not the article's %s\n",
                 norm(w, m->last - 1), w->chain_cc[k], (int)w->chain_si[k], sc->country);
      memcpy(m->near_country, w->chain_cc[k], 4);
      m->chained = 1;
    }
  /* prec46f: "Gunmen wounded a U.S. agent in Mexico.  ... the agents were
   * stopped near Mexico City": "the agent(s)" said again right after
   * agents with their own country word (an agent entry's, chain_head
   * set) are those agents still, whatever place the sentence names
   * outside their own phrase (not "the agents in Mexico"), when they are
   * acted on (mend46f: a passive right after them): a foreign
   * body's agents work abroad, where police and officials are most often
   * of the place they act in ("In Quito, the police ...") */
  if (!sc->country_fallback)
    for (size_t j = sc->m0; j < sc->m1; j++) {
      mention *m = &w->ments[j];
      int k = chain_index(m->role);
      if (k < 0 || !m->role_only || m->absorbed || m->group_ref || w->chain_si[k] < 0 ||
          si - w->chain_si[k] > CHAIN_REACH || w->chain_head[k] == UINT32_MAX ||
          !is_word(w, m->first, w->cw->w_the) || m->last != m->first + 2 ||
          !agent_word(w, m->last - 1) || !agent_word(w, w->chain_head[k]) ||
          acta_code_eq(m->near_country[0] ? m->near_country : sc->country, w->chain_cc[k]) ||
          own_place(w, sc, m) || !acted_on(w, sc, m))
        continue;
      acta_trace(w, "  \"the %s\": %s, the same agents' in sentence %d\n", norm(w, m->last - 1),
                 w->chain_cc[k], (int)w->chain_si[k]);
      memcpy(m->near_country, w->chain_cc[k], 4);
      m->chained = 1;
    }
  /* the sentence's strong country of each role; two countries of one
   * role (a strong one and any other) leave it none */
  char cc[ACTA_CHAIN_ROLES][4];
  uint32_t head[ACTA_CHAIN_ROLES];
  int state[ACTA_CHAIN_ROLES] = {0}; /* 0: none, 1: cc, 2: mixed */
  int any[ACTA_CHAIN_ROLES] = {0};
  char seen[ACTA_CHAIN_ROLES][4];
  for (size_t j = sc->m0; j < sc->m1; j++) {
    const mention *m = &w->ments[j];
    int k = chain_index(m->role), strong;
    if (k < 0) continue;
    const char *c = said_country(w, sc, m, &strong);
    if (!c[0]) continue;
    if (acta_code_eq(c, w->art_country)) w->home_state_si = si;
    if (any[k] && !acta_code_eq(seen[k], c)) state[k] = 2;
    if (!any[k]) memcpy(seen[k], c, 4);
    any[k] = 1;
    if (strong && state[k] == 0) {
      memcpy(cc[k], c, 4);
      /* a chained mention keeps the chain's head, if it had one */
      head[k] = strong == 2 ? m->last - 1 : m->chained ? w->chain_head[k] : UINT32_MAX;
      state[k] = 1;
    }
  }
  /* mend41b: the article's own state named in this sentence or the
   * HOME_REACH before, and the foreign body's state named by itself
   * beside it ("Police in Oruro said Bolivia would help"): the sentence
   * tells of that state's dealings with the home one, no scene abroad the
   * text goes on in, and a bare role after it is still the home body */
  int home_near = w->home_state_si >= 0 && si - w->home_state_si <= HOME_REACH;
  for (int k = 0; k < ACTA_CHAIN_ROLES; k++) {
    if (state[k] == 1 && home_near && !acta_code_eq(cc[k], w->art_country) &&
        state_named(w, sc, cc[k])) {
      acta_trace(w, "  the role's country %s lends none: the article's state %s named in sentence %d\n",
                 cc[k], w->art_country, (int)w->home_state_si);
      w->chain_si[k] = -1;
    } else if (state[k] == 1) {
      memcpy(w->chain_cc[k], cc[k], 4);
      w->chain_head[k] = head[k];
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
