/* SPDX-License-Identifier: MIT */
/* render_plover.c: POLECAT-style PLOVER records (`acta code --output
 * plover`), one JSON line per event PLOVER codes, with the field names of
 * the PLOVER manual's data chapter ("PLOVER JSON", entity, text and
 * location objects):
 *
 *   id           the event's acta id ("doc#3"; unique in a run)
 *   date         the event's date, YYYY-MM-DD, or null
 *   actor        list of entities: {"code", "sector", "entity_text",
 *                "acta_code"}; code is the ISO 3166-1 alpha-3 country, or
 *                PLOVER's UNO, EUR, IGO, NGO, IMG for international actors
 *                (null if none); sector the actor's role in PLOVER's
 *                sector codes (acta's MED media is JRN, HLH health MED, HRI
 *                rights groups SOC, INS and SEP REB; null if none);
 *                acta_code acta's whole code ("IRNCOP")
 *   recipient    list of entities (empty: none).  Members of a compound
 *                ("Russia and Belarus attacked ...") are one record with
 *                several entities, as PLOVER wants; meetings without host
 *                and visitor and fighting between two armed sides list
 *                every party as actor
 *   event        [type]: one of PLOVER's sixteen types
 *   mode         [mode] or []
 *   context      the contexts, [] if none
 *   quad_code    1 verbal cooperation .. 4 material conflict (the
 *                manual's quad categories of PLOVER types)
 *   event_scale  the manual's conflict--cooperation score of type and mode
 *   event_text   [the words of the trigger] ("opened fire")
 *   event_loc    {"extracted_place", "resolved_place", "lat", "lon",
 *                "province", "country_code", "resolution"} (5 sub-city ..
 *                1 country) or null
 *   text         the sentence
 *   text_info    {"sequence": sentence index, "start", "end": its byte
 *                offsets in the article}
 *   doc_id       the article's id
 *   cameo        acta's CAMEO code of the event
 *   acled        {"event_type", "sub_event_type"} or null, as in acta's
 *                own records
 *   status       acta's status (asserted, alleged, hedged, denied, ...)
 *   coder        "acta VERSION"
 *
 * Events PLOVER does not code (statements, CAMEO 010-014, 017, 019) give
 * no record; an article with none gives acta's {"type":"no_event",...}
 * record, so every input record still yields a line.  Reads the coder's
 * events; writes the coder's output buffer. */
#include <math.h>
#include <string.h>

#include "acta.h"
#include "buf.h"
#include "coder.h"
#include "render.h"

static void put_str_or_null(acta_buf *b, const char *s) {
  if (s && *s) acta_buf_json_string(b, s, strlen(s));
  else acta_buf_puts(b, "null");
}

static void put_span(acta_buf *b, const acta_article *a, size_t start, size_t end) {
  size_t n;
  const char *t = acta_span_text(a, start, end, &n);
  acta_buf_json_string(b, t, n);
}

/* PLOVER's country-or-entity code of an acta code. */
static void entity_code(const acta_actor *x, char out[4]) {
  out[0] = '\0';
  if (x->country[0]) {
    memcpy(out, x->country, 4);
  } else if (!strncmp(x->code, "IGOUNO", 6)) {
    memcpy(out, "UNO", 4);
  } else if (!strncmp(x->code, "IGOEUR", 6)) {
    memcpy(out, "EUR", 4);
  } else if (!strncmp(x->code, "IGO", 3) || !strncmp(x->code, "NGO", 3) ||
             !strncmp(x->code, "IMG", 3)) {
    memcpy(out, x->code, 3);
    out[3] = '\0';
  }
}

/* PLOVER's sector for acta's role r (NULL: none). */
static const char *sector(const char *r) {
  static const char *const MAP[][2] = {{"MED", "JRN"}, {"HLH", "MED"},
                                       {"HRI", "SOC"}, {"INS", "REB"},
                                       {"SEP", "REB"}};
  if (!r[0] || !strcmp(r, "IGO") || !strcmp(r, "NGO") || !strcmp(r, "IMG"))
    return NULL;
  for (size_t i = 0; i < sizeof MAP / sizeof *MAP; i++)
    if (!strcmp(MAP[i][0], r)) return MAP[i][1];
  return r;
}

static void put_entity(acta_buf *b, const acta_article *a, const acta_actor *x) {
  char code[4];
  entity_code(x, code);
  acta_buf_puts(b, "{\"code\":");
  put_str_or_null(b, code);
  acta_buf_puts(b, ",\"sector\":");
  put_str_or_null(b, sector(x->role));
  acta_buf_puts(b, ",\"entity_text\":");
  put_span(b, a, x->start, x->end);
  acta_buf_puts(b, ",\"acta_code\":");
  put_str_or_null(b, x->code);
  acta_buf_putc(b, '}');
}

static int same_actor(const acta_actor *x, const acta_actor *y) {
  return x->present == y->present && x->start == y->start &&
         !strcmp(x->code, y->code);
}

/* Is the actor of event k already listed among events [g0, k) in the side
 * (0: source, 1: target)? */
static int listed(const acta_event *ev, size_t g0, size_t k, int side) {
  const acta_actor *x = side ? &ev[k].target : &ev[k].source;
  for (size_t i = g0; i < k; i++)
    if (same_actor(side ? &ev[i].target : &ev[i].source, x)) return 1;
  return 0;
}

/* Events [g0, g1) are one PLOVER record: the same trigger, code, mode
 * and status in one sentence (the members of compound actors). */
static int same_record(const acta_event *x, const acta_event *y) {
  return x->sentence == y->sentence && x->verb_start == y->verb_start &&
         x->verb_end == y->verb_end && !strcmp(x->cameo, y->cameo) &&
         x->plover_type == y->plover_type && x->plover_mode == y->plover_mode &&
         x->status == y->status;
}

/* Every party listed as actor: a meeting with no host and visitor, or
 * fighting between two armed sides. */
static int all_actors(const acta_event *e) {
  if (!e->target.present) return 0;
  if (!strcmp(e->plover_type, "CONSULT"))
    return !e->plover_mode || !strcmp(e->plover_mode, "multilateral");
  return e->acled_sub_type && !strcmp(e->acled_sub_type, "Armed clash");
}

/* The manual's quad categories of PLOVER types (its numeric table). */
static int quad_of(const char *type) {
  static const char *const Q[4][5] = {
      {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", NULL},
      {"COOPERATE", "AID", "RETREAT", NULL, NULL},
      {"REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN"},
      {"PROTEST", "MOBILIZE", "COERCE", "ASSAULT", NULL}};
  for (int q = 0; q < 4; q++)
    for (int i = 0; i < 5; i++)
      if (Q[q][i] && !strcmp(Q[q][i], type)) return q + 1;
  return 0;
}

static int resolution(const char *precision) {
  static const char *const P[] = {"landmark", "city", "admin1", "region", "country"};
  static const int R[] = {5, 4, 2, 2, 1};
  for (size_t i = 0; i < 5; i++)
    if (!strcmp(P[i], precision)) return R[i];
  return 0;
}

static void put_location(acta_buf *b, const acta_article *a, const acta_event *e) {
  if (!e->has_location) {
    acta_buf_puts(b, "null");
    return;
  }
  acta_buf_puts(b, "{\"extracted_place\":");
  if (e->location.end > e->location.start)
    put_span(b, a, e->location.start, e->location.end);
  else
    acta_buf_puts(b, "null");
  acta_buf_puts(b, ",\"resolved_place\":");
  put_str_or_null(b, e->location.name);
  acta_buf_puts(b, ",\"lat\":");
  acta_buf_put_f5(b, isfinite(e->location.lat) ? e->location.lat : 0.0);
  acta_buf_puts(b, ",\"lon\":");
  acta_buf_put_f5(b, isfinite(e->location.lon) ? e->location.lon : 0.0);
  acta_buf_puts(b, ",\"province\":");
  put_str_or_null(b, e->location.admin1);
  acta_buf_puts(b, ",\"country_code\":");
  put_str_or_null(b, e->location.country);
  acta_buf_printf(b, ",\"resolution\":%d}", resolution(e->location.precision));
}

/* One record for events [g0, g1) of the article. */
static void render_record(acta_buf *b, const acta_coder *c, const acta_article *a,
                          size_t g0, size_t g1) {
  const acta_event *ev = c->events, *e = &ev[g0];
  int together = all_actors(e);
  acta_buf_puts(b, "{\"id\":");
  acta_put_event_id(b, c, a, g0, 1);
  acta_buf_puts(b, ",\"date\":");
  put_str_or_null(b, e->date[0] ? e->date : a->date);
  acta_buf_puts(b, ",\"actor\":[");
  int n = 0;
  for (size_t k = g0; k < g1; k++)
    if (ev[k].source.present && ev[k].source.code[0] && !listed(ev, g0, k, 0)) {
      if (n++) acta_buf_putc(b, ',');
      put_entity(b, a, &ev[k].source);
    }
  if (together)
    for (size_t k = g0; k < g1; k++)
      if (ev[k].target.present && !listed(ev, g0, k, 1)) {
        if (n++) acta_buf_putc(b, ',');
        put_entity(b, a, &ev[k].target);
      }
  acta_buf_puts(b, "],\"recipient\":[");
  n = 0;
  if (!together)
    for (size_t k = g0; k < g1; k++)
      if (ev[k].target.present && !listed(ev, g0, k, 1)) {
        if (n++) acta_buf_putc(b, ',');
        put_entity(b, a, &ev[k].target);
      }
  acta_buf_printf(b, "],\"event\":[\"%s\"],\"mode\":[", e->plover_type);
  if (e->plover_mode) acta_buf_printf(b, "\"%s\"", e->plover_mode);
  acta_buf_puts(b, "],\"context\":");
  uint64_t ctx = 0;
  for (size_t k = g0; k < g1; k++) ctx |= ev[k].plover_contexts;
  acta_put_plover_contexts(b, ctx, 1);
  acta_buf_printf(b, ",\"quad_code\":%d,\"event_scale\":%.1f,\"event_text\":[",
                  quad_of(e->plover_type), acta_plover_score(e->plover_type, e->plover_mode));
  put_span(b, a, e->verb_start, e->verb_end);
  acta_buf_puts(b, "],\"event_loc\":");
  put_location(b, a, e);
  acta_buf_puts(b, ",\"text\":");
  put_span(b, a, e->sent_start, e->sent_end);
  acta_buf_printf(b, ",\"text_info\":{\"sequence\":%d,\"start\":%zu,\"end\":%zu}",
                  e->sentence, e->sent_start, e->sent_end);
  acta_buf_puts(b, ",\"doc_id\":");
  put_str_or_null(b, a->id);
  acta_buf_puts(b, ",\"cameo\":");
  acta_buf_json_string(b, e->cameo, strnlen(e->cameo, sizeof e->cameo));
  acta_buf_puts(b, ",\"acled\":");
  if (e->acled_type) {
    acta_buf_printf(b, "{\"event_type\":\"%s\",\"sub_event_type\":", e->acled_type);
    put_str_or_null(b, e->acled_sub_type);
    acta_buf_putc(b, '}');
  } else {
    acta_buf_puts(b, "null");
  }
  acta_buf_printf(b, ",\"status\":\"%s\",\"coder\":\"acta %s\"}\n",
                  acta_status_name(e->status), ACTA_VERSION);
}

const char *acta_render_plover(acta_coder *c, const acta_article *a, size_t *len) {
  acta_buf *b = &c->out;
  acta_buf_clear(b);
  size_t records = 0;
  for (size_t i = 0; i < c->nevents;) {
    size_t j = i + 1;
    if (!c->events[i].plover_type) {
      i = j;
      continue;
    }
    while (j < c->nevents && same_record(&c->events[i], &c->events[j])) j++;
    render_record(b, c, a, i, j);
    records++;
    i = j;
  }
  if (!records) {
    acta_buf_puts(b, "{\"type\":\"no_event\",\"doc_id\":");
    put_str_or_null(b, a->id);
    acta_buf_printf(b, ",\"sentences\":%zu}\n", c->nsentences);
  }
  if (len) *len = b->len;
  return acta_buf_cstr(b);
}
