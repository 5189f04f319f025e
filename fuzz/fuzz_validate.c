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
#include "validate.h"

#ifndef ACTA_FUZZ_DATA_DIR
#define ACTA_FUZZ_DATA_DIR "data"
#endif

static void fuzz_quiet(void *ud, const char *msg) { (void)ud; (void)msg; }

static acta_dict *dict;
static acta_coder *coder;
static FILE *devnull;

static void load(void) {
  const char *dd = getenv("ACTA_DATA_DIR");
  if (!dd || !*dd) dd = ACTA_FUZZ_DATA_DIR;
  char verbs[1024], actors[1024], agents[1024], discards[1024], err[1024];
  snprintf(verbs, sizeof verbs, "%s/../tests/validation/verbs.txt", dd);
  snprintf(actors, sizeof actors, "%s/../tests/validation/actors.txt", dd);
  snprintf(agents, sizeof agents, "%s/../tests/validation/agents.txt", dd);
  snprintf(discards, sizeof discards, "%s/../tests/validation/discards.txt", dd);
  static const char *alist[2];
  alist[0] = strdup(actors);
  acta_dict_options o;
  memset(&o, 0, sizeof o);
  o.data_dir = dd;
  o.warn = fuzz_quiet;
  o.petrarch_verbs = verbs;
  o.petrarch_actors = alist;
  o.petrarch_agents = agents;
  o.petrarch_discards = discards;
  dict = acta_dict_load(&o, err, sizeof err);
  if (!dict) {
    fprintf(stderr, "fuzz_validate: cannot load the validation dictionaries: %s\n", err);
    exit(1);
  }
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
