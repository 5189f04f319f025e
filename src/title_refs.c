/* SPDX-License-Identifier: MIT */
/* title_refs.c (prec46c): "the minister" standing for the person the text
 * just named with that title.  "Honduran Security Minister Julio Pineda
 * flew to Bogota.  The minister praised Colombian police": a bare role
 * phrase of "the", adjectives and a singular title noun ("the senator",
 * "the former president") whose words an earlier phrase of the same role
 * holds, the title followed there by a person's name with a country of
 * its own ("US Senator Jim Harlan"), in its sentence before it or in the
 * REACH sentences before, is that person: it takes that phrase's country
 * (near_country), not the sentence's first country nor the nearest one
 * named (the country the person visits, deals with or talks about).  Two
 * such people of different countries ("Mexican President X met US
 * President Y.  The president said") leave it as it was; so does a
 * phrase a place follows ("the minister of Mexico", "the ambassador in
 * Caracas").  Per bare role, a walk over the mentions of at most
 * REACH + 1 sentences, each a bounded phrase. */
#include "coder_internal.h"

#include "tagger_model.h"
#include "vocab.h"

#include <string.h>

/* How many sentences back the titled person may have been named. */
#define REACH 2

/* Does mention r hold a token written as token q is, from token `from` on
 * (at r->last: none)?  Its index, else r->last. */
static uint32_t held_at(const struct acta_work *w, const mention *r, uint32_t from, uint32_t q) {
  const char *t = norm(w, q);
  uint32_t n = w->toks.v[q].norm_len;
  for (uint32_t k = from; k < r->last; k++)
    if (w->toks.v[k].norm_len == n && !memcmp(norm(w, k), t, n)) return k;
  return r->last;
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
  uint32_t k = r->first;
  for (uint32_t q = m->first + 1; q < m->last; q++) {
    k = held_at(w, r, k, q);
    if (k >= r->last) return 0;
    k++;
  }
  return k < r->last && cap_name(w, k);
}

void acta_title_refs(struct acta_work *w, const sent_ctx *sc) {
  size_t lo = w->sent_ment[sc->index >= REACH ? sc->index - REACH : 0];
  for (size_t j = sc->m0; j < sc->m1; j++) {
    mention *m = &w->ments[j];
    if (!m->role_only || m->absorbed || !m->role[0] || !title_phrase(w, m, sc->s)) continue;
    const mention *ref = NULL;
    int mixed = 0;
    for (size_t k = lo; k < j && !mixed; k++) {
      const mention *r = &w->ments[k];
      if (!names_titled(w, r, m)) continue;
      if (ref && !acta_code_eq(ref->country, r->country)) mixed = 1;
      ref = r;
    }
    if (!ref || mixed || acta_code_eq(m->near_country, ref->country)) continue;
    acta_trace(w, "  \"%s\": the %s named so before, not %s\n", norm(w, m->last - 1), ref->code,
               m->near_country[0] ? m->near_country : sc->country);
    memcpy(m->near_country, ref->country, sizeof m->near_country);
  }
}
