/* SPDX-License-Identifier: MIT */
/* render_tsv.c: tab-separated rendering of coded events, one row per event
 * (no row for an article without events).  Control characters (tabs, CRs,
 * newlines ...), NEL and U+2028/U+2029 inside cells become spaces; a cell
 * holding a double quote is quoted with inner quotes doubled
 * (acta_buf_tsv_cell), so SQLite's .import, Python's csv and R read every
 * row back exactly; absent values are empty cells.  Columns are only
 * ever added at the end (the PLOVER and ACLED ones last), so scripts that
 * read the earlier ones by position keep working. */
#include <math.h>
#include <string.h>

#include "acta.h"
#include "buf.h"
#include "coder.h"
#include "render.h"

const char *acta_tsv_header(void) {
  return "doc_id\tsentence\tdate\tsource_code\tsource_country\tsource_role\t"
         "source_text\ttarget_code\ttarget_country\ttarget_role\ttarget_text\t"
         "cameo\troot\tquad_class\tgoldstein\tevent_name\tverb\tstatus\t"
         "reported_by_code\treported_by_text\tvia_code\tevidence\t"
         "date_precision\tlocation_name\tlocation_country\tlat\tlon\t"
         "location_precision\tfigures\tevent_id\tsentence_text\t"
         "plover_type\tplover_mode\tplover_context\tacled_event_type\t"
         "acled_sub_event_type\n";
}

static void cell(acta_buf *b, const char *s) {
  if (s) acta_buf_tsv_cell(b, s, strlen(s));
  acta_buf_putc(b, '\t');
}

static void cell_n(acta_buf *b, const char *s, size_t max) {
  acta_buf_tsv_cell(b, s, strnlen(s, max));
  acta_buf_putc(b, '\t');
}

static void span(acta_buf *b, const acta_article *a, size_t start,
                 size_t end) {
  size_t n = a->text ? a->text_len : 0;
  if (end > n) end = n;
  if (start > end) start = end;
  if (end > start) acta_buf_tsv_cell(b, a->text + start, end - start);
}

/* code, country, role, text of an actor (4 cells). */
static void actor(acta_buf *b, const acta_article *a, const acta_actor *x) {
  if (!x->present) {
    acta_buf_puts(b, "\t\t\t\t");
    return;
  }
  cell_n(b, x->code, sizeof x->code);
  cell_n(b, x->country, sizeof x->country);
  cell_n(b, x->role, sizeof x->role);
  span(b, a, x->start, x->end);
  acta_buf_putc(b, '\t');
}

const char *acta_render_tsv(acta_coder *c, const acta_article *a,
                            size_t *len) {
  acta_buf *b = &c->out;
  acta_buf_clear(b);
  for (size_t i = 0; i < c->nevents; i++) {
    const acta_event *e = &c->events[i];
    cell(b, a->id);
    acta_buf_printf(b, "%d\t", e->sentence);
    if (e->date[0])
      cell_n(b, e->date, sizeof e->date);
    else
      cell(b, a->date);
    actor(b, a, &e->source);
    actor(b, a, &e->target);
    cell_n(b, e->cameo, sizeof e->cameo);
    cell_n(b, e->root, sizeof e->root);
    acta_buf_printf(b, "%d\t%.1f\t", e->quad_class,
                    isfinite(e->goldstein) ? e->goldstein : 0.0);
    cell(b, e->name);
    cell_n(b, e->verb, sizeof e->verb);
    cell(b, acta_status_name(e->status));
    if (e->reported_by.present) {
      cell_n(b, e->reported_by.code, sizeof e->reported_by.code);
      span(b, a, e->reported_by.start, e->reported_by.end);
      acta_buf_putc(b, '\t');
    } else {
      acta_buf_puts(b, "\t\t");
    }
    cell(b, e->via.present ? e->via.code : "");
    cell(b, acta_evidence_name(e->evidence));
    cell_n(b, e->date_precision, sizeof e->date_precision);
    if (e->has_location) {
      cell_n(b, e->location.name, sizeof e->location.name);
      cell_n(b, e->location.country, sizeof e->location.country);
      acta_buf_printf(b, "%.5f\t%.5f\t", isfinite(e->location.lat) ? e->location.lat : 0.0,
                      isfinite(e->location.lon) ? e->location.lon : 0.0);
      cell_n(b, e->location.precision, sizeof e->location.precision);
    } else {
      acta_buf_puts(b, "\t\t\t\t\t");
    }
    /* figures as "kind:qualifier:value" separated by ";" */
    for (size_t k = 0; k < e->nfigures; k++)
      acta_buf_printf(b, "%s%s:%s:%.15g", k ? ";" : "", e->figures[k].kind,
                      e->figures[k].qualifier,
                      isfinite(e->figures[k].value) ? e->figures[k].value : 0.0);
    acta_buf_putc(b, '\t');
    acta_put_event_id(b, c, a, i, 0);
    acta_buf_putc(b, '\t');
    span(b, a, e->sent_start, e->sent_end);
    acta_buf_putc(b, '\t');
    cell(b, e->plover_type);
    cell(b, e->plover_mode);
    acta_put_plover_contexts(b, e->plover_contexts, 0);
    acta_buf_putc(b, '\t');
    cell(b, e->acled_type);
    if (e->acled_sub_type)
      acta_buf_tsv_cell(b, e->acled_sub_type, strlen(e->acled_sub_type));
    acta_buf_putc(b, '\n');
  }
  if (len) *len = b->len;
  return acta_buf_cstr(b);
}
