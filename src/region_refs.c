/* SPDX-License-Identifier: MIT */
/* sources18: "the South American country", "the Central American nation",
 * "the Latin American country's prisons minister": a definite region
 * phrase ending in "country" or "nation" refers back to the latest country
 * of that region the article named (a country's name or word, a place in
 * it) before it, else to the article's country when that lies there; none
 * known, the region's code stays.  Not "the first/only Latin American
 * country to ...", "the largest South American nation" (a description, no
 * reference).  One pass over the article's mentions and places, in text
 * order (docs/conventions.md, "The South American country"). */
#include "coder_internal.h"
#include "tagger_model.h"

#include <stdint.h>
#include <string.h>

enum { RG_SOUTH = 0, RG_CENTRAL, RG_LATIN, RG_N };

/* The countries of each region (CAMEO's SAM; Central America, a part of
 * LAM with no code of its own; LAM: Latin America with Mexico and the
 * Caribbean's Spanish- and French-speaking states). */
static const char *const SOUTH[] = {"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY",
                                    "PRY", "PER", "SUR", "URY", "VEN", NULL};
static const char *const CENTRAL[] = {"BLZ", "CRI", "SLV", "GTM", "HND", "NIC", "PAN", NULL};
static const char *const LATIN_MORE[] = {"MEX", "CUB", "DOM", "HTI", "PRI", NULL};

static int listed(const char *const *list, const char *cc) {
  for (size_t k = 0; list[k]; k++)
    if (acta_code_eq(cc, list[k])) return 1;
  return 0;
}

/* Does country cc lie in region r? */
static int in_region(int r, const char *cc) {
  if (!cc[0]) return 0;
  if (r == RG_SOUTH) return listed(SOUTH, cc);
  if (r == RG_CENTRAL) return listed(CENTRAL, cc);
  return listed(SOUTH, cc) || listed(CENTRAL, cc) || listed(LATIN_MORE, cc);
}

/* Notes country cc as the latest named of each region it lies in. */
static void note_country(char latest[RG_N][4], const char *cc) {
  for (int r = 0; r < RG_N; r++)
    if (in_region(r, cc)) memcpy(latest[r], cc, 4);
}

/* May mention m be a region phrase (region_phrase() asks the rest): no
 * country, no bare role, its code SAM or LAM (then maybe a role)? */
static int region_coded(const mention *m) {
  return !m->country[0] && !m->role_only &&
         (!strncmp(m->code, "SAM", 3) || !strncmp(m->code, "LAM", 3));
}

/* Is mention m "the [adjective] South/Central/Latin American country or
 * nation" (its code SAM or LAM, then maybe a role)?  Returns its region,
 * or -1. */
static int region_phrase(const struct acta_work *w, const acta_sentence *s, const mention *m) {
  if (!region_coded(m)) return -1;
  int sam = !strncmp(m->code, "SAM", 3);
  /* the noun within a few words of the phrase's start */
  uint32_t c = m->first;
  while (c < m->last && c < m->first + 6 && !tok_in2(w, c, WL2_COUNTRY_NOUN)) c++;
  if (c >= m->last || c >= m->first + 6 || c < s->first + 3) return -1;
  /* c - 1 "American", c - 2 the region's word */
  int r = sam ? RG_SOUTH : tok_in4(w, c - 2, WL4_CENTRAL_WORD) ? RG_CENTRAL : RG_LATIN;
  if (!(w->toks.v[c - 1].flags & TF_CAP) || !(w->toks.v[c - 2].flags & TF_CAP)) return -1;
  /* "the", one adjective between at most; no ordinal or superlative */
  uint32_t d = c - 3;
  if (!is_word(w, d, w->cw->w_the)) {
    if (d <= s->first || w->toks.v[d].penn == PT_JJS || tok_in4(w, d, WL4_RANK_WORD) ||
        !is_word(w, d - 1, w->cw->w_the))
      return -1;
  }
  return r;
}

void acta_region_refs(struct acta_work *w) {
  /* speed41b: the countries named are noted only for the region phrases
   * after them, and a phrase is the only mention this pass rewrites: the
   * pass reads the article's sentences up to the one that holds its last
   * mention that may be one (region_coded()), that whole sentence
   * included, and none when no mention may (most articles) */
  size_t end = w->sent_ment[w->nsents];
  while (end > 0 && !region_coded(&w->ments[end - 1])) end--;
  /* end: one past the last mention that may be a region phrase */
  if (!end) return;
  char latest[RG_N][4];
  memset(latest, 0, sizeof latest);
  for (size_t si = 0; si < w->nsents && w->sent_ment[si] < end; si++) {
    const acta_sentence *s = &w->sents[si];
    size_t k = w->sent_place[si], k1 = w->sent_place[si + 1];
    for (size_t mi = w->sent_ment[si]; mi < w->sent_ment[si + 1]; mi++) {
      mention *m = &w->ments[mi];
      uint32_t at = w->toks.v[m->first].start;
      /* the places before it */
      for (; k < k1 && w->places[k].start < at; k++)
        if (w->place_use[k]) note_country(latest, w->places[k].country);
      if (m->country[0]) {
        if (!m->role_only && !m->group_ref) note_country(latest, m->country);
        continue;
      }
      int r = region_phrase(w, s, m);
      if (r < 0) continue;
      const char *cc = latest[r][0] ? latest[r] : in_region(r, w->art_country) ? w->art_country : "";
      if (!cc[0]) continue;
      acta_trace(w, "  \"%s\": %s, the latest country of its region named\n",
                 norm(w, m->last - 1), cc);
      size_t n = strlen(m->code);
      char code[sizeof m->code] = {0};
      memcpy(code, cc, 3);
      memcpy(code + 3, m->code + 3, n - 3 + 1);
      memcpy(m->code, code, sizeof code);
      memcpy(m->country, cc, 4);
    }
    /* the places after its last mention */
    for (; k < k1; k++)
      if (w->place_use[k]) note_country(latest, w->places[k].country);
  }
}
