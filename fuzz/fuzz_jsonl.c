/* SPDX-License-Identifier: MIT */
/* fuzz_jsonl.c: libFuzzer target for the JSON-lines reader
 * (acta_parse_jsonl_line in src/input.h).
 *
 * The input bytes are one line.  A record that parses is checked (id and
 * text set, strings inside the owned block are readable) and then coded and
 * rendered, so reader output that the coder mishandles is caught too.  The
 * reader's one-pass scanner is checked against jansson: both must give the
 * same result, fields and message.
 * Dictionaries are loaded once, as in fuzz_text.c. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "fuzz_coder.h"
#include "input.h"

static acta_dict *dict;
static acta_coder *coder;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fuzz_load_coder("fuzz_jsonl", &dict, &coder);
  return 0;
}

static int same_str(const char *x, const char *y) {
  return (!x && !y) || (x && y && strcmp(x, y) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* exactly-sized copy: the reader must honour len, not look for a NUL */
  char *line = malloc(size ? size : 1);
  if (!line) return 0;
  if (size) memcpy(line, data, size);

  acta_article a;
  memset(&a, 0, sizeof a);
  char *owned = (char *)1; /* must be overwritten on success and failure */
  char err[256];
  err[0] = '\0';
  int rc = acta_parse_jsonl_line(line, size, &a, &owned, err, sizeof err);
  {
    acta_article b;
    char *owned_b = NULL;
    char err_b[256];
    int rc_b = acta_parse_jsonl_line_jansson(line, size, &b, &owned_b, err_b,
                                             sizeof err_b);
    if (rc != rc_b) abort();
    if (rc != 0 && strcmp(err, err_b) != 0) abort();
    if (!same_str(a.id, b.id) || !same_str(a.date, b.date) ||
        !same_str(a.publisher, b.publisher) || !same_str(a.url, b.url) ||
        !same_str(a.title, b.title))
      abort();
    if (a.text_len != b.text_len || a.parse_len != b.parse_len ||
        (a.text_len && memcmp(a.text, b.text, a.text_len) != 0) ||
        (a.parse_len && memcmp(a.parse, b.parse, a.parse_len) != 0) ||
        !a.text != !b.text || !a.parse != !b.parse)
      abort();
    free(owned_b);
  }
  if (rc == 0) {
    if (!a.id || !a.text) abort();
    (void)strlen(a.id);
    if (a.date && !acta_valid_date(a.date, strlen(a.date))) abort();
    size_t len;
    if (acta_code_article(coder, &a) == 0) {
      (void)acta_render_json(coder, &a, &len);
      (void)acta_render_tsv(coder, &a, &len);
    } else {
      (void)acta_render_error(coder, a.id, 1, acta_coder_error(coder), &len);
    }
    free(owned);
  } else {
    /* On failure the reader may hand back the record's id (for the error
     * record) in an owned block; anything else must be NULL. */
    if (owned == (char *)1) abort();
    if (owned && a.id != owned) abort();
    if (owned) (void)strlen(a.id);
    free(owned);
    if (memchr(err, '\0', sizeof err) == NULL) abort(); /* terminated */
  }
  free(line);
  return 0;
}
