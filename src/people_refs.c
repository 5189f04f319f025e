/* SPDX-License-Identifier: MIT */
/* prec45c: "the two men", "the three people": a definite counted phrase of
 * private people the dictionary reads as civilians (CVL, by role only)
 * refers back to the people the sentence before counted so, and takes
 * their code when they were a gang's, rebels' or gunmen's ("Two suspected
 * leaders of MS-13 were ambushed. ... the two men were shot outside a
 * bar": CRMMST, not CVL).  Only when the people so counted there are of
 * one armed group's code and no one else was counted so
 * (docs/conventions.md, "The people counted before"). */
#include "coder_internal.h"

#include <stdint.h>
#include <string.h>

long acta_count_value(const struct acta_work *w, uint32_t q) {
  static const char *const WORD[] = {"zero",    "one",     "two",       "three",    "four",
                                     "five",    "six",     "seven",     "eight",    "nine",
                                     "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                     "twenty",  NULL};
  if (w->toks.v[q].tag != P_NUM) return -1;
  const char *t = norm(w, q);
  for (long i = 0; WORD[i]; i++)
    if (!strcmp(t, WORD[i])) return i;
  long v = 0;
  int digits = 0;
  for (; *t; t++) {
    if (*t == ',') continue;
    if (*t < '0' || *t > '9' || v > 100000000L) return -1;
    v = v * 10 + (*t - '0');
    digits = 1;
  }
  return digits ? v : -1;
}

/* Is token q a head of plain people ("men", "people", "individuals")? */
static int plain_people_head(const struct acta_work *w, uint32_t q) {
  static const char *const HEAD[] = {"men",   "people", "individuals", "persons",
                                     "women", "youths", NULL};
  const char *t = norm(w, q);
  for (size_t i = 0; HEAD[i]; i++)
    if (!strcmp(t, HEAD[i])) return 1;
  return 0;
}

long acta_phrase_count(const struct acta_work *w, uint32_t b, uint32_t e) {
  for (uint32_t q = b; q < e; q++) {
    long v = acta_count_value(w, q);
    if (v >= 0) return v;
  }
  return -1;
}

/* mend45c: how many tokens of [b, e) are a count of value v. */
static size_t count_tokens(const struct acta_work *w, long v, uint32_t b, uint32_t e) {
  size_t n = 0;
  for (uint32_t q = b; q < e; q++) n += acta_count_value(w, q) == v;
  return n;
}

/* How many "the N men" phrases of one sentence are looked up in the
 * sentence before (each reads all of it: a bound keeps a pathological
 * sentence linear). */
#define PEOPLE_REFS_MAX 8

void acta_people_refs(struct acta_work *w, size_t m0, size_t m1, size_t p0, size_t p1,
                      uint32_t pf, uint32_t pl) {
  int asked = 0;
  for (size_t i = m0; i < m1 && asked < PEOPLE_REFS_MAX; i++) {
    mention *m = &w->ments[i];
    /* "the two men", "the 14 young people": "the", a count of two or
     * more, at most one adjective, a plain people head; alone in its group */
    if (m->group != (int32_t)i || m->next_in_group != NO || !m->role_only ||
        !acta_code_eq(m->role, "CVL") || strcmp(m->code, "CVL") || m->last < m->first + 3 ||
        m->last > m->first + 4 || !is_word(w, m->first, w->cw->w_the) ||
        !plain_people_head(w, m->last - 1))
      continue;
    long v = acta_count_value(w, m->first + 1);
    if (v < 2 || (m->last == m->first + 4 && w->toks.v[m->first + 2].tag != P_ADJ)) continue;
    asked++;
    /* the sentence before's people counted so: one armed group's code */
    int32_t found = NO, other = 0;
    /* mend45c: and every count so on the sentence's tokens is one of
     * theirs: people the dictionary made no mention of ("two engineers",
     * coded by role only later) may be the ones meant ("Two FARC rebels
     * kidnapped two engineers. The two men were freed") */
    size_t theirs = 0;
    for (size_t k = p0; k < p1 && !other; k++) {
      const mention *y = &w->ments[k];
      if (y->absorbed || acta_phrase_count(w, y->first, y->last) != v) continue;
      const mention *g = &w->ments[y->group];
      /* "two suspected leaders of Mara Salvatrucha": the body after "of"
       * whose people they are, when their own phrase has no such code */
      if (!acta_armed_group_role(g->role) && y->last + 1 < pl &&
          is_word(w, y->last, w->cw->w_of) &&
          w->tok_ment[y->last + 1] != NO) {
        const mention *z = &w->ments[w->ments[w->tok_ment[y->last + 1]].group];
        if (acta_armed_group_role(z->role)) g = z;
      }
      if (!g->code[0] || !acta_armed_group_role(g->role) || g->next_in_group != NO)
        other = 1;
      else if (found != NO && strcmp(w->ments[found].code, g->code))
        other = 1;
      else {
        found = (int32_t)(g - w->ments);
        theirs += count_tokens(w, v, y->first, y->last);
      }
    }
    if (found == NO || other || theirs < count_tokens(w, v, pf, pl)) continue;
    acta_take_code(m, &w->ments[found]);
    m->group_ref = 1;
    acta_trace(w, "  \"the %s %s\" -> %s: the people counted so the sentence before\n",
               norm(w, m->first + 1), norm(w, m->last - 1), m->code);
  }
}
