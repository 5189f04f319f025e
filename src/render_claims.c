/* SPDX-License-Identifier: MIT */
/* render_claims.c: the claims ledger of an article: every coded event as a
 * claim with who made it, its status, the denials that dispute it and what
 * was said about evidence -- as JSON lines or as a tab-separated table. */
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "buf.h"
#include "coder.h"

static void span(acta_buf *b, const acta_article *a, size_t s, size_t e,
                 int json) {
  size_t n = a->text ? a->text_len : 0;
  if (e > n) e = n;
  if (s > e) s = e;
  if (json)
    acta_buf_json_string(b, a->text ? a->text + s : "", e - s);
  else
    acta_buf_tsv_cell(b, a->text ? a->text + s : "", e - s);
}

static void actor_label(acta_buf *b, const acta_actor *x) {
  if (!x->present) {
    acta_buf_puts(b, "-");
    return;
  }
  acta_buf_puts(b, x->code[0] ? x->code : "?");
}

/* "IRN 072 (Provide military aid) RUS" */
static void claim_text(acta_buf *b, const acta_event *e) {
  actor_label(b, &e->source);
  acta_buf_printf(b, " %s (%s) ", e->cameo, e->name ? e->name : "");
  actor_label(b, &e->target);
}

/* The ids of the denials disputing an event (a list through next[], index
 * + 1, 0 ends it), comma-separated: JSON strings or TSV text. */
static void put_disputers(acta_buf *b, const char *id, size_t first,
                          const size_t *next, int json) {
  for (size_t k = first; k; k = next[k - 1]) {
    if (k != first) acta_buf_putc(b, ',');
    if (json) {
      acta_buf_json_string(b, id, strlen(id));
      b->len--; /* reopen the string to append "#n" */
      acta_buf_printf(b, "#%zu\"", k - 1);
    } else {
      acta_buf_tsv_cell(b, id, strlen(id));
      acta_buf_printf(b, "#%zu", k - 1);
    }
  }
}

const char *acta_tsv_claims_header(void) {
  return "id\tsentence\tclaimant_code\tclaimant_text\tvia\tstatus\tclaim\t"
         "disputed_by\tevidence\tevidence_text\n";
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
    acta_buf tmp;
    acta_buf_init(&tmp);
    claim_text(&tmp, e);
    if (json) {
      acta_buf_puts(b, "{\"type\":\"claim\",\"id\":");
      acta_buf_json_string(b, id, strlen(id));
      b->len--;
      acta_buf_printf(b, "#%zu\",\"sentence\":%d,\"claimant\":", i, e->sentence);
      if (who->present) {
        acta_buf_puts(b, "{\"text\":");
        span(b, a, who->start, who->end, 1);
        acta_buf_puts(b, ",\"code\":");
        if (who->code[0]) acta_buf_json_string(b, who->code, strlen(who->code));
        else acta_buf_puts(b, "null");
        acta_buf_putc(b, '}');
      } else {
        acta_buf_puts(b, "null"); /* a toll with no source and no reporter */
      }
      acta_buf_puts(b, ",\"via\":");
      if (e->via.present && e->via.code[0])
        acta_buf_json_string(b, e->via.code, strlen(e->via.code));
      else
        acta_buf_puts(b, "null");
      acta_buf_printf(b, ",\"status\":\"%s\",\"claim\":", acta_status_name(e->status));
      acta_buf_json_string(b, tmp.data ? tmp.data : "", tmp.len);
      acta_buf_puts(b, ",\"disputed_by\":[");
      put_disputers(b, id, by_first[i], by_next, 1);
      acta_buf_puts(b, "],\"evidence\":");
      const char *ek = acta_evidence_name(e->evidence);
      if (ek) {
        acta_buf_printf(b, "{\"kind\":\"%s\",\"text\":", ek);
        span(b, a, e->evidence_start, e->evidence_end, 1);
        acta_buf_putc(b, '}');
      } else {
        acta_buf_puts(b, "null");
      }
      acta_buf_puts(b, "}\n");
    } else {
      acta_buf_tsv_cell(b, id, strlen(id));
      acta_buf_printf(b, "#%zu\t%d\t", i, e->sentence);
      acta_buf_puts(b, who->code[0] ? who->code : "-");
      acta_buf_putc(b, '\t');
      span(b, a, who->start, who->end, 0);
      acta_buf_putc(b, '\t');
      acta_buf_puts(b, e->via.present && e->via.code[0] ? e->via.code : "-");
      acta_buf_printf(b, "\t%s\t", acta_status_name(e->status));
      acta_buf_tsv_cell(b, tmp.data ? tmp.data : "", tmp.len);
      acta_buf_putc(b, '\t');
      if (!by_first[i]) acta_buf_putc(b, '-');
      put_disputers(b, id, by_first[i], by_next, 0);
      const char *ek = acta_evidence_name(e->evidence);
      acta_buf_printf(b, "\t%s\t", ek ? ek : "-");
      if (ek) span(b, a, e->evidence_start, e->evidence_end, 0);
      acta_buf_putc(b, '\n');
    }
    acta_buf_free(&tmp);
  }
  free(by_first);
  free(by_next);
  if (len) *len = b->len;
  return acta_buf_cstr(b);
}
