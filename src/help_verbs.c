/* SPDX-License-Identifier: MIT */
/* help_verbs.c: the verb after "help" read as a noun or adjective.  The
 * tagger's bigrams read "helped fund the training", "helped move drug
 * shipments", "helps broker a truce", "help secure the release" with the
 * word after "help" (or "help to") a noun or adjective, so "help" was the
 * only verb and coded aid.  A word there that is a verb's base form in the
 * lexicon is that verb (VB), unless it is an object of "help": an actor's
 * dictionary phrase ("help police"), or a word a verb or "to" follows
 * ("help police combat", "help farmers to") or a plural noun ("help state
 * governments": a modifier); so is such a word right
 * after an actor that is help's object ("helped police arrest 12
 * suspects", "helped the army retake the town").  Reads the tags and the
 * dictionary phrase matches; rewrites tags before the mentions and verb
 * groups are found (acta's own dictionaries, no parse given). */
#include "coder_internal.h"
#include "tagger_model.h"

/* The length of the actor's dictionary phrase at token q, or 0. */
static uint32_t actor_phrase(const acta_dict *d, const struct acta_work *w,
                             const acta_sentence *s, uint32_t q) {
  const acta_entry *e = NULL;
  uint32_t n = acta_longest_phrase(d, w, q, s->last, &e, NULL);
  return n && e && (e->kind == ENT_ACTOR || e->kind == ENT_AGENT) ? n : 0;
}

/* Is token q, after a form of "help", the base form of a verb read as a
 * noun or adjective? */
static int bare_verb_read_as_noun(const acta_dict *d, const struct acta_work *w,
                                  const acta_sentence *s, uint32_t q) {
  const acta_token *tk = &w->toks.v[q];
  if (tk->kind != TK_WORD || tk->word == ACTA_NO_WORD) return 0;
  if (!((tk->tag == P_NOUN && tk->penn == PT_NN) || (tk->tag == P_ADJ && tk->penn == PT_JJ)))
    return 0;
  if (!(d->info[tk->word].flags & WF_VERB) || tk->vlemma != tk->word) return 0;
  if (q + 1 < s->last) {
    int nt = w->toks.v[q + 1].tag;
    if (nt == P_VERB || nt == P_TO || nt == P_MODAL || nt == P_AUX) return 0;
    /* "help state governments", "helps border towns": a noun's modifier */
    if (w->toks.v[q + 1].penn == PT_NNS) return 0;
  }
  return !actor_phrase(d, w, s, q);
}

void acta_help_verbs(const acta_dict *d, struct acta_work *w, const acta_sentence *s) {
  if (d->keds_only || w->have_parse) return;
  /* speed34d: the lemma first (rarely "help"; a verb tag is common), a
   * pointer walk with the tokens, their end and the lemma in locals (the
   * tag stores below could alias them); acta_lemma_is() never holds for
   * ACTA_NO_WORD */
  const acta_token *tv = w->toks.v;
  const uint32_t help = w->cw->l_help;
  if (help == ACTA_NO_WORD || s->last <= s->first + 1) return;
  for (const acta_token *h = tv + s->first, *end = tv + s->last - 1; h < end; h++) {
    if (h->vlemma != help || h->tag != P_VERB) continue;
    uint32_t i = (uint32_t)(h - tv);
    uint32_t q = i + 1;
    if (w->toks.v[q].tag == P_TO && q + 1 < s->last) q++;
    if (!bare_verb_read_as_noun(d, w, s, q)) {
      /* "helped police arrest 12 suspects", "helped the army retake the
       * town": the verb after an actor as the object of "help" */
      if (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_POSS) q++;
      uint32_t n = q < s->last ? actor_phrase(d, w, s, q) : 0;
      if (!n || q + n >= s->last || !bare_verb_read_as_noun(d, w, s, q + n)) continue;
      q += n;
    }
    acta_trace(w, " \"%s\" after \"help\": a verb\n", acta_tok_norm(&w->toks, q));
    w->toks.v[q].tag = P_VERB;
    w->toks.v[q].penn = PT_VB;
  }
}
