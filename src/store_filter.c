/* SPDX-License-Identifier: MIT */
/* store_filter.c: acta query's filters (store_filter) as an SQL condition
 * on the events table, for every backend: the text of the condition and
 * its parameters in order. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_filter.h"

static void add(store_where *w, const char *value) {
  if (w->nparams < STORE_WHERE_MAX) {
    w->params[w->nparams++] = value;
  }
}

/* The next placeholder: "?" or "$n". */
static void placeholder(store_where *w, acta_buf *sql) {
  if (w->dollar)
    acta_buf_printf(sql, "$%d", w->nparams + 1);
  else
    acta_buf_putc(sql, '?');
}

/* A kept copy of a computed parameter (freed by store_where_free). */
static const char *keep(store_where *w, char *s) {
  w->owned[w->nowned++] = s;
  return s;
}

static char *concat3(const char *a, const char *b, const char *c, int upper) {
  size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
  char *s = malloc(n);
  if (!s) abort();
  snprintf(s, n, "%s%s%s", a, b, c);
  if (upper)
    for (char *p = s; *p; p++) *p = (char)toupper((unsigned char)*p);
  return s;
}

static void cond(store_where *w, acta_buf *sql, const char *fmt_a,
                 const char *value, int times, const char *fmt_b) {
  acta_buf_puts(sql, " AND (");
  for (int i = 0; i < times; i++) {
    if (i) acta_buf_puts(sql, " OR ");
    acta_buf_puts(sql, fmt_a);
    placeholder(w, sql);
    add(w, value);
    if (fmt_b) acta_buf_puts(sql, fmt_b);
  }
  acta_buf_putc(sql, ')');
}

void store_where_build(store_where *w, const store_filter *f, acta_buf *sql,
                       int dollar) {
  memset(w, 0, sizeof *w);
  w->dollar = dollar;
  if (!f) return;
  if (f->from && *f->from) cond(w, sql, "e.date >= ", f->from, 1, NULL);
  if (f->to && *f->to) cond(w, sql, "e.date <= ", f->to, 1, NULL);
  if (f->country && *f->country) {
    const char *c = keep(w, concat3(f->country, "", "", 1));
    acta_buf_puts(sql, " AND (");
    const char *cols[] = {"e.source_country = ", "e.target_country = ",
                          "e.location_country = "};
    for (int i = 0; i < 3; i++) {
      if (i) acta_buf_puts(sql, " OR ");
      acta_buf_puts(sql, cols[i]);
      placeholder(w, sql);
      add(w, c);
    }
    acta_buf_putc(sql, ')');
  }
  if (f->actor && *f->actor) {
    const char *p = keep(w, concat3(f->actor, "%", "", 1));
    acta_buf_puts(sql, " AND (e.source_code LIKE ");
    placeholder(w, sql);
    add(w, p);
    acta_buf_puts(sql, " OR e.target_code LIKE ");
    placeholder(w, sql);
    add(w, p);
    acta_buf_putc(sql, ')');
  }
  if (f->root && *f->root)
    cond(w, sql, "e.cameo LIKE ", keep(w, concat3(f->root, "%", "", 0)), 1, NULL);
  if (f->status && *f->status) cond(w, sql, "e.status = ", f->status, 1, NULL);
  if (f->reported_by && *f->reported_by) {
    const char *code = keep(w, concat3(f->reported_by, "%", "", 1));
    char *words = concat3("%", f->reported_by, "%", 0);
    for (char *q = words; *q; q++) *q = (char)tolower((unsigned char)*q);
    keep(w, words);
    acta_buf_puts(sql, " AND (e.reported_by_code LIKE ");
    placeholder(w, sql);
    add(w, code);
    acta_buf_puts(sql, " OR lower(e.reported_by_text) LIKE ");
    placeholder(w, sql);
    add(w, words);
    acta_buf_putc(sql, ')');
  }
}

void store_where_free(store_where *w) {
  for (int i = 0; i < w->nowned; i++) free(w->owned[i]);
  w->nowned = 0;
}
