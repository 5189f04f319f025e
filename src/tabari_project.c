/* SPDX-License-Identifier: MIT */
/* tabari_project.c: a TABARI .project file (tabari.h): the dictionaries,
 * options and text files it names, relative to its own folder.  As TABARI
 * does, a line that does not begin with '<' is a comment and a tag is known
 * by its first two letters. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "tabari.h"

/* "dir/of/x.project" + "name" -> "dir/of/name" (name as is when absolute) */
static char *beside(const char *project, const char *name, size_t n) {
  const char *slash = strrchr(project, '/');
  size_t dl = (name[0] == '/' || !slash) ? 0 : (size_t)(slash - project + 1);
  char *r = malloc(dl + n + 1);
  if (!r) abort();
  memcpy(r, project, dl);
  memcpy(r + dl, name, n);
  r[dl + n] = '\0';
  return r;
}

static void push(char ***v, size_t *n, char *s) {
  char **p = realloc(*v, (*n + 1) * sizeof **v);
  if (!p) abort();
  *v = p;
  (*v)[(*n)++] = s;
}

void tabari_project_free(tabari_project *p) {
  char **lists[] = {p->actors, p->agents, p->verbs, p->texts};
  size_t counts[] = {p->nactors, p->nagents, p->nverbs, p->ntexts};
  for (size_t l = 0; l < 4; l++) {
    for (size_t i = 0; i < counts[l]; i++) free(lists[l][i]);
    free(lists[l]);
  }
  free(p->options);
  memset(p, 0, sizeof *p);
}

int tabari_project_parse(const char *data, size_t len, const char *name,
                         tabari_project *p, char *err, size_t errlen) {
  memset(p, 0, sizeof *p);
  long lineno = 0;
  size_t pos = 0;
  const char *s;
  size_t n;
  while (tabari_next_line(data, len, &pos, &s, &n)) {
    lineno++;
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (!n || s[0] != '<') continue;
    const char *gt = memchr(s, '>', n);
    if (!gt || gt - s < 3) continue;
    char t0 = (char)tolower((unsigned char)s[1]);
    char t1 = (char)tolower((unsigned char)s[2]);
    char ***list = NULL;
    size_t *count = NULL;
    int options = 0;
    if (t0 == 'a' && t1 == 'c') { list = &p->actors; count = &p->nactors; }
    else if (t0 == 'a' && t1 == 'g') { list = &p->agents; count = &p->nagents; }
    else if (t0 == 'v' && t1 == 'e') { list = &p->verbs; count = &p->nverbs; }
    else if (t0 == 't' && t1 == 'e') {
      /* <textfile TYPE="XML">: TABARI's XML records, not read here */
      const char *sp = memchr(s, ' ', (size_t)(gt - s));
      if (sp) {
        snprintf(err, errlen, "%s:%ld: <textfile> with attributes (%.*s) is "
                 "not supported: give a text file in TABARI's record format",
                 name, lineno, (int)(gt - s + 1), s);
        tabari_project_free(p);
        return -1;
      }
      list = &p->texts; count = &p->ntexts;
    }
    else if (t0 == 'o' && t1 == 'p') options = 1;
    else continue; /* session, coder, output, problem, error files ... */
    const char *f = gt + 1;
    size_t fl = (size_t)(s + n - f);
    while (fl && isspace((unsigned char)*f)) { f++; fl--; }
    /* an optional closing tag </...> ends the name; a comment may follow */
    const char *close = NULL;
    for (size_t i = 0; i + 1 < fl; i++)
      if (f[i] == '<' && f[i + 1] == '/') { close = f + i; break; }
    if (close) fl = (size_t)(close - f);
    while (fl && isspace((unsigned char)f[fl - 1])) fl--;
    if (!fl) {
      snprintf(err, errlen, "%s:%ld: %.*s names no file", name, lineno,
               (int)(gt - s + 1), s);
      tabari_project_free(p);
      return -1;
    }
    char *path = beside(name, f, fl);
    if (options) {
      free(p->options);
      p->options = path;
      p->options_line = lineno;
    } else {
      push(list, count, path);
    }
  }
  const char *missing = !p->nverbs ? "<verbfile>"
                        : !p->nactors ? "<actorfile>"
                        : !p->ntexts ? "<textfile>" : NULL;
  if (missing) {
    snprintf(err, errlen, "%s: the project names no %s", name, missing);
    tabari_project_free(p);
    return -1;
  }
  return 0;
}

int tabari_project_read(const char *path, tabari_project *p, char *err,
                        size_t errlen) {
  char *data;
  size_t len;
  memset(p, 0, sizeof *p);
  if (acta_read_file(path, &data, &len, err, errlen) != 0) return -1;
  int rc = tabari_project_parse(data, len, path, p, err, errlen);
  free(data);
  return rc;
}
