/* SPDX-License-Identifier: MIT */
/* cli_gaps.c: `acta gaps`'s tally.  Counts the gap lines acta_gaps_article
 * (src/gaps.c) writes for each article, in input order, keeps the first two
 * distinct sentences of each as its examples, and prints the verb frames and
 * the names most frequent first.  A hash table of keys: linear in the lines
 * read; the ranking sorts the distinct keys once. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "strmap.h"

#define EXAMPLES 2
#define EXAMPLE_BYTES 300 /* an example longer than this is cut */

typedef struct gap {
  unsigned long count;
  char *example[EXAMPLES];
} gap;

struct cli_gaps {
  acta_intern keys; /* "F<frame>" and "N<name>" */
  gap *gaps;        /* by key id */
  size_t cap;
  unsigned long lines[2]; /* frames, names counted */
};

cli_gaps *cli_gaps_new(void) {
  cli_gaps *g = calloc(1, sizeof *g);
  if (!g) abort();
  acta_intern_init(&g->keys);
  return g;
}

void cli_gaps_free(cli_gaps *g) {
  if (!g) return;
  for (uint32_t i = 0; i < g->keys.count; i++)
    for (int k = 0; k < EXAMPLES; k++) free(g->gaps[i].example[k]);
  free(g->gaps);
  acta_intern_free(&g->keys);
  free(g);
}

/* A copy of s[0..n) cut to EXAMPLE_BYTES at a character boundary. */
static char *example_copy(const char *s, size_t n) {
  int cut = n > EXAMPLE_BYTES;
  if (cut) {
    n = EXAMPLE_BYTES;
    while (n && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
  }
  char *e = malloc(n + 4);
  if (!e) abort();
  memcpy(e, s, n);
  if (cut) memcpy(e + n, "...", 3);
  e[n + (cut ? 3 : 0)] = '\0';
  return e;
}

static void add_line(cli_gaps *g, const char *line, size_t len) {
  const char *tab1 = memchr(line, '\t', len);
  if (!tab1 || (line[0] != 'F' && line[0] != 'N') || tab1 != line + 1) return;
  const char *key = line; /* kind letter then the key */
  const char *tab2 = memchr(tab1 + 1, '\t', len - (size_t)(tab1 + 1 - line));
  if (!tab2) return;
  char buf[512];
  size_t klen = (size_t)(tab2 - tab1 - 1);
  if (klen == 0 || klen + 1 >= sizeof buf) return;
  buf[0] = key[0];
  memcpy(buf + 1, tab1 + 1, klen);
  uint32_t id = acta_intern_add(&g->keys, buf, klen + 1);
  if (id >= g->cap) {
    size_t cap = g->cap ? g->cap * 2 : 1024;
    while (cap <= id) cap *= 2;
    gap *p = realloc(g->gaps, cap * sizeof *p);
    if (!p) abort();
    memset(p + g->cap, 0, (cap - g->cap) * sizeof *p);
    g->gaps = p;
    g->cap = cap;
  }
  gap *e = &g->gaps[id];
  e->count++;
  g->lines[key[0] == 'N']++;
  const char *sent = tab2 + 1;
  size_t slen = len - (size_t)(sent - line);
  for (int k = 0; k < EXAMPLES; k++) {
    if (!e->example[k]) {
      e->example[k] = example_copy(sent, slen);
      break;
    }
    /* the same sentence twice ("agree to meet" in a repeated lead) is one
     * example */
    if (!strncmp(e->example[k], sent, slen < EXAMPLE_BYTES ? slen : EXAMPLE_BYTES))
      break;
  }
}

void cli_gaps_add(cli_gaps *g, const char *lines, size_t len) {
  size_t i = 0;
  while (i < len) {
    const char *nl = memchr(lines + i, '\n', len - i);
    size_t n = nl ? (size_t)(nl - (lines + i)) : len - i;
    add_line(g, lines + i, n);
    i += n + 1;
  }
}

/* A key in the ranking: most frequent first, then by key. */
typedef struct ranked {
  unsigned long count;
  const char *key;
  const gap *gap;
} ranked;

static int by_count(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->count != y->count) return x->count > y->count ? -1 : 1;
  return strcmp(x->key, y->key);
}

static int print_kind(FILE *f, const cli_gaps *g, const ranked *order,
                      size_t n, char kind, size_t top, const char *title) {
  size_t distinct = 0;
  for (size_t i = 0; i < n; i++) distinct += order[i].key[0] == kind;
  size_t shown = top && top < distinct ? top : distinct;
  fprintf(f, "%s: %zu of %zu distinct, %lu in all\n\n", title, shown, distinct,
          g->lines[kind == 'N']);
  size_t k = 0;
  for (size_t i = 0; i < n && k < shown; i++) {
    if (order[i].key[0] != kind) continue;
    fprintf(f, "%7lu  %s\n", order[i].count, order[i].key + 1);
    for (int x = 0; x < EXAMPLES && order[i].gap->example[x]; x++)
      fprintf(f, "         e.g. %s\n", order[i].gap->example[x]);
    k++;
  }
  fputc('\n', f);
  return ferror(f) ? -1 : 0;
}

int cli_gaps_print(FILE *f, const cli_gaps *g, size_t top) {
  size_t n = g->keys.count;
  ranked *order = malloc((n ? n : 1) * sizeof *order);
  if (!order) abort();
  for (size_t i = 0; i < n; i++) {
    order[i].count = g->gaps[i].count;
    order[i].key = acta_intern_str(&g->keys, (uint32_t)i);
    order[i].gap = &g->gaps[i];
  }
  qsort(order, n, sizeof *order, by_count);
  int rc = print_kind(f, g, order, n, 'F', top,
                      "Verb frames of sentences with an actor and no event");
  if (rc == 0)
    rc = print_kind(f, g, order, n, 'N', top,
                    "Capitalised names no actor entry knows");
  free(order);
  return rc;
}
