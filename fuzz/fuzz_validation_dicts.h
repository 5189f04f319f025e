/* SPDX-License-Identifier: MIT */
/* fuzz_validation_dicts.h: what fuzz_validate and fuzz_tabari share: the
 * project's own PETRARCH validation dictionaries (tests/validation/, beside
 * the data directory: ACTA_DATA_DIR, else ACTA_FUZZ_DATA_DIR), loaded once
 * and kept for the life of the process.  Exits with a message naming the
 * target when they cannot be loaded. */
#ifndef ACTA_FUZZ_VALIDATION_DICTS_H
#define ACTA_FUZZ_VALIDATION_DICTS_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"

#ifndef ACTA_FUZZ_DATA_DIR
#define ACTA_FUZZ_DATA_DIR "data"
#endif

static void fuzz_validation_quiet(void *ud, const char *msg) { (void)ud; (void)msg; }

static acta_dict *fuzz_load_validation_dicts(const char *target) {
  const char *dd = getenv("ACTA_DATA_DIR");
  if (!dd || !*dd) dd = ACTA_FUZZ_DATA_DIR;
  static char verbs[1024], actors[1024], agents[1024], discards[1024];
  static const char *alist[2];
  char err[1024];
  snprintf(verbs, sizeof verbs, "%s/../tests/validation/verbs.txt", dd);
  snprintf(actors, sizeof actors, "%s/../tests/validation/actors.txt", dd);
  snprintf(agents, sizeof agents, "%s/../tests/validation/agents.txt", dd);
  snprintf(discards, sizeof discards, "%s/../tests/validation/discards.txt", dd);
  alist[0] = actors;
  acta_dict_options o;
  memset(&o, 0, sizeof o);
  o.data_dir = dd;
  o.warn = fuzz_validation_quiet;
  o.petrarch_verbs = verbs;
  o.petrarch_actors = alist;
  o.petrarch_agents = agents;
  o.petrarch_discards = discards;
  acta_dict *d = acta_dict_load(&o, err, sizeof err);
  if (!d) {
    fprintf(stderr, "%s: cannot load the validation dictionaries: %s\n", target, err);
    exit(1);
  }
  return d;
}

#endif
