/* SPDX-License-Identifier: MIT */
/* validate.h: `acta validate`, a PETRARCH / TABARI validation run: code
 * every <Sentence> of a validation file and compare the events with its
 * <EventCoding> lines.  Private to the library and the CLI. */
#ifndef ACTA_VALIDATE_H
#define ACTA_VALIDATE_H
#include <stdio.h>

#include "acta.h"

typedef struct acta_validate_opts {
  const char *path;      /* the validation XML file */
  /* Dictionary options.  PETRARCH files given here win over the file's
   * <Environment>; the ones it names are read relative to the file. */
  const acta_dict_options *dict;
  double min_pass;       /* pass when at least this % of records pass;
                            < 0: every record must pass */
  int verbose;           /* also list the records that pass */
  FILE *out;             /* report */
} acta_validate_opts;

/* Runs the validation and prints one line per failing record and a summary
 * per category.  Returns 0 (passed), 1 (failed records, or below
 * min_pass), 3 (dictionaries could not be loaded) or 4 (the file cannot be
 * read or is not well-formed), with a message in err for 3 and 4. */
int acta_validate(const acta_validate_opts *o, char *err, size_t errlen);

/* The run itself, over a file already read (data[0..len), name for
 * messages), with a coder of the caller's: returns 0, 1 or 4 as above. */
int acta_validate_run(acta_coder *c, const char *data, size_t len,
                      const char *name, double min_pass, int verbose,
                      FILE *out, char *err, size_t errlen);

#endif
