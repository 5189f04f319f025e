/* SPDX-License-Identifier: MIT */
/* bodies15: a name no dictionary knows after a country's adjective, name or
 * possessive ("the Nicaraguan Instituto de Analisis Civico",
 * "Canada's International Development Research Centre", "the US Democratic
 * Party") is a body of that country, not its state: the body's kind comes
 * from the words of its name (docs/conventions.md, "Bodies and people a country's word names"). */
#include "coder_internal.h"
#include "vocab.h"

#include <stdio.h>

/* The most capitalised words a body's name may have after its country. */
#define NAMED_BODY_WORDS 10

int acta_time_name(const acta_token *t) {
  switch (t->vocab) {
    case V_MONDAY: case V_TUESDAY: case V_WEDNESDAY: case V_THURSDAY: case V_FRIDAY:
    case V_SATURDAY: case V_SUNDAY: case V_JANUARY: case V_FEBRUARY: case V_MARCH:
    case V_APRIL: case V_MAY: case V_JUNE: case V_JULY: case V_AUGUST: case V_SEPTEMBER:
    case V_OCTOBER: case V_NOVEMBER: case V_DECEMBER:
      return 1;
    default:
      return 0;
  }
}

/* The kind of a body by one word of its name: its role, "" for a movement
 * (no state's, no role: no actor), NULL when the word tells none. */
static const char *kind_word(const struct acta_work *w, uint32_t q) {
  if (tok_in3(w, q, WL3_PARTY_NOUN)) return "PTY";
  if (tok_in3(w, q, WL3_MOVEMENT_NOUN)) return "";
  if (tok_in(w, q, WL_CIVIL_BODY) || tok_in2(w, q, WL2_CIVIL_BODY2) ||
      tok_noun_lemma_in3(w, q, WL3_CIVIL_KIND))
    return "NGO";
  if (tok_noun_lemma_in3(w, q, WL3_BUSINESS_KIND)) return "BUS";
  if (tok_in3(w, q, WL3_STATE_KIND) || tok_in3(w, q, WL3_OFFICE_NOUN)) return "GOV";
  return NULL;
}

/* The most lower-case words a description before a name may have. */
#define DESCRIPTION_WORDS 3

/* Is token q a noun of a person's trade by its ending ("singer", "owner",
 * "economist", "musician", "actress", "consultant"), not a place's
 * ("border"), nor an official's title or a nationality's word, which their
 * own rules read ("deputy", "lawyer", "national")? */
static int trade_noun(const struct acta_work *w, uint32_t q) {
  if (tok_in(w, q, WL_PLACE_PART | WL_PERSON_NOUN) || tok_in2(w, q, WL2_NATIONAL_NOUN)) return 0;
  return tok_ends(w, q, "er") || tok_ends(w, q, "or") || tok_ends(w, q, "ist") ||
         tok_ends(w, q, "ian") || tok_ends(w, q, "ess") || tok_ends(w, q, "ant");
}

/* A description whose head is token h, then a name [c, j) all of proper
 * nouns: the body's kind by the head (kind_word), or a private person by
 * trade (CVL: "Nicaraguan bar owner Raul Centeno"); 0 when the
 * head tells neither. */
static int described_name(const struct acta_work *w, uint32_t h, uint32_t c, uint32_t j,
                          char role[4]) {
  if (c >= j) return 0; /* no name after it: "Venezuelan gold" */
  for (uint32_t q = c; q < j; q++)
    if (!(w->toks.v[q].flags & TF_CAP) || w->toks.v[q].tag != P_PROPN || acta_time_name(&w->toks.v[q]))
      return 0;
  const char *kind = kind_word(w, h);
  if (!kind && trade_noun(w, h)) kind = "CVL";
  if (!kind || !kind[0]) return 0;
  memcpy(role, kind, strlen(kind) + 1);
  return 1;
}

int acta_country_named_body(const struct acta_work *w, const match *ms, size_t nm,
                            const match *all, size_t nall, uint32_t i, uint32_t j,
                            int headline, char role[4]) {
  if (headline || nm != 1 || ms[0].e->kind != ENT_ACTOR || ms[0].e->keds || ms[0].e->role[0] ||
      !ms[0].e->country[0] || ms[0].last >= j)
    return 0;
  const acta_token *tv = w->toks.v;
  /* the country opens the phrase (determiners and adjectives before it:
   * "the famed Argentine singer") */
  int counted = 0;
  for (uint32_t q = i; q < ms[0].first; q++) {
    /* roles17: a count before a private trade ("two Colombian engineers",
     * "3 Mexican pilots"; below) */
    if (tv[q].tag == P_NUM) counted = 1;
    else if (tv[q].tag != P_DET && !(tv[q].tag == P_ADJ && !(tv[q].flags & TF_CAP))) return 0;
  }
  uint32_t c = ms[0].last;
  if (tv[c].tag == P_POSS) c++;
  if (c >= j || j - c > 2 * NAMED_BODY_WORDS) return 0;
  /* no other dictionary phrase inside the name ("the US State Department"
   * is the dictionaries'): the sentence's phrases are in order and do not
   * overlap, so the first one ending after c, found by a binary search,
   * decides (review18: not a scan of them all per candidate) */
  size_t lo = 0, hi = nall;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (all[mid].last <= c) lo = mid + 1;
    else hi = mid;
  }
  if (lo < nall && all[lo].first < j) return 0;
  /* a lower-case description before the name ("Argentine folk singer
   * Facundo Cabral", "the Russian bank Evrofinance Mosnarbank") */
  uint32_t d0 = c;
  while (c < j && c < d0 + DESCRIPTION_WORDS && tv[c].tag == P_NOUN && !(tv[c].flags & TF_CAP))
    c++;
  /* persons16: a private person's trade ending the phrase, no name after
   * it ("a Mexican singer", "the Paraguayan pilot") */
  if (c > d0 && c == j && tok_noun_lemma_in3(w, c - 1, WL3_PRIVATE_TRADE)) {
    memcpy(role, "CVL", 4);
    return 1;
  }
  if (counted) return 0;
  if (c > d0) return described_name(w, c - 1, c, j, role);
  const char *kind = NULL;
  uint32_t caps = 0;
  for (uint32_t q = c; q < j; q++) {
    const acta_token *t = &tv[q];
    if (t->flags & TF_CAP) {
      if (acta_time_name(t) || !(t->tag == P_PROPN || t->tag == P_NOUN || t->tag == P_ADJ)) return 0;
      caps++;
      const char *k = kind_word(w, q);
      if (k) kind = k; /* the last kind word: the English head */
      else if (tok_in3(w, q, WL3_UNIT_NOUN)) return 0; /* "Anti-narcotics Division":
                                                         a force's or a ministry's */
      continue;
    }
    /* "de", "y", "del": a short word joining the name's capitals */
    if (q == c || q + 1 == j || t->norm_len > 3 || !(tv[q + 1].flags & TF_CAP)) return 0;
  }
  /* a name of no kind its words tell (a person's, a place's, a typo of a
   * body's: "the Colombian Cesar Barrera", "Mexico's Pacific Coast"): left
   * as it was, for the actor found past it would be no better */
  if (!caps || caps > NAMED_BODY_WORDS || !kind) return 0;
  memcpy(role, kind, strlen(kind) + 1);
  return 1;
}

int acta_bare_country_mention(const mention *m) {
  return !m->role[0] && m->country[0] && strlen(m->code) == 3 && m->entry &&
         m->entry->kind == ENT_ACTOR && m->next_in_group == NO;
}

int acta_country_thing_target(const struct acta_work *w, const mention *m) {
  if (!acta_bare_country_mention(m) || m->last < m->first + 2) return 0;
  uint32_t h = m->last - 1;
  const acta_token *t = &w->toks.v[h];
  if (t->tag != P_NOUN || (t->flags & TF_CAP) || tok_in2(w, h, WL2_COUNTRY_GROUND)) return 0;
  if (!(tok_in(w, h, WL_PLACE_PART | WL_COUNTRY_THING) || tok_in3(w, h, WL3_MARKET_NOUN)))
    return 0;
  /* the country's word before the head, not after it ("the border of
   * Mexico" is a country's own place: acta_place_target's) */
  for (uint32_t q = m->first; q < h; q++)
    if (!(w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_ADJ || w->toks.v[q].tag == P_NOUN ||
          w->toks.v[q].tag == P_PROPN || w->toks.v[q].tag == P_POSS))
      return 0;
  return 1;
}

/* ---- a counterpart of the source --------------------------------------- */

int32_t acta_counterpart_target(struct acta_work *w, int32_t src, int32_t tgt) {
  if (src == NO || tgt == NO) return tgt;
  const mention *t = &w->ments[w->ments[tgt].group];
  const mention *s = &w->ments[w->ments[src].group];
  if (!acta_bare_country_mention(t) || !s->role[0] || s->role_only || !s->country[0] ||
      !strcmp(s->country, t->country))
    return tgt;
  /* "her Colombian counterpart (Lucia Pardo Reyes)": the country's word,
   * then the counterpart word, then only a name */
  uint32_t q = t->first;
  while (q < t->last && !tok_in3(w, q, WL3_COUNTERPART)) q++;
  if (q == t->first || q >= t->last || w->toks.v[q].tag != P_NOUN) return tgt;
  for (uint32_t k = q + 1; k < t->last; k++)
    if (w->toks.v[k].tag != P_PROPN) return tgt;
  mention *x = acta_append_mention(w, t->first, t->last);
  int32_t c = (int32_t)w->nments++;
  t = &w->ments[w->ments[tgt].group];
  s = &w->ments[w->ments[src].group];
  *x = *t;
  x->group = c;
  x->next_in_group = NO;
  memcpy(x->role, s->role, 4);
  snprintf(x->code, sizeof x->code, "%.3s%s", t->country, s->role);
  acta_trace(w, "  target \"%s\" -> %s (the counterpart of %s)\n", norm(w, q), x->code, s->code);
  return c;
}

