/* SPDX-License-Identifier: MIT */
/* main.c: the acta command line.
 *
 *   acta code [options] FILE|DIR...   code articles into event records
 *   acta claims [options] FILE|DIR... the claims ledger
 *   acta explain [options] TEXT       show how a sentence is coded
 *   acta validate [options] FILE.xml|FILE.project  check a PETRARCH or
 *                                     TABARI validation suite
 *   acta compile [--data DIR] [-o FILE] the dictionary image
 *   acta ingest [--db PATH] FILE|DIR... code articles into the event store
 *                                     (cli_ingest.c stores them)
 *   acta query [--db PATH] [filters]  events or incidents (query.c)
 *   acta report [--db PATH] -o FILE   an HTML report (report_html.c)
 *   acta help | --help, acta COMMAND --help   (help texts: cli_help.c)
 *   acta --version                    version and dictionary sizes
 *
 * `acta code` reads its input in batches (BATCH_RECORDS records or
 * BATCH_BYTES bytes); worker threads, each with its own acta_coder, code the
 * records of a batch and render each into the record's own output buffer;
 * the main thread writes the outputs in input order and meanwhile reads the
 * next batch.  At most two batches are in memory. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "acta.h"
#include "buf.h"
#include "dict_build.h"
#include "cli.h"
#include "gaps.h"
#include "input.h"
#include "petrarch.h"
#include "store_rows.h"
#include "tabari.h"
#include "validate.h"

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

static void usage_error(const char *fmt, const char *arg) {
  fputs("acta: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs(" (see acta --help)\n", stderr);
}

/* Flushes standard output; -1 after saying on stderr that it failed (a full
 * disk, a closed pipe ...). */
static int flush_stdout(void) {
  errno = 0;
  if (fflush(stdout) == 0 && !ferror(stdout)) return 0;
  fprintf(stderr, "acta: cannot write the output: %s\n",
          errno ? strerror(errno) : "write error");
  return -1;
}

/* ------------------------------------------------------------------ */
/* Options                                                             */
/* ------------------------------------------------------------------ */

enum in_fmt { IN_JSONL, IN_TEXT, IN_CSV, IN_PETRARCH_XML, IN_TABARI };
enum out_fmt { OUT_JSON, OUT_TSV, OUT_PLOVER };

#define DEFAULT_MAX_BYTES ACTA_DEFAULT_MAX_ARTICLE_BYTES

typedef struct options {
  enum cmd cmd;
  int help;          /* --help: the help of cmd */
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
  int petrarch;      /* --dict-format petrarch (1) or tabari (2) */
  const char *verbs, *agents, *discards;
  const char **actors; /* NULL-terminated */
  int nactors;
  int layer;
  double min_pass;   /* validate: < 0 none */
  const char *image_out; /* compile -o FILE */
  int verbose;
  const char *id_field, *text_field, *date_field; /* NULL: the defaults */
  size_t max_bytes;  /* 0: no limit */
  const char *db;    /* ingest, query, report: the event store */
  int window;        /* ingest --window: days (-1: not given) */
  cli_query_args q;  /* query, report */
  size_t top;        /* gaps --top: 0 = all */
} options;

static int parse_threads(const char *s, int *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || end == s || *end || v < 0 || v > MAX_THREADS) return -1;
  *out = (int)v;
  return 0;
}

/* "8M", "512K", "1G", "1000000": bytes; -1 if not a size. */
static int parse_size(const char *s, size_t *out) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s || *s == '-') return -1;
  unsigned shift = 0;
  if (*end == 'K' || *end == 'k') shift = 10, end++;
  else if (*end == 'M' || *end == 'm') shift = 20, end++;
  else if (*end == 'G' || *end == 'g') shift = 30, end++;
  if (*end || v > (SIZE_MAX >> 1) >> shift) return -1;
  *out = (size_t)(v << shift);
  return 0;
}

/* A field name for --id-field etc.: not empty. */
static int field_name(const char *opt, const char *val, const char **dst) {
  if (!*val) {
    usage_error("%s needs a field name", opt);
    return -1;
  }
  *dst = val;
  return 0;
}

/* Returns -1 on a usage error (already reported). */
static int parse_args(int argc, char **argv, options *o) {
  memset(o, 0, sizeof *o);
  o->min_pass = -1;
  o->max_bytes = DEFAULT_MAX_BYTES;
  o->window = -1;
  o->top = 50;
  o->args = calloc((size_t)argc + 1, sizeof *o->args);
  o->actors = calloc((size_t)argc + 1, sizeof *o->actors);
  /* the options given, checked against the command once it is known */
  const cli_option **given = calloc((size_t)argc + 1, sizeof *given);
  const char **given_as = calloc((size_t)argc + 1, sizeof *given_as);
  if (!o->args || !o->actors || !given || !given_as) abort();
  int ngiven = 0, rc = -1;
  int only_positional = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only_positional || a[0] != '-' || strcmp(a, "-") == 0) {
      if (o->cmd == CMD_NONE) {
        o->cmd = cli_find_command(a);
        if (o->cmd == CMD_NONE) {
          usage_error("unknown command '%s'", a);
          goto out;
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
    const cli_option *def = cli_find_option(name);
    if (!def) {
      usage_error("unknown option '%s'", name);
      goto out;
    }
    given[ngiven] = def;
    given_as[ngiven++] = argv[i];
    if (def->value && !val) {
      if (i + 1 >= argc) {
        usage_error("option %s needs a value", name);
        goto out;
      }
      val = argv[++i];
    } else if (!def->value && val) {
      usage_error("option %s takes no value", name);
      goto out;
    }
#define IS(long_) (strcmp(def->name, long_) == 0)
    if (IS("--help")) {
      o->help = 1;
      /* `acta --help code`: the command may follow */
      for (int j = i + 1; j < argc && o->cmd == CMD_NONE; j++)
        if (argv[j][0] != '-') o->cmd = cli_find_command(argv[j]);
      rc = 0;
      goto out;
    } else if (IS("--version")) {
      o->cmd = CMD_VERSION;
    } else if (IS("--format")) {
      if (strcmp(val, "jsonl") == 0 || strcmp(val, "ndjson") == 0)
        o->in = IN_JSONL;
      else if (strcmp(val, "text") == 0 || strcmp(val, "txt") == 0)
        o->in = IN_TEXT;
      else if (strcmp(val, "csv") == 0)
        o->in = IN_CSV;
      else if (strcmp(val, "petrarch-xml") == 0 || strcmp(val, "petrarch") == 0)
        o->in = IN_PETRARCH_XML;
      else if (strcmp(val, "tabari") == 0)
        o->in = IN_TABARI;
      else if (strcmp(val, "json") == 0)
        o->out = OUT_JSON;
      else if (strcmp(val, "tsv") == 0)
        o->out = OUT_TSV;
      else {
        usage_error("unknown --format '%s': use jsonl, text, csv, petrarch-xml or tabari", val);
        goto out;
      }
    } else if (IS("--output") && o->cmd == CMD_COMPILE) {
      o->image_out = val;
    } else if (IS("--output") && (o->cmd == CMD_QUERY || o->cmd == CMD_REPORT)) {
      o->q.output = val;
    } else if (IS("--output")) {
      if (strcmp(val, "json") == 0 || strcmp(val, "jsonl") == 0)
        o->out = OUT_JSON;
      else if (strcmp(val, "tsv") == 0)
        o->out = OUT_TSV;
      else if (strcmp(val, "plover") == 0)
        o->out = OUT_PLOVER;
      else {
        usage_error("unknown --output '%s': use json, tsv or plover", val);
        goto out;
      }
    } else if (IS("--parse")) {
      o->parse = val;
    } else if (IS("--date")) {
      if (!acta_valid_date(val, strlen(val))) {
        usage_error("--date '%s' is not a YYYY-MM-DD date", val);
        goto out;
      }
      o->date = val;
    } else if (IS("--id-field")) {
      if (field_name(name, val, &o->id_field) != 0) goto out;
    } else if (IS("--text-field")) {
      if (field_name(name, val, &o->text_field) != 0) goto out;
    } else if (IS("--date-field")) {
      if (field_name(name, val, &o->date_field) != 0) goto out;
    } else if (IS("--max-bytes")) {
      if (parse_size(val, &o->max_bytes) != 0) {
        usage_error("--max-bytes '%s' is not a size (bytes, or with K, M, G)", val);
        goto out;
      }
    } else if (IS("--threads")) {
      if (parse_threads(val, &o->threads) != 0) {
        usage_error("--threads '%s' is not a number from 0 to 256", val);
        goto out;
      }
    } else if (IS("--data")) {
      o->data_dir = val;
    } else if (IS("--dict-format")) {
      if (strcmp(val, "petrarch") == 0)
        o->petrarch = 1;
      else if (strcmp(val, "tabari") == 0)
        o->petrarch = 2;
      else if (strcmp(val, "acta") == 0)
        o->petrarch = 0;
      else {
        usage_error("unknown --dict-format '%s': use acta, petrarch or tabari", val);
        goto out;
      }
    } else if (IS("--verbs")) {
      o->verbs = val;
    } else if (IS("--actors")) {
      o->actors[o->nactors++] = val;
    } else if (IS("--agents")) {
      o->agents = val;
    } else if (IS("--discards")) {
      o->discards = val;
    } else if (IS("--layer")) {
      o->layer = 1;
    } else if (IS("--min-pass")) {
      char *end;
      o->min_pass = strtod(val, &end);
      if (end == val || *end || o->min_pass < 0 || o->min_pass > 100) {
        usage_error("--min-pass '%s' is not a percentage from 0 to 100", val);
        goto out;
      }
    } else if (IS("--verbose")) {
      o->verbose = 1;
    } else if (IS("--strict")) {
      o->strict = 1;
    } else if (IS("--stats")) {
      o->stats = 1;
    } else if (IS("--db")) {
      if (!*val) {
        usage_error("%s needs a database path", name);
        goto out;
      }
      o->db = val;
    } else if (IS("--window")) {
      char *end;
      long v = strtol(val, &end, 10);
      if (end == val || *end || v < 0 || v > 3650) {
        usage_error("--window '%s' is not a number of days from 0 to 3650", val);
        goto out;
      }
      o->window = (int)v;
    } else if (IS("--from") || IS("--to")) {
      if (!acta_valid_date(val, strlen(val))) {
        usage_error("'%s' is not a YYYY-MM-DD date", val);
        goto out;
      }
      if (IS("--from")) o->q.from = val;
      else o->q.to = val;
    } else if (IS("--country")) {
      o->q.country = val;
    } else if (IS("--actor")) {
      o->q.actor = val;
    } else if (IS("--root")) {
      o->q.root = val;
    } else if (IS("--status")) {
      o->q.status = val;
    } else if (IS("--reported-by")) {
      o->q.reported_by = val;
    } else if (IS("--incidents")) {
      o->q.incidents = 1;
    } else if (IS("--top")) {
      char *end;
      errno = 0;
      unsigned long long v = strtoull(val, &end, 10);
      if (errno || end == val || *end || *val == '-') {
        usage_error("--top '%s' is not a number", val);
        goto out;
      }
      o->top = (size_t)v;
    }
#undef IS
  }
  /* an option the command does not take is refused, not ignored */
  if (o->cmd != CMD_NONE && o->cmd != CMD_HELP) {
    for (int k = 0; k < ngiven; k++) {
      if (given[k]->cmds & CMD_BIT(o->cmd)) continue;
      fprintf(stderr, "acta: %s does not take %s (see acta %s --help)\n",
              cli_command_name(o->cmd), given_as[k], cli_command_name(o->cmd));
      goto out;
    }
  }
  if (o->cmd == CMD_CLAIMS && o->out == OUT_PLOVER) {
    usage_error("%s: claims writes json or tsv; --output plover is acta code's", "--output plover");
    goto out;
  }
  int files = o->verbs || o->nactors || o->agents || o->discards;
  if (files && !o->petrarch) {
    usage_error("%s: --verbs, --actors, --agents and --discards need "
                "--dict-format petrarch", "acta");
    goto out;
  }
  if (o->petrarch && !files && o->cmd != CMD_VALIDATE) {
    usage_error("%s: --dict-format petrarch needs --verbs, --actors, "
                "--agents or --discards", "acta");
    goto out;
  }
  rc = 0;
out:
  free(given);
  free(given_as);
  return rc;
}

/* ------------------------------------------------------------------ */
/* Dictionaries                                                        */
/* ------------------------------------------------------------------ */

/* ud: NULL, or a count of the messages to keep. */
static void warn_cb(void *ud, const char *message) {
  if (ud) ++*(size_t *)ud;
  fprintf(stderr, "acta: %s\n", message);
}

/* The directory the dictionaries are read from, and why (cli_data_dir.c). */
typedef struct data_dir {
  const char *path;
  cli_data_source source;
  char buf[4096];
} data_dir;

static void find_data_dir(const options *o, data_dir *dd) {
  dd->path = cli_data_dir(o->data_dir, &dd->source, dd->buf, sizeof dd->buf);
}

static void set_dict_options(const options *o, const data_dir *dd,
                             acta_dict_options *dopt) {
  dopt->data_dir = dd->path;
  dopt->strict = o->strict;
  dopt->warn = warn_cb;
  dopt->petrarch_verbs = o->verbs;
  dopt->petrarch_actors = o->nactors ? o->actors : NULL;
  dopt->petrarch_agents = o->agents;
  dopt->petrarch_discards = o->discards;
  dopt->layer = o->layer;
  dopt->tabari = o->petrarch == 2;
}

/* "cannot load the dictionaries: ..." and where they were looked for. */
static void dict_error(const data_dir *dd, const char *err) {
  fprintf(stderr, "acta: cannot load the dictionaries: %s\n",
          err && *err ? err : "unknown error");
  fprintf(stderr, "acta: the dictionary directory was %s (from %s); name "
          "another with --data DIR or ACTA_DATA_DIR=DIR\n", dd->path,
          cli_data_source_name(dd->source));
}

/* Loads the dictionaries; NULL after saying why on stderr (quiet: without
 * saying it). */
static acta_dict *load_dict_dir(const options *o, const data_dir *dd,
                                char *err, size_t errlen, int quiet) {
  acta_dict_options dopt;
  memset(&dopt, 0, sizeof dopt);
  set_dict_options(o, dd, &dopt);
  size_t nbad = 0;
  dopt.warn_ud = &nbad;
  err[0] = '\0';
  acta_dict *d = acta_dict_load(&dopt, err, errlen);
  if (!d && !quiet) dict_error(dd, err);
  /* a user's PETRARCH / TABARI files: how much of them was left out */
  if (d && o->petrarch && nbad)
    fprintf(stderr, "acta: %zu dictionary line%s skipped (each named above)\n",
            nbad, nbad == 1 ? "" : "s");
  return d;
}

static acta_dict *load_dict(const options *o) {
  data_dir dd;
  char err[1024];
  find_data_dir(o, &dd);
  return load_dict_dir(o, &dd, err, sizeof err, 0);
}

/* ------------------------------------------------------------------ */
/* Batches                                                             */
/* ------------------------------------------------------------------ */

typedef struct record {
  size_t raw_off, raw_len; /* JSON line or text file, in batch->raw */
  long line;               /* 1-based line in its file (jsonl, csv, xml), else 0 */
  int file;                /* index into the file list */
  /* a record the reader could not read: raw holds its id (id_len bytes and
   * a NUL; id_len 0: none) then the message */
  int reader_error;
  size_t id_len;
  /* results, written by a worker */
  acta_buf out;
  int error;               /* 1: out holds an error (record or message) */
  int no_date;             /* coded without a date */
  acta_buf doc_id;         /* the id it was coded under */
  size_t sentences, events;
  struct store_item *item; /* ingest: the article as the store's rows */
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
    store_item_free(r->item);
    r->item = NULL;
  }
  b->n = 0;
  b->next = b->done = 0;
  acta_buf_clear(&b->raw);
  if (b->raw.cap > 2 * BATCH_BYTES) acta_buf_free(&b->raw);
}

static void batch_free(batch *b) {
  for (size_t i = 0; i < b->cap; i++) {
    acta_buf_free(&b->recs[i].out);
    acta_buf_free(&b->recs[i].doc_id);
    store_item_free(b->recs[i].item);
  }
  free(b->recs);
  acta_buf_free(&b->raw);
}

static int batch_full(const batch *b) {
  return b->n >= BATCH_RECORDS || b->raw.len >= BATCH_BYTES;
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
      acta_buf_init(&p[i].doc_id);
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
  r->reader_error = 0;
  r->id_len = 0;
  r->error = r->no_date = 0;
  r->sentences = r->events = 0;
  acta_buf_clear(&r->doc_id);
  return r;
}

/* A record the reader could not read, with its id when known. */
static void batch_add_error(batch *b, const char *id, const char *message,
                            long line, int file) {
  size_t id_len = id && *id ? strlen(id) : 0;
  record *r = batch_add(b, id_len ? id : "", id_len, line, file);
  acta_buf_puts(&b->raw, message);
  acta_buf_putc(&b->raw, '\0');
  r->reader_error = 1;
  r->id_len = id_len;
}

/* ------------------------------------------------------------------ */
/* Input: fills batches from the list of files                         */
/* ------------------------------------------------------------------ */

typedef struct reader {
  const options *o;
  const char *const *files;
  int nfiles;
  int cur;               /* file being read */
  int open;              /* jsonl, csv: lr is open */
  acta_line_reader lr;
  acta_csv_reader csv;   /* csv: reads through lr */
  acta_csv_columns cols; /* csv: from the header */
  int csv_header;        /* csv: the header was read */
  unsigned long long bytes;
  int io_error;
  int bad_input;         /* a PETRARCH XML file stopped at an error */
  char *xml_data;        /* petrarch-xml, tabari: the file being read */
  size_t xml_len;
  petr_xml *xml;
  tabari_text *tab;      /* tabari: its records */
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

/* "FILE:LINE: message" into buf. */
static const char *where(char *buf, size_t len, const char *path, long line,
                         const char *msg) {
  snprintf(buf, len, "%s:%ld: %s", shown_name(path), line, msg);
  return buf;
}

/* The id of a record that has none: "FILE:LINE" ("stdin:LINE"). */
static void default_id(char *buf, size_t len, const char *path, long line) {
  if (strcmp(path, "-") == 0) path = "stdin";
  /* made for every record the one-pass reader does not take (and every
   * CSV row), used by those without an id: by hand, since snprintf's
   * format machinery cost as much as 1% of coding a sentence */
  char digits[24];
  size_t nd = 0;
  unsigned long v = line < 0 ? 0 - (unsigned long)line : (unsigned long)line;
  do digits[nd++] = (char)('0' + v % 10); while ((v /= 10) != 0);
  if (line < 0) digits[nd++] = '-';
  size_t pl = strlen(path);
  if (pl + 1 + nd >= len) { /* does not fit: snprintf's truncation */
    snprintf(buf, len, "%s:%ld", path, line);
    return;
  }
  memcpy(buf, path, pl);
  buf[pl] = ':';
  for (size_t i = 0; i < nd; i++) buf[pl + 1 + i] = digits[nd - 1 - i];
  buf[pl + 1 + nd] = '\0';
}

static void close_lines(reader *rd) {
  if (!rd->open) return;
  rd->bytes += rd->lr.bytes;
  acta_csv_free(&rd->csv);
  acta_line_reader_close(&rd->lr);
  rd->open = 0;
}

static void close_xml(reader *rd) {
  if (rd->xml || rd->tab) {
    rd->bytes += rd->xml_len;
    petr_xml_free(rd->xml);
    rd->xml = NULL;
    tabari_text_free(rd->tab);
    rd->tab = NULL;
  }
  free(rd->xml_data);
  rd->xml_data = NULL;
}

/* Reads the whole of a petrarch-xml or tabari file into rd->xml_data (freed
 * by close_xml); -1, with the error shown and rd->io_error set, when it
 * cannot be read. */
static int read_record_file(reader *rd, const char *path) {
  char err[1024];
  if (acta_read_file(path, &rd->xml_data, &rd->xml_len, err, sizeof err) == 0) return 0;
  fprintf(stderr, "acta: %s\n", err);
  rd->io_error = 1;
  return -1;
}

/* petrarch-xml: each <Sentence> becomes the JSON line {"id","date","text",
 * "parse"}; one that cannot be read an error record.  1 at the end of the
 * file, 0 when the batch is full. */
static int fill_xml(reader *rd, batch *b, const char *path) {
  char err[1024], msg[1200];
  if (!rd->xml) {
    if (read_record_file(rd, path) != 0) return 1;
    rd->xml = petr_xml_open(rd->xml_data, rd->xml_len, shown_name(path));
  }
  petr_record rec;
  int got = 0;
  while (!batch_full(b) && (got = petr_xml_next(rd->xml, &rec, err, sizeof err)) > 0) {
    if (got == 2) {
      batch_add_error(b, rec.id, err, (long)rec.line, rd->cur);
      continue;
    }
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
  if (batch_full(b)) return 0;
  if (got < 0) {
    snprintf(msg, sizeof msg, "%s (the rest of the file is not read)", err);
    fprintf(stderr, "acta: %s\n", msg);
    rd->bad_input = 1;
  }
  close_xml(rd);
  return 1;
}

/* tabari: each text record (date/id line, text lines, blank line) becomes
 * the JSON line {"id","date","text"}; one whose date cannot be read an
 * error record naming its line.  1 at the end of the file, 0 when the
 * batch is full. */
static int fill_tabari(reader *rd, batch *b, const char *path) {
  char err[1024];
  if (!rd->tab) {
    if (read_record_file(rd, path) != 0) return 1;
    rd->tab = tabari_text_open(rd->xml_data, rd->xml_len, shown_name(path));
  }
  tabari_record rec;
  int got = 0;
  while (!batch_full(b) && (got = tabari_text_next(rd->tab, &rec, err, sizeof err)) > 0) {
    if (got == 2) {
      batch_add_error(b, rec.id[0] ? rec.id : NULL, err, rec.line, rd->cur);
      continue;
    }
    acta_buf_clear(&rd->json);
    acta_buf_puts(&rd->json, "{\"id\":");
    acta_buf_json_string(&rd->json, rec.id, strlen(rec.id));
    acta_buf_printf(&rd->json, ",\"date\":\"%s\",\"text\":", rec.date_iso);
    acta_buf_json_string(&rd->json, rec.text, rec.text_len);
    acta_buf_putc(&rd->json, '}');
    batch_add(b, rd->json.data, rd->json.len, rec.line, rd->cur);
  }
  if (batch_full(b)) return 0;
  close_xml(rd);
  return 1;
}

/* text: the whole file is one article, its id the file name. */
static void fill_text(reader *rd, batch *b, const char *path) {
  char err[1024], msg[1200];
  char *data;
  size_t len;
  int rc = acta_read_file_max(path, rd->o->max_bytes, &data, &len, err, sizeof err);
  if (rc < 0) {
    fprintf(stderr, "acta: %s\n", err);
    rd->io_error = 1;
    return;
  }
  rd->bytes += len;
  if (rc == 1) {
    snprintf(msg, sizeof msg, "%s: the file is over the limit of %zu bytes "
             "per article (--max-bytes)", shown_name(path), rd->o->max_bytes);
    batch_add_error(b, strcmp(path, "-") == 0 ? "stdin" : path, msg, 0, rd->cur);
    return;
  }
  size_t skip = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  batch_add(b, data + skip, len - skip, 0, rd->cur);
  free(data);
}

/* csv: the header, then a JSON line per row.  1 at the end of the file, 0
 * when the batch is full. */
static int fill_csv(reader *rd, batch *b, const char *path) {
  char err[1024], msg[1200], id[4200];
  const options *o = rd->o;
  while (!batch_full(b)) {
    int got = acta_csv_next(&rd->csv, err, sizeof err);
    if (got < 0) {
      fprintf(stderr, "acta: cannot read %s: %s\n", shown_name(path), strerror(errno));
      rd->io_error = 1;
      return 1;
    }
    if (got == 0) return 1;
    long line = rd->csv.line;
    if (got == 2) {
      batch_add_error(b, NULL, where(msg, sizeof msg, path, line, err), line, rd->cur);
      if (!rd->csv_header) return 1; /* without a header no row can be read */
      continue;
    }
    if (!rd->csv_header) {
      acta_jsonl_fields names = {o->id_field, o->text_field, o->date_field, NULL};
      if (acta_csv_header(&rd->csv, &names, &rd->cols, err, sizeof err) != 0) {
        /* no row can be coded: one error record says why */
        batch_add_error(b, NULL, where(msg, sizeof msg, path, line, err), line, rd->cur);
        return 1;
      }
      rd->csv_header = 1;
      continue;
    }
    if (rd->csv.nfields == 1 && rd->csv.flen[0] == 0) continue; /* blank */
    default_id(id, sizeof id, path, line);
    if (acta_csv_record_json(&rd->csv, &rd->cols, id, &rd->json, err, sizeof err) != 0)
      batch_add_error(b, NULL, where(msg, sizeof msg, path, line, err), line, rd->cur);
    else
      batch_add(b, rd->json.data, rd->json.len, line, rd->cur);
  }
  return 0;
}

/* jsonl: a record per non-blank line.  1 at the end of the file, 0 when
 * the batch is full. */
static int fill_jsonl(reader *rd, batch *b, const char *path) {
  char msg[1200];
  const char *line;
  size_t len;
  int got = 0;
  while (!batch_full(b) && (got = acta_line_reader_next(&rd->lr, &line, &len)) > 0) {
    long no = rd->lr.lineno;
    if (got == 2) {
      char why[200];
      snprintf(why, sizeof why, "the line is %zu bytes, over the limit of %zu "
               "bytes per record (--max-bytes)", len, rd->o->max_bytes);
      batch_add_error(b, NULL, where(msg, sizeof msg, path, no, why), no, rd->cur);
      continue;
    }
    if (no == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
      line += 3; /* UTF-8 byte order mark */
      len -= 3;
    }
    if (blank(line, len)) continue;
    batch_add(b, line, len, no, rd->cur);
  }
  if (batch_full(b) && got > 0) return 0;
  if (got < 0) {
    fprintf(stderr, "acta: cannot read %s: %s\n", shown_name(path), strerror(errno));
    rd->io_error = 1;
  }
  return 1;
}

/* Adds records to b until it is full or the input ends. */
static void fill(reader *rd, batch *b) {
  batch_reset(b);
  char err[1024];
  while (rd->cur < rd->nfiles && !batch_full(b)) {
    const char *path = rd->files[rd->cur];
    int done = 1;
    switch (rd->o->in) {
      case IN_PETRARCH_XML: done = fill_xml(rd, b, path); break;
      case IN_TABARI: done = fill_tabari(rd, b, path); break;
      case IN_TEXT: fill_text(rd, b, path); break;
      case IN_JSONL:
      case IN_CSV:
        if (!rd->open) {
          if (acta_line_reader_open(&rd->lr, path, err, sizeof err) != 0) {
            fprintf(stderr, "acta: %s\n", err);
            rd->io_error = 1;
            break;
          }
          rd->lr.max_line = rd->o->max_bytes;
          acta_csv_init(&rd->csv, &rd->lr, rd->o->max_bytes);
          rd->csv_header = 0;
          rd->open = 1;
        }
        done = rd->o->in == IN_CSV ? fill_csv(rd, b, path) : fill_jsonl(rd, b, path);
        if (done) close_lines(rd);
        break;
    }
    if (!done) break;
    rd->cur++;
  }
}

static void reader_close(reader *rd) {
  close_xml(rd);
  close_lines(rd);
  acta_buf_free(&rd->json);
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
  const char *const *files;
} pool;

typedef struct worker {
  pool *p;
  acta_coder *coder;
  pthread_t tid;
} worker;

/* An error record (JSON) or an error line for stderr (TSV). */
static void put_error(const options *o, acta_coder *c, record *r,
                      const char *id, const char *msg) {
  size_t n;
  r->error = 1;
  if (o->out == OUT_TSV || o->cmd == CMD_INGEST || o->cmd == CMD_GAPS) {
    acta_buf_printf(&r->out, "acta: %s%s%s\n", id ? id : "", id ? ": " : "", msg);
  } else {
    const char *s = acta_render_error(c, id, r->line, msg, &n);
    acta_buf_put(&r->out, s, n);
  }
}

/* A worker's coder for the command: the article size limit, and every stage
 * run for `acta gaps` (it reads the tags, mentions and places the yield gates
 * would skip).  NULL when out of memory. */
static acta_coder *new_coder(const options *o, const acta_dict *d) {
  acta_coder *c = acta_coder_new(d);
  if (!c) return NULL;
  acta_coder_set_max_article_bytes(c, o->max_bytes);
  if (o->cmd == CMD_GAPS) acta_coder_every_stage(c);
  return c;
}

/* Codes record r with coder c (event ids from id_base, NULL: its id). */
static void code_record(const pool *p, acta_coder *c, batch *b, record *r,
                        const char *id_base) {
  const options *o = p->o;
  const char *raw = b->raw.data + r->raw_off;
  const char *fname = p->files[r->file];
  acta_article a;
  char *owned = NULL;
  char err[1024];
  size_t n;
  const char *s;
  int valid = 0; /* a.text is the one-pass reader's: valid UTF-8, no NUL */
  acta_buf_clear(&r->out);

  if (r->reader_error) {
    put_error(o, c, r, r->id_len ? raw : NULL, raw + r->id_len + 1);
    return;
  }
  if (o->in != IN_TEXT) {
    /* csv, petrarch-xml and tabari records were rewritten with the default
     * names */
    char defid[4200];
    acta_jsonl_fields f = {NULL, NULL, NULL, NULL};
    int read = 0;
    if (o->in == IN_JSONL) {
      f.id = o->id_field;
      f.text = o->text_field;
      f.date = o->date_field;
      /* speed29c: a record the one-pass reader takes has an id of its
       * own: the default id ("FILE:LINE") is made for the others only */
      if (!f.id && !f.text && !f.date)
        read = valid = acta_parse_jsonl_plain(raw, r->raw_len, &a, &owned);
      if (!read) {
        default_id(defid, sizeof defid, fname, r->line);
        f.default_id = defid;
      }
    }
    /* a line with the default names was offered to the one-pass reader
     * above; one with other names is jansson's (acta_parse_jsonl_record
     * tries the one-pass reader for default names only) */
    if (!read &&
        acta_parse_jsonl_record_jansson(raw, r->raw_len, &f, &a, &owned, err, sizeof err)) {
      /* Named by its id when it could be read, else by its line. */
      char msg[1200];
      put_error(o, c, r, a.id, where(msg, sizeof msg, fname, r->line, err));
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
  acta_buf_clear(&r->doc_id);
  acta_buf_puts(&r->doc_id, a.id);
  r->no_date = !a.date || !*a.date;

  acta_coder_set_event_id_base(c, id_base);
  if (valid) acta_coder_text_valid(c, a.text, a.text_len);
  if (acta_code_article(c, &a) != 0) {
    const char *msg = acta_coder_error(c);
    put_error(o, c, r, a.id, msg && *msg ? msg : "coding failed");
  } else {
    acta_events(c, &r->events);
    r->sentences = acta_sentence_count(c);
    if (o->cmd == CMD_INGEST) {
      char origin[4200];
      if (r->line) snprintf(origin, sizeof origin, "%s:%ld", shown_name(fname), r->line);
      else snprintf(origin, sizeof origin, "%s", shown_name(fname));
      store_item_free(r->item);
      r->item = store_item_new(c, &a, origin);
    } else {
      if (o->cmd == CMD_GAPS) {
        acta_gaps_article(c, &a, &r->out);
        s = NULL;
        n = 0;
      } else if (o->cmd == CMD_CLAIMS)
        s = acta_render_claims(c, &a, o->out == OUT_JSON, &n);
      else
        s = o->out == OUT_TSV      ? acta_render_tsv(c, &a, &n)
            : o->out == OUT_PLOVER ? acta_render_plover(c, &a, &n)
                                   : acta_render_json(c, &a, &n);
      if (s) acta_buf_put(&r->out, s, n);
    }
  }
  acta_coder_set_event_id_base(c, NULL);
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
    code_record(p, w->coder, b, r, NULL);
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
/* Article ids seen in a run (64-bit hashes, open addressing)          */
/* ------------------------------------------------------------------ */

typedef struct idset {
  uint64_t *h; /* 0: empty slot */
  size_t n, cap;
} idset;

static uint64_t id_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a, then mixed */
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h ? h : 1;
}

/* Adds h; 0 if it was there already. */
static int idset_add(idset *s, uint64_t h) {
  if (2 * (s->n + 1) > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 1024;
    uint64_t *t = calloc(cap, sizeof *t);
    if (!t) abort();
    for (size_t i = 0; i < s->cap; i++) {
      if (!s->h[i]) continue;
      size_t j = s->h[i] & (cap - 1);
      while (t[j]) j = (j + 1) & (cap - 1);
      t[j] = s->h[i];
    }
    free(s->h);
    s->h = t;
    s->cap = cap;
  }
  size_t j = h & (s->cap - 1);
  while (s->h[j]) {
    if (s->h[j] == h) return 0;
    j = (j + 1) & (s->cap - 1);
  }
  s->h[j] = h;
  s->n++;
  return 1;
}

/* ------------------------------------------------------------------ */
/* acta code                                                           */
/* ------------------------------------------------------------------ */

#define SHOWN_DUPLICATES 10

typedef struct totals {
  unsigned long long articles, sentences, events, errors, undated, duplicates;
} totals;

/* What write_batch needs beyond the batch: the ids seen so far and a coder
 * of the main thread's own for articles whose id was seen before. */
typedef struct writer {
  const pool *p;
  cli_ingest *ingest; /* acta ingest: where the articles go */
  const acta_dict *dict;
  idset ids;
  acta_coder *coder; /* created at the first duplicate */
  acta_buf base;
  cli_gaps *gaps;    /* acta gaps: the tally instead of output */
} writer;

/* A record whose id was seen before is coded again with event ids of its
 * own ("a1~2#0"), so that event ids stay unique in the run. */
static void renumber_duplicate(writer *w, batch *b, record *r, totals *t) {
  const char *id = acta_buf_cstr(&r->doc_id);
  for (unsigned long k = 2;; k++) {
    acta_buf_clear(&w->base);
    acta_buf_printf(&w->base, "%s~%lu", id, k);
    if (idset_add(&w->ids, id_hash(w->base.data, w->base.len))) break;
  }
  if (++t->duplicates <= SHOWN_DUPLICATES)
    fprintf(stderr, "acta: %s:%ld: the id \"%s\" was seen before; this "
            "article's events are numbered %s#0, %s#1 ...\n",
            shown_name(w->p->files[r->file]), r->line, id,
            acta_buf_cstr(&w->base), acta_buf_cstr(&w->base));
  if (!w->coder) {
    w->coder = new_coder(w->p->o, w->dict);
    if (!w->coder) abort();
  }
  code_record(w->p, w->coder, b, r, acta_buf_cstr(&w->base));
}

/* Writes a coded batch in input order; -1 on a write error. */
static int write_batch(writer *w, batch *b, totals *t) {
  const options *o = w->p->o;
  for (size_t i = 0; i < b->n; i++) {
    record *r = &b->recs[i];
    /* gaps writes no events: ids seen twice need no numbering of their
     * own; ingest: an id seen again replaces the article, as in a later run */
    if (!r->error && !w->gaps && !w->ingest &&
        !idset_add(&w->ids, id_hash(r->doc_id.data, r->doc_id.len)))
      renumber_duplicate(w, b, r, t);
    if (r->error) {
      t->errors++;
      FILE *f = (o->out == OUT_TSV || w->gaps || w->ingest) ? stderr : stdout;
      if (r->out.len && fwrite(r->out.data, 1, r->out.len, f) != r->out.len)
        return -1;
      continue;
    }
    t->articles++;
    t->sentences += r->sentences;
    t->events += r->events;
    t->undated += (unsigned long long)r->no_date;
    if (w->ingest) {
      struct store_item *it = r->item;
      r->item = NULL;
      if (cli_ingest_put(w->ingest, it) != 0) return -2;
      continue;
    }
    if (w->gaps) {
      cli_gaps_add(w->gaps, r->out.data, r->out.len);
      continue;
    }
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

/* What the run says on stderr at its end besides errors. */
static void notices(const options *o, const totals *t) {
  if (t->duplicates > SHOWN_DUPLICATES)
    fprintf(stderr, "acta: %llu articles in all had an id seen before (the "
            "first %d are named above)\n", t->duplicates, SHOWN_DUPLICATES);
  if (t->undated)
    fprintf(stderr, "acta: %llu of %llu articles had no date: absolute dates "
            "(\"on March 3, 2019\") still date their events, relative ones "
            "(\"on Wednesday\") do not, and office holders are matched "
            "without one (give each record a \"%s\", or --date)\n",
            t->undated, t->articles, o->date_field ? o->date_field : "date");
}

static int cmd_code(const options *o) {
  static const char *const stdin_only[] = {"-"};
  int nfiles = 1;
  char **expanded = NULL;
  const char *const *files = stdin_only;
  if (o->nargs) {
    char err[1024];
    expanded = cli_expand_inputs(o->args, o->nargs, &nfiles, err, sizeof err);
    if (!expanded) {
      fprintf(stderr, "acta: %s\n", err);
      return EXIT_IO;
    }
    files = (const char *const *)expanded;
    if (nfiles == 0) fprintf(stderr, "acta: no files to read\n");
  }

  int nthreads = o->threads;
  if (nthreads <= 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    nthreads = n > 0 ? (int)(n > MAX_THREADS ? MAX_THREADS : n) : 1;
  }

  acta_dict *d = load_dict(o);
  if (!d) {
    cli_free_inputs(expanded, nfiles);
    return EXIT_DICT;
  }

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
    ws[i].coder = new_coder(o, d);
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
  writer wr;
  memset(&wr, 0, sizeof wr);
  wr.p = &p;
  wr.dict = d;
  if (o->cmd == CMD_GAPS) wr.gaps = cli_gaps_new();
  double t0 = now();
  int write_failed = 0, store_failed = 0;
  if (rc == EXIT_OK && o->cmd == CMD_INGEST) {
    char err[1200];
    wr.ingest = cli_ingest_open(o->db ? o->db : CLI_DEFAULT_DB, o->window,
                                files, nfiles, err, sizeof err);
    if (!wr.ingest) {
      fprintf(stderr, "acta: ingest: %s\n", err);
      rc = EXIT_IO;
    }
  }

  if (rc == EXIT_OK) {
    if (o->out == OUT_TSV && o->cmd != CMD_GAPS)
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
      if (wr.ingest) {
        /* one transaction per batch: a killed run keeps whole batches */
        if (cli_ingest_begin(wr.ingest) != 0 || write_batch(&wr, cur, &t) != 0 ||
            cli_ingest_commit(wr.ingest, rd.bytes + (rd.open ? rd.lr.bytes : 0)) != 0)
          store_failed = 1;
      } else if (!write_failed && write_batch(&wr, cur, &t) != 0) {
        write_failed = 1;
      }
      if (write_failed || store_failed) {
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
    if (wr.ingest && !store_failed && cli_ingest_finish(wr.ingest, o->stats) != 0)
      store_failed = 1;
  }
  cli_ingest_close(wr.ingest);
  reader_close(&rd);
  if (wr.gaps) {
    if (!write_failed && rc == EXIT_OK && cli_gaps_print(stdout, wr.gaps, o->top) != 0)
      write_failed = 1;
    cli_gaps_free(wr.gaps);
  }
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
  if (wr.coder) acta_coder_free(wr.coder);
  free(wr.ids.h);
  acta_buf_free(&wr.base);
  pthread_mutex_destroy(&p.mu);
  pthread_cond_destroy(&p.work_cv);
  pthread_cond_destroy(&p.done_cv);
  acta_dict_free(d);
  cli_free_inputs(expanded, nfiles);

  if (write_failed) {
    fprintf(stderr, "acta: cannot write the output: %s\n", strerror(errno));
    return EXIT_IO;
  }
  if (store_failed) return EXIT_IO;
  if (rc != EXIT_OK) return rc;

  if (o->stats && o->cmd != CMD_INGEST) {
    double s = secs > 1e-9 ? secs : 1e-9;
    fprintf(stderr,
            "acta: articles %llu sentences %llu events %llu errors %llu "
            "bytes %llu seconds %.3f sentences/s %.0f MB/s %.2f\n",
            t.articles, t.sentences, t.events, t.errors, rd.bytes, secs,
            (double)t.sentences / s, (double)rd.bytes / 1e6 / s);
  }
  notices(o, &t);
  if (t.errors && o->out != OUT_TSV && o->cmd != CMD_GAPS && o->cmd != CMD_INGEST)
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
    if (flush_stdout() != 0) rc = EXIT_IO;
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
    usage_error("%s", "validate takes one validation file: acta validate FILE.xml|FILE.project");
    return EXIT_USAGE;
  }
  data_dir dd;
  find_data_dir(o, &dd);
  acta_dict_options dopt;
  memset(&dopt, 0, sizeof dopt);
  set_dict_options(o, &dd, &dopt);
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
  if (flush_stdout() != 0) return EXIT_IO;
  if (rc == 3) {
    dict_error(&dd, err);
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
  data_dir dd;
  find_data_dir(o, &dd);
  acta_dict_options dopt;
  memset(&dopt, 0, sizeof dopt);
  set_dict_options(o, &dd, &dopt);
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
    dict_error(&dd, err);
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

/* The version first, then the dictionaries: where they are and their
 * sizes, or why they cannot be loaded (which is no failure here: the
 * version is what was asked). */
static int cmd_version(const options *o) {
  printf("acta %s\n", ACTA_VERSION);
  data_dir dd;
  find_data_dir(o, &dd);
  printf("dictionaries: %s (from %s)\n", dd.path, cli_data_source_name(dd.source));
  char err[1024];
  acta_dict *d = load_dict_dir(o, &dd, err, sizeof err, 1);
  if (!d) {
    printf("  not loaded: %s\n"
           "  (name another directory with --data DIR or ACTA_DATA_DIR=DIR)\n",
           err[0] ? err : "unknown error");
  } else {
    acta_dict_stats st;
    memset(&st, 0, sizeof st);
    acta_dict_get_stats(d, &st);
    printf("  event patterns  %zu\n", st.event_patterns);
    printf("  actors          %zu\n", st.actors);
    printf("  agents          %zu\n", st.agents);
    printf("  discards        %zu\n", st.discards);
    printf("  cameo codes     %zu\n", st.cameo_codes);
    printf("  verb lemmas     %zu\n", st.verb_lemmas);
    acta_dict_free(d);
  }
  return flush_stdout() == 0 ? EXIT_OK : EXIT_IO;
}

int main(int argc, char **argv) {
  options o;
  if (parse_args(argc, argv, &o) != 0) {
    free(o.args);
    free(o.actors);
    return EXIT_USAGE;
  }
  int rc;
  enum cmd c = o.cmd;
  if (c == CMD_HELP) { /* acta help [COMMAND] */
    o.help = 1;
    c = o.nargs ? cli_find_command(o.args[0]) : CMD_NONE;
    if (o.nargs && c == CMD_NONE) {
      usage_error("unknown command '%s'", o.args[0]);
      free(o.args);
      free(o.actors);
      return EXIT_USAGE;
    }
  }
  if (o.help) {
    cli_print_help(stdout, c);
    rc = flush_stdout() == 0 ? EXIT_OK : EXIT_IO;
  } else {
    switch (c) {
      case CMD_VERSION: rc = cmd_version(&o); break;
      case CMD_CODE: rc = cmd_code(&o); break;
      case CMD_CLAIMS: rc = cmd_code(&o); break;
      case CMD_INGEST: rc = cmd_code(&o); break;
      case CMD_QUERY:
      case CMD_REPORT:
        o.q.db = o.db ? o.db : CLI_DEFAULT_DB;
        rc = c == CMD_QUERY ? cli_query(&o.q) : cli_report(&o.q);
        break;
      case CMD_GAPS: rc = cmd_code(&o); break;
      case CMD_EXPLAIN: rc = cmd_explain(&o); break;
      case CMD_VALIDATE: rc = cmd_validate(&o); break;
      case CMD_COMPILE: rc = cmd_compile(&o); break;
      default:
        fputs("acta: no command given\n", stderr);
        cli_print_usage(stderr);
        rc = EXIT_USAGE;
        break;
    }
  }
  free(o.args);
  free(o.actors);
  return rc;
}
