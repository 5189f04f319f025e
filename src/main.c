/* main.c: the acta command line.
 *
 *   acta code [options] FILE...     code articles into event records
 *   acta explain [options] TEXT     show how a sentence is coded
 *   acta compile [--data DIR] [-o FILE]  the dictionary image
 *   acta help | --help              teaching help
 *   acta --version                  version and dictionary sizes
 *
 * `acta code` reads its input in batches (BATCH_RECORDS records or
 * BATCH_BYTES bytes); worker threads, each with its own acta_coder, code the
 * records of a batch and render each into the record's own output buffer;
 * the main thread writes the outputs in input order and meanwhile reads the
 * next batch.  At most two batches are in memory. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "acta.h"
#include "buf.h"
#include "dict_build.h"
#include "input.h"
#include "petrarch.h"
#include "validate.h"

#ifndef ACTA_DEFAULT_DATA_DIR
#define ACTA_DEFAULT_DATA_DIR NULL
#endif

enum {
  EXIT_OK = 0,
  EXIT_RECORD_ERRORS = 1,
  EXIT_USAGE = 2,
  EXIT_DICT = 3,
  EXIT_IO = 4
};

#define BATCH_RECORDS 256
#define BATCH_BYTES ((size_t)4 << 20)
#define MAX_THREADS 256
#define KEEP_OUT_CAP ((size_t)1 << 20) /* per-record buffers above: freed */

/* ------------------------------------------------------------------ */
/* Help                                                                */
/* ------------------------------------------------------------------ */

/* In parts: ISO C only promises string literals of 4095 bytes. */
static const char *const help_text[] = {
"acta " ACTA_VERSION " - code English news text into CAMEO political events\n"
"\n"
"acta reads news articles and writes one record per political event it\n"
"finds: who did what to whom (source actor, CAMEO event code, target\n"
"actor), whether it was asserted, alleged, hedged, denied, negated or only\n"
"intended, who reported it, and why it was coded that way (the dictionary\n"
"pattern and entries that matched).\n"
"\n"
"Usage:\n"
"  acta code [options] [FILE...]   code articles (no FILE or '-': stdin)\n"
"  acta explain [options] [TEXT]   trace how TEXT is coded: tokens, tags,\n"
"                                  chunks, actors, patterns tried, decision\n"
"                                  (no TEXT: read it from stdin)\n"
"  acta claims [options] [FILE...] the claims ledger: every event as a\n"
"                                  claim with its claimant (reporter, else\n"
"                                  source), status, the denials disputing\n"
"                                  it and what was said of evidence; JSON\n"
"                                  lines (default) or --output tsv table\n"
"  acta validate [options] FILE.xml\n"
"                                  code a PETRARCH/TABARI validation file\n"
"                                  and compare with its <EventCoding>s:\n"
"                                  a FAIL line per failing record, a pass\n"
"                                  rate per category; exit 1 on a failure.\n"
"                                  As PETRARCH, it codes the words of each\n"
"                                  <Parse> and obeys <Config> options\n"
"                                  (require_dyad, new_actor_length,\n"
"                                  comma_* clause lengths)\n"
"  acta compile [--data DIR] [-o FILE]\n"
"                                  compile the dictionaries into the image\n"
"                                  later runs map instead of parsing them\n"
"                                  (see Start-up); prints the image's path\n"
"  acta help, acta --help          this help\n"
"  acta --version                  version and dictionary sizes\n"
"\n",
"Options:\n"
"  --format jsonl|text   input format (default jsonl).  jsonl: one JSON\n"
"                        object per line with \"id\" (string or number) and\n"
"                        \"text\" (required), \"date\" (YYYY-MM-DD), and\n"
"                        optional \"publisher\", \"url\", \"title\", \"parse\" (a\n"
"                        Penn Treebank parse whose tags are used).  Blank lines\n"
"                        are skipped.  text: each FILE is one article whose\n"
"                        id is the file name.  petrarch-xml: PETRARCH XML,\n"
"                        one record per <Sentence> (id, date, <Text>; a\n"
"                        <Parse> gives its tags, and with PETRARCH dictionaries\n"
"                        subjects and compounds; <Config> is validate's).\n"
"                        (--format json|tsv are taken\n"
"                        as --output json|tsv.)\n"
"  -o, --output json|tsv output format (default json).  json: one JSON\n"
"                        object per line, an \"event\" record per event, a\n"
"                        \"no_event\" record for an article without events, an\n"
"                        \"error\" record for an input that could not be\n"
"                        coded.  tsv: a header line, then one row per event;\n"
"                        errors go to stderr.  (compile: the image file.)\n"
"  --date YYYY-MM-DD     article date for text input, and for JSON records\n"
"                        without a \"date\".  Dates choose which office\n"
"                        holder a name refers to.\n"
"  --parse TREE          explain: a Penn Treebank parse of TEXT; its noun,\n"
"                        verb, adjective and adverb tags replace acta's\n"
"                        guesses (PETRARCH records and JSON lines with a\n"
"                        \"parse\" field use theirs the same way)\n"
"  -t, --threads N       worker threads (default: the number of online\n"
"                        cores).  Output order is always the input order.\n"
"  --data DIR            dictionary directory (default: $ACTA_DATA_DIR, else\n"
"                        the installed data)\n"
"  --dict-format petrarch  code with PETRARCH/TABARI dictionaries instead\n"
"                        of the bundled ones: --verbs F, --actors F (may\n"
"                        repeat), --agents F, --discards F.  With --layer the\n"
"                        bundled dictionaries load too and these win ties.\n"
"                        (validate: the files the <Environment> names,\n"
"                        relative to the XML file, unless given here.)\n"
"  --min-pass PCT        validate: pass when at least PCT% of records pass\n"
"  -v, --verbose         validate: list passing records too\n"
"  --strict              a malformed dictionary line stops the run (exit 3)\n"
"                        instead of a warning \"acta: file:line: message\"\n"
"  --stats               print throughput to stderr when done\n"
"  -h, --help            this help\n"
"  -V, --version         version and dictionary sizes\n"
"\n"
"Start-up:\n"
"  The first run parses the dictionaries (WordNet, iso-codes, libgeonames,\n"
"  the data directory: ~170 ms) and keeps them compiled in an image that\n"
"  later runs map in a few milliseconds: DIR/acta-dict.img when the data\n"
"  directory is writable, else $XDG_CACHE_HOME/acta (~/.cache/acta).  An\n"
"  image is used only while every source is unchanged: edit a dictionary\n"
"  file and the next run parses again and replaces it; a stale, truncated\n"
"  or corrupt image is rebuilt, never trusted.  ACTA_CACHE=DIR keeps images\n"
"  in DIR; ACTA_CACHE=off parses every time.  PETRARCH/TABARI dictionaries\n"
"  are parsed at each run.\n"
"\n",
"Example:\n"
"  $ cat news.jsonl\n"
"  {\"id\":\"a1\",\"date\":\"2022-10-27\",\"text\":\"Police fired tear gas at "
"protesters in Tehran.\"}\n"
"  $ acta code news.jsonl\n"
"  {\"type\":\"event\",\"id\":\"a1#0\",\"doc_id\":\"a1\",\"sentence\":0,\"text\":\n"
"   \"Police fired tear gas at protesters in Tehran.\",\"source\":{\"text\":\n"
"   \"Police\",\"code\":\"IRNCOP\",\"country\":\"IRN\",\"role\":\"COP\"},\n"
"   \"target\":{\"text\":\"protesters\",\"code\":\"IRNOPP\",\"country\":\"IRN\",\n"
"   \"role\":\"OPP\"},\"event\":{\"cameo\":\"175\",\"root\":\"17\",\"name\":\n"
"   \"Use tactics of violent repression\",\"quad_class\":4,\"goldstein\":-9.0,\n"
"   \"verb\":\"fire\"},\"status\":\"asserted\",\"reported_by\":null,\"via\":null,\n"
"   \"evidence\":null,\"disputes\":null,\"date\":\"2022-10-27\",\n"
"   \"date_precision\":\"day\",\"date_range\":null,\"date_text\":null,\n"
"   \"location\":{\"text\":\"Tehran\",\"name\":\"Tehran\",\"country\":\"IRN\",\n"
"   \"admin1\":\"Tehran Province\",\"lat\":35.69439,\"lon\":51.42151,\n"
"   \"precision\":\"city\"},\"figures\":[],\"explain\":{\"pattern\":\n"
"   \"fire tear gas {at|on} +\",\"pattern_file\":\"events.txt\",\n"
"   \"pattern_line\":...,\"source_entry\":\"agents.txt:...\",\"target_entry\":\n"
"   \"agents.txt:...\",\"passive\":false,\"nominal\":false,\"compound\":false,\n"
"   \"reported\":false}}\n"
"  (one line per record; folded here.)  \"Police\" names no country, so it\n"
"  takes the nearest one named (Tehran: IRN).  \"reported_by\" is who says\n"
"  so (\"X said ...\", \"according to X\"), \"via\" who relayed it, \"status\"\n"
"  one of asserted, alleged, hedged, denied, negated, intended; \"figures\"\n"
"  are the counts of the sentence (\"at least 141 killed\"); a count\n"
"  reported by several sources is reconciled in a \"figure_summary\" record.\n"
"  \"explain\" says which dictionary lines matched and whether the event\n"
"  came from a passive clause, an event noun, a compound actor (\"X and Y\n"
"  attacked Z\": one event each) or\n"
"  reported speech (\"X said Y attacked Z\": Y->Z, reported_by X).  An\n"
"  article without events gives {\"type\":\"no_event\",\"doc_id\":...,\n"
"  \"sentences\":N}; a bad line {\"type\":\"error\",\"doc_id\" (or \"line\"),\n"
"  \"message\"}.\n"
"\n"
"  $ acta explain --date 2022-10-27 \"Police arrested protesters in Tehran.\"\n"
"  $ acta code --format text --date 2022-03-01 --output tsv story.txt\n"
"  $ acta code --threads 8 --stats news.jsonl > events.jsonl\n"
"\n",
"Exit status:\n"
"  0  every record was coded\n"
"  1  some records were errors (bad JSON, no \"text\", invalid UTF-8, bad\n"
"     date ...): each gave an error record, the others were coded\n"
"  2  usage error (unknown option or command, bad option value)\n"
"  3  the dictionaries could not be loaded (a file missing, unreadable\n"
"     or without a single entry: the message names it)\n"
"  4  I/O error (an input file cannot be read, output cannot be written)\n",
    NULL};

static void usage_error(const char *fmt, const char *arg) {
  fputs("acta: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs(" (see acta --help)\n", stderr);
}

/* ------------------------------------------------------------------ */
/* Options                                                             */
/* ------------------------------------------------------------------ */

enum cmd { CMD_NONE, CMD_CODE, CMD_EXPLAIN, CMD_HELP, CMD_VERSION, CMD_CLAIMS,
           CMD_VALIDATE, CMD_COMPILE };
enum in_fmt { IN_JSONL, IN_TEXT, IN_PETRARCH_XML };
enum out_fmt { OUT_JSON, OUT_TSV };

typedef struct options {
  enum cmd cmd;
  enum in_fmt in;
  enum out_fmt out;
  const char *date;
  const char *parse; /* explain --parse */
  const char *data_dir;
  int threads;
  int strict;
  int stats;
  const char **args; /* positional arguments after the command */
  int nargs;
  int petrarch;      /* --dict-format petrarch */
  const char *verbs, *agents, *discards;
  const char **actors; /* NULL-terminated */
  int nactors;
  int layer;
  double min_pass;   /* validate: < 0 none */
  const char *image_out; /* compile -o FILE */
  int verbose;
} options;

static int parse_threads(const char *s, int *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || end == s || *end || v < 0 || v > MAX_THREADS) return -1;
  *out = (int)v;
  return 0;
}

static int is_opt(const char *name, const char *l, const char *s) {
  return strcmp(name, l) == 0 || (s && strcmp(name, s) == 0);
}

/* Returns -1 on a usage error (already reported). */
static int parse_args(int argc, char **argv, options *o) {
  memset(o, 0, sizeof *o);
  o->min_pass = -1;
  o->args = calloc((size_t)argc + 1, sizeof *o->args);
  o->actors = calloc((size_t)argc + 1, sizeof *o->actors);
  if (!o->args || !o->actors) abort();
  int only_positional = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only_positional || a[0] != '-' || strcmp(a, "-") == 0) {
      if (o->cmd == CMD_NONE) {
        if (strcmp(a, "code") == 0) o->cmd = CMD_CODE;
        else if (strcmp(a, "explain") == 0) o->cmd = CMD_EXPLAIN;
        else if (strcmp(a, "claims") == 0) o->cmd = CMD_CLAIMS;
        else if (strcmp(a, "validate") == 0) o->cmd = CMD_VALIDATE;
        else if (strcmp(a, "compile") == 0) o->cmd = CMD_COMPILE;
        else if (strcmp(a, "help") == 0) o->cmd = CMD_HELP;
        else if (strcmp(a, "version") == 0) o->cmd = CMD_VERSION;
        else {
          usage_error("unknown command '%s'", a);
          return -1;
        }
      } else {
        o->args[o->nargs++] = a;
      }
      continue;
    }
    if (strcmp(a, "--") == 0) {
      only_positional = 1;
      continue;
    }
    /* --name=value or --name value */
    char name[64];
    const char *val = NULL;
    const char *eq = strchr(a, '=');
    if (a[1] == '-' && eq) {
      size_t n = (size_t)(eq - a);
      if (n >= sizeof name) n = sizeof name - 1;
      memcpy(name, a, n);
      name[n] = '\0';
      val = eq + 1;
    } else {
      snprintf(name, sizeof name, "%s", a);
    }
#define IS(long_, short_) is_opt(name, long_, short_)
#define VALUE()                                                  \
  do {                                                           \
    if (!val) {                                                  \
      if (i + 1 >= argc) {                                       \
        usage_error("option %s needs a value", name);            \
        return -1;                                               \
      }                                                          \
      val = argv[++i];                                           \
    }                                                            \
  } while (0)
#define NO_VALUE()                                               \
  do {                                                           \
    if (val) {                                                   \
      usage_error("option %s takes no value", name);             \
      return -1;                                                 \
    }                                                            \
  } while (0)
    if (IS("--help", "-h")) {
      NO_VALUE();
      o->cmd = CMD_HELP;
      return 0;
    } else if (IS("--version", "-V")) {
      NO_VALUE();
      o->cmd = CMD_VERSION;
    } else if (IS("--format", "-f")) {
      VALUE();
      if (strcmp(val, "jsonl") == 0 || strcmp(val, "ndjson") == 0)
        o->in = IN_JSONL;
      else if (strcmp(val, "text") == 0 || strcmp(val, "txt") == 0)
        o->in = IN_TEXT;
      else if (strcmp(val, "petrarch-xml") == 0 || strcmp(val, "petrarch") == 0)
        o->in = IN_PETRARCH_XML;
      else if (strcmp(val, "json") == 0)
        o->out = OUT_JSON;
      else if (strcmp(val, "tsv") == 0)
        o->out = OUT_TSV;
      else {
        usage_error("unknown --format '%s': use jsonl, text or petrarch-xml", val);
        return -1;
      }
    } else if (IS("--output", "-o") && o->cmd == CMD_COMPILE) {
      VALUE();
      o->image_out = val;
    } else if (IS("--output", "-o")) {
      VALUE();
      if (strcmp(val, "json") == 0 || strcmp(val, "jsonl") == 0)
        o->out = OUT_JSON;
      else if (strcmp(val, "tsv") == 0)
        o->out = OUT_TSV;
      else {
        usage_error("unknown --output '%s': use json or tsv", val);
        return -1;
      }
    } else if (IS("--parse", NULL)) {
      VALUE();
      o->parse = val;
    } else if (IS("--date", NULL)) {
      VALUE();
      if (!acta_valid_date(val, strlen(val))) {
        usage_error("--date '%s' is not a YYYY-MM-DD date", val);
        return -1;
      }
      o->date = val;
    } else if (IS("--threads", "-t")) {
      VALUE();
      if (parse_threads(val, &o->threads) != 0) {
        usage_error("--threads '%s' is not a number from 0 to 256", val);
        return -1;
      }
    } else if (IS("--data", NULL)) {
      VALUE();
      o->data_dir = val;
    } else if (IS("--dict-format", NULL)) {
      VALUE();
      if (strcmp(val, "petrarch") == 0 || strcmp(val, "tabari") == 0)
        o->petrarch = 1;
      else if (strcmp(val, "acta") == 0)
        o->petrarch = 0;
      else {
        usage_error("unknown --dict-format '%s': use acta or petrarch", val);
        return -1;
      }
    } else if (IS("--verbs", NULL)) {
      VALUE();
      o->verbs = val;
    } else if (IS("--actors", NULL)) {
      VALUE();
      o->actors[o->nactors++] = val;
    } else if (IS("--agents", NULL)) {
      VALUE();
      o->agents = val;
    } else if (IS("--discards", NULL)) {
      VALUE();
      o->discards = val;
    } else if (IS("--layer", NULL)) {
      NO_VALUE();
      o->layer = 1;
    } else if (IS("--min-pass", NULL)) {
      VALUE();
      char *end;
      o->min_pass = strtod(val, &end);
      if (end == val || *end || o->min_pass < 0 || o->min_pass > 100) {
        usage_error("--min-pass '%s' is not a percentage from 0 to 100", val);
        return -1;
      }
    } else if (IS("--verbose", "-v")) {
      NO_VALUE();
      o->verbose = 1;
    } else if (IS("--strict", NULL)) {
      NO_VALUE();
      o->strict = 1;
    } else if (IS("--stats", NULL)) {
      NO_VALUE();
      o->stats = 1;
    } else {
      usage_error("unknown option '%s'", name);
      return -1;
    }
#undef IS
#undef VALUE
#undef NO_VALUE
  }
  int files = o->verbs || o->nactors || o->agents || o->discards;
  if (files && !o->petrarch) {
    usage_error("%s: --verbs, --actors, --agents and --discards need "
                "--dict-format petrarch", "acta");
    return -1;
  }
  if (o->petrarch && !files && o->cmd != CMD_VALIDATE) {
    usage_error("%s: --dict-format petrarch needs --verbs, --actors, "
                "--agents or --discards", "acta");
    return -1;
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* Dictionaries                                                        */
/* ------------------------------------------------------------------ */

static void warn_cb(void *ud, const char *message) {
  (void)ud;
  fprintf(stderr, "acta: %s\n", message);
}

static void set_dict_options(const options *o, acta_dict_options *dopt) {
  dopt->data_dir = o->data_dir;
  dopt->strict = o->strict;
  dopt->warn = warn_cb;
  dopt->petrarch_verbs = o->verbs;
  dopt->petrarch_actors = o->nactors ? o->actors : NULL;
  dopt->petrarch_agents = o->agents;
  dopt->petrarch_discards = o->discards;
  dopt->layer = o->layer;
}

static acta_dict *load_dict(const options *o) {
  acta_dict_options dopt;
  memset(&dopt, 0, sizeof dopt);
  set_dict_options(o, &dopt);
  char err[1024];
  err[0] = '\0';
  acta_dict *d = acta_dict_load(&dopt, err, sizeof err);
  if (!d)
    fprintf(stderr, "acta: cannot load the dictionaries: %s\n",
            err[0] ? err : "unknown error");
  return d;
}

/* ------------------------------------------------------------------ */
/* Batches                                                             */
/* ------------------------------------------------------------------ */

typedef struct record {
  size_t raw_off, raw_len; /* JSON line or text file, in batch->raw */
  long line;               /* 1-based line in its file (jsonl), else 0 */
  int file;                /* index into the file list */
  /* results, written by a worker */
  acta_buf out;
  int error;               /* 1: out holds an error (record or message) */
  size_t sentences, events;
} record;

typedef struct batch {
  record *recs;
  size_t n, cap;
  acta_buf raw;
  size_t next, done; /* under the pool mutex */
} batch;

static void batch_reset(batch *b) {
  for (size_t i = 0; i < b->n; i++) {
    record *r = &b->recs[i];
    if (r->out.cap > KEEP_OUT_CAP) acta_buf_free(&r->out);
    acta_buf_clear(&r->out);
  }
  b->n = 0;
  b->next = b->done = 0;
  acta_buf_clear(&b->raw);
  if (b->raw.cap > 2 * BATCH_BYTES) acta_buf_free(&b->raw);
}

static void batch_free(batch *b) {
  for (size_t i = 0; i < b->cap; i++) acta_buf_free(&b->recs[i].out);
  free(b->recs);
  acta_buf_free(&b->raw);
}

static record *batch_add(batch *b, const char *data, size_t len, long line,
                         int file) {
  if (b->n == b->cap) {
    size_t cap = b->cap ? b->cap * 2 : BATCH_RECORDS;
    record *p = realloc(b->recs, cap * sizeof *p);
    if (!p) abort();
    for (size_t i = b->cap; i < cap; i++) {
      memset(&p[i], 0, sizeof p[i]);
      acta_buf_init(&p[i].out);
    }
    b->recs = p;
    b->cap = cap;
  }
  record *r = &b->recs[b->n++];
  r->raw_off = b->raw.len;
  r->raw_len = len;
  acta_buf_put(&b->raw, data, len);
  acta_buf_putc(&b->raw, '\0');
  r->line = line;
  r->file = file;
  r->error = 0;
  r->sentences = r->events = 0;
  return r;
}

/* ------------------------------------------------------------------ */
/* Input: fills batches from the list of files                         */
/* ------------------------------------------------------------------ */

typedef struct reader {
  const options *o;
  const char **files;
  int nfiles;
  int cur;               /* file being read */
  int open;              /* jsonl: lr is open */
  acta_line_reader lr;
  unsigned long long bytes;
  int io_error;
  int bad_input;         /* a PETRARCH XML file stopped at an error */
  char *xml_data;        /* petrarch-xml: the file being read */
  size_t xml_len;
  petr_xml *xml;
  acta_buf json;         /* a record rewritten as a JSON line */
} reader;

static const char *shown_name(const char *f) {
  return strcmp(f, "-") == 0 ? "<stdin>" : f;
}

static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' &&
        s[i] != '\v')
      return 0;
  return 1;
}

/* Adds records to b until it is full or the input ends. */
static void fill(reader *rd, batch *b) {
  batch_reset(b);
  char err[1024];
  while (rd->cur < rd->nfiles && b->n < BATCH_RECORDS &&
         b->raw.len < BATCH_BYTES) {
    const char *path = rd->files[rd->cur];
    if (rd->o->in == IN_PETRARCH_XML) {
      /* each <Sentence> becomes the JSON line {"id","date","text"} */
      if (!rd->xml) {
        if (acta_read_file(path, &rd->xml_data, &rd->xml_len, err, sizeof err) != 0) {
          fprintf(stderr, "acta: %s\n", err);
          rd->io_error = 1;
          rd->cur++;
          continue;
        }
        rd->xml = petr_xml_open(rd->xml_data, rd->xml_len, shown_name(path));
      }
      petr_record rec;
      int got = 0;
      while (b->n < BATCH_RECORDS && b->raw.len < BATCH_BYTES &&
             (got = petr_xml_next(rd->xml, &rec, err, sizeof err)) == 1) {
        acta_buf_clear(&rd->json);
        acta_buf_puts(&rd->json, "{\"id\":");
        acta_buf_json_string(&rd->json, rec.id ? rec.id : "", rec.id ? strlen(rec.id) : 0);
        if (rec.date && strlen(rec.date) == 8)
          acta_buf_printf(&rd->json, ",\"date\":\"%.4s-%.2s-%.2s\"", rec.date,
                          rec.date + 4, rec.date + 6);
        acta_buf_puts(&rd->json, ",\"text\":");
        acta_buf_json_string(&rd->json, rec.text ? rec.text : "", rec.text ? rec.text_len : 0);
        if (rec.parse) {
          acta_buf_puts(&rd->json, ",\"parse\":");
          acta_buf_json_string(&rd->json, rec.parse, strlen(rec.parse));
        }
        acta_buf_putc(&rd->json, '}');
        batch_add(b, rd->json.data, rd->json.len, (long)rec.line, rd->cur);
      }
      if (got == 1) break; /* the batch is full */
      if (got < 0) {
        fprintf(stderr, "acta: %s\n", err);
        rd->bad_input = 1;
      }
      rd->bytes += rd->xml_len;
      petr_xml_free(rd->xml);
      rd->xml = NULL;
      free(rd->xml_data);
      rd->xml_data = NULL;
      rd->cur++;
      continue;
    }
    if (rd->o->in == IN_TEXT) {
      char *data;
      size_t len;
      if (acta_read_file(path, &data, &len, err, sizeof err) != 0) {
        fprintf(stderr, "acta: %s\n", err);
        rd->io_error = 1;
      } else {
        rd->bytes += len;
        batch_add(b, data, len, 0, rd->cur);
        free(data);
      }
      rd->cur++;
      continue;
    }
    if (!rd->open) {
      if (acta_line_reader_open(&rd->lr, path, err, sizeof err) != 0) {
        fprintf(stderr, "acta: %s\n", err);
        rd->io_error = 1;
        rd->cur++;
        continue;
      }
      rd->open = 1;
    }
    const char *line;
    size_t len;
    int got = 0;
    while (b->n < BATCH_RECORDS && b->raw.len < BATCH_BYTES &&
           (got = acta_line_reader_next(&rd->lr, &line, &len)) == 1) {
      if (rd->lr.lineno == 1 && len >= 3 &&
          memcmp(line, "\xEF\xBB\xBF", 3) == 0) { /* UTF-8 BOM */
        line += 3;
        len -= 3;
      }
      if (blank(line, len)) continue;
      batch_add(b, line, len, rd->lr.lineno, rd->cur);
    }
    if (b->n >= BATCH_RECORDS || b->raw.len >= BATCH_BYTES) break;
    if (got < 0) {
      fprintf(stderr, "acta: cannot read %s: %s\n", shown_name(path),
              strerror(errno));
      rd->io_error = 1;
    }
    rd->bytes += rd->lr.bytes;
    acta_line_reader_close(&rd->lr);
    rd->open = 0;
    rd->cur++;
  }
}

static void reader_close(reader *rd) {
  if (rd->xml) {
    petr_xml_free(rd->xml);
    rd->xml = NULL;
  }
  free(rd->xml_data);
  rd->xml_data = NULL;
  acta_buf_free(&rd->json);
  if (rd->open) {
    rd->bytes += rd->lr.bytes;
    acta_line_reader_close(&rd->lr);
    rd->open = 0;
  }
}

/* ------------------------------------------------------------------ */
/* Workers                                                             */
/* ------------------------------------------------------------------ */

typedef struct pool {
  pthread_mutex_t mu;
  pthread_cond_t work_cv, done_cv;
  batch *cur; /* batch being coded, or NULL */
  int quit;
  const options *o;
  const char **files;
} pool;

typedef struct worker {
  pool *p;
  acta_coder *coder;
  pthread_t tid;
} worker;

static void code_record(const pool *p, acta_coder *c, batch *b, record *r) {
  const options *o = p->o;
  const char *raw = b->raw.data + r->raw_off;
  const char *fname = p->files[r->file];
  acta_article a;
  char *owned = NULL;
  char err[1024];
  size_t n;
  const char *s;
  acta_buf_clear(&r->out);

  if (o->in == IN_JSONL || o->in == IN_PETRARCH_XML) {
    if (acta_parse_jsonl_line(raw, r->raw_len, &a, &owned, err, sizeof err)) {
      /* Named by its id when it could be read, else by its line. */
      r->error = 1;
      if (o->out == OUT_TSV) {
        acta_buf_printf(&r->out, "acta: %s:%ld: %s%s%s\n", shown_name(fname),
                        r->line, a.id ? a.id : "", a.id ? ": " : "", err);
      } else {
        char msg[1200];
        snprintf(msg, sizeof msg, "%s:%ld: %s", shown_name(fname), r->line,
                 err);
        s = acta_render_error(c, a.id, r->line, msg, &n);
        acta_buf_put(&r->out, s, n);
      }
      free(owned);
      return;
    }
    if (!a.date) a.date = o->date;
  } else {
    memset(&a, 0, sizeof a);
    a.id = strcmp(fname, "-") == 0 ? "stdin" : fname;
    a.date = o->date;
    a.text = raw;
    a.text_len = r->raw_len;
  }

  if (acta_code_article(c, &a) != 0) {
    const char *msg = acta_coder_error(c);
    if (!msg || !*msg) msg = "coding failed";
    r->error = 1;
    if (o->out == OUT_TSV) {
      acta_buf_printf(&r->out, "acta: %s: %s\n", a.id, msg);
    } else {
      s = acta_render_error(c, a.id, r->line, msg, &n);
      acta_buf_put(&r->out, s, n);
    }
  } else {
    acta_events(c, &r->events);
    r->sentences = acta_sentence_count(c);
    if (o->cmd == CMD_CLAIMS)
      s = acta_render_claims(c, &a, o->out == OUT_JSON, &n);
    else
      s = o->out == OUT_TSV ? acta_render_tsv(c, &a, &n)
                            : acta_render_json(c, &a, &n);
    acta_buf_put(&r->out, s, n);
  }
  free(owned);
}

static void *worker_main(void *arg) {
  worker *w = arg;
  pool *p = w->p;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (!p->quit && (!p->cur || p->cur->next >= p->cur->n))
      pthread_cond_wait(&p->work_cv, &p->mu);
    if (p->quit) break;
    batch *b = p->cur;
    record *r = &b->recs[b->next++];
    pthread_mutex_unlock(&p->mu);
    code_record(p, w->coder, b, r);
    pthread_mutex_lock(&p->mu);
    if (++b->done == b->n) pthread_cond_broadcast(&p->done_cv);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

static void dispatch(pool *p, batch *b) {
  pthread_mutex_lock(&p->mu);
  p->cur = b;
  pthread_cond_broadcast(&p->work_cv);
  pthread_mutex_unlock(&p->mu);
}

static void wait_done(pool *p, batch *b) {
  pthread_mutex_lock(&p->mu);
  while (b->done < b->n) pthread_cond_wait(&p->done_cv, &p->mu);
  if (p->cur == b) p->cur = NULL;
  pthread_mutex_unlock(&p->mu);
}

/* ------------------------------------------------------------------ */
/* acta code                                                           */
/* ------------------------------------------------------------------ */

typedef struct totals {
  unsigned long long articles, sentences, events, errors;
} totals;

/* Writes a coded batch in input order; -1 on a write error. */
static int write_batch(const options *o, batch *b, totals *t) {
  for (size_t i = 0; i < b->n; i++) {
    record *r = &b->recs[i];
    if (r->error) {
      t->errors++;
      FILE *f = (o->out == OUT_TSV) ? stderr : stdout;
      if (r->out.len && fwrite(r->out.data, 1, r->out.len, f) != r->out.len)
        return -1;
      continue;
    }
    t->articles++;
    t->sentences += r->sentences;
    t->events += r->events;
    if (r->out.len && fwrite(r->out.data, 1, r->out.len, stdout) != r->out.len)
      return -1;
  }
  return 0;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmd_code(const options *o) {
  static const char *stdin_only[] = {"-"};
  const char **files = o->nargs ? o->args : stdin_only;
  int nfiles = o->nargs ? o->nargs : 1;

  int nthreads = o->threads;
  if (nthreads <= 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    nthreads = n > 0 ? (int)(n > MAX_THREADS ? MAX_THREADS : n) : 1;
  }

  acta_dict *d = load_dict(o);
  if (!d) return EXIT_DICT;

  pool p;
  memset(&p, 0, sizeof p);
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.work_cv, NULL);
  pthread_cond_init(&p.done_cv, NULL);
  p.o = o;
  p.files = files;

  worker *ws = calloc((size_t)nthreads, sizeof *ws);
  if (!ws) abort();
  int started = 0, rc = EXIT_OK;
  for (int i = 0; i < nthreads; i++) {
    ws[i].p = &p;
    ws[i].coder = acta_coder_new(d);
    if (!ws[i].coder) {
      fprintf(stderr, "acta: cannot create a coder (out of memory)\n");
      rc = EXIT_IO;
      break;
    }
    if (pthread_create(&ws[i].tid, NULL, worker_main, &ws[i]) != 0) {
      acta_coder_free(ws[i].coder);
      ws[i].coder = NULL;
      if (started == 0) {
        fprintf(stderr, "acta: cannot start a thread: %s\n", strerror(errno));
        rc = EXIT_IO;
      }
      break;
    }
    started++;
  }

  static char outbuf[1 << 20];
  setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);

  totals t;
  memset(&t, 0, sizeof t);
  reader rd;
  memset(&rd, 0, sizeof rd);
  rd.o = o;
  rd.files = files;
  rd.nfiles = nfiles;
  double t0 = now();
  int write_failed = 0;

  if (rc == EXIT_OK) {
    if (o->out == OUT_TSV)
      fputs(o->cmd == CMD_CLAIMS ? acta_tsv_claims_header() : acta_tsv_header(), stdout);
    batch bufs[2];
    memset(bufs, 0, sizeof bufs);
    batch *cur = &bufs[0], *next = &bufs[1];
    fill(&rd, cur);
    dispatch(&p, cur);
    while (cur->n > 0) {
      fill(&rd, next); /* read while the workers code */
      wait_done(&p, cur);
      if (next->n > 0) dispatch(&p, next);
      if (!write_failed && write_batch(o, cur, &t) != 0) write_failed = 1;
      if (write_failed) {
        if (next->n > 0) wait_done(&p, next);
        break;
      }
      batch *tmp = cur;
      cur = next;
      next = tmp;
    }
    wait_done(&p, cur);
    batch_free(&bufs[0]);
    batch_free(&bufs[1]);
  }
  reader_close(&rd);
  if (fflush(stdout) != 0 || ferror(stdout)) write_failed = 1;
  double secs = now() - t0;

  pthread_mutex_lock(&p.mu);
  p.quit = 1;
  pthread_cond_broadcast(&p.work_cv);
  pthread_mutex_unlock(&p.mu);
  for (int i = 0; i < started; i++) pthread_join(ws[i].tid, NULL);
  for (int i = 0; i < nthreads; i++)
    if (ws[i].coder) acta_coder_free(ws[i].coder);
  free(ws);
  pthread_mutex_destroy(&p.mu);
  pthread_cond_destroy(&p.work_cv);
  pthread_cond_destroy(&p.done_cv);
  acta_dict_free(d);

  if (write_failed) {
    fprintf(stderr, "acta: cannot write the output: %s\n", strerror(errno));
    return EXIT_IO;
  }
  if (rc != EXIT_OK) return rc;

  if (o->stats) {
    double s = secs > 1e-9 ? secs : 1e-9;
    fprintf(stderr,
            "acta: articles %llu sentences %llu events %llu errors %llu "
            "bytes %llu seconds %.3f sentences/s %.0f MB/s %.2f\n",
            t.articles, t.sentences, t.events, t.errors, rd.bytes, secs,
            (double)t.sentences / s, (double)rd.bytes / 1e6 / s);
  }
  if (t.errors && o->out == OUT_JSON)
    fprintf(stderr, "acta: %llu record%s could not be coded (see the "
            "\"error\" records)\n", t.errors, t.errors == 1 ? "" : "s");
  if (rd.io_error) return EXIT_IO;
  return (t.errors || rd.bad_input) ? EXIT_RECORD_ERRORS : EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* acta explain                                                        */
/* ------------------------------------------------------------------ */

static int cmd_explain(const options *o) {
  acta_buf text;
  acta_buf_init(&text);
  if (o->nargs == 0 || (o->nargs == 1 && strcmp(o->args[0], "-") == 0)) {
    char *data, err[1024];
    size_t len;
    if (acta_read_file("-", &data, &len, err, sizeof err) != 0) {
      fprintf(stderr, "acta: %s\n", err);
      return EXIT_IO;
    }
    acta_buf_put(&text, data, len);
    free(data);
  } else {
    for (int i = 0; i < o->nargs; i++) {
      if (i) acta_buf_putc(&text, ' ');
      acta_buf_puts(&text, o->args[i]);
    }
  }
  acta_dict *d = load_dict(o);
  if (!d) {
    acta_buf_free(&text);
    return EXIT_DICT;
  }
  acta_coder *c = acta_coder_new(d);
  int rc = EXIT_OK;
  if (!c) {
    fprintf(stderr, "acta: cannot create a coder (out of memory)\n");
    rc = EXIT_IO;
  } else {
    size_t n = 0;
    acta_article a;
    memset(&a, 0, sizeof a);
    a.id = "explain";
    a.date = o->date;
    a.text = acta_buf_cstr(&text);
    a.text_len = text.len;
    a.parse = o->parse;
    a.parse_len = o->parse ? strlen(o->parse) : 0;
    const char *s = acta_explain_article(c, &a, &n);
    if (s && n) {
      fwrite(s, 1, n, stdout);
      if (s[n - 1] != '\n') putchar('\n');
    }
    /* the text could not be coded (invalid UTF-8 ...): exit 1, as `code` */
    const char *cerr = acta_coder_error(c);
    if (cerr && *cerr) {
      fprintf(stderr, "acta: %s\n", cerr);
      rc = EXIT_RECORD_ERRORS;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
      fprintf(stderr, "acta: cannot write the output: %s\n", strerror(errno));
      rc = EXIT_IO;
    }
    acta_coder_free(c);
  }
  acta_dict_free(d);
  acta_buf_free(&text);
  return rc;
}

/* ------------------------------------------------------------------ */
/* acta validate                                                       */
/* ------------------------------------------------------------------ */

static int cmd_validate(const options *o) {
  if (o->nargs != 1) {
    usage_error("%s", "validate takes one validation file: acta validate FILE.xml");
    return EXIT_USAGE;
  }
  acta_dict_options dopt;
  memset(&dopt, 0, sizeof dopt);
  set_dict_options(o, &dopt);
  acta_validate_opts vo;
  memset(&vo, 0, sizeof vo);
  vo.path = o->args[0];
  vo.dict = &dopt;
  vo.min_pass = o->min_pass;
  vo.verbose = o->verbose;
  vo.out = stdout;
  char err[1024];
  err[0] = '\0';
  int rc = acta_validate(&vo, err, sizeof err);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "acta: cannot write the output: %s\n", strerror(errno));
    return EXIT_IO;
  }
  if (rc == 3) {
    fprintf(stderr, "acta: cannot load the dictionaries: %s\n", err);
    return EXIT_DICT;
  }
  if (rc == 4) {
    fprintf(stderr, "acta: %s\n", err);
    return EXIT_IO;
  }
  return rc ? EXIT_RECORD_ERRORS : EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* acta compile                                                        */
/* ------------------------------------------------------------------ */

/* Parses the bundled dictionaries (--data) and writes their image where
 * later runs look for it, or to -o FILE. */
static int cmd_compile(const options *o) {
  if (o->nargs) {
    usage_error("%s", "compile takes no FILE: acta compile [--data DIR] [-o FILE]");
    return EXIT_USAGE;
  }
  if (o->petrarch) {
    usage_error("%s", "compile compiles the bundled dictionaries (--data DIR); "
                "PETRARCH dictionaries are parsed at each run");
    return EXIT_USAGE;
  }
  acta_dict_options dopt;
  memset(&dopt, 0, sizeof dopt);
  set_dict_options(o, &dopt);
  char err[1024], stored[4096], note[4096];
  err[0] = '\0';
  acta_load_how how;
  memset(&how, 0, sizeof how);
  how.flags = ACTA_LOAD_REBUILD;
  how.image_path = o->image_out;
  how.stored = stored;
  how.storedlen = sizeof stored;
  how.note = note;
  how.notelen = sizeof note;
  acta_dict *d = acta_dict_load_ex(&dopt, &how, err, sizeof err);
  if (!d) {
    fprintf(stderr, "acta: cannot load the dictionaries: %s\n",
            err[0] ? err : "unknown error");
    return EXIT_DICT;
  }
  acta_dict_free(d);
  if (!stored[0]) {
    fprintf(stderr, "acta: cannot write the dictionary image: %s\n",
            note[0] ? note : "no place to write it (use -o FILE)");
    return EXIT_IO;
  }
  printf("%s\n", stored);
  if (fflush(stdout) != 0 || ferror(stdout)) return EXIT_IO;
  return EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* acta --version                                                      */
/* ------------------------------------------------------------------ */

static int cmd_version(const options *o) {
  printf("acta %s\n", ACTA_VERSION);
  fflush(stdout);
  acta_dict *d = load_dict(o);
  if (!d) return EXIT_DICT;
  acta_dict_stats st;
  memset(&st, 0, sizeof st);
  acta_dict_get_stats(d, &st);
  const char *dir = o->data_dir;
  if (!dir) dir = getenv("ACTA_DATA_DIR");
  if (!dir || !*dir) dir = ACTA_DEFAULT_DATA_DIR;
  if (dir) printf("dictionaries: %s\n", dir);
  printf("  event patterns  %zu\n", st.event_patterns);
  printf("  actors          %zu\n", st.actors);
  printf("  agents          %zu\n", st.agents);
  printf("  discards        %zu\n", st.discards);
  printf("  cameo codes     %zu\n", st.cameo_codes);
  printf("  verb lemmas     %zu\n", st.verb_lemmas);
  acta_dict_free(d);
  if (fflush(stdout) != 0 || ferror(stdout)) return EXIT_IO;
  return EXIT_OK;
}

int main(int argc, char **argv) {
  options o;
  if (parse_args(argc, argv, &o) != 0) {
    free(o.args);
    free(o.actors);
    return EXIT_USAGE;
  }
  int rc;
  switch (o.cmd) {
    case CMD_HELP:
      for (size_t i = 0; help_text[i]; i++) fputs(help_text[i], stdout);
      /* a failed write may have happened before the final flush */
      rc = (fflush(stdout) == 0 && !ferror(stdout)) ? EXIT_OK : EXIT_IO;
      if (rc != EXIT_OK)
        fprintf(stderr, "acta: cannot write the output: %s\n", strerror(errno));
      break;
    case CMD_VERSION: rc = cmd_version(&o); break;
    case CMD_CODE: rc = cmd_code(&o); break;
    case CMD_CLAIMS: rc = cmd_code(&o); break;
    case CMD_EXPLAIN: rc = cmd_explain(&o); break;
    case CMD_VALIDATE: rc = cmd_validate(&o); break;
    case CMD_COMPILE: rc = cmd_compile(&o); break;
    default:
      fputs("acta: no command given\n"
            "usage: acta code [options] [FILE...]\n"
            "       acta explain [options] TEXT\n"
            "       acta --help | --version\n",
            stderr);
      rc = EXIT_USAGE;
      break;
  }
  free(o.args);
  free(o.actors);
  return rc;
}
