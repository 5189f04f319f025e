/* SPDX-License-Identifier: MIT */
/* yield_gate.c (speed43a): may an article yield an event at all?  Most
 * records of a feed of single sentences code none; acta_code_article asks
 * this right after the tokens and sentences are made and, when the answer
 * is no, writes the article's no_event record without tagging, mentions,
 * clauses, places or figures.
 *
 * The answer is a superset of what the stages can emit, by construction.
 * With acta's own dictionaries (not KEDS/TABARI: code.c takes the gate
 * only then) an event comes from
 *   - a verb or noun pattern: acta_best_pattern (match.c) is the only way
 *     to one; it looks a head token's word, verb lemma and noun lemma up in
 *     d->verb_pats / d->noun_pats and tries a pattern only when its word
 *     filter (pf_need_may, pf_pattern_may over the words of a stretch of the
 *     article's tokens) lets it through: the same filter over all the
 *     article's words lets through every pattern that one over fewer does
 *     (acta_head_may_fit);
 *   - a statement: a frame or pending statement of a verb group whose
 *     head's verb lemma is a reporting verb (d->report: claims.c
 *     acta_find_frames, triggers.c pend_statement); "according to" frames
 *     have no verb group and make no statement;
 *   - a figure (event_figures.c): only of a kind figure_code codes, which
 *     comes from a word of its sentence (acta_figures_event_cue_may).
 * The tokens' words and lemmas are fixed by then (start_article: the
 * tokenizer and acta_then_titles); later stages change tags, not words.
 * tests/unit/test_yield_gate.c pins the gate against the full pipeline. */
#include "coder_internal.h"
#include "figures.h"

int acta_article_may_yield(const acta_coder *c) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_token *tv = w->toks.v;
  size_t nt = w->toks.n;
  /* the words of the whole article, as match.c's filter holds a
   * stretch's */
  uint64_t bloom[ACTA_PF_WORDS] = {0};
  for (size_t i = 0; i < nt; i++) {
    uint32_t k3[3] = {tv[i].word, tv[i].vlemma, tv[i].nlemma};
    for (int k = 0; k < 3; k++) {
      uint32_t b = acta_pf_bit(k3[k]);
      bloom[b >> 6] |= (uint64_t)1 << (b & 63);
    }
  }
  for (size_t i = 0; i < nt; i++) {
    const acta_token *tk = &tv[i];
    uint32_t rv;
    if (tk->vlemma != ACTA_NO_WORD && acta_u64map_get(&d->report, tk->vlemma, &rv)) return 1;
    uint32_t k3[3] = {tk->word, tk->vlemma, tk->nlemma};
    for (int k = 0; k < 3; k++)
      if (acta_head_may_fit(d, &d->verb_pats, k3[k], bloom) ||
          acta_head_may_fit(d, &d->noun_pats, k3[k], bloom))
        return 1;
  }
  for (size_t si = 0; si < w->nsents; si++)
    if (acta_figures_event_cue_may(c->cur_text, &w->toks, w->sents[si].first,
                                   w->sents[si].last))
      return 1;
  return 0;
}
