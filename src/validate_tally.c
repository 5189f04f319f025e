/* SPDX-License-Identifier: MIT */
/* validate_tally.c: what the PETRARCH and the TABARI validation runs
 * share (validate.h): sets of (source, target, event) codes compared as
 * sets, and the per-category table of passes that ends with the "all"
 * line. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "validate.h"

struct acta_vcat {
  char name[32];
  size_t pass, total;
};

void acta_vnull_code(char *out, size_t cap, const char *c) {
  if (!c || !*c || !strcmp(c, "None") || !strcmp(c, "none")) c = "---";
  snprintf(out, cap, "%s", c);
}

int acta_vtriple_cmp(const void *a, const void *b) {
  const acta_vtriple *x = a, *y = b;
  int r = strcmp(x->s, y->s);
  if (!r) r = strcmp(x->t, y->t);
  if (!r) r = strcmp(x->e, y->e);
  return r;
}

size_t acta_vtriple_uniq(acta_vtriple *v, size_t n) {
  if (!n) return 0;
  qsort(v, n, sizeof *v, acta_vtriple_cmp);
  size_t k = 1;
  for (size_t i = 1; i < n; i++)
    if (acta_vtriple_cmp(&v[i], &v[k - 1])) v[k++] = v[i];
  return k;
}

void acta_vtriple_put_set(acta_buf *b, const acta_vtriple *v, size_t n) {
  if (!n) { acta_buf_puts(b, "(none)"); return; }
  for (size_t i = 0; i < n; i++)
    acta_buf_printf(b, "%s%s %s %s", i ? "; " : "", v[i].s, v[i].t, v[i].e);
}

void acta_vtally_add(acta_vtally *t, const char *name, int ok) {
  if (!name || !*name) name = "(none)";
  struct acta_vcat *c = NULL;
  for (size_t i = 0; i < t->n && !c; i++)
    if (!strcmp(t->cats[i].name, name)) c = &t->cats[i];
  if (!c) {
    if (t->n == t->cap) {
      t->cap = t->cap ? t->cap * 2 : 16;
      t->cats = realloc(t->cats, t->cap * sizeof *t->cats);
      if (!t->cats) abort();
    }
    c = &t->cats[t->n++];
    memset(c, 0, sizeof *c);
    snprintf(c->name, sizeof c->name, "%s", name);
  }
  c->total++;
  t->total++;
  if (ok) { c->pass++; t->pass++; }
}

int acta_vtally_print(const acta_vtally *t, FILE *out, double min_pass) {
  fprintf(out, "\n%-16s %6s %6s %7s\n", "category", "pass", "total", "%");
  for (size_t i = 0; i < t->n; i++)
    fprintf(out, "%-16s %6zu %6zu %6.1f%%\n", t->cats[i].name, t->cats[i].pass,
            t->cats[i].total,
            100.0 * (double)t->cats[i].pass / (double)t->cats[i].total);
  double pct = t->total ? 100.0 * (double)t->pass / (double)t->total : 0.0;
  fprintf(out, "%-16s %6zu %6zu %6.1f%%\n", "all", t->pass, t->total, pct);
  if (min_pass >= 0) return (t->total && pct + 1e-9 >= min_pass) ? 0 : 1;
  return t->pass == t->total ? 0 : 1;
}

void acta_vtally_free(acta_vtally *t) {
  free(t->cats);
  memset(t, 0, sizeof *t);
}
