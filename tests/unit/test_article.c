/* SPDX-License-Identifier: MIT */
/* test_article.c: what acta_code_article accepts (src/article_check.c) and
 * what a library caller reads back, with the bundled dictionaries: a date
 * that is not a real day is an error (it used to flow into event dates), an
 * article over the coder's limit is an error, and absolute dates date events
 * of an undated article. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "coder_fixture.h"


static const char police[] = "Police arrested protesters in Tehran on Wednesday.";

static int code_dated(const char *date) {
  acta_article a = {.id = "d", .date = date, .text = police, .text_len = sizeof police - 1};
  return acta_code_article(coder, &a);
}

TestSuite(article, .init = load_coder, .fini = free_coder);

Test(article, dates_the_library_refuses) {
  const char *bad[] = {"2022-13-45", "2022-02-31", "0000-01-01", "2022-10-27Tjunk",
                       "2022-10-2", "yesterday"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    cr_assert_eq(code_dated(bad[i]), -1, "%s accepted", bad[i]);
    cr_assert(strstr(acta_coder_error(coder), "is not a calendar date written YYYY-MM-DD"),
              "%s", acta_coder_error(coder));
    size_t n;
    acta_events(coder, &n);
    cr_assert_eq(n, 0);
  }
  /* a real day, and no date ("" or NULL) */
  cr_assert_eq(code_dated("2022-10-27"), 0, "%s", acta_coder_error(coder));
  size_t n;
  const acta_event *ev = acta_events(coder, &n);
  cr_assert_geq(n, 1);
  cr_assert_str_eq(ev[0].date, "2022-10-26");
  cr_assert_eq(code_dated(""), 0, "%s", acta_coder_error(coder));
  ev = acta_events(coder, &n);
  cr_assert_geq(n, 1);
  cr_assert_str_eq(ev[0].date, "");
  cr_assert_eq(code_dated(NULL), 0);
}

Test(article, absolute_dates_without_an_article_date) {
  const char t[] = "Police arrested protesters in Tehran on March 3, 2019.";
  acta_article a = {.id = "u", .text = t, .text_len = sizeof t - 1};
  cr_assert_eq(acta_code_article(coder, &a), 0);
  size_t n;
  const acta_event *ev = acta_events(coder, &n);
  cr_assert_geq(n, 1);
  cr_assert_str_eq(ev[0].date, "2019-03-03");
  cr_assert_str_eq(ev[0].date_precision, "day");
}

Test(article, size_limit) {
  cr_assert_eq(code_dated("2022-10-27"), 0); /* the default: 8 MiB */
  acta_coder_set_max_article_bytes(coder, 20);
  cr_assert_eq(code_dated("2022-10-27"), -1);
  cr_assert_str_eq(acta_coder_error(coder),
                   "article is 50 bytes, over the limit of 20 bytes per article");
  /* the parse counts too */
  acta_coder_set_max_article_bytes(coder, 60);
  acta_article a = {.id = "p", .text = police, .text_len = sizeof police - 1,
                    .parse = "(ROOT (S (NP (NNS Police))))", .parse_len = 28};
  cr_assert_eq(acta_code_article(coder, &a), -1);
  acta_coder_set_max_article_bytes(coder, 0); /* no limit */
  cr_assert_eq(acta_code_article(coder, &a), 0, "%s", acta_coder_error(coder));
}

Test(article, actor_text) {
  acta_article a = {.id = "t", .date = "2022-10-27", .text = police,
                    .text_len = sizeof police - 1};
  cr_assert_eq(acta_code_article(coder, &a), 0);
  size_t n, l;
  const acta_event *ev = acta_events(coder, &n);
  cr_assert_geq(n, 1);
  const char *s = acta_actor_text(&a, &ev[0].source, &l);
  cr_assert_eq(l, 6);
  cr_assert(memcmp(s, "Police", 6) == 0);
  s = acta_actor_text(&a, &ev[0].target, &l);
  cr_assert_eq(l, 10);
  cr_assert(memcmp(s, "protesters", 10) == 0);
}
