/* SPDX-License-Identifier: MIT */
/* store_sqlite.c: the event store in an SQLite file (store.h's backend
 * "sqlite"): WAL journal, prepared statements, an article replaced with its
 * events and figures in the caller's transaction, so that a run killed at
 * any moment leaves the last committed state. */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "store.h"
#include "store_filter.h"
#include "store_sql.h"

enum {
  Q_HASH, Q_DEL_FIG, Q_DEL_MEN, Q_DEL_EV, Q_DEL_ART, Q_INS_ART, Q_INS_EV,
  Q_INS_FIG, Q_GET_META, Q_SET_META, Q_EV_FIGS, Q_COUNT
};

static const char *const sql_text[Q_COUNT] = {
  [Q_HASH] = "SELECT hash FROM articles WHERE id = ?",
  [Q_DEL_FIG] = "DELETE FROM figures WHERE event_id IN "
                "(SELECT id FROM events WHERE article_id = ?)",
  [Q_DEL_MEN] = "DELETE FROM mentions WHERE article_id = ?",
  [Q_DEL_EV] = "DELETE FROM events WHERE article_id = ?",
  [Q_DEL_ART] = "DELETE FROM articles WHERE id = ?",
  [Q_INS_ART] = STORE_SQL_INSERT_ARTICLE,
  [Q_INS_EV] = STORE_SQL_INSERT_EVENT,
  [Q_INS_FIG] = STORE_SQL_INSERT_FIGURE,
  [Q_GET_META] = "SELECT value FROM meta WHERE key = ?",
  [Q_SET_META] = "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
  [Q_EV_FIGS] = STORE_SQL_EVENT_FIGURES,
};

typedef struct sq_store {
  store base;
  sqlite3 *db;
  sqlite3_stmt *q[Q_COUNT];
} sq_store;

static int fail(sq_store *s, const char *what) {
  snprintf(s->base.err, sizeof s->base.err, "%s: %s", what,
           sqlite3_errmsg(s->db));
  return -1;
}

static int exec(sq_store *s, const char *sql) {
  char *msg = NULL;
  if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    snprintf(s->base.err, sizeof s->base.err, "%s: %s", sql,
             msg ? msg : sqlite3_errmsg(s->db));
    sqlite3_free(msg);
    return -1;
  }
  return 0;
}

static sqlite3_stmt *stmt(sq_store *s, int k) {
  sqlite3_reset(s->q[k]);
  sqlite3_clear_bindings(s->q[k]);
  return s->q[k];
}

static void bind_text(sqlite3_stmt *st, int i, const char *v) {
  if (v)
    sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null(st, i);
}

/* a text that is NULL when empty */
static void bind_text0(sqlite3_stmt *st, int i, const char *v) {
  bind_text(st, i, v && *v ? v : NULL);
}

static int step_done(sq_store *s, sqlite3_stmt *st, const char *what) {
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  return rc == SQLITE_DONE ? 0 : fail(s, what);
}

static const char *col_text(sqlite3_stmt *st, int i) {
  return (const char *)sqlite3_column_text(st, i);
}

/* ---- the ops --------------------------------------------------------- */

static void sq_close(store *base) {
  sq_store *s = (sq_store *)base;
  for (int k = 0; k < Q_COUNT; k++) sqlite3_finalize(s->q[k]);
  sqlite3_close(s->db);
  free(s);
}

static int sq_begin(store *b) { return exec((sq_store *)b, "BEGIN IMMEDIATE"); }
static int sq_commit(store *b) { return exec((sq_store *)b, "COMMIT"); }
static int sq_rollback(store *b) { return exec((sq_store *)b, "ROLLBACK"); }

static int sq_article_hash(store *b, const char *id, char hash[33]) {
  sq_store *s = (sq_store *)b;
  sqlite3_stmt *st = stmt(s, Q_HASH);
  bind_text(st, 1, id);
  int rc = sqlite3_step(st);
  int found = 0;
  if (rc == SQLITE_ROW) {
    snprintf(hash, 33, "%s", col_text(st, 0) ? col_text(st, 0) : "");
    found = 1;
  } else if (rc != SQLITE_DONE) {
    sqlite3_reset(st);
    return fail(s, "reading an article's hash");
  }
  sqlite3_reset(st);
  return found;
}

static void bind_actor(sqlite3_stmt *st, int i, const store_actor *x) {
  if (!x->text) {
    for (int k = 0; k < 6; k++) sqlite3_bind_null(st, i + k);
    return;
  }
  bind_text0(st, i, x->code);
  bind_text0(st, i + 1, x->country);
  bind_text0(st, i + 2, x->role);
  bind_text(st, i + 3, x->text);
  sqlite3_bind_int64(st, i + 4, x->start);
  sqlite3_bind_int64(st, i + 5, x->end);
}

static int put_event(sq_store *s, const store_event *e) {
  sqlite3_stmt *st = stmt(s, Q_INS_EV);
  int i = 1;
  bind_text(st, i++, e->id);
  bind_text(st, i++, e->article_id);
  sqlite3_bind_int64(st, i++, e->idx);
  sqlite3_bind_int64(st, i++, e->sentence);
  sqlite3_bind_int64(st, i++, e->sent_start);
  sqlite3_bind_int64(st, i++, e->sent_end);
  bind_text0(st, i++, e->date);
  bind_text0(st, i++, e->date_precision);
  bind_actor(st, i, &e->source);
  i += 6;
  bind_actor(st, i, &e->target);
  i += 6;
  bind_text(st, i++, e->cameo);
  bind_text(st, i++, e->root);
  bind_text(st, i++, e->event_name);
  bind_text0(st, i++, e->verb);
  sqlite3_bind_int64(st, i++, e->verb_start);
  sqlite3_bind_int64(st, i++, e->verb_end);
  sqlite3_bind_int64(st, i++, e->quad_class);
  sqlite3_bind_double(st, i++, e->goldstein);
  bind_text(st, i++, e->status);
  bind_text0(st, i++, e->reported_by_code);
  bind_text(st, i++, e->reported_by_text);
  bind_text0(st, i++, e->via_code);
  bind_text0(st, i++, e->evidence);
  if (e->has_location) {
    bind_text0(st, i++, e->location_name);
    bind_text0(st, i++, e->location_country);
    bind_text0(st, i++, e->location_admin1);
    bind_text0(st, i++, e->location_precision);
    sqlite3_bind_double(st, i++, e->lat);
    sqlite3_bind_double(st, i++, e->lon);
  } else {
    for (int k = 0; k < 6; k++) sqlite3_bind_null(st, i++);
  }
  bind_text(st, i++, e->sentence_text);
  bind_text0(st, i++, e->plover_type);
  bind_text0(st, i++, e->plover_mode);
  bind_text0(st, i++, e->plover_context);
  bind_text0(st, i++, e->acled_type);
  bind_text0(st, i++, e->acled_sub_type);
  bind_text0(st, i++, e->plover_json);
  if (step_done(s, st, "inserting an event") != 0) return -1;
  for (size_t k = 0; k < e->nfigures; k++) {
    const store_figure *f = &e->figures[k];
    st = stmt(s, Q_INS_FIG);
    bind_text(st, 1, e->id);
    sqlite3_bind_int64(st, 2, f->idx);
    bind_text(st, 3, f->kind);
    bind_text(st, 4, f->qualifier);
    sqlite3_bind_double(st, 5, f->value);
    sqlite3_bind_double(st, 6, f->low);
    sqlite3_bind_double(st, 7, f->high);
    bind_text(st, 8, f->text);
    bind_text(st, 9, f->reporter);
    bind_text0(st, 10, f->reporter_code);
    if (step_done(s, st, "inserting a figure") != 0) return -1;
  }
  return 0;
}

static int sq_put_article(store *b, const store_article *a,
                          const store_event *ev, size_t nev) {
  sq_store *s = (sq_store *)b;
  static const int dels[] = {Q_DEL_FIG, Q_DEL_MEN, Q_DEL_EV, Q_DEL_ART};
  for (size_t k = 0; k < sizeof dels / sizeof dels[0]; k++) {
    sqlite3_stmt *st = stmt(s, dels[k]);
    bind_text(st, 1, a->id);
    if (step_done(s, st, "removing an article's old rows") != 0) return -1;
  }
  sqlite3_stmt *st = stmt(s, Q_INS_ART);
  bind_text(st, 1, a->id);
  bind_text(st, 2, a->hash);
  bind_text0(st, 3, a->date);
  bind_text0(st, 4, a->publisher);
  bind_text0(st, 5, a->url);
  bind_text0(st, 6, a->title);
  bind_text0(st, 7, a->origin);
  sqlite3_bind_text(st, 8, a->text ? a->text : "", (int)a->text_len, SQLITE_STATIC);
  sqlite3_bind_int64(st, 9, a->sentences);
  sqlite3_bind_int64(st, 10, a->nevents);
  if (step_done(s, st, "inserting an article") != 0) return -1;
  for (size_t i = 0; i < nev; i++)
    if (put_event(s, &ev[i]) != 0) return -1;
  return 0;
}

static int sq_get_meta(store *b, const char *key, char *value, size_t len) {
  sq_store *s = (sq_store *)b;
  sqlite3_stmt *st = stmt(s, Q_GET_META);
  bind_text(st, 1, key);
  int rc = sqlite3_step(st), found = 0;
  if (rc == SQLITE_ROW) {
    const char *v = col_text(st, 0);
    snprintf(value, len, "%s", v ? v : "");
    found = 1;
  } else if (rc != SQLITE_DONE) {
    sqlite3_reset(st);
    return fail(s, "reading meta");
  }
  sqlite3_reset(st);
  return found;
}

static int sq_set_meta(store *b, const char *key, const char *value) {
  sq_store *s = (sq_store *)b;
  sqlite3_stmt *st = stmt(s, Q_SET_META);
  bind_text(st, 1, key);
  bind_text(st, 2, value);
  return step_done(s, st, "writing meta");
}

/* Prepares sql + the filter's condition + tail, binding its parameters. */
static sqlite3_stmt *prepare_filtered(sq_store *s, const char *head,
                                      const store_filter *f, const char *tail) {
  acta_buf sql;
  acta_buf_init(&sql);
  acta_buf_puts(&sql, head);
  store_where w;
  store_where_build(&w, f, &sql, 0);
  acta_buf_puts(&sql, tail);
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db, acta_buf_cstr(&sql), -1, &st, NULL) != SQLITE_OK) {
    fail(s, "preparing a query");
    st = NULL;
  } else {
    for (int i = 0; i < w.nparams; i++)
      sqlite3_bind_text(st, i + 1, w.params[i], -1, SQLITE_TRANSIENT);
  }
  store_where_free(&w);
  acta_buf_free(&sql);
  return st;
}

static long col_long(sqlite3_stmt *st, int i) {
  return (long)sqlite3_column_int64(st, i);
}

static void read_actor(sqlite3_stmt *st, int i, store_actor *x) {
  x->code = col_text(st, i);
  x->country = col_text(st, i + 1);
  x->role = col_text(st, i + 2);
  x->text = col_text(st, i + 3);
  x->start = col_long(st, i + 4);
  x->end = col_long(st, i + 5);
}

static int sq_each_event(store *b, const store_filter *f, store_event_fn fn,
                         void *ud) {
  sq_store *s = (sq_store *)b;
  sqlite3_stmt *st = prepare_filtered(
      s, STORE_SQL_SELECT_EVENTS, f,
      " ORDER BY e.date IS NULL, e.date, e.article_id, e.idx");
  if (!st) return -1;
  store_figure *figs = NULL;
  size_t figcap = 0;
  acta_buf figtext;
  acta_buf_init(&figtext);
  int rc, ret = 0;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    store_event e;
    memset(&e, 0, sizeof e);
    int i = 0;
    e.id = col_text(st, i++);
    e.article_id = col_text(st, i++);
    e.idx = col_long(st, i++);
    e.sentence = col_long(st, i++);
    e.sent_start = col_long(st, i++);
    e.sent_end = col_long(st, i++);
    e.date = col_text(st, i++);
    e.date_precision = col_text(st, i++);
    read_actor(st, i, &e.source);
    i += 6;
    read_actor(st, i, &e.target);
    i += 6;
    e.cameo = col_text(st, i++);
    e.root = col_text(st, i++);
    e.event_name = col_text(st, i++);
    e.verb = col_text(st, i++);
    e.verb_start = col_long(st, i++);
    e.verb_end = col_long(st, i++);
    e.quad_class = (int)col_long(st, i++);
    e.goldstein = sqlite3_column_double(st, i++);
    e.status = col_text(st, i++);
    e.reported_by_code = col_text(st, i++);
    e.reported_by_text = col_text(st, i++);
    e.via_code = col_text(st, i++);
    e.evidence = col_text(st, i++);
    e.has_location = sqlite3_column_type(st, i + 4) != SQLITE_NULL;
    e.location_name = col_text(st, i++);
    e.location_country = col_text(st, i++);
    e.location_admin1 = col_text(st, i++);
    e.location_precision = col_text(st, i++);
    e.lat = sqlite3_column_double(st, i++);
    e.lon = sqlite3_column_double(st, i++);
    e.sentence_text = col_text(st, i++);
    e.plover_type = col_text(st, i++);
    e.plover_mode = col_text(st, i++);
    e.plover_context = col_text(st, i++);
    e.acled_type = col_text(st, i++);
    e.acled_sub_type = col_text(st, i++);
    e.plover_json = col_text(st, i++);
    e.article_date = col_text(st, i++);
    e.publisher = col_text(st, i++);
    e.url = col_text(st, i++);
    e.article_len = col_long(st, i++);
    e.incident_id = col_long(st, i++);
    /* its figures */
    sqlite3_stmt *fq = stmt(s, Q_EV_FIGS);
    bind_text(fq, 1, e.id);
    size_t nf = 0;
    int frc;
    /* a row's texts last only until the next step: copied into figtext
     * (offsets + 1, 0 for NULL), pointed to once every row is read */
    acta_buf_clear(&figtext);
    while ((frc = sqlite3_step(fq)) == SQLITE_ROW) {
      ACTA_GROW(figs, nf, figcap);
      store_figure *g = &figs[nf++];
      const char **texts[] = {&g->event_id, &g->kind, &g->qualifier, &g->text,
                              &g->reporter, &g->reporter_code};
      static const int cols[] = {0, 2, 3, 7, 8, 9};
      for (int k = 0; k < 6; k++) {
        const char *v = col_text(fq, cols[k]);
        *texts[k] = (const char *)(uintptr_t)(v ? figtext.len + 1 : 0);
        if (v) acta_buf_put(&figtext, v, strlen(v) + 1);
      }
      g->idx = col_long(fq, 1);
      g->value = sqlite3_column_double(fq, 4);
      g->low = sqlite3_column_double(fq, 5);
      g->high = sqlite3_column_double(fq, 6);
    }
    for (size_t k = 0; k < nf; k++) {
      store_figure *g = &figs[k];
      const char **texts[] = {&g->event_id, &g->kind, &g->qualifier, &g->text,
                              &g->reporter, &g->reporter_code};
      for (int j = 0; j < 6; j++) {
        uintptr_t off = (uintptr_t)*texts[j];
        *texts[j] = off ? figtext.data + off - 1 : NULL;
      }
    }
    if (frc != SQLITE_DONE) {
      sqlite3_reset(fq);
      ret = fail(s, "reading figures");
      break;
    }
    e.figures = figs;
    e.nfigures = nf;
    ret = fn(ud, &e);
    sqlite3_reset(fq);
    if (ret) break;
  }
  if (!ret && rc != SQLITE_DONE && rc != SQLITE_ROW) ret = fail(s, "reading events");
  free(figs);
  acta_buf_free(&figtext);
  sqlite3_finalize(st);
  return ret;
}

static int sq_replace_incidents(store *b, const store_incident *inc,
                                size_t ninc, const store_mention *m, size_t nm,
                                const store_incident_figure *fig, size_t nfig) {
  sq_store *s = (sq_store *)b;
  if (exec(s, "DELETE FROM incidents") || exec(s, "DELETE FROM mentions") ||
      exec(s, "DELETE FROM incident_figures"))
    return -1;
  sqlite3_stmt *qi = NULL, *qm = NULL, *qf = NULL;
  int ret = -1;
  if (sqlite3_prepare_v2(s->db, STORE_SQL_INSERT_INCIDENT, -1, &qi, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db, STORE_SQL_INSERT_MENTION, -1, &qm, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db, STORE_SQL_INSERT_INCIDENT_FIGURE, -1, &qf, NULL) != SQLITE_OK) {
    fail(s, "preparing the incident inserts");
    goto out;
  }
  for (size_t k = 0; k < ninc; k++) {
    const store_incident *x = &inc[k];
    sqlite3_reset(qi);
    sqlite3_clear_bindings(qi);
    int i = 1;
    sqlite3_bind_int64(qi, i++, x->id);
    bind_text0(qi, i++, x->root);
    bind_text0(qi, i++, x->cameo);
    bind_text0(qi, i++, x->event_name);
    sqlite3_bind_int64(qi, i++, x->quad_class);
    sqlite3_bind_double(qi, i++, x->goldstein);
    bind_text0(qi, i++, x->source_code);
    bind_text0(qi, i++, x->source_country);
    bind_text0(qi, i++, x->source_role);
    bind_text0(qi, i++, x->target_code);
    bind_text0(qi, i++, x->target_country);
    bind_text0(qi, i++, x->target_role);
    if (x->has_location) {
      bind_text0(qi, i++, x->location_name);
      bind_text0(qi, i++, x->location_country);
      bind_text0(qi, i++, x->location_admin1);
      sqlite3_bind_double(qi, i++, x->lat);
      sqlite3_bind_double(qi, i++, x->lon);
    } else {
      i += 5;
    }
    bind_text0(qi, i++, x->first_date);
    bind_text0(qi, i++, x->last_date);
    bind_text0(qi, i++, x->first_report);
    bind_text0(qi, i++, x->last_report);
    sqlite3_bind_int64(qi, i++, x->num_mentions);
    sqlite3_bind_int64(qi, i++, x->num_sources);
    sqlite3_bind_int64(qi, i++, x->num_articles);
    bind_text0(qi, i++, x->statuses);
    bind_text0(qi, i++, x->reporters);
    bind_text0(qi, i++, x->figures);
    bind_text0(qi, i++, x->first_event_id);
    bind_text0(qi, i++, x->source_url);
    if (sqlite3_step(qi) != SQLITE_DONE) { fail(s, "inserting an incident"); goto out; }
  }
  for (size_t k = 0; k < nm; k++) {
    sqlite3_reset(qm);
    bind_text(qm, 1, m[k].event_id);
    sqlite3_bind_int64(qm, 2, m[k].incident_id);
    bind_text(qm, 3, m[k].article_id);
    if (sqlite3_step(qm) != SQLITE_DONE) { fail(s, "inserting a mention"); goto out; }
  }
  for (size_t k = 0; k < nfig; k++) {
    const store_incident_figure *g = &fig[k];
    sqlite3_reset(qf);
    sqlite3_clear_bindings(qf);
    sqlite3_bind_int64(qf, 1, g->incident_id);
    bind_text(qf, 2, g->kind);
    bind_text(qf, 3, g->qualifier);
    sqlite3_bind_double(qf, 4, g->value);
    sqlite3_bind_double(qf, 5, g->low);
    sqlite3_bind_double(qf, 6, g->high);
    bind_text(qf, 7, g->reporter);
    bind_text(qf, 8, g->event_id);
    bind_text(qf, 9, g->article_id);
    bind_text(qf, 10, g->text);
    bind_text(qf, 11, g->role);
    if (sqlite3_step(qf) != SQLITE_DONE) { fail(s, "inserting an incident figure"); goto out; }
  }
  ret = 0;
out:
  sqlite3_finalize(qi);
  sqlite3_finalize(qm);
  sqlite3_finalize(qf);
  return ret;
}

static int sq_each_incident(store *b, const store_filter *f,
                            store_incident_fn fn, void *ud) {
  sq_store *s = (sq_store *)b;
  sqlite3_stmt *st = prepare_filtered(
      s, STORE_SQL_SELECT_INCIDENTS, f, ") ORDER BY i.id");
  if (!st) return -1;
  int rc, ret = 0;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    store_incident x;
    memset(&x, 0, sizeof x);
    int i = 0;
    x.id = col_long(st, i++);
    x.root = col_text(st, i++);
    x.cameo = col_text(st, i++);
    x.event_name = col_text(st, i++);
    x.quad_class = (int)col_long(st, i++);
    x.goldstein = sqlite3_column_double(st, i++);
    x.source_code = col_text(st, i++);
    x.source_country = col_text(st, i++);
    x.source_role = col_text(st, i++);
    x.target_code = col_text(st, i++);
    x.target_country = col_text(st, i++);
    x.target_role = col_text(st, i++);
    x.has_location = sqlite3_column_type(st, i + 3) != SQLITE_NULL;
    x.location_name = col_text(st, i++);
    x.location_country = col_text(st, i++);
    x.location_admin1 = col_text(st, i++);
    x.lat = sqlite3_column_double(st, i++);
    x.lon = sqlite3_column_double(st, i++);
    x.first_date = col_text(st, i++);
    x.last_date = col_text(st, i++);
    x.first_report = col_text(st, i++);
    x.last_report = col_text(st, i++);
    x.num_mentions = col_long(st, i++);
    x.num_sources = col_long(st, i++);
    x.num_articles = col_long(st, i++);
    x.statuses = col_text(st, i++);
    x.reporters = col_text(st, i++);
    x.figures = col_text(st, i++);
    x.first_event_id = col_text(st, i++);
    x.source_url = col_text(st, i++);
    if ((ret = fn(ud, &x)) != 0) break;
  }
  if (!ret && rc != SQLITE_DONE && rc != SQLITE_ROW) ret = fail(s, "reading incidents");
  sqlite3_finalize(st);
  return ret;
}

static int sq_each_incident_figure(store *b, long id,
                                   store_incident_figure_fn fn, void *ud) {
  sq_store *s = (sq_store *)b;
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db,
        "SELECT incident_id, kind, qualifier, value, low, high, reporter,"
        " event_id, article_id, text, role FROM incident_figures"
        " WHERE ? = 0 OR incident_id = ?"
        " ORDER BY incident_id, kind, role DESC, value, reporter, event_id", -1, &st,
        NULL) != SQLITE_OK)
    return fail(s, "preparing the incident figures query");
  sqlite3_bind_int64(st, 1, id);
  sqlite3_bind_int64(st, 2, id);
  int rc, ret = 0;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    store_incident_figure g;
    g.incident_id = col_long(st, 0);
    g.kind = col_text(st, 1);
    g.qualifier = col_text(st, 2);
    g.value = sqlite3_column_double(st, 3);
    g.low = sqlite3_column_double(st, 4);
    g.high = sqlite3_column_double(st, 5);
    g.reporter = col_text(st, 6);
    g.event_id = col_text(st, 7);
    g.article_id = col_text(st, 8);
    g.text = col_text(st, 9);
    g.role = col_text(st, 10);
    if ((ret = fn(ud, &g)) != 0) break;
  }
  if (!ret && rc != SQLITE_DONE && rc != SQLITE_ROW) ret = fail(s, "reading incident figures");
  sqlite3_finalize(st);
  return ret;
}

static int count(sq_store *s, const char *table, long *out) {
  char sql[128];
  snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
    return fail(s, "counting");
  int rc = sqlite3_step(st);
  *out = rc == SQLITE_ROW ? col_long(st, 0) : 0;
  sqlite3_finalize(st);
  return rc == SQLITE_ROW ? 0 : fail(s, "counting");
}

static int sq_counts(store *b, store_counts *o) {
  sq_store *s = (sq_store *)b;
  return count(s, "articles", &o->articles) || count(s, "events", &o->events) ||
                 count(s, "figures", &o->figures) ||
                 count(s, "incidents", &o->incidents) ||
                 count(s, "mentions", &o->mentions)
             ? -1
             : 0;
}

static const store_ops sqlite_ops = {
  "sqlite", sq_close, sq_begin, sq_commit, sq_rollback, sq_article_hash,
  sq_put_article, sq_get_meta, sq_set_meta, sq_each_event,
  sq_replace_incidents, sq_each_incident, sq_each_incident_figure, sq_counts,
};

store *store_sqlite_open(const char *path, char *err, size_t errlen) {
  sq_store *s = calloc(1, sizeof *s);
  if (!s) abort();
  s->base.ops = &sqlite_ops;
  if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      NULL) != SQLITE_OK) {
    snprintf(err, errlen, "cannot open the database %s: %s", path,
             s->db ? sqlite3_errmsg(s->db) : "out of memory");
    sqlite3_close(s->db);
    free(s);
    return NULL;
  }
  sqlite3_busy_timeout(s->db, 10000);
  /* WAL: readers go on while a run writes; synchronous=NORMAL keeps every
   * committed transaction whole across a killed process */
  if (exec(s, "PRAGMA journal_mode=WAL") || exec(s, "PRAGMA synchronous=NORMAL"))
    goto bad;
  if (exec(s, "BEGIN")) goto bad;
  for (int k = 0; store_schema_sql[k]; k++)
    if (exec(s, store_schema_sql[k])) goto bad;
  if (exec(s, "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '" STORE_SCHEMA_VERSION "')") ||
      exec(s, "COMMIT"))
    goto bad;
  for (int k = 0; k < Q_COUNT; k++)
    if (sqlite3_prepare_v2(s->db, sql_text[k], -1, &s->q[k], NULL) != SQLITE_OK) {
      fail(s, sql_text[k]);
      goto bad;
    }
  return &s->base;
bad:
  snprintf(err, errlen, "%s: %s", path, s->base.err);
  sq_close(&s->base);
  return NULL;
}
