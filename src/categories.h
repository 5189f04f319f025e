/* SPDX-License-Identifier: MIT */
/* categories.h: the PLOVER and ACLED categories of coded events.  The
 * stage (event_categories.c) gathers what an event's categories depend on
 * beyond the event itself -- the cue words of its sentence (cues.h), the
 * other actors of its sentence, what the article says of protests -- into
 * an acta_event_evidence, then plover.c and acled.c set the event's
 * plover_* and acled_* fields.  Private to the library. */
#ifndef ACTA_CATEGORIES_H
#define ACTA_CATEGORIES_H
#include "acta.h"
#include "cues.h"

#include <string.h>

/* What kind of actor an event's source or target is, from its role. */
typedef enum actor_kind {
  AK_NONE = 0,      /* no actor, or a speaker with no code */
  AK_STATE,         /* a country alone, a government (GOV) */
  AK_STATE_ARMED,   /* military, police, peacekeepers (MIL, COP, PKO) */
  AK_ARMED,         /* rebels, militants, gunmen, armed groups (REB, UAF,
                       IMG, INS, SEP, PRM) */
  AK_CROWD,         /* protesters, opposition, strikers, students (OPP,
                       LAB, EDU) */
  AK_CIVILIAN,      /* civilians and the unarmed (CVL, REF, REL, HLH, AGR,
                       BUS, MED, JRN, HRI, NGO, ENV, ELI ...) */
  AK_CRIMINAL,      /* gangs, cartels (CRM) */
  AK_OTHER          /* international bodies and other codes */
} actor_kind;

actor_kind acta_actor_kind(const acta_actor *a);
/* review23: has actor a (NULL: none) this first role ("GOV")?  One test
 * for plover.c, acled.c and act_codes.c, which each had a copy. */
static inline int acta_actor_role_is(const acta_actor *a, const char *role) {
  return a && a->present && !strcmp(a->role, role);
}
static inline int acta_kind_armed(actor_kind k) {
  return k == AK_STATE_ARMED || k == AK_ARMED;
}
static inline int acta_kind_unarmed(actor_kind k) {
  return k == AK_CROWD || k == AK_CIVILIAN;
}

typedef struct acta_event_evidence {
  acta_cue_set cues;  /* cue classes of the event's sentence */
  acta_cue_set near;  /* of the sentences just before and after it */
  int means;          /* how it was done (CUE_MEANS_*), -1: not said */
  int others_armed;   /* armed actors of its sentence other than its source */
  int others_unarmed; /* unarmed people (civilians, protesters ...) there */
  int killing;        /* its act is a killing ("killed", "murdered", a
                         death toll): no sexual violence, whatever else
                         its sentence tells */
  int target_object;  /* its target is the object of its verb ("captured
                         three commanders"), not in a phrase after it
                         ("recaptured the town from the rebels") */
  int source_one, target_one; /* the actor is one person, named or singular
                         ("opposition leader Juan Perez", "an opposition
                         lawmaker"): no crowd, whatever its role */
  int art_protest;    /* the article reports a protest */
  int art_force;      /* and force against protesters: 0 none, 1 they were
                         dispersed or arrested, 2 force that kills */
} acta_event_evidence;

/* How an event was done: a means cue of its sentence or its code (195:
 * aerial, 193: firearms ...), else of the sentences around it for
 * violence; -1 when nothing says. */
int acta_event_means(const acta_event *e, const acta_cue_set *own,
                     const acta_cue_set *near);

/* plover.c: e->plover_type, plover_mode, plover_contexts. */
void acta_plover_classify(acta_event *e, const acta_event_evidence *ev);
/* acled.c: e->acled_type, acled_sub_type. */
void acta_acled_classify(acta_event *e, const acta_event_evidence *ev);

/* event_categories.c: the categories of every event of the last article
 * (after the coder's other stages; code.c). */
void acta_event_categories(acta_coder *c);

#endif
