/* SPDX-License-Identifier: MIT */
/* prec43a: the doer of a weapon's harm named as the agent of the weapon's
 * reduced relative.  "A bomb planted by the rebels killed 12 soldiers", "a
 * grenade thrown by gang members wounded four", "an ambush set by the
 * guerrillas killed three police": the verb's subject is a weapon or an
 * attack, no actor, so the verb would be dropped as a thing's act (a bomb
 * kills no one of its own); the participle before says who used it, a verb
 * of placing, firing or carrying out (WL6_WIELD_VERB), and its "by" phrase
 * names that actor, who did the harm.  Not after any other participle ("an
 * attack condemned by the UN", "a bomb found by police", "a device made by
 * X"), not when the weapon's phrase is a verb's or a preposition's object,
 * and not in the PETRARCH/TABARI validation mode (keds_only). */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <stdint.h>

/* wields(): a mine with a verb of setting it off, not of placing it: its
 * user only when an armed group outside the state (mine_user) */
#define MINE_SET_OFF 2

/* How many words the weapon's noun phrase may have before its head ("a
 * powerful home-made explosive device"). */
#define WEAPON_NP_REACH 5

/* Is token q a weapon or an attack (WL4_BOMB_WORD: "bomb", "grenade",
 * "explosives"; WL6_WIELDED_THING: "device", "mine", "shots", "ambush")? */
static int weapon_noun(const struct acta_work *w, uint32_t q) {
  return w->toks.v[q].tag == P_NOUN &&
         (tok_in4(w, q, WL4_BOMB_WORD) || tok_in6(w, q, WL6_WIELDED_THING));
}

/* mend43a: is particle q one a weapon's participle may take ("set off
 * by", "carried out by"; not "set up by", "carried away by")? */
static int wield_particle(const struct acta_work *w, uint32_t q) {
  return is_vocab(w, q, V_OFF) || is_word(w, q, w->cw->w_out);
}

/* Does participle v (with a particle after it or not) say who used weapon
 * noun n?  One of WL6_WIELD_VERB; for a mine, only a bare one of placing
 * ("a mine planted by", "laid by", "hidden by"), mend43a: who set a mine
 * off or detonated it has mostly stepped on it, and "a gold mine planned
 * by a firm", "coal mines set up by" are pits. */
static int wields(const struct acta_work *w, uint32_t n, uint32_t v, int particle) {
  uint32_t l = w->toks.v[v].vlemma;
  if (!tok_lemma_in6(w, v, l, WL6_WIELD_VERB)) return 0;
  const acta_coder_words *cw = w->cw;
  if (!is_word(w, n, cw->w_mine) && !is_vocab(w, n, V_MINES) &&
      !is_word(w, n, cw->w_landmine) && !is_word(w, n, cw->w_landmines))
    return 1;
  if (!particle && (acta_lemma_is(l, cw->l_plant) || acta_lemma_is(l, cw->l_lay) ||
                    acta_lemma_is(l, cw->l_place) || acta_lemma_is(l, cw->l_hide) ||
                    acta_lemma_is(l, cw->l_set)))
    return 1;
  return MINE_SET_OFF;
}

/* prec44e: may the actor group grp have set off the mine it is named
 * after ("a mine detonated by the rebels")?  An armed group outside the
 * state (rebels, militias, gangs) sets off its own mines; a soldier, a
 * policeman or a farmer named so has stepped on one. */
static int mine_user(const struct acta_work *w, int32_t grp) {
  const char *r = w->ments[grp].role;
  return acta_armed_group_role(r) || acta_code_eq(r, "INS");
}

/* prec44e: does a phrase of a past span follow the actor's phrase [f, e)
 * ("laid by the guerrillas during the civil war", "... decades ago")?  The
 * weapon is a relic: its user did not do today's harm.  mend44e: "during
 * the" (then "civil" or "armed" or nothing) and a noun of war
 * (WL6_PAST_SPAN_WORD: "war", "conflict") closing the phrase (not "the
 * current war", "the war in X", "the insurgency's offensive"), or "ago"
 * after years, months or decades (not "hours ago"). */
static int past_span_after(const struct acta_work *w, const acta_sentence *s, uint32_t f,
                           uint32_t e) {
  enum { SPAN_REACH = 5 };
  /* (from the phrase's first word: "the rebels years ago" may be read as
   * one phrase) */
  for (uint32_t q = f + 1; q < s->last && q < e + SPAN_REACH; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) return 0;
    if (is_vocab(w, q, V_AGO))
      return is_vocab(w, q - 1, V_YEARS) || is_vocab(w, q - 1, V_DECADES) ||
             is_vocab(w, q - 1, V_MONTHS);
    if (!is_word(w, q, w->cw->w_during)) continue;
    uint32_t n = q + 1;
    if (n >= s->last || !is_vocab(w, n, V_THE)) return 0;
    n++;
    if (n < s->last && (norm_eq(w, n, "civil") || norm_eq(w, n, "armed"))) n++;
    if (n >= s->last || !tok_in6(w, n, WL6_PAST_SPAN_WORD)) return 0;
    return n + 1 >= s->last || w->toks.v[n + 1].kind == TK_PUNCT;
  }
  return 0;
}

/* The user named by the participle right after weapon noun n: "[a bomb]
 * planted by the rebels", "[a charge] set off by X" -- a bare participle
 * (wields), an optional "off" or "out", "by" and an actor's phrase; that
 * phrase's group; NO if none. */
static int32_t wielder_after(const struct acta_work *w, const acta_sentence *s, uint32_t n) {
  uint32_t v = n + 1;
  if (v + 2 >= s->last || w->tok_vg[v] == NO) return NO;
  const vgroup *pg = &w->vgs[w->tok_vg[v]];
  if (pg->first != v || pg->head != v ||
      (w->toks.v[v].penn != PT_VBN && w->toks.v[v].penn != PT_VBD))
    return NO;
  uint32_t b = pg->last; /* (past the participle: the group starts at it) */
  int particle = 0;
  for (uint32_t q = v + 1; q <= b && q < s->last; q++)
    if (w->toks.v[q].penn == PT_RP) {
      if (!wield_particle(w, q)) return NO;
      particle = 1;
    }
  if (b < s->last && w->toks.v[b].penn == PT_RP) b++;
  int use = wields(w, n, v, particle);
  if (!use) return NO;
  if (b + 1 >= s->last || !is_word(w, b, w->cw->w_by) || w->tok_ment[b + 1] == NO) return NO;
  int32_t grp = w->ments[w->tok_ment[b + 1]].group;
  if (w->ments[grp].first != b + 1) return NO;
  if (use == MINE_SET_OFF && !mine_user(w, grp)) return NO;
  if (past_span_after(w, s, b + 1, w->ments[w->tok_ment[b + 1]].last)) {
    acta_trace((struct acta_work *)w, "  no agent: \"%s\" was used in a past span\n", norm(w, n));
    return NO;
  }
  return grp;
}

int32_t acta_weapon_by_agent(const acta_dict *d, const struct acta_work *w,
                             const acta_sentence *s, uint32_t by) {
  if (d->keds_only) return NO;
  /* the weapon's phrase after "by": a determiner, words before its head */
  uint32_t n = by + 1;
  while (n < s->last && n - by <= WEAPON_NP_REACH && w->tok_ment[n] == NO &&
         !weapon_noun(w, n) &&
         (w->toks.v[n].tag == P_DET || w->toks.v[n].tag == P_ADJ ||
          w->toks.v[n].tag == P_NOUN || w->toks.v[n].tag == P_NUM))
    n++;
  if (n >= s->last || !weapon_noun(w, n) || w->tok_ment[n] != NO) return NO;
  int32_t grp = wielder_after(w, s, n);
  if (grp != NO)
    acta_trace((struct acta_work *)w, "  agent: the user of \"%s\" named after \"by\": %s\n",
               norm(w, n), w->ments[grp].code);
  return grp;
}

int32_t acta_weapon_agent_subject(const acta_dict *d, struct acta_work *w, const vgroup *g,
                                  uint32_t lo, int32_t subj) {
  if (d->keds_only || g->passive || g->to_inf) return subj;
  if (subj != NO) return subj;
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  /* (the comma closing a participle set off by commas: "The bomb, planted
   * by the rebels, killed") */
  int closed = q > lo + 1 && is_punct(w, q - 1, ',');
  if (closed) q--;
  if (q <= lo || w->tok_ment[q - 1] == NO) return subj;
  int32_t grp = w->ments[w->tok_ment[q - 1]].group;
  uint32_t f = w->ments[grp].first;
  /* the actor's phrase runs up to the verb and follows "by" */
  if (f < lo + 3 || !is_word(w, f - 1, w->cw->w_by)) return subj;
  /* the participle before "by" ("planted by", "set off by", "carried out
   * by"): a bare one the noun before it qualifies, or a passive relative's
   * ("which was planted by") */
  uint32_t p = f - 1;
  int particle = 0;
  if (p > lo + 1 && w->toks.v[p - 1].penn == PT_RP && w->tok_vg[p - 2] != NO) {
    if (!wield_particle(w, p - 1)) return subj; /* "set up by", "carried away by" */
    particle = 1;
    p--;
  }
  if (p <= lo || w->tok_vg[p - 1] == NO) return subj;
  const vgroup *pg = &w->vgs[w->tok_vg[p - 1]];
  if (pg->first <= lo || pg->head + 1 != p ||
      (w->toks.v[pg->head].penn != PT_VBN && w->toks.v[pg->head].penn != PT_VBD))
    return subj;
  uint32_t n = pg->first - 1;
  int relative = 0;
  if (pg->first != pg->head) {
    /* "which was planted", "that had been placed" */
    if (!pg->passive || n <= lo || !(w->toks.v[n].tag == P_WH || w->toks.v[n].tag == P_THAT))
      return subj;
    relative = 1;
    n--;
  }
  /* an opening comma, if any, matches the closing one (a relative may
   * have neither) */
  int opened = n > lo && is_punct(w, n, ',');
  if (opened) n--;
  if (opened != closed && !(relative && !opened)) return subj;
  /* the weapon: the noun right before */
  int use = weapon_noun(w, n) && w->tok_ment[n] == NO ? wields(w, n, pg->head, particle) : 0;
  if (!use || (use == MINE_SET_OFF && !mine_user(w, grp))) return subj;
  /* its phrase opens the clause (the sentence, a punctuation mark, "that",
   * a subordinator or a conjunction before it), not an object */
  uint32_t b = n;
  while (b > lo && n - b < WEAPON_NP_REACH && w->tok_ment[b - 1] == NO &&
         (w->toks.v[b - 1].tag == P_NOUN || w->toks.v[b - 1].tag == P_ADJ ||
          w->toks.v[b - 1].tag == P_DET || w->toks.v[b - 1].tag == P_NUM))
    b--;
  if (b > lo) {
    const acta_token *t = &w->toks.v[b - 1];
    if (!(t->kind == TK_PUNCT || t->tag == P_THAT || t->tag == P_SUBORD || t->tag == P_CONJ))
      return subj;
  }
  acta_trace(w, "  subject: the \"by\" agent of \"%s\" (a weapon's participle): %s\n",
             norm(w, pg->head), w->ments[grp].code);
  return grp;
}

int acta_weapon_participle(const struct acta_work *w, const acta_sentence *s, uint32_t v) {
  if (v < s->first + 1 || v >= s->last) return 0;
  uint8_t pt = w->toks.v[v].penn;
  if (pt != PT_VBN && pt != PT_VBD) return 0;
  uint32_t n = v - 1;
  if (is_punct(w, n, ',') && n > s->first) n--; /* "The grenade, thrown by" */
  return weapon_noun(w, n) && w->tok_ment[n] == NO;
}
