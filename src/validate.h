/* SPDX-License-Identifier: MIT */
/* validate.h: `acta validate`, a PETRARCH / TABARI validation run: code
 * every <Sentence> of a validation file and compare the events with its
 * <EventCoding> lines.  Private to the library and the CLI. */
#ifndef ACTA_VALIDATE_H
#define ACTA_VALIDATE_H
#include <stdio.h>

#include "acta.h"

struct acta_buf;

typedef struct acta_validate_opts {
  const char *path;      /* the validation XML file, or a TABARI .project */
  /* Dictionary options.  PETRARCH files given here win over the file's
   * <Environment>; the ones it names are read relative to the file. */
  const acta_dict_options *dict;
  double min_pass;       /* pass when at least this % of records pass;
                            < 0: every record must pass */
  int verbose;           /* also list the records that pass */
  FILE *out;             /* report */
} acta_validate_opts;

/* Runs the validation (a path ending in ".project": acta_validate_tabari) and prints one line per failing record and a summary
 * per category.  Returns 0 (passed), 1 (failed records, or below
 * min_pass), 3 (dictionaries could not be loaded) or 4 (the file cannot be
 * read or is not well-formed), with a message in err for 3 and 4. */
int acta_validate(const acta_validate_opts *o, char *err, size_t errlen);

/* The run itself, over a file already read (data[0..len), name for
 * messages), with a coder of the caller's: returns 0, 1 or 4 as above. */
int acta_validate_run(acta_coder *c, const char *data, size_t len,
                      const char *name, double min_pass, int verbose,
                      FILE *out, char *err, size_t errlen);

/* A TABARI validation project (validate_tabari.c): its dictionaries
 * (unless o->dict gives PETRARCH files, which win), options and text
 * files; records of the text code with the options in force, obey their
 * { OPTION: ... } records and compare with their { SRC / TGT / CODE }
 * records.  The run stops, as TABARI's does, at a record without
 * validation records.  Returns as acta_validate. */
int acta_validate_tabari(const acta_validate_opts *o, char *err, size_t errlen);

/* The records of one TABARI text already read (data[0..len), name for
 * messages), coded with a coder of the caller's, the options starting as
 * TABARI's defaults: the same report; returns 0 or 1. */
int acta_validate_tabari_run(acta_coder *c, const char *data, size_t len,
                             const char *name, double min_pass, int verbose,
                             FILE *out);

/* ---- shared by both runs (validate_tally.c) ---- */

/* One (source, target, event) code of a record; d: its date, when the run
 * compares dates (not part of the comparison of sets). */
typedef struct acta_vtriple { char s[64], t[64], e[8], d[12]; } acta_vtriple;

/* The null code "---" for NULL, "", "None". */
void acta_vnull_code(char *out, size_t cap, const char *c);
int acta_vtriple_cmp(const void *a, const void *b);
/* Sorts and removes duplicates; returns the new count. */
size_t acta_vtriple_uniq(acta_vtriple *v, size_t n);
/* "S T E; S T E" or "(none)" */
void acta_vtriple_put_set(struct acta_buf *b, const acta_vtriple *v, size_t n);

/* Passes per category. */
typedef struct acta_vtally {
  struct acta_vcat *cats;
  size_t n, cap, pass, total;
} acta_vtally;
void acta_vtally_add(acta_vtally *t, const char *category, int ok);
/* The table, one line per category then "all PASS TOTAL PCT%".  Returns 0
 * when the run passes (min_pass >= 0: at least that %, else every record),
 * else 1. */
int acta_vtally_print(const acta_vtally *t, FILE *out, double min_pass);
void acta_vtally_free(acta_vtally *t);

#endif
