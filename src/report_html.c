/* SPDX-License-Identifier: MIT */
/* report_html.c: acta report -- one self-contained HTML file (no script,
 * no request leaving the file) about the event store: events per month by
 * quad class (an SVG chart), a map of the located incidents (an SVG
 * longitude/latitude projection: a graticule, and as land the 1-degree
 * cells that hold a GeoNames city -- libgeonames, already acta's -- since
 * no country outlines come with the machine), the top actors and dyads,
 * and a table of incidents with their sources, statuses and figures,
 * disagreeing figures marked.  Every text from the database is escaped. */
#include <errno.h>
#include <geonames.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "buf.h"
#include "query.h"
#include "store_strings.h"

#define TOP_ACTORS 15
#define MAX_TABLE_INCIDENTS 500
#define MAP_W 960
#define MAP_H 480

static void esc(acta_buf *b, const char *s) {
  if (!s) return;
  for (; *s; s++) {
    switch (*s) {
      case '&': acta_buf_puts(b, "&amp;"); break;
      case '<': acta_buf_puts(b, "&lt;"); break;
      case '>': acta_buf_puts(b, "&gt;"); break;
      case '"': acta_buf_puts(b, "&quot;"); break;
      case '\'': acta_buf_puts(b, "&#39;"); break;
      default: acta_buf_putc(b, *s);
    }
  }
}

/* ---- what the report gathers ----------------------------------------- */

typedef struct month {
  char ym[16];
  long quad[5];
} month;

typedef struct inc_row {
  store_incident x;       /* strings owned by the report (strs) */
  int disagree;           /* two or more values of one kind's totals */
  acta_buf sources;       /* "publisher (article id), ..." */
  const char *sentence;   /* the first report's sentence */
} inc_row;

typedef struct report {
  month *months;
  size_t nmonths, capmonths;
  long undated, events;
  char **actors, **dyads;
  size_t nactors, capactors, ndyads, capdyads;
  inc_row *incs;
  size_t nincs, capincs;
  long max_id;
  long *by_id;            /* incident id -> index in incs + 1 (0: none) */
  store_strings strs;
  /* per incident id during the event walk: the sources seen */
  acta_buf *src;
  const char **first_sentence;
} report;

static const char *keep(report *r, const char *s) {
  return store_strings_dup(&r->strs, s);
}

static void push(char ***arr, size_t *n, size_t *cap, const char *s) {
  char *p = strdup(s);
  if (!p) abort();
  ACTA_GROW(*arr, *n, *cap);
  (*arr)[(*n)++] = p;
}

static int on_incident(void *ud, const store_incident *x) {
  report *r = ud;
  ACTA_GROW(r->incs, r->nincs, r->capincs);
  inc_row *w = &r->incs[r->nincs++];
  memset(w, 0, sizeof *w);
  w->x = *x;
  store_incident *c = &w->x;
  const char **f[] = {&c->root, &c->cameo, &c->event_name, &c->source_code,
                      &c->source_country, &c->source_role, &c->target_code,
                      &c->target_country, &c->target_role, &c->location_name,
                      &c->location_country, &c->location_admin1,
                      &c->first_date, &c->last_date, &c->first_report,
                      &c->last_report, &c->statuses, &c->reporters,
                      &c->figures, &c->first_event_id, &c->source_url};
  for (size_t k = 0; k < sizeof f / sizeof f[0]; k++) *f[k] = keep(r, *f[k]);
  if (x->id > r->max_id) r->max_id = x->id;
  return 0;
}

static int on_event(void *ud, const store_event *e) {
  report *r = ud;
  r->events++;
  int y, mo;
  if (e->date && sscanf(e->date, "%4d-%2d", &y, &mo) == 2 && mo >= 1 && mo <= 12) {
    /* events come in date order: add the months up to this one, those
     * without events too, so that the chart's axis is time */
    while (!r->nmonths || strncmp(r->months[r->nmonths - 1].ym, e->date, 7) != 0) {
      int ny = y, nm = mo;
      if (r->nmonths) {
        sscanf(r->months[r->nmonths - 1].ym, "%4d-%2d", &ny, &nm);
        if (++nm > 12) {
          nm = 1;
          ny++;
        }
      }
      ACTA_GROW(r->months, r->nmonths, r->capmonths);
      month *m = &r->months[r->nmonths++];
      memset(m, 0, sizeof *m);
      snprintf(m->ym, sizeof m->ym, "%04d-%02d", ny % 10000, nm);
    }
    if (e->quad_class >= 1 && e->quad_class <= 4)
      r->months[r->nmonths - 1].quad[e->quad_class]++;
  } else {
    r->undated++;
  }
  if (e->source.text && e->source.code && *e->source.code)
    push(&r->actors, &r->nactors, &r->capactors, e->source.code);
  if (e->target.text && e->target.code && *e->target.code)
    push(&r->actors, &r->nactors, &r->capactors, e->target.code);
  if (e->source.text && e->target.text && e->source.code && e->target.code &&
      *e->source.code && *e->target.code) {
    char d[160];
    snprintf(d, sizeof d, "%s \xE2\x86\x92 %s", e->source.code, e->target.code);
    push(&r->dyads, &r->ndyads, &r->capdyads, d);
  }
  long id = e->incident_id;
  if (id > 0 && id <= r->max_id && r->by_id[id]) {
    acta_buf *b = &r->src[id];
    /* the source: the publisher and the article id, once each */
    acta_buf one;
    acta_buf_init(&one);
    if (e->publisher) acta_buf_printf(&one, "%s (%s)", e->publisher, e->article_id);
    else acta_buf_puts(&one, e->article_id);
    const char *have = b->len ? acta_buf_cstr(b) : "";
    int seen = 0;
    for (const char *p = have; (p = strstr(p, acta_buf_cstr(&one))) != NULL; p++) {
      size_t n = one.len;
      if ((p == have || p[-1] == '\x1f') && (p[n] == '\x1f' || p[n] == '\0')) {
        seen = 1;
        break;
      }
    }
    if (!seen) {
      if (b->len) acta_buf_putc(b, '\x1f');
      acta_buf_put(b, one.data, one.len);
    }
    acta_buf_free(&one);
    if (!r->first_sentence[id]) r->first_sentence[id] = keep(r, e->sentence_text);
  }
  return 0;
}

/* disagreeing figures: two totals of one kind with different values */
typedef struct fig_walk {
  report *r;
  long id;
  char kind[32];
  double value;
} fig_walk;

static int on_figure(void *ud, const store_incident_figure *g) {
  fig_walk *w = ud;
  if (!g->role || strcmp(g->role, "total") != 0) return 0;
  if (g->incident_id == w->id && strcmp(g->kind, w->kind) == 0 && g->value != w->value) {
    if (g->incident_id <= w->r->max_id && w->r->by_id[g->incident_id])
      w->r->incs[w->r->by_id[g->incident_id] - 1].disagree = 1;
  }
  w->id = g->incident_id;
  snprintf(w->kind, sizeof w->kind, "%s", g->kind);
  w->value = g->value;
  return 0;
}

static int by_string(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct counted {
  const char *s;
  long n;
} counted;

static int by_count(const void *a, const void *b) {
  const counted *x = a, *y = b;
  if (x->n != y->n) return x->n > y->n ? -1 : 1;
  return strcmp(x->s, y->s);
}

/* the top `max` strings of arr (sorted in place) by how often they occur */
static size_t top(char **arr, size_t n, counted *out, size_t max) {
  qsort(arr, n, sizeof *arr, by_string);
  counted *all = malloc((n ? n : 1) * sizeof *all);
  if (!all) abort();
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && strcmp(arr[j], arr[i]) == 0) j++;
    all[k].s = arr[i];
    all[k++].n = (long)(j - i);
    i = j;
  }
  qsort(all, k, sizeof *all, by_count);
  size_t m = k < max ? k : max;
  memcpy(out, all, m * sizeof *out);
  free(all);
  return m;
}

static int by_mentions(const void *a, const void *b) {
  const inc_row *x = a, *y = b;
  if (x->x.num_mentions != y->x.num_mentions)
    return x->x.num_mentions > y->x.num_mentions ? -1 : 1;
  return x->x.id < y->x.id ? -1 : x->x.id > y->x.id;
}

/* ---- writing --------------------------------------------------------- */

static const char *const quad_names[5] = {"", "verbal cooperation",
                                          "material cooperation",
                                          "verbal conflict",
                                          "material conflict"};
static const char *const quad_colors[5] = {"#888", "#4e9a06", "#8ae234",
                                           "#f57900", "#cc0000"};

static void chart(acta_buf *b, const report *r) {
  acta_buf_puts(b, "<h2>Events per month by quad class</h2>\n");
  if (!r->nmonths) {
    acta_buf_puts(b, "<p>No dated events.</p>\n");
    return;
  }
  long max = 1;
  for (size_t i = 0; i < r->nmonths; i++) {
    long t = 0;
    for (int q = 1; q <= 4; q++) t += r->months[i].quad[q];
    if (t > max) max = t;
  }
  const int W = 900, H = 260, L = 50, B = 40;
  double bw = (double)(W - L - 10) / (double)r->nmonths;
  acta_buf_printf(b, "<svg id=\"timeline\" width=\"%d\" height=\"%d\" "
                  "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"events per month\">\n",
                  W, H, W, H);
  acta_buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n",
                  L, H - B, W - 10, H - B);
  acta_buf_printf(b, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%ld</text>\n",
                  L - 4, 14, max);
  acta_buf_printf(b, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">0</text>\n",
                  L - 4, H - B);
  size_t label_every = r->nmonths / 12 + 1;
  for (size_t i = 0; i < r->nmonths; i++) {
    double x = L + (double)i * bw;
    double y = H - B;
    for (int q = 1; q <= 4; q++) {
      double h = (double)r->months[i].quad[q] / (double)max * (H - B - 10);
      if (h <= 0) continue;
      y -= h;
      acta_buf_printf(b, "<rect class=\"q%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                      "height=\"%.1f\" fill=\"%s\"><title>%s: %ld %s</title></rect>\n",
                      q, x + 1, y, bw > 3 ? bw - 2 : bw, h, quad_colors[q],
                      r->months[i].ym, r->months[i].quad[q], quad_names[q]);
    }
    if (i % label_every == 0)
      acta_buf_printf(b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>\n", x + 1,
                      H - B + 15, r->months[i].ym);
  }
  for (int q = 1; q <= 4; q++)
    acta_buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n",
                    L + (q - 1) * 190, H - 12, quad_colors[q], L + (q - 1) * 190 + 14,
                    H - 3, quad_names[q]);
  acta_buf_puts(b, "</svg>\n");
  if (r->undated)
    acta_buf_printf(b, "<p>%ld undated events are not in the chart.</p>\n", r->undated);
}

static double px(double lon) { return (lon + 180.0) / 360.0 * MAP_W; }
static double py(double lat) { return (90.0 - lat) / 180.0 * MAP_H; }

static void map(acta_buf *b, const report *r) {
  acta_buf_puts(b, "<h2>Located incidents</h2>\n");
  acta_buf_printf(b, "<svg id=\"map\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                  "role=\"img\" aria-label=\"map of incidents\">\n"
                  "<rect width=\"%d\" height=\"%d\" fill=\"#eef4fa\"/>\n",
                  MAP_W, MAP_H, MAP_W, MAP_H, MAP_W, MAP_H);
  /* land: the 1-degree cells holding a GeoNames city */
  static unsigned char cells[180][360];
  memset(cells, 0, sizeof cells);
  int n = geonames_get_n_cities();
  for (int i = 0; i < n; i++) {
    GeonamesCity *c = geonames_get_city(i);
    if (!c) continue;
    double lat = geonames_city_get_latitude(c), lon = geonames_city_get_longitude(c);
    geonames_city_free(c);
    int y = (int)floor(90.0 - lat), x = (int)floor(lon + 180.0);
    if (y >= 0 && y < 180 && x >= 0 && x < 360) cells[y][x] = 1;
  }
  acta_buf_puts(b, "<g id=\"land\" fill=\"#d9d4c7\">");
  for (int y = 0; y < 180; y++)
    for (int x = 0; x < 360; x++)
      if (cells[y][x])
        acta_buf_printf(b, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"/>",
                        px(x - 180.0), py(90.0 - y), MAP_W / 360.0 + 0.3,
                        MAP_H / 180.0 + 0.3);
  acta_buf_puts(b, "</g>\n<g id=\"graticule\" stroke=\"#9bb\" stroke-width=\"0.5\">");
  for (int lon = -180; lon <= 180; lon += 30)
    acta_buf_printf(b, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\"/>", px(lon), px(lon), MAP_H);
  for (int lat = -90; lat <= 90; lat += 30)
    acta_buf_printf(b, "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", py(lat), MAP_W, py(lat));
  acta_buf_puts(b, "</g>\n<g id=\"incidents\">");
  long located = 0;
  for (size_t i = 0; i < r->nincs; i++) {
    const store_incident *x = &r->incs[i].x;
    if (!x->has_location || !isfinite(x->lat) || !isfinite(x->lon)) continue;
    located++;
    int q = x->quad_class >= 1 && x->quad_class <= 4 ? x->quad_class : 0;
    acta_buf_printf(b, "<circle class=\"incident\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" "
                    "fill=\"%s\" fill-opacity=\"0.7\" stroke=\"#222\" stroke-width=\"0.4\">"
                    "<title>#%ld ", px(x->lon), py(x->lat),
                    2.5 + 2.0 * sqrt((double)x->num_mentions), quad_colors[q], x->id);
    esc(b, x->event_name);
    acta_buf_puts(b, ", ");
    esc(b, x->location_name);
    acta_buf_printf(b, " (%ld mentions)</title></circle>", x->num_mentions);
  }
  acta_buf_puts(b, "</g>\n</svg>\n");
  acta_buf_printf(b, "<p class=\"note\">%ld located incidents; circle area grows with "
                  "mentions, colour is the quad class.  Equirectangular projection "
                  "with a 30&deg; graticule.  No country outlines are on this machine: "
                  "the land drawn is the 1&deg; cells that hold one of the %d cities "
                  "of GeoNames (libgeonames).</p>\n", located, n);
}

static void top_table(acta_buf *b, const char *title, const char *col, counted *c,
                      size_t n) {
  acta_buf_printf(b, "<div class=\"top\"><h3>%s</h3><table><tr><th>%s</th><th>events</th></tr>\n",
                  title, col);
  for (size_t i = 0; i < n; i++) {
    acta_buf_puts(b, "<tr><td>");
    esc(b, c[i].s);
    acta_buf_printf(b, "</td><td class=\"n\">%ld</td></tr>\n", c[i].n);
  }
  acta_buf_puts(b, "</table></div>\n");
}

static void incident_table(acta_buf *b, report *r) {
  qsort(r->incs, r->nincs, sizeof *r->incs, by_mentions);
  size_t n = r->nincs < MAX_TABLE_INCIDENTS ? r->nincs : MAX_TABLE_INCIDENTS;
  acta_buf_printf(b, "<h2>Incidents</h2>\n<p>%zu incidents%s, the most reported "
                  "first.  Figures that disagree are marked.</p>\n", r->nincs,
                  n < r->nincs ? " (the table shows the first 500)" : "");
  acta_buf_puts(b, "<table id=\"incidents-table\"><tr><th>#</th><th>dates</th>"
                   "<th>event</th><th>source &rarr; target</th><th>place</th>"
                   "<th>mentions / sources / articles</th><th>statuses</th>"
                   "<th>reported by</th><th>figures</th><th>sources</th>"
                   "<th>first report</th></tr>\n");
  for (size_t i = 0; i < n; i++) {
    const inc_row *w = &r->incs[i];
    const store_incident *x = &w->x;
    acta_buf_printf(b, "<tr class=\"incident-row\"><td>%ld</td><td>", x->id);
    esc(b, x->first_date);
    if (x->last_date && x->first_date && strcmp(x->last_date, x->first_date)) {
      acta_buf_puts(b, " &ndash; ");
      esc(b, x->last_date);
    }
    acta_buf_puts(b, "</td><td>");
    esc(b, x->cameo);
    acta_buf_puts(b, " ");
    esc(b, x->event_name);
    acta_buf_puts(b, "</td><td>");
    esc(b, x->source_code ? x->source_code : "?");
    acta_buf_puts(b, " &rarr; ");
    esc(b, x->target_code ? x->target_code : "?");
    acta_buf_puts(b, "</td><td>");
    esc(b, x->location_name);
    acta_buf_printf(b, "</td><td class=\"n\">%ld / %ld / %ld</td><td>", x->num_mentions,
                    x->num_sources, x->num_articles);
    esc(b, x->statuses);
    acta_buf_puts(b, "</td><td>");
    esc(b, x->reporters);
    acta_buf_printf(b, "</td><td%s>", w->disagree ? " class=\"disagree\"" : "");
    if (w->disagree) acta_buf_puts(b, "&#9888; ");
    esc(b, x->figures);
    acta_buf_puts(b, "</td><td>");
    /* sources, one per line */
    const char *s = w->sources.len ? w->sources.data : "";
    while (*s) {
      const char *e = strchr(s, '\x1f');
      size_t len = e ? (size_t)(e - s) : strlen(s);
      char *one = strndup(s, len);
      if (!one) abort();
      esc(b, one);
      free(one);
      if (e) acta_buf_puts(b, "<br>");
      s += len + (e ? 1 : 0);
    }
    acta_buf_puts(b, "</td><td class=\"text\">");
    esc(b, w->sentence);
    acta_buf_puts(b, "</td></tr>\n");
  }
  acta_buf_puts(b, "</table>\n");
}

static const char css[] =
    "body{font-family:sans-serif;margin:1.5em;color:#222;max-width:1400px}"
    "table{border-collapse:collapse;font-size:13px;margin-bottom:1em}"
    "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}"
    "th{background:#f0f0f0}td.n{text-align:right;white-space:nowrap}"
    "td.text{max-width:28em}td.disagree{background:#fff3cd}"
    ".top{display:inline-block;vertical-align:top;margin-right:2em}"
    ".note{color:#555;font-size:12px}svg{display:block;margin:0.5em 0}";

int cli_report(const cli_query_args *a) {
  if (!a->output || !*a->output) {
    fprintf(stderr, "acta: report needs -o FILE.html (see acta report --help)\n");
    return 2;
  }
  store *s = cli_open_existing(a->db);
  if (!s) return 4;
  store_filter f;
  cli_filter_of(a, &f);
  report r;
  memset(&r, 0, sizeof r);
  int rc = 0, status = 0;
  acta_buf b;
  acta_buf_init(&b);
  if ((rc = s->ops->each_incident(s, &f, on_incident, &r)) != 0) goto out;
  r.by_id = calloc((size_t)r.max_id + 1, sizeof *r.by_id);
  r.src = calloc((size_t)r.max_id + 1, sizeof *r.src);
  r.first_sentence = calloc((size_t)r.max_id + 1, sizeof *r.first_sentence);
  if (!r.by_id || !r.src || !r.first_sentence) abort();
  for (size_t i = 0; i < r.nincs; i++) r.by_id[r.incs[i].x.id] = (long)i + 1;
  if ((rc = s->ops->each_event(s, &f, on_event, &r)) != 0) goto out;
  fig_walk fw = {&r, 0, "", 0};
  if ((rc = s->ops->each_incident_figure(s, 0, on_figure, &fw)) != 0) goto out;
  for (size_t i = 0; i < r.nincs; i++) {
    long id = r.incs[i].x.id;
    r.incs[i].sources = r.src[id];
    acta_buf_init(&r.src[id]);
    acta_buf_cstr(&r.incs[i].sources); /* NUL-terminated for the table */
    r.incs[i].sentence = r.first_sentence[id];
  }

  acta_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'; img-src data:\">\n<title>acta report: ");
  esc(&b, a->db);
  acta_buf_printf(&b, "</title>\n<style>%s</style></head><body>\n<h1>acta report</h1>\n", css);
  acta_buf_puts(&b, "<p>Database <code>");
  esc(&b, a->db);
  acta_buf_printf(&b, "</code>: %ld events in %zu incidents (acta " ACTA_VERSION ").</p>\n",
                  r.events, r.nincs);
  chart(&b, &r);
  map(&b, &r);
  acta_buf_puts(&b, "<h2>Top actors and dyads</h2>\n");
  counted top_a[TOP_ACTORS], top_d[TOP_ACTORS];
  size_t na = top(r.actors, r.nactors, top_a, TOP_ACTORS);
  size_t nd = top(r.dyads, r.ndyads, top_d, TOP_ACTORS);
  top_table(&b, "Actors", "actor (source or target)", top_a, na);
  top_table(&b, "Dyads", "source &rarr; target", top_d, nd);
  incident_table(&b, &r);
  acta_buf_puts(&b, "</body></html>\n");

  FILE *out = fopen(a->output, "wb");
  if (!out || fwrite(b.data, 1, b.len, out) != b.len || fclose(out) != 0) {
    fprintf(stderr, "acta: cannot write %s: %s\n", a->output, strerror(errno));
    status = 4;
  }
out:
  if (rc != 0) {
    fprintf(stderr, "acta: report: %s\n", s->err);
    status = 4;
  }
  acta_buf_free(&b);
  for (size_t i = 0; i < r.nincs; i++) acta_buf_free(&r.incs[i].sources);
  if (r.src)
    for (long i = 0; i <= r.max_id; i++) acta_buf_free(&r.src[i]);
  free(r.src);
  free(r.first_sentence);
  free(r.by_id);
  free(r.incs);
  free(r.months);
  for (size_t i = 0; i < r.nactors; i++) free(r.actors[i]);
  for (size_t i = 0; i < r.ndyads; i++) free(r.dyads[i]);
  free(r.actors);
  free(r.dyads);
  store_strings_free(&r.strs);
  s->ops->close(s);
  return status;
}
