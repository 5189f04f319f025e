/* SPDX-License-Identifier: MIT */
/* eval_dev.c: measures acta on the labelled dev sets (`make eval`).
 *
 *   acta-eval-dev [--json] [--misses] [--lower] [--coded OUT] [--news FILE] [--acled FILE]
 *
 * Reads JSON lines; codes each record's "text" as one article (no date)
 * through libacta and reads the events back from acta_render_json(), so it
 * sees exactly the records `acta code` writes.  With --coded OUT it codes
 * nothing and takes each record's events from OUT, the output of `acta code`
 * on the same file(s) (events matched by "doc_id" = the record's "id"), so
 * any build's output can be scored.  Writes a report to stdout (with --json:
 * one JSON summary line instead).  Exit: 0 measured, 2 usage, 3
 * dictionaries, 4 a file cannot be read or holds no labelled record.
 *
 * --news FILE: records {"text", "pentaclass": 0-4}: 0 statement/appeal
 *   (CAMEO roots 01-02), 1 verbal cooperation (03-05), 2 material
 *   cooperation (06-08), 3 verbal conflict (09-13, 16), 4 material conflict
 *   (14-15, 17-20).  Reported:
 *   - coverage: sentences with at least one event / all sentences;
 *   - the compared event: the FIRST event acta writes for the sentence (its
 *     output order); its root gives the class.  A sentence with no event has
 *     the prediction "none";
 *   - class accuracy: sentences whose first event's class is the label / all
 *     sentences (and / sentences with an event);
 *   - class macro-F1: for each class c, precision = sentences labelled c
 *     whose prediction is c / sentences predicted c, recall = the same / the
 *     sentences labelled c ("none" lowers recall only), F1 = their harmonic
 *     mean (0 when no true positive); the mean of the five F1;
 *   - any-event match: sentences where SOME event's class is the label (how
 *     much choosing another event than the first could gain);
 *   - events per sentence: all events / all sentences.
 *
 * --acled FILE: records {"text", "type": CASE 2021 sub-type label}
 *   (snippets of one to a few sentences).  Each label maps to one of
 *   ACLED's six event types or to none (ACLED_TYPES below; the labels for
 *   disasters, organised crime, diplomacy and attribution have no ACLED
 *   type).  Reported: coverage (snippets with at least one event), events per
 *   snippet, both split by whether the label has an ACLED type, and the ACLED
 *   event-type macro-F1 over the six types, computed from the "acled":
 *   {"event_type", "sub_event_type"} object of events (issue 13): the
 *   compared type is that of the FIRST event of the snippet carrying an
 *   "acled" object, "none" when no event carries one; precision, recall and
 *   F1 per type as above, with snippets labelled none counting as false
 *   positives of the type predicted for them.  While no event carries the
 *   field, the report says so and the F1 is null.
 *
 * --misses prints each sentence whose prediction differs from its label. */
#include "acta.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NCLASS 5
#define NTYPE 6

static const char *const CLASS_NAMES[NCLASS] = {
    "statement/appeal", "verbal cooperation", "material cooperation",
    "verbal conflict", "material conflict"};

static const char *const TYPE_NAMES[NTYPE] = {
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments"};

/* The dev file's sub-type labels (CASE 2021 task 2) -> ACLED event type
 * (index into TYPE_NAMES), -1 for none.  ACLED files the sub-types so:
 * Battles: armed clash, government regains territory, non-state actor
 * overtakes territory.  Explosions/Remote violence: air/drone strike,
 * shelling/artillery/missile attack, chemical weapon, grenade, remote
 * explosive/landmine/IED, suicide bomb.  Violence against civilians:
 * attack, abduction/forced disappearance, sexual violence.  Protests:
 * peaceful protest, protest with intervention, excessive force against
 * protesters.  Riots: violent demonstration, mob violence.  Strategic
 * developments: agreement, arrests, change to group/activity, disrupted
 * weapons use, headquarters or base established, looting/property
 * destruction, non-violent transfer of territory, other.  The labels
 * outside ACLED's taxonomy (natural and man-made disasters, organised
 * crime, diplomatic events, attribution) are none: ACLED would not record
 * them (issue 13: disasters and crime without a political actor get no
 * type). */
static const struct {
  const char *label;
  int type;
} ACLED_TYPES[] = {
    {"ARMED_CLASH", 0},          {"GOV_REGAINS_TERIT", 0},
    {"NON_STATE_ACTOR_OVERTAKES_TER", 0},
    {"AIR_STRIKE", 1},           {"ART_MISS_ATTACK", 1},
    {"CHEM_WEAP", 1},            {"GRENADE", 1},
    {"REM_EXPLOS", 1},           {"SUIC_BOMB", 1},
    {"ATTACK", 2},               {"ABDUCT_DISSAP", 2},
    {"SEX_VIOL", 2},
    {"PEACE_PROTEST", 3},        {"PROTEST_WITH_INTER", 3},
    {"FORCE_AGAINST_PROTEST", 3},
    {"VIOL_DEMONSTR", 4},        {"MOB_VIOL", 4},
    {"AGREEMENT", 5},            {"ARREST", 5},
    {"CHANGE_TO_GROUP_ACT", 5},  {"DISR_WEAP", 5},
    {"HQ_ESTABLISHED", 5},       {"PROPERTY_DISTRUCT", 5},
    {"NON_VIOL_TERRIT_TRANSFER", 5}, {"OTHER", 5},
    {"NATURAL_DISASTER", -1},    {"MAN_MADE_DISASTER", -1},
    {"ORG_CRIME", -1},           {"DIPLO", -1},
    {"ATTRIB", -1},
};
#define NLABELS (sizeof ACLED_TYPES / sizeof ACLED_TYPES[0])

/* -2: a label the table does not know. */
static int acled_type_of_label(const char *label) {
  for (size_t i = 0; i < NLABELS; i++)
    if (!strcmp(ACLED_TYPES[i].label, label)) return ACLED_TYPES[i].type;
  return -2;
}

/* -1: not one of the six. */
static int acled_type_of_name(const char *name) {
  for (int i = 0; i < NTYPE; i++)
    if (!strcasecmp(TYPE_NAMES[i], name)) return i;
  return -1;
}

/* CAMEO root "01".."20" -> class 0-4. */
static int pentaclass(const char *root) {
  int r = atoi(root);
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r == 16) return 3;
  return 4;
}

/* ---- one record through the coder ------------------------------------ */

/* The events acta writes for one text, as parsed JSON objects. */
typedef struct coded {
  json_t **ev;
  size_t n, cap;
} coded;

static void coded_clear(coded *k) {
  for (size_t i = 0; i < k->n; i++) json_decref(k->ev[i]);
  k->n = 0;
}

/* Where the events come from: the coder, or (--coded) acta's JSON output
 * read beforehand, as an object doc_id -> array of event records. */
typedef struct source {
  acta_coder *c;
  json_t *coded; /* NULL: code with c */
  int lower;     /* --lower: code each text in lower case */
  char *buf;     /* its lowered copy */
  size_t cap;
} source;

/* The text as coded: itself, or (--lower) its ASCII letters lowered, as
 * transcripts and some feeds come (UTF-8 bytes are left as they are). */
static const char *as_coded(source *src, const char *text) {
  if (!src->lower || !text) return text;
  size_t n = strlen(text);
  if (n + 1 > src->cap) {
    src->cap = n + 1;
    if (!(src->buf = realloc(src->buf, src->cap))) abort();
  }
  for (size_t i = 0; i <= n; i++)
    src->buf[i] = (text[i] >= 'A' && text[i] <= 'Z') ? (char)(text[i] - 'A' + 'a') : text[i];
  return src->buf;
}

static void coded_push(coded *k, json_t *ev) {
  if (k->n == k->cap) {
    k->cap = k->cap ? 2 * k->cap : 16;
    k->ev = realloc(k->ev, k->cap * sizeof *k->ev);
    if (!k->ev) abort();
  }
  k->ev[k->n++] = ev;
}

static int is_event(json_t *o) {
  const char *type = json_string_value(json_object_get(o, "type"));
  return type && !strcmp(type, "event");
}

/* The events of one record into k; returns 0, or -1 with a message in err. */
static int events_of(const source *src, const char *id, const char *text,
                     coded *k, char *err, size_t errlen) {
  coded_clear(k);
  if (src->coded) {
    json_t *a = json_object_get(src->coded, id), *ev;
    size_t i;
    json_array_foreach(a, i, ev) coded_push(k, json_incref(ev));
    return 0;
  }
  acta_article a = {.id = id, .text = text, .text_len = strlen(text)};
  if (acta_code_article(src->c, &a) != 0) {
    snprintf(err, errlen, "%s", acta_coder_error(src->c));
    return -1;
  }
  size_t len;
  const char *out = acta_render_json(src->c, &a, &len);
  const char *p = out, *end = out + len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
    json_error_t je;
    json_t *o = json_loadb(p, ll, 0, &je);
    if (!o) {
      snprintf(err, errlen, "acta wrote a record that is not JSON: %s", je.text);
      return -1;
    }
    if (is_event(o)) coded_push(k, o);
    else json_decref(o);
    p += ll + 1;
  }
  return 0;
}

/* Reads acta's JSON-lines output into doc_id -> [events]; NULL on error. */
static json_t *load_coded(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "acta-eval-dev: cannot read %s: %s\n", path, strerror(errno));
    return NULL;
  }
  json_t *map = json_object();
  char *line = NULL;
  size_t cap = 0;
  long lineno = 0;
  while (getline(&line, &cap, f) > 0) {
    lineno++;
    json_error_t je;
    json_t *o = json_loads(line, 0, &je);
    const char *doc = json_string_value(json_object_get(o, "doc_id"));
    if (!o || (is_event(o) && !doc)) {
      fprintf(stderr, "acta-eval-dev: %s:%ld: %s\n", path, lineno,
              o ? "event record without a \"doc_id\"" : je.text);
      json_decref(o);
      json_decref(map);
      map = NULL;
      break;
    }
    if (is_event(o)) {
      json_t *a = json_object_get(map, doc);
      if (!a) json_object_set_new(map, doc, a = json_array());
      json_array_append(a, o);
    }
    json_decref(o);
  }
  free(line);
  fclose(f);
  return map;
}

static const char *event_root(json_t *ev) {
  const char *r = json_string_value(json_object_get(json_object_get(ev, "event"), "root"));
  return r ? r : "00";
}

/* ---- scores ---------------------------------------------------------- */

/* Confusion counts: conf[label][prediction], prediction k = "none". */
typedef struct scores {
  int k;          /* number of classes */
  long conf[NTYPE + 1][NTYPE + 2]; /* rows: labels 0..k (k = none label) */
} scores;

/* Records labelled c; records predicted c. */
static long labelled(const scores *s, int c) {
  long n = 0;
  for (int p = 0; p <= s->k; p++) n += s->conf[c][p];
  return n;
}
static long predicted(const scores *s, int c) {
  long n = 0;
  for (int l = 0; l <= s->k; l++) n += s->conf[l][c];
  return n;
}

/* Per-class F1 into f1[]; returns the macro mean over the k classes. */
static double macro_f1(const scores *s, double *f1) {
  double sum = 0;
  for (int c = 0; c < s->k; c++) {
    long tp = s->conf[c][c], pred = predicted(s, c), gold = labelled(s, c);
    double prec = pred ? (double)tp / pred : 0, rec = gold ? (double)tp / gold : 0;
    f1[c] = tp ? 2 * prec * rec / (prec + rec) : 0;
    sum += f1[c];
  }
  return sum / s->k;
}

static double ratio(long a, long b) { return b ? (double)a / b : 0; }

/* ---- reading the dev files ------------------------------------------- */

typedef struct reader {
  const char *path;
  FILE *f;
  char *line;
  size_t cap;
  long lineno, skipped;
} reader;

static int reader_open(reader *r, const char *path) {
  memset(r, 0, sizeof *r);
  r->path = path;
  r->f = fopen(path, "r");
  if (!r->f) {
    fprintf(stderr, "acta-eval-dev: cannot read %s: %s\n", path, strerror(errno));
    return -1;
  }
  return 0;
}

/* Next record with a string "text" and the string or integer field `label`;
 * NULL at the end.  Other lines are skipped with a message. */
static json_t *reader_next(reader *r, const char *label) {
  while (getline(&r->line, &r->cap, r->f) > 0) {
    r->lineno++;
    if (strspn(r->line, " \t\r\n") == strlen(r->line)) continue;
    json_error_t je;
    json_t *o = json_loads(r->line, 0, &je);
    if (o && json_is_string(json_object_get(o, "text")) &&
        json_object_get(o, label))
      return o;
    fprintf(stderr, "acta-eval-dev: %s:%ld: skipped: %s\n", r->path, r->lineno,
            o ? "no string \"text\" or no label field" : je.text);
    json_decref(o);
    r->skipped++;
  }
  return NULL;
}

static void reader_close(reader *r) {
  free(r->line);
  if (r->f) fclose(r->f);
}

/* ---- one pass over a labelled set ---------------------------------------- */

/* What every set counts, and the confusion of its labels (k = none). */
typedef struct set_counts {
  long n, with_event, events, skipped;
  scores s;
  double f1[NTYPE], macro;
} set_counts;

/* A set's own part: the label field, the label of a record (its row, 0..k
 * with k = none; -1: skip the record), and the scoring of one record's
 * events (returns the predicted column).  ctx is the set's result. */
typedef struct set_kind {
  const char *field, *unit; /* "pentaclass", "sentence" */
  int k;
  int (*label)(json_t *rec, const char *path, long lineno, void *ctx);
  int (*score)(void *ctx, int label, const coded *k);
  /* the label and prediction as written in a MISS line */
  void (*name)(char *out, size_t n, json_t *rec, int label, int got);
} set_kind;

static int eval_set(source *src, const char *path, int misses,
                    const set_kind *kind, set_counts *r, void *ctx) {
  memset(r, 0, sizeof *r);
  r->s.k = kind->k;
  reader rd;
  if (reader_open(&rd, path) != 0) return -1;
  coded k = {0};
  json_t *o;
  char err[512];
  while ((o = reader_next(&rd, kind->field))) {
    const char *id = json_string_value(json_object_get(o, "id"));
    const char *text = as_coded(src, json_string_value(json_object_get(o, "text")));
    int label = kind->label(o, path, rd.lineno, ctx);
    if (label < 0) {
      rd.skipped++;
      json_decref(o);
      continue;
    }
    if (events_of(src, id ? id : "x", text, &k, err, sizeof err) != 0) {
      fprintf(stderr, "acta-eval-dev: %s:%ld: not coded: %s\n", path, rd.lineno, err);
      coded_clear(&k); /* counts as no event */
    }
    r->n++;
    r->events += (long)k.n;
    if (k.n) r->with_event++;
    int got = kind->score(ctx, label, &k);
    r->s.conf[label][got]++;
    if (misses && got != label) {
      char what[160];
      kind->name(what, sizeof what, o, label, got);
      printf("MISS %s %s events=%zu: %s\n", id ? id : "?", what, k.n, text);
    }
    json_decref(o);
  }
  coded_clear(&k);
  free(k.ev);
  r->skipped = rd.skipped;
  reader_close(&rd);
  if (!r->n) {
    fprintf(stderr, "acta-eval-dev: %s holds no labelled %s\n", path, kind->unit);
    return -1;
  }
  r->macro = macro_f1(&r->s, r->f1);
  return 0;
}

/* ---- the news set (pentaclass) --------------------------------------------- */

typedef struct news_result {
  set_counts c;
  long match, any_match;
} news_result;

static int news_label(json_t *rec, const char *path, long lineno, void *ctx) {
  (void)ctx;
  json_t *lab = json_object_get(rec, "pentaclass");
  int label = json_is_integer(lab) ? (int)json_integer_value(lab) : -1;
  if (label < 0 || label >= NCLASS) {
    fprintf(stderr, "acta-eval-dev: %s:%ld: skipped: \"pentaclass\" is not 0-4\n",
            path, lineno);
    return -1;
  }
  return label;
}

static int news_score(void *ctx, int label, const coded *k) {
  news_result *r = ctx;
  if (!k->n) return NCLASS; /* none */
  int got = pentaclass(event_root(k->ev[0]));
  if (got == label) r->match++;
  for (size_t i = 0; i < k->n; i++)
    if (pentaclass(event_root(k->ev[i])) == label) { r->any_match++; break; }
  return got;
}

static void news_name(char *out, size_t n, json_t *rec, int label, int got) {
  (void)rec;
  if (got == NCLASS) snprintf(out, n, "label=%d got=none", label);
  else snprintf(out, n, "label=%d got=%d", label, got);
}

static const set_kind NEWS = {"pentaclass", "sentence", NCLASS, news_label,
                              news_score, news_name};

static void print_news(const char *path, const news_result *r) {
  printf("== %s: %ld sentences (labels: pentaclass 0-4)%s\n", path, r->c.n,
         r->c.skipped ? " -- some lines were skipped, see stderr" : "");
  printf("coverage (>= 1 event)        %5ld / %ld = %.3f\n", r->c.with_event, r->c.n,
         ratio(r->c.with_event, r->c.n));
  printf("events per sentence          %.3f (%ld events)\n", ratio(r->c.events, r->c.n), r->c.events);
  printf("class accuracy (first event) %5ld / %ld = %.3f  (of sentences with an event: %.3f)\n",
         r->match, r->c.n, ratio(r->match, r->c.n), ratio(r->match, r->c.with_event));
  printf("class macro-F1 (5 classes)   %.3f\n", r->c.macro);
  printf("any event's class = label    %5ld / %ld = %.3f\n", r->any_match, r->c.n,
         ratio(r->any_match, r->c.n));
  printf("per class                      F1   labelled  predicted\n");
  for (int c = 0; c < NCLASS; c++) {
    printf("  %d %-22s %.3f %8ld %10ld\n", c, CLASS_NAMES[c], r->c.f1[c],
           labelled(&r->c.s, c), predicted(&r->c.s, c));
  }
  printf("confusion (rows: label 0-4; columns: first event's class 0-4, none)\n");
  for (int i = 0; i < NCLASS; i++) {
    printf("  %d:", i);
    for (int j = 0; j <= NCLASS; j++) printf(" %5ld", r->c.s.conf[i][j]);
    printf("\n");
  }
}

/* ---- the ACLED set ------------------------------------------------------ */

typedef struct acled_result {
  set_counts c;
  long n_typed, with_event_typed, events_typed; /* labels with an ACLED type */
  long with_field;   /* snippets with >= 1 event carrying "acled" */
  long bad_type;     /* "acled" objects whose event_type is not one of six */
} acled_result;

static int acled_label(json_t *rec, const char *path, long lineno, void *ctx) {
  (void)ctx;
  const char *label = json_string_value(json_object_get(rec, "type"));
  int gold = label ? acled_type_of_label(label) : -2;
  if (gold == -2)
    fprintf(stderr, "acta-eval-dev: %s:%ld: label \"%s\" is not in eval_dev.c's "
            "table: counted as no ACLED type\n", path, lineno, label ? label : "?");
  return gold < 0 ? NTYPE : gold; /* none */
}

/* The ACLED type of the first event carrying an "acled" object: 0-5, NTYPE
 * when none does (or its event_type is not one of the six). */
static int acled_score(void *ctx, int gold, const coded *k) {
  acled_result *r = ctx;
  if (gold < NTYPE) {
    r->n_typed++;
    r->events_typed += (long)k->n;
    if (k->n) r->with_event_typed++;
  }
  for (size_t i = 0; i < k->n; i++) {
    json_t *a = json_object_get(k->ev[i], "acled");
    if (!json_is_object(a)) continue;
    r->with_field++;
    const char *t = json_string_value(json_object_get(a, "event_type"));
    int ty = t ? acled_type_of_name(t) : -1;
    if (ty < 0) { r->bad_type++; return NTYPE; }
    return ty;
  }
  return NTYPE;
}

static void acled_name(char *out, size_t n, json_t *rec, int gold, int got) {
  const char *label = json_string_value(json_object_get(rec, "type"));
  snprintf(out, n, "label=%s (%s) got=%s", label ? label : "?",
           gold == NTYPE ? "none" : TYPE_NAMES[gold],
           got == NTYPE ? "none" : TYPE_NAMES[got]);
}

static const set_kind ACLED = {"type", "snippet", NTYPE, acled_label,
                               acled_score, acled_name};

static void print_acled(const char *path, const acled_result *r) {
  long untyped = r->c.n - r->n_typed;
  printf("== %s: %ld snippets (labels: CASE 2021 sub-types -> ACLED types)%s\n",
         path, r->c.n, r->c.skipped ? " -- some lines were skipped, see stderr" : "");
  printf("coverage (>= 1 event)        %5ld / %ld = %.3f\n", r->c.with_event, r->c.n,
         ratio(r->c.with_event, r->c.n));
  printf("  labels with an ACLED type  %5ld / %ld = %.3f\n", r->with_event_typed,
         r->n_typed, ratio(r->with_event_typed, r->n_typed));
  printf("  labels without one         %5ld / %ld = %.3f  (disasters, crime, "
         "diplomacy, attribution)\n", r->c.with_event - r->with_event_typed, untyped,
         ratio(r->c.with_event - r->with_event_typed, untyped));
  printf("events per snippet           %.3f (%ld events; %.3f with an ACLED type, "
         "%.3f without)\n", ratio(r->c.events, r->c.n), r->c.events,
         ratio(r->events_typed, r->n_typed), ratio(r->c.events - r->events_typed, untyped));
  if (!r->with_field) {
    printf("ACLED type macro-F1          not measured: no event carries an \"acled\" "
           "field yet (issue 13 adds it)\n");
  } else {
    printf("ACLED type macro-F1 (6)      %.3f  (%ld snippets with an \"acled\" event%s)\n",
           r->c.macro, r->with_field,
           r->bad_type ? "; some event_type values are not ACLED's six, see below" : "");
    if (r->bad_type)
      printf("  event_type not one of the six: %ld snippets (counted as none)\n", r->bad_type);
  }
  printf("per ACLED type                   F1   labelled  predicted\n");
  for (int t = 0; t <= NTYPE; t++) {
    char f1[16] = "    -";
    if (t < NTYPE && r->with_field) snprintf(f1, sizeof f1, "%.3f", r->c.f1[t]);
    printf("  %-28s %5s %8ld %10ld\n", t < NTYPE ? TYPE_NAMES[t] : "(none)",
           t < NTYPE ? f1 : "", labelled(&r->c.s, t), predicted(&r->c.s, t));
  }
}

/* ---- summary line and driver --------------------------------------------- */

static json_t *f1_array(const double *f1, int n) {
  json_t *a = json_array();
  for (int i = 0; i < n; i++) json_array_append_new(a, json_real(f1[i]));
  return a;
}

static void print_json(const char *coded_path, const char *news_path, const news_result *n,
                       const char *acled_path, const acled_result *a) {
  json_t *o = json_object();
  json_object_set_new(o, "acta", json_string(ACTA_VERSION));
  json_object_set_new(o, "coded", coded_path ? json_string(coded_path) : json_null());
  if (news_path)
    json_object_set_new(o, "news", json_pack(
        "{s:s, s:I, s:I, s:f, s:f, s:f, s:f, s:f, s:o, s:f}", "file", news_path,
        "sentences", (json_int_t)n->c.n, "skipped", (json_int_t)n->c.skipped, "coverage", ratio(n->c.with_event, n->c.n),
        "events_per_sentence", ratio(n->c.events, n->c.n),
        "class_accuracy", ratio(n->match, n->c.n),
        "class_accuracy_coded", ratio(n->match, n->c.with_event),
        "class_macro_f1", n->c.macro, "class_f1", f1_array(n->c.f1, NCLASS),
        "any_event_match", ratio(n->any_match, n->c.n)));
  if (acled_path) {
    long untyped = a->c.n - a->n_typed;
    json_object_set_new(o, "acled", json_pack(
        "{s:s, s:I, s:I, s:f, s:f, s:f, s:f, s:b, s:o, s:o}", "file", acled_path,
        "snippets", (json_int_t)a->c.n, "skipped", (json_int_t)a->c.skipped, "coverage", ratio(a->c.with_event, a->c.n),
        "coverage_acled_typed", ratio(a->with_event_typed, a->n_typed),
        "coverage_not_acled", ratio(a->c.with_event - a->with_event_typed, untyped),
        "events_per_snippet", ratio(a->c.events, a->c.n),
        "acled_field", a->with_field > 0,
        "type_macro_f1", a->with_field ? json_real(a->c.macro) : json_null(),
        "type_f1", a->with_field ? f1_array(a->c.f1, NTYPE) : json_null()));
  }
  char *s = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(4) | JSON_PRESERVE_ORDER);
  if (!s) abort();
  printf("%s\n", s);
  free(s);
  json_decref(o);
}

static int usage(FILE *f) {
  fprintf(f,
          "usage: acta-eval-dev [--json] [--misses] [--lower] [--coded OUT] [--news FILE] [--acled FILE]\n"
          "  --news FILE   sentences labelled \"pentaclass\" 0-4 (dev/news-pentaclass.jsonl)\n"
          "  --acled FILE  snippets labelled \"type\" (dev/acled-types.jsonl)\n"
          "  --json        print one JSON summary line instead of the report\n"
          "  --misses      also print every sentence whose prediction differs\n"
          "  --lower       code every text in lower case (as transcripts come)\n"
          "  --coded OUT   score the events of OUT (acta code's JSON output on the same\n"
          "                files) instead of coding the texts\n"
          "Dictionaries come from ACTA_DATA_DIR.  See the comment atop bench/eval_dev.c\n"
          "for what each figure means.\n");
  return f == stdout ? 0 : 2;
}

int main(int argc, char **argv) {
  const char *news = NULL, *acled = NULL, *coded_path = NULL;
  int json = 0, misses = 0, lower = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--json")) json = 1;
    else if (!strcmp(argv[i], "--lower")) lower = 1;
    else if (!strcmp(argv[i], "--misses")) misses = 1;
    else if (!strcmp(argv[i], "--news") && i + 1 < argc) news = argv[++i];
    else if (!strcmp(argv[i], "--acled") && i + 1 < argc) acled = argv[++i];
    else if (!strcmp(argv[i], "--coded") && i + 1 < argc) coded_path = argv[++i];
    else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) return usage(stdout);
    else {
      fprintf(stderr, "acta-eval-dev: unknown or incomplete argument '%s'\n", argv[i]);
      return usage(stderr);
    }
  }
  if (!news && !acled) {
    fprintf(stderr, "acta-eval-dev: nothing to measure: give --news and/or --acled\n");
    return usage(stderr);
  }
  source src = {0};
  src.lower = lower;
  acta_dict *d = NULL;
  if (coded_path) {
    if (!(src.coded = load_coded(coded_path))) return 4;
  } else {
    char err[512];
    d = acta_dict_load(NULL, err, sizeof err);
    if (!d) {
      fprintf(stderr, "acta-eval-dev: cannot load the dictionaries: %s\n", err);
      return 3;
    }
    if (!(src.c = acta_coder_new(d))) abort();
  }
  news_result nr = {0};
  acled_result ar = {0};
  int rc = 0;
  if (news && eval_set(&src, news, misses, &NEWS, &nr.c, &nr) != 0) rc = 4;
  if (!rc && acled && eval_set(&src, acled, misses, &ACLED, &ar.c, &ar) != 0) rc = 4;
  if (!rc) {
    if (json) {
      print_json(coded_path, news, &nr, acled, &ar);
    } else {
      if (news) print_news(news, &nr);
      if (news && acled) printf("\n");
      if (acled) print_acled(acled, &ar);
    }
  }
  free(src.buf);
  if (src.c) acta_coder_free(src.c);
  if (d) acta_dict_free(d);
  json_decref(src.coded);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "acta-eval-dev: cannot write the output: %s\n", strerror(errno));
    return 4;
  }
  return rc;
}
