/* SPDX-License-Identifier: MIT */
/* verb_lists.c: a list of past forms of verbs joined by commas and a last
 * "and" or "or" takes one tag for all its members (prec47c).  The tagger
 * reads each member by its neighbours, so a list of acts comes out mixed:
 * "Police in Tegucigalpa arrested, tortured and killed three students" as
 * VBN (a reduced relative: a passive with no agent), JJ and VBD;
 * "a gang abducted and murdered a boy" as NN and VBN; "were held
 * without charge and tortured for days" as VBN and JJ.
 * A member read as an adjective or noun made no verb group, one read as a
 * participle no active verb, and its act was lost (or kept without its
 * doer).
 *
 * The list's members are past forms of verbs (inflected forms of a verb
 * lemma, no "-ing" nor "-s"), not in a dictionary phrase (lock), at
 * least two, the last after "and"/"or" (an adverb may stand after it:
 * "and later released").  Two readings are sure by what stands before
 * the first member (past one or two adverbs):
 *  - an auxiliary ("were detained and tortured", "have since splintered
 *    and expanded"): a member read as an adjective or a noun is a
 *    participle (VBN), but a last member with an object after it ("was
 *    robbed or lost his wallet": its own active verb); a member read
 *    as a verb keeps its tag (a past tense after "and" may be active:
 *    "were cornered and surrendered to the navy"; clauses.c's
 *    coordinated_participle judges it);
 *  - the subject (a noun, a name, a subject pronoun, or a relative word:
 *    "which kidnapped, tortured and killed dozens") with the object
 *    right after the last member (a determiner, number, pronoun, name,
 *    noun, adjective or possessive that opens no phrase of time: "the
 *    suspects arrested and charged last week" is a reduced relative), and
 *    no finite verb in the words after it up to the clause's end within
 *    CLAUSE_REACH ("the men arrested and charged two days ago appeared in
 *    court"): every member is a past tense (VBD).
 * Anything else (the list after a determiner, "the burned and
 * mutilated remains"; after a comma or a verb; with no object after it)
 * keeps the tagger's tags.  Body text only, acta's own dictionaries, no
 * parse (as tag_fixes.c); reads and rewrites the tokens' tag and penn,
 * before the mentions and verb groups are found.  Each "and" looks back
 * over at most LIST_MEMBERS members and forward over CLAUSE_REACH tokens:
 * linear in the sentence. */
#include "coder_internal.h"
#include "tagger_model.h" /* (PT_*) */
#include "vocab.h"

/* How many members a list may have (past that it keeps its tags). */
#define LIST_MEMBERS 8
/* How far after the last member a finite verb makes the list a reduced
 * relative on the subject of that verb. */
#define CLAUSE_REACH 10

/* Is token i a past form of a verb: an inflected form of a verb lemma (not
 * the lemma itself: "beat", "cut"), outside a dictionary phrase, neither
 * an "-ing" form nor a third person's "-s" ("tortured", "beaten",
 * "shot")?  The tagger's model has too few counts to say (it has seen
 * "tortured" once, as an adjective). */
static int past_form(const struct acta_work *w, uint32_t i) {
  const acta_token *tk = &w->toks.v[i];
  if (tk->kind != TK_WORD || tk->lock || tk->vlemma == ACTA_NO_WORD || tk->vlemma == tk->word ||
      tk->tag == P_AUX || tk->tag == P_MODAL)
    return 0;
  return !tok_ends(w, i, "ing") && !tok_ends(w, i, "s");
}

/* Does token i open an object: a determiner, number, pronoun, name, noun,
 * adjective or possessive, not a phrase of time ("last week", "this
 * month", "Tuesday") nor a reflexive ("themselves")? */
static int opens_object(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  if (i >= s->last) return 0;
  const acta_token *t = &w->toks.v[i];
  if (!(t->tag == P_DET || t->tag == P_NUM || t->tag == P_PRON || t->tag == P_PROPN ||
        t->tag == P_NOUN || t->tag == P_ADJ || t->tag == P_POSS))
    return 0;
  if (tok_in(w, i, WL_TIME_NOUN) || is_vocab(w, i, V_LAST) || is_vocab(w, i, V_NEXT))
    return 0;
  /* (mend47c: not a reflexive, which the last member's own dictionary
   * pattern reads: "shot and killed themselves" is no act on another) */
  if (tok_in4(w, i, WL4_SELF_WORD)) return 0;
  if ((t->tag == P_DET || t->tag == P_ADJ || t->tag == P_NUM) && i + 1 < s->last &&
      tok_in(w, i + 1, WL_TIME_NOUN))
    return 0;
  return 1;
}

/* Is there a finite verb (a past or present tense, an auxiliary or a
 * modal) in the CLAUSE_REACH tokens from i, before punctuation, a
 * conjunction or a word that opens a clause? */
static int finite_verb_after(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  for (uint32_t k = i; k < s->last && k < i + CLAUSE_REACH; k++) {
    const acta_token *t = &w->toks.v[k];
    if (t->kind == TK_PUNCT || t->tag == P_CONJ || t->tag == P_WH || t->tag == P_THAT ||
        t->tag == P_SUBORD)
      return 0;
    if (t->tag == P_AUX || t->tag == P_MODAL) return 1;
    if (t->tag == P_VERB && (t->penn == PT_VBD || t->penn == PT_VBZ || t->penn == PT_VBP))
      return 1;
  }
  return 0;
}

/* Does token i stand where a subject ends right before its verb: a noun,
 * a name, a subject pronoun, or a relative word? */
static int subject_end(const struct acta_work *w, uint32_t i) {
  const acta_token *t = &w->toks.v[i];
  if (t->tag == P_NOUN || t->tag == P_PROPN) return 1;
  if (t->tag == P_PRON) return tok_in(w, i, WL_PRON_THIRD) || tok_in(w, i, WL_PRON_FIRST);
  return t->tag == P_WH || t->tag == P_THAT;
}

/* prec48b: is one of the n members at mem of a verb that needs an object
 * ("kidnapped", "killed", "charged": WL_OBJECT_PARTICIPLE; "abducted and
 * raped")? */
static int needs_objects(const struct acta_work *w, const uint32_t *mem, int n) {
  for (int k = 0; k < n; k++)
    if (tok_in(w, mem[k], WL_OBJECT_PARTICIPLE)) return 1;
  return 0;
}

/* prec48b: does the subject's own verb come at token i, past phrases of
 * time or place ("last month", "in March", "on the road to Leon"): an
 * auxiliary, a modal or a tense within CLAUSE_REACH, only a preposition's
 * or a time phrase's words before it?  Then a list of participles of verbs
 * that need an object, right after the subject with none after it, is a
 * reduced relative on the subject ("The men kidnapped and killed last
 * month were buried"): each member a passive participle. */
static int subject_verb_after(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  for (uint32_t k = i; k < s->last && k < i + CLAUSE_REACH; k++) {
    const acta_token *t = &w->toks.v[k];
    if (t->tag == P_AUX || t->tag == P_MODAL) return 1;
    if (t->tag == P_VERB) return t->penn == PT_VBD || t->penn == PT_VBZ || t->penn == PT_VBP;
    if (k == i && !(t->tag == P_PREP || t->tag == P_DET || t->tag == P_ADJ ||
                    tok_in(w, k, WL_TIME_NOUN)))
      return 0;
    if (!(t->tag == P_PREP || t->tag == P_DET || t->tag == P_ADJ || t->tag == P_NOUN ||
          t->tag == P_PROPN || t->tag == P_NUM || t->tag == P_POSS))
      return 0;
  }
  return 0;
}

static void set_tag(acta_token *t, int penn) {
  t->tag = P_VERB;
  t->penn = (uint8_t)penn;
}

void acta_verb_lists(struct acta_work *w, const acta_sentence *s) {
  acta_token *v = w->toks.v;
  for (uint32_t c = s->first + 1; c + 1 < s->last; c++) {
    if (v[c].vocab != V_AND && v[c].vocab != V_OR) continue;
    uint32_t lastm = c + 1;
    if (v[lastm].tag == P_ADV && lastm + 1 < s->last) lastm++;
    if (!past_form(w, lastm)) continue;
    uint32_t p = c - 1;
    if (is_punct(w, p, ',') && p > s->first) p--; /* "tortured, and killed" */
    if (!past_form(w, p)) continue;
    uint32_t mem[LIST_MEMBERS];
    int n = 0;
    mem[n++] = lastm;
    mem[n++] = p;
    while (p >= s->first + 2 && is_punct(w, p - 1, ',') && past_form(w, p - 2)) {
      if (n == LIST_MEMBERS) {
        n = 0;
        break;
      }
      p -= 2;
      mem[n++] = p;
    }
    c = lastm;
    if (!n) continue;
    int mixed = 0;
    for (int k = 1; k < n; k++)
      if (v[mem[k]].tag != v[mem[0]].tag || v[mem[k]].penn != v[mem[0]].penn) mixed = 1;
    uint32_t q = p; /* the first member; before it, past adverbs */
    for (int a = 0; a < 2 && q > s->first && v[q - 1].tag == P_ADV; a++) q--;
    if (q == s->first) continue;
    uint32_t lc = q - 1;
    int object = opens_object(w, s, lastm + 1);
    /* prec48b: a reduced relative, mixed or not */
    if (q == p && (v[lc].tag == P_NOUN || v[lc].tag == P_PROPN) && !object &&
        needs_objects(w, mem, n) && subject_verb_after(w, s, lastm + 1)) {
      for (int k = 0; k < n; k++)
        if (v[mem[k]].tag != P_VERB || v[mem[k]].penn != PT_VBN) set_tag(&v[mem[k]], PT_VBN);
      continue;
    }
    if (!mixed) continue;
    if (v[lc].tag == P_AUX) {
      for (int k = object ? 1 : 0; k < n; k++)
        if (v[mem[k]].tag != P_VERB) set_tag(&v[mem[k]], PT_VBN);
    } else if (subject_end(w, lc) && object && !finite_verb_after(w, s, lastm + 1)) {
      for (int k = 0; k < n; k++) set_tag(&v[mem[k]], PT_VBD);
    }
  }
}
