/* SPDX-License-Identifier: MIT */
/* title_refs.c (prec46c): a title standing for the person the text just
 * told of with that title and a country.  "Honduran Security Minister
 * Julio Pineda flew to Bogota.  The minister praised Colombian police": a
 * bare role phrase of "the", adjectives and a singular title noun ("the
 * senator", "the former president") whose words an earlier phrase of the
 * same role holds, the title followed there by a person's name with a
 * country of its own ("US Senator Jim Harlan"), in its sentence before it
 * or in the REACH sentences before, is that person: it takes that
 * phrase's country (near_country), not the sentence's first country nor
 * the nearest one named (the country the person visits, deals with or
 * talks about).  So does a title and a name ("Defense Minister Pedro
 * Rojas told reporters ...") after a title of a country with no name
 * ("Venezuela's defense minister ordered ..."), the title's words the
 * same to its head, unless its sentence tells of another person ("him",
 * "her", "counterpart").  Two such people of different countries
 * ("Mexican President X met US President Y.  The president said"), or
 * people of the role and of another country named after the titled one
 * ("... met Peruvian officials"), leave it as it was; so does a lesser
 * office ("US Vice President Mark Dale" is no "the president"); so does a
 * phrase a place follows ("the minister of Mexico", "the ambassador in
 * Caracas").  Per role phrase, a walk over at most TITLE_REACH mentions
 * before it (of at most REACH + 1 sentences), each a bounded phrase. */
#include "coder_internal.h"

#include "tagger_model.h"
#include "vocab.h"

#include <string.h>

/* How many sentences back the titled person may have been named. */
#define REACH 2

/* How many mentions before a role phrase are read for its titled person:
 * the walk per role phrase stays bounded however many actors the REACH
 * sentences name (news copy names far fewer in three sentences). */
#define TITLE_REACH 32

/* Does mention r hold a token written as token q is, from token `from` on
 * (at r->last: none)?  Its index, else r->last. */
static uint32_t held_at(const struct acta_work *w, const mention *r, uint32_t from, uint32_t q) {
  const char *t = norm(w, q);
  uint32_t n = w->toks.v[q].norm_len;
  for (uint32_t k = from; k < r->last; k++)
    if (w->toks.v[k].norm_len == n && !memcmp(norm(w, k), t, n)) return k;
  return r->last;
}

/* mend46c: is token q, before the first of a title's words in mention r,
 * a word that makes it a lesser office ("Vice President Mark Dale" is not
 * "the president", "Deputy Interior Minister" not "the interior
 * minister")? */
static int lesser_office(const struct acta_work *w, const mention *r, uint32_t q) {
  if (q <= r->first) return 0;
  q--;
  return norm_eq(w, q, "vice") || is_vocab(w, q, V_DEPUTY) || norm_eq(w, q, "assistant") ||
         is_vocab(w, q, V_UNDER) || is_vocab(w, q, V_LIEUTENANT) || norm_eq(w, q, "sub");
}

/* Is bare role m "the", adjectives and a singular title noun, no place or
 * name after it? */
static int title_phrase(const struct acta_work *w, const mention *m, const acta_sentence *s) {
  if (m->last < m->first + 2 || !is_vocab(w, m->first, V_THE)) return 0;
  uint32_t h = m->last - 1;
  if (w->toks.v[h].penn != PT_NN) return 0;
  for (uint32_t q = m->first + 1; q < h; q++)
    if (w->toks.v[q].tag != P_ADJ) return 0;
  if (h + 1 < s->last) {
    uint32_t q = h + 1;
    if (cap_name(w, q) || is_word(w, q, w->cw->w_of) || is_word(w, q, w->cw->w_in) ||
        is_word(w, q, w->cw->w_from) || is_word(w, q, w->cw->w_for) || is_vocab(w, q, V_TO))
      return 0;
  }
  return 1;
}

/* Does mention r name a person with the words of title phrase m: r of m's
 * role with a country of its own, holding each word of m after "the" in
 * order, its title word followed by a capitalised name? */
static int names_titled(const struct acta_work *w, const mention *r, const mention *m) {
  if (r->role_only || r->absorbed || !r->country[0] || !acta_code_eq(r->role, m->role)) return 0;
  uint32_t k = r->first, first = r->last;
  for (uint32_t q = m->first + 1; q < m->last; q++) {
    k = held_at(w, r, k, q);
    if (k >= r->last) return 0;
    if (first == r->last) first = k;
    k++;
  }
  return k < r->last && cap_name(w, k) && !lesser_office(w, r, first);
}

/* Is bare role m a title and a name ("Defense Minister Pedro Rojas")
 * whose title is the whole of mention r's words to r's head, r a title of
 * m's role with a country of its own and no name after it in its
 * sentence, which ends at token end ("Venezuela's defense minister"): the
 * person r told of, named now? */
static int title_named(const struct acta_work *w, const mention *m, const mention *r,
                       uint32_t end) {
  if (r->role_only || r->absorbed || !r->country[0] || !acta_code_eq(r->role, m->role) ||
      r->last <= r->first)
    return 0;
  uint32_t head = r->last - 1, k = r->first, q = m->first, first = r->last;
  for (; q < m->last; q++) {
    uint32_t at = held_at(w, r, k, q);
    if (at >= r->last) break;
    if (first == r->last) first = at;
    k = at + 1;
  }
  return q > m->first && q < m->last && k == r->last && cap_name(w, q) &&
         !lesser_office(w, r, first) &&
         w->toks.v[head].tag == P_NOUN && (head + 1 >= end || !cap_name(w, head + 1));
}

/* Does sentence s tell of another person beside its own named one ("him",
 * "her", "counterpart": "Defense Minister Juan Perez welcomed him" may be
 * the host of the minister named before)? */
static int other_person(const struct acta_work *w, const acta_sentence *s) {
  for (uint32_t q = s->first; q < s->last; q++)
    if (is_vocab(w, q, V_HIM) || is_vocab(w, q, V_HER) || norm_eq(w, q, "counterpart") ||
        norm_eq(w, q, "counterparts"))
      return 1;
  return 0;
}

void acta_title_refs(struct acta_work *w, const sent_ctx *sc) {
  size_t s0 = (size_t)(sc->index >= REACH ? sc->index - REACH : 0);
  size_t lo = w->sent_ment[s0];
  int other = -1; /* other_person, asked once */
  for (size_t j = sc->m0; j < sc->m1; j++) {
    mention *m = &w->ments[j];
    if (!m->role_only || m->absorbed || !m->role[0]) continue;
    int bare = title_phrase(w, m, sc->s);
    if (!bare && (other < 0 ? (other = other_person(w, sc->s)) : other)) continue;
    const mention *ref = NULL;
    int mixed = 0;
    size_t rs = s0; /* the sentence of mention k */
    for (size_t k = j - lo > TITLE_REACH ? j - TITLE_REACH : lo; k < j && !mixed; k++) {
      const mention *r = &w->ments[k];
      while (rs < (size_t)sc->index && w->sent_ment[rs + 1] <= k) rs++;
      /* mend46c: people of m's role and of another country named after
       * the titled one ("Bolivia's interior minister met Peruvian
       * officials.  Interior Minister Jose Ramos said"): the title may be
       * theirs */
      if (ref && !r->role_only && !r->absorbed && r->country[0] && r->last > r->first &&
          w->toks.v[r->last - 1].tag == P_NOUN && /* people, no capital ("Bogota") */
          acta_code_eq(r->role, m->role) && !acta_code_eq(ref->country, r->country))
        mixed = 1;
      if (bare ? !names_titled(w, r, m) : !title_named(w, m, r, w->sents[rs].last)) continue;
      if (ref && !acta_code_eq(ref->country, r->country)) mixed = 1;
      ref = r;
    }
    if (!ref || mixed || acta_code_eq(m->near_country, ref->country)) continue;
    acta_trace(w, "  \"%s\": the %s named so before, not %s\n", norm(w, m->last - 1), ref->code,
               m->near_country[0] ? m->near_country : sc->country);
    memcpy(m->near_country, ref->country, sizeof m->near_country);
  }
}
