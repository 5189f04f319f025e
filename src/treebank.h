/* SPDX-License-Identifier: MIT */
/* treebank.h: a reader for Penn Treebank bracketed parses ("(ROOT (S (NP
 * (NNP Arnor)) (VP (VBD said))))"), as PETRARCH records carry them, and
 * the step that lays a parse's part-of-speech tags over acta's tokens.
 * Private to the library. */
#ifndef ACTA_TREEBANK_H
#define ACTA_TREEBANK_H
#include <stddef.h>
#include <stdint.h>

#include "dict.h"

/* One node of a parse: a phrase ("NP", "VP") or a preterminal ("NNP") with
 * its word.  Nodes are in pre-order; leaves [first_leaf, end_leaf) are the
 * words the node covers; parent is -1 for a root. */
typedef struct acta_tb_node {
  const char *label;   /* into the parse text; not NUL-ended */
  uint32_t label_len;
  const char *word;    /* preterminals: the word as written ("-LRB-") */
  uint32_t word_len;
  int32_t parent;
  uint32_t first_leaf, end_leaf;
  int32_t leaf;        /* preterminals: their leaf number, else -1 */
} acta_tb_node;

typedef struct acta_treebank {
  acta_tb_node *nodes;
  size_t n, cap;
  int32_t *leaves;     /* leaf number -> node index */
  size_t nleaves, cap_leaves;
  int32_t *stack;      /* open nodes while reading (no recursion) */
  size_t cap_stack;
} acta_treebank;

/* Reads s[0..len).  Returns 0, or -1 when the brackets do not balance, a
 * word stands outside any node or a node holds two words ("(NN two
 * words)": the first is kept); what was read stays usable.  Linear
 * in len, any depth.  The tree keeps pointers into s. */
int acta_treebank_read(acta_treebank *t, const char *s, size_t len);
void acta_treebank_free(acta_treebank *t);

/* Writes to tags[first..last) the acta tag the parse gives each token of
 * the text (P_NONE where the parse says nothing usable): leaves are placed
 * on the text in order (Treebank escapes such as -LRB- and `` undone), and a
 * token takes the tag of the leaf covering exactly its bytes.  leaf[k]
 * (when not NULL) gets that leaf's number (-1 for a token no leaf
 * covers). */
void acta_treebank_tags(const acta_treebank *t, const char *text,
                        const acta_tokens *toks, uint32_t first, uint32_t last,
                        uint8_t *tags, int32_t *leaf);

/* Writes the parse again without the leaves whose keep[leaf] is 0 (keep
 * NULL: all), and the words it keeps as text (escapes undone, quotes as
 * '"', one space between words): the two align word for word. */
void acta_treebank_write(const acta_treebank *t, const uint8_t *keep,
                         acta_buf *parse, acta_buf *text);

/* Is the node's label lab, or lab with a function tag ("NP" is true of
 * "NP" and "NP-TMP", not of "NNP")? */
int acta_tb_label_is(const acta_tb_node *nd, const char *lab);

/* For every node, the noun phrase (NP...) among its earlier siblings that
 * is nearest to it, or -1: np_before[t->n].  Linear. */
void acta_treebank_np_before(const acta_treebank *t, int32_t *np_before,
                             int32_t *scratch);

#endif
