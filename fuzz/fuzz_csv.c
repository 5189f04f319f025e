/* SPDX-License-Identifier: MIT */
/* fuzz_csv.c: libFuzzer target for the CSV reader (acta_csv_* in
 * src/input.h, src/input_csv.c).
 *
 * The first byte picks the record limit (0: none, else a few to a few
 * hundred bytes); the rest is the file, read through an acta_line_reader
 * on an in-memory stream.  Every record's fields must be NUL-terminated at
 * their length; the first record is taken as the header and each later one
 * turned into its JSON line (or an error, for a record whose fields do not
 * fit the header or are not UTF-8), which the JSON-lines reader must parse:
 * it may refuse only a date or a NUL in a cell.  Line numbers must grow, and the reader must end. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  size_t max = data[0] == 0 ? 0 : (size_t)data[0] * 2 + 4;
  FILE *f = fmemopen((void *)(data + 1), size - 1 ? size - 1 : 1, "rb");
  if (!f) return 0;
  if (size == 1) fgetc(f); /* fmemopen needs a size: consume the one byte */
  acta_line_reader lr;
  acta_line_reader_init(&lr, f);
  lr.max_line = max;
  acta_csv_reader r;
  acta_csv_init(&r, &lr, max);
  acta_csv_columns cols;
  int have_header = 0;
  acta_buf json;
  acta_buf_init(&json);
  char err[512];
  long last_line = 0;
  int rc;
  while ((rc = acta_csv_next(&r, err, sizeof err)) > 0) {
    if (r.line <= last_line) abort();
    last_line = r.line;
    if (rc == 2) {
      if (memchr(err, '\0', sizeof err) == NULL || !err[0]) abort();
      continue;
    }
    if (r.nfields == 0) abort();
    for (size_t i = 0; i < r.nfields; i++) {
      if (r.fstart[i] + r.flen[i] >= r.val_len) abort();
      if (r.val[r.fstart[i] + r.flen[i]] != '\0') abort();
      if (max && r.flen[i] > max) abort();
    }
    if (!have_header) {
      acta_jsonl_fields names = {NULL, NULL, NULL, NULL};
      if (acta_csv_header(&r, &names, &cols, err, sizeof err) != 0) {
        if (memchr(err, '\0', sizeof err) == NULL) abort();
        break;
      }
      have_header = 1;
      continue;
    }
    if (acta_csv_record_json(&r, &cols, "fuzz.csv:1", &json, err, sizeof err) != 0) {
      if (memchr(err, '\0', sizeof err) == NULL) abort();
      continue;
    }
    acta_article a;
    char *owned = NULL;
    char jerr[256];
    /* the JSON is well formed: only a cell's value may be refused (a NUL,
     * which comes out as \u0000, or a date that is not one) */
    if (acta_parse_jsonl_line(json.data, json.len, &a, &owned, jerr, sizeof jerr) != 0 &&
        !strstr(jerr, "NUL") && strncmp(jerr, "\"date\"", 6) != 0)
      abort();
    free(owned);
  }
  if (rc < 0) abort(); /* a memory stream does not fail */
  acta_buf_free(&json);
  acta_csv_free(&r);
  acta_line_reader_close(&lr); /* not f's: the reader did not open it */
  fclose(f);
  return 0;
}
