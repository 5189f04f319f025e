/* SPDX-License-Identifier: MIT */
/* test_vocab.c: the stage vocabulary (src/vocab.h) and what the tokenizer
 * gives the text stages: each token's shape and vocabulary code, with and
 * without the dictionaries. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "dict.h"
#include "vocab.h"

Test(vocab, sorted_unique_and_short) {
  for (unsigned v = 2; v < V_COUNT; v++)
    cr_assert_lt(strcmp(acta_vocab_word(v - 1), acta_vocab_word(v)), 0,
                 "\"%s\" before \"%s\": the list must stay sorted",
                 acta_vocab_word(v - 1), acta_vocab_word(v));
  for (unsigned v = 1; v < V_COUNT; v++) {
    const char *w = acta_vocab_word(v);
    cr_assert(strlen(w) >= 1 && strlen(w) <= 15, "\"%s\"", w);
    cr_assert_eq(acta_vocab_find(w, strlen(w)), v, "\"%s\"", w);
  }
  cr_assert_str_eq(acta_vocab_word(V_NONE), "");
  cr_assert_str_eq(acta_vocab_word(V_COUNT), "");
}

Test(vocab, find_ignores_ascii_case_only) {
  cr_assert_eq(acta_vocab_find("Least", 5), V_LEAST);
  cr_assert_eq(acta_vocab_find("LEAST", 5), V_LEAST);
  cr_assert_eq(acta_vocab_find("leastwise", 5), V_LEAST); /* n bytes only */
  cr_assert_eq(acta_vocab_find("leas", 4), V_NONE);
  cr_assert_eq(acta_vocab_find("O'CLOCK", 7), V_O_CLOCK);
  cr_assert_eq(acta_vocab_find("o\xE2\x80\x99" "clock", 9), V_NONE);
  cr_assert_eq(acta_vocab_find("", 0), V_NONE);
  cr_assert_eq(acta_vocab_find("administratively", 16), V_NONE);
}

static acta_tokens toks;
static void tok_setup(void) { acta_tokens_init(&toks); }
static void tok_teardown(void) { acta_tokens_free(&toks); }
TestSuite(shape, .init = tok_setup, .fini = tok_teardown);

Test(shape, plain_tokens_and_codes_without_dictionaries) {
  const char *s = "At least 20 people, in Tehran's north — “Mid-October” 1,000 U.S.";
  acta_tokenize(NULL, s, strlen(s), &toks);
  /* At least 20 people , in Tehran 's north — “ Mid-October ” 1,000 U.S. */
  cr_assert_eq(toks.n, 15, "%zu tokens", toks.n);
  cr_assert_eq(toks.v[0].vocab, V_AT);
  cr_assert_eq(toks.v[1].vocab, V_LEAST);
  cr_assert_eq(toks.v[2].vocab, V_NONE);          /* a number */
  cr_assert(toks.v[2].shape & TS_PLAIN);
  cr_assert_eq(toks.v[3].vocab, V_PEOPLE);
  cr_assert(toks.v[4].shape & TS_PLAIN);          /* "," */
  cr_assert_eq(toks.v[6].vocab, V_NONE);          /* Tehran */
  cr_assert(toks.v[6].shape & TS_PLAIN);
  cr_assert(!(toks.v[7].shape & TS_PLAIN));       /* 's */
  cr_assert_eq(toks.v[8].vocab, V_NORTH);
  cr_assert(toks.v[9].shape & TS_PLAIN);          /* an em dash */
  cr_assert(!(toks.v[9].shape & TS_ASCII));
  cr_assert(toks.v[10].shape & TS_PLAIN);         /* a curly double quote */
  cr_assert(!(toks.v[11].shape & TS_PLAIN));      /* Mid-October */
  cr_assert_eq(toks.v[11].vocab, V_NONE);
  cr_assert(!(toks.v[13].shape & TS_PLAIN));      /* 1,000 */
  cr_assert(!(toks.v[14].shape & TS_PLAIN));      /* U.S. */
  cr_assert(toks.v[14].shape & TS_ASCII);
}

Test(shape, apostrophes_are_never_plain) {
  const char *s = "' ` \xE2\x80\x99 \xE2\x80\x98";
  acta_tokenize(NULL, s, strlen(s), &toks);
  cr_assert_eq(toks.n, 4);
  for (size_t i = 0; i < toks.n; i++)
    cr_assert(!(toks.v[i].shape & TS_PLAIN), "token %zu", i);
}

Test(shape, codes_with_the_dictionaries) {
  char err[512];
  acta_dict *d = acta_dict_load(NULL, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  /* every listed word is interned with its code */
  for (unsigned v = 1; v < V_COUNT; v++) {
    const char *w = acta_vocab_word(v);
    uint32_t id = acta_intern_find(&d->words, w, strlen(w));
    cr_assert_neq(id, ACTA_NO_WORD, "\"%s\"", w);
    cr_assert_eq(d->info[id].vocab, v, "\"%s\"", w);
  }
  const char *s = "Nearly TWO dozen fatalities were reported.";
  acta_tokenize(d, s, strlen(s), &toks);
  cr_assert_eq(toks.v[0].vocab, V_NEARLY);
  cr_assert_eq(toks.v[1].vocab, V_TWO);
  cr_assert_eq(toks.v[2].vocab, V_DOZEN);
  cr_assert_eq(toks.v[3].vocab, V_FATALITIES);
  cr_assert_eq(toks.v[4].vocab, V_WERE);
  /* a word interned only for the stages is not a lexicon word when it is
   * the joined form of a hyphenated token */
  int checked = 0;
  for (unsigned v = 1; v < V_COUNT && !checked; v++) {
    const char *w = acta_vocab_word(v);
    uint32_t id = acta_intern_find(&d->words, w, strlen(w));
    size_t n = strlen(w);
    if (!(d->info[id].flags & WF_STAGE) || n < 6 || strchr(w, '\'')) continue;
    char hy[32];
    snprintf(hy, sizeof hy, "%.3s-%s", w, w + 3); /* "fat-alities" */
    acta_tokenize(d, hy, strlen(hy), &toks);
    cr_assert_eq(toks.n, 1, "%s", hy);
    cr_assert_eq(toks.v[0].word, ACTA_NO_WORD, "%s joined to a stage word", hy);
    checked = 1;
  }
  cr_assert(checked, "no stage-only word of six letters or more");
  acta_dict_free(d);
}
