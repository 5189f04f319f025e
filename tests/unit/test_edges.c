/* SPDX-License-Identifier: MIT */
/* test_edges.c: many short one-sentence records made to hit the edges of
 * the rules that read the tokens before and after a word (the first and
 * the last token of a text, a title before "of" opening it, a bare
 * bracket or quotation mark, a very long name, one actor many times).
 * They are generated here, deterministically, from a few words of each
 * kind of token; each is coded as its own record, dated and undated.
 * What is tested is that nothing reads outside the text (make check runs
 * this under ASan and UBSan), not what is coded.  review15: make bench's
 * one-sentence records once found a rule reading tokens[-1] ("Secretary
 * of Public Security ..."): these reach the same edges in every test run. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"

static acta_dict *dict;
static acta_coder *coder;

static void setup(void) {
  char err[512];
  dict = acta_dict_load(NULL, err, sizeof err);
  cr_assert_not_null(dict, "%s", err);
  coder = acta_coder_new(dict);
}

static void teardown(void) {
  acta_coder_free(coder);
  acta_dict_free(dict);
}

/* Tokens by kind.  Each is a few words of one kind; a record is a
 * sequence of them joined by spaces. */
static const char *const TITLE[] = {"President", "Secretary", "Minister", "Chief",
                                    "Gen.", "Mr.", "Attorney General", "Governor",
                                    "Commander", "Mayor", "former President"};
static const char *const GLUE[] = {"of", "the", "and", "or", "by", "that", "who",
                                   "which", "to", "in", "for", "a", "than", "between",
                                   "as", "after", "with", "not", "no", "both", "either"};
static const char *const QUOTE[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'",
                                    "\xE2\x80\x98", "\xE2\x80\x99", "``", "''"};
static const char *const BRACKET[] = {"(", ")", "[", "]", "{", "}"};
static const char *const NUMBER[] = {"3", "1,000", "20", "2019", "1980s", "one", "dozens",
                                     "half", "40 percent", "$5 million", "15-year-old",
                                     "first", "2,300 kilos"};
static const char *const ACTOR[] = {"Mexico", "Mexican", "police", "Colombia's",
                                    "the Zetas", "Sinaloa Cartel", "FARC", "soldiers",
                                    "Juan Manuel Santos", "the United States", "U.S.",
                                    "Guatemalan officials", "gunmen", "the government",
                                    "El Chapo", "Honduras", "rebels", "Public Security",
                                    "National Police", "the army"};
static const char *const VERB[] = {"arrested", "killed", "attacked", "were arrested",
                                   "was killed", "met", "accused", "helped", "urged",
                                   "seized", "will arrest", "have been detained",
                                   "captured", "extradited", "denied", "resigned",
                                   "kidnapped", "threatened", "signed", "protested"};
static const char *const SAID[] = {"said", "told", "according to", "says", "reported",
                                   "said on Monday", "stated"};
static const char *const PUNCT[] = {",", ".", ";", ":", "--", "-", "!", "?", "...",
                                    "\xE2\x80\x94", "/", "&", "%", "'s"};
static const char *const PRONOUN[] = {"he", "him", "they", "them", "her", "it", "his",
                                      "their", "who", "its"};
static const char *const TIME[] = {"last year", "in the past", "yesterday", "on Monday",
                                   "for decades", "so far this year", "in the 1990s",
                                   "in March", "once", "in 2012", "the same period"};

struct kind {
  const char *const *w;
  size_t n;
};
#define KIND(a) {a, sizeof a / sizeof a[0]}
static const struct kind KINDS[] = {KIND(TITLE), KIND(GLUE),   KIND(QUOTE),
                                    KIND(BRACKET), KIND(NUMBER), KIND(ACTOR),
                                    KIND(VERB),  KIND(SAID),   KIND(PUNCT),
                                    KIND(PRONOUN), KIND(TIME)};
#define NKINDS (sizeof KINDS / sizeof KINDS[0])

/* a fixed small generator (no rand(): the records are the same on every
 * machine) */
static uint32_t next(uint64_t *st) {
  *st = *st * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(*st >> 33);
}

static const char *pick(uint64_t *st, size_t kind) {
  return KINDS[kind].w[next(st) % KINDS[kind].n];
}

struct text {
  char b[8192];
  size_t n;
};

static void put(struct text *t, const char *w) {
  size_t l = strlen(w);
  if (t->n + l + 2 >= sizeof t->b) return;
  if (t->n) t->b[t->n++] = ' ';
  memcpy(t->b + t->n, w, l);
  t->n += l;
  t->b[t->n] = '\0';
}

static size_t records;

/* code t as a record of its own, undated and dated */
static void code(const struct text *t) {
  for (int dated = 0; dated < 2; dated++) {
    acta_article a = {.id = "e", .date = dated ? "2019-03-04" : NULL, .text = t->b,
                      .text_len = t->n};
    int rc = acta_code_article(coder, &a);
    cr_assert_eq(rc, 0, "[%s]: %s", t->b, acta_coder_error(coder));
    size_t n, jl;
    acta_events(coder, &n);
    cr_assert_not_null(acta_render_json(coder, &a, &jl), "[%s]", t->b);
    records++;
  }
}

static void code_words(const char *const *w, size_t n) {
  struct text t = {.n = 0};
  for (size_t i = 0; i < n; i++) put(&t, w[i]);
  code(&t);
}

TestSuite(edges, .init = setup, .fini = teardown, .timeout = 900);

/* every token alone, and every token opening and ending a plain sentence
 * and a sentence that opens with a title before "of" */
Test(edges, each_token_alone_first_and_last) {
  for (size_t k = 0; k < NKINDS; k++)
    for (size_t i = 0; i < KINDS[k].n; i++) {
      const char *x = KINDS[k].w[i];
      code_words(&x, 1);
      const char *open[] = {x, "Police arrested 20 protesters in Mexico"};
      code_words(open, 2);
      const char *close[] = {"Police arrested 20 protesters in Mexico", x};
      code_words(close, 2);
      const char *title[] = {x, "Secretary of Public Security", x, "resigned", x};
      code_words(title, 5);
      const char *said[] = {x, "said", x};
      code_words(said, 3);
    }
}

/* every pair of tokens of two kinds (the first and the last token read
 * together), then the pair around "of" */
Test(edges, every_pair) {
  for (size_t k = 0; k < NKINDS; k++)
    for (size_t i = 0; i < KINDS[k].n; i++)
      for (size_t l = 0; l < NKINDS; l++)
        for (size_t j = 0; j < KINDS[l].n; j += 2) {
          const char *pair[] = {KINDS[k].w[i], KINDS[l].w[j]};
          code_words(pair, 2);
          const char *of[] = {KINDS[k].w[i], "of", KINDS[l].w[j]};
          code_words(of, 3);
        }
  cr_assert_gt(records, 10000);
}

/* random short records, 2 to 14 tokens of any kind, and records shaped
 * like news (actor verb actor) with random edges */
Test(edges, random_short_records) {
  uint64_t st = 21;
  for (int r = 0; r < 3000; r++) {
    struct text t = {.n = 0};
    size_t len = 2 + next(&st) % 13;
    for (size_t i = 0; i < len; i++) put(&t, pick(&st, next(&st) % NKINDS));
    code(&t);
  }
  static const size_t shape[] = {0, 5, 6, 5, 10, 8, 7, 9, 5};
  for (int r = 0; r < 2000; r++) {
    struct text t = {.n = 0};
    put(&t, pick(&st, next(&st) % NKINDS));
    for (size_t i = 0; i < sizeof shape / sizeof shape[0]; i++)
      if (next(&st) % 4) put(&t, pick(&st, shape[i]));
    put(&t, pick(&st, next(&st) % NKINDS));
    code(&t);
  }
}

/* long names and words, one actor many times, nested and unclosed quotes
 * and brackets */
Test(edges, long_names_repeats_and_nesting) {
  struct text t = {.n = 0};
  for (int i = 0; i < 300; i++) put(&t, i % 2 ? "Ramirez" : "Juan");
  put(&t, "arrested");
  for (int i = 0; i < 300; i++) put(&t, "Lopez");
  code(&t);
  t.n = 0;
  char word[4001];
  memset(word, 'a', sizeof word - 1);
  word[0] = 'Z';
  word[sizeof word - 1] = '\0';
  put(&t, word);
  code(&t);
  put(&t, "killed");
  put(&t, word);
  code(&t);
  static const char *const rep[] = {"Mexico", "police", "Mexico and", "the Zetas,",
                                    "him", "said", "of", "President"};
  for (size_t k = 0; k < sizeof rep / sizeof rep[0]; k++) {
    t.n = 0;
    for (int i = 0; i < 500; i++) put(&t, rep[k]);
    code(&t);
    put(&t, "attacked");
    for (int i = 0; i < 500; i++) put(&t, rep[k]);
    code(&t);
  }
  for (size_t q = 0; q < sizeof QUOTE / sizeof QUOTE[0]; q++)
    for (size_t b = 0; b < sizeof BRACKET / sizeof BRACKET[0]; b++) {
      t.n = 0;
      for (int i = 0; i < 40; i++) {
        put(&t, QUOTE[q]);
        put(&t, BRACKET[b]);
        put(&t, i % 3 ? "police" : "said");
      }
      code(&t);
      const char *bare[] = {BRACKET[b], QUOTE[q], "Police arrested him", QUOTE[q],
                            BRACKET[b]};
      code_words(bare, 5);
      const char *nest[] = {"\"Police said", QUOTE[q], "Gen. Ramirez told them",
                            BRACKET[b], "'they killed him'", QUOTE[q], "\""};
      code_words(nest, 7);
    }
}
