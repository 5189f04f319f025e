/* SPDX-License-Identifier: MIT */
/* nonacts.c: deaths, injuries and counts that are no actor's act.  A
 * sentence that tells an accident or a disaster ("25 people died from
 * asphyxiation", "four soldiers were killed when their helicopter
 * crashed", "the device he was building exploded") reports no force
 * (18x-20x) by anyone; a death toll restated after the article has told
 * its killings ("later reports moved the death toll up to 30"), a count
 * that is a statistic ("the average age of detained women", "seven out of
 * 10 people", "responsible for 40 deaths") and a comparison of tallies
 * ("more activists were killed here than anywhere else") are counts, not
 * new events.  Each test reads a fixed window of the sentence's tokens
 * (ACTA_NONACT_WINDOW) and at most 64 earlier events. */
#include "coder_internal.h"
#include "vocab.h"

/* Is token q "fire" or "fires" as a thing that burns: after "a", "the" or
 * "in" ("died in a fire", "the fire spread"), not a weapon's fire ("opened
 * fire", "under fire", "exchange of fire") nor one set ("set fire to")? */
static int blaze_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  if (!is_word(w, q, w->cw->w_fire) && !is_word(w, q, w->cw->w_fires)) return 0;
  if (q == s->first) return 0;
  uint32_t p = q - 1;
  if (!is_word(w, p, w->cw->w_a) && !is_word(w, p, w->cw->w_the) && !is_word(w, p, w->cw->w_in))
    return 0;
  /* "opened a fire", "returned the fire" */
  return !(p > s->first && w->toks.v[p - 1].tag == P_VERB);
}

/* Does token q tell a device blowing up in its maker's hands: "exploded",
 * "detonated" or "blew" with "building", "making", "assembling",
 * "handling" or "manipulating" among the five words before it ("the device
 * he was building exploded")? */
static int own_device_at(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  static const char *const blew[] = {"exploded", "detonated", "blew", NULL};
  static const char *const making[] = {"building", "making", "assembling", "handling",
                                       "manipulating", "preparing", NULL};
  if (!norm_one_of(w, q, blew)) return 0;
  for (uint32_t p = q, k = 0; p > s->first && k < 5; p--, k++)
    if (norm_one_of(w, p - 1, making)) return 1;
  return 0;
}

const char *acta_accident_reason(const acta_coder *c, const acta_sentence *s, uint32_t at) {
  const struct acta_work *w = c->work;
  int accident = 0;
  uint32_t lo = at > s->first + ACTA_NONACT_WINDOW ? at - ACTA_NONACT_WINDOW : s->first;
  uint32_t hi = at + ACTA_NONACT_WINDOW < s->last ? at + ACTA_NONACT_WINDOW : s->last;
  for (uint32_t q = lo; q < hi; q++)
    if (own_device_at(w, s, q)) return "an accident: a device blew up as it was made";
  for (uint32_t q = lo; q < hi; q++) {
    if (tok_in2(w, q, WL2_DELIBERATE_WORD)) return NULL;
    if (tok_in2(w, q, WL2_ACCIDENT_WORD) || blaze_at(w, s, q)) accident = 1;
  }
  return accident ? "an accident or disaster, no actor's act" : NULL;
}

const char *acta_toll_update_reason(const acta_coder *c, const sent_ctx *sc, uint32_t at) {
  const struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  /* "the death toll ... 30", "the number of dead ... 25": the toll's word
   * within six tokens before the figure */
  int toll = 0;
  for (uint32_t q = at; q > s->first && at - q < 6 && !toll; q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->vocab == V_TOLL) toll = 1;
    if (is_vocab(w, q - 1, V_NUMBER) && q < s->last && is_word(w, q, w->cw->w_of)) toll = 1;
  }
  if (!toll) return NULL;
  /* killings told in an earlier sentence of the article (among the 64
   * events before: a fixed cost per figure) */
  for (size_t e = sc->ev_before, k = 0; e > 0 && k < 64; e--, k++) {
    int r = cameo_root(c->events[e - 1].cameo);
    if (r >= 18 && r <= 20 && c->events[e - 1].sentence < sc->index)
      return "a toll of killings told before, no new event";
  }
  return NULL;
}

const char *acta_statistic_figure(const struct acta_work *w, const acta_sentence *s,
                                  uint32_t at, int harm) {
  static const char *const put_to[] = {"linked", "tied", "associated", "attributed",
                                       "responsible", NULL};
  static const char *const stat_words[] = {"average", "median", "rate", "rates", "proportion",
                                           "ratio", "share", "percentage", "linked",
                                           "tied", "associated", "attributed", "responsible",
                                           "cause", NULL};
  /* "seven out of 10 people" (the figure "10 people") */
  if (at >= s->first + 2 && is_word(w, at - 1, w->cw->w_of) && is_word(w, at - 2, w->cw->w_out))
    return "a statistic (a share: out of), no event";
  /* "one person for every 29,000 arrests": a ratio */
  if (at > s->first && (w->toks.v[at - 1].vocab == V_EVERY || w->toks.v[at - 1].vocab == V_PER))
    return "a statistic (a ratio: for every), no event";
  /* "the average age of detained women was 30", "a rate of 11 per day";
   * "a group tied to thousands of deaths": a toll put to an
   * actor's account over time */
  for (uint32_t q = at, k = 0; q > s->first && k < 8; q--, k++) {
    if (w->toks.v[q - 1].kind == TK_PUNCT && w->toks.v[q - 1].punct != '-') break;
    if (norm_one_of(w, q - 1, stat_words))
      return "a statistic (an average, a rate, a share, a toll linked to someone), no event";
  }
  /* "seven out of 10 people", "17 of the deaths were linked to gangs",
   * "352 people murdered at an average of 11 a day": after it, to the
   * next mark */
  for (uint32_t q = at + 1, k = 0; q < s->last && k < 8; q++, k++) {
    if (w->toks.v[q].kind == TK_PUNCT && w->toks.v[q].punct != '-') break;
    if (k == 0 && is_word(w, q, w->cw->w_out) && q + 1 < s->last && is_word(w, q + 1, w->cw->w_of))
      return "a statistic (a share: out of), no event";
    /* "one person for every 29,000 arrests" */
    if (q > at && for_every(w, q) && q + 1 < s->last &&
        w->toks.v[q + 1].tag == P_NUM)
      return "a statistic (a ratio: for every), no event";
    /* ("the arrest of 14 individuals linked to Los Viagras": people
     * described, their arrest an act) */
    if (norm_one_of(w, q, stat_words) && (harm || !norm_one_of(w, q, put_to)))
      return "a statistic (an average, a rate, a share, a toll linked to someone), no event";
  }
  return NULL;
}

const char *acta_conflict_toll(const struct acta_work *w, const acta_sentence *s, uint32_t at) {
  /* fights15: "the civil war that left tens of thousands dead", "a
   * feud that ended in hundreds or perhaps thousands of deaths", "a land
   * dispute has claimed dozens of lives", "More than 2,500 people are
   * estimated to have died": the sum of a conflict's deaths, or an
   * estimate, is a statistic, no one act */
  static const char *const causes[] = {"war",     "wars",    "conflict", "conflicts", "feud",
                                       "feuds",   "dispute", "disputes", "enmity",    "rivalry",
                                       "battles", "violence", "insurgency", NULL};
  /* the figure's words: a count in words ("hundreds", "thousands",
   * "dozens"), no digits */
  int large = 0, dozens = 0;
  for (uint32_t q = at; q < s->last && q < at + 4; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->tag == P_NUM && norm(w, q)[0] >= '0' && norm(w, q)[0] <= '9') break;
    if (tk->vocab == V_HUNDREDS || tk->vocab == V_THOUSANDS || tk->vocab == V_MILLIONS ||
        tk->vocab == V_TENS)
      large = 1;
    if (tk->vocab == V_DOZENS || tk->vocab == V_SCORES) dozens = 1;
  }
  /* "are estimated to have died": an estimate, whoever made it */
  for (uint32_t q = at + 1; q + 1 < s->last && q < at + 8; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) break;
    if (w->toks.v[q].vocab == V_ESTIMATED && w->toks.v[q + 1].tag == P_TO)
      return "an estimate of deaths, no one act";
  }
  if (!large && !dozens) return NULL;
  /* a dozen's toll summed up in a perfect ("have left dozens of dead"):
   * "has" or "have" among the eight words before it, in its clause */
  if (!large) {
    int perfect = 0;
    for (uint32_t q = at, k = 0; q > s->first && k < 8 && !perfect; q--, k++) {
      if (w->toks.v[q - 1].kind == TK_PUNCT) break;
      if (has_have(w, q - 1)) perfect = 1;
    }
    if (!perfect) return NULL;
  }
  /* (the conflict named within 60 words of the toll: a bounded read, not
   * the whole sentence for each figure) */
  uint32_t lo = at > s->first + 60 ? at - 60 : s->first;
  uint32_t hi = at + 60 < s->last ? at + 60 : s->last;
  for (uint32_t q = lo; q < hi; q++)
    if (norm_one_of(w, q, causes))
      return "the sum of a conflict's deaths (hundreds, thousands; dozens so far), no one act";
  return NULL;
}

const char *acta_comparative_count(const struct acta_work *w, const acta_sentence *s,
                                   int32_t m) {
  /* "more environmental activists were killed in Latin America than
   * anywhere else", "fewer officers were murdered this year than in
   * 2015": a comparison of tallies */
  if (m == NO) return NULL;
  /* "more" or "fewer" from two words before the phrase (its members, for
   * a compound) to its end, not "more than 20" */
  uint32_t f = w->ments[m].first, l = w->ments[m].last;
  for (int32_t k = m; k != NO; k = w->ments[k].next_in_group) {
    if (w->ments[k].first < f) f = w->ments[k].first;
    if (w->ments[k].last > l) l = w->ments[k].last;
  }
  int cmp = 0;
  for (uint32_t q = f >= s->first + 2 ? f - 2 : s->first;
       q < l && q < f + ACTA_NONACT_WINDOW && !cmp; q++)
    if ((w->toks.v[q].vocab == V_MORE || w->toks.v[q].vocab == V_FEWER ||
         w->toks.v[q].vocab == V_LESS) &&
        !(q + 1 < s->last && w->toks.v[q + 1].vocab == V_THAN))
      cmp = 1;
  if (!cmp) return NULL;
  for (uint32_t q = l; q < s->last && q < l + ACTA_NONACT_WINDOW; q++)
    if (w->toks.v[q].vocab == V_THAN) return "a comparison of tallies (more ... than)";
  return NULL;
}

const char *acta_evidence_figure(const struct acta_work *w, const acta_sentence *s,
                                 uint32_t fq) {
  /* background13: "(See map) Two recent arrests show how far
   * the group has spread its model", "Forty arrests in Japan may
   * just be a sign of good policing", "Dallas accounted for more
   * than 1,200 arrests": a count offered as evidence or as a share of a
   * tally, no act told */
  static const char *const shows[] = {"illustrate", "illustrates", "illustrated", "underscore",
                                      "underscores", "underscored", "highlight", "highlights",
                                      "highlighted", "demonstrate", "demonstrates",
                                      "demonstrated", "reflect", "reflects", "reflected",
                                      "show", "shows", "suggest", "suggests", "indicate",
                                      "indicates", NULL};
  if (fq >= s->first + 2 && is_word(w, fq - 1, w->cw->w_for) &&
      acta_lemma_is(w->toks.v[fq - 2].vlemma, w->cw->l_account))
    return "a share of a tally (accounted for), no event";
  /* the count is its clause's subject: first, or after a mark */
  if (fq > s->first && w->toks.v[fq - 1].kind != TK_PUNCT) return NULL;
  /* (commas allowed: "Forty arrests in Japan, for example, may be"; the
   * first verb decides: "Seven arrests, police said, were made" stays) */
  for (uint32_t q = fq; q < s->last && q < fq + 12; q++) {
    if (w->toks.v[q].kind == TK_PUNCT && w->toks.v[q].punct != ',') return NULL;
    if (w->tok_vg[q] == NO) continue;
    const vgroup *g = &w->vgs[w->tok_vg[q]];
    uint32_t h = g->head;
    if (norm_one_of(w, h, shows))
      return "a count offered as evidence (illustrate, show), no event";
    /* "may simply be an effect of" */
    if (w->toks.v[g->first].tag == P_MODAL && is_vocab(w, h, V_BE))
      return "a count offered as evidence (may be), no event";
    return NULL;
  }
  return NULL;
}

/* figures14: how far a running total's words may lie from its figure. */
#define TALLY_REACH 12

const char *acta_tally_figure(const struct acta_work *w, const acta_sentence *s, uint32_t fq) {
  /* the figure's clause: back and ahead to a mark (not '-'), bounded */
  uint32_t from = fq, to = fq + 1;
  while (from > s->first && fq - from < TALLY_REACH &&
         !(w->toks.v[from - 1].kind == TK_PUNCT && w->toks.v[from - 1].punct != '-'))
    from--;
  while (to < s->last && to - fq < TALLY_REACH &&
         !(w->toks.v[to].kind == TK_PUNCT && w->toks.v[to].punct != '-'))
    to++;
  /* "the number of remand prisoners had reached 8,300", "takes the
   * number of people arrested to 24", "take away from this total the 1,600
   * dead": a total's noun and a verb of what totals do before the figure */
  int noun = 0, verb = 0;
  for (uint32_t q = from; q < fq; q++) {
    if (tok_in3(w, q, WL3_TALLY_NOUN)) noun = 1;
    if (w->tok_vg[q] != NO && w->vgs[w->tok_vg[q]].head == q &&
        acta_lemma_in3(w->cw, w->toks.v[q].vlemma, WL3_TALLY_VERB))
      verb = 1;
  }
  if (noun && verb) return "a running total's value (the number reached, added to the toll), no event";
  /* "4,270 people have been added to that toll": the figure, the verb,
   * then "to" and the total */
  verb = 0;
  for (uint32_t q = fq + 1; q < to; q++) {
    if (w->tok_vg[q] != NO && w->vgs[w->tok_vg[q]].head == q &&
        acta_lemma_in3(w->cw, w->toks.v[q].vlemma, WL3_TALLY_VERB))
      verb = 1;
    if (verb && tok_in3(w, q, WL3_TALLY_NOUN) && q >= fq + 2 &&
        (is_word(w, q - 1, w->cw->w_to) || is_word(w, q - 2, w->cw->w_to)))
      return "a running total's value (the number reached, added to the toll), no event";
  }
  return NULL;
}

const char *acta_comparative_object(const struct acta_work *w, const acta_sentence *s,
                                    uint32_t after, uint32_t end) {
  /* figures14: "Venezuela seized more drugs than any other country",
   * "began to expel more migrants than the United States": the object
   * "more" or "fewer" (not "more than 20") within three words after the
   * verb, "than" within six words of it, no mark between: tallies
   * compared, no act */
  if (end > s->last) end = s->last;
  for (uint32_t q = after; q < end && q < after + 3; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) return NULL;
    if (w->toks.v[q].vocab != V_MORE && w->toks.v[q].vocab != V_FEWER) continue;
    if (q + 1 < s->last && w->toks.v[q + 1].vocab == V_THAN) return NULL;
    for (uint32_t r = q + 1; r < s->last && r < q + 7; r++) {
      if (w->toks.v[r].kind == TK_PUNCT) return NULL;
      if (w->toks.v[r].vocab == V_THAN) return "a comparison of tallies (seized more ... than)";
    }
    return NULL;
  }
  return NULL;
}
