/* SPDX-License-Identifier: MIT */
/* render_json.c: JSON-lines rendering of coded events, "no_event" and
 * "error" records.  One JSON object per line, fields in a fixed order (see
 * the record layout below); all strings go through acta_buf_json_string so
 * the output is valid UTF-8 JSON whatever the input bytes were. */
#include <math.h>
#include <string.h>

#include "acta.h"
#include "buf.h"
#include "coder.h"
#include "render.h"

/* A NUL-terminated string or JSON null when s is NULL. */
static void put_str_or_null(acta_buf *b, const char *s) {
  if (s)
    acta_buf_json_string(b, s, strlen(s));
  else
    acta_buf_puts(b, "null");
}

/* A string field that is null when empty (country, role). */
static void put_nonempty_or_null(acta_buf *b, const char *s) {
  if (s && *s)
    acta_buf_json_string(b, s, strlen(s));
  else
    acta_buf_puts(b, "null");
}

/* The text of [start, end) clamped to the article. */
static void put_span(acta_buf *b, const acta_article *a, size_t start,
                     size_t end) {
  size_t n;
  const char *t = acta_span_text(a, start, end, &n);
  acta_buf_json_string(b, t, n);
}

static void put_actor(acta_buf *b, const acta_article *a,
                      const acta_actor *x) {
  if (!x->present) {
    acta_buf_puts(b, "null");
    return;
  }
  acta_buf_puts(b, "{\"text\":");
  put_span(b, a, x->start, x->end);
  acta_buf_puts(b, ",\"code\":");
  if (x->code[0]) /* a speaker the dictionaries do not know has no code */
    acta_buf_json_string(b, x->code, strnlen(x->code, sizeof x->code));
  else
    acta_buf_puts(b, "null");
  acta_buf_puts(b, ",\"country\":");
  put_nonempty_or_null(b, x->country[0] ? x->country : NULL);
  acta_buf_puts(b, ",\"role\":");
  put_nonempty_or_null(b, x->role[0] ? x->role : NULL);
  acta_buf_putc(b, '}');
}

/* "file:line" of the dictionary entry behind an actor, or null. */
static void put_entry(acta_buf *b, const acta_actor *x) {
  if (!x->present || !x->entry_file || !*x->entry_file) {
    acta_buf_puts(b, "null");
    return;
  }
  acta_buf_json_string(b, x->entry_file, strlen(x->entry_file));
  b->len--; /* reopen the string literal to append ":line" */
  acta_buf_putc(b, ':');
  acta_buf_put_long(b, x->entry_line);
  acta_buf_putc(b, '"');
}

/* v as "%.1f" prints it.  A value within a millionth of a tenth's multiple
 * (a Goldstein score, a confidence) rounds to that tenth whatever the
 * rounding rule, and is written without printf. */
static void put_number(acta_buf *b, double v) {
  if (!isfinite(v)) v = 0.0;
  double tenths = v * 10;
  if (fabs(tenths) < 1e9) {
    long k = lround(tenths);
    if (k != 0 && fabs(tenths - (double)k) < 1e-6) {
      if (k < 0) acta_buf_putc(b, '-');
      unsigned long a = k < 0 ? (unsigned long)-k : (unsigned long)k;
      acta_buf_put_long(b, (long)(a / 10));
      acta_buf_putc(b, '.');
      acta_buf_putc(b, (char)('0' + a % 10));
      return;
    }
  }
  acta_buf_printf(b, "%.1f", v);
}

static void put_bool(acta_buf *b, int v) {
  acta_buf_puts(b, v ? "true" : "false");
}

/* {"kind","qualifier","value","low","high","text","unit_text","reported_by"} */
static void put_figure(acta_buf *b, const acta_article *a, const acta_figure *f,
                       const acta_actor *reporter) {
  acta_buf_puts(b, "{\"kind\":");
  acta_buf_json_string(b, f->kind, strnlen(f->kind, sizeof f->kind));
  acta_buf_puts(b, ",\"qualifier\":");
  acta_buf_json_string(b, f->qualifier, strnlen(f->qualifier, sizeof f->qualifier));
  acta_buf_puts(b, ",\"value\":");
  acta_buf_put_g15(b, isfinite(f->value) ? f->value : 0.0);
  acta_buf_puts(b, ",\"low\":");
  acta_buf_put_g15(b, isfinite(f->low) ? f->low : 0.0);
  acta_buf_puts(b, ",\"high\":");
  acta_buf_put_g15(b, isfinite(f->high) ? f->high : 0.0);
  acta_buf_puts(b, ",\"text\":");
  put_span(b, a, f->start, f->end);
  acta_buf_puts(b, ",\"unit_text\":");
  if (f->unit_end > f->unit_start)
    put_span(b, a, f->unit_start, f->unit_end);
  else
    acta_buf_puts(b, "null");
  acta_buf_puts(b, ",\"reported_by\":");
  put_actor(b, a, reporter);
  acta_buf_putc(b, '}');
}

/* {"type":"figure_summary", kind, subject, low, high, by_source:[...]} */
static void render_summary(acta_buf *b, const acta_article *a,
                           const acta_coder *c, const acta_figure_summary *sm) {
  acta_buf_puts(b, "{\"type\":\"figure_summary\",\"doc_id\":");
  put_str_or_null(b, a->id);
  acta_buf_puts(b, ",\"kind\":");
  acta_buf_json_string(b, sm->kind, strnlen(sm->kind, sizeof sm->kind));
  acta_buf_puts(b, ",\"subject\":");
  if (sm->subject_end > sm->subject_start)
    put_span(b, a, sm->subject_start, sm->subject_end);
  else
    acta_buf_puts(b, "null");
  acta_buf_puts(b, ",\"low\":");
  acta_buf_put_g15(b, isfinite(sm->low) ? sm->low : 0.0);
  acta_buf_puts(b, ",\"high\":");
  acta_buf_put_g15(b, isfinite(sm->high) ? sm->high : 0.0);
  acta_buf_puts(b, ",\"by_source\":[");
  int first = 1;
  for (size_t i = 0; i < c->nevents; i++) {
    const acta_event *e = &c->events[i];
    for (size_t k = 0; k < e->nfigures; k++) {
      const acta_figure *f = &e->figures[k];
      if (f->summary != (int)(sm - c->sums)) continue;
      if (!first) acta_buf_putc(b, ',');
      first = 0;
      acta_buf_puts(b, "{\"event\":");
      acta_put_event_id(b, c, a, i, 1);
      acta_buf_puts(b, ",\"reported_by\":");
      put_actor(b, a, &e->reported_by);
      acta_buf_puts(b, ",\"qualifier\":");
      acta_buf_json_string(b, f->qualifier, strnlen(f->qualifier, sizeof f->qualifier));
      acta_buf_puts(b, ",\"value\":");
      acta_buf_put_g15(b, isfinite(f->value) ? f->value : 0.0);
      acta_buf_puts(b, ",\"text\":");
      put_span(b, a, f->start, f->end);
      acta_buf_putc(b, '}');
    }
  }
  acta_buf_puts(b, "]}\n");
}

static void render_event(acta_buf *b, const acta_coder *c,
                         const acta_article *a, const acta_event *e,
                         size_t index) {
  acta_buf_puts(b, "{\"type\":\"event\",\"id\":");
  acta_put_event_id(b, c, a, index, 1);
  acta_buf_puts(b, ",\"doc_id\":");
  put_str_or_null(b, a->id);
  acta_buf_puts(b, ",\"sentence\":");
  acta_buf_put_long(b, e->sentence);
  acta_buf_puts(b, ",\"text\":");
  put_span(b, a, e->sent_start, e->sent_end);

  acta_buf_puts(b, ",\"source\":");
  put_actor(b, a, &e->source);
  acta_buf_puts(b, ",\"target\":");
  put_actor(b, a, &e->target);

  acta_buf_puts(b, ",\"event\":{\"cameo\":");
  acta_buf_json_string(b, e->cameo, strnlen(e->cameo, sizeof e->cameo));
  acta_buf_puts(b, ",\"root\":");
  acta_buf_json_string(b, e->root, strnlen(e->root, sizeof e->root));
  acta_buf_puts(b, ",\"name\":");
  put_str_or_null(b, e->name);
  acta_buf_puts(b, ",\"quad_class\":");
  acta_buf_put_long(b, e->quad_class);
  acta_buf_puts(b, ",\"goldstein\":");
  put_number(b, e->goldstein);
  acta_buf_puts(b, ",\"verb\":");
  acta_buf_json_string(b, e->verb, strnlen(e->verb, sizeof e->verb));
  if (e->intended_act[0]) {
    /* "vowed to attack": 1384 here, the act announced kept */
    acta_buf_puts(b, ",\"intended_act\":");
    acta_buf_json_string(b, e->intended_act,
                         strnlen(e->intended_act, sizeof e->intended_act));
  }
  acta_buf_putc(b, '}');

  acta_buf_puts(b, ",\"status\":\"");
  acta_buf_puts(b, acta_status_name(e->status));
  acta_buf_puts(b, "\",\"reported_by\":");
  put_actor(b, a, &e->reported_by);
  acta_buf_puts(b, ",\"via\":");
  put_actor(b, a, &e->via);
  acta_buf_puts(b, ",\"evidence\":");
  if (e->evidence != ACTA_EVIDENCE_NONE) {
    acta_buf_puts(b, "{\"kind\":\"");
    acta_buf_puts(b, acta_evidence_name(e->evidence));
    acta_buf_puts(b, "\",\"text\":");
    put_span(b, a, e->evidence_start, e->evidence_end);
    acta_buf_putc(b, '}');
  } else {
    acta_buf_puts(b, "null");
  }
  acta_buf_puts(b, ",\"disputes\":");
  if (e->disputes >= 0)
    acta_put_event_id(b, c, a, (size_t)e->disputes, 1);
  else
    acta_buf_puts(b, "null");

  acta_buf_puts(b, ",\"date\":");
  if (e->date[0])
    acta_buf_json_string(b, e->date, strnlen(e->date, sizeof e->date));
  else
    put_nonempty_or_null(b, a->date);
  acta_buf_puts(b, ",\"date_precision\":");
  put_nonempty_or_null(b, e->date_precision[0] ? e->date_precision : NULL);
  acta_buf_puts(b, ",\"date_range\":");
  if (e->date_range_start[0] || e->date_range_end[0]) {
    acta_buf_puts(b, "{\"start\":");
    put_nonempty_or_null(b, e->date_range_start[0] ? e->date_range_start : NULL);
    acta_buf_puts(b, ",\"end\":");
    put_nonempty_or_null(b, e->date_range_end[0] ? e->date_range_end : NULL);
    acta_buf_putc(b, '}');
  } else {
    acta_buf_puts(b, "null");
  }
  acta_buf_puts(b, ",\"date_text\":");
  if (e->date_end > e->date_start)
    put_span(b, a, e->date_start, e->date_end);
  else
    acta_buf_puts(b, "null");

  acta_buf_puts(b, ",\"location\":");
  if (e->has_location) {
    acta_buf_puts(b, "{\"text\":");
    if (e->location.end > e->location.start)
      put_span(b, a, e->location.start, e->location.end);
    else
      acta_buf_puts(b, "null");
    acta_buf_puts(b, ",\"name\":");
    acta_buf_json_string(b, e->location.name, strnlen(e->location.name, sizeof e->location.name));
    acta_buf_puts(b, ",\"country\":");
    put_nonempty_or_null(b, e->location.country[0] ? e->location.country : NULL);
    acta_buf_puts(b, ",\"admin1\":");
    put_nonempty_or_null(b, e->location.admin1[0] ? e->location.admin1 : NULL);
    acta_buf_puts(b, ",\"lat\":");
    acta_buf_put_f5(b, isfinite(e->location.lat) ? e->location.lat : 0.0);
    acta_buf_puts(b, ",\"lon\":");
    acta_buf_put_f5(b, isfinite(e->location.lon) ? e->location.lon : 0.0);
    acta_buf_puts(b, ",\"precision\":");
    put_nonempty_or_null(b, e->location.precision[0] ? e->location.precision : NULL);
    acta_buf_putc(b, '}');
  } else {
    acta_buf_puts(b, "null");
  }
  acta_buf_puts(b, ",\"figures\":[");
  for (size_t k = 0; k < e->nfigures; k++) {
    if (k) acta_buf_putc(b, ',');
    put_figure(b, a, &e->figures[k], &e->reported_by);
  }
  acta_buf_putc(b, ']');

  acta_buf_puts(b, ",\"plover\":");
  if (e->plover_type) {
    acta_buf_puts(b, "{\"type\":\"");
    acta_buf_puts(b, e->plover_type);
    acta_buf_puts(b, "\",\"mode\":");
    put_str_or_null(b, e->plover_mode);
    acta_buf_puts(b, ",\"context\":");
    acta_put_plover_contexts(b, e->plover_contexts, 1);
    acta_buf_putc(b, '}');
  } else {
    acta_buf_puts(b, "null");
  }
  acta_buf_puts(b, ",\"acled\":");
  if (e->acled_type) {
    acta_buf_puts(b, "{\"event_type\":");
    put_str_or_null(b, e->acled_type);
    acta_buf_puts(b, ",\"sub_event_type\":");
    put_str_or_null(b, e->acled_sub_type);
    acta_buf_putc(b, '}');
  } else {
    acta_buf_puts(b, "null");
  }

  acta_buf_puts(b, ",\"explain\":{\"pattern\":");
  put_str_or_null(b, e->pattern);
  acta_buf_puts(b, ",\"pattern_file\":");
  put_str_or_null(b, e->pattern_file);
  acta_buf_puts(b, ",\"pattern_line\":");
  acta_buf_put_long(b, e->pattern_line);
  acta_buf_puts(b, ",\"source_entry\":");
  put_entry(b, &e->source);
  acta_buf_puts(b, ",\"target_entry\":");
  put_entry(b, &e->target);
  acta_buf_puts(b, ",\"passive\":");
  put_bool(b, (e->flags & ACTA_EV_PASSIVE) != 0);
  acta_buf_puts(b, ",\"nominal\":");
  put_bool(b, (e->flags & ACTA_EV_NOMINAL) != 0);
  acta_buf_puts(b, ",\"compound\":");
  put_bool(b, (e->flags & ACTA_EV_COMPOUND) != 0);
  acta_buf_puts(b, ",\"reported\":");
  put_bool(b, (e->flags & ACTA_EV_REPORTED) != 0);
  acta_buf_puts(b, "}}\n");
}

const char *acta_render_json(acta_coder *c, const acta_article *a,
                             size_t *len) {
  acta_buf *b = &c->out;
  acta_buf_clear(b);
  if (c->nevents == 0) {
    acta_buf_puts(b, "{\"type\":\"no_event\",\"doc_id\":");
    put_str_or_null(b, a->id);
    acta_buf_puts(b, ",\"sentences\":"); /* no printf: most records */
    acta_buf_put_long(b, (long)c->nsentences);
    acta_buf_puts(b, "}\n");
  } else {
    for (size_t i = 0; i < c->nevents; i++) render_event(b, c, a, &c->events[i], i);
    for (size_t k = 0; k < c->nsums; k++) render_summary(b, a, c, &c->sums[k]);
  }
  if (len) *len = b->len;
  return acta_buf_cstr(b);
}

const char *acta_render_error(acta_coder *c, const char *doc_id, long line,
                              const char *message, size_t *len) {
  acta_buf *b = &c->out;
  acta_buf_clear(b);
  acta_buf_puts(b, "{\"type\":\"error\",");
  if (doc_id) {
    acta_buf_puts(b, "\"doc_id\":");
    acta_buf_json_string(b, doc_id, strlen(doc_id));
  } else {
    acta_buf_printf(b, "\"line\":%ld", line);
  }
  acta_buf_puts(b, ",\"message\":");
  put_str_or_null(b, message ? message : "error");
  acta_buf_puts(b, "}\n");
  if (len) *len = b->len;
  return acta_buf_cstr(b);
}
