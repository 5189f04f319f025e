/* SPDX-License-Identifier: MIT */
/* yield_gate.c (speed43a): may an article yield an event at all?  Most
 * records of a feed of single sentences code none; acta_code_article asks
 * this right after the tokens and sentences are made and, when the answer
 * is no, writes the article's no_event record without tagging, mentions,
 * clauses, places or figures; it asks again after pass 1, of the verb
 * groups' heads, the nouns and the sentences with a number
 * (acta_tagged_article_may_yield), and skips places, pass 2 and the
 * categories when that answer is no.  speed47a: an article of one
 * sentence is asked that in between too, right after its tags and before
 * its mentions and verb groups (acta_tags_may_yield), of every token that
 * may become a group's head, a noun or a number.
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
 *     have no verb group and make no statement.  speed45c: and only when
 *     a word of the article may make one (statement_cue below);
 *   - a figure (event_figures.c): only of a kind figure_code codes, which
 *     comes from a word of its sentence (acta_figures_event_cue_may).
 * A word that keys none of those maps (d->yield_heads, pinned by
 * tests/unit/test_image_filters.c) is passed over with one bit test; the
 * filter is made once a word keys one, in an article of one sentence
 * only (acta_pf_cover_article).  speed45b: the tokenizer's memo asks that
 * bit once a word, of its id and lemmas (TS_YH_ASKED, TS_YH: dict.h); a
 * token it asked is passed over on its shape alone.
 * The tokens' words and lemmas are fixed by then (start_article: the
 * tokenizer and acta_then_titles); later stages change tags, not words.
 * tests/unit/test_yield_gate.c pins the gate against the full pipeline. */
#include "coder_internal.h"
#include "figures.h"

/* speed45c: may a reporting verb of this article make a statement
 * (claims.c acta_code_statements: a pending statement or a frame's), an
 * accusation (code_accusation, crime_accusation) or a demand (demand_of)?
 * Each needs a word of the article:
 *   - a statement or accusation of the verb's own code: a reporting verb
 *     whose code is not ACTA_REPORT_NO_CODE ("~---" in the dictionary:
 *     "believe", "estimate", "suggest": not_news "a verb that frames, not
 *     a statement"; pending statements skip it, line "if (!dm && ...)",
 *     frames take no cameo from it, code_accusation asks for 112).  The
 *     frame's code may be another word's ("quoted X as saying":
 *     claims.c quotation), so every token's verb lemma is asked;
 *   - a demand or appeal: a token of WL_MODAL_SHOULD (demand_of), which
 *     makes a statement of a "~---" verb too;
 *   - crime_accusation's 112 whatever the verb: a crime verb
 *     (WL2_CRIME_VERB; any token's lemma is asked, a superset of the
 *     heads of groups it reads), a crime word (WL_CRIME_WORD), or
 *     culprit_predicate's "behind" or WL5_CULPABLE_WORD ("responsible").
 * An article with none of these words has its reporting verbs frame or
 * report other events only, each of which the gates find by its pattern
 * or figure.  The words and lemmas are fixed before the first gate. */
static int statement_cue(const acta_coder *c) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_coder_words *cw = w->cw;
  const acta_token *tv = w->toks.v;
  uint32_t rv;
  for (size_t i = 0; i < w->toks.n; i++) {
    uint32_t l = tv[i].vlemma;
    if (l != ACTA_NO_WORD && acta_u64map_get(&d->report, l, &rv) &&
        (rv & 0xFFFFFFu) != ACTA_REPORT_NO_CODE)
      return 1;
    uint32_t x = w->tok_cw[i];
    if (acta_word_in(cw, x, WL_MODAL_SHOULD | WL_CRIME_WORD) ||
        acta_word_in5(cw, x, WL5_CULPABLE_WORD) || x == cw->w_behind ||
        acta_lemma_in2(cw, l, WL2_CRIME_VERB))
      return 1;
  }
  return 0;
}

/* May reporting verb key (a verb lemma) make a statement (*cue:
 * statement_cue, asked once: -1 until then)?  (The reporting verbs are
 * keys of yield_heads.) */
static int report_may(const acta_coder *c, uint32_t key, int *cue) {
  uint32_t rv;
  if (!acta_u64map_get(&c->dict->report, key, &rv)) return 0;
  if (*cue < 0) *cue = statement_cue(c);
  return *cue;
}

/* May word key head a verb pattern the filter bloom (NULL: none) lets
 * through or (verb lemma: vlemma) be a reporting verb that may make a
 * statement (cue: report_may)? */
static int verb_head_may(const acta_coder *c, const uint64_t *bloom, uint32_t key, int vlemma,
                         int *cue) {
  const acta_dict *d = c->dict;
  if (!acta_word_set_has(&d->yield_heads, key)) return 0; /* the most */
  if (!bloom || acta_head_may_fit(d, &d->verb_pats, key, bloom)) return 1;
  return vlemma && report_may(c, key, cue);
}

static int noun_head_may(const acta_dict *d, const uint64_t *bloom, uint32_t key) {
  return acta_word_set_has(&d->pat_heads[1], key) &&
         (!bloom || acta_head_may_fit(d, &d->noun_pats, key, bloom));
}

/* speed46b: may token tk head a verb pattern or a statement by its word,
 * verb lemma or noun lemma (verb_head_may of each, the verb lemma as
 * one)?  A lemma that is the word or the other lemma again ("attack",
 * "attacks": the noun lemma is the verb lemma) is asked once: its
 * pattern test says the same; as the verb lemma that repeats the word,
 * only whether it is a reporting verb is new. */
static int verb_keys_may(const acta_coder *c, const uint64_t *bloom, const acta_token *tk,
                         int *cue) {
  uint32_t wd = tk->word, vl = tk->vlemma, nl = tk->nlemma;
  return verb_head_may(c, bloom, wd, 0, cue) ||
         (vl == wd ? acta_word_set_has(&c->dict->yield_heads, vl) && report_may(c, vl, cue)
                   : verb_head_may(c, bloom, vl, 1, cue)) ||
         (nl != wd && nl != vl && verb_head_may(c, bloom, nl, 0, cue));
}

/* The same of noun patterns (noun_head_may), each key asked once. */
static int noun_keys_may(const acta_dict *d, const uint64_t *bloom, const acta_token *tk) {
  uint32_t wd = tk->word, vl = tk->vlemma, nl = tk->nlemma;
  return noun_head_may(d, bloom, wd) || (vl != wd && noun_head_may(d, bloom, vl)) ||
         (nl != wd && nl != vl && noun_head_may(d, bloom, nl));
}

/* speed45b: did the tokenizer's memo find that none of token tk's word
 * id and lemmas keys yield_heads (TS_YH_ASKED without TS_YH)?  Then no
 * test below passes it. */
static inline int keys_none(const acta_token *tk) {
  return (tk->shape & (TS_YH_ASKED | TS_YH)) == TS_YH_ASKED;
}

/* speed47c: did the tokenizer's memo find that none of token tk's word
 * id and lemmas keys a noun pattern (TH_ASKED without TH_NOUN)?  Then
 * noun_keys_may says no (each key it asks is one of those). */
static inline int noun_keys_none(const acta_token *tk) {
  return (tk->heads & (TH_ASKED | TH_NOUN)) == TH_ASKED;
}

/* May token tk head a noun pattern the filter bloom (NULL: none) lets
 * through (noun_keys_may), after the memo's two bits: no key of
 * yield_heads (keys_none: it holds every noun pattern's head) or of a
 * noun pattern (noun_keys_none) says no at once.  Every gate asks a noun
 * this way. */
static inline int noun_may(const acta_dict *d, const uint64_t *bloom, const acta_token *tk) {
  return !keys_none(tk) && !noun_keys_none(tk) && noun_keys_may(d, bloom, tk);
}

/* (w->yg_how) */
enum { YG_NONE, YG_VERB, YG_NOUN };

/* Notes for acta_tagged_article_may_yield what this gate read (w->yg_*)
 * and says yes. */
static int yes_at(struct acta_work *w, size_t known, uint8_t how) {
  w->yg_known = (uint32_t)known;
  w->yg_how = how;
  return 1;
}

int acta_article_may_yield(const acta_coder *c) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_token *tv = w->toks.v;
  size_t nt = w->toks.n;
  int one = w->nsents == 1 && w->sents[0].first == 0 && w->sents[0].last == nt;
  /* the filter is made when a word first keys a map */
  w->yg_bloom_made = 0;
  int cue = -1;
  for (size_t i = 0; i < nt; i++) {
    const acta_token *tk = &tv[i];
    if (keys_none(tk)) continue;
    if (!acta_word_set_has(&d->yield_heads, tk->word) &&
        !acta_word_set_has(&d->yield_heads, tk->vlemma) &&
        !acta_word_set_has(&d->yield_heads, tk->nlemma))
      continue;
    /* (without the filter, a key of yield_heads passes verb_head_may) */
    if (!one) return yes_at(w, i, YG_VERB);
    /* the article's one sentence: match.c's filter of it, made once
     * here and kept by match.c for pass 2 (a longer article is asked
     * without the filter: its words nearly always key a map, and a
     * filter of them all would be made for nothing) */
    if (!w->yg_bloom_made) acta_pf_cover_article(w);
    w->yg_bloom_made = 1;
    if (verb_keys_may(c, w->pf_bloom, tk, &cue)) return yes_at(w, i, YG_VERB);
    if (noun_may(d, w->pf_bloom, tk)) return yes_at(w, i, YG_NOUN);
  }
  for (size_t si = 0; si < w->nsents; si++)
    if (acta_figures_event_cue_may(c->cur_text, &w->toks, w->sents[si].first,
                                   w->sents[si].last))
      return yes_at(w, nt, YG_NONE);
  return 0;
}

/* Does a sentence with a number (a P_NUM token, or a spelled-out number
 * joined by a hyphen) have a word a figure's event kind comes from? */
static int figures_may(const acta_coder *c) {
  const struct acta_work *w = c->work;
  const acta_token *tv = w->toks.v;
  for (size_t si = 0; si < w->nsents; si++) {
    const acta_sentence *s = &w->sents[si];
    uint32_t q = s->first;
    while (q < s->last && tv[q].tag != P_NUM &&
           !(tv[q].kind == TK_WORD && !(tv[q].shape & TS_PLAIN) &&
             acta_hyphen_number_word(c->cur_text, tv[q].start, tv[q].end)))
      q++;
    if (q < s->last && acta_figures_event_cue_may(c->cur_text, &w->toks, s->first, s->last))
      return 1;
  }
  return 0;
}

/* Pass 1 has tagged the tokens and found the verb groups; pass 2 changes
 * neither.  acta_code_verbs tries verb patterns (and pend_statement,
 * acta_find_frames reporting verbs) at the heads of verb groups with a
 * main verb only (has_main), acta_code_event_nouns noun patterns at
 * P_NOUN tokens only, and acta_sentence_figures reads figures only in a
 * sentence with a P_NUM token or a spelled-out number joined by a
 * hyphen.  speed46b: the tokens before w->yg_known
 * failed these tests in the first gate (under the same filter, or none:
 * no key of yield_heads, which holds pat_heads[1]), and token yg_known
 * passed one of them there (yg_how): they are not asked again. */
int acta_tagged_article_may_yield(const acta_coder *c) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_token *tv = w->toks.v;
  const uint64_t *bloom = w->yg_bloom_made ? w->pf_bloom : NULL;
  const uint32_t known = w->yg_known;
  int cue = -1;
  for (size_t g = 0; g < w->nvgs; g++) {
    uint32_t at = w->vgs[g].head;
    if (!w->vgs[g].has_main || at < known) continue;
    if (at == known && w->yg_how == YG_VERB) return 1;
    const acta_token *h = &tv[at];
    if (!keys_none(h) && verb_keys_may(c, bloom, h, &cue)) return 1;
  }
  for (size_t i = known; i < w->toks.n; i++) {
    if (tv[i].tag != P_NOUN) continue;
    if (i == known && w->yg_how == YG_NOUN) return 1;
    if (noun_may(d, bloom, &tv[i])) return 1;
  }
  return figures_may(c);
}

/* speed47a: the tagged gate asked of an article of one sentence (as the
 * first gate's `one` says) right after its tags, before its mentions and
 * verb groups: 0 only when acta_tagged_article_may_yield will say 0.  Of
 * the stages between, acta_find_mentions turns a word of a dictionary
 * phrase whose tag is no noun phrase's into a noun (or a proper noun when
 * capitalised) and acta_find_vgroups a verb into a noun ("jailed on
 * corruption charges") or an adjective; none makes a verb or a number.  So
 * a group's head with a main verb then is a P_VERB token now, a P_NOUN
 * token then is one now, or a verb, or a phrase's word of another tag now,
 * and a P_NUM token then is one now: each is asked as the tagged gate asks
 * it (from w->yg_known on). */
int acta_tags_may_yield(const acta_coder *c) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_token *tv = w->toks.v;
  const size_t nt = w->toks.n;
  if (!(w->nsents == 1 && w->sents[0].first == 0 && w->sents[0].last == nt)) return 1;
  const uint64_t *bloom = w->yg_bloom_made ? w->pf_bloom : NULL;
  const uint32_t known = w->yg_known;
  int cue = -1;
  for (size_t i = known; i < nt; i++) {
    if (tv[i].tag != P_VERB) continue;
    if (i == known && w->yg_how == YG_VERB) return 1;
    if (!keys_none(&tv[i]) && verb_keys_may(c, bloom, &tv[i], &cue)) return 1;
  }
  for (size_t i = known; i < nt; i++) {
    if (tv[i].tag != P_NOUN && tv[i].tag != P_VERB) continue;
    if (i == known && w->yg_how == YG_NOUN) return 1;
    if (noun_may(d, bloom, &tv[i])) return 1;
  }
  for (size_t k = 0; k < w->nmatches; k++)
    for (uint32_t i = w->matches[k].first; i < w->matches[k].last; i++) {
      int t = tv[i].tag;
      if (i < known || t == P_NOUN || t == P_VERB || np_tag(t) || (tv[i].flags & TF_CAP))
        continue; /* (a noun or verb is asked above) */
      if (i == known && w->yg_how == YG_NOUN) return 1;
      if (noun_may(d, bloom, &tv[i])) return 1;
    }
  return figures_may(c);
}
