/* SPDX-License-Identifier: MIT */
/* render_claims.c: the claims ledger of an article: every coded event as a
 * claim with who made it, its status, the denials that dispute it and what
 * was said about evidence -- as JSON lines or as a tab-separated table.
 * The claim itself is structured: its source and target actors (text and
 * code), its CAMEO code and the code's name. */
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "buf.h"
#include "coder.h"
#include "render.h"

static void span(acta_buf *b, const acta_article *a, size_t s, size_t e,
                 int json) {
  size_t n;
  const char *t = acta_span_text(a, s, e, &n);
  if (json)
    acta_buf_json_string(b, t, n);
  else
    acta_buf_tsv_cell(b, t, n);
}

/* {"text","code"} or null (JSON); code and text cells, "-" for an absent
 * actor or code (TSV). */
static void actor(acta_buf *b, const acta_article *a, const acta_actor *x,
                  int json) {
  size_t n;
  const char *t = acta_actor_text(a, x, &n);
  if (json) {
    if (!x->present) {
      acta_buf_puts(b, "null");
      return;
    }
    acta_buf_puts(b, "{\"text\":");
    acta_buf_json_string(b, t, n);
    acta_buf_puts(b, ",\"code\":");
    if (x->code[0]) acta_buf_json_string(b, x->code, strlen(x->code));
    else acta_buf_puts(b, "null");
    acta_buf_putc(b, '}');
  } else {
    acta_buf_puts(b, x->present && x->code[0] ? x->code : "-");
    acta_buf_putc(b, '\t');
    acta_buf_tsv_cell(b, t, n);
  }
}

/* The ids of the denials disputing an event (a list through next[], index
 * + 1, 0 ends it), comma-separated: JSON strings or TSV text. */
static void put_disputers(acta_buf *b, const acta_coder *c,
                          const acta_article *a, size_t first,
                          const size_t *next, int json) {
  if (json) {
    for (size_t k = first; k; k = next[k - 1]) {
      if (k != first) acta_buf_putc(b, ',');
      acta_put_event_id(b, c, a, k - 1, 1);
    }
    return;
  }
  /* TSV: the list is one cell, escaped as a whole */
  acta_buf ids;
  acta_buf_init(&ids);
  for (size_t k = first; k; k = next[k - 1]) {
    if (k != first) acta_buf_putc(&ids, ',');
    acta_put_event_id_text(&ids, c, a, k - 1);
  }
  acta_buf_tsv_cell(b, ids.data, ids.len);
  acta_buf_free(&ids);
}

const char *acta_tsv_claims_header(void) {
  return "id\tdoc_id\tsentence\tclaimant_code\tclaimant_text\tvia_code\t"
         "via_text\tstatus\tsource_code\tsource_text\tcameo\tevent_name\t"
         "target_code\ttarget_text\tdisputed_by\tevidence\tevidence_text\n";
}

const char *acta_render_claims(acta_coder *c, const acta_article *a,
                               int json, size_t *len) {
  acta_buf *b = &c->out;
  acta_buf_clear(b);
  const char *id = a->id ? a->id : "";
  /* who disputes whom, as lists built once (index + 1, 0 ends) */
  size_t n = c->nevents;
  size_t *by_first = calloc(n + 1, sizeof *by_first);
  size_t *by_next = calloc(n + 1, sizeof *by_next);
  if (!by_first || !by_next) abort();
  for (size_t k = n; k-- > 0;) {
    int t = c->events[k].disputes;
    if (t < 0 || (size_t)t >= n) continue;
    by_next[k] = by_first[t];
    by_first[t] = k + 1;
  }
  for (size_t i = 0; i < c->nevents; i++) {
    const acta_event *e = &c->events[i];
    /* the claimant: the reporter, else the source speaking for itself */
    const acta_actor *who = e->reported_by.present ? &e->reported_by : &e->source;
    const char *ek = acta_evidence_name(e->evidence);
    if (json) {
      acta_buf_puts(b, "{\"type\":\"claim\",\"id\":");
      acta_put_event_id(b, c, a, i, 1);
      acta_buf_puts(b, ",\"doc_id\":");
      acta_buf_json_string(b, id, strlen(id));
      acta_buf_printf(b, ",\"sentence\":%d,\"claimant\":", e->sentence);
      actor(b, a, who, 1); /* null: a toll with no source and no reporter */
      acta_buf_puts(b, ",\"via\":");
      actor(b, a, &e->via, 1);
      acta_buf_printf(b, ",\"status\":\"%s\",\"claim\":{\"source\":",
                      acta_status_name(e->status));
      actor(b, a, &e->source, 1);
      acta_buf_puts(b, ",\"cameo\":");
      acta_buf_json_string(b, e->cameo, strnlen(e->cameo, sizeof e->cameo));
      acta_buf_puts(b, ",\"name\":");
      if (e->name) acta_buf_json_string(b, e->name, strlen(e->name));
      else acta_buf_puts(b, "null");
      acta_buf_puts(b, ",\"target\":");
      actor(b, a, &e->target, 1);
      acta_buf_puts(b, "},\"disputed_by\":[");
      put_disputers(b, c, a, by_first[i], by_next, 1);
      acta_buf_puts(b, "],\"evidence\":");
      if (ek) {
        acta_buf_printf(b, "{\"kind\":\"%s\",\"text\":", ek);
        span(b, a, e->evidence_start, e->evidence_end, 1);
        acta_buf_putc(b, '}');
      } else {
        acta_buf_puts(b, "null");
      }
      acta_buf_puts(b, "}\n");
    } else {
      acta_put_event_id(b, c, a, i, 0);
      acta_buf_putc(b, '\t');
      acta_buf_tsv_cell(b, id, strlen(id));
      acta_buf_printf(b, "\t%d\t", e->sentence);
      actor(b, a, who, 0);
      acta_buf_putc(b, '\t');
      actor(b, a, &e->via, 0);
      acta_buf_printf(b, "\t%s\t", acta_status_name(e->status));
      actor(b, a, &e->source, 0);
      acta_buf_printf(b, "\t%s\t", e->cameo);
      if (e->name) acta_buf_tsv_cell(b, e->name, strlen(e->name));
      acta_buf_putc(b, '\t');
      actor(b, a, &e->target, 0);
      acta_buf_putc(b, '\t');
      if (!by_first[i]) acta_buf_putc(b, '-');
      put_disputers(b, c, a, by_first[i], by_next, 0);
      acta_buf_printf(b, "\t%s\t", ek ? ek : "-");
      if (ek) span(b, a, e->evidence_start, e->evidence_end, 0);
      acta_buf_putc(b, '\n');
    }
  }
  free(by_first);
  free(by_next);
  if (len) *len = b->len;
  return acta_buf_cstr(b);
}
