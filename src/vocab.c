/* SPDX-License-Identifier: MIT */
/* vocab.c: the stage vocabulary (see vocab.h): code <-> word, and its
 * registration in the dictionary's lexicon. */
#include "vocab.h"

#include <string.h>

#include "dict.h"

static const char *const WORDS[V_COUNT] = {
    "",
#define ACTA_VOCAB_WORD(code, word) word,
    ACTA_VOCAB(ACTA_VOCAB_WORD)
#undef ACTA_VOCAB_WORD
};

const char *acta_vocab_word(unsigned code) {
  return code < V_COUNT ? WORDS[code] : "";
}

/* strncmp of s[0, n) lowered against a lower-case word w. */
static int cmp_lower(const char *s, size_t n, const char *w) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    unsigned char x = (unsigned char)w[i];
    if (c != x) return (int)c - (int)x; /* also at the end of w (x == 0) */
  }
  return w[n] ? -1 : 0;
}

/* acta_vocab_find() by cmp_lower() at each step. */
static uint16_t vocab_find_slow(const char *s, size_t n) {
  unsigned lo = 1, hi = V_COUNT;
  while (lo < hi) {
    unsigned mid = lo + (hi - lo) / 2;
    int c = cmp_lower(s, n, WORDS[mid]);
    if (c == 0) return (uint16_t)mid;
    if (c < 0) hi = mid; else lo = mid + 1;
  }
  return V_NONE;
}

uint16_t acta_vocab_find(const char *s, size_t n) {
  if (n == 0 || n > 15) return V_NONE; /* no listed word is longer */
  /* speed19: s lowered once, not at each step of the search (the same
   * order as cmp_lower's, which a NUL byte in s would leave: such an s
   * keeps cmp_lower) */
  char low[16];
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!c) return vocab_find_slow(s, n);
    low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  low[n] = '\0';
  unsigned lo = 1, hi = V_COUNT;
  while (lo < hi) {
    unsigned mid = lo + (hi - lo) / 2;
    const unsigned char *w = (const unsigned char *)WORDS[mid];
    size_t i = 0;
    while (i < n && (unsigned char)low[i] == w[i]) i++;
    int c = (int)(unsigned char)low[i] - (int)w[i]; /* low[n] is the NUL */
    if (c == 0) return (uint16_t)mid;
    if (c < 0) hi = mid; else lo = mid + 1;
  }
  return V_NONE;
}

void acta_vocab_register(acta_dict *d) {
  for (unsigned v = 1; v < V_COUNT; v++) {
    uint32_t before = d->words.count;
    uint32_t id = acta_word_add(d, WORDS[v], strlen(WORDS[v]));
    if (d->words.count != before) d->info[id].flags |= WF_STAGE;
    d->info[id].vocab = (uint16_t)v;
  }
}
