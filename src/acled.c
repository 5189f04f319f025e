/* SPDX-License-Identifier: MIT */
/* acled.c: the ACLED category of a coded event -- one of ACLED's six event
 * types and its sub-event type -- or none when ACLED would not record it.
 * Reads an event and its evidence (categories.h); writes its acled_*
 * fields.
 *
 * ACLED records political violence, demonstrations and the strategic
 * developments around them; it does not record statements, appeals,
 * diplomacy, disasters or crime without a political actor, nor acts that
 * did not happen (negated) or are only intended.  The rules, by what the
 * event is (its CAMEO code), who did it to whom (the kinds of its actors,
 * categories.h) and the words of its sentence (cues.h):
 *
 *   violence (18-20, and 175 off a protest):
 *     - weapons found or bombs defused around it: Strategic developments,
 *       Disrupted weapons use;
 *     - against protesters: Protests, Excessive force against protesters;
 *       by protesters: Riots, Violent demonstration; by a crowd of
 *       civilians (residents, a mob): Riots, Mob violence;
 *     - an explosive weapon (its code or a cue: air/drone strike,
 *       shelling/artillery/missile attack, suicide bomb, grenade, chemical
 *       weapon, remote explosive/landmine/IED): Explosions/Remote violence;
 *     - territory taken (192): by the state, Battles, Government regains
 *       territory; by others, Non-state actor overtakes territory; without
 *       a fight, Strategic developments, Non-violent transfer of territory;
 *     - else by whether its target is armed (military, police, rebels,
 *       gunmen): Battles, Armed clash; unarmed (civilians, protesters,
 *       journalists ...): Violence against civilians (Abduction/forced
 *       disappearance for 181, Sexual violence for rape, else Attack);
 *       with no target, by the other actors its sentence names, else by its
 *       source (state forces fight: Battles; gunmen attack: Violence
 *       against civilians);
 *   protest (14): Riots for a riot (145, or a protest that turned
 *     violent), else Protests -- Peaceful protest, Protest with
 *     intervention (the article's protesters were dispersed or arrested)
 *     or Excessive force against protesters (they were shot, killed);
 *   coercion (17): arrests (173) are Strategic developments, Arrests, or
 *     Protests with intervention when protesters are arrested; weapons
 *     seized, Disrupted weapons use; property looted or destroyed,
 *     Looting/property destruction, or Riots when rioters or a mob did it;
 *   force posture (15): Strategic developments, Change to group/activity
 *     (Headquarters or base established when a base is set up);
 *   yielding (08) and agreements: a ceasefire, a surrender, prisoners
 *     released by or to an armed group, a deal that ends fighting:
 *     Strategic developments, Agreement; a withdrawal: Change to
 *     group/activity, or Non-violent transfer of territory when the place
 *     changes hands without a fight. */
#include "categories.h"

#include <stdlib.h>
#include <string.h>

static const char BATTLES[] = "Battles";
static const char EXPLOSIONS[] = "Explosions/Remote violence";
static const char VAC[] = "Violence against civilians";
static const char PROTESTS[] = "Protests";
static const char RIOTS[] = "Riots";
static const char STRATEGIC[] = "Strategic developments";

static void set(acta_event *e, const char *type, const char *sub) {
  e->acled_type = type;
  e->acled_sub_type = sub;
}

static int code_is(const acta_event *e, const char *prefix) {
  return !strncmp(e->cameo, prefix, strlen(prefix));
}

static int has(const acta_event_evidence *ev, int cls) {
  return acta_cue_has(&ev->cues, cls);
}

/* Explosions/Remote violence by the means, or 0 when the means is none of
 * its weapons. */
static int explosion(acta_event *e, int means) {
  const char *sub = NULL;
  switch (means) {
    case CUE_MEANS_CHEMICAL: sub = "Chemical weapon"; break;
    case CUE_MEANS_SUICIDE: sub = "Suicide bomb"; break;
    case CUE_MEANS_AERIAL: case CUE_MEANS_DRONE: sub = "Air/drone strike"; break;
    case CUE_MEANS_HEAVY: sub = "Shelling/artillery/missile attack"; break;
    case CUE_MEANS_GRENADE: sub = "Grenade"; break;
    case CUE_MEANS_EXPLOSIVES: sub = "Remote explosive/landmine/IED"; break;
    default: return 0;
  }
  set(e, EXPLOSIONS, sub);
  return 1;
}

static const char *protest_sub(const acta_event_evidence *ev) {
  return ev->art_force >= 2   ? "Excessive force against protesters"
         : ev->art_force == 1 ? "Protest with intervention"
                              : "Peaceful protest";
}

/* Is the target of violence armed?  1 armed, 0 unarmed, -1 unknown: by the
 * target, else by the other actors of the sentence, else by the source. */
static int target_armed(const acta_event *e, const acta_event_evidence *ev,
                        actor_kind sk, actor_kind tk) {
  if (acta_kind_armed(tk)) return 1;
  if (acta_kind_unarmed(tk)) return 0;
  int root = atoi(e->root);
  /* a government attacked is its officials ("shot dead a mayor"): the
   * state's forces are MIL and COP */
  if (tk == AK_STATE && acta_actor_role_is(&e->target, "GOV")) return 0;
  /* no target, or a country alone (most often a place: "attacked villages
   * in north-eastern Nigeria"): the other actors of the sentence say */
  if (ev->others_armed && !ev->others_unarmed) return 1;
  if (ev->others_unarmed && !ev->others_armed) return 0;
  if (ev->others_armed) return 1;
  if (root != 19) return 0;       /* assault, mass killing: of people */
  if (sk == AK_STATE_ARMED || sk == AK_STATE) return 1; /* operations */
  if (sk == AK_ARMED) return 0;   /* gunmen opened fire on a cafe terrace */
  return -1;
}

/* Protesters, or strikers and students at a protest (one of them is no
 * crowd: one = the actor is one person). */
static int crowd(const acta_actor *a, actor_kind k, const acta_event_evidence *ev, int one) {
  /* one person -- an opposition leader shot by gunmen -- is no crowd */
  if (one) return 0;
  return acta_actor_role_is(a, "OPP") ||
         (k == AK_CROWD && (has(ev, CUE_ACT_PROTEST) || ev->art_protest));
}

static int explosive(int means) {
  return means == CUE_MEANS_EXPLOSIVES || means == CUE_MEANS_GRENADE ||
         means == CUE_MEANS_SUICIDE;
}

static void violence(acta_event *e, const acta_event_evidence *ev, actor_kind sk,
                     actor_kind tk) {
  if (has(ev, CUE_ACT_DEFUSE) && explosive(ev->means)) {
    set(e, STRATEGIC, "Disrupted weapons use");
    return;
  }
  /* civilians as the doers of violence are most often its victims read as
   * its subject ("86 people were killed when a bomb detonated"); a mob is
   * named as one */
  if (sk == AK_CIVILIAN && !has(ev, CUE_ACT_MOB)) sk = AK_NONE;
  if (sk == AK_CROWD && !has(ev, CUE_ACT_PROTEST) && !has(ev, CUE_ACT_RIOT)) sk = AK_NONE;
  int on_crowd = crowd(&e->target, tk, ev, ev->target_one), by_crowd = crowd(&e->source, sk, ev, ev->source_one);
  if (code_is(e, "175") && !on_crowd && !has(ev, CUE_ACT_PROTEST)) {
    set(e, VAC, "Attack");
    return;
  }
  if ((on_crowd || code_is(e, "175")) && !code_is(e, "181") && tk != AK_CRIMINAL) {
    if (by_crowd || has(ev, CUE_ACT_RIOT)) set(e, RIOTS, "Violent demonstration");
    else if (code_is(e, "175") && !has(ev, CUE_ACT_LETHAL))
      set(e, PROTESTS, "Protest with intervention");
    else set(e, PROTESTS, "Excessive force against protesters");
    return;
  }
  if (!strcmp(e->cameo, "192")) {
    int state = sk == AK_STATE || sk == AK_STATE_ARMED;
    /* people captured: combatants in battle, criminals (not ACLED's),
     * others arrested by the state or abducted */
    if (has(ev, CUE_ACT_NONVIOLENT))
      set(e, STRATEGIC, "Non-violent transfer of territory");
    else if (acta_kind_armed(tk) && ev->target_object) set(e, BATTLES, "Armed clash");
    else if (tk == AK_CRIMINAL && ev->target_object) return;
    else if ((tk == AK_CIVILIAN || tk == AK_CROWD) && ev->target_object)
      set(e, state ? STRATEGIC : VAC, state ? "Arrests" : "Abduction/forced disappearance");
    else if (state)
      set(e, BATTLES, "Government regains territory");
    else set(e, BATTLES, "Non-state actor overtakes territory");
    return;
  }
  /* the state "attacking" another in words ("strikes back at the US with
   * sanctions"): no weapon, no forces */
  if (sk == AK_STATE && (tk == AK_STATE || tk == AK_NONE) && ev->means < 0 &&
      !ev->others_armed && !has(ev, CTX_MILITARY) &&
      (has(ev, CTX_DIPLOMATIC) || has(ev, CTX_ECONOMIC) || has(ev, CTX_ELECTION)))
    return;
  if (has(ev, CUE_ACT_HACK) && ev->means < 0) return; /* a cyber attack */
  if (explosion(e, ev->means)) return;
  if (by_crowd || sk == AK_CROWD) {
    set(e, RIOTS, "Violent demonstration");
    return;
  }
  if (has(ev, CUE_ACT_MOB) &&
      (sk == AK_CIVILIAN || sk == AK_NONE || acta_actor_role_is(&e->source, "UAF"))) {
    set(e, RIOTS, "Mob violence");
    return;
  }
  if (code_is(e, "181") || code_is(e, "184")) {
    set(e, VAC, "Abduction/forced disappearance");
    return;
  }
  if (code_is(e, "1821") ||
      ((code_is(e, "182") || (code_is(e, "180") && !ev->killing)) && has(ev, CUE_ACT_SEXUAL))) {
    set(e, VAC, "Sexual violence");
    return;
  }
  /* violence with no known doer: only when something says it was an
   * attack (a weapon, armed men about), not a death told as a figure */
  if (sk == AK_NONE && ev->means < 0 && !ev->others_armed && !acta_kind_armed(tk) &&
      !has(ev, CTX_TERRORISM))
    return;
  int armed = target_armed(e, ev, sk, tk);
  if (armed == 1) set(e, BATTLES, "Armed clash");
  else if (armed == 0) set(e, VAC, "Attack");
}

/* Coercion (17): arrests, seizures, destruction. */
static void coercion(acta_event *e, const acta_event_evidence *ev, actor_kind tk) {
  if (code_is(e, "173")) {
    if (crowd(&e->target, tk, ev, ev->target_one) && (has(ev, CUE_ACT_PROTEST) || ev->art_protest))
      set(e, PROTESTS, ev->art_force >= 2 ? "Excessive force against protesters"
                                          : "Protest with intervention");
    else if (tk != AK_CRIMINAL && !has(ev, CTX_CRIME) && !has(ev, CTX_ILLEGAL_DRUGS) &&
             !has(ev, CTX_TRAFFICKING))
      set(e, STRATEGIC, "Arrests");
  } else if (code_is(e, "171")) {
    actor_kind sk = acta_actor_kind(&e->source);
    if (has(ev, CUE_ACT_WEAPONS) || has(ev, CUE_ACT_DEFUSE) || explosive(ev->means))
      set(e, STRATEGIC, "Disrupted weapons use");
    /* destruction by rioters or a mob is their riot */
    else if (crowd(&e->source, sk, ev, ev->source_one) || (sk == AK_CROWD && has(ev, CUE_ACT_RIOT)))
      set(e, RIOTS, "Violent demonstration");
    else if (has(ev, CUE_ACT_MOB) && (sk == AK_CIVILIAN || sk == AK_NONE))
      set(e, RIOTS, "Mob violence");
    else if (code_is(e, "1712") || has(ev, CUE_ACT_LOOT))
      set(e, STRATEGIC, "Looting/property destruction");
  } else if (code_is(e, "175")) {
    violence(e, ev, acta_actor_kind(&e->source), tk);
  }
}

/* Is either actor a party to armed conflict (armed, or a state)? */
static int conflict_party(actor_kind sk, actor_kind tk) {
  return acta_kind_armed(sk) || acta_kind_armed(tk);
}

/* Yielding (08) and agreements (03-05). */
static void settlement(acta_event *e, const acta_event_evidence *ev, actor_kind sk,
                       actor_kind tk) {
  if (code_is(e, "0874") || code_is(e, "0872") || code_is(e, "0873")) {
    if (has(ev, CUE_ACT_SURRENDER)) set(e, STRATEGIC, "Agreement");
    else if (has(ev, CUE_ACT_NONVIOLENT))
      set(e, STRATEGIC, "Non-violent transfer of territory");
    else if (acta_kind_armed(sk) || sk == AK_STATE)
      set(e, STRATEGIC, "Change to group/activity");
  } else if (code_is(e, "0871") || code_is(e, "087")) {
    set(e, STRATEGIC, "Agreement");
  } else if (code_is(e, "0841")) {
    if (conflict_party(sk, tk) || has(ev, CUE_ACT_PEACE)) set(e, STRATEGIC, "Agreement");
  } else if (code_is(e, "086") || code_is(e, "057") || code_is(e, "037")) {
    if (has(ev, CUE_ACT_PEACE) && (conflict_party(sk, tk) || code_is(e, "086")))
      set(e, STRATEGIC, "Agreement");
  }
}

void acta_acled_classify(acta_event *e, const acta_event_evidence *ev) {
  set(e, NULL, NULL);
  if (e->status == ACTA_NEGATED || e->status == ACTA_INTENDED) return;
  actor_kind sk = acta_actor_kind(&e->source), tk = acta_actor_kind(&e->target);
  int political = sk != AK_NONE && sk != AK_CRIMINAL && sk != AK_CIVILIAN;
  /* a disaster or an accident, no one's act (with no doer, the sentences
   * around it may say so: "a tank exploded. Four people were injured") */
  if ((has(ev, CTX_DISASTERS) || has(ev, CUE_ACT_ACCIDENT)) && !political) return;
  if (sk == AK_NONE && (acta_cue_has(&ev->near, CTX_DISASTERS) ||
                        acta_cue_has(&ev->near, CUE_ACT_ACCIDENT)))
    return;
  /* a mob's violence is ACLED's whatever it punishes ("lynched two men
   * accused of theft") */
  int root = atoi(e->root);
  if (root >= 18 && root <= 20 && has(ev, CUE_ACT_MOB) &&
      (sk == AK_CIVILIAN || sk == AK_NONE || acta_actor_role_is(&e->source, "UAF"))) {
    set(e, RIOTS, "Mob violence");
    return;
  }
  /* crime: criminals, or unknown hands or gunmen in a crime, against
   * anyone but the state */
  int crime = has(ev, CTX_CRIME) || has(ev, CTX_ILLEGAL_DRUGS) || has(ev, CTX_TRAFFICKING);
  if ((sk == AK_CRIMINAL ||
       (crime && (!political || acta_actor_role_is(&e->source, "UAF")))) &&
      tk != AK_STATE && tk != AK_STATE_ARMED && tk != AK_CROWD)
    return;
  switch (root) {
    case 14:
      /* a protest that turned violent, in its sentence or the next */
      if (code_is(e, "145") || has(ev, CUE_ACT_RIOT) ||
          acta_cue_has(&ev->near, CUE_ACT_RIOT)) {
        set(e, RIOTS, has(ev, CUE_ACT_MOB) || (sk == AK_CIVILIAN && !has(ev, CUE_ACT_PROTEST))
                          ? "Mob violence" : "Violent demonstration");
      } else if ((sk != AK_STATE && sk != AK_STATE_ARMED) ||
                 (has(ev, CUE_ACT_PROTEST) && ev->others_unarmed)) {
        /* a government's "protest" is a complaint, not a demonstration,
         * and police and armies do not demonstrate: with them as its
         * source, a protest is one only when the sentence names the
         * protesters too ("riot police chase demonstrators during
         * protests", not "the army, the answer to public protests") */
        set(e, PROTESTS, protest_sub(ev));
      }
      break;
    case 15:
      /* a state's weapons test amid sanctions and diplomacy, relief in a
       * disaster: no conflict actor's move */
      if (sk == AK_STATE && (has(ev, CTX_ECONOMIC) || has(ev, CTX_DIPLOMATIC))) break;
      if (has(ev, CTX_DISASTERS)) break;
      if (e->source.present)
        set(e, STRATEGIC, has(ev, CUE_ACT_BASE) ? "Headquarters or base established"
                                                 : "Change to group/activity");
      break;
    case 17: coercion(e, ev, tk); break;
    case 18: case 19: case 20: violence(e, ev, sk, tk); break;
    case 3: case 5: case 8: settlement(e, ev, sk, tk); break;
    default: break;
  }
}
