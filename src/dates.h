/* SPDX-License-Identifier: MIT */
/* dates.h: finds the first date expression in a span of English news text
 * ("on Wednesday", "Oct. 26", "last week", "since mid-September", "two
 * days ago" ...) and resolves it against the article's date.  Reads the
 * coder's tokens; pure calendar arithmetic, no locale, no time functions,
 * no allocation, no global state (safe from any number of threads). */
#ifndef ACTA_DATES_H
#define ACTA_DATES_H
#include <stddef.h>
#include <stdint.h>

typedef struct acta_date_info {
  char date[11];          /* resolved "YYYY-MM-DD" (start of a range) */
  char precision[6];      /* "day", "week", "month", "year" */
  char range_start[11];   /* "" unless the expression is a range or a start */
  char range_end[11];     /* "" unless a closed range */
  size_t start, end;      /* byte span of the expression in the text */
} acta_date_info;

/* Non-zero if s[0..n) is a real calendar day (years 1 to 9999) written
 * YYYY-MM-DD. */
int acta_valid_date(const char *s, size_t n);

struct acta_tokens;

/* Finds the first date expression in tokens [first, last) of toks (one
 * sentence; the tokens of `text`, see dict.h) and resolves it against the
 * article date ("YYYY-MM-DD"). Returns 1 if found, 0 if not (out untouched)
 * or if article_date is invalid. Linear in the tokens' length.
 * With no article date (NULL or ""), only an expression that needs none is
 * found ("on March 3, 2019", "in 2019"; not "on Wednesday", "March 3").
 *
 * Matching is case-insensitive ASCII over UTF-8 text (curly quotes, Unicode
 * dashes and no-break spaces are understood as punctuation/space); the byte
 * span covers every word the match consumed, including a leading "on", "in",
 * "during", "since", "over", "at" and modifiers ("late", "last" ...).
 * Expressions without a year are taken as past: the most recent such day,
 * month or weekday on or before the article date.  "since X" yields
 * range_start = X with an empty range_end; "the past N days" yields the range
 * [article - N, article]. */
int acta_find_date_tokens(const char *text, const struct acta_tokens *toks,
                          uint32_t first, uint32_t last,
                          const char *article_date, acta_date_info *out);

/* The same over text[start, end), which it tokenizes first (allocating):
 * for callers without tokens (the tests). */
int acta_find_date(const char *text, size_t start, size_t end,
                   const char *article_date, acta_date_info *out);

#endif
