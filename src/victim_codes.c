/* SPDX-License-Identifier: MIT */
/* victim_codes.c: the code of an act of force by whom it harms.  The
 * dictionaries code "kill", "murder", "attack", "wound" as conventional
 * military force (190); CAMEO keeps root 19 for force between armed
 * parties and files violence against people who bear no arms as
 * unconventional violence (root 18), the killing of a politically
 * significant person as an assassination (186) and a killing its sentence
 * calls a massacre as a mass killing (202); criminals killed by no
 * military actor (unknown killers, gunmen, a rival gang) are murdered,
 * 180, not fought, as is anyone whose killing is told as a murder
 * ("murdered", "the murder of": codes29); harm done in a fight the
 * sentence names where it happened stays 190 (prec47b: fight_of_harm).
 * docs/conventions.md "Killings by whom they harm" states the rule.  Reads the trigger's lemma, the
 * target's role and the sentence's words; called by acta_emit (events.c)
 * and for events made from a casualty figure (event_figures.c). */
#include "categories.h"
#include "coder_internal.h"
#include "cues.h"
#include "tagger_model.h"

#include <string.h>

/* Roles of office holders: killed, they are assassinated (186); attacked
 * or wounded (but a government, which has forces: "attacks on the
 * authorities" are force against the state), unconventional violence.  A
 * "leader" (GOV) the police or the army kill is an armed enemy's ("forces
 * killed its top leader"): force between armed parties, 190.  People who
 * bear no arms are categories.h's (civilians, workers, journalists,
 * protesters ...: acta_kind_unarmed). */
static const char OFFICE[][4] = {"GOV", "LEG", "JUD"};

static int role_in(const char *role, const char (*list)[4], size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(role, list[i])) return 1;
  return 0;
}

/* Does sentence s name a fight the harm was part of ("killed in a clash
 * with the army", "caught in the crossfire"), does it call the harm a
 * massacre, and does it name a war, a feud or an operation?  One pass over
 * the sentence, kept for its other events (w->vc_*). */
static void sentence_context(struct acta_work *w, const acta_sentence *s,
                             int *fight, int *massacre, int *war, int *bomb) {
  if (!w->vc_ready || w->vc_first != s->first || w->vc_last != s->last) {
    w->vc_ready = 1;
    w->vc_first = s->first;
    w->vc_last = s->last;
    w->vc_fight = w->vc_massacre = w->vc_war = w->vc_bomb = w->vc_ambush = 0;
    for (uint32_t q = s->first; q < s->last; q++) {
      if (tok_in(w, q, WL_CLASH_NOUN) || tok_in2(w, q, WL2_COMBAT_NOUN)) w->vc_fight = 1;
      if (tok_in2(w, q, WL2_WAR_NOUN)) w->vc_war = 1;
      if (tok_in2(w, q, WL2_MASSACRE_NOUN)) w->vc_massacre = 1;
      if (tok_in3(w, q, WL3_AMBUSH_WORD)) w->vc_ambush = 1; /* (ambush_named) */
      /* force18: "a car bomb", "grenade explosions"; not "stun grenades" */
      if (tok_in4(w, q, WL4_BOMB_WORD) &&
          !(q > s->first &&
            tok_lemma_in4(w, q - 1, w->toks.v[q - 1].word, WL4_NONLETHAL_MOD)))
        w->vc_bomb = 1;
    }
  }
  *fight = w->vc_fight;
  *massacre = w->vc_massacre;
  *war = w->vc_war;
  *bomb = w->vc_bomb;
}

/* How many words from a harm the fight it was part of may be named. */
#define FIGHT_REACH 15

static int fight_word(const struct acta_work *w, uint32_t q) {
  return tok_in(w, q, WL_CLASH_NOUN) || tok_in2(w, q, WL2_COMBAT_NOUN);
}

/* prec47b: is the fight sentence s names (sentence_context) the one the
 * harm at trig was part of: a fight word after trig within FIGHT_REACH
 * words ("died in a gunfight", "shot two bystanders in the crossfire",
 * "were slain, three of them boys, in a clash", "were slain and 9 more
 * hurt in a skirmish"), not past a ';', a ':', a dash, a bracket, a
 * wh-word but "when" ("died when a firefight began"), a ", and" that
 * opens another clause or a subordinator of another time after a comma
 * or a span ("in what looked like a battle over the bars", "-- sending
 * hitmen to combat a rival", "a week after clashes"; nor past a result's
 * "-ing" after a comma: ", sparking clashes", mend47b); or one before it
 * within FIGHT_REACH words with no mark of those nor a verb of another
 * group between, but a toll's ("a skirmish between the crews left nine
 * dead", "clashes have left five hurt", "troops clashed with a gang,
 * killing a vendor", "a gunfight that killed two"; not "the feud is about
 * fighting over streets, and getting even with a crew that murdered a
 * cousin")?  A fixed reach each way. */
static int fight_of_harm(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  int32_t own = w->tok_vg[trig];
  for (uint32_t q = trig + 1; q < s->last && q <= trig + FIGHT_REACH; q++) {
    if (fight_word(w, q)) return 1;
    if (is_punct(w, q, ';') || is_punct(w, q, ':') || is_punct(w, q, '-') ||
        is_punct(w, q, '(') ||
        (w->toks.v[q].tag == P_WH && !is_word(w, q, w->cw->w_when)) ||
        (is_punct(w, q, ',') && q + 1 < s->last &&
         (is_word(w, q + 1, w->cw->w_and) || w->toks.v[q + 1].tag == P_WH)))
      break;
    /* mend47b: "gunmen killed two vendors, sparking clashes": the
     * fight is the killing's result, not where it happened */
    if (is_punct(w, q - 1, ',') && w->toks.v[q].penn == PT_VBG &&
        acta_lemma_in2(w->cw, w->toks.v[q].vlemma, WL2_RESULT_VERB))
      break;
    /* "killed a journalist, two days after clashes in the town": a
     * clause of another time (not "when") after a comma or a span */
    if (tok_in(w, q, WL_SUBORDINATOR) && !is_word(w, q, w->cw->w_when) &&
        (is_punct(w, q - 1, ',') || w->toks.v[q - 1].tag == P_NOUN))
      break;
  }
  for (uint32_t q = trig, k = 0; q > s->first && k < FIGHT_REACH; q--, k++) {
    uint32_t p = q - 1;
    /* a fight told by another verb is the harm's only when the harm's
     * "-ing" form hangs on it ("clashed with a gang, killing one"; not "a
     * gang that had clashed with police killed two shopkeepers") */
    if (fight_word(w, p))
      return w->tok_vg[p] == NO || w->tok_vg[p] == own || w->toks.v[trig].penn == PT_VBG;
    if (is_punct(w, p, ';') || is_punct(w, p, ':') || is_punct(w, p, '-') ||
        is_punct(w, p, ')'))
      break;
    /* another verb's group, but a toll's that names the harm as its
     * result ("clashes have left seven people injured") */
    int32_t g = w->tok_vg[p];
    if (g != NO && g != own &&
        !acta_lemma_in5(w->cw, w->toks.v[w->vgs[g].head].vlemma, WL5_TOLL_VERB))
      break;
  }
  return 0;
}

/* codes13: does sentence s name an ambush ("ambushed and killed 10
 * officials", "killed in an ambush": WL3_AMBUSH_WORD)?  CAMEO 186 is a
 * targeted killing of a politically significant person; officials killed
 * by rebels in an attack or a military engagement are force (190).
 * Gunmen or hitmen (UAF) who ambush a mayor, or killers not named,
 * assassinate (186).  Read in sentence_context's pass (tidy48: not again
 * for each office holder's killing by an armed group). */
static int ambush_named(struct acta_work *w, const acta_sentence *s) {
  int fight, massacre, war, bomb;
  sentence_context(w, s, &fight, &massacre, &war, &bomb); /* (kept: no second pass) */
  return w->vc_ambush;
}

/* Is trig a shooting told as a killing: "gun" ("gunned down", WL2_KILL_ACT)
 * or "shoot" with "dead" or "death" within three words ("shot dead", "shot
 * to death")? */
static int shot_dead(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  const acta_token *tk = &w->toks.v[trig];
  if (acta_lemma_in2(w->cw, tk->vlemma, WL2_KILL_ACT)) return 1;
  if (!acta_lemma_is(tk->vlemma, w->cw->l_shoot)) return 0;
  for (uint32_t q = trig + 1; q < s->last && q <= trig + 3; q++)
    if (is_word(w, q, w->cw->w_dead) || is_word(w, q, w->cw->w_death)) return 1;
  return 0;
}

/* How far from an attack its weapons may be named ("were attacked by
 * villagers armed with stones, clubs and firebombs", "attacked a bus
 * conductor with a machete"). */
#define HAND_WEAPON_REACH 10

/* force18: is the attack at trig made with weapons of the hand -- a
 * machete, knives, sticks, rocks (WL4_HAND_WEAPON) -- named after "with"
 * or "wielding"/"armed" (at most three words before) within
 * HAND_WEAPON_REACH words of it, in its clause (no ';' or ':' between)? */
static int hand_weapons(const struct acta_work *w, const acta_sentence *s, uint32_t trig) {
  uint32_t lo = trig > s->first + HAND_WEAPON_REACH ? trig - HAND_WEAPON_REACH : s->first;
  uint32_t hi = trig + HAND_WEAPON_REACH < s->last ? trig + HAND_WEAPON_REACH : s->last;
  uint32_t lead = UINT32_MAX; /* the latest "with", "wielding", "armed" */
  for (uint32_t q = lo; q < hi; q++) {
    if (is_punct(w, q, ';') || is_punct(w, q, ':')) {
      if (q >= trig) break;
      lead = UINT32_MAX;
      continue;
    }
    if (is_word(w, q, w->cw->w_with) || acta_lemma_is(w->toks.v[q].vlemma, w->cw->l_wield) ||
        is_word(w, q, w->cw->w_armed))
      lead = q;
    else if (lead != UINT32_MAX && q <= lead + 4 && tok_in4(w, q, WL4_HAND_WEAPON))
      return 1;
  }
  return 0;
}

/* prec41e: is the harm at trig done "by" a means of crowd control (the
 * cues of data/cues.txt "means:crowd_control": tear gas, rubber or
 * plastic bullets, a water cannon, pepper spray, stun grenades, batons)
 * named after "by" within HAND_WEAPON_REACH words after it, in its
 * clause ("a vendor was struck and fatally hurt by a gas grenade
 * the troops fired")?  mend41e: the clause ends at a mark, a relative or
 * subordinating word ("who was blinded by tear gas", "after marchers
 * were hit by") or another verb group -- but a participle right after
 * "and"/"or" that ends trig's group, which shares its agent ("struck and
 * killed by").  (An act told with its means, "fired tear gas at
 * protesters, wounding twelve", is one act: one_act.c.) */
static int by_crowd_control(const struct acta_work *w, const acta_dict *d,
                            const acta_sentence *s, uint32_t trig) {
  uint32_t hi = trig + HAND_WEAPON_REACH < s->last ? trig + HAND_WEAPON_REACH : s->last;
  int32_t own = w->tok_vg[trig];
  uint32_t by = 0, end = hi;
  for (uint32_t q = trig + 1; q < hi && end == hi; q++) {
    const acta_token *t = &w->toks.v[q];
    if (is_punct(w, q, ';') || is_punct(w, q, ':') || is_punct(w, q, ',') ||
        t->tag == P_WH || t->tag == P_THAT || tok_in(w, q, WL_SUBORDINATOR)) {
      end = q;
    } else if (w->tok_vg[q] != NO && w->tok_vg[q] != own) {
      int shared = !by && own != NO && q >= trig + 2 && is_and_or(w, q - 1) &&
                   w->tok_vg[q - 2] == own && t->penn == PT_VBN;
      if (shared)
        own = w->tok_vg[q];
      else
        end = q;
    } else if (!by && is_word(w, q, w->cw->w_by)) {
      by = q + 1;
    }
  }
  if (!by || by >= end) return 0;
  acta_cue_set set = {{0, 0}};
  acta_sentence_cues(d, &w->toks, by, end, &set);
  return acta_cue_has(&set, CUE_MEANS_CROWD_CONTROL);
}

const acta_cameo *acta_victim_code(struct acta_work *w, const acta_dict *d,
                                   const acta_sentence *s, const acta_cameo *cm,
                                   uint32_t trig, const char *figure_kind,
                                   const acta_actor *source, const acta_actor *target) {
  /* a shooting told as a killing ("gunned down", "shot dead", "shot to
   * death") by no state force -- gunmen, gangs, rebels, unknown killers --
   * is coded by whom it harms as 190 is; a soldier's or a policeman's, and
   * other shootings, keep 193 (fire between forces and those they face:
   * their means say more) */
  /* codes9: any shooting of someone by no state force ("gunmen shot him
   * twelve times", "was shot outside a food stand") is harm to people, as
   * "attack" and "wound" are: shot, the unarmed suffer violence (180), they
   * fight no one */
  /* codes12: and so is fire opened on people ("four men opened fire on
   * the customers", "paramilitaries fired on unarmed protesters") */
  int shot = !figure_kind && !strcmp(cm->code, "193") &&
             !(source && acta_actor_kind(source) == AK_STATE_ARMED) &&
             (shot_dead(w, s, trig) ||
              acta_lemma_is(w->toks.v[trig].vlemma, w->cw->l_shoot) ||
              acta_lemma_in3(w->cw, w->toks.v[trig].vlemma, WL3_GUNFIRE_VERB));
  int gunned = shot && shot_dead(w, s, trig);
  /* codes9: a killing by criminals or gunmen of no one the dictionaries give
   * a role ("the hitmen killed the singer", "an inmate shot the jailed
   * congressman dead", "killed by a cartel") is a murder, as of criminals */
  int by_gang = source && source->present &&
                (acta_code_eq(source->role, "CRM") || acta_code_eq(source->role, "UAF"));
  int no_role = !target->present || !target->role[0];
  /* codes9: a killing told with no killer and no victim with a role ("dozens
   * died in successive assaults on the prisons", "six of his bodyguards
   * were killed", "an attack that left four dead") is a murder too, but in
   * a fight, a war, a feud or an operation the sentence names */
  int no_actor = no_role && (!source || !source->present);
  /* codes29: a killing told as a murder ("a police commander was
   * murdered", "soldiers murdered a farmer", "the murder of an army
   * corporal") is an unlawful killing, no fight: root 18 whoever is
   * killed and whoever kills (an office holder's is still 186, a
   * massacre 202, deaths in a fight the sentence names stay 190) */
  int murder = !figure_kind && (acta_lemma_in5(w->cw, w->toks.v[trig].vlemma, WL5_MURDER_VERB) ||
                                acta_lemma_in5(w->cw, w->toks.v[trig].nlemma, WL5_MURDER_VERB));
  /* force18: an attack or a wounding with weapons of the hand ("attacked a
   * bus conductor with a machete", "attacked by villagers armed with stones
   * and clubs") is a physical assault, 182, whoever does it: no military
   * force.  A killing, a wound or a toll a bomb caused ("the car bombing
   * that left 85 dead", "was injured by an explosive device", "grenade
   * explosions wounded 110") with no doer named is a bombing, 183 (a
   * doer named has its own means: "gunmen killed two officers") */
  if (!d->keds_only && !strcmp(cm->code, "190")) {
    const acta_token *tk = &w->toks.v[trig];
    int blow = !figure_kind && (acta_lemma_in3(w->cw, tk->vlemma, WL3_ASSAULT_VERB) ||
                                acta_lemma_in3(w->cw, tk->nlemma, WL3_ASSAULT_VERB) ||
                                ((acta_lemma_in2(w->cw, tk->vlemma, WL2_HARM_ACT) ||
                                  acta_lemma_in2(w->cw, tk->nlemma, WL2_HARM_ACT)) &&
                                 !acta_lemma_in2(w->cw, tk->vlemma, WL2_KILL_ACT) &&
                                 !acta_lemma_in2(w->cw, tk->nlemma, WL2_KILL_ACT)));
    const char *code = NULL, *why = NULL;
    if (source && source->present &&
        (acta_actor_role_is(source, "COP") || acta_actor_role_is(source, "MIL")) &&
        by_crowd_control(w, d, s, trig)) {
      /* prec41e: harm the police or soldiers did by tear gas, rubber
       * bullets or a water cannon ("a vendor was struck and fatally hurt
       * by a gas grenade the troops fired") is crowd control: CAMEO 175,
       * repression (the codebook's example: tear gas used on a crowd of
       * demonstrators), no military force */
      code = "175";
      why = "harm done by the police or soldiers with tear gas or rubber bullets: repression";
    } else if (blow && hand_weapons(w, s, trig)) {
      code = "182";
      why = "an attack with weapons of the hand: a physical assault";
    } else if (!source || !source->present) {
      int harm_only = figure_kind ? 1
                                  : (acta_lemma_in2(w->cw, tk->vlemma, WL2_HARM_ACT) ||
                                     acta_lemma_in2(w->cw, tk->nlemma, WL2_HARM_ACT)) &&
                                        !acta_lemma_in3(w->cw, tk->vlemma, WL3_ASSAULT_VERB) &&
                                        !acta_lemma_in3(w->cw, tk->nlemma, WL3_ASSAULT_VERB) &&
                                        !tok_in3(w, trig, WL3_AMBUSH_WORD);
      int fight, massacre, war, bomb;
      sentence_context(w, s, &fight, &massacre, &war, &bomb);
      if (harm_only && bomb && !fight) {
        code = "183";
        why = "deaths or wounds a bomb caused: a bombing";
      }
    }
    const acta_cameo *fcm = code ? acta_cameo_find(d, code) : NULL;
    if (fcm) {
      acta_trace(w, "  recoded (by its means): %s -> %s: %s (%s)\n", cm->code, code, why,
                 target->present ? target->code : "no target");
      return fcm;
    }
  }
  if (d->keds_only || (strcmp(cm->code, "190") != 0 && !shot) ||
      (no_role && !by_gang && !no_actor && !murder))
    return cm;
  int kill, harm;
  if (figure_kind) {
    kill = !strcmp(figure_kind, "killed");
    harm = kill || !strcmp(figure_kind, "injured");
  } else {
    const acta_token *tk = &w->toks.v[trig];
    kill = gunned || acta_lemma_in2(w->cw, tk->vlemma, WL2_KILL_ACT) ||
           acta_lemma_in2(w->cw, tk->nlemma, WL2_KILL_ACT);
    harm = kill || shot || acta_lemma_in2(w->cw, tk->vlemma, WL2_HARM_ACT) ||
           acta_lemma_in2(w->cw, tk->nlemma, WL2_HARM_ACT);
  }
  if (!harm) return cm; /* "target", "strike", "storm": not told as harm to people */
  if (no_role && !kill) return cm; /* "gunmen attacked the convoy": whom, unknown */
  int unarmed = no_role || acta_kind_unarmed(acta_actor_kind(target));
  int office = !no_role && role_in(target->role, OFFICE, sizeof OFFICE / sizeof *OFFICE);
  int gov = acta_code_eq(target->role, "GOV");
  if (office && gov && source &&
      (acta_code_eq(source->role, "COP") || acta_code_eq(source->role, "MIL")))
    office = 0;
  /* criminals killed by no military actor -- unknown killers, gunmen, a
   * rival gang: "two commanders of MS-13 were murdered" -- are murdered,
   * not fought (codes8): root 18 as the unarmed are */
  int src_role_ok = !source || !source->present || acta_code_eq(source->role, "CRM") ||
                    acta_code_eq(source->role, "UAF");
  int murdered = kill && acta_code_eq(target->role, "CRM") && src_role_ok;
  if (!unarmed && !murdered && !murder && !(office && (kill || !gov))) return cm;
  int fight, massacre, war, bomb;
  sentence_context(w, s, &fight, &massacre, &war, &bomb);
  /* prec47b: a killing told by its verb keeps its own code unless it was
   * the fight's result (a toll keeps the sentence's fight) */
  if (fight && !figure_kind && !fight_of_harm(w, s, trig)) {
    acta_trace(w, "  the fight the sentence names is not where %s was harmed\n", target->code);
    fight = 0;
  }
  if (no_actor && war) fight = 1;
  const char *code = NULL, *why = NULL;
  if (kill && massacre) {
    code = "202";
    why = "people who bear no arms killed in what the sentence calls a massacre";
  } else if (fight) {
    acta_trace(w, "  kept %s: %s harmed in a fight the sentence names\n", cm->code,
               target->code);
    return cm;
  } else if (kill && office && source && source->present && !acta_code_eq(source->role, "UAF") &&
             acta_actor_kind(source) == AK_ARMED && ambush_named(w, s)) {
    acta_trace(w, "  kept %s: %s killed in an ambush, an attack: no assassination\n", cm->code,
               target->code);
    return cm;
  } else if (kill && office) {
    code = "186";
    why = "an office holder killed";
  } else if (no_role) {
    code = "180";
    why = no_actor  ? "a killing with no killer named, in no fight: a murder"
          : by_gang ? "a killing by criminals or gunmen: a murder, not a fight"
                    : "a killing told as a murder: unlawful, not a fight";
  } else if (murdered && !unarmed) {
    code = "180";
    why = "criminals killed by no military actor: a murder, not a fight";
  } else if (murder && !unarmed) {
    code = "180";
    why = "a killing told as a murder: unlawful, not a fight";
  } else {
    code = "180";
    why = "force against people who bear no arms";
  }
  const acta_cameo *vcm = acta_cameo_find(d, code);
  if (!vcm) return cm;
  acta_trace(w, "  recoded (by whom it harms): %s -> %s: %s (%s)\n", cm->code, code, why,
             target->present ? target->code : "no target");
  return vcm;
}
