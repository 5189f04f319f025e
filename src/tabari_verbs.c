/* SPDX-License-Identifier: MIT */
/* tabari_verbs.c: TABARI finds a sentence's verbs by its dictionary, not
 * by part of speech.  A word the tagger read as a noun or adjective but
 * which is a form of a TABARI verb root ("Estonia arms Libya", "Arnor has
 * celebrated Eid", an irregular form "ACTUALITY") is a verb when it stands
 * where a verb stands: right after an actor's dictionary phrase, after a
 * "have" auxiliary (adverbs between), right after "and" or "or" ("condemned
 * the attack and promised aid": TABARI takes any of its verb words for a
 * verb unless a determiner comes before it), or after the words one of the
 * root's patterns wants before the verb ("was in accord": "IN_ *"), never
 * right after a determiner ("was in an accord" is a noun).  Read from
 * TABARI's own files (dict->tabari), any noun that is a root's form, or
 * that a root written as a stem begins (dict->tabari_stem_verbs:
 * "resumption" is RESUM's), is a verb ("has no fresh accord with Gondor",
 * "daylight raids"), and a word right after a determiner is a noun even
 * when the tagger read a verb ("is about the restore"), as TABARI's
 * markNouns shifts it.  Only TABARI roots do
 * this (their patterns are the ones built with TABARI's stems, exact ==
 * 2): acta's own and PETRARCH's dictionaries keep the tagger's reading.
 * Reads the tags, the dictionary phrase matches and the verb pattern
 * index; rewrites tags before the mentions and verb groups are found. */
#include "coder_internal.h"
#include "strmap.h"
#include "tagger_model.h"

#include <string.h>

/* The word id under which a TABARI root's patterns are indexed for token
 * i (its written form or a lemma), or ACTA_NO_WORD.  placed: i stands
 * where a verb stands; else a pattern's words before it must be there
 * ("IN_ * [075]" makes "was in accord" a verb). */
static uint32_t tabari_root_key(const acta_dict *d, const struct acta_work *w,
                                uint32_t i, uint32_t lo, int placed) {
  const acta_token *tk = &w->toks.v[i];
  const uint32_t keys[3] = {tk->word, tk->vlemma, tk->nlemma};
  for (int k = 0; k < 3; k++) {
    uint32_t pi;
    if (keys[k] == ACTA_NO_WORD || !acta_u64map_get(&d->verb_pats, keys[k], &pi))
      continue;
    for (;;) {
      const acta_pattern *p = &d->pats[pi];
      if (p->exact == 2 && (placed || acta_pre_words_fit(d, w, p, i, lo))) return keys[k];
      if (!p->next) break;
      pi = p->next - 1;
    }
  }
  return ACTA_NO_WORD;
}

uint32_t acta_tabari_stem_verb(const acta_dict *d, const struct acta_work *w, uint32_t i) {
  if (!d->tabari_stem_verbs.nslots) return ACTA_NO_WORD;
  const char *x = norm(w, i);
  uint32_t v;
  for (size_t k = w->toks.v[i].norm_len; k >= 3; k--)
    if (acta_u64map_get(&d->tabari_stem_verbs, acta_hash(x, k), &v)) return v;
  return ACTA_NO_WORD;
}

/* Is token i a "have" auxiliary, or one followed by adverbs up to i? */
static int after_have(const acta_dict *d, const struct acta_work *w,
                      uint32_t first, uint32_t i) {
  uint32_t j = i;
  while (j > first && w->toks.v[j - 1].tag == P_ADV) j--;
  if (j == first) return 0;
  const acta_token *a = &w->toks.v[j - 1];
  return a->tag == P_AUX && a->word != ACTA_NO_WORD &&
         d->info[a->word].closed == CC_HAVE;
}

void acta_tabari_verbs(const acta_dict *d, struct acta_work *w,
                       const acta_sentence *s) {
  /* the phrase matches lie in text order, none overlapping: one walk */
  size_t k = 0;
  for (uint32_t i = s->first + 1; i < s->last; i++) {
    while (k < w->nmatches && w->matches[k].last < i) k++;
    const match *m = k < w->nmatches ? &w->matches[k] : NULL;
    if (m && m->first <= i && i < m->last) continue; /* inside a phrase */
    acta_token *tk = &w->toks.v[i];
    /* a determiner makes it a noun ("was in an accord": no ACCORD) */
    int after_det =
        is_word(w, i - 1, w->cw->w_the) || is_word(w, i - 1, w->cw->w_a) ||
        is_word(w, i - 1, w->cw->w_an);
    if (after_det && tk->tag == P_VERB && d->tabari) {
      /* ... even one the tagger read as a verb ("is about the restore") */
      tk->tag = P_NOUN;
      tk->penn = PT_NN;
      acta_trace(w, " TABARI noun \"%s\" (a verb after a determiner)\n", norm(w, i));
      continue;
    }
    if (tk->tag != P_NOUN && tk->tag != P_ADJ) continue;
    if (after_det) continue;
    int have = after_have(d, w, s->first, i);
    int after_actor = m && m->last == i && m->e->kind != ENT_DISCARD;
    int after_conj = is_and_or(w, i - 1);
    /* with TABARI's own files, any noun that is a root's form ("no new
     * sign with Gondor", "daylight raids"), as TABARI reads its verb words */
    int noun = d->tabari && tk->tag == P_NOUN;
    uint32_t key = tabari_root_key(d, w, i, s->first, have || after_actor || after_conj || noun);
    if (key == ACTA_NO_WORD && noun) key = acta_tabari_stem_verb(d, w, i);
    if (key == ACTA_NO_WORD) continue;
    tk->tag = P_VERB;
    tk->penn = have ? PT_VBN : PT_VBZ;
    if (tk->vlemma == ACTA_NO_WORD && key != tk->word) {
      tk->vlemma = key;
      tk->heads = 0; /* (the memo's bits were not asked of this lemma) */
    }
    acta_trace(w, " TABARI verb \"%s\" (tagged as a noun or adjective)\n", norm(w, i));
  }
}
