/* SPDX-License-Identifier: MIT */
/* input_tabari.c: TABARI's text record format (tabari.h): a date/id line,
 * text lines, a blank line; the record's comment kept apart for `acta
 * validate FILE.project`.  One pass over the data, each byte looked at a
 * bounded number of times. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dates.h"
#include "tabari.h"

struct tabari_text {
  const char *data, *name;
  size_t len, pos;
  long line;     /* lines consumed so far */
  int yyyy;
  acta_buf text, comment, id;
};

tabari_text *tabari_text_open(const char *data, size_t len, const char *name) {
  tabari_text *t = calloc(1, sizeof *t);
  if (!t) abort();
  t->data = data;
  t->len = len;
  t->name = name ? name : "<text>";
  acta_buf_init(&t->text);
  acta_buf_init(&t->comment);
  acta_buf_init(&t->id);
  /* a UTF-8 byte order mark */
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) t->pos = 3;
  return t;
}

void tabari_text_set_yyyy(tabari_text *t, int yyyy) { t->yyyy = yyyy; }

void tabari_text_free(tabari_text *t) {
  if (!t) return;
  acta_buf_free(&t->text);
  acta_buf_free(&t->comment);
  acta_buf_free(&t->id);
  free(t);
}

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

int tabari_next_line(const char *data, size_t len, size_t *pos,
                     const char **s, size_t *n) {
  if (*pos >= len) return 0;
  const char *p = data + *pos;
  const char *nl = memchr(p, '\n', len - *pos);
  size_t l = nl ? (size_t)(nl - p) : len - *pos;
  *pos += l + (nl ? 1 : 0);
  while (l && p[l - 1] == '\r') l--;
  *s = p;
  *n = l;
  return 1;
}

static int next_line(tabari_text *t, const char **s, size_t *n) {
  if (!tabari_next_line(t->data, t->len, &t->pos, s, n)) return 0;
  t->line++;
  return 1;
}

static int blank_line(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!is_space(s[i])) return 0;
  return 1;
}

int tabari_date_iso(const char *d, int yyyy, char out[11]) {
  size_t n = strlen(d);
  out[0] = '\0';
  for (size_t i = 0; i < n; i++)
    if (!is_digit(d[i])) return -1;
  char buf[11];
  if (n == 8) {
    snprintf(buf, sizeof buf, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
  } else if (n == 6 && !yyyy) {
    int yy = (d[0] - '0') * 10 + (d[1] - '0');
    snprintf(buf, sizeof buf, "%s%.2s-%.2s-%.2s", yy <= 30 ? "20" : "19", d,
             d + 2, d + 4);
  } else {
    return -1;
  }
  if (!acta_valid_date(buf, 10)) return -1;
  memcpy(out, buf, 11);
  return 0;
}

/* Appends the words of s[0..n) to b, blank-separated, without the display
 * breaks "\n". */
static void put_words(acta_buf *b, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    while (i < n && is_space(s[i])) i++;
    size_t st = i;
    while (i < n && !is_space(s[i])) i++;
    const char *w = s + st;
    size_t wl = i - st;
    while (wl >= 2 && w[0] == '\\' && w[1] == 'n') { w += 2; wl -= 2; }
    if (!wl) continue;
    if (b->len) acta_buf_putc(b, ' ');
    acta_buf_put(b, w, wl);
  }
}

/* Finds "ab" in s[0..n): its offset, or n. */
static size_t find2(const char *s, size_t n, char a, char b) {
  for (size_t i = 0; i + 1 < n; i++)
    if (s[i] == a && s[i + 1] == b) return i;
  return n;
}

int tabari_text_next(tabari_text *t, tabari_record *rec, char *err,
                     size_t errlen) {
  const char *s;
  size_t n;
  memset(rec, 0, sizeof *rec);
  /* skip blank lines and comment blocks to a line that starts with a digit
   * after a blank line */
  int after_blank = 1;
  for (;;) {
    if (!next_line(t, &s, &n)) return 0;
    if (blank_line(s, n)) { after_blank = 1; continue; }
    if (after_blank && is_digit(s[0])) break;
    after_blank = 0;
  }
  rec->line = t->line;
  size_t i = 0;
  while (i < n && is_digit(s[i])) i++;
  int rc = 1;
  if (i < sizeof rec->date) {
    memcpy(rec->date, s, i);
    rec->date[i] = '\0';
  }
  int bad_date = i >= sizeof rec->date || (i < n && !is_space(s[i])) ||
                 tabari_date_iso(rec->date, t->yyyy, rec->date_iso) != 0;
  if (bad_date) {
    size_t dl = i;
    while (dl < n && !is_space(s[dl])) dl++;
    /* TABARI reads the first six characters (eight with YYYY) as the date
     * whatever follows: "9501201" is 950120 */
    size_t w = t->yyyy ? 8 : 6;
    char head[9];
    rec->date_iso[0] = '\0';
    if (i > w && i < sizeof rec->date) {
      memcpy(head, s, w);
      head[w] = '\0';
      if (tabari_date_iso(head, t->yyyy, rec->date_iso) != 0) rec->date_iso[0] = '\0';
    }
    snprintf(err, errlen, "%s:%ld: the date '%.*s' is not %s%s%s", t->name,
             rec->line, (int)(dl > 40 ? 40 : dl), s,
             t->yyyy ? "YYYYMMDD (SET: YYYY = TRUE)" : "YYMMDD or YYYYMMDD",
             rec->date_iso[0] ? "; its first digits are read, as TABARI does: " : "",
             rec->date_iso);
    rc = 2;
    i = dl;
  }
  while (i < n && is_space(s[i])) i++;
  size_t st = i;
  while (i < n && !is_space(s[i])) i++;
  acta_buf_clear(&t->id);
  acta_buf_put(&t->id, s + st, i - st);
  rec->id = acta_buf_cstr(&t->id);
  /* text lines, then the comment, to a blank line */
  acta_buf_clear(&t->text);
  acta_buf_clear(&t->comment);
  int in_comment = 0, comment_closed = 0;
  while (next_line(t, &s, &n) && !blank_line(s, n)) {
    size_t k = 0;
    if (!in_comment && !comment_closed) {
      size_t open = find2(s, n, '/', '*');
      put_words(&t->text, s, open);
      if (open == n) continue;
      in_comment = 1;
      rec->comment_line = t->line;
      k = open + 2;
    }
    if (in_comment) {
      size_t close = find2(s + k, n - k, '*', '/');
      if (t->comment.len) acta_buf_putc(&t->comment, '\n');
      acta_buf_put(&t->comment, s + k, close);
      if (close < n - k) { in_comment = 0; comment_closed = 1; }
    }
  }
  rec->text = acta_buf_cstr(&t->text);
  rec->text_len = t->text.len;
  rec->comment = acta_buf_cstr(&t->comment);
  return rc;
}
