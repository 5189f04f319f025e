/* SPDX-License-Identifier: MIT */
/* test_dict.c: unit tests for the dictionary compiler: formats, date
 * ranges, malformed lines reported as file:line, strict mode, lemmas. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "acta.h"
#include "dict.h"

static char dir[256];
static char warnings[4096];

static void put(const char *name, const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f);
  fputs(text, f);
  fclose(f);
}

static void warn(void *ud, const char *msg) {
  (void)ud;
  strncat(warnings, msg, sizeof warnings - strlen(warnings) - 2);
  strcat(warnings, "\n");
}

static void setup(void) {
  snprintf(dir, sizeof dir, "/tmp/acta-test-dict-XXXXXX");
  cr_assert_not_null(mkdtemp(dir));
  warnings[0] = '\0';
  put("cameo.txt", "# test table\n"
                   "010 1 0.0 Make statement\n"
                   "173 4 -5.0 Arrest, detain\n"
                   "190 4 -10.0 Use conventional military force\n"
                   "19x 4 1 broken code\n");
  put("events.txt", "~010 say\n"
                    "~010 claim alleged\n"
                    "190 attack\n"
                    "173 arrest\r\n"
                    "999 invent\n"
                    "190 n:raid on +\n"
                    "190 storm {into|} +\n"
                    "190 raid {}\n"
                    "173  arrest   # review12: a line repeating line 4\n"
                    "173 arrest {suspect|suspects}\n");
  put("countries.txt", "FRA French | Paris\nFRAGOV the Elysee\n");
  put("actors.txt", "FRAGOV@2017-05-14..  Emmanuel Macron | Macron\n"
                    "FRAELI@..2017-05-14 Emmanuel Macron\n"
                    "FRA@bad  Broken\n"
                    "FRAGOV@2021-02-30..  Nobody\n");
  put("agents.txt", "COP police | gendarme\nMILX soldier\n");
  put("discards.txt", "penalty kick\n");
}

static void teardown(void) {
  const char *files[] = {"cameo.txt", "events.txt", "countries.txt",
                         "actors.txt", "agents.txt", "discards.txt"};
  char path[512];
  for (size_t i = 0; i < 6; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    unlink(path);
  }
  rmdir(dir);
}

TestSuite(dict, .init = setup, .fini = teardown);

Test(dict, loads_and_reports_malformed_lines) {
  acta_dict_options o = {.data_dir = dir, .warn = warn};
  char err[512];
  acta_dict *d = acta_dict_load(&o, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  acta_dict_stats st;
  acta_dict_get_stats(d, &st);
  cr_assert_eq(st.cameo_codes, 3);
  cr_assert_eq(st.event_patterns, 4);
  cr_assert_eq(st.discards, 1);
  cr_assert_gt(st.verb_lemmas, 5000);
  cr_assert(strstr(warnings, "cameo.txt:5:"), "warnings: %s", warnings);
  cr_assert(strstr(warnings, "events.txt:5: CAMEO code 999"), "warnings: %s", warnings);
  cr_assert(strstr(warnings, "actors.txt:3: bad date range"), "warnings: %s", warnings);
  cr_assert(strstr(warnings, "agents.txt:2:"), "warnings: %s", warnings);
  cr_assert(strstr(warnings, "events.txt:7: empty choice"), "warnings: %s", warnings);
  cr_assert(strstr(warnings, "events.txt:8: empty { }"), "warnings: %s", warnings);
  cr_assert(strstr(warnings, "actors.txt:4: bad date range"), "warnings: %s", warnings);
  /* a pattern that repeats an earlier line is said and skipped, one more
   * specific is not */
  cr_assert(strstr(warnings, "events.txt:9: pattern repeats line 4 of events.txt"),
            "warnings: %s", warnings);
  cr_assert(!strstr(warnings, "events.txt:10:"), "warnings: %s", warnings);
  acta_dict_free(d);
}

Test(dict, strict_mode_stops_at_first_bad_line) {
  acta_dict_options o = {.data_dir = dir, .strict = 1};
  char err[512];
  acta_dict *d = acta_dict_load(&o, err, sizeof err);
  cr_assert_null(d);
  cr_assert(strstr(err, "cameo.txt:5:"), "err: %s", err);
}

Test(dict, missing_file_names_the_path) {
  char path[512];
  snprintf(path, sizeof path, "%s/events.txt", dir);
  unlink(path);
  char err[512];
  acta_dict_options o = {.data_dir = dir};
  cr_assert_null(acta_dict_load(&o, err, sizeof err));
  cr_assert(strstr(err, "events.txt: cannot open"), "err: %s", err);
}

Test(dict, date_ranges_choose_the_office) {
  acta_dict_options o = {.data_dir = dir, .warn = warn};
  char err[512];
  acta_dict *d = acta_dict_load(&o, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  acta_coder *c = acta_coder_new(d);
  const char *t = "Emmanuel Macron attacked the gendarmes.";
  acta_article a = {.id = "t", .date = "2020-01-01", .text = t,
                    .text_len = strlen(t)};
  cr_assert_eq(acta_code_article(c, &a), 0);
  size_t n;
  const acta_event *ev = acta_events(c, &n);
  cr_assert_eq(n, 1);
  cr_assert_str_eq(ev[0].source.code, "FRAGOV");
  cr_assert_str_eq(ev[0].target.code, "FRACOP");
  a.date = "2016-01-01";
  cr_assert_eq(acta_code_article(c, &a), 0);
  ev = acta_events(c, &n);
  cr_assert_eq(n, 1);
  cr_assert_str_eq(ev[0].source.code, "FRAELI");
  acta_coder_free(c);
  acta_dict_free(d);
}

Test(dict, lemmas_from_wordnet) {
  acta_dict_options o = {.data_dir = dir, .warn = warn};
  char err[512];
  acta_dict *d = acta_dict_load(&o, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  char scratch[64];
  const char *forms[][2] = {{"shot", "shoot"}, {"opened", "open"},
                            {"arrests", "arrest"}, {"stopped", "stop"},
                            {"supplying", "supply"}, {"denies", "deny"},
                            {"fled", "flee"}, {"seized", "seize"}};
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
    const char *f = forms[i][0];
    uint32_t w = acta_intern_find(&d->words, f, strlen(f));
    uint32_t l = acta_verb_lemma(d, f, strlen(f), w, scratch);
    cr_assert_neq(l, ACTA_NO_WORD, "%s", f);
    cr_assert_str_eq(acta_intern_str(&d->words, l), forms[i][1]);
  }
  const char *nf[][2] = {{"policemen", "policeman"}, {"protesters", "protester"},
                         {"militias", "militia"}, {"countries", "country"}};
  for (size_t i = 0; i < sizeof nf / sizeof nf[0]; i++) {
    const char *f = nf[i][0];
    uint32_t w = acta_intern_find(&d->words, f, strlen(f));
    uint32_t l = acta_noun_lemma(d, f, strlen(f), w, scratch);
    cr_assert_neq(l, ACTA_NO_WORD, "%s", f);
    cr_assert_str_eq(acta_intern_str(&d->words, l), nf[i][1]);
  }
  acta_dict_free(d);
}

Test(dict, discards_and_lowercase_proper_names) {
  acta_dict_options o = {.data_dir = dir, .warn = warn};
  char err[512];
  acta_dict *d = acta_dict_load(&o, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  acta_coder *c = acta_coder_new(d);
  size_t n;
  const char *t1 = "French police attacked the striker after a penalty kick.";
  acta_article a = {.id = "t", .text = t1, .text_len = strlen(t1)};
  cr_assert_eq(acta_code_article(c, &a), 0);
  acta_events(c, &n);
  cr_assert_eq(n, 0);
  const char *t2 = "The Elysee attacked police in Paris.";
  a.text = t2;
  a.text_len = strlen(t2);
  cr_assert_eq(acta_code_article(c, &a), 0);
  const acta_event *ev = acta_events(c, &n);
  cr_assert_eq(n, 1);
  cr_assert_str_eq(ev[0].source.code, "FRAGOV");
  cr_assert_str_eq(ev[0].target.code, "FRACOP");
  acta_coder_free(c);
  acta_dict_free(d);
}
