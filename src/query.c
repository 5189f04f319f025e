/* SPDX-License-Identifier: MIT */
/* query.c: acta query -- the events or incidents of the event store that
 * match the filters, as JSON lines, TSV or CSV (quoted so that SQLite's
 * .import, Python's csv and R read every row back), POLECAT-style PLOVER
 * records, or GDELT 2.0 tables (query_gdelt.c). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "cli.h"
#include "query.h"
#include "store.h"
#include "store_strings.h"

enum { FMT_JSONL, FMT_TSV, FMT_CSV, FMT_GDELT, FMT_GDELT_MENTIONS, FMT_PLOVER };

typedef struct qctx {
  store *s;
  FILE *out;
  int fmt;
  char sep;
  acta_buf b;
  long rows;
} qctx;

void query_cell(acta_buf *b, const char *s, char sep) {
  if (!s) return;
  size_t n = strlen(s);
  if (sep == ',' && memchr(s, ',', n) && !memchr(s, '"', n)) {
    /* a comma alone: quote it (a quote makes tsv_cell quote anyway) */
    acta_buf_putc(b, '"');
    acta_buf_tsv_cell(b, s, n);
    acta_buf_putc(b, '"');
    return;
  }
  acta_buf_tsv_cell(b, s, n);
}

/* ---- column writers: each column a name and how to write it ---------- */

static void put_json_str(acta_buf *b, const char *s) {
  if (s) acta_buf_json_string(b, s, strlen(s));
  else acta_buf_puts(b, "null");
}

static void put_num(acta_buf *b, double v) {
  if (isfinite(v)) acta_buf_printf(b, "%.15g", v);
  else acta_buf_puts(b, "null");
}

/* a row of a table or an object: begin, fields, end */
typedef struct row {
  qctx *q;
  int n;
  int header; /* write the column names instead (TSV, CSV header row) */
} row;

/* Starts field `name`; 1 when the row is the header (the name written). */
static int field_name(row *r, const char *name) {
  acta_buf *b = &r->q->b;
  if (r->header) {
    if (r->n++) acta_buf_putc(b, r->q->sep);
    acta_buf_puts(b, name);
    return 1;
  }
  if (r->q->fmt == FMT_JSONL) {
    acta_buf_puts(b, r->n ? ",\"" : "{\"");
    acta_buf_puts(b, name);
    acta_buf_puts(b, "\":");
  } else if (r->n) {
    acta_buf_putc(b, r->q->sep);
  }
  r->n++;
  return 0;
}

static void f_str(row *r, const char *name, const char *v) {
  if (field_name(r, name)) return;
  if (r->q->fmt == FMT_JSONL) put_json_str(&r->q->b, v);
  else query_cell(&r->q->b, v, r->q->sep);
}

static void f_long(row *r, const char *name, long v) {
  if (field_name(r, name)) return;
  acta_buf_printf(&r->q->b, "%ld", v);
}

static void f_num(row *r, const char *name, double v, int present) {
  if (field_name(r, name)) return;
  if (present) put_num(&r->q->b, v);
  else if (r->q->fmt == FMT_JSONL) acta_buf_puts(&r->q->b, "null");
}

static void row_end(row *r) {
  acta_buf_puts(&r->q->b, r->q->fmt == FMT_JSONL && !r->header ? "}\n" : "\n");
}

/* The columns of an event (r->header: their names). */
static void event_fields(row *r, const store_event *e) {
  f_str(r, "id", e->id);
  f_str(r, "doc_id", e->article_id);
  f_long(r, "sentence", e->sentence);
  f_str(r, "date", e->date);
  f_str(r, "date_precision", e->date_precision);
  f_str(r, "source_code", e->source.code);
  f_str(r, "source_country", e->source.country);
  f_str(r, "source_role", e->source.role);
  f_str(r, "source_text", e->source.text);
  f_str(r, "target_code", e->target.code);
  f_str(r, "target_country", e->target.country);
  f_str(r, "target_role", e->target.role);
  f_str(r, "target_text", e->target.text);
  f_str(r, "cameo", e->cameo);
  f_str(r, "root", e->root);
  f_long(r, "quad_class", e->quad_class);
  f_num(r, "goldstein", e->goldstein, 1);
  f_str(r, "event_name", e->event_name);
  f_str(r, "verb", e->verb);
  f_str(r, "status", e->status);
  f_str(r, "reported_by_code", e->reported_by_code);
  f_str(r, "reported_by_text", e->reported_by_text);
  f_str(r, "via_code", e->via_code);
  f_str(r, "evidence", e->evidence);
  f_str(r, "location_name", e->location_name);
  f_str(r, "location_country", e->location_country);
  f_str(r, "location_admin1", e->location_admin1);
  f_num(r, "lat", e->lat, e->has_location);
  f_num(r, "lon", e->lon, e->has_location);
  f_str(r, "location_precision", e->location_precision);
  f_str(r, "plover_type", e->plover_type);
  f_str(r, "plover_mode", e->plover_mode);
  f_str(r, "plover_context", e->plover_context);
  f_str(r, "acled_event_type", e->acled_type);
  f_str(r, "acled_sub_event_type", e->acled_sub_type);
  f_str(r, "publisher", e->publisher);
  f_str(r, "article_date", e->article_date);
  if (e->incident_id) f_long(r, "incident_id", e->incident_id);
  else f_str(r, "incident_id", NULL);
  /* figures as "kind:qualifier:value" separated by ";" (TSV, CSV) or a
   * list of objects (JSON) */
  acta_buf *b = &r->q->b;
  if (field_name(r, "figures")) {
    /* header: no value */
  } else if (r->q->fmt == FMT_JSONL) {
    acta_buf_putc(b, '[');
    for (size_t k = 0; k < e->nfigures; k++) {
      const store_figure *g = &e->figures[k];
      acta_buf_puts(b, k ? ",{\"kind\":" : "{\"kind\":");
      put_json_str(b, g->kind);
      acta_buf_puts(b, ",\"qualifier\":");
      put_json_str(b, g->qualifier);
      acta_buf_puts(b, ",\"value\":");
      put_num(b, g->value);
      acta_buf_puts(b, ",\"low\":");
      put_num(b, g->low);
      acta_buf_puts(b, ",\"high\":");
      put_num(b, g->high);
      acta_buf_puts(b, ",\"text\":");
      put_json_str(b, g->text);
      acta_buf_puts(b, ",\"reported_by\":");
      put_json_str(b, g->reporter);
      acta_buf_putc(b, '}');
    }
    acta_buf_putc(b, ']');
  } else {
    acta_buf f;
    acta_buf_init(&f);
    for (size_t k = 0; k < e->nfigures; k++)
      acta_buf_printf(&f, "%s%s:%s:%.15g", k ? ";" : "", e->figures[k].kind,
                      e->figures[k].qualifier, e->figures[k].value);
    query_cell(b, acta_buf_cstr(&f), r->q->sep);
    acta_buf_free(&f);
  }
  f_str(r, "sentence_text", e->sentence_text);
}

static void incident_fields(row *r, const store_incident *x) {
  f_long(r, "incident_id", x->id);
  f_str(r, "first_date", x->first_date);
  f_str(r, "last_date", x->last_date);
  f_str(r, "first_report", x->first_report);
  f_str(r, "last_report", x->last_report);
  f_str(r, "cameo", x->cameo);
  f_str(r, "root", x->root);
  f_str(r, "event_name", x->event_name);
  f_long(r, "quad_class", x->quad_class);
  f_num(r, "goldstein", x->goldstein, 1);
  f_str(r, "source_code", x->source_code);
  f_str(r, "source_country", x->source_country);
  f_str(r, "source_role", x->source_role);
  f_str(r, "target_code", x->target_code);
  f_str(r, "target_country", x->target_country);
  f_str(r, "target_role", x->target_role);
  f_str(r, "location_name", x->location_name);
  f_str(r, "location_country", x->location_country);
  f_str(r, "location_admin1", x->location_admin1);
  f_num(r, "lat", x->lat, x->has_location);
  f_num(r, "lon", x->lon, x->has_location);
  f_long(r, "num_mentions", x->num_mentions);
  f_long(r, "num_sources", x->num_sources);
  f_long(r, "num_articles", x->num_articles);
  f_str(r, "statuses", x->statuses);
  f_str(r, "reporters", x->reporters);
  f_str(r, "figures", x->figures);
  f_str(r, "first_event_id", x->first_event_id);
  f_str(r, "source_url", x->source_url);
}

/* the header row of a table: the names event_fields/incident_fields write */
static void header(qctx *q, int incidents) {
  row r = {q, 0, 1};
  if (incidents) {
    store_incident x;
    memset(&x, 0, sizeof x);
    incident_fields(&r, &x);
  } else {
    store_event e;
    memset(&e, 0, sizeof e);
    event_fields(&r, &e);
  }
  row_end(&r);
}

static int flush(qctx *q) {
  if (q->b.len && fwrite(q->b.data, 1, q->b.len, q->out) != q->b.len) return -1;
  acta_buf_clear(&q->b);
  return 0;
}

static int on_event(void *ud, const store_event *e) {
  qctx *q = ud;
  if (q->fmt == FMT_PLOVER) {
    if (!e->plover_json) return 0;
    acta_buf_puts(&q->b, e->plover_json);
    acta_buf_putc(&q->b, '\n');
  } else {
    row r = {q, 0, 0};
    event_fields(&r, e);
    row_end(&r);
  }
  q->rows++;
  return q->b.len > 65536 ? flush(q) : 0;
}

typedef struct figlist {
  store_incident_figure *f;
  size_t n, cap;
  store_strings strs;
} figlist;

static const char *keep(figlist *l, const char *s) {
  return store_strings_dup(&l->strs, s);
}

static int on_figure(void *ud, const store_incident_figure *g) {
  figlist *l = ud;
  ACTA_GROW(l->f, l->n, l->cap);
  store_incident_figure *h = &l->f[l->n++];
  *h = *g;
  h->kind = keep(l, g->kind);
  h->qualifier = keep(l, g->qualifier);
  h->reporter = keep(l, g->reporter);
  h->event_id = keep(l, g->event_id);
  h->article_id = keep(l, g->article_id);
  h->text = keep(l, g->text);
  h->role = keep(l, g->role);
  return 0;
}

static int on_incident(void *ud, const store_incident *x) {
  qctx *q = ud;
  row r = {q, 0, 0};
  incident_fields(&r, x);
  if (q->fmt == FMT_JSONL) {
    /* every reported value, with its qualifier and reporter */
    figlist l;
    memset(&l, 0, sizeof l);
    if (q->s->ops->each_incident_figure(q->s, x->id, on_figure, &l) != 0) return -1;
    acta_buf *b = &q->b;
    acta_buf_puts(b, ",\"reported_figures\":[");
    for (size_t k = 0; k < l.n; k++) {
      const store_incident_figure *g = &l.f[k];
      acta_buf_puts(b, k ? ",{\"kind\":" : "{\"kind\":");
      put_json_str(b, g->kind);
      acta_buf_puts(b, ",\"role\":");
      put_json_str(b, g->role);
      acta_buf_puts(b, ",\"qualifier\":");
      put_json_str(b, g->qualifier);
      acta_buf_puts(b, ",\"value\":");
      put_num(b, g->value);
      acta_buf_puts(b, ",\"low\":");
      put_num(b, g->low);
      acta_buf_puts(b, ",\"high\":");
      put_num(b, g->high);
      acta_buf_puts(b, ",\"reported_by\":");
      put_json_str(b, g->reporter);
      acta_buf_puts(b, ",\"event_id\":");
      put_json_str(b, g->event_id);
      acta_buf_puts(b, ",\"text\":");
      put_json_str(b, g->text);
      acta_buf_putc(b, '}');
    }
    acta_buf_putc(b, ']');
    store_strings_free(&l.strs);
    free(l.f);
  }
  row_end(&r);
  q->rows++;
  return q->b.len > 65536 ? flush(q) : 0;
}

/* Opens the store of an existing database (query and report do not make
 * one); warns when its incidents are not up to date. */
store *cli_open_existing(const char *db) {
  char err[1200];
  if (strstr(db, "://") == NULL && access(db, F_OK) != 0) {
    fprintf(stderr, "acta: %s: no such database (make one with acta ingest "
            "--db %s FILE...)\n", db, db);
    return NULL;
  }
  store *s = store_open(db, err, sizeof err);
  if (!s) {
    fprintf(stderr, "acta: %s\n", err);
    return NULL;
  }
  char v[16];
  if (s->ops->get_meta(s, "incidents_stale", v, sizeof v) == 1 && strcmp(v, "0") != 0)
    fprintf(stderr, "acta: %s: the incidents are not up to date (an ingest "
            "was interrupted): run acta ingest again\n", db);
  return s;
}

void cli_filter_of(const cli_query_args *a, store_filter *f) {
  memset(f, 0, sizeof *f);
  f->from = a->from;
  f->to = a->to;
  f->country = a->country;
  f->actor = a->actor;
  f->root = a->root;
  f->status = a->status;
  f->reported_by = a->reported_by;
}

int cli_query(const cli_query_args *a) {
  static const char *const names[] = {"jsonl", "tsv", "csv", "gdelt",
                                      "gdelt-mentions", "plover"};
  int fmt = -1;
  const char *o = a->output ? a->output : "jsonl";
  if (strcmp(o, "json") == 0) o = "jsonl";
  for (int i = 0; i < 6; i++)
    if (strcmp(o, names[i]) == 0) fmt = i;
  if (fmt < 0) {
    fprintf(stderr, "acta: unknown --output '%s' for query: use jsonl, tsv, "
            "csv, gdelt, gdelt-mentions or plover (see acta query --help)\n", o);
    return 2;
  }
  if (fmt == FMT_PLOVER && a->incidents) {
    fprintf(stderr, "acta: query: --output plover writes events, not --incidents\n");
    return 2;
  }
  store *s = cli_open_existing(a->db);
  if (!s) return 4;
  store_filter f;
  cli_filter_of(a, &f);
  qctx q;
  memset(&q, 0, sizeof q);
  q.s = s;
  q.out = stdout;
  q.fmt = fmt;
  q.sep = fmt == FMT_CSV ? ',' : '\t';
  int rc = 0;
  if (fmt == FMT_GDELT) {
    rc = query_gdelt_events(s, &f, stdout);
  } else if (fmt == FMT_GDELT_MENTIONS) {
    rc = query_gdelt_mentions(s, &f, stdout);
  } else {
    if (fmt == FMT_TSV || fmt == FMT_CSV) header(&q, a->incidents);
    rc = a->incidents ? s->ops->each_incident(s, &f, on_incident, &q)
                      : s->ops->each_event(s, &f, on_event, &q);
    if (rc == 0) rc = flush(&q);
  }
  int status = 0;
  if (rc != 0) {
    fprintf(stderr, "acta: query: %s\n", s->err[0] ? s->err : strerror(errno));
    status = 4;
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "acta: cannot write the output: %s\n", strerror(errno));
    status = 4;
  }
  acta_buf_free(&q.b);
  s->ops->close(s);
  return status;
}
