/* SPDX-License-Identifier: MIT */
/* fuzz_coder.h: the dictionary set and coder that the coding fuzz targets
 * load once at start (from $ACTA_DATA_DIR, else the source tree's data/ via
 * ACTA_FUZZ_DATA_DIR); a load failure stops the fuzzer with a message. */
#ifndef ACTA_FUZZ_CODER_H
#define ACTA_FUZZ_CODER_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"

#ifndef ACTA_FUZZ_DATA_DIR
#define ACTA_FUZZ_DATA_DIR "data"
#endif

static void fuzz_quiet(void *ud, const char *msg) { (void)ud; (void)msg; }

static void fuzz_load_coder(const char *target, acta_dict **dict,
                            acta_coder **coder) {
  char err[1024];
  acta_dict_options opt;
  memset(&opt, 0, sizeof opt);
  opt.data_dir = getenv("ACTA_DATA_DIR");
  if (!opt.data_dir || !*opt.data_dir) opt.data_dir = ACTA_FUZZ_DATA_DIR;
  opt.warn = fuzz_quiet;
  *dict = acta_dict_load(&opt, err, sizeof err);
  if (!*dict) {
    fprintf(stderr, "%s: cannot load dictionaries from %s: %s\n", target,
            opt.data_dir, err);
    exit(1);
  }
  *coder = acta_coder_new(*dict);
  if (!*coder) {
    fprintf(stderr, "%s: acta_coder_new failed\n", target);
    exit(1);
  }
}

#endif
