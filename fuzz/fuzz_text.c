/* SPDX-License-Identifier: MIT */
/* fuzz_text.c: libFuzzer target for the coding pipeline.
 *
 * The input bytes are one article's text (any bytes: invalid UTF-8, NULs,
 * huge tokens ...).  The article is coded with a dictionary set loaded once
 * (from $ACTA_DATA_DIR, else the source tree's data/ via ACTA_FUZZ_DATA_DIR),
 * then rendered as JSON and TSV; short inputs also go through acta_explain.
 * The first byte picks the article date (none, or one of a few dates) so
 * date-ranged dictionary entries are exercised too.
 *
 * Checks: no crash, no sanitizer report, events have spans inside the text. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "fuzz_coder.h"

static acta_dict *dict;
static acta_coder *coder;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fuzz_load_coder("fuzz_text", &dict, &coder);
  return 0;
}

static const char *const dates[] = {NULL, "2022-10-27", "2009-01-20",
                                    "2025-01-20", "1999-12-31"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *date = NULL;
  if (size > 0) {
    date = dates[data[0] % (sizeof dates / sizeof dates[0])];
    data++;
    size--;
  }
  /* An exactly-sized copy (no NUL after it) so ASan sees any read past
   * text_len. */
  char *text = malloc(size ? size : 1);
  if (!text) return 0;
  if (size) memcpy(text, data, size);

  acta_article a;
  memset(&a, 0, sizeof a);
  a.id = "fuzz";
  a.date = date;
  a.text = text;
  a.text_len = size;

  size_t len = 0;
  if (acta_code_article(coder, &a) == 0) {
    size_t n = 0;
    const acta_event *ev = acta_events(coder, &n);
    for (size_t i = 0; i < n; i++) {
      if (ev[i].sent_start > ev[i].sent_end || ev[i].sent_end > size) abort();
      if (ev[i].source.present &&
          (ev[i].source.start > ev[i].source.end || ev[i].source.end > size))
        abort();
      if (ev[i].target.present &&
          (ev[i].target.start > ev[i].target.end || ev[i].target.end > size))
        abort();
    }
    (void)acta_sentence_count(coder);
    const char *json = acta_render_json(coder, &a, &len);
    if (!json || strlen(json) != len) abort();
    const char *tsv = acta_render_tsv(coder, &a, &len);
    if (!tsv) abort();
  } else {
    const char *msg = acta_coder_error(coder);
    (void)acta_render_error(coder, a.id, 1, msg, &len);
  }
  if (size <= 512) {
    const char *tr = acta_explain(coder, text, size, date, &len);
    (void)tr;
  }
  free(text);
  return 0;
}
