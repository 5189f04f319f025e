/* SPDX-License-Identifier: MIT */
/* cli_inputs.c: the acta command's FILE arguments, with every directory
 * replaced by the files in it (sorted by name), so `acta code corpus/`
 * reads a directory of text files or of JSON-lines files.  Reads directory
 * listings; writes a warning on stderr for what a directory holds that is
 * not read (subdirectories, special files). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

typedef struct list {
  char **v;
  int n, cap;
} list;

static void push(list *l, char *s) {
  if (!s) abort();
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    char **p = realloc(l->v, (size_t)l->cap * sizeof *p);
    if (!p) abort();
    l->v = p;
  }
  l->v[l->n++] = s;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name) {
  size_t dl = strlen(dir), nl = strlen(name);
  while (dl > 1 && dir[dl - 1] == '/') dl--;
  char *s = malloc(dl + 1 + nl + 1);
  if (!s) abort();
  memcpy(s, dir, dl);
  s[dl] = '/';
  memcpy(s + dl + 1, name, nl + 1);
  return s;
}

/* Appends the regular files of dir, sorted; -1 with err on failure. */
static int add_dir(list *out, const char *dir, char *err, size_t errlen) {
  DIR *d = opendir(dir);
  if (!d) {
    snprintf(err, errlen, "cannot read the directory %s: %s", dir,
             strerror(errno));
    return -1;
  }
  list names = {0};
  struct dirent *e;
  errno = 0;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue; /* ., .. and hidden files */
    push(&names, join(dir, e->d_name));
  }
  int failed = errno;
  closedir(d);
  if (failed) {
    snprintf(err, errlen, "cannot read the directory %s: %s", dir,
             strerror(failed));
    for (int i = 0; i < names.n; i++) free(names.v[i]);
    free(names.v);
    return -1;
  }
  if (names.n) qsort(names.v, (size_t)names.n, sizeof *names.v, by_name);
  for (int i = 0; i < names.n; i++) {
    struct stat st;
    int ok = stat(names.v[i], &st) == 0;
    if (ok && S_ISREG(st.st_mode)) {
      push(out, names.v[i]);
    } else {
      fprintf(stderr, "acta: %s: not read (%s)\n", names.v[i],
              !ok ? strerror(errno)
              : S_ISDIR(st.st_mode) ? "a directory inside a directory"
                                    : "not a regular file");
      free(names.v[i]);
    }
  }
  free(names.v);
  return 0;
}

char **cli_expand_inputs(const char *const *args, int nargs, int *n,
                         char *err, size_t errlen) {
  list out = {0};
  for (int i = 0; i < nargs; i++) {
    struct stat st;
    if (strcmp(args[i], "-") != 0 && stat(args[i], &st) == 0 &&
        S_ISDIR(st.st_mode)) {
      if (add_dir(&out, args[i], err, errlen) != 0) {
        cli_free_inputs(out.v, out.n);
        return NULL;
      }
    } else {
      push(&out, strdup(args[i]));
    }
  }
  if (!out.v && !(out.v = calloc(1, sizeof *out.v))) abort(); /* none: not NULL */
  *n = out.n;
  return out.v;
}

void cli_free_inputs(char **paths, int n) {
  if (!paths) return; /* standard input: nothing was expanded */
  for (int i = 0; i < n; i++) free(paths[i]);
  free(paths);
}
