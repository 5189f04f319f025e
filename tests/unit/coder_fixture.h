/* SPDX-License-Identifier: MIT */
/* coder_fixture.h: the unit suites' shared fixture: the default
 * dictionaries loaded once a suite and one coder over them (test_coder.c,
 * test_article.c, test_pathological.c, test_yield_gate.c). */
#ifndef ACTA_TEST_CODER_FIXTURE_H
#define ACTA_TEST_CODER_FIXTURE_H

#include <criterion/criterion.h>

#include "acta.h"

static acta_dict *dict;
static acta_coder *coder;

/* Loads the default dictionaries and makes the suite's coder. */
static void load_coder(void) {
  char err[512];
  dict = acta_dict_load(NULL, err, sizeof err);
  cr_assert_not_null(dict, "%s", err);
  coder = acta_coder_new(dict);
  cr_assert_not_null(coder);
}

/* Frees what load_coder made. */
static void free_coder(void) {
  acta_coder_free(coder);
  acta_dict_free(dict);
}

#endif
