/* SPDX-License-Identifier: MIT */
/* spec_runner.c: runs acta's behaviour specifications (tests/spec, *.txt).
 *
 *   spec_runner [--list] [--explain] [--data DIR] [FILE|DIR ...]
 *   spec_runner --demo ARTICLES.jsonl EXPECTED.txt
 *
 * Spec files (see tests/spec/README.md):
 *
 *   # heading                 starts a section
 *   date: YYYY-MM-DD          date of the following examples (default
 *                             2022-10-27)
 *   Text of the example ...   one or more text lines: one article
 *   > SRC TGT CODE [status=S] [reported_by=CODE] [via=CODE]
 *     [evidence=KIND] [disputes=CODE] [place=CC:PRECISION] [plover=TYPE]
 *     [mode=MODE] [context=C1+C2] [acled=TYPE] [acled_sub=SUB] [act=CODE]
 *                                                   must be produced
 *     (place=- : no location; place=GTM:* : somewhere in Guatemala)
 *     (reported_by=? : a speaker with no code; disputes= names the CAMEO
 *     code of the event a denial disputes; context= names contexts the
 *     event must carry among others; in acled= and acled_sub= an
 *     underscore stands for a space: acled=Violence_against_civilians;
 *     `-` is none: acled=- for an event ACLED would not record)
 *   ! SRC TGT CODE [keys]     must not be produced
 *   > none                    no event at all
 *   (blank line)              ends the example
 *
 * SRC/TGT are actor codes or `-` (no actor); any field may end with `*`
 * (prefix) or be `*` (anything).  Each `>` line needs its own event:
 * two `>` lines that match only one event fail.
 *
 * Demo mode: EXPECTED has `doc: ID` lines, each followed by
 * `> SENT SRC TGT CODE [keys]` / `! SENT SRC TGT CODE [keys]` lines (SENT a
 * 0-based sentence index or `*`), checked against the coding of the
 * articles with that id in ARTICLES.jsonl.
 *
 * Prints each failure, a summary per file and, on the last line,
 * "N passed, N failed".  Exit status: 0 all passed, 1 failures, 2 usage,
 * dictionary or I/O error.  The dictionaries come from --data, else
 * ACTA_DATA_DIR. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "acta.h"
#include "buf.h"
#include "dict.h"
#include "input.h"

#define DEFAULT_DATE "2022-10-27"

/* ------------------------------------------------------------------ */
/* Expectations                                                        */
/* ------------------------------------------------------------------ */

typedef struct expect {
  int neg;        /* "!" line */
  int none;       /* "> none" */
  char sent[16];  /* sentence index pattern ("*" = any) */
  char src[48], tgt[48], code[16];
  char status[16]; /* "" = any */
  char rep[48];    /* reported_by pattern, "" = any */
  char via[48], evid[16], disp[16]; /* "" = any */
  char date[16];   /* event date, "" = any */
  char fig[64];    /* "kind:qualifier:value" the event must carry */
  char place[32];  /* "COUNTRY:precision" of its location, "-" none */
  char plover[16], mode[24]; /* PLOVER type and mode, "" = any */
  char ctx[160];   /* "c1+c2": contexts the event must carry */
  char acled[48], acled_sub[48]; /* ACLED type, sub-type ('_' = ' ') */
  char act[16];    /* intended_act of an announced act, "-" none, "" any */
  char raw[256];   /* the line as written, for messages */
  long line;
  char bad[128];   /* non-empty: malformed line, why */
} expect;

typedef struct expects {
  expect *v;
  size_t n, cap;
} expects;

static expect *expects_add(expects *x) {
  if (x->n == x->cap) {
    x->cap = x->cap ? x->cap * 2 : 8;
    x->v = realloc(x->v, x->cap * sizeof *x->v);
    if (!x->v) abort();
  }
  expect *e = &x->v[x->n++];
  memset(e, 0, sizeof *e);
  return e;
}

static const char *const status_names[] = {"asserted", "alleged", "hedged",
                                           "denied",   "negated", "intended"};

static int valid_status(const char *s) {
  if (strcmp(s, "*") == 0) return 1;
  for (size_t i = 0; i < sizeof status_names / sizeof *status_names; i++)
    if (strcmp(s, status_names[i]) == 0) return 1;
  return 0;
}

static void copy_field(char *dst, size_t cap, const char *src, expect *e) {
  if (strlen(src) >= cap && !e->bad[0])
    snprintf(e->bad, sizeof e->bad, "field too long: %.40s", src);
  snprintf(dst, cap, "%s", src);
}

/* Parses the part of an expectation line after '>' / '!'.  with_sent:
 * demo mode, the first field is the sentence index. */
static void parse_expect(expect *e, const char *body, int with_sent) {
  char tmp[1024];
  snprintf(tmp, sizeof tmp, "%s", body);
  char *tok[16];
  int nt = 0;
  for (char *s = strtok(tmp, " \t"); s && nt < 16; s = strtok(NULL, " \t"))
    tok[nt++] = s;
  int i = 0;
  snprintf(e->sent, sizeof e->sent, "*");
  if (with_sent && nt >= 1 && strcmp(tok[0], "none") != 0) {
    copy_field(e->sent, sizeof e->sent, tok[0], e);
    i = 1;
  }
  if (nt - i == 1 && strcmp(tok[i], "none") == 0) {
    if (e->neg) snprintf(e->bad, sizeof e->bad, "\"! none\" means nothing");
    e->none = 1;
    return;
  }
  if (nt - i < 3) {
    snprintf(e->bad, sizeof e->bad,
             with_sent ? "expected: SENTENCE SOURCE TARGET CODE [key=value...]"
                       : "expected: SOURCE TARGET CODE [key=value...]");
    return;
  }
  copy_field(e->src, sizeof e->src, tok[i], e);
  copy_field(e->tgt, sizeof e->tgt, tok[i + 1], e);
  copy_field(e->code, sizeof e->code, tok[i + 2], e);
  for (int k = i + 3; k < nt; k++) {
    char *eq = strchr(tok[k], '=');
    if (!eq) {
      snprintf(e->bad, sizeof e->bad, "not key=value: %.60s", tok[k]);
      return;
    }
    *eq = '\0';
    const char *key = tok[k], *val = eq + 1;
    if (strcmp(key, "status") == 0) {
      if (!valid_status(val)) {
        snprintf(e->bad, sizeof e->bad, "unknown status: %.40s", val);
        return;
      }
      copy_field(e->status, sizeof e->status, val, e);
    } else if (strcmp(key, "reported_by") == 0) {
      copy_field(e->rep, sizeof e->rep, val, e);
    } else if (strcmp(key, "via") == 0) {
      copy_field(e->via, sizeof e->via, val, e);
    } else if (strcmp(key, "evidence") == 0) {
      copy_field(e->evid, sizeof e->evid, val, e);
    } else if (strcmp(key, "disputes") == 0) {
      copy_field(e->disp, sizeof e->disp, val, e);
    } else if (strcmp(key, "date") == 0) {
      copy_field(e->date, sizeof e->date, val, e);
    } else if (strcmp(key, "fig") == 0) {
      copy_field(e->fig, sizeof e->fig, val, e);
    } else if (strcmp(key, "place") == 0) {
      copy_field(e->place, sizeof e->place, val, e);
    } else if (strcmp(key, "act") == 0) {
      copy_field(e->act, sizeof e->act, val, e);
    } else if (strcmp(key, "sentence") == 0) {
      copy_field(e->sent, sizeof e->sent, val, e);
    } else if (strcmp(key, "plover") == 0) {
      copy_field(e->plover, sizeof e->plover, val, e);
    } else if (strcmp(key, "mode") == 0) {
      copy_field(e->mode, sizeof e->mode, val, e);
    } else if (strcmp(key, "context") == 0) {
      copy_field(e->ctx, sizeof e->ctx, val, e);
    } else if (strcmp(key, "acled") == 0 || strcmp(key, "acled_sub") == 0) {
      char *dst = key[5] ? e->acled_sub : e->acled;
      copy_field(dst, sizeof e->acled, val, e);
      for (char *u = dst; *u; u++)
        if (*u == '_') *u = ' ';
    } else {
      snprintf(e->bad, sizeof e->bad, "unknown key %.20s (see tests/spec/README.md)", key);
      return;
    }
  }
}

/* `*` anything; `X*` prefix X; else exact.  Absent values are "-". */
static int field_match(const char *pat, const char *val) {
  if (!pat[0] || strcmp(pat, "*") == 0) return 1;
  size_t n = strlen(pat);
  if (pat[n - 1] == '*')
    return strcmp(val, "-") != 0 && strncmp(pat, val, n - 1) == 0;
  return strcmp(pat, val) == 0;
}

/* fig=KIND:QUALIFIER:VALUE holds when the event carries that figure. */
static int fig_match(const char *want, const char *figs) {
  if (!want[0]) return 1;
  size_t n = strlen(want);
  for (const char *p = strstr(figs, want); p; p = strstr(p + 1, want))
    if (p > figs && p[-1] == ' ' && (p[n] == ' ' || p[n] == '\0')) return 1;
  return 0;
}

/* context=c1+c2 holds when the event carries each of them; "-" when it
 * carries none. */
static int ctx_match(const char *want, const char *ctxs) {
  if (!want[0] || !strcmp(want, "*")) return 1;
  if (!strcmp(want, "-")) return ctxs[0] == '\0';
  char w[160];
  snprintf(w, sizeof w, "%s", want);
  for (char *c = strtok(w, "+"); c; c = strtok(NULL, "+")) {
    char pat[64];
    snprintf(pat, sizeof pat, " %s ", c);
    char have[600];
    snprintf(have, sizeof have, " %s ", ctxs);
    if (!strstr(have, pat)) return 0;
  }
  return 1;
}

/* An event as the fields expectations compare. */
typedef struct ev_view {
  char sent[16];
  char src[48], tgt[48], code[16], status[16], rep[48];
  char via[48], evid[16], disp[16];
  char date[16];
  char figs[256];  /* " kind:qualifier:value" for each figure */
  char place[32];  /* "SYR:country", "GTM:admin1"; "-": no location */
  char plover[16], mode[24], ctx[512], acled[48], acled_sub[48];
  char act[16];
} ev_view;

static void actor_code(char *dst, size_t cap, const acta_actor *a) {
  snprintf(dst, cap, "%s", !a->present ? "-" : a->code[0] ? a->code : "?");
}

static void view_event(ev_view *v, const acta_event *e, const acta_event *all) {
  actor_code(v->via, sizeof v->via, &e->via);
  const char *ek = acta_evidence_name(e->evidence);
  snprintf(v->evid, sizeof v->evid, "%s", ek ? ek : "-");
  snprintf(v->disp, sizeof v->disp, "%s",
           e->disputes >= 0 ? all[e->disputes].cameo : "-");
  snprintf(v->date, sizeof v->date, "%s", e->date[0] ? e->date : "-");
  if (e->has_location)
    snprintf(v->place, sizeof v->place, "%s:%s", e->location.country,
             e->location.precision);
  else
    snprintf(v->place, sizeof v->place, "-");
  v->figs[0] = '\0';
  for (size_t k = 0; k < e->nfigures; k++) {
    size_t l = strlen(v->figs);
    snprintf(v->figs + l, sizeof v->figs - l, " %s:%s:%.15g", e->figures[k].kind,
             e->figures[k].qualifier, e->figures[k].value);
  }
  snprintf(v->plover, sizeof v->plover, "%s", e->plover_type ? e->plover_type : "-");
  snprintf(v->mode, sizeof v->mode, "%s", e->plover_mode ? e->plover_mode : "-");
  v->ctx[0] = '\0';
  for (int i = 0; i < ACTA_PLOVER_NCONTEXTS; i++)
    if (e->plover_contexts >> i & 1) {
      size_t l = strlen(v->ctx);
      snprintf(v->ctx + l, sizeof v->ctx - l, "%s%s", l ? " " : "",
               acta_plover_context_name(i));
    }
  snprintf(v->acled, sizeof v->acled, "%s", e->acled_type ? e->acled_type : "-");
  snprintf(v->acled_sub, sizeof v->acled_sub, "%s",
           e->acled_sub_type ? e->acled_sub_type : "-");
  snprintf(v->sent, sizeof v->sent, "%d", e->sentence);
  actor_code(v->src, sizeof v->src, &e->source);
  actor_code(v->tgt, sizeof v->tgt, &e->target);
  snprintf(v->code, sizeof v->code, "%s", e->cameo);
  snprintf(v->act, sizeof v->act, "%s", e->intended_act[0] ? e->intended_act : "-");
  snprintf(v->status, sizeof v->status, "%s", acta_status_name(e->status));
  actor_code(v->rep, sizeof v->rep, &e->reported_by);
}

static int expect_match(const expect *x, const ev_view *v) {
  return field_match(x->sent, v->sent) && field_match(x->src, v->src) &&
         field_match(x->tgt, v->tgt) && field_match(x->code, v->code) &&
         field_match(x->status, v->status) && field_match(x->rep, v->rep) &&
         field_match(x->via, v->via) && field_match(x->evid, v->evid) &&
         field_match(x->disp, v->disp) && field_match(x->date, v->date) &&
         field_match(x->place, v->place) && fig_match(x->fig, v->figs) &&
         field_match(x->plover, v->plover) && field_match(x->mode, v->mode) &&
         ctx_match(x->ctx, v->ctx) && field_match(x->acled, v->acled) &&
         field_match(x->acled_sub, v->acled_sub) && field_match(x->act, v->act);
}

/* Bipartite matching of the positive expectations to distinct events. */
static int augment(size_t p, const expect *const *pos, const ev_view *ev,
                   size_t nev, long *owner, char *seen) {
  for (size_t j = 0; j < nev; j++) {
    if (seen[j] || !expect_match(pos[p], &ev[j])) continue;
    seen[j] = 1;
    if (owner[j] < 0 || augment((size_t)owner[j], pos, ev, nev, owner, seen)) {
      owner[j] = (long)p;
      return 1;
    }
  }
  return 0;
}

enum { X_OK = 0, X_MISSING, X_TAKEN, X_UNWANTED, X_BAD };

/* Checks the expectations against the events; fills verdict[] per
 * expectation.  Returns 1 if all hold. */
static int check(const expects *xs, const ev_view *ev, size_t nev,
                 int *verdict) {
  int ok = 1;
  size_t npos = 0;
  const expect **pos = malloc((xs->n + 1) * sizeof *pos);
  size_t *pos_idx = malloc((xs->n + 1) * sizeof *pos_idx);
  long *owner = malloc((nev + 1) * sizeof *owner);
  char *seen = malloc(nev + 1);
  if (!pos || !pos_idx || !owner || !seen) abort();
  for (size_t j = 0; j < nev; j++) owner[j] = -1;
  for (size_t i = 0; i < xs->n; i++) {
    const expect *x = &xs->v[i];
    verdict[i] = X_OK;
    if (x->bad[0]) {
      verdict[i] = X_BAD;
      ok = 0;
    } else if (x->none) {
      if (nev) verdict[i] = X_UNWANTED, ok = 0;
    } else if (x->neg) {
      for (size_t j = 0; j < nev; j++)
        if (expect_match(x, &ev[j])) {
          verdict[i] = X_UNWANTED;
          ok = 0;
          break;
        }
    } else {
      pos_idx[npos] = i;
      pos[npos++] = x;
    }
  }
  for (size_t p = 0; p < npos; p++) {
    memset(seen, 0, nev + 1);
    if (!augment(p, pos, ev, nev, owner, seen)) {
      /* X_TAKEN: it matches an event, but one another > line needs. */
      verdict[pos_idx[p]] = X_MISSING;
      for (size_t j = 0; j < nev; j++)
        if (expect_match(pos[p], &ev[j])) verdict[pos_idx[p]] = X_TAKEN;
      ok = 0;
    }
  }
  free(pos);
  free(pos_idx);
  free(owner);
  free(seen);
  return ok;
}

/* ------------------------------------------------------------------ */
/* Output helpers                                                      */
/* ------------------------------------------------------------------ */

/* Its categories, for --list and failures: plover=... mode=... ("-"
 * none), the contexts joined by "+", acled= with '_' for spaces. */
static void print_categories(FILE *f, const ev_view *v) {
  fprintf(f, " plover=%s mode=%s context=", v->plover, v->mode);
  if (!v->ctx[0]) fputc('-', f);
  for (const char *c = v->ctx; *c; c++) fputc(*c == ' ' ? '+' : *c, f);
  fputs(" acled=", f);
  for (const char *c = v->acled; *c; c++) fputc(*c == ' ' ? '_' : *c, f);
  fputs(" acled_sub=", f);
  for (const char *c = v->acled_sub; *c; c++) fputc(*c == ' ' ? '_' : *c, f);
}

static void print_event(FILE *f, const ev_view *v, int with_sent) {
  if (with_sent) fprintf(f, "%s ", v->sent);
  fprintf(f, "%s %s %s %s %s", v->src, v->tgt, v->code, v->status, v->rep);
}

/* The event as a pasteable expectation line. */
static void print_expect_line(FILE *f, const ev_view *v, int with_sent) {
  fputs("> ", f);
  if (with_sent) fprintf(f, "%s ", v->sent);
  fprintf(f, "%s %s %s", v->src, v->tgt, v->code);
  if (strcmp(v->status, "asserted") != 0) fprintf(f, " status=%s", v->status);
  if (strcmp(v->rep, "-") != 0) fprintf(f, " reported_by=%s", v->rep);
  if (strcmp(v->via, "-") != 0) fprintf(f, " via=%s", v->via);
  if (strcmp(v->evid, "-") != 0) fprintf(f, " evidence=%s", v->evid);
  if (strcmp(v->disp, "-") != 0) fprintf(f, " disputes=%s", v->disp);
  if (strcmp(v->place, "-") != 0) fprintf(f, " place=%s", v->place);
}


static const char *verdict_name(int v) {
  switch (v) {
    case X_MISSING: return "MISSING ";
    case X_TAKEN: return "MISSING ";
    case X_UNWANTED: return "UNWANTED";
    case X_BAD: return "BAD LINE";
    default: return "ok      ";
  }
}

static void print_expects(const expects *xs, const int *verdict) {
  for (size_t i = 0; i < xs->n; i++) {
    const expect *x = &xs->v[i];
    printf("    %s %s", verdict_name(verdict[i]), x->raw);
    if (x->bad[0]) printf("   (%s)", x->bad);
    if (verdict[i] == X_TAKEN)
      printf("   (each > line needs its own event: the event it matches is "
             "taken by another > line)");
    putchar('\n');
  }
}

static void print_events(const ev_view *ev, size_t nev, int with_sent) {
  if (!nev) {
    printf("    (no events)\n");
    return;
  }
  for (size_t j = 0; j < nev; j++) {
    printf("    ");
    print_event(stdout, &ev[j], with_sent);
    print_categories(stdout, &ev[j]);
    putchar('\n');
  }
}

static ev_view *views_of(acta_coder *c, size_t *n) {
  const acta_event *e = acta_events(c, n);
  ev_view *v = calloc(*n + 1, sizeof *v);
  if (!v) abort();
  for (size_t i = 0; i < *n; i++) view_event(&v[i], &e[i], e);
  return v;
}

/* ------------------------------------------------------------------ */
/* Spec mode                                                           */
/* ------------------------------------------------------------------ */

typedef struct run {
  acta_coder *coder;
  int list, explain;
  long passed, failed;         /* overall */
  long file_passed, file_failed;
} run;

typedef struct example {
  const char *file;
  long line;
  char section[256];
  char date[11];
  acta_buf text;
  expects xs;
  char bad[128]; /* malformed example */
} example;

static void run_example(run *r, example *ex) {
  int pass;
  char id[1100];
  snprintf(id, sizeof id, "%s:%ld", ex->file, ex->line);
  acta_article a;
  memset(&a, 0, sizeof a);
  a.id = id;
  a.date = ex->date[0] ? ex->date : NULL;
  a.text = acta_buf_cstr(&ex->text);
  a.text_len = ex->text.len;
  int *verdict = calloc(ex->xs.n + 1, sizeof *verdict);
  if (!verdict) abort();
  size_t nev = 0;
  ev_view *ev = NULL;
  const char *cerr = NULL;
  if (acta_code_article(r->coder, &a) != 0) {
    cerr = acta_coder_error(r->coder);
    pass = 0;
  } else {
    ev = views_of(r->coder, &nev);
    pass = check(&ex->xs, ev, nev, verdict) && !ex->bad[0];
  }
  if (pass) r->file_passed++;
  else r->file_failed++;

  if (r->list) {
    printf("%s: %s\n  %s\n", id, pass ? "ok" : "FAIL", a.text);
    if (cerr) printf("  coding failed: %s\n", cerr);
    if (!nev && !cerr) printf("  > none\n");
    for (size_t j = 0; j < nev; j++) {
      printf("  ");
      print_expect_line(stdout, &ev[j], 0);
      print_categories(stdout, &ev[j]);
      putchar('\n');
    }
  } else if (!pass) {
    printf("FAIL %s", id);
    if (ex->section[0]) printf("  [%s]", ex->section);
    printf("\n  text: %s\n  date: %s\n", a.text, ex->date);
    if (ex->bad[0]) printf("  malformed example: %s\n", ex->bad);
    if (cerr) printf("  coding failed: %s\n", cerr && *cerr ? cerr : "?");
    printf("  expected:\n");
    print_expects(&ex->xs, verdict);
    printf("  produced (source target code status reported_by):\n");
    print_events(ev, nev, 0);
  }
  if (!pass && r->explain) {
    size_t n = 0;
    const char *t =
        acta_explain(r->coder, a.text, a.text_len, ex->date, &n);
    if (t && n) {
      printf("  explain:\n");
      fwrite(t, 1, n, stdout);
      if (t[n - 1] != '\n') putchar('\n');
    }
  }
  if (!pass || r->list) putchar('\n');
  free(ev);
  free(verdict);
}

static void flush_example(run *r, example *ex) {
  if (ex->text.len || ex->xs.n) {
    if (!ex->text.len)
      snprintf(ex->bad, sizeof ex->bad, "expectation lines without text");
    else if (!ex->xs.n)
      snprintf(ex->bad, sizeof ex->bad,
               "no expectation lines (> or !) after the text");
    run_example(r, ex);
  }
  acta_buf_clear(&ex->text);
  ex->xs.n = 0;
  ex->bad[0] = '\0';
  ex->line = 0;
}

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    s[--n] = '\0';
  return s;
}

/* Runs one spec file.  Returns -1 if it cannot be read. */
static int run_file(run *r, const char *path) {
  acta_line_reader lr;
  char err[1024];
  if (acta_line_reader_open(&lr, path, err, sizeof err) != 0) {
    fprintf(stderr, "spec_runner: %s\n", err);
    return -1;
  }
  example ex;
  memset(&ex, 0, sizeof ex);
  ex.file = path;
  acta_buf_init(&ex.text);
  snprintf(ex.date, sizeof ex.date, "%s", DEFAULT_DATE);
  r->file_passed = r->file_failed = 0;

  const char *cline;
  size_t clen;
  acta_buf lbuf;
  acta_buf_init(&lbuf);
  int got;
  while ((got = acta_line_reader_next(&lr, &cline, &clen)) == 1) {
    acta_buf_clear(&lbuf);
    acta_buf_put(&lbuf, cline, clen);
    char *line = trim((char *)acta_buf_cstr(&lbuf));
    long lineno = lr.lineno;
    if (!*line) {
      flush_example(r, &ex);
    } else if (line[0] == '#') {
      flush_example(r, &ex);
      char *h = line;
      while (*h == '#') h++;
      snprintf(ex.section, sizeof ex.section, "%s", trim(h));
    } else if (strncmp(line, "date:", 5) == 0) {
      flush_example(r, &ex);
      char *d = trim(line + 5);
      if (strcmp(d, "none") == 0) {
        ex.date[0] = '\0'; /* undated articles */
      } else if (!acta_valid_date(d, strlen(d))) {
        printf("FAIL %s:%ld\n  bad date line: %s\n\n", path, lineno, line);
        r->file_failed++;
      } else {
        snprintf(ex.date, sizeof ex.date, "%s", d);
      }
    } else if (line[0] == '>' || line[0] == '!') {
      if (!ex.line) ex.line = lineno;
      expect *x = expects_add(&ex.xs);
      x->neg = line[0] == '!';
      x->line = lineno;
      snprintf(x->raw, sizeof x->raw, "%s", line);
      parse_expect(x, line + 1, 0);
    } else {
      if (ex.xs.n) flush_example(r, &ex); /* text after expectations */
      if (!ex.line) ex.line = lineno;
      if (ex.text.len) acta_buf_putc(&ex.text, ' ');
      acta_buf_puts(&ex.text, line);
    }
  }
  flush_example(r, &ex);
  if (got < 0) {
    fprintf(stderr, "spec_runner: cannot read %s: %s\n", path,
            strerror(errno));
  }
  acta_line_reader_close(&lr);
  acta_buf_free(&lbuf);
  acta_buf_free(&ex.text);
  free(ex.xs.v);
  printf("%s: %ld passed, %ld failed\n", path, r->file_passed,
         r->file_failed);
  r->passed += r->file_passed;
  r->failed += r->file_failed;
  return got < 0 ? -1 : 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The *.txt files of a directory (README* excluded), sorted. */
static char **dir_files(const char *dir, size_t *n) {
  *n = 0;
  DIR *d = opendir(dir);
  if (!d) return NULL;
  size_t cap = 16;
  char **v = malloc(cap * sizeof *v);
  if (!v) abort();
  struct dirent *de;
  while ((de = readdir(d))) {
    const char *nm = de->d_name;
    size_t l = strlen(nm);
    if (nm[0] == '.' || l < 5 || strcmp(nm + l - 4, ".txt") != 0 ||
        strncmp(nm, "README", 6) == 0)
      continue;
    if (*n == cap) {
      cap *= 2;
      v = realloc(v, cap * sizeof *v);
      if (!v) abort();
    }
    size_t pl = strlen(dir) + l + 2;
    v[*n] = malloc(pl);
    if (!v[*n]) abort();
    snprintf(v[*n], pl, "%s/%s", dir, nm);
    (*n)++;
  }
  closedir(d);
  qsort(v, *n, sizeof *v, cmp_str);
  return v;
}

static int is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ------------------------------------------------------------------ */
/* Demo mode                                                           */
/* ------------------------------------------------------------------ */

/* "@ SENT LAT LON": every event of sentence SENT has a location within
 * 25 km of (LAT, LON). */
typedef struct place_expect { int sent; double lat, lon; long line; } place_expect;

typedef struct doc {
  char *id;
  long line;
  expects xs;
  int seen;
  place_expect *places;
  size_t nplaces, capplaces;
} doc;

/* Great-circle distance in km. */
static double km_between(double lat1, double lon1, double lat2, double lon2) {
  const double r = 6371.0, rad = 3.14159265358979323846 / 180.0;
  double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
  double a = sin(dlat / 2) * sin(dlat / 2) +
             cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
  return 2 * r * atan2(sqrt(a), sqrt(1 - a));
}

static int run_demo(run *r, const char *articles, const char *expected) {
  /* Read the expectations. */
  acta_line_reader lr;
  char err[1024];
  if (acta_line_reader_open(&lr, expected, err, sizeof err) != 0) {
    fprintf(stderr, "spec_runner: %s\n", err);
    return 2;
  }
  doc *docs = NULL;
  size_t ndocs = 0, capdocs = 0;
  long bad_lines = 0, located_total = 0, located_ok = 0;
  const char *cline;
  size_t clen;
  acta_buf lbuf;
  acta_buf_init(&lbuf);
  while (acta_line_reader_next(&lr, &cline, &clen) == 1) {
    acta_buf_clear(&lbuf);
    acta_buf_put(&lbuf, cline, clen);
    char *line = trim((char *)acta_buf_cstr(&lbuf));
    if (!*line || line[0] == '#') continue;
    if (strncmp(line, "doc:", 4) == 0) {
      if (ndocs == capdocs) {
        capdocs = capdocs ? capdocs * 2 : 16;
        docs = realloc(docs, capdocs * sizeof *docs);
        if (!docs) abort();
      }
      doc *d = &docs[ndocs++];
      memset(d, 0, sizeof *d);
      d->id = strdup(trim(line + 4));
      d->line = lr.lineno;
      continue;
    }
    if (line[0] == '@' && ndocs) {
      doc *d = &docs[ndocs - 1];
      place_expect pe;
      pe.line = lr.lineno;
      if (sscanf(line + 1, "%d %lf %lf", &pe.sent, &pe.lat, &pe.lon) != 3) {
        printf("%s:%ld: expected @ SENTENCE LAT LON: %s\n", expected, lr.lineno, line);
        bad_lines++;
        continue;
      }
      if (d->nplaces == d->capplaces) {
        d->capplaces = d->capplaces ? d->capplaces * 2 : 8;
        d->places = realloc(d->places, d->capplaces * sizeof *d->places);
        if (!d->places) abort();
      }
      d->places[d->nplaces++] = pe;
      continue;
    }
    if ((line[0] == '>' || line[0] == '!') && ndocs) {
      expect *x = expects_add(&docs[ndocs - 1].xs);
      x->neg = line[0] == '!';
      x->line = lr.lineno;
      snprintf(x->raw, sizeof x->raw, "%s", line);
      parse_expect(x, line + 1, 1);
      continue;
    }
    printf("%s:%ld: not a doc:, > or ! line: %s\n", expected, lr.lineno,
           line);
    bad_lines++;
  }
  acta_line_reader_close(&lr);

  /* Code the articles. */
  int open_failed =
      acta_line_reader_open(&lr, articles, err, sizeof err) != 0;
  if (open_failed) fprintf(stderr, "spec_runner: %s\n", err);
  long parse_errors = 0;
  while (!open_failed && acta_line_reader_next(&lr, &cline, &clen) == 1) {
    size_t k = 0;
    while (k < clen && (cline[k] == ' ' || cline[k] == '\t')) k++;
    if (k == clen) continue;
    acta_article a;
    char *owned = NULL;
    if (acta_parse_jsonl_line(cline, clen, &a, &owned, err, sizeof err)) {
      /* A failure only for a document EXPECTED lists (a demo may hold bad
       * records on purpose, to show error records). */
      int listed = 0;
      for (size_t i = 0; a.id && i < ndocs; i++)
        if (strcmp(docs[i].id, a.id) == 0) listed = 1, docs[i].seen = 1;
      printf("%s %s:%ld: %s\n%s", listed ? "FAIL" : "note:", articles,
             lr.lineno, err, listed ? "\n" : "");
      parse_errors += listed;
      free(owned);
      continue;
    }
    doc *d = NULL;
    for (size_t i = 0; i < ndocs; i++)
      if (strcmp(docs[i].id, a.id) == 0) d = &docs[i];
    if (!d) {
      free(owned);
      continue;
    }
    d->seen = 1;
    int *verdict = calloc(d->xs.n + 1, sizeof *verdict);
    if (!verdict) abort();
    size_t nev = 0;
    ev_view *ev = NULL;
    int pass;
    const char *cerr = NULL;
    if (acta_code_article(r->coder, &a) != 0) {
      cerr = acta_coder_error(r->coder);
      pass = 0;
    } else {
      ev = views_of(r->coder, &nev);
      pass = check(&d->xs, ev, nev, verdict);
    }
    /* locations */
    if (!cerr) {
      size_t nev2;
      const acta_event *evs = acta_events(r->coder, &nev2);
      for (size_t p = 0; p < d->nplaces; p++) {
        const place_expect *pe = &d->places[p];
        for (size_t k = 0; k < nev2; k++) {
          if (evs[k].sentence != pe->sent) continue;
          located_total++;
          double km = evs[k].has_location
                          ? km_between(pe->lat, pe->lon, evs[k].location.lat,
                                       evs[k].location.lon)
                          : -1.0;
          if (km >= 0 && km <= 25.0) {
            located_ok++;
          } else {
            pass = 0;
            printf("  %s:%ld: sentence %d event %s: %s\n", expected, pe->line,
                   pe->sent, evs[k].cameo,
                   km < 0 ? "no location" : "more than 25 km from the expected place");
            if (km >= 0) printf("    got %s (%.4f, %.4f), %.0f km away\n",
                                evs[k].location.name, evs[k].location.lat,
                                evs[k].location.lon, km);
          }
        }
      }
    }
    if (pass) r->passed++;
    else r->failed++;
    if (!pass || r->list) {
      printf("%s doc %s (%s:%ld)\n", pass ? "ok" : "FAIL", a.id, expected,
             d->line);
      if (cerr) printf("  coding failed: %s\n", cerr);
      printf("  expected:\n");
      print_expects(&d->xs, verdict);
      printf("  produced (sentence source target code status "
             "reported_by):\n");
      print_events(ev, nev, 1);
      putchar('\n');
    }
    free(ev);
    free(verdict);
    free(owned);
  }
  if (!open_failed) acta_line_reader_close(&lr);
  acta_buf_free(&lbuf);

  for (size_t i = 0; i < ndocs; i++) {
    if (!docs[i].seen && !open_failed) {
      printf("FAIL doc %s (%s:%ld): not found in %s\n\n", docs[i].id,
             expected, docs[i].line, articles);
      r->failed++;
    }
    free(docs[i].id);
    free(docs[i].xs.v);
    free(docs[i].places);
  }
  free(docs);
  if (open_failed) return 2;
  r->failed += bad_lines + parse_errors;
  if (located_total)
    printf("events with an expected place: %ld, within 25 km of it: %ld\n",
           located_total, located_ok);
  printf("%s: %ld passed, %ld failed\n", expected, r->passed, r->failed);
  printf("%ld passed, %ld failed\n", r->passed, r->failed);
  return r->failed ? 1 : 0;
}

/* ------------------------------------------------------------------ */

static void warn_cb(void *ud, const char *message) {
  (void)ud;
  fprintf(stderr, "spec_runner: %s\n", message);
}

static void usage(FILE *f) {
  fputs("usage: spec_runner [--list] [--explain] [--data DIR] "
        "[FILE|DIR ...]\n"
        "       spec_runner [--list] --demo ARTICLES.jsonl EXPECTED.txt\n"
        "  --list     print every example with the events produced, as\n"
        "             pasteable '>' lines\n"
        "  --explain  print acta's trace for each failing example\n"
        "  --require-image  fail unless the dictionaries were mapped from a\n"
        "             dictionary image (the spec_image test)\n"
        "  --data DIR dictionaries (default: $ACTA_DATA_DIR)\n"
        "  default FILE: tests/spec (every *.txt but README*)\n",
        f);
}

int main(int argc, char **argv) {
  run r;
  memset(&r, 0, sizeof r);
  const char *data = NULL;
  int demo = 0, require_image = 0;
  const char **args = calloc((size_t)argc + 1, sizeof *args);
  if (!args) abort();
  int nargs = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--list") == 0) r.list = 1;
    else if (strcmp(argv[i], "--explain") == 0) r.explain = 1;
    else if (strcmp(argv[i], "--require-image") == 0) require_image = 1;
    else if (strcmp(argv[i], "--demo") == 0) demo = 1;
    else if (strcmp(argv[i], "--data") == 0 && i + 1 < argc) data = argv[++i];
    else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      usage(stdout);
      free(args);
      return 0;
    } else if (argv[i][0] == '-' && argv[i][1]) {
      fprintf(stderr, "spec_runner: unknown option %s\n", argv[i]);
      usage(stderr);
      free(args);
      return 2;
    } else {
      args[nargs++] = argv[i];
    }
  }
  if (demo && nargs != 2) {
    usage(stderr);
    free(args);
    return 2;
  }

  acta_dict_options opt;
  memset(&opt, 0, sizeof opt);
  opt.data_dir = data;
  opt.warn = warn_cb;
  char err[1024];
  err[0] = '\0';
  acta_dict *d = acta_dict_load(&opt, err, sizeof err);
  if (!d) {
    fprintf(stderr, "spec_runner: cannot load the dictionaries: %s\n", err);
    free(args);
    return 2;
  }
  if (require_image && !d->image) {
    fprintf(stderr, "spec_runner: the dictionaries were parsed, not mapped "
            "from an image (ACTA_CACHE=%s)\n",
            getenv("ACTA_CACHE") ? getenv("ACTA_CACHE") : "");
    acta_dict_free(d);
    free(args);
    return 2;
  }
  r.coder = acta_coder_new(d);
  if (!r.coder) {
    fprintf(stderr, "spec_runner: cannot create a coder\n");
    acta_dict_free(d);
    free(args);
    return 2;
  }

  int rc = 0;
  if (demo) {
    rc = run_demo(&r, args[0], args[1]);
  } else {
    if (!nargs) args[nargs++] = "tests/spec";
    int io_error = 0;
    for (int i = 0; i < nargs; i++) {
      if (is_dir(args[i])) {
        size_t n;
        char **files = dir_files(args[i], &n);
        if (!files) {
          fprintf(stderr, "spec_runner: cannot read %s\n", args[i]);
          io_error = 1;
          continue;
        }
        for (size_t k = 0; k < n; k++) {
          if (run_file(&r, files[k]) != 0) io_error = 1;
          free(files[k]);
        }
        free(files);
      } else if (run_file(&r, args[i]) != 0) {
        io_error = 1;
      }
    }
    printf("%ld passed, %ld failed\n", r.passed, r.failed);
    rc = io_error ? 2 : r.failed ? 1 : 0;
  }
  fflush(stdout);
  acta_coder_free(r.coder);
  acta_dict_free(d);
  free(args);
  return rc;
}
