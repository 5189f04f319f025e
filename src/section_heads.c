/* SPDX-License-Identifier: MIT */
/* section_heads.c (prec41b): a roundup's section headings.  An article that
 * goes country by country runs each section's heading into the section's
 * first sentence, with no stop between ("3. Chile At least nine ...",
 * "Ecuador It is hard to ...", "Bolivia Lying between two ...", "Italy
 * Mexican gangs now ..."): a country's name opens the sentence and a
 * capitalised word no name goes on with follows it.
 * The sentences up to the next heading are told of that country: it is
 * their home (code.c sentence_context), before the article's, for a bare
 * role in a sentence that names no country of its own.  The last section
 * runs to the article's end: a closing part after it keeps its country
 * (mend41b.txt pins this; no sure mark of a section's end is at hand).
 * Per sentence: constant work. */
#include "coder_internal.h"
#include "tagger_model.h"

#include <string.h>

/* May capitalised token t open a sentence right after a country's name,
 * but not go on with a phrase of it ("Brazil President Jair Bolsonaro",
 * "Mexico City")?  A function word, an adverb, an "-ing" form, or a
 * country's word of another country ("Italy Mexican gangs"). */
static int opens_after_name(const struct acta_work *w, uint32_t t, const char *cc) {
  const acta_token *tk = &w->toks.v[t];
  if (!(tk->flags & TF_CAP)) return 0;
  switch (tk->tag) {
  case P_DET: case P_PREP: case P_PRON: case P_ADV: case P_SUBORD: case P_CONJ: case P_WH:
    return 1;
  case P_VERB:
    return tk->penn == PT_VBG;
  default:
    break;
  }
  int32_t o = w->tok_ment[t];
  return o != NO && w->ments[o].first == t && !w->ments[o].role_only &&
         w->ments[o].country[0] && !acta_code_eq(w->ments[o].country, cc);
}

void acta_section_heading(struct acta_work *w, size_t si) {
  if (si == 0) {
    w->section_country[0] = '\0';
    return; /* the headline */
  }
  const acta_sentence *s = &w->sents[si];
  /* the country's bare name (its code the country's alone) first */
  int32_t o = w->tok_ment[s->first];
  if (o == NO) return;
  const mention *m = &w->ments[o];
  if (m->first != s->first || m->role_only || !m->country[0] || strlen(m->code) != 3 ||
      !acta_code_eq(m->code, m->country) || m->last + 1 >= s->last ||
      !opens_after_name(w, m->last, m->country))
    return;
  /* a name only ("Costa Rica"), not a title that ends in one ("The Pride
   * of Bolivia") */
  for (uint32_t q = m->first; q < m->last; q++)
    if (w->toks.v[q].tag != P_PROPN) return;
  const char *cc = m->country;
  acta_trace(w, "  section heading: %s\n", cc);
  memcpy(w->section_country, cc, 4);
}
