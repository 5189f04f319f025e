/* SPDX-License-Identifier: MIT */
/* targets25b: the one killed in a gunfight with the security forces is
 * an armed foe, not a civilian.  "Hector Salcido Ramos was killed in a
 * shootout with security officials", "he was gunned down in a firefight
 * with police": the passive's subject fought the police or the army with
 * guns (acta_clash_partner, triggers.c, names them the doers; not "killed
 * in clashes with police" at a protest), so a private person named by
 * name or pronoun is coded as a criminal (CRM), as one held for a crime
 * is (acta_held_as_suspects).  Role words of civilians and kin
 * ("civilians", "people", "a bystander", "his wife") keep their code
 * (docs/conventions.md, "The other side of a shootout with the security
 * forces").
 * prec37b: the other side of a fight no dictionary codes ("the CJNG and a
 * rival gang are battling": that phrase, coded by the source's role
 * only), and one plural armed group that fights within itself ("rival AUC
 * blocs battled", "gangs battled it out": a copy of it) (docs/conventions.md,
 * "The other side of a fight, named by no dictionary"). */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

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

/* How many words the other side's phrase may have ("a new rival armed
 * group"). */
#define OTHER_SIDE_WORDS 5

/* How far a bracket after the source's name may run ("(Cartel de Jalisco
 * Nueva Generacion -- CJNG)"). */
#define OTHER_SIDE_BRACKET 12

int32_t acta_fight_other_side(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              int32_t src, int32_t tgt, const char *code, uint32_t lemma) {
  if (tgt != NO || src == NO || g->passive || cameo_root(code) != 19 ||
      !acta_lemma_in5(w->cw, lemma, (uint32_t)WL5_SIDES_FIGHT))
    return tgt;
  const mention *a = &w->ments[w->ments[src].group];
  if (a->next_in_group != NO || !a->code[0] || !acta_armed_group_role(a->role)) return tgt;
  /* "rival AUC blocs battled near Puerto Gaitan", "two neighborhood
   * gangs battled it out": one plural armed group named as rivals, or fighting "it
   * out", its members each other's (a copy of it, so that the event is not
   * dropped as the source acting on itself, as for "each other":
   * acta_reciprocal_target) */
  unsigned hp = w->toks.v[a->last - 1].penn;
  if (hp == PT_NNS || hp == PT_NNPS) {
    int rivals = 0;
    for (uint32_t k = a->first; k < a->last && !rivals; k++) rivals = tok_in2(w, k, WL2_PEER_RIVAL);
    int it_out = g->last + 1 < sc->s->last && is_vocab(w, g->last, V_IT) &&
                 is_vocab(w, g->last + 1, V_OUT);
    /* (its words: the phrase's head, or "it out" after a one-word phrase) */
    int by_head = a->last - 1 > a->first;
    if ((rivals || it_out) && (by_head || it_out)) {
      acta_trace(w, "  target: %s, its members fighting each other (%s)\n", a->code,
                 rivals ? "rivals" : "\"it out\"");
      return by_head ? acta_self_target(w, a, a->last - 1, a->last)
                     : acta_self_target(w, a, g->last, g->last + 2);
    }
  }
  /* "X and <phrase> are battling": the phrase runs from after "and" to
   * the verb group (its adverbs before it) */
  /* (past a bracket after the name or the one that closes its acronym:
   * "the Knights Templar (Caballeros Templarios -- KT) and", "(... --
   * CJNG) and"; bounded) */
  uint32_t and_at = a->last;
  if (and_at < sc->s->last && is_punct(w, and_at, '('))
    for (uint32_t k = and_at + 1; k < sc->s->last && k <= a->last + OTHER_SIDE_BRACKET; k++)
      if (is_punct(w, k, ')')) {
        and_at = k;
        break;
      }
  if (and_at < sc->s->last && is_punct(w, and_at, ')')) and_at++;
  uint32_t b = and_at + 1, e = acta_before_adverbs(w, sc, g);
  if (and_at >= sc->s->last || !is_word(w, and_at, w->cw->w_and) || b >= e ||
      e - b > OTHER_SIDE_WORDS)
    return tgt;
  int rival = 0;
  for (uint32_t k = b; k < e; k++) {
    unsigned t = w->toks.v[k].tag;
    if (w->tok_ment[k] != NO ||
        !(t == P_DET || t == P_ADJ || t == P_NOUN || t == P_PROPN || t == P_NUM || t == P_POSS))
      return tgt;
    if (tok_in2(w, k, WL2_PEER_RIVAL)) rival = 1;
  }
  const acta_token *h = &w->toks.v[e - 1];
  /* "a rival group", "its rivals"; or a band named by its members' plural
   * name after "the" ("the Rodolfos") */
  int band = !rival && e - b == 2 && is_word(w, b, w->cw->w_the) && h->tag == P_PROPN &&
             h->penn == PT_NNPS && (h->flags & TF_CAP) &&
             !acta_overlaps_place(w, (size_t)sc->index, h->start, h->end);
  if ((!rival && !band) || !(h->tag == P_NOUN || h->tag == P_PROPN)) return tgt;
  int32_t m = acta_private_person(w, b, e, a->role);
  acta_trace(w, "  target \"%s\" -> %s (the other side of %s fight: of its kind, by role only)\n",
             norm(w, e - 1), a->role, a->code);
  return m;
}
