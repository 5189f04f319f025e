/* SPDX-License-Identifier: MIT */
/* roles29: the country of a private person named as the target of an
 * arrest, a charge or an expulsion (CAMEO root 17).  Such a name has no
 * country of its own; a bare role takes its sentence's (code.c
 * sentence_context: its first place's).  For a person held, that place is
 * where the arrest was, and fugitives are held abroad ("X was arrested in
 * Madrid" in a Colombian story): weak evidence.  A nationality said in an
 * aside right after the name ("X -- originally from a Peruvian town --",
 * "X, one of two Brazilians") is strong, and so is "a U.S. citizen" said
 * in its sentence; else, when the sentence's country is a place's other
 * than the story's (the scene the sentence before opens with, else the
 * article's) and no place of the story's country is named beside it, the
 * story's: the person the article is about is more likely its country's
 * than the place's.  So too when a foreign state's actor gave the
 * sentence's country and arrests, tries or expels the person (173, 174). */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <string.h>

/* How far into an aside after the name a nationality may stand. */
#define ASIDE_REACH 8

/* A country said in an aside right after private person t ("--" or ","
 * opens it), before any verb and within ASIDE_REACH tokens (quotation
 * marks aside): a mention of that country that is no bare role ("--
 * originally from the same Peruvian town --", "-- the 'cocaine king' of
 * the 'Ndrangheta --"); NULL if none. */
static const char *aside_country(const struct acta_work *w, const sent_ctx *sc,
                                 const mention *t) {
  uint32_t q = t->last, end = sc->s->last;
  if (q >= end || !(is_punct(w, q, '-') || is_punct(w, q, ','))) return NULL;
  while (q < end && is_punct(w, q, '-')) q++;
  if (q < end && is_punct(w, q, ',')) q++;
  uint32_t lim = q + ASIDE_REACH < end ? q + ASIDE_REACH : end;
  for (uint32_t k = q; k < lim; k++) {
    if (w->tok_vg[k] != NO) return NULL;
    if (w->toks.v[k].kind == TK_PUNCT) {
      if (w->toks.v[k].punct == '"' || w->toks.v[k].punct == '\'') continue;
      return NULL;
    }
    int32_t m = w->tok_ment[k];
    if (m == NO) continue;
    const mention *x = &w->ments[m];
    return x->country[0] && !x->role_only ? x->country : NULL;
  }
  return NULL;
}

/* "given that he is a U.S. citizen": a citizen of a country the sentence
 * names (a mention of [m0, m1) ending in "citizen"); NULL if none. */
static const char *citizen_country(const struct acta_work *w, const sent_ctx *sc) {
  for (size_t m = sc->m0; m < sc->m1; m++) {
    const mention *x = &w->ments[m];
    if (x->country[0] && !x->role_only && is_word(w, x->last - 1, w->cw->w_citizen))
      return x->country;
  }
  return NULL;
}

/* Does a place of the sentence lie in country c ("between Parana
 * in Brazil and Alto Parana in Paraguay")? */
static int place_in(const struct acta_work *w, const sent_ctx *sc, const char *c) {
  size_t si = (size_t)sc->index;
  for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1]; k++)
    if (w->place_use[k] && acta_code_eq(w->places[k].country, c)) return 1;
  return 0;
}

/* prec41b: is mention x one person of a country ("a Chilean", "a
 * Bolivian national", "the boss of a Mexican cartel's cells"): a private
 * person or criminal (role: its event's) with a country of its own whose first noun is
 * singular; mend41b: and no common noun of it a group's ("a group of
 * Chileans", "a Bolivian gang": WL3_GROUP_REF_WORD, WL_UNNAMED_BODY)? */
static int one_person_of_country(const struct acta_work *w, const mention *x, const char *role) {
  if (x->role_only || !x->country[0] ||
      (!acta_code_eq(role, "CVL") && !acta_code_eq(role, "CRM")))
    return 0;
  for (uint32_t k = x->first; k < x->last; k++)
    if ((w->toks.v[k].penn == PT_NN || w->toks.v[k].penn == PT_NNS) &&
        (tok_in3(w, k, WL3_GROUP_REF_WORD) || tok_in(w, k, WL_UNNAMED_BODY)))
      return 0;
  uint32_t q = x->first;
  while (q < x->last && (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_ADJ)) q++;
  if (q == x->last) return x->first + 1 < x->last && w->toks.v[x->first].tag == P_DET;
  return w->toks.v[q].penn == PT_NN || w->toks.v[q].penn == PT_NNP;
}

/* mend41b: is the event's target mention x the subject of a relative
 * clause ("a Chilean who was arrested in 2019 fled"): an arrest told as
 * a fact of the person's past, not one the text reports now? */
static int relative_subject(const struct acta_work *w, const acta_sentence *s,
                            const mention *x, size_t verb_start) {
  uint32_t q = x->last;
  return q < s->last && w->toks.v[q].start < verb_start &&
         (is_word(w, q, w->cw->w_who) || is_word(w, q, w->cw->w_whom) ||
          is_word(w, q, w->cw->w_that));
}

void acta_note_held_person(acta_coder *c, const sent_ctx *sc) {
  struct acta_work *w = c->work;
  for (size_t i = sc->ev_before; i < c->nevents; i++) {
    const acta_event *e = &c->events[i];
    if (strncmp(e->cameo, "173", 3) || e->status != ACTA_ASSERTED || !e->target.present ||
        e->sentence != sc->index)
      continue;
    uint32_t q = token_at(w, sc->s, e->target.start);
    if (q >= sc->s->last || w->tok_ment[q] == NO) continue;
    const mention *x = &w->ments[w->tok_ment[q]];
    if (!one_person_of_country(w, x, e->target.role) || relative_subject(w, sc->s, x, e->verb_start)) continue;
    memcpy(w->held_cc, x->country, 4);
    w->held_si = sc->index;
  }
}

/* mend41b: does sentence sc say its person is one more ("also", "too",
 * "another", "second"): someone other than the one held before? */
static int one_more(const struct acta_work *w, const sent_ctx *sc) {
  for (uint32_t q = sc->s->first; q < sc->s->last; q++) {
    unsigned v = w->toks.v[q].vocab;
    if (v == V_ALSO || v == V_ANOTHER || v == V_SECOND || norm_eq(w, q, "too")) return 1;
  }
  return 0;
}

const char *acta_held_person_country(struct acta_work *w, const sent_ctx *sc, int32_t t,
                                     const char *code) {
  const mention *x = &w->ments[t];
  if (cameo_root(code) != 17 || !x->role_only || x->entry || x->near_country[0] ||
      (!acta_code_eq(x->role, "CVL") && !acta_code_eq(x->role, "CRM")) ||
      !(w->toks.v[x->first].flags & TF_CAP) || w->toks.v[x->first].tag != P_PROPN)
    return NULL;
  const char *c = aside_country(w, sc, x);
  if (!c) c = citizen_country(w, sc);
  if (c) {
    acta_trace(w, "  target \"%s\": a nationality said beside the name: %s\n",
               norm(w, x->first), c);
    return c;
  }
  /* prec41b: the one person of a country an arrest in the two sentences
   * before held ("Police seized a Serbian ...  X was held in
   * Lima"): the lead tells who, the next sentence names him */
  if (w->held_si >= 0 && w->held_si < sc->index && sc->index - w->held_si <= 2 &&
      !one_more(w, sc)) {
    acta_trace(w, "  target \"%s\": the person held in sentence %d: %s\n", norm(w, x->first),
               (int)w->held_si, w->held_cc);
    return w->held_cc;
  }
  /* (not when a place of the story's country is named too: the sentence
   * tells of both) */
  if (!sc->home[0] || acta_code_eq(sc->home, sc->country) || sc->country_at == UINT32_MAX ||
      place_in(w, sc, sc->home))
    return NULL;
  if (sc->country_by_place == 1) {
    acta_trace(w, "  target \"%s\": held in %s, a place abroad; of the story's country %s\n",
               norm(w, x->first), sc->country, sc->home);
    return sc->home;
  }
  /* a foreign state's arrest, trial or expulsion of a name ("Brazilian
   * police arrested Chicharo", "the judge sentenced Arita" in the US): the
   * story's person, the state's country being an actor's; not its seizure
   * of a name's things (171: "Colombian authorities seized assets linked
   * to X" are most often a Colombian's) */
  if (sc->country_by_place == 0 && (!strncmp(code, "173", 3) || !strncmp(code, "174", 3))) {
    acta_trace(w, "  target \"%s\": held by an actor of %s; of the story's country %s\n",
               norm(w, x->first), sc->country, sc->home);
    return sc->home;
  }
  return NULL;
}
