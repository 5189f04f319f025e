/* SPDX-License-Identifier: MIT */
/* then_titles.c (bugs29): a word "then-" joins to a name ("then-US
 * Attorney", "then-Mexican Attorney General", "then-UN Secretary General")
 * is read as that name: the office or body held at the time, of that
 * country.  The tokenizer keeps a hyphened word whole; a "then-" title the
 * dictionaries write whole ("then-President", "then-Interior Minister":
 * agents.txt) stays so.  Rewrites the token's folded form (its norm span),
 * word id, lemmas and capitals, not its bytes in the text. */
#include "coder_internal.h"

#include <string.h>

#define THEN_PREFIX 5 /* "then-" */

void acta_then_titles(const acta_dict *d, acta_tokens *t, const char *text) {
  if (!d) return;
  for (size_t i = 0; i < t->n; i++) {
    acta_token *tk = &t->v[i];
    if (tk->kind != TK_WORD || tk->norm_len <= THEN_PREFIX + 1 ||
        tk->end - tk->start != tk->norm_len)
      continue;
    const char *s = t->norm.data + tk->norm;
    const char *raw = text + tk->start + THEN_PREFIX;
    if (memcmp(s, "then-", THEN_PREFIX) || !(*raw >= 'A' && *raw <= 'Z')) continue;
    if (tk->word != ACTA_NO_WORD && acta_root_word(d, tk->word)) continue;
    uint32_t n = tk->norm_len - THEN_PREFIX;
    uint32_t id = acta_intern_find(&d->words, s + THEN_PREFIX, n);
    if (id == ACTA_NO_WORD) continue;
    int letters = 0, lower = 0;
    for (uint32_t q = 0; q < n; q++) {
      char c = raw[q];
      if (c >= 'a' && c <= 'z') lower = 1;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters++;
    }
    tk->norm += THEN_PREFIX;
    tk->norm_len = n;
    tk->word = id;
    tk->vlemma = d->info[id].vlem;
    tk->nlemma = d->info[id].nlem;
    tk->vocab = d->info[id].vocab;
    /* the tokenizer's marks are the new word's: a dictionary phrase may
     * begin here (TS_ROOT); a lexicon word is never TS_NOCW */
    tk->shape &= (uint8_t) ~(TS_ROOT | TS_NOCW);
    tk->shape |= acta_root_shape(d, tk->word, tk->nlemma);
    tk->flags |= TF_CAP;
    if (letters >= 2 && !lower) tk->flags |= TF_ALLCAPS;
  }
}
