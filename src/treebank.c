/* SPDX-License-Identifier: MIT */
/* treebank.c: reads a Penn Treebank bracketed parse into a flat pre-order
 * node array (one forward pass, an explicit stack, so any depth is linear),
 * and places the parse's words on the text to give acta's tokens the
 * parse's part-of-speech tags. */
#include "treebank.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

#define GROW ACTA_GROW

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

int acta_treebank_read(acta_treebank *t, const char *s, size_t len) {
  t->n = 0;
  t->nleaves = 0;
  size_t depth = 0;
  int ok = 0;
  size_t i = 0;
  while (i < len) {
    char c = s[i];
    if (is_space(c)) { i++; continue; }
    if (c == '(') {
      i++;
      while (i < len && is_space(s[i])) i++;
      size_t l0 = i;
      while (i < len && !is_space(s[i]) && s[i] != '(' && s[i] != ')') i++;
      GROW(t->nodes, t->n, t->cap);
      acta_tb_node *nd = &t->nodes[t->n];
      nd->label = s + l0;
      nd->label_len = (uint32_t)(i - l0);
      nd->word = NULL;
      nd->word_len = 0;
      nd->parent = depth ? t->stack[depth - 1] : -1;
      nd->first_leaf = nd->end_leaf = (uint32_t)t->nleaves;
      nd->leaf = -1;
      GROW(t->stack, depth, t->cap_stack);
      t->stack[depth++] = (int32_t)t->n;
      t->n++;
      continue;
    }
    if (c == ')') {
      i++;
      if (!depth) { ok = -1; continue; }
      acta_tb_node *nd = &t->nodes[t->stack[--depth]];
      nd->end_leaf = (uint32_t)t->nleaves;
      continue;
    }
    /* a word: it belongs to the innermost open node */
    size_t w0 = i;
    while (i < len && !is_space(s[i]) && s[i] != '(' && s[i] != ')') i++;
    if (!depth) { ok = -1; continue; }
    acta_tb_node *nd = &t->nodes[t->stack[depth - 1]];
    if (nd->word) { ok = -1; continue; } /* "(NN two words)": keep the first */
    nd->word = s + w0;
    nd->word_len = (uint32_t)(i - w0);
    nd->leaf = (int32_t)t->nleaves;
    GROW(t->leaves, t->nleaves, t->cap_leaves);
    t->leaves[t->nleaves++] = t->stack[depth - 1];
  }
  if (depth) {
    ok = -1;
    while (depth) t->nodes[t->stack[--depth]].end_leaf = (uint32_t)t->nleaves;
  }
  return ok;
}

void acta_treebank_free(acta_treebank *t) {
  free(t->nodes);
  free(t->leaves);
  free(t->stack);
  memset(t, 0, sizeof *t);
}

int acta_tb_label_is(const acta_tb_node *nd, const char *lab) {
  size_t n = strlen(lab);
  return nd->label_len >= n && memcmp(nd->label, lab, n) == 0 &&
         (nd->label_len == n || (n && nd->label[n] == '-'));
}


/* The acta tag of an open-class Treebank tag (P_NONE for the rest: closed
 * classes are acta's own word lists' business). */
static uint8_t open_tag(const acta_tb_node *nd) {
  if (acta_tb_label_is(nd, "NN") || acta_tb_label_is(nd, "NNS")) return P_NOUN;
  if (acta_tb_label_is(nd, "NNP") || acta_tb_label_is(nd, "NNPS")) return P_PROPN;
  /* memchr, not strchr: the label is not NUL-ended and strchr would find
   * the terminator of "DGNPZ" for a NUL byte */
  if (nd->label_len == 3 && memcmp(nd->label, "VB", 2) == 0 &&
      memchr("DGNPZ", nd->label[2], 5))
    return P_VERB;
  if (acta_tb_label_is(nd, "VB")) return P_VERB;
  if (acta_tb_label_is(nd, "JJ") || acta_tb_label_is(nd, "JJR") || acta_tb_label_is(nd, "JJS"))
    return P_ADJ;
  if (acta_tb_label_is(nd, "RB") || acta_tb_label_is(nd, "RBR") || acta_tb_label_is(nd, "RBS"))
    return P_ADV;
  return P_NONE;
}

/* The text a Treebank word stands for ("-LRB-" -> "("); quotes give "". */
static const char *unescape(const acta_tb_node *nd, size_t *n, int *quote) {
  static const struct { const char *esc, *txt; } ESC[] = {
      {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"},
      {"-LCB-", "{"}, {"-RCB-", "}"}};
  *quote = 0;
  for (size_t k = 0; k < sizeof ESC / sizeof ESC[0]; k++)
    if (nd->word_len == strlen(ESC[k].esc) &&
        memcmp(nd->word, ESC[k].esc, nd->word_len) == 0) {
      *n = 1;
      return ESC[k].txt;
    }
  if (nd->word_len == 2 && (memcmp(nd->word, "``", 2) == 0 ||
                            memcmp(nd->word, "''", 2) == 0)) {
    *quote = 1;
    *n = 0;
    return "";
  }
  *n = nd->word_len;
  return nd->word;
}

/* Length of a quotation mark at p (ASCII or a UTF-8 curly quote), or 0. */
static size_t quote_at(const char *p, const char *end) {
  if (p < end && (*p == '"' || *p == '\'' || *p == '`')) {
    if (p + 1 < end && (p[1] == '`' || p[1] == '\'') && p[1] == *p) return 2;
    return 1;
  }
  if (end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
      ((unsigned char)p[2] >= 0x98 && (unsigned char)p[2] <= 0x9F))
    return 3;
  return 0;
}

static int word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* Does a token of [first, last) end at byte off?  ("did" in "didn't"
 * does; "a" at the start of "attacked" does not.) */
static int ends_token(const acta_tokens *toks, uint32_t first, uint32_t last,
                      uint32_t off) {
  uint32_t lo = first, hi = last;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (toks->v[mid].end < off) lo = mid + 1; else hi = mid;
  }
  return lo < last && toks->v[lo].end == off;
}

/* How far ahead a word the parse and the text disagree on is looked for. */
#define RESYNC 48

void acta_treebank_tags(const acta_treebank *t, const char *text,
                        const acta_tokens *toks, uint32_t first, uint32_t last,
                        uint8_t *tags, int32_t *leaf) {
  for (uint32_t k = first; k < last; k++) {
    tags[k] = P_NONE;
    if (leaf) leaf[k] = -1;
  }
  if (first >= last) return;
  const char *pos = text + toks->v[first].start;
  const char *end = text + toks->v[last - 1].end;
  uint32_t k = first;
  for (size_t L = 0; L < t->nleaves && k < last; L++) {
    const acta_tb_node *nd = &t->nodes[t->leaves[L]];
    while (pos < end && is_space(*pos)) pos++;
    size_t n;
    int quote;
    const char *w = unescape(nd, &n, &quote);
    const char *at = NULL;
    if (quote) {
      size_t q = quote_at(pos, end);
      if (q) pos += q;
      continue;
    }
    if (n == 0 || n > (size_t)(end - pos) + RESYNC) continue;
    if ((size_t)(end - pos) >= n && memcmp(pos, w, n) == 0 &&
        (!word_char(w[n - 1]) ||
         ends_token(toks, first, last, (uint32_t)(pos - text) + (uint32_t)n))) {
      at = pos;
    } else {
      /* the two disagree (a word dropped or spelt otherwise): look a little
       * ahead for this word; if it is not there, skip the leaf */
      size_t room = (size_t)(end - pos);
      size_t lim = room < RESYNC ? room : RESYNC;
      for (size_t o = 1; o < lim && o + n <= room; o++) {
        const char *p = pos + o;
        if (memcmp(p, w, n) == 0 && !(word_char(p[-1]) && word_char(w[0])) &&
            !(o + n < room && word_char(p[n]) && word_char(w[n - 1]))) {
          at = p; /* not inside a longer word */
          break;
        }
      }
      if (!at) continue;
    }
    uint32_t s0 = (uint32_t)(at - text), s1 = s0 + (uint32_t)n;
    pos = at + n;
    while (k < last && toks->v[k].start < s0) k++;
    if (k < last && toks->v[k].start == s0 && toks->v[k].end == s1) {
      tags[k] = open_tag(nd);
      if (leaf) leaf[k] = (int32_t)L;
    }
  }
}

/* Words written against the one before: "Gondor 's" -> "Gondor's". */
static int glued_left(const char *w, size_t n) {
  if (n == 1 && strchr(",.;:!?%)]}", w[0])) return 1;
  if (n >= 2 && w[0] == '\'' && w[1] != '\'') return 1;
  return n == 3 && (w[0] == 'n' || w[0] == 'N') && w[1] == '\'' &&
         (w[2] == 't' || w[2] == 'T');
}

void acta_treebank_write(const acta_treebank *t, const uint8_t *keep,
                         acta_buf *parse, acta_buf *text) {
  acta_buf_clear(parse);
  acta_buf_clear(text);
  int32_t *open = malloc((t->n + 1) * sizeof *open);
  if (!open) abort();
  size_t depth = 0;
  int no_space_after = 0;
  for (size_t i = 0; i < t->n; i++) {
    const acta_tb_node *nd = &t->nodes[i];
    while (depth && open[depth - 1] != nd->parent) {
      acta_buf_putc(parse, ')');
      depth--;
    }
    if (nd->leaf >= 0 && keep && !keep[nd->leaf]) continue;
    if (parse->len) acta_buf_putc(parse, ' ');
    acta_buf_putc(parse, '(');
    acta_buf_put(parse, nd->label, nd->label_len);
    if (nd->word) {
      acta_buf_putc(parse, ' ');
      acta_buf_put(parse, nd->word, nd->word_len);
      size_t n;
      int quote;
      const char *w = unescape(nd, &n, &quote);
      int closing = quote ? nd->word[0] == '\'' : glued_left(w, n);
      if (text->len && !closing && !no_space_after) acta_buf_putc(text, ' ');
      if (quote) acta_buf_putc(text, '"');
      else acta_buf_put(text, w, n);
      no_space_after = quote ? !closing : (n == 1 && strchr("([{$", w[0]));
    }
    open[depth++] = (int32_t)i;
  }
  while (depth--) acta_buf_putc(parse, ')');
  free(open);
}

void acta_treebank_np_before(const acta_treebank *t, int32_t *np_before,
                             int32_t *scratch) {
  /* scratch[p]: the latest NP child of p seen so far (pre-order visits the
   * children of a node in order) */
  for (size_t i = 0; i < t->n; i++) scratch[i] = -1;
  for (size_t i = 0; i < t->n; i++) {
    const acta_tb_node *nd = &t->nodes[i];
    np_before[i] = nd->parent >= 0 ? scratch[nd->parent] : -1;
    if (nd->parent >= 0 && acta_tb_label_is(nd, "NP"))
      scratch[nd->parent] = (int32_t)i;
  }
}
