/* SPDX-License-Identifier: MIT */
/* input_text.c: whole-file reading and a line reader for arbitrarily long
 * lines (JSON-lines input of any record size, CRLF or LF), both with an
 * optional size limit beyond which nothing more is kept in memory. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"

static const char *display_name(const char *path) {
  return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

int acta_read_file(const char *path, char **data, size_t *len, char *err,
                   size_t errlen) {
  return acta_read_file_max(path, 0, data, len, err, errlen);
}

int acta_read_file_max(const char *path, size_t max, char **data, size_t *len,
                       char *err, size_t errlen) {
  *data = NULL;
  *len = 0;
  int is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
    return -1;
  }
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  if (!buf) abort();
  for (;;) {
    if (cap - n < 2) {
      cap *= 2;
      char *p = realloc(buf, cap);
      if (!p) abort();
      buf = p;
    }
    size_t want = cap - n - 1;
    if (max && want > max + 1 - n) want = max + 1 - n; /* one past: too big */
    size_t got = fread(buf + n, 1, want, f);
    n += got;
    if (got == 0 || (max && n > max)) break;
  }
  int failed = ferror(f);
  int saved = errno;
  if (!is_stdin) fclose(f);
  if (failed) {
    snprintf(err, errlen, "cannot read %s: %s", display_name(path),
             strerror(saved));
    free(buf);
    return -1;
  }
  if (max && n > max) {
    free(buf);
    *len = n;
    return 1;
  }
  buf[n] = '\0';
  *data = buf;
  *len = n;
  return 0;
}

void acta_line_reader_init(acta_line_reader *r, FILE *f) {
  memset(r, 0, sizeof *r);
  r->f = f;
  r->cap = 1 << 16;
  r->buf = malloc(r->cap);
  if (!r->buf) abort();
}

int acta_line_reader_open(acta_line_reader *r, const char *path, char *err,
                          size_t errlen) {
  int is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    memset(r, 0, sizeof *r);
    snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
    return -1;
  }
  acta_line_reader_init(r, f);
  r->own = !is_stdin;
  return 0;
}

int acta_line_reader_next(acta_line_reader *r, const char **line,
                          size_t *len) {
  for (;;) {
    char *nl = memchr(r->buf + r->scan, '\n', r->end - r->scan);
    if (r->skipping) {
      /* a line over max_line: count its bytes, keep none */
      size_t stop = nl ? (size_t)(nl - r->buf) : r->end;
      r->skipped += stop - r->start;
      r->bytes += stop - r->start + (nl ? 1 : 0);
      r->start = r->scan = nl ? stop + 1 : r->end;
      if (nl || r->eof) {
        r->skipping = 0;
        r->lineno++;
        *line = "";
        *len = r->skipped;
        return 2;
      }
    } else if (!nl && r->max_line && r->end - r->start > r->max_line) {
      r->skipping = 1;
      r->skipped = 0;
      continue;
    } else if (nl || (r->eof && r->start < r->end)) {
      size_t stop = nl ? (size_t)(nl - r->buf) : r->end;
      size_t n = stop - r->start;
      char *s = r->buf + r->start;
      r->bytes += n + (nl ? 1 : 0);
      if (n > 0 && s[n - 1] == '\r') n--;
      s[n] = '\0'; /* over the '\r' / '\n', or the spare byte at the end */
      r->start = r->scan = nl ? stop + 1 : r->end;
      r->lineno++;
      *line = s;
      *len = n;
      if (r->max_line && n > r->max_line) { /* came in whole in one read */
        *line = "";
        return 2;
      }
      return 1;
    }
    if (r->eof) return r->error ? -1 : 0;
    /* Need more bytes: compact, grow if the pending line fills the buffer. */
    if (r->start > 0) {
      memmove(r->buf, r->buf + r->start, r->end - r->start);
      r->end -= r->start;
      r->scan = r->end;
      r->start = 0;
    } else {
      r->scan = r->end;
    }
    if (r->cap - r->end < 4096) {
      r->cap *= 2;
      char *p = realloc(r->buf, r->cap);
      if (!p) abort();
      r->buf = p;
    }
    size_t got = fread(r->buf + r->end, 1, r->cap - r->end - 1, r->f);
    r->end += got;
    if (got == 0) {
      r->eof = 1;
      if (ferror(r->f)) r->error = 1;
    }
  }
}

void acta_line_reader_close(acta_line_reader *r) {
  if (r->own && r->f) fclose(r->f);
  free(r->buf);
  memset(r, 0, sizeof *r);
}
