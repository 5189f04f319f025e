/* SPDX-License-Identifier: MIT */
/* fuzz_dict.c: libFuzzer target for the dictionary loader.
 *
 * At start-up the real dictionaries ($ACTA_DATA_DIR, else the source tree's
 * data/ via ACTA_FUZZ_DATA_DIR) are copied into a temporary directory.  For
 * each input, the first byte picks one dictionary file (cameo, events,
 * countries, actors, agents, discards) and whether the load is strict; the
 * remaining bytes replace that file, acta_dict_load runs on the directory,
 * and the original file is put back.  The load may fail (it must then write
 * a message); it must not crash, leak or read out of bounds. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "acta.h"

#ifndef ACTA_FUZZ_DATA_DIR
#define ACTA_FUZZ_DATA_DIR "data"
#endif

static const char *const files[] = {"cameo.txt",  "events.txt", "countries.txt",
                                    "actors.txt", "agents.txt", "discards.txt",
                                    "places.txt"};
#define NFILES (sizeof files / sizeof files[0])

static char dir[4096];
static struct {
  char *data;
  size_t len;
  int present;
} orig[NFILES];

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *p = realloc(buf, cap *= 2);
      if (!p) { free(buf); buf = NULL; }
      else buf = p;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

static int write_all(const char *path, const void *data, size_t len) {
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  size_t put = len ? fwrite(data, 1, len, f) : 0;
  return (fclose(f) == 0 && put == len) ? 0 : -1;
}

static void path_in(char *out, size_t outlen, const char *d, const char *name) {
  snprintf(out, outlen, "%s/%s", d, name);
}

static void cleanup(void) {
  DIR *d = opendir(dir);
  if (d) {
    struct dirent *e;
    char p[8192];
    while ((e = readdir(d)) != NULL) {
      if (e->d_name[0] == '.') continue;
      path_in(p, sizeof p, dir, e->d_name);
      unlink(p);
    }
    closedir(d);
  }
  rmdir(dir);
  for (size_t i = 0; i < NFILES; i++) free(orig[i].data);
}

static void quiet(void *ud, const char *msg) { (void)ud; (void)msg; }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  const char *src = getenv("ACTA_DATA_DIR");
  if (!src || !*src) src = ACTA_FUZZ_DATA_DIR;
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/acta-fuzz-dict-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(dir)) {
    perror("fuzz_dict: mkdtemp");
    exit(1);
  }
  atexit(cleanup);

  /* copy every file of the data dir (so files this target does not know
   * about are there too) */
  DIR *d = opendir(src);
  if (!d) {
    fprintf(stderr, "fuzz_dict: cannot open data dir %s\n", src);
    exit(1);
  }
  struct dirent *e;
  char from[8192], to[8192];
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    path_in(from, sizeof from, src, e->d_name);
    size_t len;
    char *buf = read_all(from, &len);
    if (!buf) continue; /* a subdirectory or unreadable */
    path_in(to, sizeof to, dir, e->d_name);
    if (write_all(to, buf, len) != 0) {
      fprintf(stderr, "fuzz_dict: cannot write %s\n", to);
      exit(1);
    }
    free(buf);
  }
  closedir(d);

  for (size_t i = 0; i < NFILES; i++) {
    path_in(from, sizeof from, dir, files[i]);
    orig[i].data = read_all(from, &orig[i].len);
    orig[i].present = orig[i].data != NULL;
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  size_t which = data[0] % NFILES;
  int strict = (data[0] / NFILES) & 1;
  char path[8192];
  path_in(path, sizeof path, dir, files[which]);
  if (write_all(path, data + 1, size - 1) != 0) abort();

  acta_dict_options opt;
  memset(&opt, 0, sizeof opt);
  opt.data_dir = dir;
  opt.strict = strict;
  opt.warn = quiet;
  char err[512];
  memset(err, 'x', sizeof err);
  acta_dict *dict = acta_dict_load(&opt, err, sizeof err);
  if (dict) {
    acta_dict_stats st;
    acta_dict_get_stats(dict, &st);
    acta_dict_free(dict);
  } else {
    /* a failed load must leave a terminated message */
    if (memchr(err, '\0', sizeof err) == NULL) abort();
  }

  /* put the real file back */
  if (orig[which].present) {
    if (write_all(path, orig[which].data, orig[which].len) != 0) abort();
  } else {
    unlink(path);
  }
  return 0;
}
