/* SPDX-License-Identifier: MIT */
/* event_figures.c: the figures of events.  figures.c finds the quantities
 * of each sentence with their qualifier and kind; a casualty, arrest or
 * crowd figure with no event of its own yields an event whose source is
 * unknown; after the article each figure goes to the event of its sentence
 * whose root fits its kind (the nearest), and figures of one kind counting
 * the same thing are reconciled into summaries ("141 to 250 killed").
 * Reads the text, tokens, mentions and events; writes w->figs, the events'
 * figures and c->sums. */
#include "coder_internal.h"
#include "figures.h"
#include "tagger_model.h"
#include "vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Is kind a figure of people harmed: "killed" or "injured"?  (review26:
 * one test for the code, the accident and the toll's target.) */
static int harm_kind(const char *kind) {
  return !strcmp(kind, "killed") || !strcmp(kind, "injured");
}

/* Does an event of this CAMEO code take a figure of this kind?  People
 * held fit an arrest (root 17) or an abduction (181: "the ELN captured
 * two soldiers"). */
static int figure_fits(const char *kind, const char *code) {
  int r = cameo_root(code);
  if (harm_kind(kind) || !strcmp(kind, "missing") || !strcmp(kind, "displaced"))
    return r >= 18;
  if (!strcmp(kind, "arrested") || !strcmp(kind, "detained"))
    return r == 17 || !strncmp(code, "181", 3);
  if (!strcmp(kind, "protesters")) return r == 14;
  if (!strcmp(kind, "troops")) return r == 15 || r == 19 || r == 6 || r == 7;
  if (!strcmp(kind, "weapons")) return r == 7 || r == 19 || r == 6 || r == 18;
  return 1;
}

/* prec47e: how far after a count of people its holding verb is looked
 * for, and how far after that verb its "by" ("52 migrants were being held
 * for ransom", "twelve farmers were held for two weeks by the
 * guerrillas") */
#define FIGURE_HELD_REACH 8
#define FIGURE_HELD_BY_REACH 5

/* is token q a form of "hold", "keep" or "take" (mend39d)? */
static int holding_verb(const struct acta_work *w, uint32_t q) {
  uint32_t l = w->toks.v[q].vlemma;
  return acta_lemma_is(l, w->cw->l_hold) || acta_lemma_is(l, w->cw->l_keep) ||
         acta_lemma_is(l, w->cw->l_take);
}

/* prec47e: is token q, right after a holding verb, what makes the holding
 * a captivity: a captive word (WL6_CAPTIVE_WORD lemma, "hostage" among
 * them: "held hostage", "taken captive", "kept in captivity", "held as
 * slaves"; "in" or "as" passed), "for ransom", or "in forced labor"? */
static int captivity_after(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (q >= s->last) return 0;
  const acta_coder_words *cw = w->cw;
  if ((is_word(w, q, cw->w_in) || is_word(w, q, cw->w_as)) && q + 1 < s->last) {
    if (is_word(w, q, cw->w_in) && is_word(w, q + 1, cw->w_forced)) return 1;
    q++;
  }
  if (is_word(w, q, cw->w_for)) return q + 1 < s->last && is_word(w, q + 1, cw->w_ransom);
  const acta_token *t = &w->toks.v[q];
  return acta_lemma_in6(cw, t->nlemma, (uint32_t)WL6_CAPTIVE_WORD) ||
         tok_in6(w, q, WL6_CAPTIVE_WORD);
}

/* prec47e: is the holding verb at q done "by" a gang, a rebel group or an
 * armed group (acta_armed_group_role: CRM, REB, UAF), "by" among the
 * FIGURE_HELD_BY_REACH words after it, before punctuation ("held for three
 * months by the EPP")?  Police and soldiers hold people they arrest. */
static int held_by_armed(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  for (uint32_t b = q + 1, n = 0; b + 1 < s->last && n < FIGURE_HELD_BY_REACH; b++, n++) {
    if (w->toks.v[b].kind == TK_PUNCT) return 0;
    if (!is_word(w, b, w->cw->w_by)) continue;
    int32_t m = w->tok_ment[b + 1];
    return m != NO && acta_armed_group_role(w->ments[m].role);
  }
  return 0;
}

/* prec39d, prec47e: is figure f, in sentence s, a count of people held
 * captive: a form of "hold", "keep" or "take" (holding_verb) among the
 * FIGURE_HELD_REACH tokens after it, right before a word of captivity
 * (captivity_after) or, a verb, done by an armed non-state party
 * (held_by_armed)?  "freed three women who were being held hostage", "52
 * migrants were being held for ransom", "17 seamstresses were held in
 * forced servitude by a gang", "12 farmers were held by the guerrillas":
 * captives, no arrest (173) by anyone.  mend39d: not any "hostage" ("12
 * people detained and hostages freed", "among them the hostage
 * takers"). */
static int held_captive(const struct acta_work *w, const acta_sentence *s,
                        const acta_figure *f) {
  uint32_t q = token_at(w, s, f->start);
  for (uint32_t n = 0; q < s->last && n < FIGURE_HELD_REACH; q++, n++) {
    if (!holding_verb(w, q)) continue;
    if (captivity_after(w, s, q + 1) ||
        (w->toks.v[q].tag == P_VERB && held_by_armed(w, s, q)))
      return 1;
  }
  return 0;
}

/* The CAMEO code of an event known only from its figure ("at least 141
 * demonstrators have been killed"), or NULL for kinds that are no event.
 * A kind added here must give acta_figures_event_cue_may a cue word too
 * (speed44b's skip of a sentence with no cue; test_figures.c's event_kind
 * keeps the list these kinds are checked against). */
static const char *figure_code(const char *kind) {
  if (harm_kind(kind)) return "190";
  if (!strcmp(kind, "arrested") || !strcmp(kind, "detained")) return "173";
  if (!strcmp(kind, "protesters")) return "141";
  return NULL;
}

/* Keeps figure f, found in sentence `sentence`, among the article's figures
 * (acta_attach_figures gives them to events at the article's end). */
static void keep_figure(struct acta_work *w, const acta_figure *f, int sentence) {
  GROW(w->figs, w->nfigs, w->cap_figs);
  GROW(w->fig_sent, w->nfigs, w->cap_fig_sent);
  w->figs[w->nfigs] = *f;
  w->fig_sent[w->nfigs] = sentence;
  w->nfigs++;
}

/* Is figure f a count of lives saved ("has saved some 500 lives")? a form
 * of "save" within three words before it. */
static int saved_lives(const struct acta_work *w, const acta_sentence *s,
                       const acta_figure *f) {
  uint32_t q = s->first;
  while (q < s->last && w->toks.v[q].start < f->start) q++;
  for (uint32_t b = q; b > s->first && q - b < 3; b--)
    if (acta_lemma_is(w->toks.v[b - 1].vlemma, w->cw->l_save)) return 1;
  return 0;
}

/* Is the counted noun of figure f (its last word, in sentence s) a state,
 * not an act: "prisoners", "inmates", "detainees", "hostages",
 * "captives", "refugees"? */
static int state_noun(const struct acta_work *w, const acta_sentence *s,
                      const acta_figure *f) {
  /* invented19: "two of the hostages have since been freed", "three of
   * the prisoners" (a figure with no unit of its own): a share of people
   * held, counted as held */
  int share = f->unit_end <= f->unit_start;
  if (share && strcmp(f->kind, "detained")) return 0;
  size_t end = share ? f->end : f->unit_end;
  uint32_t q = s->last;
  while (q > s->first && w->toks.v[q - 1].start >= end) q--;
  if (q == s->first) return 0;
  uint32_t n = q - 1;
  if (share) {
    if (q + 1 >= s->last || !is_word(w, q, w->cw->w_of)) return 0;
    n = q + 1;
    if (w->toks.v[n].tag == P_DET && n + 1 < s->last) n++;
  }
  switch (w->toks.v[n].vocab) {
    case V_PRISONERS: case V_INMATES: case V_DETAINEES:
    case V_HOSTAGES: case V_CAPTIVES: case V_REFUGEES:
      return 1;
    default:
      return 0;
  }
}

/* Does sentence s name a protest: a protest noun or verb ("protesters",
 * "rallied", "a march"), a crowd massing ("gathered", "poured",
 * "thronged"), or the streets ("took to the streets")?  People who
 * "attended" a conference, "took part" in a heist or "joined in" are no
 * protest by their count alone. */
static int protest_named(const struct acta_work *w, const acta_sentence *s) {
  static const char *const other[] = {"street", "streets", "strike", "strikes",
                                      "riot", "riots", "vigil", "turnout", NULL};
  for (uint32_t q = s->first; q < s->last; q++) {
    switch (w->toks.v[q].vocab) {
      case V_PROTESTERS: case V_PROTESTER: case V_PROTESTORS: case V_PROTESTOR:
      case V_DEMONSTRATORS: case V_DEMONSTRATOR: case V_MARCHERS: case V_RIOTERS:
      case V_CROWD: case V_CROWDS: case V_GATHERED: case V_GATHERING:
      case V_MARCHED: case V_MARCHING: case V_RALLIED: case V_RALLYING:
      case V_PROTESTED: case V_PROTESTING: case V_DEMONSTRATED: case V_DEMONSTRATING:
      case V_POURED: case V_THRONGED: case V_MASSED: case V_ASSEMBLED:
      case V_CHANTED: case V_CHANTING: case V_RALLY: case V_RALLIES:
      case V_MARCH: case V_MARCHES: case V_PROTEST: case V_PROTESTS:
      case V_DEMONSTRATION: case V_DEMONSTRATIONS:
        return 1;
      default:
        break;
    }
    for (const char *const *o = other; *o; o++)
      if (!strcmp(norm(w, q), *o)) return 1;
  }
  return 0;
}

/* Is token q a word for the dead found: "bodies", "corpses", "remains"? */
static int body_word(const struct acta_work *w, uint32_t q) {
  const acta_token *tk = &w->toks.v[q];
  return tk->vocab == V_BODIES || tk->vocab == V_CORPSES ||
         (tk->norm_len == 7 && !memcmp(norm(w, q), "remains", 7));
}

/* Does figure f count bodies found rather than people killed: its counted
 * noun is "bodies" or "corpses" ("seven bodies were found under a bridge",
 * "a pit holding 26 bodies"), or "the bodies of" stands before it
 * ("found the bodies of 12 loggers")?  A discovery tells of no
 * killing and no killer: the finder killed no one, and the sentence says
 * nothing of who did or when. */
static int body_count(const struct acta_work *w, const acta_sentence *s,
                      const acta_figure *f) {
  uint32_t q = token_at(w, s, f->start);
  if (q >= s->first + 2 && is_word(w, q - 1, w->cw->w_of) && body_word(w, q - 2)) return 1;
  if (f->unit_end <= f->unit_start) return 0;
  uint32_t u = token_at(w, s, f->unit_end);
  return u > s->first && body_word(w, u - 1);
}

/* prec37c: does figure f count the dead found rather than killed, as
 * body_count does: "four of the corpses" (the figure's number, past its
 * qualifier, right before "of" and a body word, "the" or "these" between:
 * "at least four of the bodies"), or people "found dead" (a form of "find"
 * after the figure, four tokens on at most, "dead" right after it: "three
 * guards were found dead beside the pipeline", "nine farmers were found
 * dead"; or "find" right before it and "dead" at its end: "soldiers found
 * 12 people dead")?  The sentence names no killer and no killing; one it
 * tells is coded from its own verb. */
#define FOUND_DEAD_REACH 4
static int found_dead(const struct acta_work *w, const acta_sentence *s, const acta_figure *f) {
  uint32_t q = token_at(w, s, f->start);
  /* the token after the figure's number: its counted noun's first, or the
   * one after the figure (mend37cd: not the qualifier's "at least") */
  uint32_t n = token_at(w, s, f->unit_end > f->unit_start ? f->unit_start : f->end);
  if (n + 1 < s->last && is_word(w, n, w->cw->w_of)) {
    uint32_t b = n + 1;
    if (b + 1 < s->last && (is_vocab(w, b, V_THE) || is_vocab(w, b, V_THESE))) b++;
    if (body_word(w, b)) return 1;
  }
  uint32_t u = token_at(w, s, f->end);
  /* "found 12 people dead": "find" right before, "dead" ending the
   * figure or right after it */
  if (q > s->first && acta_lemma_is(w->toks.v[q - 1].vlemma, w->cw->l_find) && u > q &&
      (is_vocab(w, u - 1, V_DEAD) || (u < s->last && is_vocab(w, u, V_DEAD))))
    return 1;
  for (uint32_t r = u; r + 1 < s->last && r < u + FOUND_DEAD_REACH; r++) {
    if (w->toks.v[r].kind == TK_PUNCT) return 0;
    if (acta_lemma_is(w->toks.v[r].vlemma, w->cw->l_find)) return is_vocab(w, r + 1, V_DEAD);
  }
  return 0;
}

/* Finds the figures of the sentence; a casualty, arrest or crowd figure
 * with no event of its own in the sentence yields an event whose source is
 * unknown (rather than being dropped), but for a verb whose subject is no
 * actor ("floods killed ..."); a passive verb with no agent ("were
 * killed") gives that event its pattern. */
static void unit_key(const char *text, const acta_figure *g, char *out, size_t cap);

/* Does figure g count warrants, orders or requests ("32 arrest
 * warrants")? */
static int paper_unit(const char *text, size_t len, const acta_figure *g) {
  static const char *const papers[] = {"warrant", "warrants", "order", "orders",
                                       "request", "requests"};
  char key[32];
  unit_key(text, g, key, sizeof key);
  if (!key[0]) {
    /* no counted noun: the second word after the number ("32 arrest
     * warrants") */
    size_t i = g->end, n = 0;
    for (int word = 0; word < 2; word++) {
      while (i < len && text[i] == ' ') i++;
      size_t b = i;
      while (i < len && ((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z')) i++;
      if (word == 1) {
        for (n = 0; b + n < i && n + 1 < sizeof key; n++) key[n] = (char)(text[b + n] | 32);
        key[n] = '\0';
      }
    }
  }
  for (size_t i = 0; i < sizeof papers / sizeof papers[0]; i++)
    if (!strcmp(key, papers[i])) return 1;
  return 0;
}

/* Is sentence s a bare noun phrase ("Five dead policemen.": no verb,
 * auxiliary or modal) whose figure g is a number, an adjective and the
 * noun it qualifies?  "Five policemen dead" (a headline's clause) is not. */
static int noun_phrase_figure(const struct acta_work *w, const acta_sentence *s,
                              const acta_figure *g) {
  uint32_t q = s->first;
  for (uint32_t i = s->first; i < s->last; i++) {
    uint8_t tg = w->toks.v[i].tag;
    if (tg == P_VERB || tg == P_AUX || tg == P_MODAL) return 0;
  }
  while (q < s->last && w->toks.v[q].end <= g->start) q++;
  while (q < s->last && w->toks.v[q].tag == P_NUM) q++;
  if (q + 1 >= s->last || w->toks.v[q].tag != P_ADJ) return 0;
  while (q < s->last && w->toks.v[q].tag == P_ADJ) q++;
  return q < s->last && (w->toks.v[q].tag == P_NOUN || w->toks.v[q].tag == P_PROPN);
}

/* (invented31) Is figure g a count of deaths named by the noun "death"
 * ("386 deaths", "led to at least six deaths", "the deaths of 19
 * reporters") with no deliberate act among the words around it
 * (WL2_DELIBERATE_WORD: "the bombing caused the deaths of 11 people",
 * "the shooting deaths of 31 people" stay)?  Such a toll names no doer and
 * tells no act. */
static int death_noun_figure(const struct acta_work *w, const acta_sentence *s,
                             const acta_figure *g) {
  uint32_t q = s->first;
  while (q < s->last && w->toks.v[q].end <= g->start) q++;
  uint32_t fq = q;
  int death = q >= s->first + 2 && is_word(w, q - 1, w->cw->w_of) &&
              tok_in5(w, q - 2, WL5_DEATH_NOUN);
  for (; !death && q < s->last && w->toks.v[q].start < g->end; q++)
    if (tok_in5(w, q, WL5_DEATH_NOUN)) death = 1;
  if (!death) return 0;
  uint32_t lo = fq > s->first + ACTA_NONACT_WINDOW ? fq - ACTA_NONACT_WINDOW : s->first;
  uint32_t hi = fq + ACTA_NONACT_WINDOW < s->last ? fq + ACTA_NONACT_WINDOW : s->last;
  for (q = lo; q < hi; q++)
    if (tok_in2(w, q, WL2_DELIBERATE_WORD)) return 0;
  return 1;
}

/* (invented11) Does sentence s break a count down by place, two or more
 * times after the first (", 115 in Spain, 107 in Peru")?  The figure then
 * is a tally across countries or towns, no event of its own; an act told
 * by a verb ("police arrested 40 in Lima, 12 in Cusco") is not judged
 * here. */
static int place_tally(const struct acta_work *w, const acta_sentence *s) {
  int n = 0;
  for (uint32_t q = s->first; q + 3 < s->last; q++)
    if (is_punct(w, q, ',') && w->toks.v[q + 1].tag == P_NUM &&
        is_word(w, q + 2, w->cw->w_in) &&
        (w->toks.v[q + 3].tag == P_PROPN || w->toks.v[q + 3].tag == P_DET))
      n++;
  return n >= 2;
}

/* How far into its clause the work noun of outcome_agent may stand, and
 * how far after it the "by" of its agent. */
#define OUTCOME_REACH 6
#define OUTCOME_BY_REACH 8

/* names14: "a months-long probe by the Pasto police ended with the
 * arrest of 13 people", "the latest police operations resulted in the
 * arrest of 10 suspects", "an operation headed by ICE led to 1,300
 * arrests": verb group g tells an outcome (WL3_OUTCOME_VERB) and its
 * subject, opening its clause, is a force's work (WL2_FORCE_WORK_NOUN):
 * the actor that does that work -- written right before the noun ("police
 * operations") or after "by" in its phrase, the one actor there -- is the
 * agent of the arrests counted after g.  NO if none.  (A passive done in
 * such work is triggers.c's operation_agent.) */
static int32_t outcome_agent(const acta_dict *d, const struct acta_work *w, const vgroup *g,
                             uint32_t lo) {
  if (!acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_OUTCOME_VERB)) return NO;
  /* the work noun, its phrase opening the clause */
  uint32_t n = lo;
  while (n < g->first && n < lo + OUTCOME_REACH &&
         !(w->toks.v[n].tag == P_NOUN &&
           acta_lemma_in2(w->cw, w->toks.v[n].nlemma, WL2_FORCE_WORK_NOUN))) {
    uint8_t t = w->toks.v[n].tag;
    if (t != P_DET && t != P_ADJ && t != P_NUM && t != P_ADV && t != P_NOUN && t != P_PROPN &&
        t != P_POSS && w->tok_ment[n] == NO && !(n == lo && w->toks.v[n].kind == TK_PUNCT))
      return NO;
    n++;
  }
  if (n >= g->first || n >= lo + OUTCOME_REACH) return NO;
  int32_t a = NO;
  if (w->tok_ment[n] != NO) {
    /* "police operations", one phrase */
    const mention *x = &w->ments[w->tok_ment[n]];
    if (x->last == n + 1 && x->first < n) a = w->tok_ment[n];
  } else if (n > lo && w->tok_ment[n - 1] != NO) {
    a = w->tok_ment[n - 1];
  } else {
    for (uint32_t q = n + 1; q + 1 < g->first && q <= n + OUTCOME_BY_REACH; q++) {
      if (w->toks.v[q].kind == TK_PUNCT) return NO;
      /* "an investigation into the killing of two soldiers by gang
       * members": the agent of another act */
      if (w->toks.v[q].tag == P_NOUN && acta_material_head(d, &d->noun_pats, w->toks.v[q].nlemma))
        return NO;
      if (is_word(w, q, w->cw->w_by)) {
        a = w->tok_ment[q + 1];
        break;
      }
    }
  }
  if (a == NO) return NO;
  const mention *m = &w->ments[a];
  if (m->absorbed || !m->code[0] || w->ments[m->group].next_in_group != NO) return NO;
  /* the one actor of the subject: none other between it and g */
  for (uint32_t q = m->last; q < g->first; q++)
    if (w->tok_ment[q] != NO && w->ments[w->tok_ment[q]].group != m->group) return NO;
  acta_trace((struct acta_work *)w, "  agent: \"%s\" does the %s that %s in the arrests\n",
             m->code, norm(w, n), norm(w, g->head));
  return m->group;
}

/* Does the phrase of the clash noun at k open its clause (from lo): only
 * adjectives, determiners or numbers before it, then the clause's start,
 * a comma, "that" or a subordinator? */
static int clash_opens_clause(const struct acta_work *w, uint32_t k, uint32_t lo) {
  while (k > lo && (w->toks.v[k - 1].tag == P_ADJ || w->toks.v[k - 1].tag == P_DET ||
                    w->toks.v[k - 1].tag == P_NUM) &&
         w->tok_ment[k - 1] == NO)
    k--;
  return k <= lo || is_punct(w, k - 1, ',') || w->toks.v[k - 1].tag == P_THAT ||
         tok_in(w, k - 1, WL_SUBORDINATOR);
}

/* force20: "confrontations with criminals left four police dead": the
 * subject of the toll's verb g is a clash noun opening its clause, then
 * "with" and one actor, right before g; the people counted (tgt) are of
 * another role than that actor, so they were its foes and it harmed them
 * ("clashes with the army left five soldiers dead" names no doer).  NO if
 * none. */
static int32_t clash_with_agent(const struct acta_work *w, const vgroup *g, uint32_t lo,
                                int32_t tgt) {
  if (tgt == NO || !w->ments[tgt].role[0]) return NO;
  uint32_t v = g->first;
  while (v > lo && w->toks.v[v - 1].tag == P_ADV) v--;
  if (v <= lo || w->tok_ment[v - 1] == NO) return NO;
  int32_t xg = w->ments[w->tok_ment[v - 1]].group;
  const mention *x = &w->ments[xg];
  if (x->next_in_group != NO || x->absorbed || !x->role[0] || x->last != v) return NO;
  uint32_t f0 = x->first;
  if (f0 < lo + 2 || !is_word(w, f0 - 1, w->cw->w_with) || !tok_in(w, f0 - 2, WL_CLASH_NOUN) ||
      !clash_opens_clause(w, f0 - 2, lo))
    return NO;
  if (xg == w->ments[tgt].group || acta_code_eq(x->role, w->ments[tgt].role)) return NO;
  return xg;
}

/* The agent of figure f's act: the verb group right before it in its
 * sentence (no verb between) has for subject a noun naming a material act
 * with its agent after "by" or its sides after "between" ("an attack by
 * gunmen left five dead"; acta_event_noun_agent, clauses.c); not the
 * counted people themselves (tgt).  NO if none. */
static int32_t figure_agent(const acta_coder *c, const sent_ctx *sc, const acta_figure *f,
                            int32_t tgt) {
  const struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  uint32_t q = s->first;
  while (q < s->last && w->toks.v[q].end <= f->start) q++;
  /* idioms13: "132 people have died at the hands of the police": the
   * agent after the verb that follows the figure (no mark between) */
  if (!c->dict->keds_only) {
    int verb = 0;
    for (uint32_t k = q; k < s->last && k < q + 2 * GAP; k++) {
      if (w->toks.v[k].kind == TK_PUNCT) break;
      if (w->tok_vg[k] != NO) verb = 1;
      int32_t h = verb ? acta_hands_agent(w, k, s->last) : NO;
      if (h != NO) return tgt != NO && h == w->ments[tgt].group ? NO : h;
    }
  }
  /* actors19: "14 people perished after an army raid", "died
   * during a police raid": the force of the operation the verb right
   * after the figure (no mark between) tells the deaths in; a passive's
   * is its own event's agent already */
  if (!c->dict->keds_only) {
    for (uint32_t k = q; k < s->last && k < q + GAP; k++) {
      if (w->toks.v[k].kind == TK_PUNCT) break;
      if (w->tok_vg[k] == NO) continue;
      const vgroup *after = &w->vgs[w->tok_vg[k]];
      int32_t op = after->passive ? NO : acta_operation_agent(w, after, s->last);
      if (op != NO && (tgt == NO || op != w->ments[tgt].group)) return op;
      break;
    }
  }
  int32_t vg = NO;
  while (q > s->first && vg == NO) {
    q--;
    vg = w->tok_vg[q];
  }
  if (vg == NO) return NO;
  const vgroup *g = &w->vgs[vg];
  if (g->passive) return NO;
  uint32_t lo = g->scope != NO ? w->frames[g->scope].first : s->first;
  int32_t a = acta_event_noun_agent(c->dict, w, g, lo, 1);
  if (a == NO && !c->dict->keds_only) a = outcome_agent(c->dict, w, g, lo);
  if (a == NO && !c->dict->keds_only) a = clash_with_agent(w, g, lo, tgt);
  if (a == NO || (tgt != NO && w->ments[a].group == w->ments[tgt].group)) return NO;
  return a;
}

/* targets25a: how many words before its verb the act's noun may stand
 * ("an attack by suspected criminal gangs on state oil workers in Mexico
 * in recent days left two dead"). */
#define ATTACKED_REACH 16

/* targets25a: is token k a noun of an act (a material pattern's head:
 * "attack", "ambush", "bombing") no actor's phrase holds? */
static int act_noun(const struct acta_work *w, const acta_dict *d, uint32_t k) {
  const acta_token *t = &w->toks.v[k];
  return t->tag == P_NOUN && w->tok_ment[k] == NO &&
         (acta_material_head(d, &d->noun_pats, t->nlemma) ||
          acta_material_head(d, &d->noun_pats, t->word));
}

/* targets25a: "an attack on a military base in northern Mali left 12
 * dead", "an ambush by gunmen against a police patrol left four dead": the
 * figure's verb (the verb group right before it, active) has for subject
 * an act's noun opening its clause, whose "on"/"against" (after its "by"
 * agent, if any) names the actor attacked: that actor, the figure's
 * target; NO if none.  The walk back from the verb reads at most
 * ATTACKED_REACH words of noun phrases and prepositions, no mark (but a
 * comma between two names) nor verb (but a lone participle). */
static int32_t figure_object(acta_coder *c, const sent_ctx *sc, const acta_figure *f) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  uint32_t q = s->first;
  while (q < s->last && w->toks.v[q].end <= f->start) q++;
  int32_t vg = NO;
  while (q > s->first && vg == NO) vg = w->tok_vg[--q];
  if (vg == NO || w->vgs[vg].passive) return NO;
  const vgroup *g = &w->vgs[vg];
  uint32_t lo = g->scope != NO ? w->frames[g->scope].first : s->first;
  uint32_t v = g->first;
  while (v > lo && w->toks.v[v - 1].tag == P_ADV) v--;
  uint32_t stop = v > lo + ATTACKED_REACH ? v - ATTACKED_REACH : lo;
  uint32_t n = UINT32_MAX;
  for (uint32_t k = v; k > stop && n == UINT32_MAX; k--) {
    const acta_token *t = &w->toks.v[k - 1];
    /* (a lone participle the phrase left out is no verb: "by suspected
     * organized criminal gangs") */
    if (w->tok_vg[k - 1] != NO) {
      const vgroup *h = &w->vgs[w->tok_vg[k - 1]];
      if (h->last - h->first != 1 || !(t->penn == PT_VBN || t->penn == PT_VBD)) return NO;
      continue;
    }
    if (t->kind == TK_PUNCT) {
      if (t->punct == ',' && k - 1 > s->first && k < v && w->toks.v[k - 2].tag == P_PROPN &&
          w->toks.v[k].tag == P_PROPN)
        continue;
      return NO;
    }
    if (w->tok_ment[k - 1] == NO &&
        !(t->tag == P_PREP || t->tag == P_DET || t->tag == P_ADJ || t->tag == P_NOUN ||
          t->tag == P_PROPN || t->tag == P_NUM || t->tag == P_POSS))
      return NO;
    if (k < v && act_noun(w, d, k - 1) &&
        (is_word(w, k, w->cw->w_on) || is_vocab(w, k, V_AGAINST) || is_word(w, k, w->cw->w_by)))
      n = k - 1;
  }
  if (n == UINT32_MAX) return NO;
  /* the act's phrase opens its clause */
  uint32_t b = n;
  while (b > lo && w->tok_ment[b - 1] == NO &&
         (w->toks.v[b - 1].tag == P_NOUN || w->toks.v[b - 1].tag == P_ADJ ||
          w->toks.v[b - 1].tag == P_DET || w->toks.v[b - 1].tag == P_NUM))
    b--;
  if (b > lo && !is_punct(w, b - 1, ',') && w->toks.v[b - 1].tag != P_THAT &&
      !tok_in(w, b - 1, WL_SUBORDINATOR))
    return NO;
  uint32_t p = n + 1;
  /* past its agent: "by" and the actor's phrase (a compound's members
   * too), adjectives and participles the phrase left out before it */
  if (is_word(w, p, w->cw->w_by)) {
    p++;
    while (p < v && w->tok_ment[p] == NO &&
           (w->toks.v[p].tag == P_ADJ || w->toks.v[p].penn == PT_VBN || w->toks.v[p].penn == PT_VBD))
      p++;
    if (p >= v || w->tok_ment[p] == NO) return NO;
    const mention *a = &w->ments[w->ments[w->tok_ment[p]].group];
    uint32_t e = a->last;
    for (const mention *y = a; y; y = y->next_in_group != NO ? &w->ments[y->next_in_group] : NULL)
      if (y->last > e) e = y->last;
    p = e;
  }
  if (p + 1 >= v || !(is_word(w, p, w->cw->w_on) || is_vocab(w, p, V_AGAINST))) return NO;
  uint32_t o = ++p;
  /* (determiners and adjectives the actor's phrase may leave out) */
  while (p < v && p < o + 2 && w->tok_ment[p] == NO &&
         (w->toks.v[p].tag == P_DET || w->toks.v[p].tag == P_ADJ))
    p++;
  int32_t x = p < v ? w->tok_ment[p] : NO;
  if (x == NO || !w->ments[x].code[0] || w->ments[x].absorbed || w->ments[x].modifier ||
      w->ments[x].first < o || w->ments[x].first > p || w->ments[x].last > v)
    return NO;
  x = w->ments[x].group;
  acta_trace(w, "  figure \"%.*s\": the %s on \"%s\" (%s) harmed them\n",
             (int)(f->end - f->start), c->cur_text + f->start, norm(w, n),
             norm(w, w->ments[x].last - 1), w->ments[x].code);
  return x;
}

/* actors12: is role one of a force or an armed group (a side that fights
 * with arms)? */
static int fighting_role(const char *role) {
  static const char *const ARMED[] = {"MIL", "COP", "SPY", "CRM", "REB", "UAF"};
  for (size_t k = 0; k < sizeof ARMED / sizeof *ARMED; k++)
    if (!strcmp(role, ARMED[k])) return 1;
  return 0;
}

/* actors12: "confrontations between security forces and suspected members
 * of the gang left seven dead": the subject of the figure's verb is a
 * clash between two armed sides, each named (a compound of two members
 * after "between", the clash noun opening its clause).  The fight is the
 * event: the first side its source (*a), the second its target (*b);
 * returns 1.  Which side killed whom is not written, but both fought. */
static int clash_sides(const acta_coder *c, const sent_ctx *sc, const acta_figure *f,
                       int32_t *a, int32_t *b) {
  const struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  uint32_t q = s->first;
  while (q < s->last && w->toks.v[q].end <= f->start) q++;
  int32_t vg = NO;
  while (q > s->first && vg == NO) vg = w->tok_vg[--q];
  if (vg == NO || w->vgs[vg].passive) return 0;
  const vgroup *g = &w->vgs[vg];
  uint32_t lo = g->scope != NO ? w->frames[g->scope].first : s->first;
  uint32_t v = g->first;
  while (v > lo && w->toks.v[v - 1].tag == P_ADV) v--;
  if (v <= lo || w->tok_ment[v - 1] == NO) return 0;
  int32_t g0 = w->ments[w->tok_ment[v - 1]].group;
  int32_t g1 = w->ments[g0].next_in_group;
  if (g1 == NO || w->ments[g1].next_in_group != NO) return 0;
  if (w->tok_ment[v - 1] != g1 && w->ments[w->tok_ment[v - 1]].group != g0) return 0;
  uint32_t f0 = w->ments[g0].first;
  if (f0 < lo + 2 || !is_word(w, f0 - 1, w->cw->w_between) || !tok_in(w, f0 - 2, WL_CLASH_NOUN))
    return 0;
  if (!clash_opens_clause(w, f0 - 2, lo)) return 0;
  if (!fighting_role(w->ments[g0].role) || !fighting_role(w->ments[g1].role)) return 0;
  *a = g0;
  *b = g1;
  return 1;
}

/* actors24: which side of a clash (a, b) the people counted (tgt) are of:
 * the side whose role theirs is when the other side's is not ("clashes
 * between soldiers and FARC rebels left three soldiers dead": a).  NO if
 * neither or both, or the people have no role ("left seven dead"). */
static int32_t counted_side(const struct acta_work *w, int32_t tgt, int32_t a, int32_t b) {
  if (tgt == NO || !w->ments[tgt].role[0]) return NO;
  const char *r = w->ments[tgt].role;
  int in_a = acta_code_eq(r, w->ments[a].role), in_b = acta_code_eq(r, w->ments[b].role);
  if (in_a == in_b) return NO;
  return in_a ? a : b;
}

/* targets25a: is the first verb group after figure f's counted noun a
 * passive other than the one whose head is `head` ("The clan's assets were
 * seized after 9 members of the group were arrested": the figure is the
 * arrest's, not the seizure's)?  The sentence keeps the first passive that
 * found no actor (sc->passive_pat); a figure with its own passive is not
 * that one's count.  The scan stops at the first verb group. */
static int other_passive(const struct acta_work *w, const acta_sentence *s, const acta_figure *f,
                         uint32_t head) {
  uint32_t q = s->first;
  while (q < s->last && w->toks.v[q].start < f->unit_end) q++;
  for (; q < s->last; q++) {
    int32_t vi = w->tok_vg[q];
    if (vi == NO) continue;
    /* (one with its auxiliary, "were arrested": a bare participle the
     * tagger reads as a passive, "diplomats reported being kidnapped", is
     * no clause of the figure's own) */
    return w->vgs[vi].passive && w->vgs[vi].head != head && w->vgs[vi].first < w->vgs[vi].head;
  }
  return 0;
}

void acta_sentence_figures(acta_coder *c, sent_ctx *sc) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  size_t ev_before = sc->ev_before;
  int create = !sc->nonactor_agent;
  /* a figure inside the clause of a verb dropped as unreal ("the gang
   * may have killed four people") makes no event */
  size_t unreal_lo = sc->unreal ? w->toks.v[sc->unreal_from].start : 0;
  size_t unreal_hi = sc->unreal ? w->toks.v[sc->unreal_to - 1].end : 0;
  const acta_pattern *passive_pat = sc->passive_pat;
  uint32_t passive_head = sc->passive_head;
  acta_figure found[16];
  /* only sentences with a number word or digits can hold a figure */
  /* (speed39c: by pointer, the loop's end in a local: the tokens and
   * the sentence's bounds were loaded again at every token) */
  const acta_token *tk = w->toks.v + s->first, *tend = w->toks.v + s->last;
  for (; tk < tend; tk++) {
    /* (a capitalised "Forty-one" the tagger has not seen it may tag as a
     * name: its hyphen marks it unplain, which few words are) */
    if (tk->tag == P_NUM || (tk->kind == TK_WORD && !(tk->shape & TS_PLAIN) &&
                             acta_hyphen_number_word(c->cur_text, tk->start, tk->end)))
      break;
  }
  if (tk == tend) return; /* no number */
  /* speed44b: a sentence whose figures can make no event (no word of it
   * gives a kind figure_code codes: acta_figures_event_cue_may, pinned by
   * tests/unit/test_figures.c; or its verb's subject is no actor) only
   * keeps them for its own events (acta_attach_figures gives a figure to
   * an event of its sentence or to none).  They are read at the end of
   * the sentence (acta_owed_figures), and only when it has an event: most
   * sentences with a number have none.  Not when tracing or with every
   * stage asked for, which see every stage's work. */
  if (!w->tracing && !w->every_stage &&
      !(create && acta_figures_event_cue_may(c->cur_text, &w->toks, s->first, s->last))) {
    sc->figures_owed = 1;
    return;
  }
  size_t nf = acta_find_figures_tokens(c->cur_text, &w->toks, s->first,
                                      s->last, found, 16);
  /* speed29b: the sentence's aggregate reason is read when a figure first
   * asks for it (most sentences with a number code none) */
  const char *aggregate = NULL;
  int aggregate_read = 0;
  for (size_t k = 0; k < nf; k++) {
    keep_figure(w, &found[k], sc->index);
    const char *code = figure_code(found[k].kind);
    if (!code || !create) continue;
    int has = 0;
    for (size_t e = ev_before; e < c->nevents && !has; e++)
      if (figure_fits(found[k].kind, c->events[e].cameo)) has = 1;
    if (has) continue;
    /* "murdering two students ... was arrested": a count already coded as
     * an event's target is no second event */
    for (size_t e = ev_before; e < c->nevents && !has; e++) {
      const acta_actor *t = &c->events[e].target;
      if (t->present && t->end > t->start && found[k].start >= t->start &&
          found[k].start < t->end)
        has = 1;
      /* codes29: "some 2,300 federal police gathered in Guerrero to
       * hunt down ...": a crowd counted as the source of forces massed
       * (153, 154: act_codes.c) is that act's, no protest of its own */
      const acta_actor *so = &c->events[e].source;
      if (!strcmp(found[k].kind, "protesters") && cameo_root(c->events[e].cameo) == 15 &&
          so->present && so->end > so->start && found[k].start >= so->start &&
          found[k].start < so->end)
        has = 1;
    }
    if (has) continue;
    /* prec39d, prec47e: "freed three women who were being held hostage",
     * "52 migrants were being held for ransom", "held in forced servitude
     * by a gang", "held by the guerrillas": people held captive, no
     * arrest (173) by anyone */
    if (!strcmp(found[k].kind, "detained") && held_captive(w, s, &found[k])) {
      acta_trace(w, "  dropped (captives): the figure \"%.*s\" counts people held captive, "
                 "no arrest\n", (int)(found[k].end - found[k].start),
                 c->cur_text + found[k].start);
      continue;
    }
    if (found[k].start >= unreal_lo && found[k].start < unreal_hi) {
      acta_trace(w, "  dropped (in an unreal clause): the figure \"%.*s\"\n",
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
      continue;
    }
    /* "32 arrest warrants", "extradition requests": papers, not acts */
    if (paper_unit(c->cur_text, s->end, &found[k])) {
      acta_trace(w, "  dropped (statistic): the figure \"%.*s\" counts papers, not acts\n",
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
      continue;
    }
    /* "has saved some 500 lives": lives saved are no toll */
    if (saved_lives(w, s, &found[k])) {
      acta_trace(w, "  dropped (statistic): the figure \"%.*s\" counts lives saved\n",
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
      continue;
    }
    /* "attended by delegates from 14 Latin American countries",
     * "between 40 and 50 gang members took part in the robbery": a count of
     * people is a crowd only where a protest is named */
    if (!strcmp(found[k].kind, "protesters") && !protest_named(w, s)) {
      acta_trace(w, "  dropped (no actor): the figure \"%.*s\" counts people, and no protest is "
                 "named\n", (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
      continue;
    }
    /* "25 people died from asphyxiation", "the average age of detained
     * women was 30", "the death toll rose to 30" after the killings were
     * told: no actor's act, a statistic, no new event (nonacts.c) */
    {
      uint32_t fq = s->first;
      while (fq + 1 < s->last && w->toks.v[fq].end <= found[k].start) fq++;
      int harm = harm_kind(found[k].kind);
      const char *why = harm ? acta_accident_reason(c, s, fq) : NULL;
      const char *kind = "an accident";
      if (!why) {
        why = acta_statistic_figure(w, s, fq, harm);
        if (!why) why = acta_share_figure(w, s, fq); /* invented12 */
        if (!why) why = acta_evidence_figure(w, s, fq); /* background13 */
        if (!why && harm && !d->keds_only) why = acta_conflict_toll(w, s, fq); /* fights15 */
        /* figures14: a total's value; a named source's toll is news */
        if (!why && !d->keds_only && !(harm && named_reporter(w, w->tok_scope[fq], 0)))
          why = acta_tally_figure(w, s, fq);
        kind = "statistic";
      }
      /* (a toll a named source gives is news: "some rights groups say the
       * death toll is as high as 250") */
      if (!why && harm && !named_reporter(w, w->tok_scope[fq], 0)) {
        why = acta_toll_update_reason(c, sc, fq);
        kind = "statistic";
      }
      if (why) {
        acta_trace(w, "  dropped (%s): the figure \"%.*s\": %s\n", kind,
                   (int)(found[k].end - found[k].start), c->cur_text + found[k].start, why);
        continue;
      }
    }
    /* "nine bodies were found": a discovery, no killing told */
    if (body_count(w, s, &found[k]) || found_dead(w, s, &found[k]) /* prec37c */) {
      acta_trace(w, "  dropped (a discovery): the figure \"%.*s\" counts bodies found, not a killing\n",
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
      continue;
    }
    /* "215,000 prisoners", "40 hostages": people held, not an arrest */
    if (state_noun(w, s, &found[k])) {
      acta_trace(w, "  dropped (statistic): the figure \"%.*s\" counts people held, not an act\n",
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
      continue;
    }
    /* "Five dead policemen.": a noun phrase alone, no verb, its adjective
     * before the counted noun, names people; it tells no act */
    if (noun_phrase_figure(w, s, &found[k])) {
      acta_trace(w, "  dropped (a noun phrase): the figure \"%.*s\" names people, no act is told\n",
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
      continue;
    }
    /* "In total, 386 deaths", "a riot that resulted in 22 deaths": a
     * toll with no doer, no act (invented31) */
    if (!strcmp(found[k].kind, "killed") && death_noun_figure(w, s, &found[k])) {
      acta_trace(w, "  dropped (a noun phrase): the figure \"%.*s\" counts deaths, no act or doer "
                 "is told\n", (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
      continue;
    }
    const acta_cameo *cm = acta_cameo_find(d, code);
    const acta_pattern *pat = NULL;
    uint32_t trig = s->first;
    if (passive_pat && figure_fits(found[k].kind, d->cameo[passive_pat->cameo].code) &&
        !other_passive(w, s, &found[k], passive_head)) {
      cm = &d->cameo[passive_pat->cameo];
      pat = passive_pat;
      trig = passive_head;
    }
    if (!cm) continue;
    /* the counted noun as target when it is an actor ("141 demonstrators") */
    int32_t tgt = NO;
    for (uint32_t q = s->first; q < s->last; q++) {
      if (w->toks.v[q].start >= found[k].unit_end) break;
      if (w->toks.v[q].start >= found[k].unit_start && w->tok_ment[q] != NO) {
        tgt = w->ments[w->tok_ment[q]].group;
        break;
      }
      if (w->toks.v[q].start <= found[k].start && w->toks.v[q].end > found[k].start)
        trig = pat ? trig : q;
    }
    /* prec44a: a count of part of a group ("orders to hold 17 of the
     * officers"): the figure is the number alone, the actor's phrase
     * runs on from it through "of" */
    for (uint32_t q = s->first; tgt == NO && q + 1 < s->last; q++) {
      if (w->toks.v[q].start > found[k].start) break;
      if (w->toks.v[q].start != found[k].start || w->tok_ment[q] == NO) continue;
      const mention *x = &w->ments[w->tok_ment[q]];
      if (x->first != q || x->last <= q + 2 || !is_word(w, q + 1, w->cw->w_of) || !x->code[0])
        continue;
      /* not a possessor's people ("two of the president's relatives":
       * the code is the possessor's) */
      int poss = 0;
      for (uint32_t p = q + 2; p < x->last; p++) poss |= w->toks.v[p].tag == P_POSS;
      if (!poss) tgt = x->group;
    }
    int32_t rep = w->tok_scope[trig];
    /* "a massacre at a cantina leaving 16 dead would be news", "the number of
     * dead could also rise": a figure in an unreal clause */
    uint32_t at = s->first;
    while (at + 1 < s->last && w->toks.v[at].end <= found[k].start) at++;
    const char *unreal = acta_figure_unreal(c, s, at, rep);
    if (unreal) {
      acta_trace(w, "  dropped (%s): the figure \"%.*s\"\n", unreal,
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
      continue;
    }
    /* a count over a span of time ("more than 1,400 people were killed in
     * 2013", "between 2005 and 2011") is background, whoever gives it; a
     * named source's toll of an ongoing crackdown ("141 killed since
     * mid-September, a rights group said") is news */
    int named = named_reporter(w, rep, 0);
    /* "..., up from 25 tons", "the deadliest week ..., when 61 people
     * were killed": a total compared, a record (invented9) */
    const char *running = !c->dict->keds_only ? acta_running_total(c, s, at) : NULL;
    if (!running) running = acta_whole_span_figure(c, s, at); /* invented12 */
    /* prec45d: deaths a report or study finds, with no day or month */
    if (!running && !d->keds_only && cameo_root(cm->code) >= 18) running = acta_study_tally(c, s, at);
    if (running) {
      acta_trace(w, "  dropped (statistic): the figure \"%.*s\" is %s\n",
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start, running);
      continue;
    }
    if (!aggregate_read) { /* create holds here */
      aggregate = acta_aggregate_reason(c, s);
      aggregate_read = 1;
    }
    if (!aggregate && !d->keds_only && place_tally(w, s)) aggregate = "a tally by place";
    if (aggregate && (!named || aggregate != ACTA_AGG_SINCE)) {
      acta_trace(w, "  dropped (statistic): the figure \"%.*s\" is %s\n",
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start,
                 aggregate);
      continue;
    }
    if (rep != NO) acta_mark_produced(w, rep);
    acta_event ev;
    memset(&ev, 0, sizeof ev);
    ev.sentence = sc->index;
    ev.sent_start = s->start;
    ev.sent_end = s->end;
    /* "the arrest of seven Guatemalans": people, not their state
     * (targets8, object_refs.c) */
    if (tgt != NO && !d->keds_only)
      tgt = acta_nationality_target(w, sc, tgt, cm->code,
                                    pat ? acta_intern_str(&d->words, pat->head) : NULL, trig + 1,
                                    s->last);
    /* targets9: "15 group members captured": people no dictionary codes */
    if (tgt == NO && !d->keds_only) tgt = acta_figure_people(w, sc, at, cm->code);
    /* targets25a: "an attack on a military base left 12 dead": the
     * actor attacked */
    if (tgt == NO && !d->keds_only && harm_kind(found[k].kind))
      tgt = figure_object(c, sc, &found[k]);
    /* targets15: "Five people were arrested and accused of trafficking
     * drugs": people held in a sentence of crime are suspects */
    if (tgt != NO && !d->keds_only)
      tgt = acta_suspect_target(w, tgt, cm->code, trig + 1, s->last, s->first, s->last);
    if (tgt != NO) acta_set_actor(w, d, &ev.target, &w->ments[tgt], acta_bare_country(sc));
    /* actors8: "an attack by gunmen left five dead", "a shootout between
     * rival gangs left 28 dead": the agent of the act its verb's subject
     * names */
    int32_t src = figure_agent(c, sc, &found[k], tgt);
    /* actors27: "the arrests of at least 24 members of a militia in an
     * army operation": with no passive telling the act, the force of the
     * operation right after the people counted and their phrase (no verb
     * between; not their own side) */
    if (src == NO && !pat && !d->keds_only) {
      uint32_t from = s->first;
      while (from < s->last && w->toks.v[from].start < found[k].end) from++;
      if (tgt != NO && w->ments[tgt].last > from) from = w->ments[tgt].last;
      int32_t op = acta_operation_agent_at(w, NULL, from, NO, s->last);
      if (op != NO && (tgt == NO || (op != w->ments[tgt].group &&
                                     !acta_code_eq(w->ments[op].role, w->ments[tgt].role))))
        src = op;
    }
    /* actors12: "clashes between the army and the rebels left 12 dead":
     * the two sides, not the dead */
    int32_t side_a = NO, side_b = NO;
    if (src == NO && !d->keds_only && clash_sides(c, sc, &found[k], &side_a, &side_b)) {
      acta_trace(w, "  figure \"%.*s\": a clash between two armed sides, %s and %s\n",
                 (int)(found[k].end - found[k].start), c->cur_text + found[k].start,
                 w->ments[side_a].code, w->ments[side_b].code);
      int32_t harmed = counted_side(w, tgt, side_a, side_b);
      if (harmed != NO) {
        /* actors24: "left three soldiers dead": the other side harmed
         * the people counted, of the one side's role */
        src = harmed == side_a ? side_b : side_a;
        acta_trace(w, "  the people counted are %s's side: %s harmed them\n",
                   w->ments[harmed].code, w->ments[src].code);
      } else {
        src = side_a;
        memset(&ev.target, 0, sizeof ev.target);
        acta_set_actor(w, d, &ev.target, &w->ments[side_b], acta_bare_country(sc));
        tgt = side_b;
      }
    }
    if (src != NO) acta_set_actor(w, d, &ev.source, &w->ments[src], acta_bare_country(sc));
    if (rep != NO) {
      acta_set_reporter(w, d, &ev, &w->frames[rep],
                        acta_speaker_country(w, sc, w->frames[rep].reporter, UINT32_MAX));
      if (ev.reported_by.present) ev.flags |= ACTA_EV_REPORTED;
    }
    cm = acta_victim_code(w, d, s, cm, trig, pat ? NULL : found[k].kind, NULL, &ev.target);
    acta_copy_str(ev.cameo, sizeof ev.cameo, cm->code);
    memcpy(ev.root, cm->code, 2);
    ev.name = d->strings.data + cm->name;
    ev.quad_class = cm->quad;
    ev.goldstein = cm->goldstein;
    const char *vb = pat ? acta_intern_str(&d->words, pat->head) : found[k].kind;
    size_t vl = strnlen(vb, sizeof ev.verb - 1);
    memcpy(ev.verb, vb, vl);
    ev.verb[vl] = '\0';
    ev.verb_start = found[k].start;
    ev.verb_end = found[k].end;
    ev.status = rep != NO ? (acta_status)w->frames[rep].status : ACTA_ASSERTED;
    acta_copy_str(ev.date, sizeof ev.date, w->date_str);
    if (pat) {
      ev.pattern = d->strings.data + pat->text;
      ev.pattern_file = d->files[pat->file];
      ev.pattern_line = (int)pat->line;
      ev.flags |= ACTA_EV_PASSIVE;
    }
    ev.flags |= ACTA_EV_FIGURE;
    ev.disputes = -1;
    acta_add_event(c, &ev);
    acta_trace(w, "  => event %s %s %s from the figure \"%.*s\"\n",
               src != NO ? ev.source.code : "(unknown source)", tgt != NO ? ev.target.code : "-",
               ev.cameo,
               (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
  }
}

/* The last word of a figure's counted noun, folded: "demonstrators". */
static void unit_key(const char *text, const acta_figure *g, char *out, size_t cap) {
  out[0] = '\0';
  if (!text || g->unit_end <= g->unit_start) return;
  size_t e = g->unit_end, b = e;
  while (b > g->unit_start && text[b - 1] != ' ') b--;
  size_t n = 0;
  for (size_t i = b; i < e && n + 1 < cap; i++) {
    char ch = text[i];
    out[n++] = (char)((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
  }
  out[n] = '\0';
}

/* speed44b: the figures acta_sentence_figures left to the end of sentence
 * sc (sc->figures_owed), kept as it keeps them (in text order, after the
 * earlier sentences' figures) when the sentence has an event: the events
 * of pass 2 are in sentence order (acta_emit and the figures' events take
 * the sentence being coded; drops keep the order; acta_sort_events comes
 * after), so the sentence has one when the last event is of it, and no
 * later stage adds one of it.  figures.c reads the tokens' words, kinds
 * and shapes and the text, none of which pass 2 changes. */
void acta_owed_figures(acta_coder *c, const sent_ctx *sc) {
  struct acta_work *w = c->work;
  if (!sc->figures_owed || !c->nevents || c->events[c->nevents - 1].sentence != sc->index)
    return;
  acta_figure found[16];
  size_t nf = acta_find_figures_tokens(c->cur_text, &w->toks, sc->s->first, sc->s->last,
                                      found, 16);
  for (size_t k = 0; k < nf; k++) keep_figure(w, &found[k], sc->index);
}

/* Gives each figure to an event of its sentence (of those whose root fits
 * its kind, the one whose trigger is nearest; else the sentence's first),
 * lays the figures out by event, and reconciles each kind reported at least
 * twice. */
void acta_attach_figures(acta_coder *c) {
  struct acta_work *w = c->work;
  size_t n = w->nfigs;
  c->nsums = 0;
  for (size_t i = 0; i < c->nevents; i++) {
    c->events[i].figures = NULL;
    c->events[i].nfigures = 0;
  }
  if (!n || !c->nevents) return;
  GROW(w->fig_group, n, w->cap_fig_group);
  int *owner = malloc(n * sizeof *owner);
  size_t *count = calloc(c->nevents + 1, sizeof *count);
  if (!owner || !count) abort();
  size_t e0 = 0;
  for (size_t f = 0; f < n; f++) {
    owner[f] = -1;
    while (e0 < c->nevents && c->events[e0].sentence < w->fig_sent[f]) e0++;
    /* the fitting event whose trigger is nearest ("..., killing at least
     * four people": the killing, not the shooting before it) */
    int first = -1;
    size_t best = (size_t)-1;
    for (size_t e = e0; e < c->nevents && c->events[e].sentence == w->fig_sent[f]; e++) {
      if (first < 0) first = (int)e;
      if (!figure_fits(w->figs[f].kind, c->events[e].cameo)) continue;
      size_t vs = c->events[e].verb_start, fs = w->figs[f].start;
      size_t dist = vs > fs ? vs - fs : fs - vs;
      if (dist < best) {
        best = dist;
        owner[f] = (int)e;
      }
    }
    if (owner[f] < 0) owner[f] = first;
    if (owner[f] >= 0) count[owner[f]]++;
  }
  /* counting sort by owner */
  size_t total = 0;
  for (size_t e = 0; e < c->nevents; e++) {
    size_t k = count[e];
    count[e] = total;
    total += k;
  }
  if (total > c->cap_evfigs) {
    c->cap_evfigs = total;
    c->evfigs = realloc(c->evfigs, total * sizeof *c->evfigs);
    if (!c->evfigs) abort();
  }

  /* reconciliation: a figure counts the same thing as earlier ones of
   * its kind with the same counted noun ("141 demonstrators"); a figure
   * with no noun ("the toll is as high as 250") continues the latest of
   * its kind */
  for (size_t f = 0; f < n; f++) {
    if (owner[f] < 0 || !strcmp(w->figs[f].kind, "other")) continue;
    const acta_figure *g = &w->figs[f];
    char key[32];
    unit_key(c->cur_text, g, key, sizeof key);
    acta_figure_summary *sm = NULL;
    for (size_t k = c->nsums; k-- > 0 && !sm;) {
      if (strcmp(c->sums[k].kind, g->kind) != 0) continue;
      char sk[32];
      acta_figure tmpf;
      memset(&tmpf, 0, sizeof tmpf);
      tmpf.unit_start = c->sums[k].subject_start;
      tmpf.unit_end = c->sums[k].subject_end;
      unit_key(c->cur_text, &tmpf, sk, sizeof sk);
      if (!key[0] || !sk[0] || !strcmp(sk, key)) sm = &c->sums[k];
    }
    if (!sm) {
      GROW(c->sums, c->nsums, c->cap_sums);
      sm = &c->sums[c->nsums++];
      memset(sm, 0, sizeof *sm);
      memcpy(sm->kind, g->kind, sizeof sm->kind);
      sm->low = g->value;
      sm->high = g->high;
    }
    if (sm->subject_end == sm->subject_start && g->unit_end > g->unit_start) {
      sm->subject_start = g->unit_start;
      sm->subject_end = g->unit_end;
    }
    if (g->value < sm->low) sm->low = g->value;
    if (g->high > sm->high) sm->high = g->high;
    sm->nfigures++;
    w->fig_group[f] = (int)(sm - c->sums);
  }
  /* keep the kinds reported more than once */
  size_t keep = 0;
  int *remap = malloc((c->nsums + 1) * sizeof *remap);
  if (!remap) abort();
  for (size_t k = 0; k < c->nsums; k++) {
    remap[k] = -1;
    if (c->sums[k].nfigures >= 2) {
      remap[k] = (int)keep;
      c->sums[keep++] = c->sums[k];
    }
  }
  for (size_t f = 0; f < n; f++)
    if (owner[f] >= 0 && strcmp(w->figs[f].kind, "other") != 0)
      w->fig_group[f] = remap[w->fig_group[f]];
    else
      w->fig_group[f] = -1;
  free(remap);
  c->nsums = keep;
  for (size_t f = 0; f < n; f++)
    if (owner[f] >= 0) {
      acta_event *e = &c->events[owner[f]];
      acta_figure *dst = &c->evfigs[count[owner[f]] + e->nfigures];
      *dst = w->figs[f];
      dst->summary = w->fig_group[f];
      e->nfigures++;
    }
  for (size_t e = 0; e < c->nevents; e++)
    if (c->events[e].nfigures) c->events[e].figures = &c->evfigs[count[e]];
  free(owner);
  free(count);
}

const acta_figure_summary *acta_figure_summaries(const acta_coder *c,
                                                 size_t *count) {
  if (count) *count = c->nsums;
  return c->sums;
}
