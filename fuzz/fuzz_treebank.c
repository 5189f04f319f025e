/* SPDX-License-Identifier: MIT */
/* fuzz_treebank.c: libFuzzer target for the Penn Treebank parse reader
 * (acta_treebank_read, src/treebank.h) and what is built on it.
 *
 * The input bytes are the parse, copied into an exactly-sized buffer (the
 * reader must honour len).  The tree is walked and its invariants checked:
 * one node per '(', nodes in pre-order (a parent precedes its children and
 * covers their leaves), first_leaf <= end_leaf <= nleaves, leaves[] and
 * each preterminal's leaf number are inverses, labels and words lie in the
 * input and hold no space or bracket.  The tree is then written back
 * (acta_treebank_write, with all leaves and with every other leaf dropped),
 * the written parse re-read (balanced, same nodes and parents), and its
 * tags laid over the written text and, when it is valid UTF-8, over the
 * input itself (acta_treebank_tags): only [first, last) is written, only
 * with open-class tags and leaf numbers of the tree (leaves in increasing
 * order), and the tags are the same with and without leaf[]. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dict.h"
#include "treebank.h"

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

static int inside(const char *p, size_t n, const char *buf, size_t size) {
  return p >= buf && n <= size && (size_t)(p - buf) <= size - n;
}

static int clean(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (is_space(p[i]) || p[i] == '(' || p[i] == ')') return 0;
  return 1;
}

static void check_tree(const acta_treebank *t, const char *buf, size_t size) {
  for (size_t i = 0; i < t->n; i++) {
    const acta_tb_node *nd = &t->nodes[i];
    if (nd->first_leaf > nd->end_leaf || nd->end_leaf > t->nleaves) abort();
    if (nd->parent < -1 || nd->parent >= (int32_t)i) abort();
    if (nd->parent >= 0) {
      const acta_tb_node *p = &t->nodes[nd->parent];
      if (nd->first_leaf < p->first_leaf || nd->end_leaf > p->end_leaf)
        abort();
    }
    if (!inside(nd->label, nd->label_len, buf, size) ||
        !clean(nd->label, nd->label_len))
      abort();
    if (nd->word) {
      if (!nd->word_len || !inside(nd->word, nd->word_len, buf, size) ||
          !clean(nd->word, nd->word_len))
        abort();
      if (nd->leaf < 0 || (size_t)nd->leaf >= t->nleaves) abort();
      if ((uint32_t)nd->leaf < nd->first_leaf ||
          (uint32_t)nd->leaf >= nd->end_leaf)
        abort();
      if (t->leaves[nd->leaf] != (int32_t)i) abort();
    } else if (nd->leaf != -1 || nd->word_len) {
      abort();
    }
  }
  for (size_t L = 0; L < t->nleaves; L++) {
    int32_t i = t->leaves[L];
    if (i < 0 || (size_t)i >= t->n || t->nodes[i].leaf != (int32_t)L) abort();
  }
}

/* Lays t over text[0..len) and checks what acta_treebank_tags writes. */
static void check_tags(const acta_treebank *t, const char *text, size_t len,
                       acta_tokens *toks) {
  if (acta_utf8_invalid_at(text, len) != -1) return;
  acta_tokenize(NULL, text, len, toks);
  size_t n = toks->n;
  uint8_t *tags = malloc(n + 1), *tags2 = malloc(n + 1);
  int32_t *leaf = malloc((n + 1) * sizeof *leaf);
  if (!tags || !tags2 || !leaf) abort();
  uint32_t first = (uint32_t)(n / 3), last = (uint32_t)n;
  for (int pass = 0; pass < 2; pass++) {
    memset(tags, 0xEE, n + 1);
    memset(tags2, 0xEE, n + 1);
    for (size_t k = 0; k <= n; k++) leaf[k] = INT32_MIN;
    acta_treebank_tags(t, text, toks, first, last, tags, leaf);
    acta_treebank_tags(t, text, toks, first, last, tags2, NULL);
    if (memcmp(tags, tags2, n + 1)) abort();
    for (size_t k = 0; k <= n; k++) {
      uint8_t g = tags[k];
      if (k < first || k >= last) {
        if (g != 0xEE || leaf[k] != INT32_MIN) abort();
        continue;
      }
      if (g != P_NONE && g != P_NOUN && g != P_PROPN && g != P_VERB &&
          g != P_ADJ && g != P_ADV)
        abort();
      if (leaf[k] < -1 || leaf[k] >= (int32_t)t->nleaves) abort();
      if (leaf[k] >= 0 && k > first && leaf[k - 1] >= leaf[k]) {
        /* leaves are placed in order: an earlier token has an earlier leaf */
        size_t j = k;
        while (j-- > first)
          if (leaf[j] >= 0) { if (leaf[j] >= leaf[k]) abort(); break; }
      }
    }
    first = 0;
    last = (uint32_t)(n / 2);
  }
  free(leaf);
  free(tags2);
  free(tags);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *buf = malloc(size ? size : 1);
  if (!buf) return 0;
  if (size) memcpy(buf, data, size);
  acta_treebank t;
  memset(&t, 0, sizeof t);
  int rc = acta_treebank_read(&t, buf, size);
  if (rc != 0 && rc != -1) abort();
  size_t opens = 0;
  for (size_t i = 0; i < size; i++) opens += buf[i] == '(';
  if (t.n != opens) abort();
  check_tree(&t, buf, size);

  acta_tokens toks;
  acta_tokens_init(&toks);
  check_tags(&t, buf, size, &toks);

  /* written back: balanced, the same nodes and parents */
  acta_buf parse, text;
  acta_buf_init(&parse);
  acta_buf_init(&text);
  acta_treebank_write(&t, NULL, &parse, &text);
  acta_treebank t2;
  memset(&t2, 0, sizeof t2);
  if (acta_treebank_read(&t2, acta_buf_cstr(&parse), parse.len) != 0) abort();
  if (t2.n != t.n || t2.nleaves > t.nleaves) abort();
  for (size_t i = 0; i < t.n; i++)
    if (t2.nodes[i].parent != t.nodes[i].parent) abort();
  check_tree(&t2, acta_buf_cstr(&parse), parse.len);
  check_tags(&t2, acta_buf_cstr(&text), text.len, &toks);

  /* every other leaf dropped */
  uint8_t *keep = malloc(t.nleaves + 1);
  if (!keep) abort();
  for (size_t L = 0; L < t.nleaves; L++) keep[L] = L % 2 == 0;
  acta_treebank_write(&t, keep, &parse, &text);
  if (acta_treebank_read(&t2, acta_buf_cstr(&parse), parse.len) != 0) abort();
  if (t2.n > t.n || t2.nleaves > (t.nleaves + 1) / 2) abort();
  check_tree(&t2, acta_buf_cstr(&parse), parse.len);
  check_tags(&t2, acta_buf_cstr(&text), text.len, &toks);

  free(keep);
  acta_treebank_free(&t2);
  acta_buf_free(&parse);
  acta_buf_free(&text);
  acta_tokens_free(&toks);
  acta_treebank_free(&t);
  free(buf);
  return 0;
}
