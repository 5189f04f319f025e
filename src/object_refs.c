/* SPDX-License-Identifier: MIT */
/* object_refs.c: the target of an event where no dictionary actor names
 * it: an object pronoun ("investigated him", "opened talks with them") is
 * the actor it refers to (acta_antecedent, mentions.c); a private person
 * named by name as the one arrested, abducted, assaulted or shot ("gunmen
 * shot Veras") and a phrase of people ("arrested five alleged members of
 * the network") are coded by role only (acta keeps no profiles of private
 * persons), CRM when held for a crime, else CVL; the same for a passive's
 * subject ("Paschoalin was captured by the police", and with no agent,
 * "Bohendi was beaten"); the forces a
 * deployment sends are no target, and the two sides of a fight (and the
 * co-parties of a joint act: "X and Y signed", "met ... with Y") are each
 * other's; the object of an event noun ("the arrest of Jose Arana"); the
 * object of a threatened act ("threatened to decertify Colombia"); a
 * capital or country named as a place or a thing is no target of
 * coercion ("raided a neighborhood of Buenos Aires", "seized Venezuelan
 * currency"); "the country" as an object ("urged the country to act"),
 * the source's peers ("shot three of their colleagues", "murdering
 * rivals"), people linked to a criminal body (CRM); no target in a helper
 * or a visitor's company after "with" ("with the help of the Church"), nor
 * in the speaker's own side for a statement.  Also (targets8): an object
 * pronoun's antecedent among earlier objects; people named by their
 * nationality or by what they do; companies by their names' shape; the
 * author of a thing rejected or praised (also in the passive's subject); the country of those aided; an object shared
 * by coordinated verbs; no target in the victims of a crime investigated
 * nor in an actor's enemies.  Conventions:
 * docs/conventions.md ("Targets named by a pronoun or a private name"). */
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

/* Is CAMEO code `code` an act done to a person (an arrest, an expulsion,
 * an abduction, an assault, a shooting, an accusation, sanctions), whose
 * object named by a bare name is that person?  Not seizures (171),
 * bombings (183) nor the rest of root 19, whose objects are often places
 * ("attacked Mosul"). */
static int act_on_person(const char *code) {
  if (code[0] == '1' && code[1] == '7') return strcmp(code, "171") && strncmp(code, "1712", 4);
  if (code[0] == '1' && code[1] == '8') return strncmp(code, "183", 3) != 0;
  /* (targets10: every accusation, "accused Meza Flores of trafficking"
   * coded 1121 as much as 112, and a conviction, "convicted Lopez") */
  return !strcmp(code, "193") || !strncmp(code, "112", 3) || !strcmp(code, "116") ||
         !strcmp(code, "163");
}

/* Does byte span [start, end) share a byte with a place the gazetteer
 * found in sentence si (gaps.c's in_place asks whether it lies inside
 * one)? */
int acta_overlaps_place(const struct acta_work *w, size_t si, size_t start, size_t end) {
  if (!w->sent_place) return 0;
  for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1]; k++)
    if (w->places[k].start < end && start < w->places[k].end) return 1;
  return 0;
}

/* Is token q a noun (or an adjective of direction) naming a place or a
 * part of one ("the Villa Lugano neighborhood of Buenos Aires", "a Lima
 * district", "the capital Buenos Aires", "northern Mexico", "a Mexican
 * prison")? */
static int place_noun(const struct acta_work *w, uint32_t q) {
  if (w->toks.v[q].tag != P_NOUN && w->toks.v[q].tag != P_ADJ) return 0;
  return tok_in(w, q, WL_PLACE_PART);
}

/* Is token q a noun of a thing a country's adjective describes, not the
 * country ("Venezuelan currency", "Chilean pesos", "Costa Rican fishing
 * boats")? */
static int country_thing(const struct acta_work *w, uint32_t q) {
  if (w->toks.v[q].tag != P_NOUN) return 0;
  return tok_in(w, q, WL_COUNTRY_THING);
}

/* Is token q a preposition of place ("in", "at", "near", "outside")? */
static int place_prep(const struct acta_work *w, uint32_t q) {
  /* the locatives but "from" ("an official from Chiquimula" is from there) */
  return tok_in(w, q, WL_LOCATIVE) && !is_word(w, q, w->cw->w_from);
}

/* Is token q a noun of help ("help", "mediation") followed by "of"? */
static int help_of(const struct acta_work *w, uint32_t q) {
  return q + 1 < w->toks.n && tok_in2(w, q, WL2_HELP_NOUN) && is_word(w, q + 1, w->cw->w_of);
}

/* A role-only mention (role CVL or CRM) for tokens [q0, q1), appended
 * after every sentence's mentions (it is only an event's target).
 * Returns it. */
int32_t acta_private_person(struct acta_work *w, uint32_t q0, uint32_t q1, const char *role) {
  /* actors8: a name whose surname the article gave a role before ("drug
   * trafficker Quirino Paulino ... the arrest of Paulino"): that role
   * (name_refs.c), not a private person's */
  int name = q1 > q0;
  for (uint32_t q = q0; q < q1 && name; q++)
    name = cap_name(w, q);
  int32_t ref = name && !w->keds ? acta_name_ref(w, q0, q1 - 1) : NO;
  mention *m = acta_append_mention(w, q0, q1);
  m->group = (int32_t)w->nments;
  m->role_only = 1;
  m->after_verb = 1;
  memcpy(m->code, role, 4);
  memcpy(m->role, role, 4);
  if (ref != NO) {
    const mention *r = &w->ments[ref];
    acta_take_code(m, r);
    acta_trace(w, "  \"%s\": named before as %s\n", norm(w, q1 - 1), r->code);
    /* persons16: a private person named before ("the Brazilian pilot
     * Carlos Paschoalin") held now for a crime is a criminal of that
     * country, as one named only now would be */
    if (acta_code_eq(role, "CRM") && acta_code_eq(r->role, "CVL") && r->country[0] &&
        !r->role_only) {
      memcpy(m->code, r->country, 3);
      memcpy(m->code + 3, "CRM", 4);
      memcpy(m->role, "CRM", 4);
    }
  }
  return (int32_t)w->nments++;
}

/* How far after a detention verb what the people are held for may stand,
 * and how far after "for"/"on"/"with" its crime word. */
#define HELD_FOR_REACH 12
#define CRIME_WORD_REACH 5

/* Is token q a verb of a crime against others ("attacked", "killed",
 * "robbed", "extorted", "smuggled")? */
static int crime_verb(const struct acta_work *w, uint32_t q) {
  static const char *const STEM[] = {"attack", "kill", "murder", "rob", "steal", "stole",
                                     "kidnap", "extort", "traffick", "smuggl", "shot", "shoot",
                                     "assault", "rape", NULL};
  if (w->toks.v[q].tag != P_VERB) return 0;
  const char *t = norm(w, q);
  for (size_t i = 0; STEM[i]; i++)
    if (!strncmp(t, STEM[i], strlen(STEM[i]))) return 1;
  return 0;
}

/* mend41c: is token q what people are held "in connection with" as
 * suspects -- a crime word (WL_CRIME_WORD), a case or an inquiry, or a harm
 * done ("the death of", "that shooting")?  Not a protest, a swap or a
 * job: people held in connection with those are no suspects. */
static int case_noun(const struct acta_work *w, uint32_t q) {
  static const char *const CASE[] = {
      "case",     "cases",    "investigation", "investigations", "inquiry",  "inquiries",
      "probe",    "operation", "operations",   "death",          "deaths",   "killing",
      "murder",   "murders",  "attack",        "attacks",        "shooting", "shootings",
      "bombing",  "massacre", "disappearance", "robbery",        "theft",    "kidnapping",
      "crime",    "seizure",  "discovery",     NULL};
  if (tok_in(w, q, WL_CRIME_WORD)) return 1;
  const char *t = norm(w, q);
  for (size_t i = 0; CASE[i]; i++)
    if (!strcmp(t, CASE[i])) return 1;
  return 0;
}

/* prec45c: is token q a noun of a harm done to people ("slaughter",
 * "massacre", "attack", "shooting"): those involved in it did it. */
static int harm_deed(const struct acta_work *w, uint32_t q) {
  static const char *const DEED[] = {"slaughter", "massacre",  "massacres", "attack",
                                     "attacks",   "shooting",  "shootings", "killing",
                                     "killings",  "bombing",   "bombings",  "ambush",
                                     "assault",   "lynching",  "beating",   "death",
                                     "deaths",    NULL};
  if (w->toks.v[q].tag != P_NOUN) return 0;
  const char *t = norm(w, q);
  for (size_t i = 0; DEED[i]; i++)
    if (!strcmp(t, DEED[i])) return 1;
  return 0;
}

/* mend45c: is token q a drug's word ("cocaine", "drugs"), not a load's
 * that DRUG_NOUN also holds ("a shipment of bananas")? */
static int drug_word(const struct acta_work *w, uint32_t q) {
  if (!tok_in2(w, q, WL2_DRUG_NOUN)) return 0;
  const char *t = norm(w, q);
  return strcmp(t, "shipment") && strcmp(t, "shipments") && strcmp(t, "cargo") &&
         strcmp(t, "consignment");
}

/* prec44c: is token q a word of trying at an act ("attempting", "trying",
 * "an attempt", "caught"), before "to" and a verb (or, "caught", an "-ing"
 * form: "caught smuggling")? */
static int attempt_word(const struct acta_work *w, uint32_t q) {
  static const char *const TRY[] = {"attempting", "attempted", "attempt",  "trying", "tried",
                                    "seeking",    "plotting",  "planning", "caught", NULL};
  const char *t = norm(w, q);
  for (size_t i = 0; TRY[i]; i++)
    if (!strcmp(t, TRY[i])) return 1;
  return 0;
}

/* prec44c: is token q a participle of carrying goods ("carrying",
 * "transporting"): held "carrying cocaine", people caught with drugs? */
static int carry_word(const struct acta_work *w, uint32_t q) {
  static const char *const CARRY[] = {"carrying", "transporting", "hauling", NULL};
  const char *t = norm(w, q);
  for (size_t i = 0; CARRY[i]; i++)
    if (!strcmp(t, CARRY[i])) return 1;
  return 0;
}

/* mend44c: is the attempt word at q the held people's own -- a
 * participle right after their noun ("two men trying to ...", "nationals
 * caught attempting to ..."), after "who" ("who had tried to ..."), or
 * "in an attempt" right after them --, not another subject's finite verb
 * ("after gunmen tried to ...") nor an attempt others foiled ("guards who
 * thwarted an attempt to ...")?  Tokens from `lo` on may be read. */
static int own_attempt(const struct acta_work *w, uint32_t q, uint32_t lo) {
  uint32_t a = q;
  int noun = !strcmp(norm(w, q), "attempt");
  if (noun) {
    /* (the noun only in "in an attempt", "caught in an attempt") */
    if (q < lo + 3 || !is_word(w, q - 2, w->cw->w_in)) return 0;
    a = q - 2;
  }
  if (a <= lo) return 0;
  if (is_vocab(w, a - 1, V_WHO)) return 1;
  if (a >= lo + 2 && w->toks.v[a - 1].tag == P_AUX && is_vocab(w, a - 2, V_WHO)) return 1;
  uint8_t pt = w->toks.v[a].penn, pv = w->toks.v[a - 1].tag;
  if (!noun && pt != PT_VBG && pt != PT_VBN) return 0;
  return pv == P_NOUN || pv == P_PROPN || !strcmp(norm(w, a - 1), "caught");
}

/* mend44c: is the crime verb at k filming or a figure of speech --
 * "shooting video", "shot footage", "kill time" --, no crime? */
static int filming_or_figure(const struct acta_work *w, uint32_t k, uint32_t end) {
  const char *t = norm(w, k);
  if (!strncmp(t, "shoot", 5) || !strncmp(t, "shot", 4)) return 1;
  if (k + 1 < end && !strcmp(norm(w, k + 1), "time")) return 1;
  return 0;
}

int acta_held_for_crime(const struct acta_work *w, const char *code, uint32_t from,
                        uint32_t end) {
  /* targets12: and a release ("was freed after his arrest for trafficking") */
  if (strncmp(code, "173", 3) && strncmp(code, "174", 3) && strcmp(code, "0841")) return 0;
  for (uint32_t q = from; q < end && q < from + HELD_FOR_REACH; q++) {
    const char *t = norm(w, q);
    int lead = is_word(w, q, w->cw->w_for) || is_word(w, q, w->cw->w_with) || !strcmp(t, "on");
    /* "suspected of", "accused of", "charged with", "wanted for" */
    /* (mend41c: not what the people held did, active after "who" or a
     * perfect's "had": "women who had accused the mayor of graft") */
    if ((!strcmp(t, "suspected") || !strcmp(t, "accused") || !strcmp(t, "charged") ||
         !strcmp(t, "wanted") || !strcmp(t, "convicted")) &&
        !(q > from && (is_vocab(w, q - 1, V_WHO) || is_vocab(w, q - 1, V_HAD) ||
                       is_vocab(w, q - 1, V_HAS) || is_vocab(w, q - 1, V_HAVE))))
      return 1;
    /* "arrested two men who attacked a guard": what they did (also after
     * auxiliaries: "who had been extorting") */
    if (is_vocab(w, q, V_WHO))
      for (uint32_t k = q + 1; k < end && k <= q + 3; k++) {
        /* (not one it was done to: "a hostage who had been kidnapped";
         * targets12) */
        if (crime_verb(w, k) && w->tok_vg[k] != NO && w->vgs[w->tok_vg[k]].passive) break;
        if (crime_verb(w, k)) return 1;
        if (w->toks.v[k].tag != P_VERB && w->toks.v[k].tag != P_AUX) break;
      }
    /* prec41c: "detained in connection with an inquiry", "in relation to
     * an attack": held as suspects of the case; mend41c: an arrest
     * only (not a release or an expulsion), and of a case (case_noun) */
    if ((!strcmp(t, "connection") || !strcmp(t, "relation")) && q > from && q + 1 < end &&
        !strncmp(code, "173", 3) && is_word(w, q - 1, w->cw->w_in) &&
        (is_word(w, q + 1, w->cw->w_with) || !strcmp(norm(w, q + 1), "to")))
      for (uint32_t k = q + 2; k < end && k <= q + 1 + CRIME_WORD_REACH; k++)
        if (case_noun(w, k)) return 1;
    /* prec44c: caught at or trying a crime ("caught attempting to
     * launder", "caught smuggling", "trying to extort"): a crime verb
     * right after the attempt word or its "to", done by them (not
     * "caught trying to stop a robbery", nor a passive) */
    if (attempt_word(w, q) && own_attempt(w, q, from > 3 ? from - 3 : 0)) {
      uint32_t k = q + 1;
      if (k < end && is_word(w, k, w->cw->w_to)) k++;
      else if (strcmp(t, "caught")) k = end;
      if (k < end && crime_verb(w, k) && !filming_or_figure(w, k, end) &&
          !(w->tok_vg[k] != NO && w->vgs[w->tok_vg[k]].passive))
        return 1;
      /* ("caught smuggling", "caught trafficking migrants": an "-ing"
       * crime word the tagger may read as a noun) */
      if (k == q + 1 && k < end && tok_in(w, k, WL_CRIME_WORD) && tok_ends(w, k, "ing") &&
          !filming_or_figure(w, k, end))
        return 1;
    }
    /* prec44c: held carrying drugs ("a man carrying 20 kilos of cocaine",
     * "transporting a shipment of marijuana"); mend44c: the drug heads
     * what is carried -- only numbers, determiners, adjectives, a measure
     * before "of" and "of" itself stand before it ("carrying signs
     * against drugs" is no load of drugs) */
    if (carry_word(w, q) && w->toks.v[q].tag == P_VERB)
      for (uint32_t k = q + 1; k < end && k <= q + CRIME_WORD_REACH; k++) {
        /* (a drug, not any load: "a shipment of bananas") */
        if (drug_word(w, k)) return 1;
        /* prec45c: other drugs, arms or cash ("200 bottles of ketamine",
         * "a pistol", "$257,000 in his luggage") */
        if (tok_in6(w, k, WL6_HELD_GOODS) || is_punct(w, k, '$')) return 1;
        uint8_t tg = w->toks.v[k].tag;
        if (tg == P_NUM || tg == P_DET || tg == P_ADJ || is_word(w, k, w->cw->w_of)) continue;
        if (tg == P_NOUN && k + 1 < end && is_word(w, k + 1, w->cw->w_of)) continue;
        break;
      }
    /* prec45c: held guarding or holding captives ("a man guarding the
     * victims", "two women holding three hostages"): their captors */
    /* mend45c: an arrest's (not a release's: "freed three women while
     * holding five hostages" are the captors' own deed), not after a
     * subordinator or a preposition ("while", "after") */
    if (w->toks.v[q].tag == P_VERB && w->toks.v[q].penn == PT_VBG && !strncmp(code, "173", 3) &&
        q > from && w->toks.v[q - 1].tag != P_SUBORD && w->toks.v[q - 1].tag != P_PREP &&
        (!strcmp(t, "guarding") || !strcmp(t, "holding") || !strcmp(t, "watching") ||
         !strcmp(t, "keeping")))
      for (uint32_t k = q + 1; k < end && k <= q + 4; k++) {
        if (tok_lemma_in6(w, k, w->toks.v[k].nlemma, WL6_CAPTIVE_WORD)) return 1;
        uint8_t tg = w->toks.v[k].tag;
        if (tg != P_NUM && tg != P_DET && tg != P_ADJ) break;
      }
    /* "Argentines involved in cattle theft" (targets8) */
    if (!strcmp(t, "involved") && q + 1 < end && is_word(w, q + 1, w->cw->w_in)) {
      /* prec45c: or in a harm done ("two of the men involved in the
       * ambush", "in the attack on the bus") */
      for (uint32_t k = q + 2; k < end && k <= q + 4; k++)
        if (harm_deed(w, k)) return 1;
      lead = 1;
    }
    if (!lead) continue;
    for (uint32_t k = q + 1; k < end && k <= q + CRIME_WORD_REACH; k++)
      if (tok_in(w, k, WL_CRIME_WORD)) return 1;
    /* prec45c: held with drugs, arms or cash ("caught together with the
     * seized cargo", "arrested with 20 kilos of cocaine"): the
     * goods' carriers; only the goods' own phrase (numbers, determiners,
     * adjectives, a measure and "of"), not "with the help of drug dogs" */
    if (is_word(w, q, w->cw->w_with))
      for (uint32_t k = q + 1; k < end && k <= q + CRIME_WORD_REACH; k++) {
        /* (a load before "of" is no goods itself: "with a shipment of
         * bananas"; the goods after it decide, as drug_word says) */
        if (!drug_word(w, k) && tok_in2(w, k, WL2_DRUG_NOUN) && k + 1 < end &&
            is_word(w, k + 1, w->cw->w_of))
          continue;
        if ((tok_in2(w, k, WL2_DRUG_NOUN) || tok_in6(w, k, WL6_HELD_GOODS) || is_punct(w, k, '$')) &&
            strcmp(norm(w, k), "drug") && (k + 1 >= end || !np_tag(w->toks.v[k + 1].tag)))
          return 1;
        uint8_t tg = w->toks.v[k].tag;
        if (tg == P_NUM || tg == P_DET || tg == P_ADJ || is_word(w, k, w->cw->w_of)) continue;
        if (tg == P_NOUN && k + 1 < end && is_word(w, k + 1, w->cw->w_of)) continue;
        /* ("the intercepted shipment": a participle before the goods) */
        if (w->toks.v[k].penn == PT_VBN && k > q + 1) continue;
        break;
      }
  }
  return 0;
}

/* Append a copy of a mention as the next member of a new group whose
 * first member is *first (NO: this copy starts it) and last *prev: the
 * copies a target's recoding makes, one per member of a compound ("two
 * men and a woman"), so the phrases keep their codes for other events. */
static void chain_copy(struct acta_work *w, const mention *copy, int32_t *first, int32_t *prev) {
  int32_t c = (int32_t)w->nments;
  mention *x = acta_append_mention(w, copy->first, copy->last);
  *x = *copy;
  x->next_in_group = NO;
  w->nments++;
  if (*first == NO) *first = c;
  w->ments[c].group = *first;
  if (*prev != NO) w->ments[*prev].next_in_group = c;
  *prev = c;
}

int32_t acta_self_target(struct acta_work *w, const mention *a, uint32_t b, uint32_t e) {
  int32_t first = NO, prev = NO;
  mention copy = *a;
  copy.first = copy.phrase_first = b;
  copy.last = e;
  chain_copy(w, &copy, &first, &prev);
  return first;
}

/* How far after a kin word's "of" the criminal may be named ("the
 * younger brother of a Gulf Cartel founder"). */
#define KIN_OF_REACH 6

/* countries13: is target tgt kin named after "of" and a criminal or an
 * armed group's member ("the sons of a Sinaloa Cartel boss", "the wife of
 * a Rastrojos commander")?  Held, charged or released, they are held as
 * the criminals' people; kin of anyone else stay private people. */
static int kin_of_criminal(const struct acta_work *w, int32_t tgt, uint32_t end) {
  const mention *t = &w->ments[tgt];
  uint32_t q = t->last;
  if (q == 0 || q + 1 >= end || !tok_in3(w, q - 1, WL3_KIN_NOUN) || !is_word(w, q, w->cw->w_of))
    return 0;
  for (uint32_t k = q + 1; k < end && k < q + 1 + KIN_OF_REACH; k++) {
    if (w->toks.v[k].kind == TK_PUNCT || w->tok_vg[k] != NO) return 0;
    int32_t x = w->tok_ment[k];
    if (x != NO)
      return acta_armed_group_role(w->ments[x].role);
  }
  return 0;
}

/* Is code an arrest, a charge, an expulsion, a release or a sanction
 * (173, 174*, 0841, 163): an act that holds its target as a suspect? */
static int kin_held_code(const char *code) {
  return !strncmp(code, "173", 3) || !strncmp(code, "174", 3) || !strcmp(code, "0841") ||
         !strcmp(code, "163");
}

/* targets15: does the sentence [first, last) tell of a crime -- a crime
 * word ("trafficking", "charges"), drugs ("cocaine", "shipment"), a
 * suspect, an accusation or a sentence ("sentenced the brothers to 11
 * years in prison"), arms, an organised body no dictionary names ("a
 * network that built ..."), an actor of crime (CRM)?  Read once per
 * sentence (w->cs_*). */
static int unnamed_body(const struct acta_work *w, uint32_t q);

/* Is token q "suspect(s)" or "detainee(s)"? */
static int held_noun(const struct acta_work *w, uint32_t q) {
  return tok_lemma_in4(w, q, w->toks.v[q].nlemma, WL4_HELD_NOUN);
}

static int crime_told(const struct acta_work *w, uint32_t first, uint32_t last, int actors) {
  /* (WL4_CRIME_CUE: people suspected, charged or convicted; drugs as a
   * modifier, arms seized: "a network that built drug submarines",
   * "seized four rifles"; WL4_HELD_NOUN: people held are no crime told,
   * "arrested two suspects, detaining three people") */
  /* (a body, but not groups of people: "arrested for gathering in
   * groups"; "the group's leader" is one) */
  int crime = 0;
  for (uint32_t k = first; k < last && !crime; k++) {
    int32_t x = w->tok_ment[k];
    crime = tok_in(w, k, WL_CRIME_WORD) || tok_in2(w, k, WL2_DRUG_NOUN) ||
            tok_in4(w, k, WL4_CRIME_CUE) ||
            (x == NO && unnamed_body(w, k) && !is_word(w, k, w->cw->w_groups)) ||
            (actors && x != NO && acta_code_eq(w->ments[x].role, "CRM") &&
             !held_noun(w, w->ments[x].last - 1));
  }
  return crime;
}

static int crime_sentence(struct acta_work *w, uint32_t first, uint32_t last) {
  if (w->cs_ready) return w->cs_crime;
  w->cs_ready = 1;
  w->cs_crime = crime_told(w, first, last, 1);
  return w->cs_crime;
}

/* mend45c: a rescue's words: people held after one told are no suspects
 * (held_others, with "freed"; held_in_operation). */
static const char *const RESCUE_WORDS[] = {"rescued", "rescue", NULL};

/* prec44c: does the sentence [first, end) tell of people harmed -- gone
 * missing, rescued, abandoned, victims, hostages, kidnapped ("two women
 * were abducted by armed men and later rescued")?  People held in it may
 * be those harmed, no suspects of the crime the sentence before told
 * (mend44c: the captive words' lemma list, WL6_CAPTIVE_WORD, as a noun's
 * or a verb's lemma, and whole words, no prefixes). */
static int harm_told(const struct acta_work *w, uint32_t first, uint32_t end) {
  static const char *const HARM[] = {"missing", "disappeared", "disappearance", "disappearances",
                                     "abandoned", NULL};
  for (uint32_t q = first; q < end; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tok_lemma_in6(w, q, tk->nlemma, WL6_CAPTIVE_WORD) ||
        tok_lemma_in6(w, q, tk->vlemma, WL6_CAPTIVE_WORD))
      return 1;
    if (norm_one_of(w, q, HARM) || norm_one_of(w, q, RESCUE_WORDS)) return 1;
  }
  return 0;
}

/* mend44c: does the sentence [first, end) tell of a protest ("marched",
 * "a rally", "blocked a road") or of a court's act ("convicted",
 * "sentenced", "charged", "accused")?  People held after it are not
 * suspects of a crime it names. */
static int protest_or_court_told(const struct acta_work *w, uint32_t first, uint32_t end) {
  static const char *const VETO[] = {
      "protest",  "protests",  "protested",  "protesting", "protesters", "protestors",
      "march",    "marches",   "marched",    "marching",   "rally",      "rallies",
      "rallied",  "demonstration", "demonstrations", "demonstrators", "demonstrated",
      "strike",   "strikes",   "blockade",   "blockades",  "blocked",    "blocking",
      "convicted", "sentenced", "charged",   "accused",    "verdict",    "trial",
      "court",    "indicted",  "acquitted",  "complaint",  "guilty",     NULL};
  for (uint32_t q = first; q < end; q++)
    for (size_t i = 0; VETO[i]; i++)
      if (!strcmp(norm(w, q), VETO[i])) return 1;
  return 0;
}

/* prec45c: are the people of target tgt, counted ("Four people"), others
 * than any the sentence [pf, pl) before counted ("rescued 89 migrants")?
 * Held, they are not the people harmed or rescued there.  0 when tgt
 * gives no count. */
static int held_others(const struct acta_work *w, int32_t tgt, uint32_t pf, uint32_t pl) {
  const mention *m = &w->ments[w->ments[tgt].group];
  long v = acta_phrase_count(w, m->first, m->last);
  if (v <= 0) return 0;
  /* mend45c: a rescue told there, the people freed from the crime: a harm
   * alone is no sign the held are its doers ("began an operation against
   * rebels after a kidnapping last month. Soldiers detained twelve
   * villagers": no suspects) */
  int rescue = 0;
  for (uint32_t q = pf; q < pl; q++) {
    if (acta_count_value(w, q) == v) return 0;
    const char *t = norm(w, q);
    rescue |= norm_one_of(w, q, RESCUE_WORDS) || !strcmp(t, "freed");
  }
  return rescue;
}

/* prec44c: does the sentence that ends right where token `first` begins
 * tell of a crime done ("agents broke up a workshop making ammunition",
 * "raids turned up 300 kilos of cocaine")?  Found by halving the
 * article's sentences.  mend44c: narrowed -- a past act (a simple past
 * or an auxiliary's participle, no be/have/saying verb) and a crime or
 * drug word (no other crime cue); not when the sentence tells of a
 * protest, a court's act or people harmed (prec45c: unless the people
 * of target tgt are counted apart from them, held_others). */
static int crime_told_before(const struct acta_work *w, uint32_t first, int32_t tgt) {
  size_t lo = 0, hi = w->nsents;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (w->sents[mid].last < first) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= w->nsents || w->sents[lo].last != first) return 0;
  const acta_sentence *ps = &w->sents[lo];
  /* prec45c: people harmed or rescued before are not those held after,
   * when the held are counted apart from them ("freed 60 migrants hidden
   * in a lorry. Four people were arrested": the smugglers) */
  if (protest_or_court_told(w, ps->first, ps->last) ||
      (harm_told(w, ps->first, ps->last) && !held_others(w, tgt, ps->first, ps->last)))
    return 0;
  int told = 0, crime = 0;
  for (uint32_t q = ps->first; q < ps->last; q++) {
    /* (a crime or drug word outside any actor's mention, or inside one
     * after the act: "dismantled a timber trafficking ring"; "drug gangs
     * had recruited children" names a criminal actor, tells no crime) */
    if ((w->tok_ment[q] == NO || told) &&
        (tok_in(w, q, WL_CRIME_WORD) || tok_in2(w, q, WL2_DRUG_NOUN)))
      crime = 1;
    if (w->tok_vg[q] == NO || told) continue;
    const vgroup *g = &w->vgs[w->tok_vg[q]];
    uint8_t pt = w->toks.v[g->head].penn;
    if (g->head != q || !(pt == PT_VBD || (pt == PT_VBN && g->first < g->head))) continue;
    /* (no copula, "had" or saying: "trafficking was a problem", "officials
     * said gangs had ...") */
    if (is_vocab(w, q, V_WAS) || is_vocab(w, q, V_WERE) || is_vocab(w, q, V_BEEN) ||
        is_vocab(w, q, V_HAD) || is_vocab(w, q, V_HAS) ||
        tok_lemma_in3(w, q, w->toks.v[q].vlemma, WL3_SAYING_VERB) || g->reporting)
      continue;
    told = 1;
  }
  return told && crime;
}

/* targets15: is code an arrest, a charge or a sentence (173), a
 * sanction (163: "the Treasury sanctioned X, who allegedly laundered") or
 * a seizure from people (171, 1711: "seized houses belonging to the
 * Ochoa clan"), whose people are suspects in a sentence of crime? */
static int crime_held_code(const char *code) {
  /* (a bare capture, 192, of people is their arrest: "captured Levi
   * Felicio, who reportedly kept ties to gangs") */
  return !strncmp(code, "173", 3) || !strcmp(code, "163") || !strcmp(code, "171") ||
         !strcmp(code, "1711") || !strcmp(code, "192");
}

/* How far after a bare leader's "of" the body led may show it is a
 * criminal one ("a leader of drug trafficking organization the
 * Urabenos"). */
#define LEADER_OF_REACH 6

/* targets18: is target tgt a bare "leader" (a role-only GOV whose
 * dictionary phrase is a leader word: "another leader") that leads no
 * state -- followed by an alias, past the name set apart by commas
 * ("another leader, Ruben Olmos Paredes, alias El Tejon") or by "of" and a body no dictionary codes as
 * another's, told as a criminal one: a crime word, an organised body's
 * noun, a criminal actor or a plural name ("a leader of drug trafficking
 * organization the Caparros", "another leader of the Caballeros", "the
 * leader of the Centinelas' main local rival")?  [.., end) is the
 * sentence's rest.  2: an alias follows (told as a criminal's whatever
 * the sentence says), 1: "of" such a body, 0: neither. */
static int leader_of_crime(const struct acta_work *w, int32_t tgt, uint32_t end) {
  const mention *m = &w->ments[tgt];
  /* (the bare role, with no more than a country: "MEXGOV") */
  if (!acta_code_eq(m->role, "GOV") || strlen(m->code) > 6 || m->next_in_group != NO ||
      m->phrase_first < m->first || m->phrase_first >= m->last ||
      !tok_in2(w, m->phrase_first, WL2_LEADER_WORD) || m->last >= end)
    return 0;
  uint32_t q = m->last;
  if (is_punct(w, q, ',') && q + 1 < end) q++;
  if (tok_in4(w, q, WL4_ALIAS_WORD)) return 2;
  /* "another leader, Juan Carlos Ortega, alias ...": the name set apart */
  if (q > m->last) {
    uint32_t n = q;
    while (n < end && n < q + 5 && w->toks.v[n].tag == P_PROPN && w->tok_ment[n] == NO) n++;
    if (n > q && n + 1 < end && is_punct(w, n, ',') && tok_in4(w, n + 1, WL4_ALIAS_WORD))
      return 2;
  }
  if (q != m->last || !is_word(w, q, w->cw->w_of)) return 0;
  for (uint32_t k = q + 1; k < end && k <= q + LEADER_OF_REACH; k++) {
    if (w->tok_vg[k] != NO || (w->toks.v[k].kind == TK_PUNCT && !is_punct(w, k, ','))) return 0;
    int32_t x = w->tok_ment[k];
    if (x != NO) return acta_code_eq(w->ments[w->ments[x].group].role, "CRM");
    const acta_token *t = &w->toks.v[k];
    if (tok_in(w, k, WL_CRIME_WORD) || unnamed_body(w, k) ||
        (t->tag == P_PROPN && t->norm_len > 3 && norm(w, k)[t->norm_len - 1] == 's'))
      return 1;
  }
  return 0;
}

/* prec41c: is mention m people of a country named by a role word of
 * private people and a demonym, no one the dictionaries name ("two
 * Indian citizens", "three Dominican men": its code the country and CVL,
 * from a role word)?  Held for a crime they are suspects of that country,
 * as role-only people are. */
static int demonym_people(const mention *m) {
  return m->entry && m->entry->kind == ENT_AGENT && acta_code_eq(m->role, "CVL") &&
         m->country[0] && strlen(m->code) == 6 && !strncmp(m->code, m->country, 3);
}

/* mend41c: does an arrest's sentence [first, end) tell of another case
 * than the sentence before's -- "separately", "in an unrelated case",
 * "elsewhere", "in another case", witnesses, questioning, a protest or a
 * march -- or give a reason of its own for the arrest ("for" or "because"
 * after the verb in its clause, [from, held_end): "for blocking a highway", where
 * acta_held_for_crime has read no crime)?  Then the people held are not
 * more suspects of it. */
static int other_case(const struct acta_work *w, uint32_t from, uint32_t held_end, uint32_t first,
                      uint32_t end) {
  static const char *const CASE_NOUN[] = {"case", "incident", "operation", "investigation", NULL};
  for (uint32_t q = first; q < end; q++) {
    const char *t = norm(w, q);
    if (!strcmp(t, "separately") || !strcmp(t, "unrelated") || !strcmp(t, "elsewhere") ||
        !strcmp(t, "separate") || !strcmp(t, "questioning") || !strncmp(t, "witness", 7) ||
        !strncmp(t, "protest", 7) || !strncmp(t, "demonstrat", 10) ||
        ((!strcmp(t, "march") || !strcmp(t, "marches")) && !(w->toks.v[q].flags & TF_CAP)))
      return 1;
    if ((!strcmp(t, "another") || !strcmp(t, "different")) && q + 1 < end)
      for (size_t i = 0; CASE_NOUN[i]; i++)
        if (!strcmp(norm(w, q + 1), CASE_NOUN[i])) return 1;
  }
  /* (in the arrest's own clause: not "..., a spokesman for the navy said") */
  for (uint32_t q = from; q < held_end && q < from + HELD_FOR_REACH; q++) {
    if (is_punct(w, q, ',') || is_punct(w, q, ';')) break;
    if (is_word(w, q, w->cw->w_for) || is_vocab(w, q, V_BECAUSE)) return 1;
  }
  return 0;
}

/* mend41c: is mention m a person's name (its last word capitalised:
 * "Marco Bellini", "alias La Mona"), not people a demonym and a role word
 * name ("two Canadian tourists")? */
static int named_person(const struct acta_work *w, const mention *m) {
  return m->last > m->first && (w->toks.v[m->last - 1].flags & TF_CAP);
}

/* prec45c: how many words the phrase of what was seized may run between
 * the seizing verb and the arrest coordinated with it ("seized the truck,
 * which was loaded with contraband cigarettes, and detained ..."). */
#define SEIZED_WITH_REACH 16

/* prec45c: are there goods a force takes from suspects -- drugs, arms,
 * contraband, cash -- among tokens [b, e)? */
static int held_goods(const struct acta_work *w, uint32_t b, uint32_t e) {
  for (uint32_t q = b; q < e; q++) {
    /* (mend45c: not phones or their chips, taken from anyone held --
     * "arrested two women and confiscated their phones" at a march) */
    const char *t = norm(w, q);
    if (!strncmp(t, "phone", 5) || !strncmp(t, "cellphone", 9) || !strncmp(t, "chip", 4)) continue;
    if (tok_in2(w, q, WL2_DRUG_NOUN) || tok_in6(w, q, WL6_SEIZED_GOODS | WL6_HELD_GOODS) ||
        is_punct(w, q, '$'))
      return 1;
  }
  return 0;
}

/* prec45c: is verb group h an active act of seizing ("seized",
 * "confiscated")? */
static int seize_group(const struct acta_work *w, const vgroup *h) {
  return !h->passive && h->has_main &&
         tok_lemma_in6(w, h->head, w->toks.v[h->head].vlemma, WL6_SEIZE_VERB);
}

/* prec45c: are the people of target tgt, held by the active arrest verb
 * right before them, held in one act with a seizure of goods the same
 * force made, coordinated by "and" or a comma -- "Officers detained three
 * men and confiscated a shotgun, two revolvers and 90,000 pesos",
 * "Customs agents seized the truck, which was loaded with contraband,
 * and detained four drivers" --?  The goods were theirs: they are
 * held as suspects.  [first, end) is the sentence. */
static int seized_with(const struct acta_work *w, int32_t tgt, uint32_t first, uint32_t end) {
  const mention *m = &w->ments[w->ments[tgt].group];
  if (m->first <= first || w->tok_vg[m->first - 1] == NO) return 0;
  const vgroup *g = &w->vgs[w->tok_vg[m->first - 1]];
  if (g->passive || !g->has_main || g->last != m->first ||
      !tok_lemma_in5(w, g->head, w->toks.v[g->head].vlemma, WL5_HOLD_VERB))
    return 0;
  /* the seizure after the people: "arrested two men and seized ..." */
  uint32_t e = m->last;
  for (int32_t x = m->next_in_group; x != NO; x = w->ments[x].next_in_group)
    if (w->ments[x].last > e) e = w->ments[x].last;
  uint32_t k = e;
  while (k < end && (is_word(w, k, w->cw->w_and) || is_punct(w, k, ','))) k++;
  if (k > e && k < end && w->tok_vg[k] != NO) {
    const vgroup *h = &w->vgs[w->tok_vg[k]];
    if (h->first == k && seize_group(w, h)) {
      uint32_t lim = h->last + SEIZED_WITH_REACH < end ? h->last + SEIZED_WITH_REACH : end;
      uint32_t b = h->last;
      while (b < lim && w->tok_vg[b] == NO && !is_punct(w, b, ';')) b++;
      return held_goods(w, h->last, b);
    }
  }
  /* the seizure before the arrest: "seized 400 rifles and arrested ..." */
  uint32_t p = g->first;
  while (p > first && (is_word(w, p - 1, w->cw->w_and) || is_punct(w, p - 1, ','))) p--;
  if (p == g->first) return 0;
  uint32_t lo = p > first + SEIZED_WITH_REACH ? p - SEIZED_WITH_REACH : first;
  for (uint32_t q = p; q > lo; q--) {
    uint32_t b = q - 1;
    if (is_punct(w, b, ';') || is_punct(w, b, ':')) return 0;
    if (w->tok_vg[b] == NO) continue;
    const vgroup *h = &w->vgs[w->tok_vg[b]];
    if (seize_group(w, h)) return held_goods(w, h->last, p);
    /* (a relative clause inside the thing's phrase: "the boat, which was
     * loaded with smuggled phones") */
    uint32_t r = h->first;
    while (r > lo && w->toks.v[r - 1].tag == P_ADV) r--;
    if (r > lo && (w->toks.v[r - 1].tag == P_WH || w->toks.v[r - 1].tag == P_THAT)) {
      q = r;
      continue;
    }
    return 0;
  }
  return 0;
}

/* How far back in the article a name's alias may have been given, and
 * how many more name words may stand between the name word and its
 * alias ("Ruiz Ortega, alias El Flaco"). */
#define ALIAS_LOOKBACK 3000
#define ALIAS_RUN_WORDS 3

/* prec44c: did the article, before mention m (a person's name), give the
 * name's last word an alias -- "The arrest of Armando Lopez Rivas, alias
 * El Gordo, ..." then "Lopez Rivas was arrested" --?  A name given an
 * alias is a criminal's (as a name with its alias in the same sentence is:
 * private_name).  Reads back at most ALIAS_LOOKBACK tokens. */
static int alias_given_before(const struct acta_work *w, const mention *m) {
  uint32_t h = m->last - 1;
  const char *name = norm(w, h);
  /* mend44c: the name's capitalised words before its last (a given name:
   * "Maria" in "Maria Garcia") must be those before the alias too */
  uint32_t nf = h;
  while (nf > m->first && (w->toks.v[nf - 1].flags & TF_CAP) && w->toks.v[nf - 1].tag == P_PROPN)
    nf--;
  uint32_t lo = m->first > ALIAS_LOOKBACK ? m->first - ALIAS_LOOKBACK : 0;
  for (uint32_t q = m->first; q > lo; q--) {
    uint32_t p = q - 1;
    if (w->toks.v[p].tag != P_PROPN || strcmp(norm(w, p), name)) continue;
    int same = p >= h - nf;
    for (uint32_t i = 1; same && i <= h - nf; i++)
      same = !strcmp(norm(w, p - i), norm(w, h - i));
    if (!same) continue;
    uint32_t k = p + 1, n = 0;
    while (k < m->first && n < ALIAS_RUN_WORDS && w->toks.v[k].tag == P_PROPN) k++, n++;
    while (k < m->first && (is_punct(w, k, ',') || is_punct(w, k, '"') || is_punct(w, k, '(')))
      k++;
    /* (only "alias": "aka" gives stage names too) */
    if (k < m->first && tok_in4(w, k, WL4_ALIAS_WORD) && !strcmp(norm(w, k), "alias")) return 1;
  }
  return 0;
}

/* prec45c: how far back in the article an operation's crime may have been
 * told. */
#define OPERATION_CRIME_LOOKBACK 400

/* prec45c: are people held "in"/"during" "the" (or "this", "that")
 * operation, raid, sweep or bust -- one told before, definite -- in an
 * article whose words before told of drugs (mend45c: drugs only, not any
 * crime word) within OPERATION_CRIME_LOOKBACK tokens and of no protest ("Six people
 * were detained in the raid in Rosario" after a cocaine lab's
 * discovery)?  They are its suspects.  [from, held_end): the arrest's
 * clause after its verb; [first, end): its sentence. */
static int held_in_operation(const struct acta_work *w, uint32_t from, uint32_t held_end,
                             uint32_t first, uint32_t end) {
  int op = 0;
  for (uint32_t q = from; q + 2 < held_end && q < from + HELD_FOR_REACH && !op; q++) {
    if (!(is_word(w, q, w->cw->w_in) || is_word(w, q, w->cw->w_during))) continue;
    uint32_t k = q + 1;
    if (!(is_word(w, k, w->cw->w_the) || is_word(w, k, w->cw->w_this) ||
          is_word(w, k, w->cw->w_that)))
      continue;
    k++;
    /* ("the second stage of the raid", "the joint operation") */
    for (uint32_t n = 0; n < 4 && k + 1 < held_end && !tok_in2(w, k, WL2_OPERATION_NOUN); n++, k++)
      if (w->toks.v[k].tag != P_ADJ && w->toks.v[k].tag != P_NOUN && w->toks.v[k].tag != P_DET &&
          !is_word(w, k, w->cw->w_of))
        break;
    op = k < held_end && tok_in2(w, k, WL2_OPERATION_NOUN) && w->toks.v[k].tag == P_NOUN;
  }
  if (!op) return 0;
  uint32_t lo = first > OPERATION_CRIME_LOOKBACK ? first - OPERATION_CRIME_LOOKBACK : 0;
  int crime = 0;
  for (uint32_t q = lo; q < end; q++) {
    const char *t = norm(w, q);
    if (!strncmp(t, "protest", 7) || !strncmp(t, "demonstrat", 10) ||
        norm_one_of(w, q, RESCUE_WORDS))
      return 0;
    /* (mend45c: nor rebels or insurgents named: an operation against them
     * holds no drug suspects -- "The army said cocaine funds the rebels.
     * Soldiers detained twelve villagers during the operation") */
    if (w->tok_ment[q] != NO) {
      const char *r = w->ments[w->tok_ment[q]].role;
      if (acta_code_eq(r, "REB") || acta_code_eq(r, "INS")) return 0;
    }
    /* (mend45c: drugs, not any crime word: "after a kidnapping last
     * month" does not make an army's operation against rebels, nor the
     * clearing of a market, a drug bust) */
    if (q < first && drug_word(w, q)) crime = 1;
  }
  return crime;
}

/* prec45c: is the act of holding that ends right before token `from` (a
 * verb group, or a noun) told as wrongful -- "arbitrarily detained",
 * "were wrongly jailed", "the arbitrary arrest of" --?  Those held are its
 * victims, no suspects, whatever crime the sentence names ("people were
 * wrongly jailed and beaten into confessing to crimes"). */
static int wrongful_hold(const struct acta_work *w, uint32_t from, uint32_t first) {
  static const char *const WRONG[] = {"arbitrarily", "wrongfully", "wrongly",  "erroneously",
                                      "unjustly",    "unlawfully", "illegally", "mistakenly",
                                      "arbitrary",   "wrongful",   "illegal",   "unlawful",
                                      "unjust",      NULL};
  if (from <= first + 1) return 0;
  uint32_t b = from - 1, e = from;
  if (w->tok_vg[from - 1] != NO) {
    const vgroup *g = &w->vgs[w->tok_vg[from - 1]];
    b = g->first;
    e = g->last;
  }
  /* (the group's words and the word or two right before it: "arbitrarily
   * detained", "the arbitrary arrest") */
  uint32_t lo = b > first + 2 ? b - 2 : first;
  for (uint32_t q = lo; q < e; q++)
    for (size_t i = 0; WRONG[i]; i++)
      if (!strcmp(norm(w, q), WRONG[i])) return 1;
  return 0;
}

int32_t acta_suspect_target(struct acta_work *w, int32_t tgt, const char *code, uint32_t from,
                            uint32_t held_end, uint32_t first, uint32_t end) {
  /* targets18: a bare leader of a body of crime, held or harmed in a
   * sentence of crime, is a criminal, not a state's leader */
  int lead = tgt != NO ? leader_of_crime(w, tgt, end) : 0;
  if (lead == 2 || (lead && crime_sentence(w, first, end))) {
    int32_t first_copy = NO, prev = NO;
    mention copy = w->ments[tgt];
    acta_copy_str(copy.code, sizeof copy.code, copy.role_only ? "" : copy.country);
    acta_copy_str(copy.code + strlen(copy.code), sizeof copy.code - strlen(copy.code), "CRM");
    memcpy(copy.role, "CRM", 4);
    copy.entry = NULL;
    chain_copy(w, &copy, &first_copy, &prev);
    acta_trace(w, "  target \"%s\": a leader of a body of crime, CRM\n",
               norm(w, copy.phrase_first));
    return first_copy;
  }
  int arrest = !strncmp(code, "173", 3);
  /* mend41c: an arrest of criminals told in the passive and plainly ("a
   * suspected arms dealer has been arrested in Peru") is dropped when no
   * one is named who made it, yet it held criminals all the same: noted
   * for code.c note_held_criminals (not a negated, modal or conditional
   * one: acta_vg_status) */
  if (tgt != NO && arrest && acta_code_eq(w->ments[w->ments[tgt].group].role, "CRM") &&
      from > first && w->tok_vg[from - 1] != NO) {
    const vgroup *g = &w->vgs[w->tok_vg[from - 1]];
    if (g->passive && g->last == from && acta_vg_status(w, g, ACTA_ASSERTED) == ACTA_ASSERTED)
      w->held_crm_passive = end;
  }
  if (tgt == NO || strcmp(w->ments[tgt].role, "CVL")) return tgt;
  /* prec45c: held wrongfully, they are its victims */
  if (arrest && wrongful_hold(w, from, first)) {
    acta_trace(w, "  target %s: held wrongfully, no suspect\n", w->ments[tgt].code);
    return tgt;
  }
  /* prec41c: people arrested right after a sentence whose arrest held
   * criminals ("Police broke up a theft ring, arresting nine of its
   * members. Four more were held in Guatemala") are more of its suspects;
   * mend41c: role-only people or a person's name (not a demonym's
   * people: "two tourists were also held"), in a sentence that tells of
   * no other case and gives no reason of its own (other_case) */
  /* other_case and harm_told read the whole sentence: asked once each
   * (-1: not yet) by the tests below */
  int oc = -1, ht = -1;
#define OTHER_CASE() (oc < 0 ? (oc = other_case(w, from, held_end, first, end)) : oc)
#define HARM_TOLD() (ht < 0 ? (ht = harm_told(w, first, end)) : ht)
  int after_held = arrest && w->held_crm_end == first &&
                   (w->ments[tgt].role_only || named_person(w, &w->ments[tgt])) &&
                   !OTHER_CASE();
  /* prec44c: people by role only ("Two men were arrested.") held right
   * after a sentence whose words told of a crime ("police dismantled a
   * workshop making ammunition") are its suspects, as after an arrest of
   * criminals, when their own sentence tells of no other case and of no
   * one harmed (not a person's name: "Julio Ramos was arrested" may be
   * another story) */
  if (arrest && !after_held && w->ments[tgt].role_only && !named_person(w, &w->ments[tgt]) &&
      crime_told_before(w, first, tgt) && !HARM_TOLD() && !OTHER_CASE())
    after_held = 1;
  /* prec45c: people held "in the operation" of a story of crime */
  if (arrest && !after_held && w->ments[tgt].role_only && !named_person(w, &w->ments[tgt]) &&
      held_in_operation(w, from, held_end, first, end) && !HARM_TOLD() && !OTHER_CASE())
    after_held = 1;
  /* prec44c: a person's name held that the article gave an alias before */
  if (arrest && !after_held && w->ments[tgt].role_only && named_person(w, &w->ments[tgt]) &&
      alias_given_before(w, &w->ments[tgt]))
    after_held = 1;
  /* (kin take the country of whose kin they are: not a bare role) */
  /* (prec48c: or after the "'s" of one: "arrested Otoniel's wife",
   * mentions.c people_of_owner) */
  int kin = kin_held_code(code) && (kin_of_criminal(w, tgt, end) || w->ments[tgt].owned == 2);
  /* targets15: people arrested, charged or sentenced (173), sanctioned
   * or whose things are seized in a sentence that tells of a crime
   * ("arrested seven people over the finding of a
   * drug tunnel", "seized 940 kilograms of cocaine and arrested four
   * people") are held as suspects, not as civilians */
  /* prec45c: people held in one act with a seizure of their goods
   * ("detained three men and confiscated a shotgun") are its suspects (not
   * in a sentence that tells of people harmed or of another case) */
  if (!after_held && crime_held_code(code) && seized_with(w, tgt, first, end) && !HARM_TOLD() &&
      !OTHER_CASE())
    after_held = 1;
#undef OTHER_CASE
#undef HARM_TOLD
  if (!kin && !(w->ments[tgt].role_only ? after_held || acta_held_for_crime(w, code, from, held_end) ||
                                              acta_linked_to_crime(w, tgt, end) ||
                                              (crime_held_code(code) && crime_sentence(w, first, end))
                : demonym_people(&w->ments[tgt]) &&
                      (after_held || acta_held_for_crime(w, code, from, held_end))))
    return tgt;
  tgt = acta_held_as_suspects(w, tgt);
  acta_trace(w, "  target held for a crime: %s\n", w->ments[tgt].code);
  return tgt;
}

/* targets24a: how many words may stand between a possessive pronoun and
 * the kin noun it owns ("his older brother", "her two youngest sons"). */
#define KIN_POSS_REACH 3

int32_t acta_kin_by_pronoun(struct acta_work *w, const sent_ctx *sc, int32_t tgt,
                            const char *code) {
  /* (a bare capture, 192, of people is their arrest: recoded later) */
  if (tgt == NO || !(kin_held_code(code) || !strcmp(code, "192"))) return tgt;
  const mention *t = &w->ments[tgt];
  uint32_t h = t->last;
  if (!acta_code_eq(t->role, "CVL") || h == 0 || h - 1 <= sc->s->first || !tok_in3(w, h - 1, WL3_KIN_NOUN))
    return tgt;
  /* back from the kin noun over its adjectives and numbers to "his",
   * "her" or "their", inside the mention's phrase */
  uint32_t p = h - 1;
  while (p > t->first && p + KIN_POSS_REACH >= h &&
         (w->toks.v[p - 1].tag == P_ADJ || w->toks.v[p - 1].tag == P_NUM))
    p--;
  if (p == 0 || p - 1 < t->first) return tgt;
  const acta_token *o = &w->toks.v[p - 1];
  int kind = o->vocab == V_HIS || o->vocab == V_HER ? REF_PERSON
             : o->vocab == V_THEIR                  ? REF_PLURAL
                                                    : 0;
  if (!kind) return tgt;
  const char *where;
  int32_t a = acta_antecedent(w, (size_t)sc->index, p - 1, kind, ACTA_NO_WORD, &where);
  if (a == NO || !acta_antecedent_near(where)) return tgt;
  const mention *k = &w->ments[w->ments[a].group];
  if (!k->code[0] || k->next_in_group != NO || !acta_armed_group_role(k->role)) return tgt;
  acta_trace(w, "  target \"%s %s\": kin of %s (%s), held as his people\n", norm(w, p - 1),
             norm(w, h - 1), k->code, where);
  return acta_held_as_suspects(w, tgt);
}

int32_t acta_held_as_suspects(struct acta_work *w, int32_t tgt) {
  int32_t g0 = w->ments[tgt].group;
  int any = 0;
  for (int32_t m = g0; m != NO; m = w->ments[m].next_in_group)
    if (acta_code_eq(w->ments[m].role, "CVL")) any = 1;
  if (!any) return tgt;
  /* copies, one per member of a compound ("two men and a woman"): the
   * phrases stay civilians as any other event's actors */
  int32_t first = NO, prev = NO;
  for (int32_t m = g0; m != NO; m = w->ments[m].next_in_group) {
    mention copy = w->ments[m];
    size_t n = strlen(copy.code);
    if (acta_code_eq(copy.role, "CVL") && n >= 3 && !strcmp(copy.code + n - 3, "CVL")) {
      memcpy(copy.code + n - 3, "CRM", 4);
      memcpy(copy.role, "CRM", 4);
    }
    chain_copy(w, &copy, &first, &prev);
  }
  return first;
}

/* How many words a company's name or the thing before "by" may run (and
 * an office's place: office_place). */
#define NAME_REACH 6

/* pronouns13: is proper noun q (a word of a run of them) the place of an
 * office named right before it, after "of" ("the mayor of Tiquicheo",
 * "the governor of Sinaloa"): no person a pronoun may stand for?  Reads
 * back over the run (at most NAME_REACH words). */
static int office_place(const struct acta_work *w, uint32_t q) {
  for (int n = 0; n < NAME_REACH && q > 0 && w->tok_ment[q - 1] == NO &&
                  w->toks.v[q - 1].tag == P_PROPN;
       n++)
    q--;
  if (q < 2 || !is_word(w, q - 1, w->cw->w_of)) return 0;
  int32_t x = w->tok_ment[q - 2];
  return x != NO && w->ments[x].last == q - 1 && w->ments[x].code[0] &&
         tok_in(w, w->ments[x].last - 1, WL_PERSON_NOUN);
}

/* review15: how many tokens rival_between reads (see there). */
#define RIVAL_REACH 240

/* prec48e: the words of a "from"/"of" phrase qualifying an antecedent */
#define QUALIFIER_REACH 6

/* prec48a: how many determiners, numbers and adjectives may stand between
 * a preposition of place and its noun ("in the nearby hills"). */
#define PLACE_NOUN_LEAD 3

/* prec48a: is plural noun q where something happened, after a preposition
 * of place ("captured two hitmen in the hills", "near the docks"): no
 * people a "them" may stand for? */
static int place_after_prep(const struct acta_work *w, uint32_t q) {
  uint32_t k = q;
  for (int n = 0; n < PLACE_NOUN_LEAD && k > 0 &&
                  (w->toks.v[k - 1].tag == P_DET || w->toks.v[k - 1].tag == P_NUM ||
                   w->toks.v[k - 1].tag == P_ADJ);
       n++)
    k--;
  /* (mend48a: not one a relative clause follows, whose people stand
   * between: "near the villages where farmers live and threatened
   * them", prec48e) */
  if (q + 1 < w->toks.n && (is_vocab(w, q + 1, V_WHERE) || is_vocab(w, q + 1, V_WHICH) ||
                            is_vocab(w, q + 1, V_WHO) || is_word(w, q + 1, w->cw->w_that)))
    return 0;
  return k > 0 && w->toks.v[k - 1].tag == P_PREP && place_prep(w, k - 1);
}

/* Does a noun no dictionary knows stand between mention a and verb group
 * g of sentence si, one g's object pronoun may as well refer to: a name
 * that is no place for "him"/"her" ("Police arrested Chacon ... they
 * investigated him"), a plural noun for "them" ("the requests ... rejected
 * them")?  The actor named before is then no safe antecedent.  Linear in
 * the tokens between (the antecedent lies at most a few sentences back). */
static int rival_between(const struct acta_work *w, size_t si, int32_t a, const vgroup *g,
                         int kind) {
  const mention *m = &w->ments[a];
  /* review15: farther back than RIVAL_REACH, no safe antecedent (the
   * corpus's farthest is 139 tokens, a few sentences back) */
  if (g->first > m->last + RIVAL_REACH) return 1;
  size_t k = si; /* the sentence of token q */
  while (k > 0 && w->sents[k].first > m->last) k--;
  /* prec48e: the noun phrase of a "from" or "of" right after the actor
   * qualifies it ("stopped agents from federal security agencies and
   * threatened them"): no rival */
  uint32_t qual = m->last;
  if (qual < g->first && (is_word(w, qual, w->cw->w_from) || is_word(w, qual, w->cw->w_of))) {
    qual++;
    while (qual < g->first && qual < m->last + QUALIFIER_REACH &&
           (w->toks.v[qual].tag == P_DET || w->toks.v[qual].tag == P_ADJ ||
            w->toks.v[qual].tag == P_NOUN || w->toks.v[qual].tag == P_PROPN))
      qual++;
  }
  for (uint32_t q = m->last; q < g->first; q++) {
    while (k + 1 <= si && w->sents[k + 1].first <= q) k++;
    if (w->tok_ment[q] != NO || q < qual) continue;
    const acta_token *tk = &w->toks.v[q];
    /* (not a day or a month: "on Monday"; targets8) */
    if (kind == REF_PERSON && tk->tag == P_PROPN && !acta_overlaps_place(w, k, tk->start, tk->end) &&
        !tok_in(w, q, WL_TIME_NOUN) && !office_place(w, q))
      return 1;
    /* not a span of time ("Hours later, ...": targets8), nor a distance
     * or an area ("100 meters from the border": targets29) */
    if (kind == REF_PLURAL && (tk->penn == PT_NNS || tk->penn == PT_NNPS) &&
        !tok_in(w, q, WL_TIME_NOUN) && !acta_lemma_in2(w->cw, tk->nlemma, WL2_TIME_SPAN) &&
        !tok_in5(w, q, WL5_SPACE_UNIT) && !place_after_prep(w, q))
      return 1;
  }
  return 0;
}

/* targets8: how many sentences back an object may be a pronoun's
 * antecedent (its own sentence and the one before). */
#define OBJECT_ANTECEDENT_BACK 1

/* review12: and how many tokens before the pronoun. */
#define OBJECT_ANTECEDENT_REACH 120

/* prec48a: how many mentions appended after the sentences' own (role-only
 * objects) object_antecedent reads back. */
#define APPENDED_REACH 32

/* The first of mentions m0..m1 (in text order) that starts at token lo or
 * later (m1 if none), by bisection. */
static size_t mention_from(const struct acta_work *w, size_t m0, size_t m1, uint32_t lo) {
  while (m0 < m1) {
    size_t mid = m0 + (m1 - m0) / 2;
    if (w->ments[mid].first < lo) m0 = mid + 1;
    else m1 = mid;
  }
  return m0;
}

/* Does mention x agree with a pronoun of kind `kind`: "them" a plural
 * actor or a compound of actors, "him"/"her" one person (a singular title
 * or role noun, a name with a role)? */
static int object_agrees(const struct acta_work *w, const mention *x, int kind) {
  const acta_token *h = &w->toks.v[acta_number_head(w, x)];
  int plural = h->penn == PT_NNS || h->penn == PT_NNPS || x->next_in_group != NO;
  /* prec48a: a count over one before a head the tagger read as singular
   * ("two alleged hitmen") */
  const acta_token *c = &w->toks.v[x->first];
  if (!plural && x->last > x->first + 1 && c->tag == P_NUM && c->vocab != V_ONE &&
      !(c->end == c->start + 1 && w->cur_text[c->start] == '1'))
    plural = 1;
  /* prec41a: "cornered the police and beat them": a body spoken of
   * in the plural (WL6_PLURAL_BODY) */
  if (kind == REF_PLURAL) return plural || tok_in6(w, x->last - 1, WL6_PLURAL_BODY);
  /* a title or role noun for one person, or a named office holder (an
   * actor entry with dates): not a newspaper ("told Excelsior") */
  const acta_entry *e = x->entry;
  if (kind == REF_PERSON && !plural) {
    if (tok_in(w, x->last - 1, WL_PERSON_NOUN) || tok_in5(w, x->last - 1, WL5_ONE_CRIMINAL) ||
        (e && e->kind == ENT_ACTOR && (e->from || e->to)))
      return 1;
    /* prec48a: one private person by a noun of people no title list
     * holds, after "a"/"an"/"the" ("kidnapped a shopkeeper ... killed her",
     * "a farmer"): a role-only civilian's, a business's, a worker's, a
     * farmer's, a journalist's, a teacher's or a doctor's singular common
     * noun that names no body ("the company", "the union"), acted on
     * (no reporting verb's: "residents said a man ran a warehouse") */
    if (x->role_only && h->tag == P_NOUN && h->penn == PT_NN && x->last == x->first + 2 &&
        x->first > 0 && w->tok_vg[x->first - 1] != NO &&
        !w->vgs[w->tok_vg[x->first - 1]].reporting &&
        (is_word(w, x->first, w->cw->w_a) || is_word(w, x->first, w->cw->w_an) ||
         is_word(w, x->first, w->cw->w_the)) &&
        (acta_code_eq(x->role, "CVL") || acta_code_eq(x->role, "BUS") ||
         acta_code_eq(x->role, "LAB") || acta_code_eq(x->role, "AGR") ||
         acta_code_eq(x->role, "MED") || acta_code_eq(x->role, "EDU") ||
         acta_code_eq(x->role, "HLH")) &&
        !tok_in5(w, x->last - 1, WL5_PRIVATE_BODY) && !tok_in(w, x->last - 1, WL_CIVIL_BODY) &&
        !tok_in(w, x->last - 1, WL_UNNAMED_BODY) && !tok_in3(w, x->last - 1, WL3_GROUP_REF_WORD) &&
        !tok_in6(w, x->last - 1, WL6_PLURAL_BODY))
      return 1;
    /* pronouns13: a name after a title or role noun of its phrase
     * ("businesswoman Lucia Ferraz") */
    if (h->tag == P_PROPN && x->role[0])
      for (uint32_t k = x->first; k + 1 < x->last; k++)
        if (tok_in(w, k, WL_PERSON_NOUN) && w->toks.v[k + 1].tag == P_PROPN) return 1;
  }
  return 0;
}

/* Is mention x after a linking verb ("became a leading activist"): it
 * describes the subject, no one acted on? */
static int after_linking_verb(const struct acta_work *w, const mention *x) {
  uint32_t p = x->first;
  while (p > 0 && w->tok_vg[p - 1] == NO && w->toks.v[p - 1].tag == P_ADV) p--;
  if (p == 0 || w->tok_vg[p - 1] == NO) return 0;
  const acta_token *h = &w->toks.v[w->vgs[w->tok_vg[p - 1]].head];
  return acta_lemma_in2(w->cw, h->vlemma, WL2_LINKING_VERB);
}

/* targets17: is the preposition at token p the "on", "against", "with"
 * or "into" of an active verb's noun object ("placed sanctions on the
 * company", "launched an offensive against the rebels", "signed a deal
 * with the guerrillas")?  What
 * it names is acted on as that verb's object is: a later "them" may stand
 * for it ("..., accusing them of fraud").  At most NOUN_OBJECT_LEAD
 * determiners, numbers, adjectives and nouns ("travel restrictions")
 * between verb and noun, none of them in an actor's phrase. */
#define NOUN_OBJECT_LEAD 3
static int noun_object_on(const struct acta_work *w, uint32_t p) {
  if (p < 2 || !(is_word(w, p, w->cw->w_on) || is_vocab(w, p, V_AGAINST) ||
                 is_word(w, p, w->cw->w_with) || is_vocab(w, p, V_INTO)))
    return 0;
  uint32_t k = p - 1;
  /* the noun names a thing, not an actor ("monitored police on social
   * media": the police are the object, not what is "on" media) */
  if (w->toks.v[k].tag != P_NOUN || w->tok_vg[k] != NO || w->tok_ment[k] != NO) return 0;
  for (int i = 0; i < NOUN_OBJECT_LEAD && k > 0 && w->tok_vg[k - 1] == NO &&
                  w->tok_ment[k - 1] == NO &&
                  (w->toks.v[k - 1].tag == P_DET || w->toks.v[k - 1].tag == P_NUM ||
                   w->toks.v[k - 1].tag == P_ADJ || w->toks.v[k - 1].tag == P_NOUN);
       i++)
    k--;
  if (k == 0 || w->tok_vg[k - 1] == NO) return 0;
  const vgroup *g = &w->vgs[w->tok_vg[k - 1]];
  return g->last == k && !g->passive && !g->to_inf;
}

/* Is mention x a verb's object: right after a verb group, or after one
 * preposition right after it ("turned on the police", "fired at them"),
 * not a passive's agent after "by"? */
static int verb_object(const struct acta_work *w, const mention *x) {
  uint32_t p = x->first;
  if (p == 0) return 0;
  if (is_word(w, p - 1, w->cw->w_by)) return 0;
  if (x->after_prep)
    return p >= 2 && w->toks.v[p - 1].tag == P_PREP &&
           ((w->tok_vg[p - 2] != NO && !w->vgs[w->tok_vg[p - 2]].passive) ||
            noun_object_on(w, p - 1));
  return x->after_verb;
}

/* prec44b: is mention x (a verb's object) the object of an "-ing" form
 * right after "for", "of" or a charge's "with" ("investigated for hiring hitmen",
 * "accused of killing two students"): the victim of a crime someone is
 * held or tried for, not the one held or tried? */
static int crime_object(const struct acta_work *w, const mention *x) {
  uint32_t p = x->first;
  if (x->after_prep) p--;
  if (p < 2 || w->tok_vg[p - 1] == NO) return 0;
  const vgroup *v = &w->vgs[w->tok_vg[p - 1]];
  if (w->toks.v[v->head].penn != PT_VBG || v->first < 1) return 0;
  uint32_t b = v->first - 1;
  /* (an adverb between: "for allegedly hiring") */
  while (b > 0 && w->toks.v[b].tag == P_ADV && w->tok_vg[b] == NO) b--;
  /* (mend44b: "with" only after a verb of charging, WL5_CHARGED_VERB:
   * "charged with", not a duty's "tasked with") */
  return is_word(w, b, w->cw->w_for) || is_word(w, b, w->cw->w_of) ||
         (is_word(w, b, w->cw->w_with) && b > 0 &&
          tok_lemma_in5(w, b - 1, w->toks.v[b - 1].vlemma, WL5_CHARGED_VERB));
}

/* targets8: the latest actor named as an object (right after a verb
 * group) before token q in sentence sc or the sentence before (no
 * paragraph break between) that agrees with a pronoun of kind `kind`:
 * "Police detained twelve students ... gunmen kidnapped them", "the army
 * captured three rebel commanders and later released them".  Not one of
 * the source's own compound, nor the object of verb group g.  NO if none. */
static int32_t object_antecedent(const struct acta_work *w, const sent_ctx *sc,
                                 const vgroup *g, uint32_t q, int kind, int32_t src,
                                 int legal) {
  size_t si = (size_t)sc->index;
  size_t lo = si >= OBJECT_ANTECEDENT_BACK ? si - OBJECT_ANTECEDENT_BACK : 0;
  uint32_t from = q > OBJECT_ANTECEDENT_REACH ? q - OBJECT_ANTECEDENT_REACH : 0;
  for (size_t k = si + 1; k-- > lo;) {
    if (k < si && acta_paragraph_break(w, k, si)) return NO;
    if (w->sents[k].last <= from) return NO;
    int32_t found = NO;
    for (size_t m = mention_from(w, w->sent_ment[k], w->sent_ment[k + 1], from);
         m < w->sent_ment[k + 1]; m++) {
      const mention *x = &w->ments[m];
      if (x->first >= q || x->first >= g->first) break;
      if (!x->code[0] || x->absorbed || x->modifier || x->group != (int32_t)m ||
          (src != NO && x->group == w->ments[src].group) || !verb_object(w, x) ||
          (legal && crime_object(w, x)))
        continue;
      if (object_agrees(w, x, kind) && !after_linking_verb(w, x)) found = (int32_t)m;
    }
    /* ... or the subject of a passive, the one acted on ("students were
     * detained ... handed them over"), if later */
    for (uint32_t t = w->sents[k].first > from ? w->sents[k].first : from;
         t < w->sents[k].last && t < q && t < g->first; t++) {
      int32_t vi = w->tok_vg[t];
      if (vi == NO || w->vgs[vi].head != t || !w->vgs[vi].passive) continue;
      int32_t sm = w->vgs[vi].subject;
      if (sm == NO || sm < (int32_t)w->sent_ment[k] || sm >= (int32_t)w->sent_ment[k + 1]) continue;
      const mention *x = &w->ments[sm];
      if (!x->code[0] || x->absorbed || x->group != sm || x->last > w->vgs[vi].first ||
          (x->first > 0 && is_word(w, x->first - 1, w->cw->w_by)) ||
          (src != NO && x->group == w->ments[src].group) || !object_agrees(w, x, kind))
        continue;
      if (found == NO || w->ments[found].first < x->first) found = sm;
    }
    /* prec48a: ... or a phrase of people acta coded as an act's object
     * by role (acta_private_person: "arrested five alleged members of a
     * ring.  Prosecutors charged them"), among the last APPENDED_REACH
     * mentions appended after the sentences' own */
    size_t base = w->sent_ment[w->nsents];
    for (size_t m = w->nments, n = 0; m > base && n < APPENDED_REACH; n++) {
      m--;
      const mention *x = &w->ments[m];
      if (x->first < w->sents[k].first || x->first >= w->sents[k].last || x->first < from ||
          x->first >= q || x->first >= g->first || x->first == 0 || !x->role_only ||
          !x->after_verb || x->group != (int32_t)m || !x->code[0] ||
          w->toks.v[x->first].tag == P_PRON || w->tok_vg[x->first - 1] == NO ||
          (found != NO && w->ments[found].first >= x->first) || !object_agrees(w, x, kind))
        continue;
      const vgroup *v = &w->vgs[w->tok_vg[x->first - 1]];
      if (v->passive || v == g || (legal && crime_object(w, x))) continue;
      found = (int32_t)m;
    }
    if (found != NO) return found;
  }
  return NO;
}

/* prec48a: the subject of the active verb whose object mention o is,
 * when it is an armed or criminal actor (CRM, REB, UAF) that agrees with
 * a pronoun of kind `kind` (any such body for "them") and is not the
 * source src's: the doers of an
 * act done to o ("gang members extorted shopkeepers"), whom a legal act
 * ("police arrested them") is done to rather than to their victims; NO
 * otherwise. */
static int32_t crime_doer(const struct acta_work *w, int32_t o, int kind, int32_t src) {
  const mention *x = &w->ments[o];
  uint32_t p = x->first;
  if (x->after_prep) p--;
  if (p == 0 || w->tok_vg[p - 1] == NO) return NO;
  const vgroup *v = &w->vgs[w->tok_vg[p - 1]];
  if (v->passive || v->subject == NO) return NO;
  const mention *d = &w->ments[w->ments[v->subject].group];
  /* (a body's "them" its members: "the gang kidnapped four tourists") */
  if (!d->code[0] || !acta_armed_group_role(d->role) ||
      !(object_agrees(w, d, kind) || kind == REF_PLURAL) ||
      (src != NO && (d->group == w->ments[src].group || !strcmp(d->code, w->ments[src].code))))
    return NO;
  return d->group;
}

/* mend48a: is mention o the object of an active verb of crime or harm
 * (crime_verb, WL2_HARM_ACT, "stabbed", "tortured": "killed", "shot",
 * "robbed", "kidnapped") whose subject is no state body: the victim of a
 * crime others did, whom a legal act is not done to? */
static int crime_victim(const struct acta_work *w, int32_t o) {
  const mention *x = &w->ments[o];
  uint32_t p = x->first;
  if (x->after_prep) p--;
  if (p == 0 || w->tok_vg[p - 1] == NO) return 0;
  const vgroup *v = &w->vgs[w->tok_vg[p - 1]];
  /* word starts ("stabbed", "stabs", not "stabilized") */
  static const char *const HARM[] = {"stabb", "stabs", "tortur", "behead", "strangl", "hack", NULL};
  if (v->passive || v->subject == NO || w->ments[v->subject].group == x->group) return 0;
  /* (by no state body: "police shot a suspect.  A court convicted him") */
  const mention *d = &w->ments[w->ments[v->subject].group];
  if (acta_code_eq(d->role, "COP") || acta_code_eq(d->role, "MIL") ||
      acta_code_eq(d->role, "JUD") || acta_code_eq(d->role, "GOV"))
    return 0;
  const char *t = norm(w, v->head);
  for (size_t i = 0; HARM[i]; i++)
    if (!strncmp(t, HARM[i], strlen(HARM[i]))) return 1;
  return crime_verb(w, v->head) ||
         acta_lemma_in2(w->cw, w->toks.v[v->head].vlemma, WL2_HARM_ACT);
}

/* targets8: the latest actor in subject position (after no verb nor
 * preposition) before token q in sentence sc, not of the source's own
 * compound nor coded as it, that agrees with a pronoun of kind `kind` (for
 * "him"/"her" also one private person: "the boyfriend", "a man"); NO if
 * none. */
static int32_t other_subject(const struct acta_work *w, const sent_ctx *sc, uint32_t q,
                             int kind, int32_t src) {
  int32_t found = NO;
  /* review15: from OBJECT_ANTECEDENT_REACH tokens before q on, as
   * object_antecedent (the corpus's farthest subject is 33 tokens back) */
  uint32_t from = q > OBJECT_ANTECEDENT_REACH ? q - OBJECT_ANTECEDENT_REACH : 0;
  for (size_t m = mention_from(w, sc->m0, sc->m1, from); m < sc->m1; m++) {
    const mention *x = &w->ments[m];
    if (x->first >= q) break;
    if (!x->code[0] || x->absorbed || x->modifier || x->after_prep || x->after_verb ||
        x->group != (int32_t)m || w->toks.v[x->first].tag == P_PRON)
      continue;
    if (src != NO && (x->group == w->ments[src].group || !strcmp(x->code, w->ments[src].code)))
      continue;
    const acta_token *h = &w->toks.v[x->last - 1];
    int one_person = kind == REF_PERSON && x->next_in_group == NO && acta_code_eq(x->role, "CVL") &&
                     h->tag == P_NOUN && h->penn == PT_NN;
    if (object_agrees(w, x, kind) || one_person) found = (int32_t)m;
  }
  return found;
}

static int32_t private_name_before(const struct acta_work *w, const sent_ctx *sc, uint32_t q,
                                   int32_t src);

/* pronouns13: "him"/"her" at token q whose nearest possible antecedent in
 * its sentence is the name of a person no dictionary codes there (found
 * as private_name_before: no actor that may be one person nearer) that
 * the article gave a role before ("Brazilian crime boss Jarvis Pavao ...
 * Pavao, who lived in luxury before authorities arrested him"): that name,
 * with the role and country the article gave it (name_refs.c, through
 * acta_private_person).  Never the clause's own source src (by group or code);
 * NO when the name had no role before (a wrong target is worse than none)
 * or when two of its bearers had different ones.  Traced. */
/* prec48a: is mention o (of sentence si) a place the gazetteer reads
 * there, named after a preposition of place, "of" or "to" ("traced him to
 * a district on the east side of Santo Domingo", "a suburb of Bogota"): a
 * capital's name coded as its state, no person a pronoun may stand for? */
static int place_named(const struct acta_work *w, size_t si, const mention *o) {
  uint32_t b = o->first;
  if (b == 0 || w->toks.v[b - 1].tag != P_PREP ||
      !(place_prep(w, b - 1) || is_word(w, b - 1, w->cw->w_of) || is_word(w, b - 1, w->cw->w_to)))
    return 0;
  return acta_overlaps_place(w, si, w->toks.v[o->first].start, w->toks.v[o->last - 1].end);
}

/* pronouns13: may coded mention o be one person other than the source
 * src: a singular role or title noun, a civilian's ("her husband"), a
 * singular name with a role ("El Chapo", not "the Zetas")?  And is there
 * such a mention between tokens a and b?  The pronoun may as well stand
 * for it. */
static int person_like(const struct acta_work *w, const mention *o, int32_t src) {
  const acta_token *h = &w->toks.v[o->last - 1];
  /* (prec48a: not a body named by its kind, "the Gulf Cartel", "the
   * Barrio 18 gang") */
  return o->code[0] && !o->absorbed && (src == NO || o->group != w->ments[src].group) &&
         h->penn != PT_NNS && h->penn != PT_NNPS && o->next_in_group == NO &&
         !tok_in3(w, o->last - 1, WL3_GROUP_REF_WORD) &&
         ((o->role[0] && h->tag == P_PROPN) || tok_in(w, o->last - 1, WL_PERSON_NOUN) ||
          (acta_code_eq(o->role, "CVL") && h->tag == P_NOUN && h->penn == PT_NN));
}

static int person_between(const struct acta_work *w, size_t si, uint32_t a, uint32_t b,
                          int32_t src) {
  for (uint32_t k = a; k < b; k++) {
    int32_t x = w->tok_ment[k];
    if (x == NO) continue;
    const mention *o = &w->ments[x];
    if (person_like(w, o, src) && !place_named(w, si, o)) return 1;
    if (o->last > k + 1) k = o->last - 1;
  }
  return 0;
}

/* pronouns13: how many names of the sentence before a pronoun's are read
 * to see that they are one person's. */
#define PREV_NAME_RUNS 4

/* pronouns13: the first token of the name whose last token is p. */
static uint32_t name_start(const struct acta_work *w, const sent_ctx *sc, uint32_t p) {
  uint32_t q0 = p;
  while (q0 > sc->s->first && w->tok_ment[q0 - 1] == NO && w->toks.v[q0 - 1].tag == P_PROPN &&
         cap_name(w, q0 - 1))
    q0--;
  return q0;
}

/* prec48a: how many auxiliaries and adverbs may stand between a name
 * (and its "who") and what is said of it ("who has also been accused"). */
#define SUSPECT_LEAD 4

/* prec48a: is the name ending right before token e (sentence end last) a
 * suspect's by its own predicate: accused, suspected, charged, wanted,
 * convicted or indicted of/with/for something ("Soto, who is accused of
 * running a drug route", "Soto was charged with extortion"), or the doer
 * of a crime verb ("Soto, who smuggled cocaine", not "who was shot")? */
static int suspect_named(const struct acta_work *w, uint32_t e, uint32_t last) {
  static const char *const SUSPECT[] = {"accused", "suspected", "charged", "wanted",
                                        "convicted", "indicted", NULL};
  uint32_t k = e;
  if (k < last && is_punct(w, k, ',')) k++;
  if (k < last && is_vocab(w, k, V_WHO)) k++;
  for (int n = 0; n < SUSPECT_LEAD && k < last &&
                  (w->toks.v[k].tag == P_AUX || w->toks.v[k].tag == P_ADV);
       n++)
    k++;
  if (k + 1 >= last) return 0;
  if (str_one_of(norm(w, k), SUSPECT))
    return is_word(w, k + 1, w->cw->w_of) || is_word(w, k + 1, w->cw->w_with) ||
           is_word(w, k + 1, w->cw->w_for);
  return crime_verb(w, k) && !(w->tok_vg[k] != NO && w->vgs[w->tok_vg[k]].passive);
}

/* pronouns13: "him"/"her" at token q whose nearest possible antecedent is
 * the name of a person no dictionary codes there -- in its sentence (found
 * as private_name_before: no actor that may be one person nearer), else,
 * when its sentence names no person before it at all, the one person the
 * sentence before (same paragraph) names by name ("Sanclemente hid for
 * five months ... authorities found her") -- that the article gave a role
 * before ("Brazilian crime boss Jarvis Pavao ... Pavao, who lived in
 * luxury before authorities arrested him"): that name, with the role and
 * country the article gave it (name_refs.c, through acta_private_person).
 * Never the clause's own source src; NO when the name had no role before
 * or two of its bearers had different ones (a wrong target is worse than
 * none).  `legal` (a legal act's pronoun) lets a suspect by what its
 * sentence says of it (suspect_named) stand as a criminal.  Bounded by
 * PRIVATE_NAME_REACH and PREV_NAME_RUNS.  Traced. */
static int32_t named_person_antecedent(struct acta_work *w, const sent_ctx *sc, uint32_t q,
                                       int32_t src, int legal) {
  if (w->keds) return NO;
  sent_ctx at = *sc;
  int32_t p = private_name_before(w, sc, q, src);
  if (p != NO) {
    if (person_between(w, (size_t)sc->index, (uint32_t)p + 1, q, src)) return NO;
    /* (prec48a: not the subject of the pronoun's own verb right after
     * the name, "Rivera and Velasco murdered him") */
    uint32_t k = (uint32_t)p + 1;
    while (k < q && w->tok_vg[k] == NO && w->toks.v[k].tag == P_ADV) k++;
    if (k < q && w->tok_vg[k] != NO && w->tok_vg[k] == w->tok_vg[q - 1]) return NO;
  } else {
    size_t si = (size_t)sc->index;
    if (si == 0 || acta_paragraph_break(w, si - 1, si) ||
        person_between(w, si, sc->s->first, q, src))
      return NO;
    at.s = &w->sents[si - 1];
    at.index = (int)(si - 1);
    /* the one person the sentence names, coded or not ("Under Arturo
     * Quintero Lara's command, it ... He was captured") */
    int32_t one = NO;
    for (size_t m = w->sent_ment[si - 1]; m < w->sent_ment[si]; m++) {
      const mention *o = &w->ments[m];
      if (!person_like(w, o, src) || (one != NO && o->group == one)) continue;
      /* a titled name or an office holder; a bare role noun ("a judge
       * released him") may not be the one meant (an unnamed "boyfriend"
       * the dictionaries do not code may); a name with a role only
       * ("MS13") is as likely a body */
      int titled = o->entry && o->entry->kind == ENT_ACTOR && (o->entry->from || o->entry->to);
      for (uint32_t k = o->first; !titled && k + 1 < o->last; k++)
        titled = tok_in(w, k, WL_PERSON_NOUN) && w->toks.v[k + 1].tag == P_PROPN;
      if (!titled && tok_in(w, o->last - 1, WL_PERSON_NOUN)) return NO;
      if (!titled) continue;
      if (one != NO) return NO;
      one = o->group;
    }
    p = private_name_before(w, &at, at.s->last, src);
    if (one != NO) {
      if (p != NO) return NO;
      acta_trace(w, "  \"%s\" -> %s (the one person the sentence before names)\n", norm(w, q),
                 w->ments[one].code);
      return one;
    }
    if (p == NO || person_between(w, si - 1, (uint32_t)p + 1, at.s->last, src)) return NO;
    /* one person named in it: every earlier name there has the same
     * last word */
    uint32_t from = name_start(w, &at, (uint32_t)p);
    for (int n = 0; n < PREV_NAME_RUNS; n++) {
      int32_t o = private_name_before(w, &at, from, src);
      if (o == NO) break;
      const acta_token *a = &w->toks.v[o], *b = &w->toks.v[p];
      if (a->norm_len != b->norm_len || memcmp(norm(w, (uint32_t)o), norm(w, (uint32_t)p), a->norm_len))
        return NO;
      from = name_start(w, &at, (uint32_t)o);
    }
  }
  if (!cap_name(w, (uint32_t)p)) return NO;
  uint32_t q0 = name_start(w, &at, (uint32_t)p);
  int32_t ref = acta_name_ref(w, q0, (uint32_t)p);
  if (ref == NO) {
    /* "Ramiro Ochoa, alias R-7, ... until they killed him": a
     * criminal's alias, as for a name arrested (private_name) */
    uint32_t e = (uint32_t)p + 1, last = at.s->last, b = q0;
    if (e < last && is_punct(w, e, ',')) e++;
    /* (or the alias itself: "alias El Toro", "alias \"Z-3\"") */
    for (int n = 0; n < 2 && b > at.s->first && w->toks.v[b - 1].kind == TK_PUNCT &&
                    !is_punct(w, b - 1, ',');
         n++)
      b--;
    int alias = (e < last && tok_in4(w, e, WL4_ALIAS_WORD)) ||
                (b > at.s->first && tok_in4(w, b - 1, WL4_ALIAS_WORD));
    /* prec48a: "Soto, who is accused of running a drug route, ...
     * Soldiers arrested him": a suspect by what its sentence says of it */
    /* (mend48a: for a legal act or a capture only: one the sentence calls suspected
     * of being an informant is, killed by a gang, its victim) */
    if (!alias && !(legal && suspect_named(w, (uint32_t)p + 1, last))) return NO;
    int32_t m = acta_private_person(w, q0, (uint32_t)p + 1, "CRM");
    acta_trace(w, "  \"%s\" -> \"%s\" CRM (the nearest name, %s)\n", norm(w, q),
               norm(w, (uint32_t)p),
               alias ? "a criminal's alias after it" : "a suspect by what is said of it");
    return m;
  }
  const mention *r = &w->ments[ref];
  /* (a person of the source's code is another one than an organisation
   * source: "the armed forces accused him" of their colonel) */
  if (!r->role[0] || (src != NO && r->group == w->ments[src].group)) return NO;
  int32_t m = acta_private_person(w, q0, (uint32_t)p + 1, "CVL");
  acta_trace(w, "  \"%s\" -> \"%s\" %s (the nearest name, given that role before)\n",
             norm(w, q), norm(w, (uint32_t)p), w->ments[m].code);
  return m;
}

/* review12: how many tokens before a pronoun the same pronoun may stand
 * to stand for what that one does (referent_of). */
#define SAME_PRONOUN_REACH 60

/* The actor a pronoun at token q of kind `kind` stands for
 * (acta_antecedent), as the object or passive subject of verb group g:
 * never the clause's own source src ("the police arrested him"; *where is
 * then `self_why` and *self, when given, 1), nor one with a name or noun
 * the dictionaries do not know between (rival_between).  When the subject
 * search finds none or the source itself, or, for an act done to people
 * (person_act), finds one named before a later object that agrees, the
 * object (object_antecedent; targets8): it may have the source's code, as
 * another mention ("federal police questioned them" after "soldiers
 * arrested five police officers").  NO if none. */
static int32_t referent_of(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                           uint32_t q, int kind, int32_t src, const char *self_why,
                           const char **where, int *self, int person_act, int chained) {
  int32_t a = acta_antecedent(w, (size_t)sc->index, q, kind, ACTA_NO_WORD, where);
  if (self) *self = 0;
  /* "The state police handed them over to men who tortured them": the
   * same pronoun before, the object of a verb whose subject is the actor
   * found, is not that actor; both stand for what the first one does
   * (resolved without its verb's subject) */
  if (a != NO && !chained) {
    uint32_t lo = q > sc->s->first + SAME_PRONOUN_REACH ? q - SAME_PRONOUN_REACH : sc->s->first;
    for (uint32_t p = lo; p + 1 < q; p++) {
      if (w->toks.v[p].word != w->toks.v[q].word || p == 0 || w->tok_vg[p - 1] == NO) continue;
      const vgroup *g2 = &w->vgs[w->tok_vg[p - 1]];
      if (g2->subject == NO || w->ments[g2->subject].group != w->ments[a].group) continue;
      const char *w2;
      int32_t b = referent_of(w, sc, g2, p, kind, g2->subject, self_why, &w2, NULL, person_act, 1);
      *where = b != NO ? "what the same pronoun before stands for"
                       : "the same pronoun before is acted on by it";
      if (b != NO && src != NO && w->ments[b].group == w->ments[src].group) b = NO;
      return b;
    }
    /* prec48a: the same in the sentence before (same paragraph): "a judge
     * freed him.  An appeals court convicted him" -- the one freed, not
     * the judge */
    size_t si = (size_t)sc->index;
    if (si > 0 && w->ments[a].first < sc->s->first &&
        w->ments[a].first >= w->sents[si - 1].first && !acta_paragraph_break(w, si - 1, si))
      for (uint32_t p = q > w->sents[si - 1].first + 1 + SAME_PRONOUN_REACH
                            ? q - SAME_PRONOUN_REACH
                            : w->sents[si - 1].first + 1;
           p < w->sents[si - 1].last; p++) {
        if (w->toks.v[p].word != w->toks.v[q].word || w->tok_vg[p - 1] == NO) continue;
        const vgroup *g2 = &w->vgs[w->tok_vg[p - 1]];
        if (g2->passive || g2->subject == NO ||
            w->ments[g2->subject].group != w->ments[a].group)
          continue;
        sent_ctx *at = malloc(sizeof *at);
        if (!at) break;
        *at = *sc;
        at->s = &w->sents[si - 1];
        at->index = (int)(si - 1);
        at->m0 = w->sent_ment[si - 1];
        at->m1 = w->sent_ment[si];
        const char *w2;
        int32_t b = referent_of(w, at, g2, p, kind, g2->subject, self_why, &w2, NULL, person_act, 1);
        free(at);
        if (b == NO || (src != NO && (w->ments[b].group == w->ments[src].group ||
                                      !strcmp(w->ments[b].code, w->ments[src].code))))
          break;
        *where = "what the same pronoun in the sentence before stands for";
        return b;
      }
  }
  int is_self = a != NO && src != NO &&
                (w->ments[a].group == w->ments[src].group ||
                 !strcmp(w->ments[a].code, w->ments[src].code));
  if (kind == REF_PERSON || kind == REF_PLURAL) {
    int32_t o = object_antecedent(w, sc, g, q, kind, src, person_act & 2);
    if (o != NO && (a == NO ? !acta_antecedent_ambiguous(*where)
                            : is_self || ((person_act & 1) && w->ments[o].first > w->ments[a].first))) {
      /* prec48a: held or tried, not the victims of the crime the
       * criminals held did ("gang members extorted shopkeepers. Police
       * arrested them"): the doers */
      int32_t d = (person_act & 2) ? crime_doer(w, o, kind, src) : NO;
      if (d != NO && !rival_between(w, (size_t)sc->index, d, g, kind)) {
        *where = "the doers of the crime done to an earlier object";
        return w->ments[d].group;
      }
      /* mend48a: nor, for "him"/"her", the one person others killed,
       * shot or robbed ("gunmen killed a shopkeeper.  Police arrested
       * him": not the shopkeeper) */
      if ((person_act & 6) && kind == REF_PERSON && d == NO && crime_victim(w, o)) {
        *where = "no one: the earlier object is the victim of a crime";
        return NO;
      }
      if (!rival_between(w, (size_t)sc->index, o, g, kind)) {
        *where = "an earlier object";
        return w->ments[o].group;
      }
    }
  }
  /* the subject search found the source itself: another subject of the
   * sentence before it that agrees ("her daughter's boyfriend confessed
   * ..., a judge released him"; targets8) */
  if (is_self && (kind == REF_PERSON || kind == REF_PLURAL)) {
    int32_t o = other_subject(w, sc, q, kind, src);
    if (o != NO && !rival_between(w, (size_t)sc->index, o, g, kind)) {
      *where = "another subject before it";
      return w->ments[o].group;
    }
  }
  /* targets29: the subject search found the source itself in its own
   * sentence: an object pronoun is never its clause's subject, so it
   * stands for what the search finds in the sentence before ("soldiers
   * under a colonel were moving cocaine.  The guerrillas attacked them":
   * the soldiers) -- another actor, none the dictionaries do not know
   * between (rival_between) */
  if (is_self && (kind == REF_PERSON || kind == REF_PLURAL) &&
      w->ments[a].first >= sc->s->first) {
    const char *w2;
    int32_t b = acta_antecedent(w, (size_t)sc->index, sc->s->first, kind, ACTA_NO_WORD, &w2);
    if (b != NO && acta_antecedent_near(w2) && w->ments[b].group != w->ments[src].group &&
        strcmp(w->ments[b].code, w->ments[src].code) &&
        !rival_between(w, (size_t)sc->index, b, g, kind)) {
      *where = "the sentence before (the clause's subject is no object pronoun's)";
      return w->ments[b].group;
    }
  }
  /* pronouns13: a name nearer than any actor that fits, given a role
   * before in the article */
  int rival = a != NO && !is_self && rival_between(w, (size_t)sc->index, a, g, kind);
  if (kind == REF_PERSON && (a == NO || is_self || rival)) {
    int32_t n = named_person_antecedent(w, sc, q, src, person_act & 6);
    if (n != NO) {
      *where = "a name given a role before";
      if (self) *self = 0;
      return n;
    }
  }
  if (is_self) {
    *where = self_why;
    if (self) *self = 1;
    return NO;
  }
  if (rival) {
    *where = "a name or noun the dictionaries do not know stands between";
    return NO;
  }
  return a;
}

/* codes25: is an event with code `code` and verb lemma `lemma` a bare
 * capture or recapture (192 before it is known whom: people captured are
 * held, 173; "recaptured five of the escaped inmates")?  The lemmas are
 * WL5_CAPTURE_VERB's, as text: this file's callers have the lemma's text
 * only (keep the two lists alike). */
static int capture_192(const char *code, const char *lemma) {
  static const char *const CAPTURE[] = {"capture", "recapture", NULL};
  return !strcmp(code, "192") && lemma && str_one_of(lemma, CAPTURE);
}

/* Is an event with CAMEO code `code` and verb lemma `lemma` an act done
 * to a person, whose object (a passive's subject) named by a bare name or
 * a phrase of people is that person: the acts of act_on_person, a bare
 * capture (192 before it is known whom), and killing, wounding and
 * shooting (root 19, whose other verbs take places: "Mosul was
 * attacked")? */
static int on_person(const char *code, const char *lemma) {
  static const char *const HURT[] = {"kill", "murder", "assassinate", "shoot", "wound",
                                     "injure", "execute", "slay", "stab", "torture",
                                     "lynch", "behead", "gun", NULL};
  if (act_on_person(code)) return 1;
  if (!lemma) return 0;
  /* a bare "was captured" (192 before it is known whom) takes people */
  if (!strcmp(code, "192")) return capture_192(code, lemma);
  if (cameo_root(code) != 19) return 0;
  return str_one_of(lemma, HURT);
}

/* targets23a: is an event coded 190 with verb lemma `lemma` a killing or
 * wounding (on_person's verbs but a shooting: "shot down two
 * helicopters")? */
static int killing_190(const char *code, const char *lemma) {
  return !strcmp(code, "190") && lemma && on_person(code, lemma) && strcmp(lemma, "shoot") &&
         strcmp(lemma, "gun");
}

/* targets29: is an event with code `code` and verb lemma `lemma` an
 * attack (190: "attack", "ambush", "assault") whose object may be people
 * no dictionary codes (people_object), though not a bare name? */
static int attack_on_people(const char *code, const char *lemma) {
  static const char *const ATTACK[] = {"attack", "ambush", "assault", "assail", NULL};
  return !strcmp(code, "190") && lemma && str_one_of(lemma, ATTACK);
}

/* targets8: is an event with code `code` an act done to people, whose
 * object pronoun most naturally stands for the people acted on before
 * (on_person, an investigation, an expulsion, a release, a capture)? */
static int person_act(const char *code, const char *lemma) {
  return on_person(code, lemma) || cameo_root(code) == 9 || !strncmp(code, "174", 3) ||
         !strncmp(code, "0841", 4) || capture_192(code, lemma);
}

/* prec44b: is code a legal act on a person (a verdict, an arrest, a
 * sentence, an expulsion, a lawsuit)?  2 if so, else 0: a flag
 * beside person_act's for referent_of. */
static int legal_act(const char *code) {
  /* (mend44b: not a release, 0841: the ones freed are most often the
   * hostages of the kidnapping named after "for"/"of") */
  return !strncmp(code, "115", 3) || !strncmp(code, "116", 3) || !strncmp(code, "173", 3) ||
                 !strncmp(code, "174", 3)
             ? 2
             : 0;
}

/* mend48a: is code (lemma) a capture of people ("captured him"), a hold
 * as an arrest is?  4 if so, else 0: a flag beside legal_act's (a suspect
 * named before is the one held, suspect_named). */
static int capture_act(const char *code, const char *lemma) {
  return capture_192(code, lemma) ? 4 : 0;
}

/* How many words may stand before the head of a phrase of people ("five
 * alleged former members"). */
#define PEOPLE_LEAD 5

/* How far after "members of" the body they belong to may be named. */
#define MEMBERS_OF_REACH 8

/* Is token q a noun naming an organised body ("organization", "network",
 * "cell", "structure") -- held members of one no dictionary knows are
 * members of a criminal one? */
static int unnamed_body(const struct acta_work *w, uint32_t q) {
  if (w->toks.v[q].tag != P_NOUN) return 0;
  return tok_in(w, q, WL_UNNAMED_BODY);
}

/* How far after "from" or "linked to" the criminal body or the crime
 * may be named ("tied to Mexican criminal group Los Viagras"). */
#define LINKED_CRIME_REACH 6

int acta_linked_to_crime(const struct acta_work *w, int32_t tgt, uint32_t end) {
  if (tgt == NO) return 0;
  uint32_t q = 0;
  for (int32_t m = w->ments[tgt].group; m != NO; m = w->ments[m].next_in_group)
    if (w->ments[m].last > q) q = w->ments[m].last;
  if (q + 1 >= end) return 0;
  /* "from the criminal group", "linked to", "tied to", "belonging to",
   * "connected with"; not "of" ("the son of a clan leader" is his kin, a
   * private person: docs/conventions.md) */
  if (tok_in2(w, q, WL2_LINK_PARTICIPLE) &&
      (is_word(w, q + 1, w->cw->w_to) || is_word(w, q + 1, w->cw->w_with)))
    q += 2;
  else if (is_word(w, q, w->cw->w_from))
    q += 1;
  else
    return 0;
  for (uint32_t k = q; k < end && k < q + LINKED_CRIME_REACH; k++) {
    if (w->toks.v[k].kind == TK_PUNCT || w->tok_vg[k] != NO) return 0;
    int32_t x = w->tok_ment[k];
    if (x != NO) return acta_code_eq(w->ments[x].role, "CRM");
    if (tok_in(w, k, WL_CRIME_WORD) || unnamed_body(w, k)) return 1;
  }
  return 0;
}

/* Is token q a head of people named by a criminal trade ("four dealers",
 * "two accomplices"): suspects whatever they are held for? */
static int trade_of_crime(const struct acta_work *w, uint32_t q) {
  const acta_token *t = &w->toks.v[q];
  return t->nlemma != t->word && tok_lemma_in4(w, q, t->nlemma, WL4_TRADE_PLURAL);
}

/* Is token e the head of people who serve or are kin of actor tgt, named
 * right after "of" ("two bodyguards of the mayor"), or (prec47a) after
 * "for" when tgt is one person or an armed or criminal group ("a lawyer
 * for President Ruiz", "a driver for the Zetas"; not a body that hires
 * ("a lawyer for the union", "a driver for the bus company": its own
 * people) */
static int relation_of(const struct acta_work *w, uint32_t e, uint32_t end, int32_t tgt) {
  if (!acta_relation_head(w, e) || e + 2 >= end) return 0;
  if (is_word(w, e + 1, w->cw->w_for)) {
    /* (mend47d: one person by its words, acta_names_person: not "the
     * UN", whose proper-name head person_like takes for one) */
    const mention *t = &w->ments[w->ments[tgt].group];
    /* (prec48c: an informant for anyone, "an informant for the DEA", is
     * never of the body he informs) */
    if (!(person_like(w, t, NO) && acta_names_person(w, t)) && !acta_armed_group_role(t->role) &&
        !tok_lemma_in4(w, e, w->toks.v[e].nlemma, WL4_INFORMANT_NOUN))
      return 0;
  } else if (!is_word(w, e + 1, w->cw->w_of)) {
    return 0;
  }
  int32_t m = w->tok_ment[e + 2];
  if (m == NO) m = e + 3 < end ? w->tok_ment[e + 3] : NO; /* "of the" a word apart */
  return m != NO && w->ments[m].group == w->ments[tgt].group;
}

/* targets15: is token k (before end) "group" followed by "of" and a word
 * no dictionary codes ("a group of kidnappers"): a count of the people
 * after it? */
static int group_of(const struct acta_work *w, uint32_t k, uint32_t end) {
  return k + 2 < end && w->toks.v[k].tag == P_NOUN && is_word(w, k, w->cw->w_group) &&
         is_word(w, k + 1, w->cw->w_of) && w->tok_ment[k + 2] == NO;
}

/* targets8: is token e, a plural noun counted by a number between q and
 * it, the head of people named by what they do ("kidnapped five
 * prospectors", "abducted two engineers": -ers, -ors, -ists, -ians, -ants;
 * not "-ments", nor a noun modifying the next; one after "a"/"an" as the
 * object of root 18: "tortured a laborer") as the object of an
 * abduction, an arrest or other root-17/18 act on people (not of killing
 * or shooting, whose objects may be machines: "shot down two
 * helicopters")? */
static int counted_agents(const struct acta_work *w, uint32_t q, uint32_t e, uint32_t end,
                          const char *code) {
  if (cameo_root(code) != 17 && cameo_root(code) != 18) return 0;
  if (e + 1 < end && np_tag(w->toks.v[e + 1].tag)) return 0;
  /* one person after "a"/"an" as the object of root 18 ("tortured a
   * laborer") */
  int one = cameo_root(code) == 18 && w->toks.v[e].penn == PT_NN && e > q &&
            (w->toks.v[q].vocab == V_A || w->toks.v[q].vocab == V_AN);
  int num = 0;
  for (uint32_t k = q; k < e; k++)
    if (w->toks.v[k].tag == P_NUM || group_of(w, k, e + 1)) num = 1;
  if (!(num && w->toks.v[e].penn == PT_NNS) && !one) return 0;
  const char *x = norm(w, e);
  size_t n = strlen(x);
  if (one) {
    /* its singular ending ("laborer", "prospector", "activist") */
    static const char *const END1[] = {"er", "or", "ist", "ian", "ant", NULL};
    for (size_t i = 0; END1[i]; i++) {
      size_t k = strlen(END1[i]);
      if (n >= 5 && !strcmp(x + n - k, END1[i])) return 1;
    }
    return 0;
  }
  static const char *const END[] = {"ers", "ors", "ists", "ians", "ants", NULL};
  if (n < 6 || (n >= 5 && !strcmp(x + n - 5, "ments"))) return 0;
  for (size_t i = 0; END[i]; i++) {
    size_t k = strlen(END[i]);
    if (!strcmp(x + n - k, END[i])) return 1;
  }
  return 0;
}

/* objects12: does the phrase of people ending at token e, right after
 * the verb, stand for its object rather than actor tgt named after it:
 * tgt named past another verb ("captured three people that had been
 * tied to flights to Belize") or past a preposition of place other
 * than "in" ("killed his five bodyguards in front of a pharmacy", "outside
 * the ministry"), not one the people may belong to ("participants in a
 * criminal network", "members from other criminal groups")? */
static int people_before_target(const struct acta_work *w, uint32_t e, int32_t tgt) {
  uint32_t t0 = w->ments[w->ments[tgt].group].first;
  if (t0 <= e + 1) return 0;
  for (uint32_t k = e + 1; k < t0; k++)
    if (w->tok_vg[k] != NO) return 1;
  if (!place_prep(w, e + 1)) return 0;
  /* places24: "wounded two eradicators in Colombia", "in the Colombian
   * department of Putumayo": a country or a place no body's, where they are */
  const mention *g = &w->ments[w->ments[tgt].group];
  if (g->next_in_group == NO && g->country[0] && !g->role[0] && !g->role_only) return 1;
  return !is_word(w, e + 1, w->cw->w_in) || (e + 2 < t0 + 1 && is_word(w, e + 2, w->cw->w_front));
}

/* targets15: is token e (after q, the phrase's first token, before end)
 * a lower-case noun no dictionary codes that modifies the next one, also
 * such a noun ("drug" and "trafficking" in "a suspected drug trafficking
 * operative", "contraband" in "a notorious contraband runner", "oil" in
 * "two oil workers")?  people_object then reads the run's last noun as
 * the phrase's head (the run is bounded by PEOPLE_LEAD). */
static int compound_modifier(const struct acta_work *w, uint32_t q, uint32_t e, uint32_t end) {
  /* (not members of a force: "12 security force members" are no
   * civilians) */
  if (e <= q || e + 1 >= end) return 0;
  for (uint32_t k = e; k <= e + 1; k++) {
    const acta_token *t = &w->toks.v[k];
    if (t->tag != P_NOUN || (t->flags & TF_CAP) || w->tok_ment[k] != NO ||
        t->vocab == V_FORCE || t->vocab == V_FORCES)
      return 0;
  }
  return 1;
}

/* An object phrase of people no dictionary codes at token q (right after a verb group
 * ("five alleged members of the network", "three others"): a role-only
 * mention, CRM when they are called alleged or suspected or held for a
 * crime, else CVL; NO when the object is no such phrase. */
/* How many mentions before "its members" members_owner reads. */
#define MEMBERS_OWNER_REACH 8

/* targets18: the armed or criminal body (CRM, REB, UAF) the possessive
 * "its" or "their" at token p stands for, named in its sentence or the one
 * before (acta_antecedent); NO when p is no such word or there is none. */
static int32_t members_owner(struct acta_work *w, const sent_ctx *sc, uint32_t p) {
  int kind = is_word(w, p, w->cw->w_its) ? REF_ORG : is_word(w, p, w->cw->w_their) ? REF_PLURAL : 0;
  if (!kind) return NO;
  /* the latest such body before it in its sentence (the object of the
   * verb before: "dismantled a trafficking ring and arrested 12 of its
   * members"), else the antecedent of the pronoun */
  const char *where = "same sentence";
  int32_t a = NO;
  for (size_t k = sc->m1, n = 0; k > sc->m0 && n < MEMBERS_OWNER_REACH; n++) {
    const mention *x = &w->ments[--k];
    if (x->first >= p || x->absorbed || !x->code[0]) continue;
    if (acta_armed_group_role(x->role) && acta_pronoun_fits(w, p, (int32_t)k)) a = (int32_t)k;
    break;
  }
  if (a == NO) {
    a = acta_antecedent(w, (size_t)sc->index, p, kind, ACTA_NO_WORD, &where);
    if (!acta_antecedent_near(where)) return NO;
  }
  if (a == NO) return NO;
  const mention *o = &w->ments[w->ments[a].group];
  if (!o->code[0] || o->next_in_group != NO || !acta_armed_group_role(o->role)) return NO;
  acta_trace(w, "  target \"%s members\" -> %s (the body \"%s\" stands for, %s)\n", norm(w, p),
             o->code, norm(w, p), where);
  return o->group;
}

/* targets27: is token e a participle of a charge used as a noun of
 * people ("released seven of the accused", "sentenced the accused"):
 * right after "the", a verb of WL5_CHARGED_VERB read as a past form, and
 * no noun, adjective, number, actor or "by" after it ("the accused
 * smugglers" is an adjective, as in acta_participle_noun)?  Those people
 * are held for a crime (CRM). */
static int charged_people(const struct acta_work *w, const acta_sentence *s, uint32_t e) {
  const acta_token *t = &w->toks.v[e];
  if (t->tag != P_VERB || (t->penn != PT_VBN && t->penn != PT_VBD) || e <= s->first ||
      !is_word(w, e - 1, w->cw->w_the) || !tok_lemma_in5(w, e, t->vlemma, WL5_CHARGED_VERB))
    return 0;
  if (e + 1 < s->last) {
    uint8_t nt = w->toks.v[e + 1].tag;
    if (nt == P_NOUN || nt == P_PROPN || nt == P_ADJ || nt == P_NUM ||
        is_word(w, e + 1, w->cw->w_by) || w->tok_ment[e + 1] != NO)
      return 0;
  }
  return 1;
}

/* targets28: how many words before an earlier count's actor its number
 * may stand ("21 alleged Zetas"), and how far back in the sentence that
 * count may be. */
#define MORE_COUNT_LEAD 3
#define MORE_COUNT_REACH 40

/* targets28: a count with "more" or after "another" and no noun of its
 * own at token q ("two more", "at least 8 more", "another five") counts the people of the latest count of
 * actors before it in its sentence ("arrested six suspects ... and two
 * more", "11 inmates died, with at least 6 more injured", "the death of
 * 17 alleged Zetas and the arrest of 9 more"): a role-only mention for
 * the phrase with that actor's code; NO if the phrase is no such count
 * or no such count comes before it ("seized 700 tablets ... 600,000
 * more": no actor counted). */
static int32_t more_people(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end) {
  const acta_sentence *s = sc->s;
  uint32_t e = q;
  /* "at least", "some", "up to" before the number; "another five" */
  int another = 0;
  while (e < end && e < s->last && e < q + MORE_COUNT_LEAD && w->toks.v[e].tag != P_NUM &&
         (w->toks.v[e].tag == P_ADV || w->toks.v[e].tag == P_PREP || w->toks.v[e].tag == P_DET ||
          is_vocab(w, e, V_LEAST))) {
    another = is_vocab(w, e, V_ANOTHER);
    e++;
  }
  if (e >= end || e >= s->last || w->toks.v[e].tag != P_NUM) return NO;
  while (e < end && e < s->last && w->toks.v[e].tag == P_NUM) e++;
  /* e: the count's last word ("more", or the number after "another") */
  if (another) e--;
  else if (e >= end || e >= s->last || !is_vocab(w, e, V_MORE) || w->tok_ment[e] != NO)
    return NO;
  if (e + 1 < s->last) {
    uint8_t nt = w->toks.v[e + 1].tag;
    if (nt == P_NOUN || nt == P_PROPN || nt == P_ADJ || nt == P_NUM || nt == P_POSS ||
        is_vocab(w, e + 1, V_MORE) || is_vocab(w, e + 1, V_THAN) ||
        is_word(w, e + 1, w->cw->w_of) || w->tok_ment[e + 1] != NO)
      return NO;
  }
  /* the latest actor with a role before q in its sentence, counted by a
   * number right before it or inside it */
  const mention *r = NULL;
  /* (from the first mention starting at q, by bisection: no walk over the
   * sentence's later mentions for each count) */
  for (size_t k = mention_from(w, sc->m0, sc->m1, q); k > sc->m0;) {
    const mention *x = &w->ments[--k];
    if (x->last > q || x->absorbed) continue;
    if (x->last + MORE_COUNT_REACH < q) break;
    /* (past a state or place: "Ten inmates in Colombia died and 40 more") */
    if (!x->code[0] || !x->role[0]) continue;
    uint32_t lo = x->first > s->first + MORE_COUNT_LEAD ? x->first - MORE_COUNT_LEAD : s->first;
    for (uint32_t t = x->last; t-- > lo;) {
      if (t < x->first && (w->tok_ment[t] != NO || w->tok_vg[t] != NO)) break;
      if (w->toks.v[t].tag == P_NUM) {
        r = x;
        break;
      }
    }
    break;
  }
  if (!r) return NO;
  const mention *o = &w->ments[r->group];
  mention *m = acta_append_mention(w, q, e + 1);
  m->group = (int32_t)w->nments;
  m->after_verb = 1;
  acta_take_code(m, o);
  acta_trace(w, "  target \"%.*s\" -> %s (the people of the count before, \"%.*s\")\n",
             (int)(w->toks.v[e].end - w->toks.v[q].start), w->cur_text + w->toks.v[q].start,
             m->code, (int)(w->toks.v[r->last - 1].end - w->toks.v[r->first].start),
             w->cur_text + w->toks.v[r->first].start);
  return (int32_t)w->nments++;
}

/* prec47a: "killed the mayor's bodyguards", "arrested the governor's
 * driver": the object's phrase tgt (at token q, after at most a
 * determiner) names by "'s" an owner and, at its end, people who serve or
 * keep company with it (a relation noun, WL4_RELATION_NOUN, or its plural
 * of WL4_RELATION_PLURAL; at most OWNED_PEOPLE_LEAD adjectives between;
 * not members or other people heads: "the gang's members" are the gang):
 * those people, not the owner whose code the phrase took, are acted on --
 * private people (criminals when the owner is one or they are held for a
 * crime), as after "of" (relation_of).  NO otherwise. */
#define OWNED_PEOPLE_LEAD 2 /* "the mayor's longtime personal driver" */
static int32_t owned_people(struct acta_work *w, uint32_t q, uint32_t end, const char *code,
                            int32_t tgt) {
  const mention *t = &w->ments[tgt];
  if (w->keds || t->next_in_group != NO || t->first < q || t->first > q + 1 ||
      (t->first > q && w->toks.v[q].tag != P_DET) || t->last < t->first + 3 || t->last > end)
    return NO;
  uint32_t h = t->last - 1, p = h;
  while (p > t->first && h - p < OWNED_PEOPLE_LEAD && w->toks.v[p - 1].tag == P_ADJ) p--;
  if (p <= t->first + 1 || w->toks.v[p - 1].tag != P_POSS || w->toks.v[h].tag != P_NOUN ||
      (w->toks.v[h].flags & TF_CAP) || !acta_relation_head(w, h))
    return NO;
  /* (mend47d: an owner who is one person or an armed group, as after
   * "for": a country's or a body's "friends" are its allies, "Colombia's
   * friends in Washington") */
  mention owner = *t;
  owner.last = p - 1; /* (the owner's words, before "'s") */
  if (!t->owned && !acta_names_person(w, &owner) && !acta_armed_group_role(t->role))
    return NO;
  /* (prec48c: the phrase's mention is already these people, by role,
   * mentions.c people_of_owner: CRM the helpers of a criminal; people of
   * an armed group's person held as its people, as kin are) */
  const char *role = acta_code_eq(t->role, "CRM") || (t->owned == 2 && kin_held_code(code)) ||
                             acta_held_for_crime(w, code, h + 1, end)
                         ? "CRM"
                         : "CVL";
  int32_t m = acta_private_person(w, t->first, h + 1, role);
  acta_trace(w, "  target \"%.*s\" -> %s (people the actor named owns, not the actor)\n",
             (int)(w->toks.v[h].end - w->toks.v[t->first].start),
             w->cur_text + w->toks.v[t->first].start, role);
  return m;
}

static int32_t people_object(struct acta_work *w, const sent_ctx *sc, uint32_t q,
                             uint32_t end, const char *code, int32_t tgt) {
  const acta_sentence *s = sc->s;
  {
    int32_t more = more_people(w, sc, q, end);
    if (more != NO) return more;
  }
  if (tgt != NO) {
    int32_t own = owned_people(w, q, end, code, tgt);
    if (own != NO) return own;
  }
  uint32_t e = q;
  int suspect = 0;
  while (e < end && e < s->last && e < q + PEOPLE_LEAD && w->tok_ment[e] == NO &&
         (w->toks.v[e].tag == P_DET || w->toks.v[e].tag == P_NUM || w->toks.v[e].tag == P_ADJ ||
          w->toks.v[e].tag == P_VERB || w->toks.v[e].tag == P_POSS ||
          (w->toks.v[e].tag == P_NOUN && e + 1 < end && w->toks.v[e + 1].tag == P_POSS) ||
          /* a noun modifying the head ("four of his security guards",
           * objects12) */
          (w->toks.v[e].tag == P_NOUN && e > q && e + 1 < end && w->tok_ment[e + 1] == NO &&
           !(w->toks.v[e].flags & TF_CAP) && tok_in(w, e + 1, WL_PEOPLE_HEAD)) ||
          /* targets15: "a suspected drug trafficking operative" */
          (e < s->last && compound_modifier(w, q, e, s->last < end ? s->last : end)) ||
          /* "one of the group's members", "two of the members" */
          (is_word(w, e, w->cw->w_of) && e > q && w->toks.v[e - 1].tag == P_NUM) ||
          /* targets15: "a group of kidnappers", "a small band of former
           * dealers": the group's people (counted_agents) */
          group_of(w, e, end) || (is_word(w, e, w->cw->w_of) && e > q && group_of(w, e - 1, end)) ||
          /* "over 23 associates", "more than 20" (targets8) */
          ((w->toks.v[e].tag == P_PREP || w->toks.v[e].tag == P_ADV) && e + 1 < end &&
           w->toks.v[e + 1].tag == P_NUM) ||
          /* targets23a: "at least 16 prisoners" */
          (is_vocab(w, e, V_AT) && e + 2 < end && is_vocab(w, e + 1, V_LEAST) &&
           w->toks.v[e + 2].tag == P_NUM) ||
          (is_vocab(w, e, V_LEAST) && e > q && is_vocab(w, e - 1, V_AT))) &&
         !tok_in(w, e, WL_PEOPLE_HEAD)) {
    if (is_word(w, e, w->cw->w_alleged) || is_word(w, e, w->cw->w_suspected)) suspect = 1;
    /* targets23a: "a contraband runner", "three drug couriers" */
    else if (tok_in5(w, e, WL5_ILLICIT_TRADE)) suspect = 1;
    else if (charged_people(w, s, e)) break;
    else if (w->toks.v[e].tag == P_VERB) break;
    e++;
  }
  if (e >= end || e >= s->last || w->tok_ment[e] != NO) return NO;
  /* targets17: "a couple of months" is a time, "a couple of suspects"
   * the suspects */
  if (is_vocab(w, e, V_COUPLE) && e + 1 < s->last && is_word(w, e + 1, w->cw->w_of)) return NO;
  /* "12 alleged hackers": whoever is called alleged or suspected (a
   * plural noun ending its phrase, no crime: "alleged killings") is
   * people */
  int alleged_people = suspect && w->toks.v[e].penn == PT_NNS && !tok_in(w, e, WL_CRIME_WORD) &&
                       (e + 1 >= s->last || !np_tag(w->toks.v[e + 1].tag));
  /* ... and one held ("detained the alleged owner of a cocaine lab": targets8) */
  if (suspect && w->toks.v[e].penn == PT_NN && !strncmp(code, "17", 2) &&
      !tok_in(w, e, WL_CRIME_WORD) && (e + 1 >= s->last || !np_tag(w->toks.v[e + 1].tag)))
    alleged_people = 1;
  /* targets27: "seven of the accused" */
  if (charged_people(w, s, e)) alleged_people = suspect = 1;
  /* (prec47a: one person who serves or keeps company with the actor
   * after "of"/"for" too: "arrested the lawyer of the mayor") */
  int related = tgt != NO && w->toks.v[e].penn == PT_NN && relation_of(w, e, end, tgt);
  if (!tok_in(w, e, WL_PEOPLE_HEAD) && !alleged_people && !related &&
      !counted_agents(w, q, e, end, code))
    return NO;
  /* "killed two bodyguards of the mayor", "arrested relatives of the
   * governor": people who serve or are kin of the actor after "of" are
   * not that actor (members of a body are the body: "five members of the
   * Zetas" stays the Zetas) */
  if (tgt != NO && !relation_of(w, e, end, tgt) && !people_before_target(w, e, tgt)) return NO;
  /* "arrested nine members of the Villatoro organization": held as
   * members of a body no dictionary knows, a criminal one */
  if (!strncmp(code, "173", 3) && e + 1 < end && is_word(w, e + 1, w->cw->w_of))
    for (uint32_t k = e + 2; k < end && k < e + 2 + MEMBERS_OF_REACH && w->tok_ment[k] == NO; k++)
      if (unnamed_body(w, k)) suspect = 1;
  if (trade_of_crime(w, e)) suspect = 1;
  /* targets18: "dismantled a Colombian trafficking ring and arrested 12 of
   * its members": the members of the armed or criminal body "its" or
   * "their" stands for are that body */
  if (tgt == NO && e > q && tok_in(w, e, WL_ORG_MEMBER)) {
    int32_t own = members_owner(w, sc, e - 1);
    if (own != NO) return own;
  }
  /* "two associates of the Sinaloa Cartel leader": a criminal's */
  if (tgt != NO && acta_code_eq(w->ments[tgt].role, "CRM")) suspect = 1;
  const char *role = suspect || acta_held_for_crime(w, code, e + 1, end) ? "CRM" : "CVL";
  int32_t m = acta_private_person(w, q, e + 1, role);
  acta_trace(w, "  target \"%.*s\" -> %s (people no dictionary codes: by role only)\n",
             (int)(w->toks.v[e].end - w->toks.v[q].start), w->cur_text + w->toks.v[q].start,
             role);
  return m;
}

int32_t acta_figure_people(struct acta_work *w, const sent_ctx *sc, uint32_t q,
                           const char *code) {
  int root = cameo_root(code);
  if (root == 17 ? !act_on_person(code) : root != 18 && root != 19) return NO;
  int32_t m = people_object(w, sc, q, sc->s->last, code, NO);
  if (m == NO) return NO;
  /* only people held as criminals: "two politicians" or "eight other
   * members" held are no civilians by role (a first version coded them
   * CVL); the dead and wounded by role as a killing's object is */
  if (acta_code_eq(w->ments[m].role, "CRM")) return m;
  if (root == 17) return NO;
  /* targets24a: civilians only when the phrase says no whose they are:
   * "22 members" are a group's, "seven of his bodyguards" a boss's (kin
   * and servants of a criminal are his people) */
  for (uint32_t k = w->ments[m].first; k < w->ments[m].last; k++) {
    const acta_token *t = &w->toks.v[k];
    if (t->vocab == V_HIS || t->vocab == V_HER || t->vocab == V_THEIR || t->tag == P_POSS ||
        is_word(w, k, w->cw->w_its) || tok_in(w, k, WL_ORG_MEMBER))
      return NO;
  }
  return m;
}

/* codes18: how many sentences back "the country" looks for the country
 * an actor named there belongs to */
#define COUNTRY_OBJECT_REACH 3

/* codes18: the country of the latest actor named in the
 * COUNTRY_OBJECT_REACH sentences before sc's that is not own's (not a
 * people's nationality, a destination or a group referred to); NULL if
 * none. */
static const char *other_country_before(const struct acta_work *w, const sent_ctx *sc,
                                        const char *own) {
  size_t si = (size_t)sc->index;
  size_t lo = si > COUNTRY_OBJECT_REACH ? si - COUNTRY_OBJECT_REACH : 0;
  for (size_t k = si; k-- > lo;)
    for (size_t m = w->sent_ment[k + 1]; m-- > w->sent_ment[k];) {
      const mention *o = &w->ments[m];
      if (o->country[0] && strcmp(o->country, own) && !o->group_ref && !o->absorbed &&
          !acta_people_mention(w, o) && !acta_destination_mention(w, o, &w->sents[k]))
        return o->country;
    }
  return NULL;
}

/* How far past an aid's verb its recipient "the country" may be named
 * ("allocated $45 million in security aid to the country"). */
#define RECIPIENT_REACH 12

/* prec44b: "condemned the neighbouring state's troop movements",
 * "accused the neighbouring nation": "the", a neighbour's word, "country"
 * or "nation" as the object at token q (alone, or owning what the act is
 * against) of a source with a country: the one country other than the
 * source's named before it, in its sentence or the COUNTRY_OBJECT_REACH
 * before (mend44b: not the source's own compound, not after "in"/"at"), as
 * a mention appended to w->ments; NO when none or several are named (a
 * guess is worse than no target). */
static int32_t neighbour_object(struct acta_work *w, const sent_ctx *sc, uint32_t q,
                                int32_t src) {
  const acta_sentence *s = sc->s;
  if (src == NO || q + 2 >= s->last || !is_word(w, q, w->cw->w_the) ||
      !tok_lemma_in4(w, q + 1, w->toks.v[q + 1].word, WL4_NEIGHBOUR_WORD) ||
      !tok_in2(w, q + 2, WL2_COUNTRY_NOUN) || w->tok_ment[q + 1] != NO ||
      w->tok_ment[q + 2] != NO)
    return NO;
  const char *own = w->ments[w->ments[src].group].country;
  if (!own[0]) return NO;
  /* alone, or owning a noun phrase ("the neighboring country's troops") */
  if (q + 3 < s->last) {
    const acta_token *nx = &w->toks.v[q + 3];
    int32_t v = w->tok_vg[q + 3];
    if ((np_tag(nx->tag) && nx->tag != P_POSS) || (v != NO && !w->vgs[v].to_inf)) return NO;
    /* (not owning an actor: "the neighboring country's ambassador" is
     * that state's official, whom this does not code) */
    for (uint32_t k = q + 4; nx->tag == P_POSS && k < s->last && np_tag(w->toks.v[k].tag); k++)
      if (w->tok_ment[k] != NO) return NO;
  }
  /* mend44b: the one other country named in its own sentence before it
   * and the COUNTRY_OBJECT_REACH sentences before; not a country of the
   * source's own phrase or compound ("Colombian and American officials"),
   * nor one after "in" (where they spoke, not whom); two or more such
   * countries, or none: NO */
  const char *c = NULL;
  size_t si = (size_t)sc->index;
  size_t lo = si > COUNTRY_OBJECT_REACH ? si - COUNTRY_OBJECT_REACH : 0;
  for (size_t k = lo; k <= si; k++)
    for (size_t m = k == si ? sc->m0 : w->sent_ment[k]; m < (k == si ? sc->m1 : w->sent_ment[k + 1]);
         m++) {
      const mention *o = &w->ments[m];
      if (k == si && o->first >= q) break;
      if (!o->country[0] || !strcmp(o->country, own) || o->group_ref || o->absorbed ||
          acta_people_mention(w, o) || acta_destination_mention(w, o, &w->sents[k]) ||
          (k == si && o->group == w->ments[src].group) ||
          (o->first > w->sents[k].first &&
           (is_word(w, o->first - 1, w->cw->w_in) || norm_eq(w, o->first - 1, "at"))))
        continue;
      if (c && strcmp(c, o->country)) return NO;
      c = o->country;
    }
  if (!c || !c[0]) return NO;
  char cc[4]; /* (a copy: appending may move the mentions) */
  memcpy(cc, c, 4);
  mention *m = acta_append_mention(w, q, q + 3);
  m->group = (int32_t)w->nments;
  m->after_verb = 1;
  memcpy(m->code, cc, 4);
  memcpy(m->country, cc, 4);
  acta_trace(w, "  target \"the %s %s\" -> %s (the latest other country named)\n",
             norm(w, q + 1), norm(w, q + 2), cc);
  return (int32_t)w->nments++;
}

/* "urged the country to adopt a law", "helped the nation avoid":
 * "the country" or "the nation" as the object at token q (not "the
 * country's efforts", nor the subject of a clause: "warned the country had
 * entered") is the country of its sentence (sc->country: its own places
 * and actors, else the article's; when that is the source's own and code
 * is of roots 04-07, the country of the latest other actor named in the
 * COUNTRY_OBJECT_REACH sentences before: other_country_before), as a
 * mention appended to w->ments; NO when there is none or it is the
 * source's own country.  "The neighbouring country" first: neighbour_object. */
static int32_t country_object(struct acta_work *w, const sent_ctx *sc, uint32_t q,
                              int32_t src, const char *code) {
  const acta_sentence *s = sc->s;
  int32_t nb = neighbour_object(w, sc, q, src);
  if (nb != NO) return nb;
  if (q + 1 >= s->last || !is_word(w, q, w->cw->w_the) || !tok_in2(w, q + 1, WL2_COUNTRY_NOUN) ||
      w->tok_ment[q + 1] != NO || !sc->country[0])
    return NO;
  if (q + 2 < s->last) {
    const acta_token *nx = &w->toks.v[q + 2];
    int32_t v = w->tok_vg[q + 2];
    if (nx->tag == P_POSS || np_tag(nx->tag) || (v != NO && !w->vgs[v].to_inf)) return NO;
  }
  /* codes18: when the sentence's country is the source's own and the act
   * is one a state does with or for another (roots 04-07: "the United
   * States allocated $30 million in aid to the country"), it is the
   * country of the latest other actor named in the COUNTRY_OBJECT_REACH
   * sentences before ("The Costa Rican government ..."), else none ("the
   * president urged the country to unite" is his own) */
  const char *c = sc->country;
  int root = cameo_root(code);
  if (src != NO && !strcmp(w->ments[w->ments[src].group].country, c))
    c = root >= 4 && root <= 7
            ? other_country_before(w, sc, w->ments[w->ments[src].group].country)
            : NULL;
  if (!c || !c[0]) return NO;
  mention *m = acta_append_mention(w, q, q + 2);
  m->group = (int32_t)w->nments;
  m->after_verb = 1;
  memcpy(m->code, c, 4);
  memcpy(m->country, c, 4);
  acta_trace(w, "  target \"the %s\" -> %s (%s)\n", norm(w, q + 1), c,
             c == sc->country ? "the sentence's country" : "the country of an actor named before");
  return (int32_t)w->nments++;
}

/* The object at token q (before end) of an act on a person by src when it
 * names the source's peers: "colleagues"/"comrades" after a few
 * determiners, numbers and "of" ("three of their colleagues") are the
 * source's own actor (a new mention with its code: an act of an actor on
 * itself is not coded); "rivals"/"enemies" of an armed group (CRM, REB,
 * UAF) are of its role, by role only ("murdering rivals").  NO otherwise. */
static int32_t peer_object(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                           int32_t src) {
  const acta_sentence *s = sc->s;
  if (src == NO) return NO;
  /* prec37b: "killing off rivals": the verb's particle */
  if (q < end && q < s->last && w->toks.v[q].penn == PT_RP) q++;
  uint32_t e = q;
  while (e < end && e < s->last && e < q + PEOPLE_LEAD && w->tok_ment[e] == NO &&
         !tok_in2(w, e, WL2_PEER_SAME | WL2_PEER_RIVAL) &&
         (w->toks.v[e].tag == P_DET || w->toks.v[e].tag == P_NUM || w->toks.v[e].tag == P_ADJ ||
          w->toks.v[e].tag == P_POSS ||
          (is_word(w, e, w->cw->w_of) && e > q && w->toks.v[e - 1].tag == P_NUM)))
    e++;
  /* prec37b: "battling a rival group", "attacked a rival faction": the
   * rival's head no dictionary codes after it */
  int rival_mod = 0;
  if (e + 1 < end && e + 1 < s->last && w->tok_ment[e] == NO && tok_in2(w, e, WL2_PEER_RIVAL) &&
      w->tok_ment[e + 1] == NO && w->toks.v[e + 1].tag == P_NOUN &&
      !(e + 2 < s->last && np_tag(w->toks.v[e + 2].tag))) {
    rival_mod = 1;
    e++;
  }
  if (e >= end || e >= s->last || w->tok_ment[e] != NO || w->toks.v[e].tag != P_NOUN) return NO;
  /* a head, not a modifier ("rival gangs" names the gangs) */
  if (e + 1 < s->last && np_tag(w->toks.v[e + 1].tag)) return NO;
  const mention *a = &w->ments[w->ments[src].group];
  if (!a->code[0] || a->next_in_group != NO) return NO;
  if (!rival_mod && tok_in2(w, e, WL2_PEER_SAME)) {
    mention *m = acta_append_mention(w, q, e + 1);
    const mention *a2 = &w->ments[w->ments[src].group]; /* the array may have moved */
    memcpy(m->code, a2->code, sizeof m->code);
    memcpy(m->country, a2->country, 4);
    memcpy(m->role, a2->role, 4);
    m->role_only = a2->role_only;
    m->entry = a2->entry;
    m->group = (int32_t)w->nments;
    m->after_verb = 1;
    acta_trace(w, "  target \"%s\" -> %s (the source's own peers)\n", norm(w, e), m->code);
    return (int32_t)w->nments++;
  }
  if ((!rival_mod && !tok_in2(w, e, WL2_PEER_RIVAL)) || !acta_armed_group_role(a->role))
    return NO;
  char role[4];
  memcpy(role, a->role, 4);
  int32_t m = acta_private_person(w, q, e + 1, role);
  acta_trace(w, "  target \"%s\" -> %s (an armed group's rivals: of its kind, by role only)\n",
             norm(w, e), role);
  return m;
}

static int32_t author_of_thing(struct acta_work *w, const sent_ctx *sc, uint32_t q,
                               uint32_t end, const char *code, int32_t src);
static int32_t private_name(struct acta_work *w, const sent_ctx *sc, uint32_t from,
                            uint32_t end, const char *code, int32_t src);
static int32_t alias_object(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                            const char *code);
static int32_t titled_name(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                           const char *code);
static int32_t traded_name(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                           const char *code, int32_t src);
static int32_t helped_actor(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                            int32_t src);
static int name_particle(const struct acta_work *w, uint32_t q);
static int named_so_before(struct acta_work *w, const sent_ctx *sc, uint32_t q0, uint32_t q,
                           int32_t src, const char *what, int one, int32_t *out);
static uint32_t bare_name_end(const struct acta_work *w, const sent_ctx *sc, uint32_t from,
                              uint32_t end, int no_time, int owns);
static int other_bearer_between(const struct acta_work *w, int32_t named, uint32_t q0,
                                uint32_t q);
static int acronym(const struct acta_work *w, uint32_t q);

/* review12: how many tokens before a pronoun the name of a person no
 * dictionary knows may stand and still be the one it refers to. */
#define PRIVATE_NAME_REACH 60

/* targets8: the last token of the latest name of a person no dictionary
 * knows -- a proper noun in no mention, no place, no acronym ("SENAD"),
 * not in parentheses -- in sentence sc before token q (within
 * PRIVATE_NAME_REACH), if no actor that may be one person (a singular
 * title or role noun, an office holder; not the source src) stands
 * between it and q; else NO.  Read back from q: the first such actor
 * reached ends the search, the first name reached is the one. */
static int32_t private_name_before(const struct acta_work *w, const sent_ctx *sc, uint32_t q,
                                   int32_t src) {
  uint32_t lo = q > sc->s->first + PRIVATE_NAME_REACH ? q - PRIVATE_NAME_REACH : sc->s->first;
  for (uint32_t p = q; p-- > lo;) {
    const acta_token *t = &w->toks.v[p];
    int32_t x = w->tok_ment[p];
    if (x != NO) {
      const mention *m = &w->ments[x];
      const acta_token *h = &w->toks.v[m->last - 1];
      if (p == m->first && m->code[0] && !acta_code_eq(m->role, "CVL") &&
          (src == NO || m->group != w->ments[src].group) && h->penn != PT_NNS &&
          h->penn != PT_NNPS && tok_in(w, m->last - 1, WL_PERSON_NOUN))
        return NO;
      continue;
    }
    if (t->tag != P_PROPN || acta_overlaps_place(w, (size_t)sc->index, t->start, t->end)) continue;
    if (p > sc->s->first && is_punct(w, p - 1, '(')) continue;
    /* an acronym: capitals only, two or more (read up to the first
     * other byte) */
    const char *x2 = w->cur_text + t->start;
    uint32_t len = t->end - t->start, b = 0;
    while (b < len && x2[b] >= 'A' && x2[b] <= 'Z') b++;
    if (len > 1 && b == len) continue;
    return (int32_t)p;
  }
  return NO;
}

/* Does an actor that may be one person -- a singular title or role noun
 * ("the mayor", "the guerrilla leader") or a name with a role -- stand
 * anywhere in sentence sc before token q or in the sentence before, other
 * than the source src?  A "him" the pronoun search (subjects only) did not
 * resolve may then be that actor, named as an object ("police arrested the
 * mayor ... gunmen killed him"), and is no private person. */
static int person_actor_near(const struct acta_work *w, const sent_ctx *sc, uint32_t q,
                             int32_t src) {
  size_t si = (size_t)sc->index;
  for (size_t k = si > 0 ? si - 1 : si; k <= si; k++)
    for (size_t m = w->sent_ment[k]; m < w->sent_ment[k + 1]; m++) {
      const mention *x = &w->ments[m];
      if (x->first >= q) break;
      /* a civilian ("a woman ... beat her") is what the pronoun gets anyway */
      if (!x->code[0] || x->absorbed || acta_code_eq(x->role, "CVL") ||
          (src != NO && x->group == w->ments[src].group))
        continue;
      const acta_token *h = &w->toks.v[x->last - 1];
      if (h->penn == PT_NNS || h->penn == PT_NNPS ||
          acta_overlaps_place(w, k, w->toks.v[x->first].start, h->end))
        continue;
      if (tok_in(w, x->last - 1, WL_PERSON_NOUN) || (h->tag == P_PROPN && x->role[0])) return 1;
    }
  return 0;
}

/* ---- targets8: companies by their names, the author of a thing ---------- */


/* A company named at token q (after a determiner) by its name's shape: a
 * run of proper nouns no dictionary knows ending in a company's word
 * or beginning with one ("the Lebanese Canadian Bank", "Global Dynasty
 * Corp", "Banco Atlantida"), one proper noun ending in "bank" ("Citibank"), or a bare "a
 * bank"/"the bank" (not "bank accounts"): a role-only BUS mention; NO
 * otherwise.  Traced. */
static int32_t company_object(struct acta_work *w, const sent_ctx *sc, uint32_t q,
                              uint32_t end) {
  const acta_sentence *s = sc->s;
  if (q < end && w->toks.v[q].tag == P_DET) q++;
  if (q >= end || q >= s->last || w->tok_ment[q] != NO) return NO;
  uint32_t e = q;
  while (e < end && e < s->last && e < q + NAME_REACH && w->tok_ment[e] == NO &&
         w->toks.v[e].tag == P_PROPN)
    e++;
  int named = 0;
  if (e > q + 1 && (tok_in2(w, e - 1, WL2_COMPANY_SUFFIX) || tok_in2(w, q, WL2_COMPANY_SUFFIX)))
    named = 1;
  if (e == q + 1) {
    const char *x = norm(w, q);
    size_t n = strlen(x);
    named = n > 4 && !strcmp(x + n - 4, "bank");
  }
  if (named && acta_overlaps_place(w, (size_t)sc->index, w->toks.v[q].start, w->toks.v[e - 1].end))
    return NO;
  if (!named && w->toks.v[q].tag == P_NOUN && tok_in2(w, q, WL2_COMPANY_SUFFIX) &&
      q > sc->s->first && w->toks.v[q - 1].tag == P_DET &&
      (q + 1 >= s->last || (!np_tag(w->toks.v[q + 1].tag) && !is_word(w, q + 1, w->cw->w_of)))) {
    named = 1;
    e = q + 1;
  }
  if (!named || (e < s->last && (w->toks.v[e].tag == P_POSS || np_tag(w->toks.v[e].tag))))
    return NO;
  int32_t m = acta_private_person(w, q, e, "BUS");
  acta_trace(w, "  target \"%.*s\" -> BUS (a company by its name)\n",
             (int)(w->toks.v[e - 1].end - w->toks.v[q].start), w->cur_text + w->toks.v[q].start);
  return m;
}

/* The end of a run of proper nouns in no mention from token q (before
 * end, sentence end last), with "de", "la", "da" inside ("Jose Manuel de
 * la Rosa Ibarra"); a day or a month ends it when no_time. */
static uint32_t name_run_end(const struct acta_work *w, uint32_t q, uint32_t end, uint32_t last,
                             int no_time) {
  uint32_t e = q;
  while (e < end && e < last && w->tok_ment[e] == NO &&
         !(no_time && tok_in(w, e, WL_TIME_NOUN)) &&
         (w->toks.v[e].tag == P_PROPN ||
          (e > q && name_particle(w, e) && e + 1 < last &&
           (w->toks.v[e + 1].tag == P_PROPN || name_particle(w, e + 1)))))
    e++;
  return e;
}

/* targets9: the end of a run of proper nouns no dictionary codes right
 * after verb group g ("arrested Jorge Ramirez in ..."), not a place;
 * 0 when there is none. */
static uint32_t name_after_verb(const struct acta_work *w, const sent_ctx *sc,
                                const vgroup *g) {
  const acta_sentence *s = sc->s;
  uint32_t q = g->last;
  /* not a day or a month ("clashed Saturday with protesters") */
  if (q >= s->last || w->toks.v[q].tag != P_PROPN || w->tok_ment[q] != NO ||
      tok_in(w, q, WL_TIME_NOUN))
    return 0;
  uint32_t e = bare_name_end(w, sc, q, s->last, 1, 0);
  return e && e < s->last && tok_in(w, e, WL_TIME_NOUN) ? 0 : e;
}

/* prec48a: "The MS13 extorted bus drivers.  Soldiers arrested their
 * leader": a member phrase after "its"/"their" (WL_ORG_MEMBER) that
 * acta_possessive_members gave the code of the clause's own source src is,
 * as the object of an act done to a person, another's member: the actor
 * the possessive stands for before its sentence (acta_antecedent from the
 * sentence's start: the sentence before), an armed or criminal body (for
 * "their" also one named in the singular) not coded as src; none when
 * there is no such actor (the source does not
 * arrest its own leader).  Traced. */
static int32_t own_members_object(struct acta_work *w, const sent_ctx *sc, int32_t tgt,
                                  int32_t src) {
  const mention *m = &w->ments[w->ments[tgt].group];
  const mention *o = &w->ments[w->ments[src].group];
  int its = is_word(w, m->first, w->cw->w_its), their = is_word(w, m->first, w->cw->w_their);
  if (!(its || their) || m->next_in_group != NO || !tok_in(w, m->last - 1, WL_ORG_MEMBER) ||
      strcmp(m->code, o->code))
    return tgt;
  const char *where = NULL;
  const mention *r = NULL;
  /* (an armed or criminal body: "their" a group's too, "the gang ... their
   * leader") */
  for (int k = its ? REF_ORG : REF_PLURAL, n = 0; n < 2 && !r; k = REF_ORG, n++) {
    if (n && its) break;
    int32_t a = acta_antecedent(w, (size_t)sc->index, sc->s->first, k, ACTA_NO_WORD, &where);
    const mention *x = a != NO ? &w->ments[w->ments[a].group] : NULL;
    if (x && acta_antecedent_near(where) && x->code[0] && strcmp(x->code, o->code) &&
        acta_armed_group_role(x->role))
      r = x;
  }
  if (!r) {
    acta_trace(w, "  target \"%s ...\": the source's own members, no target\n",
               norm(w, m->first));
    return NO;
  }
  int32_t first = NO, prev = NO;
  mention copy = *m;
  acta_take_code(&copy, r);
  chain_copy(w, &copy, &first, &prev);
  acta_trace(w, "  target \"%s ...\": a member of %s (%s), not of the source\n",
             norm(w, m->first), r->code, where);
  return first;
}

int32_t acta_object_reference(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              uint32_t from, uint32_t end, int32_t src, int32_t tgt,
                              const char *code, const char *lemma) {
  const acta_sentence *s = sc->s;
  if (tgt != NO && src != NO && !g->passive && (on_person(code, lemma) || capture_192(code, lemma)))
    tgt = own_members_object(w, sc, tgt, src);
  int captured_verb = capture_192(code, lemma);
  /* targets9: "arrested Jorge Ramirez in an operation against the Zetas",
   * "extradited Jorge Ramirez to the United States", "accused Jorge
   * Ramirez of laundering money for the cartel": a name no dictionary
   * knows right after the verb of an act on a person is its object; an
   * actor named further on, past a preposition, is not (unless it says
   * whose the person is: "Ramirez of the Gulf Cartel" -- but "of" after
   * an accusation names the charge --, ", a leader of ...", "and the
   * cartel's leader") */
  if (tgt != NO && !g->passive && (on_person(code, lemma) || captured_verb)) {
    uint32_t e = name_after_verb(w, sc, g);
    if (e && w->ments[tgt].first > e && e < s->last && w->toks.v[e].tag == P_PREP &&
        !is_word(w, e, w->cw->w_from) &&
        !(is_word(w, e, w->cw->w_of) && strncmp(code, "112", 3) &&
          (e + 1 >= s->last || w->toks.v[e + 1].tag != P_VERB))) {
      acta_trace(w, "  target %s: past a preposition after the name the act is done to\n",
                 w->ments[tgt].code);
      tgt = NO;
      from = g->last;
    }
  }
  if (from >= end || from >= s->last) return tgt;
  /* "opened talks with them": a preposition before a pronoun */
  uint32_t q = from;
  if (q + 1 < end && w->toks.v[q].tag == P_PREP && tok_in(w, q + 1, WL_OBJ_PERSON | WL_OBJ_PLURAL))
    q++;
  int after_np = q + 1 < s->last && np_tag(w->toks.v[q + 1].tag);
  /* "him", "her" (not "her son"), "them": before any actor named after
   * them ("investigated him for links to the gang") */
  int kind = 0;
  /* only "her" may open a noun phrase ("shot him 12 times": targets8) */
  if (tok_in(w, q, WL_OBJ_PERSON) && !(after_np && is_vocab(w, q, V_HER))) kind = REF_PERSON;
  else if (tok_in(w, q, WL_OBJ_PLURAL)) kind = REF_PLURAL;
  if (kind && (tgt == NO || w->ments[tgt].first > q)) {
    const char *where;
    int self;
    int32_t a = referent_of(w, sc, g, q, kind, src, "the subject itself", &where, &self,
                            person_act(code, lemma) | legal_act(code) | capture_act(code, lemma), 0);
    /* "displaced him and his family": the actor named after it stays */
    if (a == NO && tgt != NO && q + 1 < s->last && is_and_or(w, q + 1)) return tgt;
    /* "gunmen killed him", "beat her": after violence done to a person
     * (roots 18-20), a pronoun with no actor the dictionaries know before
     * it stands for people they do not know, private persons (as a
     * passive's "He was shot by gunmen", acta_passive_subject).  Not an
     * arrest or an accusation, whose pronoun is most often a boss or an
     * official the dictionaries do not know ("authorities arrested him") */
    /* (the name of a person no dictionary knows nearer the pronoun in
     * its sentence than any such actor is it: "entered Herrera's cell
     * ... and beat him"; targets8.  Not for an arrest: named arrestees
     * are most often bosses, whose role and country a bare name hides) */
    if (a == NO && !self && tgt == NO && cameo_root(code) >= 18 && on_person(code, lemma) &&
        (!person_actor_near(w, sc, q, src) ||
         (kind == REF_PERSON && private_name_before(w, sc, q, src) != NO))) {
      const char *role = acta_held_for_crime(w, code, q + 1, end) ? "CRM" : "CVL";
      int32_t m = acta_private_person(w, q, q + 1, role);
      acta_trace(w, "  target \"%s\" -> %s (%s: a private person, by role only)\n", norm(w, q),
                 role, where);
      return m;
    }
    acta_trace(w, "  target \"%s\" -> %s (%s)\n", norm(w, q),
               a != NO ? w->ments[a].code : "-", where);
    return a != NO ? w->ments[a].group : NO;
  }
  /* "urged the country to pass legislation": the country the sentence is about */
  if (tgt == NO) {
    int32_t c = country_object(w, sc, q, src, code);
    if (c != NO) return c;
    /* targets18: "allocated $30 million in aid to the country",
     * "purchased helicopters for the country": cooperation or aid (roots
     * 06, 07) goes to "the country" after "to"/"for" past its object, in
     * its own clause (no verb between) */
    int root = cameo_root(code);
    if (!g->passive && (root == 6 || root == 7))
      for (uint32_t k = q; k + 1 < end && k < s->last && k < q + RECIPIENT_REACH; k++) {
        if (k > q && w->tok_vg[k] != NO) break;
        if ((is_word(w, k, w->cw->w_to) || is_word(w, k, w->cw->w_for)) &&
            (c = country_object(w, sc, k + 1, src, code)) != NO)
          return c;
      }
  }
  /* "shot three of their colleagues", "murdering rivals": the source's
   * own body, an armed group's rivals */
  if (tgt == NO && !g->passive && on_person(code, lemma)) {
    int32_t m = peer_object(w, sc, g->last, end, src);
    if (m != NO) return m;
  }
  /* "arrested five alleged members of the network", "injured three
   * others": people no dictionary codes */
  if (!g->passive && on_person(code, lemma)) {
    /* (a capture of people is their arrest: "captured the alleged heir
     * to a clan", objects12) */
    /* targets23a: "killed four drivers", "murdered two prospectors": a
     * killing coded 190 (before victim_codes.c says whom it harms) counts
     * people as root 18 does (counted_agents); not a shooting, whose
     * objects may be machines ("shot down two helicopters") */
    const char *as = captured_verb ? "173" : killing_190(code, lemma) ? "180" : code;
    int32_t m = people_object(w, sc, g->last, end, as, tgt);
    if (m != NO) return m;
  }
  /* targets29: "attacked three bus inspectors", "ambushed two rangers": an
   * attack (190) on people no dictionary codes is done to them, counted as
   * an assault's (182), also before a country named where it was done
   * ("ambushed two rangers in Peru": people_before_target); its other
   * objects stay unread (places: "attacked Mosul", things: "attacked the
   * convoy") */
  if (!g->passive && attack_on_people(code, lemma)) {
    int32_t m = people_object(w, sc, g->last, end, "182", tgt);
    /* (not civilians by role when the phrase names members of a body
     * no dictionary codes: "ambushed members of a combined task force"
     * are its forces; as acta_figure_people, the phrase is left unused) */
    /* (nor one thing named like a person by its ending: "attacked a power
     * plant", "a tanker": one person only by a people noun) */
    if (m != NO) {
      uint32_t h = w->ments[m].last - 1;
      int member = acta_code_eq(w->ments[m].role, "CVL") && tok_in(w, h, WL_ORG_MEMBER);
      int one_thing = w->toks.v[h].penn == PT_NN && !tok_in(w, h, WL_PEOPLE_HEAD);
      if (!member && !one_thing) return m;
    }
  }
  /* targets16: "released the four captives", "freed 20 kidnap victims":
   * people no dictionary codes, set free (0841) */
  if (tgt == NO && !g->passive && !strcmp(code, "0841")) {
    int32_t m = people_object(w, sc, g->last, end, code, NO);
    if (m != NO) return m;
  }
  /* "shot Veras", "abducted Maria Lopez", "captured Arauz Palacios" (a
   * bare capture, 192 before it is known whom): a name no dictionary
   * knows, right after the verb, that is no place and owns nothing
   * ("Veras's"); one killed only when named so before ("killed Lopez"
   * after "opposition leader Leopoldo Lopez", private_name) */
  /* "raided Citibank", "rejected the classification by the US" (targets8) */
  if (tgt == NO && !g->passive) {
    int32_t m = company_object(w, sc, g->last, end);
    if (m == NO) m = author_of_thing(w, sc, g->last, end, code, src);
    if (m != NO) return m;
  }
  /* targets10: "provided Ramon Cessa with a loan", "supplied Lopez with
   * rifles": a name no dictionary knows between an act of aid (root 07)
   * and "with" is the one aided */
  if (tgt == NO && !g->passive && cameo_root(code) == 7) {
    uint32_t e = name_after_verb(w, sc, g);
    if (e && e < s->last && is_word(w, e, w->cw->w_with)) {
      int32_t named;
      if (named_so_before(w, sc, g->last, e - 1, src, "target", 0, &named)) return named;
      int32_t m = acta_private_person(w, g->last, e, "CVL");
      acta_trace(w, "  target \"%s\" -> CVL (a private person named as the one aided)\n",
                 norm(w, g->last));
      return m;
    }
  }
  /* targets12: "donated helicopters to help Bolivia gather
   * intelligence", "hosted a course to help officials from Belize
   * improve cooperation": aid, an offer of it or a hosting done to help an
   * actor is done to that actor */
  if (tgt == NO && !g->passive &&
      (cameo_root(code) == 7 || !strncmp(code, "033", 3) || !strcmp(code, "043"))) {
    int32_t m = helped_actor(w, sc, g->last, end, src);
    if (m != NO) return m;
  }
  int captured = capture_192(code, lemma);
  /* coop15 (and targets15): "the United States supported Hernandez", "met with Hernandez"
   * after "President Juan Orlando Hernandez": a name no dictionary knows
   * right after the verb (or after its "with") of any act, named before
   * with a code, is that actor (not of a statement: "..., said Hernandez" is
   * its speaker; not a private person unnamed before: only
   * acts on a person make those, below) */
  if (tgt == NO && !g->passive && cameo_root(code) > 1 && !(on_person(code, lemma) || captured) &&
      g->last < end) {
    uint32_t at = g->last;
    if (at + 1 < end && is_word(w, at, w->cw->w_with)) at++;
    if (w->toks.v[at].tag == P_PROPN && w->tok_ment[at] == NO) {
      uint32_t e = bare_name_end(w, sc, at, end, 0, 0);
      /* (two earlier people of that name with different codes: none) */
      int32_t named = e && !acronym(w, e - 1) ? acta_name_ref(w, at, e - 1) : NO;
      if (named != NO && (src == NO || w->ments[named].group != w->ments[src].group) &&
          !other_bearer_between(w, named, at, e - 1)) {
        acta_trace(w, "  target \"%s\" -> %s (named so before)\n", norm(w, e - 1),
                   w->ments[named].code);
        /* that one actor, not the compound it was named in */
        int32_t first = NO, prev = NO;
        mention copy = w->ments[named];
        chain_copy(w, &copy, &first, &prev);
        return first;
      }
    }
  }
  if (tgt != NO || g->passive || !(on_person(code, lemma) || captured)) return tgt;
  /* targets25a: "kidnapped engineer Felipe Perez", "killed lawyer Ana
   * Ruiz" */
  if (g->last < end) {
    int32_t m = traded_name(w, sc, g->last, end, captured ? "173" : code, src);
    if (m != NO) return m;
  }
  /* targets12: "arrested the cell's leader Jair dos Santos" */
  if (g->last < end) {
    int32_t m = titled_name(w, sc, g->last, end, captured ? "173" : code);
    if (m != NO) return m;
  }
  /* targets31: "arrested alias El Gordo" */
  if (g->last < end) {
    int32_t m = alias_object(w, sc, g->last, end, captured ? "173" : code);
    if (m != NO) return m;
  }
  /* a name right after the verb is its object even where the pattern's
   * words run past it ("captured Manuel Garcia, alias El Meme" fits
   * "capture {...|alias}": targets8) */
  uint32_t at = g->last < end && w->toks.v[g->last].tag == P_PROPN ? g->last : from;
  /* prec44a: an age before the name ("extorting 51-year-old Rigoberto
   * Alfaro") */
  if (at + 1 < end && w->toks.v[at].tag == P_ADJ && tok_ends(w, at, "-year-old") &&
      w->toks.v[at + 1].tag == P_PROPN)
    at++;
  int32_t m = private_name(w, sc, at, end, captured ? "173" : code, src);
  return m != NO ? m : tgt;
}

/* coop15: is token q written in capitals only ("TIP", "KML"): an
 * acronym, no person's surname? */
static int acronym(const struct acta_work *w, uint32_t q) {
  const acta_token *t = &w->toks.v[q];
  for (uint32_t b = t->start; b < t->end; b++)
    if (w->cur_text[b] >= 'a' && w->cur_text[b] <= 'z') return 0;
  return 1;
}

/* How many tokens back from a name its last earlier bearer is looked for. */
#define BEARER_REACH 600

/* coop15: is the last earlier word of the surname at q (within
 * BEARER_REACH tokens) outside mention `named` and written with a given
 * name that mention does not hold ("Tony Hernandez" between "President
 * Juan Orlando Hernandez" and a later "Hernandez": the brother's)? */
static int other_bearer_between(const struct acta_work *w, int32_t named, uint32_t q0,
                                uint32_t q) {
  const mention *m = &w->ments[named];
  uint32_t n = w->toks.v[q].norm_len;
  for (uint32_t p = q0, k = 0; p > m->last && k < BEARER_REACH; k++) {
    p--;
    if (w->toks.v[p].norm_len != n || memcmp(norm(w, p), norm(w, q), n)) continue;
    if (w->tok_ment[p] != NO && w->ments[w->tok_ment[p]].group == m->group) return 0;
    uint32_t p0 = p;
    while (p0 > m->last && w->toks.v[p0 - 1].tag == P_PROPN) p0--;
    return !acta_name_ref_given(w, m, p0, p);
  }
  return 0;
}

/* The end of the run of proper nouns no dictionary codes from token from
 * (a proper noun) before end, "de", "la", "da" inside ("Jose Manuel de
 * la Rosa Ibarra": targets8; with no_time, no day or month inside);
 * 0 when there is none, when the name owns something or runs on into a
 * noun phrase ("Veras's car") unless `owns` allows it, or when it lies in
 * a place the gazetteer found.  (private_name, titled_name, name_after_verb,
 * author_at, owner_at) */
static uint32_t bare_name_end(const struct acta_work *w, const sent_ctx *sc, uint32_t from,
                              uint32_t end, int no_time, int owns) {
  const acta_sentence *s = sc->s;
  uint32_t e = name_run_end(w, from, end, s->last, no_time);
  if (e == from) return 0;
  if (!owns && e < s->last && (w->toks.v[e].tag == P_POSS || np_tag(w->toks.v[e].tag)))
    return 0;
  if (acta_overlaps_place(w, (size_t)sc->index, w->toks.v[from].start, w->toks.v[e - 1].end)) return 0;
  return e;
}

/* How far after an act of aid its purpose "to help X" may begin. */
#define HELPED_REACH 8

/* targets12: the actor named right after "to help" in tokens [q, end)
 * (within HELPED_REACH words, in the verb's own clause: no other verb
 * before it), not the source's own side; NO if none.  Traced. */
static int32_t helped_actor(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                            int32_t src) {
  const acta_sentence *s = sc->s;
  for (uint32_t k = q; k + 2 < end && k + 2 < s->last && k < q + HELPED_REACH; k++) {
    if (w->tok_vg[k] != NO) return NO;
    /* (targets34: or "to assist", "to aid") */
    if (!is_word(w, k, w->cw->w_to) ||
        !(acta_lemma_is(w->toks.v[k + 1].vlemma, w->cw->l_help) ||
          tok_lemma_in6(w, k + 1, w->toks.v[k + 1].vlemma, WL6_ASSIST_VERB)))
      continue;
    int32_t x = w->tok_ment[k + 2];
    if (x == NO || w->ments[x].first != k + 2 || !w->ments[x].code[0]) return NO;
    x = w->ments[x].group;
    if (src != NO && (x == w->ments[src].group || acta_same_side(&w->ments[x], &w->ments[src])))
      return NO;
    acta_trace(w, "  target \"%s\" -> %s (the one the act is done to help)\n", norm(w, k + 2),
               w->ments[x].code);
    return x;
  }
  return NO;
}

/* How many words a title phrase before a name may have ("one of the most
 * wanted men in Panama, ..."). */
#define TITLE_REACH 10

/* targets31: how many quotation marks may open a nickname ('""Cobra""'),
 * and how many words it may have ("El Gordo"). */
#define ALIAS_QUOTES 2
#define ALIAS_NAME_WORDS 4

/* targets31: the object at token q of an act of coercion on a person
 * (root 17: an arrest, a capture, an extradition) that is a nickname
 * alone after "alias" or "aka" ("police arrested alias Cobra", 'captured
 * alias ""Tito Lobo,"" a leader of'): a criminal held, a private person
 * (an alias is a criminal's, as after a name in private_name); NO when
 * the words are not so (who a person killed or kidnapped by an alias is,
 * the alias does not say).  Traced. */
static int32_t alias_object(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                            const char *code) {
  const acta_sentence *s = sc->s;
  if (strncmp(code, "17", 2) || !act_on_person(code) || q + 1 >= end || q + 1 >= s->last)
    return NO;
  /* prec44b: or a nickname in quotation marks alone ('police captured
   * ""El Gordo""'): the marks close right after its words */
  int quoted = is_punct(w, q, '"');
  if (!quoted && !tok_in4(w, q, WL4_ALIAS_WORD)) return NO;
  /* (mend44b: the quoted form only after an arrest or an extradition,
   * 173/174: a movement's quoted name dispersed or banned is no person) */
  if (quoted && strncmp(code, "173", 3) && strncmp(code, "174", 3)) return NO;
  uint32_t n = quoted ? q : q + 1;
  while (n + 1 < end && n + 1 < s->last && n - q <= ALIAS_QUOTES && is_punct(w, n, '"')) n++;
  /* (a capitalised word the tagger does not know may be read as a noun:
   * "alias Pitufo") */
  uint32_t e = n;
  while (e < end && e < s->last && e - n < ALIAS_NAME_WORDS && w->tok_ment[e] == NO &&
         (w->toks.v[e].flags & TF_CAP) &&
         (w->toks.v[e].tag == P_PROPN || w->toks.v[e].tag == P_NOUN))
    e++;
  if (e == n) return NO;
  /* (the closing marks, a comma inside them: '""Flaco,""') */
  if (quoted) {
    uint32_t c = e < s->last && is_punct(w, e, ',') ? e + 1 : e;
    if (c >= s->last || !is_punct(w, c, '"')) return NO;
    /* (not an operation's name: '""Operation Falcon""', WL2_OPERATION_NOUN) */
    if (tok_in2(w, n, WL2_OPERATION_NOUN)) return NO;
    /* (no noun after them: '""Tigre"" sympathizers' names no one; nor a
     * present-tense verb form, often a plural noun the tagger misread:
     * '""Falcon"" targets') */
    while (c < s->last && is_punct(w, c, '"')) c++;
    if (c < s->last && (np_tag(w->toks.v[c].tag) || w->toks.v[c].tag == P_POSS ||
                        w->toks.v[c].penn == PT_VBZ || w->toks.v[c].penn == PT_VBP))
      return NO;
  }
  int32_t m = acta_private_person(w, n, e, "CRM");
  acta_trace(w, "  target \"%s\" -> %s (a person named by an alias alone)\n", norm(w, n),
             w->ments[m].code);
  return m;
}

/* targets12: the object at token q of an arrest or an extradition (173,
 * 174) that is a name no dictionary knows after a title phrase none knows
 * either ("the cell's leader Jair dos Santos", "Comba's alleged successor
 * Edwin Salcedo", "one of the most sought men in Panama, Ivan Mosquera"):
 * a criminal (a role-only CRM mention for the name) when the phrase says
 * so -- "alleged", "suspected", "wanted", a body no dictionary names
 * ("cell", "network") or a crime word in it, an alias after the name or
 * what the person is held for (acta_held_for_crime) --, else NO (who a
 * named arrestee is, the title alone does not say).  A place after a
 * preposition may stand in the phrase ("in Panama").  Bounded by
 * TITLE_REACH words.  Traced. */
static int32_t titled_name(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                           const char *code) {
  const acta_sentence *s = sc->s;
  if (strncmp(code, "173", 3) && strncmp(code, "174", 3)) return NO;
  int noun = 0, cue = 0;
  uint32_t e = q;
  for (; e < end && e < s->last && e < q + TITLE_REACH; e++) {
    const acta_token *t = &w->toks.v[e];
    int32_t x = w->tok_ment[e];
    if (x != NO) {
      const mention *o = &w->ments[x];
      if (o->first != e) return NO;
      /* "one of the most wanted men": people by role only, the title's
       * head */
      if (o->role_only && !strcmp(o->role, "CVL")) {
        noun = 1;
        for (uint32_t k = o->first; k < o->last; k++)
          if (is_word(w, k, w->cw->w_alleged) || is_word(w, k, w->cw->w_suspected) ||
              is_word(w, k, w->cw->w_wanted))
            cue = 1;
      /* "in Panama": a place, a country named after a preposition */
      } else if (e == q || !place_prep(w, e - 1) || o->role[0]) {
        return NO;
      }
      e = o->last - 1;
      continue;
    }
    /* "Comba's alleged successor": a name owning the title */
    if (t->tag == P_PROPN && e + 1 < s->last && w->toks.v[e + 1].tag == P_POSS) {
      e++;
      continue;
    }
    if (t->tag == P_PROPN) break;
    if (is_word(w, e, w->cw->w_alleged) || is_word(w, e, w->cw->w_suspected) ||
        is_word(w, e, w->cw->w_wanted)) {
      cue = 1;
      continue;
    }
    if (t->tag == P_NOUN) {
      noun = 1;
      if (unnamed_body(w, e) || tok_in(w, e, WL_CRIME_WORD)) cue = 1;
      continue;
    }
    if (t->tag == P_DET || t->tag == P_ADJ || t->tag == P_ADV || t->tag == P_NUM ||
        t->tag == P_POSS || is_word(w, e, w->cw->w_of) || place_prep(w, e) ||
        (is_punct(w, e, ',') && e > q && e + 1 < s->last && w->toks.v[e + 1].tag == P_PROPN))
      continue;
    return NO;
  }
  if (!noun || e == q || e >= end || e >= s->last || w->toks.v[e].tag != P_PROPN ||
      w->tok_ment[e] != NO)
    return NO;
  uint32_t n = bare_name_end(w, sc, e, end, 0, 0);
  if (!n) return NO;
  uint32_t a = n < s->last && is_punct(w, n, ',') ? n + 1 : n;
  if (a < s->last && tok_in4(w, a, WL4_ALIAS_WORD)) cue = 1;
  if (!cue && !acta_held_for_crime(w, code, n, end)) return NO;
  int32_t m = acta_private_person(w, e, n, "CRM");
  acta_trace(w, "  target \"%s\" -> %s (a name after a title that says a criminal)\n",
             norm(w, e), w->ments[m].code);
  return m;
}

/* targets25a: how many lower-case words may qualify a trade before it
 * ("telecommunications engineer", "human rights lawyer"). */
#define TRADE_LEAD 2

/* targets25a: a private person named after a trade no dictionary codes
 * (WL3_PRIVATE_TRADE: "engineer Felipe Perez", "lawyer Ana Ruiz", "the
 * telecommunications engineer Felipe Perez") at token q, the object of an
 * act on a person (act_on_person): the trade says who the person is, so a
 * name killed is a target here too.  The name the article gave an actor
 * before is that actor (named_so_before); else a role-only mention of the
 * trade and the name, CRM when held for a crime or called by an alias, else CVL; NO
 * when there is no such phrase. */
static int32_t traded_name(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                           const char *code, int32_t src) {
  const acta_sentence *s = sc->s;
  if (!act_on_person(code) || q >= end || q >= s->last) return NO;
  uint32_t t = q;
  if (w->toks.v[t].tag == P_DET) t++;
  for (uint32_t k = 0; k < TRADE_LEAD && t + 1 < end && t + 1 < s->last &&
                       w->tok_ment[t] == NO && !(w->toks.v[t].flags & TF_CAP) &&
                       (w->toks.v[t].tag == P_NOUN || w->toks.v[t].tag == P_ADJ) &&
                       !tok_noun_lemma_in3(w, t, WL3_PRIVATE_TRADE);
       k++)
    t++;
  if (t + 1 >= end || t + 1 >= s->last || w->tok_ment[t] != NO ||
      w->toks.v[t].tag != P_NOUN || (w->toks.v[t].flags & TF_CAP) ||
      !tok_noun_lemma_in3(w, t, WL3_PRIVATE_TRADE) || w->toks.v[t + 1].tag != P_PROPN ||
      w->tok_ment[t + 1] != NO)
    return NO;
  uint32_t e = bare_name_end(w, sc, t + 1, end, 0, 0);
  if (!e) return NO;
  int32_t named;
  if (named_so_before(w, sc, t + 1, e - 1, src, "target", 0, &named)) return named;
  uint32_t a = e < s->last && is_punct(w, e, ',') ? e + 1 : e;
  int alias = a < s->last && tok_in4(w, a, WL4_ALIAS_WORD) && !strncmp(code, "17", 2);
  const char *role = alias || acta_held_for_crime(w, code, e, end) ? "CRM" : "CVL";
  int32_t m = acta_private_person(w, t, e, role);
  acta_trace(w, "  target \"%s %s\" -> %s (a private person named after a trade)\n",
             norm(w, t), norm(w, t + 1), role);
  return m;
}

/* A private person named by a name no dictionary knows at token from (a
 * run of proper nouns that is no place and owns nothing: "Veras", not
 * "Veras's car"), the object of an act with CAMEO code `code`: a role-only
 * mention, CRM when held for a crime (acta_held_for_crime), else CVL; NO
 * when there is no such name.  Traced. */
static int32_t private_name(struct acta_work *w, const sent_ctx *sc, uint32_t from,
                            uint32_t end, const char *code, int32_t src) {
  const acta_sentence *s = sc->s;
  if (from >= end || from >= s->last || w->toks.v[from].tag != P_PROPN ||
      w->tok_ment[from] != NO)
    return NO;
  uint32_t e = bare_name_end(w, sc, from, end, 0, 0);
  if (!e) return NO;
  /* "police arrested Lopez" after "opposition leader Leopoldo Lopez": the
   * actor named before by that name (as a passive's subject,
   * acta_passive_subject), never the source */
  int32_t named;
  if (named_so_before(w, sc, from, e - 1, src, "target", 0, &named)) return named;
  /* targets15: a name the article gave a role before, by another name
   * ('Jose Rivas, alias "Guacharo," ... troops killed Guacharo':
   * name_refs.c) is that actor, killed or held (acta_private_person takes its
   * code) */
  int32_t ref = acta_name_ref(w, from, e - 1);
  if (ref != NO && !act_on_person(code) &&
      (src == NO || w->ments[ref].group != w->ments[src].group)) {
    int32_t m = acta_private_person(w, from, e, "CVL");
    acta_trace(w, "  target \"%s\" -> %s (a name given that role before)\n", norm(w, from),
               w->ments[m].code);
    return m;
  }
  /* a name killed that was not named so before: who a named dead man was
   * (a boss, an agent, a bystander) the verb does not say */
  if (!act_on_person(code)) return NO;
  /* "Miguel Rivera Diaz, alias Bolo": a criminal's alias, held for a crime */
  uint32_t a = e < s->last && is_punct(w, e, ',') ? e + 1 : e;
  int alias = a < s->last && tok_in4(w, a, WL4_ALIAS_WORD) && !strncmp(code, "17", 2);
  const char *role = alias || acta_held_for_crime(w, code, e, end) ? "CRM" : "CVL";
  int32_t m = acta_private_person(w, from, e, role);
  acta_trace(w, "  target \"%s\" -> %s (a private person named: coded by role only)\n",
             norm(w, from), role);
  return m;
}

int32_t acta_noun_object(struct acta_work *w, const sent_ctx *sc, uint32_t i, uint32_t end,
                         const char *code, const char *lemma) {
  if (!on_person(code, lemma) || i + 2 >= end || !is_word(w, i + 1, w->cw->w_of)) return NO;
  /* a capture of people is their arrest */
  if (!strcmp(code, "192")) code = "173";
  int32_t m = private_name(w, sc, i + 2, end, code, NO);
  /* targets25a: "the kidnapping of engineer Felipe Perez" */
  if (m == NO) m = traded_name(w, sc, i + 2, end, code, NO);
  return m != NO ? m : people_object(w, sc, i + 2, end, code, NO);
}

/* How many mentions back a name's earlier, fuller mention is looked for. */
#define NAMED_BEFORE_REACH 256

/* The latest coded actor before token q in its article whose phrase ends
 * with q's name ("Leopoldo Lopez" for "Lopez"; a given name from q0 must be
 * its too: "Tony Hernandez" is not "Juan Orlando Hernandez"), among the
 * last NAMED_BEFORE_REACH mentions; NO if none. */
static int32_t named_before(const struct acta_work *w, const sent_ctx *sc, uint32_t q0,
                            uint32_t q) {
  const acta_token *t = &w->toks.v[q];
  size_t top = w->sent_ment[sc->index + 1];
  size_t low = top > NAMED_BEFORE_REACH ? top - NAMED_BEFORE_REACH : 0;
  for (size_t m = top; m-- > low;) {
    const mention *x = &w->ments[m];
    if (x->first >= q || !x->code[0] || x->last == 0) continue;
    const acta_token *e = &w->toks.v[x->last - 1];
    if (e->tag == P_PROPN && e->norm_len == t->norm_len &&
        !memcmp(norm(w, x->last - 1), norm(w, q), t->norm_len) &&
        acta_name_ref_given(w, x, q0, q))
      return (int32_t)m;
  }
  return NO;
}

/* Does the name [q0, q] (q its last word) name a coded actor the article
 * named before (named_before; a given name written must be its too; with
 * `one`, not a compound's)?  Then *out is that actor's group, or NO when
 * it is the source src (traced as `what`: "target", "passive subject",
 * "owner"), and 1 is returned; 0 when it names none. */
static int named_so_before(struct acta_work *w, const sent_ctx *sc, uint32_t q0, uint32_t q,
                           int32_t src, const char *what, int one, int32_t *out) {
  int32_t named = named_before(w, sc, q0, q);
  if (named == NO || (one && w->ments[w->ments[named].group].next_in_group != NO)) return 0;
  acta_trace(w, "  %s \"%s\" -> %s (named so before)\n", what, norm(w, q), w->ments[named].code);
  *out = src != NO && w->ments[named].group == w->ments[src].group ? NO : w->ments[named].group;
  return 1;
}

/* Is token q a particle inside a name ("da Silva", "de la Cruz")? */
static int name_particle(const struct acta_work *w, uint32_t q) {
  return acta_name_particle(w->toks.v[q].vocab);
}

/* How many words a subject phrase of unknown people may have ("Eleven
 * other MUCA members"). */
#define PEOPLE_REACH 6

/* targets29: is token t (after lo) "them" after "of" and a count -- a
 * number or "several", "some", "many", "most", "all", "both", "each"
 * ("four of them", "several of them")? */
int acta_counted_them(const struct acta_work *w, uint32_t lo, uint32_t t) {
  if (t < lo + 2 || !tok_in(w, t, WL_OBJ_PLURAL) || !is_word(w, t - 1, w->cw->w_of)) return 0;
  const acta_token *c = &w->toks.v[t - 2];
  return c->tag == P_NUM || c->vocab == V_SEVERAL || c->vocab == V_SOME ||
         c->vocab == V_MANY || c->vocab == V_MOST || c->vocab == V_ALL || c->vocab == V_BOTH ||
         c->vocab == V_EACH;
}

int32_t acta_passive_subject(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                             uint32_t end, int32_t src, const char *code,
                             const char *lemma) {
  const acta_sentence *s = sc->s;
  uint32_t lo = g->scope != NO ? w->frames[g->scope].first : s->first;
  /* ... and a threat to a person ("he was threatened by the mayor":
   * targets8), and an investigation ("He was investigated by CICIG",
   * "while they are investigated for the murder": targets23b) */
  if (!on_person(code, lemma) && cameo_root(code) != 13 && cameo_root(code) != 9) return NO;
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  /* "was hit and killed": the subject of the participle before */
  while (q >= lo + 2 && w->toks.v[q - 1].tag == P_CONJ && w->tok_vg[q - 2] != NO &&
         w->vgs[w->tok_vg[q - 2]].passive) {
    q = w->vgs[w->tok_vg[q - 2]].first;
    while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  }
  /* 'alias ""Belisario,"" was arrested': a name's closing marks */
  uint32_t p = q;
  while (p > lo && (is_punct(w, p - 1, '"') || is_punct(w, p - 1, ','))) p--;
  if (p <= lo || w->tok_ment[p - 1] != NO) return NO;
  const acta_token *tk = &w->toks.v[p - 1];
  /* targets15: a bare "was captured" (192 before it is known whom) is an
   * arrest of the person ('alias "El Toro," was captured by police') */
  const char *held = capture_192(code, lemma) ? "173" : code;
  int crime = acta_held_for_crime(w, held, g->last, end);
  const char *role = crime ? "CRM" : "CVL";
  /* targets29: "Four of them were shot by soldiers", "several of them
   * were recaptured by police": a count of "them" is some of the people
   * the pronoun stands for (found as an object pronoun's; none if no
   * actor: a count of people unknown is no private person) */
  if (p == q && acta_counted_them(w, lo, p - 1)) {
    const char *where;
    int32_t a = referent_of(w, sc, g, p - 1, REF_PLURAL, src, "the agent itself", &where, NULL,
                            person_act(code, lemma) | legal_act(code) | capture_act(code, lemma), 0);
    acta_trace(w, "  passive subject \"of %s\" -> %s (%s)\n", norm(w, p - 1),
               a != NO ? w->ments[a].code : "-", where);
    return a != NO ? w->ments[a].group : NO;
  }
  /* "He was detained by police", "Both were kidnapped": the actor named
   * before, as for an object pronoun */
  if (p == q && (tok_in(w, p - 1, WL_PRON_PERSON) || is_vocab(w, p - 1, V_THEY) ||
                 is_vocab(w, p - 1, V_BOTH))) {
    int kind = tok_in(w, p - 1, WL_PRON_PERSON) ? REF_PERSON : REF_PLURAL;
    const char *where;
    int self;
    int32_t a = referent_of(w, sc, g, p - 1, kind, src, "the agent itself", &where, &self,
                            person_act(code, lemma) | legal_act(code) | capture_act(code, lemma), 0);
    /* (an investigation: only the actor named before, targets23b) */
    if (a == NO && !self && cameo_root(code) == 9) {
      acta_trace(w, "  passive subject \"%s\": no actor named before it investigated\n",
                 norm(w, p - 1));
      return NO;
    }
    if (a == NO && !self) {
      /* "He was captured by the army", "Both were kidnapped by a rival
       * cartel": no actor the dictionaries know before it, so people they
       * do not (private persons) */
      int32_t m = acta_private_person(w, p - 1, p, role);
      acta_trace(w, "  passive subject \"%s\" -> %s (%s: a private person, by role only)\n",
                 norm(w, p - 1), role, where);
      return m;
    }
    acta_trace(w, "  passive subject \"%s\" -> %s (%s)\n", norm(w, p - 1),
               a != NO ? w->ments[a].code : "-", where);
    return a != NO ? w->ments[a].group : NO;
  }
  /* "X, who was captured": the name before "who" */
  int via_who = 0;
  if (p == q && tk->tag == P_WH && is_word(w, p - 1, w->cw->w_who)) {
    via_who = 1;
    p--;
    /* (prec37b: or a dash, "El Tejon -- who was killed by marines") */
    if (p > lo && (is_punct(w, p - 1, ',') || is_punct(w, p - 1, '-'))) p--;
    while (p > lo && is_punct(w, p - 1, '"')) p--;
    if (p <= lo || w->tok_ment[p - 1] != NO) return NO;
    tk = &w->toks.v[p - 1];
  }
  uint32_t b = p;
  if (tk->tag == P_PROPN ||
      (tk->tag == P_NUM && p - 1 > lo && w->toks.v[p - 2].tag == P_PROPN)) {
    /* "Paschoalin was captured by the police": a name no dictionary
     * knows, that is no place */
    /* ... with "da", "de" or a number inside ("Rogerio Avelino da Silva",
     * "Rogerio 157") */
    while (b > lo && w->tok_ment[b - 1] == NO &&
           (w->toks.v[b - 1].tag == P_PROPN ||
            (b - 1 > lo && w->toks.v[b - 2].tag == P_PROPN && w->tok_ment[b - 2] == NO &&
             (w->toks.v[b - 1].tag == P_NUM || name_particle(w, b - 1)))))
      b--;
    if (acta_overlaps_place(w, (size_t)sc->index, w->toks.v[b].start, w->toks.v[p - 1].end)) return NO;
    /* "Lopez, who was arrested" after "opposition leader Leopoldo Lopez":
     * the actor named before by that name */
    int32_t named;
    if (named_so_before(w, sc, b, p - 1, src, "passive subject", 0, &named)) return named;
  } else if (tok_in(w, p - 1, WL_PEOPLE_HEAD)) {
    /* "six others were murdered", "Eleven MUCA members were wounded" */
    if (trade_of_crime(w, p - 1)) role = "CRM";
    b = p - 1;
    while (b > lo && p - b < PEOPLE_REACH && w->tok_ment[b - 1] == NO &&
           (w->toks.v[b - 1].tag == P_NUM || w->toks.v[b - 1].tag == P_ADJ ||
            w->toks.v[b - 1].tag == P_DET || w->toks.v[b - 1].tag == P_PROPN ||
            w->toks.v[b - 1].tag == P_NOUN))
      b--;
  } else {
    return NO;
  }
  /* "Urabeno commander Rua Pino, alias Bartolo, was arrested": the
   * actor the alias belongs to */
  uint32_t k = b;
  while (k > lo && is_punct(w, k - 1, '"')) k--;
  if (k > lo && tok_in4(w, k - 1, WL4_ALIAS_WORD)) {
    /* a name with an alias held (root 17) is a criminal's, as an object's
     * is ("arrested Miguel Rivera Diaz, alias Bolo": private_name) */
    if (!strncmp(held, "17", 2)) role = "CRM";
    k--;
    while (k > lo && (is_punct(w, k - 1, ',') || is_punct(w, k - 1, '"'))) k--;
    if (k > lo && w->tok_ment[k - 1] != NO) {
      int32_t a = w->ments[w->tok_ment[k - 1]].group;
      if (src != NO && a == w->ments[src].group) return NO;
      acta_trace(w, "  passive subject \"%s\" -> %s (an alias of the actor before)\n",
                 norm(w, p - 1), w->ments[a].code);
      return a;
    }
  }
  /* the phrase stands alone: at the start, after a comma, a conjunction,
   * a subordinator or "alias"; not the end of "police in Paschoalin".
   * targets18: a name "who" was done to is that relative's antecedent
   * after a verb, "of" or an adjective too ("are believed to be Nelson
   * Martinez Olvera, who was caught by the authorities", "the father of
   * 16-year-old Ivan Soto who was allegedly killed by members of the
   * military"); not after a preposition of place */
  if (b > lo) {
    const acta_token *before = &w->toks.v[b - 1];
    /* (prec37b: or any preposition not of place, "searched for Juan
     * Perez, who was arrested by soldiers") */
    int antecedent = via_who && !place_prep(w, b - 1) &&
                     (w->tok_vg[b - 1] != NO || is_word(w, b - 1, w->cw->w_of) ||
                      before->tag == P_ADJ || before->tag == P_PREP);
    if (!(before->kind == TK_PUNCT || before->tag == P_CONJ || before->tag == P_THAT ||
          tok_in(w, b - 1, WL_SUBORDINATOR) || tok_in4(w, b - 1, WL4_ALIAS_WORD) || antecedent))
      return NO;
  }
  int32_t m = acta_private_person(w, b, p, role);
  acta_trace(w, "  passive subject \"%.*s\" -> %s (people no dictionary codes: by role only)\n",
             (int)(w->toks.v[p - 1].end - w->toks.v[b].start),
             w->cur_text + w->toks.v[b].start, role);
  return m;
}

/* Is mention m armed forces or police (the ones a deployment sends)? */
static int forces(const mention *m) {
  return acta_code_eq(m->role, "MIL") || acta_code_eq(m->role, "COP") || acta_code_eq(m->role, "UAF") ||
         acta_code_eq(m->role, "SPY");
}

/* Is token q a verb of going after an enemy ("to pursue", "to fight"),
 * not of helping ("to search for the students", "to protect")? */
static int against_verb(const struct acta_work *w, uint32_t q) {
  return tok_in2(w, q, WL2_AGAINST_VERB);
}

/* How far after the forces sent "against X" or "to hunt X" may stand. */
#define DEPLOY_REACH 12

/* How far after a to-infinitive its object may start ("to search for the
 * students"). */
#define PURPOSE_OBJECT_REACH 4

/* How far after the person extradited the country they go to may be named
 * ("extradited the former member of the FARC (Fuerzas Armadas
 * Revolucionarias de Colombia - FARC) to the United States", 'Ramiro
 * Cuellar, alias ""El Gato,"" to the United States'). */
#define EXTRADITION_REACH 24

int32_t acta_extradition_target(struct acta_work *w, const vgroup *g, uint32_t end, int32_t src,
                                int32_t tgt, const char *code, uint32_t lemma) {
  if (tgt == NO || g->passive || !acta_lemma_in5(w->cw, lemma, (uint32_t)WL5_EXTRADITE_VERB) ||
      (strcmp(code, "063") && strcmp(code, "0313")))
    return tgt;
  const mention *t = &w->ments[w->ments[tgt].group];
  /* (already a state: "extradited him to Guatemala") */
  if (!t->role[0] || acta_code_eq(t->role, "GOV")) return tgt;
  for (uint32_t q = t->last; q + 1 < end && q < t->last + EXTRADITION_REACH; q++) {
    /* (mend45e: a participle that owns the "to" after it is no clause of
     * its own: "a mafia boss linked to the gang to Colombia") */
    const int owns_to = word_owns_to(w, q) && q + 1 < end && is_word(w, q + 1, w->cw->w_to);
    if ((w->tok_vg[q] != NO && !owns_to) || is_punct(w, q, ';') || is_punct(w, q, ':')) break;
    if (!is_word(w, q, w->cw->w_to)) continue;
    /* prec45e: a "to" that the word before it owns is that word's ("a
     * major with links to the cabinet of President X", "linked to
     * the cartel": WL_TO_LINK, not "back"): no destination; the one after
     * it may be (mend45e: not any common noun's, "extradited the drug lord
     * last week to the United States") */
    if (q > t->last && w->tok_ment[q - 1] == NO && word_owns_to(w, q - 1)) continue;
    uint32_t r = q + 1;
    if (r < end && w->toks.v[r].tag == P_DET) r++;
    int32_t x = r < end ? w->tok_ment[r] : NO;
    if (x == NO) break;
    const mention *c = &w->ments[w->ments[x].group];
    if (!c->country[0] || (c->role[0] && !acta_code_eq(c->role, "GOV")) ||
        (src != NO && w->ments[src].group == w->ments[x].group))
      break;
    acta_trace(w, "  target %s: the country the extradited %s goes to (judicial cooperation)\n",
               c->code, t->code);
    return w->ments[x].group;
  }
  return tgt;
}

/* Is lexicon id lemma a verb of sending forces ("send", "deploy",
 * "station": WL5_SEND_VERB)? */
static int send_verb(const struct acta_work *w, uint32_t lemma) {
  return acta_lemma_in5(w->cw, lemma, (uint32_t)WL5_SEND_VERB);
}

int32_t acta_deployment_target(struct acta_work *w, const vgroup *g, uint32_t end,
                               int32_t src, int32_t tgt, const char *code, uint32_t lemma) {
  if (cameo_root(code) != 15 || src == NO || lemma == ACTA_NO_WORD) return tgt;
  const mention *sm = &w->ments[src];
  if (!send_verb(w, lemma)) {
    /* another show of force ("put 500 police officers on alert"): its own
     * troops or police are its means too; an enemy named stays ("patrol
     * neighbourhoods of the militias") */
    if (tgt == NO || tgt == src) return tgt;
    const mention *t0 = &w->ments[tgt];
    if ((!acta_code_eq(t0->role, "MIL") && !acta_code_eq(t0->role, "COP")) ||
        !(t0->role_only || acta_same_side(sm, t0)))
      return tgt;
    acta_trace(w, "  target %s: the forces deployed, no target\n", t0->code);
    return NO;
  }
  uint32_t from = g->last;
  const mention *t = NULL;
  if (tgt != NO) {
    t = &w->ments[w->ments[tgt].group];
    if (!forces(t) || t->first < g->last || (!acta_same_side(t, sm) && t->country[0]))
      return tgt;
    for (int32_t m = w->ments[tgt].group; m != NO; m = w->ments[m].next_in_group)
      if (w->ments[m].last > from) from = w->ments[m].last;
  }
  /* the actor they are sent against: "against X", "to pursue X" */
  int32_t against = NO;
  for (uint32_t q = from; q + 1 < end && q < from + DEPLOY_REACH && against == NO; q++) {
    if (is_punct(w, q, ';')) break;
    uint32_t o = NO;
    if (is_vocab(w, q, V_AGAINST)) o = q + 1;
    else if (w->toks.v[q].tag == P_TO && w->toks.v[q + 1].tag == P_VERB && against_verb(w, q + 1))
      o = q + 2;
    if (o == (uint32_t)NO) continue;
    for (uint32_t k = o; k < end && k < o + PURPOSE_OBJECT_REACH; k++) {
      int32_t x = w->tok_ment[k];
      if (x == NO) continue;
      x = w->ments[x].group;
      if (!acta_same_side(&w->ments[x], sm) && !forces(&w->ments[x])) against = x;
      break;
    }
  }
  if (t || against != NO)
    acta_trace(w, "  target: %s %s deployed, whom against: %s\n", t ? t->code : "the forces",
               t ? "are what is" : "", against != NO ? w->ments[against].code : "none named");
  return against;
}

int32_t acta_deployed_source(struct acta_work *w, const vgroup *g, int32_t subj,
                             const char *code, uint32_t lemma) {
  if (!g->passive || subj == NO || !send_verb(w, lemma)) return NO;
  if (cameo_root(code) != 15 && strcmp(code, "074")) return NO;
  const mention *m = &w->ments[w->ments[subj].group];
  /* the forces' own side: armed forces, police, peacekeepers ("Ecowas
   * peacekeepers": the pattern names them, the actor their body) */
  if (!forces(m) && strcmp(code, "074")) return NO;
  if (!m->code[0]) return NO;
  acta_trace(w, "  source %s: forces deployed are their own side's (no agent named)\n", m->code);
  return w->ments[subj].group;
}

/* Is mention m the state's (government, armed forces, police)? */
static int state_side(const mention *m) {
  return forces(m) || acta_code_eq(m->role, "GOV");
}

/* Is an act with CAMEO code `code` and verb lemma `lemma` one its parties
 * do together, each to the others: a meeting, talks ("held talks"), a
 * negotiation, an agreement signed or reached, cooperation (roots 03-06,
 * not a visit, which has a host)? */
static int joint_act(const struct acta_work *w, const char *code, uint32_t lemma) {
  int root = cameo_root(code);
  /* targets9: a truce or ceasefire signed, agreed or negotiated (0871)
   * binds both its sides ("the two gangs signed a truce") */
  int truce = !strcmp(code, "0871");
  if (!truce && (root < 3 || root > 6 || !strncmp(code, "042", 3) || !strncmp(code, "043", 3)))
    return 0;
  return acta_lemma_in5(w->cw, lemma, (uint32_t)WL5_JOINT_VERB);
}

/* How many words may stand between a verb and the joint act it does
 * ("conducted a large joint operation"). */
#define JOINT_NOUN_REACH 4

/* targets19b: is verb group g's act (CAMEO code `code`, lemma `lemma`) a
 * joint act -- one by its lemma (joint_act), or cooperation (roots 03-06)
 * whose object, right after the verb, is named "joint" or "bilateral"
 * (WL4_JOINT_WORD: "conducted a joint investigation", "launched joint
 * operations")? */
static int joint_act_at(const struct acta_work *w, const vgroup *g, uint32_t end,
                        const char *code, uint32_t lemma) {
  if (joint_act(w, code, lemma)) return 1;
  int root = cameo_root(code);
  if (root < 3 || root > 6 || !strncmp(code, "042", 3) || !strncmp(code, "043", 3)) return 0;
  uint32_t from = g->last;
  /* "carried out a joint operation": the verb's particle */
  if (from < end && w->toks.v[from].penn == PT_RP) from++;
  for (uint32_t q = from; q < end && q < from + JOINT_NOUN_REACH; q++) {
    if (tok_in4(w, q, WL4_JOINT_WORD)) return 1;
    if (w->tok_ment[q] != NO ||
        !(w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_ADJ || w->toks.v[q].tag == P_NUM))
      break;
  }
  /* codes25: a passive's act named before it, "a joint investigation
   * conducted by Colombian police and the DEA", "joint operations carried
   * out by the navy and prosecutors" (its agents the co-parties) */
  if (!g->passive) return 0;
  /* (back to the sentence's first word at most: review26) */
  for (uint32_t q = g->first, n = 0;
       q > 0 && !(w->toks.v[q].flags & TF_SENT_START) && n < JOINT_NOUN_REACH; n++) {
    q--;
    unsigned tag = w->toks.v[q].tag;
    if (tok_in4(w, q, WL4_JOINT_WORD)) return 1;
    if (w->tok_ment[q] != NO || !(tag == P_NOUN || tag == P_ADJ || tag == P_NUM)) return 0;
  }
  return 0;
}

/* targets9: is mention group x a country's bare name (no role) or a
 * compound of them right after a preposition of place ("negotiated a
 * truce in El Salvador", "met in Colombia")?  Where a joint act was done,
 * not its partner. */
static int joint_act_place(const struct acta_work *w, int32_t x) {
  const mention *m = &w->ments[w->ments[x].group];
  if (m->first == 0 || !place_prep(w, m->first - 1)) return 0;
  for (; m; m = m->next_in_group != NO ? &w->ments[m->next_in_group] : NULL)
    if (!m->entry || m->entry->kind != ENT_ACTOR || m->role[0] || !m->country[0]) return 0;
  return 1;
}

/* How far after its verb a joint act's partner may be named with "with"
 * ("agreed to extend joint maritime patrols with the US Coast Guard"). */
#define PARTNER_REACH 12

int32_t acta_reciprocal_target(struct acta_work *w, const vgroup *g, uint32_t end,
                               int32_t src, int32_t tgt, const char *code, uint32_t lemma) {
  /* targets9: "the FARC and the ELN negotiated a truce in Venezuela":
   * the country is where, the co-parties are each other's */
  int joint = joint_act_at(w, g, end, code, lemma);
  /* codes25: of a passive, only a joint act with no subject acted on ("a
   * joint investigation conducted by Colombian police and the DEA") */
  if (g->passive && (tgt != NO || !joint)) return tgt;
  if (tgt != NO && src != NO && joint && joint_act_place(w, tgt)) {
    acta_trace(w, "  target %s: where a joint act was done, no party\n",
               w->ments[w->ments[tgt].group].code);
    tgt = NO;
  }
  /* targets10: "two self-defense groups accused each other of links to
   * organized crime", "criminals are killing each other", "gangs battling
   * with one another": one plural source, its members each other's
   * targets (a copy of it, so that the event is not dropped as the
   * source acting on itself); not an actor named after it */
  if (src != NO && w->ments[w->ments[src].group].next_in_group == NO) {
    uint32_t q = g->last;
    if (q < end && is_word(w, q, w->cw->w_with)) q++;
    int each = q + 1 < end &&
               ((is_vocab(w, q, V_EACH) && is_vocab(w, q + 1, V_OTHER)) ||
                (is_word(w, q, w->cw->w_one) && is_vocab(w, q + 1, V_ANOTHER)));
    if (each && (tgt == NO || w->ments[tgt].first > q)) {
      /* its words are "each other" (an event's actor on itself is dropped) */
      acta_trace(w, "  target: %s, its members acting on each other\n",
                 w->ments[w->ments[src].group].code);
      return acta_self_target(w, &w->ments[w->ments[src].group], q, q + 2);
    }
  }
  if (tgt != NO || src == NO) return tgt;
  const mention *a = &w->ments[w->ments[src].group];
  /* "agreed to extend joint patrols with the US Coast Guard", "met in
   * Bogota on Tuesday with Ecuador's president": a joint act's partner
   * named with "with" in its clause */
  if (joint) {
    for (uint32_t q = g->last; q + 1 < end && q < g->last + PARTNER_REACH; q++) {
      if (is_punct(w, q, ';') || is_punct(w, q, ':')) break;
      if (!is_word(w, q, w->cw->w_with)) continue;
      /* "with the help of the Church": a helper (acta_with_nonparty) */
      if (help_of(w, q + 1) || (q + 2 < end && w->toks.v[q + 1].tag == P_DET && help_of(w, q + 2)))
        continue;
      int32_t x = NO;
      for (uint32_t k = q + 1; k < end && k <= q + 3 && x == NO; k++)
        if (w->tok_ment[k] != NO) x = w->ments[w->tok_ment[k]].group;
      if (x == NO || x == a->group) break;
      acta_trace(w, "  target: %s, the partner of a joint act (\"with\")\n", w->ments[x].code);
      return x;
    }
  }
  if (a->next_in_group == NO) return tgt;
  /* "Colombia and Ecuador signed an agreement": the two co-parties of a
   * joint act are each other's targets (of more than two, "Peru, Chile
   * and Bolivia met", none: below) */
  /* targets9: two parties coded alike ("Iraqi government forces and
   * Kurdish Peshmerga forces", both IRQMIL) would target themselves */
  if (joint && w->ments[a->next_in_group].next_in_group == NO &&
      !strcmp(a->code, w->ments[a->next_in_group].code))
    return tgt;
  /* lead (session 25): of more than two parties ("Mexico, Guatemala and
   * Honduras met", "the summit was attended by representatives of A, B, C
   * ...") no one party is another's partner: pairing each with the first
   * named was arbitrary (judged wrong), so each acts on no one named */
  if (joint && w->ments[a->next_in_group].next_in_group != NO) {
    acta_trace(w, "  target: none, a joint act of more than two parties (%s ...)\n", a->code);
    return tgt;
  }
  if (joint) {
    acta_trace(w, "  target: the co-parties of a joint act (%s ...), each the other's\n",
               a->code);
    return a->group;
  }
  if (w->ments[a->next_in_group].next_in_group != NO) return tgt;
  /* "police and soldiers have been fighting": the state's forces are one
   * side (fighting someone not named) */
  const mention *b = &w->ments[a->next_in_group];
  if (state_side(a) && state_side(b)) return tgt;
  /* "fighting each other", "attacked one another" */
  int each = g->last + 1 < end &&
             ((is_vocab(w, g->last, V_EACH) && is_vocab(w, g->last + 1, V_OTHER)) ||
              (is_word(w, g->last, w->cw->w_one) && is_vocab(w, g->last + 1, V_ANOTHER)));
  if (!each && !acta_lemma_in5(w->cw, lemma, (uint32_t)WL5_SIDES_FIGHT)) return tgt;
  acta_trace(w, "  target: the sides of %s fight each other\n", w->ments[src].code);
  return w->ments[src].group;
}

/* prec41a: the actor coordinated with "he"/"she" right before verb
 * group g ("he and President X signed"; adverbs before the verb passed
 * over): sets *pron to the pronoun's token and returns the
 * actor's mention group, else NO. */
static int32_t pronoun_partner_at(const struct acta_work *w, const sent_ctx *sc,
                                  const vgroup *g, uint32_t *pron) {
  uint32_t lo = sc->s->first, q = acta_before_adverbs(w, sc, g);
  if (q < lo + 3) return NO;
  /* (not "X and he signed": X, named before the pronoun, would be one
   * of its candidates) */
  int32_t m = w->tok_ment[q - 1];
  if (m == NO || w->ments[m].last != q) return NO;
  uint32_t f = w->ments[m].first;
  if (f < lo + 2 || !is_word(w, f - 1, w->cw->w_and) ||
      !(is_vocab(w, f - 2, V_HE) || is_vocab(w, f - 2, V_SHE)))
    return NO;
  *pron = f - 2;
  return w->ments[m].group;
}

int32_t acta_pronoun_partner(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                             uint32_t end, int32_t src, int32_t tgt, const char *code,
                             uint32_t lemma) {
  if (tgt != NO || src == NO || g->passive || !joint_act_at(w, g, end, code, lemma)) return tgt;
  int32_t a = w->ments[src].group;
  if (w->ments[a].next_in_group != NO) return tgt;
  uint32_t p = 0;
  int32_t named = pronoun_partner_at(w, sc, g, &p);
  if (named == NO || w->ments[named].next_in_group != NO) return tgt;
  const char *where;
  int32_t x = acta_antecedent(w, (size_t)sc->index, p, REF_PERSON, ACTA_NO_WORD, &where);
  if (x == NO || !acta_antecedent_near(where)) return tgt;
  x = w->ments[x].group;
  /* the source is one of the two: the other is its partner */
  int32_t other = a == named ? x : a == x ? named : NO;
  if (other == NO || x == named || !w->ments[other].code[0] ||
      !strcmp(w->ments[other].code, w->ments[a].code))
    return tgt;
  acta_trace(w, "  target: %s, the source's partner in a joint act (\"%s and\", %s)\n",
             w->ments[other].code, norm(w, p), where);
  return other;
}

/* A name no dictionary knows that ends right before token e and opens
 * its clause (a run of proper nouns, no place): sets [*b, *e) and returns
 * 1, else 0 (defined below). */
static int name_subject_before(const struct acta_work *w, const sent_ctx *sc, uint32_t e,
                               uint32_t *b_out, uint32_t *e_out);

/* The first token of verb group g's clause's words before it, past its
 * adverbs ("was later arrested"). */
uint32_t acta_before_adverbs(const struct acta_work *w, const sent_ctx *sc, const vgroup *g) {
  uint32_t e = g->first;
  while (e > sc->s->first && w->toks.v[e - 1].tag == P_ADV) e--;
  return e;
}

/* A name no dictionary knows standing as verb group g's subject: a run
 * of proper nouns right before it (adverbs between) that opens its clause
 * and is no place.  Sets [*b, *e) and returns 1, else 0. */
static int bare_name_subject(const struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                             uint32_t *b_out, uint32_t *e_out) {
  return name_subject_before(w, sc, acta_before_adverbs(w, sc, g), b_out, e_out);
}

/* targets15: how many tokens a nickname after "alias" or "known as" may
 * run to the verb ('alias ""Rogerio 157,"" was', '(alias "Gala") was'). */
#define ALIAS_REACH 10

/* targets15: when the tokens before token e end a nickname set after a
 * name (', alias "M-1," was arrested', ', also known as "H-1," was
 * arrested'), the token after that name, before the comma or bracket
 * that opens the nickname; 0 otherwise.  No verb and no actor of the
 * dictionaries may stand in the nickname.  *known_out: 1 after "known
 * as" (also an activist's: 'known as "Don Nepo"'), 0 after "alias" (a
 * criminal's). */
static uint32_t alias_name_end(const struct acta_work *w, const sent_ctx *sc, uint32_t e,
                               int *known_out) {
  const acta_sentence *s = sc->s;
  uint32_t lo = e > s->first + ALIAS_REACH ? e - ALIAS_REACH : s->first;
  for (uint32_t k = e; k > lo; k--) {
    uint32_t q = k - 1;
    int known_as = is_vocab(w, q, V_AS) && q > s->first && is_word(w, q - 1, w->cw->w_known);
    if (!tok_in4(w, q, WL4_ALIAS_WORD) && !known_as) {
      if (w->tok_vg[q] != NO || w->tok_ment[q] != NO) return 0;
      continue;
    }
    if (q + 1 >= e) return 0; /* no nickname */
    *known_out = known_as;
    uint32_t n = known_as ? q - 1 : q; /* "alias", "known" */
    if (known_as && n > s->first && (is_vocab(w, n - 1, V_ALSO) || is_word(w, n - 1, w->cw->w_better)))
      n--;
    if (n <= s->first + 1 || !(is_punct(w, n - 1, ',') || is_punct(w, n - 1, '('))) return 0;
    n--;
    return w->toks.v[n - 1].tag == P_PROPN ? n : 0;
  }
  return 0;
}

static int name_subject_before(const struct acta_work *w, const sent_ctx *sc, uint32_t e,
                               uint32_t *b_out, uint32_t *e_out) {
  const acta_sentence *s = sc->s;
  uint32_t b = e;
  while (b > s->first && w->toks.v[b - 1].tag == P_PROPN && w->tok_ment[b - 1] == NO &&
         !(w->toks.v[b - 1].flags & TF_DATELINE))
    b--;
  if (b == e) return 0;
  /* the name opens its clause: the sentence, or after a comma, "and", a
   * quotation mark ("the gang's leader, Edgar Moreno, was" is an actor's) */
  if (b > s->first) {
    const acta_token *pv = &w->toks.v[b - 1];
    if (!(pv->kind == TK_PUNCT && (pv->punct == ',' || pv->punct == '"')) &&
        !(pv->tag == P_CONJ && is_and_or(w, b - 1)) && pv->tag != P_THAT &&
        !(w->tok_vg[b - 1] != NO && w->vgs[w->tok_vg[b - 1]].reporting))
      return 0;
    /* an appositive name after a noun phrase ("the gang's leader, Edgar
     * Moreno, was"), not after a place ("In Abu Hamour, Bohendi was") */
    if (pv->kind == TK_PUNCT && pv->punct == ',' && b >= s->first + 2 &&
        np_tag(w->toks.v[b - 2].tag)) {
      uint32_t np0 = b - 2;
      while (np0 > s->first && np_tag(w->toks.v[np0 - 1].tag) && w->tok_ment[np0 - 1] == NO)
        np0--;
      if (w->tok_ment[b - 2] != NO || np0 == s->first || w->toks.v[np0 - 1].tag != P_PREP)
        return 0;
    }
  }
  if (acta_overlaps_place(w, (size_t)sc->index, w->toks.v[b].start, w->toks.v[e - 1].end)) return 0;
  *b_out = b;
  *e_out = e;
  return 1;
}

/* How many words a phrase of people may run as a passive's subject
 * ("Eight suspected members of the network"). */
#define PEOPLE_SUBJECT 10

int32_t acta_passive_private_subject(struct acta_work *w, const sent_ctx *sc,
                                     const vgroup *g, const char *code) {
  const acta_sentence *s = sc->s;
  uint32_t b, e;
  if (!g->passive || !act_on_person(code)) return NO;
  /* targets15: 'Jose Lopez, alias "M-1," was arrested': the name before
   * the nickname, a criminal's when held (root 17), as an object's is
   * (private_name) */
  int alias = 0, known = 0;
  uint32_t e0 = acta_before_adverbs(w, sc, g);
  if (!bare_name_subject(w, sc, g, &b, &e)) {
    uint32_t ae = alias_name_end(w, sc, e0, &known);
    /* (one "known as" a nickname is held as a criminal only after an
     * arrest: 'known as "Don Nepo"' may be an activist killed) */
    alias = ae && (!known || cameo_root(code) == 17) && name_subject_before(w, sc, ae, &b, &e);
  }
  if (!alias && !bare_name_subject(w, sc, g, &b, &e)) {
    /* "Eight suspected members of the network were arrested": a phrase of
     * people no dictionary codes opening the clause (targets8) */
    uint32_t q = g->first;
    while (q > s->first && q + PEOPLE_SUBJECT > g->first && w->tok_vg[q - 1] == NO &&
           w->tok_ment[q - 1] == NO && w->toks.v[q - 1].kind != TK_PUNCT &&
           w->toks.v[q - 1].tag != P_CONJ)
      q--;
    if (q == g->first || (q > s->first && w->tok_vg[q - 1] != NO)) return NO;
    int32_t m = people_object(w, sc, q, g->first, code, NO);
    /* the phrase runs to the verb ("... members of the network were") */
    if (m != NO && w->ments[m].last < g->first && is_word(w, w->ments[m].last, w->cw->w_of))
      w->ments[m].last = g->first;
    /* held for what the words after the verb say ("were detained on
     * suspicion of smuggling fuel") */
    if (m != NO && acta_code_eq(w->ments[m].role, "CVL") &&
        acta_held_for_crime(w, code, g->last, s->last)) {
      memcpy(w->ments[m].code, "CRM", 4);
      memcpy(w->ments[m].role, "CRM", 4);
    }
    return m;
  }
  const char *role = alias || acta_held_for_crime(w, code, g->last, s->last)
                         ? "CRM" : "CVL";
  /* (with its nickname, the phrase runs to the verb) */
  int32_t m = acta_private_person(w, b, alias ? e0 : e, role);
  acta_trace(w, "  subject \"%s\" -> %s (a private person named%s: coded by role only)\n",
             norm(w, b), role, alias ? ", a nickname after" : "");
  return m;
}

/* Does a noun of people, members, counterparts or an unnamed body stand
 * right before the preposition of place before token f ("similar groups in
 * Ecuador", "officials in Mexico City")?  The place's name then stands for
 * those people's home, not where an act happened. */
static int people_of_place(const struct acta_work *w, const sent_ctx *sc, uint32_t f) {
  return f >= sc->s->first + 2 &&
         (tok_in(w, f - 2, WL_ORG_MEMBER | WL_PERSON_NOUN | WL_PEOPLE_HEAD) ||
          tok_in3(w, f - 2, WL3_COUNTERPART) || unnamed_body(w, f - 2));
}

static int place_list_before(const struct acta_work *w, const sent_ctx *sc, uint32_t f);

/* targets12: is target group m (its members all countries or regions
 * named alone, no role) named right after a preposition of place that is
 * not the pattern's own word (used_to), as where an act (CAMEO `code`)
 * happened? */
static int country_as_place(const struct acta_work *w, const sent_ctx *sc, const mention *m,
                            const char *code, uint32_t used_to) {
  /* appeals, meetings and talks (040, 046), cooperation, concessions,
   * investigations, disapproval, protests, denials and coercion (roots 02,
   * 06, 08, 09, 11, 14, 16, 17); not asylum sought in a country (0233) nor
   * an investment in it (061), nor statements, pledges, aid, shows of
   * force and force ("warned of famine in Somalia", "war games near
   * Finland's border", "air strikes in Iraq": the country's,
   * docs/conventions.md) */
  int root = cameo_root(code);
  int acts = root == 2 || root == 6 || root == 8 || root == 9 || root == 11 || root == 14 ||
             root == 16 || root == 17 || !strcmp(code, "040") || !strcmp(code, "046");
  if (!acts || !strcmp(code, "0233") || !strcmp(code, "061")) return 0;
  uint32_t f = m->first;
  /* targets32: "investigating complaints by relatives of prisoners in
   * Chihuahua, Mexico", "are meeting in Guayaquil, Ecuador": a country
   * after a comma after a place no dictionary codes, the two after a
   * preposition of place, is the country that place is in */
  int apposed = f >= sc->s->first + 3 && is_punct(w, f - 1, ',') && w->tok_ment[f - 2] == NO &&
                place_list_before(w, sc, f);
  if (apposed)
    acta_trace((struct acta_work *)w, "  target \"%s\": the country of the place before it\n",
               norm(w, f));
  /* ("an investigation into X" names what is looked into) */
  if (!apposed && (f <= sc->s->first || !place_prep(w, f - 1) || is_vocab(w, f - 1, V_INTO) ||
                   used_to + 1 == f))
    return 0;
  /* "similar groups in Ecuador", "his counterparts in Latin America": the
   * country stands for people or a body no dictionary names; "near
   * Finland's border": its own place */
  if (!apposed && people_of_place(w, sc, f)) return 0;
  if (m->last < sc->s->last && w->toks.v[m->last].tag == P_POSS) return 0;
  for (const mention *x = m; x; x = x->next_in_group != NO ? &w->ments[x->next_in_group] : NULL)
    if (!x->entry || x->entry->kind != ENT_ACTOR || x->role[0] || strlen(x->code) != 3)
      return 0;
  return 1;
}

/* roles29: how far back a list of places before a name may run. */
#define PLACE_LIST_REACH 12

/* roles29: do the tokens right before token f list places after a
 * preposition of place, the name at f their last ("in the cities of
 * Tarija, Potosi and La Paz", "in Oruro or Sucre")?  Then the
 * name is a place of the list too. */
static int place_list_before(const struct acta_work *w, const sent_ctx *sc, uint32_t f) {
  uint32_t q = f, lo = f > sc->s->first + PLACE_LIST_REACH ? f - PLACE_LIST_REACH : sc->s->first;
  int places = 0;
  while (q > lo) {
    const acta_token *t = &w->toks.v[q - 1];
    if (is_and_or(w, q - 1) || is_punct(w, q - 1, ','))
      q--;
    else if (acta_overlaps_place(w, (size_t)sc->index, t->start, t->end))
      q--, places = 1;
    else
      break;
  }
  return places && q > sc->s->first && q < f &&
         (place_prep(w, q - 1) ||
          (q >= sc->s->first + 2 && w->toks.v[q - 1].tag == P_PREP && place_noun(w, q - 2)));
}

/* prec37b: does "from" before token b (determiners between) follow a
 * noun of goods seized in transit that no dictionary codes ("confiscated a
 * phone card from Nicaragua", "seized a load of pistols from
 * Venezuela")?  A country named there is where the goods came from, as
 * after a drug or money (acta_drug_origin).  mend37ab: goods only, not any
 * uncoded noun: "seized a cargo plane from Venezuela" may take the
 * country's own plane, which stays its target. */
static int seized_thing_origin(const struct acta_work *w, uint32_t b, uint32_t lo) {
  int32_t n = acta_from_thing(w, b, lo);
  return n != NO && w->toks.v[n].tag == P_NOUN && w->tok_ment[n] == NO &&
         tok_in6(w, n, WL6_SEIZED_GOODS);
}

int32_t acta_place_target(struct acta_work *w, const sent_ctx *sc, int32_t tgt,
                          const char *code, uint32_t used_to) {
  if (tgt != NO && country_as_place(w, sc, &w->ments[w->ments[tgt].group], code, used_to)) {
    acta_trace(w, "  target \"%s\" -> - (a country named as where the act happened)\n",
               norm(w, w->ments[w->ments[tgt].group].first));
    return NO;
  }
  /* bodies15: "supplying firearms in El Salvador's black market",
   * "met near the US border": a place or a thing of a country, no target
   * of words, meetings, aid or cooperation (roots 01, 02, 04, 05, 07,
   * 09-14; force on a place is force on its country: "shelled Armenian
   * villages", "cyberattacks against Iranian ports"; so are trade,
   * concessions and intents, which may be of such acts: "cut duties on
   * U.S. farm exports", "willing to pull its troops out of the West Bank
   * cities") */
  int thing_root = cameo_root(code);
  if (tgt != NO && thing_root >= 1 && thing_root < 15 && thing_root != 3 && thing_root != 6 &&
      thing_root != 8 && acta_country_thing_target(w, &w->ments[w->ments[tgt].group])) {
    acta_trace(w, "  target \"%s\" -> - (a place or a thing of a country)\n",
               norm(w, w->ments[w->ments[tgt].group].last - 1));
    return NO;
  }
  /* protests, shows of force and coercion (roots 14-17) done in a place; a
   * visit to a capital ("arrived in Tehran") is to its government, and
   * force on a place is force on its country ("shelled the Ukrainian town
   * of Kupiansk": UKR, roots 18-20) */
  int root = cameo_root(code);
  /* sources12: "helped move drug shipments from near the border with
   * Chile", "trade near the Triple Frontier with Brazil": a country after a
   * border's "with" is where, not whom, aid or cooperation (roots 06-07)
   * reaches */
  if (tgt != NO && (root == 6 || root == 7)) {
    const mention *b = &w->ments[w->ments[tgt].group];
    uint32_t f = b->first;
    if (f >= sc->s->first + 2 && is_word(w, f - 1, w->cw->w_with) &&
        tok_in2(w, f - 2, WL2_BORDER_NOUN) && b->entry && b->entry->kind == ENT_ACTOR &&
        !b->role[0]) {
      acta_trace(w, "  target \"%s\" -> - (a border's neighbour, a place)\n", norm(w, f));
      return NO;
    }
  }
  /* targets24b: "joined forces with similar groups in Ecuador, Bolivia,
   * and Colombia": a country named alone right after "in" after a partner
   * ("with" and a noun of people or of an unnamed body) is where they are,
   * not the country acted on (the people or groups are: no dictionary
   * codes them).  Not the object of the verb itself ("deployed observers
   * in Malawi": sent there) */
  if (tgt != NO && root >= 1 && root <= 17) {
    const mention *b = &w->ments[w->ments[tgt].group];
    uint32_t f = b->first, q = f >= sc->s->first + 2 ? f - 2 : f;
    /* back over the partner's phrase (bounded: a few words) */
    for (int k = 0; k < 4 && q > sc->s->first &&
                    (w->toks.v[q - 1].tag == P_ADJ || w->toks.v[q - 1].tag == P_NOUN ||
                     w->toks.v[q - 1].tag == P_DET || w->toks.v[q - 1].tag == P_NUM);
         k++)
      q--;
    if (f >= sc->s->first + 3 && is_word(w, f - 1, w->cw->w_in) &&
        w->toks.v[f - 2].tag == P_NOUN && w->tok_ment[f - 2] == NO &&
        tok_in(w, f - 2, WL_PEOPLE_HEAD | WL_UNNAMED_BODY) && q > sc->s->first &&
        is_word(w, q - 1, w->cw->w_with) && b->entry &&
        b->entry->kind == ENT_ACTOR && !b->role[0] && b->country[0]) {
      acta_trace(w, "  target \"%s\" -> - (where the people or groups before \"in\" are)\n",
                 norm(w, f));
      return NO;
    }
  }
  if (tgt == NO || root < 14 || root > 17) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  /* "near Puerto Rico and the US Virgin Islands": a compound of places
   * after one preposition of place is a place, each member as the first */
  int compound = m->next_in_group != NO;
  uint32_t f = m->first;
  int after_place_prep =
      f > sc->s->first &&
      (place_prep(w, f - 1) ||
       (f >= sc->s->first + 2 && w->toks.v[f - 1].tag == P_PREP && place_noun(w, f - 2)) ||
       place_list_before(w, sc, f));
  /* actors8: "seized pesos from Colombia, Chile and Cuba", "cocaine
   * from Brazil": where the thing seized comes from */
  int origin = acta_drug_origin(w, f, sc->s->first) ||
               (!strncmp(code, "171", 3) && seized_thing_origin(w, f, sc->s->first));
  /* (actors15: or a list of countries' adjectives before a thing, "U.S.
   * and Mexican currency") */
  int thing_list = root == 17 && code[2] >= '1' && code[2] <= '5' &&
                   acta_country_thing_mention(w, m);
  if (compound && !after_place_prep && !origin && !thing_list) return tgt;
  for (const mention *x = m; x; x = x->next_in_group != NO ? &w->ments[x->next_in_group] : NULL) {
    if (!x->entry || x->entry->kind != ENT_ACTOR) return tgt;
    /* a capital's name standing for its government ("Buenos Aires
     * rejected") or, as the target of seizures, bans, arrests, expulsions
     * and repression (171-175; not a cyberattack, 176, force on its
     * country), a country's name alone ... */
    int capital = acta_code_eq(x->role, "GOV") &&
                  acta_overlaps_place(w, (size_t)sc->index, w->toks.v[x->first].start,
                                 w->toks.v[x->last - 1].end);
    int country = root == 17 && code[2] >= '1' && code[2] <= '5' && !x->role[0] && x->country[0];
    if (!capital && !country) return tgt;
    /* ... unless its phrase names a place in it ("northern Mexico", "the
     * town of Puerto Rico", "a Lima district") or a thing of the country
     * ("Venezuelan currency", "Chilean pesos"), or it follows a
     * preposition of place ("in Buenos Aires", "the border with Ecuador") */
    int place = after_place_prep || (country && origin) ||
                /* actors15: "U.S. and Mexican currency" */
                (country && acta_country_thing_mention(w, x));
    for (uint32_t q = x->first; q < x->last && !place; q++)
      place = place_noun(w, q) || (country && country_thing(w, q));
    if (!place) return tgt;
  }
  acta_trace(w, "  target \"%.*s\" -> - (a place or a thing, not an actor)\n",
             (int)(w->toks.v[m->last - 1].end - w->toks.v[m->first].start),
             w->cur_text + w->toks.v[m->first].start);
  return NO;
}

int32_t acta_place_source(struct acta_work *w, const sent_ctx *sc, int32_t src) {
  if (src == NO) return src;
  const mention *m = &w->ments[w->ments[src].group];
  uint32_t f = m->first;
  if (m->next_in_group != NO || f <= sc->s->first || !place_prep(w, f - 1)) return src;
  /* "officials in Mexico City criticized": people of the place, its own */
  if (people_of_place(w, sc, f)) return src;
  if (!m->entry || m->entry->kind != ENT_ACTOR || !acta_code_eq(m->role, "GOV") ||
      !acta_overlaps_place(w, (size_t)sc->index, w->toks.v[f].start, w->toks.v[m->last - 1].end))
    return src;
  acta_trace(w, "  source \"%s\" -> - (a capital named as where the act happened)\n",
             norm(w, f));
  return NO;
}

int32_t acta_with_nonparty(struct acta_work *w, int32_t tgt, const char *code) {
  if (tgt == NO) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  uint32_t f = m->first;
  /* "with the help of the Church": the phrase may open with the help
   * noun or follow its "of" */
  uint32_t h = f < m->last && w->toks.v[f].tag == P_DET ? f + 1 : f;
  int helper = (h < m->last && help_of(w, h) && f > 0 && is_word(w, f - 1, w->cw->w_with)) ||
               (f >= 3 && is_word(w, f - 1, w->cw->w_of) && help_of(w, f - 2) &&
                (is_word(w, f - 3, w->cw->w_with) ||
                 (f >= 4 && w->toks.v[f - 3].tag == P_DET && is_word(w, f - 4, w->cw->w_with))));
  int company = !helper && (!strcmp(code, "042") || !strcmp(code, "043")) && f > 0 &&
                is_word(w, f - 1, w->cw->w_with);
  if (!helper && !company) return tgt;
  acta_trace(w, "  target %s: %s after \"with\", no party\n", m->code,
             helper ? "a helper" : "the visitor's company");
  return NO;
}

int32_t acta_accused_name(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                          int32_t tgt, const char *code, int32_t src) {
  if (tgt == NO || strncmp(code, "112", 3)) return tgt;
  uint32_t e = name_after_verb(w, sc, g);
  /* an appositive or a compound ("accused Ramirez, a cartel lawyer, of",
   * "Ramirez and the Zetas") keeps the actor */
  if (!e || w->ments[tgt].first <= e || e >= sc->s->last || w->toks.v[e].tag != P_PREP)
    return tgt;
  int32_t m = private_name(w, sc, g->last, sc->s->last, code, src);
  if (m == NO) return tgt;
  acta_trace(w, "  target %s: the name right after the accusation's verb is accused\n",
             w->ments[tgt].code);
  return m;
}

int32_t acta_made_thing_target(struct acta_work *w, int32_t tgt) {
  if (tgt == NO) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  /* "the formalization of gold panners" as one phrase, or "the creation of" /
   * "the creation of a" right before it */
  uint32_t b = m->first >= 3 ? m->first - 3 : 0;
  for (uint32_t q = b; q + 1 < m->last; q++) {
    if (!tok_in2(w, q, WL2_MAKING_NOUN) || !is_word(w, q + 1, w->cw->w_of)) continue;
    /* before the phrase: only "of" or "of" and a determiner may follow */
    if (q + 2 < m->first && !(q + 3 == m->first && w->toks.v[q + 2].tag == P_DET)) continue;
    acta_trace(w, "  target %s: a thing made or chosen (\"%s of\"), a topic, no target\n",
               m->code, norm(w, q));
    return NO;
  }
  return tgt;
}

int32_t acta_own_side_topic(struct acta_work *w, const sent_ctx *sc, int32_t src, int32_t tgt,
                            const char *code) {
  int root = cameo_root(code);
  /* bodies15: appeals, intents, consultations, cooperation and demands
   * too (roots 02-05, 10), of the state's own organs about their country
   * named alone (below) */
  if (src == NO || tgt == NO || root < 1 || (root > 5 && root != 10)) return tgt;
  const mention *a = &w->ments[w->ments[src].group];
  const mention *t = &w->ments[w->ments[tgt].group];
  /* a compound names others too ("thanked Guatemalan and Salvadoran
   * authorities") */
  if (a->next_in_group != NO || t->next_in_group != NO || !a->code[0]) return tgt;
  /* a bare role ("the government") takes the sentence's country */
  const char *tc = t->country[0] ? t->country : t->role_only ? sc->country : "";
  int same = !strcmp(a->code, t->code) ||
             (t->role_only && !t->country[0] && a->role[0] && !strcmp(a->role, t->role) &&
              !strcmp(a->country, tc));
  int own_state = acta_code_eq(a->role, "GOV") && a->country[0] && !strcmp(a->country, tc) &&
                  (!t->role[0] || acta_code_eq(t->role, "GOV"));
  if (root != 1) same = own_state = 0;
  /* bodies15: "Pena Nieto is asking Mexico to hold on", "the senators argued
   * that the US must do more", "the admiral said Colombia would ...": an
   * organ of the state (GOV, MIL, COP, LEG, JUD, SPY) speaking of its own
   * country named alone addresses no one else (not the opposition,
   * activists or others, whose state is a party: "the opposition urged
   * Venezuela to ...") */
  /* people by a plural demonym ("urged all Venezuelans to resist")
   * are no state */
  const acta_token *th = &w->toks.v[t->last - 1];
  int people = (th->penn == PT_NNS || th->penn == PT_NNPS || tok_ends(w, t->last - 1, "ns")) &&
               (t->last == t->first + 1 || !(w->toks.v[t->last - 2].flags & TF_CAP));
  int own_country = !people && !t->role[0] && !t->role_only && t->country[0] &&
                    strlen(t->code) == 3 &&
                    a->country[0] && !strcmp(a->country, t->country) &&
                    acta_state_role(a->role);
  if (!same && !own_state && !own_country) return tgt;
  acta_trace(w, "  target %s: the speaker's own side, no target of its statement\n", t->code);
  return NO;
}

/* How far after a threat's verb its "to" complement may start ("threatened
 * last month to decertify"), and how far after the complement's verb its
 * object. */
#define THREAT_TO_REACH 5
#define THREAT_OBJECT_REACH 4

/* How far after a threat's verb its condition ("if", "unless") may start,
 * and how far after that its subject. */
#define THREAT_IF_REACH 10
#define THREAT_IF_SUBJECT 4

int32_t acta_threat_target(struct acta_work *w, const vgroup *g, uint32_t end, int32_t src,
                           int32_t tgt, const char *code) {
  if (tgt != NO || cameo_root(code) != 13) return tgt;
  for (uint32_t q = g->last; q + 1 < end && q < g->last + THREAT_TO_REACH; q++) {
    if (w->tok_ment[q] != NO || w->toks.v[q].kind == TK_PUNCT) break;
    if (w->toks.v[q].tag != P_TO) continue;
    int32_t v = w->tok_vg[q + 1];
    if (v == NO || !w->vgs[v].to_inf) break;
    for (uint32_t k = w->vgs[v].last; k < end && k < w->vgs[v].last + THREAT_OBJECT_REACH; k++) {
      if (w->toks.v[k].tag == P_PREP) break; /* "to strike over pay" */
      int32_t x = w->tok_ment[k];
      if (x == NO) continue;
      x = w->ments[x].group;
      if (src != NO && (x == w->ments[src].group || acta_same_side(&w->ments[x], &w->ments[src])))
        break;
      acta_trace(w, "  target: %s, the object of the threatened act\n", w->ments[x].code);
      return x;
    }
    break;
  }
  /* "threatened to quit if President Alvaro Arzu calls on ...": the
   * threat is aimed at the one whose act its condition names (the subject
   * of an "if"/"unless" clause), any actor but the threatener itself */
  for (uint32_t q = g->last; q + 1 < end && q < g->last + THREAT_IF_REACH; q++) {
    if (is_punct(w, q, ';') || !tok_in(w, q, WL_CONDITION) || is_word(w, q, w->cw->w_whether))
      continue;
    for (uint32_t k = q + 1; k < end && k <= q + THREAT_IF_SUBJECT; k++) {
      int32_t x = w->tok_ment[k];
      if (w->toks.v[k].tag == P_PREP || w->tok_vg[k] != NO) break;
      if (x == NO) continue;
      x = w->ments[x].group;
      if (src != NO && (x == w->ments[src].group || !strcmp(w->ments[x].code, w->ments[src].code)))
        break;
      acta_trace(w, "  target: %s, whose act the threat's condition names\n", w->ments[x].code);
      return x;
    }
    break;
  }
  return tgt;
}

/* Does the sentence open with a double surname right before verb group g
 * ("Lopez-Gatell defended ..."): one capitalised word with a hyphen that
 * the tagger took for a noun, no part of it a word the tagger's model has
 * seen in lower case? */
static int hyphened_name_first(const acta_dict *d, const struct acta_work *w,
                               const sent_ctx *sc, const vgroup *g) {
  uint32_t b = sc->s->first;
  const acta_token *t = &w->toks.v[b];
  if (g->first != b + 1 || !d->tagger || t->tag != P_NOUN || !(t->flags & TF_CAP) ||
      w->tok_ment[b] != NO)
    return 0;
  const char *s = norm(w, b);
  size_t n = t->norm_len, k = 0, parts = 0;
  while (k < n) {
    size_t j = k;
    while (j < n && s[j] != '-') j++;
    if (j == k) return 0;
    uint32_t mw = acta_tm_find(d->tagger, s + k, j - k);
    if (mw != ACTA_NO_WORD && d->tagger->word[mw].nlower > 0) return 0;
    parts++;
    k = j + 1;
  }
  return parts >= 2;
}

int32_t acta_named_source(const acta_dict *d, struct acta_work *w, const sent_ctx *sc,
                          const vgroup *g, const char *code) {
  uint32_t b, e;
  if (g->passive || (code[0] == '0' && code[1] == '1')) return NO;
  /* a named person's help ("Ferreyra helped Salinas to a comfortable
   * re-election", "provided documents") is no state's aid */
  if (code[0] == '0' && code[1] == '7') return NO;
  /* "Boechat asked how ...", "Sandoval asked again": a question, no
   * appeal */
  if (code[0] == '0' && code[1] == '2' && g->last < sc->s->last &&
      (w->toks.v[g->last].tag == P_WH || w->toks.v[g->last].tag == P_ADV))
    return NO;
  if (hyphened_name_first(d, w, sc, g)) {
    b = sc->s->first;
    e = b + 1;
  } else if (!bare_name_subject(w, sc, g, &b, &e)) {
    return NO;
  }
  /* "the sources that IDL-R consulted": an object relative's subject
   * acts on the noun before it, told in passing */
  if (b > sc->s->first + 1 && w->toks.v[b - 1].tag == P_THAT &&
      np_tag(w->toks.v[b - 2].tag))
    return NO;
  /* one word the tagger's model has seen in lower case ("Wildfires
   * destroyed", "Authorities"), not a name */
  if (e == b + 1) {
    const acta_token *t = &w->toks.v[b];
    uint32_t mw = d->tagger ? acta_tm_find(d->tagger, norm(w, b), t->norm_len) : ACTA_NO_WORD;
    if (mw != ACTA_NO_WORD && d->tagger->word[mw].nlower > 0) return NO;
    /* ... or one WordNet knows, opening the sentence, where a capital
     * tells nothing */
    if (b == sc->s->first &&
        ((t->word != ACTA_NO_WORD && d->info[t->word].flags) || t->nlemma != ACTA_NO_WORD ||
         t->vlemma != ACTA_NO_WORD))
      return NO;
  }
  /* a contraction the tagger took for a name ("I'm", "They've"), a
   * single letter */
  for (uint32_t q = b; q < e; q++) {
    const char *t = norm(w, q);
    const char *ap = strchr(t, '\'');
    if (w->toks.v[q].norm_len < 2 ||
        (ap && (!strcmp(ap, "'m") || !strcmp(ap, "'ve") || !strcmp(ap, "'re") ||
                !strcmp(ap, "'ll") || !strcmp(ap, "'d"))))
      return NO;
  }
  /* the surname of a person the article named before with a role
   * ("the attorney general Luisa Ortega Diaz ... Ortega called for"):
   * that phrase's code (name_refs.c) */
  int32_t ref = acta_name_ref(w, b, e - 1);
  mention *m = acta_append_mention(w, b, e);
  m->group = (int32_t)w->nments;
  if (ref != NO) {
    const mention *r = &w->ments[ref];
    acta_take_code(m, r);
    memcpy(m->base, r->base, sizeof m->base);
    m->near_group = r->near_group;
    acta_trace(w, "  subject \"%s\": named before as \"%.*s\" (%s)\n", norm(w, b),
               (int)(w->toks.v[r->last - 1].end - w->toks.v[r->first].start),
               w->cur_text + w->toks.v[r->first].start, r->code);
  } else {
    acta_trace(w, "  subject \"%s\": a name no dictionary knows (no code)\n", norm(w, b));
  }
  return (int32_t)w->nments++;
}

/* ---- targets8: people named by their nationality ------------------------ */

/* actors15: is mention m one person named by "the" and a demonym, alone
 * or before the person's name ("the Colombian said", "the Colombian Cesar
 * Barrera told")?  A singular demonym's form ("-an", "-ese", "-ine",
 * "-i": not a country's name, "the US", "the Bahamas"), only names after
 * it, no noun after the phrase ("the Colombian government" is a phrase of
 * its own). */
static int the_demonym(const struct acta_work *w, const mention *m) {
  uint32_t pf = m->phrase_first;
  if (m->role[0] || m->role_only || strlen(m->code) != 3 || m->last == 0)
    return 0;
  /* bugs29: or no "the", the demonym opening the phrase before two names
   * or more ("arrested Colombian Juan Perez"; the last no noun: not
   * "Colombian Organized Crime", "Mexican Sinaloa Cartel") */
  int bare = pf == m->first && m->last >= pf + 3;
  if (!bare && (pf == 0 || pf != m->first + 1 || !is_word(w, m->first, w->cw->w_the))) return 0;
  /* a person's names, the last no word the lexicon knows as a noun ("the
   * Dominican Republic", "the Brazilian Development Bank") */
  for (uint32_t k = pf + 1; k < m->last; k++)
    if (w->toks.v[k].tag != P_PROPN || !(w->toks.v[k].flags & TF_CAP)) return 0;
  if (m->last > pf + 1 && w->toks.v[m->last - 1].nlemma != ACTA_NO_WORD) return 0;
  if (m->last < w->toks.n && w->toks.v[m->last].tag == P_NOUN) return 0;
  /* prec48d: "the Spaniard", "the Turk": a person's demonym of no such
   * ending */
  if (tok_in6(w, pf, WL6_PERSON_DEMONYM)) return 1;
  const char *x = norm(w, pf);
  size_t n = strlen(x);
  return n >= 5 && ((x[n - 2] == 'a' && x[n - 1] == 'n') || x[n - 1] == 'i' ||
                    (x[n - 3] == 'e' && x[n - 2] == 's' && x[n - 1] == 'e') ||
                    (x[n - 3] == 'i' && x[n - 2] == 'n' && x[n - 1] == 'e'));
}

int acta_one_demonym_person(const struct acta_work *w, const mention *m) {
  return the_demonym(w, m);
}

/* How many words a people's plural of several words may have ("Papua
 * New Guineans"). */
#define DEMONYM_WORDS 3

/* Does mention m name people by their nationality: a people's plural noun
 * of the dictionary alone ("seven Guatemalans", "Colombians"; not a name
 * that looks plural, "the Philippines", nor a place the gazetteer found),
 * a demonym before "national(s)" ("one Paraguayan national"), or one
 * after "a"/"an"/"one" ("an Italian")?  Only a country's code with no
 * role. */
static int nationality_people(const struct acta_work *w, size_t si, const mention *m) {
  if (m->role[0] || m->role_only || strlen(m->code) != 3 || m->last == 0 || m->absorbed)
    return 0;
  if (the_demonym(w, m)) return 1;
  uint32_t h = m->last - 1;
  const acta_token *t = &w->toks.v[h];
  if (tok_in2(w, h, WL2_NATIONAL_NOUN)) return h > m->first && m->phrase_first == h - 1;
  /* "Ukrainian national Steven Subkys": a demonym, "national" and a name */
  uint32_t pf = m->phrase_first;
  if (pf + 2 <= h && tok_in2(w, pf + 1, WL2_NATIONAL_NOUN)) {
    for (uint32_t k = pf + 2; k <= h; k++)
      if (w->toks.v[k].tag != P_PROPN) return 0;
    return 1;
  }
  uint32_t f = m->phrase_first;
  if (f > h) return 0;
  /* one person named by a demonym after "a"/"an"/"one" ("an Italian", "one
   * Jamaican"), the phrase's last word; adjectives may stand between ("a
   * female Salvadoran", "a 40-year-old Mexican": actors12) */
  uint32_t a = h;
  while (a > m->first + 1 && w->toks.v[a - 1].tag == P_ADJ) a--;
  if (f == h && a > m->first &&
      (w->toks.v[a - 1].vocab == V_A || w->toks.v[a - 1].vocab == V_AN ||
       is_word(w, a - 1, w->cw->w_one)) &&
      (h + 1 >= w->toks.n || (!np_tag(w->toks.v[h + 1].tag) &&
                              w->cur_text[w->toks.v[h + 1].start] != '-')) &&
      !acta_overlaps_place(w, si, t->start, t->end))
    return 1;
  if (!np_tag(t->tag)) return 0;
  /* a plural noun by its ending, "Guatemalans", "Argentines", "Israelis",
   * "Czechs", "Filipinos" (the tagger calls some NNP; "Honduras",
   * "Cyprus" are singular names) */
  const char *x = norm(w, h);
  size_t n = strlen(x);
  if (f == h && (n < 4 || x[n - 1] != 's' || !strchr("neihktdro", x[n - 2]))) return 0;
  /* prec37b: or a people's plural of two words or more ("11 Costa
   * Ricans", "El Salvadorans", "Puerto Ricans"; DEMONYM_WORDS at most):
   * capitalised names, the last an "-ans" plural */
  if (f < h) {
    if (h - f + 1 > DEMONYM_WORDS || n < 5 || !tok_ends(w, h, "ans")) return 0;
    for (uint32_t k = f; k <= h; k++)
      if (w->toks.v[k].tag != P_PROPN || !(w->toks.v[k].flags & TF_CAP)) return 0;
  }
  return !tok_in2(w, h, WL2_PLURAL_NAME) &&
         !acta_overlaps_place(w, si, w->toks.v[f].start, t->end);
}

/* How far after people held by nationality "alleged(ly)" or the crime
 * they did may stand ("four Chileans who allegedly smuggled"). */
#define ALLEGED_REACH 5

/* Does a count or an indefinite article stand right before mention m's
 * head ("seven Guatemalans", "a Mexican national")? */
static int counted(const struct acta_work *w, const mention *m) {
  for (uint32_t q = m->first; q + 1 < m->last; q++)
    if (w->toks.v[q].tag == P_NUM || w->toks.v[q].vocab == V_A || w->toks.v[q].vocab == V_AN)
      return 1;
  return 0;
}

/* Is mention m called alleged or suspected inside its own phrase ("two
 * Colombians, one a supposed member", "a suspected Honduran smuggler")? */
static int called_alleged(const struct acta_work *w, const mention *m) {
  for (uint32_t q = m->first; q < m->last; q++)
    if (is_word(w, q, w->cw->w_alleged) || is_word(w, q, w->cw->w_suspected)) return 1;
  return 0;
}

/* People named by their nationality (mention copy) take role (CVL or
 * CRM) beside their country; `side` ("target", "source") for the trace. */
static void nationality_role(struct acta_work *w, mention *copy, const char *role,
                             const char *side) {
  memcpy(copy->code + 3, role, 4);
  memcpy(copy->role, role, 4);
  acta_trace(w, "  %s \"%s\" -> %s (people named by their nationality)\n", side,
             norm(w, copy->last - 1), copy->code);
}

int32_t acta_nationality_target(struct acta_work *w, const sent_ctx *sc, int32_t tgt,
                                const char *code, const char *lemma, uint32_t from,
                                uint32_t end) {
  if (tgt == NO) return tgt;
  int32_t g0 = w->ments[tgt].group;
  int any = 0;
  for (int32_t m = g0; m != NO; m = w->ments[m].next_in_group)
    if (nationality_people(w, (size_t)sc->index, &w->ments[m])) any = 1;
  if (!any) return tgt;
  /* an act done to people, or people counted ("met two Americans"); "the
   * Americans" in talks may be their government */
  int on_people = person_act(code, lemma);
  /* those investigated are held as suspects are ("investigated 25
   * Argentines involved in cattle theft") */
  int capture = capture_192(code, lemma);
  const char *held = cameo_root(code) == 9 || capture ? "173" : code;
  int crime = acta_held_for_crime(w, held, from, end) || acta_linked_to_crime(w, tgt, end) ||
              /* targets15: "arrested four Paraguayans and seized 420 kilos
               * of cannabis" */
              (crime_held_code(held) && crime_sentence(w, sc->s->first, sc->s->last));
  int32_t first = NO, prev = NO;
  for (int32_t m = g0; m != NO; m = w->ments[m].next_in_group) {
    mention copy = w->ments[m];
    if (nationality_people(w, (size_t)sc->index, &copy) &&
        (on_people || counted(w, &copy) || the_demonym(w, &copy))) {
      /* "two Colombians, one a supposed member": suspects when held for a
       * crime (or called alleged), else civilians */
      int alleged = called_alleged(w, &copy);
      /* held or investigated and called alleged right after: "a Dominican
       * national who allegedly carried fake passports", "Nicaraguan
       * national and suspected Cachiros associate" */
      if (!strcmp(held, "173") || !strncmp(held, "174", 3))
        for (uint32_t q = copy.last; q < end && q < copy.last + ALLEGED_REACH; q++)
          if (is_word(w, q, w->cw->w_alleged) || is_word(w, q, w->cw->w_allegedly) ||
              is_word(w, q, w->cw->w_suspected) || crime_verb(w, q) ||
              tok_in4(w, q, WL4_ALIAS_WORD)) /* a criminal's alias, as private_name's */
            alleged = 1;
      nationality_role(w, &copy, crime || alleged ? "CRM" : "CVL", "target");
    }
    chain_copy(w, &copy, &first, &prev);
  }
  return first;
}

/* ---- actors12: people named by their nationality as the doer ----------- */

int32_t acta_nationality_source(struct acta_work *w, const sent_ctx *sc, int32_t src,
                                const char *code) {
  if (src == NO) return src;
  /* states meet, deal, give and trade: "the Americans agreed" may be their
   * government (roots 03-08) */
  int r = cameo_root(code);
  if (r >= 3 && r <= 8) return src;
  int32_t g0 = w->ments[src].group;
  int any = 0;
  for (int32_t m = g0; m != NO; m = w->ments[m].next_in_group) {
    const mention *x = &w->ments[m];
    /* counted or with "a"/"an" ("two Mexicans", "a female Salvadoran"),
     * or a plural with no determiner ("Guatemalans rejected"); "the
     * Bolivians" may be a delegation or a country's side */
    if (nationality_people(w, (size_t)sc->index, x) &&
        (counted(w, x) || x->first == x->last - 1 || the_demonym(w, x)))
      any = 1;
  }
  if (!any) return src;
  int32_t first = NO, prev = NO;
  for (int32_t m = g0; m != NO; m = w->ments[m].next_in_group) {
    mention copy = w->ments[m];
    if (nationality_people(w, (size_t)sc->index, &copy) &&
        (counted(w, &copy) || copy.first == copy.last - 1 || the_demonym(w, &copy))) {
      nationality_role(w, &copy, called_alleged(w, &copy) ? "CRM" : "CVL", "source");
    }
    chain_copy(w, &copy, &first, &prev);
  }
  return first;
}

/* ---- targets8: the country of those aided or trained -------------------- */

int32_t acta_recipient_country(struct acta_work *w, const sent_ctx *sc, int32_t src,
                               int32_t tgt, const char *code) {
  if (src == NO || tgt == NO || (cameo_root(code) != 6 && cameo_root(code) != 7)) return tgt;
  const char *own = acta_mention_country(w, sc, w->ments[src].group);
  if (!own[0]) return tgt;
  /* the country where the sentence says it happens, named before the
   * source ("In El Salvador, the United States ..."), else for "the
   * country's" the article's */
  char other[4] = "";
  uint32_t at = w->toks.v[w->ments[w->ments[src].group].first].start;
  for (size_t k = w->sent_place[sc->index]; k < w->sent_place[sc->index + 1]; k++)
    if (w->place_use[k] && w->places[k].country[0] && w->places[k].end <= at &&
        strcmp(w->places[k].country, own)) {
      memcpy(other, w->places[k].country, 4);
      break;
    }
  int32_t g0 = w->ments[tgt].group;
  int any = 0;
  for (int32_t m = g0; m != NO; m = w->ments[m].next_in_group) {
    const mention *x = &w->ments[m];
    if (!x->role_only || strcmp(acta_mention_country(w, sc, m), own)) continue;
    if (other[0]) any = 1;
    else if (x->last > x->first + 2 && is_word(w, x->first, w->cw->w_the) &&
             tok_in2(w, x->first + 1, WL2_COUNTRY_NOUN) && w->toks.v[x->first + 2].tag == P_POSS &&
             w->art_country[0] && strcmp(w->art_country, own)) {
      memcpy(other, w->art_country, 4);
      any = 1;
    }
  }
  if (!any) {
    /* "the country's military (and police)" aided by a source of that
     * country names another country the sentence does not: no target,
     * not the source's own forces */
    const mention *x = &w->ments[g0];
    if (x->role_only && !strcmp(acta_mention_country(w, sc, g0), own) &&
        x->last > x->first + 2 && is_word(w, x->first, w->cw->w_the) &&
        tok_in2(w, x->first + 1, WL2_COUNTRY_NOUN) && w->toks.v[x->first + 2].tag == P_POSS) {
      acta_trace(w, "  no target: \"the %s's %s\" aided by its own country\n",
                 norm(w, x->first + 1), norm(w, x->last - 1));
      return NO;
    }
    return tgt;
  }
  int32_t first = NO, prev = NO;
  for (int32_t m = g0; m != NO; m = w->ments[m].next_in_group) {
    mention copy = w->ments[m];
    if (copy.role_only && !strcmp(acta_mention_country(w, sc, m), own)) {
      memcpy(copy.near_country, other, 4);
      acta_trace(w, "  target \"%s\" -> %s%s (aided or trained where the sentence is, not the "
                    "source's own)\n", norm(w, copy.last - 1), other, copy.role);
    }
    chain_copy(w, &copy, &first, &prev);
  }
  return first;
}

/* ---- targets8: the victims of a crime investigated ----------------------- */

/* Is token k a noun of a crime against people ("murder", "killing",
 * "kidnapping", "massacre", an attack; targets19b: a bombing, "the car
 * bombing of a community center", WL4_BOMB_WORD)? */
static int harm_noun(const struct acta_work *w, uint32_t k) {
  const acta_token *t = &w->toks.v[k];
  if (t->tag != P_NOUN) return 0;
  return tok_in(w, k, WL_CRIME_WORD) || tok_in2(w, k, WL2_MASSACRE_NOUN) ||
         tok_in4(w, k, WL4_BOMB_WORD) ||
         acta_lemma_in2(w->cw, t->nlemma, WL2_HARM_ACT | WL2_KILL_ACT);
}

int32_t acta_investigated_victims(struct acta_work *w, int32_t tgt, const char *code,
                                  uint32_t at) {
  /* targets12: nor any act but force's (roots 18-20, where the victims
   * are the target): "called for an inquiry into the murder of X", "jailed
   * for the murder of a bishop", "arrested the mastermind of the
   * kidnapping of 13 youths", "accused Z of ordering the murders of
   * civilians" */
  int root = cameo_root(code);
  if (tgt == NO || root == 18 || root == 19 || root == 20) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  /* targets16: "the kidnapping of journalist X ... the rebels released
   * X": the victims named before are the ones freed */
  if (!strcmp(code, "0841") && m->last <= at) return tgt;
  uint32_t f = m->first;
  /* "the murder of 17 gold miners" as one phrase, or "the killing of"
   * before it */
  int inside = 0;
  /* (targets23b: a date between, "the November 2015 murder of") */
  for (uint32_t k = f; k + 1 < m->last && k < f + 4; k++)
    if (harm_noun(w, k) && is_word(w, k + 1, w->cw->w_of)) inside = 1;
  int before = f >= 2 && is_word(w, f - 1, w->cw->w_of) && harm_noun(w, f - 2);
  if (!inside && !before) return tgt;
  acta_trace(w, "  no target: \"%s\" are the victims of the crime the act is about, not "
                "whom it is done to\n", norm(w, m->last - 1));
  return NO;
}

/* ---- targets8: an object shared by coordinated verbs --------------------- */

/* How many verbs a coordination may chain ("beat, robbed, bound and
 * later released"). */
#define SHARED_CHAIN 6
/* How many words (determiners, numbers, adjectives, "of") may stand
 * between the last verb and the object's phrase. */
#define SHARED_LEAD 6

int acta_shared_object_span(const struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                            uint32_t *head, uint32_t *at) {
  const acta_sentence *s = sc->s;
  if (g->passive) return 0;
  uint32_t q = g->last;
  int hops = 0, conj = 0;
  /* ", V2, V3 and (adverbs) V4": each link a comma and/or "and"/"or" */
  while (q < s->last && hops < SHARED_CHAIN) {
    uint32_t p = q;
    if (p < s->last && is_punct(w, p, ',')) p++;
    if (p < s->last && is_and_or(w, p)) {
      p++;
      conj = 1;
    }
    if (p == q) break;
    while (p < s->last && w->toks.v[p].tag == P_ADV && w->tok_vg[p] == NO) p++;
    int32_t vi = p < s->last ? w->tok_vg[p] : NO;
    if (vi == NO || w->vgs[vi].first != p || w->vgs[vi].passive || w->vgs[vi].to_inf) return 0;
    q = w->vgs[vi].last;
    hops++;
    if (conj) break;
  }
  if (!conj || hops == 0 || q >= s->last) return 0;
  /* the last verb's object, after at most one preposition ("assaulted and
   * fired on the vigilantes") */
  if (w->toks.v[q].tag == P_PREP && q + 1 < s->last) {
    /* not an agent ("detained and deported by the government": a passive
     * the tagger missed) nor a place ("sentenced in Spain") */
    if (is_word(w, q, w->cw->w_by) || place_prep(w, q)) return 0;
    q++;
  }
  *head = q;
  /* "14 of the 20 most wanted traffickers" */
  for (uint32_t k = 0; k < SHARED_LEAD && q < s->last && w->tok_ment[q] == NO &&
                       (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_NUM ||
                        w->toks.v[q].tag == P_ADJ || w->toks.v[q].tag == P_ADV ||
                        is_word(w, q, w->cw->w_of) || is_punct(w, q, '"'));
       k++)
    q++;
  *at = q;
  return q < s->last;
}

int32_t acta_shared_object(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                           int32_t src, const char *code) {
  static const int ROOTS[] = {6, 7, 11, 12, 13, 17, 18, 19};
  int root = cameo_root(code), ok = 0;
  for (size_t i = 0; i < sizeof ROOTS / sizeof *ROOTS; i++)
    if (root == ROOTS[i]) ok = 1;
  uint32_t head, q;
  if (!ok || !acta_shared_object_span(w, sc, g, &head, &q)) return NO;
  int32_t x = w->tok_ment[q];
  if (x == NO || !w->ments[x].code[0] || w->ments[x].absorbed || w->ments[x].modifier ||
      w->ments[x].first != q)
    return NO;
  x = w->ments[x].group;
  if (src != NO && x == w->ments[src].group) return NO;
  acta_trace(w, "  target \"%s\" -> %s (the object the coordinated verbs share)\n",
             norm(w, w->ments[x].last - 1), w->ments[x].code);
  return x;
}

/* ---- targets8: the enemies of an actor are not that actor ----------------- */

/* prec47a: how many words after "of" an owner's name may run before its
 * "'s" and the rival word ("of the Rastrojos' rival", "of the Gulf
 * Cartel's main rival"). */
#define RIVAL_OF_REACH 6

/* prec47a: the rival word ending "X of the Rastrojos' rival" when mention
 * m is that X (a head before "of"; its code the owner's, from mentions.c's
 * "X of Y" link): "of", then within RIVAL_OF_REACH words of a name
 * (determiners, nouns, adjectives), "'s" and a WL2_PEER_RIVAL word.  0 if
 * none. */
static uint32_t rival_after_of(const struct acta_work *w, const mention *m) {
  /* (the words a name is made of stop at the sentence's end: its
   * punctuation, or a word opening the next sentence) */
  uint32_t n = (uint32_t)w->toks.n, k = m->last;
  if (k + 3 >= n || !is_word(w, k, w->cw->w_of)) return 0;
  for (k++; k < n && k < m->last + RIVAL_OF_REACH; k++) {
    uint8_t t = w->toks.v[k].tag;
    if (w->toks.v[k].flags & TF_SENT_START) return 0;
    if (t == P_POSS) {
      uint32_t r = k + 1;
      while (r < n && r < k + 3 && w->toks.v[r].tag == P_ADJ) r++;
      return r < n && !(w->toks.v[r].flags & TF_SENT_START) && tok_in2(w, r, WL2_PEER_RIVAL)
                 ? r
                 : 0;
    }
    if (t != P_DET && t != P_NOUN && t != P_PROPN && t != P_ADJ) return 0;
  }
  return 0;
}

int32_t acta_enemies_of(struct acta_work *w, int32_t tgt, const char *side) {
  if (tgt == NO) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  /* "enemies of the governor" before the phrase, or opening it (no
   * further back than the phrase's sentence's first word: a source
   * often opens its sentence; review25) */
  uint32_t f = m->first;
  for (int k = 0; k < 2 && f > 0 && !(w->toks.v[f].flags & TF_SENT_START); k++) f--;
  for (uint32_t k = f; k + 1 < m->last && k < m->first + 3; k++)
    if ((tok_in2(w, k, WL2_PEER_RIVAL) || tok_in5(w, k, WL5_ALLY_WORD)) &&
        is_word(w, k + 1, w->cw->w_of)) {
      acta_trace(w, "  no %s: the %s of \"%s\" are not it\n", side, norm(w, k),
                 norm(w, m->last - 1));
      return NO;
    }
  /* targets23b: "colluding with the Northeast Cartel's rivals": the
   * phrase's head is the rivals of the owner before "'s", not the owner;
   * an armed or criminal group's rivals are others of its kind and
   * country (MEXCRM), anyone else's no one the sentence codes */
  uint32_t h = m->last - 1;
  /* prec47a: "the leader of the Rastrojos' rival": a head linked to the
   * rivals of the owner after "of" (mentions.c "X of Y" gave it the
   * owner's code) is one of those rivals' */
  uint32_t rh = rival_after_of(w, m);
  if (rh) h = rh;
  /* actors24: allies too, after "'s" or any word naming whose ("the US
   * Gulf allies", "the Sinaloa Cartel's allies") */
  int ally = h > m->first && tok_in5(w, h, WL5_ALLY_WORD);
  /* (prec47a: an adjective or two between: "the Zetas' main rival") */
  uint32_t p = h;
  while (p > m->first + 1 && h - p < 2 && w->toks.v[p - 1].tag == P_ADJ) p--;
  if (ally || (h > m->first && tok_in2(w, h, WL2_PEER_RIVAL) && p > m->first &&
               w->toks.v[p - 1].tag == P_POSS)) {
    char role[4], country[4];
    memcpy(role, m->role, 4);
    memcpy(country, m->country, 4);
    uint32_t owner = w->toks.v[p - 1].tag == P_POSS && p >= 2 ? p - 2 : h - 1;
    /* (review24: the gangs, rebels and armed groups of acta_armed_group_role,
     * insurgents and militants; not a string list of its own) */
    if (!acta_armed_group_role(role) && !acta_code_eq(role, "INS") && !acta_code_eq(role, "IMG")) {
      acta_trace(w, "  no %s: the %s of \"%s\" are not it\n", side, norm(w, h),
                 norm(w, owner));
      return NO;
    }
    mention *r = acta_append_mention(w, h, h + 1);
    r->group = (int32_t)w->nments;
    r->role_only = 1;
    r->after_verb = 1;
    memcpy(r->code, role, 4);
    memcpy(r->role, role, 4);
    memcpy(r->near_country, country, 4);
    acta_trace(w, "  %s: the %s of \"%s\" are not it, but others of its kind: %s%s\n",
               side, norm(w, h), norm(w, owner), country, role);
    return (int32_t)w->nments++;
  }
  return tgt;
}

/* ---- targets8: what an appeal asks for names no addressee ---------------- */

int32_t acta_asked_for(struct acta_work *w, const vgroup *g, int32_t tgt, const char *code) {
  if (tgt == NO || cameo_root(code) != 2) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  /* "asked for the inclusion of the ELN": "for" right after the verb,
   * then the thing asked for and "of" before the actor (or opening its
   * phrase) */
  uint32_t p = g->last;
  if (p >= m->first || !is_word(w, p, w->cw->w_for)) return tgt;
  for (uint32_t k = p + 1; k + 1 < m->last && k < p + 5; k++)
    if (w->toks.v[k].tag == P_NOUN && is_word(w, k + 1, w->cw->w_of)) {
      acta_trace(w, "  no target: \"%s\" is what the %s of is asked for, not who is asked\n",
                 norm(w, m->last - 1), norm(w, k));
      return NO;
    }
  return tgt;
}

/* ---- targets8: the object of an object relative clause -------------------- */

/* How many words the subject of an object relative may run ("whom the
 * local gang", "who they", "who the United States government recently":
 * targets23c). */
#define RELATIVE_SUBJECT 6

/* targets23c: does verb group g of CAMEO code `code`, a disapproval, an
 * accusation, a rejection, a threat, a protest, a show of force, a cut of
 * relations (roots 10-16), stand with a preposition right after it and no
 * object ("which the United States accused of", "the Treasury sanctioned
 * for"): its object stands before it, the clause's antecedent? */
static int object_gap(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                      const char *code) {
  int root = cameo_root(code);
  return root >= 10 && root <= 16 && g->last < s->last && w->toks.v[g->last].tag == P_PREP &&
         !is_word(w, g->last, w->cw->w_to);
}

/* targets23c: the antecedent ending at token b (exclusive) of an object
 * relative whose verb has code `code`: the coded actor ending there (not
 * a place after "in" -- "the clan in Honduras, which": the clan, or none
 * when no dictionary names it); a name no dictionary knows, by role only,
 * for an act on a person ("Julio Vargas, who the Treasury accused of");
 * NO if none. */
static int32_t relative_antecedent(struct acta_work *w, const sent_ctx *sc, uint32_t b,
                                   const char *code, int32_t src) {
  const acta_sentence *s = sc->s;
  /* the last phrase before b: a mention, or a run of proper nouns none
   * codes (a name, or a place the gazetteer found) */
  int32_t x = w->tok_ment[b - 1];
  uint32_t f = b - 1;
  if (x != NO) {
    if (w->ments[x].last != b) return NO;
    f = w->ments[x].first;
  } else {
    if (w->toks.v[b - 1].tag != P_PROPN) return NO;
    f = name_start(w, sc, b - 1);
  }
  /* "the clan in Honduras, which", "the Knights Templar in Michoacan,
   * which": a place after "in" is no antecedent; the phrase before it is */
  int place = x == NO ? acta_overlaps_place(w, (size_t)sc->index, w->toks.v[f].start,
                                       w->toks.v[b - 1].end)
                      : !w->ments[x].role[0];
  if (place && f > s->first + 1 && place_prep(w, f - 1)) {
    x = w->tok_ment[f - 2];
    if (x == NO || w->ments[x].last != f - 1) return NO;
  } else if (x == NO) {
    return act_on_person(code) ? private_name(w, sc, f, b, code, src) : NO;
  }
  const mention *m = &w->ments[x];
  if (!m->code[0] || m->absorbed) return NO;
  return m->group;
}

/* targets23c: "suspects the US Treasury accused of money laundering": a
 * relative clause with no pronoun, its subject the source (only adverbs
 * between it and the verb) right after the coded people it hangs on (a
 * role, not a place after "in"), its verb with no object (object_gap, `gap`)
 * and its charge after "of", "for" or "with" (acta_charge_prep); NO otherwise.
 * Traced. */
static int32_t zero_relative(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                             int32_t src, int gap) {
  const acta_sentence *s = sc->s;
  if (!gap || src == NO) return NO;
  const mention *a = &w->ments[src];
  uint32_t q = g->first;
  while (q > a->last && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q != a->last || a->first <= s->first) return NO;
  int32_t x = w->tok_ment[a->first - 1];
  if (x == NO) return NO;
  const mention *m = &w->ments[x];
  if (!m->code[0] || !m->role[0] || m->absorbed || m->last != a->first ||
      m->group == a->group || (m->first > s->first && place_prep(w, m->first - 1)))
    return NO;
  /* "Mexican drug cartel the Zetas complained of": a title before a name
   * (a singular head, or a code the name's own code extends) is no
   * relative's antecedent; nor does a verb that takes no object have one
   * ("complained about": acta_charge_prep) */
  uint8_t penn = w->toks.v[m->last - 1].penn;
  size_t n = strlen(m->code) < strlen(a->code) ? strlen(m->code) : strlen(a->code);
  if ((penn != PT_NNS && penn != PT_NNPS) || !strncmp(m->code, a->code, n) ||
      !acta_charge_prep(w, g->last))
    return NO;
  acta_trace(w, "  target \"%s\" -> %s (the people a relative clause with no pronoun hangs on)\n",
             norm(w, m->last - 1), m->code);
  return m->group;
}

/* Is token q a pronoun opening an object relative: "who", "whom", and
 * "which" before a verb with no object (`gap`, object_gap; targets23c)? */
static int relative_pronoun(const struct acta_work *w, uint32_t q, int gap) {
  return is_word(w, q, w->cw->w_who) || is_word(w, q, w->cw->w_whom) ||
         (gap && tok_in2(w, q, WL2_RELATIVE_PRONOUN) && !is_word(w, q, w->cw->w_that));
}

/* How far back from a participle's "and" the participle it is joined to
 * may stand ("linked to gangs and accused of"). */
#define JOINED_PARTICIPLE_REACH 6

/* targets23c: "arrested 19 alleged members of the ring, accused of
 * acting as hitmen", "ordered the arrests of 240 people tied to
 * gangs and accused of meddling": a bare participle (no auxiliary) with
 * no object (object_gap, `gap`), its charge after "of", "for" or "with"
 * (acta_charge_prep), after a comma or "and" is a reduced relative on the coded
 * people before it (before the participle "and" joins it to), not the
 * source's own; NO otherwise.  Traced. */
static int32_t participle_gap(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              int32_t src, int gap) {
  const acta_sentence *s = sc->s;
  uint32_t p = g->first;
  if (!gap || g->head != p || w->toks.v[p].penn != PT_VBN || p < s->first + 2 ||
      !acta_charge_prep(w, g->last))
    return NO;
  uint32_t b = p - 1;
  if (is_word(w, b, w->cw->w_and)) {
    uint32_t lo = b > s->first + JOINED_PARTICIPLE_REACH ? b - JOINED_PARTICIPLE_REACH : s->first;
    for (uint32_t k = b; k-- > lo;) {
      int32_t v = w->tok_vg[k];
      if (v == NO) continue;
      const vgroup *g2 = &w->vgs[v];
      if (g2->head == g2->first && w->toks.v[g2->head].penn == PT_VBN) b = g2->first;
      break;
    }
  } else if (!is_punct(w, b, ',')) {
    return NO;
  }
  if (b > s->first && is_punct(w, b - 1, ',')) b--;
  if (b <= s->first) return NO;
  int32_t x = w->tok_ment[b - 1];
  if (x == NO) return NO;
  const mention *m = &w->ments[x];
  if (!m->code[0] || !m->role[0] || m->absorbed || m->last != b ||
      (src != NO && m->group == w->ments[src].group))
    return NO;
  acta_trace(w, "  target \"%s\" -> %s (the people a bare participle hangs on)\n",
             norm(w, m->last - 1), m->code);
  return m->group;
}

int32_t acta_relative_object(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                             int32_t src, const char *code) {
  const acta_sentence *s = sc->s;
  /* "X who/whom SUBJECT (had) V": a subject between the pronoun and the
   * verb, and no other verb ("that" and "which" also open what is said:
   * "states that the DEA urged him"; "which" only before a verb with
   * no object of its own, object_gap: targets23c) */
  uint32_t r = g->first;
  uint32_t lo = g->first > s->first + RELATIVE_SUBJECT + 1 ? g->first - RELATIVE_SUBJECT - 1
                                                           : s->first;
  int gap = object_gap(w, s, g, code);
  while (r > lo && !relative_pronoun(w, r - 1, gap)) {
    const acta_token *t = &w->toks.v[r - 1];
    if (w->tok_vg[r - 1] != NO || t->kind == TK_PUNCT) break;
    if (t->tag != P_PRON && t->tag != P_DET && t->tag != P_ADJ && t->tag != P_ADV &&
        w->tok_ment[r - 1] == NO)
      break;
    r--;
  }
  if (r <= lo || r == g->first || !relative_pronoun(w, r - 1, gap)) {
    int32_t z = zero_relative(w, sc, g, src, gap);
    return z != NO ? z : participle_gap(w, sc, g, src, gap);
  }
  r--; /* the relative pronoun */
  if (r <= s->first) return NO;
  uint32_t b = r;
  if (is_punct(w, b - 1, ',') && b - 1 > s->first) b--;
  int32_t x = relative_antecedent(w, sc, b, code, src);
  if (x == NO) return NO;
  if (src != NO && w->ments[x].group == w->ments[src].group) return NO;
  acta_trace(w, "  target \"%s\" -> %s (what the relative clause's verb is done to)\n",
             norm(w, w->ments[x].last - 1), w->ments[x].code);
  return x;
}

/* "said these groups are inciting families to move", "said the fight
 * requires eradicating people's acquiescence": a plain statement (010)
 * is about the subject of what was said ("said the United States was not
 * serious": USA); an actor named only after a verb of the said clause is
 * in the topic, no target of the saying (targets11).  first is the said
 * clause's first token. */
int32_t acta_said_object_target(struct acta_work *w, uint32_t first, int32_t tgt) {
  if (tgt == NO) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  for (uint32_t q = first; q < m->first; q++)
    if (w->tok_vg[q] != NO) {
      acta_trace(w, "  target %s: named after \"%s\" in what was said, a topic, no target\n",
                 m->code, norm(w, q));
      return NO;
    }
  return tgt;
}

/* targets23b: "told Congress that the police should act", "told his
 * officers they should feel confident": a statement made with a verb of
 * telling (WL_TELL_VERB: "tell", "inform", "assure", "brief") is aimed at
 * the actor it addresses, the coded phrase right after its verb group and
 * before what it reports (first), not at an actor named in what was said;
 * not the press (MED: "told reporters" is an interview), not the speaker
 * itself.  Else tgt. */
int32_t acta_told_addressee(struct acta_work *w, const vgroup *g, uint32_t first, int32_t src,
                            int32_t tgt) {
  if (!acta_lemma_in(w->cw, w->toks.v[g->head].vlemma, WL_TELL_VERB)) return tgt;
  uint32_t a = g->last;
  if (a >= first) return tgt;
  int32_t x = w->tok_ment[a];
  if (x == NO || w->ments[x].first != a || w->ments[x].last > first || !w->ments[x].code[0] ||
      acta_code_eq(w->ments[x].role, "MED") || tok_in5(w, w->ments[x].last - 1, WL5_PRESS_NOUN))
    return tgt;
  x = w->ments[x].group;
  if (x == tgt || (src != NO && x == w->ments[src].group)) return tgt;
  acta_trace(w, "  target \"%s\" -> %s: whom \"%s\" addresses, not what was said\n",
             norm(w, w->ments[x].last - 1), w->ments[x].code, norm(w, g->head));
  return x;
}

/* mend46b: is token q a noun of a talk given to the press ("interview",
 * "conversation"), whose "with" names the outlet? */
static int interview_noun(const struct acta_work *w, uint32_t q) {
  return norm_eq(w, q, "interview") || norm_eq(w, q, "interviews") ||
         norm_eq(w, q, "conversation") || norm_eq(w, q, "conversations");
}

int32_t acta_outlet_addressee(struct acta_work *w, const acta_sentence *s, int32_t tgt,
                              const char *code) {
  int root = cameo_root(code);
  if (tgt == NO || (root != 1 && root != 2 && root != 10)) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group];
  if (m->next_in_group != NO || !acta_code_eq(m->role, "MED")) return tgt;
  /* the words before it in its own sentence only (an outlet opening s
   * follows no "to" of the sentence before; one named in an earlier
   * sentence is left as it is) */
  uint32_t q = m->first;
  if (q < s->first || q >= s->last) return tgt;
  while (q > s->first && (w->toks.v[q - 1].tag == P_DET || w->toks.v[q - 1].tag == P_ADJ) &&
         m->first - q < 3)
    q--;
  /* (an appeal or a demand "to" the press is aimed at it: "urged the
   * media to stop publishing"; mend46b: so is sympathy or accord, 018
   * and 019, "offered condolences to the reporters", "agreed with El
   * Sol"; and "with" is an interview's only right after its noun, not
   * "pleaded with the media not to publish") */
  int said = root == 1 && strcmp(code, "017") < 0;
  if (q < s->first + 2 || !((said && is_word(w, q - 1, w->cw->w_to)) ||
                 (is_word(w, q - 1, w->cw->w_with) && interview_noun(w, q - 2))))
    return tgt;
  acta_trace(w, "  target %s: the news outlet the statement was made %s, no target\n", m->code,
             norm(w, q - 1));
  return NO;
}

/* targets23b: how many words the walk back from an "-ing" appeal to the
 * document's addressee may cross ("signed a public letter sent to
 * the Senate's new President Rene Duvalle, two weeks after ...,
 * asking"). */
#define LETTER_REACH 24

/* targets23b: "sent a letter to President Pena Nieto asking that ...",
 * "signed a public letter addressed to the Senate's president, ...,
 * asking", "brought a complaint to prosecutor Hugo Albarracin urging him
 * to": an appeal or a demand (roots 02, 10) told by an "-ing" verb after a
 * document (WL_DOCUMENT_NOUN: "letter", "statement", "complaint",
 * "petition") sent "to" a coded actor (the noun, or any past participle
 * after it -- "addressed", "sent", "delivered" -- right before "to") is
 * aimed at that actor, unless the verb names its own object right after
 * it ("asking the government for", "calling on the WHO to").
 * Only "-ing" verbs may stand between; not the source itself.  Else tgt. */
int32_t acta_letter_addressee(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              int32_t src, int32_t tgt, const char *code) {
  int root = cameo_root(code);
  if ((root != 2 && root != 10) || g->passive || w->toks.v[g->head].penn != PT_VBG) return tgt;
  /* (its own object: "asking the government", "calling on the WHO"; none
   * when the verb ends the sentence: review24, the token after it is the
   * next sentence's or none) */
  uint32_t o = g->last;
  if (o + 1 < sc->s->last &&
      (w->toks.v[o].tag == P_PREP || w->toks.v[o].tag == P_TO) && w->tok_ment[o] == NO)
    o++;
  if (tgt != NO && o < sc->s->last && w->tok_ment[o] != NO && w->ments[w->tok_ment[o]].group == tgt)
    return tgt;
  const acta_sentence *s = sc->s;
  uint32_t lo = g->first > s->first + LETTER_REACH ? g->first - LETTER_REACH : s->first;
  for (uint32_t q = g->first; q-- > lo + 2;) {
    int32_t v = w->tok_vg[q];
    if (v != NO && w->toks.v[w->vgs[v].head].penn != PT_VBG) return tgt;
    if (!is_word(w, q, w->cw->w_to)) continue;
    int32_t x = w->tok_ment[q + 1];
    if (x == NO || w->ments[x].first != q + 1 || !w->ments[x].code[0]) continue;
    uint32_t dn = q - 1;
    if (w->toks.v[dn].penn == PT_VBN && dn > lo) dn--;
    if (!tok_in(w, dn, WL_DOCUMENT_NOUN)) return tgt;
    x = w->ments[x].group;
    if (src != NO && x == w->ments[src].group) return tgt;
    acta_trace(w, "  target \"%s\" -> %s: whom the %s \"%s\" asks is addressed to\n",
               norm(w, w->ments[x].last - 1), w->ments[x].code, norm(w, dn), norm(w, g->head));
    return x;
  }
  return tgt;
}

/* "Venezuela has rejected the classification by the U.S., calling it
 * meddling": a rejection read as a denial frames the rest of its sentence,
 * so the object scan (acta_object_reference) stops short of the "by" phrase;
 * author_of_thing over the whole sentence finds the author (targets11). */
/* The actor a name or a coded phrase at token q stands for as the author
 * of a thing acted on (up to end): a coded mention's group; a name no
 * dictionary codes that is no place the actor the article named so before
 * (named_before, or a surname inside a coded phrase: acta_name_ref);
 * never the source's own; NO otherwise. */
static int32_t author_at(struct acta_work *w, const sent_ctx *sc, uint32_t q, uint32_t end,
                         int32_t src) {
  int32_t x = w->tok_ment[q];
  if (x == NO) {
    if (w->toks.v[q].tag != P_PROPN) return NO;
    uint32_t e = bare_name_end(w, sc, q, end, 1, 1);
    /* (not "the Mendoza cartel", "Mendoza's") */
    if (!e || (e < sc->s->last && e < end &&
               (w->toks.v[e].tag == P_POSS ||
                (w->toks.v[e].tag == P_NOUN && !tok_in(w, e, WL_TIME_NOUN)))))
      return NO;
    x = named_before(w, sc, q, e - 1);
    if (x == NO) x = acta_name_ref(w, q, e - 1);
    if (x == NO) return NO;
  } else if (!w->ments[x].code[0]) {
    return NO;
  }
  x = w->ments[x].group;
  if (src != NO && x == w->ments[src].group) return NO;
  return x;
}

/* The "by" after a past participle at token e ("issued by", "drawn up
 * by"), before last; 0 when there is none. */
static uint32_t participle_by(const struct acta_work *w, uint32_t e, uint32_t last) {
  if (e + 3 >= last || w->toks.v[e].tag != P_VERB || w->toks.v[e].penn != PT_VBN) return 0;
  if (w->toks.v[e + 1].penn == PT_RP) e++;
  return e + 2 < last && is_word(w, e + 1, w->cw->w_by) ? e + 1 : 0;
}

/* A criticism or a rejection (roots 11, 12), or praise or support (root
 * 05, targets27), of a thing no dictionary codes
 * whose author follows "by" within its phrase at token q: "rejected the
 * ranking by the United States" is against the US; the actor's group,
 * never the source's own; NO otherwise.  targets16: a thing someone puts
 * forward (WL3_AUTHORED_NOUN: a claim, a proposal, overtures) rejected,
 * criticised or denied (016) is aimed at its author after "by", "from" or
 * "of" ("rejected overtures by Mijango", "denied the claims of the
 * opposition") or before "'s" ("denied all of Cardona's accusations"),
 * also a name no dictionary codes that the article named so before; and
 * the agent after a participle and "by" ("criticized the warning issued by
 * the State Department"). */
static int32_t author_of_thing(struct acta_work *w, const sent_ctx *sc, uint32_t q,
                               uint32_t end, const char *code, int32_t src) {
  const acta_sentence *s = sc->s;
  int root = cameo_root(code), denial = !strcmp(code, "016");
  /* targets27: and praise or support (root 05: "welcomed the announcement
   * by the president", "endorsed the plan drawn up by the committee"), as
   * criticism and rejection of it */
  if (root != 11 && root != 12 && root != 5 && !denial) return NO;
  /* "turned down overtures by X": the verb's particle */
  if (q < end && w->toks.v[q].penn == PT_RP) q++;
  /* "all of", "some of" before the phrase */
  if (q + 2 < end && w->tok_ment[q] == NO && is_word(w, q + 1, w->cw->w_of) &&
      (w->toks.v[q].tag == P_DET || tok_in3(w, q, WL3_PARTITIVE)))
    q += 2;
  uint32_t e = q, poss = (uint32_t)NO;
  int authored = 0;
  while (e < end && e < s->last && e < q + NAME_REACH) {
    const acta_token *t = &w->toks.v[e];
    /* "all of Cardona's accusations": a possessive name inside the phrase */
    if (t->tag == P_POSS && e > q && poss == (uint32_t)NO) {
      poss = e++;
      continue;
    }
    /* ("the travel warning issued by": a gerund read as the head) */
    int gerund = t->tag == P_VERB && t->penn == PT_VBG && e > q &&
                 (w->toks.v[e - 1].tag == P_DET || w->toks.v[e - 1].tag == P_ADJ ||
                  w->toks.v[e - 1].tag == P_NOUN);
    if (w->tok_ment[e] != NO ||
        !(t->tag == P_DET || t->tag == P_ADJ || t->tag == P_NUM || t->tag == P_NOUN || gerund ||
          t->tag == P_PROPN || (is_word(w, e, w->cw->w_of) && !authored && e + 1 < s->last &&
                                w->toks.v[e + 1].tag != P_PROPN && w->tok_ment[e + 1] == NO)))
      break;
    authored = t->tag == P_NOUN && acta_lemma_in3(w->cw, t->nlemma, WL3_AUTHORED_NOUN);
    e++;
  }
  if (e == q) return NO;
  int32_t x = NO;
  const char *how = "the author of the thing rejected";
  uint32_t by_at; /* the "by" after a participle after the thing */
  if (poss != (uint32_t)NO && authored) {
    /* the name before "'s": a coded phrase ending there, or a name */
    uint32_t b = poss - 1;
    if (w->tok_ment[b] != NO) b = w->ments[w->tok_ment[b]].first;
    else
      while (b > q && w->toks.v[b - 1].tag == P_PROPN && w->tok_ment[b - 1] == NO) b--;
    if (b >= q) x = author_at(w, sc, b, poss, src);
    how = "the one whose claim or proposal is acted on";
  } else if (poss == (uint32_t)NO && (by_at = participle_by(w, e, s->last))) {
    /* "criticized the travel warning issued by the US State Department",
     * "denounced the tactics used by security forces": the participle's
     * agent made or did the thing */
    uint32_t a = by_at + 1;
    if (w->toks.v[a].tag == P_DET && w->tok_ment[a] == NO && a + 1 < s->last) a++;
    x = author_at(w, sc, a, s->last, src);
    how = "the agent of the thing acted on";
  } else if (e + 1 < s->last && poss == (uint32_t)NO) {
    int by = is_word(w, e, w->cw->w_by);
    if (!(by && !denial) && !(authored && (by || is_word(w, e, w->cw->w_from) ||
                                           is_word(w, e, w->cw->w_of))))
      return NO;
    uint32_t a = e + 1;
    if (w->toks.v[a].tag == P_DET && w->tok_ment[a] == NO && a + 1 < s->last) a++;
    x = author_at(w, sc, a, s->last, src);
  }
  if (x == NO) return NO;
  acta_trace(w, "  target \"%s\" -> %s (%s)\n", norm(w, w->ments[x].first), w->ments[x].code, how);
  return x;
}

/* How many words an appositive after a name ("Tobar, one of the three
 * top figures of the governing FMLN party, is") or the auxiliaries after a
 * clause's subject may run. */
#define APPOSITIVE_REACH 12

/* targets19b: an investigation (root 09) of a clause -- "investigating
 * whether the Sinaloa Cartel is behind ...", "an inquiry into why federal
 * authorities ...", "looking into claims that the police spied on ..." --
 * looks into what the clause's subject did: the subject at token a after
 * "whether", "why" or an authored noun (WL3_AUTHORED_NOUN: a claim, an
 * allegation) and "that", a coded actor or a name the article named so
 * before (author_at), active ("whether he was killed": a victim, no
 * suspect); NO otherwise. */
static int32_t inquiry_clause_subject(struct acta_work *w, const sent_ctx *sc, uint32_t a,
                                      int32_t src) {
  const acta_sentence *s = sc->s;
  if (a < s->last && is_vocab(w, a, V_INTO)) a++;
  if (a + 2 >= s->last) return NO;
  /* "opened an investigation to determine whether", "to find out why" */
  if (is_word(w, a, w->cw->w_to) && w->toks.v[a + 1].tag == P_VERB) {
    uint32_t b = a + 2;
    if (b < s->last && w->toks.v[b].penn == PT_RP) b++;
    if (b + 2 < s->last && (is_vocab(w, b, V_WHETHER) || is_vocab(w, b, V_WHY))) a = b;
  }
  if (is_vocab(w, a, V_WHETHER) || is_vocab(w, a, V_WHY)) {
    a++;
  } else {
    if (w->toks.v[a].tag == P_DET && w->tok_ment[a] == NO) a++;
    if (a + 2 >= s->last || w->toks.v[a].tag != P_NOUN || w->tok_ment[a] != NO ||
        !acta_lemma_in3(w->cw, w->toks.v[a].nlemma, WL3_AUTHORED_NOUN) ||
        !is_vocab(w, a + 1, V_THAT))
      return NO;
    a += 2;
  }
  if (w->toks.v[a].tag == P_DET && w->tok_ment[a] == NO && a + 1 < s->last) a++;
  int32_t x = author_at(w, sc, a, s->last, src);
  /* the subject's end: its mention's, or the bare name's */
  uint32_t e = a;
  if (w->tok_ment[a] != NO) e = w->ments[w->tok_ment[a]].last;
  else
    while (e < s->last && w->toks.v[e].tag == P_PROPN) e++;
  /* "whether Ana Julia Tobar, one of the leaders of the FMLN, is
   * involved": a name no dictionary knows set off by an appositive actor
   * between commas, before the clause's verb */
  if (x == NO && e > a && e + 2 < s->last && w->tok_ment[a] == NO && is_punct(w, e, ',') &&
      w->tok_ment[e + 1] != NO && w->ments[w->tok_ment[e + 1]].code[0]) {
    uint32_t c = e + 2;
    while (c < s->last && c < e + APPOSITIVE_REACH && !is_punct(w, c, ',') &&
           w->toks.v[c].tag != P_AUX)
      c++;
    if (c + 1 < s->last && is_punct(w, c, ',') &&
        (w->toks.v[c + 1].tag == P_AUX || w->toks.v[c + 1].tag == P_VERB)) {
      x = w->ments[w->tok_ment[e + 1]].group; /* (review23: a group's first is its own group) */
      if (src != NO && x == w->ments[src].group) x = NO;
      e = c + 1;
    }
  }
  if (x == NO) return NO;
  /* its verb group's auxiliaries ("had been", "was not"): a form of "be"
   * last before a participle is a passive */
  int be = 0;
  for (uint32_t stop = e + APPOSITIVE_REACH;
       e < s->last && e < stop && (w->toks.v[e].tag == P_AUX || w->toks.v[e].tag == P_ADV);) {
    if (w->toks.v[e].tag == P_AUX)
      be = acta_lemma_in2(w->cw, w->toks.v[e].vlemma, WL2_LINKING_VERB);
    e++;
  }
  /* (not "was involved", "is linked": a suspect's) */
  if (be && e < s->last && w->toks.v[e].tag == P_VERB && w->toks.v[e].penn == PT_VBN &&
      !acta_lemma_in4(w->cw, w->toks.v[e].vlemma, WL4_SUSPECT_PARTICIPLE))
    return NO;
  acta_trace(w, "  target \"%s\" -> %s (the subject of the clause investigated)\n", norm(w, a),
             w->ments[x].code);
  return x;
}

/* targets16: an investigation (root 09), a criticism (11) or a threat
 * (13) whose object at token q is a noun of an act aimed at someone
 * (WL3_AIMED_NOUN) followed by "into" or "against" and a coded actor or a
 * name the article named so before (author_at): "opened an investigation
 * into Uribe", "threatened to take legal action against the newspaper";
 * NO otherwise. */
static int32_t aimed_at(struct acta_work *w, const sent_ctx *sc, uint32_t q, const char *code,
                        int32_t src) {
  const acta_sentence *s = sc->s;
  int root = cameo_root(code);
  if (root != 9 && root != 11 && root != 13) return NO;
  /* "threatened to take legal action": the verb the threat names */
  if (root == 13 && q + 1 < s->last && w->toks.v[q].tag == P_TO &&
      w->toks.v[q + 1].tag == P_VERB)
    q += 2;
  uint32_t e = q;
  int aimed = 0;
  while (e < s->last && e < q + NAME_REACH && w->tok_ment[e] == NO &&
         (w->toks.v[e].tag == P_DET || w->toks.v[e].tag == P_ADJ || w->toks.v[e].tag == P_NUM ||
          w->toks.v[e].tag == P_NOUN)) {
    aimed = w->toks.v[e].tag == P_NOUN &&
            acta_lemma_in3(w->cw, w->toks.v[e].nlemma, WL3_AIMED_NOUN);
    e++;
  }
  if (root == 9) {
    /* targets19b: "opened an investigation into whether X ...",
     * "investigating whether X ...", "looking into claims that X ..." */
    int32_t x = inquiry_clause_subject(w, sc, aimed ? e : q, src);
    if (x != NO) return x;
  }
  if (!aimed || e + 1 >= s->last || !(is_vocab(w, e, V_INTO) || is_vocab(w, e, V_AGAINST)))
    return NO;
  uint32_t a = e + 1;
  if (w->toks.v[a].tag == P_DET && w->tok_ment[a] == NO && a + 1 < s->last) a++;
  int32_t x = author_at(w, sc, a, s->last, src);
  if (x != NO)
    acta_trace(w, "  target \"%s\" -> %s (whom the act named by the object is aimed at)\n",
               norm(w, a), w->ments[x].code);
  return x;
}

/* targets27: how many words a passive's subject phrase may run before its
 * verb group for its author to be looked for. */
#define PASSIVE_THING_REACH 14

/* targets27: "the announcement by the president has been welcomed by
 * NGOs", "the plan announced by the government was rejected by the
 * opposition": the author of the thing a passive of roots 05, 11, 12 or
 * 016 acts on, named inside the subject phrase that ends right at the
 * verb group (it starts after a comma, "that" or another verb, within
 * PASSIVE_THING_REACH words); as author_of_thing for the active. */
static int32_t passive_thing_author(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                                    const char *code, int32_t src) {
  const acta_sentence *s = sc->s;
  uint32_t q = g->first;
  while (q > s->first && g->first - q < PASSIVE_THING_REACH) {
    const acta_token *t = &w->toks.v[q - 1];
    if (t->kind == TK_PUNCT || w->tok_vg[q - 1] != NO || is_word(w, q - 1, w->cw->w_that)) break;
    q--;
  }
  if (q == g->first || (q > s->first && g->first - q >= PASSIVE_THING_REACH)) return NO;
  return author_of_thing(w, sc, q, g->first, code, src);
}

int32_t acta_by_author_target(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              int32_t src, int32_t tgt, const char *code) {
  if (tgt != NO) return tgt;
  if (g->passive) return passive_thing_author(w, sc, g, code, src);
  int32_t x = author_of_thing(w, sc, g->last, sc->s->last, code, src);
  return x != NO ? x : aimed_at(w, sc, g->last, code, src);
}

/* ---- objects12: the owner of a thing seized, raided or frozen ----------- */

/* How many words the phrase of the thing acted on may run before its
 * owner is named ("$1.8 million in assets owned by", "a depot in
 * Matamoros, Tamaulipas that belonged to"). */
#define OWNER_REACH 12

/* Is CAMEO code `code` an act on property: a seizure, a raid, a
 * destruction (171x) or a freeze of assets (163)? */
static int property_act(const char *code) {
  return !strncmp(code, "171", 3) || !strcmp(code, "163");
}

/* Is CAMEO code `code` an attack, a bombing or an occupation (root 19,
 * 183), whose object may be a thing of the one attacked ("fired nine shots
 * at his car", "bombed his camp", "invaded their homes")?  Not the rest
 * of root 18, done to people ("killing four of his guards"). */
static int attack_act(const char *code) {
  return cameo_root(code) == 19 || !strncmp(code, "183", 3);
}

/* Is mention m a body of the state that seizes, raids or freezes by law
 * (government, police, armed forces, courts, a state named bare)? */
static int state_body(const mention *m) {
  return (state_side(m) && strcmp(m->role, "UAF")) || !strcmp(m->role, "JUD") ||
         (!m->role[0] && m->country[0] && !strcmp(m->code, m->country));
}

/* The owner named at token q (after "belonging to", or before "'s"
 * when poss): a pronoun ("his", "him", "their", "them") the actor it
 * stands for; an actor a dictionary codes (not a place, nor, before
 * "'s", a bare country: "seized Colombia's largest haul"); a name no
 * dictionary knows (up to end) the actor named so before, else a private
 * person by role only (CRM when the source is the state's: state_body;
 * else CVL).  NO when none, or when it is the source. */
static int32_t owner_at(struct acta_work *w, const sent_ctx *sc, const vgroup *g, uint32_t q,
                        uint32_t end, int32_t src, int poss) {
  const acta_token *t = &w->toks.v[q];
  if (t->vocab == V_HIS || t->vocab == V_HER || t->vocab == V_HIM || t->vocab == V_THEIR ||
      t->vocab == V_THEM) {
    int kind = t->vocab == V_THEIR || t->vocab == V_THEM ? REF_PLURAL : REF_PERSON;
    const char *where;
    int self;
    int32_t a = referent_of(w, sc, g, q, kind, src, "the source itself", &where, &self, 0, 0);
    acta_trace(w, "  owner \"%s\" -> %s (%s)\n", norm(w, q), a != NO ? w->ments[a].code : "-",
               where);
    return a != NO ? w->ments[a].group : NO;
  }
  int32_t x = w->tok_ment[q];
  if (x != NO) {
    const mention *m = &w->ments[w->ments[x].group];
    if (!m->code[0] || (src != NO && m->group == w->ments[src].group) ||
        acta_overlaps_place(w, (size_t)sc->index, w->toks.v[m->first].start,
                       w->toks.v[m->last - 1].end) ||
        (poss && !m->role[0]))
      return NO;
    acta_trace(w, "  owner \"%s\" -> %s (the owner of the thing acted on)\n", norm(w, q),
               m->code);
    return m->group;
  }
  if (t->tag != P_PROPN || tok_in(w, q, WL_TIME_NOUN)) return NO;
  uint32_t e = bare_name_end(w, sc, q, end, 1, poss);
  if (!e) return NO;
  /* the actor named so before (one member of a compound, "arrested
   * Martinez and Rais", as a private person's name takes it below) */
  int32_t named;
  if (named_so_before(w, sc, q, e - 1, src, "owner", 1, &named)) return named;
  /* whose assets the state seizes, freezes or raids is held for a crime */
  const char *role = src != NO && state_body(&w->ments[w->ments[src].group]) ? "CRM" : "CVL";
  int32_t m = acta_private_person(w, q, e, role);
  acta_trace(w, "  owner \"%s\" -> %s (a private person named as the owner)\n", norm(w, q),
             role);
  return m;
}

/* How far after its verb an investigation's "his ties" may begin ("opened
 * a preliminary investigation into his alleged ties"). */
#define LINK_REACH 8

int32_t acta_inquiry_link_target(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                                 int32_t src, int32_t tgt, const char *code) {
  const acta_sentence *s = sc->s;
  if (cameo_root(code) != 9 || g->passive) return tgt;
  uint32_t lim = g->last + LINK_REACH < s->last ? g->last + LINK_REACH : s->last;
  /* past the act's noun and "into" ("launched an investigation into") */
  uint32_t k = g->last, poss = (uint32_t)NO;
  while (k < lim && w->tok_ment[k] == NO && w->tok_vg[k] == NO) {
    const acta_token *t = &w->toks.v[k];
    if (t->vocab == V_HIS || t->vocab == V_HER || t->vocab == V_THEIR) {
      poss = k++;
      break;
    }
    if (!(t->tag == P_DET || t->tag == P_ADJ || t->tag == P_NUM || t->penn == PT_RP ||
          is_vocab(w, k, V_INTO) ||
          (t->tag == P_NOUN && acta_lemma_in3(w->cw, t->nlemma, WL3_AIMED_NOUN))))
      break;
    k++;
  }
  /* "his alleged ties", "possible links" */
  while (k < lim && w->tok_ment[k] == NO && w->toks.v[k].tag == P_ADJ) k++;
  if (k + 2 >= s->last || k >= lim || w->tok_ment[k] != NO || w->toks.v[k].tag != P_NOUN ||
      !tok_lemma_in4(w, k, w->toks.v[k].nlemma, WL4_LINK_NOUN))
    return tgt;
  uint32_t prep = k + 1;
  int32_t x = NO;
  if (poss != (uint32_t)NO &&
      (is_word(w, prep, w->cw->w_to) || is_word(w, prep, w->cw->w_with))) {
    x = owner_at(w, sc, g, poss, lim, src, 1);
    if (x == NO && tgt != NO && w->ments[tgt].first > k) {
      acta_trace(w, "  target %s: the one ties are looked into to, not the one looked into\n",
                 w->ments[tgt].code);
      return NO;
    }
  } else if (poss == (uint32_t)NO && tgt == NO && is_word(w, prep, w->cw->w_between)) {
    uint32_t a = prep + 1;
    if (w->toks.v[a].tag == P_DET && w->tok_ment[a] == NO && a + 1 < s->last) a++;
    x = author_at(w, sc, a, s->last, src);
  }
  if (x == NO) return tgt;
  acta_trace(w, "  target %s (the one whose ties are looked into)\n", w->ments[x].code);
  return x;
}

/* The owner named right before the "'s" at token k (k > lo): an actor
 * ending there, or a run of proper nouns no dictionary codes that starts
 * after lo (owner_at); NO when none. */
static int32_t owner_before_poss(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                                 uint32_t k, uint32_t lo, int32_t src) {
  uint32_t b = k - 1;
  int32_t x = w->tok_ment[b];
  if (x != NO) return owner_at(w, sc, g, w->ments[w->ments[x].group].first, k, src, 1);
  while (b > lo && w->toks.v[b - 1].tag == P_PROPN && w->tok_ment[b - 1] == NO) b--;
  return w->toks.v[b].tag == P_PROPN ? owner_at(w, sc, g, b, k, src, 1) : NO;
}

/* Does a thing no actor names follow the possessive at token k (its
 * nouns and adjectives: "his car", "their homes"), not people ("his
 * security guards", "their members") nor "behalf" ("on Barrera's
 * behalf")? */
static int thing_after(const struct acta_work *w, uint32_t k, uint32_t last) {
  uint32_t e = k + 1;
  while (e < last && e < k + 1 + PEOPLE_LEAD &&
         (w->toks.v[e].tag == P_ADJ || w->toks.v[e].tag == P_NOUN)) {
    if (w->tok_ment[e] != NO || tok_in(w, e, WL_PEOPLE_HEAD) || is_word(w, e, w->cw->w_behalf))
      return 0;
    e++;
  }
  return e > k + 1;
}

/* The owner the phrase of the thing acted on names, from token g->last
 * (see acta_owner_target); NO when it names none. */
static int32_t owner_in_phrase(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                               int32_t src, int attack) {
  const acta_sentence *s = sc->s;
  uint32_t lim = g->last + OWNER_REACH < s->last ? g->last + OWNER_REACH : s->last;
  for (uint32_t k = g->last; k < lim; k++) {
    const acta_token *t = &w->toks.v[k];
    /* "seized his assets", "raided their homes": a possessive pronoun
     * before the thing */
    if ((t->vocab == V_HIS || t->vocab == V_THEIR || t->vocab == V_HER) && k + 1 < s->last &&
        np_tag(w->toks.v[k + 1].tag))
      return !attack || thing_after(w, k, s->last) ? owner_at(w, sc, g, k, lim, src, 1) : NO;
    /* "raided Trevino's ranch", "seized 38 of the Valles' houses" */
    if (t->tag == P_POSS) {
      if (k == g->last || (attack && !thing_after(w, k, s->last))) return NO;
      return owner_before_poss(w, sc, g, k, g->last, src);
    }
    /* "properties belonging to Sandoval", "a warehouse that belonged to
     * the Gulf Cartel", "assets linked to him" */
    if (tok_in2(w, k, WL2_OWNER_LINK | WL2_LINK_PARTICIPLE) && k + 2 < s->last &&
        (is_word(w, k + 1, w->cw->w_to) || is_word(w, k + 1, w->cw->w_by))) {
      uint32_t q = k + 2;
      if (w->toks.v[q].tag == P_DET && w->tok_ment[q] == NO && q + 1 < s->last) q++;
      return owner_at(w, sc, g, q, s->last, src, 0);
    }
    /* targets18: "a load of cocaine, thought to belong to the
     * Sinaloans": a participle of belief or report and "to" before the
     * owner's link; "houses, one of which belonged to Salcido" */
    if (k > g->last && k + 2 < lim && w->toks.v[k].tag == P_VERB &&
        acta_lemma_in(w->cw, t->vlemma, WL_RAISE_HEDGED | WL_RAISE_ALLEGED) &&
        is_word(w, k + 1, w->cw->w_to) && tok_in2(w, k + 2, WL2_OWNER_LINK)) {
      k++;
      continue;
    }
    if (t->tag == P_WH && k + 1 < lim && tok_in2(w, k + 1, WL2_OWNER_LINK)) continue;
    /* targets24a: "confiscated $1.1 million from them", "seized assets
     * from the group": what is taken from someone is theirs (a seizure,
     * not an attack; an actor or an object pronoun only, no place, no
     * bare name: "from Chile", "from a boat" name none) */
    if (!attack && k > g->last && is_word(w, k, w->cw->w_from) && k + 1 < s->last) {
      uint32_t q = k + 1;
      if (w->toks.v[q].tag == P_DET && w->tok_ment[q] == NO && q + 1 < s->last) q++;
      const acta_token *o = &w->toks.v[q];
      if (w->tok_ment[q] == NO && o->vocab != V_HIM && o->vocab != V_HER && o->vocab != V_THEM)
        return NO;
      return owner_at(w, sc, g, q, s->last, src, 0);
    }
    /* targets18: an aside in brackets inside the thing's phrase ("five
     * billion pesos (about $1.2 million) in property belonging to him") */
    if (is_punct(w, k, '(')) {
      uint32_t c = k + 1;
      while (c < lim && !is_punct(w, c, ')') && !is_punct(w, c, '(') && w->tok_vg[c] == NO) c++;
      if (c == lim || !is_punct(w, c, ')')) return NO;
      /* (the aside's words do not count towards the reach) */
      lim = lim + (c - k) < s->last ? lim + (c - k) : s->last;
      k = c;
      continue;
    }
    if (w->tok_vg[k] != NO && k > g->last) return NO;
    /* the thing's phrase: its words, numbers, "of", "in", "worth", a
     * list's commas and "and", "that" before the owner's verb */
    int ok = t->tag == P_DET || t->tag == P_NUM || t->tag == P_ADJ || t->tag == P_NOUN ||
             t->tag == P_PROPN || t->tag == P_ADV || is_word(w, k, w->cw->w_of) ||
             is_word(w, k, w->cw->w_in) || is_word(w, k, w->cw->w_and) || is_word(w, k, w->cw->w_worth) ||
             is_word(w, k, w->cw->w_that) || is_punct(w, k, ',') || is_punct(w, k, '$') ||
             k == g->last ||
             /* "fired nine shots at his car", "opened fire on their bus" */
             (attack && (is_vocab(w, k, V_AT) || is_vocab(w, k, V_ON)));
    if (!ok) return NO;
  }
  return NO;
}

/* Is role one whose people or things another's act may be held on
 * (criminals, rebels, gunmen, civilians, businesses: the owners of
 * coordinated_owner and next_held_owner)? */
static int owner_role(const char *role) {
  static const char *const ROLE[] = {"CRM", "REB", "UAF", "CVL", "BUS", NULL};
  return str_one_of(role, ROLE);
}

/* "arrested 17 smugglers and seized 9 trucks", "captured 26 people,
 * and seized 14 aircraft": the people or group acted on by the verb
 * right before verb group g (only "," and "and" between its object and
 * g), whose things g's act takes; NO when there is none, it is the
 * source's, or a state's or place's (only people and groups: CRM, REB,
 * UAF, CVL, BUS). */
static int32_t coordinated_owner(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                                 int32_t src) {
  uint32_t p = g->first;
  while (p > sc->s->first &&
         (is_word(w, p - 1, w->cw->w_and) || is_punct(w, p - 1, ',')))
    p--;
  if (p == g->first || p <= sc->s->first || w->tok_ment[p - 1] == NO) return NO;
  const mention *x = &w->ments[w->tok_ment[p - 1]];
  if (x->last != p || x->absorbed) return NO;
  const mention *m = &w->ments[x->group];
  /* the object of an act ("arrested 15 smugglers"), not of a link
   * ("a network linked to the Sinaloa Cartel, seizing ...") */
  if (!m->code[0] || m->first <= sc->s->first || w->tok_vg[m->first - 1] == NO ||
      w->tok_vg[m->first - 1] == w->tok_vg[g->first] || !m->after_verb ||
      w->vgs[w->tok_vg[m->first - 1]].passive || !w->vgs[w->tok_vg[m->first - 1]].has_main ||
      w->toks.v[w->vgs[w->tok_vg[m->first - 1]].head].tag != P_VERB ||
      w->toks.v[w->vgs[w->tok_vg[m->first - 1]].head].vlemma == ACTA_NO_WORD ||
      tok_in2(w, m->first - 1, WL2_OWNER_LINK | WL2_LINK_PARTICIPLE) ||
      (src != NO && m->group == w->ments[src].group))
    return NO;
  if (!owner_role(m->role)) return NO;
  acta_trace(w, "  owner \"%s\" -> %s (the ones the verb before acts on)\n", norm(w, m->first),
             m->code);
  return m->group;
}

/* targets24a: "seized 940 kilograms of cocaine and arrested four
 * people", "seizing 760 kilos of cocaine and arresting three people": the
 * people or group held by the active verb of holding (WL5_HOLD_VERB) that
 * follows verb group g's object by "and" or a comma, its object right
 * after it, own what g seizes; NO when there is none, it is the source's,
 * or a state's or place's (only people and groups, as coordinated_owner). */
static int32_t next_held_owner(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                               int32_t src) {
  const acta_sentence *s = sc->s;
  uint32_t lim = g->last + OWNER_REACH < s->last ? g->last + OWNER_REACH : s->last;
  uint32_t k = g->last;
  while (k < lim && w->tok_vg[k] == NO) k++;
  if (k >= lim || k == g->last ||
      !(is_word(w, k - 1, w->cw->w_and) || is_punct(w, k - 1, ',')))
    return NO;
  const vgroup *h = &w->vgs[w->tok_vg[k]];
  if (h->first != k || h->passive || !h->has_main || h->last >= s->last ||
      !tok_lemma_in5(w, h->head, w->toks.v[h->head].vlemma, WL5_HOLD_VERB))
    return NO;
  int32_t x = w->tok_ment[h->last];
  if (x == NO || w->ments[x].absorbed) return NO;
  const mention *m = &w->ments[w->ments[x].group];
  if (!m->code[0] || (src != NO && m->group == w->ments[src].group)) return NO;
  if (!owner_role(m->role)) return NO;
  acta_trace(w, "  owner \"%s\" -> %s (the ones the verb after holds)\n",
             norm(w, h->last), m->code);
  return m->group;
}

/* "Ortiz's campaign bus was ambushed by gunmen", "Tapias' planes were
 * seized by US agents": the owner of a passive's subject, a thing, named
 * before "'s" or as "his"/"their" right before its nouns; NO when none. */
static int32_t passive_owner(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                             int32_t src, int attack) {
  uint32_t first = sc->s->first, k = g->first;
  while (k > first && k + PEOPLE_LEAD > g->first &&
         (w->toks.v[k - 1].tag == P_NOUN || w->toks.v[k - 1].tag == P_ADJ) &&
         w->tok_ment[k - 1] == NO && !tok_in(w, k - 1, WL_PEOPLE_HEAD))
    k--;
  if (k == g->first || k == first) return NO;
  uint32_t p = k - 1;
  const acta_token *t = &w->toks.v[p];
  if (attack && is_word(w, g->first - 1, w->cw->w_behalf)) return NO;
  if (t->vocab == V_HIS || t->vocab == V_THEIR || t->vocab == V_HER)
    return owner_at(w, sc, g, p, g->first, src, 1);
  if (t->tag != P_POSS || p == first) return NO;
  return owner_before_poss(w, sc, g, p, first, src);
}

int32_t acta_owner_target(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                          int32_t src, int32_t tgt, const char *code, const char *lemma) {
  /* (not a killing or a shooting, done to people: "killing four of his
   * guards") */
  int attack = attack_act(code) && !on_person(code, lemma);
  /* prec44a: a shooting (193, an act on a person when its object is
   * one) at a thing ("fired nine shots at his car") is an attack on the
   * thing's owner, as 190's is; not a killing's or a wounding's verb
   * (on_person's root-19 lemmas) */
  if (!strcmp(code, "193") && !on_person("190", lemma)) attack = 1;
  /* (codes24: a home invasion, 180 by its own pattern, "invaded their
   * homes", is done to the homes' owners as 192's "invade" was) */
  if (!strcmp(code, "180") && acta_lemma_is(w->toks.v[g->head].vlemma, w->cw->l_invade))
    attack = 1;
  /* codes20: "businesses had financed his campaign", "funded Rivera's
   * bid": money given for a thing (not people: thing_after) is aid to
   * the thing's owner; an active funding verb only */
  int fund = cameo_root(code) == 7 && !g->passive &&
             tok_lemma_in4(w, g->head, w->toks.v[g->head].vlemma, WL4_FUND_VERB);
  if (tgt != NO || !(property_act(code) || attack || fund)) return tgt;
  if (g->passive) return src != NO ? passive_owner(w, sc, g, src, attack) : tgt;
  int32_t o = owner_in_phrase(w, sc, g, src, attack || fund);
  if (o == NO && !attack && !fund) o = coordinated_owner(w, sc, g, src);
  if (o == NO && !attack && !fund) o = next_held_owner(w, sc, g, src);
  return o;
}

/* ---- targets23c: whom a thing imposed by others falls on -------------- */

/* How many words the thing's phrase may hold before its participle ("the
 * new economic sanctions imposed by"). */
#define BORNE_THING_REACH 4

int32_t acta_bearer_target(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                           int32_t src, int32_t tgt, const char *code) {
  const acta_sentence *s = sc->s;
  int root = cameo_root(code);
  if (tgt != NO || !g->passive || root < 10 || root > 17 || g->head != g->first ||
      w->toks.v[g->head].penn != PT_VBN)
    return tgt;
  /* the thing right before the participle, no actor ("sanctions") */
  uint32_t n = g->first;
  if (n < s->first + 2 || w->toks.v[n - 1].tag != P_NOUN || w->tok_ment[n - 1] != NO) return tgt;
  uint32_t lo = n - 1 > s->first + BORNE_THING_REACH ? n - 1 - BORNE_THING_REACH : s->first;
  uint32_t k = n - 1;
  while (k > lo && w->tok_vg[k - 1] == NO && w->tok_ment[k - 1] == NO &&
         (w->toks.v[k - 1].tag == P_DET || w->toks.v[k - 1].tag == P_ADJ ||
          w->toks.v[k - 1].tag == P_NOUN))
    k--;
  /* "brush off the sanctions": the verb's particle */
  if (k > s->first + 1 && w->toks.v[k - 1].penn == PT_RP) k--;
  if (k <= s->first || w->tok_vg[k - 1] == NO) return tgt;
  const vgroup *b = &w->vgs[w->tok_vg[k - 1]];
  if (b->passive || b == g ||
      !tok_lemma_in5(w, b->head, w->toks.v[b->head].vlemma, WL5_BEAR_VERB))
    return tgt;
  int32_t y = b->subject;
  if (y == NO || !w->ments[y].code[0]) return tgt;
  y = w->ments[y].group;
  if (src != NO && (y == w->ments[src].group || acta_same_side(&w->ments[y], &w->ments[src])))
    return tgt;
  acta_trace(w, "  target \"%s\" -> %s (who bears what the participle's act imposed: \"%s\")\n",
             norm(w, w->ments[y].last - 1), w->ments[y].code, norm(w, b->head));
  return y;
}

int32_t acta_noun_author(struct acta_work *w, const vgroup *g, uint32_t used, uint32_t end,
                         int32_t src) {
  if (used < g->last || used + 2 >= end || w->toks.v[used].tag != P_NOUN ||
      w->tok_ment[used] != NO)
    return NO;
  uint32_t q = used + 1;
  /* "the proposal made by" */
  int part = w->toks.v[q].penn == PT_VBN && q + 2 < end;
  if (part) q++;
  /* ... or whom a measure was imposed on ("lifted sanctions imposed on
   * Eritrea"), after a participle only */
  if (!is_word(w, q, w->cw->w_by) && !is_word(w, q, w->cw->w_from) &&
      !(part && (is_word(w, q, w->cw->w_on) || is_vocab(w, q, V_AGAINST))))
    return NO;
  int32_t mi = w->tok_ment[q + 1];
  if (mi == NO || w->ments[mi].first != q + 1 || w->ments[mi].absorbed || !w->ments[mi].code[0] ||
      w->ments[mi].last > end)
    return NO;
  int32_t a = w->ments[mi].group;
  if (src != NO && (a == w->ments[src].group || acta_same_side(&w->ments[a], &w->ments[src])))
    return NO;
  acta_trace(w, "  target \"%s\" -> %s (the author of the \"%s\" the pattern names)\n",
             norm(w, q + 1), w->ments[a].code, norm(w, used));
  return a;
}

int32_t acta_own_place_target(struct acta_work *w, const sent_ctx *sc, int32_t src,
                              int32_t tgt) {
  if (src == NO || tgt == NO) return tgt;
  const mention *m = &w->ments[w->ments[tgt].group], *a = &w->ments[w->ments[src].group];
  /* (a bare role's country: its own near one, its code's, else the
   * sentence's) */
  char cc[4] = "";
  if (a->code[0] && strcmp(a->code, a->role)) memcpy(cc, a->code, 3);
  const char *ac = a->country[0] ? a->country : a->near_country[0] ? a->near_country
                                              : cc[0]              ? cc
                                                                   : sc->country;
  /* the state itself or a body of it (a group seizing a town of its own
   * country, "Houthi fighters took the capital of a western Yemeni
   * province", acts on the state that held it) */
  int state = acta_state_role(a->role) || (!a->role[0] && a->code[0] && !a->code[3]);
  if (!state || a->next_in_group != NO || !acta_bare_country_mention(m) ||
      !acta_code_eq(ac, m->country))
    return tgt;
  for (uint32_t q = m->first; q < m->last; q++)
    if (place_noun(w, q) || tok_in6(w, q, WL6_PLACE_PART_MORE)) {
      acta_trace(w, "  target \"%s\" -> - (a part of the source's own country, where it "
                 "acted)\n", norm(w, m->first));
      return NO;
    }
  /* "threatening to pull US funding", "investigating an import to the
   * Ugandan refinery": a thing of its own country, a common noun heading
   * the phrase after the country's word (not people: "four Bolivian
   * nationals") */
  uint32_t h = m->last - 1;
  if (h > m->first && w->toks.v[h].tag == P_NOUN && !(w->toks.v[h].flags & TF_CAP) &&
      !tok_in(w, h, WL_PERSON_NOUN | WL_PEOPLE_HEAD | WL_ORG_MEMBER | WL_UNNAMED_BODY) &&
      !tok_in2(w, h, WL2_NATIONAL_NOUN)) {
    acta_trace(w, "  target \"%s\" -> - (a thing of the source's own country)\n",
               norm(w, m->first));
    return NO;
  }
  return tgt;
}
