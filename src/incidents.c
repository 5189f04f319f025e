/* SPDX-License-Identifier: MIT */
/* incidents.c: forms incidents across articles -- the events that report
 * one happening -- and reconciles their figures (docs/incidents.md).
 *
 * Events are grouped by CAMEO root and walked in date order; an event
 * joins the best open incident of its root whose first date is at most
 * `window` days before its own, whose actors are compatible (equal codes,
 * one code a prefix of the other, or one side unknown) and whose place is
 * the same or unknown; else it opens a new incident.  Figures are kept per
 * incident and kind, each value with its qualifier and who reported it; a
 * part of a total ("including 5 children") and a rate are kept apart from
 * the totals whose range is given.  Sorting makes it n log n; each event
 * is compared with at most INCIDENT_MAX_CANDIDATES open incidents. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "incidents.h"
#include "store_strings.h"

#define NO_DAY LONG_MIN

typedef struct fig {
  char *kind, *qualifier, *text, *reporter;
  double value, low, high;
  const char *role;
} fig;

typedef struct ev {
  char *id, *article_id, *article_date, *url, *source_key, *date;
  long day, pos;
  char *root, *cameo, *event_name;
  int quad;
  double gold;
  char *scode, *scountry, *srole, *tcode, *tcountry, *trole;
  int has_loc;
  char *lname, *lcountry, *ladmin1;
  double lat, lon;
  const char *status;
  char *reporter;
  size_t fig0, nfig;
  long inc; /* index into the incidents */
} ev;

typedef struct inc {
  long first_day, last_day;
  size_t first_ev;   /* the event that opened it */
  const char *scode, *tcode, *lname, *lcountry; /* for matching */
  double lat, lon;
  int has_loc;
  long id;           /* final number */
} inc;

typedef struct state {
  ev *evs;
  size_t n, cap;
  fig *figs;
  size_t nfig, capfig;
  store_strings strs;
} state;

static char *dup(state *st, const char *s) {
  return store_strings_dup(&st->strs, s);
}

/* Days since 1970-01-01 of "YYYY-MM-DD", NO_DAY if not a date. */
static long day_number(const char *s) {
  int y, m, d;
  if (!s || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3) return NO_DAY;
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* "a rate": a figure per unit of time or a share */
static int is_rate(const char *text) {
  static const char *const words[] = {"%", "percent", "per cent", " per ",
                                      " a day", " a week", " a month",
                                      " each day", "daily", "weekly"};
  if (!text) return 0;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strstr(text, words[i])) return 1;
  return 0;
}

/* The host of a URL ("https://www.x.org/a" -> "www.x.org"), into buf. */
static const char *url_host(const char *url, char *buf, size_t len) {
  const char *p = strstr(url, "://");
  p = p ? p + 3 : url;
  size_t n = strcspn(p, "/?#");
  snprintf(buf, len, "%.*s", (int)n, p);
  return buf;
}

static int load_event(void *ud, const store_event *e) {
  state *st = ud;
  ACTA_GROW(st->evs, st->n, st->cap);
  ev *x = &st->evs[st->n];
  memset(x, 0, sizeof *x);
  x->pos = (long)st->n;
  x->id = dup(st, e->id);
  x->article_id = dup(st, e->article_id);
  x->article_date = dup(st, e->article_date);
  x->url = dup(st, e->url);
  char host[256];
  x->source_key = dup(st, e->publisher && *e->publisher ? e->publisher
                          : e->url && *e->url ? url_host(e->url, host, sizeof host)
                                              : e->article_id);
  x->date = dup(st, e->date);
  x->day = day_number(e->date);
  x->root = dup(st, e->root ? e->root : "");
  x->cameo = dup(st, e->cameo);
  x->event_name = dup(st, e->event_name);
  x->quad = e->quad_class;
  x->gold = e->goldstein;
  x->scode = dup(st, e->source.text ? e->source.code : NULL);
  x->scountry = dup(st, e->source.country);
  x->srole = dup(st, e->source.role);
  x->tcode = dup(st, e->target.text ? e->target.code : NULL);
  x->tcountry = dup(st, e->target.country);
  x->trole = dup(st, e->target.role);
  x->has_loc = e->has_location;
  x->lname = dup(st, e->location_name);
  x->lcountry = dup(st, e->location_country);
  x->ladmin1 = dup(st, e->location_admin1);
  x->lat = e->lat;
  x->lon = e->lon;
  static const char *const statuses[] = {"asserted", "alleged", "hedged",
                                         "denied", "negated", "intended"};
  x->status = statuses[0];
  for (size_t k = 0; k < 6; k++)
    if (e->status && strcmp(e->status, statuses[k]) == 0) x->status = statuses[k];
  x->reporter = dup(st, e->reported_by_text);
  x->fig0 = st->nfig;
  x->nfig = e->nfigures;
  for (size_t k = 0; k < e->nfigures; k++) {
    const store_figure *g = &e->figures[k];
    ACTA_GROW(st->figs, st->nfig, st->capfig);
    fig *f = &st->figs[st->nfig++];
    f->kind = dup(st, g->kind);
    f->qualifier = dup(st, g->qualifier);
    f->text = dup(st, g->text);
    f->reporter = dup(st, g->reporter ? g->reporter
                          : e->publisher && *e->publisher ? e->publisher : NULL);
    f->value = g->value;
    f->low = g->low;
    f->high = g->high;
    /* role: a rate; a later figure of a kind already counted in this
     * event, not larger, is a part of it; else a total */
    f->role = "total";
    if (is_rate(g->text)) {
      f->role = "rate";
    } else {
      for (size_t j = 0; j < k; j++) {
        const fig *h = &st->figs[x->fig0 + j];
        if (strcmp(h->role, "rate") != 0 && strcmp(h->kind, f->kind) == 0 &&
            f->high <= h->high) {
          f->role = "part";
          break;
        }
      }
    }
  }
  st->n++;
  return 0;
}

static int empty(const char *s) { return !s || !*s; }

static int prefix_compatible(const char *a, const char *b) {
  if (empty(a) || empty(b)) return 1;
  size_t na = strlen(a), nb = strlen(b);
  return strncmp(a, b, na < nb ? na : nb) == 0;
}

static double km(double lat1, double lon1, double lat2, double lon2) {
  const double r = 6371.0, rad = M_PI / 180.0;
  double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
  double a = sin(dlat / 2) * sin(dlat / 2) +
             cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
  return 2 * r * asin(sqrt(a < 1 ? a : 1));
}

#define SAME_PLACE_KM 25.0

/* -1: not compatible; else a score (higher: a better match). */
static int match_score(const state *st, const inc *I, const ev *e, int window) {
  if (e->day == NO_DAY || I->first_day == NO_DAY) {
    /* undated: only with events of the same article */
    if (e->day != I->first_day) return -1;
    if (strcmp(st->evs[I->first_ev].article_id, e->article_id) != 0) return -1;
  } else if (e->day - I->first_day > window || e->day < I->first_day) {
    return -1;
  }
  if (!prefix_compatible(I->scode, e->scode) || !prefix_compatible(I->tcode, e->tcode))
    return -1;
  int score = 0;
  if (I->has_loc && e->has_loc) {
    int same = I->lcountry && e->lcountry && strcmp(I->lcountry, e->lcountry) == 0 &&
               ((I->lname && e->lname && strcmp(I->lname, e->lname) == 0) ||
                km(I->lat, I->lon, e->lat, e->lon) <= SAME_PLACE_KM);
    if (!same) return -1;
    score += 4;
  }
  if (!empty(I->scode) && !empty(e->scode) && strcmp(I->scode, e->scode) == 0) score += 2;
  if (!empty(I->tcode) && !empty(e->tcode) && strcmp(I->tcode, e->tcode) == 0) score += 2;
  return score;
}

/* events by root, then date (undated last), then their load order */
static int by_root_day(const void *pa, const void *pb) {
  const ev *a = *(const ev *const *)pa, *b = *(const ev *const *)pb;
  int c = strcmp(a->root, b->root);
  if (c) return c;
  if (a->day != b->day) {
    if (a->day == NO_DAY) return 1;
    if (b->day == NO_DAY) return -1;
    return a->day < b->day ? -1 : 1;
  }
  return a->pos < b->pos ? -1 : a->pos > b->pos;
}

typedef struct inc_order {
  const inc *I;
  const ev *first;
  size_t index;
} inc_order;

static int by_first(const void *pa, const void *pb) {
  const inc_order *a = pa, *b = pb;
  long da = a->I->first_day, db = b->I->first_day;
  if (da != db) {
    if (da == NO_DAY) return 1;
    if (db == NO_DAY) return -1;
    return da < db ? -1 : 1;
  }
  return a->first->pos < b->first->pos ? -1 : a->first->pos > b->first->pos;
}

static int by_string(const void *pa, const void *pb) {
  const char *a = *(const char *const *)pa, *b = *(const char *const *)pb;
  return strcmp(a ? a : "", b ? b : "");
}

/* Distinct strings among list[0..n) (sorted in place). */
static long distinct(const char **list, size_t n) {
  qsort(list, n, sizeof *list, by_string);
  long k = 0;
  for (size_t i = 0; i < n; i++)
    if (i == 0 || strcmp(list[i] ? list[i] : "", list[i - 1] ? list[i - 1] : "")) k++;
  return k;
}

/* The most frequent non-empty value of field f among the events (ties:
 * the longer, then the smaller); NULL if none.  *at: an event with it. */
static const char *mode_of(ev *const *es, size_t n, size_t off, const ev **at) {
  const char *best = NULL;
  long best_n = 0;
  *at = NULL;
  for (size_t i = 0; i < n; i++) {
    const char *v = *(char *const *)((const char *)es[i] + off);
    if (empty(v)) continue;
    long c = 0;
    for (size_t j = 0; j < n; j++) {
      const char *w = *(char *const *)((const char *)es[j] + off);
      if (!empty(w) && strcmp(v, w) == 0) c++;
    }
    if (!best || c > best_n ||
        (c == best_n && (strlen(v) > strlen(best) ||
                         (strlen(v) == strlen(best) && strcmp(v, best) < 0)))) {
      best = v;
      best_n = c;
      *at = es[i];
    }
  }
  return best;
}

static const char *qualifier_words(const char *q) {
  if (!strcmp(q, "at_least")) return "at least ";
  if (!strcmp(q, "up_to")) return "as many as ";
  if (!strcmp(q, "approximately")) return "about ";
  return "";
}

static void put_value(acta_buf *b, const store_incident_figure *f) {
  if (!strcmp(f->qualifier, "range"))
    acta_buf_printf(b, "%.15g-%.15g", f->low, f->high);
  else
    acta_buf_printf(b, "%s%.15g", qualifier_words(f->qualifier), f->value);
  if (f->reporter) acta_buf_printf(b, " (%s)", f->reporter);
}

static int by_kind_role_value(const void *pa, const void *pb) {
  const store_incident_figure *a = pa, *b = pb;
  int c = strcmp(a->kind, b->kind);
  if (c) return c;
  c = strcmp(b->role, a->role); /* total, rate, part */
  if (c) return c;
  if (a->value != b->value) return a->value < b->value ? -1 : 1;
  c = strcmp(a->reporter ? a->reporter : "", b->reporter ? b->reporter : "");
  if (c) return c;
  return strcmp(a->qualifier, b->qualifier);
}

static int same_report(const store_incident_figure *a, const store_incident_figure *b) {
  return !strcmp(a->kind, b->kind) && !strcmp(a->role, b->role) &&
         !strcmp(a->qualifier, b->qualifier) && a->low == b->low &&
         a->high == b->high &&
         !strcmp(a->reporter ? a->reporter : "", b->reporter ? b->reporter : "");
}

/* "killed 3-7: at least 3 (a rights group), 5 (activists); of which: 2
 * (...); rate: ..." for each kind, kinds separated by " | ". */
static void summarize(acta_buf *b, const store_incident_figure *f, size_t n) {
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && !strcmp(f[j].kind, f[i].kind)) j++;
    if (b->len) acta_buf_puts(b, " | ");
    double lo = INFINITY, hi = -INFINITY;
    for (size_t k = i; k < j; k++)
      if (!strcmp(f[k].role, "total")) {
        if (f[k].low < lo && !(strcmp(f[k].qualifier, "up_to") == 0)) lo = f[k].low;
        if (strcmp(f[k].qualifier, "up_to") == 0 && f[k].high < lo) lo = f[k].high;
        if (f[k].high > hi) hi = f[k].high;
      }
    acta_buf_puts(b, f[i].kind);
    if (hi >= lo && lo != hi) acta_buf_printf(b, " %.15g-%.15g", lo, hi);
    acta_buf_puts(b, ":");
    const char *role = NULL;
    for (size_t k = i; k < j; k++) {
      if (!role || strcmp(role, f[k].role)) {
        if (role) acta_buf_puts(b, ";");
        if (!strcmp(f[k].role, "part")) acta_buf_puts(b, " of which");
        else if (!strcmp(f[k].role, "rate")) acta_buf_puts(b, " rate");
        if (strcmp(f[k].role, "total")) acta_buf_puts(b, ":");
        role = f[k].role;
        acta_buf_putc(b, ' ');
      } else {
        acta_buf_puts(b, ", ");
      }
      put_value(b, &f[k]);
    }
    i = j;
  }
}

static void join_unique(acta_buf *b, const char **v, size_t n, const char *sep) {
  for (size_t i = 0; i < n; i++) {
    if (empty(v[i])) continue;
    int seen = 0;
    for (size_t j = 0; j < i && !seen; j++)
      seen = !empty(v[j]) && strcasecmp(v[i], v[j]) == 0;
    if (seen) continue;
    if (b->len) acta_buf_puts(b, sep);
    acta_buf_puts(b, v[i]);
  }
}

int incidents_rebuild(store *s, int window, incident_stats *out) {
  state st;
  memset(&st, 0, sizeof st);
  int rc = -1;
  ev **order = NULL, **members = NULL;
  inc *incs = NULL;
  size_t ninc = 0, capinc = 0;
  inc_order *ord = NULL;
  size_t *start = NULL;
  store_incident *rows = NULL;
  store_mention *ments = NULL;
  store_incident_figure *ifigs = NULL;
  size_t nifig = 0, capifig = 0;
  acta_buf *texts = NULL;
  const char **scratch = NULL;

  if (s->ops->each_event(s, NULL, load_event, &st) != 0) goto out;
  size_t n = st.n;
  order = malloc((n ? n : 1) * sizeof *order);
  if (!order) abort();
  for (size_t i = 0; i < n; i++) order[i] = &st.evs[i];
  qsort(order, n, sizeof *order, by_root_day);

  /* one pass per root: open incidents in the order they were opened */
  size_t group_start_inc = 0;
  size_t lo = 0; /* the oldest incident of the group still open */
  for (size_t i = 0; i < n; i++) {
    ev *e = order[i];
    if (i == 0 || strcmp(order[i - 1]->root, e->root) != 0) {
      group_start_inc = ninc;
      lo = ninc;
    }
    /* close the incidents that can no longer take a dated event */
    while (lo < ninc && e->day != NO_DAY && incs[lo].first_day != NO_DAY &&
           e->day - incs[lo].first_day > window)
      lo++;
    if (e->day == NO_DAY) lo = lo > group_start_inc ? lo : group_start_inc;
    long best = -1;
    int best_score = -1;
    long best_gap = LONG_MAX;
    size_t tried = 0;
    for (size_t k = ninc; k > lo && tried < INCIDENT_MAX_CANDIDATES; k--, tried++) {
      const inc *I = &incs[k - 1];
      int sc = match_score(&st, I, e, window);
      if (sc < 0) continue;
      long gap = (e->day == NO_DAY || I->last_day == NO_DAY) ? 0 : labs(e->day - I->last_day);
      if (sc > best_score || (sc == best_score && gap < best_gap) ||
          (sc == best_score && gap == best_gap && (long)(k - 1) < best)) {
        best = (long)(k - 1);
        best_score = sc;
        best_gap = gap;
      }
    }
    if (best < 0) {
      ACTA_GROW(incs, ninc, capinc);
      inc *I = &incs[ninc];
      memset(I, 0, sizeof *I);
      I->first_day = I->last_day = e->day;
      I->first_ev = (size_t)(e - st.evs);
      I->scode = e->scode;
      I->tcode = e->tcode;
      I->has_loc = e->has_loc;
      I->lname = e->lname;
      I->lcountry = e->lcountry;
      I->lat = e->lat;
      I->lon = e->lon;
      best = (long)ninc++;
    } else {
      inc *I = &incs[best];
      if (e->day != NO_DAY && e->day > I->last_day) I->last_day = e->day;
      /* an unknown side takes the first code a later event gives it */
      if (empty(I->scode)) I->scode = e->scode;
      if (empty(I->tcode)) I->tcode = e->tcode;
      if (!I->has_loc && e->has_loc) {
        I->has_loc = 1;
        I->lname = e->lname;
        I->lcountry = e->lcountry;
        I->lat = e->lat;
        I->lon = e->lon;
      }
    }
    e->inc = best;
  }

  /* numbers: by first date, then the first event's place in date order */
  ord = malloc((ninc ? ninc : 1) * sizeof *ord);
  if (!ord) abort();
  for (size_t k = 0; k < ninc; k++) {
    ord[k].I = &incs[k];
    ord[k].first = &st.evs[incs[k].first_ev];
    ord[k].index = k;
  }
  qsort(ord, ninc, sizeof *ord, by_first);
  for (size_t k = 0; k < ninc; k++) incs[ord[k].index].id = (long)k + 1;

  /* members of each incident (by final number), in date order */
  start = calloc(ninc + 2, sizeof *start);
  members = malloc((n ? n : 1) * sizeof *members);
  if (!start || !members) abort();
  for (size_t i = 0; i < n; i++) start[incs[st.evs[i].inc].id]++;
  for (size_t k = 1; k <= ninc + 1; k++) start[k] += start[k - 1];
  /* start[id] = end of id's block; fill backwards from the date-ordered load */
  for (size_t i = n; i-- > 0;) members[--start[incs[st.evs[i].inc].id]] = &st.evs[i];
  /* now start[id] is the beginning of id's block (id from 1) */

  rows = calloc(ninc ? ninc : 1, sizeof *rows);
  ments = calloc(n ? n : 1, sizeof *ments);
  texts = calloc(ninc ? 3 * ninc : 1, sizeof *texts);
  scratch = malloc((n ? n : 1) * sizeof *scratch);
  if (!rows || !ments || !texts || !scratch) abort();
  long multi = 0;
  for (size_t k = 0; k < ninc; k++) {
    long id = (long)k + 1;
    ev **es = members + start[id];
    size_t m = start[id + 1] - start[id];
    store_incident *r = &rows[k];
    r->id = id;
    const ev *at;
    r->cameo = mode_of(es, m, offsetof(ev, cameo), &at);
    r->root = at ? at->root : es[0]->root;
    r->event_name = at ? at->event_name : NULL;
    r->quad_class = at ? at->quad : es[0]->quad;
    r->goldstein = at ? at->gold : es[0]->gold;
    r->source_code = mode_of(es, m, offsetof(ev, scode), &at);
    r->source_country = at ? at->scountry : NULL;
    r->source_role = at ? at->srole : NULL;
    r->target_code = mode_of(es, m, offsetof(ev, tcode), &at);
    r->target_country = at ? at->tcountry : NULL;
    r->target_role = at ? at->trole : NULL;
    r->location_name = mode_of(es, m, offsetof(ev, lname), &at);
    if (at && at->has_loc) {
      r->has_location = 1;
      r->location_country = at->lcountry;
      r->location_admin1 = at->ladmin1;
      r->lat = at->lat;
      r->lon = at->lon;
    }
    for (size_t j = 0; j < m; j++) {
      const ev *e = es[j];
      if (e->date && (!r->first_date || strcmp(e->date, r->first_date) < 0)) r->first_date = e->date;
      if (e->date && (!r->last_date || strcmp(e->date, r->last_date) > 0)) r->last_date = e->date;
      if (e->article_date && (!r->first_report || strcmp(e->article_date, r->first_report) < 0))
        r->first_report = e->article_date;
      if (e->article_date && (!r->last_report || strcmp(e->article_date, r->last_report) > 0))
        r->last_report = e->article_date;
    }
    r->num_mentions = (long)m;
    for (size_t j = 0; j < m; j++) scratch[j] = es[j]->article_id;
    r->num_articles = distinct(scratch, m);
    for (size_t j = 0; j < m; j++) scratch[j] = es[j]->source_key;
    r->num_sources = distinct(scratch, m);
    if (r->num_articles > 1) multi++;
    r->first_event_id = es[0]->id;
    r->source_url = es[0]->url;
    /* statuses in their order of strength */
    acta_buf *bs = &texts[3 * k], *br = &texts[3 * k + 1], *bf = &texts[3 * k + 2];
    static const char *const statuses[] = {"asserted", "alleged", "hedged",
                                           "denied", "negated", "intended"};
    for (size_t q = 0; q < 6; q++)
      for (size_t j = 0; j < m; j++)
        if (es[j]->status == statuses[q]) {
          acta_buf_printf(bs, "%s%s", bs->len ? "," : "", statuses[q]);
          break;
        }
    r->statuses = bs->len ? acta_buf_cstr(bs) : NULL;
    for (size_t j = 0; j < m; j++) scratch[j] = es[j]->reporter;
    join_unique(br, scratch, m, "; ");
    r->reporters = br->len ? acta_buf_cstr(br) : NULL;
    /* figures: every distinct report of a value */
    size_t f0 = nifig;
    for (size_t j = 0; j < m; j++) {
      const ev *e = es[j];
      for (size_t q = 0; q < e->nfig; q++) {
        const fig *g = &st.figs[e->fig0 + q];
        ACTA_GROW(ifigs, nifig, capifig);
        store_incident_figure *h = &ifigs[nifig];
        h->incident_id = id;
        h->kind = g->kind;
        h->qualifier = g->qualifier;
        h->value = g->value;
        h->low = g->low;
        h->high = g->high;
        h->reporter = g->reporter;
        h->event_id = e->id;
        h->article_id = e->article_id;
        h->text = g->text;
        h->role = g->role;
        int dupl = 0;
        for (size_t z = f0; z < nifig && !dupl; z++) dupl = same_report(&ifigs[z], h);
        if (!dupl) nifig++;
      }
    }
    qsort(ifigs + f0, nifig - f0, sizeof *ifigs, by_kind_role_value);
    summarize(bf, ifigs + f0, nifig - f0);
    r->figures = bf->len ? acta_buf_cstr(bf) : NULL;
    for (size_t j = 0; j < m; j++) {
      store_mention *mm = &ments[start[id] + j];
      mm->incident_id = id;
      mm->event_id = es[j]->id;
      mm->article_id = es[j]->article_id;
    }
  }
  /* the figure summaries point into texts: no more growth from here */
  for (size_t k = 0; k < ninc; k++) {
    rows[k].statuses = texts[3 * k].len ? texts[3 * k].data : NULL;
    rows[k].reporters = texts[3 * k + 1].len ? texts[3 * k + 1].data : NULL;
    rows[k].figures = texts[3 * k + 2].len ? texts[3 * k + 2].data : NULL;
  }
  if (s->ops->replace_incidents(s, rows, ninc, ments, n, ifigs, nifig) != 0) goto out;
  if (out) {
    out->events = (long)n;
    out->incidents = (long)ninc;
    out->multi_article = multi;
  }
  rc = 0;
out:
  if (texts)
    for (size_t k = 0; k < 3 * ninc; k++) acta_buf_free(&texts[k]);
  free(texts);
  free(scratch);
  free(rows);
  free(ments);
  free(ifigs);
  free(start);
  free(members);
  free(ord);
  free(incs);
  free(order);
  store_strings_free(&st.strs);
  free(st.evs);
  free(st.figs);
  return rc;
}
