/* SPDX-License-Identifier: MIT */
/* store.h: the event store's backend interface (acta ingest, query,
 * report).  Everything that speaks SQL sits behind store_ops: SQLite in
 * store_sqlite.c, a PostgreSQL backend may be added as store_pg.c and
 * chosen in store_open.c by a "postgresql://" location, without touching
 * the callers.  Rows cross the interface as the flat structs below (strings
 * UTF-8, NULL for SQL NULL); what a backend hands to a callback is valid
 * only during the call.  The tables are documented in docs/store.md and
 * created by the SQL of store_schema.c.  Part of the acta command, not of
 * libacta. */
#ifndef ACTA_STORE_H
#define ACTA_STORE_H

#include <stddef.h>

typedef struct store store;

/* An article (table articles). */
typedef struct store_article {
  const char *id;
  const char *hash;      /* content hash (store_article_hash), 32 hex digits */
  const char *date, *publisher, *url, *title; /* NULL: none */
  const char *origin;    /* "FILE:LINE" it was read from */
  const char *text;
  size_t text_len;
  long sentences, nevents;
} store_article;

/* An actor of an event (text NULL: no such actor). */
typedef struct store_actor {
  const char *code, *country, *role, *text;
  long start, end;       /* byte offsets in the article's text */
} store_actor;

/* A figure of an event (table figures). */
typedef struct store_figure {
  const char *event_id;
  long idx;              /* its place among the event's figures */
  const char *kind, *qualifier; /* killed ..., exact at_least up_to approximately range */
  double value, low, high;
  const char *text;      /* "at least 141 demonstrators" */
  const char *reporter;  /* who gave it (text; NULL: unattributed) */
  const char *reporter_code;
} store_figure;

/* An event (table events), with its figures. */
typedef struct store_event {
  const char *id;        /* "<article id>#<n>" */
  const char *article_id;
  long idx, sentence, sent_start, sent_end;
  const char *date, *date_precision;
  store_actor source, target;
  const char *cameo, *root, *event_name, *verb;
  long verb_start, verb_end;
  int quad_class;
  double goldstein;
  const char *status;    /* asserted alleged hedged denied negated intended */
  const char *reported_by_code, *reported_by_text, *via_code, *evidence;
  int has_location;
  const char *location_name, *location_country, *location_admin1,
      *location_precision;
  double lat, lon;
  const char *sentence_text;
  const char *plover_type, *plover_mode, *plover_context;
  const char *acled_type, *acled_sub_type;
  const char *plover_json; /* the POLECAT-style record this event heads
                              (render_plover.c), NULL: none */
  /* filled by each_event only: the article's date and publisher, and the
   * incident the event belongs to (0: none yet) */
  const char *article_date, *publisher, *url;
  long article_len;      /* bytes of the article's text */
  long incident_id;
  const store_figure *figures;
  size_t nfigures;
} store_event;

/* An incident (table incidents): events of several articles that report
 * one happening (incidents.c forms them). */
typedef struct store_incident {
  long id;
  const char *root, *cameo, *event_name;
  int quad_class;
  double goldstein;
  const char *source_code, *source_country, *source_role;
  const char *target_code, *target_country, *target_role;
  int has_location;
  const char *location_name, *location_country, *location_admin1;
  double lat, lon;
  const char *first_date, *last_date;     /* event dates */
  const char *first_report, *last_report; /* article dates */
  long num_mentions, num_sources, num_articles;
  const char *statuses;  /* "asserted,denied": the statuses seen */
  const char *reporters; /* "a rights group; local activists" */
  const char *figures;   /* "killed: at least 3 (a rights group), 5 (...)" */
  const char *first_event_id; /* the mention GDELT's SOURCEURL etc. come from */
  const char *source_url;
} store_incident;

/* A reported value of an incident's figure (table incident_figures). */
typedef struct store_incident_figure {
  long incident_id;
  const char *kind, *qualifier;
  double value, low, high;
  const char *reporter;  /* NULL: unattributed */
  const char *event_id, *article_id;
  const char *text;
  const char *role;      /* "total", "part" (a subset of a total of its
                            event: "including 5 children") or "rate" */
} store_incident_figure;

/* An event's place in an incident (table mentions). */
typedef struct store_mention {
  long incident_id;
  const char *event_id, *article_id;
} store_mention;

/* Filters of acta query (NULL / 0: no filter).  An incident matches when
 * one of its events does. */
typedef struct store_filter {
  const char *from, *to;     /* event date, YYYY-MM-DD, inclusive */
  const char *country;       /* source, target or location country */
  const char *actor;         /* code prefix of the source or target ("IRN", "IRNCOP") */
  const char *root;          /* CAMEO root "18" (or a code prefix "180") */
  const char *status;        /* asserted ... */
  const char *reported_by;   /* reporter code prefix or words in its text */
} store_filter;

typedef struct store_counts {
  long articles, events, figures, incidents, mentions;
} store_counts;

typedef int (*store_event_fn)(void *ud, const store_event *e);
typedef int (*store_incident_fn)(void *ud, const store_incident *i);
typedef int (*store_incident_figure_fn)(void *ud, const store_incident_figure *f);

/* The backend.  Every function returns 0 on success and -1 on an error
 * whose message it leaves in s->err (callbacks: a non-zero return stops
 * the walk and is returned). */
typedef struct store_ops {
  const char *name; /* "sqlite" */
  void (*close)(store *s);
  int (*begin)(store *s);
  int (*commit)(store *s);
  int (*rollback)(store *s);
  /* The stored hash of article id into hash[33]: 1 found, 0 not stored. */
  int (*article_hash)(store *s, const char *id, char hash[33]);
  /* Inserts an article with its events and their figures, replacing the
   * article of the same id (and its events, figures and mentions). */
  int (*put_article)(store *s, const store_article *a, const store_event *ev,
                     size_t nev);
  /* meta: key/value settings of the database ("incidents_stale" ...).
   * get: 1 found (value copied, cut to len), 0 not there. */
  int (*get_meta)(store *s, const char *key, char *value, size_t len);
  int (*set_meta)(store *s, const char *key, const char *value);
  /* Every event matching f (NULL: all) with its figures, ordered by date
   * (undated last), article id and index. */
  int (*each_event)(store *s, const store_filter *f, store_event_fn fn,
                    void *ud);
  /* Replaces every incident, mention and incident figure. */
  int (*replace_incidents)(store *s, const store_incident *inc, size_t ninc,
                           const store_mention *m, size_t nm,
                           const store_incident_figure *fig, size_t nfig);
  /* Incidents with an event matching f, ordered by id. */
  int (*each_incident)(store *s, const store_filter *f, store_incident_fn fn,
                       void *ud);
  /* The reported figures of incident id (0: of every incident), ordered by
   * incident, kind, value. */
  int (*each_incident_figure)(store *s, long id, store_incident_figure_fn fn,
                              void *ud);
  int (*counts)(store *s, store_counts *out);
} store_ops;

struct store {
  const store_ops *ops;
  char err[1024];
};

/* Opens (creating it and its tables when needed) the store at location:
 * a file path (SQLite), or "postgresql://..." when built with that
 * backend.  NULL with a message in err on failure. */
store *store_open(const char *location, char *err, size_t errlen);
store *store_sqlite_open(const char *path, char *err, size_t errlen);

/* The content hash of an article: its text, date, publisher, url and
 * title and the acta version that codes it, as 32 hex digits + NUL. */
void store_article_hash(const store_article *a, char out[33]);

/* The SQL that creates the tables (store_schema.c): portable between
 * SQLite and PostgreSQL (TEXT, BIGINT, DOUBLE PRECISION). */
extern const char *const store_schema_sql[];
/* The schema version written in meta("schema"). */
#define STORE_SCHEMA_VERSION "1"

#endif
