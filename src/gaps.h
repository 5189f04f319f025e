/* SPDX-License-Identifier: MIT */
/* gaps.h: what the dictionaries missed in one coded article, for
 * `acta gaps` (private to the library, used by the CLI's cli_gaps.c). */
#ifndef ACTA_GAPS_H
#define ACTA_GAPS_H

#include "acta.h"
#include "buf.h"

/* After acta_code_article(c, a) returned 0: appends to out one line per
 * gap of the article, in text order, each "KIND\tKEY\tSENTENCE\n":
 *   KIND "F": a verb frame ("issue warning", "agree on draft", "push for
 *     ceasefire", "return artifact to", "kill (passive)") of a sentence
 *     that names an actor and yields no event; KEY is the verb's lemma
 *     ("(passive)" after it for a passive verb), its particle, the head of
 *     its object and its preposition in text order, then " [verb has
 *     patterns]" when the dictionaries have patterns for the verb (what is
 *     missing is then more likely an actor or a fitting object);
 *   KIND "N": a capitalised noun phrase ("Jalisco Cartel New Generation")
 *     that no actor or agent entry matched and that is not a place.
 * SENTENCE is the sentence's text with tabs and line breaks as spaces.
 * Linear in the article's tokens. */
void acta_gaps_article(const acta_coder *c, const acta_article *a,
                       acta_buf *out);

/* Makes c run every stage of every article it codes from now on: the
 * yield gates (yield_gate.c) skip the stages of an article that cannot
 * yield an event, whose tags, mentions and places acta_gaps_article
 * reads.  Call it once before coding articles for acta_gaps_article. */
void acta_coder_every_stage(acta_coder *c);

#endif
