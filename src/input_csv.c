/* SPDX-License-Identifier: MIT */
/* input_csv.c: CSV articles (RFC 4180, as spreadsheets and Python's csv
 * write them): a header record names the columns, each later record is one
 * article.  Fields are separated by commas; a field in double quotes may
 * hold commas, line breaks and quotes written twice ("").  One pass over
 * the bytes with four states, reading lines from an acta_line_reader (so a
 * record is bounded by max_bytes), and each record turned into the JSON
 * line the JSON-lines reader takes.  Reads the input; writes the fields and
 * that JSON. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "input.h"

enum { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED };

void acta_csv_init(acta_csv_reader *r, acta_line_reader *lr, size_t max_bytes) {
  memset(r, 0, sizeof *r);
  r->lr = lr;
  r->max_bytes = max_bytes;
}

void acta_csv_free(acta_csv_reader *r) {
  free(r->val);
  free(r->fstart);
  free(r->flen);
  memset(r, 0, sizeof *r);
}

static void put_byte(acta_csv_reader *r, char c) {
  if (r->val_len + 1 >= r->val_cap) {
    r->val_cap = r->val_cap ? r->val_cap * 2 : 256;
    r->val = realloc(r->val, r->val_cap);
    if (!r->val) abort();
  }
  r->val[r->val_len++] = c;
}

static void start_field(acta_csv_reader *r) {
  if (r->nfields == r->cap_fields) {
    r->cap_fields = r->cap_fields ? r->cap_fields * 2 : 16;
    r->fstart = realloc(r->fstart, r->cap_fields * sizeof *r->fstart);
    r->flen = realloc(r->flen, r->cap_fields * sizeof *r->flen);
    if (!r->fstart || !r->flen) abort();
  }
  r->fstart[r->nfields] = r->val_len;
  r->flen[r->nfields] = 0;
  r->nfields++;
}

static void end_field(acta_csv_reader *r) {
  size_t i = r->nfields - 1;
  r->flen[i] = r->val_len - r->fstart[i];
  put_byte(r, '\0');
}

int acta_csv_next(acta_csv_reader *r, char *err, size_t errlen) {
  if (r->ended) return 0;
  r->nfields = 0;
  r->val_len = 0;
  int state = FIELD_START, bad = 0;
  size_t bytes = 0;
  long quote_line = 0;
  for (;;) {
    const char *line;
    size_t len;
    int got = acta_line_reader_next(r->lr, &line, &len);
    if (got < 0) return -1;
    if (got == 0) {
      if (r->nfields == 0 && state == FIELD_START) return 0;
      /* the input ended inside quotes */
      snprintf(err, errlen, "a quoted field opened on line %ld is never closed",
               quote_line);
      r->ended = 1;
      return 2;
    }
    if (r->nfields == 0 && state == FIELD_START) {
      r->line = r->lr->lineno;
      if (got == 1 && r->line == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
        line += 3; /* UTF-8 byte order mark */
        len -= 3;
      }
    }
    bytes += len + 1;
    if (got == 2 || (r->max_bytes && bytes > r->max_bytes)) {
      snprintf(err, errlen, "record is over the limit of %zu bytes",
               r->max_bytes);
      if (state == QUOTED) {
        /* where it ends cannot be told: nothing after it can be read */
        snprintf(err, errlen, "record is over the limit of %zu bytes (a "
                 "quoted field opened on line %ld; the rest of the input is "
                 "not read)", r->max_bytes, quote_line);
        r->ended = 1;
      }
      return 2;
    }
    if (state == QUOTED) put_byte(r, '\n'); /* a line break inside quotes */
    else start_field(r);
    for (size_t i = 0; i < len; i++) {
      char c = line[i];
      switch (state) {
        case FIELD_START:
          if (c == '"') {
            state = QUOTED;
            quote_line = r->lr->lineno;
          } else if (c == ',') {
            end_field(r);
            start_field(r);
          } else {
            put_byte(r, c);
            state = UNQUOTED;
          }
          break;
        case UNQUOTED:
          if (c == ',') {
            end_field(r);
            start_field(r);
            state = FIELD_START;
          } else {
            put_byte(r, c); /* a quote inside an unquoted field is kept */
          }
          break;
        case QUOTED:
          if (c == '"') state = QUOTE_IN_QUOTED;
          else put_byte(r, c);
          break;
        case QUOTE_IN_QUOTED:
          if (c == '"') {
            put_byte(r, '"');
            state = QUOTED;
          } else if (c == ',') {
            end_field(r);
            start_field(r);
            state = FIELD_START;
          } else {
            if (!bad)
              snprintf(err, errlen, "text after the closing quote of field %zu",
                       r->nfields);
            bad = 1;
            put_byte(r, c);
            state = UNQUOTED;
          }
          break;
      }
    }
    if (state != QUOTED) {
      end_field(r);
      return bad ? 2 : 1;
    }
  }
}

/* Column i's name equals name. */
static int column_is(const acta_csv_reader *r, size_t i, const char *name) {
  size_t n = strlen(name);
  return r->flen[i] == n && memcmp(r->val + r->fstart[i], name, n) == 0;
}

int acta_csv_header(const acta_csv_reader *r, const acta_jsonl_fields *names,
                    acta_csv_columns *cols, char *err, size_t errlen) {
  const char *want[7] = {names && names->id ? names->id : "id",
                         names && names->text ? names->text : "text",
                         names && names->date ? names->date : "date",
                         "publisher", "url", "title", "parse"};
  long *slot[7] = {&cols->id, &cols->text, &cols->date, &cols->publisher,
                   &cols->url, &cols->title, &cols->parse};
  for (int k = 0; k < 7; k++) {
    *slot[k] = -1;
    for (size_t i = 0; i < r->nfields && *slot[k] < 0; i++)
      if (column_is(r, i, want[k])) *slot[k] = (long)i;
  }
  cols->ncolumns = r->nfields;
  if (cols->text >= 0) return 0;
  size_t n = (size_t)snprintf(err, errlen,
                              "the header has no \"%.64s\" column (choose "
                              "one with --text-field):", want[1]);
  for (size_t i = 0; i < r->nfields && n < errlen; i++)
    n += (size_t)snprintf(err + n, errlen - n, "%s \"%.40s\"", i ? "," : "",
                          r->val + r->fstart[i]);
  return -1;
}

int acta_csv_record_json(const acta_csv_reader *r, const acta_csv_columns *cols,
                         const char *default_id, acta_buf *out, char *err,
                         size_t errlen) {
  if (r->nfields != cols->ncolumns) {
    snprintf(err, errlen, "the record has %zu field%s, the header %zu",
             r->nfields, r->nfields == 1 ? "" : "s", cols->ncolumns);
    return -1;
  }
  static const char *const keys[7] = {"id", "text", "date", "publisher",
                                      "url", "title", "parse"};
  const long col[7] = {cols->id, cols->text, cols->date, cols->publisher,
                       cols->url, cols->title, cols->parse};
  for (int k = 0; k < 7; k++) {
    if (col[k] < 0) continue;
    const unsigned char *v = (const unsigned char *)r->val + r->fstart[col[k]];
    size_t n = r->flen[col[k]];
    for (size_t i = 0; i < n;) {
      size_t l = acta_utf8_seq(v + i, n - i);
      if (l == 0) {
        snprintf(err, errlen, "its %s is not valid UTF-8 (byte %zu)",
                 keys[k], i + 1);
        return -1;
      }
      i += l;
    }
  }
  acta_buf_clear(out);
  acta_buf_putc(out, '{');
  int any = 0;
  for (int k = 0; k < 7; k++) {
    const char *v = NULL;
    size_t n = 0;
    if (col[k] >= 0 && r->flen[col[k]] > 0) {
      v = r->val + r->fstart[col[k]];
      n = r->flen[col[k]];
    } else if (k == 0 && default_id) {
      v = default_id;
      n = strlen(default_id);
    } else if (k == 1) {
      v = ""; /* an empty text is an article with no sentences */
    }
    if (!v) continue;
    if (any++) acta_buf_putc(out, ',');
    acta_buf_printf(out, "\"%s\":", keys[k]);
    acta_buf_json_string(out, v, n);
  }
  acta_buf_putc(out, '}');
  return 0;
}
