/* SPDX-License-Identifier: MIT */
/* actors34: the doer of an agentless passive act of coercion or of force named by the
 * clause of time beside it.  "Acosta was arrested in 2013 after
 * police found human remains on his land", "The Marines were
 * arrested after Border Patrol agents stopped their vehicle", "When soldiers raided
 * the ranch, four men were detained": the authorities, the agents and
 * the soldiers arrested them.  The clause opens with "after" or "when"
 * (not "while", as often a contrast), its subject is a force or an authority of the state
 * (police, army, intelligence, prosecutors, government) and its verb is
 * active, finite and no verb of saying; it stands right after the passive's clause (a phrase
 * of time or place between) or opens the sentence before it.  Not a
 * clause whose subject is anyone else ("after the lawyer said"), nor a
 * passive ("when three police officers jailed on charges were shot"), nor
 * "as" (a cause as often as a time).  A killing or an attack (roots 18-20)
 * takes the clause's subject only where its verb is itself an attack, and
 * then an armed group's too ("were killed when gunmen attacked their
 * patrol").  (docs/conventions.md, "The force of
 * a clause of time".) */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <stdint.h>

/* How far after the passive its clause of time may open. */
#define SUBORDINATE_AGENT_REACH 12

/* Does token q open a clause of time ("after", "when"; not "while", as
 * often a contrast: "were arrested, while the attorney general said the
 * figure was 400")? */
static int time_clause_word(const struct acta_work *w, uint32_t q) {
  return is_vocab(w, q, V_AFTER) || is_vocab(w, q, V_WHEN);
}

/* Is the role of a force or an authority of the state? */
static int state_force_role(const char *role) {
  return acta_state_role(role) && !acta_code_eq(role, "LEG"); /* (a legislature arrests no one) */
}

/* The actor of the clause of time opening at token q (the subordinator):
 * a state force's phrase right after it (for a harm, `harm`, an armed
 * group's too), an active finite verb right after the phrase (adverbs
 * between; for a harm, a verb of attack), in the sentence s; NO if none. */
static int32_t clause_force(const struct acta_work *w, const acta_sentence *s, uint32_t q,
                            const vgroup *g, int harm) {
  if (q + 2 >= s->last || w->tok_ment[q + 1] == NO) return NO;
  const mention *m = &w->ments[w->tok_ment[q + 1]];
  const mention *grp = &w->ments[m->group];
  if (m->first != q + 1 || grp->next_in_group != NO) return NO;
  if (!state_force_role(grp->role) && !(harm && acta_armed_group_role(grp->role))) return NO;
  if (g->subject != NO && w->ments[g->subject].group == m->group) return NO;
  uint32_t v = m->last;
  while (v < s->last && w->toks.v[v].tag == P_ADV && w->tok_vg[v] == NO) v++;
  if (v >= s->last || w->tok_vg[v] == NO) return NO;
  const vgroup *sg = &w->vgs[w->tok_vg[v]];
  if (sg->first != v || sg->passive || !sg->has_main || sg->to_inf || !acta_finite_group(w, sg))
    return NO;
  /* a clause that says something tells of no act of the force ("after
   * authorities said", "when police announced") */
  uint32_t vl = w->toks.v[sg->head].vlemma;
  if (sg->reporting || acta_lemma_in3(w->cw, vl, WL3_SAYING_VERB)) return NO;
  /* a harm only by an attack of the clause's own ("were killed when
   * gunmen attacked their patrol", "when soldiers opened fire"; not "was
   * killed after police released the suspect") */
  if (harm && !(vl != ACTA_NO_WORD && (acta_lemma_in2(w->cw, vl, WL2_HARM_ACT) ||
                                        acta_lemma_in3(w->cw, vl, WL3_GUNFIRE_VERB))))
    return NO;
  return m->group;
}

int32_t acta_subordinate_agent(const struct acta_work *w, const acta_sentence *s,
                               const vgroup *g, const char *code) {
  int root = cameo_root(code), harm = root >= 18 && root <= 20;
  if (!g->passive || (root != 17 && !harm)) return NO;
  /* after the passive: "were arrested in May, after police raided ..." */
  for (uint32_t q = g->last; q + 2 < s->last && q < g->last + SUBORDINATE_AGENT_REACH; q++) {
    int32_t v = w->tok_vg[q];
    if (v != NO && &w->vgs[v] != g && !w->vgs[v].shared_aux) break;
    int opens = time_clause_word(w, q);
    /* (a relative clause ends the passive's: "who", "which", "that") */
    if (is_punct(w, q, ';') || is_punct(w, q, ':') ||
        (!opens && (w->toks.v[q].tag == P_WH || w->toks.v[q].tag == P_THAT)))
      break;
    if (!opens) continue;
    int32_t a = clause_force(w, s, q, g, harm);
    if (a == NO) break; /* another's clause ("after a chase"): the opening one may still name it */
    acta_trace((struct acta_work *)w, "  agent: the force of the clause \"%s %s ...\" (%s)\n",
               norm(w, q), norm(w, q + 1), w->ments[a].code);
    return a;
  }
  /* before it, opening the sentence: "After police raided the ranch, four
   * men were detained" (the clause's comma before the passive's subject) */
  if (time_clause_word(w, s->first) && g->first > s->first + 3) {
    int32_t a = clause_force(w, s, s->first, g, harm);
    if (a == NO) return NO;
    uint32_t c = UINT32_MAX;
    for (uint32_t q = w->ments[a].last; q < g->first && q < w->ments[a].last + SUBORDINATE_AGENT_REACH;
         q++)
      if (is_punct(w, q, ',')) {
        c = q;
        break;
      }
    /* the passive's own clause starts after that comma, its subject there
     * (no other clause between) */
    if (c == UINT32_MAX || g->subject == NO || w->ments[g->subject].first <= c ||
        g->first - c > SUBORDINATE_AGENT_REACH)
      return NO;
    for (uint32_t q = c + 1; q < g->first; q++)
      if (w->tok_vg[q] != NO) return NO;
    acta_trace((struct acta_work *)w, "  agent: the force of the opening clause \"%s %s ...\" (%s)\n",
               norm(w, s->first), norm(w, s->first + 1), w->ments[a].code);
    return a;
  }
  return NO;
}
