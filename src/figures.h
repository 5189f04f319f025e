/* SPDX-License-Identifier: MIT */
/* figures.h: finds quantities in one sentence -- casualty tolls, crowd
 * sizes, arrests, troop and weapon counts -- so that the coder can attach
 * them to events as `figures`.  Reads the coder's tokens; no dictionaries,
 * no allocation, no global mutable state.
 *
 * Conventions (see figures.c for the word lists):
 *   - qualifier: "exact", "at_least" (at least, more than, over, upwards of,
 *     no fewer than ...), "up_to" (up to, as high as, as many as, at most,
 *     fewer than ...), "approximately" (about, around, some, nearly, almost,
 *     roughly, an estimated, close to ...; also every vague word below),
 *     "range" (between 20 and 30, 20-30, 20 to 30).
 *   - value/low/high: low == high == value, except
 *       range:  value = low = first number, high = second number;
 *       up_to:  value = high = the number, low = 0.
 *   - vague words get the smallest count the word can mean, qualifier
 *     "approximately" unless an explicit qualifier precedes:
 *       a couple (of) 2; several, a few, a handful (of), a number of 3;
 *       several/a few hundred 300, several/a few thousand 3000;
 *       dozens 24; scores (of) 40; hundreds 200; thousands 2000;
 *       tens of thousands 20000; hundreds of thousands 200000;
 *       millions 2000000.
 *     Spelled-out counts are exact: "a dozen" 12, "two dozen" 24,
 *     "a hundred" 100, "half a million" 500000, "1.5 million" 1500000.
 *   - kind: "killed" "injured" "arrested" "detained" "missing" "displaced"
 *     "protesters" "troops" "weapons" "other".  A weapon noun decides
 *     ("400 drones" is weapons whatever the verb); so does a noun that is
 *     itself a toll ("bodies", "deaths", "arrests", "detainees",
 *     "refugees").  Otherwise the nearest event word within six tokens
 *     after the phrase or before it, without crossing punctuation, a
 *     conjunction or another number ("were killed", "arrested ...",
 *     "the death toll is ...") decides; a crowd word ("gathered",
 *     "took to the streets", "a crowd of") makes people protesters; else
 *     the counted noun ("protesters", "troops"), else "other".  An event
 *     word before "by" does not decide: "killed by six men" counts the
 *     attackers (a crowd word does: "joined by 20,000 people").
 *   - not reported: rates ("82 per 100,000", "16 for every 100,000":
 *     both numbers), rankings ("the 100 most wanted"), years, dates,
 *     times, ages, money, percentages,
 *     durations and distances ("three days", "30 km"), numbered things
 *     ("Resolution 2231", "Article 5", "No. 3"), ordinals, hyphenated
 *     compound adjectives ("a 22-year-old", "a 12-member"), spelled-out
 *     counts after a determiner ("the two sides"), a bare "one" without a
 *     counted noun, and any figure with neither a counted noun nor a kind.
 */
#ifndef ACTA_FIGURES_H
#define ACTA_FIGURES_H
#include <stddef.h>
#include <stdint.h>

#include "acta.h"

/* acta_figure is declared in acta.h (it is part of the public event). */

struct acta_tokens;

/* Finds figures in tokens [first, last) of toks (one sentence; the tokens
 * of `text`, see dict.h), in text order.  Writes at most `max` figures to
 * `out` and returns how many it wrote (it stops looking once `max` are
 * found).  Linear in the tokens' length; no allocation; no global mutable
 * state.  Bytes outside the tokens' span are never read. */
size_t acta_find_figures_tokens(const char *text,
                                const struct acta_tokens *toks,
                                uint32_t first, uint32_t last,
                                acta_figure *out, size_t max);

/* speed43a: may tokens [first, last) of toks (one sentence) hold a figure
 * of the kinds that make an event (killed, injured, arrested, detained,
 * protesters: event_figures.c's figure_code)?  0 when none of the words
 * acta_find_figures_tokens reads there (read as it reads them) is a word
 * such a kind comes from: a figure takes its kind from its counted noun's
 * or a cue word's entry, "held" after an auxiliary or the figure before
 * it in the sentence, never from elsewhere. */
int acta_figures_event_cue_may(const char *text, const struct acta_tokens *toks,
                               uint32_t first, uint32_t last);

/* Is text[start, end) a spelled-out number joined by a hyphen whose first
 * part is a tens word ("Forty-one", "sixty-seven")?  The tagger may read
 * such a word it has not seen as a name (NNP) when it is capitalised, so
 * the figures hook asks this beside the number tag. */
int acta_hyphen_number_word(const char *text, size_t start, size_t end);

/* The same over text[start, end), which it tokenizes first (allocating):
 * for callers without tokens (the tests). */
size_t acta_find_figures(const char *text, size_t start, size_t end,
                         acta_figure *out, size_t max);

#endif
