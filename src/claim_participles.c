/* SPDX-License-Identifier: MIT */
/* claim_participles.c: the past participle of a verb of suspicion or claim
 * before the noun it qualifies, read as an adjective (prec37d).  The tagger
 * reads "suspected" in "A week after the raid, suspected members of a street
 * gang attacked a checkpoint" as a participle (VBN), so it framed the rest
 * of the sentence as a suspicion with no speaker and its act came out
 * hedged.  Only the doer is suspected there; the act is told as done.  A bare
 * participle "suspected" or "alleged" (the only two data/events.txt makes
 * reporting verbs among the words of the kind), of a reporting verb that hedges or alleges (data/events.txt "~--- suspect
 * hedged", "~112 allege alleged"; mend37cd), right before a common noun or
 * an adjective, after the sentence's start, punctuation, a determiner, a
 * number, a preposition or a conjunction ("nine alleged members", "of
 * suspected traffickers"), is an adjective (JJ).  Not after a noun or a name
 * ("police suspected members of the gang": a verb) nor before a name ("...,
 * alleged Juan Perez").  Also (prec41a) a participle that says a person is
 * held, sought or gone (WL6_HELD_PARTICIPLE: "jailed", "wanted", "exiled")
 * that the tagger read as a verb right after another verb, a determiner or
 * a number that counts the object (mend41a), before an adjective or a
 * common noun: "a prisoner stabbed jailed ex-mayor X", "expelled two
 * wanted guerrillas to Peru" -- it qualifies the person acted on, who is
 * the verb's object.  Not after a form of "be", "get" or "become" ("got
 * detained Tuesday"), nor the last verb of a relative clause ("deputies
 * who responded detained ...": mend41a), nor after a year or a date
 * ("in 2014 extradited ..."), a noun, "and" or a comma (a verb of its own:
 * "stormed the warehouse and detained gang members").  Rewrites tags before the mentions and verb
 * groups are found (acta's own dictionaries, no parse given). */
#include <ctype.h>
#include <string.h>

#include "coder_internal.h"
#include "tagger_model.h"

/* prec41a: may token i, a verb, take the phrase after it as its object:
 * a verb with a lemma that is no linking verb nor a passive's "get"
 * ("got detained Tuesday")? */
static int object_verb(const struct acta_work *w, uint32_t i) {
  const acta_token *b = &w->toks.v[i];
  return b->tag == P_VERB && b->vlemma != ACTA_NO_WORD &&
         !acta_lemma_in2(w->cw, b->vlemma, WL2_LINKING_VERB) &&
         !acta_lemma_in6(w->cw, b->vlemma, (uint32_t)WL6_LINK_PASSIVE_VERB);
}

/* How far back a relative word may open the clause of the verb before a
 * held participle ("the men whose truck the army seized"). */
#define RELATIVE_REACH 8

/* mend41a: is verb token b the last verb of a relative clause that "who",
 * "whom", "whose", "which" or a "that" after no verb opens ("Officers who
 * intervened detained ...": the participle is the main verb, not its
 * object's adjective)?  Back from b over no verb and no punctuation. */
static int ends_relative_clause(const struct acta_work *w, const acta_sentence *s, uint32_t b) {
  for (uint32_t k = b; k > s->first && b - k < RELATIVE_REACH; k--) {
    const acta_token *t = &w->toks.v[k - 1];
    if (t->kind == TK_PUNCT || t->tag == P_VERB) return 0;
    if (t->tag == P_WH && (t->penn == PT_WP || t->penn == PT_WDT || t->penn == PT_WPS)) return 1;
    /* (a "that" after a verb opens what was said: "said that an inmate
     * stabbed jailed ...") */
    if (t->tag == P_THAT) return !(k - 1 > s->first && w->toks.v[k - 2].tag == P_VERB);
  }
  return 0;
}

/* mend41a: is token n, a number, a count of the phrase after it right
 * after a verb that takes it as its object or a determiner ("deported four
 * wanted rebels", "the two kidnapped men"): not a year ("in 2008
 * extradited") nor a date's day ("on March 5 convicted")? */
static int counts_object(const struct acta_work *w, const acta_sentence *s, uint32_t n) {
  const char *t = norm(w, n);
  if (strlen(t) == 4 && isdigit((unsigned char)t[0]) && isdigit((unsigned char)t[3])) return 0;
  if (n == s->first) return 0;
  return w->toks.v[n - 1].tag == P_DET || object_verb(w, n - 1);
}

/* prec41a: token q (a verb's past form) says a person is held or sought
 * and qualifies the noun after it (above): tag it an adjective. */
static void held_participle(struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (q == s->first || !tok_in6(w, q, WL6_HELD_PARTICIPLE)) return;
  unsigned next = w->toks.v[q + 1].tag;
  if (next != P_NOUN && next != P_ADJ) return;
  const acta_token *b = &w->toks.v[q - 1];
  if (b->tag == P_VERB) {
    if (!object_verb(w, q - 1) || ends_relative_clause(w, s, q - 1)) return;
  } else if (b->tag == P_NUM) {
    if (!counts_object(w, s, q - 1)) return;
  } else if (b->tag != P_DET) {
    return;
  }
  acta_token *tk = &w->toks.v[q];
  tk->tag = P_ADJ;
  tk->penn = PT_JJ;
}

void acta_claim_participles(const acta_dict *d, struct acta_work *w, const acta_sentence *s) {
  for (uint32_t q = s->first; q + 1 < s->last; q++) {
    acta_token *tk = &w->toks.v[q];
    /* (prec41a: "four wanted rebels", read as a past tense too) */
    if (tk->tag == P_VERB && (tk->penn == PT_VBN || tk->penn == PT_VBD) && !tk->lock)
      held_participle(w, s, q);
    if (tk->tag != P_VERB || tk->penn != PT_VBN || tk->lock || tk->vlemma == ACTA_NO_WORD)
      continue;
    /* (mend37cd: a closed list; not every hedging or alleging verb, as
     * "charged" in "arrested and charged gang members with extortion") */
    if (!is_word(w, q, w->cw->w_suspected) && !is_word(w, q, w->cw->w_alleged)) continue;
    unsigned next = w->toks.v[q + 1].tag;
    if (next != P_NOUN && next != P_ADJ) continue;
    if (q > s->first) {
      const acta_token *b = &w->toks.v[q - 1];
      if (!(b->kind == TK_PUNCT || b->tag == P_DET || b->tag == P_NUM || b->tag == P_PREP ||
            b->tag == P_CONJ))
        continue;
    }
    uint32_t ci;
    if (!acta_u64map_get(&d->report, tk->vlemma, &ci)) continue;
    int status = (int)(ci >> 24);
    if (status != ACTA_HEDGED && status != ACTA_ALLEGED) continue;
    tk->tag = P_ADJ;
    tk->penn = PT_JJ;
  }
}
