/* SPDX-License-Identifier: MIT */
/* render_common.c: what the renderers share and what the API gives to read
 * the results: the text an actor or any span covers (acta_actor_text,
 * acta_span_text), event ids ("<base>#n", acta_coder_set_event_id_base)
 * and an event's PLOVER contexts as a list.
 * Reads the coder and the article; writes to the caller's buffer. */
#include <string.h>

#include "coder.h"
#include "render.h"

const char *acta_span_text(const acta_article *a, size_t start, size_t end,
                           size_t *len) {
  size_t n = a && a->text ? a->text_len : 0;
  if (end > n) end = n;
  if (start > end) start = end;
  if (len) *len = end - start;
  return a && a->text ? a->text + start : "";
}

const char *acta_actor_text(const acta_article *a, const acta_actor *x,
                            size_t *len) {
  if (!x || !x->present) {
    if (len) *len = 0;
    return "";
  }
  return acta_span_text(a, x->start, x->end, len);
}

void acta_coder_set_event_id_base(acta_coder *c, const char *base) {
  c->event_id_base = base;
}

void acta_put_event_id(acta_buf *b, const acta_coder *c, const acta_article *a,
                       size_t index, int json) {
  const char *base = c->event_id_base ? c->event_id_base : a->id ? a->id : "";
  if (json) {
    acta_buf_json_string(b, base, strlen(base));
    b->len--; /* reopen the string literal */
    acta_buf_putc(b, '#');
    acta_buf_put_long(b, (long)index);
    acta_buf_putc(b, '"');
  } else {
    /* one whole cell: quoted as a whole when the base holds a quote */
    acta_buf id;
    acta_buf_init(&id);
    acta_put_event_id_text(&id, c, a, index);
    acta_buf_tsv_cell(b, id.data, id.len);
    acta_buf_free(&id);
  }
}

void acta_put_event_id_text(acta_buf *b, const acta_coder *c,
                            const acta_article *a, size_t index) {
  const char *base = c->event_id_base ? c->event_id_base : a->id ? a->id : "";
  acta_buf_puts(b, base);
  acta_buf_putc(b, '#');
  acta_buf_put_long(b, (long)index);
}

void acta_put_plover_contexts(acta_buf *b, uint64_t ctx, int json) {
  int n = 0;
  if (json) acta_buf_putc(b, '[');
  for (int i = 0; i < ACTA_PLOVER_NCONTEXTS; i++) {
    if (!(ctx >> i & 1)) continue;
    if (n++) acta_buf_putc(b, ',');
    if (json) acta_buf_putc(b, '"');
    acta_buf_puts(b, acta_plover_context_name(i));
    if (json) acta_buf_putc(b, '"');
  }
  if (json) acta_buf_putc(b, ']');
}
