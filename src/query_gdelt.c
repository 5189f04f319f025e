/* SPDX-License-Identifier: MIT */
/* query_gdelt.c: the event store as GDELT 2.0 tables (acta query -o gdelt,
 * -o gdelt-mentions): the Events table's 61 tab-separated columns in
 * GDELT's order, one row per incident (GLOBALEVENTID = the incident's id;
 * NumMentions, NumSources, NumArticles its counts), and the Mentions
 * table's 16 columns, one row per event of an incident.  No header row, as
 * GDELT's files have none.  Country codes are ISO 3166-1 alpha-3 (CAMEO's
 * and acta's) in the actor and geography columns alike; columns acta does
 * not know (ethnicity, religion, known group, FIPS ADM codes, feature ids,
 * tone) are empty, or 0 for tone. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"

typedef struct gctx {
  FILE *out;
  acta_buf b;
} gctx;

static void cell(acta_buf *b, const char *s) {
  query_cell(b, s, '\t');
  acta_buf_putc(b, '\t');
}

/* "2023-04-02" -> "20230402" (empty if none) */
static void ymd(acta_buf *b, const char *d, const char *suffix) {
  if (d && strlen(d) >= 10)
    acta_buf_printf(b, "%.4s%.2s%.2s%s", d, d + 5, d + 8, suffix);
}

/* GDELT's geographic resolution: 1 country, 4 world city, 5 world
 * state/province (acta's precision names: country, admin1, city ...). */
static int geo_type(const char *precision, const char *name) {
  if (!name) return 0;
  if (precision && strcmp(precision, "country") == 0) return 1;
  if (precision && strcmp(precision, "admin1") == 0) return 5;
  return 4;
}

/* The 10 actor columns: Code, Name, CountryCode, KnownGroupCode,
 * EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code */
static void actor(acta_buf *b, const char *code, const char *country,
                  const char *role) {
  cell(b, code);
  cell(b, code); /* the name GDELT gives is the code's: acta keeps the text per mention */
  cell(b, country);
  acta_buf_puts(b, "\t\t\t\t");
  cell(b, role);
  acta_buf_puts(b, "\t\t");
}

/* The 8 geography columns: Type, FullName, CountryCode, ADM1Code,
 * ADM2Code, Lat, Long, FeatureID */
static void geo(acta_buf *b, const store_incident *x) {
  if (!x->has_location) {
    acta_buf_puts(b, "0\t\t\t\t\t\t\t\t");
    return;
  }
  acta_buf_printf(b, "%d\t", geo_type(NULL, x->location_name));
  acta_buf tmp;
  acta_buf_init(&tmp);
  acta_buf_puts(&tmp, x->location_name ? x->location_name : "");
  if (x->location_admin1 && *x->location_admin1)
    acta_buf_printf(&tmp, ", %s", x->location_admin1);
  if (x->location_country) acta_buf_printf(&tmp, ", %s", x->location_country);
  cell(b, acta_buf_cstr(&tmp));
  acta_buf_free(&tmp);
  cell(b, x->location_country);
  acta_buf_puts(b, "\t\t");
  acta_buf_printf(b, "%.4f\t%.4f\t\t", x->lat, x->lon);
}

static int day_of_year(int y, int m, int d) {
  static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return cum[m - 1] + d + (leap && m > 2);
}

static int on_incident(void *ud, const store_incident *x) {
  gctx *g = ud;
  acta_buf *b = &g->b;
  const char *d = x->first_date ? x->first_date : x->first_report;
  int y = 0, m = 0, dd = 0;
  if (d) sscanf(d, "%4d-%2d-%2d", &y, &m, &dd);
  acta_buf_printf(b, "%ld\t", x->id);                    /* 1 GLOBALEVENTID */
  ymd(b, d, "\t");                                        /* 2 SQLDATE */
  if (!d) acta_buf_putc(b, '\t');
  if (y) acta_buf_printf(b, "%04d%02d\t%04d\t%.4f\t", y, m, y,
                         y + (day_of_year(y, m, dd) - 1) / 365.0);  /* 3-5 */
  else acta_buf_puts(b, "\t\t\t");
  actor(b, x->source_code, x->source_country, x->source_role);   /* 6-15 */
  actor(b, x->target_code, x->target_country, x->target_role);   /* 16-25 */
  acta_buf_puts(b, "1\t");                                /* 26 IsRootEvent */
  cell(b, x->cameo);                                      /* 27 EventCode */
  acta_buf_printf(b, "%.3s\t", x->cameo ? x->cameo : ""); /* 28 EventBaseCode */
  cell(b, x->root);                                       /* 29 EventRootCode */
  acta_buf_printf(b, "%d\t%.1f\t%ld\t%ld\t%ld\t0\t", x->quad_class,
                  isfinite(x->goldstein) ? x->goldstein : 0.0, x->num_mentions,
                  x->num_sources, x->num_articles);       /* 30-35 */
  /* 36-59: Actor1Geo, Actor2Geo, ActionGeo: acta places the event, not
   * each actor, so all three are the incident's place */
  geo(b, x);
  geo(b, x);
  geo(b, x);
  const char *added = x->last_report ? x->last_report : d;  /* 60 DATEADDED */
  ymd(b, added, "000000");
  acta_buf_putc(b, '\t');
  query_cell(b, x->source_url ? x->source_url : x->first_event_id, '\t');  /* 61 */
  acta_buf_putc(b, '\n');
  if (b->len > 65536) {
    if (fwrite(b->data, 1, b->len, g->out) != b->len) return -1;
    acta_buf_clear(b);
  }
  return 0;
}

static int finish(gctx *g, int rc) {
  if (rc == 0 && g->b.len && fwrite(g->b.data, 1, g->b.len, g->out) != g->b.len)
    rc = -1;
  acta_buf_free(&g->b);
  return rc;
}

int query_gdelt_events(store *s, const store_filter *f, FILE *out) {
  gctx g = {out, {0}};
  acta_buf_init(&g.b);
  return finish(&g, s->ops->each_incident(s, f, on_incident, &g));
}

/* Mentions: GLOBALEVENTID, EventTimeDate, MentionTimeDate, MentionType,
 * MentionSourceName, MentionIdentifier, SentenceID, Actor1CharOffset,
 * Actor2CharOffset, ActionCharOffset, InRawText, Confidence,
 * MentionDocLen, MentionDocTone, MentionDocTranslationInfo, Extras. */
static int confidence(const char *status) {
  if (!status || !strcmp(status, "asserted")) return 100;
  if (!strcmp(status, "alleged") || !strcmp(status, "hedged")) return 50;
  return 20; /* denied, negated, intended: reported as not (yet) happening */
}

static int on_mention(void *ud, const store_event *e) {
  gctx *g = ud;
  if (!e->incident_id) return 0;
  acta_buf *b = &g->b;
  acta_buf_printf(b, "%ld\t", e->incident_id);
  ymd(b, e->date ? e->date : e->article_date, "000000");
  acta_buf_putc(b, '\t');
  ymd(b, e->article_date ? e->article_date : e->date, "000000");
  acta_buf_puts(b, "\t1\t");  /* MentionType 1: WEB */
  cell(b, e->publisher);
  cell(b, e->url ? e->url : e->article_id);
  acta_buf_printf(b, "%ld\t%ld\t%ld\t%ld\t1\t%d\t%ld\t0\t\t\n", e->sentence + 1,
                  e->source.text ? e->source.start : -1L,
                  e->target.text ? e->target.start : -1L, e->verb_start,
                  confidence(e->status), e->article_len);
  if (b->len > 65536) {
    if (fwrite(b->data, 1, b->len, g->out) != b->len) return -1;
    acta_buf_clear(b);
  }
  return 0;
}

int query_gdelt_mentions(store *s, const store_filter *f, FILE *out) {
  gctx g = {out, {0}};
  acta_buf_init(&g.b);
  return finish(&g, s->ops->each_event(s, f, on_mention, &g));
}
