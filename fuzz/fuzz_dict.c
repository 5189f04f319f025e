/* SPDX-License-Identifier: MIT */
/* fuzz_dict.c: libFuzzer target for the dictionary loader, one dictionary
 * file at a time against a small fixed base (fuzz/base/, README there).
 *
 * At start-up the base's data directory is copied into a temporary
 * directory.  For each input, the first byte picks one dictionary file
 * (cameo, events, events.d/more, countries, actors, agents, discards,
 * places) and whether the load is strict; the remaining bytes replace that
 * file; the dictionaries are parsed (the base's WordNet and iso-codes, no
 * libgeonames cities, no image: well under a millisecond), and when they
 * load, a few sentences are coded and rendered with them; then the file is
 * put back.  The load may fail (it must then write a message); nothing may
 * crash, leak or read out of bounds. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "acta.h"
#include "dict_build.h"
#include "fuzz_base.h"

static const char *const files[] = {
    "cameo.txt",  "events.txt", "events.d/more.txt", "countries.txt",
    "actors.txt", "agents.txt", "discards.txt",      "places.txt"};
#define NFILES (sizeof files / sizeof files[0])

static char dir[4096];
static struct {
  char *data;
  size_t len;
} orig[NFILES];

static void cleanup(void) {
  for (size_t i = 0; i < NFILES; i++) {
    char p[8192];
    snprintf(p, sizeof p, "%s/%s", dir, files[i]);
    unlink(p);
    free(orig[i].data);
  }
  char p[8192];
  snprintf(p, sizeof p, "%s/events.d", dir);
  rmdir(p);
  rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/acta-fuzz-dict-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(dir)) {
    perror("fuzz_dict: mkdtemp");
    exit(1);
  }
  char p[8192];
  snprintf(p, sizeof p, "%s/events.d", dir);
  mkdir(p, 0700);
  atexit(cleanup);
  for (size_t i = 0; i < NFILES; i++) {
    char from[8192], to[8192];
    snprintf(from, sizeof from, "%s/data/%s", fuzz_base_dir(), files[i]);
    snprintf(to, sizeof to, "%s/%s", dir, files[i]);
    orig[i].data = fuzz_read_file(from, &orig[i].len);
    if (!orig[i].data || fuzz_write_file(to, orig[i].data, orig[i].len) != 0) {
      fprintf(stderr, "fuzz_dict: cannot copy %s to %s\n", from, to);
      exit(1);
    }
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  size_t which = data[0] % NFILES;
  int strict = (data[0] / NFILES) & 1;
  char path[8192];
  snprintf(path, sizeof path, "%s/%s", dir, files[which]);
  if (fuzz_write_file(path, data + 1, size - 1) != 0) abort();

  acta_dict_options opt;
  fuzz_base_options(&opt, dir);
  opt.strict = strict;
  char err[512];
  memset(err, 'x', sizeof err);
  acta_load_how how;
  memset(&how, 0, sizeof how);
  how.flags = ACTA_LOAD_NO_CACHE | ACTA_LOAD_NO_CITIES;
  acta_dict *dict = acta_dict_load_ex(&opt, &how, err, sizeof err);
  if (dict) {
    acta_dict_stats st;
    acta_dict_get_stats(dict, &st);
    fuzz_code_sentences(dict);
    acta_dict_free(dict);
  } else {
    /* a failed load must leave a terminated message */
    if (memchr(err, '\0', sizeof err) == NULL) abort();
  }

  if (fuzz_write_file(path, orig[which].data, orig[which].len) != 0) abort();
  return 0;
}
