/* SPDX-License-Identifier: MIT */
/* input.h: reading articles (private to the library, used by the CLI and
 * the test programs).
 *
 *   JSON lines: one JSON object per line,
 *     {"id": "a1", "date": "2022-10-27", "text": "...",
 *      "publisher": "...", "url": "...", "title": "..."}
 *   "id" (string, or a number converted to its decimal text) and "text"
 *   are required; "date" is optional but must be a real YYYY-MM-DD date
 *   (a full ISO timestamp "2022-10-27T08:00:00Z" is cut to its date; a
 *   date followed by anything else is not a date);
 *   null counts as absent; other fields are ignored.
 *
 *   Plain text: a whole file is one article. */
#ifndef ACTA_INPUT_H
#define ACTA_INPUT_H

#include <stdio.h>

struct acta_buf;

#include "acta.h"
#include "dates.h"

/* Parses one JSON-lines record (line[0..len), no trailing newline needed).
 * On success returns 0, fills *out, and sets *owned to one malloc'ed block
 * holding every string `out` points to (free it when done with `out`).
 * On failure returns -1 and writes a message into err, e.g. "line is not
 * JSON: ... at column 12", "record has no \"text\"", "\"text\" is not valid
 * UTF-8", "\"date\" is not a YYYY-MM-DD date: ...".  If the record's id
 * could be read, out->id is set (in *owned, which the caller frees too) so
 * the error can name the record; otherwise out->id and *owned are NULL. */
int acta_parse_jsonl_line(const char *line, size_t len, acta_article *out,
                          char **owned, char *err, size_t errlen);

/* The same with other field names and an id for records without one:
 * acta_parse_jsonl_record and acta_jsonl_fields, public in acta.h. */

/* The one-pass reader alone (speed29c): 1 when it took the line, a record
 * with the default field names and an id (out and *owned set as above);
 * 0 when the line is for acta_parse_jsonl_record, nothing set.  Where it
 * takes a line, acta_parse_jsonl_record with the default names gives the
 * same, whatever its default id: main.c makes that id for the others only. */
int acta_parse_jsonl_plain(const char *line, size_t len, acta_article *out,
                           char **owned);

/* speed35f: tells coder c that the next article it codes, if its text is
 * text[0, len), has a text already found valid UTF-8 without NUL bytes, as
 * acta_parse_jsonl_plain's are (it reads every byte of its strings and
 * takes no NUL, raw or "\u0000"), so that acta_code_article does not
 * check it again (article_check.c).  Any other text is checked. */
void acta_coder_text_valid(acta_coder *c, const char *text, size_t len);

/* The same, always with jansson: the reference the one-pass scanner of
 * plain records is checked against (fuzz_jsonl compares the two). */
int acta_parse_jsonl_line_jansson(const char *line, size_t len,
                                  acta_article *out, char **owned, char *err,
                                  size_t errlen);
/* acta_parse_jsonl_record without its one-pass reader: for a line
 * acta_parse_jsonl_plain declined (main.c), which the record reader would
 * otherwise scan a second time before jansson. */
int acta_parse_jsonl_record_jansson(const char *line, size_t len,
                                    const acta_jsonl_fields *f, acta_article *out,
                                    char **owned, char *err, size_t errlen);

/* acta_valid_date(s, n): see dates.h.
 *
 *   CSV: a header line naming the columns, then one article per record. */

/* Reads a whole file ("-" = standard input) into a malloc'ed buffer
 * (NUL-terminated; the NUL is not counted in *len).  Returns 0, or -1 with
 * a message naming the file in err. */
int acta_read_file(const char *path, char **data, size_t *len, char *err,
                   size_t errlen);
/* The same, reading at most max bytes (0: no limit): a longer file
 * returns 1 with *data NULL and *len = max + 1 (the rest is not read). */
int acta_read_file_max(const char *path, size_t max, char **data, size_t *len,
                       char *err, size_t errlen);

/* Line reader for arbitrarily long lines.  "\n" ends a line; a "\r" before
 * it is dropped (CRLF files); a last line without "\n" is returned too.
 * With max_line set, a longer line is skipped without being kept in
 * memory (next() returns 2 and its length). */
typedef struct acta_line_reader {
  FILE *f;
  int own;        /* fclose on close (not for stdin) */
  char *buf;      /* buffered bytes */
  size_t cap, start, end, scan;
  int eof, error;
  long lineno;    /* 1-based number of the line last returned */
  unsigned long long bytes; /* bytes consumed so far */
  size_t max_line;  /* 0: no limit */
  int skipping;     /* inside a line over max_line */
  size_t skipped;   /* its bytes so far */
} acta_line_reader;

/* Opens path ("-" = standard input).  Returns 0, or -1 with a message
 * naming the file in err. */
int acta_line_reader_open(acta_line_reader *r, const char *path, char *err,
                          size_t errlen);
/* Reads from f (not closed by acta_line_reader_close). */
void acta_line_reader_init(acta_line_reader *r, FILE *f);
/* Next line: returns 1 and sets *line and *len (valid until the next call; the
 * line is NUL-terminated in place), 0 at end of input, -1 on a read error
 * (errno is set), 2 for a line longer than max_line (*line is "", *len its
 * length without the newline; lineno counts it). */
int acta_line_reader_next(acta_line_reader *r, const char **line,
                          size_t *len);
void acta_line_reader_close(acta_line_reader *r);

/* CSV (RFC 4180) records read through a line reader: fields separated by
 * commas; a field in double quotes may hold commas, line breaks and
 * quotes written twice.  src/input_csv.c. */
typedef struct acta_csv_reader {
  acta_line_reader *lr;   /* borrowed */
  size_t max_bytes;       /* a longer record is an error; 0: no limit */
  char *val;              /* the fields' bytes, each NUL-terminated */
  size_t val_len, val_cap;
  size_t *fstart, *flen;  /* field i: val + fstart[i], flen[i] bytes */
  size_t nfields, cap_fields;
  long line;              /* the line the record starts on (1-based) */
  int ended;              /* the rest of the input cannot be read */
} acta_csv_reader;

void acta_csv_init(acta_csv_reader *r, acta_line_reader *lr, size_t max_bytes);
void acta_csv_free(acta_csv_reader *r);
/* The next record: 1 (fields set), 0 at the end, -1 on a read error (errno
 * set), 2 for a record that cannot be read (err says why: text after a
 * closing quote, over max_bytes, a quote never closed); reading goes on
 * after it, except after an unclosed quote, which ends the input. */
int acta_csv_next(acta_csv_reader *r, char *err, size_t errlen);

/* Which columns hold the article's fields, from a header record. */
typedef struct acta_csv_columns {
  long id, text, date, publisher, url, title, parse; /* -1: none */
  size_t ncolumns;
} acta_csv_columns;
/* Reads the header (names: the id/text/date column names, NULL fields the
 * defaults).  Returns 0, or -1 with err when no column holds the text. */
int acta_csv_header(const acta_csv_reader *r, const acta_jsonl_fields *names,
                    acta_csv_columns *cols, char *err, size_t errlen);
/* The record as the JSON line {"id","text","date",...} (cells that are
 * empty are left out; no id: default_id).  Returns 0, or -1 with err when
 * the record does not have the header's number of fields. */
int acta_csv_record_json(const acta_csv_reader *r, const acta_csv_columns *cols,
                         const char *default_id, struct acta_buf *out,
                         char *err, size_t errlen);

#endif
