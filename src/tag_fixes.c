/* tag_fixes.c: corrections of the tagger's part of speech, run right after
 * acta_tag on a sentence of body text (not a title-case headline, not under
 * a parse, not in KEDS/TABARI's clauses), for words read as verbs: four
 * tests, three of which say by the sentence's shape that the word is no
 * verb (a name's word, a noun after "the", a noun read as an "-ing" form;
 * nouns36, prec37c) and one that a base form is a present (prec37c); and
 * one that a noun before a count is a present (prec46g).  A
 * pass of its own, apart from the tagger's model and its last pass
 * (tagger.c class_pass). */
#include <string.h>

#include "dict.h"
#include "tagger_model.h"
#include "vocab.h"

static int is_word(const acta_token *k) { return k->kind == TK_WORD; }

/* A capitalised word that continues a name: not the sentence's first, not
 * in capitals throughout (an acronym, a shouted word). */
static int cap_word(const acta_token *k) {
  return is_word(k) && (k->flags & TF_CAP) && !(k->flags & TF_ALLCAPS) &&
         !(k->flags & TF_SENT_START);
}

/* Does a run of capitalised words go on after token i: the next word is
 * capitalised ("Mata Zetas"), or a short function word and then a
 * capitalised one ("Kill the Nasty", "Fight for Justice")? */
static int name_goes_on(const acta_tokens *t, uint32_t i, uint32_t last) {
  if (i + 1 >= last) return 0;
  const acta_token *n = &t->v[i + 1];
  if (cap_word(n)) return 1;
  if (i + 2 >= last || !is_word(n) || (n->flags & TF_CAP)) return 0;
  int v = n->vocab;
  return (v == V_THE || v == V_OF || v == V_AND || v == V_FOR) && cap_word(&t->v[i + 2]);
}

/* Is token i, tagged a verb and capitalised in the middle of the sentence,
 * a word of a name: a run of capitalised words goes on after it
 * ("laundering Kill the Nasty's earnings", "a gang called \"Kill the
 * Nasty\"", "the Unit to Dismantle Criminal Gangs")?  Prose capitalises
 * no verb there.  Not after a colon, a dash or a semicolon, which may open
 * a sentence of their own, nor after a quote or bracket that opens the
 * sentence; not when the words after it are in lower case (a section
 * heading run into the sentence after it: "... The Coca Stronghold
 * According to a recent report", "Following the incident"; an order
 * quoted: "\"Kill them all\""). */
static int verb_in_name(const acta_tokens *t, uint32_t i, uint32_t first, uint32_t last) {
  const acta_token *k = &t->v[i];
  if (k->tag != P_VERB || !cap_word(k) || i == first || !name_goes_on(t, i, last)) return 0;
  const acta_token *p = &t->v[i - 1];
  if (is_word(p)) return 1;
  if (p->kind != TK_PUNCT) return 0;
  if (p->punct == ',') return 1;
  return (p->punct == '"' || p->punct == '(' || p->punct == '\'') && i - 1 > first;
}

/* Is token i, a base or present form tagged a verb, right after "the" or a
 * possessive determiner ("the kill team", "their demand was not met", "its
 * support")?  Those open a noun phrase, and no verb follows them (not
 * "these", "those", "this", which may stand alone as a subject: "Those
 * support the plan"; not "her", also an object: "helped her escape").
 * (tagger.c's class_pass reads a verb after "a" or "an" as a noun.) */
static int verb_after_the(const acta_tokens *t, uint32_t i, uint32_t first) {
  const acta_token *k = &t->v[i];
  if (k->tag != P_VERB || (k->penn != PT_VB && k->penn != PT_VBP) || i == first) return 0;
  int v = t->v[i - 1].vocab;
  return v == V_THE || v == V_THEIR || v == V_ITS || v == V_HIS || v == V_OUR ||
         v == V_MY || v == V_YOUR;
}

/* prec37c: is token i tagged an "-ing" form though it is its own verb
 * lemma ("sting", "ring", "string": no "-ing" of a verb), right after a
 * word of a noun phrase (a determiner, adjective, noun, number or
 * possessive: "an army sting", "the smuggling ring", "a string
 * of attacks")?  The tagger guessed the form from its ending; it heads
 * that noun phrase. */
static int base_read_as_ing(const acta_tokens *t, uint32_t i, uint32_t first) {
  const acta_token *k = &t->v[i];
  if (k->penn != PT_VBG || k->vlemma == ACTA_NO_WORD || k->vlemma != k->word || i == first)
    return 0;
  int p = t->v[i - 1].tag;
  return p == P_DET || p == P_ADJ || p == P_NOUN || p == P_PROPN || p == P_NUM || p == P_POSS;
}

/* prec37c: is token i a base form tagged VB after one to three adverbs
 * right after an "-ing" form ("loggers working the reserve illegally
 * often burn the cleared land")?  No bare infinitive follows an "-ing"
 * form and its adverbs (a causative has its object between: "making them
 * pay"), so the base form is a present whose subject stands before, a
 * VBP.  But for "helping", which takes one ("helping quietly fund the
 * militia"; mend37cd). */
static int present_after_ing(const acta_tokens *t, uint32_t i, uint32_t first,
                             uint32_t help_lemma) {
  const acta_token *k = &t->v[i];
  if (k->penn != PT_VB || i < first + 2) return 0;
  uint32_t q = i;
  for (int n = 0; n < 3 && q > first && t->v[q - 1].tag == P_ADV; n++) q--;
  if (q == i || q == first) return 0;
  const acta_token *ing = &t->v[q - 1];
  if (ing->tag != P_VERB || ing->penn != PT_VBG) return 0;
  return help_lemma == ACTA_NO_WORD || ing->vlemma != help_lemma;
}

/* prec41e: is token i an "-ing" form right after "and" or "or" whose left
 * member is a common noun after a determiner, an adjective, a noun or a
 * preposition, with nothing after it but punctuation ("the cause was a
 * quarrel or stabbing.", "a spate of theft and kidnapping,")?  It is the
 * list's second noun: no verb takes no object there.  mend41e: the noun
 * inside a prepositional phrase -- a preposition at most four tokens
 * before it, no verb between ("were surrounding the town and attacking."
 * keeps its verb). */
static int ing_noun_member(const acta_tokens *t, uint32_t i, uint32_t first, uint32_t last) {
  const acta_token *k = &t->v[i];
  if (k->penn != PT_VBG || i < first + 3) return 0;
  if (i + 1 < last && t->v[i + 1].kind != TK_PUNCT) return 0;
  int c = t->v[i - 1].vocab;
  if (c != V_AND && c != V_OR) return 0;
  const acta_token *n = &t->v[i - 2];
  if (n->tag != P_NOUN || (n->penn != PT_NN && n->penn != PT_NNS)) return 0;
  int p = t->v[i - 3].tag;
  if (p != P_DET && p != P_ADJ && p != P_NOUN && p != P_PREP) return 0;
  for (uint32_t q = i - 2; q > first && i - 2 - q < 4; q--) {
    int tq = t->v[q - 1].tag;
    if (tq == P_PREP) return 1;
    if (tq == P_VERB || tq == P_AUX || tq == P_MODAL) return 0;
  }
  return 0;
}

/* prec46g: is token i, a base-form noun that is its own verb lemma, the
 * present of a news-style sentence ("Honduran police arrest two brothers
 * wanted for murder")?  Right after a noun (the subject's head) with no
 * verb before it in the sentence, right before a count and a noun, and
 * the next verb a bare past form right after a noun: the tagger read the
 * subject and "arrest" as one noun phrase and the participle after the
 * object ("wanted") as the sentence's verb.  Returns that participle's
 * token, else UINT32_MAX. */
static uint32_t present_before_count(const acta_tokens *t, uint32_t i, uint32_t first,
                                     uint32_t last) {
  /* (the caller asks only while no verb stands before i) */
  const acta_token *k = &t->v[i];
  if (k->penn != PT_NN || k->lock || k->vlemma == ACTA_NO_WORD || k->vlemma != k->word ||
      i == first || i + 3 >= last)
    return UINT32_MAX;
  const acta_token *p = &t->v[i - 1], *n = &t->v[i + 1];
  if (p->tag != P_NOUN || n->tag != P_NUM || t->v[i + 2].tag != P_NOUN) return UINT32_MAX;
  uint32_t q = i + 2;
  while (q < last && q < i + 6 && t->v[q].tag == P_NOUN) q++;
  if (q >= last || t->v[q].tag != P_VERB || t->v[q].penn != PT_VBD || t->v[q].lock ||
      !(q + 1 < last && (t->v[q + 1].tag == P_PREP || t->v[q + 1].tag == P_TO)))
    return UINT32_MAX;
  return q;
}

/* the words between "at" and the possessive before an "-ing" form */
#define AT_PHRASE_REACH 6

/* prec48e: is token i an "-ing" form right after a possessive ("'s",
 * "his", "their", ...) or "the" in a phrase opened by "at" or "upon" ("acted
 * at the gang's urging", "at his prodding", "upon their bidding")?  Such a
 * phrase names on whose word one acted: a noun, no act told. */
static int ing_after_at_possessive(const acta_tokens *t, uint32_t i, uint32_t first) {
  const acta_token *k = &t->v[i];
  if (k->penn != PT_VBG || i < first + 2) return 0;
  int pv = t->v[i - 1].vocab;
  if (t->v[i - 1].tag != P_POSS && pv != V_THE && pv != V_THEIR && pv != V_ITS &&
      pv != V_HIS && pv != V_HER && pv != V_OUR && pv != V_MY && pv != V_YOUR)
    return 0;
  for (uint32_t q = i - 1, n = 0; q > first && n < AT_PHRASE_REACH; n++) {
    q--;
    int c = t->v[q].vocab;
    if (c == V_AT || c == V_UPON) return 1;
    int tg = t->v[q].tag;
    if (tg != P_DET && tg != P_NOUN && tg != P_PROPN && tg != P_ADJ && tg != P_POSS) return 0;
  }
  return 0;
}

/* The fixes of token i, tagged a verb and not locked. */
static __attribute__((noinline)) void fix_verb(acta_tokens *t, uint32_t i, uint32_t first,
                                               uint32_t last, uint32_t help_lemma) {
  acta_token *k = &t->v[i];
  if (verb_in_name(t, i, first, last)) {
    k->tag = P_PROPN;
    k->penn = PT_NNP;
  } else if (verb_after_the(t, i, first) || base_read_as_ing(t, i, first) /* prec37c */ ||
             ing_noun_member(t, i, first, last) /* prec41e */ ||
             ing_after_at_possessive(t, i, first) /* prec48e */) {
    k->tag = P_NOUN;
    k->penn = PT_NN;
  } else if (present_after_ing(t, i, first, help_lemma)) { /* prec37c */
    k->penn = PT_VBP;
  }
}

void acta_tag_fixes(acta_tokens *t, uint32_t first, uint32_t last, uint32_t help_lemma) {
  /* (every test asks for a verb first: speed39a, the walk to the verbs
   * apart, in a loop of a few instructions a token, the tests called) */
  const acta_token *v = t->v;
  int verb_before = 0; /* (prec46g: a verb, auxiliary or modal before i) */
  for (uint32_t i = first; i < last; i++) {
    if (v[i].tag == P_VERB && !v[i].lock) {
      fix_verb(t, i, first, last, help_lemma);
    } else if (!verb_before && v[i].tag == P_NOUN && i + 1 < last && v[i + 1].tag == P_NUM) {
      uint32_t q = present_before_count(t, i, first, last); /* prec46g */
      if (q != UINT32_MAX) {
        t->v[i].tag = P_VERB;
        t->v[i].penn = PT_VBP;
        t->v[q].penn = PT_VBN;
      }
    }
    if (v[i].tag == P_VERB || v[i].tag == P_AUX || v[i].tag == P_MODAL) verb_before = 1;
  }
}
