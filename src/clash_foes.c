/* SPDX-License-Identifier: MIT */
/* targets25b: the one killed in a gunfight with the security forces is
 * an armed foe, not a civilian.  "Arturo Beltran Leyva was killed in a
 * shootout with security officials", "he was gunned down in a firefight
 * with police": the passive's subject fought the police or the army with
 * guns (acta_clash_partner, triggers.c, names them the doers; not "killed
 * in clashes with police" at a protest), so a private person named by
 * name or pronoun is coded as a criminal (CRM), as one held for a crime
 * is (acta_held_as_suspects).  Role words of civilians and kin
 * ("civilians", "people", "a bystander", "his wife") keep their code
 * (docs/conventions.md, "The other side of a shootout with the security
 * forces"). */
#include "coder_internal.h"

#include <stdint.h>

/* Is role a security force's (police, army, intelligence)? */
static int security_role(const char *role) {
  return acta_code_eq(role, "COP") || acta_code_eq(role, "MIL") || acta_code_eq(role, "SPY");
}

/* Is mention m a private person named by name or pronoun (CVL coded by
 * role only, from no dictionary entry)? */
static int private_named(const mention *m) {
  return acta_code_eq(m->role, "CVL") && m->role_only && !m->entry;
}

int32_t acta_clash_foe_target(struct acta_work *w, const vgroup *g, uint32_t end, int32_t src,
                              int32_t tgt, const char *code) {
  if (src == NO || tgt == NO || !g->passive || cameo_root(code) != 19) return tgt;
  int32_t sg = w->ments[src].group;
  int sec = 0;
  for (int32_t m = sg; m != NO; m = w->ments[m].next_in_group)
    if (security_role(w->ments[m].role)) sec = 1;
  /* a fight with guns ("shootout", "firefight"), not a clash at a
   * protest ("killed in clashes with police") */
  uint32_t n = 0;
  if (!sec || acta_clash_partner(w, g, end, &n) != sg) return tgt;
  if (!tok_in5(w, n, WL5_GUNFIGHT_NOUN)) return tgt;
  for (int32_t m = w->ments[tgt].group; m != NO; m = w->ments[m].next_in_group)
    if (!private_named(&w->ments[m])) return tgt;
  int32_t t = acta_held_as_suspects(w, tgt);
  acta_trace(w, "  target killed in a fight with the security forces: an armed foe, %s\n",
             w->ments[t].code);
  return t;
}
