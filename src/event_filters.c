/* SPDX-License-Identifier: MIT */
/* event_filters.c: which coded verbs and figures report no event that
 * happened.  A careful reader does not code the writer's own speculation
 * ("the gang may have killed"), conditionals ("if the army attacks",
 * "would pave the way"), questions, purposes ("set up radars to help
 * track flights"), habits ("the Zetas often hang banners"), activities
 * named by an -ing form ("success in fighting trafficking"), yearly totals
 * or counts over a span of time ("1,400 people were killed
 * in 2013", "since the start of the unrest"): they are analysis and
 * background, not today's news; so are acts given a rate ("seized $300,000
 * worth a day"), what an actor "can" do, and the "that" clause of a noun
 * of speculation ("the possibility that he struck a deal").  What a named
 * source says may have happened stays, as a hedged event reported by that
 * source, and so do
 * reported beliefs ("is believed to have sent", "possibly shelled").  A
 * passive that names no agent is coded with no source only when it is a
 * material act told as done to an actor standing next to it, and no tally
 * ("mayors have been killed", "72 percent of the children were
 * detained").  Reads the tokens, verb groups and frames; writes nothing
 * (the callers trace the reason as "dropped (REASON): ...").  Not applied
 * to KEDS dictionaries, whose validation suites code such clauses as
 * written. */
#include "coder_internal.h"

#include "tagger_model.h"
#include "vocab.h"

#include <string.h>

/* invented19: is the "-ing" form g the subject of a "be", "remain" or
 * "stay" (invented29: or "seem", "appear") after its object, within
 * GERUND_SUBJECT_REACH tokens and its clause ("brokering a truce
 * between three feuding gangs is a long way")? */
#define GERUND_SUBJECT_REACH 15
static int gerund_subject_of_be(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g) {
  for (uint32_t r = g->last; r < s->last && r < g->last + GERUND_SUBJECT_REACH; r++) {
    const acta_token *t = &w->toks.v[r];
    if ((t->kind == TK_PUNCT && t->punct != '"' && t->punct != '\'') || t->tag == P_WH ||
        t->tag == P_THAT)
      return 0;
    if (w->tok_vg[r] == NO || w->tok_vg[r] == w->tok_vg[g->head]) continue;
    const vgroup *h = &w->vgs[w->tok_vg[r]];
    /* (invented29: past the list's next "-ing" form: "investigating and
     * prosecuting them seems") */
    if (h->first == r && h->last - h->first == 1 && w->toks.v[h->head].penn == PT_VBG &&
        r > g->last && is_and_or(w, r - 1))
      continue;
    const acta_token *h0 = &w->toks.v[h->first];
    return h->first == r && !h->passive &&
           (h0->penn == PT_VBZ || h0->penn == PT_VBP || h0->penn == PT_VBD) &&
           (acta_lemma_in4(w->cw, h0->vlemma, (uint32_t)WL4_STATE_VERB) ||
            acta_seem_lemma(w->cw, h0->vlemma));
  }
  return 0;
}

/* Is verb group g a bare "-ing" form that names an activity rather than
 * reports an act: after a preposition ("success in fighting trafficking",
 * "in identifying and detaining him") or after a noun it modifies ("law
 * enforcement hitting drug production", "groups claiming to fight")?  A
 * clause after a comma ("..., killing four") is an act. */
static int activity_gerund_own(const struct acta_work *w, const acta_sentence *s,
                               const vgroup *g) {
  /* "by not consulting local communities": the means named is an
   * omission (invented12; "criticized for not arresting them" tells one) */
  uint32_t gf = g->first;
  if (g->last - gf == 2 && w->toks.v[gf].tag == P_NEG && gf > s->first &&
      is_word(w, gf - 1, w->cw->w_by))
    gf++;
  if (g->last - gf != 1 || w->toks.v[g->head].penn != PT_VBG) return 0;
  if (g->alleged || g->raised) return 0; /* "accused of supplying" */
  if (g->document_act) return 0;         /* "issued a statement calling on" */
  uint32_t q = g->first;
  /* "identifying and detaining": the first of the pair decides */
  while (q >= s->first + 2 && is_and_or(w, q - 1) && w->toks.v[q - 2].penn == PT_VBG)
    q -= 2;
  if (q == s->first) return 0;
  /* "capable of finally seizing", "from further investigating": up to two
   * adverbs between the preposition and its "-ing" form (not "for
   * allegedly supplying": the act a suspect is held for) */
  if (q >= s->first + 2 && w->toks.v[q - 1].tag == P_ADV && !tok_in(w, q - 1, WL_ADV_ALLEGED)) {
    uint32_t b = q - 1;
    if (b >= s->first + 2 && w->toks.v[b - 1].tag == P_ADV) b--;
    if (w->toks.v[b - 1].tag == P_PREP && !tok_in(w, b, WL_ADV_ALLEGED)) return 1;
  }
  const acta_token *p = &w->toks.v[q - 1];
  if (p->tag == P_PREP) return 1;
  /* "policing such as investigating crime scenes": an example of an
   * activity */
  if (is_word(w, q - 1, w->cw->w_as) && q >= s->first + 2 && is_word(w, q - 2, w->cw->w_such))
    return 1;
  /* invented19: "..., but brokering a truce between three feuding gangs
   * is a long way from ...": an "-ing" form opening a clause after a
   * comma and "but", "and" or "yet", the subject of a "be", names an
   * activity */
  /* (invented29: or right after a subordinator: "though investigating
   * and prosecuting the lookouts seems a virtually impossible task") */
  if (((p->tag == P_CONJ && q >= s->first + 2 && is_punct(w, q - 2, ',')) ||
       tok_in(w, q - 1, WL_SUBORDINATOR)) &&
      gerund_subject_of_be(w, s, g))
    return 1;
  if (p->tag != P_NOUN && p->tag != P_PROPN) return 0;
  /* "footage shows soldiers beating protesters", "saw police beating":
   * the object of a verb of seeing, doing the act */
  int32_t m = w->tok_ment[q - 1];
  if (m == NO) return 1;
  uint32_t o = w->ments[w->ments[m].group].first;
  if (!w->ments[w->ments[m].group].after_verb || o == s->first || w->tok_vg[o - 1] == NO)
    return 1;
  const vgroup *pv = &w->vgs[w->tok_vg[o - 1]];
  return !acta_lemma_in(w->cw, w->toks.v[pv->head].vlemma, WL_PERCEIVE_VERB);
}

/* Is verb group g a lone "-ing" form after "and" or "or" (or, with
 * `comma`, after a comma alone too: "stop killing, extorting, displacing
 * people": invented29) whose list's previous member is a lone "-ing" form
 * too, objects between ("by building a wall on the border and deporting
 * criminals", "in dismantling the network, seizing its assets and
 * arresting")?  That member, or NULL.  Not past a semicolon, colon,
 * bracket or another verb group, nor more than 12 tokens back. */
static const vgroup *listed_gerund(const struct acta_work *w, const acta_sentence *s,
                                   const vgroup *g, int comma) {
  if (g->last - g->first != 1 || w->toks.v[g->head].penn != PT_VBG || g == w->vgs ||
      g->first <= s->first ||
      !(is_and_or(w, g->first - 1) || (comma && is_punct(w, g->first - 1, ','))))
    return NULL;
  const vgroup *pg = g - 1;
  if (pg->first < s->first || pg->last >= g->first || g->first - pg->last > 12 ||
      pg->scope != g->scope || pg->last - pg->first != 1 ||
      w->toks.v[pg->head].penn != PT_VBG)
    return NULL;
  /* "a resolution criticizing X and calling for sanctions": a document's
   * words, which its list goes on with */
  if (pg->first > s->first && tok_in(w, pg->first - 1, WL_DOCUMENT_NOUN)) return NULL;
  for (uint32_t q = pg->last; q + 1 < g->first; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (w->tok_vg[q] != NO) return NULL;
    if (tk->kind == TK_PUNCT && tk->punct != ',' && tk->punct != '"' && tk->punct != '\'')
      return NULL;
  }
  return pg;
}

/* listed_gerund after "and" or "or" only. */
const vgroup *acta_listed_gerund_before(const struct acta_work *w, const acta_sentence *s,
                                        const vgroup *g) {
  return listed_gerund(w, s, g, 0);
}

/* listed_gerund after a comma too (invented32). */
const vgroup *acta_listed_gerund_comma(const struct acta_work *w, const acta_sentence *s,
                                       const vgroup *g) {
  return listed_gerund(w, s, g, 1);
}

/* prec46a: is verb group g a lone "-ing" form? */
static int lone_gerund(const struct acta_work *w, const vgroup *g) {
  return g->last - g->first == 1 && w->toks.v[g->head].penn == PT_VBG;
}

/* How many tokens may stand between two "-ing" forms of a list (their
 * objects and commas: only_objects_between). */
#define GERUND_GAP_REACH 12

/* prec46a: do at most GERUND_GAP_REACH tokens stand between verb groups a
 * and b (a before b), none of a verb group, and none but a comma or a
 * quotation mark of the punctuation before the token right before b (that
 * one, the list's "and", "or" or comma, the callers test)? */
static int only_objects_between(const struct acta_work *w, const vgroup *a, const vgroup *b) {
  if (a->last >= b->first || b->first - a->last > GERUND_GAP_REACH) return 0;
  for (uint32_t q = a->last; q + 1 < b->first; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (w->tok_vg[q] != NO) return 0;
    if (tk->kind == TK_PUNCT && tk->punct != ',' && tk->punct != '"' && tk->punct != '\'')
      return 0;
  }
  return 1;
}

/* prec46a: the "-ing" form before verb group g in a list of them
 * (acta_listed_gerund_before), or, read for an activity named, one a
 * member of a verb of saying is listed with (whose frame gives the next
 * member another scope: "instead of writing a letter and hoping for a
 * pardon"), or one before a comma when g is itself a middle member, an
 * "-ing" form listed after it by "and" or "or" ("instead of paying the
 * fines, hoping for a pardon, and fleeing"); a comma alone ("in fighting
 * the rebels, killing 40") lists nothing.  *wide set when the list is
 * read past a comma or a verb of saying (mend46a: unreal_list_frame). */
static const vgroup *gerund_list_before(const struct acta_work *w, const acta_sentence *s,
                                        const vgroup *g, int *wide) {
  const vgroup *pg = acta_listed_gerund_before(w, s, g);
  if (pg) return pg;
  *wide = 1;
  if (g == w->vgs || g->first <= s->first || !lone_gerund(w, g)) return NULL;
  pg = g - 1;
  if (pg->first < s->first || !lone_gerund(w, pg) || !only_objects_between(w, pg, g) ||
      (pg->first > s->first && tok_in(w, pg->first - 1, WL_DOCUMENT_NOUN)))
    return NULL;
  if (is_and_or(w, g->first - 1)) return pg;
  if (!is_punct(w, g->first - 1, ',')) return NULL;
  const vgroup *ng = g + 1;
  return ng < w->vgs + w->nvgs && ng->first < s->last && lone_gerund(w, ng) &&
                 is_and_or(w, ng->first - 1) && only_objects_between(w, g, ng)
             ? pg
             : NULL;
}

static int plain_past(const struct acta_work *w, const vgroup *g);

/* mend46a: is the "-ing" form g, a list's first member, the means, cause
 * or alternative of a verb that tells no act done: the verb group before
 * it and the "-ing" forms it hangs on, or with none, the first after it
 * that is no lone "-ing" form ("aims to continue reforms by hiring ...",
 * "will respond by arresting ...", "should hold hearings instead of
 * paying the bill, praying ...")?  A plain past tells its means and causes
 * done ("took the town by shelling the barracks, blocking the roads and
 * arresting the mayor", "was criticized for ignoring the protests, jailing
 * three journalists, and expelling an envoy"), and the "-ing" forms after
 * the comma of an alternative may be its own acts ("entered the village
 * without firing a shot, arresting 12 rebels and seizing their weapons"). */
/* How many verb groups unreal_list_frame reads each way for the verb a
 * list hangs on: twice the members activity_gerund reads.  Past them it
 * is taken as none (an act not told done). */
#define LIST_REACH 8

static int unreal_list_frame(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g) {
  /* (past an "-ing" form the list hangs on: "was praised for dismantling
   * the gang by arresting ...") */
  const vgroup *pv = g;
  while (pv > w->vgs && g - pv < LIST_REACH && (pv - 1)->first >= s->first &&
         (pv - 1)->last <= pv->first && lone_gerund(w, pv - 1))
    pv--;
  if (pv > w->vgs && (pv - 1)->first >= s->first && (pv - 1)->last <= pv->first)
    return !plain_past(w, pv - 1);
  for (const vgroup *x = g + 1;
       x < w->vgs + w->nvgs && x - g <= LIST_REACH && x->first < s->last; x++)
    if (!lone_gerund(w, x)) return !plain_past(w, x);
  return 1;
}

/* activity_gerund_own of verb group g, or of the "-ing" forms of a list it
 * ends (gerund_list_before; invented12), up to four back; a list read past
 * a comma or a verb of saying (the wide reading) only for the means or
 * alternative of no act done (unreal_list_frame; mend46a). */
static int activity_gerund(const struct acta_work *w, const acta_sentence *s,
                           const vgroup *g) {
  /* (the list's last member alleged or a document's act stays: "a
   * resolution criticizing X and calling for sanctions") */
  if (g->alleged || g->raised || g->document_act) return 0;
  int wide = 0;
  for (int k = 0; k < 4 && g; k++, g = gerund_list_before(w, s, g, &wide))
    if (activity_gerund_own(w, s, g) && (!wide || unreal_list_frame(w, s, g))) return 1;
  return 0;
}

/* prec46h: is verb group g the alternative not taken, right after "rather
 * than" or "instead of" ("were expelled rather than deported", "instead of
 * arresting them, police let them go")?  What was not done is no act. */
static int alternative_not_taken(const struct acta_work *w, const acta_sentence *s,
                                 const vgroup *g) {
  if (g->first < s->first + 2) return 0;
  uint32_t p = g->first;
  return (is_vocab(w, p - 1, V_THAN) && norm_eq(w, p - 2, "rather")) ||
         (is_word(w, p - 1, w->cw->w_of) && is_vocab(w, p - 2, V_INSTEAD));
}

/* Is verb group g an "-ing" form ("being kidnapped", "facing"), or a
 * participle listed after one, right after a verb of risk or avoidance
 * ("migrants risk being kidnapped", "hid to avoid being arrested", "fear
 * being deported")?  Its act may happen or was kept from happening; none
 * is told. */
static int risked_act(const struct acta_work *w, const vgroup *g) {
  /* "risk being robbed, beaten and abducted": from a listed participle
   * back to the list's first group */
  while (g > w->vgs && g->first == g->head && g->first > 0 &&
         (w->toks.v[g->head].penn == PT_VBN || w->toks.v[g->head].penn == PT_VBD) &&
         (g - 1)->last + 1 == g->first &&
         (is_punct(w, g->first - 1, ',') || is_and_or(w, g->first - 1)))
    g--;
  if (w->toks.v[g->first].penn != PT_VBG) return 0;
  /* invented8: "the low risk of being captured", "the danger of being
   * extradited": a noun of risk and "of" */
  if (g->first >= 2 && is_word(w, g->first - 1, w->cw->w_of)) {
    const acta_token *n = &w->toks.v[g->first - 2];
    if (acta_lemma_in2(w->cw, n->nlemma, WL2_RISK_VERB) || tok_in3(w, g->first - 2, WL3_RISK_NOUN))
      return 1;
  }
  if (g == w->vgs) return 0;
  const vgroup *pg = g - 1;
  return pg->last == g->first && acta_lemma_in2(w->cw, w->toks.v[pg->head].vlemma, WL2_RISK_VERB);
}

/* invented16: is verb group g a passive "-ing" form right after "from"
 * ("being seized"), the nearest verb group before it a verb that keeps an
 * act from happening (WL3_KEEP_FROM_VERB: "a system that keeps tokens
 * -- a virtual coin -- from being seized", "protects them from being
 * victimized"), no clause's comma between and at most twelve tokens?  The
 * act is kept from happening; none is told.  (The active "from seizing" is
 * an activity named, activity_gerund_own.) */
static int kept_from_act(const struct acta_work *w, const acta_sentence *s,
                         const vgroup *g) {
  if (g->head == g->first || w->toks.v[g->first].penn != PT_VBG || g == w->vgs ||
      g->first < s->first + 2 || !is_word(w, g->first - 1, w->cw->w_from))
    return 0;
  const vgroup *pg = g - 1;
  if (pg->first < s->first || pg->last >= g->first || g->first - pg->last > 12) return 0;
  for (uint32_t q = pg->last; q + 1 < g->first; q++)
    if (is_punct(w, q, ',') || is_punct(w, q, ';') || is_punct(w, q, ':')) return 0;
  return acta_lemma_in3(w->cw, w->toks.v[pg->head].vlemma, WL3_KEEP_FROM_VERB);
}

/* invented29: is verb group g a lone "-ing" form right after a verb of
 * ending (WL5_END_VERB: "to stop killing, extorting, uprooting people",
 * "ordered its members to stop charging the tax", "have ceased attacking
 * the convoys"), or listed after one ("and", "or", a comma: listed_gerund)?  Its act
 * is what is to end or has ended: none is told.  A pattern of the verb of
 * ending itself ("stopped fighting": 087) is that verb's, and stays. */
static int ended_act(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  for (int k = 0; k < 4 && g; k++) {
    if (g->last - g->first != 1 || w->toks.v[g->head].penn != PT_VBG || g->first <= s->first)
      return 0;
    uint32_t p = g->first - 1;
    const vgroup *pg = listed_gerund(w, s, g, 1);
    /* (the list's first "-ing" form read as a noun: "stop kidnapping,
     * extorting") */
    if (!pg && p >= s->first + 2 && (is_punct(w, p, ',') || is_and_or(w, p)) &&
        w->toks.v[p - 1].tag == P_NOUN && tok_ends(w, p - 1, "ing"))
      p -= 2;
    int32_t v = w->tok_vg[p];
    if (v != NO && w->vgs[v].head == p && w->toks.v[p].vlemma != ACTA_NO_WORD &&
        acta_lemma_in5(w->cw, w->toks.v[p].vlemma, (uint32_t)WL5_END_VERB))
      return 1;
    g = pg;
  }
  return 0;
}

/* How far back from a participle present_holding reads for "there are" or
 * "has" (invented29). */
#define STATE_COUNT_REACH 10

/* invented29: is verb group g a lone participle after an actor's phrase
 * that a present "there is/are" or "has/have" opens, nothing but its words
 * between ("there are now some 8,000 police and
 * military staff deployed here", "Rio has 17 units deployed across the
 * city", "the US has troops stationed in Honduras")?  It tells who is where
 * now, a state, no act (as acta_figure_unreal's "there are 130 detained
 * there" for a count). */
static int present_holding(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (g->first != g->head || w->toks.v[g->head].penn != PT_VBN) return 0;
  int actor = 0;
  for (uint32_t q = g->first, k = 0; q > s->first + 1 && k < STATE_COUNT_REACH; q--, k++) {
    uint32_t p = q - 1;
    const acta_token *tk = &w->toks.v[p];
    if (tk->penn == PT_VBP || tk->penn == PT_VBZ)
      return actor && (has_have(w, p) || w->toks.v[p - 1].penn == PT_EX);
    /* only a noun phrase's words between, an actor's among them ("have
     * since arrested", "have this week arrested", "have, since Monday,
     * arrested" are a perfect's) */
    if (w->tok_vg[p] != NO ||
        (tk->tag != P_DET && tk->tag != P_ADJ && tk->tag != P_NUM && tk->tag != P_NOUN &&
         tk->tag != P_PROPN && tk->tag != P_ADV && !is_and_or(w, p)))
      return 0;
    actor |= w->tok_ment[p] != NO;
  }
  return 0;
}

/* invented16: is verb group g an infinitive right after "go" whose
 * subject is a sum of money ("nearly $5 billion went to train, aid and
 * arm the military", "most of the money goes to pay")?  What the money
 * paid for is a purpose, no act told.  The subject: up to five tokens
 * before "go", no comma, semicolon, colon or other verb group between, with
 * a money or currency word or "$". */
static int money_went_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->to_inf || g == w->vgs) return 0;
  const vgroup *pg = g - 1;
  if (pg->first < s->first || pg->last > g->first || g->first - pg->last > 1 ||
      !acta_lemma_is(w->toks.v[pg->head].vlemma, w->cw->l_go))
    return 0;
  for (uint32_t q = pg->first, k = 0; q > s->first && k < 5; q--, k++) {
    uint32_t p = q - 1;
    if (is_punct(w, p, ',') || is_punct(w, p, ';') || is_punct(w, p, ':') ||
        w->tok_vg[p] != NO)
      return 0;
    if (is_punct(w, p, '$') || tok_in3(w, p, WL3_MONEY_WORD) || tok_in2(w, p, WL2_CURRENCY_WORD))
      return 1;
  }
  return 0;
}

/* Does the clause of verb group g hold a word of the lists `bits` before
 * the group ("if", "unless", "whether"; "perhaps")?  Looks back from the
 * group to the start of its clause (a comma, a colon, a semicolon or
 * another verb group). */
static int clause_opener(const struct acta_work *w, const acta_sentence *s,
                         const vgroup *g, uint32_t bits) {
  int32_t own = w->tok_vg[g->head];
  for (uint32_t q = g->first; q > s->first; q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->kind == TK_PUNCT &&
        (tk->punct == ',' || tk->punct == ';' || tk->punct == ':'))
      return 0;
    if (w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own) return 0;
    if (tok_in(w, q - 1, bits)) return 1;
  }
  return 0;
}

/* The sentence's first token that is no punctuation (past an opening
 * quotation mark), or s->last. */
static uint32_t first_word(const struct acta_work *w, const acta_sentence *s) {
  uint32_t q = s->first;
  while (q < s->last && w->toks.v[q].kind == TK_PUNCT) q++;
  return q;
}

/* Does the sentence open with "If" or "Unless" (after a quotation mark)?
 * Then its main clause is as unreal as the condition: "If the gang does
 * not pay, the army will attack". */
static int conditional_sentence(const struct acta_work *w, const acta_sentence *s) {
  uint32_t q = first_word(w, s);
  return q < s->last && tok_in(w, q, WL_CONDITION) && !is_word(w, q, w->cw->w_whether);
}

/* invented19: does a condition follow verb group g in its clause, in the
 * present ("confiscate their merchandise if they refuse to comply",
 * "kill anyone who talks unless paid"): "if" or "unless" after its object,
 * before any punctuation, relative word or other verb group, within
 * CONDITION_AFTER_REACH tokens?  A present (or a bare base form) only:
 * "seized the goods if" is rare, "will attack if" a threat coded as one. */
#define CONDITION_AFTER_REACH 12
static int condition_after(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (g->to_inf || g->passive) return 0;
  unsigned f = w->toks.v[g->first].penn;
  if (f != (unsigned)PT_VBZ && f != (unsigned)PT_VBP && f != (unsigned)PT_VB) return 0;
  for (uint32_t q = g->last; q < s->last && q < g->last + CONDITION_AFTER_REACH; q++) {
    const acta_token *t = &w->toks.v[q];
    if (tok_in(w, q, WL_CONDITION)) return !is_word(w, q, w->cw->w_whether);
    if ((t->kind == TK_PUNCT && t->punct != '"' && t->punct != '\'') || t->tag == P_WH ||
        t->tag == P_THAT || t->tag == P_CONJ || w->tok_vg[q] != NO)
      return 0;
  }
  return 0;
}

/* Does the sentence open with the writer's guess ("Perhaps it is
 * incorrect to ask ...", "Maybe ...")? */
static int guess_sentence(const struct acta_work *w, const acta_sentence *s) {
  uint32_t q = first_word(w, s);
  return q < s->last && tok_in(w, q, WL_ADV_GUESS);
}

/* Does the sentence open by saying it tells what is done, not one act:
 * "Often, ...", "Typically ...", "In some cases, ...", "In many instances",
 * "At times"? */
static int habitual_sentence(const struct acta_work *w, const acta_sentence *s) {
  uint32_t q = first_word(w, s);
  if (q >= s->last) return 0;
  if (tok_in(w, q, WL_HABITUAL)) return 1;
  /* "At times" (not "The Times") */
  if (q + 1 < s->last && tok_in(w, q, WL_WHERE) && !is_word(w, q, w->cw->w_in) &&
      tok_in(w, q + 1, WL_CASES))
    return 1;
  /* "In some cases", "In other instances" (not "In both cases") */
  if (q + 2 < s->last && is_word(w, q, w->cw->w_in) && tok_in(w, q + 1, WL_CASES_LEAD) &&
      tok_in(w, q + 2, WL_CASES))
    return 1;
  /* prec48e: "In the (vast) majority of cases", "In the bulk of instances" */
  if (q + 4 >= s->last || !is_word(w, q, w->cw->w_in) || !is_vocab(w, q + 1, V_THE)) return 0;
  uint32_t r = q + 2;
  if (w->toks.v[r].tag == P_ADJ) r++;
  return r + 2 < s->last && (norm_eq(w, r, "majority") || norm_eq(w, r, "bulk")) &&
         is_word(w, r + 1, w->cw->w_of) && tok_in(w, r + 2, WL_CASES);
}

/* Is token q a decade ("1980s")? */
static int decade_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (q >= s->last || w->toks.v[q].norm_len != 5) return 0;
  const char *t = norm(w, q);
  return (t[0] == '1' || t[0] == '2') && t[1] >= '0' && t[1] <= '9' && t[2] >= '0' &&
         t[2] <= '9' && t[3] == '0' && t[4] == 's';
}

/* Does a span of background time start at token q: "in the past" alone
 * (not "in the past three months", "in the past year", "in the past few
 * days": a span of its own, which the statistic rules read),
 * "historically", "the 1980s", "in recent years", "over the years", "in
 * the last few decades", "for decades" (not "for 20 years": a term)? */
/* invented15: 1 if token q is "early", "late" or "mid" before a decade
 * ("the early 2000s"), else 0. */
static uint32_t part_of_decade(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  return q + 1 < s->last && (is_vocab(w, q, V_EARLY) || is_vocab(w, q, V_LATE) ||
                             is_vocab(w, q, V_MID)) && decade_at(w, s, q + 1);
}

/* (speed34b: own_unreal_reason asks past_background only in a sentence
 * that holds a word some span needs, as count_marks notes them: a span
 * found by a new word here, in formerly_at or in decade_ends_sentence
 * needs that word noted there too) */
static int background_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (q >= s->last) return 0;
  if (tok_in(w, q, WL_BACKGROUND)) return 1;
  /* invented23: "Until recently, criminal groups acted as intermediaries":
   * a past that has ended, no one act */
  if (q + 1 < s->last && tok_in(w, q, WL_SPAN_FROM) && tok_in5(w, q + 1, WL5_RECENTLY))
    return 1;
  if (is_word(w, q, w->cw->w_the) && decade_at(w, s, q + 1 + part_of_decade(w, s, q + 1)))
    return 1;
  /* invented15: "Since the early 2000s, gang leaders have been sent" */
  int since = is_word(w, q, w->cw->w_since);
  if (!is_word(w, q, w->cw->w_in) && !is_word(w, q, w->cw->w_over) &&
      !is_word(w, q, w->cw->w_for) && !tok_in(w, q, WL_YEAR_LEAD) && !since)
    return 0;
  uint32_t r = q + 1;
  if (r < s->last && is_word(w, r, w->cw->w_the)) r++;
  if (decade_at(w, s, r + part_of_decade(w, s, r))) return 1; /* "In the 1980s", "during the 1990s" */
  if (since) return 0;
  if (is_word(w, q, w->cw->w_in) && r == q + 2 && r < s->last && is_word(w, r, w->cw->w_past)) {
    if (r + 1 == s->last) return 1;
    int t = w->toks.v[r + 1].tag;
    if (t != P_NUM && t != P_ADJ && t != P_NOUN && t != P_PROPN && t != P_DET) return 1;
  }
  /* "recent", "past few", "last two": up to three words before the span's
   * noun, no number after "for" */
  for (uint32_t k = 0; r < s->last && k < 3 && tok_in(w, r, WL_PERIOD_LEAD); k++, r++)
    if (is_word(w, q, w->cw->w_for) && w->toks.v[r].tag == P_NUM) return 0;
  /* years and decades, not "the past year" */
  return r < s->last && tok_in(w, r, WL_PERIOD_NOUN) && !is_word(w, r, w->cw->w_year);
}

/* Is token q "once" or "formerly" as an adverb of the verb group it
 * stands in or just before ("who once fought for the AUC", "was once
 * praised by"), not "once again", "once more" (news: "once again
 * attacked")? */
static int formerly_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (q < s->first || q + 1 >= s->last || w->toks.v[q].tag != P_ADV ||
      !tok_in2(w, q, WL2_FORMERLY))
    return 0;
  return !is_vocab(w, q + 1, V_AGAIN) && !is_vocab(w, q + 1, V_MORE);
}

/* Is token q a mark that ends a clause for past_background()? */
static int clause_mark(const struct acta_work *w, uint32_t q) {
  const acta_token *tk = &w->toks.v[q];
  return tk->kind == TK_PUNCT && (tk->punct == ',' || tk->punct == ';' || tk->punct == ':' ||
                                  tk->punct == '-' || tk->punct == '(' || tk->punct == ')');
}

/* Is verb group g a lone participle whose clause, before it, names a
 * plan's goal ("increasing its yearly goal to 80,000 hectares
 * destroyed", "a quota of 50 suspects arrested")?  What is aimed at is
 * not done. */
static int goal_participle(const struct acta_work *w, const acta_sentence *s,
                           const vgroup *g) {
  if (g->first != g->head || (w->toks.v[g->head].penn != PT_VBN &&
                              w->toks.v[g->head].penn != PT_VBD))
    return 0;
  for (uint32_t q = g->first; q > s->first && g->first - q < 8; q--) {
    if (clause_mark(w, q - 1) || w->tok_vg[q - 1] != NO) return 0;
    if (tok_in2(w, q - 1, WL2_GOAL_NOUN)) return 1;
  }
  return 0;
}

/* review15: how far from verb group g past_background reads its clause
 * (a run-on clause of no mark and no other verb was read to the 400-token
 * cut for each of its events) */
#define BACKGROUND_REACH 60

/* invented30b: does the sentence end, after verb group g, with "in",
 * "during", "throughout" or "over" before a decade ("in the late 1990s",
 * "during the 1980s"), with no other verb, "-ing" form, "who", "that",
 * semicolon or colon between (commas, dashes and brackets allowed:
 * "were also first supplied by the United States, in secret
 * cargoes during the 1980s", "sold weapons to the FARC (...) in the late
 * 1990s")?  The decade is the act's time, background.  Not when a comma
 * or dash outside brackets is followed by anything but a preposition (an
 * apposition's time: "arrested a former officer, a torturer during the
 * 1970s"), nor after "for", "with" or "of" (not a name's: "Armed Forces of
 * Colombia") (a crime's time: "arrested him for a murder in the 1990s"),
 * nor in a sentence naming a day, a month or a week (news: "on Monday"). */
static int decade_ends_sentence(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g) {
  /* the decade is the sentence's last word (only punctuation after it):
   * asked first, before the scan from the verb (over a bounded run of
   * closing marks; a longer run leaves the answer to the scan) */
  uint32_t end = s->last, marks = 0;
  while (end > g->last && w->toks.v[end - 1].kind == TK_PUNCT && marks < BACKGROUND_REACH) {
    end--;
    marks++;
  }
  if (marks < BACKGROUND_REACH && (end <= g->last || !decade_at(w, s, end - 1))) return 0;
  int32_t own = w->tok_vg[g->head];
  int depth = 0;
  for (uint32_t q = g->last; q < s->last && q < g->last + BACKGROUND_REACH; q++) {
    const acta_token *tk = &w->toks.v[q];
    if ((w->tok_vg[q] != NO && w->tok_vg[q] != own) || tk->tag == P_WH || tk->tag == P_THAT ||
        tk->penn == PT_VBG || is_punct(w, q, ';') || is_punct(w, q, ':') ||
        is_word(w, q, w->cw->w_for) || is_word(w, q, w->cw->w_with) ||
        (is_word(w, q, w->cw->w_of) && w->toks.v[q - 1].tag != P_PROPN))
      return 0;
    if (is_punct(w, q, '(')) depth++;
    if (is_punct(w, q, ')') && depth > 0) depth--;
    if (depth == 0 && (is_punct(w, q, ',') || is_punct(w, q, '-')) &&
        (q + 1 >= s->last || w->toks.v[q + 1].tag != P_PREP))
      return 0;
    if (!is_word(w, q, w->cw->w_in) && !tok_in(w, q, WL_YEAR_LEAD)) continue;
    uint32_t r = q + 1;
    if (r < s->last && is_word(w, r, w->cw->w_the)) r++;
    r += part_of_decade(w, s, r);
    if (!decade_at(w, s, r)) continue;
    for (r++; r < s->last; r++)
      if (w->toks.v[r].kind != TK_PUNCT) return 0;
    for (r = s->first; r < q; r++) /* "on Monday", "in May", "last week" */
      if (tok_in(w, r, WL_TIME_NOUN) && w->toks.v[r].penn != PT_NNS) return 0;
    return 1;
  }
  return 0;
}

/* Does the sentence open with a span of background time ("In the past",
 * "In the 1980s", "Lately"), or verb group g's own clause hold
 * one ("have conspired with criminal groups in the past", "have in the past
 * expressed concern", "has historically committed")?  Then the act is
 * background, told of no one day.  The clause runs from the punctuation mark or the other verb group
 * before g to the one after it (nor past "who", "that"). */
static int past_background(const struct acta_work *w, const acta_sentence *s,
                           const vgroup *g) {
  /* "is investigating 20 officers for the disappearance of arms over the
   * past two years": what goes on now, the span is its object's */
  if (g->last - g->first == 2 && w->toks.v[g->head].penn == PT_VBG &&
      (w->toks.v[g->first].penn == PT_VBZ || w->toks.v[g->first].penn == PT_VBP))
    return 0;
  if (background_at(w, s, first_word(w, s))) return 1;
  for (uint32_t q = g->first > s->first ? g->first - 1 : g->first; q < g->head; q++)
    if (formerly_at(w, s, q)) return 1;
  int32_t own = w->tok_vg[g->head];
  uint32_t back = g->first > s->first + BACKGROUND_REACH ? g->first - BACKGROUND_REACH : s->first;
  /* (speed32c: a word no coder list holds opens no span: background_at
   * is not asked there) */
  for (uint32_t q = g->first; q > back; q--) {
    if (clause_mark(w, q - 1) || (w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own)) break;
    if (w->tok_cw[q - 1] != ACTA_NO_WORD && background_at(w, s, q - 1)) return 1;
  }
  for (uint32_t q = g->first; q < s->last && q < g->first + BACKGROUND_REACH; q++) {
    if (clause_mark(w, q) || (w->tok_vg[q] != NO && w->tok_vg[q] != own) ||
        w->toks.v[q].tag == P_WH || w->toks.v[q].tag == P_THAT)
      break;
    if (w->tok_cw[q] != ACTA_NO_WORD && background_at(w, s, q)) return 1;
  }
  return decade_ends_sentence(w, s, g); /* invented30b */
}

/* Is token i of sentence s the written form x (a coder word id)? */
static int word_in(const struct acta_work *w, const acta_sentence *s, uint32_t i, uint32_t x) {
  return i >= s->first && i < s->last && is_word(w, i, x);
}

/* Is token i of sentence s in one of the lists `bits` of the third set
 * (WL3_*)? */
static int list3_in(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                    uint64_t bits) {
  return i >= s->first && i < s->last && tok_in3(w, i, bits);
}

/* The same for the fourth set (WL4_*). */
static int list4_in(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                    uint64_t bits) {
  return i >= s->first && i < s->last && tok_in4(w, i, bits);
}


/* Does the clause of verb group g, after it, give its act a rate: "a
 * day", "per month", "each week", "every day", "on average" ("were
 * seizing $300,000 worth of contraband a day", "confiscated, on average,
 * a rifle each week", "eighteen people die every day")?  Not a span or a
 * date: "a week after", "a day earlier", "within a month", "a year ago",
 * "after just a year and a half"; not an act vowed ("vowed to kill one policeman per day") nor one
 * going on now ("are shelling us every day"). */
/* (speed34b: asked by own_unreal_reason only in a sentence that holds
 * "average" or a WL4_RATE_LEAD and a WL4_RATE_UNIT word, count_marks's
 * cm_rate_may: a rate found by another word needs it noted there too) */
static int rate_after(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* "vowed to kill one policeman per day": a threat made; "are shelling
   * us every day": what goes on now */
  if (g->to_inf || g->modal_status != ACTA_ASSERTED) return 0;
  if (w->toks.v[g->head].penn == PT_VBG && g->first < g->head &&
      (w->toks.v[g->first].penn == PT_VBZ || w->toks.v[g->first].penn == PT_VBP))
    return 0;
  int32_t own = w->tok_vg[g->head];
  for (uint32_t q = g->last; q + 1 < s->last; q++) {
    if (w->toks.v[q].kind == TK_PUNCT && (w->toks.v[q].punct == ';' || w->toks.v[q].punct == ':'))
      return 0;
    if (w->tok_vg[q] != NO && w->tok_vg[q] != own) return 0;
    if (w->toks.v[q].tag == P_WH || w->toks.v[q].tag == P_THAT) return 0;
    if (word_in(w, s, q, w->cw->w_on) && word_in(w, s, q + 1, w->cw->w_average)) return 1;
    if (!list4_in(w, s, q, WL4_RATE_LEAD) || !list4_in(w, s, q + 1, WL4_RATE_UNIT)) continue;
    if (list4_in(w, s, q + 2, WL4_RATE_NOT)) continue;
    /* "in a day", "after just a year" */
    if (is_word(w, q, w->cw->w_a) && q > s->first &&
        (w->toks.v[q - 1].tag == P_PREP ||
         (q > s->first + 1 && w->toks.v[q - 1].tag == P_ADV && w->toks.v[q - 2].tag == P_PREP)))
      continue;
    return 1;
  }
  return 0;
}

/* Is verb group g of sentence s a lone verb in the simple present, not a
 * reporting verb ("criminal groups supply the market", "the gang smuggles
 * explosives")?  Outside a headline that is a habit or a state, not an
 * act.  (review23: the words before it are read within s only.) */
static int habitual_present(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g) {
  if (g->reporting || g->passive) return 0;
  unsigned p = w->toks.v[g->head].penn;
  /* "the area where Colombia, Peru and Brazil meet": a bare base form
   * right after its subject noun is the present the tagger missed */
  /* invented15: up to two adverbs between ("security forces only seize
   * about six percent") */
  uint32_t b = g->first;
  for (int k = 0; k < 2 && b > s->first + 1 && w->toks.v[b - 1].tag == P_ADV; k++) b--;
  /* invented19: or after a plural subject pronoun ("the countries they
   * occupy", "once they sign a peace deal") */
  int base_after_noun = p == (unsigned)PT_VB && !g->to_inf && b > s->first &&
                        (w->toks.v[b - 1].tag == P_PROPN || w->toks.v[b - 1].tag == P_NOUN ||
                         is_vocab(w, b - 1, V_THEY) || is_vocab(w, b - 1, V_WE));
  /* "police beat students": the past reads the same */
  if (g->last - g->first == 1)
    return p == (unsigned)PT_VBZ ||
           ((p == (unsigned)PT_VBP || base_after_noun) &&
            !tok_in(w, g->head, WL_SAME_PARTICIPLE));
  /* "do not worry", "does not pay": do-support in the present */
  unsigned f = w->toks.v[g->first].penn;
  return p == (unsigned)PT_VB && (f == (unsigned)PT_VBZ || f == (unsigned)PT_VBP) &&
         acta_lemma_is(w->toks.v[g->first].vlemma, w->cw->l_do);
}

/* prec43d: is verb group g a lone bare verb after "than" or "but" that
 * hangs on a "do" in the present, three words at most between ("mostly do
 * no more than guard", "does nothing but watch")?  The "do" is the
 * clause's verb: a simple present, a habit or a state, as
 * habitual_present reads it; "did little more than" stays. */
static int do_than_present(const struct acta_work *w, const acta_sentence *s,
                           const vgroup *g) {
  if (g->last - g->first != 1 || w->toks.v[g->head].penn != PT_VB || g->first < s->first + 2)
    return 0;
  if (!is_vocab(w, g->first - 1, V_THAN) && !is_vocab(w, g->first - 1, V_BUT)) return 0;
  for (uint32_t q = g->first - 1; q > s->first && g->first - q < 5; q--) {
    const acta_token *t = &w->toks.v[q - 1];
    if (t->tag == P_AUX && acta_lemma_is(t->vlemma, w->cw->l_do))
      return t->penn == PT_VBP || t->penn == PT_VBZ;
    if (t->kind == TK_PUNCT || w->tok_vg[q - 1] != NO) return 0;
  }
  return 0;
}

/* mend39d: habitual_present for the act codes (act_codes.c
 * extortion_told) */
int acta_habitual_present(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  return habitual_present(w, s, g);
}

/* invented15: is verb group g a present progressive in a "where" clause
 * on a plural place noun with no article or number right before it ("in
 * areas where illicit markets exist and criminal organizations are
 * fighting for control", "numerous areas where organized crime is
 * battling", "the country's various hotspots where gangs are battling")?
 * It describes a kind of place, no one act. */
static int kind_of_place(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (g->passive || g->last - g->first != 2 || w->toks.v[g->head].penn != PT_VBG) return 0;
  unsigned f = w->toks.v[g->first].penn;
  if (f != (unsigned)PT_VBP && f != (unsigned)PT_VBZ) return 0;
  uint32_t q = g->first;
  /* its subject, and one clause before it joined by "and" ("markets
   * exist and") */
  for (int k = 0; k < 12 && q > s->first; k++, q--) {
    uint32_t p = q - 1;
    if (w->toks.v[p].tag == P_WH) break;
    if (clause_mark(w, p)) return 0;
    if (w->tok_vg[p] != NO && w->tok_vg[p] != w->tok_vg[g->head] &&
        w->vgs[w->tok_vg[p]].last - w->vgs[w->tok_vg[p]].first != 1)
      return 0;
  }
  if (q <= s->first + 1 || !is_vocab(w, q - 1, V_WHERE)) return 0;
  const acta_token *n = &w->toks.v[q - 2];
  if (n->tag != P_NOUN || n->penn != PT_NNS) return 0;
  if (q >= s->first + 3) {
    const acta_token *d = &w->toks.v[q - 3];
    if (d->tag == P_NUM || is_word(w, q - 3, w->cw->w_the) || is_word(w, q - 3, w->cw->w_those) ||
        is_vocab(w, q - 3, V_THESE))
      return 0;
  }
  return 1;
}

/* invented15: is "few" (not "a few"; "relatively", "very" before it
 * allowed) the count of verb group g's passive subject ("relatively few
 * MS13 members were arrested", "few officials have been charged") or of
 * its object right after it ("Congress has asked few questions")?  A count
 * told as small compares, it reports no act. */
static int few_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  return q < s->last && (is_vocab(w, q, V_FEW) || is_vocab(w, q, V_FEWER)) &&
         !(q > s->first && (is_word(w, q - 1, w->cw->w_a) || is_word(w, q - 1, w->cw->w_the)));
}

static int few_counted(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (!g->passive) return few_at(w, s, g->last) || few_at(w, s, g->last + 1);
  uint32_t q = g->first;
  /* "few officials have been charged or investigated": the first of two */
  if (q > s->first + 1 && is_and_or(w, q - 1) && w->tok_vg[q - 2] != NO)
    q = w->vgs[w->tok_vg[q - 2]].first;
  for (int k = 0; k < 6 && q > s->first && np_tag(w->toks.v[q - 1].tag); k++, q--)
    if (few_at(w, s, q - 1)) return 1;
  return q > s->first && few_at(w, s, q - 1);
}

/* invented15: is "you" the subject of verb group g in the present or
 * after "would" ("you'd go out and greet everyone", "you go to a bar to
 * seize a slot machine")?  "You" then is anyone, and the act what anyone
 * does; a past form ("you attacked us") is said to someone and stays. */
static int generic_you(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  unsigned p = w->toks.v[g->head].penn;
  if (g->passive || g->reporting || p == (unsigned)PT_VBD || p == (unsigned)PT_VBN) return 0;
  uint32_t q = g->first;
  /* "'d", "would", "just", "often" between */
  int you = 0;
  for (int k = 0; k < 3 && q > s->first; k++, q--) {
    /* (the tokenizer keeps "you'd" one word) */
    if (norm_eq(w, q - 1, "you'd")) { you = 1; break; }
    uint8_t t = w->toks.v[q - 1].tag;
    if (t != P_ADV &&
        !(t == P_MODAL && (norm_eq(w, q - 1, "'d") || is_word(w, q - 1, w->cw->w_would))))
      break;
  }
  if (!you && (q == s->first || !is_vocab(w, q - 1, V_YOU))) return 0;
  /* its own past inside the group: "you have attacked", "you did" */
  for (uint32_t r = g->first; r < g->last; r++)
    if (w->toks.v[r].penn == PT_VBD || has_have(w, r)) return 0;
  return 1;
}

/* prec37c: the first token of a phrase of habit ending right before
 * token q -- "at times", "on occasion(s)", "from time to time" -- or q
 * itself if none ends there. */
static uint32_t habit_phrase_start(const struct acta_work *w, const acta_sentence *s,
                                   uint32_t q) {
  if (q >= s->first + 2) {
    if (is_vocab(w, q - 2, V_AT) && is_vocab(w, q - 1, V_TIMES)) return q - 2;
    if (is_vocab(w, q - 2, V_ON) && tok_in6(w, q - 1, WL6_OCCASION_WORD)) return q - 2;
  }
  if (q >= s->first + 4 && is_vocab(w, q - 4, V_FROM) && tok_in6(w, q - 3, WL6_TIME_WORD) &&
      is_vocab(w, q - 2, V_TO) && tok_in6(w, q - 1, WL6_TIME_WORD))
    return q - 4;
  return q;
}

/* Is token q an adverb of habit: of WL_HABITUAL, or "always",
 * "constantly"? */
static int habit_word(const struct acta_work *w, uint32_t q) {
  return tok_in(w, q, WL_HABITUAL) || is_word(w, q, w->cw->w_always) ||
         is_word(w, q, w->cw->w_constantly);
}

/* prec48e: how far before its verb a "there were times when" may stand */
#define TIMES_WHEN_REACH 10

/* prec48e: does the verb's clause hang on "times when" or "occasions when"
 * after a form of "be" ("there were times when officials asked us to
 * mediate", "there have been occasions when troops fired"): acts told as
 * recurring, no one act?  No punctuation between. */
static int times_when(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  static const char *const times[] = {"times", "occasions", NULL};
  static const char *const be[] = {"were", "are", "been", "was", "is", NULL};
  for (uint32_t q = g->first, k = 0; q > s->first + 2 && k < TIMES_WHEN_REACH; q--, k++) {
    uint32_t p = q - 1;
    if (w->toks.v[p].kind == TK_PUNCT) return 0;
    if (is_word(w, p, w->cw->w_when) && norm_one_of(w, p - 1, times) &&
        norm_one_of(w, p - 2, be))
      return 1;
  }
  return 0;
}

/* Is lone present verb group g led by an adverb of habit, up to three
 * adverbs before it ("firms frequently ignore the limits", "courts that
 * almost always dismiss the cases", "gangs constantly extort")?  The
 * adverb may have gone to the group before ("to log legally frequently
 * ignore"); "has always denied", "have often attacked" are in_group's
 * (invented9).  Or (prec37c) is a lone verb, present or base, led by a
 * phrase of habit (habit_phrase_start), an adverb at most between, its
 * subject right before the phrase ("prison directors at times deny any
 * responsibility for the riots", "the gangs on occasion kidnap the
 * children of debtors", "police from time to time even raid the
 * market")?  What is done at times, no one act; a perfect ("have at
 * times denied") or a past is left as it is. */
static int habit_adverb_before(const struct acta_work *w, const acta_sentence *s,
                               const vgroup *g) {
  if (g->passive || g->to_inf) return 0;
  unsigned f = w->toks.v[g->first].penn;
  /* a base form the tagger gave a present ("which almost always dismiss")
   * only where a subject stands before the adverbs */
  if (f != (unsigned)PT_VBZ && f != (unsigned)PT_VBP && f != (unsigned)PT_VB) return 0;
  int habit = 0, subject = f == (unsigned)PT_VB;
  uint32_t q = g->first;
  for (uint32_t k = 0; q > s->first && k < 3 && w->toks.v[q - 1].tag == P_ADV; q--, k++)
    if (habit_word(w, q - 1)) habit = 1;
  if (!habit) {
    /* prec37c: a phrase of habit before a lone verb, its subject before */
    if (g->last - g->first != 1) return 0;
    q = g->first;
    if (q > s->first && w->toks.v[q - 1].tag == P_ADV) q--;
    uint32_t b = habit_phrase_start(w, s, q);
    if (b == q) return 0;
    q = b;
    subject = 1;
  } else if (has_have(w, g->first)) {
    return 0;
  }
  if (q == s->first) return 0;
  uint8_t before = w->toks.v[q - 1].tag;
  if (subject)
    return before == P_NOUN || before == P_PROPN || before == P_PRON || before == P_WH ||
           before == P_THAT;
  return 1;
}

/* invented16: does an adverb of habit (WL_HABITUAL, "always",
 * "constantly") follow verb group g in its clause, after its object at
 * most six tokens on ("guarded the building site constantly", "clashing often
 * enough with militias")?  Not past punctuation, "and" or "or", a "who" or
 * "that", or another verb group, nor an adverb before a word it modifies
 * (a verb, noun or adjective: "five men often linked to the gang", "an
 * increasingly militarized approach"). */
static int habit_adverb_after(const struct acta_work *w, const acta_sentence *s,
                              const vgroup *g) {
  if (g->to_inf) return 0;
  for (uint32_t q = g->last; q < s->last && q < g->last + 6; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT || w->tok_vg[q] != NO || tk->tag == P_CONJ || tk->tag == P_WH ||
        tk->tag == P_THAT)
      return 0;
    if (tk->tag == P_ADV && habit_word(w, q))
    {
      /* (the adverb modifies no word after it: "increasingly militarized
       * approach", "five men often linked to") */
      if (q + 1 >= s->last) return 1;
      const acta_token *nx = &w->toks.v[q + 1];
      return w->tok_vg[q + 1] == NO &&
             (nx->kind == TK_PUNCT || nx->tag == P_PREP || nx->tag == P_CONJ ||
              nx->tag == P_ADV || nx->tag == P_TO);
    }
  }
  return 0;
}

/* invented19: is verb group g an "-ing" form after a comma going on a
 * verb of habit (acta_list_governor): an adverb of habit before that verb
 * or inside its group ("now usually enter zones first, doing a first
 * sweep", "have always defined themselves as defenders of the poor,
 * promising to protect residents")?  The "-ing" form tells part of the
 * habit, no one act.  A perfect's "always" counts here, though "have
 * always denied" alone is a stance held and stays. */
static int habit_list_member(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g) {
  const vgroup *lg = acta_list_governor(w, s, g);
  if (!lg) return 0;
  if (habit_adverb_before(w, s, lg)) return 1;
  for (uint32_t q = lg->first; q < lg->last; q++)
    if (habit_word(w, q)) return 1;
  return 0;
}

/* prec41e: is verb group g a bare verb after "and"/"or" (no auxiliary
 * of its own) that goes on the verb group before it, marked as a habit
 * -- an adverb of habit inside it or before it ("are often robbed and
 * kidnapped", "routinely beat detainees and torture them")?  The adverb
 * and the auxiliary are shared: the second verb is the same habit.  The
 * group before ends at most 12 tokens back (its objects between, no mark
 * but a comma, no other verb), in the same frame, in the same tense
 * ("often patrols the area and arrested three men" keeps its past).
 * mend41e: a past after a participle is a new finite verb, no shared
 * auxiliary ("have often clashed with rebels and attacked a camp": its
 * own tense); "increasingly" tells a degree, no habit; a copula before
 * is no act to share; a day or date in g's own clause ("on Sunday",
 * "last week") tells one act. */
static int tense_class(unsigned penn) {
  if (penn == (unsigned)PT_VBD) return 1;
  if (penn == (unsigned)PT_VBN) return 3;
  if (penn == (unsigned)PT_VB || penn == (unsigned)PT_VBP || penn == (unsigned)PT_VBZ) return 2;
  return 0;
}

/* mend41e: is token q an adverb of habit shared over "and": of
 * WL_HABITUAL but "increasingly", or "always", "constantly"? */
static int shared_habit_word(const struct acta_work *w, uint32_t q) {
  return habit_word(w, q) && !norm_eq(w, q, "increasingly");
}

/* mend41e: does g's own clause, after it and up to a mark or the next
 * verb (12 tokens at most), tell a day or a date: "on"/"last"/"this"/
 * "early"/"late" + a word of time ("on Sunday", "last week"), or
 * "yesterday"? */
static int dated_clause(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  for (uint32_t q = g->last; q < s->last && q < g->last + 12; q++) {
    const acta_token *tk = &w->toks.v[q];
    if ((tk->kind == TK_PUNCT && tk->punct != ',') || w->tok_vg[q] != NO) return 0;
    if (is_vocab(w, q, V_YESTERDAY)) return 1;
    if (q > g->last && tok_in(w, q, WL_TIME_NOUN)) {
      int before = w->toks.v[q - 1].vocab;
      if (before == V_ON || before == V_LAST || before == V_THIS || before == V_EARLY ||
          before == V_LATE)
        return 1;
    }
  }
  return 0;
}

static int habit_shared_over_and(const struct acta_work *w, const acta_sentence *s,
                                 const vgroup *g) {
  if (g->first != g->head || g->first < s->first + 3 || g->to_inf) return 0;
  int tc = tense_class(w->toks.v[g->head].penn);
  if (!tc) return 0;
  uint32_t c = g->first - 1;
  if (!is_and_or(w, c)) return 0;
  uint32_t q = c;
  while (q > s->first && c - q < 12 && w->tok_vg[q - 1] == NO) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->kind == TK_PUNCT && tk->punct != ',') return 0;
    q--;
  }
  if (q == s->first || w->tok_vg[q - 1] == NO) return 0;
  const vgroup *pg = &w->vgs[w->tok_vg[q - 1]];
  if (pg == g || pg->scope != g->scope || pg->reporting || pg->to_inf ||
      tense_class(w->toks.v[pg->head].penn) != tc)
    return 0;
  switch (w->toks.v[pg->head].vocab) {
  case V_IS: case V_ARE: case V_WAS: case V_WERE: case V_BE: case V_BEEN:
    return 0; /* mend41e: "were increasingly isolated and surrendered" */
  default:
    break;
  }
  if (dated_clause(w, s, g)) return 0;
  if (habit_adverb_before(w, s, pg)) return 1;
  for (uint32_t r = pg->first; r < pg->last; r++)
    if (shared_habit_word(w, r)) return 1;
  return 0;
}

int acta_long_perfect(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  uint32_t q = g->first > s->first ? g->first - 1 : g->first;
  for (; q < g->last && q < g->first + 3; q++)
    if (q > s->first && norm_eq(w, q, "long") && w->toks.v[q].tag == P_ADV &&
        (has_have(w, q - 1) || is_word(w, q - 1, w->cw->w_had)))
      return 1;
  return 0;
}

/* Does verb group g hold a word of the lists `bits` ("have often
 * attacked")? */
static int in_group(const struct acta_work *w, const vgroup *g, uint32_t bits) {
  for (uint32_t q = g->first; q < g->last; q++)
    if (tok_in(w, q, bits)) return 1;
  return 0;
}

/* Is verb group g a simple present passive in a relative clause ("a
 * region which is threatened by gangs"), not "is being", "has been",
 * "was", and not the historical present of a report ("three soldiers are
 * killed when ...")? */
static int present_passive(const acta_coder *c, const acta_sentence *s,
                           const vgroup *g) {
  const struct acta_work *w = c->work;
  if (!g->passive) return 0;
  uint32_t b = g->first;
  while (b > s->first && w->toks.v[b - 1].tag == P_ADV) b--;
  if (b == s->first || (w->toks.v[b - 1].tag != P_WH && w->toks.v[b - 1].tag != P_THAT))
    return 0;
  int present = 0;
  for (uint32_t q = g->first; q < g->last; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (q == g->head) continue;
    if (tk->tag == P_MODAL) return 0;
    if (tk->tag == P_AUX) {
      if (tk->penn == PT_VBZ || tk->penn == PT_VBP) present = 1;
      else return 0; /* was, been, being, had */
    }
  }
  return present;
}

/* Does sentence s hold, before verb group g, "for years", "for decades",
 * "over the past six years" ("for" or "over" up to three words before
 * "year(s)" or "decade(s)"; "over the past two weeks" is news, and a span
 * after the verb is its own: "sentenced to prison for 20 years")? */
static void count_marks(const acta_coder *c, const acta_sentence *s);
static int background_may(const acta_coder *c, const acta_sentence *s);
static int rate_may(const acta_coder *c, const acta_sentence *s);
static int lists_may(const acta_coder *c, const acta_sentence *s, uint64_t bits);
static int asked_may(const acta_coder *c, const acta_sentence *s);
static int group_lists_may(const acta_coder *c, const acta_sentence *s, const vgroup *g,
                           uint64_t bits);
static int habit_will_may(const acta_coder *c, const acta_sentence *s);
static int not_first_time_may(const acta_coder *c, const acta_sentence *s);

/* prec44d: does verb group g hold the perfect's "have" ("has",
 * "have", "had") before its head? */
static int perfect_group(const struct acta_work *w, const vgroup *g) {
  for (uint32_t q = g->first; q < g->head; q++)
    if (has_have(w, q) || is_vocab(w, q, V_HAD)) return 1;
  return 0;
}

/* mend44d: does the sentence after verb group g tie its act to one
 * occasion: "today", "tonight", "overnight", a weekday's ("in Friday's
 * raid"), or "after", "during", "following", "amid", "in the wake of"
 * ("have detained numerous students after a march")?  The news lead's
 * perfect tells that one act.  Up to ONE_OCCASION_REACH tokens, not
 * past another verb. */
#define ONE_OCCASION_REACH 16
static int one_occasion(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  for (uint32_t q = g->last; q < s->last && q < g->last + ONE_OCCASION_REACH; q++) {
    const acta_token *tk = &w->toks.v[q];
    if ((tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':')) || w->tok_vg[q] != NO)
      return 0; /* (another verb's: "leaders, analysts said after") */
    if (norm_eq(w, q, "today") || norm_eq(w, q, "tonight") || norm_eq(w, q, "overnight") ||
        norm_eq(w, q, "after") || norm_eq(w, q, "during") || norm_eq(w, q, "following") ||
        norm_eq(w, q, "amid") || norm_eq(w, q, "wake"))
      return 1;
    /* a weekday's: "'s" right after a time noun that is no span */
    if (q + 1 < s->last && tok_in(w, q, WL_TIME_NOUN) && !tok_in(w, q, WL_PERIOD_NOUN) &&
        (norm_eq(w, q + 1, "'s") || norm_eq(w, q + 1, "’s")))
      return 1;
  }
  return 0;
}

/* prec44d: is verb group g an active perfect (or a bare participle
 * after "and" that shares one: "has killed and captured") whose object
 * opens with a quantity of no count ("the navy has sunk and seized
 * numerous smuggling boats", "gangs have carried out countless
 * extortions")?  A tally of acts over a span, no one act told.  A day or
 * a date in its clause ("has killed numerous rebels in a clash on
 * Sunday") tells one act and stays, and so does a past ("killed numerous
 * rebels") or a count ("has killed three rebels this week"). */
static int uncounted_perfect(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g) {
  if (g->passive || g->to_inf || w->toks.v[g->head].penn != PT_VBN) return 0;
  int perfect = perfect_group(w, g);
  if (!perfect && g->first == g->head && g->first >= s->first + 2 &&
      is_and_or(w, g->first - 1) && w->tok_vg[g->first - 2] != NO)
    perfect = perfect_group(w, &w->vgs[w->tok_vg[g->first - 2]]);
  if (!perfect) return 0;
  /* the object: past a determiner, or "and" and the verb it shares it with */
  uint32_t q = g->last;
  for (int k = 0; k < 4 && q < s->last; k++, q++) {
    if (tok_in6(w, q, WL6_UNCOUNTED_MANY))
      return !dated_clause(w, s, g) && !one_occasion(w, s, g);
    if (!(w->toks.v[q].tag == P_DET || is_and_or(w, q) || w->tok_vg[q] != NO)) return 0;
  }
  return 0;
}

/* (the sentence read once: count_marks) */
static int over_years(const acta_coder *c, const acta_sentence *s, const vgroup *g) {
  count_marks(c, s);
  return c->work->cm_years < g->first;
}

/* Is token q a period noun with "for" or "over" up to three words before
 * it, in sentence s? */
static int years_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (!tok_in(w, q, WL_PERIOD_NOUN)) return 0;
  for (uint32_t b = q; b > s->first && q - b < 3; b--)
    if (is_word(w, b - 1, w->cw->w_for) || is_word(w, b - 1, w->cw->w_over)) return 1;
  /* invented32: or four words before ("For the last three decades,
   * paramilitaries have held", "Over the next five years, officials
   * arrested dozens", "for more than two decades") */
  if (q >= s->first + 4 &&
      (is_word(w, q - 4, w->cw->w_for) || is_word(w, q - 4, w->cw->w_over)))
    return 1;
  return 0;
}

/* Does the sentence end in a question mark? */
static int question(const struct acta_work *w, const acta_sentence *s) {
  for (uint32_t q = s->last; q > s->first; q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->kind != TK_PUNCT) return 0;
    if (tk->punct == '?') return 1;
  }
  return 0;
}

/* Does verb group g stand in a clause that is asked, not told: opened by
 * "how", "whether" or "why" ("how far", "whether or not") after a word
 * that asks ("questions remain about whether the two sides will make
 * concessions", "the question of how far the arsenals are arming the
 * gangs", "one of the questions [at the hearing] was about how the
 * faction financed itself", "it is unclear why the army released
 * them")?  The "wh" word comes before the group with no other verb group,
 * comma or ';' between; the asking word up to twelve words before it with
 * only a linking verb ("remain", "was") between (invented9). */
#define ASKED_REACH 12
static int asked_clause(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  uint32_t h = g->first, k = 0;
  while (h > s->first && k < ASKED_REACH && !list4_in(w, s, h - 1, WL4_WH_ASKED)) {
    h--, k++;
    if (w->tok_vg[h] != NO || is_punct(w, h, ',') || is_punct(w, h, ';') ||
        w->toks.v[h].tag == P_CONJ)
      return 0;
  }
  if (h == s->first || !list4_in(w, s, h - 1, WL4_WH_ASKED)) return 0;
  h--;
  for (uint32_t q = h, n = 0; q > s->first && n < ASKED_REACH; q--, n++) {
    uint32_t p = q - 1;
    if (tok_in2(w, p, WL2_QUESTION_WORD)) return 1;
    if (is_punct(w, p, ',') || is_punct(w, p, ';')) return 0;
    if (w->tok_vg[p] != NO &&
        !acta_lemma_in2(w->cw, w->toks.v[w->vgs[w->tok_vg[p]].head].vlemma, WL2_LINKING_VERB))
      return 0;
  }
  return 0;
}

/* Is verb group g a past participle right after a bare plural ("criminals
 * captured by authorities", "migrants detained in Mexico": no
 * determiner, number or possessive in its phrase) in the clause of a verb
 * group of the future, the possible or the simple present ("this will
 * give criminals captured by authorities three options", "the law lets
 * suspects arrested abroad appeal")?  The participle says what kind of
 * people an act to come or a rule concerns: no act told (invented12).
 * Back over at most ten words of the noun phrase and its prepositions. */
static int kind_participle(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (g->first != g->head || w->toks.v[g->head].penn != PT_VBN || g->first == s->first ||
      w->toks.v[g->first - 1].penn != PT_NNS)
    return 0;
  uint32_t q = g->first;
  int own_phrase = 1; /* still in the plural's own phrase (not past a preposition) */
  while (q > s->first && g->first - q < 10 && w->tok_vg[q - 1] == NO) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->tag == P_PREP) {
      own_phrase = 0;
    } else if (!np_tag(tk->tag)) {
      return 0;
    } else if (own_phrase && (tk->tag == P_DET || tk->tag == P_NUM || tk->tag == P_POSS)) {
      return 0;
    }
    q--;
  }
  if (q == s->first || w->tok_vg[q - 1] == NO) return 0;
  const vgroup *pv = &w->vgs[w->tok_vg[q - 1]];
  for (uint32_t k = pv->first; k < pv->last; k++)
    if (w->toks.v[k].tag == P_MODAL &&
        (tok_in(w, k, WL_MODAL_COND) || tok_in(w, k, WL_MODAL_HEDGED) ||
         tok_in(w, k, WL_MODAL_INTENDED) || tok_in(w, k, WL_MODAL_SHOULD)))
      return 1;
  return habitual_present(w, s, pv);
}

/* Does verb group g hold a modal of the unreal ("would", "could",
 * "might", "should", "may") or a guess ("perhaps", "maybe", up to two
 * words before it)? */
static int unreal_modal(const struct acta_work *w, const acta_sentence *s,
                        const vgroup *g) {
  uint32_t am = acta_aside_modal(w, s, g);
  if (am != UINT32_MAX && (tok_in(w, am, WL_MODAL_COND) || tok_in(w, am, WL_MODAL_HEDGED)))
    return 1;
  uint32_t q0 = g->first;
  while (q0 > s->first && g->first - q0 < 2 && w->toks.v[q0 - 1].tag == P_ADV) q0--;
  for (uint32_t q = q0; q < g->last; q++) {
    if (w->toks.v[q].tag == P_MODAL &&
        (tok_in(w, q, WL_MODAL_COND) || tok_in(w, q, WL_MODAL_HEDGED)))
      return 1;
    if (tok_in(w, q, WL_ADV_GUESS)) return 1;
  }
  return 0;
}

/* Is token q an adjective of speculation after an impersonal "it" and a
 * form of "be" ("it is possible", "it's also likely", "it was
 * conceivable", "it is not unlikely"): the writer's or a source's guess,
 * whose "that" clause tells no act? */
static int speculation_adjective(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (!tok_in2(w, q, WL2_SPECULATION_ADJ)) return 0;
  /* prec44d: "it" the object of a verb ("the figure renders it unlikely
   * that", "which made it likely that"): the same guess, the verb's subject the
   * fact it is drawn from */
  if (q >= s->first + 2 && is_vocab(w, q - 1, V_IT) && w->toks.v[q - 2].tag == P_VERB)
    return 1;
  for (uint32_t b = q; b > s->first && q - b < 4; b--) {
    if (is_vocab(w, b - 1, V_IT) && b < q &&
        (w->toks.v[b].tag == P_AUX || w->toks.v[b].tag == P_VERB))
      return 1;
    if (w->toks.v[b - 1].tag != P_ADV && w->toks.v[b - 1].tag != P_AUX &&
        w->toks.v[b - 1].tag != P_VERB && w->toks.v[b - 1].tag != P_NEG)
      return 0;
  }
  return 0;
}

/* invented27: is token q a form of "seem" or "appear" whose subject is
 * "it", adverbs or a modal between ("it appears that", "it would seem
 * that", "it also appears that"): the clause after "that" is the writer's
 * guess, as after "it is likely that". */
static int seeming_it(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (w->toks.v[q].tag != P_VERB || !acta_seem_lemma(w->cw, w->toks.v[q].vlemma)) return 0;
  for (uint32_t b = q; b > s->first && q - b < 3; b--) {
    if (is_vocab(w, b - 1, V_IT)) return 1;
    if (w->toks.v[b - 1].tag != P_ADV && w->toks.v[b - 1].tag != P_MODAL) return 0;
  }
  return 0;
}

/* prec43d: is token q "be" after a modal of the unreal and an impersonal
 * "it", adverbs between ("it may be that", "it could well be that", "it
 * might also be that"): the clause after "that" is a guess, as after "it
 * appears that". */
static int modal_be_it(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (!is_vocab(w, q, V_BE)) return 0;
  int modal = 0;
  for (uint32_t b = q; b > s->first && q - b < 4; b--) {
    const acta_token *p = &w->toks.v[b - 1];
    if (is_vocab(w, b - 1, V_IT)) return modal;
    if (p->tag == P_MODAL && (tok_in(w, b - 1, WL_MODAL_COND) || tok_in(w, b - 1, WL_MODAL_HEDGED)))
      modal = 1;
    else if (p->tag != P_ADV)
      return 0;
  }
  return 0;
}

/* mend43d: is token q a focus adverb after a negation ("not only",
 * "not just", "not merely", "not simply": WL5_NOT_ONLY)? */
static int focus_adverb(const struct acta_work *w, uint32_t q) {
  return tok_in5(w, q, WL5_NOT_ONLY);
}

/* prec43d: is token q a verb of inference (WL6_INFERENCE_VERB: "mean",
 * "imply", "prove") told as not so, its negation right before it with
 * auxiliaries and adverbs between ("this does not mean that", "that
 * doesn't necessarily imply that", "it did not prove that")?  The clause
 * after "that" is what the writer says need not be so: no act told.  Not
 * "not only shows that" (nor another focus_adverb after the negation),
 * which asserts. */
static int negated_inference(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (w->toks.v[q].tag != P_VERB ||
      !tok_lemma_in6(w, q, w->toks.v[q].vlemma, WL6_INFERENCE_VERB))
    return 0;
  for (uint32_t b = q; b > s->first && q - b < 3; b--) {
    const acta_token *p = &w->toks.v[b - 1];
    if (p->tag == P_NEG) return b == q || !focus_adverb(w, b); /* mend43d */
    if (p->tag != P_ADV && p->tag != P_AUX) return 0;
  }
  return 0;
}

/* mend43d: a walk back from a verb group over its own clause, token by
 * token.  The clause ends at a subordinator ("after", "because", "when")
 * and at an earlier verb group, unless that group is joined to the one
 * walked from by "and"/"or" with no new subject between ("who they trade
 * with and arm": one clause; "who gets fined and the police arrested
 * three": two). */
typedef struct own_clause_walk {
  int32_t vg;     /* the verb group whose clause the walk is in */
  int conj;       /* an "and"/"or" passed since that group's start */
  int subj;       /* a noun or pronoun passed before that "and"/"or" */
  int any_and;    /* mend43d2: "and"/"or" joins even with a new subject */
  int np_only;    /* mend43d2: only one noun phrase passed since the group */
  uint32_t inner; /* mend43d2: tokens from here on are inside the subject */
} own_clause_walk;

static own_clause_walk own_clause_start(const struct acta_work *w, const vgroup *g,
                                        int any_and) {
  own_clause_walk cw = {w->tok_vg[g->head], 0, 0, any_and, 1, UINT32_MAX};
  return cw;
}

/* mend43d2: does verb group vg, met on the walk back, stand inside the
 * subject of the walk's clause: a lone participle right after a noun ("the
 * marines stationed near the port shelled")?  Then its first token is
 * returned.  (A full relative, "the officers who led the raid beat", is
 * not needed here: the verb after it finds no actor.) */
static uint32_t subject_inner_group(const struct acta_work *w, int32_t vg) {
  const vgroup *h = &w->vgs[vg];
  if (h->first < 1) return UINT32_MAX;
  const acta_token *b = &w->toks.v[h->first - 1];
  if ((b->tag == P_NOUN || b->tag == P_PROPN) && h->last - h->first == 1 &&
      w->toks.v[h->first].penn == (unsigned)PT_VBN)
    return h->first;
  return UINT32_MAX;
}

/* Is token t, the next one back, still in the walk's clause? */
static int own_clause_step(const struct acta_work *w, own_clause_walk *cw, uint32_t t) {
  const acta_token *tk = &w->toks.v[t];
  if (t >= cw->inner) return 1;
  /* mend43d2: "after", "before", "since", "until" tagged as prepositions
   * end the clause only when one noun phrase, the subject, lies between
   * ("until police arrested", "after the army and police raided"), not
   * two ("after the raid the soldiers killed": a time phrase of the
   * clause) */
  if (tk->tag == P_SUBORD || (tok_in(w, t, WL_SUBORDINATOR) &&
                              (tk->tag != P_PREP || cw->np_only)))
    return 0;
  int32_t vg = w->tok_vg[t];
  if (vg != NO && vg != cw->vg) {
    if (!cw->conj) {
      uint32_t in = subject_inner_group(w, vg);
      if (in == UINT32_MAX || in > t) return 0;
      cw->inner = in;
      return 1;
    }
    cw->vg = vg;
    cw->conj = cw->subj = 0;
    cw->np_only = 1;
    return 1;
  }
  if (vg != NO) {
    cw->np_only = 1;
    return 1;
  }
  const acta_token *n = &w->toks.v[t + 1];
  int np_word = np_tag(tk->tag) || tk->tag == P_PRON || is_word(w, t, w->cw->w_of) ||
                is_and_or(w, t);
  /* a noun right before a determiner: two noun phrases ("the raid the") */
  int np_end = tk->tag == P_NOUN || tk->tag == P_PROPN || tk->tag == P_PRON;
  if (!np_word || (np_end && (n->tag == P_DET || n->tag == P_PRON))) cw->np_only = 0;
  if (is_and_or(w, t)) {
    /* "or that rebels killed": a "that" clause joined to the one before;
     * mend43d2: under a guess, any "and"/"or" with no comma ("it may be
     * that gunmen burned the market and police detained its owner") */
    if (!cw->subj || cw->any_and || w->toks.v[t + 1].tag == P_THAT) cw->conj = 1;
  } else if (!cw->conj && (np_tag(tk->tag) || tk->tag == P_PRON)) {
    cw->subj = 1;
  }
  return 1;
}

/* How far back from "is that" the subject's noun of speculation is looked
 * for ("One theory behind why the gangs are trying to expand into Mexico
 * is that": eleven words). */
#define COPULA_SUBJECT_REACH 14

/* invented24: is token q a form of "be" ("is", "was") whose subject,
 * before it within its punctuation marks, is a noun of speculation ("one
 * theory is that", "the biggest risk is that", "one possibility with the
 * massacre was that"): the clause after "that" is the guess, no act told. */
static int copular_speculation(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (!is_vocab(w, q, V_IS) && !is_vocab(w, q, V_WAS)) return 0;
  for (uint32_t b = q; b > s->first && q - b < COPULA_SUBJECT_REACH; b--) {
    if (clause_mark(w, b - 1)) return 0;
    if (w->toks.v[b - 1].tag == P_NOUN && tok_in(w, b - 1, WL_SPECULATION_NOUN)) return 1;
  }
  return 0;
}

/* Does verb group g stand in the "that" clause of a noun of speculation
 * ("hinting that the smuggler may have cut a deal",
 * "rumours that the US is planning sanctions", "raises concerns that
 * gangs are targeting troops"), within its punctuation marks?  Not when
 * that speculation is confirmed ("Santos confirmed rumours that ..."). */
static int speculation_clause(const struct acta_work *w, const acta_sentence *s,
                              const vgroup *g) {
  /* invented15: "that" left out before a modal's clause: "for fear
   * criminal gangs will target their families", "there is little chance
   * the government will cooperate" (its subject a noun phrase of six
   * words at most) */
  int modal = 0;
  for (uint32_t q = g->first; q < g->head; q++)
    if (w->toks.v[q].tag == P_MODAL) modal = 1;
  if (modal) {
    uint32_t b = g->first;
    for (int k = 0; k < 6 && b > s->first + 1 && np_tag(w->toks.v[b - 1].tag) &&
                    !tok_in(w, b - 1, WL_SPECULATION_NOUN);
         k++)
      b--;
    if (b < g->first && b > s->first && w->toks.v[b - 1].tag == P_NOUN &&
        tok_in(w, b - 1, WL_SPECULATION_NOUN))
      return 1;
  }
  /* mend43d: prec43d's "it may be that", "does not mean that" reach no
   * further back than g's own clause ("does not mean that a gang is
   * finished because troops killed its chief": the killing is told; "it
   * may be that time again when rebels struck": "when" ends it) */
  own_clause_walk cw = own_clause_start(w, g, 1);
  int own = 1;
  for (uint32_t q = g->first; q > s->first + 1; q--) {
    if (clause_mark(w, q - 1)) return 0;
    if (w->toks.v[q - 1].tag == P_THAT && speculation_adjective(w, s, q - 2)) return 1;
    if (w->toks.v[q - 1].tag == P_THAT && copular_speculation(w, s, q - 2)) return 1;
    if (w->toks.v[q - 1].tag == P_THAT && seeming_it(w, s, q - 2)) return 1;
    if (own && w->toks.v[q - 1].tag == P_THAT &&
        (modal_be_it(w, s, q - 2) || negated_inference(w, s, q - 2)))
      return 1;
    if (own && !own_clause_step(w, &cw, q - 1)) own = 0;
    if (w->toks.v[q - 1].tag != P_THAT || w->toks.v[q - 2].tag != P_NOUN ||
        !tok_in(w, q - 2, WL_SPECULATION_NOUN))
      continue;
    /* "confirmed (the) rumours that" */
    for (uint32_t b = q - 2; b > s->first && q - 2 - b < 3; b--) {
      const acta_token *u = &w->toks.v[b - 1];
      if (u->tag == P_VERB && tok_lemma_in6(w, b - 1, u->vlemma, WL6_CONFIRM_VERB)) return 0;
    }
    return 1;
  }
  return 0;
}

/* prec44d: how far back from a verb its "and that" is looked for (the
 * clause's subject: "and that mayors, colonels and ranchers paid for"),
 * and from that "and" the first "that" clause's. */
#define AND_THAT_SUBJECT_REACH 14
#define AND_THAT_FIRST_REACH 40

/* prec44d: does verb group g stand in a second "that" clause joined by
 * "and"/"or" to one of a noun of speculation ("the notion that, by 1997,
 * the militias ran the region, and that officials backed them"): the
 * second clause is part of the same idea?  g's subject (noun phrases,
 * commas and "and" of a list) runs back to "and that"; the first "that"
 * follows its noun within AND_THAT_FIRST_REACH tokens, no ';' or ':'
 * nor another frame between.  A "that" after a verb ("and that police
 * said that") is no such clause. */
static int coordinated_speculation(const struct acta_work *w, const acta_sentence *s,
                                   const vgroup *g) {
  uint32_t q = g->first, lo = g->first > s->first + AND_THAT_SUBJECT_REACH
                                  ? g->first - AND_THAT_SUBJECT_REACH : s->first;
  while (q > lo && w->tok_vg[q - 1] == NO && !is_vocab(w, q - 1, V_THAT)) {
    const acta_token *t = &w->toks.v[q - 1];
    if (!(np_tag(t->tag) || t->tag == P_ADJ || t->tag == P_NUM || is_and_or(w, q - 1) ||
          (t->kind == TK_PUNCT && t->punct == ',')))
      return 0;
    q--;
  }
  if (q <= s->first + 3 || !is_vocab(w, q - 1, V_THAT) || q == g->first) return 0;
  uint32_t a = q - 2; /* "and" */
  if (!is_and_or(w, a)) return 0;
  int32_t scope = w->tok_scope[a];
  uint32_t flo = a > s->first + AND_THAT_FIRST_REACH ? a - AND_THAT_FIRST_REACH : s->first;
  for (uint32_t b = a; b > flo + 1; b--) {
    const acta_token *t = &w->toks.v[b - 1];
    if (w->tok_scope[b - 1] != scope) return 0;
    if (t->kind == TK_PUNCT && (t->punct == ';' || t->punct == ':')) return 0;
    if (t->tag != P_THAT) continue;
    /* mend44d: the nearest "that" owns the "and that" clause ("the
     * report found that ..., and that ..." is told even after an earlier
     * "fears that") */
    if (w->toks.v[b - 2].tag != P_NOUN || !tok_in(w, b - 2, WL_SPECULATION_NOUN)) return 0;
    /* mend44d: "no doubt that", "confirmed (the) rumours that" assert */
    for (uint32_t c = b - 2; c > s->first && b - 2 - c < 3; c--) {
      const acta_token *u = &w->toks.v[c - 1];
      if (u->vocab == V_NO || u->vocab == V_NOT || norm_eq(w, c - 1, "little") ||
          norm_eq(w, c - 1, "never") || norm_eq(w, c - 1, "without"))
        return 0;
      /* (a verb of confirming by its lemma, "prove" among them: not
       * "provoked", "provided") */
      if (u->tag == P_VERB && tok_lemma_in6(w, c - 1, u->vlemma, WL6_CONFIRM_VERB)) return 0;
    }
    return 1;
  }
  return 0;
}

/* How far back from a verb group its clause's wh-word is looked for ("who
 * they trade with and arm": five words). */
#define WH_CLAUSE_REACH 12

/* mend43d: the kind of question wh-word q opens: 1 a person ("who",
 * "whom"), 2 a manner ("how"), 3 a time, a place or a choice ("when",
 * "where", "which"), which only right after a verb is a question ("decides
 * when police raid"): after a noun and a preposition it opens a relative
 * that tells its act ("a decision under which police arrested"); 0 any
 * other ("what", "why", "whose"). */
static int chosen_wh_kind(const struct acta_work *w, uint32_t q) {
  switch (w->toks.v[q].vocab) {
  case V_WHO: case V_WHOM: return 1;
  case V_HOW: return 2;
  case V_WHEN: case V_WHERE: case V_WHICH: return 3;
  default: return 0;
  }
}

/* mend43d: is token q the noun "say" ("no say in", "a say over"): the
 * tagger reads it as the verb after "have" */
static int say_noun(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (q <= s->first || !is_vocab(w, q, V_SAY)) return 0;
  const acta_token *b = &w->toks.v[q - 1];
  return b->tag == P_DET || b->vocab == V_NO || b->vocab == V_MORE || norm_eq(w, q - 1, "final");
}

/* mend43d: is verb group g a plain past ("attacked", "was beaten", "had
 * seized"; mend43d2: "has seized"; no modal), or a lone participle, which
 * the tagger gives to a past after a long subject ("how many people police
 * arrested")?
 * "Affected how the army attacked" presupposes the attack. */
static int plain_past(const struct acta_work *w, const vgroup *g) {
  for (uint32_t q = g->first; q < g->last; q++)
    if (w->toks.v[q].tag == P_MODAL) return 0;
  unsigned p = w->toks.v[g->first].penn;
  /* mend43d2: the present perfect too ("how the army has bombed") */
  if (g->head > g->first && w->toks.v[g->head].penn == (unsigned)PT_VBN &&
      (is_vocab(w, g->first, V_HAS) || is_vocab(w, g->first, V_HAVE)))
    return 1;
  return p == (unsigned)PT_VBD || (p == (unsigned)PT_VBN && g->first == g->head &&
                                   g->last - g->first == 1);
}

/* prec43d: does verb group g stand in a wh-clause ("who", "whom", "how")
 * that is what a verb of choosing or swaying governs (WL6_CHOOSE_VERB:
 * "decide who", "swayed whom the agents detain", "depends on how") or
 * what a noun of sway is over or on (WL6_SWAY_NOUN: "control over who
 * they trade with", "a say in who")?  The clause names a kind of act that
 * is chosen or swayed, no act done.  mend43d: the wh-word is the first one
 * back within g's own clause (own_clause_step: no subordinator, no earlier
 * verb group of another clause between); not after "by" ("swayed by
 * how"); "when", "where", "which" only after the verb (chosen_wh_kind);
 * none but "who" and "whom" before a plain past ("shaped how troops
 * attacked the town": the attack is presupposed, its actors named). */
static int chosen_clause(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  own_clause_walk cw = own_clause_start(w, g, 0);
  for (uint32_t q = g->first; q > s->first + 1 && g->first - q < WH_CLAUSE_REACH; q--) {
    if (clause_mark(w, q - 1)) return 0;
    if (w->toks.v[q - 1].tag != P_WH) {
      if (!own_clause_step(w, &cw, q - 1)) return 0;
      continue;
    }
    int kind = chosen_wh_kind(w, q - 1);
    if (!kind || (kind > 1 && plain_past(w, g))) return 0;
    const acta_token *b = &w->toks.v[q - 2];
    if (b->tag == P_VERB && !say_noun(w, s, q - 2))
      return tok_lemma_in6(w, q - 2, b->vlemma, WL6_CHOOSE_VERB);
    if (b->tag != P_PREP || q < s->first + 3 || is_word(w, q - 2, w->cw->w_by)) return 0;
    const acta_token *h = &w->toks.v[q - 3];
    if (h->tag == P_VERB && !say_noun(w, s, q - 3))
      return tok_lemma_in6(w, q - 3, h->vlemma, WL6_CHOOSE_VERB);
    if (kind == 3) return 0;
    return say_noun(w, s, q - 3) || (h->tag == P_NOUN && tok_in6(w, q - 3, WL6_SWAY_NOUN));
  }
  return 0;
}

/* Does verb group pg stand in a relative or subordinate clause: a
 * wh-word or "that" between it and the punctuation mark or verb group
 * before it ("a house where gang members would meet")? */
static int in_relative(const struct acta_work *w, const acta_sentence *s, const vgroup *pg) {
  int32_t own = w->tok_vg[pg->head];
  for (uint32_t q = pg->first; q > s->first; q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (clause_mark(w, q - 1) || (w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own)) return 0;
    if (tk->tag == P_WH || tk->tag == P_THAT) return 1;
  }
  return 0;
}

/* Does verb group g hang on the verb group just before it, sharing what
 * that one is: a bare verb after "and"/"or" ("would go up to drivers and
 * charge them"), or a bare "-ing" form opening a clause after a comma
 * ("should implement a strategy, attacking their roots")?  That group, or
 * NULL.  An "-ing" clause hangs on a main clause: not on a participle
 * ("raids on houses targeting the gang, arresting 12"), a relative clause
 * ("a network that is reportedly linked to the cartel, seizing ..."), nor
 * a simple present, which may be a lead's ("Colombia sets limits,
 * agreeing to ..."). */
static const vgroup *governing_group(const acta_coder *c, const acta_sentence *s,
                                     const vgroup *g) {
  const struct acta_work *w = c->work;
  if (g == w->vgs || g->first <= s->first) return NULL;
  const vgroup *pg = g - 1;
  if (pg->first < s->first || pg->last > g->first || pg->scope != g->scope || pg->skipped)
    return NULL;
  unsigned hp = w->toks.v[g->head].penn;
  if (is_and_or(w, g->first - 1))
    return hp == (unsigned)PT_VB || pg->modal_status != ACTA_ASSERTED ? pg : NULL;
  const acta_token *b = &w->toks.v[g->first - 1];
  /* fights15: a bare base form in a list after a comma ("can't capture,
   * shoot, and burn students") hangs on the verb before it, whose modal
   * it shares */
  if (b->kind == TK_PUNCT && b->punct == ',' && g->last - g->first == 1 &&
      hp == (unsigned)PT_VB && pg->last + 1 == g->first && pg->has_main)
    return pg;
  if (!(b->kind == TK_PUNCT && b->punct == ',' && g->last - g->first == 1 &&
        hp == (unsigned)PT_VBG))
    return NULL;
  unsigned pp = w->toks.v[pg->head].penn;
  if (pg->first == pg->head && (pp == (unsigned)PT_VBG || pp == (unsigned)PT_VBN)) return NULL;
  if (in_relative(w, s, pg) || habitual_present(w, s, pg) || present_passive(c, s, pg))
    return NULL;
  return pg;
}

static int share_subject(const acta_coder *c, const vgroup *g);
static int counted_in_number(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g);
static int held_since_year(const acta_coder *c, const acta_sentence *s, const vgroup *g);
static int perfect_since_year(const acta_coder *c, const acta_sentence *s, const vgroup *g);
static const char *own_unreal_reason(const acta_coder *c, const sent_ctx *sc,
                                     const vgroup *g, int32_t rep, int purpose,
                                     int governing, int nonmaterial);

/* Is verb group h told in a finite form (its first word an auxiliary, a
 * past or a present: "was", "controlled", "is", "have")? */
static int finite_told(const struct acta_work *w, const vgroup *h) {
  uint8_t f = w->toks.v[h->first].tag, fp = w->toks.v[h->first].penn;
  return f == P_AUX || fp == PT_VBD || fp == PT_VBZ || fp == PT_VBP;
}

/* invented15: is verb group g right after "who" or "which", and the
 * nearest group before it (fifteen tokens at most) told as the past, no
 * one act ("Extortion used to be the domain of leftist rebels, who
 * hit the large firms", "was once the business of the rebels,
 * who ...")?  Then the relative tells that past too. */
static int relative_on_background(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g) {
  if (g->first < s->first + 2 || w->toks.v[g->first - 1].tag != P_WH) return 0;
  uint32_t q = g->first - 1;
  if (q > s->first && is_punct(w, q - 1, ',')) q--;
  int32_t near = NO;
  for (uint32_t k = 0; q > s->first && k < 15; q--, k++) {
    if (clause_mark(w, q - 1) || w->toks.v[q - 1].tag == P_WH) break;
    /* "used to be", "was once", "formerly" */
    if (norm_eq(w, q - 1, "used") && w->toks.v[q].tag == P_TO) return 1;
    if (near == NO && w->tok_vg[q - 1] != NO) near = w->tok_vg[q - 1];
  }
  if (near == NO) return 0;
  /* "was once the business of": a finite group ("once run by the
   * now disarming FARC, which signed" is a participle's past) */
  const vgroup *h = &w->vgs[near];
  if (!finite_told(w, h)) return 0;
  return formerly_at(w, s, h->last) || past_background(w, s, h);
}

/* prec44d: how many participles back a list of them is followed */
#define STANDING_LIST_DEPTH 3

/* invented32: is verb group g a bare participle of a standing tie
 * (WL6_STANDING_PARTICIPLE: "trained", "funded", "backed", "targeted",
 * "demanded", "investigated") right after a noun, an adverb at most
 * between, with a "by" after it: a reduced relative that describes the noun
 * ("a police force trained by the army", "a project funded by Canada's
 * IDRC", "the oil pipelines targeted by thieves", "extortion payments
 * demanded by gangs", "cases investigated by prosecutors")?  What the noun
 * is, not an act the sentence tells.  Not set off by commas or joined to
 * a passive's auxiliary (appositive, shared_aux: "the mayor, backed by the
 * party, ..." and "was arrested and investigated by" tell their own).
 * "those trained by the army" is such a noun too. */
static int standing_participle_at(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g, int depth) {
  /* (the parse may not have read it as a passive when the noun names no
   * actor: "compared to 58 cases investigated by prosecutors"; an "-ing"
   * form after "by" is a means: "trained by sending") */
  if (g->first != g->head || g->appositive || g->last + 1 >= s->last ||
      !is_word(w, g->last, w->cw->w_by) || w->toks.v[g->last + 1].penn == PT_VBG)
    return 0;
  /* (a shared auxiliary only in a list after "and", below) */
  int shared = g->shared_aux;
  const acta_token *h = &w->toks.v[g->head];
  if ((h->penn != PT_VBN && h->penn != PT_VBD) ||
      !acta_lemma_in6(w->cw, h->vlemma, (uint32_t)WL6_STANDING_PARTICIPLE))
    return 0;
  uint32_t b = g->first;
  if (b > s->first + 1 && w->toks.v[b - 1].tag == P_ADV && w->tok_vg[b - 1] == NO) b--;
  if (b == s->first) return 0;
  int pt = w->toks.v[b - 1].tag;
  if (!shared && (pt == P_NOUN || pt == P_PROPN || is_vocab(w, b - 1, V_THOSE))) /* "those trained by" */
    return 1;
  /* prec44d: after "and" that follows another such participle's "by"
   * phrase ("agents funded by Washington and trained by Chilean
   * instructors"): the same description */
  if (depth <= 0 || !is_and_or(w, b - 1) || g == w->vgs) return 0;
  const vgroup *p = g - 1;
  if (p->last >= b - 1 || !is_word(w, p->last, w->cw->w_by)) return 0;
  for (uint32_t q = p->last + 1; q < b - 1; q++)
    if (!np_tag(w->toks.v[q].tag) && w->toks.v[q].tag != P_ADJ) return 0;
  return standing_participle_at(w, s, p, depth - 1);
}

/* standing_participle_at, following a list of participles back at most
 * STANDING_LIST_DEPTH of them ("backed by A and trained by B"). */
static int standing_participle(const struct acta_work *w, const acta_sentence *s,
                               const vgroup *g) {
  return standing_participle_at(w, s, g, STANDING_LIST_DEPTH);
}

/* invented32: is verb group g a bare participle right after a noun (a
 * reduced relative) whose clause, before it, is told as the past with
 * "once" or "formerly" after its finite verb ("at least 41 of the coast guard's
 * boats were once smuggling craft captured by the government", "the ranch was
 * formerly a base used by the cartel")?  As relative_on_background: the
 * nearest verb group before it, ten tokens at most, no mark between. */
static int reduced_on_background(const struct acta_work *w, const acta_sentence *s,
                                 const vgroup *g) {
  if (g->first != g->head || g->first < s->first + 3) return 0;
  const acta_token *h = &w->toks.v[g->head];
  if (h->penn != PT_VBN && h->penn != PT_VBD) return 0;
  int pt = w->toks.v[g->first - 1].tag;
  if (pt != P_NOUN && pt != P_PROPN) return 0;
  for (uint32_t q = g->first - 1, k = 0; q > s->first && k < 10; q--, k++) {
    if (clause_mark(w, q - 1) || w->toks.v[q - 1].tag == P_WH) return 0;
    int32_t v = w->tok_vg[q - 1];
    if (v == NO) continue;
    const vgroup *n = &w->vgs[v];
    return finite_told(w, n) && formerly_at(w, s, n->last);
  }
  return 0;
}

/* invented25: the verb group an infinitive g hangs on, right before it
 * past "to", adverbs and one adjective ("plans to completely take over",
 * "are willing to make", "is thought to support"), in g's scope; NULL if
 * g is no infinitive or no group stands there. */
#define INF_GOVERNOR_REACH 4
static const vgroup *infinitive_governor(const struct acta_work *w, const acta_sentence *s,
                                         const vgroup *g) {
  if (!g->to_inf) return NULL;
  int32_t own = w->tok_vg[g->head];
  uint32_t q = g->first;
  int adj = 0;
  for (int k = 0; q > s->first && k < INF_GOVERNOR_REACH; k++, q--) {
    const acta_token *t = &w->toks.v[q - 1];
    if (w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own) {
      const vgroup *pg = &w->vgs[w->tok_vg[q - 1]];
      return pg->scope == g->scope ? pg : NULL;
    }
    if (t->tag == P_ADJ && !adj++) continue;
    if (t->tag != P_TO && t->tag != P_ADV) return NULL;
  }
  return NULL;
}

/* invented25: is infinitive g asked or conditional as the verb it hangs
 * on is ("whether the cartel plans to take over the routes", "questions
 * remain about whether both parties are ready to give ground",
 * "if the army decides to withdraw")?  Up a chain of infinitives, at most
 * three steps.  The reason, or NULL. */
static const char *governor_unreal(const struct acta_work *w, const acta_sentence *s,
                                   const vgroup *g) {
  const vgroup *pg = infinitive_governor(w, s, g);
  for (int k = 0; pg && k < 3; k++) {
    if (asked_clause(w, s, pg)) return "question";
    if (clause_opener(w, s, pg, WL_CONDITION)) return "conditional (if, unless, whether)";
    pg = infinitive_governor(w, s, pg);
  }
  return NULL;
}

/* invented26: is infinitive g the act a chance or a means is for: "to"
 * after "for" and its doer's phrase, right after a noun of WL5_CHANCE_NOUN
 * ("the dark web offers an easy path for terror groups to launch attacks",
 * "gives the gangs an opportunity for their leaders to expand")?  The
 * doer's phrase is read back at most CHANCE_REACH tokens, over no verb or
 * punctuation mark. */
#define CHANCE_REACH 8
static int chance_infinitive(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g) {
  if (!g->to_inf) return 0;
  int32_t own = w->tok_vg[g->head];
  uint32_t q = g->first;
  while (q > s->first && (w->toks.v[q - 1].tag == P_TO || w->toks.v[q - 1].tag == P_ADV) &&
         g->first - q < 3)
    q--;
  for (int k = 0; q > s->first + 1 && k < CHANCE_REACH; k++, q--) {
    const acta_token *t = &w->toks.v[q - 1];
    if (t->kind == TK_PUNCT || (w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own)) return 0;
    if (is_word(w, q - 1, w->cw->w_for))
      return k > 0 && tok_lemma_in5(w, q - 2, w->toks.v[q - 2].nlemma, WL5_CHANCE_NOUN) &&
             (w->toks.v[q - 2].tag == P_NOUN);
  }
  return 0;
}

/* invented26: does verb group g open a relative clause ("who", "that",
 * "which", a comma before it at most) on the noun phrase after "as" after
 * a noun of WL5_REPUTE_NOUN ("had a reputation as a violent gunman, who
 * terrorized the locals")?  A character told, no act.  The phrase is read
 * back at most CHANCE_REACH tokens, over no verb or other punctuation. */
static int reputed_clause(const struct acta_work *w, const acta_sentence *s,
                          const vgroup *g) {
  uint32_t q = g->first;
  while (q > s->first && w->toks.v[q - 1].tag == P_ADV && g->first - q < 2) q--;
  if (q <= s->first || (w->toks.v[q - 1].tag != P_WH && w->toks.v[q - 1].tag != P_THAT)) return 0;
  q--;
  if (q > s->first && w->toks.v[q - 1].punct == ',') q--;
  for (int k = 0; q > s->first + 1 && k < CHANCE_REACH; k++, q--) {
    if (w->toks.v[q - 1].kind == TK_PUNCT || w->tok_vg[q - 1] != NO) return 0;
    if (is_word(w, q - 1, w->cw->w_as))
      return k > 0 && tok_lemma_in5(w, q - 2, w->toks.v[q - 2].nlemma, WL5_REPUTE_NOUN);
  }
  return 0;
}

const char *acta_unreal_reason(const acta_coder *c, const sent_ctx *sc,
                               const vgroup *g, int32_t rep, int purpose, int nonmaterial) {
  if (c->dict->keds_only) return NULL;
  const char *why = own_unreal_reason(c, sc, g, rep, purpose, 0, nonmaterial);
  if (!why) why = governor_unreal(c->work, sc->s, g);
  if (!why && chance_infinitive(c->work, sc->s, g))
    why = "a capability (a path or a chance for someone to act: what may be done, not an act)";
  /* invented26: "..., who terrorized the locals, beating up civilians":
   * an "-ing" form after the reputed clause's verb is its */
  if (!why && c->work->toks.v[g->head].penn == (unsigned)PT_VBG) {
    /* the nearest group before g's list of "-ing" forms, three back at most */
    const struct acta_work *w = c->work;
    for (size_t gi = (size_t)(g - w->vgs), k = 0; k < 3 && gi > k; k++) {
      const vgroup *x = &w->vgs[gi - 1 - k];
      if (x->first < sc->s->first || x->scope != g->scope) break;
      if (w->toks.v[x->head].penn == (unsigned)PT_VBG && x->last - x->first == 1) continue;
      if (reputed_clause(w, sc->s, x))
        why = "a description (a reputation as one who acts: a character, no act)";
      break;
    }
  }
  const vgroup *pg = why ? NULL : governing_group(c, sc->s, g);
  /* fights15: up a list of verbs, to its first ("can't capture, execute,
   * and burn": "burn" hangs on "execute", which hangs on "can't
   * capture"); at most four steps */
  for (int k = 0; pg && k < 4; k++) {
    const char *r = own_unreal_reason(c, sc, pg, rep, 0, 1, 0);
    if (r) return r;
    pg = governing_group(c, sc->s, pg);
  }
  /* invented18: "may be trying to become political actors, negotiating
   * with the government": an "-ing" form past an infinitive shares its
   * verb's "may", "might" or "could" (no named source; "can be heard
   * threatening ..., warning" is heard) */
  const vgroup *lg = why ? NULL : acta_list_governor(c->work, sc->s, g);
  if (lg && !named_reporter(c->work, rep, 1))
    for (uint32_t q = lg->first; q < lg->last; q++)
      if (c->work->toks.v[q].tag == P_MODAL && tok_in(c->work, q, WL_MODAL_HEDGED))
        return "hypothetical (may, would, perhaps: no source)";
  return why;
}

/* prec37c: does the sentence open with "When" or "Whenever" (after a
 * quotation mark) whose clause's first verb is a finite present ("When
 * the shop owners fall behind, the gang burns their stalls", "When
 * politicians are elected, killings increase", "Whenever a boat docks,
 * the gang collects its fee"), and is verb group g itself no past?  The
 * sentence then tells what happens each time, as an "If" does what would
 * follow: no one act.  A past ("When the FARC disarmed, ..."), a
 * participle ("When asked, ...") or an "-ing" form ("When announcing the
 * unit, ...") tells one; so does a past or perfect main clause after a
 * present one ("When the talks resume, the rebels said they would ...";
 * mend37cd), and "When it comes to" names a topic, no time ("When it
 * comes to land seizures, the ombudsman counted ..."). */
#define WHEN_CLAUSE_REACH 15
static int present_when_sentence(const struct acta_work *w, const acta_sentence *s,
                                 const vgroup *g) {
  uint32_t q = first_word(w, s);
  if (q >= s->last || !(is_word(w, q, w->cw->w_when) || tok_in6(w, q, WL6_WHEN_WORD))) return 0;
  /* g's own tense: a past or a perfect is one act told; a past spelled
   * as its base ("beat", "hit", "set") may be the present the clause asks */
  for (uint32_t r = g->first; r < g->last; r++) {
    const acta_token *tk = &w->toks.v[r];
    if ((tk->penn == PT_VBD && tk->vlemma != tk->word) || has_have(w, r)) return 0;
  }
  if (q + 3 < s->last && is_vocab(w, q + 1, V_IT) && norm_eq(w, q + 2, "comes") &&
      is_vocab(w, q + 3, V_TO))
    return 0;
  for (uint32_t r = q + 1; r < s->last && r < q + 1 + WHEN_CLAUSE_REACH; r++) {
    if (is_punct(w, r, ',') || is_punct(w, r, ';') || is_punct(w, r, ':')) return 0;
    if (w->tok_vg[r] == NO) continue;
    const vgroup *h = &w->vgs[w->tok_vg[r]];
    unsigned f = w->toks.v[h->first].penn;
    return f == (unsigned)PT_VBZ || f == (unsigned)PT_VBP;
  }
  return 0;
}

/* prec41d: does a bare span of years follow verb group g in its clause
 * ("two gangs fought the police over that market for years", "have been
 * staging strikes ... for several years"): "for", then "years" or "decades"
 * with at most "many" or "several" between, no number, before a clause
 * mark, "who", "that" or another verb group (but an infinitive)?  What
 * goes on for years is no one act (a span with a number is the act's own: "sentenced to
 * prison for 20 years"; a span before the verb: over_years). */
#define SPAN_AFTER_REACH 16
static int bare_years_after(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g) {
  for (uint32_t q = g->last; q + 1 < s->last && q < g->last + SPAN_AFTER_REACH; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (clause_mark(w, q) || tk->tag == P_WH || (tk->tag == P_THAT && tk->penn != PT_DT))
      return 0;
    /* mend41d: any verb group but g's infinitive ("organizing to protest
     * ... for several years"): a participle on the object owns the span
     * after it ("retook a village held by the rebels for decades") */
    if (w->tok_vg[q] != NO && !w->vgs[w->tok_vg[q]].to_inf) return 0;
    if (!is_word(w, q, w->cw->w_for)) continue;
    uint32_t r = q + 1;
    if (norm_eq(w, r, "many") || norm_eq(w, r, "several")) r++;
    if (r < s->last && (norm_eq(w, r, "years") || norm_eq(w, r, "decades"))) return 1;
  }
  return 0;
}

/* prec41d: is what active verb group g acts on a share ("the rebels
 * staged 35 percent of all their ambushes there", "customs officers seize
 * barely two percent of the contraband"): "percent of" as g's object
 * (mend41d: only adverbs, particles, determiners and numbers between:
 * "blamed the gangs for 60 percent of the killings" is an accusation made),
 * counting acts, or after a simple present with an adverb before the
 * number ("seize barely two percent", "destroy only 5 percent": a rate; a
 * headline's "navy seizes 25 percent of the cargo" is an act)?  Or is g in
 * a relative clause on a share ("9 percent of the vendors who claimed that
 * police had threatened them": "who" or "that" before g in its clause,
 * "percent of" at most three words before it)?  A share of acts or of
 * people is a statistic, no one act (share_subject: a share as the doer).
 * 1: the share is g's object (a statistic for material acts only:
 * triggers.c, prec43e), 2: g is in a relative clause on it, 0: neither. */
#define SHARE_OBJECT_REACH 8
#define SHARE_RELATIVE_REACH 10
static int share_object(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  int adverb = 0;
  if (!g->passive)
    for (uint32_t q = g->last; q + 1 < s->last && q < g->last + SHARE_OBJECT_REACH; q++) {
      const acta_token *tk = &w->toks.v[q];
      if (tk->vocab != V_PERCENT) {
        if (tk->tag == P_ADV && tk->penn != PT_RP) adverb = 1;
        if (tk->tag == P_ADV || tk->tag == P_NUM || tk->tag == P_DET) continue;
        break;
      }
      if (!is_word(w, q + 1, w->cw->w_of)) break;
      /* what is counted: acts ("of its ambushes"), or what g does as a rule
       * (a simple present and a rate: "seize barely two percent of the
       * contraband"); a share of people or goods acted on once stays
       * ("arrested 40 percent of the gang's leaders", invented12) */
      if (adverb && habitual_present(w, s, g)) return 1;
      for (uint32_t r = q + 2; r < s->last && r < q + 7 && w->toks.v[r].kind != TK_PUNCT; r++)
        if (tok_in3(w, r, WL3_INCIDENT_NOUN) || tok_in6(w, r, WL6_OCCASION_COUNT_NOUN)) return 1;
      break;
    }
  for (uint32_t q = g->first, k = 0; q > s->first && k < SHARE_RELATIVE_REACH; q--, k++) {
    uint32_t p = q - 1;
    if (clause_mark(w, p)) return 0;
    if (w->toks.v[p].tag != P_WH && (w->toks.v[p].tag != P_THAT || w->toks.v[p].penn == PT_DT))
      continue;
    for (uint32_t b = p, j = 0; b > s->first + 1 && j < 3; b--, j++)
      if (is_word(w, b - 1, w->cw->w_of) && w->toks.v[b - 2].vocab == V_PERCENT) return 2;
    return 0;
  }
  return 0;
}

/* prec41d: is infinitive g what its governor, "continue" in a perfect or a
 * simple present, says goes on ("donors have continued to pay for
 * eradication", "investors have continued to finance the dams", "smugglers
 * continue to move fuel across the river")?  An act going on over a span is
 * no one act (asked in triggers.c for a material act, as
 * acta_long_perfect is: "has continued to support the judge", a stance,
 * stays); "continued to" in the past ("on Tuesday the rebels continued to
 * shell the town") and "will continue to" (intended) are left to their
 * own rules.  mend41d: a sentence with a day, a week or a month ("since
 * Friday's march", "this week", "on Monday", "today": a singular WL_TIME_NOUN
 * that is no year or decade) reports acts in a bounded span, which stay
 * ("riot police have continued to detain students since Friday"). */
static int day_anchor(struct acta_work *w, const acta_sentence *s) {
  /* (tidy48: read once per sentence, w->da_*, not per act continued) */
  if (w->da_ready && w->da_first == s->first && w->da_last == s->last) return w->da_day;
  int day = 0;
  for (uint32_t q = s->first; q < s->last && !day; q++) {
    unsigned p = w->toks.v[q].penn;
    if (tok_in(w, q, WL_TIME_NOUN) && p != PT_NNS && p != PT_NNPS && !tok_in(w, q, WL_PERIOD_NOUN))
      day = 1;
    if (is_vocab(w, q, V_TODAY) || is_vocab(w, q, V_YESTERDAY)) day = 1;
  }
  w->da_ready = 1;
  w->da_first = s->first;
  w->da_last = s->last;
  w->da_day = day;
  return day;
}
int acta_continued_act(struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  const vgroup *pg = infinitive_governor(w, s, g);
  if (!pg || !acta_lemma_is(w->toks.v[pg->head].vlemma, w->cw->l_continue)) return 0;
  unsigned hp = w->toks.v[pg->head].penn;
  if (pg->first == pg->head) return (hp == PT_VBZ || hp == PT_VBP) && !day_anchor(w, s);
  for (uint32_t q = pg->first; q < pg->head; q++)
    if (w->toks.v[q].tag == P_MODAL) return 0;
  return hp == PT_VBN && has_have(w, pg->first) && !day_anchor(w, s);
}

/* prec41d: is lone participle g, right after a bare plural noun (no
 * determiner, number or possessive in its own phrase), in the noun phrase
 * that opens the sentence (nouns, determiners, adjectives, prepositions and
 * "and" back to its first word), a preposition right after it (no object:
 * "police arrested seven men" is a past), and is that phrase's verb, the
 * first verb group after g, a simple present ("the size of the flood of
 * villagers expelled by armed groups in three provinces leaves aid
 * agencies stretched", "migrants detained at the border often face months
 * in custody")?  The participle names a kind of people, no act told (as
 * kind_participle does before such a verb).  mend41d: only a plural after
 * "of" (a collective head: "the flood of villagers") or before a verb of
 * habit ("often face"), and no day or date between participle and verb: a
 * headline's or a lede's present tells the act ("five reporters abducted
 * last month remain missing", "hostages freed on Friday arrive in
 * Bogota", "rifles seized by the marines belong to the cartel"). */
#define KIND_SUBJECT_REACH 14
#define KIND_VERB_REACH 25
static int kind_participle_subject(const struct acta_work *w, const acta_sentence *s,
                                   const vgroup *g) {
  if (g->first != g->head || !(g->passive || w->toks.v[g->head].penn == PT_VBN) ||
      g->first == s->first || w->toks.v[g->first - 1].penn != PT_NNS ||
      g->last >= s->last || w->toks.v[g->last].tag != P_PREP)
    return 0;
  int own_phrase = 1, after_of = 0;
  for (uint32_t q = g->first, k = 0; q > s->first; q--, k++) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (k >= KIND_SUBJECT_REACH || w->tok_vg[q - 1] != NO ||
        !(np_tag(tk->tag) || tk->tag == P_PREP || tk->tag == P_CONJ))
      return 0;
    if (own_phrase && tk->tag == P_PREP) {
      own_phrase = 0;
      after_of = is_word(w, q - 1, w->cw->w_of);
    } else if (own_phrase && (tk->tag == P_DET || tk->tag == P_NUM || tk->tag == P_POSS)) {
      return 0;
    }
  }
  for (uint32_t q = g->last; q < s->last && q < g->last + KIND_VERB_REACH; q++) {
    if (w->tok_vg[q] != NO) {
      const vgroup *pv = &w->vgs[w->tok_vg[q]];
      return habitual_present(w, s, pv) && (after_of || habit_adverb_before(w, s, pv));
    }
    if (w->toks.v[q].tag == P_WH || w->toks.v[q].tag == P_THAT || is_punct(w, q, ';') ||
        is_punct(w, q, ':') || tok_in(w, q, WL_TIME_NOUN))
      return 0;
  }
  return 0;
}

/* prec41d: is verb group g an "-ing" form, a bare participle or "being"
 * and a participle inside the phrase "instances of ...", "cases of ..."
 * (WL_CASES, "examples"): "earlier instances of mayors being targeted by
 * the gangs did not end in trials", "cases of reporters being
 * threatened"?  The phrase names a kind of act, no one act told (as
 * counted_in_number does "the number of").  mend41d: "of" at most
 * INSTANCE_REACH words before g, no verb group, clause mark, "who" or
 * "that" between, and no number, determiner or possessive right after "of"
 * ("heard the cases of three officers accused of killing", "the cases of
 * 12 farmers kidnapped by soldiers": specific people, acts told). */
#define INSTANCE_REACH 4
static int instance_of(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  unsigned hp = w->toks.v[g->head].penn;
  if (hp != PT_VBN && hp != PT_VBG) return 0;
  if (g->first != g->head && !(g->head == g->first + 1 && norm_eq(w, g->first, "being")))
    return 0;
  for (uint32_t q = g->first, k = 0; q > s->first + 1 && k < INSTANCE_REACH; q--, k++) {
    uint32_t p = q - 1;
    const acta_token *tk = &w->toks.v[p];
    if (w->tok_vg[p] != NO || clause_mark(w, p) || tk->tag == P_WH || tk->tag == P_THAT)
      return 0;
    if (is_word(w, p, w->cw->w_of) && tok_in(w, p - 1, WL_CASES)) {
      const acta_token *nx = &w->toks.v[p + 1];
      return nx->tag != P_NUM && nx->tag != P_DET && nx->tag != P_POSS;
    }
  }
  return 0;
}

/* The reason a share as a verb's object is dropped for (prec41d); a verb
 * of no material act keeps it (own_unreal_reason's `nonmaterial`, mend43e). */
#define ACTA_WHY_SHARE_OBJECT \
  "statistic (a share as what is done or who: 35 percent of its ambushes, no act)"

/* acta_unreal_reason of verb group g alone; `governing`: g is the group
 * another hangs on, whose speculation clause (a noun's "that" clause the
 * nearest group before a comma may end) is not that other's; `nonmaterial`:
 * g's pattern codes no material act (a share as its object is what the act
 * is about, mend43e). */
static const char *own_unreal_reason(const acta_coder *c, const sent_ctx *sc,
                                     const vgroup *g, int32_t rep, int purpose,
                                     int governing, int nonmaterial) {
  const struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  if (question(w, s) || (asked_may(c, s) && asked_clause(w, s, g))) return "question";
  if (reputed_clause(w, s, g)) return "a description (a reputation as one who acts: a character, no act)";
  /* "the discovery suggests a gang killed them" (claims.c) */
  if (rep != NO && w->frames[rep].inference)
    return "an inference: what a thing suggests or indicates, no one says";
  if (acta_inference_clause(w, s, g)) /* invented18 */
    return "an inference: a sign or indication that ..., no one says";
  /* (speed37b: each of the three needs a WL_CONDITION word in s) */
  if (lists_may(c, s, WL_CONDITION) &&
      (clause_opener(w, s, g, WL_CONDITION) || conditional_sentence(w, s) ||
       condition_after(w, s, g) /* invented19 */))
    return "conditional (if, unless, whether)";
  if (present_when_sentence(w, s, g)) /* prec37c, mend37cd */
    return "habitual (When + a present: what happens each time, no one act)";
  if (acta_contingent_act(w, s, g)) /* invented15 */
    return "conditional (in the event of, in case of: what would follow, no act)";
  if (habit_will_may(c, s) && acta_habit_will(w, s, g)) /* invented24 */
    return "habitual (in many cases ... will, typically ... will: what is done, not an act)";
  if (purpose) return ACTA_WHY_PURPOSE;
  if (money_went_to(w, s, g)) return ACTA_WHY_PURPOSE; /* invented16 */
  if (activity_gerund(w, s, g)) return "an activity named, not an act reported";
  if (risked_act(w, g)) return "hypothetical (risk, avoid, fear being: no act told)";
  if (alternative_not_taken(w, s, g)) /* prec46h */
    return "hypothetical (rather than, instead of: the alternative not taken, no act)";
  if (kept_from_act(w, s, g)) /* invented16 */
    return "hypothetical (kept from being done: prevent, stop, protect from being: no act told)";
  if (ended_act(w, s, g)) /* invented29 */
    return "hypothetical (an act ended or to end: stop, cease, quit doing: no act told)";
  if (present_holding(w, s, g)) /* invented29 */
    return "a state (there are, has: forces deployed, people held now, no act)";
  if (goal_participle(w, s, g)) return "hypothetical (a goal: what is aimed at, not done)";
  if (kind_participle(w, s, g) || kind_participle_subject(w, s, g) /* prec41d */)
    return "hypothetical (a participle telling what kind of people an act to come concerns)";
  if ((lists_may(c, s, WL_HABITUAL) && clause_opener(w, s, g, WL_HABITUAL)) ||
      (group_lists_may(c, s, g, WL_HABITUAL) && in_group(w, g, WL_HABITUAL)) ||
      habitual_sentence(w, s) || habit_adverb_before(w, s, g) ||
      habit_adverb_after(w, s, g) /* invented16 */ || habit_list_member(w, s, g) ||
      habit_shared_over_and(w, s, g) /* prec41e */ || times_when(w, s, g) /* prec48e */)
    return "habitual (often, usually, at times, in some cases: no one act)";
  if (over_years(c, s, g) || bare_years_after(w, s, g) /* prec41d */)
    return "habitual (for years, over the past decade: no one act)";
  if (uncounted_perfect(w, s, g)) /* prec44d */
    return "habitual (has done numerous, countless: a tally of acts, no one act)";
  /* (speed34b: rate_after and past_background are asked only where a word
   * they need stands) */
  if (rate_may(c, s) && rate_after(w, s, g))
    return "habitual (a day, per month, on average: a rate, no one act)";
  if (background_may(c, s) && past_background(w, s, g)) return "background (in the past, in recent years, in the 1990s: no one act told)";
  if (relative_on_background(w, s, g) || reduced_on_background(w, s, g)) /* invented15, 32 */
    return "background (a relative clause on a noun of a clause told as the past: used to, once)";
  if (standing_participle(w, s, g)) /* invented32 */
    return "background (a participle describing a noun: trained, funded, targeted by: no act told)";
  if (not_first_time_may(c, s) && acta_not_first_time(w, s, g)) /* invented15 */
    return "background (not the first time that: earlier acts told as a precedent, no one act)";
  if (sc->index > 0 && (habitual_present(w, s, g) || do_than_present(w, s, g) /* prec43d */))
    return "habitual (the simple present of an act: what is done, not an act)";
  if (sc->index > 0 && acta_state_participle(w, s, g)) /* invented18 */
    return "habitual (an -ing form going on a present state: remain active, ..., attacking)";
  if (kind_of_place(w, s, g)) /* invented15 */
    return "habitual (a kind of place described: areas where gangs are fighting, no one act)";
  if (held_since_year(c, s, g)) /* invented29 */
    return "background (has been held since a year: a state that goes on, no act told)";
  if (perfect_since_year(c, s, g)) /* invented30b */
    return "background (has done since a year: a running total or a state over the years, "
           "no one act)";
  if (counted_in_number(w, s, g)) /* invented29 */
    return "statistic (the number of: people counted, no act told)";
  if (instance_of(w, s, g)) /* prec41d */
    return "statistic (instances of, cases of: a kind of act, no one act told)";
  if (share_subject(c, g)) /* invented29 */
    return "statistic (a share as the doer: 49 percent of Uruguayans opposed, no act)";
  int share = share_object(w, s, g); /* prec41d */
  if (share == 1 && !nonmaterial) return ACTA_WHY_SHARE_OBJECT;
  if (share == 2)
    return "statistic (a share as who does it: 9 percent of the vendors who claimed, no act)";
  if (few_counted(w, s, g)) /* invented15 */
    return "statistic (few: a count told as small, no act reported)";
  if (generic_you(w, s, g)) /* invented15 */
    return "habitual (\"you\" as anyone: what one does, not an act)";
  if (!governing && (speculation_clause(w, s, g) || coordinated_speculation(w, s, g)))
    return "speculation (the possibility that, rumours that, fears that: no act told)";
  if (chosen_clause(w, s, g)) /* prec43d */
    return "a kind of act chosen or swayed (decide who, affect how: no act told)";
  /* "the United States should suspend licences", whoever says it */
  if (group_lists_may(c, s, g, WL_MODAL_SHOULD) && in_group(w, g, WL_MODAL_SHOULD))
    return "a recommendation (should, must)";
  /* "a region which is threatened by gangs": a state described */
  if (present_passive(c, s, g)) return "a state (present passive)";
  /* "is the only entity that can investigate and prosecute", "the army
   * can deploy within hours": what an actor is able to do, whoever says
   * it, is no act */
  for (uint32_t q = g->first; q < g->last; q++)
    if (w->toks.v[q].tag == P_MODAL &&
        (is_vocab(w, q, V_CAN) || !strcmp(norm(w, q), "cannot") ||
         (!strcmp(norm(w, q), "ca") && q + 1 < g->last && w->toks.v[q + 1].tag == P_NEG)))
      return "a capability (can: what may be done, not an act)";
  /* what the writer supposes; a named source's "may" stays, hedged */
  int sourced = named_reporter(w, rep, 1);
  if (!sourced && (unreal_modal(w, s, g) ||
                   (lists_may(c, s, WL_ADV_GUESS) &&
                    (clause_opener(w, s, g, WL_ADV_GUESS) || guess_sentence(w, s)))))
    return "hypothetical (may, would, perhaps: no source)";
  return NULL;
}

const char *acta_figure_unreal(const acta_coder *c, const acta_sentence *s, uint32_t at,
                               int32_t rep) {
  const struct acta_work *w = c->work;
  if (c->dict->keds_only) return NULL;
  /* "there are 130 detained there", "there are now some 60 people held
   * in the station": a count in the present after "there is/are" tells
   * who is where, a state, not a detention (invented9) */
  uint32_t b = at;
  for (uint32_t k = 0; b > s->first + 1 && k < 3 &&
                       (w->toks.v[b - 1].tag == P_ADV || w->toks.v[b - 1].tag == P_ADJ);
       k++)
    b--;
  if (b >= s->first + 2 &&
      (w->toks.v[b - 1].penn == PT_VBP || w->toks.v[b - 1].penn == PT_VBZ) &&
      w->toks.v[b - 2].penn == PT_EX)
    return "a state (there are: who is where now, no act)";
  /* a named source's figure stays, unless it is a rate */
  int sourced = named_reporter(w, rep, 1);
  if (!sourced && question(w, s)) return "question";
  if (!sourced && conditional_sentence(w, s)) return "conditional (if, unless, whether)";
  /* the verbs of the figure's clause, between punctuation marks, "that"
   * and wh-words ("the first hints that this could change came with the
   * arrest of seven officers": the arrest is news) */
  uint32_t from = at, to = at;
  while (from > s->first && !clause_mark(w, from - 1) && w->toks.v[from - 1].tag != P_THAT &&
         w->toks.v[from - 1].tag != P_WH)
    from--;
  while (to < s->last && !clause_mark(w, to) && w->toks.v[to].tag != P_THAT &&
         w->toks.v[to].tag != P_WH)
    to++;
  /* ... the finite verb nearest before it, else the first after it (a
   * participle before it, "leaving 20 dead", is no clause of its own) */
  int32_t vg = NO;
  for (uint32_t q = at; q > from && vg == NO; q--) {
    int32_t v = w->tok_vg[q - 1];
    if (v != NO && !(w->vgs[v].first == w->vgs[v].head &&
                     (w->toks.v[w->vgs[v].head].penn == PT_VBG ||
                      w->toks.v[w->vgs[v].head].penn == PT_VBN)))
      vg = v;
  }
  for (uint32_t q = at; q < to && vg == NO; q++) vg = w->tok_vg[q];
  if (!sourced && vg != NO && unreal_modal(w, s, &w->vgs[vg]))
    return "hypothetical (would, could, may: no source)";
  /* "the rate of young men killed is 37.5 per 100,000", "are killed at a
   * rate of 13.9 per 100,000 people": a rate over a population */
  for (uint32_t q = from; q < to; q++)
    if (tok_in4(w, q, WL4_RATE_WORD) ||
        (is_word(w, q, w->cw->w_per) && q + 1 < to && w->toks.v[q + 1].tag == P_NUM))
      return "statistic (a rate: per 100,000)";
  /* "eighteen people die every day": a rate, whoever gives it */
  if (vg != NO && rate_after(w, s, &w->vgs[vg]))
    return "habitual (a day, per month, on average: a rate, no one act)";
  return NULL;
}

/* Is the 4-digit number at token i a year (1900-2099)? */
static int year_at(const acta_coder *c, uint32_t i) {
  const acta_token *tk = &c->work->toks.v[i];
  if (tk->tag != P_NUM || tk->end - tk->start != 4) return 0;
  const char *t = c->cur_text + tk->start;
  return (t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0');
}

/* The value of the number at token i when it is written in digits
 * ("1,600", "29943"), else 0. */
static unsigned long digits_value(const acta_coder *c, uint32_t i) {
  const acta_token *tk = &c->work->toks.v[i];
  unsigned long v = 0;
  for (uint32_t k = tk->start; k < tk->end; k++) {
    char ch = c->cur_text[k];
    if (ch >= '0' && ch <= '9') v = v * 10 + (unsigned long)(ch - '0');
    else if (ch != ',') return 0;
    if (v > 100000000ul) break;
  }
  return v;
}

/* Why a count is a statistic: ACTA_AGG_SINCE an ongoing count ("since
 * September"), AGG_YEARS one since a year ("since 2009"). */
const char ACTA_AGG_SINCE[] = "a count over time (since, annually)";
static const char AGG_YEARS[] = "a count over the years (since a year)";
/* How far after "from" or "between" the span's year may come. */
#define SPAN_REACH 8
/* How far after "between" its "and" may come (invented25). */
#define SPAN_AND_REACH 12


/* Is token i a sum of money's word: "$", "dollars", "worth", "pesos"? */
static int money_word(const acta_coder *c, const acta_sentence *s, uint32_t i) {
  const acta_token *tk = &c->work->toks.v[i];
  if (tk->kind == TK_PUNCT) return tk->punct == '$';
  return i >= s->first && i < s->last && tok_in2(c->work, i, WL2_CURRENCY_WORD);
}

/* A count word big_count() reads: "hundreds", "thousands", "millions",
 * "thousand", "million", "billion". */
static int big_word(uint16_t v) {
  return v == V_HUNDREDS || v == V_THOUSANDS || v == V_MILLIONS || v == V_THOUSAND ||
         v == V_MILLION || v == V_BILLION;
}

/* Is token i a count of a hundred or more: 2 in digits ("1,600"), 1 in
 * words ("thousands", "hundreds", "17 million", "twenty thousand"; not a
 * sum of money: "$2.5 million", "20 million dollars" may be one haul);
 * 0 if not (a year is none)? */
static int big_count(const acta_coder *c, const acta_sentence *s, uint32_t i) {
  const acta_token *tk = &c->work->toks.v[i];
  if (tk->vocab == V_HUNDREDS || tk->vocab == V_THOUSANDS || tk->vocab == V_MILLIONS) return 1;
  if (tk->vocab == V_THOUSAND || tk->vocab == V_MILLION || tk->vocab == V_BILLION) {
    for (uint32_t q = i >= s->first + 2 ? i - 2 : s->first; q < s->last && q <= i + 1; q++)
      if (money_word(c, s, q)) return 0;
    return 1;
  }
  return tk->tag == P_NUM && !year_at(c, i) && digits_value(c, i) >= 100 ? 2 : 0;
}

/* speed37b: words in no list a test needs, in cm_words */
enum { CM_PAST = 1, CM_AVERAGE = 2, CM_FIRST = 4 };

/* speed37b: the first half of count_marks, read alone where a test asks
 * only which lists the sentence's words are in (lists_may): the lists of
 * the coder words of sentence s, or'ed, and the words tests need that are
 * in no list, over tok_cw, a compact array (cm_ready 1: these are read;
 * 2: count_marks's marks too). */
static void count_lists(const acta_coder *c, const acta_sentence *s) {
  struct acta_work *w = c->work;
  if (w->cm_ready && w->cm_first == s->first && w->cm_last == s->last) return;
  w->cm_ready = 1;
  w->cm_first = s->first;
  w->cm_last = s->last;
  const acta_coder_words *cw = w->cw;
  const uint32_t *tcw = w->tok_cw;
  uint64_t in1 = 0, in2 = 0, in4 = 0, in5 = 0;
  int past = 0, average = 0, first = 0;
  for (uint32_t q = s->first; q < s->last; q++) {
    uint32_t x = tcw[q];
    if (x == ACTA_NO_WORD) continue; /* (in no list) */
    const acta_word_sets *ws = &cw->sets[x];
    in1 |= ws->b[0];
    in2 |= ws->b[1];
    in4 |= ws->b[3];
    in5 |= ws->b[4];
    past |= x == cw->w_past;
    average |= x == cw->w_average;
    first |= x == cw->w_first;
  }
  w->cm_in1 = in1;
  w->cm_in2 = in2;
  w->cm_in4 = in4;
  w->cm_in5 = in5;
  w->cm_words = (uint8_t)(past * CM_PAST | average * CM_AVERAGE | first * CM_FIRST);
}

/* review12: read sentence s once for the first wh-word, the first number
 * not a year, the first big count and the first "for years" (w->cm_*), so that the tests "is
 * there one before token q" cost constant time for every verb and count
 * of the sentence.  A part of the sentence (its first token the same, an
 * earlier end) is read again only when it reaches past what was read. */
static void count_marks(const acta_coder *c, const acta_sentence *s) {
  struct acta_work *w = c->work;
  if (w->cm_ready == 2 && w->cm_first == s->first && w->cm_last == s->last) return;
  count_lists(c, s);
  w->cm_ready = 2;
  /* (the marks in locals: year_at and big_count read w) */
  uint32_t wh = UINT32_MAX, num = UINT32_MAX, big = UINT32_MAX, years = UINT32_MAX;
  int decade = 0;
  /* (years_at says 0 at a token of no WL_PERIOD_NOUN word) */
  const int period = (w->cm_in1 & WL_PERIOD_NOUN) != 0;
  const acta_token *tv = w->toks.v;
  for (uint32_t q = s->first; q < s->last; q++) {
    const acta_token *tk = &tv[q];
    const uint8_t tag = tk->tag;
    if (tag == P_WH) {
      if (wh == UINT32_MAX) wh = q;
    } else if (tag == P_NUM) {
      if (num == UINT32_MAX && !year_at(c, q)) num = q;
    }
    /* speed15: big_count() says 0 at once to the most tokens, neither a
     * number nor a count word: not asked */
    if (big == UINT32_MAX && (tag == P_NUM || (tk->vocab && big_word(tk->vocab))) &&
        big_count(c, s, q))
      big = q;
    if (!decade && tk->norm_len == 5) decade = decade_at(w, s, q);
    if (period && years == UINT32_MAX && years_at(w, s, q)) years = q;
  }
  w->cm_wh = wh;
  w->cm_num = num;
  w->cm_big = big;
  w->cm_years = years;
  /* a span of background (background_at, formerly_at,
   * decade_ends_sentence) is found at none of the sentence's tokens
   * without a WL_BACKGROUND or WL_PERIOD_NOUN word, "once" or "formerly",
   * "recently", "past" or a decade (a new word such a span needs is
   * tested here too); a rate (rate_after) without "on average" or a
   * WL4_RATE_LEAD word and a WL4_RATE_UNIT word */
  w->cm_bg_may = (w->cm_in1 & (WL_BACKGROUND | WL_PERIOD_NOUN)) ||
                 (w->cm_in2 & WL2_FORMERLY) || (w->cm_in5 & WL5_RECENTLY) ||
                 (w->cm_words & CM_PAST) || decade;
  w->cm_rate_may = (w->cm_words & CM_AVERAGE) ||
                   ((w->cm_in4 & WL4_RATE_LEAD) && (w->cm_in4 & WL4_RATE_UNIT));
}

/* speed37b: may a test that needs a word of the lists `bits` (WL_*, first
 * set) between the first and last token of sentence s fire: does s hold
 * one (count_lists)?  The same for the second, fourth and fifth sets. */
static inline const struct acta_work *lists_of(const acta_coder *c, const acta_sentence *s) {
  const struct acta_work *w = c->work;
  if (!(w->cm_ready && w->cm_first == s->first && w->cm_last == s->last)) count_lists(c, s);
  return w;
}
uint64_t acta_sentence_lists(const acta_coder *c, const acta_sentence *s, int set) {
  const struct acta_work *w = lists_of(c, s);
  return set == 1 ? w->cm_in1 : set == 2 ? w->cm_in2 : set == 4 ? w->cm_in4
                                                                : set == 5 ? w->cm_in5 : ~0ull;
}
/* Does sentence s hold a word of the first set's lists bits? */
static int lists_may(const acta_coder *c, const acta_sentence *s, uint64_t bits) {
  return (acta_sentence_lists(c, s, 1) & bits) != 0;
}

/* speed37b: may asked_clause fire for a verb of sentence s: does s hold
 * its two words, one of WL4_WH_ASKED and one of WL2_QUESTION_WORD? */
static int asked_may(const acta_coder *c, const acta_sentence *s) {
  return (acta_sentence_lists(c, s, 4) & WL4_WH_ASKED) &&
         (acta_sentence_lists(c, s, 2) & WL2_QUESTION_WORD);
}

/* speed37b: may in_group(w, g, bits) fire, g a group of sentence s: does s
 * hold a word of the lists (a group past s's tokens is asked) */
static int group_lists_may(const acta_coder *c, const acta_sentence *s, const vgroup *g,
                           uint64_t bits) {
  return g->first < s->first || g->last > s->last || lists_may(c, s, bits);
}

/* speed37b: may contingency.c's acta_habit_will fire for a verb of
 * sentence s: does s hold a word of its frames of habit (habit_frame_at:
 * WL_HABITUAL, WL5_HABIT_ADJ, WL_CASES)?  And acta_not_first_time: does s
 * hold "first"?  (A word those tests come to need is noted here too.) */
static int habit_will_may(const acta_coder *c, const acta_sentence *s) {
  return lists_may(c, s, WL_HABITUAL | WL_CASES) ||
         (acta_sentence_lists(c, s, 5) & WL5_HABIT_ADJ);
}
static int not_first_time_may(const acta_coder *c, const acta_sentence *s) {
  return (lists_of(c, s)->cm_words & CM_FIRST) != 0;
}

/* speed34b: may past_background fire for a verb of sentence s: does s
 * hold a word a span of background needs (count_marks)? */
static int background_may(const acta_coder *c, const acta_sentence *s) {
  count_marks(c, s);
  return c->work->cm_bg_may;
}

/* speed34b: may rate_after fire for a verb of sentence s: does s hold the
 * words a rate needs (count_marks)? */
static int rate_may(const acta_coder *c, const acta_sentence *s) {
  count_marks(c, s);
  return c->work->cm_rate_may;
}

/* Is there a wh-word in sentence s before token q ("that" may be a
 * determiner: "during that period")?  (count_marks: a wh-word before q
 * read is the sentence's first, for any part of it, and none read up to q
 * is none) */
static int relative_before(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  if (!(w->cm_ready == 2 && w->cm_first == s->first && (w->cm_wh != UINT32_MAX || q <= w->cm_last)))
    count_marks(c, s);
  return w->cm_wh < q;
}

/* invented9: totals compared and records.  A count told with ", up from"
 * or ", down from" and another figure ("seized 40 tons last year, up from
 * 25 tons", "arrested 300 people, down from the previous year's 410"), or
 * "compared with" or "compared to" and a figure or a year, is one total
 * set beside another; a count after "when" in a sentence that names a
 * superlative span ("the bloodiest week of the year was in May, when 60
 * people were killed", "the worst month ... when police seized 9 tons")
 * is a record, the sum of that span. */
/* How far after the comparison's words its figure may come. */
#define COMPARE_REACH 8

static int figure_within(const acta_coder *c, const acta_sentence *s, uint32_t from,
                         int year_too) {
  for (uint32_t y = from; y < s->last && y < from + COMPARE_REACH; y++) {
    if (c->work->toks.v[y].tag != P_NUM) continue;
    if (!year_at(c, y) || year_too) return 1;
  }
  return 0;
}

/* invented15: a total set beside another as a multiple (", nearly double
 * that of 2009", ", four times more than in 2011", ", four times that
 * seized in 2021"): after a comma (a few adverbs, "more than" between),
 * "double", "twice", "triple", "half" or a number and "times", then
 * within three words "that", "than", "those", "the" or "as", and a figure,
 * a year or "year" within reach. */

static int multiple_total(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  uint32_t start = q;
  if (is_word(w, q, w->cw->w_times)) {
    if (q == s->first || w->toks.v[q - 1].tag != P_NUM || year_at(c, q - 1)) return 0;
    start = q - 1;
  } else if (!list4_in(w, s, q, WL4_MULTIPLE)) {
    return 0;
  }
  uint32_t b = start;
  for (int k = 0; k < 3 && b > s->first; k++, b--) {
    uint8_t t = w->toks.v[b - 1].tag;
    if (t != P_ADV && t != P_ADJ && t != P_PREP) break;
  }
  if (b == s->first || !is_punct(w, b - 1, ',')) return 0;
  int next = 0;
  for (uint32_t r = q + 1; r < s->last && r < q + 4 && !next; r++)
    if (list4_in(w, s, r, WL4_MULTIPLE_NEXT)) next = 1;
  if (!next) return 0;
  if (figure_within(c, s, q + 1, 1)) return 1;
  for (uint32_t r = q + 1; r < s->last && r < q + 1 + COMPARE_REACH; r++)
    if (is_word(w, r, w->cw->w_year)) return 1;
  return 0;
}

/* invented32: does a change in percent stand in apposition at token q, a
 * comma ("killed 67 people in March, a 64 percent rise compared to
 * the same month last year", "recorded 1,130 homicides, a 12 percent
 * decrease from the previous year"): ", a" or ", an", a number, "percent"
 * or "%" (a hyphen may stand between, or one token: "40-percent"), and a noun of change
 * (WL6_CHANGE_NOUN)?  The count before it is a statistic set against
 * another. */
static int percent_change_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (!is_punct(w, q, ',') || q + 3 >= s->last || w->toks.v[q + 1].tag != P_DET) return 0;
  /* (one token: "a 40-percent rise") */
  if (tok_ends(w, q + 2, "-percent") && norm(w, q + 2)[0] >= '0' && norm(w, q + 2)[0] <= '9')
    return tok_in6(w, q + 3, WL6_CHANGE_NOUN);
  if (q + 4 >= s->last || w->toks.v[q + 2].tag != P_NUM) return 0;
  uint32_t r = q + 3;
  if (is_punct(w, r, '-')) r++;
  if (r + 1 >= s->last || !(norm_eq(w, r, "percent") || is_punct(w, r, '%'))) return 0;
  r++;
  if (r + 1 < s->last && is_punct(w, r, '-')) r++;
  return tok_in6(w, r, WL6_CHANGE_NOUN);
}

/* mend39b: the superlatives that set a count against a record (not
 * "latest", "newest": the last report of one act) */
static const char *const RECORD_SUPERLATIVE[] = {"highest", "largest", "biggest",
                                                 "worst",   "deadliest", "most"};

static int record_superlative(const struct acta_work *w, uint32_t q) {
  for (size_t i = 0; i < sizeof RECORD_SUPERLATIVE / sizeof *RECORD_SUPERLATIVE; i++)
    if (norm_eq(w, q, RECORD_SUPERLATIVE[i])) return 1;
  return 0;
}

/* mend39b: does the record noun at token n tell a running count: "to
 * date", "so far", "this year" or "on record" after it, before a mark and
 * within RECORD_SPAN_REACH words ("the highest tally to date"; not "the
 * highest toll in a single attack", one act's)? */
#define RECORD_SPAN_REACH 6
static int record_of_running_count(const struct acta_work *w, const acta_sentence *s, uint32_t n) {
  for (uint32_t k = n + 1; k + 1 < s->last && k <= n + RECORD_SPAN_REACH; k++) {
    if (w->toks.v[k].kind == TK_PUNCT) return 0;
    if ((norm_eq(w, k, "to") && norm_eq(w, k + 1, "date")) ||
        (norm_eq(w, k, "so") && norm_eq(w, k + 1, "far")) ||
        (norm_eq(w, k, "this") && norm_eq(w, k + 1, "year")) ||
        (norm_eq(w, k, "on") && norm_eq(w, k + 1, "record")))
      return 1;
  }
  return 0;
}

/* mend39b: after ';', does the record phrase from token r on stand alone,
 * no verb after it up to the sentence's end or the next ';' ("; the
 * largest tally on record"; not "; the largest number of arrests came in
 * June", a new clause on another count)? */
static int record_phrase_alone(const struct acta_work *w, const acta_sentence *s, uint32_t r) {
  for (uint32_t k = r; k < s->last && !is_punct(w, k, ';'); k++)
    if (w->tok_vg[k] != NO) return 0;
  return 1;
}

/* invented34: does a count's record or its comparison with an earlier
 * span start at token q: ", a record high", ", a new record number", ", an
 * all-time high" (a comma or a semicolon, a determiner, "record" or
 * "all-time" and what the record is of: not ", a record 10,000 ton haul",
 * one haul that is a record; prec39b, mend39b: or a superlative of
 * record_superlative before a noun of a running count: "; the worst tally
 * so far"), or "than" after a comparative within three words ("three more
 * than the year before", "fewer arrests than last year", "higher than
 * in 2017")?  The count is a span's total, a statistic. */
static int record_total_at(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  if (is_punct(w, q, ',') || is_punct(w, q, ';')) {
    if (q + 3 >= s->last || w->toks.v[q + 1].tag != P_DET) return 0;
    if (is_punct(w, q, ';') && !record_phrase_alone(w, s, q + 1)) return 0;
    uint32_t r = q + 2;
    if (is_vocab(w, r, V_NEW)) r++;
    if (r + 1 >= s->last || !tok_in6(w, r + 1, WL6_RECORD_NOUN)) return 0;
    if (tok_in6(w, r, WL6_RECORD_WORD)) return 1;
    return record_superlative(w, r) && record_of_running_count(w, s, r + 1);
  }
  if (!is_vocab(w, q, V_THAN) || q + 2 >= s->last) return 0;
  int comparative = 0;
  for (uint32_t k = q; k > s->first && q - k < 3 && !comparative; k--) {
    const acta_token *tk = &w->toks.v[k - 1];
    if (tk->penn == PT_JJR || tk->penn == PT_RBR) comparative = 1;
    else if (tk->kind == TK_PUNCT || w->tok_vg[k - 1] != NO) break;
  }
  if (!comparative) return 0;
  uint32_t r = q + 1;
  if (is_word(w, r, w->cw->w_the) && tok_in6(w, r + 1, WL6_PRIOR_WORD)) {
    for (uint32_t k = r + 2; k < s->last && k < r + 4; k++)
      if (tok_in3(w, k, WL3_SPAN_UNIT)) return 1;
    return 0;
  }
  if (is_vocab(w, r, V_LAST)) return tok_in3(w, r + 1, WL3_SPAN_UNIT);
  if (is_word(w, r, w->cw->w_in)) r++;
  return r < s->last && year_at(c, r);
}

static const char *compared_total(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  if (multiple_total(c, s, q)) /* invented15 */
    return "a total compared with another (double that of, three times more than)";
  /* invented15: ", with Italy accounting for about 35 percent of that
   * figure": a total broken into shares */
  if (q + 3 < s->last && word_in(w, s, q, w->cw->w_accounting) && is_word(w, q + 1, w->cw->w_for))
    for (uint32_t r = q + 2; r + 1 < s->last && r < q + 5; r++)
      if (w->toks.v[r].tag == P_NUM && tok_in3(w, r + 1, WL3_SHARE_WORD))
        return "a total broken into shares (accounting for 40 percent)";
  if (q > s->first && is_punct(w, q - 1, ',') && q + 2 < s->last &&
      (word_in(w, s, q, w->cw->w_up) || word_in(w, s, q, w->cw->w_down)) &&
      is_word(w, q + 1, w->cw->w_from) && figure_within(c, s, q + 2, 0))
    return "a total compared with another (up from, down from)";
  if (q + 2 < s->last && word_in(w, s, q, w->cw->w_compared) &&
      (is_word(w, q + 1, w->cw->w_with) || is_word(w, q + 1, w->cw->w_to)) &&
      figure_within(c, s, q + 2, 1))
    return "a total compared with another (compared with)";
  if (percent_change_at(w, s, q)) /* invented32 */
    return "a total compared with another (a 71 percent increase)";
  if (record_total_at(c, s, q))
    return "a total compared with another (a record high, more than the previous year)";
  return NULL;
}

/* Is token q a superlative ("deadliest", "most violent") before a span's
 * noun within two words ("the single most violent day", "the worst
 * month")? */
static int superlative_span(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  const acta_token *tk = &w->toks.v[q];
  uint32_t n = q + 1;
  if (tk->penn == PT_RBS && n < s->last && w->toks.v[n].tag == P_ADJ) n++;
  else if (tk->penn != PT_JJS) return 0;
  for (uint32_t k = n; k < s->last && k < n + 2; k++)
    if (tok_in3(w, k, WL3_SPAN_UNIT)) return 1;
  return 0;
}

/* prec39b, mend39b: is a span told as one part of a larger total at
 * token q, "alone" after it: a year or a month's name right after "in" or
 * "during" ("in 2008 alone", "during March alone", "in May 2014 alone"),
 * or "this"/"last" and "year" or "month" ("last year alone")?  Not a
 * duration ("a month alone in captivity") nor a day ("that day alone"). */
static const char SPAN_ALONE[] = "a tally within a span (in 2008 alone, last year alone)";
static int span_alone_at(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  if (q + 1 >= s->last || q == s->first || !norm_eq(w, q + 1, "alone")) return 0;
  if (norm_eq(w, q, "year") || norm_eq(w, q, "month"))
    return norm_eq(w, q - 1, "this") || norm_eq(w, q - 1, "last");
  uint32_t p = q;
  if (year_at(c, q) && p > s->first && list3_in(w, s, p - 1, WL3_MONTH_NAME)) p--;
  else if (!year_at(c, q) && !list3_in(w, s, q, WL3_MONTH_NAME)) return 0;
  return p > s->first &&
         (is_word(w, p - 1, w->cw->w_in) || is_word(w, p - 1, w->cw->w_during));
}

/* invented17: the reason of a count at a date; aid counted so ("as of
 * January, USAID had contributed $90 million") is still aid given */
static const char AS_OF_DATE[] = "a count as of a date (as of April 2014)";

/* prec45d: how far before a verb of finding its document's noun may stand
 * ("a new report by the ombudsman's office found"). */
#define STUDY_NOUN_REACH 6

/* prec45d: is token q the head of a verb of finding a count
 * (WL6_COUNT_FINDING_VERB) whose subject is a report, a study, figures or
 * an investigation (WL3_STUDY_NOUN within STUDY_NOUN_REACH words before its
 * group, no verb between): "an Amnesty International inquiry has found
 * that at least 60 returnees were murdered after their expulsion", "a
 * report found that 23 farmers had been slain since the militia moved in",
 * "a new study shows 212 people were shot dead by officers"?
 * The count it finds is a tally of many acts over the document's span, no
 * occasion.  The caller tells that no day or month is named after it ("a
 * report found that soldiers killed 12 villagers on March 3" keeps its
 * day) and that its first number is no known group's (mend45d: "revealed
 * that soldiers killed the 43 students" is one act). */
static int study_tally_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  int32_t v = w->tok_vg[q];
  if (v == NO || w->vgs[v].head != q || w->toks.v[q].vlemma == ACTA_NO_WORD ||
      !acta_lemma_in6(w->cw, w->toks.v[q].vlemma, (uint32_t)WL6_COUNT_FINDING_VERB))
    return 0;
  int doc = 0;
  for (uint32_t r = w->vgs[v].first, k = 0; !doc && r > s->first && k < STUDY_NOUN_REACH;
       r--, k++) {
    if (w->tok_vg[r - 1] != NO || is_punct(w, r - 1, ',')) break;
    doc = tok_in3(w, r - 1, WL3_STUDY_NOUN);
  }
  return doc;
}

/* mend45d: sets w->rt_study for sentence s: 1 + the verb of finding whose
 * count (the numbers after it) is a tally (study_tally_at), or 0.  Two
 * passes: the last day or month named, then the verbs after it, each with
 * the first number after it (a cursor that only moves on). */
static void find_study_tally(struct acta_work *w, const acta_sentence *s) {
  uint32_t after = s->first; /* past the last time name */
  for (uint32_t r = s->first; r < s->last; r++)
    /* (capitalised: not the modal "may", not "march" a verb or noun) */
    if (acta_time_name(&w->toks.v[r]) && (w->toks.v[r].flags & TF_CAP)) after = r + 1;
  uint32_t num = after;
  for (uint32_t q = after; q < s->last; q++) {
    if (!study_tally_at(w, s, q)) continue;
    if (num <= q) num = q + 1;
    while (num < s->last && w->toks.v[num].tag != P_NUM) num++;
    /* "killed the 43 students", "his two sons": victims known, one act */
    const acta_token *before = &w->toks.v[num - 1];
    if (num < s->last && (is_word(w, num - 1, w->cw->w_the) ||
                          is_word(w, num - 1, w->cw->w_those) || before->tag == P_POSS ||
                          before->penn == PT_PRPS))
      continue;
    w->rt_study = q + 1;
    return;
  }
}

/* Why sentence s counts over time or by comparison at token q, whatever
 * the count's token (the reasons of acta_running_total but the record's),
 * or NULL. */
static const char *running_reason_at(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  const char *cmp = compared_total(c, s, q);
  if (cmp) return cmp;
  if (list4_in(w, s, q, WL4_SO_WORD) && word_in(w, s, q + 1, w->cw->w_far)) {
    if (word_in(w, s, q + 2, w->cw->w_this) && word_in(w, s, q + 3, w->cw->w_year))
      return "a count so far this year";
    if (word_in(w, s, q + 2, w->cw->w_in) && q + 3 < s->last && year_at(c, q + 3))
      return "a count so far this year";
    if (q >= s->first + 2 && word_in(w, s, q - 2, w->cw->w_this) && word_in(w, s, q - 1, w->cw->w_year))
      return "a count so far this year";
  }
  /* invented28: "in 2016 to date", "to date this year": a count up to now
   * of a year ("the largest haul to date" is no count: no year beside) */
  if (word_in(w, s, q, w->cw->w_to) && q + 1 < s->last &&
      tok_in5(w, q + 1, WL5_TO_DATE_NOUN)) {
    if (q > s->first && year_at(c, q - 1)) return "a count so far this year";
    if (word_in(w, s, q + 2, w->cw->w_this) && word_in(w, s, q + 3, w->cw->w_year))
      return "a count so far this year";
  }
  /* invented17: "as of May 2016 there were 164 foreigners jailed in
   * Chile", "as of July, companies had filed 40 complaints": a count at a
   * date (a month or a year within three words after "as of") */
  if (word_in(w, s, q, w->cw->w_as) && word_in(w, s, q + 1, w->cw->w_of))
    for (uint32_t r = q + 2; r < s->last && r < q + 5; r++)
      if (list3_in(w, s, r, WL3_MONTH_NAME) || year_at(c, r))
        return AS_OF_DATE;
  if (word_in(w, s, q, w->cw->w_between) && list3_in(w, s, q + 1, WL3_MONTH_NAME) &&
      word_in(w, s, q + 2, w->cw->w_and) && list3_in(w, s, q + 3, WL3_MONTH_NAME))
    return "a count over months (between February and April)";
  return NULL;
}

/* invented10: a count over a whole span named in the verb's own clause.
 * "last year", "this year", "over the past year" (not "earlier this
 * year", "in May last year", "in August of this year", "since last year",
 * "last year's"), "in the same period", "during that time" (a
 * determiner and "same", "entire" or "whole" only: not "for the first
 * time"), "the first five months of 2015", "the first half of the year":
 * a count of seizures, arrests or deaths over it is a tally of many acts
 * ("Last year the navy sank 14 go-fast boats", "In the same period the
 * army killed 30 rebels", "six boats captured by the coast guard this
 * year"), whatever its size; a month is news ("last month police
 * arrested 15 people" is one operation). */

/* Does a span of time start at token q: "in", "during", "over",
 * "throughout" (a tenure's only the last two: tenure_lead)? */
static int tenure_lead(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  return word_in(w, s, q, w->cw->w_during) || word_in(w, s, q, w->cw->w_throughout);
}

static int span_lead(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  return tenure_lead(w, s, q) || word_in(w, s, q, w->cw->w_in) ||
         word_in(w, s, q, w->cw->w_over) ||
         is_vocab(w, q, V_WITHIN); /* prec46a: "within the same period" */
}

/* prec45e: how far after "during" or "throughout" the "time" of an
 * owner's time in a post may stand ("during El Picure's time as"). */
#define TENURE_OWNER_REACH 7

/* prec46a: does "past", "last" or "previous" at token q open several
 * months back from now: a number, "few" or "several", then "months"
 * ("the past three months", "the last few months")? */
static int months_back_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  return (word_in(w, s, q, w->cw->w_last) || word_in(w, s, q, w->cw->w_past) ||
          is_vocab(w, q, V_PREVIOUS)) &&
         q + 2 < s->last && is_vocab(w, q + 2, V_MONTHS) &&
         (w->toks.v[q + 1].tag == P_NUM || is_vocab(w, q + 1, V_FEW) ||
          is_vocab(w, q + 1, V_SEVERAL));
}

/* prec46a: is the number at token q the months of such a span ("the past
 * three months"), no count of acts? */
static int months_number_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  return q > s->first && w->toks.v[q].tag == P_NUM && months_back_at(w, s, q - 1);
}

/* The last token of a whole span of time that starts at token q, or 0
 * (the sentence's first token is never a span's end); *year set when it
 * is "last year", "this year" or "past year". */
static uint32_t whole_span_at(const acta_coder *c, const acta_sentence *s, uint32_t q,
                              int *year) {
  const struct acta_work *w = c->work;
  *year = 0;
  if ((word_in(w, s, q, w->cw->w_last) || word_in(w, s, q, w->cw->w_this) ||
       word_in(w, s, q, w->cw->w_past)) && word_in(w, s, q + 1, w->cw->w_year)) {
    *year = 1;
    if (q > s->first &&
        (list3_in(w, s, q - 1, WL3_MONTH_NAME) || list4_in(w, s, q - 1, WL4_POINT_BEFORE) ||
         w->toks.v[q - 1].tag == P_NUM)) /* "on June 2 last year" */
      return 0;
    if (q + 2 < s->last && w->toks.v[q + 2].tag == P_POSS) return 0; /* "last year's" */
    return q + 1;
  }
  /* prec46a: "in the past three months", "over the last few months",
   * "the previous 18 months": several months back from now is a span as
   * a year is (a week or a month is news: no such span); not a duration
   * after "for" ("held for the past three months") */
  if (months_back_at(w, s, q) &&
      !(q > s->first && is_word(w, q - 1, w->cw->w_for)) &&
      !(q >= s->first + 2 && is_word(w, q - 2, w->cw->w_for))) {
    *year = 1;
    return q + 2;
  }
  if (span_lead(w, s, q)) {
    uint32_t k = q + 1;
    while (k < s->last && k < q + 3 &&
           (w->toks.v[k].tag == P_DET || w->toks.v[k].tag == P_THAT ||
            list4_in(w, s, k, WL4_SPAN_MID)))
      k++;
    if (k > q + 1 && list4_in(w, s, k, WL4_SPAN_HEAD) && !relative_before(c, s, q)) return k;
  }
  /* invented12: "during the six-year presidency of", "throughout his
   * administration", "during Calderon's first term": a tenure is a span */
  if (tenure_lead(w, s, q)) {
    uint32_t k = q + 1;
    while (k < s->last && k < q + 4 &&
           (w->toks.v[k].tag == P_DET || w->toks.v[k].tag == P_POSS ||
            w->toks.v[k].tag == P_ADJ || w->toks.v[k].tag == P_NUM ||
            w->toks.v[k].tag == P_PROPN) &&
           !list3_in(w, s, k, WL3_TENURE_HEAD))
      k++;
    if (k > q + 1 && k < s->last && list3_in(w, s, k, WL3_TENURE_HEAD)) return k;
    /* invented29: "during her nine months in office", "in his first two
     * years in power": a plural span in office is a tenure */
    if (k > q + 1 && k + 2 < s->last && w->toks.v[k].penn == PT_NNS &&
        word_in(w, s, k + 1, w->cw->w_in) && tok_in5(w, k + 2, WL5_OFFICE_SPAN))
      return k + 2;
    /* prec45e: "during El Tuerto's time as its chief", "throughout the
     * governor's time as head", "during his time as mayor": an owner's
     * time in a post is a tenure (the owner's phrase up to four words) */
    for (k = q + 1; k + 1 < s->last && k < q + TENURE_OWNER_REACH; k++) {
      const acta_token *tk = &w->toks.v[k];
      if (list4_in(w, s, k, WL4_SPAN_HEAD) && k > q + 1 &&
          (w->toks.v[k - 1].tag == P_POSS || w->toks.v[k - 1].penn == PT_PRPS) &&
          word_in(w, s, k + 1, w->cw->w_as))
        return k;
      if (!(tk->tag == P_DET || tk->tag == P_POSS || tk->tag == P_ADJ || tk->tag == P_NOUN ||
            tk->tag == P_PROPN || tk->penn == PT_PRPS))
        break;
    }
  }
  /* "the first half of", "the first 11 months of" */
  if (word_in(w, s, q, w->cw->w_first)) {
    uint32_t k = q + 1;
    int counted = k < s->last && w->toks.v[k].tag == P_NUM;
    if (counted) k++;
    if (list4_in(w, s, k, WL4_YEAR_PART) && k + 1 < s->last && is_word(w, k + 1, w->cw->w_of)) return k;
    /* invented27: "in the first eight months, police arrested 12 people":
     * a counted part of a year, its "of" left out */
    if (counted && list4_in(w, s, k, WL4_YEAR_PART) && q > s->first && is_word(w, q - 1, w->cw->w_the))
      return k;
  }
  return 0;
}

/* Is the number at token q an amount that one haul may hold ("two tons",
 * "$3 million", "40 kilos"), not told as "a total of"? */
static int amount_at(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  for (uint32_t b = q >= s->first + 3 ? q - 3 : s->first; b < q; b++)
    if (word_in(w, s, b, w->cw->w_total)) return 0;
  if (q > s->first && money_word(c, s, q - 1)) return 1;
  for (uint32_t k = q + 1; k < s->last && k <= q + 2; k++)
    if (list3_in(w, s, k, WL3_WEIGHT_UNIT) || money_word(c, s, k)) return 1;
  return 0;
}

/* Why verb group g's act, its clause up to token end, is a tally over a
 * whole span: a count (not a year) in the sentence before the first comma
 * after the verb, and a whole span either opening the sentence ("Last
 * year, ...", "In the same period ...": no verb and no comma before it,
 * no other verb between it and g) or after g in its clause with no other
 * verb between ("... seized 24 tons of cocaine last year"). */
/* review15: how many tokens from the verb group whole_span_tally reads
 * for its count and its span, after it and before it (each verb group of
 * a run-on sentence read up to the 400-token cut made it quadratic in the
 * cut; a clause of news is shorter) */
#define WHOLE_SPAN_REACH 60

/* mend39b: the end of verb group g's clause after it: its first comma,
 * up to token end and WHOLE_SPAN_REACH words */
static uint32_t clause_end_after(const struct acta_work *w, const acta_sentence *s,
                                 const vgroup *g, uint32_t end) {
  uint32_t to = g->last, lim = g->last + WHOLE_SPAN_REACH;
  while (to < end && to < s->last && to < lim && !is_punct(w, to, ',')) to++;
  return to;
}

/* mend39b: the start of verb group g's reach before it: back to another
 * verb group or a relative pronoun, WHOLE_SPAN_REACH words at most */
static uint32_t clause_start_before(const struct acta_work *w, const acta_sentence *s,
                                    const vgroup *g) {
  int32_t own = w->tok_vg[g->head];
  uint32_t back = g->first > s->first + WHOLE_SPAN_REACH ? g->first - WHOLE_SPAN_REACH : s->first;
  uint32_t q = g->first;
  while (q > back && !((w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own) ||
                       w->toks.v[q - 1].tag == P_WH))
    q--;
  return q;
}

/* prec46a: the verb group that verb group g is joined to by "and" or "or"
 * right before it (", and" too): the nearest group before, within
 * WHOLE_SPAN_REACH words, of the same voice and no infinitive, no relative
 * pronoun, ';' or ':' between; else NO. */
static int32_t coordinated_before(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g) {
  if (g->to_inf || g->first < s->first + 2 || !is_and_or(w, g->first - 1)) return NO;
  int32_t own = w->tok_vg[g->head];
  for (uint32_t q = g->first - 1; q > s->first && g->first - q < WHOLE_SPAN_REACH; q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    int32_t v = w->tok_vg[q - 1];
    if (v != NO && v != own) {
      const vgroup *p = &w->vgs[v];
      return !p->to_inf && p->passive == g->passive ? v : NO;
    }
    if (tk->tag == P_WH || tk->tag == P_THAT || is_punct(w, q - 1, ';') ||
        is_punct(w, q - 1, ':'))
      return NO;
  }
  return NO;
}

/* mend46a: does verb group g name a day of its own after it, in its
 * clause (up to another verb group, a relative pronoun, ';' or ':', within
 * WHOLE_SPAN_REACH words): a weekday, "yesterday", "today", "tonight" or a
 * month's name ("... and extradited 12 of them on Monday", "and arrested
 * 3 suspects in a raid in March")?  Its act is one of that day. */
static int own_day_after(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  int32_t own = w->tok_vg[g->head];
  for (uint32_t q = g->last; q < s->last && q < g->last + WHOLE_SPAN_REACH; q++) {
    const acta_token *tk = &w->toks.v[q];
    if ((w->tok_vg[q] != NO && w->tok_vg[q] != own) || tk->tag == P_WH || tk->tag == P_THAT ||
        is_punct(w, q, ';') || is_punct(w, q, ':'))
      return 0;
    switch (tk->vocab) {
    case V_MONDAY: case V_TUESDAY: case V_WEDNESDAY: case V_THURSDAY: case V_FRIDAY:
    case V_SATURDAY: case V_SUNDAY: case V_YESTERDAY: case V_TODAY: case V_TONIGHT:
      return 1;
    default:
      break;
    }
    if ((tk->flags & TF_CAP) && list3_in(w, s, q, WL3_MONTH_NAME)) return 1;
  }
  return 0;
}

static int clause_span_alone(const acta_coder *c, const acta_sentence *s, const vgroup *g,
                             uint32_t end);

/* prec46a: how many verbs back a list joined by "and" or "or" is read
 * ("had run 70 patrols over the first half of 2021 and had sunk or seized
 * 9 boats": "seized" is joined to "sunk", joined to "run"). */
#define COORD_CHAIN 3

static int in_chain(const int32_t *chain, int n, int32_t v) {
  for (int k = 0; k < n; k++)
    if (chain[k] == v) return 1;
  return 0;
}

static const char *whole_span_tally(const acta_coder *c, const acta_sentence *s,
                                    const vgroup *g, uint32_t end) {
  const struct acta_work *w = c->work;
  uint32_t to = clause_end_after(w, s, g, end);
  int32_t own = w->tok_vg[g->head];
  /* the count in the verb's own reach: after it in its clause, or before
   * it with no other verb between ("at least three boats captured by";
   * not "one of their members, who was arrested last year"); read until
   * both are known */
  int counted = 0, things = 0;
  for (uint32_t q = g->last; q < to && !things; q++)
    if (w->toks.v[q].tag == P_NUM && !year_at(c, q) && !months_number_at(w, s, q)) {
      counted = 1;
      things |= !amount_at(c, s, q);
    }
  uint32_t back = clause_start_before(w, s, g);
  for (uint32_t q = g->first; q > back && !things; q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->tag == P_NUM && !year_at(c, q - 1) && !is_word(w, q - 1, w->cw->w_one) &&
        !months_number_at(w, s, q - 1)) {
      counted = 1;
      things |= !amount_at(c, s, q - 1);
    }
  }
  if (!counted) return NULL;
  /* an active relative's act ("an arson attack that killed 31 people
   * last year") is told of the one thing it follows; a passive one is
   * still a tally ("five times the fuel that was seized last year") */
  if (!g->passive && g->first > s->first &&
      (w->toks.v[g->first - 1].tag == P_WH || w->toks.v[g->first - 1].tag == P_THAT))
    return NULL;
  /* prec46a: the verb g is joined to by "and" or "or" shares its span
   * ("Over the first half of 2021 the navy ran 70 patrols and sank 9
   * boats"; "ran 70 patrols over the first half of 2021 and sank 9
   * boats") */
  int32_t chain[COORD_CHAIN];
  int nchain = 0;
  /* (mend46a: not a verb that names a day of its own: "seized 40 tons
   * last year and extradited 12 men on Monday") */
  int own_day = own_day_after(w, s, g);
  for (const vgroup *x = g; nchain < COORD_CHAIN && !own_day; nchain++) {
    chain[nchain] = coordinated_before(w, s, x);
    if (chain[nchain] == NO) break;
    x = &w->vgs[chain[nchain]];
  }
  /* opening the sentence */
  for (uint32_t q = s->first; q < g->first && q < s->first + WHOLE_SPAN_REACH; q++) {
    int year;
    uint32_t e = whole_span_at(c, s, q, &year);
    if (e && (things || !year)) {
      for (uint32_t k = e + 1; k < g->first; k++)
        if (w->tok_vg[k] != NO && w->tok_vg[k] != own && !in_chain(chain, nchain, w->tok_vg[k]))
          return NULL;
      return "a tally over a whole span (last year, in the same period)";
    }
    if (w->tok_vg[q] != NO || is_punct(w, q, ',')) break;
  }
  /* after the verb, in its clause */
  for (uint32_t q = g->last; q < to; q++) {
    if (w->tok_vg[q] != NO && w->tok_vg[q] != own) break;
    int year;
    if (whole_span_at(c, s, q, &year) && (things || !year))
      return "a tally over a whole span (this year, the first half of)";
  }
  /* prec46a: after a verb g is joined to, before g */
  for (int k = 0; k < nchain; k++)
    for (uint32_t q = w->vgs[chain[k]].last; q + 1 < g->first; q++) {
      int year;
      if (whole_span_at(c, s, q, &year) && (things || !year))
        return "a tally over a whole span (this year, the first half of)";
    }
  return NULL;
}

/* prec45e: an event noun's act counted over a whole span in the noun's
 * own phrase ("the militia's murder of 14 customs officers during its
 * founder's time as its chief", "the army's seizure of 40 tons of cocaine over the
 * past year"): a count (not a year) after the noun, then a whole span
 * (whole_span_at) before any verb group or comma, within WHOLE_SPAN_REACH
 * words; a haul's amount ("40 tons") counts with a span of years only
 * when the span is no bare year, as whole_span_tally asks. */
const char *acta_noun_span_tally(const acta_coder *c, const acta_sentence *s, uint32_t i,
                                 uint32_t end) {
  const struct acta_work *w = c->work;
  if (c->dict->keds_only) return NULL;
  uint32_t to = end < s->last ? end : s->last;
  if (to > i + 1 + WHOLE_SPAN_REACH) to = i + 1 + WHOLE_SPAN_REACH;
  int counted = 0, things = 0;
  for (uint32_t q = i + 1; q < to; q++) {
    if (w->tok_vg[q] != NO || is_punct(w, q, ',') || is_punct(w, q, ';')) break;
    if (w->toks.v[q].tag == P_NUM && !year_at(c, q) && !months_number_at(w, s, q)) {
      counted = 1;
      things |= !amount_at(c, s, q);
      continue;
    }
    int year;
    if (counted && whole_span_at(c, s, q, &year) && (things || !year))
      return "a tally over a whole span (a tenure, last year, the same period)";
  }
  return NULL;
}

const char *acta_whole_span_figure(const acta_coder *c, const acta_sentence *s, uint32_t at) {
  /* invented12: "close to 600 people were killed in the same period",
   * "45,000 people died during the term of ...": the verb
   * group nearest the count, after it ("were killed") or before it
   * ("killed 600 people"), up to eight words and no mark between, and its
   * whole span (whole_span_tally) */
  const struct acta_work *w = c->work;
  if (c->dict->keds_only) return NULL;
  int32_t vg = NO;
  for (uint32_t q = at; q < s->last && q < at + 8 && vg == NO; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) break;
    vg = w->tok_vg[q];
  }
  for (uint32_t q = at; vg == NO && q > s->first && at - q < 8; q--) {
    if (w->toks.v[q - 1].kind == TK_PUNCT) break;
    vg = w->tok_vg[q - 1];
  }
  /* mend45e: no verb near, a count in a noun's phrase then a whole span
   * ("the cartel's killing of 40 people during its leader's time as boss
   * was documented"): the tally acta_noun_span_tally drops the noun for */
  if (vg == NO && at > s->first) return acta_noun_span_tally(c, s, at - 1, s->last);
  if (vg == NO) return NULL;
  /* mend39b: "In May 2014 alone, some 40 guards were detained" */
  if (clause_span_alone(c, s, &w->vgs[vg], s->last)) return SPAN_ALONE;
  return whole_span_tally(c, s, &w->vgs[vg], s->last);
}

/* Why sentence s counts up to now or over months, or NULL: "so far this
 * year", "this year so far", "so far in 2012", "thus far this year" (a
 * running count), "between February and April" (a span of months): a
 * count of arrests or seizures over it is a total, not one act; so is
 * one compared with another and a record's (compared_total,
 * superlative_span: the span and its "when" before token at, the verb or
 * the figure).
 *
 * The sentence is read once for all its counts: the first token where a
 * reason for any count starts, and the first "when" after a superlative
 * span before it.  A record holds for a count at token at when that
 * "when" stands before at (its span then does too), and the reason found
 * first in the sentence wins ("when" starts none of the others). */
const char *acta_running_total(const acta_coder *c, const acta_sentence *s, uint32_t at) {
  struct acta_work *w = c->work;
  if (!w->rt_ready || w->rt_first != s->first || w->rt_last != s->last) {
    int superlative = 0;
    w->rt_ready = 1;
    w->rt_first = s->first;
    w->rt_last = s->last;
    w->rt_fixed_q = w->rt_record_q = UINT32_MAX;
    w->rt_fixed = NULL;
    w->rt_study = 0;
    if (!c->dict->keds_only) find_study_tally(w, s);
    for (uint32_t q = s->first; q + 1 < s->last; q++) {
      if (superlative_span(w, s, q)) superlative = 1;
      if (superlative && w->rt_record_q == UINT32_MAX && word_in(w, s, q, w->cw->w_when))
        w->rt_record_q = q;
      if ((w->rt_fixed = running_reason_at(c, s, q))) {
        w->rt_fixed_q = q;
        break;
      }
    }
  }
  if (w->rt_record_q < at && w->rt_record_q < w->rt_fixed_q)
    return "a record: the count of a superlative span (the deadliest day ..., when)";
  return w->rt_fixed;
}

const char *acta_study_tally(const acta_coder *c, const acta_sentence *s, uint32_t at) {
  struct acta_work *w = c->work;
  (void)acta_running_total(c, s, s->first); /* reads the sentence once */
  /* (mend45d: only a count after the verb of finding is its finding:
   * "soldiers killed 7 guerrillas in a clash, a military report revealed"
   * is one clash the report tells) */
  return w->rt_study && at >= w->rt_study ? "a count a report or study finds (a tally, no occasion)"
                                          : NULL;
}

/* invented19: does the comma at token q part a list of counted things
 * ("seized 118 houses, 240 cars and more than $4 million during 2013,
 * 2014 and 2015"): a number, not a year, within three tokens after it,
 * only adverbs, adjectives, "than" or a symbol between? */
static int counted_list_comma(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  for (uint32_t r = q + 1; r < s->last && r <= q + 3; r++) {
    const acta_token *tk = &w->toks.v[r];
    if (tk->tag == P_NUM) return !year_at(c, r);
    if (tk->tag != P_ADV && tk->tag != P_ADJ && !(tk->kind == TK_PUNCT && tk->punct == '$') &&
        !is_vocab(w, r, V_THAN))
      return 0;
  }
  return 0;
}

/* How far back from a verb of consultation its whole span is sought
 * (invented29). */
#define SPAN_BEFORE_REACH 12

/* review12: how many words after a verb its count may stand ("seized
 * more than 1.5 tons of cocaine hydrochloride ..."): a count further on is
 * another clause's. */
#define COUNT_REACH 40

/* invented34: how far the clause of a record count is read for a day or
 * a month */
#define RECORD_DAY_REACH 20

/* invented34: does the object after token from (before end) open with a
 * count told as a trend or a record, within four words and before any
 * other verb or mark: "a growing number of gang members", "an
 * unprecedented amount of cocaine", "a record number of arrests" (a trend
 * or record word, a noun of count, "of")?  The act is a total over time.
 * A record with a day or a month named in its clause is one act's ("a
 * record number of protesters on Saturday"); "a record 7 tons", "large
 * amounts of" (the size of one act) are no such count. */
static int trend_count_object(const struct acta_work *w, const acta_sentence *s, uint32_t from,
                              uint32_t end) {
  for (uint32_t q = from; q + 2 < end && q + 2 < s->last && q < from + 4; q++) {
    if (w->tok_vg[q] != NO || w->toks.v[q].kind == TK_PUNCT) return 0;
    if (!tok_in2(w, q + 1, WL2_COUNT_NOUN) || !is_word(w, q + 2, w->cw->w_of)) continue;
    if (tok_in6(w, q, WL6_TREND_WORD)) return 1;
    if (!tok_in6(w, q, WL6_RECORD_WORD)) continue;
    for (uint32_t k = q + 3; k < end && k < s->last && k < q + RECORD_DAY_REACH; k++)
      if (acta_time_name(&w->toks.v[k])) return 0;
    return 1;
  }
  return 0;
}

/* mend39b: is the noun phrase from token q on (forward, dir 1) or
 * before token q (backward, dir -1) counted or plural: a number, not a
 * year, or a plural noun ("two tons", "smugglers"; not "the mayor")? */
static int counted_phrase(const acta_coder *c, const acta_sentence *s, uint32_t q, int dir) {
  const struct acta_work *w = c->work;
  const uint32_t np = 1u << P_DET | 1u << P_ADJ | 1u << P_NOUN | 1u << P_PROPN | 1u << P_NUM |
                      1u << P_ADV;
  for (uint32_t k = 0; k < 6; k++) {
    uint32_t t = dir > 0 ? q + k : q - 1 - k;
    if (dir > 0 ? t >= s->last : q < s->first + 1 + k) return 0;
    const acta_token *tk = &w->toks.v[t];
    if (!(np >> tk->tag & 1) || w->tok_vg[t] != NO) return 0;
    if (tk->tag == P_NUM && !year_at(c, t)) return 1;
    if (tk->penn == PT_NNS || tk->penn == PT_NNPS) return 1;
  }
  return 0;
}

/* prec39b, mend39b: such a span in verb group g's clause, the windows of
 * whole_span_tally (before it back to another verb or a relative pronoun,
 * after it up to its first comma and token end), and a counted or plural
 * object (the subject of a passive): the act is counted within the span,
 * a tally whatever its count ("In 2008 alone, rangers seized 300 tusks";
 * not "In June alone, police arrested the mayor"). */
static int clause_span_alone(const acta_coder *c, const acta_sentence *s, const vgroup *g,
                             uint32_t end) {
  const struct acta_work *w = c->work;
  int32_t own = w->tok_vg[g->head];
  uint32_t back = clause_start_before(w, s, g), to = clause_end_after(w, s, g, end);
  int span = 0;
  for (uint32_t q = g->first; q > back && !span; q--) span = span_alone_at(c, s, q - 1);
  for (uint32_t q = g->last; q < to && !span; q++) {
    if (w->tok_vg[q] != NO && w->tok_vg[q] != own) break;
    span = span_alone_at(c, s, q);
  }
  /* a count of the act broken down after its comma (", with 12 shot in
   * May alone"), when the act's own clause names no day or month */
  if (!span && to + 3 < s->last && is_punct(w, to, ',') && norm_eq(w, to + 1, "with") &&
      w->toks.v[to + 2].tag == P_NUM && !year_at(c, to + 2)) {
    int dated = 0;
    for (uint32_t q = back; q < to && !dated; q++) dated = acta_time_name(&w->toks.v[q]);
    for (uint32_t q = to + 3; !dated && !span && q < s->last && q < to + 3 + RECORD_SPAN_REACH &&
                              !is_punct(w, q, ',');
         q++)
      span = span_alone_at(c, s, q);
  }
  return span && (g->passive ? counted_phrase(c, s, g->first, -1)
                             : counted_phrase(c, s, g->last, 1));
}

/* prec39b, mend39b: does verb group g's object (up to token end) open
 * with a count of two or more occasions, within three tokens of the verb,
 * the number right before its noun or one adjective, noun or participle
 * between ("funded 27 workshops", "held 12 naval exercises", "ran 40
 * training courses"; not "killed 12 in operations", a count of people)?
 * Each occasion is an act of its own: told over a year or a span, the
 * verb tells their tally. */
static int occasions_counted(const acta_coder *c, const acta_sentence *s, const vgroup *g,
                             uint32_t end) {
  const struct acta_work *w = c->work;
  for (uint32_t q = g->last; q < end && q < s->last && q < g->last + 3; q++) {
    if (w->tok_vg[q] != NO || w->toks.v[q].kind == TK_PUNCT) return 0;
    if (w->toks.v[q].tag != P_NUM) continue;
    if (year_at(c, q) || is_word(w, q, w->cw->w_one)) return 0;
    if (q + 1 < end && q + 1 < s->last && tok_in6(w, q + 1, WL6_OCCASION_COUNT_NOUN)) return 1;
    /* (the word between may be a participle the tagger made a verb:
     * "training") */
    if (q + 2 >= end || q + 2 >= s->last) return 0;
    uint8_t between = w->toks.v[q + 1].tag;
    return (between == P_ADJ || between == P_NOUN || between == P_VERB) &&
           tok_in6(w, q + 2, WL6_OCCASION_COUNT_NOUN);
  }
  return 0;
}

/* Why verb group g's part of the sentence, from token from to the first
 * comma after g that parts no list of counts (up to token end), counts
 * over a span (acta_aggregate_reason), or NULL.  A named source's count
 * of an ongoing crackdown ("the rights group said security forces had
 * killed 185 people since September") is news; a year's or several
 * years' total is a statistic whoever gives it. */
static const char *verb_part_reason(const acta_coder *c, const sent_ctx *sc, const vgroup *g,
                                    uint32_t end, int32_t rep, uint32_t from) {
  const struct acta_work *w = c->work;
  uint32_t to = g->last;
  while (to < end && (!(w->toks.v[to].kind == TK_PUNCT && w->toks.v[to].punct == ',') ||
                      counted_list_comma(c, sc->s, to)))
    to++;
  acta_sentence part = *sc->s;
  part.first = from;
  part.last = to;
  const char *why = acta_aggregate_reason(c, &part);
  if (why && named_reporter(w, rep, 0) && why == ACTA_AGG_SINCE) return NULL;
  return why;
}

const char *acta_statistic_verb(const acta_coder *c, const sent_ctx *sc, const vgroup *g,
                                const char *cameo, uint32_t end, int32_t rep) {
  const struct acta_work *w = c->work;
  if (c->dict->keds_only) return NULL;
  int root = cameo_root(cameo);
  /* prec39b: occasions counted over a year or a span ("During 2020,
   * the embassy funded 27 workshops"), in the verb's part of the sentence
   * as for a big count below, from the start of its clause (not "The
   * army, which was founded in 1948, held two exercises"); any code: "the
   * ministry held 12 training sessions in 2019" as well */
  if (!g->passive && occasions_counted(c, sc->s, g, end)) {
    uint32_t from = clause_start_before(w, sc->s, g);
    /* (stopped at another verb: its clause runs to the next comma) */
    if (from > sc->s->first) {
      uint32_t k = from;
      while (k < g->first && !is_punct(w, k, ',')) k++;
      if (k < g->first) from = k + 1;
    }
    const char *why = verb_part_reason(c, sc, g, end, rep, from);
    if (why) return why;
  }
  /* coercion and force (17-20), and material cooperation, aid and
   * yielding (06-08): "has extradited over 350 suspects since 2006",
   * "released 400 prisoners in 2012" are totals as much as seizures are */
  if (root == 4 && !g->passive) {
    /* invented29: consultation counted in the hundreds over a whole span
     * ("during her nine months in office, authorities received some 200
     * calls"): a tally, when the count of a hundred or more is the verb's
     * own object (in its clause, no other verb between) */
    int big = 0;
    for (uint32_t q = g->last; q < end && q < g->last + 4 && !big; q++) {
      if (w->tok_vg[q] != NO || w->toks.v[q].kind == TK_PUNCT) break;
      big = big_count(c, sc->s, q);
    }
    if (!big) return NULL;
    /* the span before the verb in its clause, no other verb between ("said
     * that during her nine months in office, authorities received") */
    for (uint32_t q = g->first, k = 0; q > sc->s->first && k < SPAN_BEFORE_REACH; q--, k++) {
      int year;
      if (w->tok_vg[q - 1] != NO) break;
      if (whole_span_at(c, sc->s, q - 1, &year) && !year)
        return "a tally over a whole span (during his nine months as mayor)";
    }
    return whole_span_tally(c, sc->s, g, end);
  }
  if (root < 17 && (root < 6 || root > 8)) return NULL;
  if (clause_span_alone(c, sc->s, g, end))
    return SPAN_ALONE;
  /* figures14: "seized more drugs than any other country" */
  if (!g->passive) {
    const char *compared = acta_comparative_object(w, sc->s, g->last, end);
    if (compared) return compared;
  }
  if (!g->passive && trend_count_object(w, sc->s, g->last, end)) /* invented34 */
    return "a total told as a trend or a record (a growing number of, an unprecedented amount of)";
  /* invented19: a lone participle inside a multiple ("..., four times
   * that seized in 2021", "double those arrested in 2019") is the
   * total compared with, no act */
  if (g->first == g->head && g->first >= sc->s->first + 3 &&
      (w->toks.v[g->head].penn == PT_VBN || w->toks.v[g->head].penn == PT_VBD))
    for (uint32_t q = g->first - 3; q + 1 < g->first; q++)
      if (multiple_total(c, sc->s, q))
        return "a total compared with another (double that of, three times more than)";
  /* a count of any size ("seized 25 tons", "23 police have been
   * injured", "numerous traffickers") over a running or a months' span */
  int counted = 0;
  uint32_t reach = end < g->last + COUNT_REACH ? end : g->last + COUNT_REACH;
  for (uint32_t q = g->last; q < reach && !counted; q++)
    if ((w->toks.v[q].tag == P_NUM && !year_at(c, q)) || norm_eq(w, q, "numerous"))
      counted = 1;
  if (g->passive && !counted) {
    count_marks(c, sc->s);
    counted = w->cm_num < g->first;
  }
  const char *running = counted ? acta_running_total(c, sc->s, g->first) : NULL;
  if (running == AS_OF_DATE && root < 17) running = NULL; /* invented17 */
  if (running) return running;
  /* prec45d: deaths and harm a report or study finds ("an inquiry
   * has found that at least 60 returnees were murdered after expulsion"):
   * not arrests or aid, whose finding tells one operation as often */
  if (counted && root >= 18 && !c->dict->keds_only) {
    const char *study = acta_study_tally(c, sc->s, g->first);
    if (study) return study;
  }
  const char *whole = whole_span_tally(c, sc->s, g, end);
  if (whole) return whole;
  int big = 0;
  /* ... a count in words only before another verb ("captured a boat
   * loaded with scores of parrots" is one boat) */
  int own = 1;
  for (uint32_t q = g->last; q < reach && !big; q++) {
    if (w->tok_vg[q] != NO && w->tok_vg[q] != w->tok_vg[g->head]) own = 0;
    /* (speed36h: big_count() says 0 at once to a token neither a number
     * nor a count word, as in count_marks: not asked) */
    if (w->toks.v[q].tag != P_NUM && !big_word(w->toks.v[q].vocab)) continue;
    big = own ? big_count(c, sc->s, q) : big_count(c, sc->s, q) == 2;
  }
  /* a passive's count stands before it: "623,213 people were detained" */
  if (g->passive && !big) {
    count_marks(c, sc->s);
    big = w->cm_big < g->first;
  }
  /* its span of time: from the sentence's start to the first comma after
   * the verb ("In 2013, police arrested 29,943 people"; not "..., the
   * largest crackdown since the election") */
  if (!big) return NULL;
  return verb_part_reason(c, sc, g, end, rep, sc->s->first);
}

static const char *aggregate_reason_read(const acta_coder *c, const acta_sentence *s);

const char *acta_aggregate_reason(const acta_coder *c, const acta_sentence *s) {
  /* review15: read once for each span of tokens asked about (the whole
   * sentence, for each of its counts and passives) */
  struct acta_work *w = c->work;
  if (!(w->ag_ready && w->ag_first == s->first && w->ag_last == s->last)) {
    w->ag_why = aggregate_reason_read(c, s);
    w->ag_first = s->first;
    w->ag_last = s->last;
    w->ag_ready = 1;
  }
  return w->ag_why;
}

/* invented23: does a fiscal year open at token q: "fiscal 2015", "fiscal
 * year 2016", "the 2014 fiscal year" (a year's total: "In fiscal 2015,
 * the United States expelled more than 68,000")? */
static int fiscal_year_at(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  if (q + 2 >= s->last) return 0;
  if (tok_in5(w, q, WL5_FISCAL))
    return year_at(c, q + 1) || (is_word(w, q + 1, w->cw->w_year) && year_at(c, q + 2));
  return is_word(w, q, w->cw->w_the) && year_at(c, q + 1) && tok_in5(w, q + 2, WL5_FISCAL);
}

/* mend39b: is the run of names from token a to token k (a comma) a
 * dictionary's person who holds or once held an office (an actor entry of
 * role GOV or ELI, at any date: "Under Castro," told years after his
 * tenure is still his), the run's longest tail that is a dictionary
 * phrase ("President Alvaro Uribe": "Alvaro Uribe")? */
static int leader_name_before(const acta_coder *c, uint32_t a, uint32_t k) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  for (uint32_t i = a; i < k; i++) {
    uint32_t node = 0;
    uint32_t j = i;
    while (j < k && acta_trie_step(d, node, w->toks.v[j].word, &node)) j++;
    if (j < k || !node) continue;
    for (uint32_t ei = d->node_entry[node]; ei;) {
      const acta_entry *e = &d->entries[ei - 1];
      if (e->kind == ENT_ACTOR && (!strcmp(e->role, "GOV") || !strcmp(e->role, "ELI")))
        return 1;
      ei = e->next;
    }
  }
  return 0;
}

/* prec46h: does "since" at token q open a part of a year ("since the
 * beginning of 2016", "since the start of 2019", "since the end of 2017")?  A
 * span over a year or more, as "since 2016" is, not an ongoing count. */
static int since_part_of_year(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  return q + 4 < s->last && is_word(w, q + 1, w->cw->w_the) &&
         (is_vocab(w, q + 2, V_BEGINNING) || is_vocab(w, q + 2, V_START) ||
          is_vocab(w, q + 2, V_MIDDLE) || is_vocab(w, q + 2, V_END)) &&
         is_word(w, q + 3, w->cw->w_of) && year_at(c, q + 4);
}

/* prec47d: does "since" at token q open the start of the article's own
 * year ("since the beginning of 2016" in a text of 2016: its date's year,
 * else the latest year it names, article_year.c)?  A count over less
 * than a year, ongoing as "since September" is: a named source's is news
 * (verb_part_reason); "since the end of" or another year stays a span of
 * years. */
static int since_start_of_own_year(const acta_coder *c, const acta_sentence *s, uint32_t q) {
  const struct acta_work *w = c->work;
  if (!since_part_of_year(c, s, q) ||
      !(is_vocab(w, q + 2, V_BEGINNING) || is_vocab(w, q + 2, V_START)))
    return 0;
  int32_t own = w->date ? w->date / 10000 : w->art_year;
  return own && digits_value(c, q + 4) == (unsigned long)own;
}

static const char *aggregate_reason_read(const acta_coder *c, const acta_sentence *s) {
  const struct acta_work *w = c->work;
  if (c->dict->keds_only) return NULL;
  for (uint32_t q = s->first; q < s->last; q++) {
    /* "since 2019", "since January", "since the start of": not the
     * conjunction ("the largest crackdown since police took over") */
    if (tok_in(w, q, WL_SINCE) &&
        (!is_word(w, q, w->cw->w_since) ||
         (q + 1 < s->last && (w->toks.v[q + 1].tag == P_NUM || w->toks.v[q + 1].tag == P_DET ||
                              w->toks.v[q + 1].tag == P_PROPN || w->toks.v[q + 1].tag == P_ADJ))))
      return is_word(w, q, w->cw->w_since) && !year_at(c, q + 1) &&
                     (!since_part_of_year(c, s, q) || since_start_of_own_year(c, s, q))
                 ? ACTA_AGG_SINCE
                 : AGG_YEARS;
    /* "in the 1980s": a decade */
    if (decade_at(w, s, q)) return "a count over a span of time";
    /* prec39b, mend39b: "Under Castro, ...", "Under President Alvaro
     * Uribe, ...": a leader's tenure opening the sentence, only names
     * before its comma, the last of them a person of the dictionaries in
     * office or once (GOV, ELI); not "Under Operation Sparrow," or "Under
     * Colonel Vega,"; the sentence's own first word, not a part's (the
     * occasions rule reads parts that start mid-sentence) */
    if ((w->toks.v[q].flags & TF_SENT_START) && norm_eq(w, q, "under")) {
      uint32_t k = q + 1;
      while (k < s->last && k < q + 5 && w->toks.v[k].tag == P_PROPN) k++;
      if (k > q + 1 && k < s->last && is_punct(w, k, ',') && leader_name_before(c, q + 1, k))
        return "a count over a leader's tenure";
    }
    /* "in 2011", "during 2015", "throughout 2016": a whole year */
    if (q + 1 < s->last && year_at(c, q + 1) &&
        (is_word(w, q, w->cw->w_in) || tok_in(w, q, WL_PERIOD_LEAD) ||
         tok_in(w, q, WL_YEAR_LEAD)) &&
        !(q + 2 < s->last && w->toks.v[q + 2].tag == P_NUM))
      return "a count over a year";
    if (q + 1 < s->last && fiscal_year_at(c, s, q + 1) &&
        (is_word(w, q, w->cw->w_in) || tok_in(w, q, WL_YEAR_LEAD)))
      return "a count over a year"; /* invented23 */
    /* "between April and September 2018", "from 2010 to 2015", "from
     * Fox's inauguration in December 2000 to ..." */
    if (tok_in(w, q, WL_SPAN_FROM))
      for (uint32_t y = q + 1; y < s->last && y <= q + SPAN_REACH; y++)
        if (year_at(c, y)) return "a count over a span of time";
    /* invented25: "between the start of Fox's term and May
     * 2003": a long first end, the year just after the "and" */
    if (is_word(w, q, w->cw->w_between))
      for (uint32_t a = q + 2; a < s->last && a <= q + SPAN_AND_REACH; a++) {
        if (clause_mark(w, a)) break;
        if (!is_word(w, a, w->cw->w_and)) continue;
        for (uint32_t y = a + 1; y < s->last && y <= a + 3; y++)
          if (year_at(c, y)) return "a count over a span of time";
        break;
      }
    /* "during the same period", "throughout the entire period", in the
     * main clause (not "..., which is double the rate for the same period",
     * "who had been extorting taxi firms over a four-year period") */
    if (tok_in2(w, q, WL2_SPAN_NOUN) && !relative_before(c, s, q))
      for (uint32_t b = q; b > s->first && q - b < 3; b--)
        if (tok_in(w, b - 1, WL_YEAR_LEAD)) return "a count over a span of time";
    /* "in recent years", "over the past decade", "per year" (weeks and
     * months are news: "over the past two weeks") */
    if (tok_in(w, q, WL_PERIOD_NOUN))
      for (uint32_t b = q; b > s->first && q - b < 3; b--)
        if (tok_in(w, b - 1, WL_PERIOD_LEAD)) return "a count over a span of time";
  }
  return NULL;
}

/* How many groups back a bare participle sharing a passive's auxiliary
 * looks for it (aux_owner). */
#define SHARED_AUX_REACH 8

/* prec47c: the group whose auxiliary verb group g is told with: g itself,
 * or for a bare participle sharing the auxiliary of a passive before it
 * ("was tortured and killed", "were detained, beaten and tortured") the
 * nearest group of sentence s before it with an auxiliary of its own,
 * past the participles sharing it (at most SHARED_AUX_REACH groups back,
 * only passives between); NULL when there is none, or when "or" joins g
 * or a participle after it to the list. */
static const vgroup *aux_owner(const struct acta_work *w, const acta_sentence *s,
                               const vgroup *g) {
  if (!g->shared_aux || g->first != g->head) return g;
  /* (one of a choice is told of none: "have been investigated, convicted
   * or jailed") */
  uint32_t q = g->first;
  while (q > s->first && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q > s->first && is_vocab(w, q - 1, V_OR)) return NULL;
  /* (mend47c: nor one of a choice told before its "or": "tortured" in
   * "were arrested, tortured or killed") */
  for (size_t k = (size_t)(g - w->vgs) + 1, n = 0; k < w->nvgs && n < SHARED_AUX_REACH; k++, n++) {
    const vgroup *p = &w->vgs[k];
    if (p->first >= s->last || !p->shared_aux || p->first != p->head) break;
    uint32_t r = p->first;
    while (r > g->head + 1 && w->toks.v[r - 1].tag == P_ADV) r--;
    if (is_vocab(w, r - 1, V_OR)) return NULL;
  }
  for (size_t k = (size_t)(g - w->vgs), n = 0; k-- > 0 && n < SHARED_AUX_REACH; n++) {
    const vgroup *p = &w->vgs[k];
    if (p->first < s->first || !p->passive) return NULL;
    if (p->first != p->head) return p;
    if (!p->shared_aux) return NULL;
  }
  return NULL;
}

/* Is verb group g a finite passive told as done: "was", "were" or "been"
 * before its verb ("was arrested", "have been killed", "had been cut"),
 * no modal ("will be seized"), not "is being", not an infinitive ("to
 * be imprisoned") nor a bare participle ("refugees displaced",
 * "kept the FARC suspended")? */
static int done_passive(const struct acta_work *w, const vgroup *g) {
  if (g->to_inf) return 0;
  int past = 0;
  for (uint32_t q = g->first; q < g->head; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->tag == P_MODAL || tk->tag == P_TO) return 0;
    if (tk->tag == P_AUX && tk->penn == PT_VBG) return 0;
    if (tk->tag == P_AUX && (tk->penn == PT_VBD || tk->penn == PT_VBN)) past = 1;
  }
  return past;
}

/* Is mention group m the subject of verb group g beyond doubt: one of its
 * members ends just before the group, or before ", who", "that"
 * ("three soldiers were killed", "a congressman who was shot")?  Not a
 * pronoun's referent: on real articles "he was arrested" found the wrong
 * actor two times in three. */
static int next_to_verb(const struct acta_work *w, int32_t m, const vgroup *g) {
  for (int32_t k = w->ments[m].group; k != NO; k = w->ments[k].next_in_group) {
    uint32_t q = w->ments[k].last;
    /* "the son of Panama's President Jorge Saavedra was arrested": the
     * "of" phrase it took in, and the name that phrase runs into */
    /* (objects12: also an actor of its own after the "of": "executives of
     * two state-owned companies were arrested") */
    while (q + 1 < g->first && is_word(w, q, w->cw->w_of) && w->tok_ment[q + 1] != NO &&
           (w->ments[w->tok_ment[q + 1]].absorbed || w->ments[w->tok_ment[q + 1]].after_prep)) {
      q = w->ments[w->tok_ment[q + 1]].last;
      while (q < g->first && w->tok_ment[q] == NO && w->toks.v[q].tag == P_PROPN) q++;
    }
    /* targets15: "a reporter in Mexico, who was gunned down": a country
     * named alone where the subject was (clauses.c who_antecedent) */
    if (q + 1 < g->first && w->toks.v[q].tag == P_PREP && w->tok_ment[q + 1] != NO) {
      const mention *x = &w->ments[w->tok_ment[q + 1]];
      if (!x->role[0] && strlen(x->code) == 3 && x->last < g->first) q = x->last;
      /* prec46b: "the eldest son in a trafficking clan who was held":
       * a bare group noun where the subject was (clauses.c
       * person_before_group) */
      else if (acta_bare_group_phrase(w, x) && x->last < g->first &&
               (w->toks.v[x->last].tag == P_WH ||
                (is_punct(w, x->last, ',') && x->last + 1 < g->first &&
                 w->toks.v[x->last + 1].tag == P_WH)))
        q = x->last;
    }
    while (q < g->first &&
           (w->toks.v[q].tag == P_WH || w->toks.v[q].tag == P_THAT ||
            w->toks.v[q].tag == P_ADV ||
            (w->toks.v[q].kind == TK_PUNCT && w->toks.v[q].punct == ',')))
      q++;
    if (q == g->first) return 1;
  }
  return 0;
}

/* How the subject of a passive counts what it names. */
enum subject_count {
  SUBJ_ONE,          /* no count: "the mayor" */
  SUBJ_COUNT,        /* "three soldiers", "at least 12 people" */
  SUBJ_MANY,         /* large or vague: "dozens of", "many", "230,000" */
  SUBJ_BARE_PLURAL,  /* "mayors" */
  SUBJ_HOW_MANY,     /* "how many leaders" */
  SUBJ_SHARE         /* "72 percent of the children" */
};

/* The count of mention m's phrase, from its words, "dozens of" or "72
 * percent of" before it, and a number just before it ("at least 448
 * activists", whose phrase is "activists"). */
static enum subject_count subject_count(const acta_coder *c, int32_t m) {
  const struct acta_work *w = c->work;
  const mention *mm = &w->ments[m];
  uint32_t from = mm->first;
  if (from >= 2 && is_word(w, from - 1, w->cw->w_of)) {
    if (w->toks.v[from - 2].vocab == V_PERCENT) return SUBJ_SHARE;
    /* invented15: "a significant number of traffickers", "a growing
     * number of": large and vague ("a number of other officials" may be a
     * few) */
    if (is_vocab(w, from - 2, V_NUMBER) && from >= 3 && w->toks.v[from - 3].tag == P_ADJ)
      return SUBJ_MANY;
    if (w->toks.v[from - 2].tag == P_NUM) from -= 2; /* "dozens of lieutenants" */
  }
  for (int k = 0; k < 4 && from > 0; k++) { /* "448 environmental and land" */
    int tag = w->toks.v[from - 1].tag;
    if (tag != P_NUM && tag != P_ADV && tag != P_ADJ && tag != P_CONJ) break;
    from--;
  }
  if (from >= 1 && w->toks.v[from - 1].vocab == V_HOW) return SUBJ_HOW_MANY;
  int count = 0;
  for (uint32_t q = from; q < mm->last; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (year_at(c, q)) continue;
    if (tk->vocab == V_PERCENT) return SUBJ_SHARE; /* "72 percent of the children" */
    if (is_vocab(w, q, V_NUMBER) && q > from && w->toks.v[q - 1].tag == P_ADJ &&
        q + 1 < mm->last && is_word(w, q + 1, w->cw->w_of))
      return SUBJ_MANY; /* invented15 */
    if (tk->vocab == V_MANY || tk->vocab == V_DOZENS || tk->vocab == V_HUNDREDS ||
        tk->vocab == V_THOUSANDS || digits_value(c, q) >= 100)
      return q > from && w->toks.v[q - 1].vocab == V_HOW ? SUBJ_HOW_MANY : SUBJ_MANY;
    if (tk->tag == P_NUM) count = 1;
  }
  if (count) return SUBJ_COUNT;
  const acta_token *f = &w->toks.v[mm->first];
  if ((f->tag == P_NOUN || f->tag == P_PROPN) && (f->penn == PT_NNS || f->penn == PT_NNPS))
    return SUBJ_BARE_PLURAL;
  return SUBJ_ONE;
}

/* invented29: is the subject of verb group g a share of people ("polls
 * showed that 53 percent of Chileans opposed the law", "66 percent of
 * the activists killed worldwide were murdered in Latin America")?  A
 * share acts in no one act: a statistic, a poll's finding. */
static int share_subject(const acta_coder *c, const vgroup *g) {
  return g->subject != NO && subject_count(c, g->subject) == SUBJ_SHARE;
}

/* Is verb group g a present perfect ("have been killed")? */
static int present_perfect(const struct acta_work *w, const vgroup *g) {
  int have = 0;
  for (uint32_t q = g->first; q < g->head; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->tag == P_AUX && (tk->penn == PT_VBZ || tk->penn == PT_VBP)) have = 1;
    if (tk->tag == P_AUX && tk->penn == PT_VBN && have) return 1;
  }
  return 0;
}

/* How far back from a participle counted_in_number reads for "the number
 * of" (invented29). */
#define NUMBER_OF_REACH 14

/* invented29: is verb group g a lone participle or "-ing" form inside the
 * phrase "the number of ..." (no finite verb, "who", "that", semicolon or
 * colon between: "the number of current or former presidents under
 * investigation, or condemned, on charges of corruption is staggering",
 * "the number of investigations into managers accused of collaborating
 * with extortion rings has doubled")?  What the phrase counts is a
 * statistic, no act told (as an event noun's trend_subject, triggers.c). */
static int counted_in_number(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g) {
  if (g->first != g->head || (w->toks.v[g->head].penn != PT_VBN &&
                              w->toks.v[g->head].penn != PT_VBG))
    return 0;
  for (uint32_t q = g->first, k = 0; q > s->first + 2 && k < NUMBER_OF_REACH; q--, k++) {
    uint32_t p = q - 1;
    const acta_token *tk = &w->toks.v[p];
    if (w->tok_vg[p] != NO && acta_finite_group(w, &w->vgs[w->tok_vg[p]])) return 0;
    if (tk->tag == P_WH || tk->tag == P_THAT || is_punct(w, p, ';') || is_punct(w, p, ':'))
      return 0;
    if (is_word(w, p, w->cw->w_of) && is_vocab(w, p - 1, V_NUMBER))
      return is_word(w, p - 2, w->cw->w_the);
  }
  return 0;
}

/* How far after a present perfect passive held_since_year reads for
 * "since" and a year (invented29). */
#define SINCE_YEAR_REACH 8

/* invented29: is verb group g a present perfect passive with "since" and
 * a year after it in its clause ("Queiroga has been jailed in Paraguay
 * since 2011", "the port has been closed since 2015")?  A state that has
 * lasted since then, background, no act told ("has been held since
 * Monday" stays: no year). */
static int held_since_year(const acta_coder *c, const acta_sentence *s, const vgroup *g) {
  const struct acta_work *w = c->work;
  if (!g->passive || g->negated || !present_perfect(w, g)) return 0;
  for (uint32_t q = g->last; q + 1 < s->last && q < g->last + SINCE_YEAR_REACH; q++) {
    if (w->tok_vg[q] != NO || w->toks.v[q].kind == TK_PUNCT) return 0;
    if (is_word(w, q, w->cw->w_since)) return year_at(c, q + 1);
  }
  return 0;
}

/* invented30b: how far after a perfect perfect_since_year reads for
 * "since" and a year (over commas and brackets: "have seized more than
 * 3,500 bladders, worth some 250 million pesos (about $14 million),
 * since 2002"). */
#define PERFECT_SINCE_REACH 24

/* invented30b: is verb group g a perfect, present or past, active or
 * passive ("have seized", "has invested", "had been imprisoned"), with
 * "since" and a year after it in its clause, over commas and brackets but
 * no other verb group, "who", "that", semicolon or colon?  What has been
 * done since a year is a running total or a state over the years, no one
 * act ("Mexican officials have seized over 3,500 bladders since
 * 2002", "has invested $98 million since 2009", "three firms have traded
 * with the refiner since 2012").  Not after a superlative or "first"
 * ("the largest haul since 2015" compares one act with the past). */
static int perfect_since_year(const acta_coder *c, const acta_sentence *s, const vgroup *g) {
  const struct acta_work *w = c->work;
  if (g->negated || w->toks.v[g->head].penn != PT_VBN) return 0;
  int have = 0;
  for (uint32_t q = g->first; q < g->head; q++)
    if (w->toks.v[q].tag == P_AUX &&
        (is_vocab(w, q, V_HAS) || is_vocab(w, q, V_HAVE) || is_vocab(w, q, V_HAD)))
      have = 1;
  if (!have) return 0;
  int32_t own = w->tok_vg[g->head];
  for (uint32_t q = g->last; q + 1 < s->last && q < g->last + PERFECT_SINCE_REACH; q++) {
    const acta_token *tk = &w->toks.v[q];
    if ((w->tok_vg[q] != NO && w->tok_vg[q] != own) || tk->tag == P_WH || tk->tag == P_THAT ||
        is_punct(w, q, ';') || is_punct(w, q, ':') || tk->penn == PT_JJS || tk->penn == PT_RBS ||
        is_vocab(w, q, V_FIRST))
      return 0;
    if (is_word(w, q, w->cw->w_since)) return year_at(c, q + 1);
  }
  return 0;
}

/* invented25: does mention m name a kind of people, a bare plural: its
 * head (its last word before any preposition) a plural noun, no
 * determiner, number or possessive before the head nor right before the
 * phrase ("priests", "US citizens", "criminal groups", "authorities in
 * Brazil"; not "the gangs", "two officers", "the cartel's hitmen")? */
static int kind_of_people(const struct acta_work *w, int32_t m) {
  const mention *mm = &w->ments[m];
  uint32_t head = UINT32_MAX;
  /* (the word before the phrase in its sentence only: review26) */
  int opens = mm->first == 0 || (w->toks.v[mm->first].flags & TF_SENT_START);
  for (uint32_t q = opens ? mm->first : mm->first - 1; q < mm->last; q++) {
    uint8_t t = w->toks.v[q].tag;
    if (t == P_DET || t == P_NUM || t == P_POSS) return 0;
    if (q < mm->first) continue;
    if (t == P_PREP) break;
    head = q;
  }
  if (head == UINT32_MAX) return 0;
  /* a common noun, or a plural opening its sentence ("Priests", read as
   * a name) */
  unsigned hp = w->toks.v[head].penn;
  return (hp == (unsigned)PT_NNS && w->toks.v[head].tag == P_NOUN) ||
         ((hp == (unsigned)PT_NNS || hp == (unsigned)PT_NNPS) && head == mm->first &&
          (opens || w->toks.v[head - 1].kind == TK_PUNCT));
}

const char *acta_kinds_pattern(const acta_coder *c, const vgroup *g, int32_t src, int32_t tgt) {
  const struct acta_work *w = c->work;
  if (c->dict->keds_only || !g->passive || src == NO || tgt == NO || !present_perfect(w, g))
    return NULL;
  /* the passive's subject, standing before it, and "have", plural ("Jaimes
   * has been accused": a man) */
  if (w->ments[tgt].last > g->first) return NULL;
  int plural = 0;
  for (uint32_t q = g->first; q < g->head; q++)
    if (w->toks.v[q].tag == P_AUX && w->toks.v[q].penn == PT_VBP) plural = 1;
  if (!plural) return NULL;
  if (!kind_of_people(w, tgt) || !kind_of_people(w, src)) return NULL;
  /* one who tells of it ("the archbishop stated that pastors have been
   * targeted by gangs") reports it; not a news outlet */
  int32_t rep = w->tok_scope[g->head];
  if (named_reporter(w, rep, 0)) return NULL;
  /* (or relays: "the archbishop stated that ..., reported La Prensa") */
  if (rep != NO && w->frames[rep].via != NO &&
      !acta_code_eq(w->ments[w->frames[rep].via].role, "MED"))
    return NULL;
  return "habitual (have been ... by, kinds of people on both sides: what is done, not an act)";
}

const char *acta_agentless_reason(const acta_coder *c, const sent_ctx *sc,
                                  const vgroup *g, const char *code, uint32_t end,
                                  int32_t tgt, int *statistic) {
  const struct acta_work *w = c->work;
  int root = cameo_root(code);
  if (c->dict->keds_only) return "KEDS codes no passive without an agent";
  if (!g->passive) return "its subject is no actor (a disaster, an accident, a thing)";
  if (!(root >= 17 && root <= 20) && strncmp(code, "0841", 4))
    return "a passive with no agent named, not a material act";
  if (tgt == NO) return "a passive with no agent named, and its subject is no actor";
  /* "four soldiers were killed when their helicopter crashed" (nonacts.c) */
  if (root >= 18 && root <= 20) {
    const char *accident = acta_accident_reason(c, sc->s, g->head);
    if (accident) return accident;
  }
  /* (prec47c: a participle sharing a passive's auxiliary is told as
   * that passive, whose subject stands next to it) */
  const vgroup *ag = aux_owner(w, sc->s, g);
  if (!ag || !done_passive(w, ag))
    return "a passive with no agent named, not told as done (to be, will be, is being)";
  /* (not another participle's "by": "was arrested in 2010 and set free
   * by a judge") */
  for (uint32_t q = g->last; q < end && q < g->last + GAP + 4; q++) {
    if (acta_other_verb_at(c->dict, w, g, q)) break;
    if (is_word(w, q, w->cw->w_by)) return "its \"by\" phrase names no actor";
  }
  if (!next_to_verb(w, tgt, ag))
    return "a passive with no agent named, and no subject next to it";
  /* a count with no agent over a span of time is a tally, whoever gives
   * it ("16 workers were kidnapped last year, officials say") */
  enum subject_count count = subject_count(c, tgt);
  const char *aggregate =
      count == SUBJ_COUNT || count == SUBJ_MANY ? acta_aggregate_reason(c, sc->s) : NULL;
  if (!aggregate && (count == SUBJ_COUNT || count == SUBJ_MANY))
    aggregate = whole_span_tally(c, sc->s, g, end);
  *statistic = 1;
  if (aggregate) return aggregate;
  /* invented24: "no officers were injured", "no official had been
   * arrested": a count of none, no one acted */
  if (is_word(w, w->ments[tgt].first, w->cw->w_no))
    return "a count of none (no officers were hurt): an absence, no act";
  if (count == SUBJ_SHARE) return "a share (percent of)";
  /* invented8 (nonacts.c): "more activists were killed here than ..." */
  const char *compared = acta_comparative_count(w, sc->s, tgt);
  if (compared) return compared;
  if (count == SUBJ_HOW_MANY) return "a question (how many)";
  /* "dozens of lieutenants have been arrested", "mayors have been
   * killed", "activists who have been murdered": a running total or what
   * happens, no one act */
  if (present_perfect(w, ag)) {
    const mention *mm = &w->ments[tgt];
    const acta_token *head = &w->toks.v[mm->last - 1];
    int relative = ag->first > 0 && w->toks.v[ag->first - 1].tag == P_WH &&
                   (head->penn == PT_NNS || head->penn == PT_NNPS);
    if (count == SUBJ_MANY || count == SUBJ_BARE_PLURAL || relative)
      return "a running total (have been, with a large, vague or generic plural subject)";
  }
  *statistic = 0;
  return NULL;
}
