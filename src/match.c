/* SPDX-License-Identifier: MIT */
/* match.c: event patterns matched around a head word (a verb or an event
 * noun).  A pattern's words after the head are found in order within GAP
 * tokens each, those before it backwards from the head; its slots take the
 * nearest actor phrases (`+` target, `$` source, `%` compound, `^` a phrase
 * passed over, after the head or, backwards, before it).  Of the patterns
 * that fit, the one with the most literal words wins, then the tightest,
 * then one that found a target.  KEDS patterns match written forms only,
 * and a verb's regular forms (TABARI's as it writes them).  Reads
 * the tokens, mentions and scopes; writes nothing but what it returns. */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <string.h>

/* Does token i match word id x (as itself or its lemmas)? */
static int tok_matches(const acta_token *tk, uint32_t x) {
  return tk->word == x || tk->nlemma == x || tk->vlemma == x;
}

/* Does token tk match word x of a pattern? */
static int pat_word(const acta_pattern *p, const acta_token *tk, uint32_t x) {
  /* exact 2: TABARI's words, which take their regular endings */
  return p->exact == 1 ? tk->word == x : tok_matches(tk, x);
}

/* A TABARI choice whose words may have others between them (ACTA_ALT_GAPS),
 * words[0..len): the span it takes from j on (forward: its first word at
 * j) or up to j (backward: its last word at j), each next word within GAP
 * tokens and not past a comma; 0 if it does not match. */
static uint32_t gapped_at(const struct acta_work *w, const acta_pattern *p,
                          const uint32_t *words, uint32_t len, uint32_t j,
                          uint32_t lo, uint32_t end, int backward) {
  uint32_t at = j;
  for (uint32_t q = 0; q < len; q++) {
    uint32_t x = words[backward ? len - 1 - q : q];
    if (q == 0) {
      if (!pat_word(p, &w->toks.v[at], x)) return 0;
      continue;
    }
    uint32_t k = at, found = 0;
    for (uint32_t step = 0; step <= GAP && !found; step++) {
      if (backward ? k <= lo : k + 1 >= end) return 0;
      k = backward ? k - 1 : k + 1;
      if (w->toks.v[k].punct == ',') return 0;
      found = pat_word(p, &w->toks.v[k], x);
    }
    if (!found) return 0;
    at = k;
  }
  return backward ? j - at + 1 : at - j + 1;
}

/* invented26: is token j a month's name told as a date: capitalised and
 * followed by a day's number ("on March 4") or after a word of time ("in
 * May", "since March", "until May", "last March")?  It is no pattern word:
 * "will hold elections on March 4" holds no "hold {...|march|...}".  The
 * words beside it are read in its sentence only. */
static int date_month(const struct acta_work *w, uint32_t j) {
  const acta_token *t = &w->toks.v[j];
  if (!(t->flags & TF_CAP) || !tok_in3(w, j, WL3_MONTH_NAME)) return 0;
  if (j + 1 < w->toks.n && w->toks.v[j + 1].kind == TK_NUM &&
      !(w->toks.v[j + 1].flags & TF_SENT_START))
    return 1;
  if (j == 0 || (t->flags & TF_SENT_START)) return 0;
  switch (w->toks.v[j - 1].vocab) {
    case V_IN: case V_ON: case V_SINCE: case V_UNTIL: case V_TILL: case V_BY:
    case V_LAST: case V_NEXT: case V_EARLY: case V_LATE: case V_THIS:
    case V_BEFORE: case V_AFTER: case V_DURING: case V_FROM: case V_THROUGH:
      return 1;
    default:
      return 0;
  }
}

/* speed32c: the choices of a word element that may fit in the sentence,
 * their offsets in d->alts in the element's order (pf_choices_of, from
 * the word filter); choice_at reads only those, and which of them fits
 * first is the same.  n == PF_ALL: every choice (no filter, a short
 * element, or more than PF_CHOICES of them may fit). */
#define PF_CHOICES 16
#define PF_ALL UINT32_MAX
typedef struct pf_choices {
  uint32_t n;
  uint32_t off[PF_CHOICES];
} pf_choices;

static const pf_choices PF_EVERY = {PF_ALL, {0}};

/* speed35g: may a choice of element e begin (forward) or end (backward)
 * at token j, by the element's filter bits (its mask, sharper, else its
 * ends bits)?  Inline in choice_at's callers: most tokens tried are
 * passed over here, without a call. */
static inline int choice_may_at(const acta_dict *d, const struct acta_work *w,
                                const acta_pelem *e, uint32_t j, int backward) {
  if (j >= w->toks.n) return 1;
  const acta_token *tk = &w->toks.v[j];
  if (e->mask) {
    /* one-word choices all, their filter bits in a mask: a token none of
     * whose ids has its bit there is none of them */
    const uint64_t *m = d->elem_masks + (size_t)(e->mask - 1) * ACTA_PF_MASK_WORDS;
    uint32_t b0 = acta_pf_bit(tk->word), b1 = acta_pf_bit(tk->nlemma),
             b2 = acta_pf_bit(tk->vlemma);
    return (int)(((m[b0 >> 6] >> (b0 & 63)) | (m[b1 >> 6] >> (b1 & 63)) |
                  (m[b2 >> 6] >> (b2 & 63))) & 1);
  }
  if (!e->ends) return 1;
  /* no choice begins (ends) with any of the token's ids: none fits here */
  uint64_t bits = acta_end_bit(tk->word) | acta_end_bit(tk->nlemma) |
                  acta_end_bit(tk->vlemma);
  return ((backward ? e->ends_last : e->ends_first) & bits) != 0;
}

/* Length of the first choice of element e that matches the tokens from j
 * on (forward) or up to j (backward, the choice ends at j); 0 if none.
 * Only the choices pc names are tried (the others cannot fit).  The
 * caller has asked choice_may_at (choice_at below). */
static uint32_t choice_walk(const acta_dict *d, const struct acta_work *w,
                            const acta_pattern *p, const acta_pelem *e,
                            uint32_t j, uint32_t lo, uint32_t end, int backward,
                            const pf_choices *pc) {
  if (j < w->toks.n && w->toks.v[j].vocab && date_month(w, j)) return 0;
  /* speed23: a one-word choice (the most; not a stem) is token j's
   * whichever the direction: its ids, read once, against the choice's
   * word.  "according (to)" is no "accord": it matches only as written */
  const int one_ok = (!backward || j >= lo) && j < end && !e->prefix;
  uint32_t id0 = ACTA_NO_WORD, id1 = ACTA_NO_WORD, id2 = ACTA_NO_WORD;
  if (one_ok) {
    const acta_token *tk = &w->toks.v[j];
    id0 = id1 = id2 = tk->word;
    if (p->exact != 1 && !is_word(w, j, w->cw->w_according)) {
      id1 = tk->nlemma;
      id2 = tk->vlemma;
    }
  }
  const int listed = pc->n != PF_ALL;
  const uint32_t nalt = listed ? pc->n : e->nalt;
  uint32_t off = e->alt_off;
  for (uint32_t a = 0; a < nalt; a++) {
    if (listed) off = pc->off[a];
    uint32_t len = d->alts[off];
    if (len == 1 && !e->prefix) {
      uint32_t x = d->alts[off + 1];
      if (one_ok && (x == id0 || x == id1 || x == id2)) return 1;
      off += 2;
      continue;
    }
    if (len & ACTA_ALT_GAPS) {
      len &= ~ACTA_ALT_GAPS;
      uint32_t span = j < end && j >= lo ? gapped_at(w, p, d->alts + off + 1, len, j, lo, end, backward) : 0;
      if (span) return span;
      off += 1 + len;
      continue;
    }
    uint32_t from = backward ? j + 1 - len : j;
    int ok = len > 0 && (!backward || j + 1 >= lo + len) && from + len <= end;
    if (ok && e->prefix && len == 1) {
      /* a TABARI stem: the token's written form begins with it */
      const char *stem = acta_intern_str(&d->words, d->alts[off + 1]);
      size_t sl = strlen(stem);
      if (w->toks.v[from].norm_len >= sl && !memcmp(norm(w, from), stem, sl)) return 1;
      off += 2;
      continue;
    }
    for (uint32_t q = 0; ok && q < len; q++) {
      uint32_t t = from + q, x = d->alts[off + 1 + q];
      /* "according (to)" is no "accord": it matches only as written */
      if (is_word(w, t, w->cw->w_according) ? w->toks.v[t].word != x
                                             : !pat_word(p, &w->toks.v[t], x))
        ok = 0;
    }
    if (ok) return len;
    off += 1 + len;
  }
  return 0;
}

/* choice_walk behind its filter: 0 where choice_may_at says none fits. */
static inline uint32_t choice_at(const acta_dict *d, const struct acta_work *w,
                                 const acta_pattern *p, const acta_pelem *e,
                                 uint32_t j, uint32_t lo, uint32_t end, int backward,
                                 const pf_choices *pc) {
  if (!choice_may_at(d, w, e, j, backward)) return 0;
  return choice_walk(d, w, p, e, j, lo, end, backward, pc);
}

/* bugs27: is the noun at j a modifier inside a place phrase, a "where"
 * preposition ("at", "in", "near") after the head and at or after pos (no
 * word of the pattern) and an article opening the noun phrase that holds
 * j ("at a bus station", "near the car wash")?  The walk back passes
 * noun-phrase words only (end: the sentence's end). */
static int in_place_phrase(const struct acta_work *w, uint32_t head, uint32_t pos,
                           uint32_t j, uint32_t end) {
  uint8_t t = w->toks.v[j].tag;
  if (t != P_NOUN && t != P_PROPN) return 0;
  /* (a modifier of the place's own noun: "a bus station"; the phrase's
   * head may be the pattern's act, "join thousands at a rally") */
  if (j + 1 >= end || (w->toks.v[j + 1].tag != P_NOUN && w->toks.v[j + 1].tag != P_PROPN))
    return 0;
  uint32_t q = j;
  while (q > pos && q > head + 1) {
    uint8_t pt = w->toks.v[q - 1].tag;
    if (pt != P_DET && pt != P_ADJ && pt != P_NOUN && pt != P_PROPN && pt != P_NUM &&
        pt != P_POSS)
      break;
    q--;
  }
  /* (an article opens the phrase: "a rise in aid", "$8 million in
   * assets", "in its investigation" are no places) */
  return q > pos && q > head + 1 && q < j && w->toks.v[q - 1].tag == P_PREP &&
         tok_in(w, q - 1, WL_WHERE) &&
         (is_word(w, q, w->cw->w_a) || is_word(w, q, w->cw->w_an) || is_word(w, q, w->cw->w_the));
}

/* Does a token with tag t open an object ("an increase", "them", "that
 * it held") between a verb and its particle? */
static int np_start_tag(uint8_t t) {
  return t == P_DET || t == P_NOUN || t == P_PROPN || t == P_ADJ || t == P_NUM || t == P_POSS ||
         t == P_PRON || t == P_THAT;
}

/* mend43e: are tokens [from, to) a time phrase and nothing else
 * ("Monday", "this week", "last month", "today"): time nouns, numbers and
 * their leads ("this", "last", "next"), one time noun at least? */
static int time_words_only(const struct acta_work *w, uint32_t from, uint32_t to) {
  int timed = 0;
  for (uint32_t q = from; q < to; q++) {
    const acta_token *t = &w->toks.v[q];
    if (tok_in(w, q, WL_TIME_NOUN) || is_vocab(w, q, V_TODAY) || is_vocab(w, q, V_YESTERDAY) ||
        norm_eq(w, q, "tonight"))
      timed = 1;
    else if (t->tag != P_DET && t->tag != P_ADJ && t->tag != P_NUM && t->kind != TK_NUM)
      return 0;
  }
  return timed;
}

/* mend43e: does a subordinator, a "wh" word or "that", a comma, a
 * semicolon, a colon or another verb stand among tokens [from, to) (head:
 * the pattern's verb), or is token `to` inside the noun phrase a
 * preposition opens ("called the police about illegal dumping", "after a
 * gunman fled")?  A preposition's phrase that ends before it is the
 * called phrase's ("the consul in Quetzaltenango a liar"). */
static int words_between(const struct acta_work *w, uint32_t head, uint32_t from, uint32_t to) {
  int open = 0;
  for (uint32_t q = from; q < to; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->tag == P_PREP || t->tag == P_TO) {
      open = 1;
      continue;
    }
    if (t->tag == P_SUBORD || t->tag == P_WH || t->tag == P_THAT || t->punct == ',' ||
        t->punct == ';' || t->punct == ':' ||
        (w->tok_vg[q] != NO && w->tok_vg[q] != w->tok_vg[head]))
      return 1;
    if (t->tag != P_DET && t->tag != P_ADJ && t->tag != P_ADV && t->tag != P_NUM &&
        t->tag != P_POSS)
      open = 0;
  }
  return open;
}

/* The mention group a slot takes: the mention starting (forward) or ending
 * (backward) nearest to pos within GAP tokens. */
static int32_t slot_before(const struct acta_work *w, uint32_t pos, uint32_t lo,
                           int joined) {
  for (uint32_t j = pos; j-- > lo && pos - j <= GAP;) {
    int32_t mi = w->tok_ment[j];
    if (mi != NO && !w->ments[mi].absorbed) return w->ments[mi].group;
    if (joined) break;
  }
  return NO;
}

/* codes9: is the first choice of element e in the subject of head's
 * passive verb group, within GAP words before the group and not past
 * punctuation or another verb ("a 2004 internal investigation ... was
 * withdrawn")? */
static int passive_object(const acta_dict *d, const struct acta_work *w,
                          const acta_pattern *p, const acta_pelem *e, uint32_t head,
                          uint32_t lo, int32_t scope) {
  int32_t vg = w->tok_vg[head];
  if (vg == NO || !w->vgs[vg].passive || w->vgs[vg].head != head) return 0;
  uint32_t first = w->vgs[vg].first;
  for (uint32_t j = first; j-- > lo && first - j <= GAP;) {
    const acta_token *t = &w->toks.v[j];
    if (t->kind == TK_PUNCT || w->tok_vg[j] != NO || w->tok_scope[j] != scope) break;
    /* only a noun is an object: "the rating in the area was
     * given" holds no particle of "give in" */
    if (t->tag == P_NOUN && choice_at(d, w, p, e, j, lo, first, 0, &PF_EVERY)) return 1;
  }
  return 0;
}

/* codes24: is token j (after the pattern's head) the head of another verb
 * group, a tensed one (not an infinitive, a gerund or a participle) right
 * after "and", "or", "but" or a comma? */
static int other_finite_verb(const struct acta_work *w, uint32_t head, uint32_t j) {
  int32_t v = w->tok_vg[j];
  if (v == NO || v == w->tok_vg[head]) return 0;
  const vgroup *g = &w->vgs[v];
  if (g->head != j || g->first <= head + 1 || !acta_finite_group(w, g)) return 0;
  uint32_t b = g->first - 1;
  return is_and_or(w, b) || w->toks.v[b].tag == P_CONJ || is_punct(w, b, ',');
}

static void pf_choices_of(const acta_dict *d, const acta_pelem *e, const uint64_t *bloom,
                          pf_choices *pc);

/* mend45d: does a preposition right after a noun stand between the head
 * and token j ("ordered the release of the arrested", "an end to
 * arrests")?  Reads fewer than GAP tokens or so (j is within reach). */
static int noun_prep_between(const struct acta_work *w, uint32_t head, uint32_t j) {
  for (uint32_t q = head + 2; q < j; q++)
    if ((w->toks.v[q].tag == P_PREP || w->toks.v[q].tag == P_TO) &&
        w->toks.v[q - 1].tag == P_NOUN)
      return 1;
  return 0;
}

/* Matches one pattern around its head: the elements after it from start
 * on (up to end), those before it back from the head (down to lo).
 * Returns 1 on success, with the slots found in *m. */
static int match_pattern(const acta_dict *d, const struct acta_work *w,
                         const acta_pattern *p, uint32_t head, uint32_t start,
                         uint32_t end, uint32_t lo, int32_t scope, pmatch *m) {
  uint32_t pos = start;
  m->target = m->source = m->compound = NO;
  m->used_to = head;
  m->used_from = head;
  /* codes24: the end of the actor phrase a slot filled (0: none) */
  uint32_t reach = 0;
  uint32_t first_word_at = head; /* where element 0 matched, when it is a word */
  for (uint32_t k = 0; k < p->nel; k++) {
    const acta_pelem *e = &d->elems[p->el_off + k];
    /* a passive's subject phrase may be long: words after the verb are
     * still within reach */
    uint32_t from = (pos <= head && p->exact) ? head + 1 : pos;
    /* (codes24: the words between are counted past the slot's phrase, a
     * compound's too: "added a trafficker and ally of the Zetas to its
     * kingpin list") */
    uint32_t base = reach > from ? reach : from;
    uint32_t lim = base + GAP < end ? base + GAP : end;
    reach = 0;
    if (e->joined && lim > pos + 1) lim = pos + 1;
    if (e->type == PE_WORD) {
      uint32_t j, len = 0;
      int rel = 0;
      int crossed = 0;
      pf_choices pc; /* (acta_best_pattern's filter covers [lo, end)) */
      pf_choices_of(d, e, w->pf_bloom, &pc);
      for (j = pos; j < lim; j++) {
        if (w->tok_scope[j] != scope) break;
        /* (codes24: the words past the first GAP are sought only when no
         * punctuation mark or other verb stands after the slot's phrase:
         * "targeted police and mayors, accusing them of working for" holds
         * no "target + for", "criticizing the government on human rights
         * and calling for" no "criticize + for") */
        if (base > from && j >= base &&
            (w->toks.v[j].kind == TK_PUNCT ||
             (w->tok_vg[j] != NO && w->tok_vg[j] != w->tok_vg[head])))
          crossed = 1;
        if (crossed && j >= from + GAP) break;
        if ((len = choice_at(d, w, p, e, j, lo, end, 0, &pc)) != 0) {
          /* bugs27: nor is it a noun of a place phrase the pattern does
           * not name: "detained two of the accused at a bus station"
           * holds no "bus" of "detain {...|bus|...}" (an excluded sense,
           * coding nothing, keeps its reach: "targeting big fish in the
           * private sector" attacks no one) */
          if (!p->exact && p->cameo != ACTA_NO_CODE && j > head &&
              in_place_phrase(w, head, pos, j, end)) {
            len = 0;
            continue;
          }
          /* invented19: a word is not the verb of a clause a "that",
           * "which" or "who" opens after the head: "gave them information
           * that helped locate the bodies" holds no "help" of "give
           * {aid|help} to +" */
          if (rel && w->tok_vg[j] != NO && w->tok_vg[j] != w->tok_vg[head] &&
              w->vgs[w->tok_vg[j]].head == j && !w->vgs[w->tok_vg[j]].to_inf)
            len = 0;
          /* codes24: nor the tensed verb of a clause of its own after "and"
           * or a comma: "stopped a bus carrying farmers and attacked them"
           * holds no "attack" of "stop {...|attack|...}" */
          if (!p->exact && j > head && other_finite_verb(w, head, j)) len = 0;
          /* prec45e: nor a "to" a word before it owns past the verb's
           * object: "extradited a pilot with ties to the government to
           * Spain" holds its "to" of "extradite to +" at "to Spain" (not
           * "back to": a way home is the verb's; mend45e: nor the
           * pattern's own word right before it, "send ambassador to +") */
          if (len && !p->exact && j > head + 1 && j > pos && is_word(w, j, w->cw->w_to) &&
              word_owns_to(w, j - 1)) {
            len = 0;
            continue;
          }
          /* prec45d: nor the bare participle of a reduced relative on the
           * object: "ordered the release of a man arrested over the
           * kidnapping" holds no "arrest" of "order {arrest|...}" */
          if (!p->exact && k == 0 && j > head + 1 && w->tok_vg[j] != NO &&
              w->tok_vg[j] != w->tok_vg[head] && w->vgs[w->tok_vg[j]].head == j &&
              w->vgs[w->tok_vg[j]].first == j && w->toks.v[j].penn == PT_VBN &&
              np_tag(w->toks.v[j - 1].tag))
            len = 0;
          /* mend45d: nor, for "order" and one word with no slot, a word in
           * the phrase of a preposition after the object's noun: the act
           * ordered heads the object ("ordered the release of the arrested
           * protesters", "ordered an end to arbitrary arrests" hold no
           * "arrest" of "order {arrest|...}"; the object's own noun codes:
           * "n:release of +"; a verb stays: "ordered authorities to arrest
           * him").  Other verbs keep their reach ("organized a series of
           * protests", "pledged a rise in aid") */
          if (len && !p->exact && k == 0 && p->nel == 1 && !p->has_target && j > head + 2 &&
              acta_lemma_is(p->head, w->cw->l_order) && w->tok_vg[j] == NO &&
              noun_prep_between(w, head, j))
            len = 0;
          break;
        }
        if (!p->exact && j > head && (w->toks.v[j].tag == P_THAT || w->toks.v[j].tag == P_WH))
          rel = 1;
        /* a word is not sought past a "to" complement's verb the pattern
         * does not name: "agreed to hold exercises with Jordan" is no
         * "agree with +" (the complement codes it) */
        if (!p->exact && j > head && w->tok_vg[j] != NO &&
            w->vgs[w->tok_vg[j]].to_inf && w->vgs[w->tok_vg[j]].head == j)
          break;
        /* nor inside a passive's "by" agent: "the town was captured by
         * soldiers" holds no object word of "capture {soldier|...}" */
        if (!p->exact && j > head && w->tok_vg[head] != NO &&
            w->vgs[w->tok_vg[head]].passive && is_word(w, j, w->cw->w_by))
          break;
      }
      /* codes9: a passive's object word stands in its subject ("an
       * investigation was withdrawn" is "withdraw investigation"): the
       * pattern's first word after the head is sought there too */
      if (!len && k == 0 && !p->exact && passive_object(d, w, p, e, head, lo, scope)) continue;
      if (!len) return 0;
      /* mend43e: naming with "call" (111 "call + {corrupt|a liar|...}",
       * "---  call + {dangerous|a|...}"): the word names the slot's phrase,
       * right after it; a preposition, a clause or a comma between ("called
       * the police after the killer fled", "about illegal dumping") leaves
       * a call, no name */
      if (!p->exact && k > 0 && d->elems[p->el_off + k - 1].type == PE_TARGET &&
          (p->cameo == ACTA_NO_CODE || !strcmp(d->cameo[p->cameo].code, "111")) &&
          w->toks.v[j].tag != P_PREP && w->toks.v[j].tag != P_TO &&
          acta_lemma_is(p->head, w->cw->l_call) && words_between(w, head, base, j))
        return 0;
      /* a verb and its particle alone ("give in", "gather outside") have
       * no object between them: a preposition after the verb's object
       * belongs to the object ("given an increase in seizures", "gave
       * birth to twins in"), not to the verb ("gathered at a cemetery
       * outside the city" keeps its place) */
      if (!p->exact && p->nel == 1 && j > head + 1 && w->toks.v[j].tag == P_PREP &&
          np_start_tag(w->toks.v[head + 1].tag))
        return 0;
      if (k == 0) first_word_at = j;
      pos = j + len;
      m->used_to = pos - 1;
    } else if (e->type == PE_SKIP) {
      /* pass over the next noun phrase (an actor's or not) */
      uint32_t j = pos;
      while (j < lim && !np_tag(w->toks.v[j].tag)) j++;
      if (j >= lim) return 0;
      if (w->tok_ment[j] != NO) j = w->ments[w->tok_ment[j]].last;
      else while (j < end && np_tag(w->toks.v[j].tag)) j++;
      pos = j;
    } else {
      int32_t mg = acta_first_mention_ex(w, pos, lim, scope, 0,
                                         p->exact && k > 0 &&
                                        d->elems[p->el_off + k - 1].type == PE_SKIP);
      /* nor is a slot filled past a "to" complement's verb: "met to shore
       * up support for Obama" meets no Obama (the complement codes its
       * own object) */
      if (mg != NO && !p->exact && e->type == PE_TARGET)
        for (uint32_t q = pos; q < w->ments[mg].first; q++)
          if (q > head && w->tok_vg[q] != NO && w->vgs[w->tok_vg[q]].to_inf &&
              w->vgs[w->tok_vg[q]].head == q) {
            mg = NO;
            break;
          }
      /* a head and a target slot alone ("call +": a phone call) must hold
       * an actor, not a "by" agent, as the first noun phrase after the
       * verb: the slot is all that tells the sense ("the truce called by
       * the gang" calls no one, "received a round of applause" or
       * "protection from a commander" hosts no one) */
      int required = !p->exact && e->type == PE_TARGET && p->nel == 1 && p->npre == 0;
      if (required && (mg == NO || (w->ments[mg].first > 0 &&
                                    is_word(w, w->ments[mg].first - 1, w->cw->w_by))))
        return 0;
      for (uint32_t q = pos; required && q < w->ments[mg].first; q++) {
        uint8_t t = w->toks.v[q].tag;
        if (t != P_DET && t != P_ADJ && t != P_ADV && t != P_POSS && t != P_NUM) return 0;
      }
      if (mg == NO) {
        /* the slot may hold a non-actor phrase: the pattern still fits when
         * the next element is found */
        continue;
      }
      if (e->type == PE_SOURCE) m->source = mg;
      else if (e->type == PE_COMPOUND && w->ments[mg].next_in_group != NO)
        m->compound = m->target = mg;
      else m->target = mg;
      uint32_t ml = w->ments[mg].last;
      for (int32_t g = mg; g != NO; g = w->ments[g].next_in_group)
        if (w->ments[g].last > ml) ml = w->ments[g].last;
      /* a following word may stand inside the phrase: "took 12 villagers
       * hostage" (one noun phrase) fits "take + hostage" */
      pos = (k + 1 < p->nel) ? w->ments[mg].first + 1 : ml;
      if (!p->exact) reach = ml;
      m->used_to = ml - 1;
    }
  }
  /* prec43e: a verb, its object, "for" and a target slot no actor fills
   * ("call for +" with no actor after "for") do not fit: a "for" after the verb's
   * object is the object's ("called the striking judges greedy for
   * wanting a raise", "pleaded guilty before a judge for his part" call
   * and plead for nothing); an actor in the slot keeps the fit, as do the
   * other prepositions ("rallied the troops behind the plan"); mend43e: a
   * time phrase is no object ("called Monday for a strike", "called this
   * week for talks") */
  if (!p->exact && p->nel == 2 && m->target == NO && first_word_at > head + 1 &&
      d->elems[p->el_off].type == PE_WORD && d->elems[p->el_off + 1].type == PE_TARGET &&
      is_word(w, first_word_at, w->cw->w_for) && np_start_tag(w->toks.v[head + 1].tag) &&
      !time_words_only(w, head + 1, first_word_at))
    return 0;
  /* before the head, last element first */
  pos = head;
  for (uint32_t k = p->npre; k-- > 0;) {
    const acta_pelem *e = &d->elems[p->pre_off + k];
    int joined = (k + 1 == p->npre) ? p->head_joined
                                    : d->elems[p->pre_off + k + 1].joined;
    if (e->type == PE_SKIP) {
      /* pass back over the noun phrase before (an actor's or not):
       * "$ ^ FOR *" gives the source the phrase before the skipped one */
      uint32_t j = pos;
      while (j > lo && pos - j <= GAP && !np_tag(w->toks.v[j - 1].tag)) j--;
      if (j <= lo || !np_tag(w->toks.v[j - 1].tag)) return 0;
      if (w->tok_ment[j - 1] != NO) j = w->ments[w->tok_ment[j - 1]].first;
      else while (j > lo && np_tag(w->toks.v[j - 1].tag)) j--;
      pos = j;
      m->used_from = pos;
      continue;
    }
    if (e->type == PE_WORD) {
      uint32_t j, len = 0;
      pf_choices pc;
      pf_choices_of(d, e, w->pf_bloom, &pc);
      for (j = pos; j-- > lo && pos - j <= GAP;) {
        if ((len = choice_at(d, w, p, e, j, lo, end, 1, &pc)) != 0) break;
        if (joined) break;
      }
      if (!len) return 0;
      pos = j + 1 - len;
      m->used_from = pos;
    } else {
      int32_t mg = slot_before(w, pos, lo, joined);
      if (mg == NO) continue;
      if (e->type == PE_SOURCE) m->source = mg;
      else if (e->type == PE_TARGET) m->target = mg;
      else if (w->ments[mg].next_in_group != NO) m->compound = m->source = mg;
      else return 0; /* `%` wants a compound */
      /* TABARI: a pattern word before the slot may stand inside the noun
       * phrase, before the actor's own words ("an anti Gondor" for
       * "ANTI- + *"), as TABARI's actor is its dictionary words alone */
      const mention *sm = &w->ments[mg];
      pos = p->exact == 2 && k > 0 && sm->phrase_first > sm->first ? sm->phrase_first
                                                                   : sm->first;
      m->used_from = pos;
    }
  }
  return 1;
}

int acta_pre_words_fit(const acta_dict *d, const struct acta_work *w,
                       const acta_pattern *p, uint32_t head, uint32_t lo) {
  uint32_t pos = head, words = 0;
  for (uint32_t k = p->npre; k-- > 0;) {
    const acta_pelem *e = &d->elems[p->pre_off + k];
    if (e->type != PE_WORD) continue;
    int joined = (k + 1 == p->npre) ? p->head_joined
                                    : d->elems[p->pre_off + k + 1].joined;
    uint32_t j, len = 0;
    for (j = pos; j-- > lo && pos - j <= GAP;) {
      if ((len = choice_at(d, w, p, e, j, lo, head, 1, &PF_EVERY)) != 0) break;
      if (joined) break;
    }
    if (!len) return 0;
    pos = j + 1 - len;
    words++;
  }
  return words > 0;
}

/* TABARI's regular verb endings (its matchLex): the root written whole,
 * then S, ES, ED, EN or ING, or D after a final E ("departes" is a form of
 * DEPART_ as TABARI reads it, though not English). */
static int tabari_ending(const acta_dict *d, const char *w, uint32_t lemma) {
  if (lemma == ACTA_NO_WORD) return 0;
  const char *l = acta_intern_str(&d->words, lemma);
  size_t ln = strlen(l);
  if (strncmp(w, l, ln)) return 0;
  const char *suf = w + ln;
  return !strcmp(suf, "s") || !strcmp(suf, "es") || !strcmp(suf, "ed") ||
         !strcmp(suf, "en") || !strcmp(suf, "ing") ||
         (ln && l[ln - 1] == 'e' && !strcmp(suf, "d"));
}

/* KEDS verbs take the regular forms of their lemma (-s/-es/-ies, -ed/-d/
 * -ied, -ing, a doubled last consonant) and WordNet's irregular ones, not
 * every spelling a lemmatiser forgives ("departes"). */
static int keds_form(const acta_dict *d, uint32_t word, const char *w,
                     uint32_t lemma) {
  if (word == lemma) return 1;
  if (lemma == ACTA_NO_WORD) return 0;
  if (word != ACTA_NO_WORD && d->info[word].vexc == lemma) return 1;
  const char *l = acta_intern_str(&d->words, lemma);
  size_t wn = strlen(w), ln = strlen(l);
  if (!strcmp(w, l)) return 1;
  if (wn <= ln || strncmp(w, l, ln - 1)) return 0;
  char last = l[ln - 1], prev = ln > 1 ? l[ln - 2] : 0;
  int vowel_prev = prev && strchr("aeiou", prev);
  const char *suf = w + ln; /* after the whole lemma */
  int sib = last == 's' || last == 'x' || last == 'z' ||
            (ln > 1 && (!strcmp(l + ln - 2, "ch") || !strcmp(l + ln - 2, "sh")));
  if (!strncmp(w, l, ln)) {
    if (!strcmp(suf, "s")) return !sib && !(last == 'y' && !vowel_prev);
    if (!strcmp(suf, "es")) return sib;
    if (!strcmp(suf, "d")) return last == 'e';
    if (!strcmp(suf, "ed")) return last != 'e' && !(last == 'y' && !vowel_prev);
    if (!strcmp(suf, "ing")) return last != 'e' || (prev == 'e');
    /* "stopped", "stopping" */
    if (suf[0] == last && (!strcmp(suf + 1, "ed") || !strcmp(suf + 1, "ing")))
      return 1;
    return 0;
  }
  /* the lemma's last letter changes: "tries", "tried", "making" */
  const char *s2 = w + ln - 1;
  if (last == 'y' && !vowel_prev) return !strcmp(s2, "ies") || !strcmp(s2, "ied");
  if (last == 'e') return !strcmp(s2, "ing");
  return 0;
}

/* The word filter: a pattern whose word element has no choice all of whose
 * words are among the ids and lemmas of the tokens it may read cannot fit,
 * and is passed over without matching.  The filter is a Bloom filter of
 * those ids over the sentence (a superset of [lo, end)): it may let a
 * pattern through that then fails, never stop one that fits. */
static uint32_t pf_bit(uint32_t x) { return acta_pf_bit(x); }

_Static_assert(ACTA_PF_MASK_WORDS == ACTA_PF_WORDS,
               "an element's filter mask is as wide as the filter");

static int pf_has(const uint64_t *bloom, uint32_t x) {
  uint32_t b = pf_bit(x);
  return (bloom[b >> 6] >> (b & 63)) & 1;
}

/* (speed35g: ACTA_NO_WORD too, without a test: one bit more in the
 * filter lets nothing through that could not fit, and no pattern word is
 * ACTA_NO_WORD) */
static void pf_add(uint64_t *bloom, uint32_t x) {
  uint32_t b = pf_bit(x);
  bloom[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* Makes w's filter cover tokens [lo, end): the sentence holding lo (and up
 * to end if that is further). */
static void pf_cover(struct acta_work *w, uint32_t lo, uint32_t end) {
  if (w->pf_valid && lo >= w->pf_lo && end <= w->pf_hi) return;
  uint32_t hi = end;
  size_t a = 0, b = w->nsents; /* the last sentence starting at or before lo */
  while (a < b) {
    size_t mid = a + (b - a) / 2;
    if (w->sents[mid].first <= lo) a = mid + 1;
    else b = mid;
  }
  if (a > 0 && w->sents[a - 1].last > hi) hi = w->sents[a - 1].last;
  if (hi > w->toks.n) hi = (uint32_t)w->toks.n;
  memset(w->pf_bloom, 0, sizeof w->pf_bloom);
  for (uint32_t i = lo; i < hi; i++) {
    const acta_token *tk = &w->toks.v[i];
    pf_add(w->pf_bloom, tk->word);
    pf_add(w->pf_bloom, tk->nlemma);
    pf_add(w->pf_bloom, tk->vlemma);
  }
  w->pf_lo = lo;
  w->pf_hi = hi;
  w->pf_valid = 1;
}

void acta_pf_cover_article(struct acta_work *w) {
  w->pf_valid = 0;
  pf_cover(w, 0, (uint32_t)w->toks.n);
}

/* May the choice at al (its length word, then its word ids) fit where the
 * filter `bloom` covers: is every word it needs among the filter's?  (A
 * TABARI stem, a one-word choice matched by a word's beginning, always
 * may; so does a choice of gaps alone.) */
static inline int pf_choice_may(const uint32_t *al, int prefix, const uint64_t *bloom) {
  uint32_t len = al[0];
  if (len == 1) return prefix || pf_has(bloom, al[1]); /* one word, no gaps (the most) */
  uint32_t gaps = len & ACTA_ALT_GAPS;
  len &= ~ACTA_ALT_GAPS;
  if (!gaps && len == 0) return 0;
  for (uint32_t q = 1; q <= len; q++)
    if (!pf_has(bloom, al[q])) return 0;
  return 1;
}

/* May word element e find one of its choices among the filter's words? */
static int pf_elem_may(const acta_dict *d, const acta_pelem *e,
                       const uint64_t *bloom) {
  if (e->mask) {
    /* speed35g: one AND a filter word: does a choice's bit stand in the
     * sentence's filter?  (All one-word choices: the walk below says the
     * same.) */
    const uint64_t *m = d->elem_masks + (size_t)(e->mask - 1) * ACTA_PF_MASK_WORDS;
    uint64_t any = 0;
    for (int q = 0; q < ACTA_PF_MASK_WORDS; q++) any |= m[q] & bloom[q];
    return any != 0;
  }
  /* speed23: the choices through a local pointer, the prefix flag read
   * once */
  const uint32_t *al = d->alts + e->alt_off;
  const int prefix = e->prefix != 0;
  for (uint32_t a = e->nalt; a > 0; a--) {
    if (pf_choice_may(al, prefix, bloom)) return 1;
    al += 1 + (al[0] & ~ACTA_ALT_GAPS);
  }
  return 0;
}

/* speed32c: the choices of word element e that may fit where the filter
 * `bloom` covers, into *pc (PF_ALL: all of them, for an element of fewer
 * than PF_LIST_MIN choices, where making the list costs about what it
 * saves, or of more than PF_CHOICES that may fit).  A choice may fit as
 * pf_choice_may says.  (Of the bench sentences' word elements sought, most
 * have dozens of choices, one or two of them in the sentence, and are
 * tried at several tokens.) */
#define PF_LIST_MIN 8
static void pf_choices_of(const acta_dict *d, const acta_pelem *e, const uint64_t *bloom,
                          pf_choices *pc) {
  pc->n = PF_ALL;
  if (e->nalt < PF_LIST_MIN) return;
  uint32_t n = 0, off = e->alt_off;
  const int prefix = e->prefix != 0;
  for (uint32_t a = 0; a < e->nalt; a++) {
    if (pf_choice_may(d->alts + off, prefix, bloom)) {
      if (n == PF_CHOICES) return;
      pc->off[n++] = off;
    }
    off += 1 + (d->alts[off] & ~ACTA_ALT_GAPS);
  }
  pc->n = n;
}

/* Are the words p cannot fit without (p->need, made when it was loaded)
 * among the filter's?  One test a word, before pf_pattern_may's walk over
 * the elements and their choices: most patterns of a head are passed over
 * here. */
static int pf_need_may(const acta_pat_link *p, const uint64_t *bloom) {
  for (int q = 0; q < ACTA_PAT_NEED && p->need[q] != ACTA_PF_NONE; q++)
    if (!((bloom[p->need[q] >> 6] >> (p->need[q] & 63)) & 1)) return 0;
  return 1;
}

/* May every word element of p (after and before its head) be found? */
static int pf_pattern_may(const acta_dict *d, const acta_pattern *p,
                          const uint64_t *bloom) {
  for (uint32_t k = 0; k < p->nel; k++) {
    const acta_pelem *e = &d->elems[p->el_off + k];
    if (e->type == PE_WORD && !pf_elem_may(d, e, bloom)) return 0;
  }
  for (uint32_t k = 0; k < p->npre; k++) {
    const acta_pelem *e = &d->elems[p->pre_off + k];
    if (e->type == PE_WORD && !pf_elem_may(d, e, bloom)) return 0;
  }
  return 1;
}

/* speed43a: may some pattern of idx headed by word key fit where filter
 * bloom covers?  acta_best_pattern tries no other pattern of key against
 * a filter whose words are among bloom's. */
int acta_head_may_fit(const acta_dict *d, const acta_u64map *idx, uint32_t key,
                      const uint64_t *bloom) {
  uint32_t pi;
  if (key == ACTA_NO_WORD || !acta_pat_head_may(d, idx, key) || !acta_u64map_get(idx, key, &pi))
    return 0;
  /* speed47b: along the head's links, a pattern read when its filter
   * words are in the sentence */
  for (const acta_pat_link *l = &d->pat_links[d->pat_link_of[pi]];; l++) {
    if (pf_need_may(l, bloom) && pf_pattern_may(d, &d->pats[l->pat], bloom)) return 1;
    if (l->last) return 0;
  }
}

/* Best pattern for a head word at token `head`. */
const acta_pattern *acta_best_pattern(const acta_dict *d,
                                      const struct acta_work *w,
                                      const acta_u64map *idx, uint32_t head,
                                      uint32_t start, uint32_t end,
                                      uint32_t lo, int32_t scope,
                                      pmatch *out, int *has_pats) {
  const acta_token *tk = &w->toks.v[head];
  /* the written form first: a dictionary's "left" is not its "leave" */
  uint32_t keys[3] = {tk->word, tk->vlemma, tk->nlemma};
  const acta_pattern *best = NULL;
  *has_pats = 0;
  out->target = out->source = out->compound = NO;
  out->used_to = head;
  out->used_from = head;
  for (int k = 0; k < 3; k++) {
    if (keys[k] == ACTA_NO_WORD) continue;
    int dupkey = 0;
    for (int q = 0; q < k; q++) if (keys[q] == keys[k]) dupkey = 1;
    if (dupkey) continue;
    uint32_t pi;
    if (!acta_pat_head_may(d, idx, keys[k]) || !acta_u64map_get(idx, keys[k], &pi)) continue;
    *has_pats = 1;
    /* the filter is a cache of the tokens' words, not a change to w */
    pf_cover((struct acta_work *)w, lo < start ? lo : start, end);
    /* TABARI: a noun its root's stem begins ("resumption": RESUM) */
    int stem_noun = k == 1 && d->tabari && acta_tabari_stem_verb(d, w, head) == keys[k];
    /* speed47b: along the head's links (acta_pat_link), a pattern read
     * when its filter words are in the sentence */
    for (const acta_pat_link *l = &d->pat_links[d->pat_link_of[pi]];; l++) {
      pmatch m;
      if (l->exact && k == 1 && !keds_form(d, tk->word, norm(w, head), keys[k]) &&
          !(l->exact == 2 && (stem_noun || tabari_ending(d, norm(w, head), keys[k])))) {
        if (l->last) break;
        continue;
      }
      const acta_pattern *p;
      if (pf_need_may(l, w->pf_bloom) && pf_pattern_may(d, p = &d->pats[l->pat], w->pf_bloom) &&
          match_pattern(d, w, p, head, start, end, lo, scope, &m)) {
        acta_trace((struct acta_work *)w, "  pattern %s:%u \"%s\" fits\n",
                   d->files[p->file], p->line, d->strings.data + p->text);
        /* most literal words; then the tightest fit; then a found target */
        if (!best || p->nlit > best->nlit ||
            (p->nlit == best->nlit && m.used_to < out->used_to && p->nlit > 0) ||
            (p->nlit == best->nlit && m.used_to == out->used_to &&
             m.target != NO && out->target == NO)) {
          best = p;
          *out = m;
        }
      }
      if (l->last) break;
    }
  }
  return best;
}
