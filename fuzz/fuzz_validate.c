/* SPDX-License-Identifier: MIT */
/* fuzz_validate.c: libFuzzer target for `acta validate` end to end: the
 * input bytes are a PETRARCH validation file (records, <Parse>s, <Config>
 * options) run with the project's own PETRARCH dictionaries
 * (tests/validation/, loaded once).  This reaches what only PETRARCH input
 * reaches: comma clauses cut from the parse, the parse's words coded with
 * its tags, parse subjects, new actors and require_dyad.  The run must
 * return 0, 1 or 4 and, on 4, say where. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "fuzz_validation_dicts.h"
#include "validate.h"


static acta_dict *dict;
static acta_coder *coder;
static FILE *devnull;

static void load(void) {
  dict = fuzz_load_validation_dicts("fuzz_validate");
  coder = acta_coder_new(dict);
  devnull = fopen("/dev/null", "w");
  if (!coder || !devnull) exit(1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dict) load();
  char *buf = malloc(size ? size : 1);
  if (!buf) return 0;
  if (size) memcpy(buf, data, size);
  char err[512];
  err[0] = '\0';
  int rc = acta_validate_run(coder, buf, size, "fuzz.xml", -1, 1, devnull, err,
                             sizeof err);
  if (rc != 0 && rc != 1 && rc != 4) abort();
  if (rc == 4 && strncmp(err, "fuzz.xml:", 9)) abort();
  free(buf);
  return 0;
}
