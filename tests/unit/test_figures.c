/* SPDX-License-Identifier: MIT */
/* test_figures.c: unit tests for src/figures.c (quantities in a sentence:
 * number forms, qualifiers, kinds, byte spans and the things that are not
 * figures). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "figures.h"

static acta_figure f[16];
static const char *text;

/* Finds the figures of the whole sentence s. */
static size_t run(const char *s) {
  text = s;
  memset(f, 0xAB, sizeof f);
  return acta_find_figures(s, 0, strlen(s), f, 16);
}

/* Asserts that figure x has this kind, qualifier and value, that its
 * phrase is `phrase` and its counted noun `unit` ("" for none). */
static void expect(const acta_figure *x, const char *kind, const char *qual,
                   double value, const char *phrase, const char *unit) {
  cr_assert_str_eq(x->kind, kind, "kind of \"%s\"", phrase);
  cr_assert_str_eq(x->qualifier, qual, "qualifier of \"%s\"", phrase);
  cr_assert_float_eq(x->value, value, 1e-9, "value of \"%s\": %g", phrase,
                     x->value);
  cr_assert_eq(x->end - x->start, strlen(phrase), "phrase \"%.*s\"",
               (int)(x->end - x->start), text + x->start);
  cr_assert_eq(strncmp(text + x->start, phrase, strlen(phrase)), 0,
               "phrase \"%.*s\"", (int)(x->end - x->start), text + x->start);
  cr_assert_eq(x->unit_end - x->unit_start, strlen(unit), "unit \"%.*s\"",
               (int)(x->unit_end - x->unit_start), text + x->unit_start);
  cr_assert_eq(strncmp(text + x->unit_start, unit, strlen(unit)), 0);
  if (!*unit) cr_assert_eq(x->unit_start, x->end);
}

/* The one figure of s. */
static void one(const char *s, const char *kind, const char *qual,
                double value, const char *phrase, const char *unit) {
  size_t n = run(s);
  cr_assert_eq(n, 1, "%zu figures in \"%s\"", n, s);
  expect(&f[0], kind, qual, value, phrase, unit);
}

/* No figure in s. */
static void none(const char *s) {
  size_t n = run(s);
  cr_assert_eq(n, 0, "\"%s\": unexpected \"%.*s\"", s,
               n ? (int)(f[0].end - f[0].start) : 0, n ? s + f[0].start : "");
}

/* ---- the examples of the brief, with exact byte spans ------------------ */

Test(figures, at_least_demonstrators_killed) {
  const char *s = "Rights groups say at least 141 demonstrators have been "
                  "killed since the protests began.";
  cr_assert_eq(run(s), 1);
  cr_assert_str_eq(f[0].kind, "killed");
  cr_assert_str_eq(f[0].qualifier, "at_least");
  cr_assert_float_eq(f[0].value, 141, 1e-9);
  cr_assert_float_eq(f[0].low, 141, 1e-9);
  cr_assert_float_eq(f[0].high, 141, 1e-9);
  cr_assert_eq(f[0].start, 18);      /* "at least" */
  cr_assert_eq(f[0].end, 44);        /* end of "demonstrators" */
  cr_assert_eq(f[0].unit_start, 31);
  cr_assert_eq(f[0].unit_end, 44);
}

Test(figures, death_toll_up_to) {
  one("Officials said the death toll is as high as 250.", "killed", "up_to",
      250, "as high as 250", "");
  cr_assert_float_eq(f[0].low, 0, 1e-9);
  cr_assert_float_eq(f[0].high, 250, 1e-9);
}

Test(figures, crowd_gathered) {
  one("Nearly 10,000 people gathered in central Tehran on Saturday.",
      "protesters", "approximately", 10000, "Nearly 10,000 people", "people");
}

Test(figures, weapons_unit_phrase) {
  one("Iran supplied 400 Shahed-136 kamikaze drones to Russia, the officials "
      "said.", "weapons", "exact", 400, "400 Shahed-136 kamikaze drones",
      "Shahed-136 kamikaze drones");
}

/* ---- qualifiers --------------------------------------------------------- */

Test(figures, at_least_forms) {
  one("More than 1,500 protesters were arrested in the first week.",
      "arrested", "at_least", 1500, "More than 1,500 protesters", "protesters");
  one("Over 2 million refugees have crossed the border.", "displaced",
      "at_least", 2e6, "Over 2 million refugees", "refugees");
  one("Upwards of 300 people were detained overnight.", "detained", "at_least",
      300, "Upwards of 300 people", "people");
  one("No fewer than 12 soldiers died in the ambush.", "killed", "at_least",
      12, "No fewer than 12 soldiers", "soldiers");
}

Test(figures, up_to_forms) {
  one("Up to 12 bodies were recovered from the rubble.", "killed", "up_to",
      12, "Up to 12 bodies", "bodies");
  one("As many as 40 people are missing after the flood.", "missing", "up_to",
      40, "As many as 40 people", "people");
  one("The ministry said at most 20 troops were hurt.", "injured", "up_to", 20,
      "at most 20 troops", "troops");
}

Test(figures, approximately_forms) {
  one("About 200 people were being held by police.", "detained",
      "approximately", 200, "About 200 people", "people");
  one("Some 3,000 troops moved up to the frontier zone.", "troops",
      "approximately", 3000, "Some 3,000 troops", "troops");
  one("An estimated 5,000 people fled their homes.", "displaced",
      "approximately", 5000, "An estimated 5,000 people", "people");
  one("Police said close to 2,000 demonstrators rallied outside parliament.",
      "protesters", "approximately", 2000, "close to 2,000 demonstrators",
      "demonstrators");
  one("Almost 60 people were wounded in the blast.", "injured",
      "approximately", 60, "Almost 60 people", "people");
}

Test(figures, ranges) {
  one("Between 20 and 30 soldiers were wounded in the attack.", "injured",
      "range", 20, "Between 20 and 30 soldiers", "soldiers");
  cr_assert_float_eq(f[0].low, 20, 1e-9);
  cr_assert_float_eq(f[0].high, 30, 1e-9);
  one("Witnesses said 20-30 people were shot dead.", "killed", "range", 20,
      "20-30 people", "people");
  cr_assert_float_eq(f[0].high, 30, 1e-9);
  one("Between 20 and 30 thousand people marched.", "protesters", "range",
      20000, "Between 20 and 30 thousand people", "people");
  cr_assert_float_eq(f[0].high, 30000, 1e-9);
  one("Five to seven civilians were killed.", "killed", "range", 5,
      "Five to seven civilians", "civilians");
  /* en dash */
  one("Officials said 40\xe2\x80\x93" "50 people were arrested.", "arrested",
      "range", 40, "40\xe2\x80\x93" "50 people", "people");
}

/* ---- spelled-out and vague numbers -------------------------------------- */

Test(figures, spelled_out) {
  one("Twenty-five people were killed in the clashes.", "killed", "exact", 25,
      "Twenty-five people", "people");
  one("A hundred soldiers were captured near the town.", "detained", "exact",
      100, "A hundred soldiers", "soldiers");
  one("Half a million people joined the march.", "protesters", "exact", 5e5,
      "Half a million people", "people");
  one("Russia deployed about 1.5 million troops.", "troops", "approximately",
      1.5e6, "about 1.5 million troops", "troops");
  cr_assert_eq(run("More than a dozen people were killed, and two dozen "
                   "were wounded."), 2);
  expect(&f[0], "killed", "at_least", 12, "More than a dozen people", "people");
  expect(&f[1], "injured", "exact", 24, "two dozen", "");
  cr_assert_eq(run("Police arrested four men and two hundred and fifty "
                   "others."), 2);
  expect(&f[0], "arrested", "exact", 4, "four men", "men");
  expect(&f[1], "other", "exact", 250, "two hundred and fifty others",
         "others");
}

Test(figures, vague_conventions) {
  one("Dozens of people were detained after the rally.", "detained",
      "approximately", 24, "Dozens of people", "people");
  one("Hundreds were arrested, according to the group.", "arrested",
      "approximately", 200, "Hundreds", "");
  one("Thousands took to the streets of Tbilisi.", "protesters",
      "approximately", 2000, "Thousands", "");
  /* a count after "took" is what was taken, no crowd */
  one("Villagers took twelve workers hostage on the mountain road.", "other",
      "exact", 12, "twelve workers", "workers");
  one("Tens of thousands of protesters marched through the capital.",
      "protesters", "approximately", 20000, "Tens of thousands of protesters",
      "protesters");
  one("Hundreds of thousands of people have fled the fighting.", "displaced",
      "approximately", 2e5, "Hundreds of thousands of people", "people");
  one("Scores of people were hurt when police fired tear gas.", "injured",
      "approximately", 40, "Scores of people", "people");
  one("Several hundred students protested at the university.", "protesters",
      "approximately", 300, "Several hundred students", "students");
  one("A number of journalists were arrested on Monday.", "arrested",
      "approximately", 3, "A number of journalists", "journalists");
  one("Several soldiers were killed.", "killed", "approximately", 3,
      "Several soldiers", "soldiers");
}

/* ---- kinds --------------------------------------------------------------- */

Test(figures, kinds_from_verbs_and_nouns) {
  cr_assert_eq(run("Israeli strikes killed 30 people and wounded 50 others, "
                   "the ministry said."), 2);
  expect(&f[0], "killed", "exact", 30, "30 people", "people");
  expect(&f[1], "injured", "exact", 50, "50 others", "others");
  cr_assert_eq(run("Police fired on about 300 protesters, killing 12 and "
                   "wounding 40."), 3);
  expect(&f[0], "protesters", "approximately", 300, "about 300 protesters",
         "protesters");
  expect(&f[1], "killed", "exact", 12, "12", "");
  expect(&f[2], "injured", "exact", 40, "40", "");
  one("Authorities held 300 detainees in Evin prison.", "detained", "exact",
      300, "300 detainees", "detainees");
  one("A crowd of about 5,000 rallied in the square.", "protesters",
      "approximately", 5000, "about 5,000", "");
  one("A 2,000-strong crowd gathered outside the embassy.", "protesters",
      "exact", 2000, "2,000-strong crowd", "crowd");
  one("Roughly 1,000 Palestinians were displaced by the flooding.",
      "displaced", "approximately", 1000, "Roughly 1,000 Palestinians",
      "Palestinians");
  /* a weapon noun wins over the verb */
  one("Air defences destroyed 12 Iranian-made drones overnight.", "weapons",
      "exact", 12, "12 Iranian-made drones", "Iranian-made drones");
  /* a non-person noun takes no cue: other */
  one("Protests spread to more than 80 cities.", "other", "at_least", 80,
      "more than 80 cities", "cities");
  /* "held" is detention only after an auxiliary */
  one("About 5,000 people held a rally in Yerevan.", "protesters",
      "approximately", 5000, "About 5,000 people", "people");
}

Test(figures, subsets_and_changes) {
  cr_assert_eq(run("The attack killed at least 20 people, including 5 "
                   "children."), 2);
  expect(&f[1], "killed", "exact", 5, "5 children", "children");
  one("The death toll rose from 20 to 35 on Sunday.", "killed", "exact", 35,
      "35", "");
}

/* ---- not figures --------------------------------------------------------- */

Test(figures, not_years_dates_times_ages) {
  none("The 1979 revolution toppled the shah.");
  none("Clashes erupted on Oct. 26 and again on November 3.");
  none("The curfew starts at 10:30 p.m. and the talks at 9 a.m.");
  none("Mahsa Amini, a 22-year-old Kurdish woman, died in custody on "
       "Sept. 16, 2022.");
  none("The suspect, aged 19, was in his 20s.");
}

Test(figures, not_money_percent_numbers_ordinals) {
  none("The United States pledged $725 million in military aid.");
  none("The EU approved \xe2\x82\xac" "3 billion and Britain 2 billion pounds.");
  none("About 40% of voters, or 30 percent, backed the measure.");
  none("The Security Council adopted Resolution 2231 and Article 5 applies.");
  none("The 5th Brigade took its 3rd town.");
  none("She was sentenced to 10 years at a jail 30 km from the coast.");
  none("The two sides met for three hours; one of the leaders spoke.");
  none("The vote was 12-3 in favor.");
  none("A 12-member delegation visited Kyiv.");
}

/* ---- API behaviour -------------------------------------------------------- */

Test(figures, start_end_and_max) {
  /* Only text[start, end) is looked at; spans are absolute offsets. */
  const char *s = "9 killed. Police detained 40 activists. 7 dead";
  size_t st = 10, en = 39;
  text = s;
  cr_assert_eq(acta_find_figures(s, st, en, f, 16), 1);
  cr_assert_str_eq(f[0].kind, "detained");
  cr_assert_eq(f[0].start, 26);
  cr_assert_eq(f[0].end, 38);
  /* max bounds the writes */
  const char *m = "Russia fired 81 missiles and 8 drones, killing six people.";
  memset(f, 0, sizeof f);
  cr_assert_eq(acta_find_figures(m, 0, strlen(m), f, 2), 2);
  cr_assert_eq(f[2].start, 0);
  cr_assert_eq(acta_find_figures(m, 0, strlen(m), f, 16), 3);
  cr_assert_str_eq(f[2].kind, "killed");
  cr_assert_eq(acta_find_figures(m, 0, strlen(m), f, 0), 0);
  cr_assert_eq(acta_find_figures(m, 5, 5, f, 16), 0);
}

Test(figures, long_input_is_linear_and_bounded) {
  /* 1 MiB of figures without a NUL: every span stays in range. */
  static char big[1 << 20];
  static acta_figure many[1 << 16];
  const char *pat = "at least 12 people were killed and 3,000 marched; ";
  size_t l = strlen(pat);
  for (size_t i = 0; i < sizeof big; i++) big[i] = pat[i % l];
  size_t n = acta_find_figures(big, 0, sizeof big, many, 1 << 16);
  cr_assert_gt(n, 30000);
  for (size_t i = 0; i < n; i++) {
    cr_assert_leq(many[i].end, sizeof big);
    cr_assert_lt(many[i].start, many[i].end);
    if (i) cr_assert_geq(many[i].start, many[i - 1].end);
  }
}

/* The coder's call: the token range of one sentence inside an article;
 * spans are the article's byte offsets, and glued tokens ("2,000-strong",
 * "Iran's") are read as the stage's own words. */
Test(figures, token_range_of_one_sentence) {
  const char *s = "Iran's 2,000-strong force stayed. At least 12 protesters "
                  "were killed and some 1,500 were arrested, officials said.";
  acta_tokens t;
  acta_tokens_init(&t);
  acta_tokenize(NULL, s, strlen(s), &t);
  acta_sentence *sents = NULL;
  size_t cap = 0;
  cr_assert_eq(acta_split_sentences(NULL, &t, &sents, &cap), 2);
  text = s;
  size_t n = acta_find_figures_tokens(s, &t, sents[1].first, sents[1].last, f, 16);
  cr_assert_eq(n, 2);
  expect(&f[0], "killed", "at_least", 12, "At least 12 protesters", "protesters");
  expect(&f[1], "arrested", "approximately", 1500, "some 1,500", "");
  n = acta_find_figures_tokens(s, &t, sents[0].first, sents[0].last, f, 16);
  cr_assert_eq(n, 1);
  expect(&f[0], "troops", "exact", 2000, "2,000-strong force", "force");
  free(sents);
  acta_tokens_free(&t);
}

/* speed44b: acta_sentence_figures leaves the figures of a sentence with no
 * event cue (acta_figures_event_cue_may) to its end, kept only when the
 * sentence has an event: that is exact when a figure of a kind that makes
 * an event (figure_code: killed, injured, arrested, detained, protesters)
 * is found only in a sentence the cue says yes of.  Each sentence below is
 * read as the coder reads it (its tokens); the cue must say yes of every
 * one with such a figure, and no of those whose figures are of other
 * kinds (the skip is taken there). */
static int event_kind(const char *kind) {
  static const char *const coded[] = {"killed", "injured", "arrested", "detained", "protesters"};
  for (size_t i = 0; i < sizeof coded / sizeof coded[0]; i++)
    if (!strcmp(kind, coded[i])) return 1;
  return 0;
}

static int cue_of(const char *s, size_t *nf, int *coded) {
  acta_tokens toks;
  acta_tokens_init(&toks);
  acta_tokenize(NULL, s, strlen(s), &toks);
  acta_figure found[16];
  *nf = acta_find_figures_tokens(s, &toks, 0, (uint32_t)toks.n, found, 16);
  *coded = 0;
  for (size_t i = 0; i < *nf; i++) *coded |= event_kind(found[i].kind);
  int cue = acta_figures_event_cue_may(s, &toks, 0, (uint32_t)toks.n);
  acta_tokens_free(&toks);
  return cue;
}

Test(figures, event_kinds_only_with_a_cue) {
  static const char *const with_cue[] = {
      "At least 14 people were killed in the ambush near the river.",
      "Nine dead and 23 wounded after the bus bombing.",
      "Police arrested 31 suspects and held four more overnight.",
      "Some 5,000 demonstrators marched to the capitol.",
      "A crowd of 2,000 gathered outside the stadium.",
      "Forty-two were detained, among them 3 minors.",
      "The toll rose to 61 on Tuesday.",
      "Twelve \u201cdied\u201d in custody, the report said.",
      "Eight injured\u2014two of them badly.",
      "Forty people were held overnight in the port city.",
      "Thousands of marchers filled the avenue by noon.",
  };
  static const char *const without[] = {
      "The army sent 3,000 troops and 40 armoured vehicles to the border.",
      "Customs found 2.5 tons of cocaine in 18 containers.",
      "Officials counted 800 kilos of marijuana in the truck.",
      "Agents seized 300 rifles and 1,200 rounds of ammunition.",
      "The 2019 report covers 14 provinces and 212 towns.",
  };
  for (size_t i = 0; i < sizeof with_cue / sizeof with_cue[0]; i++) {
    size_t nf;
    int coded;
    int cue = cue_of(with_cue[i], &nf, &coded);
    cr_assert(nf > 0 && coded, "'%s': expected a figure of an event kind", with_cue[i]);
    cr_assert(cue, "'%s': a figure of an event kind, and no cue", with_cue[i]);
  }
  for (size_t i = 0; i < sizeof without / sizeof without[0]; i++) {
    size_t nf;
    int coded;
    int cue = cue_of(without[i], &nf, &coded);
    cr_assert(nf > 0 && !coded, "'%s': expected figures of other kinds only", without[i]);
    cr_assert(!cue, "'%s': no event kind, yet a cue (the skip is never taken)", without[i]);
  }
}
