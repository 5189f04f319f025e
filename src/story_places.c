/* SPDX-License-Identifier: MIT */
/* story_places.c (places35): the article's places read again with the
 * story's country first.  acta_find_places reads a place name several
 * countries share as the most named country's ("Bolivar", "Amazonas":
 * Colombia's departments and Venezuela's states); article_country
 * (code.c) may then find that the story is another country's -- the
 * dateline's, or where its places lie while a foreign armed group is named
 * most (sources18, country27: "Colombia's ELN" in southern Venezuela).
 * Then the places are read once more, that country ranked first (the
 * lead of acta_find_places), so that the shared names take the story's
 * country (docs/conventions.md, "A shared place name takes the story's
 * country"). */
#include "coder_internal.h"

void acta_story_places(acta_coder *c, const acta_article *a, char (*codes)[4],
                       const int *counts, int ncodes) {
  struct acta_work *w = c->work;
  const char *cc = w->art_country;
  if (!cc[0] || !c->dict->gaz) return;
  /* the country acta_find_places ranked first: the most named, the first
   * named of equals */
  int top = -1, at = -1;
  for (int i = 0; i < ncodes; i++) {
    if (top < 0 || counts[i] > counts[top]) top = i;
    if (acta_code_eq(codes[i], cc)) at = i;
  }
  if (top >= 0 && acta_code_eq(codes[top], cc)) return;
  /* 64 countries named, none of them cc: the limit of the copy of the
   * codes this rule once made; kept so that output stays as it was */
  if (at < 0 && ncodes >= 64) return;
  acta_trace(w, "places read again with the article's country %s first\n", cc);
  for (uint32_t q = 0; q < w->toks.n; q++) w->toks.v[q].place = 0;
  acta_find_places(c, a, codes, counts, ncodes, cc);
}
