/* input.h: reading articles (private to the library, used by the CLI and
 * the test programs).
 *
 *   JSON lines: one JSON object per line,
 *     {"id": "a1", "date": "2022-10-27", "text": "...",
 *      "publisher": "...", "url": "...", "title": "..."}
 *   "id" (string, or a number converted to its decimal text) and "text"
 *   are required; "date" is optional but must be a real YYYY-MM-DD date
 *   (a full ISO timestamp "2022-10-27T08:00:00Z" is cut to its date);
 *   null counts as absent; other fields are ignored.
 *
 *   Plain text: a whole file is one article. */
#ifndef ACTA_INPUT_H
#define ACTA_INPUT_H

#include <stdio.h>

#include "acta.h"

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

/* The same, always with jansson: the reference the one-pass scanner of
 * plain records is checked against (fuzz_jsonl compares the two). */
int acta_parse_jsonl_line_jansson(const char *line, size_t len,
                                  acta_article *out, char **owned, char *err,
                                  size_t errlen);

/* Non-zero if s[0..n) is a valid calendar date written YYYY-MM-DD. */
int acta_valid_date(const char *s, size_t n);

/* Reads a whole file ("-" = standard input) into a malloc'ed buffer
 * (NUL-terminated; the NUL is not counted in *len).  Returns 0, or -1 with
 * a message naming the file in err. */
int acta_read_file(const char *path, char **data, size_t *len, char *err,
                   size_t errlen);

/* Line reader for arbitrarily long lines.  "\n" ends a line; a "\r" before
 * it is dropped (CRLF files); a last line without "\n" is returned too. */
typedef struct acta_line_reader {
  FILE *f;
  int own;        /* fclose on close (not for stdin) */
  char *buf;      /* buffered bytes */
  size_t cap, start, end, scan;
  int eof, error;
  long lineno;    /* 1-based number of the line last returned */
  unsigned long long bytes; /* bytes consumed so far */
} acta_line_reader;

/* Opens path ("-" = standard input).  Returns 0, or -1 with a message
 * naming the file in err. */
int acta_line_reader_open(acta_line_reader *r, const char *path, char *err,
                          size_t errlen);
/* Next line: returns 1 and sets *line and *len (valid until the next call; the
 * line is NUL-terminated in place), 0 at end of input, -1 on a read error
 * (errno is set). */
int acta_line_reader_next(acta_line_reader *r, const char **line,
                          size_t *len);
void acta_line_reader_close(acta_line_reader *r);

#endif
