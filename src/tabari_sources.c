/* SPDX-License-Identifier: MIT */
/* tabari_sources.c: TABARI's regular source (its coder's checkVerbs,
 * setClauseBounds and getRegularSource), for TABARI dictionaries only.
 * TABARI does not look for a verb's subject: a verb whose pattern names no
 * source ($) takes the source its sentence holds, and that is
 *
 *   - the first actor of the clause where a verb was first coded (the
 *     actor may stand after the verb: "then it requested");
 *   - kept for the verbs after it, in its clause and the clauses after;
 *   - replaced by the actor a later clause begins with ("..., and Gondor
 *     warned"), and dropped after a passive verb.
 *
 * Its clauses are cut at AND, BUT, OR and NOR (marker words of TABARI's),
 * except a conjunction that is the sentence's first or last word, one
 * inside a list of actors ("Fornost and Gondor"), one between two of its
 * <NOUN> words ("sheep and goats") and one between two of its <ADJECTIVE>
 * words ("awful and evil"): acta reads those two lists from the .actors
 * file (dict->tabari_words).  An actor is a mention with a code that is no
 * bare agent ("---GOV"), as it is for COMPLEX: NOACTPRIOR
 * (acta_coder_tabari_actor_before).  A verb's target, too, stands in its
 * clause (acta_tabari_clause_end): "X accepts that Y might affirm or allow
 * Z" gives AFFIRM no target after it, so Y, the nearest actor before it.
 * acta_tabari_clauses reads a sentence's clauses once, before its verbs
 * are coded (linear in its tokens); the coder's questions are then
 * answered per token (w->tab). */
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "vocab.h"
#include "strmap.h"

/* An actor of TABARI's: a mention with a code that is not an agent alone. */
static int is_actor(const mention *x) {
  return !x->absorbed && x->code[0] && strncmp(x->code, "---", 3) != 0;
}

static int actor_at(const struct acta_work *w, uint32_t q) {
  int32_t m = w->tok_ment[q];
  return m != NO && is_actor(&w->ments[m]);
}

static int conj_word(const struct acta_work *w, uint32_t q) {
  return is_and_or(w, q) || is_word(w, q, w->cw->w_nor) || is_vocab(w, q, V_BUT);
}

/* Is the conjunction at c inside a list of actors: a compound group
 * (cut where TABARI's compounds end, tabari_mentions.c) with a member
 * after it, determiners and adjectives between, and one before it? */
static int in_actor_list(const struct acta_work *w, const acta_sentence *s, uint32_t c) {
  uint32_t q = c + 1;
  while (q < s->last && !actor_at(w, q) &&
         (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_ADJ))
    q++;
  if (q >= s->last || !actor_at(w, q)) return 0;
  int32_t after = w->ments[w->tok_ment[q]].group;
  q = c;
  while (q > s->first) {
    q--;
    if (actor_at(w, q)) return w->ments[w->tok_ment[q]].group == after;
    int t = w->toks.v[q].tag;
    if (!(t == P_DET || t == P_ADJ || t == P_CONJ || is_punct(w, q, ','))) return 0;
  }
  return 0;
}

/* What TABARI's <NOUN> and <ADJECTIVE> lists make of token q
 * (ACTA_TWORD_NOUN, ACTA_TWORD_ADJECTIVE or 0): its word, or a stem it
 * begins with. */
static unsigned word_class(const acta_dict *d, const struct acta_work *w, uint32_t q) {
  if (!d->tabari_words.nslots) return 0;
  const char *x = norm(w, q);
  size_t n = w->toks.v[q].norm_len;
  uint32_t v;
  if (acta_u64map_get(&d->tabari_words, acta_hash(x, n), &v))
    return (unsigned)v & (ACTA_TWORD_NOUN | ACTA_TWORD_ADJECTIVE);
  for (size_t k = n; k-- > 3;)
    if (acta_u64map_get(&d->tabari_words, acta_hash(x, k), &v) && (v & ACTA_TWORD_STEM))
      return (unsigned)v & (ACTA_TWORD_NOUN | ACTA_TWORD_ADJECTIVE);
  return 0;
}

/* Does a TABARI clause start at token q (the word after a conjunction that
 * delimits one)? */
static int clause_starts(const acta_dict *d, const struct acta_work *w,
                         const acta_sentence *s, uint32_t q) {
  if (q <= s->first + 1 || q >= s->last) return 0;
  uint32_t c = q - 1;
  if (!conj_word(w, c) || c + 1 >= s->last || is_punct(w, c + 1, '.')) return 0;
  if (in_actor_list(w, s, c)) return 0;
  /* <noun> and <adjective>* <noun> ("sheep and goats"), <adjective> and
   * <adjective> ("awful and evil"): no clause */
  unsigned before = word_class(d, w, c - 1);
  if (before & ACTA_TWORD_NOUN) {
    uint32_t r = c + 1;
    while (r < s->last && (word_class(d, w, r) & ACTA_TWORD_ADJECTIVE)) r++;
    if (r < s->last && (word_class(d, w, r) & ACTA_TWORD_NOUN)) return 0;
  }
  if ((before & ACTA_TWORD_ADJECTIVE) && (word_class(d, w, c + 1) & ACTA_TWORD_ADJECTIVE))
    return 0;
  return 1;
}

void acta_tabari_clauses(const acta_dict *d, struct acta_work *w, const acta_sentence *s) {
  if (w->toks.n > w->cap_tab) {
    w->cap_tab = w->toks.n;
    w->tab = realloc(w->tab, w->cap_tab * sizeof *w->tab);
    if (!w->tab) abort();
  }
  tabari_tok *t = w->tab;
  /* each token's clause: where it starts, its first two actors */
  uint32_t start = s->first;
  for (uint32_t q = s->first; q < s->last; q++) {
    if (q == s->first || clause_starts(d, w, s, q)) {
      start = q;
      t[q].first = t[q].second = NO;
    }
    t[q].cstart = start;
    if (!actor_at(w, q)) continue;
    int32_t m = w->ments[w->tok_ment[q]].group;
    if (t[start].first == NO) t[start].first = m;
    else if (t[start].second == NO && m != t[start].first) t[start].second = m;
  }
  /* ... where it ends: the conjunction before the next one, or the end */
  uint32_t end = s->last;
  for (uint32_t q = s->last; q-- > s->first;) {
    t[q].cend = end;
    if (t[q].cstart == q && q > s->first) end = q - 1;
  }
  /* the source the sentence holds at each token, before a verb there */
  int32_t held = NO;
  for (uint32_t q = s->first; q < s->last; q++) {
    if (t[q].cstart == q && q > s->first && actor_at(w, q))
      held = w->ments[w->tok_ment[q]].group; /* a clause that begins with one */
    t[q].held = held;
    if (w->tok_vg[q] != NO && w->vgs[w->tok_vg[q]].head == q) {
      if (held == NO) held = t[t[q].cstart].first;
      if (w->vgs[w->tok_vg[q]].passive) held = NO; /* dropped after a passive */
    }
  }
}

int acta_tabari_clause_starts(const struct acta_work *w, const acta_sentence *s,
                              uint32_t q) {
  return q > s->first && q < s->last && w->tab[q].cstart == q;
}

uint32_t acta_tabari_clause_end(const struct acta_work *w, uint32_t q) {
  return w->tab[q].cend;
}

int32_t acta_tabari_regular_source(const struct acta_work *w, const vgroup *g, int32_t tgt) {
  const tabari_tok *t = &w->tab[g->first];
  int32_t not = tgt == NO ? NO : w->ments[tgt].group;
  if (t->held != NO && t->held != not) return t->held;
  /* none held: the first actor of the verb's clause that is not its target */
  const tabari_tok *c = &w->tab[t->cstart];
  return c->first != not ? c->first : c->second;
}

int acta_coder_tabari_actor_before(const acta_coder *c, size_t at) {
  const struct acta_work *w = c->work;
  for (size_t si = 0; si < w->nsents; si++) {
    const acta_sentence *s = &w->sents[si];
    if (s->last <= s->first || w->toks.v[s->last - 1].end <= at) continue;
    if (w->toks.v[s->first].start > at) return 0;
    /* the sentence holding byte at: an actor that starts before it */
    for (size_t m = 0; m < w->nments; m++) {
      const mention *x = &w->ments[m];
      if (x->first >= s->first && x->first < s->last && is_actor(x) &&
          w->toks.v[x->first].start < at)
        return 1;
    }
    return 0;
  }
  return 0;
}
