/* SPDX-License-Identifier: MIT */
/* local_places.c (places24): a country's or a capital's name that names a
 * part of a town or a district elsewhere is no actor of that country: "the
 * San Marino neighborhood" (no SMR), "a Caracas slum", "the northern Ecuadorian
 * district of Buenos Aires" (no ARGGOV); the article's later bare name of a
 * country read so, or of a district of another country ("deployed to Buenos
 * Aires"), is that place again.  The gazetteer reads the same phrases as
 * places (gazetteer.c, W_LOCAL and the story's local names). */
#include "coder_internal.h"
#include "vocab.h"

/* Is mk a countries.txt actor (a country, a capital standing for its
 * government)? */
static int country_entry(const acta_dict *d, const match *mk) {
  const acta_entry *e = mk->e;
  return e->kind == ENT_ACTOR && e->country[0] && acta_countries_txt_entry(d, e);
}

/* The key that stands for the name of match mk in the article's list of
 * local names: a hash of all its words (mend39c: "El Salvador" is not "San
 * Salvador"), never ACTA_NO_WORD. */
static uint32_t name_word(const struct acta_work *w, const match *mk) {
  uint32_t h = 2166136261u;
  for (uint32_t q = mk->first; q < mk->last; q++) {
    const char *x = norm(w, q);
    for (uint32_t c = 0; c < w->toks.v[q].norm_len; c++) h = (h ^ (uint8_t)x[c]) * 16777619u;
    h = (h ^ ' ') * 16777619u;
  }
  return h == ACTA_NO_WORD ? h - 1 : h;
}

static int noted_local(const struct acta_work *w, uint32_t word) {
  return acta_word_listed(w->local_places, w->nlocal_places, word);
}

static void note_local(struct acta_work *w, uint32_t word) {
  acta_note_word(w->local_places, &w->nlocal_places,
                 sizeof w->local_places / sizeof w->local_places[0], word);
}

/* Does "<country> <district noun> of" stand right before token q, the
 * country another than cc ("the north Ecuador district of")? */
static int other_country_district(const acta_dict *d, const struct acta_work *w, uint32_t q,
                                  const char *cc) {
  if (q < 3 || !is_word(w, q - 1, w->cw->w_of)) return 0;
  /* (the three words before q in q's sentence: review25) */
  if ((w->toks.v[q].flags | w->toks.v[q - 1].flags | w->toks.v[q - 2].flags) & TF_SENT_START)
    return 0;
  uint32_t n = q - 2;
  unsigned v = w->toks.v[n].vocab;
  if (!(tok_in(w, n, WL_PLACE_NOUN) || v == V_DISTRICT || acta_gazetteer_local_noun(v)))
    return 0;
  const acta_entry *e = NULL;
  uint32_t c = n - 1;
  if (!(w->toks.v[c].flags & TF_CAP)) return 0;
  /* the country's one word ("Ecuador", "Ecuadorean"), right before the noun */
  if (acta_longest_phrase(d, w, c, n, &e, NULL) != 1 || !e || e->kind != ENT_ACTOR ||
      !e->country[0] || e->role[0])
    return 0;
  return !acta_code_eq(e->country, cc);
}

/* Does "the" stand before token q, over up to three adjectives ("the
 * populous San Marino neighborhood"), in q's sentence? */
static int definite_before(const struct acta_work *w, uint32_t q) {
  for (uint32_t k = 0; k < 4 && q > 0 && !(w->toks.v[q].flags & TF_SENT_START); k++) {
    q--;
    if (w->toks.v[q].tag == P_DET) return w->toks.v[q].vocab == V_THE;
    if (w->toks.v[q].tag != P_ADJ) return 0;
  }
  return 0;
}

/* actors32: does a longer name go on at token q, right after a dictionary
 * match ("Santo Domingo Sinlaj", "Santo Domingo de los Colorados", "San
 * Salvador de Jujuy"; mend39c: "Oficina de la Presidencia", "Oficina para
 * la Paz")?  In its sentence: a capitalized name word no lexicon knows (not
 * "Washington Office", "Caracas Metropolitan Area"), or "de"/"del"/"para"
 * (and a lower-case word, "los") before a capitalized word, that starts no
 * dictionary phrase ("Santiago de Chile" is the capital).  The match then
 * begins another name's: it names no actor of its own.  The sentence ends
 * before token n; with linked only, the "de"/"del"/"para" form only (a
 * person's second surname is the person's: "Lobo Gil"). */
int acta_longer_name_at(const acta_dict *d, const struct acta_work *w, uint32_t q, uint32_t n,
                        int linked) {
  if (q >= n) return 0;
  if (w->toks.v[q].vocab == V_DE || w->toks.v[q].vocab == V_DEL ||
      (w->toks.v[q].norm_len == 4 && !memcmp(norm(w, q), "para", 4))) {
    q++;
    if (q + 1 < n && !(w->toks.v[q].flags & TF_CAP) && w->toks.v[q].kind != TK_PUNCT) q++;
    if (q >= n || !cap_name(w, q)) return 0;
  } else if (linked || !cap_name(w, q) || w->toks.v[q].word != ACTA_NO_WORD ||
             (w->toks.v[q].flags & (TF_ALLCAPS | TF_ABBR))) {
    return 0;
  }
  const acta_entry *e = NULL;
  return acta_longest_phrase(d, w, q, n, &e, NULL) == 0;
}

int acta_local_place_match(const acta_dict *d, struct acta_work *w, const match *mk,
                           uint32_t end) {
  if (!country_entry(d, mk)) return 0;
  const acta_entry *e = mk->e;
  uint32_t word = name_word(w, mk);
  if (e->role[0] && acta_longer_name_at(d, w, mk->last, end, 0)) {
    acta_trace(w, "  \"%s\" begins a longer place name here, not the capital\n",
               norm(w, mk->first));
    return 1;
  }
  /* "the San Marino neighborhood", "a Caracas slum" (the part of a town
   * the phrase's head: not "El Salvador street gangs"); not "an Ecuador
   * slum", a slum in Ecuador */
  /* (the words after the name in its sentence only: review25; the word
   * after the noun when the sentence ends there is no noun going on) */
  uint32_t n = mk->last;
  int n_in = n < w->toks.n && !(w->toks.v[n].flags & TF_SENT_START);
  int n1_in = n_in && n + 1 < w->toks.n && !(w->toks.v[n + 1].flags & TF_SENT_START);
  if (n_in && acta_gazetteer_local_noun(w->toks.v[n].vocab) && !(w->toks.v[n].flags & TF_CAP) &&
      (!n1_in || (w->toks.v[n + 1].tag != P_NOUN && w->toks.v[n + 1].tag != P_PROPN)) &&
      (e->role[0] || definite_before(w, mk->first))) {
    if (!e->role[0]) note_local(w, word); /* a country's name: a town's part since */
    acta_trace(w, "  \"%s\" names a part of a town here, not a country\n",
               norm(w, mk->first));
    return 1;
  }
  /* "the northern Ecuadorian district of Buenos Aires" */
  if (other_country_district(d, w, mk->first, e->country)) {
    note_local(w, word);
    acta_trace(w, "  \"%s\" names a district of another country here\n", norm(w, mk->first));
    return 1;
  }
  /* prec39c: "the hamlet of Buenos Aires", "the village of Santo Domingo"
   * in a story of another country: that town, not the capital (mend39c: with
   * "the"; "Petare, a parish of Caracas" is the capital's own, and so is
   * "the parish of Caracas" in a Venezuelan story) */
  if (e->role[0] && mk->first >= 2 && is_word(w, mk->first - 1, w->cw->w_of) &&
      tok_in6(w, mk->first - 2, WL6_TOWN_UNIT_NOUN) &&
      !((w->toks.v[mk->first].flags | w->toks.v[mk->first - 1].flags) & TF_SENT_START) &&
      definite_before(w, mk->first - 2) && w->art_country[0] &&
      !acta_code_eq(e->country, w->art_country)) {
    note_local(w, word);
    acta_trace(w, "  \"%s\" names a town here, not the capital\n", norm(w, mk->first));
    return 1;
  }
  /* later: "deployed to Buenos Aires" */
  if (noted_local(w, word)) {
    acta_trace(w, "  \"%s\" is the article's local place, not a country\n",
               norm(w, mk->first));
    return 1;
  }
  return 0;
}
