/* SPDX-License-Identifier: MIT */
/* target_reach.c: a target slot that read past its own act (claims35).
 * The one who asked for or ordered an act is not its target.  "seized the ranch at the request of the US Treasury
 * Department", "raided the offices on the orders of the attorney
 * general", "extradited the brothers at Washington's request": the actor
 * after "at the request of" (WL6_REQUEST_PREP, WL6_REQUEST_NOUN) asked;
 * the act's target is what was seized or its owner, and when the pattern's
 * target slot reached past the object to the requester, no target is
 * better.  A concession (CAMEO root 08: "withdrew its troops at the
 * request of the UN") yields to the one who asked and keeps it.  Bounded
 * look: a few tokens before the mention and the mention's own words.
 * Nor is the object of a second verb joined by "and" or "or" after the
 * first verb's own object ("froze all of his assets and prohibited
 * American businesses from dealing with him": the businesses are the
 * prohibition's; the freeze's is the owner "his", found later by
 * object_refs.c's acta_owner_target).  Bounded looks: a few tokens before
 * the mention, the mention's own words, and at most TARGET_REACH tokens
 * between the verb and its target.
 * Nor, for an act of force or coercion, is an actor named inside a
 * relative clause ("that", "which", "who", "whom") on the verb's own
 * object (prec37b: "seized 40 rifles that the army says were stolen by
 * the rebels"): the clause's; the same bounded pass as the second verb's.
 * An event noun's target after its own object, a comma and an "-ing"
 * verb of taking into custody is that verb's too (nominal45).
 * Nor (prec46b) is an actor after a preposition of place past a name no
 * dictionary codes, the verb's own object ("attacked Ramon Quispe in the
 * army barracks": where, not whom).
 * docs/conventions.md "The one who asked for an act", "A target slot
 * past a second verb", "A target inside a relative clause", "A place
 * after the object's name". */
#include "coder_internal.h"
#include "vocab.h"
#include "tagger_model.h"

/* How many adjectives or determiners may stand between the preposition
 * and the noun ("at the specific request of"). */
#define REQUEST_MODS 2

/* Is there "at/on/under (the) (adjective) NOUN" ending right before token
 * e (the noun at e - 1)? */
static int request_phrase_before(const struct acta_work *w, const acta_sentence *s, uint32_t e) {
  if (e < s->first + 2 || !tok_in6(w, e - 1, WL6_REQUEST_NOUN)) return 0;
  uint32_t q = e - 1;
  for (int n = 0; q > s->first && n <= REQUEST_MODS; n++) {
    q--;
    if (tok_in6(w, q, WL6_REQUEST_PREP)) return 1;
    int t = w->toks.v[q].tag;
    if (t != P_DET && t != P_ADJ) return 0;
  }
  return 0;
}

int32_t acta_requester_target(struct acta_work *w, const acta_sentence *s, int32_t tgt,
                              const char *code) {
  if (tgt == NO || !strncmp(code, "08", 2)) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  uint32_t f = m->first;
  /* "at the request of X" */
  int asked = f >= s->first + 3 && is_word(w, f - 1, w->cw->w_of) &&
              request_phrase_before(w, s, f - 1);
  /* "at X's request", "at the US government's request" */
  if (!asked && m->last >= f + 3 && w->toks.v[m->last - 2].tag == P_POSS &&
      tok_in6(w, m->last - 1, WL6_REQUEST_NOUN) && f > s->first &&
      tok_in6(w, f - 1, WL6_REQUEST_PREP))
    asked = 1;
  /* the phrase as the mention's own words: "on the orders of the attorney
   * general" */
  if (!asked && f > s->first && tok_in6(w, f - 1, WL6_REQUEST_PREP)) {
    uint32_t q = f;
    while (q < m->last && q < f + REQUEST_MODS &&
           (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_ADJ))
      q++;
    asked = q + 2 < m->last && tok_in6(w, q, WL6_REQUEST_NOUN) && is_word(w, q + 1, w->cw->w_of);
  }
  if (!asked) return tgt;
  acta_trace(w, "  target %s: who asked for the act (\"at the request of\"), no target\n",
             m->code);
  return NO;
}

/* How many tokens after its verb a target is looked at for a second verb
 * before it. */
#define TARGET_REACH 40

/* The verb group of its own (no "to", no participle said of a noun
 * before it) that starts at token r, after at most two adverbs ("and
 * thereby prohibiting", "and then detained"), before end; NULL if none. */
static const vgroup *verb_starts(const struct acta_work *w, uint32_t r, uint32_t end) {
  for (int n = 0; r < end && n < 2 && w->toks.v[r].tag == P_ADV && w->tok_vg[r] == NO; n++) r++;
  if (r >= end || w->tok_vg[r] == NO) return NULL;
  const vgroup *h = &w->vgs[w->tok_vg[r]];
  return h->first == r && !h->to_inf ? h : NULL;
}

/* Is token q the relative word of a clause on the noun right before it
 * ("the gang that killed", "the rifles which", "the men who", "whom";
 * tagged as one, not a determiner "that")? */
static int relative_word(const struct acta_work *w, uint32_t q) {
  int t = w->toks.v[q].tag;
  return (t == P_WH || t == P_THAT) && tok_in2(w, q, WL2_RELATIVE_PRONOUN) &&
         (w->toks.v[q - 1].tag == P_NOUN || w->toks.v[q - 1].tag == P_PROPN);
}

/* prec48e: does the relative word at token q surely open a relative
 * clause, not what a noun says: "which", "who" or "whom", or "that" with
 * a verb right after it (adverbs between: "reforms that would link", "a
 * law that lets police ..."; "concern that the government ..." has a
 * subject after its "that")?  Then an actor inside is the clause's, for an
 * act of any kind. */
static int subject_relative(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  static const char *const wh[] = {"which", "who", "whom", NULL};
  if (norm_one_of(w, q, wh)) return 1;
  uint32_t r = q + 1;
  while (r < s->last && r < q + 3 && w->toks.v[r].tag == P_ADV) r++;
  if (r >= s->last) return 0;
  int t = w->toks.v[r].tag;
  return t == P_MODAL || t == P_AUX || (t == P_VERB && w->tok_vg[r] != NO);
}

/* Is there punctuation among tokens (q, f)?  (The clause ends there.) */
static int punct_between(const struct acta_work *w, uint32_t q, uint32_t f) {
  for (uint32_t r = q + 1; r < f; r++)
    if (w->toks.v[r].kind == TK_PUNCT) return 1;
  return 0;
}

/* prec45e, mend45e: is the verb at token h one of taking people into
 * custody ("arresting", "detaining", "capturing": WL5_HOLD_VERB), whose
 * people are its own, never the first act's target?  Other "-ing" verbs
 * mostly tell whom that act struck or aimed at ("imposed sanctions on
 * Tuesday, targeting five banks", ", singling out two generals", ",
 * hitting oil exporters", ", killing nine civilians"): their actor stays
 * the act's target. */
static int takes_custody(const struct acta_work *w, uint32_t h) {
  uint32_t l = w->toks.v[h].vlemma;
  return l != ACTA_NO_WORD && acta_lemma_in5(w->cw, l, (uint32_t)WL5_HOLD_VERB);
}

/* Does an "-ing" clause of taking into custody start after a comma at
 * token q, before the target's first token f (", arresting seven people",
 * ", then detaining")? */
static int custody_clause_at(const struct acta_work *w, uint32_t q, uint32_t f) {
  const vgroup *ing = is_punct(w, q, ',') ? verb_starts(w, q + 1, f) : NULL;
  return ing && w->toks.v[ing->head].penn == PT_VBG && takes_custody(w, ing->head);
}

/* nominal45: the same test for an event noun's target, from the token
 * after the noun ("an offensive against the network, arresting eleven
 * people": the arrest's, coded itself). */
int32_t acta_custody_clause_target(struct acta_work *w, const acta_sentence *s, uint32_t from,
                                   int32_t tgt) {
  if (tgt == NO) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  uint32_t f = m->first;
  if (f <= from || f > from + TARGET_REACH || f >= s->last) return tgt;
  int object = 0; /* a word of the noun's own object seen */
  for (uint32_t q = from; q < f; q++) {
    int t = w->toks.v[q].tag;
    if (t == P_NOUN || t == P_PROPN || t == P_PRON || t == P_NUM) object = 1;
    if (object && custody_clause_at(w, q, f)) {
      acta_trace(w, "  target %s: the object of the verb after the comma, not of the event "
                 "noun\n", m->code);
      return NO;
    }
  }
  return tgt;
}

/* One pass over the tokens between the verb and its target, past a word
 * of the verb's own object: the target is a second verb's object after
 * "and"/"or" (claims35), or, for an act of force or coercion (roots 17-20),
 * it stands inside a relative clause on that object (prec37b). */
int32_t acta_reach_target(struct acta_work *w, const acta_sentence *s, const vgroup *g,
                          int32_t tgt, const char *code) {
  if (tgt == NO || g->passive) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  uint32_t f = m->first;
  if (f <= g->last || f > g->last + TARGET_REACH || f >= s->last) return tgt;
  int root = cameo_root(code), force = root >= 17 && root <= 20;
  /* prec48e: words and stances on a proposal or a law (statements,
   * appeals, intents, demands, disapproval, rejection): its
   * clause's actors are not theirs ("urged new laws that would tie
   * ... drug cartels"); an investigation's result clause ("that led to
   * two arrests") may name whom it was into */
  /* mend48e: not a threat (13), whose threatened measure's clause names
   * whom it is against ("threatened sanctions that would hit the
   * Venezuelan military") */
  int worded = (root >= 1 && root <= 3) || (root >= 10 && root <= 12);
  int object = 0; /* a word of the first verb's own object seen */
  /* prec46b: the object opens with a name no dictionary codes, right
   * after the verb or its preposition ("attacked Ramon Quispe", "clashed
   * with Rivas Ochoa", "arrested Ruiz's widow") */
  uint32_t o = g->last;
  if (o < f && w->toks.v[o].tag == P_PREP) o++;
  int named = o < f && w->tok_ment[o] == NO && w->toks.v[o].tag == P_PROPN &&
              (w->toks.v[o].flags & TF_CAP);
  /* prec46b: "clashed with Rivas Ochoa in the 1992 army revolt",
   * "attacked Ramon Quispe in the army barracks": past a name no
   * dictionary codes, the verb's own object, an actor right after a
   * preposition of place ("in", "at", "near", "inside"; not "from",
   * "into") names where the act happened, not whom it struck: no target
   * (object_refs.c may take the name) */
  uint32_t p = f;
  while (p > g->last && w->toks.v[p - 1].tag == P_DET) p--;
  int placed = p > g->last + 1 && tok_in(w, p - 1, WL_LOCATIVE) &&
               !is_word(w, p - 1, w->cw->w_from) && !is_vocab(w, p - 1, V_INTO);
  for (uint32_t q = g->last; q < f; q++) {
    if (placed && named && q == p - 1) {
      acta_trace(w, "  target %s: after \"%s\" past the object's name, a place, no target\n",
                 m->code, norm(w, q));
      return NO;
    }
    /* prec37b: "killed three members of the gang that killed the
     * migrants", "seized 40 rifles that the army says were stolen by the
     * rebels": the actor named after the relative word and its clause's
     * verb is that clause's, not the act's; acts of force and coercion
     * only (after a statement's or an appeal's noun a "that" opens what is
     * said, "voiced concern that the government ...").  The relative word
     * follows a noun of the object ("one of which belonged to Salcido" is
     * no such clause: the owner's, object_refs.c) */
    if (object && relative_word(w, q) && (force || (worded && subject_relative(w, s, q) &&
                                                    !punct_between(w, q, f)))) {
      acta_trace(w, "  target %s: inside the relative clause on the object (\"%s\")\n",
                 m->code, norm(w, q));
      return NO;
    }
    int t = w->toks.v[q].tag;
    if (t == P_NOUN || t == P_PROPN || t == P_PRON || t == P_NUM) object = 1;
    /* claims35: "froze all of his assets and prohibited American
     * businesses from dealing with him" */
    if (object && is_and_or(w, q) && verb_starts(w, q + 1, f)) {
      acta_trace(w, "  target %s: the object of the verb after \"%s\", not of \"%s\"\n",
                 m->code, norm(w, q), norm(w, g->head));
      return NO;
    }
    /* prec45e: nor of an "-ing" clause of taking into custody after a
     * comma there ("launched an offensive against the network, arresting
     * seven people": the arrest's; mend45e: only such a verb,
     * takes_custody) */
    if (object && custody_clause_at(w, q, f)) {
      acta_trace(w, "  target %s: the object of the verb after the comma, not of \"%s\"\n",
                 m->code, norm(w, g->head));
      return NO;
    }
  }
  return tgt;
}
