/* SPDX-License-Identifier: MIT */
/* act_codes.c: the code of an act by what its sentence says it is.  The
 * dictionaries code a verb's usual sense ("sell weapons to" 072, "support"
 * 052, "target" 190, "recognize" 054, "charge" 112 ...); CAMEO keeps aid
 * for help given, 05x for words, 19x for force between armed parties and
 * 054 for states.  So, by the act's actors and the words around it:
 * - aid or arms to criminals, help in a crime, a deal or an alliance with
 *   criminals: collusion, 060; a sale "on the black market": no event;
 * - a backing by financiers 071, of a policy 051 (its object or its owner
 *   no target), of criminals 060, by armed forces 062, of an operation or
 *   a training 070; a mandate of a body that bears no arms renewed 057;
 * - "targeted" unarmed people, officials, or by a state body or the
 *   police, and force done by "extortion": coercion, 170; a tax charged
 *   by an armed group 170, a price charged by others no event; money
 *   demanded or asked by an armed group or a gang 170 (codes12); people
 *   "targeted" by gunmen or assailants (UAF) 180; a bombing by a state's
 *   forces 195, an air strike; a craft seized by a gang or an armed group
 *   181, hijacked (codes12); unarmed people or officials "targeted" by no
 *   one named where the sentence tells of killings or attacks 180
 *   (prec37d, harm_near);
 * - a road, a street or a bridge shut or blocked (144) by armed men, a
 *   gang or a state's forces: a blockade, 191, an actor after the road no
 *   target; a thing set on fire (1712) with its people aboard: violence
 *   against them, 180 (prec37d, act_kind_code);
 * - a warning by criminals or gunmen: a threat, 130; soldiers or police
 *   gathered where the sentence names no protest (protest_cue): forces
 *   massed, 153 (police) or 154 (armed forces), no demonstration (codes29);
 * - no event for: an investment at home, help in an act with no one
 *   helped ("helped the country avoid"), "demonstrated by", a business
 *   that "shut down", a business, a school or people halting their own
 *   work (172 with no one sanctioned: codes46d), a "hang" with no one
 *   hanged, "recognize" of no state or government, a rival group
 *   "displaced", a "fight" with no armed party, captives freed by a
 *   state's force (a rescue, no release: prec39d).
 * docs/conventions.md "Supplies, backings and targets by what they are"
 * states the rules.  Reads the trigger's lemma, the actors' roles and the
 * words around the trigger; called by acta_emit (events.c). */
#include "categories.h"
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <string.h>

/* Words looked at around the trigger: its object, or a passive's subject. */
enum { AHEAD = 6, BEHIND = 4 };

/* Is a word of `bits` (`in`: the list test, tok_in2 for WL2_*) among the
 * few after trig (its object, up to punctuation or another verb, or "by"
 * when stop_at_by: not a passive's agent), or, when trig is a passive's
 * participle ("the decree backed by", "was supported by"), among the few
 * before it?  Its token + 1, 0 when none. */
static uint32_t near_tok(const struct acta_work *w, const acta_sentence *s, uint32_t trig,
                         int (*in)(const struct acta_work *, uint32_t, uint64_t), uint64_t bits,
                         int stop_at_by) {
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT || t->tag == P_VERB) break;
    if (stop_at_by && is_word(w, q, w->cw->w_by)) break;
    if (in(w, q, bits)) return q + 1;
  }
  if (trig + 1 >= s->last || !is_word(w, trig + 1, w->cw->w_by)) return 0;
  for (uint32_t q = trig, n = 0; q > s->first && n < BEHIND; n++) {
    q--;
    if (w->toks.v[q].kind == TK_PUNCT) break;
    if (in(w, q, bits)) return q + 1;
  }
  return 0;
}

/* near_tok for a list of the second set (WL2_*). */
static uint32_t near_word(const struct acta_work *w, const acta_sentence *s, uint32_t trig,
                          uint64_t bits) {
  return near_tok(w, s, trig, tok_in2, bits, 0);
}

/* actors32: is token q a noun of lemma list bits of the sixth set (WL6_*)? */
static int noun_in6(const struct acta_work *w, uint32_t q, uint64_t bits) {
  const acta_token *t = &w->toks.v[q];
  uint32_t lemma = t->nlemma != ACTA_NO_WORD ? t->nlemma : t->word;
  return t->tag == P_NOUN && tok_lemma_in6(w, q, lemma, bits);
}

/* actors32: are armed people (WL6_ARMED_TRAINEE) the ones trained at
 * trig: its object, or a passive's subject before "trained by" (not the
 * trainer after "by": "musicians trained by the police")? */
static int armed_trainee(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  return near_tok(w, s, trig, noun_in6, WL6_ARMED_TRAINEE, 1) != 0;
}

/* codes25: is the word right after trig an "-ing" form that is no
 * actor's word, the course of action backed ("supported renewing the
 * debate", "backed building a new prison", "support reforming the
 * force"; a noun right after it is what it modifies: "supported fighting
 * units")?  Its token + 1 (as near_word's), 0 when not. */
static uint32_t gerund_object(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  uint32_t q = trig + 1;
  if (q + 1 >= s->last || w->toks.v[q].penn != PT_VBG || w->tok_ment[q] != NO) return 0;
  /* "supported fighting units": an "-ing" word before a noun modifies it */
  unsigned next = w->toks.v[q + 1].tag;
  return next == P_NOUN || next == P_PROPN ? 0 : q + 1;
}

/* A policy backed or defended names no target of the backing but its
 * owner: the actor after the policy word is the policy's object ("backed
 * its crackdown on the gangs": not the gangs), and the backer's own policy
 * ("defended his administration's plans": the same code) has none. */
static int policy_target_off(const struct acta_work *w, uint32_t pol, const acta_actor *source,
                             const acta_actor *target) {
  if (!pol || !target->present) return 0;
  if (target->start >= w->toks.v[pol - 1].end) return 1;
  return source && source->present && !strcmp(source->code, target->code);
}

/* coop15: is the target named right after "<noun> of" where the noun is an
 * act done to people ("welcomed the arrests of six suspects", "praised the
 * capture of scores of suspects": WL3_PATIENT_NOUN), among the few words
 * after trig (up to punctuation or another verb)?  What a praise is
 * about, not whom it is to. */
static int patient_target(const struct acta_work *w, const acta_sentence *s, uint32_t trig,
                          const acta_actor *target) {
  if (!target || !target->present) return 0;
  for (uint32_t q = trig + 1; q + 2 < s->last && q <= trig + AHEAD; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT || t->tag == P_VERB) break;
    if (t->tag != P_NOUN || !acta_lemma_in3(w->cw, t->nlemma, WL3_PATIENT_NOUN) ||
        !is_word(w, q + 1, w->cw->w_of))
      continue;
    uint32_t last = q + 5 < s->last ? q + 5 : s->last - 1;
    return target->start >= w->toks.v[q + 1].end && target->start <= w->toks.v[last].start;
  }
  return 0;
}

/* "supported the country's training of police", "supported the
 * construction of a school": a training or a construction among the few
 * words after trig (up to punctuation or another verb). */
static int material_object(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  const acta_coder_words *cw = w->cw;
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT || t->tag == P_VERB) break;
    if (is_word(w, q, cw->w_training) || is_word(w, q, cw->w_construction)) return 1;
  }
  return 0;
}

/* Does an actor's phrase (its byte span) hold a word of `bits` (WL2_*),
 * or, bits 0, the word of coder word id x ("gang extortion")? */
static int actor_has(const struct acta_work *w, const acta_sentence *s, const acta_actor *a,
                     uint64_t bits, uint32_t x) {
  if (!a || !a->present || (!bits && x == ACTA_NO_WORD)) return 0;
  for (uint32_t q = token_at(w, s, a->start); q < s->last && w->toks.v[q].start < a->end; q++)
    if (bits ? tok_in2(w, q, bits) : is_word(w, q, x)) return 1;
  return 0;
}

/* Does a noun phrase follow trig and its particle ("shut down the
 * airstrip"), or is trig a passive's ("was shut down by")?  "17,000
 * companies shut down in the past year" has none. */
static int object_after(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  uint32_t q = trig + 1;
  if (q < s->last && w->toks.v[q].tag == P_PREP && !is_word(w, q, w->cw->w_by)) q++;
  if (q >= s->last) return 0;
  if (is_word(w, q, w->cw->w_by)) return 1;
  switch (w->toks.v[q].tag) {
  case P_DET: case P_NOUN: case P_PROPN: case P_ADJ: case P_NUM: case P_POSS: case P_PRON:
    return 1;
  default:
    return 0;
  }
}

/* "to the black market", "on the illegal market" after trig. */
static int illicit_market(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  for (uint32_t q = trig + 1; q + 1 < s->last && q <= trig + AHEAD + 2; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) break;
    if (tok_in3(w, q, WL3_ILLICIT_ADJ) && tok_in3(w, q + 1, WL3_MARKET_NOUN)) return 1;
  }
  return 0;
}

/* "helping Hezbollah launder funds", "helped them smuggle": a crime verb
 * (WL2_CRIME_VERB) among the few words after trig, before punctuation. */
static int crime_follows(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) break;
    const acta_token *t = &w->toks.v[q];
    if (t->tag == P_VERB && acta_lemma_in2(w->cw, t->vlemma, WL2_CRIME_VERB)) return 1;
  }
  return 0;
}

/* A bare verb (VB) among the few words after trig, past its object
 * ("helped the country avoid"), before punctuation. */
static int bare_verb_follows(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  for (uint32_t q = trig + 1; q < s->last && q <= trig + 4; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT) break;
    if (t->tag == P_VERB && t->penn == PT_VB) return 1;
    /* coop15: a verb right after "help" whatever the tagger's form ("which
     * helped put an end to": "put" read as a past) */
    if (t->tag == P_VERB && q == trig + 1 && w->tok_vg[q] != NO) return 1;
    /* codes18: a present form right after the object pronoun ("helping
     * it rise in power", "helped them escape" read as VBP) */
    if (t->tag == P_VERB && t->penn == PT_VBP && q > trig + 1 && w->toks.v[q - 1].tag == P_PRON)
      return 1;
  }
  return 0;
}

/* Is "recognize" at trig a diplomatic recognition (054): of a state, a
 * government or a body claiming to be one (a country alone, GOV, OPP,
 * REB, SEP), not "recognized that ..." nor a criminal group, a face or a
 * need? */
static int recognized_state(const struct acta_work *w, const acta_sentence *s, uint32_t trig,
                            const acta_actor *target) {
  if (trig + 1 < s->last && is_word(w, trig + 1, w->cw->w_that)) return 0;
  if (!target->present) return 0;
  return !target->role[0] || acta_actor_role_is(target, "GOV") ||
         acta_actor_role_is(target, "OPP") || acta_actor_role_is(target, "REB") ||
         acta_actor_role_is(target, "SEP");
}

/* "publicly backed", "openly supported": a backing in words, whoever
 * gives it (the word just before or after trig). */
static int said_openly(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  const acta_coder_words *cw = w->cw;
  for (uint32_t q = trig > s->first ? trig - 1 : trig; q < s->last && q <= trig + 1; q++)
    if (q != trig && (is_word(w, q, cw->w_publicly) || is_word(w, q, cw->w_openly))) return 1;
  return 0;
}

/* A government, court, legislature or state force (or a country alone). */
static int state_body(const acta_actor *a) {
  actor_kind k = acta_actor_kind(a);
  return k == AK_STATE || k == AK_STATE_ARMED;
}

/* mend48a: is source one who may accuse but brings no legal charge: a
 * legislature, a party, a crowd, civilians, the press, a business, a
 * union, a rights group (not a court, prosecutors, police, a government,
 * troops, nor an armed or criminal group, nor a country alone)? */
static int accuser_only(const acta_actor *source) {
  actor_kind k = acta_actor_kind(source);
  return k == AK_CROWD || k == AK_CIVILIAN || acta_actor_role_is(source, "LEG");
}

/* actors32: is target, of source's country (or both of none), one of
 * source's own: a state body's (both of the state: GOV, COP, MIL, JUD
 * ..., of a country) or a group's of its role (REB and REB, CRM and CRM)? */
static int own_members(const acta_actor *source, const acta_actor *target) {
  if (!source || !source->present || !target || !target->present ||
      strcmp(source->country, target->country))
    return 0;
  if (state_body(source) && state_body(target)) return source->country[0] != '\0';
  return source->role[0] && !strcmp(source->role, target->role) && !state_body(source);
}

/* actors32: is trig an "-ing" form right after a comma that closes a
 * clause (", fearing ..."), an adjunct telling its subject's motive? */
static int motive_participle(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  return trig > s->first + 2 && w->toks.v[trig].penn == PT_VBG &&
         w->toks.v[trig - 1].kind == TK_PUNCT && w->toks.v[trig - 1].punct == ',';
}

/* prec41d: is the fear at trig a state of mind, no comment made: an
 * infinitive after a noun or pronoun ("have nothing to fear", "little
 * reason to fear"), a fear of what may befall its subject ("fear being
 * taxed", "fear losing their land": an "-ing" form after it, no noun or
 * adjective right after that form), a reason ("because they feared":
 * "because" at most five words before it, no punctuation between), or the
 * fear of private people or criminals (CVL, CRM), whom no one quotes?  An
 * official's or a body's fear ("officials fear a rise in killings") is its
 * pessimistic comment, 012.  mend41d: so are "officials fear mounting
 * violence" (an adjective in "-ing", a noun after it), "officials continue
 * to fear that" (a verb before "to") and a state body's "fears losing". */
static int fear_held(const struct acta_work *w, const acta_sentence *s, uint32_t trig,
                     const acta_actor *source) {
  if (trig > s->first + 1 && is_word(w, trig - 1, w->cw->w_to) && w->tok_vg[trig - 2] == NO &&
      (w->toks.v[trig - 2].tag == P_NOUN || w->toks.v[trig - 2].tag == P_PRON ||
       w->toks.v[trig - 2].tag == P_ADJ))
    return 1;
  if (trig + 1 < s->last && w->toks.v[trig + 1].penn == PT_VBG && !state_body(source) &&
      (trig + 2 >= s->last ||
       !(w->toks.v[trig + 2].tag == P_NOUN || w->toks.v[trig + 2].tag == P_PROPN ||
         w->toks.v[trig + 2].tag == P_ADJ)))
    return 1;
  for (uint32_t q = trig, k = 0; q > s->first && k < 5; q--, k++) {
    if (w->toks.v[q - 1].kind == TK_PUNCT) break;
    if (norm_eq(w, q - 1, "because")) return 1;
  }
  return acta_actor_role_is(source, "CVL") || acta_actor_role_is(source, "CRM");
}

/* "charged with murder", "charged ... for drug trafficking", "charged
 * that ...": a "with" or a crime word among the few words after trig, or
 * "that" right after it. */
static int legal_charge(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  if (trig + 1 < s->last && is_word(w, trig + 1, w->cw->w_that)) return 1;
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) break;
    if (is_word(w, q, w->cw->w_with) || tok_in(w, q, WL_CRIME_WORD)) return 1;
  }
  return 0;
}

/* Is a "fight" armed fighting: its source armed, a state or a country
 * (Israel fought Hamas), a criminal group; or a government, court or
 * legislature against an armed or criminal party; or unarmed people
 * against an armed one?  "Officials have been fighting the totoaba trade",
 * "the girls are fighting back", "the party is fighting the gangs" are
 * not. */
static int fight_between_armed(const acta_actor *source, const acta_actor *target) {
  actor_kind sk = acta_actor_kind(source), tk = acta_actor_kind(target);
  int gov = acta_actor_role_is(source, "GOV") || acta_actor_role_is(source, "JUD") ||
            acta_actor_role_is(source, "LEG");
  if (gov) return acta_kind_armed(tk) || tk == AK_CRIMINAL;
  if (sk == AK_CROWD || sk == AK_CIVILIAN) return acta_kind_armed(tk);
  return 1;
}

/* codes9: is a party to a "clash" one that argues rather than fights: a
 * government, a legislature, a court, a person or body with no arms (not
 * crowds, who clash with police in the street: 145)? */
static int words_party(const acta_actor *a) {
  actor_kind k = acta_actor_kind(a);
  if (!a->role[0]) return 0; /* a country alone: "Colombia clashed with Venezuela" may be fighting */
  return k == AK_STATE || k == AK_CIVILIAN || k == AK_OTHER ||
         (k == AK_CROWD && acta_actor_role_is(a, "OPP"));
}

/* Aid of every kind but asylum: 070-074 and their sub-codes. */
/* codes12: is money the object of trig ("demanded $800", "asked for
 * extortion payments", "demanding two million reais in exchange"): a sum
 * ("$") or a word of money (WL3_MONEY_WORD) among the few words after it,
 * before other punctuation or another verb? */
static int money_object(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    const acta_token *t = &w->toks.v[q];
    if (is_punct(w, q, '$') || tok_in3(w, q, WL3_MONEY_WORD)) return 1;
    if (t->kind == TK_PUNCT || t->tag == P_VERB) break;
  }
  return 0;
}

/* actors31: a crime word (WL_CRIME_WORD) among the few words after trig,
 * before other punctuation ("charged the protesters with rioting")? */
static int crime_ahead(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) break;
    if (tok_in(w, q, WL_CRIME_WORD)) return 1;
  }
  return 0;
}

/* prec47b: is a sum charged the object of trig, before the "with" or
 * "for" that names a legal charge ("charged truckers $200", "charged them
 * a fee"; not "charged the mayor with extortion", "with money laundering",
 * "for taking bribes": money words that name the crime)?  money_object's
 * test, cut at the charge's preposition. */
static int price_charged(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    const acta_token *t = &w->toks.v[q];
    if (is_word(w, q, w->cw->w_with) || is_word(w, q, w->cw->w_for)) break;
    if (is_punct(w, q, '$') || tok_in3(w, q, WL3_MONEY_WORD)) return 1;
    if (t->kind == TK_PUNCT || t->tag == P_VERB) break;
  }
  return 0;
}

/* prec47b: is the object of "dismiss" at trig people -- a phrase of
 * determiners, numbers, adjectives and nouns right after it that ends in
 * the target, an actor with a role ("dismissed the police chief",
 * "dismissed 40 officers"), or a pronoun or such a phrase with an "of"
 * part before "from" ("dismissed him from his post", "the mayor of Puno
 * from his post") -- so that they are removed from a post, no claim
 * rejected?  Not a possessive ("dismissed the general's warning", "the
 * officers' complaints"), nor a phrase followed by "as" ("dismissed his
 * critics as traitors": a rebuttal), nor one whose head no actor holds
 * ("the complaints of the officers"). */
static int dismissed_people(const struct acta_work *w, const acta_sentence *s, uint32_t trig,
                            const acta_actor *target) {
  uint32_t q = trig + 1;
  if (q + 1 < s->last && w->toks.v[q].tag == P_PRON && is_word(w, q + 1, w->cw->w_from))
    return 1;
  int people = 0, of = 0; /* a word before any "of" is an actor's with a role */
  while (q < s->last && q <= trig + AHEAD &&
         (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_NUM ||
          w->toks.v[q].tag == P_ADJ || w->toks.v[q].tag == P_NOUN ||
          w->toks.v[q].tag == P_PROPN || (q > trig + 1 && is_word(w, q, w->cw->w_of)))) {
    if (is_word(w, q, w->cw->w_of)) of = 1;
    if (!of && w->tok_ment[q] != NO && w->ments[w->tok_ment[q]].role[0]) people = 1;
    q++;
  }
  if (q == trig + 1 || !people) return 0;
  /* "dismissed the mayor of Puno from his post" */
  if (q < s->last && is_word(w, q, w->cw->w_from)) return 1;
  /* "dismissed the chief of the officers' union": whose, unsure */
  if (of) return 0;
  if (!target || !target->present || !target->role[0] || w->tok_ment[q - 1] == NO) return 0;
  if (q < s->last && (w->toks.v[q].tag == P_POSS || is_word(w, q, w->cw->w_as))) return 0;
  return 1;
}

/* mend47b: is actor a's country guessed -- a role with no country of its
 * own in its phrase ("the family", "both", "congressmen", "that same
 * court", "the former general"), coded with the nearest country
 * named or the article's: 1; 2 when a place named right after it gives it ("a
 * federal court in Virginia", "prosecutors in Trujillo"); else 0.  Read
 * over a's own words and the two after them. */
static int country_guessed(const struct acta_work *w, const acta_sentence *s,
                           const acta_actor *a) {
  if (!a || !a->present || !a->country[0]) return 0;
  int guessed = 0, named = 0;
  uint32_t q = token_at(w, s, a->start);
  for (; q < s->last && w->toks.v[q].start < a->end; q++) {
    if (w->tok_ment[q] == NO) continue;
    named = 1;
    if (w->ments[w->tok_ment[q]].role_only) guessed = 1;
  }
  /* a word of the sentence no dictionary names, made a person by role
   * ("were both indicted": "both") */
  if (!named && a->start >= w->toks.v[s->first].start) guessed = 1;
  /* "a federal court in Virginia", "prosecutors in Trujillo": the place
   * its phrase names right after it */
  if (guessed && q + 1 < s->last && is_word(w, q, w->cw->w_in) &&
      w->toks.v[q + 1].tag == P_PROPN)
    return 2;
  return guessed;
}

/* mend47b: may an indictment of target by source cross a border unseen
 * -- the source's country guessed (country_guessed 1), or the target's
 * while no place named right after the source gives it its own (2)?  The
 * source is asked once. */
static int indicted_across_borders(const struct acta_work *w, const acta_sentence *s,
                                   const acta_actor *source, const acta_actor *target) {
  int by = country_guessed(w, s, source);
  return by == 1 || (by != 2 && country_guessed(w, s, target) == 1);
}

/* actors31: is a "charge" (112) of target by source a legal one: source
 * a court, prosecutors or police, or a government (or country) charging
 * someone of its own country who is no country alone; target named, and
 * no price ("charged them $50"), "charged that ..." or "accused of
 * charging prisoners for favours" (a gerund after a preposition) instead? */
static int prosecution(const struct acta_work *w, const acta_sentence *s, uint32_t trig,
                       const acta_actor *source, const acta_actor *target) {
  if (!source || !target || !target->present || !target->role[0]) return 0;
  if (trig + 1 < s->last && is_word(w, trig + 1, w->cw->w_that)) return 0;
  if (trig > s->first && w->toks.v[trig].penn == PT_VBG && w->toks.v[trig - 1].tag == P_PREP)
    return 0;
  if (price_charged(w, s, trig)) return 0;
  if (acta_actor_role_is(source, "JUD") || acta_actor_role_is(source, "COP")) return 1;
  return acta_actor_kind(source) == AK_STATE && source->country[0] &&
         !strcmp(source->country, target->country);
}

/* actors31: is source one whose raid is an assault: a criminal group, an
 * armed group that is no state's, or civilians (role CVL: "a dozen men")? */
static int raid_at_arms(const acta_actor *source) {
  actor_kind k = acta_actor_kind(source);
  return k == AK_CRIMINAL || k == AK_ARMED || acta_actor_role_is(source, "CVL");
}

/* codes12: is a craft (WL3_CRAFT_NOUN: "planes", "a bus") the object of
 * trig, among the few words after it before punctuation or another verb,
 * or, trig a passive's participle, among the few before it? */
static int craft_object(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT || t->tag == P_VERB) break;
    if (tok_in3(w, q, WL3_CRAFT_NOUN)) return 1;
  }
  if (trig + 1 >= s->last || !is_word(w, trig + 1, w->cw->w_by)) return 0;
  for (uint32_t q = trig, n = 0; q > s->first && n < BEHIND; n++) {
    q--;
    if (w->toks.v[q].kind == TK_PUNCT) break;
    if (tok_in3(w, q, WL3_CRAFT_NOUN)) return 1;
  }
  return 0;
}

/* codes12: an appeal or demand (020, 100, 1053 whose "return" comes after
 * the money) */
static int demand_code(const char *code) {
  return !strcmp(code, "020") || !strcmp(code, "100") || !strcmp(code, "1053");
}

static int aid_code(const char *code) {
  return code[0] == '0' && code[1] == '7' && code[2] >= '0' && code[2] <= '4';
}

/* codes13: "threatened to strike" with no object after "strike" (the end,
 * punctuation, a preposition, "if", an adverb: "to strike over pay", "to
 * strike if wages ...", "to strike just before Carnaval"), trig the
 * threat's verb: a labour strike threatened, no attack. */
static int strike_threatened(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  if (trig + 2 >= s->last || w->toks.v[trig + 1].tag != P_TO ||
      !acta_lemma_in3(w->cw, w->toks.v[trig + 2].vlemma, WL3_WALKOUT_VERB))
    return 0;
  if (trig + 3 >= s->last) return 1;
  const acta_token *t = &w->toks.v[trig + 3];
  if (t->kind == TK_PUNCT) return 1;
  switch (t->tag) {
  case P_DET: case P_PRON: case P_NOUN: case P_PROPN: case P_ADJ: case P_NUM: case P_POSS:
    return 0; /* "to strike the capital", "to strike rebel positions" */
  default:
    return 1;
  }
}

/* codes13: who strikes for work: police, workers, students, protesters,
 * civilians (a state, its army, rebels, gunmen and gangs strike at
 * someone). */
static int strikes_for_work(const acta_actor *source) {
  if (!source || !source->present) return 0;
  actor_kind k = acta_actor_kind(source);
  return acta_kind_unarmed(k) || acta_actor_role_is(source, "COP");
}

/* codes13: an alliance word (WL3_ALLIANCE_NOUN) at trig or among the few
 * words after it, before punctuation or another verb ("entered into a
 * kind of alliance with", "formed an alliance with"). */
static int alliance_object(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  if (tok_in3(w, trig, WL3_ALLIANCE_NOUN)) return 1;
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT || t->tag == P_VERB) break;
    if (tok_in3(w, q, WL3_ALLIANCE_NOUN)) return 1;
  }
  return 0;
}

/* codes13: an "armed strike" (Colombia's paro armado: a shutdown of
 * transport and trade ordered under threat of violence) at trig or among
 * the few words after it, before punctuation or another verb ("carrying
 * out a 48-hour armed strike", "an armed strike"): "armed" right before a
 * "strike" noun. */
static int armed_strike(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  for (uint32_t q = trig; q < s->last && q <= trig + AHEAD; q++) {
    const acta_token *t = &w->toks.v[q];
    if (q > trig && (t->kind == TK_PUNCT || t->tag == P_VERB)) break;
    if (q > s->first && tok_in3(w, q - 1, WL3_ARMED_WORD) &&
        acta_lemma_in3(w->cw, t->nlemma, WL3_WALKOUT_VERB))
      return 1;
  }
  return 0;
}

/* codes13: an effort (WL3_EFFORT_NOUN: "the country's efforts to fight
 * corruption", "Colombia's campaign") among the few words after trig,
 * before punctuation or another verb, backed by an international body or
 * by a party of another country than its target's: help given from
 * outside. */
static int foreign_effort(const struct acta_work *w, const acta_sentence *s, uint32_t trig,
                          const acta_actor *source, const acta_actor *target) {
  if (!source || !source->present) return 0;
  int igo = acta_actor_role_is(source, "IGO") || !strncmp(source->code, "IGO", 3);
  int abroad = target->present && source->country[0] && target->country[0] &&
               strcmp(source->country, target->country) != 0;
  if (!igo && !abroad) return 0;
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    const acta_token *t = &w->toks.v[q];
    if ((t->kind == TK_PUNCT && t->tag != P_POSS) || t->tag == P_VERB) break;
    if (acta_lemma_in3(w->cw, t->nlemma, WL3_EFFORT_NOUN)) return 1;
  }
  return 0;
}

/* Is actor a an armed group or a gang, no state's force (codes12: what
 * such a party demands in money is extortion, a craft it seizes is
 * hijacked)? */
static int nonstate_force(const acta_actor *a) {
  return a && (acta_actor_kind(a) == AK_ARMED || acta_actor_kind(a) == AK_CRIMINAL);
}

/* What the rules below read of the whole sentence (sentence_reads). */
enum { AC_PROTEST = 1, AC_RIOT = 2, AC_EXCHANGE = 4 };

/* tidy48: which of the AC_* words sentence s names, read in one pass once
 * per sentence (w->ac_*, cleared as each sentence is coded: code.c), not
 * again for each event of the sentence that asks:
 *  - AC_PROTEST (codes29): what makes a gathering a protest ("to demand
 *    higher wages", "in protest", "against the reform", "rallied"), a
 *    word of WL5_PROTEST_CUE;
 *  - AC_RIOT (mend41e): a riot or a clash, a word of WL_CLASH_NOUN,
 *    "riot(s)", "rioters", "rioting", "unrest", "mutiny";
 *  - AC_EXCHANGE (mend39d): people traded, "exchange" or "swap" (a noun
 *    or a verb). */
static unsigned sentence_reads(struct acta_work *w, const acta_sentence *s) {
  if (w->ac_ready && w->ac_first == s->first && w->ac_last == s->last) return w->ac_bits;
  const acta_coder_words *cw = w->cw;
  unsigned bits = 0;
  for (uint32_t q = s->first; q < s->last; q++) {
    uint32_t l = w->toks.v[q].nlemma, v = w->toks.v[q].vlemma;
    if (tok_in5(w, q, WL5_PROTEST_CUE)) bits |= AC_PROTEST;
    if (tok_in(w, q, WL_CLASH_NOUN) || acta_lemma_is(l, cw->l_riot) ||
        acta_lemma_is(l, cw->l_rioter) || is_word(w, q, cw->w_rioting) ||
        is_word(w, q, cw->w_unrest) || is_word(w, q, cw->w_mutiny))
      bits |= AC_RIOT;
    if (acta_lemma_is(l, cw->l_exchange) || acta_lemma_is(l, cw->l_swap) ||
        acta_lemma_is(v, cw->l_exchange) || acta_lemma_is(v, cw->l_swap))
      bits |= AC_EXCHANGE;
  }
  w->ac_ready = 1;
  w->ac_first = s->first;
  w->ac_last = s->last;
  w->ac_bits = bits;
  return bits;
}

/* codes29: does sentence s name what makes a gathering a protest
 * (AC_PROTEST)? */
static int protest_cue(struct acta_work *w, const acta_sentence *s) {
  return (sentence_reads(w, s) & AC_PROTEST) != 0;
}

/* mend41e: the head of verb trig's direct object: the last noun of the
 * words right after it -- determiners, numbers, adjectives, nouns and a
 * possessive's, no preposition, comma or relative word between ("signed
 * off the new budget law": law; "penalized three judges under a law":
 * judges).  Its token + 1, 0 when no noun follows. */
static uint32_t object_head(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  uint32_t head = 0;
  for (uint32_t q = trig + 1; q < s->last && q <= trig + AHEAD; q++) {
    unsigned tag = w->toks.v[q].tag;
    if (tag == P_NOUN || tag == P_PROPN)
      head = q + 1;
    else if (tag == P_POSS)
      head = 0;
    else if (head || (tag != P_DET && tag != P_NUM && tag != P_ADJ))
      break;
  }
  return head;
}

/* mend41e: does sentence s tell of a riot or a clash (AC_RIOT)?  A throw
 * there is part of it (145). */
static int riot_told(struct acta_work *w, const acta_sentence *s) {
  return (sentence_reads(w, s) & AC_RIOT) != 0;
}

/* prec41e, mend41e: is the object of verb trig "it", standing for a
 * meeting, a summit or talks (WL_MEETING_NOUN): the object's head of the
 * last verb before it that is no "to" infinitive nor "-ing" form (a
 * passive's subject), no more than MEETING_REACH words back ("planned a
 * summit in June to discuss trade, but Bolivia suspended it"; "after
 * talks, the assembly passed a bill, but a judge suspended it": the bill)? */
#define MEETING_REACH 30
static int meeting_it(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  if (trig + 1 >= s->last || !is_vocab(w, trig + 1, V_IT) || w->tok_vg[trig] == NO) return 0;
  for (size_t k = (size_t)w->tok_vg[trig]; k > 0; k--) {
    const vgroup *pg = &w->vgs[k - 1];
    if (pg->last <= s->first || trig - pg->last >= MEETING_REACH) return 0;
    if (pg->to_inf || w->toks.v[pg->head].penn == PT_VBG) continue;
    if (pg->passive)
      return pg->first > s->first && w->toks.v[pg->first - 1].tag == P_NOUN &&
             tok_in(w, pg->first - 1, WL_MEETING_NOUN);
    uint32_t h = object_head(w, s, pg->last - 1);
    return h && tok_in(w, h - 1, WL_MEETING_NOUN);
  }
  return 0;
}

/* mend41e: is the head of trig's object (object_head) a law, a decree, a
 * reform, a code or a budget (WL2_POLICY_NOUN, "budget", "statute",
 * "code")?  A president
 * who "sanctions" one signs it into force: no sanction. */
static int law_object(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  uint32_t h = object_head(w, s, trig);
  if (!h) return 0;
  uint32_t lemma = w->toks.v[h - 1].nlemma;
  return tok_in2(w, h - 1, WL2_POLICY_NOUN) || acta_lemma_is(lemma, w->cw->l_budget) ||
         acta_lemma_is(lemma, w->cw->l_statute) || acta_lemma_is(lemma, w->cw->l_code);
}

/* mend41e: is the head of trig's object a meeting, talks (WL_MEETING_NOUN),
 * a visit or a trip ("suspended its visit to Lima"; not "suspended two
 * officers after a visit")? */
static int meeting_object(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  uint32_t h = object_head(w, s, trig);
  if (!h) return 0;
  uint32_t lemma = w->toks.v[h - 1].nlemma;
  return tok_in(w, h - 1, WL_MEETING_NOUN) || acta_lemma_is(lemma, w->cw->l_visit) ||
         acta_lemma_is(lemma, w->cw->l_trip);
}

/* codes13: is verb trig said of its subject alone, with nothing after it
 * but punctuation, a conjunction or the sentence's end ("while the Coast
 * Guard trained)", "where 200 gunmen lived, trained, and launched
 * attacks")? */
static int verb_alone(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  if (w->toks.v[trig].tag != P_VERB) return 0;
  if (trig + 1 >= s->last) return 1;
  const acta_token *t = &w->toks.v[trig + 1];
  return t->kind == TK_PUNCT || t->tag == P_CONJ;
}

/* mend37cd: is there a token within `reach` tokens of trig, either side,
 * in sentence s, for which `at` holds (trig itself too: `at` tells)? */
static int word_within(const struct acta_work *w, const acta_sentence *s, uint32_t trig,
                       uint32_t reach,
                       int (*at)(const struct acta_work *, const acta_sentence *, uint32_t,
                                 uint32_t)) {
  uint32_t lo = trig > s->first + reach ? trig - reach : s->first;
  uint32_t hi = trig + reach < s->last ? trig + reach : s->last;
  for (uint32_t q = lo; q < hi; q++)
    if (at(w, s, q, trig)) return 1;
  return 0;
}

/* codes18: how far from a release an escape word is looked for */
#define ESCAPE_REACH 30

/* codes18: is token q an escape ("escape", "jailbreak", "breakout", "prison
 * break", "broke out of")? */
static int escape_at(const struct acta_work *w, const acta_sentence *s, uint32_t q,
                     uint32_t trig) {
  (void)trig;
  const acta_token *t = &w->toks.v[q];
  if (acta_lemma_in4(w->cw, t->nlemma, WL4_ESCAPE_WORD) ||
      acta_lemma_in4(w->cw, t->vlemma, WL4_ESCAPE_WORD))
    return 1;
  /* "prison breaks", "jail break", "broke out of prison" */
  if (acta_lemma_in4(w->cw, t->nlemma, WL4_BREAK_WORD) ||
      acta_lemma_in4(w->cw, t->vlemma, WL4_BREAK_WORD)) {
    if (q > s->first && acta_lemma_in4(w->cw, w->toks.v[q - 1].nlemma, WL4_JAIL_WORD)) return 1;
    if (q + 1 < s->last && is_word(w, q + 1, w->cw->w_out)) return 1;
  }
  return 0;
}

/* codes18: does an escape stand within ESCAPE_REACH tokens of trig? */
static int escape_near(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  return word_within(w, s, trig, ESCAPE_REACH, escape_at);
}

/* prec39d: is token q a word of people held by others (WL6_CAPTIVE_WORD,
 * a noun or a verb: "kidnap victims", "held hostage", "who had been
 * kidnapped", "from captivity")? */
static int captive_at(const struct acta_work *w, uint32_t q) {
  const acta_token *t = &w->toks.v[q];
  return acta_lemma_in6(w->cw, t->nlemma, (uint32_t)WL6_CAPTIVE_WORD) ||
         acta_lemma_in6(w->cw, t->vlemma, (uint32_t)WL6_CAPTIVE_WORD) ||
         tok_in6(w, q, WL6_CAPTIVE_WORD);
}

/* mend39d: how many words after the freed people's phrase its
 * post-modifier may run ("three women held hostage", "the men who had
 * been kidnapped") */
#define CAPTIVE_AFTER 6

/* Is token q a word of people held in custody or traded (WL4_HELD_NOUN,
 * WL4_TRADE_PLURAL, WL5_PRISON_NOUN: "suspects", "prisoners", "inmates")?
 * People freed who are such were no captives of others (rescue). */
static int custody_word(const struct acta_work *w, uint32_t q) {
  uint32_t l = w->toks.v[q].nlemma;
  return acta_lemma_in4(w->cw, l, WL4_HELD_NOUN) || acta_lemma_in4(w->cw, l, WL4_TRADE_PLURAL) ||
         acta_lemma_in5(w->cw, l, WL5_PRISON_NOUN);
}

/* prec39d, mend39d: is the release at trig a rescue: people held by
 * others, a captive's word in the freed people's own phrase or the few
 * words after it, before punctuation ("soldiers freed 20 kidnap victims",
 * "police freed three women held hostage"), freed by a state's police or
 * armed forces of their own country?  Not when the freed are suspects,
 * detainees or prisoners ("police released three suspects detained over
 * the kidnapping of a trader"), when people are traded ("in exchange
 * for", "swap"), nor by a foreign force ("Russian forces released 12
 * Ukrainian civilians held captive"): those held them; nor criminals
 * (CRM) freed.  A court (JUD)
 * frees only its own detainees. */
static int rescue(struct acta_work *w, const acta_sentence *s, uint32_t trig,
                  const acta_actor *source, const acta_actor *target) {
  if (!source || !source->present || acta_actor_role_is(target, "CRM") ||
      !(acta_actor_role_is(source, "COP") || acta_actor_role_is(source, "MIL")))
    return 0;
  if (source->country[0] && target->country[0] && strcmp(source->country, target->country))
    return 0;
  if (sentence_reads(w, s) & AC_EXCHANGE) return 0;
  /* the freed people's phrase; with no target, the words after trig */
  uint32_t lo = trig + 1, hi = trig + 1;
  if (target->present) {
    lo = token_at(w, s, target->start);
    hi = token_at(w, s, target->end);
  }
  int captive = 0;
  for (uint32_t q = lo; q < hi; q++) {
    if (custody_word(w, q)) return 0;
    if (captive_at(w, q)) captive = 1;
  }
  /* its post-modifier, up to punctuation or a preposition other than
   * "from" ("held hostage", "who had been kidnapped", "from captivity";
   * not "detained over the kidnapping of a trader") */
  for (uint32_t q = hi, n = 0; !captive && q < s->last && n < CAPTIVE_AFTER; q++, n++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT || t->tag == P_CONJ ||
        (t->tag == P_PREP && !is_word(w, q, w->cw->w_from)))
      break;
    if (custody_word(w, q)) return 0;
    if (captive_at(w, q)) captive = 1;
  }
  return captive;
}

/* prec39d: is the extortion at trig told as an act done: not by people
 * who bear no arms and hold no office (CVL, LAB, BUS ...: "the school
 * they don't try to extort", "reports of migrants being extorted"), not a
 * bare "-ing" or perfect "-ing" clause naming the racket a group lives by
 * ("paramilitary groups operating in the West Zone, extorting residents",
 * "having been extorted"; one an accusation or a raising verb frames,
 * "accused of extorting", "suspected of extorting", is told), nor a
 * simple present, the racket's habit ("members infiltrate firms and later
 * extort them", "owners are often extorted"; mend39d: by the filters'
 * own tests, acta_habitual_present, which keeps a headline, and
 * acta_simple_present_passive)?  A progressive present ("are being
 * extorted"), a perfect ("has extorted") and every past are told. */
static int extortion_told(const struct acta_work *w, const acta_dict *d, const acta_sentence *s,
                          uint32_t trig, const acta_actor *source) {
  if (source && source->present) {
    actor_kind k = acta_actor_kind(source);
    if (!acta_kind_armed(k) && k != AK_CRIMINAL && k != AK_STATE) return 0;
  }
  int32_t gi = w->tok_vg[trig];
  if (gi == NO) return 1;
  const vgroup *g = &w->vgs[gi];
  if (w->toks.v[g->first].penn == PT_VBG) return g->alleged || g->accuser != NO || g->raised;
  size_t vg0 = (size_t)gi;
  while (vg0 > 0 && w->vgs[vg0 - 1].first >= s->first) vg0--;
  if (acta_simple_present_passive(d, w, (size_t)gi, vg0)) return 0;
  return s->first == w->sents[0].first || !acta_habitual_present(w, s, g);
}

/* prec37d: how far from a "target" a killing or an attack is looked for */
#define HARM_REACH 20

/* prec37d: is token q, not trig, a killing, a wound or an attack
 * (WL2_HARM_ACT, a verb or a noun: "killed", "the attack")? */
static int harm_at(const struct acta_work *w, const acta_sentence *s, uint32_t q,
                   uint32_t trig) {
  (void)s;
  const acta_token *t = &w->toks.v[q];
  return q != trig && (acta_lemma_in2(w->cw, t->vlemma, WL2_HARM_ACT) ||
                       acta_lemma_in2(w->cw, t->nlemma, WL2_HARM_ACT));
}

/* prec37d: does a killing, a wound or an attack stand within HARM_REACH
 * words of trig, other than trig itself? */
static int harm_near(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  return word_within(w, s, trig, HARM_REACH, harm_at);
}

/* prec37d: are people said to be in the thing acted on: a word of
 * WL6_ABOARD_WORD ("aboard", "inside", "alive", "trapped") among the three
 * words after target's phrase, before punctuation ("set fire to a bus with
 * a family of five aboard", "a bar with customers trapped inside")?  Only as
 * an adverb, no phrase of its own after it (mend37cd): "the houses of
 * farmers inside the reserve" tells where the farmers live. */
static int people_aboard(const struct acta_work *w, const acta_sentence *s,
                         const acta_actor *target) {
  if (!target->present) return 0;
  uint32_t q = token_at(w, s, target->end);
  for (uint32_t n = 0; q < s->last && n < 3; q++, n++) {
    if (w->toks.v[q].kind == TK_PUNCT) break;
    if (!tok_in6(w, q, WL6_ABOARD_WORD)) continue;
    if (q + 1 >= s->last) return 1;
    uint8_t nx = w->toks.v[q + 1].tag;
    return !(nx == P_DET || nx == P_NOUN || nx == P_PROPN || nx == P_NUM || nx == P_POSS ||
             nx == P_ADJ || nx == P_PRON);
  }
  return 0;
}

/* prec37d: the code of an act by who does it to what, for the acts the
 * chain of acta_act_code below does not recode: a road, a street or a
 * bridge shut or blocked (144, a civilian protest's obstruction) by armed
 * men, a gang or a state's forces is a blockade, CAMEO 191 "Prevent entry
 * into and/or exit from a territory using armed forces" (144 "refers to
 * civilian protest activities"); a thing set on fire (1712) with its
 * people aboard is violence against them, 180, no property destroyed.
 * Sets *why; NULL keeps the code. */
static const char *act_kind_code(struct acta_work *w, const acta_sentence *s,
                                 const acta_cameo *cm, uint32_t trig,
                                 const acta_actor *source, const acta_actor *target,
                                 const char **why, int *no_target) {
  uint32_t road =
      !strcmp(cm->code, "144") ? near_tok(w, s, trig, noun_in6, WL6_ROAD_NOUN, 1) : 0;
  /* (the road after the verb only: a passive's road before it, "the road
   * was blocked by gunmen", leaves the actor after "by" be; mend37cd) */
  if (road && road - 1 > trig && target->present &&
      target->start >= w->toks.v[road - 1].start) {
    /* "blocked the highway to Lima", "shut down a stretch of highway near
     * the border with Venezuela": an actor after the road names where it
     * goes or lies, no one blocked */
    acta_trace(w, "  target %s: a place along the road blocked, no target\n", target->code);
    *no_target = 1;
  }
  if (road && source && source->present &&
      (acta_kind_armed(acta_actor_kind(source)) || acta_actor_kind(source) == AK_CRIMINAL)) {
    *why = "a road shut or blocked by armed men: a blockade, no civilian obstruction";
    return "191";
  }
  if (!strcmp(cm->code, "1712") && acta_kind_unarmed(acta_actor_kind(target)) &&
      !acta_actor_role_is(target, "BUS") && people_aboard(w, s, target)) {
    *why = "set on fire with its people aboard: violence against them, no property destroyed";
    return "180";
  }
  return NULL;
}

const acta_cameo *acta_act_code(struct acta_work *w, const acta_dict *d,
                                const acta_sentence *s, const acta_cameo *cm, uint32_t trig,
                                const acta_actor *source, const acta_actor *target,
                                int *no_target) {
  *no_target = 0;
  if (d->keds_only || trig >= w->toks.n) return cm;
  const acta_token *tk = &w->toks.v[trig];
  const char *code = NULL, *why = NULL;
  if (cameo_root(cm->code) == 5 && patient_target(w, s, trig, target)) {
    acta_trace(w, "  target %s: the one the praised act was done to, no target\n", target->code);
    *no_target = 1;
  }
  if (!strcmp(cm->code, "074") && target->present &&
      acta_lemma_in5(w->cw, tk->vlemma, WL5_RENEW_VERB) &&
      !acta_kind_armed(acta_actor_kind(target))) {
    /* codes29: "renewed CICIG's mandate", "extended the mandate of the
     * anti-corruption mission": the mandate of a body that bears no arms
     * (a commission, a political mission) renewed is an agreement with
     * it, 057; CAMEO 074 is a peacekeeping force's ("extended the mandate
     * of UN peacekeepers" stays 074, as does a mandate of no one named) */
    code = "057";
    why = "the mandate of a body that bears no arms renewed: an agreement, no peacekeeping";
  } else if (aid_code(cm->code)) {
    if (acta_actor_role_is(target, "CRM")) {
      code = "060";
      why = "aid or arms given to criminals: collusion";
    } else if (acta_lemma_is(tk->vlemma, w->cw->l_help) && crime_follows(w, s, trig)) {
      code = "060";
      why = "help in a crime: collusion";
    } else if (!target->present && illicit_market(w, s, trig)) {
      acta_trace(w, "  dropped (a sale on the black market): %s: no party\n", cm->code);
      return NULL;
    } else if (!target->present && acta_lemma_is(tk->vlemma, w->cw->l_help) &&
               bare_verb_follows(w, s, trig)) {
      /* "helped the country avoid the violence", "helped the candidate
       * secure power": a part in another act, no aid to anyone named */
      acta_trace(w, "  dropped (no aid): \"help\" someone do something: no aid named\n");
      return NULL;
    }
  } else if (!strcmp(cm->code, "016") && acta_actor_role_is(source, "JUD") &&
             acta_lemma_in5(w->cw, tk->vlemma, WL5_RULING_VERB)) {
    /* bugs23: "a judge has dismissed the accusation": a court's ruling on
     * a charge, no denial of its own responsibility */
    acta_trace(w, "  dropped (a ruling): a court dismissing a charge denies nothing: %s\n",
               cm->code);
    return NULL;
  } else if (!strcmp(cm->code, "057") &&
             (acta_actor_role_is(source, "CRM") || acta_actor_role_is(target, "CRM"))) {
    code = "060";
    why = "a deal or an alliance with criminals: collusion, no formal agreement";
  } else if (!strcmp(cm->code, "061") &&
             (acta_lemma_is(tk->vlemma, w->cw->l_invest) ||
              acta_lemma_is(tk->nlemma, w->cw->l_invest)) &&
             (!target->present ||
              (source && source->present && source->country[0] &&
               !strcmp(source->country, target->country)))) {
    acta_trace(w, "  dropped (an investment at home): %s: no partner abroad\n", cm->code);
    return NULL;
  } else if (!strcmp(cm->code, "052") &&
             !(acta_lemma_in2(w->cw, tk->vlemma, WL2_BACK_VERB) ||
               acta_lemma_in2(w->cw, tk->nlemma, WL2_BACK_VERB))) {
    /* "defend", "stand by": the code stays; a policy's target goes */
    if (policy_target_off(w, near_word(w, s, trig, WL2_POLICY_NOUN), source, target)) {
      acta_trace(w, "  target %s: the defended policy's own or its object, no target\n",
                 target->code);
      *no_target = 1;
    }
  } else if (!strcmp(cm->code, "052")) {
    actor_kind sk = source ? acta_actor_kind(source) : AK_NONE;
    uint32_t pol = near_word(w, s, trig, WL2_POLICY_NOUN);
    if (!pol && tk->tag == P_VERB) pol = gerund_object(w, s, trig);
    if (actor_has(w, s, source, WL2_FINANCIER, ACTA_NO_WORD)) {
      code = "071";
      why = "backed by financiers: money given";
    } else if (pol) {
      code = "051";
      why = "a policy backed: endorsed";
      if (policy_target_off(w, pol, source, target)) {
        acta_trace(w, "  target %s: the backed policy's own or its object, no target\n",
                   target->code);
        *no_target = 1;
      }
    } else if (acta_actor_role_is(target, "CRM") && !said_openly(w, s, trig)) {
      /* codes29: "the governor backed the Zetas", "accused of financing
       * and supporting criminal groups", "the army was backing the gang":
       * criminals backed are helped in what they do, collusion, as aid or
       * arms given them are (060); backing in words ("publicly backed")
       * stays 052 */
      code = "060";
      why = "criminals backed: collusion, no verbal defence";
    } else if (acta_kind_armed(sk) && tk->vlemma != ACTA_NO_WORD && tk->tag == P_VERB &&
               !said_openly(w, s, trig)) {
      code = "062";
      why = "backed by armed forces: military cooperation";
    } else if (near_word(w, s, trig, WL2_OPERATION_NOUN) || material_object(w, s, trig)) {
      code = "070";
      why = "an operation, a training or a construction backed: material aid";
    } else if (tk->tag == P_VERB && foreign_effort(w, s, trig, source, target)) {
      /* codes13: "the UN-backed commission has been supporting the
       * country's efforts to fight corruption", "Washington is strongly
       * supporting Colombia's efforts": help given from outside to a
       * country's effort, 070, no verbal defence (052) */
      code = "070";
      why = "a country's effort backed from outside: aid";
    }
  } else if (demand_code(cm->code) && nonstate_force(source) && money_object(w, s, trig)) {
    /* codes12: "the gang demanded $800 a month from the bakers", "the
     * rebels demanded a ransom": money demanded by an armed group or a
     * gang is extortion, CAMEO 170 ("violence against civilians, or their
     * rights or properties"), no appeal (020) nor demand (100) */
    code = "170";
    why = "money demanded by an armed group or a gang: extortion, coercion";
    /* prec41d: "street gangs have long demanded monthly payments": a material
     * act after "have long", as triggers.c drops the codes it gives */
    if (w->tok_vg[trig] != NO && acta_long_perfect(w, s, &w->vgs[w->tok_vg[trig]])) {
      acta_trace(w, "  dropped (habitual): extortion after \"have long\": done for a long "
                 "time, no one act\n");
      return NULL;
    }
  } else if (!strcmp(cm->code, "171") && nonstate_force(source) && craft_object(w, s, trig)) {
    /* codes12: a plane, boat, bus or truck seized or "detained" by a gang
     * or an armed group is hijacked: CAMEO 181 "Kidnap, take hostage,
     * hijack, or forcibly seize control of an aircraft, car, bus, ship";
     * seized by the state it is property confiscated (171) */
    code = "181";
    why = "a craft seized by no state: hijacked";
  } else if (!strcmp(cm->code, "183") && source &&
             (acta_actor_role_is(source, "MIL") || acta_actor_kind(source) == AK_STATE)) {
    /* codes12: a bombing by an air force, an army or a government ("the
     * Colombian air force bombed an ELN base", "authorities bombed the
     * rebel leader's camp") is an air strike: CAMEO 183 is "the use of
     * explosive devices or improvised explosives outside of military
     * engagements" and "Aerial bombings that involve the use of aircraft
     * are coded as 195 instead" */
    code = "195";
    why = "a bombing by a state's forces: aerial weapons, not a non-military bombing";
  } else if (!strcmp(cm->code, "172") && tk->vlemma != ACTA_NO_WORD &&
             acta_lemma_in6(w->cw, tk->vlemma, (uint32_t)WL6_CALL_OFF_VERB) &&
             (meeting_it(w, s, trig) || (tk->tag == P_VERB && meeting_object(w, s, trig)))) {
    /* prec41e: "the two neighbours planned a summit, but Lima suspended
     * it", mend41e: "suspended its visit to Quito": a meeting called off,
     * CAMEO 161 ("cancellation of meetings"), no administrative sanction */
    code = "161";
    why = "a meeting suspended: relations reduced";
  } else if (!strcmp(cm->code, "163") && tk->tag == P_VERB &&
             acta_lemma_is(tk->vlemma, w->cw->l_sanction) && law_object(w, s, trig)) {
    /* mend41e: "the president sanctioned the reform": signed into force,
     * no sanction (the object's head only: "sanctioned two judges under
     * a new law" is one) */
    acta_trace(w, "  dropped (a law sanctioned): signed into force, no sanction\n");
    return NULL;
  } else if (!strcmp(cm->code, "145") && tk->tag == P_VERB && tk->vlemma != ACTA_NO_WORD &&
             acta_lemma_in6(w->cw, tk->vlemma, (uint32_t)WL6_THROW_VERB) && source &&
             source->present &&
             (nonstate_force(source) || acta_actor_role_is(source, "UAF")) &&
             !protest_cue(w, s) && !riot_told(w, s) &&
             !near_tok(w, s, trig, tok_in4, WL4_HAND_WEAPON, 0)) {
    /* prec41e: "two hooded men hurled a firebomb at a shop", "gang members
     * threw a petrol bomb at the bus": what gunmen, a gang or an armed
     * group throw where the sentence names no protest is an attack,
     * violence (180), no riot (145: protesters, students, a crowd keep
     * it); mend41e: nor where it names a riot or a clash (riot_told), nor
     * stones, rocks or bricks thrown (WL4_HAND_WEAPON): a riot's weapons */
    code = "180";
    why = "a firebomb thrown by gunmen or a gang, no protest nor riot named: violence";
  } else if (!strcmp(cm->code, "190") && actor_has(w, s, source, 0, w->cw->w_extortion)) {
    code = "170";
    why = "extortion: coercion, not force";
  } else if (!strcmp(cm->code, "190") &&
             acta_lemma_in2(w->cw, tk->vlemma, WL2_TARGET_VERB)) {
    actor_kind sk = source ? acta_actor_kind(source) : AK_NONE;
    actor_kind tgk = acta_actor_kind(target);
    int office = acta_actor_role_is(target, "GOV") || acta_actor_role_is(target, "LEG") ||
                 acta_actor_role_is(target, "JUD");
    if (acta_actor_role_is(source, "UAF") && acta_kind_unarmed(tgk)) {
      /* codes12: gunmen, assailants, hitmen (UAF) who "targeted" people
       * who bear no arms attacked them: their only act is violence, 180
       * ("Use of unconventional violence"), no coercion */
      code = "180";
      why = "people targeted by gunmen or assailants: violence against them";
    } else if ((!source || !source->present) && (acta_kind_unarmed(tgk) || office) &&
               harm_near(w, s, trig)) {
      /* prec37d: "shopkeepers were targeted in the attack on the market",
       * "radio reporters were targeted, two of them murdered":
       * people targeted by no one named, where the sentence tells of
       * killings or attacks, were attacked: violence, 180, no coercion */
      code = "180";
      why = "people targeted where the sentence tells of killings or attacks: violence";
    } else if (acta_kind_unarmed(tgk) || office || sk == AK_STATE || sk == AK_OTHER ||
        acta_actor_role_is(source, "COP") || (!target->present && !acta_kind_armed(sk))) {
      code = "170";
      why = "targeted: coerced, not attacked";
    }
  } else if (!strcmp(cm->code, "012") && source &&
             (acta_actor_role_is(source, "CRM") || acta_actor_role_is(source, "UAF")) &&
             acta_lemma_is(tk->vlemma, w->cw->l_warn)) {
    /* codes29: "the cartel declared war on the state government, warning
     * that many are going to die", "the 24 hours the gang warned them
     * about": a gang's or gunmen's warning tells what they will do to
     * those warned, a threat, 130, no pessimistic comment (012) */
    code = "130";
    why = "a warning by criminals or gunmen: a threat";
  } else if (!strcmp(cm->code, "141") && source &&
             (acta_actor_role_is(source, "MIL") || acta_actor_role_is(source, "COP")) &&
             !protest_cue(w, s)) {
    /* codes29: "some 2,300 federal police gathered in Guerrero to hunt
     * down the cartel's leader", "thousands of soldiers gathered in the
     * border region": a state's forces gathered with no word of a protest
     * (a demand, wages, "against", a rally) are massed, mobilized: CAMEO
     * 153 (police) or 154 (armed forces), no demonstration (141) */
    int police = acta_actor_role_is(source, "COP");
    code = police ? "153" : "154";
    why = police ? "police gathered with no protest named: police power mobilized"
                 : "troops gathered with no protest named: armed forces mobilized";
  } else if (!strcmp(cm->code, "141") && acta_lemma_is(tk->vlemma, w->cw->l_demonstrate) &&
             trig + 1 < s->last && is_word(w, trig + 1, w->cw->w_by)) {
    acta_trace(w, "  dropped (a kind of act): \"demonstrated by\": shown, not a protest\n");
    return NULL;
  } else if (!strcmp(cm->code, "054") &&
             (acta_lemma_is(tk->vlemma, w->cw->l_recognize) ||
              acta_lemma_is(tk->vlemma, w->cw->l_recognise)) &&
             !recognized_state(w, s, trig, target)) {
    acta_trace(w, "  dropped (a kind of act): \"recognize\" no state nor government: "
               "acknowledged or identified, no diplomatic recognition\n");
    return NULL;
  } else if (!strcmp(cm->code, "016") && acta_lemma_is(tk->vlemma, w->cw->l_dismiss) &&
             dismissed_people(w, s, trig, target)) {
    /* prec47b: "the minister dismissed the police chief": a personnel
     * act CAMEO has no code for (as "fired the minister"), no denial */
    acta_trace(w, "  dropped (a kind of act): \"dismiss\" people: removed from a post, no "
               "denial (%s)\n", target->code);
    return NULL;
  } else if (!strcmp(cm->code, "173") && acta_lemma_is(tk->vlemma, w->cw->l_indict) &&
             indicted_across_borders(w, s, source, target)) {
    /* mend47b: an indictment crosses borders as often as not (the US
     * indicts foreign traffickers and officials): a country guessed for a
     * bare role ("the family", "that same court", "congressmen",
     * "connected, but not indicted" read with the person as source) was
     * wrong in 6 of 9 corpus indictments, so none is written; but a
     * local body, placed by the town after it ("prosecutors in Trujillo
     * indicted nine officials"), indicts its own */
    acta_trace(w, "  dropped (a kind of act): \"indict\" with a country guessed for a bare "
               "role: indictments cross borders\n");
    return NULL;
  } else if (!strcmp(cm->code, "1823") && !target->present &&
             acta_lemma_is(tk->vlemma, w->cw->l_hang)) {
    acta_trace(w, "  dropped (a kind of act): \"hang\" with no one hanged: banners or bodies "
               "hung\n");
    return NULL;
  } else if (!strcmp(cm->code, "173") && acta_lemma_is(tk->vlemma, w->cw->l_charge) &&
             source && source->present && accuser_only(source)) {
    /* mend48a: "charge + with {crime}" is a legal charge when brought by
     * those who can bring one; "the opposition charged the president with
     * embezzlement", "activists charged the police with theft", "the
     * newspaper charged the minister with bribery": an accusation (112) */
    code = "112";
    why = "a crime charged by one who brings no legal charge: an accusation";
  } else if (!strcmp(cm->code, "112") && acta_lemma_is(tk->vlemma, w->cw->l_charge)) {
    /* "charge": a price, a rush on a crowd or a legal charge, by whom and
     * on whom (no later case codes 112) */
    if (source && !state_body(source) && !legal_charge(w, s, trig)) {
      /* "cartels charge the groups money", "the FARC charges miners for
       * protection": a price or a tax demanded, no accusation */
      actor_kind sk = acta_actor_kind(source);
      if (!acta_kind_armed(sk) && sk != AK_CRIMINAL) {
        acta_trace(w, "  dropped (a kind of act): \"charge\" a price, no accusation (%s)\n",
                   source->code);
        return NULL;
      }
      code = "170";
      why = "a tax or fee charged by an armed group: extortion, coercion";
    } else if (source && acta_kind_armed(acta_actor_kind(source)) &&
               acta_actor_kind(target) == AK_CROWD && !crime_ahead(w, s, trig)) {
      /* actors31: "riot police charged the demonstrators with batons": a
       * state force rushing protesters, no accusation nor legal charge */
      code = "175";
      why = "police or troops charging protesters: violent repression";
    } else if (prosecution(w, s, trig, source, target)) {
      /* actors31: "prosecutors charged the mayor with laundering", "police
       * arrested and charged three men", "Salvadoran authorities charged
       * members of the cartel for tax evasion": a court, prosecutors or
       * police, or a government of the accused's own country, that charge
       * someone bring a legal charge (173), no verbal accusation */
      code = "173";
      why = "a charge brought by prosecutors, police or the accused's own state: legal action";
    }
  } else if (!strcmp(cm->code, "140") && acta_lemma_is(tk->vlemma, w->cw->l_protest) && source &&
             acta_actor_kind(source) == AK_STATE) {
    /* actors31: "Guatemala protested that Mexico had buried the bodies",
     * "Bolivian officials have protested against the army
     * operations": a government, legislature, court or country protests
     * in words, an official complaint (114), no dissent in the street */
    code = "114";
    why = "a protest by a government, court or country: an official complaint";
  } else if (!strcmp(cm->code, "1711") && acta_lemma_is(tk->vlemma, w->cw->l_raid) &&
             tk->tag == P_VERB && source && source->present && raid_at_arms(source)) {
    /* actors31: "members of the criminal group raided several parts of
     * the city, burning buses", "paramilitaries have been raiding towns",
     * "ten men raided a ferry, robbing the passengers": a raid by no
     * state is an assault, no property seized by law (1711): rebels
     * attack (190), gangs, gunmen and others use violence (180).  Only
     * the verb: a noun's raiders are seldom its subject ("suspects
     * captured during drug raids") */
    int rebels = acta_actor_kind(source) == AK_ARMED && !acta_actor_role_is(source, "UAF");
    code = rebels ? "190" : "180";
    why = rebels ? "a raid by rebels: an armed attack" : "a raid by criminals or gunmen: an assault";
  } else if (!strcmp(cm->code, "201") && acta_lemma_is(tk->vlemma, w->cw->l_displace) &&
             (acta_kind_armed(acta_actor_kind(target)) ||
              acta_actor_kind(target) == AK_CRIMINAL)) {
    acta_trace(w, "  dropped (a kind of act): \"displace\" a rival group: replaced, no "
               "expulsion of people\n");
    return NULL;
  } else if (!strcmp(cm->code, "193") && acta_lemma_is(tk->vlemma, w->cw->l_fight) && source &&
             !fight_between_armed(source, target)) {
    acta_trace(w, "  dropped (a kind of act): \"fight\" by %s against no armed party: no "
               "armed fighting\n", source->code);
    return NULL;
  } else if (!strcmp(cm->code, "193") && acta_lemma_is(tk->vlemma, w->cw->l_clash) &&
             source && source->present && target && target->present &&
             words_party(source) && words_party(target)) {
    /* codes9: "the senator clashed with the president": a dispute in
     * words between parties that bear no arms */
    code = "111";
    why = "a clash between parties that bear no arms: words, no fighting";
  } else if ((!strcmp(cm->code, "193") || !strcmp(cm->code, "180")) &&
             acta_lemma_is(tk->vlemma, w->cw->l_shoot) && trig + 1 < s->last &&
             is_word(w, trig + 1, w->cw->w_back) && source && source->present && target &&
             target->present && words_party(source) && words_party(target)) {
    /* codes9: "the governor shot back at his rival, saying ...": a retort
     * between parties that bear no arms */
    code = "111";
    why = "\"shot back\" between parties that bear no arms: a retort in words";
  } else if (!strcmp(cm->code, "173") && acta_lemma_is(tk->vlemma, w->cw->l_send) && source &&
             source->present && (acta_actor_kind(source) == AK_CRIMINAL ||
                                 acta_actor_kind(source) == AK_CIVILIAN)) {
    /* codes9: "the traffickers sent them to the prisons": people sent to
     * a prison by a party that jails no one are moved, not jailed */
    acta_trace(w, "  dropped (a kind of act): \"send\" to prison by %s, who jails no one\n",
               source->code);
    return NULL;
  } else if (!strncmp(cm->code, "172", 3) && acta_lemma_is(tk->vlemma, w->cw->l_shut) &&
             source && acta_kind_unarmed(acta_actor_kind(source)) && !object_after(w, s, trig)) {
    acta_trace(w, "  dropped (a kind of act): \"shut down\" with no object: %s closed, banned "
               "nothing\n", source->code);
    return NULL;
  } else if (!strncmp(cm->code, "172", 3) && source &&
             acta_kind_unarmed(acta_actor_kind(source)) && !acta_actor_role_is(source, "ELI") &&
             !(target && target->present)) {
    /* codes46d: "transport firms suspended service", "the school
     * suspended classes": a business, a school or people that halt what
     * they themselves do sanction no one (172 is a state's or an
     * authority's administrative sanction).  A former official (ELI) may
     * have acted in office (a state of siege a past president decreed,
     * told in an article dated after his term) */
    acta_trace(w, "  dropped (a kind of act): %s halted its own work, sanctioned no one\n",
               source->code);
    return NULL;
  } else if (!strcmp(cm->code, "0874") && money_object(w, s, trig)) {
    /* codes13: "withdrew $230,000 from the fuel cards", "took out
     * large sums from cash machines": money taken out, no forces withdrawn (CAMEO
     * 0874 "Retreat or surrender militarily") */
    acta_trace(w, "  dropped (a kind of act): money withdrawn, no retreat of forces\n");
    return NULL;
  } else if (!strcmp(cm->code, "138") && acta_lemma_is(tk->vlemma, w->cw->l_threaten) &&
             strike_threatened(w, s, trig) && strikes_for_work(source)) {
    /* codes13: "the police threatened to strike", "teachers threatened to
     * strike if ...": a strike with no one struck, by those who strike for
     * work, is a labour strike: CAMEO 133 "Threaten with political
     * dissent, protest" (a strike is 143), no threat of force (138) */
    code = "133";
    why = "a strike threatened by workers or police: dissent, no force";
  } else if (!strncmp(cm->code, "087", 3) && strcmp(cm->code, "0871") != 0 && source &&
             source->present && !acta_actor_role_is(source, "ELI") &&
             acta_kind_unarmed(acta_actor_kind(source))) {
    /* codes13: 087x is military de-escalation (CAMEO "De-escalate military
     * engagement"; PLOVER RETREAT, military).  A protest's blockade lifted
     * by those who bear no arms ("the growers lifted the blockade") is
     * 082 "Ease political dissent"; anything else they "withdraw" or
     * "scale back" ("the firm has scaled back its work") is no
     * event.  A ceasefire (0871) has two sides, one may bear no arms; an
     * elite (ELI: a former president) may have acted in office */
    if (!strcmp(cm->code, "0872")) {
      code = "082";
      why = "a protest's blockade lifted: dissent eased, no military blockade";
    } else {
      acta_trace(w, "  dropped (a kind of act): %s by %s, who bears no arms: no military "
                 "de-escalation\n", cm->code, source->code);
      return NULL;
    }
  } else if (!strcmp(cm->code, "062") && acta_lemma_in3(w->cw, tk->vlemma, WL3_TRAIN_VERB) &&
             acta_actor_role_is(target, "CRM")) {
    /* codes13: "the cartels trained local criminal groups", "its military
     * has trained and armed drug gangs": training given to criminals is
     * collusion, 060, as aid or arms given to them are; 062 "Cooperate
     * militarily" is between armed forces */
    code = "060";
    why = "criminals trained: collusion, no military cooperation";
  } else if (!strcmp(cm->code, "062") && acta_lemma_in3(w->cw, tk->vlemma, WL3_TRAIN_VERB) &&
             !target->present && verb_alone(w, s, trig)) {
    acta_trace(w, "  dropped (a kind of act): \"trained\" alone: its subject trained, no "
               "one trained with or by it\n");
    return NULL;
  } else if (!strcmp(cm->code, "062") && acta_lemma_in3(w->cw, tk->vlemma, WL3_TRAIN_VERB) &&
             (acta_kind_unarmed(acta_actor_kind(target)) ||
              (!target->present && !armed_trainee(w, s, trig)))) {
    /* actors32: "people trained by the Church", "musicians trained by the
     * police", "personnel trained by US agencies", "officers trained in
     * community policing": training of civilians, or of no party named
     * and no armed people (WL6_ARMED_TRAINEE: "trained the country's
     * police", whose target went as its own country's) as its object or
     * passive subject, is no military cooperation (CAMEO 062) */
    acta_trace(w, "  dropped (a kind of act): \"train\" %s: no armed party trained, no "
               "military cooperation\n", target->present ? target->code : "no one named");
    return NULL;
  } else if (!strcmp(cm->code, "174") && acta_lemma_in6(w->cw, tk->vlemma, WL6_EXPEL_VERB) &&
             own_members(source, target)) {
    /* actors32: "Calderon has carried out sweeps, expelling city officials
     * accused of colluding with cartels", "the FARC expelled five dissident
     * commanders": a state's own officials or a group's own members put
     * out of office or out of the group, no one deported from a country
     * (CAMEO 174 "Expel or deport individuals") */
    acta_trace(w, "  dropped (a kind of act): %s \"expelled\" %s, its own: dismissed, no "
               "deportation\n", source->code, target->code);
    return NULL;
  } else if (!strcmp(cm->code, "012") && acta_lemma_in6(w->cw, tk->vlemma, WL6_FEAR_VERB) &&
             (motive_participle(w, s, trig) || fear_held(w, s, trig, source))) {
    /* actors32: "the chief has called for oversight of churches, fearing
     * organized crime could take advantage", "officials rejected the
     * offer, worried the Church was being exploited": the fear is the motive of
     * the clause's act, no pessimistic comment made (012) */
    acta_trace(w, "  dropped (a kind of act): \"fear\": a motive or a state of mind, no "
               "comment\n");
    return NULL;
  } else if (cameo_root(cm->code) == 19 && armed_strike(w, s, trig)) {
    /* codes13: "the ELN is carrying out a 48-hour armed strike": a paro
     * armado orders a shutdown of transport and trade under threat of
     * violence; nothing is struck: coercion, 170, no air strike (195) */
    code = "170";
    why = "an armed strike: a shutdown ordered under threat, coercion";
  } else if (!strcmp(cm->code, "057") && alliance_object(w, s, trig) &&
             !acta_lemma_in3(w->cw, tk->vlemma, WL3_SIGN_VERB) &&
             ((source && acta_actor_kind(source) == AK_ARMED) ||
              acta_actor_kind(target) == AK_ARMED)) {
    /* codes13: "the guerrillas entered into a kind of alliance with the
     * army and dissidents": an alliance of an armed group is cooperation
     * in the field, no agreement signed (CAMEO 057 "Sign formal
     * agreement"), as a deal with criminals is (060) */
    code = "060";
    why = "an alliance with an armed group: cooperation, no formal agreement";
  } else if (!strcmp(cm->code, "0841") && (acta_actor_role_is(target, "CRM") || !target->present) &&
             (!source || !source->present || nonstate_force(source)) && escape_near(w, s, trig)) {
    /* codes18: "118 inmates were freed from a jail" in a prison break,
     * "gunmen freed 30 inmates in a jailbreak": prisoners set free by no
     * one or by an armed group in an escape; no captor releases anyone
     * (CAMEO 0841 "Return, release person(s)": a concession by whoever
     * holds them).  Hostages freed by their kidnappers stay 0841 (their
     * target is no criminal) */
    acta_trace(w, "  dropped (a kind of act): set free in an escape, not released by the "
               "captor\n");
    return NULL;
  } else if (!strcmp(cm->code, "170") &&
             acta_lemma_in6(w->cw, tk->vlemma, (uint32_t)WL6_EXTORT_VERB) &&
             !extortion_told(w, d, s, trig, source)) {
    /* prec39d: extortion is a racket, most often told as what a group
     * lives by; only one told as an act done is coerced (170) */
    acta_trace(w, "  dropped (a kind of act): \"extort\" told as a habit or by no armed party "
               "or state: no act of coercion told\n");
    return NULL;
  } else if (!strcmp(cm->code, "0841") && rescue(w, s, trig, source, target)) {
    /* prec39d: "the army freed 14 kidnap victims", "police freed three
     * women held hostage": people a state's force frees from others'
     * hands are rescued; CAMEO 0841 ("Release people, including prisoners
     * and hostages, from detention or arrest", root 08 "Yield") is a
     * concession by whoever holds them, and the rescuer held no one */
    acta_trace(w, "  dropped (a kind of act): captives freed by %s: a rescue, no release by "
               "the captor\n", source->code);
    return NULL;
  }
  if (!code) code = act_kind_code(w, s, cm, trig, source, target, &why, no_target); /* prec37d */
  if (!code) return cm;
  const acta_cameo *ncm = acta_cameo_find(d, code);
  if (!ncm) return cm;
  acta_trace(w, "  recoded (by what it is): %s -> %s: %s\n", cm->code, code, why);
  return ncm;
}
