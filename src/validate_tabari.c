/* SPDX-License-Identifier: MIT */
/* validate_tabari.c: `acta validate FILE.project`, a TABARI validation
 * suite (manual section 10.1).  The project names the dictionaries, the
 * .options file and the text files (tabari_project.c); each text record
 * (input_tabari.c) is coded with the options in force (tabari_options.c)
 * and its events compared with the validation records in its comment:
 *
 *   { SRC / TGT / CODE } [YYMMDD]  an event expected (codes blank-trimmed;
 *                     the date is checked, for the first record, when time
 *                     shifting is on: acta's event date, from the date
 *                     words of the sentence, must be it)
 *   {---} {###} {+++} no event (none, a discard, a complex sentence); as
 *                     in TABARI these special codes are checked first, and
 *                     when they hold the other records are not
 *   -{ ... }          stop checking: the records before it must be coded,
 *                     more events are allowed
 *   { OPTION: ... }   a .options command, in force from this record on
 *
 * A record passes when the set of coded (source, target, event) codes is
 * the expected set.  A record with only OPTION records is not counted; a
 * record without any validation record ends the run, as it stops TABARI's.
 * The options acta applies: CODE BY SENTENCE (the events of the first
 * verb only); CODE ALL (a subordinate clause after a coded event is coded
 * too); DEFAULT source and target (for an event without one: as in
 * TABARI's coder an event needs both, and acta's agent without a country,
 * "---COP", is no actor); under CODE ALL and DEFAULT a verb whose subject
 * is no actor takes TABARI's search for its actors (without PRIOR, the
 * verb's first actor is its source); SET: CONVERT AGENTS (that agent is
 * an actor of its own, "~COP"); MINIMUM WORDS (a comma counts as a word);
 * COMMA (the comma-delimited phrases of those lengths are not coded; a
 * comma inside a list of names delimits none); COMPLEX CONJ[n] (n or more
 * conjunctions outside lists of names) and NOACTPRIOR (the first event
 * with no actor before its verb: the sentence is not coded); YYYY; TIME SHIFT (the
 * dates compared); FBIS (bracketed text and what precedes the first
 * letter skipped); FORWARD (a record with the story number of the one
 * before and the next sentence number may give a pronoun that record's
 * first actor, acta_coder_set_tabari_forward).  As TABARI's text filter does, an underscore or a
 * hyphen in the text is a blank.  Every other command is reported once,
 * as FILE:LINE: what is not supported.  Events are chosen as TABARI
 * chooses them (manual 6.4, 6.6): one whose verb code is subordinate
 * ("[023?]") counts only when no other event is coded, a dominant one
 * ("[111!]") leaves only the dominant ones, a complex (+++) or discard
 * (###) code leaves none, and an event with the same code as source and
 * target is dropped.  CODE BY CLAUSE, TABARI's default, is the coder's
 * with TABARI dictionaries: once a verb of a clause is coded, the verbs
 * after it in the clause are not (triggers.c). */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "input.h"
#include "tabari.h"
#include "validate.h"

/* What a record's comment asks. */
typedef struct expect {
  acta_vtriple *v;
  size_t n, cap;
  int special;        /* {---}, {###} or {+++} seen */
  int open;           /* a -{ ... }: more events are allowed */
  int malformed;      /* a record that is not S / T / E */
  char first_date[12];/* the date after the first event record */
  int nrecords;       /* validation records other than OPTION */
} expect;

/* Each kind of unsupported command is reported once. */
typedef struct reported {
  char **keys;
  size_t n;
} reported;

static int report_once(reported *r, const char *key) {
  for (size_t i = 0; i < r->n; i++)
    if (!strcmp(r->keys[i], key)) return 0;
  char **k = realloc(r->keys, (r->n + 1) * sizeof *k);
  if (!k) abort();
  r->keys = k;
  r->keys[r->n] = strdup(key);
  if (!r->keys[r->n]) abort();
  r->n++;
  return 1;
}

static void reported_free(reported *r) {
  for (size_t i = 0; i < r->n; i++) free(r->keys[i]);
  free(r->keys);
}

/* Applies one .options line, reporting what is not supported once and
 * what cannot be read always, as FILE:LINE: why. */
static void apply_option(tabari_options *op, const char *line,
                         const char *file, long lineno, reported *rep,
                         FILE *out) {
  char key[96], why[400];
  int rc = tabari_options_line(op, line, key, sizeof key, why, sizeof why);
  if (rc < 0 || (rc == 1 && report_once(rep, key)))
    fprintf(out, "%s:%ld: %s\n", file, lineno, why);
}

static void read_options(tabari_options *op, const char *path, reported *rep,
                         FILE *out, char *err, size_t errlen, int *failed) {
  char *data;
  size_t len;
  if (acta_read_file(path, &data, &len, err, errlen) != 0) {
    *failed = 1;
    return;
  }
  long lineno = 0;
  size_t pos = 0;
  acta_buf line;
  acta_buf_init(&line);
  const char *s;
  size_t n;
  while (tabari_next_line(data, len, &pos, &s, &n)) {
    lineno++;
    if (n >= 2 && s[0] == '~' && s[1] == '~') break; /* "~~FINISH": the end */
    acta_buf_clear(&line);
    acta_buf_put(&line, s, n);
    apply_option(op, acta_buf_cstr(&line), path, lineno, rep, out);
  }
  acta_buf_free(&line);
  free(data);
}

static void trim(const char **s, size_t *n) {
  while (*n && isspace((unsigned char)**s)) { (*s)++; (*n)--; }
  while (*n && isspace((unsigned char)(*s)[*n - 1])) (*n)--;
}

static void add_expected(expect *e, const char *s, size_t n) {
  const char *f[3];
  size_t fl[3], k = 0;
  const char *p = s, *end = s + n;
  while (k < 3) {
    const char *slash = memchr(p, '/', (size_t)(end - p));
    const char *stop = slash ? slash : end;
    f[k] = p;
    fl[k] = (size_t)(stop - p);
    trim(&f[k], &fl[k]);
    k++;
    if (!slash) break;
    p = slash + 1;
  }
  if (k != 3 || memchr(p, '/', (size_t)(end - p)) || !fl[0] || !fl[1] || !fl[2] ||
      fl[0] >= 64 || fl[1] >= 64 || fl[2] >= 8) {
    e->malformed = 1;
    return;
  }
  if (e->n == e->cap) {
    e->cap = e->cap ? e->cap * 2 : 8;
    e->v = realloc(e->v, e->cap * sizeof *e->v);
    if (!e->v) abort();
  }
  acta_vtriple *t = &e->v[e->n++];
  memset(t, 0, sizeof *t);
  memcpy(t->s, f[0], fl[0]);
  memcpy(t->t, f[1], fl[1]);
  memcpy(t->e, f[2], fl[2]);
}

/* Reads the validation records of a comment; OPTION bodies go to op.
 * The run's options change as it reads, as TABARI's do. */
static void read_expect(const char *c, expect *e, tabari_options *op,
                        const char *file, long line, reported *rep,
                        FILE *out) {
  e->n = 0;
  e->special = e->open = e->malformed = e->nrecords = 0;
  e->first_date[0] = '\0';
  for (const char *p = strchr(c, '{'); p; p = strchr(p, '{')) {
    int dash = p > c && p[-1] == '-';
    const char *body = p + 1;
    const char *close = strchr(body, '}');
    const char *nl = strchr(body, '\n');
    /* an OPTION body may lack its '}': it ends with its line */
    size_t bl = close ? (size_t)(close - body) : strlen(body);
    const char *b = body;
    trim(&b, &bl);
    if (bl >= 7 && !strncmp(b, "OPTION:", 7)) {
      if (nl && (!close || nl < close)) bl = (size_t)(nl - b);
      char opt[512];
      snprintf(opt, sizeof opt, "%.*s", (int)(bl - 7), b + 7);
      apply_option(op, opt, file, line, rep, out);
      p = close ? close + 1 : body + strlen(body);
      continue;
    }
    if (!bl) { /* "{}": no record */
      if (!close) break;
      p = close + 1;
      continue;
    }
    e->nrecords++;
    if (dash) { e->open = 1; break; }
    if (bl == 3 && (!strncmp(b, "---", 3) || !strncmp(b, "###", 3) ||
                    !strncmp(b, "+++", 3))) {
      e->special = 1;
    } else {
      size_t before = e->n;
      add_expected(e, b, bl);
      if (before == 0 && e->n == 1 && close) {
        const char *d = close + 1;
        while (*d == ' ' || *d == '\t') d++;
        size_t dl = 0;
        while (isdigit((unsigned char)d[dl]) && dl < sizeof e->first_date - 1) dl++;
        memcpy(e->first_date, d, dl);
        e->first_date[dl] = '\0';
      }
    }
    if (!close) break;
    p = close + 1;
  }
}

/* Words of the text as TABARI counts them for MINIMUM WORDS: a comma is a
 * word of its own. */
static size_t count_words(const char *s, size_t n) {
  size_t w = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && isspace((unsigned char)s[i])) i++;
    if (i >= n) break;
    w++;
    while (i < n && !isspace((unsigned char)s[i])) {
      if (s[i] == ',') w++;
      i++;
    }
    if (s[i - 1] == ',') w--; /* "word," is two words, not three */
  }
  return w;
}

/* Conjunctions in the text as TABARI counts them for COMPLEX: CONJ[n]:
 * "and", "or", "nor" and "but", not an "and" or "nor" that joins the
 * names of a compound actor (a capitalised word on each side: "Ithilen
 * and Dagolath"). */
static size_t count_conj(const char *s, size_t n) {
  size_t c = 0;
  int prev_cap = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && !isalpha((unsigned char)s[i])) i++;
    size_t st = i;
    while (i < n && isalpha((unsigned char)s[i])) i++;
    size_t l = i - st;
    if (!l) break;
    int and_nor = (l == 3 && !strncasecmp(s + st, "and", 3)) ||
                  (l == 3 && !strncasecmp(s + st, "nor", 3));
    if (and_nor || (l == 3 && !strncasecmp(s + st, "but", 3)) ||
        (l == 2 && !strncasecmp(s + st, "or", 2))) {
      size_t k = i;
      while (k < n && isspace((unsigned char)s[k])) k++;
      if (!(and_nor && prev_cap && k < n && isupper((unsigned char)s[k]))) c++;
    }
    prev_cap = isupper((unsigned char)s[st]) && (i >= n || s[i] != ',');
  }
  return c;
}

/* SET: FBIS: text in [brackets] and what comes before the first letter are
 * skipped. */
static void fbis_text(const char *s, size_t n, acta_buf *out) {
  acta_buf_clear(out);
  int depth = 0, started = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '[') { depth++; continue; }
    if (s[i] == ']' && depth) { depth--; continue; }
    if (depth) continue;
    if (!started && !isalpha((unsigned char)s[i])) continue;
    started = 1;
    acta_buf_putc(out, s[i]);
  }
}

/* A word of a text and whether a comma follows it (list: a comma inside
 * a list of names, which delimits no phrase). */
typedef struct cword { size_t start, len; int comma, keep, list; } cword;

static int word_is(const char *s, const cword *w, const char *x) {
  return w->len == strlen(x) && !strncasecmp(s + w->start, x, w->len);
}

static int word_cap(const char *s, const cword *w) {
  return isupper((unsigned char)s[w->start]) != 0;
}

static int and_nor(const char *s, const cword *w) {
  return word_is(s, w, "and") || word_is(s, w, "nor");
}

/* Marks the commas inside a list of names ("Mordor, Rohan and Bree",
 * "Calenardhon and Gondor, and Arnor and Dagolath"), a compound actor
 * TABARI's comma rule skips across: a capitalised word before the comma,
 * then capitalised words and commas up to an "and" or "nor" and a
 * capitalised word.  One pass from the end: reach[k] says whether such a
 * run from word k gets there. */
static void list_commas(const char *s, cword *w, size_t nw) {
  uint8_t *reach = calloc(nw + 1, 1);
  if (!reach) abort();
  for (size_t k = nw; k-- > 0;) {
    if (and_nor(s, &w[k])) reach[k] = k + 1 < nw && word_cap(s, &w[k + 1]);
    else if (!word_cap(s, &w[k])) reach[k] = 0;
    else if (!w[k].comma && k + 1 < nw && !and_nor(s, &w[k + 1]) && !word_cap(s, &w[k + 1]))
      reach[k] = 0;
    else reach[k] = reach[k + 1];
  }
  for (size_t i = 0; i + 1 < nw; i++)
    if (w[i].comma && word_cap(s, &w[i]) && reach[i + 1]) {
      w[i].comma = 0;
      w[i].list = 1;
    }
  free(reach);
}

/* TABARI's comma rule (manual 8.6, COMMA:): a comma-delimited phrase whose
 * length in words is within the limits is not coded: the first (start to
 * the first comma, BMIN-BMAX), each inside one (from the comma that ended
 * the one before, MIN-MAX) and the last (to the end of the sentence,
 * EMIN-EMAX).  The text without them goes to out, with its final
 * punctuation.  Returns 1 when something was cut. */
static int comma_phrases(const char *s, size_t n, const tabari_options *op,
                         acta_buf *out) {
  size_t nw = 0, cap = 16;
  cword *w = malloc(cap * sizeof *w);
  if (!w) abort();
  for (size_t i = 0; i < n;) {
    while (i < n && isspace((unsigned char)s[i])) i++;
    if (i >= n) break;
    size_t st = i;
    while (i < n && !isspace((unsigned char)s[i])) i++;
    size_t len = i - st;
    int comma = s[st + len - 1] == ',';
    if (comma) len--;
    if (!len) { /* a comma on its own */
      if (nw) w[nw - 1].comma = 1;
      continue;
    }
    if (nw == cap) {
      cap *= 2;
      w = realloc(w, cap * sizeof *w);
      if (!w) abort();
    }
    w[nw++] = (cword){st, len, comma, 1, 0};
  }
  /* commas inside a list of names delimit no phrase (TABARI skips across
   * its compounds) */
  list_commas(s, w, nw);
  /* the final punctuation stays wherever the last phrase goes */
  char final = 0;
  if (nw) {
    cword *l = &w[nw - 1];
    char c = s[l->start + l->len - 1];
    if (c == '.' || c == '!' || c == '?') {
      final = c;
      if (--l->len == 0) nw--;
    }
  }
  int cut = 0;
  size_t prev = (size_t)-1; /* the comma that ended the phrase before */
  for (size_t i = 0; i < nw; i++) {
    if (!w[i].comma || i + 1 == nw) continue;
    size_t from = prev == (size_t)-1 ? 0 : prev + 1;
    size_t words = i + 1 - from;
    int lo = prev == (size_t)-1 ? op->comma_bmin : op->comma_min;
    int hi = prev == (size_t)-1 ? op->comma_bmax : op->comma_max;
    if ((int)words >= lo && (int)words <= hi) {
      for (size_t k = from; k <= i; k++) w[k].keep = 0;
      if (prev != (size_t)-1) w[prev].comma = 0;
      cut = 1;
    }
    prev = i;
  }
  if (prev != (size_t)-1) {
    size_t words = nw - prev - 1;
    if ((int)words >= op->comma_emin && (int)words <= op->comma_emax) {
      for (size_t k = prev + 1; k < nw; k++) w[k].keep = 0;
      w[prev].comma = 0;
      cut = 1;
    }
  }
  acta_buf_clear(out);
  for (size_t i = 0; i < nw; i++) {
    if (!w[i].keep) continue;
    if (out->len) acta_buf_putc(out, ' ');
    acta_buf_put(out, s + w[i].start, w[i].len);
    if (w[i].comma || w[i].list) acta_buf_putc(out, ',');
  }
  if (final) acta_buf_putc(out, final);
  free(w);
  return cut;
}

/* "YYYY-MM-DD" as TABARI writes dates: YYMMDD, or YYYYMMDD. */
static void tabari_date(const char *iso, int yyyy, char *out, size_t cap) {
  if (strlen(iso) != 10) { snprintf(out, cap, "%s", ""); return; }
  if (yyyy) snprintf(out, cap, "%.4s%.2s%.2s", iso, iso + 5, iso + 8);
  else snprintf(out, cap, "%.2s%.2s%.2s", iso + 2, iso + 5, iso + 8);
}

typedef struct run {
  acta_coder *c;
  tabari_options op;
  reported rep;
  acta_vtally tally;
  acta_vtriple *got;
  size_t capgot;
  acta_buf line, text, cut, blank;
  expect e;
  int verbose;
  FILE *out;
  int stopped;
  char last_story[32];  /* FORWARD: the story number of the record before */
  long last_seq;        /* and its sentence number (-1: a new story) */
} run;

/* The code of an actor as TABARI gives it into out (64 bytes; NULL: only
 * say whether there is one): acta's agent without a country ("---COP") is
 * no actor, or with SET: CONVERT AGENTS the agent's own code ("~COP").
 * Returns out, or NULL when there is no actor. */
static const char *actor_code(const acta_actor *a, const tabari_options *op,
                              char *out) {
  const char *c = a->present ? a->code : "";
  if (!c[0] || !strcmp(c, "---")) return NULL;
  if (!strncmp(c, "---", 3)) {
    if (!op->convert_agents) return NULL;
    if (out) snprintf(out, 64, "~%s", c + 3);
    return out ? out : c;
  }
  if (out) snprintf(out, 64, "%s", c);
  return out ? out : c;
}

/* The mark TABARI's verbs put after a code: '?' subordinate (coded only
 * when no other event is), '!' dominant (when there is one, only such are
 * coded), else 0.  pattern: the pattern as written, "SAID [023?]". */
static char code_mark(const char *pattern) {
  const char *close = pattern ? strrchr(pattern, ']') : NULL;
  if (!close || close == pattern) return 0;
  char m = close[-1];
  return m == '?' || m == '!' ? m : 0;
}

/* A complex (+++) or discard (###) code: the sentence is not coded. */
static int diverts(const char *code) {
  return !strcmp(code, "+++") || !strcmp(code, "###");
}

/* TABARI's source search without DEFAULT's PRIOR (manual 5.8, coder.cp
 * getRegularSource): the first actor of the clause, after the verb too.
 * For event k, whose verb found no actor for its subject: the source is
 * the first target of that verb's sourceless events, written into t->s,
 * and the target k's own when it is another actor, else none (t->t "").
 * Returns 0 when k has no target, -1 when k's target is that source and
 * another of the verb's targets makes the event. */
static int first_actor_source(const acta_event *ev, size_t n, size_t k,
                              const tabari_options *op, acta_vtriple *t) {
  char code[64];
  if (!actor_code(&ev[k].target, op, code)) return 0;
  size_t first = k;
  for (size_t j = 0; j < n; j++)
    if (ev[j].sentence == ev[k].sentence && ev[j].verb_start == ev[k].verb_start &&
        !actor_code(&ev[j].source, op, NULL) && actor_code(&ev[j].target, op, NULL) &&
        ev[j].target.start < ev[first].target.start)
      first = j;
  actor_code(&ev[first].target, op, t->s);
  if (strcmp(t->s, code)) {
    snprintf(t->t, sizeof t->t, "%s", code);
    return 1;
  }
  t->t[0] = '\0';
  char other[64];
  for (size_t j = 0; j < n; j++)
    if (ev[j].sentence == ev[k].sentence && ev[j].verb_start == ev[k].verb_start &&
        !actor_code(&ev[j].source, op, NULL) && actor_code(&ev[j].target, op, other) &&
        strcmp(other, code))
      return -1;
  return 1;
}

/* FORWARD (manual 8.4, process.cp readRecord): may record id's pronouns
 * take the first actor of the record before?  Yes when its ID holds the
 * same story number as the one before and the next sentence number. */
static int forward_allowed(run *r, const char *id) {
  const tabari_options *op = &r->op;
  if (!op->fwd_seq_len) return 0;
  size_t n = strlen(id);
  if (n < (size_t)(op->fwd_story + op->fwd_story_len) ||
      n < (size_t)(op->fwd_seq + op->fwd_seq_len)) {
    r->last_seq = -1;
    return 0;
  }
  char story[32], seq[32];
  snprintf(story, sizeof story, "%.*s", op->fwd_story_len, id + op->fwd_story);
  snprintf(seq, sizeof seq, "%.*s", op->fwd_seq_len, id + op->fwd_seq);
  if (strcmp(story, r->last_story)) r->last_seq = -1;
  snprintf(r->last_story, sizeof r->last_story, "%s", story);
  long k = atol(seq);
  int ok = op->forward && r->last_seq >= 0 && k == r->last_seq + 1;
  r->last_seq = k;
  return ok;
}

/* Codes a record into r->got; returns the count, or -1 (error in r->c). */
static long code_record(run *r, const tabari_record *rec) {
  const tabari_options *op = &r->op;
  const char *text = rec->text;
  size_t tl = rec->text_len;
  /* TABARI's text filter makes an underscore or a hyphen a blank
   * ("Dol_Amroth", "Al-Gore") */
  if (memchr(text, '_', tl) || memchr(text, '-', tl)) {
    acta_buf_clear(&r->blank);
    for (size_t k = 0; k < tl; k++)
      acta_buf_putc(&r->blank, text[k] == '_' || text[k] == '-' ? ' ' : text[k]);
    text = acta_buf_cstr(&r->blank);
    tl = r->blank.len;
  }
  if (op->fbis) {
    fbis_text(text, tl, &r->text);
    text = acta_buf_cstr(&r->text);
    tl = r->text.len;
  }
  if ((long)count_words(text, tl) < (long)op->min_words) return 0;
  if (op->comma_on && comma_phrases(text, tl, op, &r->cut)) {
    text = acta_buf_cstr(&r->cut);
    tl = r->cut.len;
  }
  if (op->complex_on && op->complex_conj > 0 &&
      count_conj(text, tl) >= (size_t)op->complex_conj)
    return 0;
  /* a verb whose subject is no actor takes TABARI's own search for its
   * actors, or a DEFAULT source, under CODE ALL and DEFAULT */
  int keep = op->default_source[0] || op->code_by == TABARI_CODE_ALL;
  acta_coder_set_keep_sourceless(r->c, keep);
  acta_coder_set_code_all(r->c, op->code_by == TABARI_CODE_ALL);
  acta_coder_set_tabari_targets(r->c, 1);
  acta_article a;
  memset(&a, 0, sizeof a);
  a.id = rec->id;
  a.date = rec->date_iso[0] ? rec->date_iso : NULL;
  a.text = text;
  a.text_len = tl;
  if (acta_code_article(r->c, &a) != 0) return -1;
  size_t n;
  const acta_event *ev = acta_events(r->c, &n);
  if (n > r->capgot) {
    r->capgot = n * 2;
    r->got = realloc(r->got, r->capgot * sizeof *r->got);
    if (!r->got) abort();
  }
  /* COMPLEX: NOACTPRIOR: no actor before the first verb, the sentence is
   * not coded (the verb's source, TABARI's first actor of the clause, may
   * stand after it: "Rebuked by Eriador, ..., Osgiliath is") */
  if (op->complex_on && op->complex_noactprior && n > 0) {
    size_t first = 0;
    for (size_t k = 1; k < n; k++)
      if (ev[k].sentence < ev[first].sentence ||
          (ev[k].sentence == ev[first].sentence && ev[k].verb_start < ev[first].verb_start))
        first = k;
    if (!acta_coder_tabari_actor_before(r->c, ev[first].verb_start)) return 0;
  }
  /* subordinate and dominant codes (manual 6.6): which marks are coded */
  int any_plain = 0, any_dominant = 0;
  for (size_t k = 0; k < n; k++) {
    char m = code_mark(ev[k].pattern);
    if (m == '!') any_dominant = 1;
    else if (m != '?' &&
             (actor_code(&ev[k].source, op, NULL) || op->default_source[0]) &&
             (actor_code(&ev[k].target, op, NULL) || op->default_target[0]))
      any_plain = 1;
  }
  size_t ng = 0;
  for (size_t k = 0; k < n; k++) {
    /* CODE BY SENTENCE: the events of the first verb only */
    if (op->code_by == TABARI_CODE_BY_SENTENCE &&
        (ev[k].sentence != ev[0].sentence || ev[k].verb_start != ev[0].verb_start))
      continue;
    char m = code_mark(ev[k].pattern);
    if ((any_dominant && m != '!') || (m == '?' && (any_plain || any_dominant)))
      continue;
    acta_vtriple *t = &r->got[ng];
    memset(t, 0, sizeof *t);
    /* as TABARI: an event needs a source and a target, the DEFAULT codes
     * standing in for a missing one */
    const char *src = actor_code(&ev[k].source, op, t->s);
    const char *tgt = actor_code(&ev[k].target, op, t->t);
    if (!src && tgt && keep && !(op->default_source[0] && op->default_prior)) {
      int found = first_actor_source(ev, n, k, op, t);
      if (found < 0) continue;
      src = t->s;
      tgt = t->t[0] ? t->t : NULL;
    }
    if (!src && op->default_source[0]) src = op->default_source;
    if (!tgt && op->default_target[0]) tgt = op->default_target;
    if (!src || !tgt) continue;
    if (src != t->s) snprintf(t->s, sizeof t->s, "%s", src);
    if (tgt != t->t) snprintf(t->t, sizeof t->t, "%s", tgt);
    /* TABARI drops an event whose source and target have the same code
     * (compounds on both sides: "Arnor and Gondor ... Calenardhon and
     * Gondor") */
    if (!strcmp(t->s, t->t)) continue;
    acta_vnull_code(t->e, sizeof t->e, ev[k].cameo);
    if (diverts(t->s) || diverts(t->t) || diverts(t->e)) return 0;
    tabari_date(ev[k].date, op->yyyy, t->d, sizeof t->d);
    ng++;
  }
  return (long)ng;
}

/* Does the record pass? got[0..ng) coded (ng < 0: an error). */
static int judge(run *r, long ng) {
  expect *e = &r->e;
  if (ng < 0 || e->malformed) return 0;
  if (e->special && ng == 0) return 1;
  acta_vtriple first;
  int check_date = r->op.time_shift == 1 && e->n > 0;
  if (check_date) first = e->v[0];
  size_t ne = acta_vtriple_uniq(e->v, e->n);
  e->n = ne;
  size_t n = acta_vtriple_uniq(r->got, (size_t)ng);
  /* every expected event coded; no other unless -{ */
  size_t j = 0;
  for (size_t i = 0; i < ne; i++) {
    while (j < n && acta_vtriple_cmp(&r->got[j], &e->v[i]) < 0) j++;
    if (j >= n || acta_vtriple_cmp(&r->got[j], &e->v[i])) return 0;
  }
  if (!e->open && n != ne) return 0;
  if (check_date) {
    if (!e->first_date[0]) return 0; /* TABARI fails a record without it */
    for (size_t k = 0; k < n; k++)
      if (!acta_vtriple_cmp(&r->got[k], &first))
        return !strcmp(r->got[k].d, e->first_date);
  }
  return 1;
}

static void put_expected(acta_buf *b, const expect *e) {
  if (e->malformed) acta_buf_puts(b, "a record that is not { SRC / TGT / CODE }");
  else if (e->special && !e->n) acta_buf_puts(b, "no event");
  else {
    acta_vtriple_put_set(b, e->v, e->n);
    if (e->open) acta_buf_puts(b, " (and maybe more)");
    if (e->special) acta_buf_puts(b, ", or no event");
  }
  if (e->first_date[0]) acta_buf_printf(b, " (the first dated %s)", e->first_date);
}

/* The records of one text, data[0..len) (path: its name). */
static void run_text(run *r, const char *data, size_t len, const char *path) {
  tabari_text *t = tabari_text_open(data, len, path);
  tabari_record rec;
  char rerr[600];
  int got;
  for (;;) {
    tabari_text_set_yyyy(t, r->op.yyyy);
    got = tabari_text_next(t, &rec, rerr, sizeof rerr);
    if (got == 0) break;
    read_expect(rec.comment, &r->e, &r->op, path,
                rec.comment_line ? rec.comment_line : rec.line, &r->rep, r->out);
    /* every record counts in FORWARD's sequence, as TABARI reads them all */
    int fwd = forward_allowed(r, rec.id);
    if (!r->e.nrecords) {
      if (strstr(rec.comment, "OPTION:")) continue; /* options only */
      fprintf(r->out, "%s:%ld: %s has no validation records: the run stops "
              "here, as TABARI's does\n", path, rec.line, rec.id);
      r->stopped = 1;
      break;
    }
    if (got == 2) fprintf(r->out, "%s\n", rerr);
    acta_coder_set_tabari_forward(r->c, fwd);
    long ng = code_record(r, &rec);
    int ok = judge(r, ng);
    char cat[32];
    size_t cl = strcspn(rec.id, "-");
    snprintf(cat, sizeof cat, "%.*s", (int)(cl ? cl : strlen(rec.id)), rec.id);
    acta_vtally_add(&r->tally, cat, ok);
    if (!ok || r->verbose) {
      acta_buf_clear(&r->line);
      acta_buf_printf(&r->line, "%s %s [%s]: expected ", ok ? "pass" : "FAIL",
                      rec.id, cat);
      put_expected(&r->line, &r->e);
      acta_buf_puts(&r->line, "; got ");
      if (ng < 0) acta_buf_printf(&r->line, "error %s", acta_coder_error(r->c));
      else {
        acta_vtriple_put_set(&r->line, r->got, (size_t)ng);
        if (r->op.time_shift == 1 && ng > 0) {
          acta_buf_puts(&r->line, " (dated");
          for (long k = 0; k < ng; k++)
            acta_buf_printf(&r->line, " %s", r->got[k].d[0] ? r->got[k].d : "none");
          acta_buf_putc(&r->line, ')');
        }
      }
      fprintf(r->out, "%s\n", acta_buf_cstr(&r->line));
    }
  }
  tabari_text_free(t);
}

/* One text file; returns 0, or -1 when it cannot be read (err). */
static int run_file(run *r, const char *path, char *err, size_t errlen) {
  char *data;
  size_t len;
  if (acta_read_file(path, &data, &len, err, errlen) != 0) return -1;
  run_text(r, data, len, path);
  free(data);
  return 0;
}

static void run_init(run *r, acta_coder *c, int verbose, FILE *out) {
  memset(r, 0, sizeof *r);
  r->c = c;
  r->verbose = verbose;
  r->out = out;
  r->last_seq = -1;
  acta_buf_init(&r->line);
  acta_buf_init(&r->text);
  acta_buf_init(&r->cut);
  acta_buf_init(&r->blank);
  tabari_options_init(&r->op);
}

static void run_free(run *r) {
  free(r->got);
  free(r->e.v);
  acta_buf_free(&r->line);
  acta_buf_free(&r->text);
  acta_buf_free(&r->cut);
  acta_buf_free(&r->blank);
  acta_vtally_free(&r->tally);
  reported_free(&r->rep);
}

int acta_validate_tabari_run(acta_coder *c, const char *data, size_t len,
                             const char *name, double min_pass, int verbose,
                             FILE *out) {
  run r;
  run_init(&r, c, verbose, out);
  run_text(&r, data, len, name);
  int rc = acta_vtally_print(&r.tally, out, min_pass);
  run_free(&r);
  return rc;
}

int acta_validate_tabari(const acta_validate_opts *o, char *err, size_t errlen) {
  tabari_project p;
  if (tabari_project_read(o->path, &p, err, errlen) != 0) return 4;
  run r;
  run_init(&r, NULL, o->verbose, o->out);
  int rc = 0, failed = 0;
  if (p.options) read_options(&r.op, p.options, &r.rep, r.out, err, errlen, &failed);
  if (failed) rc = 4;
  /* the dictionaries: PETRARCH files the caller gives, else the project's */
  acta_dict_options dopt;
  memset(&dopt, 0, sizeof dopt);
  if (o->dict) dopt = *o->dict;
  const char **actors = NULL;
  int given = dopt.petrarch_verbs || dopt.petrarch_actors ||
              dopt.petrarch_agents || dopt.petrarch_discards;
  if (!given && !rc) {
    dopt.tabari = 1;
    dopt.petrarch_verbs = p.verbs[0];
    actors = calloc(p.nactors + 1, sizeof *actors);
    if (!actors) abort();
    for (size_t i = 0; i < p.nactors; i++) actors[i] = p.actors[i];
    dopt.petrarch_actors = actors;
    dopt.petrarch_agents = p.nagents ? p.agents[0] : NULL;
    if (p.nverbs > 1)
      fprintf(r.out, "%s: only the first <verbfile> is read (%s); %zu more are "
              "not\n", o->path, p.verbs[0], p.nverbs - 1);
    if (p.nagents > 1)
      fprintf(r.out, "%s: only the first <agentfile> is read (%s); %zu more are "
              "not\n", o->path, p.agents[0], p.nagents - 1);
  }
  acta_dict *d = rc ? NULL : acta_dict_load(&dopt, err, errlen);
  if (!rc && !d) rc = 3;
  if (d) {
    r.c = acta_coder_new(d);
    if (!r.c) {
      snprintf(err, errlen, "cannot create a coder (out of memory)");
      rc = 3;
    }
  }
  for (size_t i = 0; !rc && i < p.ntexts && !r.stopped; i++)
    if (run_file(&r, p.texts[i], err, errlen) != 0) rc = 4;
  if (rc != 3) {
    int below = acta_vtally_print(&r.tally, r.out, o->min_pass);
    if (!rc) rc = below;
  }
  acta_coder_free(r.c);
  acta_dict_free(d);
  free(actors);
  run_free(&r);
  tabari_project_free(&p);
  return rc;
}
