/* SPDX-License-Identifier: MIT */
/* actors12: an undated article's own dates.  News tells of its present and
 * its past: the latest year an article names is the nearest it gives of
 * its date, and the offices people held then are the ones it reports
 * (mentions.c picks a name's entry valid in that year). */
#include "coder_internal.h"

/* The years counted (a four-digit number outside them is no year of this
 * news: "1,500", "2,000 troops" are written with commas; "1000 pesos"). */
#define YEAR_MIN 1950
#define YEAR_MAX 2039

int32_t acta_latest_year(const struct acta_work *w, uint32_t first, uint32_t last) {
  int32_t best = 0;
  for (uint32_t i = first; i < last; i++) {
    const acta_token *t = &w->toks.v[i];
    if (t->norm_len != 4) continue;
    const char *x = norm(w, i);
    int32_t y = 0;
    size_t k = 0;
    for (; k < 4 && x[k] >= '0' && x[k] <= '9'; k++) y = y * 10 + (x[k] - '0');
    if (k < 4 || y < YEAR_MIN || y > YEAR_MAX || y <= best) continue;
    /* "by 2030": a goal, not the article's time */
    if (i > 0 && is_word(w, i - 1, w->cw->w_by)) continue;
    best = y;
  }
  return best;
}
