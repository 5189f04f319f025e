/* SPDX-License-Identifier: MIT */
/* triggers.c: verb groups and event nouns coded into events.  For each verb
 * group of a sentence: its best pattern (match.c), the status its
 * complement ("plans to", "is willing to", "urged X to"), its frame and its
 * own words give, its source and target by voice, then its events (the
 * act, a reverse event, a commitment, a claim of responsibility); then each
 * noun with a pattern ("Iran's assistance to Russian forces", "launched an
 * attack on").  A reporting verb with nothing of its own to code waits as
 * a statement (claims.c).  Reads the tokens, mentions, verb groups and
 * frames; writes events (through events.c) and the tokens' TF_USED marks. */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <stdlib.h>
#include <string.h>

/* Marks the words a verb's pattern used, after the verb group up to
 * used_to, so that they are not coded again as event nouns. */
static void consume_words(struct acta_work *w, uint32_t from, uint32_t used_to,
                          uint32_t last) {
  for (uint32_t q = from; q <= used_to && q < last; q++) acta_mark_used(w, q);
}

/* Verbs that commit their subject to the act of their complement. */
static int intent_verb(const acta_dict *d, uint32_t lemma) {
  return acta_lemma_in(d->coder_words, lemma, WL_INTENT_VERB);
}

/* "willing", "ready" (to act). */
static int intent_adjective(const struct acta_work *w, uint32_t i) {
  return tok_in(w, i, WL_INTENT_ADJ);
}

/* Is the intent word at token t (an adjective: "eager", "ready"; or a
 * control verb: "prepared") hedged by the writer: "seems prepared to
 * supply", "appear ready to attack", "will likely be keen to take
 * over"?  Up to four words back over adverbs, "be" and "to": a hedging
 * adverb ("likely", "probably", "possibly") or "seem" / "appear" before
 * them.  What someone seems to intend is speculation (invented9). */
static int hedged_intent(const struct acta_work *w, const acta_sentence *s, uint32_t t) {
  uint32_t q = acta_back_over_auxiliaries(w, s, t, NO, 1);
  if (q == ACTA_NO_WORD) return 1;
  return q > s->first && acta_seem_lemma(w->cw, w->toks.v[q - 1].vlemma);
}

/* Control verbs that announce their act ("vowed to", "plans to",
 * "threatened to"), unlike those that try or wish ("tried to kill" is an
 * attack made, "hopes to meet" no commitment). */
static int announcing_verb(const acta_dict *d, const struct acta_work *w,
                           uint32_t lemma) {
  const acta_coder_words *cw = w->cw;
  return acta_lemma_in(d->coder_words, lemma, WL_INTENT_VERB) ||
         acta_lemma_is(lemma, cw->l_threaten) || acta_lemma_is(lemma, cw->l_prepare) ||
         acta_lemma_is(lemma, cw->l_decide);
}

/* Does verb group g say its act will be done ("will", "shall"; "would"
 * in reported speech: "said it would attack")? */
static int future_modal(const struct acta_work *w, const vgroup *g, int reported) {
  if (g->modal_status != ACTA_INTENDED) return 0;
  for (uint32_t q = g->first; q < g->head; q++)
    if (tok_in(w, q, WL_MODAL_INTENDED))
      return reported || !is_word(w, q, w->cw->w_would);
  return 0;
}

/* Is the act of code cm in verb group g a sanction its imposer announces
 * ("the Treasury announced that it would freeze the assets of ...")?  A
 * freeze of assets or aid, an embargo or a designation takes effect when
 * the body that imposes it announces it: the sanction is imposed (162x,
 * 163), reported by the announcer, not threatened (131x).  Only under
 * "announce" or "declare" whose speaker is the act's own source, with
 * "will"/"would".  A curfew or ban announced (172x) is still to come: the
 * threat of it (132x). */
static int sanction_announced(const struct acta_work *w, const vgroup *g,
                              const acta_cameo *cm, int32_t rep, int32_t src) {
  if (rep == NO || src == NO || w->frames[rep].vg == NO || w->frames[rep].reporter == NO)
    return 0;
  if (strncmp(cm->code, "162", 3) != 0 && strcmp(cm->code, "163") != 0) return 0;
  uint32_t verb = w->toks.v[w->vgs[w->frames[rep].vg].head].vlemma;
  if (!acta_lemma_is(verb, w->cw->l_announce) && !acta_lemma_is(verb, w->cw->l_declare))
    return 0;
  const mention *sm = &w->ments[src], *rm = &w->ments[w->frames[rep].reporter];
  return sm->group == rm->group || !strcmp(sm->code, rm->code) ? future_modal(w, g, 1) : 0;
}

/* Are the captured (target group tgt) people: a member with a role that
 * names no place's owner ("the suspects", "eight Guatemalan Zetas"), or
 * a country's person ("a Peruvian lawyer", "Guatemalan national Marixa
 * Lemus": a person word in the phrase), not its land ("Syrian
 * territory")?  codes8. */
static int people_captured(const struct acta_work *w, int32_t tgt) {
  const acta_coder_words *cw = w->cw;
  for (int32_t m = tgt; m != NO; m = w->ments[m].next_in_group) {
    const mention *mm = &w->ments[m];
    /* codes29: "captured two FARC camps", "an ELN base": the phrase names
     * a place its group holds, no people */
    if (mm->last > mm->first && tok_in5(w, mm->last - 1, WL5_CAMP_NOUN)) continue;
    if (mm->role[0] && !mm->modifier) return 1;
    for (uint32_t q = mm->first; q < mm->last; q++)
      if (tok_in(w, q, WL_PERSON_NOUN | WL_PEOPLE_HEAD) || is_word(w, q, cw->w_national) ||
          is_word(w, q, cw->w_nationals) || is_word(w, q, cw->w_citizen) ||
          is_word(w, q, cw->w_citizens))
        return 1;
  }
  return 0;
}

/* Is the act's source src the speaker of the frame rep that reports it
 * ("the minister said the government would continue to ...": the same
 * actor group, or the same code, or the same country's government and
 * state)?  codes8. */
static int own_announcement(const struct acta_work *w, int32_t rep, int32_t src) {
  if (rep == NO || src == NO || w->frames[rep].reporter == NO) return 0;
  const mention *sm = &w->ments[src], *rm = &w->ments[w->frames[rep].reporter];
  if (sm->group == rm->group || !strcmp(sm->code, rm->code)) return 1;
  return sm->code[0] && !strncmp(sm->code, rm->code, 3) &&
         (!sm->code[3] || !strcmp(sm->code + 3, "GOV")) &&
         (!rm->code[3] || !strcmp(rm->code + 3, "GOV"));
}

/* invented29: is verb group g a "to" infinitive right after a verb of
 * plotting (WL5_PLOT_VERB: "was preparing to kill", "had plotted to
 * assassinate", "conspired to murder")? */
static int plotted_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g->first < s->first + 2) return 0;
  uint32_t q = g->first - 2;
  int32_t v = w->tok_vg[q];
  return v != NO && w->vgs[v].head == q && w->toks.v[q].vlemma != ACTA_NO_WORD &&
         acta_lemma_in5(w->cw, w->toks.v[q].vlemma, (uint32_t)WL5_PLOT_VERB);
}

/* prec45d: is verb group g a "to" infinitive whose act is only planned?
 * 1: the content of a noun no dictionary codes ("a set of rules to
 * bring down aircraft", "a plan to attack"); 2: after a verb of planning
 * ("plans to suspend", "intended to kill": WL2_PLAN_VERB) or of plotting
 * (WL5_PLOT_VERB), or after "going" ("were going to attack"), that an
 * adverb of report or guess qualifies ("reportedly plans to"); 3: the same
 * with no such adverb; 0: none of these. */
static int only_planned(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g->first < s->first + 2 || !is_word(w, g->first - 1, w->cw->w_to))
    return 0;
  uint32_t q = g->first - 2;
  const acta_token *t = &w->toks.v[q];
  if (t->tag == P_NOUN && w->tok_ment[q] == NO && w->tok_vg[q] == NO) return 1;
  int32_t v = w->tok_vg[q];
  if (v == NO || w->vgs[v].head != q || t->vlemma == ACTA_NO_WORD) return 0;
  if (acta_lemma_is(t->vlemma, w->cw->l_go) ? t->penn != PT_VBG
                                             : !acta_lemma_in2(w->cw, t->vlemma, WL2_PLAN_VERB) &&
                                                   !acta_lemma_in5(w->cw, t->vlemma,
                                                                   (uint32_t)WL5_PLOT_VERB))
    return 0;
  const vgroup *pg = &w->vgs[v];
  for (uint32_t r = pg->first; r < pg->head; r++)
    if (tok_in(w, r, WL_ADV_ALLEGED) || tok_in(w, r, WL_ADV_HEDGED)) return 2;
  if (pg->first > s->first &&
      (tok_in(w, pg->first - 1, WL_ADV_ALLEGED) || tok_in(w, pg->first - 1, WL_ADV_HEDGED)))
    return 2;
  return 3;
}

/* mend45d: is a plan of only_planned's kind (1-3) told as its doer's own
 * by frame rep (or NO): the doer's own word (own_announcement), a
 * government telling of a state force of its country ("President Petro
 * said the army plans to attack the camps"), or, for a plan neither
 * rumoured nor a noun's content (3), no teller or a news outlet, which
 * tells what the writer tells ("Maduro plans to expel the ambassador,
 * Reuters reported")? */
static int plan_owned(const struct acta_work *w, int32_t rep, int32_t src, int plan_kind) {
  if (own_announcement(w, rep, src)) return 1;
  const mention *rm = rep != NO && w->frames[rep].reporter != NO
                          ? &w->ments[w->frames[rep].reporter]
                          : NULL;
  if (rm && src != NO && !strcmp(rm->role, "GOV") && acta_state_role(w->ments[src].role) &&
      (!w->ments[src].country[0] || !strcmp(w->ments[src].country, rm->country)))
    return 1;
  return plan_kind == 3 && (rep == NO || (rm && !strcmp(rm->role, "MED")));
}

/* Is verb group g a "to" infinitive right after "decided" ("Congress
 * decided to open an investigation": a decision taken, the act begun)? */
static int decided_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g->first < s->first + 2) return 0;
  int32_t v = w->tok_vg[g->first - 2];
  return v != NO && acta_lemma_is(w->toks.v[w->vgs[v].head].vlemma, w->cw->l_decide);
}

/* Is "to" + verb group g the complement of a wh-word ("how to fight",
 * "which cases to investigate", "whether to attack")? */
static int wh_infinitive(const struct acta_work *w, const acta_sentence *s,
                         const vgroup *g) {
  uint32_t q = g->first - 1; /* "to" */
  for (int k = 0; k < 4 && q > s->first; k++) {
    const acta_token *t = &w->toks.v[q - 1];
    if (t->tag == P_WH || tok_in(w, q - 1, WL_CONDITION)) return 1;
    if (t->tag != P_NOUN && t->tag != P_ADJ && t->tag != P_DET) return 0;
    q--;
  }
  return 0;
}

/* "activists who opposed the dam", "a group that supports the
 * government": words, stances and cooperation (roots 01-13) in a
 * restrictive relative clause (no comma before "who") say who someone
 * is; acts of force there stay ("rebels who attacked the base"). */
static int words_in_restrictive_relative(const struct acta_work *w,
                                         const acta_sentence *s, const vgroup *g,
                                         const char *cameo) {
  int root = cameo_root(cameo);
  if (root > 13 || g->first < s->first + 2) return 0;
  const acta_token *rel = &w->toks.v[g->first - 1];
  const acta_token *head = &w->toks.v[g->first - 2];
  return (rel->tag == P_WH || rel->tag == P_THAT) &&
         (head->tag == P_NOUN || head->tag == P_PROPN);
}

static void mark_unreal(sent_ctx *sc, uint32_t from, uint32_t to);

/* mend46a: does the object of verb group g name things one act is done
 * to: a determiner, number, possessive, pronoun or name first ("to arrest
 * two of the suspects", "to recapture the town of Kidal"), not a kind
 * ("to ambush army patrols", "to paralyze entire provinces")?  One particle
 * or adverb may stand before it ("to carry out the raid"). */
static int one_thing_object(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g) {
  uint32_t q = g->last;
  if (q + 1 < s->last && (w->toks.v[q].tag == P_ADV || w->toks.v[q].tag == P_PREP) &&
      w->tok_ment[q] == NO)
    q++;
  if (q >= s->last) return 0;
  const acta_token *t = &w->toks.v[q];
  return t->tag == P_DET || t->tag == P_NUM || t->tag == P_POSS || t->tag == P_PRON ||
         t->penn == PT_PRPS || t->tag == P_PROPN;
}

/* mend46a: does an adverb of habit or of a long record stand in tokens
 * [from, to) ("have long been able", "has always been able", "have even
 * been able", "has regularly been able")? */
static int habit_between(const struct acta_work *w, uint32_t from, uint32_t to) {
  for (uint32_t q = from; q < to; q++)
    if (w->toks.v[q].tag == P_ADV &&
        (tok_in(w, q, WL_HABITUAL) || is_word(w, q, w->cw->w_always) ||
         is_word(w, q, w->cw->w_constantly) || norm_eq(w, q, "long") || is_vocab(w, q, V_EVEN)))
      return 1;
  return 0;
}

/* Is "to" + verb group g the complement of a noun of ability ("the
 * ability to", "the power to"), or of "able", "unable" or "capable"
 * told of no past: "are able to carry out attacks", "being more able to",
 * "will be able to", "groups capable to strike"?  What an actor can do is
 * no act; "were able to rescue", "had been able to" tell of an act done
 * (or not done) and keep their status. */
static int able_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g->first < s->first + 2) return 0;
  /* invented18: "the government's ability to negotiate", "more power to
   * charge smugglers": a noun of what an actor can do */
  const acta_token *n = &w->toks.v[g->first - 2];
  if (n->tag == P_NOUN && n->nlemma != ACTA_NO_WORD &&
      acta_lemma_in4(w->cw, n->nlemma, (uint32_t)WL4_ABILITY_NOUN))
    return 1;
  if (!tok_in2(w, g->first - 2, WL2_ABLE)) return 0;
  uint32_t b = g->first - 2;
  while (b > s->first && w->toks.v[b - 1].tag == P_ADV) b--;
  if (b == s->first) return 1;
  const acta_token *be = &w->toks.v[b - 1];
  /* prec46a: the present perfect ("the militia has been able to seize
   * whole towns", "have long been able to bribe judges") tells a record
   * of what an actor can do, told of no occasion (not "had been able
   * to", a past act); mend46a: a record when its object is a kind or an
   * adverb of habit stands in it, an act done when it names the things
   * ("police have been able to arrest two of the suspects") */
  if (be->tag == P_AUX && be->penn == PT_VBN) {
    uint32_t h = b - 1;
    while (h > s->first && w->toks.v[h - 1].tag == P_ADV) h--;
    return h > s->first && has_have(w, h - 1) &&
           (w->toks.v[h - 1].penn == PT_VBZ || w->toks.v[h - 1].penn == PT_VBP) &&
           (habit_between(w, h, g->first) || !one_thing_object(w, s, g));
  }
  return !(be->tag == P_AUX && be->penn == PT_VBD);
}

/* prec41e: is verb group g an infinitive on "enough" or "sufficient"
 * ("had enough evidence to charge them", "lacked sufficient proof to
 * indict", "strong enough to defeat the army")?  A means or a measure
 * held, no act done: the word at most five words before "to", only
 * nouns, adjectives, determiners and adverbs between. */
static int enough_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g->first < s->first + 2) return 0;
  for (uint32_t q = g->first - 1; q > s->first && g->first - q <= 5; q--) {
    const acta_token *t = &w->toks.v[q - 1];
    if (tok_in6(w, q - 1, WL6_ENOUGH_WORD)) return 1;
    if (w->tok_vg[q - 1] != NO ||
        (t->tag != P_NOUN && t->tag != P_ADJ && t->tag != P_DET && t->tag != P_ADV))
      return 0;
  }
  return 0;
}

/* invented19: is verb group g an infinitive after "on course", "on
 * track" or "on pace" ("Bolivia is on course to seize half a million liters by
 * the close of the year"): a total or an outcome projected, no act? */
static int projected_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g->first < s->first + 3) return 0;
  const acta_token *n = &w->toks.v[g->first - 2];
  return n->tag == P_NOUN && n->nlemma != ACTA_NO_WORD &&
         acta_lemma_in4(w->cw, n->nlemma, (uint32_t)WL4_COURSE_NOUN) &&
         is_vocab(w, g->first - 3, V_ON);
}

/* invented19: is verb group g an infinitive right after a participle of
 * duty after a form of "be" ("to be legally bound to help
 * victims", "companies are required to provide records")?  What must be
 * done, no act. */
static int duty_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g->first < s->first + 2) return 0;
  const acta_token *n = &w->toks.v[g->first - 2];
  if (!((n->penn == PT_VBN || n->tag == P_ADJ) && n->vlemma != ACTA_NO_WORD &&
        acta_lemma_in4(w->cw, n->vlemma, (uint32_t)WL4_DUTY_VERB)))
    return 0;
  /* after a form of "be" (adverbs between): "felt obliged to criticize"
   * tells a feeling, and the act may follow */
  uint32_t b = g->first - 2;
  for (int k = 0; k < 2 && b > s->first && w->toks.v[b - 1].tag == P_ADV; k++) b--;
  return b > s->first && w->toks.v[b - 1].vlemma != ACTA_NO_WORD &&
         acta_lemma_in4(w->cw, w->toks.v[b - 1].vlemma, (uint32_t)WL4_STATE_VERB);
}

/* mend48e: how far back over its subject a "had to" looks for what governs
 * its clause, and how far after its verb for an "or" of the price (and
 * how far back before its pronoun for an object pronoun: had_to_done) */
#define HAD_TO_SUBJECT_REACH 8
#define HAD_TO_OR_REACH 12

/* mend48e: is the "had" at token h in a clause told as someone's thought,
 * decision or judgment ("the rebels felt they had to attack", "realized he
 * had to negotiate", "it was clear that the government had to", "if they
 * had to")?  Back over its subject (words of a noun phrase, "of"), the word
 * before is a verb, an auxiliary, an "if", "unless" or "whether", or a
 * "that" after no noun (a relative "that" on a noun, "the unit that had to
 * retreat", keeps the act, as do a comma, "and", "who" or a preposition). */
static int had_to_thought(const struct acta_work *w, const acta_sentence *s, uint32_t h) {
  static const char *const cond[] = {"if", "unless", "whether", NULL};
  uint32_t p = h;
  for (int n = 0; p > s->first && n < HAD_TO_SUBJECT_REACH; n++) {
    uint8_t t = w->toks.v[p - 1].tag;
    if (w->tok_ment[p - 1] == NO && t != P_DET && t != P_ADJ && t != P_NOUN && t != P_PROPN &&
        t != P_PRON && t != P_POSS && t != P_NUM && !is_word(w, p - 1, w->cw->w_of))
      break;
    p--;
  }
  if (p == s->first) return 0;
  uint32_t b = p - 1;
  const acta_token *k = &w->toks.v[b];
  if (k->kind == TK_PUNCT) return 0;
  if (norm_one_of(w, b, cond) || k->tag == P_VERB || k->tag == P_AUX || k->tag == P_MODAL)
    return 1;
  if (is_word(w, b, w->cw->w_that) && b > s->first) {
    uint8_t t = w->toks.v[b - 1].tag;
    return w->tok_ment[b - 1] == NO && t != P_NOUN && t != P_PROPN && t != P_PRON;
  }
  return 0;
}

/* mend48e: how far around a "had to" an "under" of a rule is looked for */
#define HAD_TO_RULE_REACH 16

/* mend48e: does an "under" phrase of a rule or a pact stand near the "had
 * to" infinitive g ("Under the new law, police had to release suspects
 * within two days", "rebels had to surrender their weapons under the
 * deal"): the terms told, a duty, not an act met?  No sentence end between
 * (the sentence's own tokens, at most HAD_TO_RULE_REACH either side). */
static int had_to_under_rule(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  static const char *const rule[] = {
      "law",    "laws",       "rule",   "rules",  "regulation", "regulations", "agreement",
      "accord", "deal",       "decree", "terms",  "constitution", "treaty",    "pact",
      "truce",  "ceasefire",  "protocol", "code", "statute",    NULL};
  uint32_t from = g->first > s->first + HAD_TO_RULE_REACH ? g->first - HAD_TO_RULE_REACH : s->first;
  uint32_t to = g->last + HAD_TO_RULE_REACH < s->last ? g->last + HAD_TO_RULE_REACH : s->last;
  for (uint32_t q = from; q < to; q++) {
    if (!norm_eq(w, q, "under")) continue;
    for (uint32_t r = q + 1; r < to && r <= q + 4; r++)
      if (norm_one_of(w, r, rule)) return 1;
  }
  return 0;
}

/* mend48e: does the clause of the "had to" infinitive g name the price of
 * not doing it ("had to release the hostages or face an assault", "had to
 * arrest them or risk losing control"): an "or" before a verb, no
 * punctuation between?  A duty told, not met. */
static int had_to_or_else(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  static const char *const price[] = {"else", "face", "risk", "lose", NULL};
  for (uint32_t q = g->last; q + 1 < s->last && q < g->last + HAD_TO_OR_REACH; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) return 0;
    if (norm_eq(w, q, "or") && (w->toks.v[q + 1].tag == P_VERB || norm_one_of(w, q + 1, price)))
      return 1;
  }
  return 0;
}

/* prec48e: is verb group g an infinitive right after a plain past "had"
 * ("police had to release the suspects", "the army had to withdraw"): a
 * need the past tells met, the act done?  Not after a modal or an
 * auxiliary ("would have had to", "may have had to": what would or may
 * have been needed) nor a negation; the caller keeps a reported "had to"
 * (said X had to: a duty told, perhaps unmet) out. */
static int had_to_done(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g->first < s->first + 2 || w->toks.v[g->first - 1].tag != P_TO) return 0;
  if (!norm_eq(w, g->first - 2, "had")) return 0;
  /* "all they had to do was threaten the traders": what sufficed, no act told */
  if (norm_eq(w, g->first, "do")) return 0;
  if (g->first == s->first + 2) return 1;
  uint8_t tb = w->toks.v[g->first - 3].tag;
  if (tb == P_MODAL || tb == P_AUX || tb == P_NEG || tb == P_TO || tb == P_ADV) return 0;
  /* mend48e: a noun or an actor right before "had" is its subject: the
   * group's doer must be it ("shelled the town after the rebels had to
   * retreat" is the rebels' retreat, not the army's) */
  uint32_t b = g->first - 3;
  if ((w->tok_ment[b] != NO || tb == P_NOUN || tb == P_PROPN) &&
      (g->subject == NO || w->ments[g->subject].first > b || w->ments[g->subject].last <= b))
    return 0;
  /* mend48e: a "they" ("he", "she") before "had" after an object "them"
   * ("him", "her") that follows the doer found ("gave them shelter, where
   * they had to surrender all their guns"): the object's act, not the doer's */
  if (tb == P_PRON && g->subject != NO && w->ments[g->subject].last <= b) {
    const char *obj = norm_eq(w, b, "they") ? "them" : norm_eq(w, b, "he") ? "him"
                      : norm_eq(w, b, "she") ? "her" : NULL;
    uint32_t q = w->ments[g->subject].last;
    if (b > q + HAD_TO_OR_REACH) q = b - HAD_TO_OR_REACH;
    for (; obj && q < b; q++)
      if (norm_eq(w, q, obj)) return 0;
  }
  return !had_to_thought(w, s, g->first - 2) && !had_to_or_else(w, s, g) &&
         !had_to_under_rule(w, s, g);
}

/* invented23: is verb group g an infinitive right after a word of
 * reluctance ("officials have been reluctant to acknowledge the
 * problem", "unable or unwilling to bring laundering to heel", "the
 * government's reluctance to extradite")?  What an actor holds back from
 * is not done (a refusal, "refused to", is an act of its own: 12). */
static int reluctant_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  return g->to_inf && g->first >= s->first + 2 && tok_in5(w, g->first - 2, WL5_RELUCTANT);
}

/* Is the thing verb group g releases information, no person: its object
 * ("released a series of intercepted emails", "released the names of the
 * suspects": a word of WL2_INFO_THING among the first words after the
 * group, before another verb or a clause mark), or for a passive or a
 * lone past form (participle or past tense: the tagger may take one for
 * the other) the phrase before it ("a cable released by WikiLeaks", "the
 * UN's annual report on Guatemala (pdf), released in January", "the names
 * of the suspects were not released")? */
static int information_released(const struct acta_work *w, const acta_sentence *s,
                                 const vgroup *g) {
  int32_t own = w->tok_vg[g->head];
  for (uint32_t q = g->last; q < s->last && q < g->last + 5; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT || (w->tok_vg[q] != NO && w->tok_vg[q] != own) ||
        tk->tag == P_WH || tk->tag == P_THAT)
      break;
    if (tok_in2(w, q, WL2_INFO_THING)) return 1;
  }
  unsigned hp = w->toks.v[g->head].penn;
  if (!g->passive &&
      !(g->first == g->head && (hp == (unsigned)PT_VBN || hp == (unsigned)PT_VBD)))
    return 0;
  int depth = 0;
  for (uint32_t q = g->first, n = 0; q > s->first && n < 8; q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->kind == TK_PUNCT && tk->punct == ')') { depth++; continue; }
    if (tk->kind == TK_PUNCT && tk->punct == '(') { if (depth) depth--; continue; }
    if (depth) continue;
    /* a comma only right before the participle ("the report, released in") */
    if (tk->kind == TK_PUNCT && !(tk->punct == ',' && q == g->first)) return 0;
    if (w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own) return 0;
    if (tok_in2(w, q - 1, WL2_INFO_THING)) return 1;
    if (tk->kind != TK_PUNCT) n++;
  }
  return 0;
}

/* Is verb group g a lone past participle listed after the passive (or
 * the lone participle) just before it, after a comma, "and" or "or"
 * ("were kidnapped, beaten and raped")? */
static int listed_participle(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g, size_t gi, size_t vg0) {
  if (gi == vg0 || g->first != g->head || g->first <= s->first) return 0;
  unsigned hp = w->toks.v[g->head].penn;
  if (hp != (unsigned)PT_VBN && hp != (unsigned)PT_VBD) return 0;
  const vgroup *pg = g - 1;
  unsigned pp = w->toks.v[pg->head].penn;
  int lone = pg->first == pg->head && (pp == (unsigned)PT_VBN || pp == (unsigned)PT_VBD);
  return (pg->passive || lone) && pg->last + 1 == g->first &&
         (is_punct(w, g->first - 1, ',') || is_and_or(w, g->first - 1));
}

/* Is verb group g a "threaten" that endangers a thing rather than
 * threatens someone: its object, up to four words with no actor among
 * them, holds a word of WL2_ENDANGERED ("violence has threatened its
 * implementation"), or for a passive the phrase just before it does
 * ("this heritage is threatened by trafficking networks")?  "threatened
 * to resign", "threatened them with death" are threats. */
static int endangers(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!acta_lemma_is(w->toks.v[g->head].vlemma, w->cw->l_threaten)) return 0;
  if (g->passive) {
    for (uint32_t q = g->first; q > s->first && g->first - q < 4; q--) {
      if (w->toks.v[q - 1].kind == TK_PUNCT || w->tok_ment[q - 1] != NO) return 0;
      if (tok_in2(w, q - 1, WL2_ENDANGERED)) return 1;
    }
    return 0;
  }
  for (uint32_t q = g->last; q < s->last && q < g->last + 4; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT || w->tok_ment[q] != NO || tk->tag == P_TO ||
        tk->tag == P_PREP || tk->tag == P_PRON || w->tok_vg[q] != NO)
      return 0;
    if (tok_in2(w, q, WL2_ENDANGERED)) return 1;
  }
  return 0;
}

/* Is verb group gi (the sentence's groups start at vg0) a passive in the
 * simple present: "is" or "are" before its participle, no modal, "being"
 * or "has" ("the approach is supported by the United States", "the group
 * is financed by")?  For words, stances and cooperation that describes a
 * standing state, not an act. */
static int simple_present_passive(const acta_dict *d, const struct acta_work *w, size_t gi,
                                  size_t vg0) {
  const vgroup *g = &w->vgs[gi];
  if (!g->passive || g->to_inf) return 0;
  /* invented16: a lone participle listed after "and" or "or" right after
   * a passive of its sentence shares its auxiliary (clauses.c,
   * shared_aux: "operations are protected and assisted by corrupt
   * police") */
  if (g->shared_aux && gi > vg0 && is_and_or(w, g->first - 1) &&
      (g - 1)->last + 1 == g->first && (g - 1)->first != (g - 1)->head)
    g = g - 1;
  int present = 0;
  for (uint32_t q = g->first; q < g->head; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->tag == P_MODAL) return 0;
    if (tk->tag == P_AUX) {
      if (tk->penn != PT_VBZ && tk->penn != PT_VBP) return 0;
      if (tk->word == ACTA_NO_WORD || d->info[tk->word].closed != CC_BE) return 0;
      present = 1;
    }
  }
  return present;
}

/* mend39d: simple_present_passive for the act codes (act_codes.c
 * extortion_told) */
int acta_simple_present_passive(const acta_dict *d, const struct acta_work *w, size_t gi,
                                size_t vg0) {
  return simple_present_passive(d, w, gi, vg0);
}

static int aspect_verb(const struct acta_work *w, const acta_token *verb);

/* How many words may stand between an event noun and the copula its phrase
 * is the subject of ("Washington's heavy backing for Peru's armed
 * forces over those years is"). */
#define COPULA_REACH 12

/* coop15: is the event noun at token i, of support, cooperation or aid
 * (roots 05-07), the subject of a form of "be" standing alone
 * ("Washington's heavy backing for Peru's armed forces over those
 * years is a plain case of", "the Biden administration's aid has
 * been key", "US funding for military assistance is likely to
 * continue", "HRW's praise for the scheme is a good indication")?  Then
 * the act is a topic judged or described, not one told as done.  The
 * first verb group after it, before a punctuation mark, "that" or a
 * wh-word, decides. */
static int copula_subject(const acta_dict *d, const struct acta_work *w, const acta_sentence *s,
                          uint32_t i, const char *code) {
  int root = cameo_root(code);
  if (root < 5 || root > 7) return 0;
  for (uint32_t q = i + 1; q < s->last && q < i + COPULA_REACH; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT || tk->tag == P_WH || tk->tag == P_THAT) return 0;
    if (w->tok_vg[q] == NO) continue;
    const vgroup *g = &w->vgs[w->tok_vg[q]];
    const acta_token *h = &w->toks.v[g->head];
    return !g->has_main && !g->passive && h->tag == P_AUX && h->word != ACTA_NO_WORD &&
           d->info[h->word].closed == CC_BE;
  }
  return 0;
}

/* Is the event noun at token i a plural whose phrase is the subject of a
 * verb of trend ("Cartel killings of mayors in Mexico have reached record
 * numbers", "kidnappings rose 40 percent")?  The first verb group after it,
 * before a punctuation mark or a wh-word, decides. */
static int trend_subject(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  /* invented12: a mass noun's amount changing ("US military and police
   * funding for Latin America has been declining") */
  int mass = w->toks.v[i].penn == PT_NN;
  if (w->toks.v[i].penn != PT_NNS && !mass) return 0;
  for (uint32_t q = i + 1; q < s->last && q < i + 10; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT || tk->tag == P_WH || tk->tag == P_THAT) return 0;
    if (w->tok_vg[q] == NO) continue;
    const vgroup *g = &w->vgs[w->tok_vg[q]];
    /* invented12: "began rising", "continued to fall": the verb after
     * the verb of aspect */
    if (aspect_verb(w, &w->toks.v[g->head]) && g + 1 < w->vgs + w->nvgs &&
        (g + 1)->first <= g->last + 1 && (g + 1)->first < s->last)
      g = g + 1;
    uint32_t l = w->toks.v[g->head].vlemma;
    return mass ? acta_lemma_in3(w->cw, l, WL3_CHANGE_VERB)
                : acta_lemma_in2(w->cw, l, WL2_TREND_VERB);
  }
  return 0;
}

/* "continue", "begin", "start" (to act): a verb of aspect. */
static int aspect_verb(const struct acta_work *w, const acta_token *verb) {
  const acta_coder_words *cw = w->cw;
  return acta_lemma_is(verb->vlemma, cw->l_continue) ||
         acta_lemma_is(verb->vlemma, cw->l_begin) || acta_lemma_is(verb->vlemma, cw->l_start);
}

/* "continued", "has begun", "started" (to act): an act under way, done. */
static int aspect_done(const struct acta_work *w, const acta_token *verb) {
  return (verb->penn == PT_VBD || verb->penn == PT_VBN) && aspect_verb(w, verb);
}

/* An object actor between a control verb and its "to" complement ("want
 * the army to"), not one after a preposition ("agreed with Peru to"). */
static int object_between(const struct acta_work *w, const vgroup *pg,
                          const vgroup *g) {
  for (uint32_t q = pg->last; q + 1 < g->first; q++)
    if (w->tok_ment[q] != NO && !w->ments[w->tok_ment[q]].after_prep &&
        !w->ments[w->ments[w->tok_ment[q]].group].after_prep)
      return 1;
  return 0;
}

/* Verbs whose object noun carries the event ("launch an attack"). */
static int light_verb(const acta_dict *d, uint32_t lemma) {
  return acta_lemma_in(d->coder_words, lemma, WL_LIGHT_VERB);
}

/* Subject-control verbs: their "to" complement is intended. */
static int control_verb(const acta_dict *d, uint32_t lemma) {
  return acta_lemma_in(d->coder_words, lemma, WL_CONTROL_VERB);
}

/* A verb group being coded: its pattern and what the pattern found, the
 * status and reporter of its events, and the commitment it may express. */
typedef struct verb_coding {
  const acta_pattern *p;    /* best pattern, or NULL */
  pmatch pm;
  uint32_t end;             /* end of its clause */
  int status;
  int32_t fr;               /* the frame it is inside, or NO */
  int32_t rep;              /* the frame reporting its events, or NO */
  int intent, intent_neg;   /* "agreed to X", "is willing to X": 03x ... */
  int announced;            /* "will X", "vowed to X", "threatened to X":
                               intended, and said so by its source */
  uint32_t intent_trig;     /* ... triggered by this word */
  int purpose;              /* a "to" infinitive no verb before it governs:
                               "set up radars to help track flights" */
  const acta_cameo *cm;     /* its code, when not the pattern's, or NULL */
  int refused;              /* "refused to X": the status before the
                               negation + 1, or 0 */
  int plan_negated;         /* "don't intend to probe", "did not plan to":
                               a plan denied, nothing done nor announced */
  int aspect_future;        /* "would continue to X", "will begin to X":
                               announced when its source says so */
  int refrain;              /* prec37d: "vowed not to attack": a commitment
                               to refrain from X, its verb asserted */
} verb_coding;

/* prec37d: is verb group g's negation its complement's: "not" or "never"
 * after its head ("vowed not to attack", "agreed never to kidnap"), no
 * auxiliary's ("did not vow to attack")? */
static int negation_after_head(const struct acta_work *w, const vgroup *g) {
  for (uint32_t q = g->head + 1; q < g->last; q++)
    if (is_vocab(w, q, V_NOT) || is_vocab(w, q, V_NEVER)) return 1;
  return 0;
}

/* The best verb pattern for group g.  A passive clause's subject phrase
 * holds the pattern's object: "drones were supplied to Russia" fits
 * "supply drone to +". */
static const acta_pattern *verb_pattern(const acta_coder *c, const sent_ctx *sc,
                                        const vgroup *g, verb_coding *vc) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  uint32_t start = g->head + 1;
  /* "the group's leader, Edgar Moreno, was captured": past a name set off
   * by commas, to the noun it names (acta's dictionaries only) */
  uint32_t e = g->first;
  int hop = g->passive && !c->dict->keds_only && e >= s->first + 2 && is_punct(w, e - 1, ',') &&
            np_tag(w->toks.v[e - 2].tag);
  if (hop) e--;
  if (g->passive && e > s->first && np_tag(w->toks.v[e - 1].tag)) {
    start = e - 1;
    while (start > s->first && np_tag(w->toks.v[start - 1].tag) && g->first - start < GAP)
      start--;
    if (hop && start >= s->first + 2 && is_punct(w, start - 1, ',') &&
        np_tag(w->toks.v[start - 2].tag)) {
      start--;
      while (start > s->first && np_tag(w->toks.v[start - 1].tag) && g->first - start < GAP)
        start--;
    }
  }
  int has_pats;
  return acta_best_pattern(d, w, &d->verb_pats, g->head, start, vc->end, s->first,
                           g->scope, &vc->pm, &has_pats);
}

/* The status a verb's complement gives it: "is willing to withdraw"
 * (intended, and a commitment), "is believed to have" (raising), "plans
 * to", "refused to" (control verbs).  Returns 0 when the verb is the content
 * of an appeal ("urged Iran to release"), which is not coded (g->skipped). */
/* fights15: the infinitive a verb of a list hangs on: group gi itself,
 * or, when gi is a bare base form after a comma or "and"/"or" whose list
 * goes back (over objects, at most four members) to an infinitive ("to
 * attack, kidnap and kill civilians", "to seize the town, kidnap the
 * mayor and burn"), that infinitive's group. */
static size_t list_infinitive(const struct acta_work *w, const acta_sentence *s, size_t gi,
                              size_t vg0) {
  size_t cur = gi;
  for (int k = 0; k < 4; k++) {
    const vgroup *cg = &w->vgs[cur];
    if (cg->to_inf) return cur;
    if (cur == vg0 || cg->first != cg->head || cg->last != cg->first + 1 ||
        w->toks.v[cg->head].penn != PT_VB || cg->first <= s->first)
      return gi;
    const vgroup *pv = &w->vgs[cur - 1];
    if (pv->last > cg->first) return gi;
    /* the mark or conjunction before it, and only a noun phrase (the
     * previous member's object, prec46a: with a place or a time after a
     * preposition: "to shut roads in the south, burn trucks and block
     * the port") between it and the previous member */
    uint32_t q = cg->first;
    if (!(is_and_or(w, q - 1) || is_punct(w, q - 1, ','))) return gi;
    q--;
    if (q > pv->last && is_and_or(w, q) && is_punct(w, q - 1, ',')) q--;
    if (q - pv->last > 8) return gi;
    for (uint32_t r = pv->last; r < q; r++)
      if (!np_tag(w->toks.v[r].tag) && w->toks.v[r].tag != P_PRON &&
          w->toks.v[r].tag != P_PREP && !is_word(w, r, w->cw->w_of))
        return gi;
    cur--;
  }
  return gi;
}

/* prec47e: how far before a "go" group its clause of time's "as",
 * "when" or "while" is looked for ("as he went", "when the two officers
 * went"); mend47e: how many verb groups back the main clause's verb is
 * looked for, and how far after the infinitive the comma closing a
 * leading clause of time */
#define GO_TIME_REACH 4
#define GO_MAIN_GROUPS 3
#define GO_COMMA_REACH 12

/* prec48e: is the "he" or "she" at token p, after the clause of time, not
 * the one who went (pg): the goers are plural ("When police went to arrest
 * him, he opened fire") or the trip's act has that person as its object
 * ("When the officer went to detain her, she fled") and the goer is no
 * pronoun of the same person?  Then the one acted on answers: the trip is
 * cut short. */
static int other_one_after(const struct acta_work *w, const vgroup *pg, const vgroup *hg,
                           uint32_t p) {
  int he = norm_eq(w, p, "he"), she = norm_eq(w, p, "she");
  if (!he && !she) return 0;
  if (pg->subject == NO) return 0;
  const mention *m = &w->ments[pg->subject];
  uint32_t mh = m->last - 1;
  uint8_t pt = w->toks.v[mh].penn;
  if (pt == PT_NNS || pt == PT_NNPS || norm_eq(w, mh, "police") || norm_eq(w, mh, "they") ||
      norm_eq(w, mh, "we"))
    return 1;
  if (norm_eq(w, mh, he ? "he" : "she")) return 0;
  for (uint32_t q = hg->head + 1; q < p && q <= hg->head + 2; q++)
    if (norm_eq(w, q, he ? "him" : "her")) return 1;
  return 0;
}

/* mend47e: does the clause of time whose "as", "when" or "while" is at
 * tw, its "go" group pg and infinitive hg tell a trip cut short?  After
 * its main clause ("was killed ... as he went to meet", "was detained as
 * she went to vote") when that clause's verb is a passive, something done
 * to the one going (a "wielding" participle passed: "killed by men
 * wielding rifles as he went"); an active main verb tells the act done
 * on the trip ("promised aid when he went to visit the flooded towns").
 * Before its main clause, or with none before it ("When troops went to
 * arrest him, the gang leader opened fire"), unless that clause's
 * subject, right after the comma, is "he", "she" or "they", the one
 * going ("When the president went to visit the victims, he promised
 * aid"; prec48e: unless that one is another, other_one_after). */
static int trip_cut_short(const struct acta_work *w, const acta_sentence *s, uint32_t tw,
                          const vgroup *pg, const vgroup *hg, size_t vg0) {
  /* mend48e: after "before" the main clause's passive came first, the trip
   * after it: cut short only by a harm or a capture ("was shot before he
   * went to meet"), not by what leaves the one going free to go ("was
   * briefed before she went to meet the envoy") */
  int before = norm_eq(w, tw, "before");
  int leading = tw == s->first || w->toks.v[tw - 1].kind == TK_PUNCT ||
                is_word(w, tw - 1, w->cw->w_that);
  if (!leading) {
    size_t i = (size_t)(pg - w->vgs);
    for (int n = 0; i > vg0 && n < GO_MAIN_GROUPS; n++) {
      const vgroup *mg = &w->vgs[--i];
      if (mg->last > tw || mg->last <= s->first) continue;
      if (!mg->passive && mg->first == mg->head && w->toks.v[mg->head].penn == PT_VBG)
        continue;
      return mg->passive &&
             (!before || acta_lemma_in3(w->cw, w->toks.v[mg->head].vlemma, WL3_HARM_PARTICIPLE) ||
              acta_lemma_in5(w->cw, w->toks.v[mg->head].vlemma, WL5_HOLD_VERB));
    }
  }
  for (uint32_t q = hg->last, n = 0; q + 1 < s->last && n < GO_COMMA_REACH; q++, n++)
    if (w->toks.v[q].kind == TK_PUNCT)
      return !tok_in(w, q + 1, WL_PRON_THIRD) || other_one_after(w, pg, hg, q + 1);
  return 1;
}

/* prec47e: is "go" (ph, the head of the group pg before the "to"
 * infinitive hg) where one was going in a clause of time, not "went on
 * to" (an act done, WL_DID_VERB): no "on" right before the "to", and
 * "as", "when" or "while" among the GO_TIME_REACH words before pg, no
 * punctuation or relative word between ("was shot while she went to see
 * the town's mayor", "when police went to arrest him, a gunman opened
 * fire": the visit, the arrest not done), the trip cut short
 * (trip_cut_short, mend47e)?  Not "such as" or "as well as" the ones
 * going ("leaders such as the mayor went to meet the strikers": a list,
 * mend47e).  Told alone ("the president went to visit the flooded
 * towns") the act is news done. */
static int go_to_purpose(const struct acta_work *w, const acta_sentence *s, const vgroup *pg,
                         const acta_token *ph, const vgroup *hg, size_t vg0) {
  if (!acta_lemma_is(ph->vlemma, w->cw->l_go) || hg->first < s->first + 2 ||
      is_word(w, hg->first - 2, w->cw->w_on))
    return 0;
  for (uint32_t q = pg->first, n = 0; q > s->first && n < GO_TIME_REACH; n++) {
    q--;
    if (w->toks.v[q].kind == TK_PUNCT) return 0;
    if (is_word(w, q, w->cw->w_as)) {
      if (q > s->first && (is_word(w, q - 1, w->cw->w_such) ||
                           (q >= s->first + 2 && is_word(w, q - 2, w->cw->w_as))))
        return 0;
      return trip_cut_short(w, s, q, pg, hg, vg0);
    }
    if (is_word(w, q, w->cw->w_when) || is_word(w, q, w->cw->w_while) ||
        norm_eq(w, q, "before")) /* prec48e: "was shot before he went to meet" */
      return trip_cut_short(w, s, q, pg, hg, vg0);
    if (w->toks.v[q].tag == P_WH) return 0; /* "the one who went to meet" */
  }
  return 0;
}

/* prec39d: the act a verb of doing tells done ("managed to arrest",
 * "proceeded to shoot", "began to extort") is told as that verb is:
 * "allegedly proceeded to shoot" alleged, "may have continued to shell"
 * hedged, "did not manage to arrest" negated.  mend39d: a governor in the
 * future right before its "to" ("will help to train", "would vote to
 * impose") tells an act to come, as "will train" does: the plain-future
 * and own-announcement checks (acta_code_verbs) decide, and one someone
 * reports is kept, no wish dropped. */
static void done_governor_status(const struct acta_work *w, const vgroup *pg,
                                 const vgroup *hg, verb_coding *vc) {
  int st = acta_vg_status(w, pg, ACTA_ASSERTED);
  if (status_rank(st) > status_rank(vc->status)) vc->status = st;
  /* only its own "to" between ("will help to train"; not "will help
   * officials deal with threats to free ...") */
  if (hg->first >= pg->last && hg->first <= pg->last + 1 && future_modal(w, pg, vc->fr != NO))
    vc->aspect_future = 1;
}

static int complement_status(acta_coder *c, const sent_ctx *sc, size_t gi,
                             size_t vg0, verb_coding *vc) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  vgroup *g = &w->vgs[gi];
  /* fights15: a verb in a list after an infinitive ("threatened to
   * attack, kidnap and kill civilians") is read as that infinitive is */
  size_t hi = d->keds_only ? gi : list_infinitive(w, s, gi, vg0);
  const vgroup *hg = &w->vgs[hi];
  const acta_pattern *p = vc->p;
  if (!d->keds_only && hg->to_inf && wh_infinitive(w, s, hg)) {
    /* "decide which cases to investigate", "how to fight the gangs" */
    if (p) acta_trace(w, "  dropped (hypothetical): a question of what to do\n");
    g->skipped = 1;
    return 0;
  }
  /* what an actor can do, must do or is on course to do: no act */
  const char *not_done = d->keds_only ? NULL
                         : able_to(w, s, hg)
                             ? "a capability (able to: what may be done, not an act)"
                         : duty_to(w, s, hg)
                             ? "a duty (obliged, required to: what must be done, not an act)"
                         : projected_to(w, s, hg) ? "a projection (on course to: a total or an "
                                                    "outcome expected, not an act)"
                         : reluctant_to(w, s, hg) /* invented23 */
                             ? "a reluctance (reluctant, unwilling to: held back from, not done)"
                         : enough_to(w, s, hg) /* prec41e */
                             ? "a means held (enough evidence to: what could be done, not an act)"
                             : NULL;
  if (not_done) {
    if (p) acta_trace(w, "  dropped (%s): \"%s\"\n", not_done, d->strings.data + p->text);
    g->skipped = 1;
    return 0;
  }
  if (!d->keds_only && vc->fr == NO && had_to_done(w, s, hg)) {
    if (p) acta_trace(w, "  done: \"%s\": had to: a need met, the act done\n",
                      d->strings.data + p->text);
    return 1;
  }
  if (!d->keds_only && hg->to_inf && hg->first >= s->first + 3 &&
      intent_adjective(w, hg->first - 2) &&
      (w->tok_ment[hg->first - 3] != NO || w->toks.v[hg->first - 3].tag == P_NOUN ||
       w->toks.v[hg->first - 3].tag == P_PROPN)) {
    /* "offering money to former soldiers willing to fight": the
     * adjective says who is sought, no one's commitment */
    if (p) acta_trace(w, "  dropped (a description, not an intent): \"%s\" after a noun's "
                      "\"%s to\"\n", d->strings.data + p->text, norm(w, hg->first - 2));
    g->skipped = 1;
    return 0;
  } else if (!d->keds_only && hg->to_inf && hg->first >= s->first + 2 &&
             (intent_adjective(w, hg->first - 2) ||
              (hi > vg0 && w->vgs[hi - 1].last + 1 == hg->first &&
               announcing_verb(d, w, w->toks.v[w->vgs[hi - 1].head].vlemma))) &&
             hedged_intent(w, s, intent_adjective(w, hg->first - 2) ? hg->first - 2
                                                                    : w->vgs[hi - 1].first)) {
    /* "seems prepared to supply", "will likely be keen to take over" */
    if (p) acta_trace(w, "  dropped (speculation): \"%s\": an intent the writer guesses "
                      "(seems, appears, likely)\n", d->strings.data + p->text);
    g->skipped = 1;
    return 0;
  } else if (hg->to_inf && hg->first >= s->first + 2 &&
      intent_adjective(w, hg->first - 2)) {
    /* "is willing to withdraw", "stands ready to help" */
    if (status_rank(ACTA_INTENDED) > status_rank(vc->status)) vc->status = ACTA_INTENDED;
    vc->intent = 1;
    vc->announced = 1;
    vc->intent_trig = hg->first - 2;
    if (hi > vg0 && w->vgs[hi - 1].negated) {
      vc->intent_neg = 1;
      vc->status = ACTA_NEGATED;
    }
  } else if (hg->to_inf && hi > vg0) {
    const vgroup *pg = &w->vgs[hi - 1];
    const acta_token *ph = &w->toks.v[pg->head];
    if (d->keds_only && pg->skipped && pg->last + 1 == hg->first) {
      /* "called on Gondor to be allowed to leave": the appeal's content
       * goes on */
      acta_trace(w, "  dropped (asked for, not done): the content of an appeal\n");
      g->skipped = 1;
      return 0;
    }
    if (pg->last + 1 == hg->first ||
        (pg->last < hg->first && w->toks.v[hg->first - 1].tag == P_TO)) {
      int rs = pg->passive ? acta_raising_status(d, ph->vlemma) : -1;
      /* invented30a: "has not planned to invest", "can't be expected to
       * support", "does not intend to withdraw", "never wanted to pay": a
       * plan, intent or expectation its own verb negates names no act,
       * neither done nor announced (as "did not agree with the plan to
       * lift", nonact_verb); not "refused to", "failed to" (a refusal, an
       * act not done), nor "did not agree to" (an accord negated) */
      if (!d->keds_only && p && pg->negated &&
          acta_lemma_in5(w->cw, ph->vlemma, WL5_UNDONE_PLAN)) {
        acta_trace(w, "  dropped (not carried out): \"%s\": the act of a plan or an "
                   "expectation its verb negates (\"%s\")\n",
                   d->strings.data + p->text, norm(w, pg->head));
        g->skipped = 1;
        return 0;
      }
      /* invented25: a bare participle after a comma or a noun is the
       * same passive ("passed a law that legalized possession, intended
       * to target street-level dealers") */
      int bare_pp = pg->first == pg->head && ph->penn == PT_VBN && pg->first > s->first &&
                    (is_punct(w, pg->first - 1, ',') || w->toks.v[pg->first - 1].tag == P_NOUN);
      if (!d->keds_only && (pg->passive || bare_pp) && intent_verb(d, ph->vlemma)) {
        /* "a law intended to target dealers", "the raid was planned to
         * coincide with": a thing's purpose, no one's act */
        vc->purpose = 1;
      } else if (rs < 0 && !d->keds_only && ph->penn == PT_VBG &&
          acta_lemma_is(ph->vlemma, w->cw->l_go)) {
        /* "is going to deploy", "were going to attack": a future, as
         * "will" is; not done ("went on to attack" is) */
        if (status_rank(ACTA_INTENDED) > status_rank(vc->status)) vc->status = ACTA_INTENDED;
        vc->announced = 1;
        if (pg->negated) vc->status = ACTA_NEGATED;
      } else if (rs >= 0 && rs != ACTA_INTENDED && !d->keds_only && hg->first == hg->head &&
                 w->toks.v[hg->head].penn == PT_VB) {
        /* invented27: "a trafficker who is thought to work closely with
         * the Zetas", "the clan is believed to control the port": a
         * present infinitive after a passive of belief or saying is what
         * one is held to do, a state guessed, no act ("is believed to have
         * ambushed", "to be holding" stay, hedged) */
        if (p) acta_trace(w, "  dropped (a state: \"%s to %s\": what one is held to do, no "
                          "act)\n", norm(w, pg->head), norm(w, hg->head));
        g->skipped = 1;
        return 0;
      } else if (rs >= 0) {
        if (status_rank(rs) > status_rank(vc->status)) vc->status = rs;
        if (rs == ACTA_INTENDED) vc->announced = 1; /* "is set to visit" */
        if (pg->negated) vc->status = ACTA_NEGATED;
      } else if (control_verb(d, ph->vlemma) && aspect_done(w, ph)) {
        /* "continued to kill", "began to withdraw": the act is done */
        if (!d->keds_only) done_governor_status(w, pg, hg, vc); /* prec39d */
      } else if (!d->keds_only && control_verb(d, ph->vlemma) && aspect_verb(w, ph) &&
                 future_modal(w, pg, vc->fr != NO)) {
        /* "would continue to impose sanctions", "will begin to withdraw":
         * the act to come; announced as "will impose" is when its own
         * source says so (acta_code_verbs), else a forecast (codes8) */
        if (status_rank(ACTA_INTENDED) > status_rank(vc->status)) vc->status = ACTA_INTENDED;
        vc->aspect_future = 1;
        if (pg->negated) vc->status = ACTA_NEGATED;
      } else if (control_verb(d, ph->vlemma) && object_between(w, pg, hg)) {
        /* "want the attorney general to arrest", "expect the army to
         * withdraw": what one wants of another is not done */
        if (p) acta_trace(w, "  dropped (asked for, not done): wanted of another\n");
        g->skipped = 1;
        return 0;
      } else if (control_verb(d, ph->vlemma)) {
        if (status_rank(ACTA_INTENDED) > status_rank(vc->status)) vc->status = ACTA_INTENDED;
        vc->announced = announcing_verb(d, w, ph->vlemma);
        int before_negation = vc->status; /* the refraining's below */
        if (pg->negated) vc->status = ACTA_NEGATED;
        vc->plan_negated = pg->negated && !acta_lemma_is(ph->vlemma, w->cw->l_refuse) &&
                           !acta_lemma_is(ph->vlemma, w->cw->l_fail);
        if (intent_verb(d, ph->vlemma) && !(ph->flags & TF_USED)) {
          vc->intent = 1;
          vc->intent_trig = pg->head;
          vc->intent_neg = pg->negated;
        }
        if (!d->keds_only && pg->negated && intent_verb(d, ph->vlemma) &&
            negation_after_head(w, pg)) {
          /* prec37d: "the FARC vowed not to attack oil pipelines", "agreed
           * never to kidnap": the commitment is made, its act is one to
           * refrain from; neither a negated threat (1384) nor a negated
           * attack (190): verb_events codes it.  The negation is the
           * refraining's, so the status is the one the commitment had
           * before it: intended, or one that outranks it (a hedging or
           * denying frame: "it is believed that the ELN pledged not to
           * kidnap" stays hedged) */
          vc->refrain = 1;
          vc->intent = vc->intent_neg = vc->plan_negated = 0;
          vc->intent_trig = pg->head;
          vc->status = before_negation;
        }
        if (acta_lemma_is(ph->vlemma, w->cw->l_refuse) ||
            acta_lemma_is(ph->vlemma, w->cw->l_fail)) {
          /* "refused to extradite" is a rejection (12x) when CAMEO has
           * one for the act (acta_refusal_code), else a negated act */
          if (!d->keds_only && acta_lemma_is(ph->vlemma, w->cw->l_refuse) && !pg->negated)
            vc->refused = (vc->fr != NO ? w->frames[vc->fr].status : ACTA_ASSERTED) + 1;
          vc->status = ACTA_NEGATED; /* "refused to", "failed to reach" */
        }
      } else if (!d->keds_only && w->tok_ment[hg->first - 2] != NO &&
                 acta_lemma_in2(w->cw, ph->vlemma, WL2_CAUSE_VERB) && !pg->to_inf &&
                 !pg->negated && pg->modal_status == ACTA_ASSERTED) {
        /* "prompted the minister to declare", "led the president to fire
         * the chief": the one moved to act did act (not "aimed to push
         * militias to disarm") */
      } else if (hg->first >= s->first + 2 && w->tok_ment[hg->first - 2] != NO &&
                 !(p && p->exact && p->npre && vc->pm.used_from <= pg->head)) {
        /* "urged Iran to release": the content of an appeal, not coded
         * (unless a KEDS pattern spells out the verb before: "+ HOSTING
         * * TABASKI") */
        if (p) acta_trace(w, "  dropped (asked for, not done): the content of an appeal\n");
        g->skipped = 1;
        return 0;
      } else if ((!acta_lemma_in(d->coder_words, ph->vlemma, WL_DID_VERB) ||
                  go_to_purpose(w, s, pg, ph, hg, vg0)) &&
                 !(hg->first >= s->first + 2 && is_word(w, hg->first - 2, w->cw->w_able))) {
        /* "bought radars to help track flights"; but "managed to free",
         * "went on to capture", "was forced to withdraw", "were able to
         * rescue" tell of an act done ("while she went to see the mayor",
         * in a clause of time with no "on", is where she was going: prec47e) */
        vc->purpose = 1;
      } else if (!d->keds_only) {
        done_governor_status(w, pg, hg, vc); /* prec39d */
      }
    } else {
      vc->purpose = 1;
    }
  } else if (hg->to_inf) {
    vc->purpose = 1; /* "To fight the gangs, the army ..." */
  }
  return 1;
}

/* Verbs that only look like acts (nonact_verbs.c): a result clause's
 * comment, a support participle describing a noun, the writer's "we", a
 * demand's content, "demonstrated" as "shown", "so called": dropped (1,
 * traced); "found them not guilty": negated. */
static void mark_unreal(sent_ctx *sc, uint32_t from, uint32_t to);

/* mend41d: is code a material act (roots 06-09, cooperation and aid, and
 * 15-20, force and coercion), the acts "have long" and "has continued to"
 * tell as going on (a stance or a comment stays)? */
static int material_root(const char *code) {
  int root = cameo_root(code);
  return (root >= 6 && root <= 9) || root >= 15;
}

static int nonact_verb(acta_coder *c, sent_ctx *sc, size_t gi, size_t vg0, verb_coding *vc) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  vgroup *g = &w->vgs[gi];
  const char *code = d->cameo[vc->p->cameo].code;
  const char *pat = d->strings.data + vc->p->text;
  const char *why;
  if (acta_so_called(w, s, g)) {
    acta_trace(w, "  dropped (naming, not a call): \"%s\": \"so called\" names\n", pat);
    return 1;
  }
  if (acta_mandated_clause(w, s, gi, vg0)) {
    acta_trace(w, "  dropped (asked for, not done): \"%s\": the content of a demand\n", pat);
    g->skipped = 1;
    return 1;
  }
  if ((why = acta_result_comment(w, s, g))) {
    acta_trace(w, "  dropped (an inference): \"%s\": %s\n", pat, why);
    return 1;
  }
  if ((why = acta_support_description(w, s, g, code))) {
    acta_trace(w, "  dropped (a description): \"%s\": %s\n", pat, why);
    return 1;
  }
  if ((why = acta_own_staff_appeal(w, s, g, code))) {
    acta_trace(w, "  dropped (no actor): \"%s\": %s\n", pat, why);
    return 1;
  }
  if ((why = acta_thing_released(w, s, g, code, pat))) {
    acta_trace(w, "  dropped (excluded sense): \"%s\": %s\n", pat, why);
    return 1;
  }
  if ((why = acta_writer_act(w, s, g))) {
    acta_trace(w, "  dropped (reporter only): \"%s\": %s\n", pat, why);
    return 1;
  }
  if ((why = acta_attribution_words(w, s, g))) {
    acta_trace(w, "  dropped (reporter only): \"%s\": %s\n", pat, why);
    return 1;
  }
  if ((why = acta_class_description(w, s, gi, vg0))) {
    acta_trace(w, "  dropped (habitual): \"%s\": %s\n", pat, why);
    return 1;
  }
  /* "..., injuring three others" after an accident: the accident's harm */
  if (cameo_root(code) >= 18 && cameo_root(code) <= 20 &&
      w->toks.v[g->head].penn == PT_VBG && g->first > s->first &&
      is_punct(w, g->first - 1, ',') && (why = acta_accident_reason(c, s, g->head))) {
    acta_trace(w, "  dropped (an accident): \"%s\": %s\n", pat, why);
    return 1;
  }
  if (acta_attributive_participle(w, s, g)) {
    acta_trace(w, "  dropped (an adjective): \"%s\": a participle qualifying the noun after "
               "it\n", pat);
    return 1;
  }
  if (acta_participle_noun(w, s, g)) { /* invented16 */
    acta_trace(w, "  dropped (an adjective): \"%s\": a participle after \"the\" as a noun "
               "(the convicted, the accused), no act\n", pat);
    return 1;
  }
  /* "seemed worried about", "appear to fear" (invented12) */
  if (acta_seeming_stance(w, s, g)) {
    acta_trace(w, "  dropped (speculation): \"%s\": what the writer guesses (seems, "
               "appears), not told\n", pat);
    return 1;
  }
  if (acta_figurative_destruction(w, s, g, code)) {
    acta_trace(w, "  dropped (endangered): \"%s\": a process or a state undermined, no "
               "property destroyed\n", pat);
    return 1;
  }
  /* codes18: "did not agree with the plan to lift the curfew rules",
   * "has no plans to withdraw": a plan negated or disowned is no act of
   * the subject's, neither done nor announced */
  if (vc->status == ACTA_NEGATED && acta_planned_infinitive(w, s, g)) {
    acta_trace(w, "  dropped (not carried out): \"%s\": the act of a plan the clause "
               "negates\n", pat);
    return 1;
  }
  if (acta_planned_infinitive(w, s, g) && status_rank(ACTA_INTENDED) > status_rank(vc->status)) {
    acta_trace(w, "  intended: \"%s\": the act a plan or an effort names\n", pat);
    vc->status = ACTA_INTENDED;
  }
  /* (speed37b: acta_claimed_clause and acta_conditional_segment are asked
   * only in a sentence with a noun of claim, "if" or "unless": each fires
   * only at such a word) */
  if (acta_felt_passive(w, s, g) && status_rank(ACTA_ALLEGED) > status_rank(vc->status)) {
    acta_trace(w, "  alleged: \"%s\": how its subject feels it (feel targeted), its claim\n",
               pat);
    vc->status = ACTA_ALLEGED;
  }
  if ((acta_sentence_lists(c, s, 4) & WL4_CLAIM_NOUN) && acta_claimed_clause(w, s, g) &&
      status_rank(ACTA_ALLEGED) > status_rank(vc->status)) {
    acta_trace(w, "  alleged: \"%s\": the clause of an accusation, a claim or a rumour\n", pat);
    vc->status = ACTA_ALLEGED;
  }
  if (acta_fight_abstract(w, s, g, code)) {
    acta_trace(w, "  dropped (excluded sense): \"%s\": a practice fought or moved, no force "
               "used on anyone\n", pat);
    return 1;
  }
  if ((why = acta_document_pattern(w, s, g))) {
    acta_trace(w, "  dropped (habitual): \"%s\": %s\n", pat, why);
    return 1;
  }
  if (cameo_root(code) >= 17 && cameo_root(code) <= 20 && acta_ratio_object(w, s, g)) {
    acta_trace(w, "  dropped (statistic): \"%s\": a ratio (for every, per), no act\n", pat);
    return 1;
  }
  /* "criminal groups have long battled over the docks" (invented12) */
  const int material = material_root(code);
  if (material && acta_long_perfect(w, s, g)) {
    acta_trace(w, "  dropped (habitual): \"%s\": have long: an act done for a long time, "
               "no one act\n", pat);
    return 1;
  }
  if (material && acta_continued_act(w, s, g)) { /* prec41d */
    acta_trace(w, "  dropped (habitual): \"%s\": has continued to, continues to: an act "
               "going on, no one act\n", pat);
    return 1;
  }
  if ((why = acta_figurative_hit(w, s, g, code))) {
    acta_trace(w, "  dropped (excluded sense): \"%s\": %s\n", pat, why);
    return 1;
  }
  if (acta_noun_read_as_verb(w, s, g)) {
    acta_trace(w, "  dropped (naming): \"%s\": a plural noun before another verb's "
               "auxiliary, read as a verb\n", pat);
    return 1;
  }
  if (acta_modifier_past(w, s, g, code)) {
    acta_trace(w, "  dropped (an adjective): \"%s\": a past form in the subject of the verb "
               "after it (US-supported raids ... have ceased)\n", pat);
    return 1;
  }
  if (acta_neglect_not_defiance(w, s, g, code)) {
    acta_trace(w, "  dropped (excluded sense): \"%s\": neglect of a fact or a problem, no "
               "norm defied\n", pat);
    return 1;
  }
  if (acta_present_participle_state(w, s, gi, vg0)) {
    acta_trace(w, "  dropped (habitual): \"%s\": an -ing clause going on from the simple "
               "present tells a standing state\n", pat);
    return 1;
  }
  if ((acta_sentence_lists(c, s, 1) & WL_CONDITION) && acta_conditional_segment(w, s, g)) {
    acta_trace(w, "  dropped (conditional (if, unless, whether)): \"%s\": \"if\" before it, "
               "no mark between\n", pat);
    return 1;
  }
  if (acta_relative_stance(w, s, g, code)) {
    acta_trace(w, "  dropped (a state): \"%s\": words or a stance in a relative clause describe "
               "who someone is\n", pat);
    return 1;
  }
  if (acta_counted_participle(w, s, g) ||
      (gi > vg0 && g->first > s->first && is_and_or(w, g->first - 1) &&
       w->vgs[gi - 1].last + 1 == g->first && acta_counted_participle(w, s, &w->vgs[gi - 1]))) {
    acta_trace(w, "  dropped (statistic): \"%s\": a participle inside a count (the number of "
               "people detained)\n", pat);
    return 1;
  }
  if (acta_yet_to(w, s, g)) {
    acta_trace(w, "  negated: \"%s\": yet to be done\n", pat);
    vc->status = ACTA_NEGATED;
  }
  if (acta_self_financing(w, s, g, code)) {
    acta_trace(w, "  dropped (no aid): \"%s\": money for one's own operations\n", pat);
    return 1;
  }
  if (acta_fate_disjunction(w, s, g)) { /* background13 */
    acta_trace(w, "  dropped (background): \"%s\": two fates joined by \"or\" (killed or "
               "captured) sum up many, no one act\n", pat);
    /* (its count is no toll either: "killed or captured 22 of the 37") */
    mark_unreal(sc, g->first, vc->end > g->last ? vc->end : g->last);
    return 1;
  }
  if (acta_insist_on_doing(w, s, g, code)) { /* background13 */
    acta_trace(w, "  dropped (no demand): \"%s\": insisting on doing something oneself\n", pat);
    return 1;
  }
  if (acta_instrument_purpose(w, s, g)) {
    acta_trace(w, "  dropped (purpose (an act to be done, not done)): \"%s\": what a body or a "
               "means before \"for\" is for\n", pat);
    return 1;
  }
  if (acta_as_opposed(w, s, g)) {
    acta_trace(w, "  dropped (excluded sense): \"%s\": \"as opposed to\" contrasts\n", pat);
    return 1;
  }
  if ((why = acta_shown_not_done(w, g, code))) {
    acta_trace(w, "  dropped (excluded sense): \"%s\": %s\n", pat, why);
    return 1;
  }
  if ((why = acta_dwelling_occupied(w, s, g, code))) { /* invented15 */
    acta_trace(w, "  dropped (excluded sense): \"%s\": %s\n", pat, why);
    return 1;
  }
  if (acta_comma_reduced_participle(w, s, g, code)) { /* invented34 */
    acta_trace(w, "  dropped (background): \"%s\": a participle after a comma describing "
               "the object before it, no act of the clause's subject\n", pat);
    return 1;
  }
  if (acta_acquittal(w, s, g, code)) {
    acta_trace(w, "  negated: \"%s\": found not guilty\n", pat);
    vc->status = ACTA_NEGATED;
  }
  return 0;
}

/* speakers18: may a bare verb after "and" share the status of verb group
 * pg before it?  Only when pg's head is a bare form too, whose modal, "do"
 * or "to" the second verb takes ("did not attack and kill", "failed to act
 * and arrest", "will attack and occupy"); a participle's or a tensed verb's
 * "be" or "have" no bare verb can take, so the bare form there is a present
 * tense of its own ("have not been charged and deny any role": they deny
 * it).  KEDS dictionaries keep the old reading. */
static int bare_shares_status(const acta_dict *d, const struct acta_work *w, const vgroup *pg) {
  return d->keds_only || w->toks.v[pg->head].penn == PT_VB;
}

/* The verb group's own marks on the status: an allegation ("accused X of
 * V-ing"), a raising verb, modals, "reportedly", negation -- but a KEDS
 * pattern that spells out the negation ("NOT *", "DID N'T *") codes the
 * negated act itself. */
static void verb_status(const struct acta_work *w, const vgroup *g,
                        verb_coding *vc) {
  if (g->alleged && status_rank(ACTA_ALLEGED) > status_rank(vc->status))
    vc->status = ACTA_ALLEGED;
  if (g->accuser != NO && vc->rep == NO) vc->rep = g->accuser;
  if (g->raised && status_rank(g->raised - 1) > status_rank(vc->status))
    vc->status = g->raised - 1;
  vc->status = acta_vg_status(w, g, vc->status);
  const acta_pattern *p = vc->p;
  if (p && p->exact && vc->status == ACTA_NEGATED && vc->pm.used_from < g->head) {
    for (uint32_t q = vc->pm.used_from; q < g->head; q++)
      if (w->toks.v[q].tag == P_NEG) {
        vc->status = vc->fr != NO ? w->frames[vc->fr].status : ACTA_ASSERTED;
        break;
      }
  }
}

/* Is "to" + verb group g the complement of a verb of planning just before
 * it ("plans to ask", "is expected to request", "was set to file", "seeks
 * to declare")? */
static int planned(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g == w->vgs) return 0;
  const vgroup *pg = g - 1;
  return pg->first >= s->first && pg->last < g->first &&
         acta_lemma_in2(w->cw, w->toks.v[pg->head].vlemma, WL2_PLAN_VERB);
}

/* A reporting verb with no clause of its own: "X announced new rules", "X
 * said the talks were difficult" -- a statement, coded after the event
 * nouns ("announced a ceasefire" is the ceasefire, not a statement). */
static void pend_statement(acta_coder *c, sent_ctx *sc, size_t gi,
                           const verb_coding *vc, int frame_of) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const vgroup *g = &w->vgs[gi];
  const acta_token *h = &w->toks.v[g->head];
  uint32_t rv;
  /* "plans to ask", "is expected to request": words only planned are not
   * said (a speaker's "will ask" is) */
  if (vc->status == ACTA_INTENDED && !d->keds_only && planned(w, sc->s, g)) {
    if (frame_of == NO && acta_u64map_get(&d->report, h->vlemma, &rv))
      acta_trace(w, "  dropped (not carried out): \"%s\": words planned, not said\n",
                 norm(w, g->head));
    return;
  }
  /* prec46a: "has to announce", "would need to announce": a saying owed
   * or needed, no word said, as "has to arrest" is no arrest (a purpose,
   * complement_status) */
  if (vc->purpose && !d->keds_only) {
    if (frame_of == NO && acta_u64map_get(&d->report, h->vlemma, &rv))
      acta_trace(w, "  dropped (%s): \"%s\": words to be said, not said\n", ACTA_WHY_PURPOSE,
                 norm(w, g->head));
    return;
  }
  if (frame_of == NO && !g->passive && !d->keds_only && h->vlemma != ACTA_NO_WORD &&
      acta_u64map_get(&d->report, h->vlemma, &rv) && g->subject != NO &&
      sc->npending < sizeof sc->pending / sizeof sc->pending[0]) {
    pending_statement *ps = &sc->pending[sc->npending++];
    ps->vg = gi;
    ps->cameo = rv & 0xFFFFFFu;
    ps->status = vc->status;
    /* prec46e: "officials claimed not to know of any deal": the
     * "not" after the reporting verb's head negates what is said, not
     * the saying, which is made (as a commitment not to act is made:
     * negation_after_head) */
    if (!d->keds_only && vc->status == ACTA_NEGATED && negation_after_head(w, g))
      ps->status = vc->fr != NO ? w->frames[vc->fr].status : ACTA_ASSERTED;
    ps->rep = vc->rep;
    ps->end = vc->end;
  }
}

/* Verb groups whose pattern codes nothing: a passive raising verb before
 * its complement ("is believed to"), KEDS's subordinate clauses after a
 * coded event and verbs with no object, a dictionary's "[---]". */
static int codes_nothing(acta_coder *c, const sent_ctx *sc, const vgroup *g,
                         const verb_coding *vc) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  const acta_pattern *p = vc->p;
  const acta_token *h = &w->toks.v[g->head];
  if (g->passive && acta_raising_status(d, h->vlemma) >= 0 && g->last < s->last &&
      (w->toks.v[g->last].tag == P_TO || is_word(w, g->last, w->cw->w_of)))
    return 1;
  /* KEDS: a subordinate clause is coded only when nothing before it was
   * ("..., after crowds burned down its embassy"), unless CODE ALL */
  if (d->keds_only && !w->code_all && c->nevents > sc->ev_before &&
      acta_keds_subordinate(w, g, s->first)) {
    acta_trace(w, "  subordinate clause after a coded event: skipped\n");
    return 1;
  }
  /* TABARI's CODE BY CLAUSE: once a verb of a clause is coded, the verbs
   * after it in that clause are not ("was in accord with a noisy anti-Gondor
   * march"); "and", "but", "or", "nor" (not in a list of actors,
   * tabari_sources.c) or ';' start another clause, and a subordinate code
   * ("SAID [023?]") does not count */
  const char *lastp = c->nevents > sc->ev_before ? c->events[c->nevents - 1].pattern : NULL;
  const char *close = lastp ? strrchr(lastp, ']') : NULL;
  if (d->tabari && !w->code_all && c->nevents > sc->ev_before &&
      !(close && close > lastp && close[-1] == '?')) {
    size_t at = c->events[c->nevents - 1].verb_start;
    uint32_t q = g->first;
    while (q > s->first && w->toks.v[q - 1].start >= at &&
           !(acta_tabari_clause_starts(w, s, q) || is_punct(w, q - 1, ';')))
      q--;
    if (q == s->first || w->toks.v[q - 1].start < at) {
      acta_trace(w, "  a verb after a coded one in its clause: skipped (CODE BY CLAUSE)\n");
      return 1;
    }
  }
  if (d->keds_only && !g->passive && p->nel == 0 && acta_keds_no_object(d, w, g, vc->end)) {
    acta_trace(w, "  no object: KEDS codes nothing\n");
    return 1;
  }
  if (p->cameo == ACTA_NO_CODE) {
    /* a dictionary's "---" / "[---]": the verb is known and codes nothing */
    acta_trace(w, "  dropped (excluded sense): %s:%u \"%s\" codes nothing\n",
               d->files[p->file], p->line, d->strings.data + p->text);
    consume_words(w, g->last, vc->pm.used_to, s->last);
    return 1;
  }
  return 0;
}

/* PETRARCH `% *` (TABARI: any `%`): the members of the compound act on
 * each other.  Returns 0 when the pattern is no such one. */
static int compound_events(acta_coder *c, const sent_ctx *sc, const vgroup *g,
                           const verb_coding *vc) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_pattern *p = vc->p;
  const pmatch *pm = &vc->pm;
  /* TABARI: a % after the verb too ("HAS * WITH %": its indexCompound is
   * both source and target wherever it stands) */
  if (!(pm->compound != NO && p->compound &&
        (pm->source == pm->compound || (d->tabari && pm->target == pm->compound))))
    return 0;
  const acta_cameo *cm = &d->cameo[p->cameo];
  for (int32_t a = pm->compound; a != NO; a = w->ments[a].next_in_group)
    for (int32_t b = w->ments[a].next_in_group; b != NO; b = w->ments[b].next_in_group) {
      acta_emit(c, sc, a, b, vc->rep, p, cm, g->head, vc->status,
                EMIT_PAIR | ACTA_EV_COMPOUND, acta_intern_str(&d->words, p->head));
      acta_emit(c, sc, b, a, vc->rep, p, p->cameo2 ? &d->cameo[p->cameo2 - 1] : cm,
                g->head, vc->status, EMIT_PAIR | ACTA_EV_COMPOUND,
                acta_intern_str(&d->words, p->head));
      /* TABARI: each member is the source once for each other, so a
       * paired code ("% * [044:045]") gives both codes both ways */
      if (d->tabari && p->cameo2) {
        acta_emit(c, sc, b, a, vc->rep, p, cm, g->head, vc->status,
                  EMIT_PAIR | ACTA_EV_COMPOUND, acta_intern_str(&d->words, p->head));
        acta_emit(c, sc, a, b, vc->rep, p, &d->cameo[p->cameo2 - 1], g->head, vc->status,
                  EMIT_PAIR | ACTA_EV_COMPOUND, acta_intern_str(&d->words, p->head));
      }
    }
  if (vc->fr != NO) acta_mark_produced(w, vc->fr);
  return 1;
}

/* The people a coercion or assault pattern names as its object, when the
 * pattern's last word lies in a bare role phrase ("captured four gang
 * members" with `173 capture {member|...}`): acta_default_target does not
 * take a role phrase the pattern words fall in, since the troops one
 * deploys are one's own; the people one arrests, abducts or kills (roots
 * 17, 18 and 20) are the target.  NO otherwise. */
static int32_t coerced_object(const struct acta_work *w, const acta_dict *d,
                              const vgroup *g, const acta_pattern *p, uint32_t used_to) {
  int root = cameo_root(d->cameo[p->cameo].code);
  if (root != 17 && root != 18 && root != 20) return NO;
  if (used_to < g->last || w->tok_ment[used_to] == NO) return NO;
  const mention *m = &w->ments[w->tok_ment[used_to]];
  if (m->absorbed || m->modifier) return NO;
  return m->group;
}

/* objects12: does actor tgt stand after a verb group that follows token
 * from (an actor named in another clause than an object ending there), or
 * right after a preposition of place ("captured one of the most wanted men
 * in Panama": where the people were, no target)? */
static int after_other_verb(const struct acta_work *w, uint32_t from, int32_t tgt) {
  uint32_t t0 = w->ments[w->ments[tgt].group].first;
  if (t0 > from && tok_in(w, t0 - 1, WL_LOCATIVE) && !is_word(w, t0 - 1, w->cw->w_from))
    return 1;
  for (uint32_t k = from; k < t0; k++)
    if (w->tok_vg[k] != NO) return 1;
  return 0;
}

/* "helped make Venezuela a transit country", "would help train a unit",
 * "helped to push": help with a verb after it gives no aid; the verb after
 * it is the act. */
static int helps_do(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!acta_lemma_is(w->toks.v[g->head].vlemma, w->cw->l_help)) return 0;
  uint32_t q = g->last;
  if (q < s->last && w->toks.v[q].tag == P_TO) q++;
  return q < s->last && w->tok_vg[q] != NO && w->vgs[w->tok_vg[q]].first == q &&
         w->toks.v[w->vgs[w->tok_vg[q]].head].penn == PT_VB;
}

/* Is verb group g a lone "-ing" word after an adverb of degree ("this
 * very threatening phenomenon", "an extremely damaging report"): an
 * adjective, no act? */
static int graded_participle(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g) {
  static const char *const degree[] = {"very", "so", "too", "extremely", "highly",
                                        "most", "quite", "rather", "less", "least", NULL};
  if (g->first != g->head || g->first <= s->first) return 0;
  if (w->toks.v[g->head].penn != PT_VBG) return 0;
  return norm_one_of(w, g->first - 1, degree);
}

/* Is token t a capitalised word, not in capitals throughout? */
static int cap_word(const char *text, const acta_token *t) {
  if (t->kind == TK_PUNCT || text[t->start] < 'A' || text[t->start] > 'Z') return 0;
  for (uint32_t i = t->start + 1; i < t->end; i++)
    if (text[i] >= 'a' && text[i] <= 'z') return 1;
  return 0;
}

/* Is verb group g's head a word of a name or title in a sentence's body:
 * capitalised, after a capitalised word, neither of them the sentence's
 * first ("the group known as People Persecuted by ...", "a report titled
 * Cartels Recruit Teenagers")? */
static int titled_verb(const char *text, const struct acta_work *w, const acta_sentence *s,
                       const vgroup *g) {
  if (g->first < s->first + 2) return 0;
  return cap_word(text, &w->toks.v[g->head]) && cap_word(text, &w->toks.v[g->first - 1]);
}

/* prec45d: is verb group g followed by a name (an actor's phrase, or
 * capitalised words, articles and numbers) and then right away by the
 * first word of a tensed verb group ("a gang called MS13 attacked"): the
 * name is the tensed verb's subject, no object of g's? */
static int name_then_verb(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  uint32_t q = g->last;
  if (q >= s->last) return 0;
  if (w->tok_ment[q] != NO && w->ments[w->tok_ment[q]].first == q) {
    q = w->ments[w->tok_ment[q]].last;
  } else {
    uint32_t q0 = q;
    while (q < s->last && q < q0 + 8 && w->tok_vg[q] == NO &&
           (w->toks.v[q].tag == P_PROPN || w->toks.v[q].tag == P_DET ||
            w->toks.v[q].tag == P_NUM))
      q++;
    if (q == q0) return 0;
  }
  if (q >= s->last || w->tok_vg[q] == NO) return 0;
  const vgroup *v = &w->vgs[w->tok_vg[q]];
  return v != g && v->first == q && acta_finite_group(w, v);
}

/* Is verb group g "call" in its naming sense, which calls no one: a name
 * given after a noun ("a gang called the Rastrojos", "traffickers --
 * called coyotes --", "the Urabenos, also called ..."), "what X called",
 * or an object with its name or description after it ("called Venezuela
 * one of the top routes", "calling it ""meddling""", "called the task
 * impossible")?  Only the bare verb: "call for", "call on", "call off"
 * are patterns of their own.  participle_only (prec45d, for a pattern
 * with words of its own: "a gang called MS13 attacked the village on
 * Monday" is no "call + on"): the participle after what it names only. */
static int naming_call(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                       int participle_only) {
  if (!acta_lemma_is(w->toks.v[g->head].vlemma, w->cw->l_call)) return 0;
  /* "what some have called", "what he called" */
  for (uint32_t q = g->first, k = 0; !participle_only && q > s->first && k < 5; q--, k++) {
    if (w->toks.v[q - 1].kind == TK_PUNCT) break;
    if (is_word(w, q - 1, w->cw->w_what)) return 1;
  }
  if (participle_only && !name_then_verb(w, s, g)) return 0;
  if (g->first == g->head && g->first > s->first) {
    /* a participle after what it names: "a gang called", "-- called",
     * "also called"; not a subject ("the army called ..."): the noun
     * phrase before it follows a preposition or a verb, or is indefinite */
    uint32_t b = g->first;
    const acta_token *pv = &w->toks.v[b - 1];
    if (pv->kind == TK_PUNCT && (pv->punct == ',' || pv->punct == '-' || pv->punct == '('))
      return 1;
    if (is_word(w, b - 1, w->cw->w_also)) return 1;
    if (pv->tag == P_NOUN) {
      while (b > s->first && np_tag(w->toks.v[b - 1].tag)) b--;
      if (is_word(w, b, w->cw->w_a) || is_word(w, b, w->cw->w_an) ||
          (b > s->first && (w->toks.v[b - 1].tag == P_PREP || w->toks.v[b - 1].tag == P_VERB ||
                            w->toks.v[b - 1].tag == P_AUX)))
        return 1;
    }
  }
  /* the object, then its name: a quotation, an article, an adjective or a
   * number ("called Quiroga the last of the bosses") */
  uint32_t q = g->last;
  if (participle_only || q >= s->last) return 0;
  if (is_punct(w, q, '"')) return 1;
  if (w->toks.v[q].tag == P_PRON) {
    q++;
  } else {
    if (w->toks.v[q].tag == P_DET) q++;
    uint32_t n0 = q;
    while (q < s->last && (w->toks.v[q].tag == P_ADJ || w->toks.v[q].tag == P_NOUN ||
                           w->toks.v[q].tag == P_PROPN || w->toks.v[q].tag == P_POSS))
      q++;
    if (q == n0) return w->toks.v[q].tag == P_ADJ; /* "called it quits" */
  }
  if (q >= s->last) return 0;
  const acta_token *t = &w->toks.v[q];
  return is_punct(w, q, '"') || t->tag == P_DET || t->tag == P_ADJ || t->tag == P_NUM ||
         t->tag == P_NOUN || t->tag == P_PROPN;
}

/* "agreed to", "pledged to" with nothing more (`030 agree to`): an intent
 * only when a verb follows the "to", and only when that verb codes nothing
 * of its own ("agreed to withdraw its troops" is the intent to withdraw,
 * coded from "withdraw"; "agreed to the amendment" is no intent to act).
 * Returns 1 when the bare pattern yields to them (traced). */
static int bare_intent_yields(const acta_coder *c, const sent_ctx *sc,
                              const vgroup *g, const verb_coding *vc) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_pattern *p = vc->p;
  /* "refused to release": the bare `120 refuse` yields to the refusal the
   * act has (acta_refusal_code: 1243) */
  int refuse = p->nel == 0 && acta_lemma_is(w->toks.v[g->head].vlemma, w->cw->l_refuse) &&
               g->last < sc->s->last && is_word(w, g->last, w->cw->w_to);
  if (!refuse &&
      (p->nel != 1 || p->has_target || p->noun || !is_word(w, vc->pm.used_to, w->cw->w_to)))
    return 0;
  uint32_t q = refuse ? g->last + 1 : vc->pm.used_to + 1;
  int32_t cv = q < sc->s->last ? w->tok_vg[q] : NO;
  if (cv == NO || !w->vgs[cv].to_inf) {
    if (refuse) return 0;
    acta_trace((struct acta_work *)w, "  dropped (no act follows): \"%s\": no verb after \"to\"\n",
               d->strings.data + p->text);
    return 1;
  }
  const vgroup *h = &w->vgs[cv];
  uint32_t end = acta_clause_end(w, h->last, sc->s->last, h->scope);
  pmatch m;
  int has_pats;
  const acta_pattern *hp = acta_best_pattern(d, w, &d->verb_pats, h->head,
                                             h->head + 1, end, sc->s->first, h->scope,
                                             &m, &has_pats);
  if (hp && hp->cameo != ACTA_NO_CODE &&
      (!refuse || acta_refusal_code(d->cameo[hp->cameo].code))) {
    acta_trace((struct acta_work *)w, "  dropped (the act it %s is coded): \"%s\"\n",
               refuse ? "refuses" : "announces", d->strings.data + p->text);
    return 1;
  }
  return 0;
}

/* How far after a passive its "in a clash with X" may start. */
#define CLASH_REACH 6
/* How many words an aside set off by commas between a passive and its
 * clash may hold ("killed, three of them Venezuelan citizens, in a clash"). */
#define APPOSITIVE_REACH 8

/* The actor a passive's victims clashed with: "were killed in a
 * confrontation with the security forces", "wounded in clashes with
 * police" -- "in", then a clash noun (WL_CLASH_NOUN) with at most a few
 * words before it, then "with" and an actor.  force20: an "in" that opens
 * no clash ("was killed in 2012 in a shootout with security officials")
 * is passed over to the next, within reach and the passive's clause (no
 * other verb between); and "in a clash between rival gangs", one phrase
 * of armed groups fighting each other (acta_event_noun_agent's tolls
 * read it so), names them the doers ("between police and gangs" names
 * two sides: which one did it is not written).  NO if none. */
int32_t acta_clash_partner(const struct acta_work *w, const vgroup *g, uint32_t end,
                           uint32_t *noun) {
  uint32_t lim = g->last + CLASH_REACH;
  int skipped = 0;
  for (uint32_t q = g->last; q < end && q < lim; q++) {
    if (q > g->last && w->tok_vg[q] != NO && &w->vgs[w->tok_vg[q]] != g) break;
    /* actors23: "were killed, two of them Colombians, in a clash between
     * rival gangs": one aside set off by commas, no verb in it, is passed */
    if (!skipped && is_punct(w, q, ',')) {
      uint32_t c = q + 1;
      while (c < end && c < q + APPOSITIVE_REACH && w->tok_vg[c] == NO && !is_punct(w, c, ','))
        c++;
      if (c < end && c < q + APPOSITIVE_REACH && is_punct(w, c, ',')) {
        skipped = 1;
        lim += c - q;
        q = c;
        continue;
      }
    }
    if (!is_word(w, q, w->cw->w_in)) continue;
    uint32_t n = q + 1;
    while (n < end && n < q + 4 && !tok_in(w, n, WL_CLASH_NOUN) &&
           (w->toks.v[n].tag == P_DET || w->toks.v[n].tag == P_ADJ ||
            w->toks.v[n].tag == P_NUM))
      n++;
    if (!(n + 2 < end && tok_in(w, n, WL_CLASH_NOUN))) continue;
    int32_t x = w->tok_ment[n + 2];
    if (x == NO) return NO;
    if (noun) *noun = n;
    if (is_word(w, n + 1, w->cw->w_with)) return w->ments[x].group;
    const mention *m = &w->ments[x];
    if (is_word(w, n + 1, w->cw->w_between) && m->next_in_group == NO &&
        &w->ments[m->group] == m && m->first == n + 2 && acta_armed_group_role(m->role))
      return m->group;
    return NO;
  }
  return NO;
}

/* How far after a passive its "after a police raid" may start (a
 * participle sharing its auxiliary may stand between: "were arrested and
 * charged with trafficking after a police raid"). */
#define OPERATION_REACH 16

/* The force whose operation a passive was done in: "were arrested after a
 * May 11 police raid", "was seized during an army operation" --
 * "after", "during", "in" ... (WL2_OPERATION_LEAD), then an actor's
 * phrase ending in an operation noun (WL2_OPERATION_NOUN), the actor its
 * modifier; not the passive's own side ("soldiers killed in a military
 * operation").  No verb between but passives sharing the first's
 * auxiliary or a bare participle after "and".  NO if none. */
int32_t acta_operation_agent(const struct acta_work *w, const vgroup *g, uint32_t end) {
  return acta_operation_agent_at(w, g, g->last, g->subject, end);
}

int32_t acta_operation_agent_at(const struct acta_work *w, const vgroup *g, uint32_t from,
                                int32_t subject, uint32_t end) {
  for (uint32_t q = from; q + 1 < end && q < from + OPERATION_REACH; q++) {
    int32_t v = w->tok_vg[q];
    /* "and charged with ...": a bare participle coordinated with it */
    if (v != NO && (!g || (&w->vgs[v] != g && !w->vgs[v].shared_aux &&
                           !(w->vgs[v].first == w->vgs[v].head &&
                             w->toks.v[w->vgs[v].head].penn == PT_VBN &&
                             w->vgs[v].first > g->last && is_and_or(w, w->vgs[v].first - 1)))))
      return NO;
    if (is_punct(w, q, ';') || is_punct(w, q, ':')) return NO;
    if (!tok_in2(w, q, WL2_OPERATION_LEAD)) continue;
    int32_t mi = w->tok_ment[q + 1];
    if (mi == NO) {
      /* actors8: "in a joint operation between Colombian and US law
       * enforcement": the forces named after "between" */
      uint32_t k = q + 1;
      while (k + 2 < end && w->tok_ment[k] == NO && w->tok_vg[k] == NO &&
             (w->toks.v[k].tag == P_DET || w->toks.v[k].tag == P_ADJ ||
              w->toks.v[k].tag == P_NOUN) &&
             !tok_in2(w, k, WL2_OPERATION_NOUN))
        k++;
      if (k + 2 >= end || w->tok_ment[k] != NO || !tok_in2(w, k, WL2_OPERATION_NOUN) ||
          !is_word(w, k + 1, w->cw->w_between))
        continue;
      uint32_t a = k + 2;
      if (w->toks.v[a].tag == P_DET && a + 1 < end) a++;
      int32_t x = w->tok_ment[a];
      if (x == NO || w->ments[w->ments[x].group].first != a || !w->ments[x].country[0])
        continue;
      x = w->ments[x].group;
      if (subject != NO && w->ments[x].role[0] &&
          acta_code_eq(w->ments[subject].role, w->ments[x].role))
        return NO;
      acta_trace((struct acta_work *)w, "  agent: the forces of the operation between \"%s\" ...\n",
                 w->ments[x].code);
      return x;
    }
    const mention *m = &w->ments[mi];
    if (m->first != q + 1 || !tok_in2(w, m->last - 1, WL2_OPERATION_NOUN) ||
        m->last - 1 == m->first)
      continue;
    /* "three soldiers were killed in a military operation": its own
     * side, killed by the ones it went after */
    if (subject != NO && m->role[0] && acta_code_eq(w->ments[subject].role, m->role))
      return NO;
    acta_trace((struct acta_work *)w, "  agent: the force of \"%.*s\" (%s)\n",
               (int)(w->toks.v[m->last - 1].end - w->toks.v[m->first].start),
               w->cur_text + w->toks.v[m->first].start, m->code);
    return m->group;
  }
  return NO;
}

/* How far before a passive its "in which" may stand, and how many words
 * of time or place may stand between the operation and the "in which". */
#define OPERATION_WHICH_REACH 10
#define OPERATION_TAIL_REACH 5

/* roles11: the force of an operation a relative clause opens on: "after a
 * federal police raid in March, in which 23 traffickers were arrested" --
 * the passive's clause starts with "in"/"during" ... (WL2_OPERATION_LEAD)
 * and "which", right after an actor's phrase ending in an operation noun
 * (the force its modifier), a comma and a short phrase of time between.
 * No verb between "which" and the passive; not the operation's own side
 * ("a police operation in which two officers were killed").  NO if none. */
static int32_t operation_relative_agent(const struct acta_work *w, const acta_sentence *s,
                                        const vgroup *g) {
  uint32_t k = g->first;
  while (k > s->first + 2 && k + OPERATION_WHICH_REACH > g->first) {
    k--;
    if (w->tok_vg[k] != NO && &w->vgs[w->tok_vg[k]] != g) return NO;
    if (w->toks.v[k].kind == TK_PUNCT) return NO;
    if (w->toks.v[k].tag == P_WH) break;
  }
  if (w->toks.v[k].tag != P_WH || !tok_in2(w, k - 1, WL2_OPERATION_LEAD)) return NO;
  uint32_t j = k - 2;
  if (is_punct(w, j, ',') && j > s->first) j--;
  uint32_t stop = j > OPERATION_TAIL_REACH ? j - OPERATION_TAIL_REACH : 0;
  while (j > s->first && j > stop && w->tok_ment[j] == NO && w->tok_vg[j] == NO &&
         (w->toks.v[j].tag == P_PREP || w->toks.v[j].tag == P_NUM ||
          w->toks.v[j].tag == P_PROPN || w->toks.v[j].tag == P_DET))
    j--;
  int32_t mi = w->tok_ment[j];
  if (mi == NO) return NO;
  const mention *m = &w->ments[mi];
  if (m->last - 1 != j || m->last - 1 == m->first || !tok_in2(w, j, WL2_OPERATION_NOUN))
    return NO;
  if (g->subject != NO && m->role[0] && !strcmp(w->ments[g->subject].role, m->role)) return NO;
  acta_trace((struct acta_work *)w, "  agent: the force of the operation \"in which\" (%s)\n",
             m->code);
  return m->group;
}

static void tabari_regular_actors(const struct acta_work *w, const sent_ctx *sc,
                                  const vgroup *g, int32_t *src, int32_t *tgt);

/* Source and target of a verb's event by its voice: active, the subject
 * and the pattern's target (else the first actor after it); passive, the
 * "by" agent and the subject (KEDS: a passive with no "by" is coded as
 * written); then the words a KEDS pattern spells before the verb, and a
 * dictionary pattern's own slots.  *flags gets ACTA_EV_PASSIVE. */
/* targets24b: the actor right after the verb of an appeal, an offer, aid
 * or a demand (roots 02, 03, 07, 10) whose pattern's own words, with no
 * target slot, follow it: the one asked or given to ("demanded the
 * government revive the truce" fits "demand {truce}", "offered the rebels
 * a ceasefire"); not a modifier ("the FARC peace deal"), not the source's
 * own; NO if none. */
static int32_t dative_actor(struct acta_work *w, const vgroup *g, uint32_t used_to,
                            int32_t src, const char *code) {
  int root = cameo_root(code);
  if ((root != 2 && root != 3 && root != 7 && root != 10) || g->last >= used_to) return NO;
  int32_t mi = w->tok_ment[g->last];
  if (mi == NO || w->ments[mi].first != g->last) return NO;
  const mention *m = &w->ments[mi];
  if (!m->code[0] || m->absorbed || m->modifier || m->last > used_to ||
      (src != NO && m->group == w->ments[src].group))
    return NO;
  acta_trace(w, "  target \"%s\" -> %s (the one asked or given to, before the pattern's "
             "words)\n", norm(w, m->last - 1), m->code);
  return m->group;
}

static void verb_roles(const acta_coder *c, const sent_ctx *sc, const vgroup *g,
                       const verb_coding *vc, int32_t *src_out, int32_t *tgt_out,
                       unsigned *flags) {
  const struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  const acta_pattern *p = vc->p;
  const pmatch *pm = &vc->pm;
  int32_t scope = g->scope, target = pm->target, src, tgt;
  uint32_t end = vc->end;
  /* a passive's "by" and the actor after it */
  int has_by = 0;
  int32_t by_agent = NO;
  if (g->passive)
    for (uint32_t q = g->last; q < end && q < g->last + GAP + 4; q++) {
      /* not another verb's "by": "was arrested in 2010 and set free by a
       * judge" (the judge arrested no one); "were kidnapped and killed by
       * the gang" share it */
      if (acta_other_verb_at(c->dict, w, g, q)) break;
      /* idioms13: "killed at the hands of the cartel" is "by the cartel" */
      int32_t hands = c->dict->keds_only ? NO : acta_hands_agent(w, q, s->last);
      if (hands != NO) {
        has_by = 1;
        by_agent = hands;
        break;
      }
      if (is_word(w, q, w->cw->w_by)) {
        has_by = 1;
        if (q + 1 < s->last && w->tok_ment[q + 1] != NO) {
          by_agent = w->ments[w->tok_ment[q + 1]].group;
          break;
        }
        /* prec43a: "by a bomb planted by the rebels": its user */
        if ((by_agent = acta_weapon_by_agent(c->dict, w, s, q)) != NO) break;
      }
    }
  /* "eight people were killed in a confrontation with the security
   * forces": the other side of the clash did it */
  if (g->passive && !has_by && !c->dict->keds_only) by_agent = acta_clash_partner(w, g, end, NULL);
  /* "were arrested after a police raid": the force of the operation */
  if (g->passive && !has_by && by_agent == NO && !c->dict->keds_only)
    by_agent = acta_operation_agent(w, g, end);
  if (g->passive && !has_by && by_agent == NO && !c->dict->keds_only)
    by_agent = operation_relative_agent(w, s, g);
  /* actors23: "were killed in an attack blamed on the Zetas" */
  if (g->passive && !has_by && by_agent == NO && !c->dict->keds_only)
    by_agent = acta_attributed_agent(w, g, c->dict->cameo[p->cameo].code, s->last);
  /* actors34: "were arrested after authorities found ...": the force of
   * the clause of time beside it */
  if (g->passive && !has_by && by_agent == NO && !c->dict->keds_only)
    by_agent = acta_subordinate_agent(w, s, g, c->dict->cameo[p->cameo].code);
  /* KEDS: a passive with no "by" agent is coded as written ("X was
   * criticized over its dispute with Y": X, Y) */
  int keds_active = g->passive && p->exact && !has_by;
  if (g->passive && !keds_active) {
    tgt = g->subject;
    src = by_agent;
    /* "drones were supplied to Russia by Iran": the slot is the target */
    if (p->has_target && target != NO && target != src &&
        w->ments[target].first > g->head)
      tgt = target;
    *flags |= ACTA_EV_PASSIVE;
  } else {
    src = g->subject;
    tgt = target;
    if (tgt == NO && p->exact)
      tgt = acta_keds_target(w, g->last, end, scope, src);
    else if (tgt == NO && !p->has_target) {
      uint32_t oend = c->dict->keds_only ? end : acta_objects_end(w, g->last, end);
      tgt = acta_default_target(w, g, pm->used_to, oend, scope);
      if (tgt == NO && p->nlit > 0)
        tgt = dative_actor(c->work, g, pm->used_to, src, c->dict->cameo[p->cameo].code);
      if (tgt == NO && p->nlit > 0) tgt = coerced_object(w, c->dict, g, p, pm->used_to);
      /* objects12: "captured three people that had been tied to flights
       * to Belize": the people the pattern's words fall in, not an actor
       * named after another verb */
      else if (p->nlit > 0) {
        int32_t co = coerced_object(w, c->dict, g, p, pm->used_to);
        if (co != NO && co != tgt && after_other_verb(w, w->ments[co].last, tgt)) tgt = co;
      }
      /* targets34: "accepted the demands by protesters": who made them */
      if (tgt == NO && p->nlit > 0 && !c->dict->keds_only)
        tgt = acta_noun_author(c->work, g, pm->used_to, oend, src);
    }
  }
  /* KEDS: words before the verb stand between it and its subject
   * ("Eriador's death toll has risen": DEATH TOLL *) */
  if (p->exact && p->npre && pm->used_from < g->first && !g->passive) {
    int32_t ms = w->tok_ment[pm->used_from];
    /* TABARI: the subject stands before the auxiliaries too ("Gollum was
     * in accord": IN * after "was") */
    uint32_t uf = pm->used_from;
    while (p->exact == 2 && uf > s->first && w->tok_ment[uf - 1] == NO &&
           (w->toks.v[uf - 1].tag == P_AUX || w->toks.v[uf - 1].tag == P_MODAL))
      uf--;
    int32_t s2 = (ms != NO && !w->ments[ms].absorbed)
                     ? w->ments[ms].group
                     : acta_keds_subject_at(w, uf, s->first, scope, 1, NO);
    /* TABARI: the pattern's words took the phrase before the verb as its
     * target ("Gollum joined an anti-Gondor parade": ANTI- + *): the
     * source is the first actor of the sentence before it, as TABARI's
     * getRegularSource searches */
    if (c->dict->tabari && ms != NO && w->ments[ms].group == pm->target) {
      s2 = NO;
      for (size_t m = sc->m0; m < sc->m1 && s2 == NO; m++) {
        const mention *x = &w->ments[m];
        if (x->first >= w->ments[ms].first) break;
        if (!x->absorbed && x->code[0] && strncmp(x->code, "---", 3)) s2 = x->group;
      }
    }
    if (s2 != NO) {
      src = s2;
      if (tgt == s2) tgt = acta_keds_target(w, g->last, end, scope, src);
    }
  }
  /* a dictionary pattern's own slots ("+ WAS * BY $") */
  if (p->has_source && pm->source != NO) {
    if (g->passive && tgt == pm->source) tgt = NO;
    src = pm->source;
  }
  if (p->exact && pm->target != NO && pm->target != src) tgt = pm->target;
  /* TABARI: a target is found within the verb's clause (not past the
   * and/or that ends it) */
  if (c->dict->tabari && !g->passive && tgt != NO && tgt != pm->target &&
      w->ments[tgt].first > g->last &&
      w->ments[tgt].first >= acta_tabari_clause_end(w, g->last))
    tgt = NO;
  /* TABARI: a pattern with no `$` takes the source its sentence holds,
   * not the verb's subject (tabari_sources.c) */
  if (c->dict->tabari && !g->passive && !(p->has_source && pm->source != NO)) {
    int32_t ts = acta_tabari_regular_source(w, g, tgt);
    if (ts != NO && ts != src) {
      src = ts;
      if (tgt != NO && w->ments[tgt].group == src)
        tgt = acta_keds_target(w, g->last, end, scope, src);
    }
  }
  /* TABARI: a pronoun standing for the source is no target of it ("said it
   * would help it"): the next other actor */
  if (c->dict->tabari && src != NO && tgt != NO &&
      (w->ments[tgt].pronoun || w->ments[src].pronoun) &&
      !strcmp(w->ments[tgt].code, w->ments[src].code))
    tgt = acta_keds_target(w, w->ments[tgt].last, end, scope, src);
  /* ... and none after the verb: the nearest other actor before it */
  if (c->dict->tabari && w->tabari_targets && src != NO && tgt == NO && !g->passive)
    tabari_regular_actors(w, sc, g, &src, &tgt);
  *src_out = src;
  *tgt_out = tgt;
}

/* TABARI's regular actor search (its coder's getRegularSource and
 * getRegularTarget): with no source, the first actor of the sentence
 * before the verb, not the target's group, is the source (a verb whose
 * subject is no actor, acta_coder_set_keep_sourceless), and a target with
 * the source's code gives way to the next other actor after the verb;
 * with a source and no target, the nearest actor before the verb that is
 * not the source is the target (that too, or
 * acta_coder_set_tabari_targets).  *src stays NO when no actor stands
 * before the verb. */
static void tabari_regular_actors(const struct acta_work *w, const sent_ctx *sc,
                                  const vgroup *g, int32_t *src, int32_t *tgt) {
  for (size_t m = sc->m0; m < sc->m1 && *src == NO; m++) {
    const mention *x = &w->ments[m];
    if (x->first >= g->first) break;
    if (x->absorbed || !x->code[0] || (*tgt != NO && x->group == w->ments[*tgt].group))
      continue;
    *src = x->group;
  }
  /* a target that is the source again ("urged Bree to assist it": "it"
   * stands for the source): the next other actor after the verb */
  if (*src != NO && *tgt != NO && !strcmp(w->ments[*tgt].code, w->ments[*src].code)) {
    *tgt = NO;
    for (size_t m = sc->m0; m < sc->m1 && *tgt == NO; m++) {
      const mention *x = &w->ments[m];
      if (x->first >= g->last && !x->absorbed && x->code[0] &&
          strcmp(x->code, w->ments[*src].code))
        *tgt = x->group;
    }
  }
  if (*src == NO || *tgt != NO) return;
  for (size_t m = sc->m1; m-- > sc->m0;) {
    const mention *x = &w->ments[m];
    if (x->last > g->first || x->absorbed || !x->code[0] ||
        x->group == w->ments[*src].group || !strcmp(x->code, w->ments[*src].code))
      continue;
    *tgt = (int32_t)m;
    return;
  }
}

/* The events of a verb with its source: the act ("no one" negates it), its
 * reverse (PETRARCH `[032:033]`), the commitment ("agreed to withdraw" is
 * also 035) and a claim of responsibility ("the rebels claimed that they
 * had attacked": 015). */
static void verb_events(acta_coder *c, const sent_ctx *sc, const vgroup *g,
                        verb_coding *vc, int32_t src, int32_t tgt,
                        unsigned flags) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  const acta_pattern *p = vc->p;
  const acta_cameo *cm = vc->cm ? vc->cm : &d->cameo[p->cameo];
  int32_t rep = vc->rep, fr = vc->fr;
  /* "killed no one", "no police officers were killed" */
  if (tgt != NO && (!g->passive || tgt == g->subject) &&
      is_word(w, w->ments[tgt].first, w->cw->w_no))
    vc->status = ACTA_NEGATED;
  /* "captured four gang members": the object words name the people held */
  unsigned captives = 0;
  if (tgt != NO && !g->passive && p->nlit > 0 && w->tok_ment[vc->pm.used_to] != NO &&
      w->ments[w->tok_ment[vc->pm.used_to]].group == tgt)
    captives = EMIT_CAPTIVES;
  /* "captured" people (an actor with a role: "the suspects were captured",
   * "captured a police colonel") is a detention, not territory taken
   * (192 is "capture (a town)"), unless the role names a place's owner
   * ("the rebel stronghold") */
  /* (codes25: not when the pattern's own words name the place taken and
   * the people come after it, those it was taken from: "recaptured the
   * town of Bakhmut from the rebels" stays 192) */
  /* ... and so is a bare "captured" whose object names no place the
   * dictionaries know ("police captured Arauz Palacios", "was captured by
   * the army"): territory is taken with its name ("captured the town") */
  int bare_capture = !p->exact && !d->keds_only && p->nlit == 0 &&
                     acta_lemma_in5(w->cw, p->head, WL5_CAPTURE_VERB) &&
                     !strcmp(cm->code, "192") && tgt == NO;
  if (bare_capture ||
      (tgt != NO && !p->exact && acta_lemma_in5(w->cw, p->head, WL5_CAPTURE_VERB) &&
       !(p->nlit > 0 && w->ments[tgt].first > vc->pm.used_to) &&
       !strcmp(cm->code, "192") && people_captured(w, tgt))) {
    const acta_cameo *held = acta_cameo_find(d, "173");
    if (held) {
      cm = held;
      captives = EMIT_CAPTIVES;
    }
  }
  /* "prosecutors say they will investigate", "vowed to open an
   * inquiry", "don't intend to probe": CAMEO codes an investigation (root
   * 09) only once it is being or has been carried out, and root 03 has no
   * intent to investigate; a speaker's saying so is the statement
   * (claims.c).  A body that "decided to open an inquiry" opened it. */
  if ((vc->status == ACTA_INTENDED || vc->plan_negated) && !d->keds_only &&
      cameo_root(cm->code) == 9 && !decided_to(w, s, g)) {
    acta_trace(w, "  dropped (not carried out): \"%s\": an investigation announced or planned, "
               "not under way\n", d->strings.data + p->text);
    consume_words(w, g->last, vc->pm.used_to, s->last);
    return;
  }
  /* "Colombia plans to ask an organization", "is expected to request the
   * extradition", "planned to request information": words or a demand
   * (roots 01-02, 10-12) only planned are not yet said, and CAMEO has no
   * intent code for them; a speaker's "will ask" stays, announced */
  int words_root = cameo_root(cm->code);
  if (vc->status == ACTA_INTENDED && !d->keds_only && planned(w, s, g) &&
      (words_root <= 2 || (words_root >= 10 && words_root <= 12))) {
    acta_trace(w, "  dropped (not carried out): \"%s\": words planned, not said\n",
               d->strings.data + p->text);
    consume_words(w, g->last, vc->pm.used_to, s->last);
    return;
  }
  if (vc->status == ACTA_INTENDED && !d->keds_only && !vc->announced &&
      sanction_announced(w, g, cm, rep, src)) {
    vc->status = w->frames[rep].status;
    acta_trace(w, "  a sanction its imposer announces: imposed, %s\n", cm->code);
  }
  /* "the minister said the government would continue to impose
   * sanctions": its source's own announcement; "warned that criminals will
   * continue to attack" is another's forecast, no act (codes8) */
  if (vc->status == ACTA_INTENDED && vc->aspect_future && !d->keds_only &&
      own_announcement(w, rep, src)) {
    vc->announced = 1;
    acta_trace(w, "  an act to come its source announces: intended, %s\n", cm->code);
  }
  /* invented18: "soldiers will patrol the border", "the gendarmes will
   * provide support, reported Prensa Latina": a plain future no one
   * announces is the writer's forecast, no intent or threat (plain_future.c) */
  if (vc->status == ACTA_INTENDED && !d->keds_only && !vc->announced && !vc->intent &&
      (vc->aspect_future || future_modal(w, g, rep != NO)) &&
      acta_plain_future(w, s, g, rep, src, cm->code)) {
    acta_trace(w, "  dropped (not carried out): \"%s\": a plain future no one announces\n",
               d->strings.data + p->text);
    consume_words(w, g->last, vc->pm.used_to, s->last);
    return;
  }
  /* prec45d: an act of coercion, sanction or force (roots 16-20) only
   * planned is no threat when another tells of the plan ("police said the
   * cartel plans to take over the town", "Canete added that they were going
   * to target banks"), when the plan is reported or guessed ("the president
   * reportedly plans to suspend") or when it is a noun's content ("agreed
   * on protocols to shoot down planes"): CAMEO's root 13 is a threat its
   * maker tells.  Its doer's own word ("the gang said it planned to kill
   * them") and a plan the writer states ("the rebels plan to attack the
   * capital") stay the threat (negation_status.txt). */
  int plan_kind = vc->status == ACTA_INTENDED && !d->keds_only && cameo_root(cm->code) >= 16
                      ? only_planned(w, s, g)
                      : 0;
  if (plan_kind && !plan_owned(w, rep, src, plan_kind)) {
    acta_trace(w, "  dropped (not carried out): \"%s\": an act planned, no threat its doer "
               "made\n", d->strings.data + p->text);
    consume_words(w, g->last, vc->pm.used_to, s->last);
    return;
  }
  /* invented29: force planned, prepared or plotted that its doer does
   * not announce ("the gang was preparing to kill 12 officials, according
   * to the police", "told him that El Tuso planned to kill them") is a
   * plot found out, no threat made (root 13 is a threat told) */
  if (vc->status == ACTA_INTENDED && !d->keds_only && cameo_root(cm->code) >= 18 &&
      plotted_to(w, s, g) && !own_announcement(w, rep, src)) {
    acta_trace(w, "  dropped (not carried out): \"%s\": force plotted, no threat its doer "
               "made\n", d->strings.data + p->text);
    consume_words(w, g->last, vc->pm.used_to, s->last);
    return;
  }
  if (vc->refrain && !d->keds_only) {
    /* prec37d: a commitment to refrain from force ("vowed not to attack",
     * "pledged not to kidnap civilians") expresses an intent to
     * de-escalate, CAMEO 0356, by its maker, intended (or the status of
     * its report);
     * one to refrain from any other act names no act CAMEO codes */
    int root = cameo_root(cm->code);
    const acta_cameo *de = root >= 18 && root <= 20 ? acta_cameo_find(d, "0356") : NULL;
    if (de) {
      int st = rep != NO ? w->frames[rep].status : ACTA_ASSERTED;
      acta_trace(w, "  a commitment not to use force (\"%s not to\"): 0356\n",
                 norm(w, vc->intent_trig));
      acta_emit(c, sc, src, tgt, rep, NULL, de, vc->intent_trig,
                st == ACTA_ASSERTED ? ACTA_INTENDED : st, 0, norm(w, vc->intent_trig));
    } else {
      acta_trace(w, "  dropped (not carried out): \"%s\": a commitment not to act\n",
                 d->strings.data + p->text);
    }
    consume_words(w, g->last, vc->pm.used_to, s->last);
    return;
  }
  if (vc->status == ACTA_INTENDED &&
      (vc->announced || (vc->aspect_future && rep != NO) || future_modal(w, g, rep != NO)))
    flags |= EMIT_ANNOUNCED;
  else if (vc->status == ACTA_INTENDED && !d->keds_only && !vc->intent) {
    /* "tried to kidnap", "hoped to receive", "seeks to attack": tried or
     * wished, neither done nor announced */
    acta_trace(w, "  dropped (asked for, not done): \"%s\": tried or wished, not done\n",
               d->strings.data + p->text);
    consume_words(w, g->last, vc->pm.used_to, s->last);
    return;
  }
  int est = vc->status;
  int refused = vc->refused;
  /* "will not lift the ban", "said it would not release the tanker": the
   * negated future of an act CAMEO has a rejection for is that rejection
   * (12x), stated as "refused to" is, with the act kept as intended_act */
  if (!refused && !d->keds_only && g->negated && vc->status == ACTA_NEGATED &&
      future_modal(w, g, rep != NO) && acta_refusal_code(cm->code)) {
    refused = (rep != NO ? w->frames[rep].status : ACTA_ASSERTED) + 1;
    acta_trace(w, "  \"will not\": a refusal\n");
  }
  if (refused && acta_refusal_code(cm->code)) {
    flags |= EMIT_REFUSED;
    est = refused - 1;
  }
  acta_emit(c, sc, src, tgt, rep, p, cm, g->head, est, flags | captives,
            acta_intern_str(&d->words, p->head));
  /* PETRARCH `[032:033]`: the reverse event, target to source */
  if (p->cameo2 && tgt != NO && src != NO)
    acta_emit(c, sc, tgt, src, rep, p, &d->cameo[p->cameo2 - 1], g->head, vc->status,
              flags, acta_intern_str(&d->words, p->head));
  /* the commitment itself is an event of root 03: "agreed to withdraw"
   * is an expressed intent to yield (035) */
  const char *icode = vc->intent && !p->exact ? acta_intent_code(cm->code) : NULL;
  if (icode && !d->keds_only) {
    /* the act read by what it is (act_codes.c): "intended to target
     * dealers" is an intent to coerce (137), "vowed to fight" a bill none */
    acta_actor sa, ta;
    memset(&sa, 0, sizeof sa);
    memset(&ta, 0, sizeof ta);
    if (src != NO) acta_set_actor(w, d, &sa, &w->ments[src], acta_bare_country(sc));
    if (tgt != NO) acta_set_actor(w, d, &ta, &w->ments[tgt], acta_bare_country(sc));
    int no_target;
    /* codes12: and by whom it would harm ("vowed to kill the villagers":
     * 180, so 1383), as the announced act is (acta_emit) */
    const acta_cameo *vcm = acta_victim_code(w, d, s, cm, g->head, NULL,
                                             src != NO ? &sa : NULL, &ta);
    const acta_cameo *na = acta_act_code(w, d, s, vcm, g->head, src != NO ? &sa : NULL, &ta,
                                         &no_target);
    icode = na ? acta_intent_code(na->code) : NULL;
  }
  if (icode && acta_cameo_find(d, icode)) {
    int ist = vc->intent_neg ? ACTA_NEGATED
                             : (rep != NO ? w->frames[rep].status : ACTA_ASSERTED);
    acta_emit(c, sc, src, tgt, rep, NULL, acta_cameo_find(d, icode), vc->intent_trig,
              ist, 0, norm(w, vc->intent_trig));
  }
  /* "the rebels claimed that they had attacked ...": a speaker telling
   * of its own act of force claims responsibility (015) */
  int root = cameo_root(cm->code);
  /* ... of an act done: "said it would attack" claims nothing */
  /* ... of force: "authorities announced they had seized 290 kilos" (17)
   * is a report of police work, no claim of responsibility */
  if (!p->exact && g->self_report && fr != NO && w->frames[fr].vg != NO &&
      (d->keds_only ? (root >= 14 && root != 16) : root >= 18) &&
      w->frames[fr].status != ACTA_DENIED &&
      vc->status != ACTA_INTENDED && vc->status != ACTA_HEDGED &&
      vc->status != ACTA_NEGATED) {
    const acta_cameo *claim = acta_cameo_find(d, "015");
    if (claim)
      acta_emit(c, sc, src, tgt, w->frames[fr].parent, NULL, claim,
                w->vgs[w->frames[fr].vg].head, ACTA_ASSERTED, 0,
                acta_intern_str(&d->words, w->toks.v[w->vgs[w->frames[fr].vg].head].vlemma));
  }
  if (fr != NO) acta_mark_produced(w, fr);
  consume_words(w, g->last, vc->pm.used_to, s->last);
}

/* The one a denial (016) disputes a claim about: "X denied that Y ..."
 * Y, the subject of the denied clause (frame fr); "X denied supplying
 * drones to Y" Y, the first actor after the denied gerund.  NO when that is
 * X's own side or there is none. */
static int32_t denied_party(const struct acta_work *w, const acta_sentence *s,
                            size_t gi, size_t vg1, int32_t fr, int32_t src) {
  const vgroup *g = &w->vgs[gi];
  if (fr != NO) return acta_frame_subject(w, fr, src);
  if (gi + 1 >= vg1) return NO;
  const vgroup *n = &w->vgs[gi + 1];
  if (n->first != g->last || n->first != n->head || !tok_ends(w, n->head, "ing"))
    return NO;
  int32_t t = acta_first_mention(w, n->last, acta_clause_end(w, n->last, s->last, g->scope),
                                 g->scope, 1);
  if (t == NO || !w->ments[t].code[0] || src == NO) return NO;
  const mention *a = &w->ments[t];
  if (acta_same_side(a, &w->ments[src]) || (a->role_only && !a->country[0])) return NO;
  return t;
}

/* Widens the sentence's unreal span (whose figures and event nouns make no
 * event) to take in tokens [from, to). */
static void mark_unreal(sent_ctx *sc, uint32_t from, uint32_t to) {
  if (!sc->unreal || from < sc->unreal_from) sc->unreal_from = from;
  if (!sc->unreal || to > sc->unreal_to) sc->unreal_to = to;
  sc->unreal = 1;
}

/* Does a noun no actor phrase holds stand in tokens [from, to) ("them for
 * ties to the gang": the gang is the ties', not the verb's)? */
static int noun_between(const struct acta_work *w, uint32_t from, uint32_t to) {
  for (uint32_t q = from; q < to; q++)
    if (w->tok_ment[q] == NO && (w->toks.v[q].tag == P_NOUN || w->toks.v[q].tag == P_PROPN))
      return 1;
  return 0;
}

/* Codes each verb group [vg0, vg1) of the sentence with a main verb: its
 * best pattern, the status its complement, frame and own words give, its
 * source and target, then its events.  A reporting verb is coded after its
 * clause (claims.c), except a denial, an event of its own (016). */
void acta_code_verbs(acta_coder *c, sent_ctx *sc, size_t vg0, size_t vg1) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  for (size_t gi = vg0; gi < vg1; gi++) {
    vgroup *g = &w->vgs[gi];
    if (!g->has_main) continue;
    const acta_token *h = &w->toks.v[g->head];
    if (h->flags & TF_USED) continue; /* a word of an earlier verb's pattern */
    verb_coding vc;
    memset(&vc, 0, sizeof vc);
    vc.end = acta_clause_end(w, g->last, s->last, g->scope);
    acta_trace(w, " verb group \"%.*s\" lemma=%s%s%s\n",
               (int)(w->toks.v[g->last - 1].end - w->toks.v[g->first].start),
               c->cur_text + w->toks.v[g->first].start,
               h->vlemma != ACTA_NO_WORD ? acta_intern_str(&d->words, h->vlemma) : "?",
               g->passive ? " passive" : "", g->negated ? " negated" : "");
    vc.p = verb_pattern(c, sc, g, &vc);
    /* "U.S.-backed offensives", "Iranian-made drones": half of a compound
     * adjective, no verb */
    if (vc.p && !d->keds_only && h->start > s->start && c->cur_text[h->start - 1] == '-' &&
        h->start >= 2 && c->cur_text[h->start - 2] != ' ') {
      acta_trace(w, "  dropped (a compound adjective, not a verb): \"%s\"\n",
                 d->strings.data + vc.p->text);
      continue;
    }
    /* inside a frame: its status and reporter */
    vc.status = ACTA_ASSERTED;
    vc.rep = NO;
    vc.fr = g->scope;
    if (vc.fr != NO) {
      vc.rep = vc.fr;
      vc.status = w->frames[vc.fr].status;
    }
    if (!complement_status(c, sc, gi, vg0, &vc)) {
      /* what was asked for takes its words along: "urged X to suspend
       * military aid to Y" gives no aid event from the noun either */
      if (vc.p && !d->keds_only) consume_words(w, g->last, vc.pm.used_to, s->last);
      /* invented18: "a capacity to carry out operations such as the
       * killing of four people": what an actor can do tells of no act,
       * nor do the event nouns and figures of its clause */
      if (!d->keds_only && able_to(w, s, g)) mark_unreal(sc, g->first, vc.end);
      continue;
    }
    if (vc.purpose && !d->keds_only) { /* its pair shares it, coded or not */
      sc->unreal_vg = (int32_t)gi;
      sc->unreal_why = ACTA_WHY_PURPOSE;
    }
    verb_status(w, g, &vc);
    /* invented19: "have allegedly been storming villages, shooting at marchers,
     * burning houses": an "-ing" form after a comma going on a verb told as
     * alleged ("allegedly", "reportedly" at it) is alleged too */
    if (!d->keds_only && status_rank(ACTA_ALLEGED) > status_rank(vc.status)) {
      const vgroup *lg = acta_list_governor(w, s, g);
      if (lg && acta_vg_status(w, lg, ACTA_ASSERTED) == ACTA_ALLEGED) vc.status = ACTA_ALLEGED;
    }
    /* "failed to act and arrest them", "vowed to attack and occupy": a
     * bare verb after "and" shares the status of the verb before */
    /* (fights15: or after a comma, a list's member: "did not attack,
     * kidnap or kill", "will attack, kidnap and kill") */
    if (!d->keds_only && gi > vg0 && g->first > s->first &&
        (is_and_or(w, g->first - 1) || is_punct(w, g->first - 1, ',')) &&
        w->toks.v[g->head].penn == PT_VB && w->vgs[gi - 1].coded_status &&
        status_rank(w->vgs[gi - 1].coded_status - 1) > status_rank(vc.status) &&
        bare_shares_status(d, w, &w->vgs[gi - 1])) {
      vc.status = w->vgs[gi - 1].coded_status - 1;
      vc.announced = w->vgs[gi - 1].announced;
    }
    g->coded_status = (uint8_t)(vc.status + 1);
    g->announced = (uint8_t)vc.announced;
    /* is this the reporting verb of a frame? */
    int frame_of = NO;
    for (size_t f = 0; f < w->nframes; f++)
      if (w->frames[f].vg == (int32_t)gi) frame_of = (int)f;
    if (frame_of != NO && w->frames[frame_of].status != ACTA_DENIED) continue;
    if (!vc.p) {
      /* prec41e: a bare verb no pattern codes right after an unreal one
       * ("to help watch the coast and root out smugglers": help's purpose)
       * or one asked for passes the reason on to its pair */
      if (!d->keds_only && gi > vg0 && w->vgs[gi - 1].last == g->first &&
          g->first == g->head && w->toks.v[g->head].penn == PT_VB) {
        if (sc->unreal_vg != NO && (size_t)sc->unreal_vg + 1 == gi) sc->unreal_vg = (int32_t)gi;
        if (w->vgs[gi - 1].skipped) g->skipped = 1;
      }
      /* "were planning to launch an assault", "scheming to stage an
       * attack", "did not carry out the killing": a light verb's object
       * noun is its act, and that act is planned, wanted or not done */
      if (!d->keds_only && light_verb(d, h->vlemma)) {
        int frame_st = vc.fr != NO ? w->frames[vc.fr].status : ACTA_ASSERTED;
        const char *why = vc.purpose ? ACTA_WHY_PURPOSE
                          : (vc.status == ACTA_INTENDED || vc.status == ACTA_NEGATED) &&
                                  vc.status != frame_st
                              ? (vc.status == ACTA_NEGATED ? "negated" : "planned or intended")
                              : acta_unreal_reason(c, sc, g, vc.rep, 0, 0);
        if (why) {
          acta_trace(w, "  unreal (%s): the light verb \"%s\": its object noun tells of no act "
                     "done\n", why, norm(w, g->head));
          mark_unreal(sc, g->first, vc.end);
        }
      }
      pend_statement(c, sc, gi, &vc, frame_of);
      continue;
    }
    if (codes_nothing(c, sc, g, &vc)) continue;
    if (!d->keds_only && bare_intent_yields(c, sc, g, &vc)) continue;
    if (!d->keds_only && helps_do(w, s, g)) {
      acta_trace(w, "  dropped (no aid): \"%s\": helped to do something, the act is the "
                 "other verb's\n", d->strings.data + vc.p->text);
      continue;
    }
    /* (prec45d: a pattern with words of its own too, when no particle
     * follows the verb: "a gang called MS13 attacked the village on
     * Monday" holds no "call + on") */
    if (!d->keds_only &&
        (vc.p->nlit == 0 ? naming_call(w, s, g, 0)
                         : g->last < s->last && w->toks.v[g->last].tag != P_PREP &&
                               w->toks.v[g->last].tag != P_TO &&
                               w->toks.v[g->last].kind != TK_PUNCT &&
                               naming_call(w, s, g, 1))) {
      acta_trace(w, "  dropped (naming, not a call): \"%s\": a name or description given, "
                 "no one called\n", d->strings.data + vc.p->text);
      continue;
    }
    if (!d->keds_only && graded_participle(w, s, g)) {
      acta_trace(w, "  dropped (an adjective): \"%s\": an \"-ing\" word after an adverb of "
                 "degree describes, no act\n", d->strings.data + vc.p->text);
      continue;
    }
    if (!d->keds_only && titled_verb(c->cur_text, w, s, g)) {
      acta_trace(w, "  dropped (naming): \"%s\": a word of a name or title, no act\n",
                 d->strings.data + vc.p->text);
      continue;
    }
    if (g->document_act && vc.p->cameo != ACTA_NO_CODE &&
        (d->cameo[vc.p->cameo].quad == 2 || d->cameo[vc.p->cameo].quad == 4)) {
      acta_trace(w, "  dropped (words do no material act): \"%s\": a statement, a letter, a video\n",
                 d->strings.data + vc.p->text);
      continue;
    }
    if (!d->keds_only && !strcmp(d->cameo[vc.p->cameo].code, "0841") &&
        information_released(w, s, g)) {
      acta_trace(w, "  dropped (information released): \"%s\": a report, a cable, names: "
                 "no one set free\n", d->strings.data + vc.p->text);
      continue;
    }
    if (!d->keds_only && cameo_root(d->cameo[vc.p->cameo].code) == 13 && endangers(w, s, g)) {
      acta_trace(w, "  dropped (endangered): \"%s\": a thing put at risk, no one threatened\n",
                 d->strings.data + vc.p->text);
      continue;
    }
    if (!d->keds_only && cameo_root(d->cameo[vc.p->cameo].code) <= 8 &&
        simple_present_passive(d, w, gi, vg0)) {
      acta_trace(w, "  dropped (a state): \"%s\": words or cooperation in the simple present "
                 "passive describe a state\n", d->strings.data + vc.p->text);
      continue;
    }
    /* invented17: a threat in the simple present passive ("the country is
     * threatened by drug traffickers", "journalists are threatened by
     * gangs") is a standing danger, no one threat made */
    if (!d->keds_only && cameo_root(d->cameo[vc.p->cameo].code) == 13 &&
        simple_present_passive(d, w, gi, vg0)) {
      acta_trace(w, "  dropped (a state): \"%s\": a threat in the simple present passive is "
                 "a standing danger\n", d->strings.data + vc.p->text);
      continue;
    }
    /* force18: so is a blockade ("they are ringed by nine anti-narcotics
     * police", "the town is encircled by paramilitaries"): a standing guard
     * or siege described, no one act of surrounding */
    if (!d->keds_only && !strcmp(d->cameo[vc.p->cameo].code, "191") &&
        simple_present_passive(d, w, gi, vg0)) {
      acta_trace(w, "  dropped (a state): \"%s\": a blockade in the simple present passive is "
                 "a standing guard\n", d->strings.data + vc.p->text);
      continue;
    }
    if (!d->keds_only && words_in_restrictive_relative(w, s, g, d->cameo[vc.p->cameo].code)) {
      acta_trace(w, "  dropped (a state): \"%s\": words or a stance in a relative clause describe "
                 "who someone is\n", d->strings.data + vc.p->text);
      continue;
    }
    /* (what the dropped pattern used is no event noun either: "if the US
     * were holding talks" gives no 046 from "talks") */
    if (!d->keds_only && nonact_verb(c, sc, gi, vg0, &vc)) {
      consume_words(w, g->last, vc.pm.used_to, s->last);
      continue;
    }
    /* prec43e: a share is a statistic as the object of a material act
     * ("customs officers seize barely two percent of the contraband"); a
     * verb of no material act said of a share says it ("blamed 70 percent of the
     * killings on the gangs": an accusation made).  mend43e: only that test
     * is passed over, the others ("should", "can", "may") still hold */
    const char *unreal = acta_unreal_reason(c, sc, g, vc.rep, vc.purpose,
                                            !material_root(d->cameo[vc.p->cameo].code));
    /* "their power to carry out operations and detain suspects": the
     * second verb of a pair shares what the first was (prec39d: an adverb
     * between too, "to enter the firms and later extort them"; mend39d:
     * not a verb whose past reads as its base form, WL_SAME_PARTICIPLE,
     * which after "and then" is most often the past told: "stopped the
     * bus to search it and then beat the driver") */
    uint32_t pf = g->first;
    if (pf > s->first + 1 && w->toks.v[pf - 1].tag == P_ADV &&
        !tok_in(w, g->head, WL_SAME_PARTICIPLE))
      pf--;
    int pair = !d->keds_only && gi > vg0 && pf > s->first &&
               is_and_or(w, pf - 1) &&
               (w->toks.v[g->head].penn == PT_VB ||
                w->vgs[gi - 1].modal_status != ACTA_ASSERTED);
    if (!unreal && pair && sc->unreal_vg != NO && (size_t)sc->unreal_vg + 1 == gi)
      unreal = sc->unreal_why;
    /* "risk being kidnapped, beaten and raped": a participle listed after
     * an unreal passive shares its reason */
    if (!unreal && !d->keds_only && listed_participle(w, s, g, gi, vg0) && sc->unreal_vg != NO &&
        (size_t)sc->unreal_vg + 1 == gi)
      unreal = sc->unreal_why;

    /* "urged Iran to stop and withdraw": both are what was asked */
    if (!unreal && pair && w->vgs[gi - 1].skipped) {
      acta_trace(w, "  dropped (asked for, not done): the content of an appeal\n");
      g->skipped = 1;
      continue;
    }
    const char *total = unreal ? NULL
                               : acta_statistic_verb(c, sc, g, d->cameo[vc.p->cameo].code,
                                                     vc.end, vc.rep);
    if (total) {
      acta_trace(w, "  dropped (statistic): \"%s\": %s\n", d->strings.data + vc.p->text, total);
      unreal = "statistic";
    } else if (unreal) {
      acta_trace(w, "  dropped (%s): \"%s\"\n", unreal, d->strings.data + vc.p->text);
    }
    if (unreal) {
      consume_words(w, g->last, vc.pm.used_to, s->last);
      mark_unreal(sc, g->first, vc.end);
      sc->unreal_vg = (int32_t)gi;
      sc->unreal_why = unreal;
      continue;
    }
    if (compound_events(c, sc, g, &vc)) continue;
    int32_t src, tgt;
    unsigned flags = 0;
    verb_roles(c, sc, g, &vc, &src, &tgt, &flags);
    /* '"Russian forces are shelling us," Ukraine's army said': "us" in a
     * quotation is its speaker, and so is "me" ('"He met with me twice,"
     * the businessman said'), also after a preposition; "our cities" the
     * speaker only when it is a country ("our positions" is no
     * ministry's) */
    int32_t speaker = g->scope != NO && w->frames[g->scope].quoted
                          ? w->frames[g->scope].reporter : NO;
    uint32_t obj = g->last;
    if (obj + 1 < s->last && w->toks.v[obj].tag == P_PREP &&
        (is_word(w, obj + 1, w->cw->w_me) || tok_in(w, obj + 1, WL_FIRST_PLURAL)))
      obj++;
    if (tgt == NO && !g->passive && speaker != NO && speaker != src && obj < s->last &&
        (is_word(w, obj, w->cw->w_me) ||
         (tok_in(w, obj, WL_FIRST_PLURAL) &&
          (!is_word(w, obj, w->cw->w_our) || strlen(w->ments[speaker].code) == 3)))) {
      tgt = speaker;
      acta_trace(w, "  target \"%s\" -> %s (the quotation's speaker)\n",
                 norm(w, obj), w->ments[tgt].code);
    }
    const char *vlemma =
        h->vlemma != ACTA_NO_WORD ? acta_intern_str(&d->words, h->vlemma) : NULL;
    /* "raided the Villa Lugano neighborhood of Buenos Aires": a place,
     * not the government its capital's name stands for */
    if (!d->keds_only && !g->passive)
      tgt = acta_place_target(w, sc, tgt, d->cameo[vc.p->cameo].code, vc.pm.used_to);
    /* targets34: "gathered in the west Mexico state of Colima" */
    if (!d->keds_only) tgt = acta_own_place_target(w, sc, src, tgt);
    /* sources20: "arrested three people in La Paz accused of ... and
     * demanding payments": a capital after a preposition of place is where,
     * not the government acting */
    if (!d->keds_only && !g->passive) src = acta_place_source(w, sc, src);
    /* "negotiated with the help of the Church", "arrived with 15 armed
     * men": a helper or company, no party */
    if (!d->keds_only) tgt = acta_with_nonparty(w, tgt, d->cameo[vc.p->cameo].code);
    /* claims35: "seized the ranch at the request of the US Treasury" */
    if (!d->keds_only) tgt = acta_requester_target(w, s, tgt, d->cameo[vc.p->cameo].code);
    /* claims35: "froze his assets and prohibited businesses from ...";
     * prec37b: "killed members of the gang that killed the migrants" */
    if (!d->keds_only) {
      int32_t reached = tgt;
      tgt = acta_reach_target(w, s, g, tgt, d->cameo[vc.p->cameo].code);
      /* prec45e: the "-ing" verb after a comma the dropped target belongs
       * to ("..., arresting seven people") is no word of this pattern: it
       * is coded itself */
      if (tgt == NO && reached != NO && vc.pm.used_to >= w->ments[reached].first) {
        uint32_t q = w->ments[reached].first;
        while (q > g->last + 1 &&
               !(w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != w->tok_vg[g->head]))
          q--;
        const vgroup *o = q > g->last + 1 ? &w->vgs[w->tok_vg[q - 1]] : NULL;
        /* (the comma before it, past at most two adverbs of no group, as
         * acta_reach_target's verb_starts reads: ", then arresting") */
        uint32_t c = o ? o->first : 0;
        for (int n = 0; o && n < 2 && c > g->last + 1 && w->toks.v[c - 1].tag == P_ADV &&
                        w->tok_vg[c - 1] == NO;
             n++)
          c--;
        if (o && c > g->last + 1 && is_punct(w, c - 1, ',') && w->toks.v[o->head].penn == PT_VBG)
          vc.pm.used_to = c - 1;
      }
    }
    /* "announced the creation of a police unit": a thing made (targets9) */
    if (!d->keds_only) tgt = acta_made_thing_target(w, tgt);
    /* "rejected the classification by the U.S." (targets11) */
    if (!d->keds_only)
      tgt = acta_by_author_target(w, sc, g, src, tgt, d->cameo[vc.p->cameo].code);
    /* "opened an investigation into his ties to the Zetas" (targets19b) */
    if (!d->keds_only)
      tgt = acta_inquiry_link_target(w, sc, g, src, tgt, d->cameo[vc.p->cameo].code);
    /* "is training state police": cooperation or aid (roots 06, 07) whose
     * pattern's own words name the actor trained or aided ("train
     * {...|police|...}") is done to it (targets8) */
    if (tgt == NO && !d->keds_only && !g->passive &&
        (cameo_root(d->cameo[vc.p->cameo].code) == 6 || cameo_root(d->cameo[vc.p->cameo].code) == 7))
      for (uint32_t q = g->last; q <= vc.pm.used_to && q < s->last; q++) {
        int32_t x = w->tok_ment[q];
        if (x == NO || !w->ments[x].code[0] || w->ments[x].absorbed) continue;
        /* not a modifier ("staged joint military exercises"); not words
         * of an idiom that a preposition and the pattern's own target slot
         * follow ("joined forces with similar groups": "forces" is no
         * partner; targets24b) */
        if (!w->ments[x].modifier && w->ments[x].last <= vc.pm.used_to + 1 &&
            !(vc.p->has_target && w->ments[x].last <= vc.pm.used_to &&
              w->toks.v[w->ments[x].last].tag == P_PREP) &&
            (src == NO || w->ments[x].group != w->ments[src].group)) {
          tgt = w->ments[x].group;
          acta_trace(w, "  target \"%s\" -> %s (named by the pattern's own words)\n", norm(w, q),
                     w->ments[tgt].code);
        }
        break;
      }
    /* "investigated him", "shot Veras": an object no dictionary knows */
    if (!d->keds_only && !g->passive) {
      uint32_t from = g->last > vc.pm.used_to + 1 ? g->last : vc.pm.used_to + 1;
      /* "investigated them for ties to drug trafficking groups", "took
       * them hostage": an object pronoun right after the verb is its
       * object, whatever words of the pattern stand after it, unless the
       * pattern's target is the verb's own ("extradited him to
       * Guatemala": no noun between) */
      if (g->last < vc.end && tok_in(w, g->last, WL_OBJ_PERSON | WL_OBJ_PLURAL) &&
          (tgt == NO || noun_between(w, g->last + 1, w->ments[tgt].first)))
        from = g->last;
      tgt = acta_object_reference(w, sc, g, from, vc.end, src, tgt,
                                  d->cameo[vc.p->cameo].code, vlemma);
    }
    /* "sent a letter to the president asking that ...": its addressee
     * (targets23b) */
    if (!d->keds_only && !g->passive)
      tgt = acta_letter_addressee(w, sc, g, src, tgt, d->cameo[vc.p->cameo].code);
    /* "20 men who they had detained": an object relative (targets8) */
    if (tgt == NO && !d->keds_only && !g->passive)
      tgt = acta_relative_object(w, sc, g, src, d->cameo[vc.p->cameo].code);
    /* "shrug off the sanctions imposed by the US": who bears them (targets23c) */
    if (tgt == NO && !d->keds_only && g->passive)
      tgt = acta_bearer_target(w, sc, g, src, tgt, d->cameo[vc.p->cameo].code);
    /* "train, assist and equip the military": a shared object (targets8) */
    if (tgt == NO && !d->keds_only && !g->passive)
      tgt = acta_shared_object(w, sc, g, src, d->cameo[vc.p->cameo].code);
    /* "seized properties belonging to Sandoval", "raided Trevino's
     * ranch": the owner of the thing (objects12) */
    if (tgt == NO && !d->keds_only && !g->passive)
      tgt = acta_owner_target(w, sc, g, src, tgt, d->cameo[vc.p->cameo].code, vlemma);
    /* "threatened to decertify Colombia": whom the threatened act is on */
    if (!d->keds_only && !g->passive)
      tgt = acta_threat_target(w, g, vc.end, src, tgt, d->cameo[vc.p->cameo].code);
    /* "The ELN and EPL have been fighting": each other (of a passive,
     * only a joint act's agents: codes25) */
    if (!d->keds_only)
      tgt = acta_reciprocal_target(w, g, vc.end, src, tgt, d->cameo[vc.p->cameo].code,
                                   h->vlemma);
    /* prec41a: "he and President X signed": the one "he" stands for */
    if (!d->keds_only)
      tgt = acta_pronoun_partner(w, sc, g, vc.end, src, tgt, d->cameo[vc.p->cameo].code,
                                 h->vlemma);
    /* prec37b: "the CJNG and a rival gang are battling": the rival */
    if (!d->keds_only)
      tgt = acta_fight_other_side(w, sc, g, src, tgt, d->cameo[vc.p->cameo].code, h->vlemma);
    /* "sent 1,000 troops to Michoacan": the troops are no target */
    if (!d->keds_only && !g->passive)
      tgt = acta_deployment_target(w, g, s->last, src, tgt, d->cameo[vc.p->cameo].code, h->vlemma);
    /* "extradited trafficker Jairo Orellana to the United States" (coop15) */
    if (!d->keds_only)
      tgt = acta_extradition_target(w, g, vc.end, src, tgt, d->cameo[vc.p->cameo].code, h->vlemma);
    /* "Paschoalin was captured by the police", "Both were kidnapped by
     * a rival cartel": a passive's subject no dictionary codes */
    if (tgt == NO && !d->keds_only && g->passive && src != NO)
      tgt = acta_passive_subject(w, sc, g, vc.end, src, d->cameo[vc.p->cameo].code, vlemma);
    /* "Ortiz's campaign bus was ambushed by gunmen": the owner of the
     * thing the passive's subject names (objects12) */
    if (tgt == NO && !d->keds_only && g->passive && src != NO)
      tgt = acta_owner_target(w, sc, g, src, tgt, d->cameo[vc.p->cameo].code, vlemma);
    /* "asked for the inclusion of the ELN": not the ELN (targets8) */
    if (tgt != NO && !d->keds_only && !g->passive)
      tgt = acta_asked_for(w, g, tgt, d->cameo[vc.p->cameo].code);
    /* "intimidated enemies of the governor": not the governor (targets8) */
    if (tgt != NO && !d->keds_only) tgt = acta_enemies_of(w, tgt, "target");
    /* "the Zetas' rivals attacked": others of the Zetas' kind (actors24) */
    if (src != NO && !d->keds_only) src = acta_enemies_of(w, src, "source");
    /* "investigated the murder of 17 gold miners": not the miners (targets8) */
    if (tgt != NO && !d->keds_only)
      tgt = acta_investigated_victims(w, tgt, d->cameo[vc.p->cameo].code, g->first);
    /* "In El Salvador, the US funded the Attorney General's Office" (targets8) */
    if (tgt != NO && !d->keds_only)
      tgt = acta_recipient_country(w, sc, src, tgt, d->cameo[vc.p->cameo].code);
    /* "The US Treasury sanctioned Jose Ramirez": of the article's country (targets10) */
    if (tgt != NO && !d->keds_only)
      tgt = acta_sanctioned_country(w, sc, src, tgt, d->cameo[vc.p->cameo].code);
    /* "arrested seven Guatemalans": people, not their state (targets8) */
    if (tgt != NO && !d->keds_only)
      tgt = acta_nationality_target(w, sc, tgt, d->cameo[vc.p->cameo].code, vlemma, g->last,
                                    s->last);
    /* "hit out at her Colombian counterpart": the source's role (bodies15) */
    if (tgt != NO && src != NO && !d->keds_only) tgt = acta_counterpart_target(w, src, tgt);
    /* "three men were arrested for recruiting migrants": held for a crime,
     * suspects, not civilians */
    if (tgt != NO && !d->keds_only)
      tgt = acta_suspect_target(w, tgt, d->cameo[vc.p->cameo].code, g->last, vc.end, s->first,
                                s->last);
    /* "three of her brothers were captured" after a trafficker: kin of a
     * criminal held (targets24a) */
    if (tgt != NO && !d->keds_only)
      tgt = acta_kin_by_pronoun(w, sc, tgt, d->cameo[vc.p->cameo].code);
    /* "Hector Salcido Ramos was killed in a shootout with security
     * officials": an armed foe, not a civilian (targets25b) */
    if (tgt != NO && !d->keds_only)
      tgt = acta_clash_foe_target(w, g, vc.end, src, tgt, d->cameo[vc.p->cameo].code);
    /* a denial: the one the denied claim is about */
    if (tgt == NO && !d->keds_only && !g->passive &&
        !strcmp(d->cameo[vc.p->cameo].code, "016")) {
      tgt = denied_party(w, s, gi, vg1, frame_of, src);
      if (tgt != NO)
        acta_trace(w, "  denial: disputes a claim about %s\n", w->ments[tgt].code);
    }
    /* "Bohendi was beaten": a private person's name as the passive's
     * subject */
    if (src == NO && tgt == NO && g->passive && !d->keds_only) {
      tgt = acta_passive_private_subject(w, sc, g, d->cameo[vc.p->cameo].code);
      /* (held in a sentence of crime: a suspect, as above; targets15) */
      if (tgt != NO)
        tgt = acta_suspect_target(w, tgt, d->cameo[vc.p->cameo].code, g->last, vc.end, s->first,
                                  s->last);
    }
    /* "Mexican troops were deployed to Michoacan": their own side sent
     * them */
    if (src == NO && g->passive && g->subject != NO && !d->keds_only) {
      int32_t own = acta_deployed_source(w, g, g->subject, d->cameo[vc.p->cameo].code, h->vlemma);
      if (own != NO) {
        src = own;
        tgt = acta_deployment_target(w, g, vc.end, src, NO, d->cameo[vc.p->cameo].code,
                                     h->vlemma);
      }
    }
    /* "Pete Wilson signed an agreement": a name no dictionary knows, no
     * code (not a statement: docs/conventions.md) */
    if (src == NO && !g->passive && !d->keds_only)
      src = acta_named_source(d, w, sc, g, d->cameo[vc.p->cameo].code);
    int statistic = 0;
    const char *blocked =
        src == NO ? acta_agentless_reason(c, sc, g, d->cameo[vc.p->cameo].code, vc.end, tgt,
                                          &statistic)
                  : NULL;
    if (src == NO && !blocked) {
      /* "three soldiers were killed": the act with no source */
      acta_trace(w, "  agentless passive: no source\n");
      /* "two gunmen were captured": people taken, not territory (192),
       * an arrest as their figure would be */
      const char *role = w->ments[tgt].role;
      if (!strcmp(d->cameo[vc.p->cameo].code, "192") && role[0] && !acta_code_eq(role, "GOV") &&
          (vc.cm = acta_cameo_find(d, "173")) != NULL)
        acta_trace(w, "  people captured: 173, not 192\n");
      verb_events(c, sc, g, &vc, NO, tgt, flags | ACTA_EV_AGENTLESS);
      continue;
    }
    const char *kinds = acta_kinds_pattern(c, g, src, tgt); /* invented25 */
    if (kinds) {
      acta_trace(w, "  dropped (%s): \"%s\"\n", kinds, d->strings.data + vc.p->text);
      consume_words(w, g->last, vc.pm.used_to, s->last);
      continue;
    }
    if (src == NO && statistic) {
      acta_trace(w, "  dropped (statistic): \"%s\": an agentless passive, %s\n",
                 d->strings.data + vc.p->text, blocked);
      consume_words(w, g->last, vc.pm.used_to, s->last);
      /* nor does its subject's count make an event of its own */
      uint32_t from = w->ments[w->ments[tgt].group].first;
      mark_unreal(sc, from, vc.end);
      continue;
    }
    if (src == NO && !g->passive && w->keep_sourceless && d->keds_only) {
      /* TABARI's own search for the actors, or its DEFAULT: SOURCE */
      tabari_regular_actors(w, sc, g, &src, &tgt);
      acta_trace(w, "  no actor for its subject: %s\n",
                 src != NO ? "the first actor before the verb" : "kept with no source");
      verb_events(c, sc, g, &vc, src, tgt, flags | (src == NO ? ACTA_EV_SOURCELESS : 0));
      continue;
    }
    if (src == NO) {
      if (g->passive)
        acta_trace(w, "  dropped (no actor): \"%s\": %s%s\n", d->strings.data + vc.p->text,
                   blocked,
                   sc->passive_pat ? "" : " (a count in its sentence may still make an event)");
      else
        acta_trace(w, "  dropped (no actor): \"%s\": its subject is no actor (a disaster, "
                   "an accident, a thing)\n", d->strings.data + vc.p->text);
      if (g->passive && !sc->passive_pat) {
        sc->passive_pat = vc.p; /* its figure may still make an event */
        sc->passive_head = g->head;
      } else if (!g->passive) {
        sc->nonactor_agent = 1; /* "floods killed ...": not a political act */
      }
      continue;
    }
    if (tgt == NO && w->tabari_targets && d->keds_only && !g->passive && vc.p->has_source &&
        vc.pm.source != NO) {
      /* TABARI: a pattern that names the source before the verb ("$ ^ FOR
       * *") and no actor after it: the nearest other actor before it */
      tabari_regular_actors(w, sc, g, &src, &tgt);
      if (tgt != NO) acta_trace(w, "  target: the nearest other actor before the verb\n");
    }
    verb_events(c, sc, g, &vc, src, tgt, flags);
  }
}

/* prec43e: the status a passive verb of report or belief gives light verb
 * group gi, its "to" infinitive ("is said to have ordered an attack on",
 * "a firm alleged to have slipped cash to the rebels", "are thought to have
 * carried out the abduction"): alleged or hedged, negated when that verb
 * is ("is not believed to have ordered"); -1 when gi hangs on no such
 * verb.  A verb's own pattern reads it from its complement (verb_status);
 * an event noun after the light verb reads it here. */
static int raised_light_verb(const acta_dict *d, const struct acta_work *w,
                             const acta_sentence *s, int32_t gi) {
  if (gi == NO || gi == 0) return -1;
  const vgroup *g = &w->vgs[gi], *pg = &w->vgs[gi - 1];
  if (!g->to_inf || !pg->passive || pg->first < s->first || pg->last + 1 != g->first ||
      w->toks.v[g->first - 1].tag != P_TO)
    return -1;
  int rs = acta_raising_status(d, w->toks.v[pg->head].vlemma);
  if (rs != ACTA_ALLEGED && rs != ACTA_HEDGED) return -1;
  return pg->negated ? ACTA_NEGATED : rs;
}

/* The source of the event noun at token i: an actor inside the same phrase
 * before the noun ("Iran's assistance"), the subject of a light verb whose
 * object the phrase is ("launched an attack"), or the accused of "accused
 * Tehran of a brutal crackdown" (an allegation: *nstatus, reported by the
 * accuser: *accuse_rep).  NO if none. */
/* sources12: does the role word of event noun i's own phrase modify
 * another noun before i, not the event noun ("the child abuse
 * investigation", "a police corruption probe": the children and the police
 * are what it is about, not who investigates; "a police raid", "a
 * Venezuelan army raid", "the security forces operation" name the doers)?
 * The word before i is then a lower-case noun of no dictionary phrase (a
 * word of a phrase of several words or a plural role is locked a noun,
 * mentions.c). */
static int role_of_other_noun(const struct acta_work *w, const mention *m, uint32_t i) {
  if (!m->modifier || !m->role_only || m->phrase_first == 0 || i < 1) return 0;
  const acta_token *t = &w->toks.v[i - 1];
  return i - 1 > m->phrase_first && t->tag == P_NOUN && !t->lock && !(t->flags & TF_CAP);
}

/* invented15: is event noun i told as not done: "no" before it (up to
 * three adjectives, adverbs or nouns between: "made no arrests", "no official
 * investigation"), or "yet to be" and an article before that ("there has
 * yet to be a serious official investigation")? */
static int noun_not_done(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  uint32_t q = i;
  for (int k = 0; k < 3 && q > s->first &&
                  (w->toks.v[q - 1].tag == P_ADJ || w->toks.v[q - 1].tag == P_ADV ||
                   w->toks.v[q - 1].tag == P_NOUN);
       k++)
    q--;
  if (q > s->first && is_word(w, q - 1, w->cw->w_no)) return 1;
  if (q > s->first && (is_word(w, q - 1, w->cw->w_a) || is_word(w, q - 1, w->cw->w_an))) q--;
  return q >= s->first + 4 && is_vocab(w, q - 1, V_BE) && w->toks.v[q - 2].tag == P_TO &&
         is_vocab(w, q - 3, V_YET);
}

/* How many words may stand between "responsible" and the actor it is said
 * of ("the Zetas are said to be responsible", "which was held
 * responsible"). */
#define CULPABLE_REACH 6
/* How many words before the verbs of "responsible" a condition's word
 * may open their clause (mend46e). */
#define CULPABLE_CONDITION_REACH 12

/* actors24: the actor "responsible" at token r is said of ("the Zetas were
 * responsible for the massacre of", "Los Grises, the group responsible for
 * the murder", "the cartel, which was held responsible for the killing",
 * "a militia is believed responsible for a bombing"), with the status
 * the words between tell (prec46e, below): the subject of a verb group
 * among the auxiliaries, adverbs and participles before it, else the
 * actor's phrase right before them;
 * none when "not" or "never" stands between ("he was not responsible for
 * the massacre").  NO if none. */
static int32_t culpable_doer(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                             uint32_t r, int *nstatus) {
  int32_t src = NO;
  uint32_t q = r;
  /* prec46e: the status is what the words between tell: "be" alone
   * asserts ("the cartel was responsible for the kidnapping"), a verb of
   * report or blame alleges ("was held responsible", "are said to be
   * responsible"), one of belief guesses ("are believed to be
   * responsible"), and so do their adverbs and modals ("reportedly",
   * "may be").  The walk goes on over the whole chain of auxiliaries,
   * adverbs, "to" and verbs, the first subject found kept. */
  int st = ACTA_ASSERTED;
  int32_t last_vg = NO;
  while (q > s->first && r - q < CULPABLE_REACH) {
    const acta_token *t = &w->toks.v[q - 1];
    if (t->tag == P_NEG) return NO;
    if (w->tok_vg[q - 1] != NO) {
      const vgroup *g = &w->vgs[w->tok_vg[q - 1]];
      if (g->negated) return NO;
      if (w->tok_vg[q - 1] != last_vg) {
        last_vg = w->tok_vg[q - 1];
        int gs = acta_vg_status(w, g, ACTA_ASSERTED);
        const acta_token *h = &w->toks.v[g->head];
        if (h->word == ACTA_NO_WORD || d->info[h->word].closed != CC_BE)
          gs = acta_lemma_in(w->cw, h->vlemma, WL_RAISE_HEDGED) ? ACTA_HEDGED : ACTA_ALLEGED;
        /* mend46e: a modal among the group's words, as below */
        for (uint32_t m = g->first; m < g->last && gs != ACTA_ALLEGED && gs != ACTA_HEDGED; m++)
          if (w->toks.v[m].tag == P_MODAL)
            gs = tok_in(w, m, WL_MODAL_HEDGED) ? ACTA_HEDGED : ACTA_ALLEGED;
        if ((gs == ACTA_ALLEGED || gs == ACTA_HEDGED) && status_rank(gs) > status_rank(st)) st = gs;
      }
      if (src == NO) src = g->subject;
    } else if (t->tag != P_AUX && t->tag != P_MODAL && t->tag != P_ADV && t->tag != P_TO) {
      break;
    } else if (t->tag == P_ADV &&
               (tok_in(w, q - 1, WL_ADV_ALLEGED) || tok_in(w, q - 1, WL_ADV_HEDGED))) {
      int as = tok_in(w, q - 1, WL_ADV_ALLEGED) ? ACTA_ALLEGED : ACTA_HEDGED;
      if (status_rank(as) > status_rank(st)) st = as;
    } else if (t->tag == P_MODAL) {
      /* "may be responsible" hedged; mend46e: "would be responsible"
       * tells no act as done either: alleged */
      int ms = tok_in(w, q - 1, WL_MODAL_HEDGED) ? ACTA_HEDGED : ACTA_ALLEGED;
      if (status_rank(ms) > status_rank(st)) st = ms;
    }
    q--;
  }
  if (src == NO && q > s->first && w->tok_ment[q - 1] != NO &&
      w->ments[w->tok_ment[q - 1]].last == q)
    src = w->ments[w->tok_ment[q - 1]].group;
  if (src == NO) return NO;
  /* mend46e: "if", "unless" or "whether" opening the clause ("asked
   * whether the militia was responsible for the bombing"): asked or
   * supposed, no more than alleged */
  if (st == ACTA_ASSERTED)
    for (uint32_t k = q, n = 0; k > s->first && n < CULPABLE_CONDITION_REACH; k--, n++) {
      if (w->toks.v[k - 1].kind == TK_PUNCT) break;
      if (tok_in(w, k - 1, WL_CONDITION)) {
        st = ACTA_ALLEGED;
        break;
      }
    }
  acta_trace(w, "  the act an actor is held responsible for: its act, %s\n", acta_status_name(st));
  *nstatus = st;
  return acta_enemies_of(w, src, "source");
}

/* actors24: the doer of event noun i told as the crime a passive charge
 * is for ("five soldiers were accused of the extrajudicial killing of
 * eight farmers", "four ELN members were charged with last month's
 * killing of", "the rebels suspected of the bombing of"): the passive's
 * subject, as an allegation; after "responsible for", culpable_doer's.
 * The noun's phrase (from np_start) opens with a determiner or holds a
 * possessive, one act told: "charged with murder" names a crime, no one
 * act.  NO if none. */
static int32_t charged_doer(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                            uint32_t np_start,
                            uint32_t i, int *nstatus) {
  if (np_start < s->first + 2 || np_start == i) return NO;
  uint32_t p = np_start - 1;
  if (!is_word(w, p, w->cw->w_of) && !is_word(w, p, w->cw->w_with) &&
      !is_word(w, p, w->cw->w_for))
    return NO;
  int one_act = w->toks.v[np_start].tag == P_DET;
  for (uint32_t q = np_start; q < i && !one_act; q++)
    if (w->toks.v[q].tag == P_POSS) one_act = 1;
  if (!one_act) return NO;
  if (tok_in5(w, p - 1, WL5_CULPABLE_WORD)) return culpable_doer(d, w, s, p - 1, nstatus);
  if (w->tok_vg[p - 1] == NO) return NO;
  const vgroup *g = &w->vgs[w->tok_vg[p - 1]];
  if (!g->passive || g->negated || g->subject == NO || g->last != p ||
      !acta_lemma_in5(w->cw, w->toks.v[g->head].vlemma, (uint32_t)WL5_CHARGED_VERB))
    return NO;
  acta_trace(w, "  the crime a passive charge is for: its subject's act, alleged\n");
  *nstatus = ACTA_ALLEGED;
  return acta_enemies_of(w, g->subject, "source");
}

static int32_t noun_source(struct acta_work *w, const acta_dict *d,
                           const acta_sentence *s, uint32_t i, int32_t scope,
                           int *nstatus, int32_t *accuse_rep) {
  int32_t src = NO;
  int32_t mi = w->tok_ment[i];
  uint32_t np_start = i;
  while (np_start > s->first && np_tag(w->toks.v[np_start - 1].tag)) np_start--;
  for (uint32_t q = np_start; q < i; q++)
    if (w->tok_ment[q] != NO && w->tok_ment[q] != mi) { src = w->ments[w->tok_ment[q]].group; }
  if (src == NO && mi != NO && w->ments[mi].first < i &&
      (d->keds_only || !role_of_other_noun(w, &w->ments[mi], i)))
    src = w->ments[mi].group;
  uint32_t before = np_start;
  if (before > s->first + 1 && w->toks.v[before - 1].tag == P_ADV &&
      w->tok_vg[before - 2] != NO)
    before--; /* "carried out several attacks" */
  if (src == NO && before > s->first && w->tok_vg[before - 1] != NO) {
    /* light verbs: "launched an attack on", "staged a protest against" */
    const vgroup *g = &w->vgs[w->tok_vg[before - 1]];
    int rl;
    if (!g->passive && light_verb(d, w->toks.v[g->head].vlemma)) {
      src = g->subject;
      /* "accused of ordering the killing of a journalist", "denied
       * launching the attack": the light verb's status (sources12) */
      if (!d->keds_only && g->raised) *nstatus = g->raised - 1;
      else if (!d->keds_only && g->alleged) *nstatus = ACTA_ALLEGED;
      else if (!d->keds_only && (rl = raised_light_verb(d, w, s, w->tok_vg[before - 1])) >= 0)
        *nstatus = rl; /* prec43e */
      else if (!d->keds_only) {
        /* prec41e: "has reportedly made several incursions", "probably
         * carried out the attack": the light verb's adverb of report or
         * guess */
        int st = acta_vg_status(w, g, ACTA_ASSERTED);
        if (st == ACTA_ALLEGED || st == ACTA_HEDGED) *nstatus = st;
      }
    }
  }
  /* "accused Tehran of a brutal crackdown": the accused did it, as an
   * allegation */
  /* (prec46c: not a role word modifying a thing, "still no official
   * word of the engineers' release": a thing does nothing) */
  if (src == NO && before > s->first + 1 &&
      (is_word(w, before - 1, w->cw->w_of) || is_word(w, before - 1, w->cw->w_for)) &&
      w->tok_ment[before - 2] != NO && !w->ments[w->tok_ment[before - 2]].modifier &&
      w->ments[w->ments[w->tok_ment[before - 2]].group].after_verb) {
    src = w->ments[w->tok_ment[before - 2]].group;
    *nstatus = ACTA_ALLEGED;
    uint32_t of = w->ments[w->ments[w->tok_ment[before - 2]].group].first;
    if (of > s->first && w->tok_vg[of - 1] != NO &&
        w->vgs[w->tok_vg[of - 1]].subject != NO && scope == NO)
      *accuse_rep = acta_accuser_frame(w, w->vgs[w->tok_vg[of - 1]].subject);
  }
  if (src == NO && !d->keds_only) src = charged_doer(d, w, s, np_start, i, nstatus);
  return src;
}

/* Does the noun phrase of event noun i stand after a preposition ("in
 * response to a government crackdown", "tensions over a 2010 Peruvian
 * raid", "pointed to US support for", "since the Navy's own seizure of")?
 * Then the act is named as a thing the sentence talks about, told of no
 * one day; as the object of a verb ("announced the arrest of", "sets out
 * Bolivia's rejection of"), a subject ("Russian strikes on power
 * stations continued"), where a verb's act took place ("killed in an
 * air strike") or as what a sum is in ("$1.2 billion in military
 * assistance to Egypt") it is told. */
static int after_preposition(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  uint32_t q = i;
  while (q > s->first && np_tag(w->toks.v[q - 1].tag)) q--;
  /* invented23: quotation marks closing the words before ("said he
   * intended to \"pull back on\" the Justice Department's investigations
   * of police abuses") */
  while (q > s->first + 1 && is_punct(w, q - 1, '"')) q--;
  if (q == s->first) return 0;
  /* coop15: "to" before a noun phrase is a preposition too ("pointed to US
   * support for", "as it relates to US counter-drug assistance"), not
   * after a verb of outcome ("led to the arrest of": the act told) */
  if (w->toks.v[q - 1].tag == P_TO && is_word(w, q - 1, w->cw->w_to))
    return !(q >= s->first + 2 && w->tok_vg[q - 2] != NO &&
             acta_lemma_in3(w->cw, w->toks.v[w->vgs[w->tok_vg[q - 2]].head].vlemma,
                            WL3_OUTCOME_VERB));
  if (w->toks.v[q - 1].tag != P_PREP) return 0;
  /* "was killed in a Colombian air strike", "died during a police raid",
   * "assisted in the government's seizure of": the act the verb took
   * place in */
  if (q >= s->first + 2 && w->tok_vg[q - 2] != NO &&
      (is_word(w, q - 1, w->cw->w_in) || is_word(w, q - 1, w->cw->w_during)))
    return 0;
  /* "$1.2 billion in US military assistance": a sum, not a preposition
   * of place */
  return !(q >= s->first + 2 && is_word(w, q - 1, w->cw->w_in) &&
           w->toks.v[q - 2].tag == P_NUM);
}

/* Is token q a large count or a sum: "$", "million", "thousands"? */
static int large_count(const struct acta_work *w, uint32_t q) {
  const acta_token *tk = &w->toks.v[q];
  if (tk->kind == TK_PUNCT) return tk->punct == '$';
  switch (tk->vocab) {
    case V_HUNDREDS: case V_THOUSAND: case V_THOUSANDS: case V_MILLION: case V_MILLIONS:
    case V_BILLION:
      return 1;
    default:
      return 0;
  }
}

/* Is event noun i counted in a sum or in thousands: "$36.1 million in US
 * military aid", "thousands of arrests", "a $2 million aid package" (a
 * large count in its noun phrase or just before "in"/"of" ahead of it)?
 * Two ambushes are two acts. */
static int counted_noun(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  uint32_t q = i;
  /* ("in U.S. military and police aid": across a coordination; a phrase
   * of a dozen words at most) */
  while (q > s->first && i - q < 12 &&
         (np_tag(w->toks.v[q - 1].tag) || w->toks.v[q - 1].tag == P_CONJ ||
          large_count(w, q - 1))) {
    q--;
    if (large_count(w, q)) return 1;
  }
  if (q < s->first + 2 || !(is_word(w, q - 1, w->cw->w_in) || is_word(w, q - 1, w->cw->w_of)))
    return 0;
  for (uint32_t b = q - 1; b > s->first && q - 1 - b < 4; b--)
    if (large_count(w, b - 1)) return 1;
  return 0;
}

/* Is event noun i, with no target, a plural named as a kind of act
 * ("police killings involve", "cash seizures are a fraction",
 * "Individual sanctions have never had an impact")?  A plural event noun
 * with no one it is done to tells reported acts only as the object of a
 * light verb ("made incursions", "carried out attacks") or with a count
 * ("two ambushes"); with a target ("Russia's airstrikes on Ukrainian
 * cities continued") it does. */
static int generic_plural(const acta_dict *d, const struct acta_work *w,
                          const acta_sentence *s, uint32_t i) {
  if (w->toks.v[i].penn != PT_NNS) return 0;
  uint32_t q = i;
  while (q > s->first && np_tag(w->toks.v[q - 1].tag)) {
    q--;
    if (w->toks.v[q].tag == P_NUM) return 0;
  }
  if (q > s->first + 1 && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q > s->first && w->tok_vg[q - 1] != NO) {
    const vgroup *g = &w->vgs[w->tok_vg[q - 1]];
    if (!g->passive && light_verb(d, w->toks.v[g->head].vlemma)) return 0;
  }
  return 1;
}

/* Is event noun i the object of a "to" infinitive told as a capability
 * ("are able to continue attacks on the police", "remain capable to
 * launch raids", "are able to carry out more killings")?  The noun phrase
 * runs back to a verb group that able_to() takes (invented9). */
static int capability_object(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  uint32_t q = i;
  while (q > s->first && (np_tag(w->toks.v[q - 1].tag) || w->toks.v[q - 1].tag == P_ADV) &&
         w->tok_vg[q - 1] == NO)
    q--;
  if (q == s->first || w->tok_vg[q - 1] == NO) return 0;
  return able_to(w, s, &w->vgs[w->tok_vg[q - 1]]);
}

/* Is event noun i the object of a verb that talks about it, seeks it or
 * puts it at risk ("a plan to review police cooperation
 * with the U.S.", "makes it harder to secure US political support",
 * "attacks that endanger the vital US funding", "rhetoric regarding
 * US support")?  Such an act is a topic, not one told as done (invented9). */
static int talked_object(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  uint32_t q = i;
  while (q > s->first && (np_tag(w->toks.v[q - 1].tag) || w->toks.v[q - 1].tag == P_ADV) &&
         w->tok_vg[q - 1] == NO)
    q--;
  if (q == s->first) return 0;
  /* invented10: the object of a gerund ruled out ("has not ruled out
   * imposing a curfew"): an option, not an act done */
  if (q >= s->first + 3 && w->toks.v[q - 1].penn == PT_VBG && is_word(w, q - 2, w->cw->w_out) &&
      acta_lemma_is(w->toks.v[q - 3].vlemma, w->cw->l_rule))
    return 1;
  return acta_lemma_in2(w->cw, w->toks.v[q - 1].vlemma, WL2_TALKED_VERB);
}

/* invented18: is event noun i the present verb of the plural actor right
 * before it, a verb whose sense is not the noun's ("police officers deal
 * with issues", "will help election officials deal with threats": "deal
 * with" is to handle, no deal; "officers charge fees")?  The word is in
 * WL4_VERB_SENSE_NOUN (a verb of the noun's own sense, "demonstrators
 * clash with police", is the event told as a verb), the word before is a
 * plural noun ending an actor's phrase (no possessive: "the officers'
 * deal" is a noun), and a preposition or a determiner follows. */
static int plural_subject_verb(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  if (i <= s->first || i + 1 >= s->last) return 0;
  const acta_token *t = &w->toks.v[i], *b = &w->toks.v[i - 1], *n = &w->toks.v[i + 1];
  if (t->nlemma == ACTA_NO_WORD ||
      !acta_lemma_in4(w->cw, t->nlemma, (uint32_t)WL4_VERB_SENSE_NOUN) ||
      b->penn != (unsigned)PT_NNS || w->tok_ment[i - 1] == NO)
    return 0;
  return n->tag == P_PREP || n->tag == P_DET;
}

/* invented29: does a comma stand between token from and the first
 * preposition after it, and another preposition after that one, before
 * token to, no relative word between?  The word an event noun's pattern names
 * after it is then a later noun's: "trade, particularly near the Triple Frontier with
 * Brazil" (not "trade, particularly with Brazil", "collaboration with an
 * eager, able, and prepared SEMAR", "the arrest of X, the former first
 * lady"). */
static int comma_aside_before(const struct acta_work *w, uint32_t from, uint32_t to) {
  int comma = 0, preps = 0;
  for (uint32_t q = from; q < to; q++) {
    if (w->toks.v[q].tag == P_WH || w->toks.v[q].tag == P_THAT) return 0; /* a clause */
    if (w->toks.v[q].tag == P_PREP || w->toks.v[q].tag == P_TO) {
      if (!comma) return 0;
      if (++preps == 2) return 1;
    } else if (is_punct(w, q, ',')) {
      comma = 1;
    }
  }
  return 0;
}

/* Nominal events: each noun with a pattern that has a source ("Iran's
 * assistance to Russian forces") and a target when the pattern wants one. */
void acta_code_event_nouns(acta_coder *c, sent_ctx *sc) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  /* the clause end found last: every token from end_from up to it is of
   * scope end_scope and no ';' or ':', so a noun in that stretch has the
   * same end (found once per clause, not once per noun) */
  uint32_t end_from = 0, end_at = 0;
  int32_t end_scope = NO;
  int have_end = 0;
  for (uint32_t i = s->first; i < s->last; i++) {
    {
      /* the tokens that are no unused noun: skipped in a loop of their
       * own, with the tokens and the end in registers (stores below could
       * alias them) */
      const acta_token *tv = w->toks.v;
      uint32_t last = s->last;
      while (i < last && (tv[i].tag != P_NOUN || (tv[i].flags & TF_USED))) i++;
      if (i >= last) break;
      /* speed18: a noun whose word and lemmas head no noun pattern has
       * none to fit (acta_best_pattern's keys), and no clause end to find */
      if (!acta_tok_noun_head_may(d, &tv[i])) continue; /* (speed47c: the token's bit) */
    }
    int32_t scope = w->tok_scope[i];
    if (!have_end || scope != end_scope || i + 1 < end_from || i + 1 > end_at) {
      end_from = i + 1;
      end_at = acta_clause_end(w, i + 1, s->last, scope);
      end_scope = scope;
      have_end = 1;
    }
    uint32_t end = end_at;
    int has_pats;
    pmatch pm;
    const acta_pattern *p = acta_best_pattern(d, w, &d->noun_pats, i, i + 1, end,
                                              s->first, scope, &pm, &has_pats);
    if (!p || p->cameo == ACTA_NO_CODE) continue;
    int32_t target = pm.target;
    /* invented29: the words and the target of an event noun's pattern
     * stand in its own phrase, no aside after a comma between
     * ("Paraguay's contraband trade, particularly near the Triple Frontier
     * with Brazil" is no "trade with +": the "with" is the frontier's) */
    if (!d->keds_only && target != NO && comma_aside_before(w, i + 1, w->ments[target].first)) {
      acta_trace(w, "  dropped (excluded sense): the event noun \"%s\": its pattern's words "
                 "stand past an aside after a comma, another noun's\n", norm(w, i));
      continue;
    }
    /* targets23b: "the Justice Department investigation concluded that
     * many of the payments to the AUC ...": an event noun before its own
     * finite verb ends its phrase there; no actor in what that verb says
     * is its target.  targets24b: for every root, and with the noun's own
     * phrase between ("Pena Nieto's deployment of federal forces echoes
     * actions taken by Calderon", "the army's attack on the village
     * alarmed the UN", "Washington's criticism of the plan angered the
     * Mexican government"): the first finite verb group between the noun
     * and its target ends the noun's clause (bounded by the target).  Not
     * a verb telling the toll of an act of roots 10-20 (WL5_TOLL_VERB: "a
     * raid on the mine left 18 people dead": the raid's victims) */
    if (!d->keds_only && target != NO) {
      int acts = cameo_root(d->cameo[p->cameo].code) >= 10;
      for (uint32_t q = i + 1; q < w->ments[target].first && q < end; q++) {
        int32_t v = w->tok_vg[q];
        if (v == NO || w->vgs[v].first != q || !acta_finite_group(w, &w->vgs[v])) continue;
        uint32_t h = w->vgs[v].head;
        if (acts && w->toks.v[h].vlemma != ACTA_NO_WORD &&
            acta_lemma_in5(w->cw, w->toks.v[h].vlemma, (uint32_t)WL5_TOLL_VERB))
          break;
        acta_trace(w, "  no target: \"%s\" is past the event noun's own verb \"%s\"\n",
                   norm(w, w->ments[target].last - 1), norm(w, w->vgs[v].head));
        target = NO;
        break;
      }
    }
    /* nominal45: "an offensive against the network, arresting eleven
     * people": the arrest's people (coded itself), not the offensive's
     * target, as for a verb (acta_reach_target) */
    if (!d->keds_only && target != NO) target = acta_custody_clause_target(w, s, i + 1, target);
    if (p->nlit == 0 && !p->has_target) continue;
    if (!d->keds_only && i + 1 < s->last && w->toks.v[i + 1].tag == P_NOUN &&
        (w->tok_ment[i + 1] == NO || w->tok_ment[i + 1] == w->tok_ment[i])) {
      /* (and inside an actor's phrase: "the main US assistance package",
       * invented9) */
      /* "appeals court judges", "US aid money", "strike team" */
      acta_trace(w, "  dropped (a noun modifying a noun, no event): \"%s\"\n", norm(w, i));
      continue;
    }
    if (!d->keds_only && plural_subject_verb(w, s, i)) {
      acta_trace(w, "  dropped (excluded sense): \"%s\" is the verb of the plural actor before "
                 "it, no event noun\n", norm(w, i));
      continue;
    }
    if (!d->keds_only && sc->unreal && i >= sc->unreal_from && i < sc->unreal_to) {
      /* "the gang may have carried out the killing of ..." */
      acta_trace(w, "  dropped (in an unreal clause): the event noun \"%s\"\n", norm(w, i));
      continue;
    }
    if (!d->keds_only && target == NO && generic_plural(d, w, s, i)) {
      acta_trace(w, "  dropped (a kind of act): the event noun \"%s\" is a plural named as a "
                 "kind of act, not one reported act\n", norm(w, i));
      continue;
    }
    if (!d->keds_only && acta_practice_assault(w, s, i, d->cameo[p->cameo].code)) {
      acta_trace(w, "  dropped (excluded sense): the event noun \"%s\": a practice attacked "
                 "or fought, no force used on anyone\n", norm(w, i));
      continue;
    }
    if (!d->keds_only && capability_object(w, s, i)) {
      acta_trace(w, "  dropped (a capability (able to: what may be done, not an act)): the "
                 "event noun \"%s\" is the object of what an actor is able to do\n", norm(w, i));
      continue;
    }
    if (!d->keds_only && talked_object(w, s, i)) {
      acta_trace(w, "  dropped (background): the event noun \"%s\" is the object of a verb that "
                 "talks about it, seeks it or puts it at risk, not told as done\n", norm(w, i));
      continue;
    }
    int nstatus = -1;
    int32_t accuse_rep = NO;
    int32_t src = noun_source(w, d, s, i, scope, &nstatus, &accuse_rep);
    /* prec47a: "the chief of the Zetas' main rival ordered an attack":
     * the rivals of a group are not it, for a noun's doer as for a
     * verb's */
    if (src != NO && !d->keds_only) src = acta_enemies_of(w, src, "source");
    if (src == NO) {
      acta_trace(w, "  dropped (no actor): the event noun \"%s\": no actor's, none doing it\n",
                 norm(w, i));
      continue;
    }
    if (!d->keds_only && acta_state_policy_noun(w, s, i, src, d->cameo[p->cameo].code)) {
      acta_trace(w, "  dropped (background): the event noun \"%s\": a state's campaign named "
                 "as its policy (Mexico's crackdown on ...), no one act told\n", norm(w, i));
      continue;
    }
    /* "$28.4 million in US military aid, granted to Honduras since
     * 2009": a total over a span of time, no one act */
    const char *total = !d->keds_only && counted_noun(w, s, i) ? acta_aggregate_reason(c, s) : NULL;
    if (total) {
      acta_trace(w, "  dropped (statistic): the event noun \"%s\" is a total: %s\n", norm(w, i),
                 total);
      continue;
    }
    /* prec45e: "X's killing of 11 agents during his time as leader" */
    const char *span = acta_noun_span_tally(c, s, i, end);
    if (span) {
      acta_trace(w, "  dropped (statistic): the event noun \"%s\" is %s\n", norm(w, i), span);
      continue;
    }
    if (!d->keds_only && trend_subject(w, s, i)) {
      acta_trace(w, "  dropped (statistic): the event noun \"%s\" is the subject of a trend "
                 "(rose, reached): a total\n", norm(w, i));
      continue;
    }
    if (!d->keds_only && copula_subject(d, w, s, i, d->cameo[p->cameo].code)) {
      acta_trace(w, "  dropped (background): the event noun \"%s\" is the subject of \"be\": "
                 "an act judged or described, not told as done\n", norm(w, i));
      continue;
    }
    if (!d->keds_only && nstatus < 0 && after_preposition(w, s, i)) {
      acta_trace(w, "  dropped (background): the event noun \"%s\" after a preposition: an "
                 "act named as a thing the sentence talks about, not told as done\n", norm(w, i));
      continue;
    }
    const acta_cameo *cm = &d->cameo[p->cameo];
    /* "military aid from the FARC", "police funding for Latin America": a
     * bare armed or police role word before a noun of aid names the kind
     * of aid or who gets it, not the giver (sources12) */
    if (!d->keds_only && cameo_root(cm->code) == 7 && w->tok_ment[i] == src &&
        w->ments[src].modifier && w->ments[src].role_only &&
        (!strcmp(w->ments[src].role, "MIL") || !strcmp(w->ments[src].role, "COP"))) {
      acta_trace(w, "  dropped (no actor): the event noun \"%s\": its role word names the kind "
                 "of aid, not the giver\n", norm(w, i));
      continue;
    }
    const char *lemma = acta_intern_str(&d->words, p->head);
    /* "announced the arrest of Jose Arana", "the capture of four dealers":
     * people no dictionary codes */
    if (target == NO && !d->keds_only) target = acta_noun_object(w, sc, i, end, cm->code, lemma);
    /* "the investigation into the murder of 17 gold miners" (targets8) */
    if (target != NO && !d->keds_only)
      target = acta_investigated_victims(w, target, cm->code, i);
    /* "the arrest of seven Guatemalans": people, not their state (targets8) */
    if (target != NO && !d->keds_only)
      target = acta_nationality_target(w, sc, target, cm->code, lemma, i + 1, end);
    /* "the arrest of a man tied to a drug ring": held for a crime, a
     * suspect (as a verb's target; targets12) */
    if (target != NO && !d->keds_only)
      target = acta_suspect_target(w, target, cm->code, i + 1, end, s->first, s->last);
    /* "the capture of Arana", "the recapture of El Chapo": people captured
     * are arrested (173), not territory taken (192) */
    if (target != NO && !d->keds_only && !strcmp(cm->code, "192") &&
        acta_lemma_in5(w->cw, p->head, WL5_CAPTURE_VERB) &&
        w->ments[target].role[0] && !w->ments[target].modifier && acta_cameo_find(d, "173"))
      cm = acta_cameo_find(d, "173");
    if (target == NO && !p->has_target) {
      acta_trace(w, "  dropped (no target): the event noun \"%s\" names no one it is done to\n",
                 norm(w, i));
      continue;
    }
    int32_t rep = accuse_rep != NO ? accuse_rep : scope;
    int status = scope != NO ? w->frames[scope].status : ACTA_ASSERTED;
    if (nstatus >= 0 && status_rank(nstatus) > status_rank(status)) status = nstatus;
    /* invented15: "police have made no arrests", "there has yet to be a
     * serious investigation": no such act */
    if (!d->keds_only && noun_not_done(w, s, i)) {
      acta_trace(w, "  negated: the event noun \"%s\" after \"no\" or \"yet to be\"\n",
                 norm(w, i));
      status = ACTA_NEGATED;
    }
    acta_trace(w, " event noun \"%s\"\n", norm(w, i));
    if (acta_emit(c, sc, src, target, rep, p, cm, i, status, ACTA_EV_NOMINAL, lemma) &&
        scope != NO)
      acta_mark_produced(w, scope);
  }
}
