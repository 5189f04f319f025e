/* SPDX-License-Identifier: MIT */
/* place_lists.c (prec48d): lists of places.  A list of places of several
 * countries ("arrested in Lima, Quito, Madrid and Caracas") sets no one
 * country for the bare roles its sentence places there: a role "in" it, or
 * one that would take the sentence's country from its first member, is of
 * no country rather than the first one's (code.c sentence_context,
 * mentions.c acta_role_countries, events.c acta_set_actor). */
#include "coder_internal.h"

#include <string.h>

/* prec48d: how many tokens may stand between two places of one list
 * (", and the"). */
#define PLACE_LIST_GAP 3

/* prec48d: how are places p and q (q right after p) joined: 0 not as two
 * members of one list, else only commas, "and", "or" and determiners
 * between ("in Panama, Honduras and the Dominican Republic"): 2 when
 * that is a comma and a conjunction (", and"), 1 otherwise. */
static int place_gap(const struct acta_work *w, const acta_sentence *s,
                     const acta_place *p, const acta_place *q) {
  uint32_t t = token_at(w, s, p->end);
  while (t < s->last && w->toks.v[t].start < p->end) t++;
  uint32_t n = 0;
  int comma = 0, conj = 0;
  for (; t < s->last && w->toks.v[t].start < q->start; t++, n++) {
    if (n == PLACE_LIST_GAP ||
        !(is_punct(w, t, ',') || is_and_or(w, t) || w->toks.v[t].tag == P_DET))
      return 0;
    comma |= is_punct(w, t, ',');
    conj |= is_and_or(w, t);
  }
  if (!(n > 0 && t < s->last)) return 0;
  return comma && conj ? 2 : 1;
}

/* prec48d: are places j - 1 and j of a sentence (places [k0, j]) two
 * members of one list?  mend48d: ", and" ends a list only after a comma
 * ("in Madrid, Lima, and Quito"); after a lone place it joins two clauses
 * ("detained three men in Quito, and Peru said it would seek them"). */
static int listed_places(const struct acta_work *w, const acta_sentence *s, size_t k0,
                         size_t j) {
  int g = place_gap(w, s, &w->places[j - 1], &w->places[j]);
  if (g != 2) return g;
  return j - 1 > k0 && place_gap(w, s, &w->places[j - 2], &w->places[j - 1]) == 1;
}

/* prec48d: is place k of sentence si, the one that gives the sentence its
 * country, a member of a list of places of more than one country ("seven
 * people were arrested in Lima, Quito, Madrid and Caracas",
 * "a ring with offices in Belize, Honduras and Nicaragua")?  Then
 * the sentence is in none of them more than another: a bare role it sets
 * no country of its own to, or whose own phrase names the list ("people
 * in Miami, Panama and Mexico"), is of no country (acta_bare_country,
 * events.c acta_set_actor), as a role "in all three countries" is.
 * "Cartagena, Colombia" (one country) is no such list.  Linear in the
 * sentence's places. */
int acta_mixed_place_list(const struct acta_work *w, size_t si, size_t k) {
  const acta_sentence *s = &w->sents[si];
  size_t k0 = w->sent_place[si], k1 = w->sent_place[si + 1];
  const char *c = w->places[k].country;
  for (size_t j = k + 1; j < k1 && listed_places(w, s, k0, j); j++)
    if (w->places[j].country[0] && strcmp(w->places[j].country, c)) return 1;
  for (size_t j = k; j > k0 && listed_places(w, s, k0, j); j--)
    if (w->places[j - 1].country[0] && strcmp(w->places[j - 1].country, c)) return 1;
  return 0;
}
