/* SPDX-License-Identifier: MIT */
/* test_image_filters.c: unit tests for the fast paths that only
 * dictionaries mapped from an image take (the other unit tests and the
 * spec run with ACTA_CACHE=off): the gazetteer's word filters let every
 * exact key through (each key of two words or more has its first two
 * words' pwords bit, each key its first word's fwords bit: speed41b,
 * speed29b), and every token the tokenizer marks TS_LEXC carries in
 * acta_tokens.lexc its lexicon word's row of the tagger's candidates, as
 * the model's table gives it (speed41a), a "then-" word rewritten by
 * acta_then_titles() losing the mark; and the yield gate's head words
 * (yield_heads) hold every pattern head and reporting verb on both load
 * paths (speed43a). */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "acta.h"
#include "dict.h"
#include "dict_build.h"
#include "gazetteer.h"
#include "gazetteer_tables.h"
#include "strmap.h"
#include "tagger_model.h"
#include "cache_dir.h"

static char cache[256];   /* ACTA_CACHE for these tests */
static acta_dict *parsed; /* parsed (it wrote the image) */
static acta_dict *mapped; /* mapped from the image */

static acta_dict *load(void) {
  char err[1024];
  acta_load_how how;
  memset(&how, 0, sizeof how);
  acta_dict *d = acta_dict_load_ex(NULL, &how, err, sizeof err);
  cr_assert_not_null(d, "load failed: %s", err);
  return d;
}

static void setup(void) {
  snprintf(cache, sizeof cache, "/tmp/acta-test-filters-XXXXXX");
  cr_assert_not_null(mkdtemp(cache));
  setenv("ACTA_CACHE", cache, 1);
  parsed = load(); /* parses, writes the image */
  cr_assert_null(parsed->image);
  mapped = load();
  cr_assert_not_null(mapped->image, "the second load must map the image");
}

static void teardown(void) {
  acta_dict_free(mapped);
  acta_dict_free(parsed);
  remove_cache_dir(cache);
}

TestSuite(image_filters, .init = setup, .fini = teardown);

/* ---- the gazetteer's word filters -------------------------------------- */

/* Every exact key of g: its first word's fwords bit is set, and a key of
 * two words or more has its first two words' pwords bit set (split at
 * the first two spaces, as build_pwords and the matcher do).  Returns the
 * keys of two words or more. */
static size_t check_filters(const acta_gazetteer *g, const char *which) {
  const acta_intern *ks = &g->keys[T_EXACT];
  size_t multi = 0;
  for (uint32_t id = 0; id < ks->count; id++) {
    const char *k = acta_intern_str(ks, id);
    size_t n = ks->lens[id], i = 0;
    while (i < n && k[i] != ' ') i++;
    cr_assert(acta_gazetteer_first_word_may(g, acta_hash(k, i)),
              "%s: exact key '%.*s': its first word's fwords bit is clear", which,
              (int)n, k);
    if (i == n) continue;
    i++;
    while (i < n && k[i] != ' ') i++;
    multi++;
    cr_assert(acta_gazetteer_pair_may(g, k, i),
              "%s: exact key '%.*s': its first two words' pwords bit is clear", which,
              (int)n, k);
  }
  return multi;
}

Test(image_filters, every_exact_key_passes_the_word_filters) {
  const acta_gazetteer *gm = mapped->gaz, *gp = parsed->gaz;
  cr_assert(gm && gm->mapped && gp && !gp->mapped);
  size_t nm = check_filters(gm, "mapped"), np = check_filters(gp, "parsed");
  cr_assert_eq(nm, np);
  /* not vacuous: some 6,900 such keys with today's places and geonames */
  cr_assert_gt(nm, 1000, "only %zu exact keys of two words or more", nm);
}

/* ---- the tokens' lexicon candidates (TS_LEXC) ---------------------------- */

/* Invented wire copy: titles and "then-" titles, possessives, hyphens,
 * numbers and figures, accents, a line in capitals and one in lower case,
 * abbreviations. */
static const char *const texts[] = {
  "Mexico's then-Interior Minister met then-US Ambassador Roberta Lane's "
  "aides in Ciudad Juárez on Tuesday. Then-President Iván Ortega had "
  "invited the then-UN envoy to Bogotá.",
  "Police in São Paulo arrested 1,250 suspects on 3 March 2021, seizing "
  "3.5 tonnes of cocaine worth $12 million and 40 AK-47 rifles.",
  "The army's counter-narcotics unit, led by Gen. Tomás Ibáñez, clashed "
  "with a well-armed cartel cell near the U.N.-backed mission at 5:30 "
  "p.m., killing 17 people, officials said.",
  "THE PRESIDENT'S OFFICE SAID THE MINISTERS WOULD MEET REBEL LEADERS. "
  "the foreign minister's visit to the capital was cancelled; ex-rebels "
  "and pro-government militias fought for two days.",
  "Interior Minister Ana Peña, 54, told reporters the government's plan "
  "would cut homicides by 20% before the vice-president's re-election "
  "bid. Prosecutors charged the mayor's brother-in-law with extortion.",
};

/* Every TS_LEXC token of t: the token is written in its lexicon word's
 * form, and its lexc entries are the no-lock entries of the word's row
 * in the model's lex_cand table, read here from the table itself.
 * Returns the TS_LEXC tokens. */
static size_t check_lexc(const acta_dict *d, const acta_tokens *t, const char *text) {
  const acta_tagger_model *m = d->tagger;
  size_t marked = 0;
  for (size_t i = 0; i < t->n; i++) {
    const acta_token *tk = &t->v[i];
    if (!(tk->shape & TS_LEXC)) continue;
    marked++;
    const char *norm = acta_tok_norm(t, i);
    cr_assert_neq(tk->word, ACTA_NO_WORD, "token %zu '%s' of \"%s\"", i, norm, text);
    cr_assert_lt(tk->word, m->nlex_cand, "token %zu '%s': word beyond the table", i, norm);
    /* the token's form is its word's */
    cr_assert_eq(tk->norm_len, d->words.lens[tk->word], "token %zu '%s'", i, norm);
    cr_assert_eq(memcmp(norm, acta_intern_str(&d->words, tk->word), tk->norm_len), 0,
                 "token %zu '%s' is not its word '%s'", i, norm,
                 acta_intern_str(&d->words, tk->word));
    const uint16_t *row = m->lex_cand + (size_t)tk->word * ACTA_TM_STRIDE;
    cr_assert_eq(row[ACTA_TM_LEN], tk->norm_len, "token %zu '%s'", i, norm);
    for (int r = 0; r < ACTA_TM_READS; r++)
      cr_assert_eq(t->lexc[i].read[r], row[r],
                   "token %zu '%s' of \"%s\": lexc read %d is %u, its row's %u", i, norm,
                   text, r, t->lexc[i].read[r], row[r]);
  }
  return marked;
}

/* Tokenizes, splits and rewrites the "then-" words as the coder does;
 * returns the sentences' count. */
static size_t tokenize(const acta_dict *d, const char *text, acta_tokens *t,
                       acta_sentence **sents, size_t *cap) {
  acta_tokenize(d, text, strlen(text), t);
  size_t ns = acta_split_sentences(d, t, sents, cap);
  acta_then_titles(d, t);
  return ns;
}

Test(image_filters, lexc_tokens_carry_their_words_row) {
  const acta_tagger_model *m = mapped->tagger;
  cr_assert(m && m->mapped);
  cr_assert_gt(m->nlex_cand, 0, "the mapped model has no lex_cand table");
  acta_tokens t;
  acta_tokens_init(&t);
  acta_sentence *sents = NULL;
  size_t cap = 0, marked = 0, thens = 0, ntexts = sizeof texts / sizeof *texts;
  /* twice over: the second pass reads the tokenizer's memo */
  for (int pass = 0; pass < 2; pass++)
    for (size_t k = 0; k < ntexts; k++) {
      tokenize(mapped, texts[k], &t, &sents, &cap);
      thens += t.nthen;
      marked += check_lexc(mapped, &t, texts[k]);
    }
  /* all texts at once (one memo, longer token arrays) */
  acta_buf all;
  acta_buf_init(&all);
  for (size_t k = 0; k < ntexts; k++) {
    acta_buf_put(&all, texts[k], strlen(texts[k]));
    acta_buf_put(&all, "\n\n", 2);
  }
  acta_buf_putc(&all, '\0');
  tokenize(mapped, all.data, &t, &sents, &cap);
  thens += t.nthen;
  marked += check_lexc(mapped, &t, "(all)");
  acta_buf_free(&all);
  /* not vacuous: most words of these texts are lexicon words, and the
   * "then-" words were read ("then-US", "then-UN"; agents.txt writes
   * "then-Interior Minister" and "then-President" whole) */
  cr_assert_gt(marked, 250, "only %zu TS_LEXC tokens", marked);
  cr_assert_eq(thens, 3 * 2, "%zu \"then-\" words", thens);
  /* the parsed dictionaries have no table: no token is marked */
  tokenize(parsed, texts[0], &t, &sents, &cap);
  for (size_t i = 0; i < t.n; i++) cr_assert_not(t.v[i].shape & TS_LEXC);
  free(sents);
  acta_tokens_free(&t);
}

/* A token rewritten as another word by acta_then_titles() loses TS_LEXC
 * (its lexc entries are its old word's).  No "then-" word of today's
 * lexicon has the mark, so one is set here by hand on a lexicon word. */
Test(image_filters, then_titles_clear_the_lexc_mark) {
  acta_tokens t;
  acta_tokens_init(&t);
  acta_sentence *sents = NULL;
  size_t cap = 0;
  const char *text = "Officials said the president resigned.";
  tokenize(mapped, text, &t, &sents, &cap);
  cr_assert_eq(t.nthen, 0);
  size_t i = 0;
  while (i < t.n && strcmp(acta_tok_norm(&t, i), "president")) i++;
  cr_assert_lt(i, t.n);
  cr_assert(t.v[i].shape & TS_LEXC, "'president' has no TS_LEXC");
  uint32_t dent = acta_intern_find(&mapped->words, "dent", 4);
  cr_assert_neq(dent, ACTA_NO_WORD);
  ACTA_GROW(t.then_marks, t.nthen, t.cap_then);
  t.then_marks[t.nthen++] = (acta_then_mark){.tok = (uint32_t)i, .word = dent, .flags = 0};
  acta_then_titles(mapped, &t); /* "president" read as "dent" */
  cr_assert_eq(t.v[i].word, dent);
  cr_assert_str_eq(acta_tok_norm(&t, i), "dent");
  cr_assert_not(t.v[i].shape & TS_LEXC, "the rewritten token keeps TS_LEXC");
  check_lexc(mapped, &t, text);
  free(sents);
  acta_tokens_free(&t);
}

/* ---- the yield gate's head words (speed43a) ------------------------------ */

/* Every key of map idx (a word id) is in set. */
static void check_keys_in(const acta_u64map *idx, const acta_word_set *set, const char *what) {
  for (uint32_t i = 0; i < idx->nslots; i++)
    if (idx->keys[i] != UINT64_MAX && idx->keys[i] < ACTA_NO_WORD)
      cr_assert(acta_word_set_has(set, (uint32_t)idx->keys[i]),
                "%s: key %u is no yield_heads word", what, (uint32_t)idx->keys[i]);
}

/* yield_gate.c passes over a word yield_heads lacks: on both load paths it
 * holds every key of the verb and noun patterns and of the reporting
 * verbs. */
Test(image_filters, yield_heads_hold_every_pattern_head_and_reporting_verb) {
  const acta_dict *ds[2] = {parsed, mapped};
  for (int k = 0; k < 2; k++) {
    check_keys_in(&ds[k]->verb_pats, &ds[k]->yield_heads, k ? "mapped verb_pats" : "parsed verb_pats");
    check_keys_in(&ds[k]->noun_pats, &ds[k]->yield_heads, k ? "mapped noun_pats" : "parsed noun_pats");
    check_keys_in(&ds[k]->report, &ds[k]->yield_heads, k ? "mapped report" : "parsed report");
    cr_assert_gt(ds[k]->report.count, 0);
  }
}
