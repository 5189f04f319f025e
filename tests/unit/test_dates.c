/* SPDX-License-Identifier: MIT */
/* test_dates.c: unit tests for src/dates.c (finding date expressions in
 * news sentences and resolving them against the article date). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "dict.h"

/* 2022-10-27 is a Thursday. */
#define THU "2022-10-27"

static acta_date_info info;

/* Runs acta_find_date over the whole of text; returns its result. */
static int find(const char *text, const char *art) {
  memset(&info, 0, sizeof info);
  return acta_find_date(text, 0, strlen(text), art, &info);
}

/* The matched span as a NUL-terminated copy. */
static const char *span(const char *text) {
  static char buf[256];
  size_t n = info.end - info.start;
  if (n >= sizeof buf) n = sizeof buf - 1;
  memcpy(buf, text + info.start, n);
  buf[n] = '\0';
  return buf;
}

/* Expects a date with the given precision and no range. */
#define DAY(text, art, want, prec)                                           \
  do {                                                                       \
    cr_assert_eq(find(text, art), 1, "no date in: %s", text);                \
    cr_assert_str_eq(info.date, want, "%s", text);                           \
    cr_assert_str_eq(info.precision, prec, "%s", text);                      \
  } while (0)

/* Expects a closed range [rs, re] (date = rs). */
#define RANGE(text, art, rs, re, prec)                                       \
  do {                                                                       \
    cr_assert_eq(find(text, art), 1, "no date in: %s", text);                \
    cr_assert_str_eq(info.date, rs, "%s", text);                             \
    cr_assert_str_eq(info.range_start, rs, "%s", text);                      \
    cr_assert_str_eq(info.range_end, re, "%s", text);                        \
    cr_assert_str_eq(info.precision, prec, "%s", text);                      \
  } while (0)

#define NONE(text, art) \
  cr_assert_eq(find(text, art), 0, "unexpected date in: %s", text)

/* ---- weekdays ----------------------------------------------------------- */

Test(dates, weekday_day_before) {
  const char *s = "Police fired tear gas at protesters in Tehran on Wednesday, "
                  "witnesses said.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "on Wednesday");
  cr_assert_str_eq(info.range_start, "");
  cr_assert_str_eq(info.range_end, "");
}

Test(dates, weekday_most_recent) {
  DAY("The talks collapsed on Friday.", THU, "2022-10-21", "day");
  DAY("Iran said on Thursday it would respond.", THU, "2022-10-27", "day");
  /* Monday article, "on Monday" = the same day */
  DAY("Troops crossed the border on Monday.", "2022-10-24", "2022-10-24",
      "day");
}

Test(dates, weekday_last) {
  const char *s = "The minister resigned last Wednesday.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "last Wednesday");
  DAY("He was arrested last Thursday.", THU, "2022-10-20", "day");
  DAY("Rebels attacked the town last Monday.", "2022-10-24", "2022-10-17",
      "day");
}

Test(dates, weekday_modifiers) {
  const char *s = "Gunmen opened fire late Wednesday near the market.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "late Wednesday");
  s = "The ministry said early on Monday that 12 people were detained.";
  DAY(s, THU, "2022-10-24", "day");
  cr_assert_str_eq(span(s), "early on Monday");
  s = "Clashes broke out Wednesday night in Kherson.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "Wednesday night");
}

Test(dates, weekday_with_calendar_date) {
  const char *s = "The vote was held on Wednesday, Oct. 26, in Kyiv.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "on Wednesday, Oct. 26");
}

/* ---- relative days ------------------------------------------------------ */

Test(dates, relative_days) {
  DAY("Protesters gathered yesterday outside parliament.", THU, "2022-10-26",
      "day");
  DAY("The president will visit Ankara today.", THU, "2022-10-27", "day");
  const char *s = "Rockets hit the city this morning, officials said.";
  DAY(s, THU, "2022-10-27", "day");
  cr_assert_str_eq(span(s), "this morning");
  s = "Two soldiers were killed last night.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "last night");
  s = "Police said the suspect had been seen the day before.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "the day before");
  DAY("Talks resumed the day before yesterday.", THU, "2022-10-25", "day");
}

Test(dates, ago) {
  const char *s = "The ceasefire collapsed two days ago.";
  DAY(s, THU, "2022-10-25", "day");
  cr_assert_str_eq(span(s), "two days ago");
  DAY("The envoy arrived a week ago.", THU, "2022-10-20", "week");
  DAY("He was released 3 days ago.", THU, "2022-10-24", "day");
  DAY("The embassy closed a month ago.", "2023-03-31", "2023-02-28", "month");
}

/* ---- periods ------------------------------------------------------------ */

Test(dates, weeks_and_months) {
  const char *s = "Sanctions were imposed last week.";
  RANGE(s, THU, "2022-10-17", "2022-10-23", "week");
  cr_assert_str_eq(span(s), "last week");
  RANGE("Talks are planned this week.", THU, "2022-10-24", "2022-10-30",
        "week");
  RANGE("Inflation rose last month.", THU, "2022-09-01", "2022-09-30",
        "month");
  s = "The ministry said earlier this month it would act.";
  RANGE(s, THU, "2022-10-01", "2022-10-27", "month");
  cr_assert_str_eq(span(s), "earlier this month");
  s = "Strikes spread late last month.";
  RANGE(s, THU, "2022-09-21", "2022-09-30", "month");
  cr_assert_str_eq(span(s), "late last month");
  RANGE("Hundreds were detained over the weekend.", THU, "2022-10-22",
        "2022-10-23", "day");
}

Test(dates, month_and_year) {
  const char *s = "Protests began in October after her death.";
  RANGE(s, THU, "2022-10-01", "2022-10-31", "month");
  cr_assert_str_eq(span(s), "in October");
  /* the most recent November not after the article month: last year's */
  RANGE("Elections were held in November.", THU, "2021-11-01", "2021-11-30",
        "month");
  s = "The deal was signed in 2019.";
  RANGE(s, THU, "2019-01-01", "2019-12-31", "year");
  cr_assert_str_eq(span(s), "in 2019");
  RANGE("Unrest flared in late October 2021.", THU, "2021-10-21",
        "2021-10-31", "month");
}

Test(dates, trailing_ranges) {
  const char *s = "At least 40 people have died over the past two weeks.";
  RANGE(s, THU, "2022-10-13", "2022-10-27", "week");
  cr_assert_str_eq(span(s), "over the past two weeks");
  RANGE("Police arrested 200 people in the past three days.", THU,
        "2022-10-24", "2022-10-27", "day");
  RANGE("Shelling intensified during the last 10 days.", THU, "2022-10-17",
        "2022-10-27", "day");
  RANGE("Prices doubled in the past week.", THU, "2022-10-20", "2022-10-27",
        "week");
  RANGE("Two were killed in the last 24 hours.", THU, "2022-10-26",
        "2022-10-27", "day");
  /* "the last week of" is neither a trailing range nor last week */
  const char *t = "It ended in the last week of October.";
  RANGE(t, THU, "2022-10-01", "2022-10-31", "month");
  cr_assert_str_eq(span(t), "October");
}

Test(dates, since) {
  const char *s = "Protests have continued since mid-September.";
  cr_assert_eq(find(s, THU), 1);
  cr_assert_str_eq(info.date, "2022-09-15");
  cr_assert_str_eq(info.range_start, "2022-09-15");
  cr_assert_str_eq(info.range_end, "");
  cr_assert_str_eq(info.precision, "month");
  cr_assert_str_eq(span(s), "since mid-September");

  cr_assert_eq(find("He has been held since September 16.", THU), 1);
  cr_assert_str_eq(info.range_start, "2022-09-16");
  cr_assert_str_eq(info.range_end, "");
  cr_assert_str_eq(info.precision, "day");

  cr_assert_eq(find("Fighting has raged since early October.", THU), 1);
  cr_assert_str_eq(info.range_start, "2022-10-01");
  cr_assert_str_eq(info.range_end, "");
  cr_assert_str_eq(info.precision, "month");

  cr_assert_eq(find("Sanctions in force since 2019 were extended.", THU), 1);
  cr_assert_str_eq(info.range_start, "2019-01-01");
  cr_assert_str_eq(info.precision, "year");
}

/* ---- calendar dates ------------------------------------------------------ */

Test(dates, month_day_forms) {
  const char *s = "Security forces raided the campus on Oct. 26.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "on Oct. 26");
  DAY("The rally planned for Oct 26 was cancelled.", THU, "2022-10-26", "day");
  DAY("October 26 marked 40 days since her death.", THU, "2022-10-26", "day");
  s = "Mourners gathered on 26 October in Saqqez.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "on 26 October");
  DAY("The strike began Sept. 3 at the port.", THU, "2022-09-03", "day");
  s = "The strike began Sep 3rd at the port.";
  DAY(s, THU, "2022-09-03", "day");
  cr_assert_str_eq(span(s), "Sep 3rd");
  DAY("He was detained on the 5th of July.", THU, "2022-07-05", "day");
  RANGE("Talks were held October 24-25 in Doha.", THU, "2022-10-24",
        "2022-10-25", "day");
}

Test(dates, explicit_years) {
  const char *s = "The verdict came on 26 October 2022, the court said.";
  DAY(s, "2023-05-01", "2022-10-26", "day");
  cr_assert_str_eq(span(s), "on 26 October 2022");
  s = "Washington imposed sanctions on October 26, 2021, officials said.";
  DAY(s, THU, "2021-10-26", "day");
  cr_assert_str_eq(span(s), "on October 26, 2021");
  s = "According to a statement dated 2022-10-26, the ministry agreed.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "2022-10-26");
  s = "The order, timestamped 2022-10-26T10:00Z, was leaked.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "2022-10-26");
  NONE("The file 2022-13-26 is corrupt.", THU);
  /* "2021" after "October 26," but the next number is not a year */
  DAY("On October 26, 20 people were killed.", THU, "2022-10-26", "day");
}

/* ---- boundaries --------------------------------------------------------- */

Test(dates, year_boundary) {
  /* 2023-01-03 is a Tuesday */
  DAY("Police detained him on Dec. 30.", "2023-01-03", "2022-12-30", "day");
  DAY("Officials met yesterday.", "2023-01-03", "2023-01-02", "day");
  RANGE("Talks stalled last week.", "2023-01-03", "2022-12-26", "2023-01-01",
        "week");
  RANGE("Exports fell last month.", "2023-01-03", "2022-12-01", "2022-12-31",
        "month");
  /* 2023-01-01 is a Sunday */
  DAY("The blast happened on Saturday.", "2023-01-01", "2022-12-31", "day");
  DAY("The fire started yesterday.", "2023-01-01", "2022-12-31", "day");
  RANGE("Riots erupted in December.", "2023-01-01", "2022-12-01", "2022-12-31",
        "month");
  RANGE("It rose in the past three days.", "2023-01-01", "2022-12-29",
        "2023-01-01", "day");
}

Test(dates, leap_years) {
  DAY("Troops withdrew yesterday.", "2024-03-01", "2024-02-29", "day");
  DAY("Troops withdrew two days ago.", "2024-03-01", "2024-02-28", "day");
  DAY("Troops withdrew yesterday.", "2023-03-01", "2023-02-28", "day");
  DAY("Troops withdrew yesterday.", "2000-03-01", "2000-02-29", "day");
  DAY("Troops withdrew yesterday.", "1900-03-01", "1900-02-28", "day");
  /* no Feb. 29 in 2025: the most recent one */
  DAY("He was sentenced on Feb. 29.", "2025-03-01", "2024-02-29", "day");
  DAY("He was sentenced on Feb. 29.", "2024-02-29", "2024-02-29", "day");
  RANGE("Inflation rose last month.", "2024-03-31", "2024-02-01", "2024-02-29",
        "month");
  RANGE("Strikes spread in late February.", "2024-03-05", "2024-02-21",
        "2024-02-29", "month");
  NONE("He was sentenced on Feb. 30.", THU);
  NONE("He was sentenced on Feb. 29, 2023.", THU);
}

/* ---- not dates ---------------------------------------------------------- */

Test(dates, negatives) {
  NONE("Security forces killed 26 people in 12 cities.", THU);
  NONE("Iran said it complied with Resolution 2231.", THU);
  NONE("The anniversary of the October Revolution passed quietly.", THU);
  NONE("She defended the Good Friday Agreement.", THU);
  NONE("Prime Minister Theresa May said talks would continue.", THU);
  NONE("The report was published by USA Today.", THU);
  NONE("Talks stalled the day before the vote.", THU);
  NONE("Protesters may march 5 km to the square.", THU);
  NONE("The Sunday Times reported the leak.", THU);
  NONE("It was the last time he spoke.", THU);
  NONE("He served 2019 days in prison.", THU);
  NONE("", THU);
  NONE("He flew to Mar-a-Lago in Oct to meet donors.", THU);
  NONE("The 2019 election was disputed.", THU);
  /* Resolution 2231 is skipped, the year after it is found */
  const char *s = "Under Resolution 2231, adopted in 2015, sanctions ended.";
  cr_assert_eq(find(s, THU), 1);
  cr_assert_str_eq(span(s), "in 2015");
  /* Theresa May skipped, Monday found */
  DAY("Theresa May spoke on Monday.", THU, "2022-10-24", "day");
}

Test(dates, invalid_article_date_and_untouched_out) {
  acta_date_info o;
  memset(&o, 0x5a, sizeof o);
  acta_date_info copy = o;
  const char *s = "Police fired on Wednesday.";
  cr_assert_eq(acta_find_date(s, 0, strlen(s), "2022-13-01", &o), 0);
  cr_assert_eq(acta_find_date(s, 0, strlen(s), "2022-02-30", &o), 0);
  cr_assert_eq(acta_find_date(s, 0, strlen(s), "20221027", &o), 0);
  cr_assert_eq(acta_find_date(s, 0, strlen(s), "2022-10-27x", &o), 0);
  cr_assert_eq(acta_find_date(s, 0, strlen(s), NULL, &o), 0);
  cr_assert_eq(acta_find_date("No date here.", 0, 13, THU, &o), 0);
  cr_assert_eq(memcmp(&o, &copy, sizeof o), 0, "out must be untouched");
}

/* ---- spans, offsets, UTF-8 -------------------------------------------- */

Test(dates, start_offset_and_end_limit) {
  const char *s = "On Monday police raided homes. On Tuesday they left.";
  size_t second = (size_t)(strstr(s, "On Tuesday") - s);
  cr_assert_eq(acta_find_date(s, 5, strlen(s), THU, &info), 1);
  cr_assert_eq(info.start, second);
  cr_assert_eq(info.end, second + strlen("On Tuesday"));
  cr_assert_str_eq(info.date, "2022-10-25");
  /* the span [0, 2) holds only "On" */
  cr_assert_eq(acta_find_date(s, 0, 2, THU, &info), 0);
  /* the end cuts "Monday" to "Mon": no weekday */
  cr_assert_eq(acta_find_date(s, 0, 6, THU, &info), 0);
}

Test(dates, utf8_text) {
  /* curly apostrophe, em dash, no-break space */
  const char *s = "Iran\xe2\x80\x99s police \xe2\x80\x94 on "
                  "Sunday\xe2\x80\x99s march \xe2\x80\x94 fired.";
  DAY(s, THU, "2022-10-23", "day");
  cr_assert_str_eq(span(s), "on Sunday");
  cr_assert_eq(info.start, (size_t)(strstr(s, "on Sunday") - s));
  s = "Caf\xc3\xa9 owners struck on Oct.\xc2\xa0" "26 in Montr\xc3\xa9" "al.";
  DAY(s, THU, "2022-10-26", "day");
  cr_assert_str_eq(span(s), "on Oct.\xc2\xa0" "26");
  s = "Talks ran October 24\xe2\x80\x93" "25.";
  RANGE(s, THU, "2022-10-24", "2022-10-25", "day");
  cr_assert_str_eq(span(s), "October 24\xe2\x80\x93" "25");
}

Test(dates, more_forms) {
  RANGE("Talks resumed next week.", THU, "2022-10-31", "2022-11-06", "week");
  RANGE("It happened last October.", THU, "2021-10-01", "2021-10-31",
        "month");
  const char *s = "Rebels seized it at the end of October.";
  RANGE(s, THU, "2022-10-21", "2022-10-31", "month");
  cr_assert_str_eq(span(s), "at the end of October");
  RANGE("The war began in early 2020.", THU, "2020-01-01", "2020-04-30",
        "year");
  DAY("Strikes peaked in mid-October.", THU, "2022-10-15", "month");
  RANGE("Officials met earlier this week.", THU, "2022-10-24", "2022-10-27",
        "week");
  DAY("The blast struck three weeks ago.", THU, "2022-10-06", "week");
  RANGE("He spoke in June 2019 in Hanoi.", THU, "2019-06-01", "2019-06-30",
        "month");
  DAY("Ministers met the previous day.", THU, "2022-10-26", "day");
  DAY("Elections are due next Monday.", THU, "2022-10-31", "day");
}

Test(dates, case_insensitive) {
  DAY("POLICE OPENED FIRE ON WEDNESDAY", THU, "2022-10-26", "day");
  DAY("talks resume oct. 26", THU, "2022-10-26", "day");
  RANGE("SANCTIONS IMPOSED LAST WEEK", THU, "2022-10-17", "2022-10-23",
        "week");
}

/* 4 MB: about 2.5 s of CPU under ASan; the wall-clock timeout leaves room
 * for a loaded machine (10 s timed out under `make check -j2` beside other
 * builds) and still stops a quadratic scan, which would take hours. */
Test(dates, long_input_is_linear, .timeout = 60) {
  size_t n = 4u << 20;
  char *big = malloc(n + 32);
  cr_assert_not_null(big);
  for (size_t i = 0; i < n; i += 2) {
    big[i] = (i / 2) % 7 == 0 ? '7' : 'a';
    big[i + 1] = (i / 2) % 11 == 0 ? '-' : ' ';
  }
  memcpy(big + n, " on Wednesday", 14);
  cr_assert_eq(acta_find_date(big, 0, n + 13, THU, &info), 1);
  cr_assert_eq(info.start, n + 1);
  cr_assert_str_eq(info.date, "2022-10-26");
  free(big);
}

/* ---- no article date (issue 17: absolute dates were dropped) ----------- */

Test(dates, absolute_without_article_date) {
  DAY("Police arrested them on March 3, 2019.", NULL, "2019-03-03", "day");
  DAY("Police arrested them on 3 March 2019.", "", "2019-03-03", "day");
  DAY("The raid took place on Wednesday, Oct. 26, 2022.", NULL, "2022-10-26", "day");
  DAY("Thousands marched in 2019.", NULL, "2019-01-01", "year");
  cr_assert_str_eq(span("Thousands marched in 2019."), "in 2019");
  RANGE("Protests have gone on since March 2019 and until May 2019.", NULL,
        "2019-03-01", "", "month");
}

Test(dates, relative_needs_article_date) {
  NONE("Police arrested them on Wednesday.", NULL);
  NONE("Police arrested them last week.", NULL);
  NONE("Police arrested them on March 3.", NULL);
  NONE("Police arrested them two days ago.", NULL);
  NONE("Police arrested them yesterday.", "");
  NONE("Protests have gone on for the past two weeks.", NULL);
  /* a relative expression first, an absolute one after: the absolute one */
  DAY("On Wednesday they recalled the raid of March 3, 2019.", NULL, "2019-03-03", "day");
  cr_assert_str_eq(span("On Wednesday they recalled the raid of March 3, 2019."),
                   "March 3, 2019");
}

/* An article date must be a real calendar day, in the library too. */
Test(dates, article_date_must_be_real) {
  cr_assert(acta_valid_date("2022-10-27", 10));
  cr_assert(acta_valid_date("2024-02-29", 10));
  cr_assert(acta_valid_date("9999-12-31", 10));
  cr_assert(acta_valid_date("0001-01-01", 10));
  cr_assert(!acta_valid_date("2022-13-45", 10));
  cr_assert(!acta_valid_date("2022-02-31", 10));
  cr_assert(!acta_valid_date("2023-02-29", 10));
  cr_assert(!acta_valid_date("0000-01-01", 10));
  cr_assert(!acta_valid_date("2022-10-27Tjunk", 15));
  cr_assert(!acta_valid_date("2022-1-27", 9));
  NONE("on Wednesday", "2022-13-45");
  NONE("on Wednesday", "2022-02-31");
  NONE("on Wednesday", "0000-01-01");
  NONE("on Wednesday", "2022-10-27Tjunk");
}

/* The coder's call: the token range of one sentence inside an article;
 * the span is the article's byte offsets, and glued tokens
 * ("mid-September", "Oct.") are read as the stage's own words. */
Test(dates, token_range_of_one_sentence) {
  const char *s = "Talks resumed on Oct. 26. Protests have spread since "
                  "mid-September, officials said.";
  acta_tokens t;
  acta_tokens_init(&t);
  acta_tokenize(NULL, s, strlen(s), &t);
  acta_sentence *sents = NULL;
  size_t cap = 0;
  cr_assert_eq(acta_split_sentences(NULL, &t, &sents, &cap), 2);
  memset(&info, 0, sizeof info);
  cr_assert_eq(acta_find_date_tokens(s, &t, sents[1].first, sents[1].last,
                                     THU, &info), 1);
  cr_expect_str_eq(span(s), "since mid-September");
  cr_expect_str_eq(info.range_start, "2022-09-15");
  memset(&info, 0, sizeof info);
  cr_assert_eq(acta_find_date_tokens(s, &t, sents[0].first, sents[0].last,
                                     THU, &info), 1);
  cr_expect_str_eq(span(s), "on Oct. 26");
  cr_expect_str_eq(info.date, "2022-10-26");
  free(sents);
  acta_tokens_free(&t);
}

/* speed15: a sentence with no digit and no weekday, month, unit or part of
 * the day is passed over before the patterns run; a word inside a token
 * the stage reads from its bytes ("mid-September", "Monday’s", "year-end")
 * still counts, and one of other words or after letters outside ASCII
 * does not hide it. */
Test(dates, prefilter_reads_words_inside_tokens) {
  DAY("Monday’s raid in Cúcuta left two dead.", THU, "2022-10-24", "day");
  DAY("Officials in Bogotá met on Tuesday’s eve.", THU, "2022-10-25", "day");
  RANGE("Attacks rose in the past week-long push.", THU, "2022-10-20",
        "2022-10-27", "week");
  DAY("The raid came late last night in Medellín.", THU, "2022-10-26", "day");
  NONE("Police said the so-called gang's leader fled to José's farm.", THU);
  NONE("The army's anti-drug unit, led by Peña, raided the camp.", THU);
}
