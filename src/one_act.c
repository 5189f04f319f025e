/* SPDX-License-Identifier: MIT */
/* one_act.c: one act told by two verbs is one event (codes12).  After a
 * sentence's verbs, nouns and figures are coded, two first shapes give one
 * act two events:
 *  - a threat and the act it threatens: "threatened to blow up the bus"
 *    gives "threaten" 130 and the announced act's threat code (1383,
 *    intended).  The more specific code stays: the announced act's code
 *    when "threaten" says only 130, else the threat pattern's ("threaten to
 *    resign" 1313 named the act), which takes the act's target if it has
 *    none;
 *  - an act of force (roots 18-20, 175) and its result told by an "-ing" clause after a
 *    comma: "opened fire on protesters, killing three people", "detonated
 *    a car bomb outside the academy, injuring 23".  The killing is what the
 *    shooting did: it goes when its source is the act's and its victims are
 *    none the dictionaries code, the act's target, or people who bear no
 *    arms as the act's target does.  Other victims stay ("attacked a
 *    convoy of soldiers, killing three bystanders in the crossfire").
 * prec44e and mend44e added more shapes, each in its own function below
 * (a raid and its seizure or harm in its own clause, a no-target act and
 * its result, an act told again by its means, an event noun told again
 * by a relative clause, a weapon's act and its harm, a protest and its
 * demand; prec47c: a shooting and its harm, or a killing and what was
 * done to the dead, joined by "and"): docs/conventions.md "One act told
 * twice" (prec44e).
 * docs/conventions.md "One act, one event".  Each event's trigger token is
 * found by a binary search; the pairs are looked for among the sentence's
 * events (a handful), and the survivors are compacted in place. */
#include "categories.h"
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <string.h>

/* The token event e's trigger starts at. */
static uint32_t trigger_token(const struct acta_work *w, const acta_sentence *s,
                              const acta_event *e) {
  return token_at(w, s, e->verb_start);
}

int acta_same_actor_code(const acta_actor *a, const acta_actor *b) {
  return a->present && b->present && a->code[0] && !strcmp(a->code, b->code);
}

/* Are the victims of participle event b the act a's: none coded, a's
 * target, or the unarmed when a's target is unarmed too? */
static int same_victims(const acta_event *a, const acta_event *b) {
  if (!b->target.present || !b->target.code[0]) return 1;
  if (acta_same_actor_code(&a->target, &b->target)) return 1;
  return a->target.present && acta_kind_unarmed(acta_actor_kind(&a->target)) &&
         acta_kind_unarmed(acta_actor_kind(&b->target));
}

/* Is lemma l a verb of killing or harm (WL2_KILL_ACT, WL2_HARM_ACT)? */
static int harm_lemma(const struct acta_work *w, uint32_t l) {
  return acta_lemma_in2(w->cw, l, WL2_KILL_ACT | WL2_HARM_ACT);
}

/* Is token t an "-ing" form of a killing or harm right after a comma
 * (", killing three people")? */
static int harm_participle(const struct acta_work *w, const acta_sentence *s, uint32_t t) {
  if (t <= s->first || t >= s->last || !is_punct(w, t - 1, ',')) return 0;
  const acta_token *tk = &w->toks.v[t];
  return tk->penn == PT_VBG &&
         harm_lemma(w, tk->vlemma);
}

/* codes13: is token t an "-ing" form after a comma or after "and" in a
 * clause a comma opened ("hijacked a flight, kidnapping all 46 people",
 * "hijacked a flight, forcing the pilots to land and kidnapping all 46
 * people")?  The look back for the comma stops at the sentence's start or
 * after a bounded number of words. */
static int ing_clause(const struct acta_work *w, const acta_sentence *s, uint32_t t) {
  enum { CLAUSE_REACH = 12 };
  if (t <= s->first || t >= s->last || w->toks.v[t].penn != PT_VBG) return 0;
  if (is_punct(w, t - 1, ',')) return 1;
  if (!is_word(w, t - 1, w->cw->w_and)) return 0;
  for (uint32_t q = t - 1, n = 0; q > s->first && n < CLAUSE_REACH; n++) {
    q--;
    if (is_punct(w, q, ',')) return q + 1 < s->last && w->toks.v[q + 1].penn == PT_VBG;
    if (w->toks.v[q].kind == TK_PUNCT) return 0;
  }
  return 0;
}

/* codes13: is b the same act as a told again by an "-ing" clause after it
 * ("hijacked a flight, ... kidnapping all 46 people": 181 twice): same
 * code, same source, and no two different targets. */
static int same_act_again(const struct acta_work *w, const acta_sentence *s, const acta_event *a,
                          const acta_event *b, uint32_t tb) {
  if (strcmp(a->cameo, b->cameo) != 0 || !acta_same_actor_code(&a->source, &b->source)) return 0;
  if (a->target.present && b->target.present && !acta_same_actor_code(&a->target, &b->target))
    return 0;
  return ing_clause(w, s, tb);
}

/* Is code an act of force (roots 18-20, violent repression 175)?  A
 * seizure, raid or arrest (17x) that kills did more than its code says:
 * "raided the safe house, killing the kingpin" keeps the killing. */
static int force_root(const char *code) {
  int r = cameo_root(code);
  return (r >= 18 && r <= 20) || !strcmp(code, "175");
}

/* bugs23: is b, at token tb, the demand a protest a (at token ta) is made
 * for: a demand (root 10) of the protest's source, or of none, told by an
 * infinitive of purpose or an "-ing" form after a comma a few words after
 * the protest ("went on strike to demand better pay", "marched in the
 * capital, demanding the minister's resignation")? */
static int protest_demand(const struct acta_work *w, const acta_sentence *s, const acta_event *a,
                          uint32_t ta, const acta_event *b, uint32_t tb) {
  enum { PURPOSE_REACH = 10 };
  if (cameo_root(a->cameo) != 14 || cameo_root(b->cameo) != 10) return 0;
  if (tb <= ta || tb - ta > PURPOSE_REACH || tb >= s->last) return 0;
  if (b->source.present && !acta_same_actor_code(&a->source, &b->source)) return 0;
  if (w->toks.v[tb - 1].tag == P_TO) return 1;
  return w->toks.v[tb].penn == PT_VBG && is_punct(w, tb - 1, ',');
}

/* bugs23: a raid (17x) that kills, told by an "-ing" clause ("raided the
 * safe house, killing the kingpin"), was an assault: the killing is the
 * event, no confiscation (prec44e, mend44e: any harm in the raid's own
 * clause, raid_clause).  The verb's lemma is tested against the lemmas of
 * police work (WL2_FORCE_WORK_NOUN, a noun list: "raid", "probe", "sting"
 * are verbs too; in practice the verb is "raid"). */
static int raid_verb(const struct acta_work *w, const acta_event *a, uint32_t ta) {
  return cameo_root(a->cameo) == 17 &&
         acta_lemma_in2(w->cw, w->toks.v[ta].vlemma, WL2_FORCE_WORK_NOUN);
}

/* mend44e: does token q open another clause or span: a semicolon, a
 * subordinator ("after", "when", "before"), or a relative pronoun other
 * than "where" ("who", "which")? */
static int clause_break(const struct acta_work *w, uint32_t q) {
  if (is_punct(w, q, ';')) return 1;
  if (is_vocab(w, q, V_WHERE)) return 0;
  return tok_in(w, q, WL_SUBORDINATOR) || tok_in2(w, q, WL2_RELATIVE_PRONOUN) ||
         is_vocab(w, q, V_AFTER) || is_vocab(w, q, V_BEFORE) || is_vocab(w, q, V_WHILE);
}

/* mend44e: is token q a day's name or "yesterday" (a time phrase of its
 * own for a second verb)? */
static int day_word(const struct acta_work *w, uint32_t q) {
  unsigned v = w->toks.v[q].vocab;
  return v == V_MONDAY || v == V_TUESDAY || v == V_WEDNESDAY || v == V_THURSDAY ||
         v == V_FRIDAY || v == V_SATURDAY || v == V_SUNDAY || v == V_YESTERDAY;
}

/* mend44e: is b, at token tb, in the clause of the raid a, at ta: after
 * it, an "-ing" clause, a ", where" clause, or a verb joined by "and" (or
 * a past verb listed after a comma) with no day of its own after it, and
 * no clause break between; before it, a
 * harm or seizure whose verb a "during"/"in" phrase on the raid's noun
 * follows within a few words ("died in a police raid")? */
static int raid_clause(const struct acta_work *w, const acta_sentence *s, uint32_t ta,
                       uint32_t tb) {
  enum { TIE_REACH = 16, ING_REACH = 32, PREP_REACH = 4, NP_REACH = 3 };
  if (tb >= s->last || ta >= s->last) return 0;
  if (tb > ta) {
    if (tb - ta > ING_REACH) return 0;
    int where = 0;
    for (uint32_t q = ta + 1; q < tb; q++) {
      if (clause_break(w, q)) return 0;
      if (is_vocab(w, q, V_WHERE) && is_punct(w, q - 1, ',')) where = 1;
    }
    if (ing_clause(w, s, tb)) return 1;
    if (tb - ta > TIE_REACH) return 0;
    if (where) return 1;
    /* a verb joined by "and", or a past verb after a comma in a list of
     * the same subject's acts ("raided a depot, arrested four, seized") */
    uint32_t f = w->tok_vg[tb] != NO ? w->vgs[w->tok_vg[tb]].first : tb;
    if (f <= ta + 1) return 0;
    int listed = is_punct(w, f - 1, ',') && f == tb && w->toks.v[tb].penn == PT_VBD &&
                 w->toks.v[ta].penn == PT_VBD;
    if (!is_vocab(w, f - 1, V_AND) && !listed) return 0;
    for (uint32_t q = tb + 1; q < s->last; q++)
      if (day_word(w, q)) return 0;
    return 1;
  }
  /* before: "during"/"in", up to three words of the raid's noun phrase */
  uint32_t p = ta;
  for (int k = 0; k < NP_REACH && p > tb + 1; k++) {
    uint8_t tg = w->toks.v[p - 1].tag;
    if (is_vocab(w, p - 1, V_DURING) || is_vocab(w, p - 1, V_IN)) break;
    if (tg != P_DET && tg != P_ADJ && tg != P_NOUN && tg != P_PROPN) return 0;
    p--;
  }
  if (p <= tb + 1 || !(is_vocab(w, p - 1, V_DURING) || is_vocab(w, p - 1, V_IN))) return 0;
  if (p - 1 - tb > PREP_REACH) return 0;
  for (uint32_t q = tb + 1; q < p - 1; q++)
    if (w->toks.v[q].kind == TK_PUNCT || clause_break(w, q)) return 0;
  return 1;
}

/* prec44e: is b (at token tb) a confiscation (171, 1711) of the raid a
 * (at ta) by the same source, no raid itself, in the raid's clause
 * (raid_clause: "raided a lab, taking 300 pills", "raided the farm and
 * seized rifles")?  CAMEO codes a raid as the confiscation it makes
 * (1711): one act. */
static int raid_seizure(const struct acta_work *w, const acta_sentence *s, const acta_event *a,
                        uint32_t ta, const acta_event *b, uint32_t tb) {
  return (!strcmp(b->cameo, "171") || !strcmp(b->cameo, "1711")) && !raid_verb(w, b, tb) &&
         strcmp(a->cameo, "1711") == 0 && acta_same_actor_code(&a->source, &b->source) &&
         raid_clause(w, s, ta, tb);
}

/* prec44e: is b (at token tb) a killing or harm by the raid a's source in
 * the raid's clause (raid_clause: "died in a police raid", "raided a
 * house, where they shot two guards")?  The raid that harms was an
 * assault: the harm is the event (bugs23 took only an "-ing" clause). */
static int raid_harm(const struct acta_work *w, const acta_sentence *s, const acta_event *a,
                     uint32_t ta, const acta_event *b, uint32_t tb) {
  const acta_token *tk = &w->toks.v[tb];
  return force_root(b->cameo) && acta_same_actor_code(&a->source, &b->source) &&
         harm_lemma(w, tk->vlemma) &&
         raid_clause(w, s, ta, tb);
}

/* prec44e: is b, at token tb, an "-ing" clause after a comma that tells
 * the act of force a again by its means ("attacked the consulate, firing
 * shots at the building"): an assault by arms (root 19) or a bombing
 * (183x) by a's source on a's target, or on none? */
static int means_again(const struct acta_work *w, const acta_sentence *s, const acta_event *a,
                       const acta_event *b, uint32_t tb) {
  if (cameo_root(b->cameo) != 19 && strncmp(b->cameo, "183", 3) != 0) return 0;
  /* (a harm told after it is a result, harm_participle's: "killing a guard
   * and wounding the driver" wounds another) */
  const acta_token *tk = &w->toks.v[tb];
  if (harm_lemma(w, tk->vlemma)) return 0;
  if (!acta_same_actor_code(&a->source, &b->source)) return 0;
  /* (on the same target, or on none the dictionaries code: "attacked the
   * town hall, firing shots at its windows") */
  if (b->target.present && !acta_same_actor_code(&a->target, &b->target)) return 0;
  return ing_clause(w, s, tb);
}

/* prec44e: is b, at token tb, an act of force with no doer told again by
 * a relative clause on the event noun a, at ta ("an ambush on the road
 * in which nine farmers were shot")?  "which" after
 * "in" or "during" opens the clause within a few words of the noun, and
 * b's verb follows within a few more; b's victims are a's, or a has none. */
static int noun_told_again(const struct acta_work *w, const acta_sentence *s, const acta_event *a,
                           uint32_t ta, const acta_event *b, uint32_t tb) {
  enum { NOUN_TO_WHICH = 10, WHICH_TO_VERB = 8 };
  if (!(a->flags & ACTA_EV_NOMINAL) || !force_root(a->cameo) || !force_root(b->cameo)) return 0;
  if (b->source.present || !b->target.present || (b->flags & ACTA_EV_NOMINAL)) return 0;
  if (a->target.present && !acta_same_actor_code(&a->target, &b->target)) return 0;
  if (tb <= ta + 2 || tb >= s->last) return 0;
  for (uint32_t q = ta + 1; q < tb && q <= ta + NOUN_TO_WHICH; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) return 0;
    if (tok_in2(w, q, WL2_RELATIVE_PRONOUN) && !is_word(w, q, w->cw->w_that) &&
        (is_word(w, q - 1, w->cw->w_in) || is_word(w, q - 1, w->cw->w_during)))
      return tb - q <= WHICH_TO_VERB;
  }
  return 0;
}

/* prec44e: is a, at token ta, the act of a weapon's participle ("The
 * grenade, thrown by a gang member, injured two officers", "killed by a
 * mine detonated by the rebels") with no target, and b the harm that
 * weapon did, by the same source (to a target or to people the
 * dictionaries do not code)? */
static int weapon_harm(const struct acta_work *w, const acta_sentence *s, const acta_event *a,
                       uint32_t ta, const acta_event *b, uint32_t tb) {
  if (!force_root(a->cameo) || a->target.present) return 0;
  if (!force_root(b->cameo) || !acta_same_actor_code(&a->source, &b->source)) return 0;
  const acta_token *tk = &w->toks.v[tb];
  if (!harm_lemma(w, tk->vlemma)) return 0;
  if (!acta_weapon_participle(w, s, ta)) return 0;
  /* mend44e: the weapon did the harm: "killed by a mine laid by X" (only
   * "by", a determiner and the weapon's words between), or "a bomb
   * planted by X(,) killed" (the harm verb follows the agent's phrase, no
   * clause break or other punctuation than a closing comma between) */
  enum { BY_WEAPON_REACH = 6, AGENT_REACH = 10 };
  if (tb < ta) {
    if (ta - tb > BY_WEAPON_REACH || !is_word(w, tb + 1, w->cw->w_by)) return 0;
    for (uint32_t q = tb + 2; q < ta; q++) {
      uint8_t tg = w->toks.v[q].tag;
      if (tg != P_DET && tg != P_ADJ && tg != P_NOUN && tg != P_NUM) return 0;
    }
    return 1;
  }
  if (tb - ta > AGENT_REACH) return 0;
  for (uint32_t q = ta + 1; q < tb; q++) {
    if (clause_break(w, q)) return 0;
    if (w->toks.v[q].kind == TK_PUNCT && !(q + 1 == tb && is_punct(w, q, ','))) return 0;
  }
  return 1;
}

/* prec47c: is b, at token tb, joined by "and" (and an adverb) right after
 * the act of force a at ta, by the same source (or none), on the same
 * victims?  Then it is one act told by two verbs: a shooting or a bombing
 * and the harm it did ("shot and killed a farmer", "shot and wounded two
 * guards"), or what was done to the dead after a killing ("were murdered
 * and then hanged from an overpass").  (A torture, a kidnapping or a
 * beating and a killing after it are two acts: "tortured and killed".) */
static int joined_harm(const struct acta_work *w, const acta_sentence *s, const acta_event *a,
                       uint32_t ta, const acta_event *b, uint32_t tb) {
  if (tb < ta + 2 || tb > ta + 3 || tb >= s->last || !is_vocab(w, ta + 1, V_AND)) return 0;
  if (tb == ta + 3 && w->toks.v[ta + 2].tag != P_ADV) return 0;
  if (!force_root(b->cameo) || (a->flags & ACTA_EV_NOMINAL) || (b->flags & ACTA_EV_NOMINAL))
    return 0;
  if (a->source.present != b->source.present ||
      (a->source.present && !acta_same_actor_code(&a->source, &b->source)))
    return 0;
  if (!same_victims(a, b)) return 0;
  uint32_t la = w->toks.v[ta].vlemma, lb = w->toks.v[tb].vlemma;
  /* (mend47c: after a killing, only the harm of the same attack, "killed
   * and wounded", or what was done to the dead, 1823, "killed and hanged";
   * "killed and kidnapped", "killed and raped", "killed and captured" are
   * two acts, on different people of the same group) */
  if (acta_lemma_in2(w->cw, la, WL2_KILL_ACT)) return harm_lemma(w, lb) || !strcmp(b->cameo, "1823");
  return (cameo_root(a->cameo) == 19 || !strncmp(a->cameo, "183", 3)) && harm_lemma(w, lb);
}

/* prec44e: is the plain code of a root ("190") less than code b of the
 * same root says ("193")?  (180 against the unarmed stays: victim_codes.c
 * chose it by whom the act harmed.) */
static int plainer_code(const char *a, const char *b) {
  return strlen(a) == 3 && a[2] == '0' && strcmp(a, b) != 0 && cameo_root(a) == cameo_root(b) &&
         !(strlen(b) == 3 && b[2] == '0');
}

void acta_one_act(acta_coder *c, const sent_ctx *sc) {
  struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  size_t first = sc->ev_before, n = c->nevents;
  if (c->dict->keds_only || n - first < 2) return;
  /* a sentence holds a handful of events; a long one is left as it is */
  enum { MAX_EV = 32 };
  if (n - first > MAX_EV) return;
  uint32_t trig[MAX_EV];
  unsigned char drop[MAX_EV] = {0};
  for (size_t i = first; i < n; i++) trig[i - first] = trigger_token(w, s, &c->events[i]);
  int dropped = 0;
  for (size_t i = first; i < n; i++) {
    acta_event *a = &c->events[i];
    uint32_t ta = trig[i - first];
    if (drop[i - first] || ta >= s->last) continue;
    int threat = acta_lemma_is(w->toks.v[ta].vlemma, w->cw->l_threaten) && ta + 2 < s->last &&
                 w->toks.v[ta + 1].tag == P_TO;
    int force = force_root(a->cameo);
    int protest = cameo_root(a->cameo) == 14;
    int raid = raid_verb(w, a, ta);
    if (!threat && !force && !protest && !raid) continue;
    for (size_t j = first; j < n; j++) {
      acta_event *b = &c->events[j];
      uint32_t tb = trig[j - first];
      /* (an event whose trigger is not in the sentence pairs with none:
       * trigger_token gives s->last, past the last token of an article) */
      if (j == i || drop[j - first] || drop[i - first] || tb >= s->last) continue;
      if (threat && tb == ta + 2 && b->intended_act[0] &&
          (acta_same_actor_code(&a->source, &b->source) || !b->source.present)) {
        if (!strcmp(a->cameo, "130") && cameo_root(b->cameo) == 13) {
          acta_trace(w, "  one act: \"threaten\" 130 gives way to the act threatened (%s)\n",
                     b->cameo);
          drop[i - first] = 1;
        } else {
          acta_trace(w, "  one act: the act threatened (%s) is the threat's (%s)\n", b->cameo,
                     a->cameo);
          if (!a->target.present && b->target.present) a->target = b->target;
          drop[j - first] = 1;
        }
        dropped = 1;
      } else if (force && tb > ta && b != a && force_root(b->cameo) &&
                 harm_participle(w, s, tb) && acta_same_actor_code(&a->source, &b->source) &&
                 same_victims(a, b)) {
        acta_trace(w, "  one act: \"%s\" (%s) is what the act (%s) did\n", b->verb, b->cameo,
                   a->cameo);
        drop[j - first] = 1;
        dropped = 1;
      } else if (force && tb > ta && !a->target.present && b->target.present &&
                 strncmp(a->cameo, "181", 3) != 0 &&
                 force_root(b->cameo) && harm_participle(w, s, tb) &&
                 acta_same_actor_code(&a->source, &b->source)) {
        /* prec44e: "shot down a plane, killing a girl and her mother":
         * the act named no victim, its result does: the result stays */
        acta_trace(w, "  one act: the act (%s) with no target is what \"%s\" (%s) tells\n",
                   a->cameo, b->verb, b->cameo);
        /* mend44e: a bombing's code (183x) names the means: it stays, with
         * the victims */
        int keep_a = !strncmp(a->cameo, "183", 3);
        if (keep_a) a->target = b->target;
        drop[(keep_a ? j : i) - first] = 1;
        dropped = 1;
      } else if (force && tb > ta && means_again(w, s, a, b, tb)) {
        int keep_b = plainer_code(a->cameo, b->cameo);
        if (keep_b && !b->target.present) b->target = a->target;
        acta_trace(w, "  one act: \"%s\" (%s) tells the act (%s) again by its means\n", b->verb,
                   b->cameo, a->cameo);
        drop[(keep_b ? i : j) - first] = 1;
        dropped = 1;
      } else if (force && joined_harm(w, s, a, ta, b, tb)) {
        /* prec47c: after a killing, the killing stays; a shooting or a
         * bombing gives way to the harm it did (coded by whom it
         * harmed), unless that is the plain code of its own root ("shot
         * and killed two gunmen": 193 over 190, with the victims) */
        int keep_a = acta_lemma_in2(w->cw, w->toks.v[ta].vlemma, WL2_KILL_ACT) ||
                     plainer_code(b->cameo, a->cameo);
        if (keep_a && !a->target.present) a->target = b->target;
        if (!keep_a && !b->target.present) b->target = a->target;
        acta_trace(w, "  one act: \"%s\" (%s) and \"%s\" (%s) are one act\n", a->verb, a->cameo,
                   b->verb, b->cameo);
        drop[(keep_a ? j : i) - first] = 1;
        dropped = 1;
      } else if (force && noun_told_again(w, s, a, ta, b, tb)) {
        acta_trace(w, "  one act: \"%s\" (%s) tells the act the noun names (%s) again\n",
                   b->verb, b->cameo, a->cameo);
        if (!a->target.present) a->target = b->target;
        drop[j - first] = 1;
        dropped = 1;
      } else if (weapon_harm(w, s, a, ta, b, tb)) {
        /* the bombing's code (183x) names the means: it stays, with the
         * victims; else the harm's code stays */
        int keep_a = !strncmp(a->cameo, "183", 3);
        acta_trace(w, "  one act: the weapon's \"%s\" (%s) and its harm \"%s\" (%s)\n",
                   a->verb, a->cameo, b->verb, b->cameo);
        if (keep_a) a->target = b->target;
        drop[(keep_a ? j : i) - first] = 1;
        dropped = 1;
      } else if (protest && protest_demand(w, s, a, ta, b, tb)) {
        acta_trace(w, "  one act: \"%s\" (%s) is what the protest (%s) is for\n", b->verb,
                   b->cameo, a->cameo);
        if (!a->target.present && b->target.present) a->target = b->target;
        drop[j - first] = 1;
        dropped = 1;
      } else if (raid && raid_seizure(w, s, a, ta, b, tb)) {
        acta_trace(w, "  one act: \"%s\" (%s) is what the raid (%s) confiscated\n", b->verb,
                   b->cameo, a->cameo);
        drop[j - first] = 1;
        dropped = 1;
      } else if (raid && raid_harm(w, s, a, ta, b, tb)) {
        acta_trace(w, "  one act: the raid (%s) that \"%s\" is the assault (%s)\n", a->cameo,
                   b->verb, b->cameo);
        drop[i - first] = 1;
        dropped = 1;
      } else if (force && tb > ta && same_act_again(w, s, a, b, tb)) {
        acta_trace(w, "  one act: \"%s\" (%s) tells the act (%s) again\n", b->verb, b->cameo,
                   a->cameo);
        if (!a->target.present && b->target.present) a->target = b->target;
        drop[j - first] = 1;
        dropped = 1;
      }
    }
  }
  if (dropped) acta_drop_events(c, first, drop);
}

void acta_drop_events(acta_coder *c, size_t first, const unsigned char *drop) {
  size_t k = first, n = c->nevents;
  for (size_t i = first; i < n; i++)
    if (!drop[i - first]) c->events[k++] = c->events[i];
  c->nevents = k;
  /* the per-sentence index of events (acta_emit) points into the old
   * order: the next event indexes its sentence afresh */
  c->work->ev_sentence = -1;
}
