/* SPDX-License-Identifier: MIT */
/* store_rows.c: turns the events a coder found in an article into the
 * event store's flat rows (store_event, store_figure), copying every
 * string from the article and the coder: the texts of actors, reporters,
 * sentences and figures, the PLOVER contexts as a comma list, each
 * POLECAT-style record (render_plover.c) with the event it heads.  Strings
 * owned by the dictionaries (event names, PLOVER and ACLED types) are
 * pointed to, not copied: they live as long as the dictionaries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "store_rows.h"

static const char *own(store_item *it, const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) abort();
  memcpy(p, s, n);
  p[n] = '\0';
  ACTA_GROW(it->owned, it->nowned, it->capowned);
  it->owned[it->nowned++] = p;
  return p;
}

static const char *own_s(store_item *it, const char *s) {
  return s ? own(it, s, strlen(s)) : NULL;
}

/* a fixed-size char array of the event (NUL-terminated or full) */
#define FIELD(it, arr) own((it), (arr), strnlen((arr), sizeof(arr)))

static const char *span(store_item *it, const acta_article *a, size_t s,
                        size_t e) {
  size_t n;
  const char *t = acta_span_text(a, s, e, &n);
  return own(it, t, n);
}

static void actor(store_item *it, const acta_article *a, const acta_actor *x,
                  store_actor *out) {
  memset(out, 0, sizeof *out);
  if (!x->present) return;
  out->code = FIELD(it, x->code);
  out->country = FIELD(it, x->country);
  out->role = FIELD(it, x->role);
  out->text = span(it, a, x->start, x->end);
  out->start = (long)x->start;
  out->end = (long)x->end;
}

/* Gives each POLECAT-style record of the article (render_plover.c; one
 * JSON line per record, {"id":"<event id>",...}) to the event it heads. */
static void attach_plover(store_item *it, acta_coder *c, const acta_article *a) {
  size_t len;
  const char *s = acta_render_plover(c, a, &len), *end = s + len;
  acta_buf head;
  acta_buf_init(&head);
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
    for (size_t i = 0; i < it->nev; i++) {
      acta_buf_clear(&head);
      acta_buf_puts(&head, "{\"id\":");
      acta_buf_json_string(&head, it->ev[i].id, strlen(it->ev[i].id));
      if (n > head.len && memcmp(s, head.data, head.len) == 0 &&
          (s[head.len] == ',' || s[head.len] == '}')) {
        it->ev[i].plover_json = own(it, s, n);
        break;
      }
    }
    s += n + 1;
  }
  acta_buf_free(&head);
}

store_item *store_item_new(acta_coder *c, const acta_article *a,
                           const char *origin) {
  store_item *it = calloc(1, sizeof *it);
  if (!it) abort();
  size_t n;
  const acta_event *ev = acta_events(c, &n);
  it->art.id = own_s(it, a->id);
  it->art.date = own_s(it, a->date);
  it->art.publisher = own_s(it, a->publisher);
  it->art.url = own_s(it, a->url);
  it->art.title = own_s(it, a->title);
  it->art.origin = own_s(it, origin);
  it->art.text = own(it, a->text ? a->text : "", a->text ? a->text_len : 0);
  it->art.text_len = a->text ? a->text_len : 0;
  it->art.sentences = (long)acta_sentence_count(c);
  it->art.nevents = (long)n;

  size_t nfig = 0;
  for (size_t i = 0; i < n; i++) nfig += ev[i].nfigures;
  it->ev = calloc(n ? n : 1, sizeof *it->ev);
  it->fig = calloc(nfig ? nfig : 1, sizeof *it->fig);
  if (!it->ev || !it->fig) abort();
  it->nev = n;
  it->nfig = nfig;
  acta_buf tmp;
  acta_buf_init(&tmp);
  size_t f = 0;
  for (size_t i = 0; i < n; i++) {
    const acta_event *e = &ev[i];
    store_event *r = &it->ev[i];
    acta_buf_clear(&tmp);
    acta_buf_printf(&tmp, "%s#%zu", a->id, i);
    r->id = own(it, tmp.data, tmp.len);
    r->article_id = it->art.id;
    r->idx = (long)i;
    r->sentence = e->sentence;
    r->sent_start = (long)e->sent_start;
    r->sent_end = (long)e->sent_end;
    r->date = e->date[0] ? FIELD(it, e->date) : it->art.date;
    r->date_precision = FIELD(it, e->date_precision);
    actor(it, a, &e->source, &r->source);
    actor(it, a, &e->target, &r->target);
    r->cameo = FIELD(it, e->cameo);
    r->root = FIELD(it, e->root);
    r->event_name = e->name;
    r->verb = FIELD(it, e->verb);
    r->verb_start = (long)e->verb_start;
    r->verb_end = (long)e->verb_end;
    r->quad_class = e->quad_class;
    r->goldstein = e->goldstein;
    r->status = acta_status_name(e->status);
    if (e->reported_by.present) {
      r->reported_by_code = FIELD(it, e->reported_by.code);
      r->reported_by_text = span(it, a, e->reported_by.start, e->reported_by.end);
    }
    r->via_code = e->via.present ? FIELD(it, e->via.code) : NULL;
    r->evidence = acta_evidence_name(e->evidence);
    r->has_location = e->has_location;
    if (e->has_location) {
      r->location_name = FIELD(it, e->location.name);
      r->location_country = FIELD(it, e->location.country);
      r->location_admin1 = FIELD(it, e->location.admin1);
      r->location_precision = FIELD(it, e->location.precision);
      r->lat = e->location.lat;
      r->lon = e->location.lon;
    }
    r->sentence_text = span(it, a, e->sent_start, e->sent_end);
    r->plover_type = e->plover_type;
    r->plover_mode = e->plover_mode;
    acta_buf_clear(&tmp);
    for (int k = 0; k < ACTA_PLOVER_NCONTEXTS; k++)
      if (e->plover_contexts >> k & 1)
        acta_buf_printf(&tmp, "%s%s", tmp.len ? "," : "", acta_plover_context_name(k));
    r->plover_context = tmp.len ? own(it, tmp.data, tmp.len) : NULL;
    r->acled_type = e->acled_type;
    r->acled_sub_type = e->acled_sub_type;
    r->figures = &it->fig[f];
    r->nfigures = e->nfigures;
    for (size_t k = 0; k < e->nfigures; k++, f++) {
      const acta_figure *g = &e->figures[k];
      store_figure *q = &it->fig[f];
      q->event_id = r->id;
      q->idx = (long)k;
      q->kind = FIELD(it, g->kind);
      q->qualifier = FIELD(it, g->qualifier);
      q->value = g->value;
      q->low = g->low;
      q->high = g->high;
      q->text = span(it, a, g->start, g->end);
      q->reporter = r->reported_by_text;
      q->reporter_code = r->reported_by_code;
    }
  }
  acta_buf_free(&tmp);
  attach_plover(it, c, a);
  char hash[33];
  store_article_hash(&it->art, hash);
  it->art.hash = own(it, hash, 32);
  return it;
}

void store_item_free(store_item *it) {
  if (!it) return;
  for (size_t i = 0; i < it->nowned; i++) free(it->owned[i]);
  free(it->owned);
  free(it->ev);
  free(it->fig);
  free(it);
}
