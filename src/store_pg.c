/* SPDX-License-Identifier: MIT */
/* store_pg.c: the event store in a PostgreSQL database (store.h's backend
 * "postgresql"), through libpq, for teams whose machines ingest into one
 * database at once.  The schema and the SQL are the SQLite backend's
 * (store_schema.c, store_sqlite.c); every transaction first takes one
 * transaction-scoped advisory lock, so that concurrent ingests replace an
 * article, and rebuild the incidents from every stored event, one at a
 * time: overlapping inputs leave no duplicate article or event, and the
 * incidents the last run writes are built from everything committed. */
#include <dlfcn.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "store.h"
#include "store_filter.h"
#include "store_sql.h"

/* libpq is loaded (dlopen) when a PostgreSQL store is first opened, not
 * linked into acta: linked, it and the twenty libraries it needs (TLS,
 * Kerberos, LDAP, SASL) were loaded and relocated by every acta process,
 * about 11 M instructions and 20 ms of each start-up, for a store that
 * most runs never open.  libpq-fe.h still declares the functions: each
 * pointer of the table is checked against its declaration at compile
 * time.  The table is filled once (pthread_once) and only read after. */
#define PQ_FUNCS(X)                                                          \
  X(PGconn *, PQconnectdb, (const char *))                                   \
  X(ConnStatusType, PQstatus, (const PGconn *))                              \
  X(char *, PQerrorMessage, (const PGconn *))                                \
  X(void, PQfinish, (PGconn *))                                              \
  X(PGresult *, PQexec, (PGconn *, const char *))                            \
  X(PGresult *, PQexecParams, (PGconn *, const char *, int, const Oid *,     \
                               const char *const *, const int *,             \
                               const int *, int))                            \
  X(ExecStatusType, PQresultStatus, (const PGresult *))                      \
  X(char *, PQresultErrorMessage, (const PGresult *))                        \
  X(int, PQntuples, (const PGresult *))                                      \
  X(char *, PQgetvalue, (const PGresult *, int, int))                        \
  X(int, PQgetisnull, (const PGresult *, int, int))                          \
  X(void, PQclear, (PGresult *))

/* The soname libpq has had since PostgreSQL 8.x. */
#define PQ_SONAME "libpq.so.5"

#define PQ_MEMBER(ret, name, args) ret(*name) args;
#define PQ_SAME_TYPE(ret, name, args)                                        \
  _Static_assert(_Generic(&name, ret(*) args: 1, default: 0),                \
                 #name " has another type in libpq-fe.h");
PQ_FUNCS(PQ_SAME_TYPE)

static struct pq_api {
  void *lib;
  char err[256]; /* why it could not be loaded ("" when it was) */
  PQ_FUNCS(PQ_MEMBER)
} pq;
static pthread_once_t pq_once = PTHREAD_ONCE_INIT;

static void pq_load(void) {
  pq.lib = dlopen(PQ_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!pq.lib) {
    const char *why = dlerror();
    snprintf(pq.err, sizeof pq.err, "cannot load libpq (%s): %s", PQ_SONAME,
             why ? why : "unknown error");
    return;
  }
#define PQ_BIND(ret, name, args)                                             \
  if (!pq.err[0] && !(*(void **)&pq.name = dlsym(pq.lib, #name)))           \
    snprintf(pq.err, sizeof pq.err, "%s has no %s", PQ_SONAME, #name);
  PQ_FUNCS(PQ_BIND)
#undef PQ_BIND
}

/* The advisory lock key every acta transaction takes ("acta" in ASCII). */
#define ACTA_PG_LOCK "SELECT pg_advisory_xact_lock(1633907809)"

typedef struct pg_store {
  store base;
  PGconn *db;
} pg_store;

static int fail(pg_store *s, const char *what, const PGresult *r) {
  const char *msg = r ? pq.PQresultErrorMessage(r) : "";
  if (!msg || !*msg) msg = pq.PQerrorMessage(s->db);
  snprintf(s->base.err, sizeof s->base.err, "%s: %s", what, msg);
  /* libpq's messages end in a newline */
  size_t n = strlen(s->base.err);
  while (n && (s->base.err[n - 1] == '\n' || s->base.err[n - 1] == ' '))
    s->base.err[--n] = '\0';
  return -1;
}

static int exec(pg_store *s, const char *sql) {
  PGresult *r = pq.PQexec(s->db, sql);
  int ok = pq.PQresultStatus(r) == PGRES_COMMAND_OK || pq.PQresultStatus(r) == PGRES_TUPLES_OK;
  int ret = ok ? 0 : fail(s, sql, r);
  pq.PQclear(r);
  return ret;
}

/* Runs sql (store_sql.h's statements: "?" placeholders, numbered here
 * "$1", "$2" ... as libpq wants them) with n text parameters (NULL: SQL
 * NULL); *out gets the result when the caller wants rows (else it is
 * cleared).  0 or -1. */
static int run(pg_store *s, const char *sql, int n, const char *const *v,
               const char *what, PGresult **out) {
  acta_buf q;
  acta_buf_init(&q);
  int k = 0;
  for (const char *c = sql; *c; c++) {
    if (*c == '?')
      acta_buf_printf(&q, "$%d", ++k);
    else
      acta_buf_put(&q, c, 1);
  }
  PGresult *r = pq.PQexecParams(s->db, acta_buf_cstr(&q), n, NULL, v, NULL, NULL, 0);
  acta_buf_free(&q);
  ExecStatusType st = pq.PQresultStatus(r);
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
    fail(s, what, r);
    pq.PQclear(r);
    return -1;
  }
  if (out)
    *out = r;
  else
    pq.PQclear(r);
  return 0;
}

/* Text parameters: numbers are printed into a pool the call owns. */
typedef struct params {
  const char *v[64];
  int n;
  char num[64][32];
} params;

static void p_text(params *p, const char *v) { p->v[p->n++] = v; }
static void p_text0(params *p, const char *v) { p->v[p->n++] = v && *v ? v : NULL; }
static void p_long(params *p, long x) {
  snprintf(p->num[p->n], sizeof p->num[0], "%ld", x);
  p->v[p->n] = p->num[p->n];
  p->n++;
}
static void p_double(params *p, double x) {
  snprintf(p->num[p->n], sizeof p->num[0], "%.17g", x);
  p->v[p->n] = p->num[p->n];
  p->n++;
}
static void p_null(params *p) { p->v[p->n++] = NULL; }

static const char *col(const PGresult *r, int row, int i) {
  return pq.PQgetisnull(r, row, i) ? NULL : pq.PQgetvalue(r, row, i);
}
static long col_long(const PGresult *r, int row, int i) {
  const char *v = col(r, row, i);
  return v ? strtol(v, NULL, 10) : 0;
}
static double col_double(const PGresult *r, int row, int i) {
  const char *v = col(r, row, i);
  return v ? strtod(v, NULL) : 0.0;
}

/* ---- the ops --------------------------------------------------------- */

static void pg_close(store *b) {
  pg_store *s = (pg_store *)b;
  pq.PQfinish(s->db);
  free(s);
}

static int pg_begin(store *b) {
  pg_store *s = (pg_store *)b;
  if (exec(s, "BEGIN")) return -1;
  return exec(s, ACTA_PG_LOCK);
}
static int pg_commit(store *b) { return exec((pg_store *)b, "COMMIT"); }
static int pg_rollback(store *b) { return exec((pg_store *)b, "ROLLBACK"); }

static int pg_article_hash(store *b, const char *id, char hash[33]) {
  pg_store *s = (pg_store *)b;
  PGresult *r;
  const char *v[1] = {id};
  if (run(s, "SELECT hash FROM articles WHERE id = ?", 1, v,
          "reading an article's hash", &r))
    return -1;
  int found = pq.PQntuples(r) > 0;
  if (found) snprintf(hash, 33, "%s", col(r, 0, 0) ? col(r, 0, 0) : "");
  pq.PQclear(r);
  return found;
}

static void p_actor(params *p, const store_actor *x) {
  if (!x->text) {
    for (int k = 0; k < 6; k++) p_null(p);
    return;
  }
  p_text0(p, x->code);
  p_text0(p, x->country);
  p_text0(p, x->role);
  p_text(p, x->text);
  p_long(p, x->start);
  p_long(p, x->end);
}

static int put_event(pg_store *s, const store_event *e) {
  params p;
  p.n = 0;
  p_text(&p, e->id);
  p_text(&p, e->article_id);
  p_long(&p, e->idx);
  p_long(&p, e->sentence);
  p_long(&p, e->sent_start);
  p_long(&p, e->sent_end);
  p_text0(&p, e->date);
  p_text0(&p, e->date_precision);
  p_actor(&p, &e->source);
  p_actor(&p, &e->target);
  p_text(&p, e->cameo);
  p_text(&p, e->root);
  p_text(&p, e->event_name);
  p_text0(&p, e->verb);
  p_long(&p, e->verb_start);
  p_long(&p, e->verb_end);
  p_long(&p, e->quad_class);
  p_double(&p, e->goldstein);
  p_text(&p, e->status);
  p_text0(&p, e->reported_by_code);
  p_text(&p, e->reported_by_text);
  p_text0(&p, e->via_code);
  p_text0(&p, e->evidence);
  if (e->has_location) {
    p_text0(&p, e->location_name);
    p_text0(&p, e->location_country);
    p_text0(&p, e->location_admin1);
    p_text0(&p, e->location_precision);
    p_double(&p, e->lat);
    p_double(&p, e->lon);
  } else {
    for (int k = 0; k < 6; k++) p_null(&p);
  }
  p_text(&p, e->sentence_text);
  p_text0(&p, e->plover_type);
  p_text0(&p, e->plover_mode);
  p_text0(&p, e->plover_context);
  p_text0(&p, e->acled_type);
  p_text0(&p, e->acled_sub_type);
  p_text0(&p, e->plover_json);
  if (run(s, STORE_SQL_INSERT_EVENT,
          p.n, p.v, "inserting an event", NULL))
    return -1;
  for (size_t k = 0; k < e->nfigures; k++) {
    const store_figure *f = &e->figures[k];
    params q;
    q.n = 0;
    p_text(&q, e->id);
    p_long(&q, f->idx);
    p_text(&q, f->kind);
    p_text(&q, f->qualifier);
    p_double(&q, f->value);
    p_double(&q, f->low);
    p_double(&q, f->high);
    p_text(&q, f->text);
    p_text(&q, f->reporter);
    p_text0(&q, f->reporter_code);
    if (run(s, STORE_SQL_INSERT_FIGURE,
            q.n, q.v, "inserting a figure", NULL))
      return -1;
  }
  return 0;
}

static int pg_put_article(store *b, const store_article *a,
                          const store_event *ev, size_t nev) {
  pg_store *s = (pg_store *)b;
  static const char *const dels[] = {
      "DELETE FROM figures WHERE event_id IN"
      " (SELECT id FROM events WHERE article_id = ?)",
      "DELETE FROM mentions WHERE article_id = ?",
      "DELETE FROM events WHERE article_id = ?",
      "DELETE FROM articles WHERE id = ?"};
  const char *id[1] = {a->id};
  for (size_t k = 0; k < sizeof dels / sizeof dels[0]; k++)
    if (run(s, dels[k], 1, id, "removing an article's old rows", NULL)) return -1;
  /* the text as a NUL-terminated copy (it may not be one) */
  char *text = malloc(a->text_len + 1);
  if (!text) abort();
  if (a->text_len) memcpy(text, a->text, a->text_len);
  text[a->text_len] = '\0';
  params p;
  p.n = 0;
  p_text(&p, a->id);
  p_text(&p, a->hash);
  p_text0(&p, a->date);
  p_text0(&p, a->publisher);
  p_text0(&p, a->url);
  p_text0(&p, a->title);
  p_text0(&p, a->origin);
  p_text(&p, text);
  p_long(&p, a->sentences);
  p_long(&p, a->nevents);
  int rc = run(s, STORE_SQL_INSERT_ARTICLE,
               p.n, p.v, "inserting an article", NULL);
  free(text);
  if (rc) return -1;
  for (size_t i = 0; i < nev; i++)
    if (put_event(s, &ev[i])) return -1;
  return 0;
}

static int pg_get_meta(store *b, const char *key, char *value, size_t len) {
  pg_store *s = (pg_store *)b;
  PGresult *r;
  const char *v[1] = {key};
  if (run(s, "SELECT value FROM meta WHERE key = ?", 1, v, "reading meta", &r))
    return -1;
  int found = pq.PQntuples(r) > 0;
  if (found) snprintf(value, len, "%s", col(r, 0, 0) ? col(r, 0, 0) : "");
  pq.PQclear(r);
  return found;
}

static int pg_set_meta(store *b, const char *key, const char *value) {
  const char *v[2] = {key, value};
  return run((pg_store *)b,
             "INSERT INTO meta (key, value) VALUES (?, ?)"
             " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
             2, v, "writing meta", NULL);
}

/* Runs head + the filter's condition + tail. */
static PGresult *query_filtered(pg_store *s, const char *head,
                                const store_filter *f, const char *tail,
                                const char *what) {
  acta_buf sql;
  acta_buf_init(&sql);
  acta_buf_puts(&sql, head);
  store_where w;
  store_where_build(&w, f, &sql, 0); /* "?": run() numbers them */
  acta_buf_puts(&sql, tail);
  PGresult *r = NULL;
  if (run(s, acta_buf_cstr(&sql), w.nparams, w.params, what, &r)) r = NULL;
  store_where_free(&w);
  acta_buf_free(&sql);
  return r;
}

static void read_actor(const PGresult *r, int row, int i, store_actor *x) {
  x->code = col(r, row, i);
  x->country = col(r, row, i + 1);
  x->role = col(r, row, i + 2);
  x->text = col(r, row, i + 3);
  x->start = col_long(r, row, i + 4);
  x->end = col_long(r, row, i + 5);
}

/* Every event matching f, in the SQLite backend's order (byte order of
 * the texts: COLLATE "C" whatever the database's locale), each with its
 * figures. */
static int pg_each_event(store *b, const store_filter *f, store_event_fn fn,
                         void *ud) {
  pg_store *s = (pg_store *)b;
  PGresult *r = query_filtered(
      s, STORE_SQL_SELECT_EVENTS, f,
      " ORDER BY e.date IS NULL, e.date COLLATE \"C\", e.article_id COLLATE \"C\", e.idx",
      "reading events");
  if (!r) return -1;
  store_figure *figs = NULL;
  size_t figcap = 0;
  int ret = 0;
  int rows = pq.PQntuples(r);
  for (int row = 0; row < rows && !ret; row++) {
    store_event e;
    memset(&e, 0, sizeof e);
    int i = 0;
    e.id = col(r, row, i++);
    e.article_id = col(r, row, i++);
    e.idx = col_long(r, row, i++);
    e.sentence = col_long(r, row, i++);
    e.sent_start = col_long(r, row, i++);
    e.sent_end = col_long(r, row, i++);
    e.date = col(r, row, i++);
    e.date_precision = col(r, row, i++);
    read_actor(r, row, i, &e.source);
    i += 6;
    read_actor(r, row, i, &e.target);
    i += 6;
    e.cameo = col(r, row, i++);
    e.root = col(r, row, i++);
    e.event_name = col(r, row, i++);
    e.verb = col(r, row, i++);
    e.verb_start = col_long(r, row, i++);
    e.verb_end = col_long(r, row, i++);
    e.quad_class = (int)col_long(r, row, i++);
    e.goldstein = col_double(r, row, i++);
    e.status = col(r, row, i++);
    e.reported_by_code = col(r, row, i++);
    e.reported_by_text = col(r, row, i++);
    e.via_code = col(r, row, i++);
    e.evidence = col(r, row, i++);
    e.has_location = !pq.PQgetisnull(r, row, i + 4);
    e.location_name = col(r, row, i++);
    e.location_country = col(r, row, i++);
    e.location_admin1 = col(r, row, i++);
    e.location_precision = col(r, row, i++);
    e.lat = col_double(r, row, i++);
    e.lon = col_double(r, row, i++);
    e.sentence_text = col(r, row, i++);
    e.plover_type = col(r, row, i++);
    e.plover_mode = col(r, row, i++);
    e.plover_context = col(r, row, i++);
    e.acled_type = col(r, row, i++);
    e.acled_sub_type = col(r, row, i++);
    e.plover_json = col(r, row, i++);
    e.article_date = col(r, row, i++);
    e.publisher = col(r, row, i++);
    e.url = col(r, row, i++);
    e.article_len = col_long(r, row, i++);
    e.incident_id = col_long(r, row, i++);
    PGresult *fr;
    const char *v[1] = {e.id};
    if (run(s, STORE_SQL_EVENT_FIGURES,
            1, v, "reading figures", &fr)) {
      ret = -1;
      break;
    }
    size_t nf = 0;
    for (int k = 0; k < pq.PQntuples(fr); k++) {
      ACTA_GROW(figs, nf, figcap);
      store_figure *g = &figs[nf++];
      g->event_id = col(fr, k, 0);
      g->idx = col_long(fr, k, 1);
      g->kind = col(fr, k, 2);
      g->qualifier = col(fr, k, 3);
      g->value = col_double(fr, k, 4);
      g->low = col_double(fr, k, 5);
      g->high = col_double(fr, k, 6);
      g->text = col(fr, k, 7);
      g->reporter = col(fr, k, 8);
      g->reporter_code = col(fr, k, 9);
    }
    e.figures = figs;
    e.nfigures = nf;
    ret = fn(ud, &e);
    pq.PQclear(fr);
  }
  free(figs);
  pq.PQclear(r);
  return ret;
}

static int pg_replace_incidents(store *b, const store_incident *inc,
                                size_t ninc, const store_mention *m, size_t nm,
                                const store_incident_figure *fig, size_t nfig) {
  pg_store *s = (pg_store *)b;
  if (exec(s, "DELETE FROM incidents") || exec(s, "DELETE FROM mentions") ||
      exec(s, "DELETE FROM incident_figures"))
    return -1;
  for (size_t k = 0; k < ninc; k++) {
    const store_incident *x = &inc[k];
    params p;
    p.n = 0;
    p_long(&p, x->id);
    p_text0(&p, x->root);
    p_text0(&p, x->cameo);
    p_text0(&p, x->event_name);
    p_long(&p, x->quad_class);
    p_double(&p, x->goldstein);
    p_text0(&p, x->source_code);
    p_text0(&p, x->source_country);
    p_text0(&p, x->source_role);
    p_text0(&p, x->target_code);
    p_text0(&p, x->target_country);
    p_text0(&p, x->target_role);
    if (x->has_location) {
      p_text0(&p, x->location_name);
      p_text0(&p, x->location_country);
      p_text0(&p, x->location_admin1);
      p_double(&p, x->lat);
      p_double(&p, x->lon);
    } else {
      for (int j = 0; j < 5; j++) p_null(&p);
    }
    p_text0(&p, x->first_date);
    p_text0(&p, x->last_date);
    p_text0(&p, x->first_report);
    p_text0(&p, x->last_report);
    p_long(&p, x->num_mentions);
    p_long(&p, x->num_sources);
    p_long(&p, x->num_articles);
    p_text0(&p, x->statuses);
    p_text0(&p, x->reporters);
    p_text0(&p, x->figures);
    p_text0(&p, x->first_event_id);
    p_text0(&p, x->source_url);
    if (run(s, STORE_SQL_INSERT_INCIDENT,
            p.n, p.v, "inserting an incident", NULL))
      return -1;
  }
  for (size_t k = 0; k < nm; k++) {
    params p;
    p.n = 0;
    p_text(&p, m[k].event_id);
    p_long(&p, m[k].incident_id);
    p_text(&p, m[k].article_id);
    if (run(s, STORE_SQL_INSERT_MENTION, p.n, p.v, "inserting a mention", NULL))
      return -1;
  }
  for (size_t k = 0; k < nfig; k++) {
    const store_incident_figure *g = &fig[k];
    params p;
    p.n = 0;
    p_long(&p, g->incident_id);
    p_text(&p, g->kind);
    p_text(&p, g->qualifier);
    p_double(&p, g->value);
    p_double(&p, g->low);
    p_double(&p, g->high);
    p_text(&p, g->reporter);
    p_text(&p, g->event_id);
    p_text(&p, g->article_id);
    p_text(&p, g->text);
    p_text(&p, g->role);
    if (run(s, STORE_SQL_INSERT_INCIDENT_FIGURE,
            p.n, p.v, "inserting an incident figure", NULL))
      return -1;
  }
  return 0;
}

static int pg_each_incident(store *b, const store_filter *f,
                            store_incident_fn fn, void *ud) {
  pg_store *s = (pg_store *)b;
  PGresult *r = query_filtered(
      s, STORE_SQL_SELECT_INCIDENTS, f, ") ORDER BY i.id",
      "reading incidents");
  if (!r) return -1;
  int ret = 0;
  for (int row = 0; row < pq.PQntuples(r) && !ret; row++) {
    store_incident x;
    memset(&x, 0, sizeof x);
    int i = 0;
    x.id = col_long(r, row, i++);
    x.root = col(r, row, i++);
    x.cameo = col(r, row, i++);
    x.event_name = col(r, row, i++);
    x.quad_class = (int)col_long(r, row, i++);
    x.goldstein = col_double(r, row, i++);
    x.source_code = col(r, row, i++);
    x.source_country = col(r, row, i++);
    x.source_role = col(r, row, i++);
    x.target_code = col(r, row, i++);
    x.target_country = col(r, row, i++);
    x.target_role = col(r, row, i++);
    x.has_location = !pq.PQgetisnull(r, row, i + 3);
    x.location_name = col(r, row, i++);
    x.location_country = col(r, row, i++);
    x.location_admin1 = col(r, row, i++);
    x.lat = col_double(r, row, i++);
    x.lon = col_double(r, row, i++);
    x.first_date = col(r, row, i++);
    x.last_date = col(r, row, i++);
    x.first_report = col(r, row, i++);
    x.last_report = col(r, row, i++);
    x.num_mentions = col_long(r, row, i++);
    x.num_sources = col_long(r, row, i++);
    x.num_articles = col_long(r, row, i++);
    x.statuses = col(r, row, i++);
    x.reporters = col(r, row, i++);
    x.figures = col(r, row, i++);
    x.first_event_id = col(r, row, i++);
    x.source_url = col(r, row, i++);
    ret = fn(ud, &x);
  }
  pq.PQclear(r);
  return ret;
}

static int pg_each_incident_figure(store *b, long id,
                                   store_incident_figure_fn fn, void *ud) {
  pg_store *s = (pg_store *)b;
  params p;
  p.n = 0;
  p_long(&p, id);
  p_long(&p, id);
  PGresult *r;
  if (run(s,
          "SELECT incident_id, kind, qualifier, value, low, high, reporter,"
          " event_id, article_id, text, role FROM incident_figures"
          " WHERE ?::bigint = 0 OR incident_id = ?::bigint"
          " ORDER BY incident_id, kind COLLATE \"C\", role COLLATE \"C\" DESC, value,"
          " reporter COLLATE \"C\", event_id COLLATE \"C\"",
          p.n, p.v, "reading incident figures", &r))
    return -1;
  int ret = 0;
  for (int row = 0; row < pq.PQntuples(r) && !ret; row++) {
    store_incident_figure g;
    g.incident_id = col_long(r, row, 0);
    g.kind = col(r, row, 1);
    g.qualifier = col(r, row, 2);
    g.value = col_double(r, row, 3);
    g.low = col_double(r, row, 4);
    g.high = col_double(r, row, 5);
    g.reporter = col(r, row, 6);
    g.event_id = col(r, row, 7);
    g.article_id = col(r, row, 8);
    g.text = col(r, row, 9);
    g.role = col(r, row, 10);
    ret = fn(ud, &g);
  }
  pq.PQclear(r);
  return ret;
}

static int pg_counts(store *b, store_counts *o) {
  pg_store *s = (pg_store *)b;
  PGresult *r;
  if (run(s,
          "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
          " (SELECT count(*) FROM figures), (SELECT count(*) FROM incidents),"
          " (SELECT count(*) FROM mentions)",
          0, NULL, "counting", &r))
    return -1;
  o->articles = col_long(r, 0, 0);
  o->events = col_long(r, 0, 1);
  o->figures = col_long(r, 0, 2);
  o->incidents = col_long(r, 0, 3);
  o->mentions = col_long(r, 0, 4);
  pq.PQclear(r);
  return 0;
}

static const store_ops pg_ops = {
  "postgresql", pg_close, pg_begin, pg_commit, pg_rollback, pg_article_hash,
  pg_put_article, pg_get_meta, pg_set_meta, pg_each_event,
  pg_replace_incidents, pg_each_incident, pg_each_incident_figure, pg_counts,
};

store *store_pg_open(const char *conninfo, char *err, size_t errlen) {
  pg_store *s = calloc(1, sizeof *s);
  if (!s) abort();
  s->base.ops = &pg_ops;
  pthread_once(&pq_once, pq_load);
  if (pq.err[0]) {
    snprintf(err, errlen, "%s: %s", conninfo, pq.err);
    free(s);
    return NULL;
  }
  s->db = pq.PQconnectdb(conninfo);
  if (!s->db || pq.PQstatus(s->db) != CONNECTION_OK) {
    snprintf(err, errlen, "cannot connect to %s: %s", conninfo,
             s->db ? pq.PQerrorMessage(s->db) : "out of memory");
    size_t n = strlen(err);
    while (n && err[n - 1] == '\n') err[--n] = '\0';
    pg_close(&s->base);
    return NULL;
  }
  /* quiet the server's notices ("relation already exists, skipping") */
  if (exec(s, "SET client_min_messages = warning")) goto bad;
  /* several machines may create the schema at once: under the lock */
  if (pg_begin(&s->base)) goto bad;
  for (int k = 0; store_schema_sql[k]; k++)
    if (exec(s, store_schema_sql[k])) goto bad;
  if (exec(s, "INSERT INTO meta (key, value) VALUES ('schema', '" STORE_SCHEMA_VERSION
              "') ON CONFLICT (key) DO NOTHING") ||
      pg_commit(&s->base))
    goto bad;
  return &s->base;
bad:
  snprintf(err, errlen, "%s: %s", conninfo, s->base.err);
  pg_close(&s->base);
  return NULL;
}
