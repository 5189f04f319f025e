/* SPDX-License-Identifier: MIT */
/* cli.h: what the acta command's files share (main.c and src/cli_*.c; none
 * of it is in the library): the commands, the option table that both the
 * argument parser and the help read, and where the dictionaries are. */
#ifndef ACTA_CLI_H
#define ACTA_CLI_H

#include <stddef.h>
#include <stdio.h>

enum cmd {
  CMD_NONE,
  CMD_CODE,
  CMD_CLAIMS,
  CMD_EXPLAIN,
  CMD_VALIDATE,
  CMD_COMPILE,
  CMD_INGEST,
  CMD_QUERY,
  CMD_REPORT,
  CMD_GAPS,
  CMD_HELP,
  CMD_VERSION,
  CMD_COUNT
};

#define CMD_BIT(c) (1u << (c))
#define CMDS_CODING (CMD_BIT(CMD_CODE) | CMD_BIT(CMD_CLAIMS))
/* the commands that read articles as `code` does */
#define CMDS_READING (CMDS_CODING | CMD_BIT(CMD_GAPS) | CMD_BIT(CMD_INGEST))
#define CMDS_DICT \
  (CMDS_READING | CMD_BIT(CMD_EXPLAIN) | CMD_BIT(CMD_VALIDATE) | CMD_BIT(CMD_VERSION))
/* the commands that open the event store, and those that filter it */
#define CMDS_STORE (CMD_BIT(CMD_INGEST) | CMD_BIT(CMD_QUERY) | CMD_BIT(CMD_REPORT))
#define CMDS_FILTER (CMD_BIT(CMD_QUERY) | CMD_BIT(CMD_REPORT))
/* the options that choose the bundled dictionaries' directory and checks */
#define CMDS_DATA (CMDS_DICT | CMD_BIT(CMD_COMPILE))
#define CMDS_ALL (~0u)

/* One option: its names, the value it takes (NULL: none), the commands
 * that accept it and its help (lines of at most 54 columns). */
typedef struct cli_option {
  const char *name;      /* "--format" */
  const char *shortname; /* "-f" or NULL */
  const char *value;     /* "jsonl|text|csv|petrarch-xml" or NULL */
  unsigned cmds;         /* CMD_BIT()s */
  const char *help;
} cli_option;

/* The option called name ("--format", "-f"), or NULL. */
const cli_option *cli_find_option(const char *name);
/* "code", "claims" ... ("" for CMD_NONE). */
const char *cli_command_name(enum cmd c);
/* The command called name, or CMD_NONE. */
enum cmd cli_find_command(const char *name);

/* acta --help (c == CMD_NONE or CMD_HELP): every command and option;
 * acta COMMAND --help: that command's usage, options and examples. */
void cli_print_help(FILE *f, enum cmd c);
/* The short usage (one line per command) printed when no command is given. */
void cli_print_usage(FILE *f);

/* Where the dictionaries come from (see cli_data_dir.c). */
typedef enum cli_data_source {
  CLI_DATA_OPTION,     /* --data DIR */
  CLI_DATA_ENV,        /* ACTA_DATA_DIR */
  CLI_DATA_BUILD_TREE, /* run from its build tree: the checkout's data/ */
  CLI_DATA_INSTALLED   /* PREFIX/share/acta */
} cli_data_source;

/* The dictionary directory: given (--data), else $ACTA_DATA_DIR, else the
 * build tree's or installed data.  buf (at least 4096 bytes) may hold the
 * result. */
const char *cli_data_dir(const char *given, cli_data_source *source,
                         char *buf, size_t buflen);
/* "--data", "ACTA_DATA_DIR", "this build's checkout", "the installed data" */
const char *cli_data_source_name(cli_data_source s);

/* Expands the command's FILE arguments: a directory stands for the regular
 * files directly in it whose names do not start with '.', sorted by name
 * (byte order); anything else stays as it is.  Returns a malloc'ed array
 * of *n malloc'ed paths (cli_free_inputs frees it), or NULL with a message
 * naming the directory in err. */
char **cli_expand_inputs(const char *const *args, int nargs, int *n,
                         char *err, size_t errlen);
void cli_free_inputs(char **paths, int n);

/* acta gaps (cli_gaps.c): the tally of what the dictionaries missed. */
typedef struct cli_gaps cli_gaps;
cli_gaps *cli_gaps_new(void);
void cli_gaps_free(cli_gaps *g);
/* Counts the gap lines of one article (acta_gaps_article's "KIND\tKEY\t
 * SENTENCE\n" lines, src/gaps.h); the first two distinct sentences of each
 * key are kept as its examples. */
void cli_gaps_add(cli_gaps *g, const char *lines, size_t len);
/* Writes the top verb frames and names, most frequent first, each with its
 * count and examples; -1 on a write error. */
int cli_gaps_print(FILE *f, const cli_gaps *g, size_t top);

/* ---- the event store (acta ingest, query, report) ---- */

#define CLI_DEFAULT_DB "acta.db"

/* acta ingest (cli_ingest.c): main.c codes, these store. */
typedef struct cli_ingest cli_ingest;
struct store_item;
/* Opens the store at db; window < 0: the database's setting or the
 * default.  NULL with a message in err. */
cli_ingest *cli_ingest_open(const char *db, int window,
                            const char *const *files, int nfiles, char *err,
                            size_t errlen);
int cli_ingest_begin(cli_ingest *g);
/* Stores an article (takes it); -1 after saying why on stderr. */
int cli_ingest_put(cli_ingest *g, struct store_item *it);
/* Commits the batch; shows progress on a terminal (bytes of input read). */
int cli_ingest_commit(cli_ingest *g, unsigned long long bytes_read);
/* Commits, rebuilds the incidents when articles changed, and with stats
 * prints counts. */
int cli_ingest_finish(cli_ingest *g, int stats);
void cli_ingest_close(cli_ingest *g);

/* acta query and acta report (query.c, report_html.c). */
typedef struct cli_query_args {
  const char *db;
  const char *output;   /* query: jsonl tsv csv gdelt gdelt-mentions plover;
                           report: the HTML file */
  int incidents;        /* query --incidents */
  const char *from, *to, *country, *actor, *root, *status, *reported_by;
} cli_query_args;
/* Exit status: 0, 2 usage, 4 I/O or database error. */
int cli_query(const cli_query_args *q);
int cli_report(const cli_query_args *q);

#endif
