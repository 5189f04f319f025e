/* SPDX-License-Identifier: MIT */
/* shared_targets.c: coordinated verbs share the target the last one found
 * (targets25a).  "kidnapping, torturing and murdering rivals", "molested
 * and raped her", "arrested and charged the couple": the object stands
 * after the last verb only, and object_refs.c's acta_shared_object gives
 * it to the verbs before when a dictionary codes it.  An object no
 * dictionary codes -- a pronoun (the actor it stands for, wherever named),
 * people by role, an armed group's rivals --
 * is coded for the last verb alone (acta_object_reference and its kin), so
 * after a sentence's events are made, an act of coercion or assault
 * (roots 17-18) with no target takes the target of the last verb of its
 * chain, of the same source, when that target stands right where the
 * shared object does (acta_shared_object_span); when that makes it the
 * same event as another of the sentence (one act told by two verbs of one
 * code), it goes.  docs/conventions.md "Coordinated verbs share the
 * object".  The sentence's events are a handful; a long list is left as
 * it is.
 * targets29: an "-ing" clause after a comma that follows its main clause
 * ("attacked the consulate, firing shots at the building", "raided his
 * ranch, arresting him") acts on the main verb's object when it names no
 * target of its own (participle_targets below). */
#include "coder_internal.h"
#include "tagger_model.h"

#include <string.h>

/* Are a and b one actor, or both none?  (review26: one_act.c's test of
 * one code, and both absent.) */
static int same_actor(const acta_actor *a, const acta_actor *b) {
  return (!a->present && !b->present) || acta_same_actor_code(a, b);
}

/* Is event b the same event as a: one code, source and target? */
static int same_event(const acta_event *a, const acta_event *b) {
  return !strcmp(a->cameo, b->cameo) && same_actor(&a->source, &b->source) &&
         same_actor(&a->target, &b->target);
}

/* Is token q an object pronoun ("him", "her", "them") ending its phrase
 * ("her", not "her son")? */
static int object_pronoun(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  return tok_in(w, q, WL_OBJ_PERSON | WL_OBJ_PLURAL) &&
         (q + 1 >= s->last || !np_tag(w->toks.v[q + 1].tag));
}

/* targets29: how many words may stand between the main clause's object
 * and the comma before the "-ing" form ("the consulate in Monterrey, firing"). */
#define PARTICIPLE_OBJECT_GAP 6

/* targets29: the events of roots 10, 13, 17, 18 and 19 an "-ing" clause
 * after a comma tells with no target of its own ("attacked the U.S.
 * consulate in Hermosillo, firing shots", "raided the ranch of a boss,
 * arresting him" where "him" is found nowhere, "threatened the
 * prosecutor, demanding money") take the target of the event its main
 * clause tells, of the same source, when that target is the main verb's
 * object: its phrase starts right after the verb (or one preposition:
 * "fired on") and ends at most PARTICIPLE_OBJECT_GAP words before the
 * comma, no verb between.  Not when the main verb is itself such an
 * "-ing" form (a list of acts: "raiding towns, firing on protesters,
 * burning homes" burns no protesters).  An event that becomes another of
 * the sentence is marked in drop; returns 1 if one was. */
static int participle_targets(acta_coder *c, const sent_ctx *sc, size_t first, size_t n,
                              unsigned char *drop) {
  struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  int given = 0;
  for (size_t i = first; i < n; i++) {
    acta_event *a = &c->events[i];
    int root = cameo_root(a->cameo);
    if (a->target.present || !(root == 10 || root == 13 || root == 17 || root == 18 || root == 19))
      continue;
    uint32_t ta = token_at(w, s, a->verb_start);
    if (ta >= s->last || w->tok_vg[ta] == NO) continue;
    const vgroup *ga = &w->vgs[w->tok_vg[ta]];
    if (ga->passive || !acta_comma_participle(w, s, ga)) continue;
    uint32_t comma = ga->first - 1;
    for (size_t j = first; j < n; j++) {
      const acta_event *b = &c->events[j];
      if (j == i || !b->target.present || !b->target.code[0] || !same_actor(&a->source, &b->source))
        continue;
      uint32_t tb = token_at(w, s, b->verb_start), tt = token_at(w, s, b->target.start);
      if (tb >= comma || w->tok_vg[tb] == NO) continue;
      const vgroup *gb = &w->vgs[w->tok_vg[tb]];
      if (gb->passive || acta_comma_participle(w, s, gb)) continue;
      /* its object: right after the verb, or after one preposition */
      if (!(tt == gb->last ||
            (tt == gb->last + 1 && w->toks.v[gb->last].tag == P_PREP)))
        continue;
      uint32_t te = token_at(w, s, b->target.end > 0 ? b->target.end - 1 : 0) + 1;
      if (te > comma || comma - te > PARTICIPLE_OBJECT_GAP) continue;
      int verb_between = 0;
      for (uint32_t k = te; k < comma; k++)
        if (w->tok_vg[k] != NO) verb_between = 1;
      if (verb_between) continue;
      acta_trace(w, "  target of \"%s\" (%s): %s, the object of \"%s\" its \"-ing\" clause "
                 "follows\n", a->verb, a->cameo, b->target.code, b->verb);
      a->target = b->target;
      /* (one act told twice is one event) */
      for (size_t k = first; k < n; k++)
        if (k != i && !drop[k - first] && same_event(a, &c->events[k])) {
          drop[i - first] = 1;
          given = 1;
        }
      break;
    }
  }
  return given;
}

void acta_shared_targets(acta_coder *c, const sent_ctx *sc) {
  struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  size_t first = sc->ev_before, n = c->nevents;
  enum { MAX_EV = 32 };
  if (c->dict->keds_only || n - first < 2 || n - first > MAX_EV) return;
  unsigned char drop[MAX_EV] = {0};
  int dropped = participle_targets(c, sc, first, n, drop);
  for (size_t i = first; i < n; i++) {
    acta_event *a = &c->events[i];
    int root = cameo_root(a->cameo);
    if (a->target.present || (root != 17 && root != 18)) continue;
    uint32_t ta = token_at(w, s, a->verb_start);
    if (ta >= s->last || w->tok_vg[ta] == NO) continue;
    uint32_t head, at;
    if (!acta_shared_object_span(w, sc, &w->vgs[w->tok_vg[ta]], &head, &at)) continue;
    for (size_t j = first; j < n; j++) {
      const acta_event *b = &c->events[j];
      if (j == i || drop[j - first] || !b->target.present || !b->target.code[0] ||
          !same_actor(&a->source, &b->source))
        continue;
      uint32_t tb = token_at(w, s, b->verb_start), tt = token_at(w, s, b->target.start);
      if (tb <= ta || tb >= head) continue;
      /* its object's phrase, or the actor an object pronoun there stands
       * for ("tortured and then killed her": the judge named before) */
      if (tt > at || (tt < head && !object_pronoun(w, s, head))) continue;
      acta_trace(w, "  target of \"%s\" (%s): %s, the object its coordinated \"%s\" found\n",
                 a->verb, a->cameo, b->target.code, b->verb);
      a->target = b->target;
      break;
    }
    if (!a->target.present) continue;
    for (size_t j = first; j < n; j++)
      if (j != i && !drop[j - first] && same_event(a, &c->events[j])) {
        acta_trace(w, "  one act: \"%s\" and \"%s\" tell one %s\n", a->verb,
                   c->events[j].verb, a->cameo);
        drop[i - first] = 1;
        dropped = 1;
        break;
      }
  }
  if (dropped) acta_drop_events(c, first, drop);
}
