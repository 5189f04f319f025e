/* SPDX-License-Identifier: MIT */
/* plain_future.c: an act told in a plain future ("will", "shall") that no
 * one announces ("The gendarmes will also give support in farming
 * regions, reported Radio Sur", "soldiers will patrol the border",
 * "cyber criminals will target banks") is the writer's forecast or a plan
 * described, no intent expressed: CAMEO's intent codes (root 03) and
 * threats (root 13) are acts of their speaker, and a deployment (root 15)
 * still to come is not yet made.  Meetings and visits scheduled ("will
 * meet", "will host the assembly") stay: a scheduled meeting is announced
 * by being scheduled; so is a state's or a government's own future, its
 * policy decided ("Germany will supply missiles") (invented18; triggers.c gives the drop reason). */
#include "coder_internal.h"

/* How far back from the verb a quotation mark is looked for: words inside
 * a quotation are their speaker's, not the writer's. */
#define PLAIN_FUTURE_QUOTE_REACH 60

/* Does frame rep (or NO) leave its clause with no one who speaks: no
 * frame, the writer's inference ("the move is an indicator that"), or a
 * news outlet named as relaying it ("reported Prensa Latina", "according
 * to EFE")?  A speaker with no code ("sources said") or "he" speaks. */
static int no_announcer(const struct acta_work *w, int32_t rep) {
  if (rep == NO || w->frames[rep].inference) return 1;
  int32_t r = w->frames[rep].reporter;
  if (r == NO || w->frames[rep].by_pronoun) return 0;
  const mention *m = &w->ments[r];
  return acta_code_eq(m->role, "MED") && cap_name(w, m->first);
}

/* Is code an act whose future only its doer or a speaker can announce:
 * cooperation, aid and yielding (roots 03 but meetings, 05-08), threats
 * and coercion (13-20)?  Meetings (04, 036), words (01-02, 10-12) and
 * investigations (09, dropped before) are not. */
static int announced_only(const char *code) {
  int r = cameo_root(code);
  if (r == 3) return strncmp(code, "036", 3) != 0;
  return (r >= 5 && r <= 8) || (r >= 13 && r <= 20);
}

/* Is mention src (or NO) a body whose own future is its policy decided: a
 * state, its government or legislature, an international organisation
 * ("Germany will supply missiles to Ukraine", "the EU will lift the
 * sanctions": the decision, announced)?  Forces, armed groups and people
 * are not: their future is a plan described or a forecast. */
static int decides_policy(const struct acta_work *w, int32_t src) {
  if (src == NO) return 0;
  const mention *m = &w->ments[src];
  return !m->role[0] || acta_code_eq(m->role, "GOV") || acta_code_eq(m->role, "LEG") ||
         !strncmp(m->code, "IGO", 3);
}

/* prec44e: the first token of sentence s after the marks that close the
 * sentence before ('...fight."" Troops will'): marks at the sentence's
 * start glued to the text before them and followed by a blank quote no
 * word of this sentence (CSV text doubles a mark: '""' is one). */
static uint32_t after_closing_marks(const struct acta_work *w, const acta_sentence *s) {
  uint32_t q = s->first;
  const char *text = w->cur_text;
  if (!text || q >= s->last || !is_punct(w, q, '"')) return q;
  uint32_t b = w->toks.v[q].start;
  if (b == 0 || text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\n') return q;
  while (q < s->last && is_punct(w, q, '"')) q++;
  if (q >= s->last) return s->first;
  uint32_t e = w->toks.v[q - 1].end;
  return text[e] == ' ' || text[e] == '\t' || text[e] == '\n' ? q : s->first;
}

int acta_plain_future(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                      int32_t rep, int32_t src, const char *code) {
  if (!announced_only(code) || decides_policy(w, src) || !no_announcer(w, rep)) return 0;
  if (rep != NO && w->frames[rep].quoted) return 0;
  uint32_t start = after_closing_marks(w, s);
  uint32_t lo = g->head > start + PLAIN_FUTURE_QUOTE_REACH
                    ? g->head - PLAIN_FUTURE_QUOTE_REACH : start;
  for (uint32_t q = lo; q < g->head; q++)
    if (is_punct(w, q, '"')) return 0;
  return 1;
}
