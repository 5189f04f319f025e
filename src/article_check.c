/* SPDX-License-Identifier: MIT */
/* article_check.c: what acta_code_article accepts before coding anything:
 * text that is there, valid UTF-8 without NUL bytes and within the coder's
 * size limit (acta_coder_set_max_article_bytes), and a date that is a real
 * calendar day or none.  A library caller's bad date ("2022-13-45") is an
 * error here rather than a wrong event date later.  Reads the article;
 * writes the coder's error message. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "coder.h"
#include "coder_internal.h"
#include "dates.h"
#include "dict.h"
#include "input.h"

void acta_coder_set_max_article_bytes(acta_coder *c, size_t max_bytes) {
  c->max_article_bytes = max_bytes;
  c->max_article_bytes_set = 1;
}

void acta_coder_text_valid(acta_coder *c, const char *text, size_t len) {
  c->valid_text = text;
  c->valid_len = len;
}

int acta_article_check(acta_coder *c, const acta_article *a) {
  /* speed35f: a text the reader checked (acta_coder_text_valid), for this
   * article only */
  int valid = a && a->text && a->text == c->valid_text && a->text_len == c->valid_len;
  c->valid_text = NULL;
  if (!a || !a->text) {
    snprintf(c->error, sizeof c->error, "article has no text");
    return -1;
  }
  size_t limit = c->max_article_bytes_set ? c->max_article_bytes
                                          : ACTA_DEFAULT_MAX_ARTICLE_BYTES;
  size_t size = a->text_len + (a->parse ? a->parse_len : 0);
  if (limit && size > limit) {
    snprintf(c->error, sizeof c->error,
             "article is %zu bytes, over the limit of %zu bytes per article",
             size, limit);
    return -1;
  }
  if (a->text_len > UINT32_MAX / 2) {
    snprintf(c->error, sizeof c->error, "text is too long (%zu bytes)", a->text_len);
    return -1;
  }
  long bad = valid ? -1 : acta_utf8_invalid_at(a->text, a->text_len);
  if (bad >= 0) {
    if (a->text[bad] == '\0')
      snprintf(c->error, sizeof c->error, "text contains a NUL byte (byte %ld)", bad);
    else
      snprintf(c->error, sizeof c->error, "text is not valid UTF-8 (byte %ld)", bad);
    return -1;
  }
  /* speed32d: the date of the last article coded, which passed here
   * (code.c keeps it in w->date_str, empty for none), is not checked
   * again: the sentences or articles of a feed mostly share theirs */
  size_t dn = a->date ? strlen(a->date) : 0;
  if (dn && !(dn == 10 && !memcmp(a->date, c->work->date_str, 10)) &&
      !acta_valid_date(a->date, dn)) {
    /* shown up to 24 bytes; the renderers make any bytes valid JSON */
    snprintf(c->error, sizeof c->error,
             "article date \"%.24s%s\" is not a calendar date written YYYY-MM-DD",
             a->date, dn > 24 ? "..." : "");
    return -1;
  }
  return 0;
}
