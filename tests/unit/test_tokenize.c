/* SPDX-License-Identifier: MIT */
/* test_tokenize.c: unit tests for tokenization, folding and sentence
 * splitting on text the project wrote. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"

static acta_tokens toks;
static void setup(void) { acta_tokens_init(&toks); }
static void teardown(void) { acta_tokens_free(&toks); }

static void tok(const char *s) { acta_tokenize(NULL, s, strlen(s), &toks); }

static const char *norm_at(size_t i) { return acta_tok_norm(&toks, i); }

static size_t split(const char *s, acta_sentence **out) {
  size_t cap = 0;
  *out = NULL;
  acta_tokenize(NULL, s, strlen(s), &toks);
  return acta_split_sentences(NULL, &toks, out, &cap);
}

/* How many sentences split() finds in s. */
static size_t count_sentences(const char *s) {
  acta_sentence *ss;
  size_t n = split(s, &ss);
  free(ss);
  return n;
}

TestSuite(tokenize, .init = setup, .fini = teardown);

Test(tokenize, words_offsets_and_folding) {
  const char *s = "Iran’s “Côte” — 10,000 U.S. troops.";
  tok(s);
  cr_assert_eq(toks.n, 10, "got %zu tokens", toks.n);
  cr_assert_str_eq(norm_at(0), "iran");
  cr_assert_str_eq(norm_at(1), "'s");
  cr_assert_str_eq(norm_at(2), "\"");
  cr_assert_str_eq(norm_at(3), "cote");
  cr_assert_eq(toks.v[3].end - toks.v[3].start, strlen("Côte"));
  cr_assert_str_eq(norm_at(5), "-");
  cr_assert_str_eq(norm_at(6), "10,000");
  cr_assert_eq(toks.v[6].kind, TK_NUM);
  cr_assert_str_eq(norm_at(7), "u.s.");
  cr_assert(toks.v[7].flags & TF_ABBR);
  cr_assert_str_eq(norm_at(8), "troops");
  cr_assert_eq(strncmp(s + toks.v[8].start, "troops", 6), 0);
}

Test(tokenize, contractions_and_hyphens) {
  tok("Russia didn't back al-Qaeda's so-called 2.5 plan");
  cr_assert_str_eq(norm_at(1), "did");
  cr_assert_str_eq(norm_at(2), "n't");
  cr_assert_str_eq(norm_at(4), "al-qaeda");
  cr_assert_str_eq(norm_at(5), "'s");
  cr_assert_str_eq(norm_at(6), "so-called");
  cr_assert_str_eq(norm_at(7), "2.5");
}

Test(tokenize, sentences_abbreviations) {
  size_t n = count_sentences("Gen. Smith met Mr. Jones in Sept. 2021. The U.S. Army left. "
                             "Talks ended in the U.S. They resume Monday.");
  cr_assert_eq(n, 3, "got %zu sentences", n);
}

Test(tokenize, sentences_decimal_point) {
  size_t n = count_sentences("Troops seized a .50 caliber rifle. Jordan gave 72 million "
                             "(JOD51.2 million) to UNICEF. Talks end in 2024. 3 men fled.");
  cr_assert_eq(n, 4, "got %zu sentences", n);
}

Test(tokenize, sentences_in_lower_case) {
  /* no capital at all: a stop before a word ends a sentence, an
   * abbreviation's does not */
  size_t n = count_sentences("police arrested two men in lima. the army left cusco on monday. "
                             "mr. smith met the u.s. envoy. talks ended.");
  cr_assert_eq(n, 4, "got %zu sentences", n);
  /* with capitals elsewhere, a lower-case word after a stop goes on */
  n = count_sentences("Police arrested two men in Lima. the army left.");
  cr_assert_eq(n, 1, "got %zu sentences", n);
}

Test(tokenize, sentences_quotes_and_headline) {
  acta_sentence *ss;
  const char *s = "Protests Spread Across Kurdish Towns\n"
                  "Police fired tear gas. “We will not stop,” one man said. "
                  "Officials declined to comment!";
  size_t n = split(s, &ss);
  cr_assert_eq(n, 4, "got %zu sentences", n);
  cr_assert_eq(strncmp(s + ss[1].start, "Police", 6), 0);
  cr_assert_eq(strncmp(s + ss[2].start, "“We", 4), 0);
  free(ss);
}

Test(tokenize, dateline_is_marked) {
  tok("KYIV, Ukraine (AP) — Russian drones struck the city.");
  acta_sentence *ss = NULL;
  size_t cap = 0;
  acta_split_sentences(NULL, &toks, &ss, &cap);
  cr_assert(toks.v[0].flags & TF_DATELINE);
  cr_assert(toks.v[2].flags & TF_DATELINE);
  cr_assert_not(toks.v[8].flags & TF_DATELINE);
  free(ss);
}

Test(tokenize, invalid_utf8_is_found) {
  cr_assert_eq(acta_utf8_invalid_at("ok \xC3\xA9", 5), -1);
  cr_assert_eq(acta_utf8_invalid_at("ok \xC3(", 5), 3);
  cr_assert_eq(acta_utf8_invalid_at("\xED\xA0\x80", 3), 0); /* surrogate */
}

Test(tokenize, long_input_is_bounded) {
  size_t n = 1 << 20;
  char *big = malloc(n + 1);
  for (size_t i = 0; i < n; i++) big[i] = (i % 6 == 5) ? ' ' : 'a';
  big[n] = '\0';
  acta_sentence *ss = NULL;
  size_t cap = 0;
  acta_tokenize(NULL, big, n, &toks);
  size_t ns = acta_split_sentences(NULL, &toks, &ss, &cap);
  cr_assert_gt(ns, 400); /* a 1 MB run-on "sentence" is cut into pieces */
  free(ss);
  free(big);
}

/* Words on both sides of the tokenizer's eight- and sixteen-byte reads:
 * 8, 9, 14, 16 and 21 bytes, capitals in the second eight bytes only, a
 * word before a stop (no abbreviation) and an abbreviation, a number with
 * a comma, and a word too near the end for an eight-byte read. */
Test(tokenize, words_around_eight_byte_reads) {
  const char *s = "Colombia NATIONALPOLICE reported 123456789 attacks by "
                  "1234567AB in Internationalizations andAlsoMixedCase "
                  "ended. Gen. Smith saw 10,000 homes in Cali";
  static const struct { const char *norm; uint8_t kind, flags; } want[] = {
      {"colombia", TK_WORD, TF_CAP},
      {"nationalpolice", TK_WORD, TF_CAP | TF_ALLCAPS},
      {"reported", TK_WORD, 0},
      {"123456789", TK_NUM, 0},
      {"attacks", TK_WORD, 0},
      {"by", TK_WORD, 0},
      {"1234567ab", TK_WORD, TF_ALLCAPS},
      {"in", TK_WORD, 0},
      {"internationalizations", TK_WORD, TF_CAP},
      {"andalsomixedcase", TK_WORD, 0},
      {"ended", TK_WORD, 0},
      {".", TK_PUNCT, 0},
      {"gen.", TK_WORD, TF_CAP | TF_ABBR},
      {"smith", TK_WORD, TF_CAP},
      {"saw", TK_WORD, 0},
      {"10,000", TK_NUM, 0},
      {"homes", TK_WORD, 0},
      {"in", TK_WORD, 0},
      {"cali", TK_WORD, TF_CAP},
  };
  size_t nw = sizeof want / sizeof want[0];
  tok(s);
  cr_assert_eq(toks.n, nw, "got %zu tokens", toks.n);
  for (size_t i = 0; i < nw; i++) {
    const acta_token *t = &toks.v[i];
    cr_assert_str_eq(norm_at(i), want[i].norm, "token %zu", i);
    cr_assert_eq(t->kind, want[i].kind, "token %zu (%s)", i, want[i].norm);
    cr_assert_eq(t->flags & (TF_CAP | TF_ALLCAPS | TF_ABBR), want[i].flags,
                 "token %zu (%s): flags %d", i, want[i].norm, t->flags);
    cr_assert_eq(t->norm_len, strlen(want[i].norm), "token %zu", i);
    cr_assert_eq(t->end - t->start, t->norm_len, "token %zu", i);
  }
  cr_assert_eq(toks.v[1].start, 9); /* "NATIONALPOLICE" */
  cr_assert_eq(toks.v[18].end, strlen(s));
}
