/* SPDX-License-Identifier: MIT */
/* fuzz_tabari.c: libFuzzer target for TABARI's project files (tabari.h).
 * The first byte picks the reader, the rest is its input:
 *
 *   0-3  text records (bit 1: SET: YYYY): records come in line order, each
 *        with a date both read and valid or an error naming its line, the
 *        text NUL-terminated at its length with no blank at either end,
 *        the comment after the date/id line;
 *   4-5  a .project file: a project that reads has verbs, actors and
 *        text files, named relative to its folder; one that does not says
 *        which file;
 *   6    a .options file line by line through tabari_options_line: it
 *        returns -1, 0 or 1, with a reason (and for 1 a key) whenever it
 *        is not 0, and the options stay within their ranges;
 *   7    a validation text run end to end (acta_validate_tabari_run) with
 *        the project's PETRARCH test dictionaries (tests/validation/,
 *        loaded once): the validation records and OPTION: commands of the
 *        comments, the comma phrases cut, events chosen; it returns 0 or 1.
 *
 * Inputs are exactly sized copies, so that a read past the end shows. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "fuzz_validation_dicts.h"
#include "tabari.h"
#include "validate.h"


static void check(int ok, const char *what) {
  if (!ok) {
    fprintf(stderr, "fuzz_tabari: %s\n", what);
    abort();
  }
}

static void text_records(const char *data, size_t size, int yyyy) {
  tabari_text *t = tabari_text_open(data, size, "fuzz.text");
  tabari_text_set_yyyy(t, yyyy);
  tabari_record rec;
  char err[600];
  long last = 0;
  int got;
  while ((got = tabari_text_next(t, &rec, err, sizeof err)) > 0) {
    check(got == 1 || got == 2, "next returns 0, 1 or 2");
    check(rec.line > last, "records in line order");
    last = rec.line;
    if (got == 1) {
      check(strlen(rec.date_iso) == 10, "a record that reads has a date");
      char again[11];
      check(tabari_date_iso(rec.date, yyyy, again) == 0 &&
                !strcmp(again, rec.date_iso), "the date reads again the same");
    } else {
      /* a bad date gives no date, or the date its first six (eight)
       * digits make, as TABARI reads it ("9501201" is 950120) */
      check(rec.date_iso[0] == '\0' || strlen(rec.date_iso) == 10,
            "a bad date gives no date or its first digits' date");
      check(strstr(err, "fuzz.text:") == err, "the error names the file");
    }
    check(rec.text[rec.text_len] == '\0', "the text ends at text_len");
    check(!rec.text_len || (rec.text[0] != ' ' && rec.text[rec.text_len - 1] != ' '),
          "no blank at either end of the text");
    check(!rec.comment[0] || rec.comment_line > rec.line,
          "the comment comes after the date line");
    check(rec.id != NULL, "an id, maybe empty");
  }
  check(got == 0, "the end is 0");
  tabari_text_free(t);
}

static void project(const char *data, size_t size) {
  tabari_project p;
  char err[600];
  if (tabari_project_parse(data, size, "dir/fuzz.project", &p, err, sizeof err) == 0) {
    check(p.nverbs && p.nactors && p.ntexts, "a project that reads names its files");
    for (size_t i = 0; i < p.ntexts; i++)
      check(p.texts[i][0] == '/' || !strncmp(p.texts[i], "dir/", 4),
            "a text path is relative to the project");
    tabari_project_free(&p);
  } else {
    check(strstr(err, "dir/fuzz.project") == err, "the error names the file");
  }
}

static void options(const char *data, size_t size) {
  tabari_options o;
  tabari_options_init(&o);
  char *line = malloc(size + 1);
  if (!line) abort();
  size_t pos = 0;
  while (pos <= size) {
    const char *nl = memchr(data + pos, '\n', size - pos);
    size_t n = nl ? (size_t)(nl - data - pos) : size - pos;
    memcpy(line, data + pos, n);
    line[n] = '\0';
    char key[96], why[400];
    int rc = tabari_options_line(&o, line, key, sizeof key, why, sizeof why);
    check(rc >= -1 && rc <= 1, "options_line returns -1, 0 or 1");
    check(rc == 0 || why[0], "a reason when not applied");
    check(rc != 1 || key[0], "a key for what is not supported");
    check(o.code_by >= TABARI_CODE_BY_CLAUSE && o.code_by <= TABARI_CODE_ALL,
          "code_by in range");
    check(memchr(o.default_source, '\0', sizeof o.default_source) &&
              memchr(o.default_target, '\0', sizeof o.default_target),
          "default codes terminated");
    pos += n + 1;
  }
  free(line);
}


static acta_coder *coder;
static FILE *devnull;

static void load_coder(void) {
  acta_dict *d = fuzz_load_validation_dicts("fuzz_tabari");
  coder = acta_coder_new(d); /* d lives as long as the process */
  devnull = fopen("/dev/null", "w");
  if (!coder || !devnull) exit(1);
}

static void validation_run(const char *data, size_t size) {
  if (!coder) load_coder();
  int rc = acta_validate_tabari_run(coder, data, size, "fuzz.text", -1, 1, devnull);
  check(rc == 0 || rc == 1, "a validation run returns 0 or 1");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  int pick = data[0] % 8;
  char *buf = malloc(size - 1 ? size - 1 : 1);
  if (!buf) return 0;
  memcpy(buf, data + 1, size - 1);
  if (pick < 4) text_records(buf, size - 1, pick & 2);
  else if (pick < 6) project(buf, size - 1);
  else if (pick == 6) options(buf, size - 1);
  else validation_run(buf, size - 1);
  free(buf);
  return 0;
}
