/* SPDX-License-Identifier: MIT */
/* test_treebank.c: the Penn Treebank parse reader and the step that lays a
 * parse's tags over acta's tokens (src/treebank.h), on parses the project
 * wrote about invented places: node labels, words, parent links, leaf
 * ranges, the "(ROOT ...)" and "( (S ...))" forms, malformed brackets,
 * a 100,000-deep nesting, and tag alignment through dropped, misspelt and
 * escaped words and quotation marks. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "treebank.h"

static acta_treebank tb;
static acta_tokens toks;

static void setup(void) {
  memset(&tb, 0, sizeof tb);
  acta_tokens_init(&toks);
}

static void teardown(void) {
  acta_treebank_free(&tb);
  acta_tokens_free(&toks);
}

TestSuite(treebank, .init = setup, .fini = teardown, .timeout = 20);

/* ---- helpers ----------------------------------------------------------- */

/* Reads s (a C string) into tb. */
static int rd(const char *s) { return acta_treebank_read(&tb, s, strlen(s)); }

static const acta_tb_node *node(size_t i) {
  cr_assert_lt(i, tb.n, "node %zu of %zu", i, tb.n);
  return &tb.nodes[i];
}

/* Asserts node i's label, word (NULL: none), parent and leaf range. */
static void check_node(size_t i, const char *label, const char *word,
                       int32_t parent, uint32_t first_leaf,
                       uint32_t end_leaf) {
  const acta_tb_node *nd = node(i);
  cr_assert(nd->label_len == strlen(label) &&
                memcmp(nd->label, label, nd->label_len) == 0,
            "node %zu: label '%.*s', expected '%s'", i, (int)nd->label_len,
            nd->label, label);
  if (word) {
    cr_assert_not_null(nd->word, "node %zu: no word, expected '%s'", i, word);
    cr_assert(nd->word_len == strlen(word) &&
                  memcmp(nd->word, word, nd->word_len) == 0,
              "node %zu: word '%.*s', expected '%s'", i, (int)nd->word_len,
              nd->word, word);
  } else {
    cr_assert_null(nd->word, "node %zu ('%s') has a word '%.*s'", i, label,
                   (int)nd->word_len, nd->word);
    cr_assert_eq(nd->leaf, -1, "node %zu ('%s') is a leaf", i, label);
  }
  cr_assert_eq(nd->parent, parent, "node %zu: parent %d, expected %d", i,
               nd->parent, parent);
  cr_assert_eq(nd->first_leaf, first_leaf, "node %zu: first_leaf %u, not %u",
               i, nd->first_leaf, first_leaf);
  cr_assert_eq(nd->end_leaf, end_leaf, "node %zu: end_leaf %u, not %u", i,
               nd->end_leaf, end_leaf);
}

/* Asserts the leaf -> node map and its inverse. */
static void check_leaves(const int32_t *want, size_t n) {
  cr_assert_eq(tb.nleaves, n, "%zu leaves, expected %zu", tb.nleaves, n);
  for (size_t L = 0; L < n; L++) {
    cr_assert_eq(tb.leaves[L], want[L], "leaf %zu -> node %d, expected %d", L,
                 tb.leaves[L], want[L]);
    cr_assert_eq(tb.nodes[tb.leaves[L]].leaf, (int32_t)L);
  }
}

/* Invariants every tree must keep, whatever the input. */
static void check_invariants(void) {
  for (size_t i = 0; i < tb.n; i++) {
    const acta_tb_node *nd = &tb.nodes[i];
    cr_assert_leq(nd->first_leaf, nd->end_leaf, "node %zu", i);
    cr_assert_leq(nd->end_leaf, tb.nleaves, "node %zu", i);
    cr_assert(nd->parent >= -1 && nd->parent < (int32_t)i, "node %zu", i);
    if (nd->parent >= 0) {
      const acta_tb_node *p = &tb.nodes[nd->parent];
      cr_assert(p->first_leaf <= nd->first_leaf && nd->end_leaf <= p->end_leaf,
                "node %zu outside its parent's leaves", i);
    }
    if (nd->leaf >= 0) cr_assert_eq(tb.leaves[nd->leaf], (int32_t)i);
  }
}

/* Tokenizes text into toks (no dictionary) and returns the token count. */
static size_t tok(const char *text) {
  acta_tokenize(NULL, text, strlen(text), &toks);
  return toks.n;
}

/* Index of the first token at or after `from` whose text is w. */
static uint32_t tok_of(const char *text, const char *w, uint32_t from) {
  size_t n = strlen(w);
  for (uint32_t k = from; k < toks.n; k++)
    if (toks.v[k].end - toks.v[k].start == n &&
        memcmp(text + toks.v[k].start, w, n) == 0)
      return k;
  cr_assert_fail("no token '%s' in '%s'", w, text);
  return 0;
}

/* Reads parse, tokenizes text and lays the parse's tags over every token. */
static uint8_t tags[256];
static void tag_all(const char *text, const char *parse) {
  acta_treebank_read(&tb, parse, strlen(parse));
  size_t n = tok(text);
  cr_assert_lt(n, sizeof tags);
  memset(tags, 0xEE, sizeof tags);
  acta_treebank_tags(&tb, text, &toks, 0, (uint32_t)n, tags, NULL);
  for (size_t k = 0; k < n; k++) cr_assert_neq(tags[k], 0xEE, "token %zu", k);
  cr_assert_eq(tags[n], 0xEE, "written past the range");
}

/* The tag of the token w (the first one at or after token from). */
static int tag_of(const char *text, const char *w, uint32_t from) {
  return tags[tok_of(text, w, from)];
}

#define TAG(text, w, want)                                                   \
  cr_assert_eq(tag_of(text, w, 0), want, "'%s': tag %s, expected %s", w,     \
               acta_pos_name(tag_of(text, w, 0)), acta_pos_name(want))

/* ---- reading ----------------------------------------------------------- */

Test(treebank, root_form_nodes_words_parents_leaves) {
  const char *s =
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD recalled) (NP (PRP$ its) "
      "(NN envoy))) (. .)))";
  cr_assert_eq(rd(s), 0);
  cr_assert_eq(tb.n, 10);
  check_node(0, "ROOT", NULL, -1, 0, 5);
  check_node(1, "S", NULL, 0, 0, 5);
  check_node(2, "NP", NULL, 1, 0, 1);
  check_node(3, "NNP", "Arnor", 2, 0, 1);
  check_node(4, "VP", NULL, 1, 1, 4);
  check_node(5, "VBD", "recalled", 4, 1, 2);
  check_node(6, "NP", NULL, 4, 2, 4);
  check_node(7, "PRP$", "its", 6, 2, 3);
  check_node(8, "NN", "envoy", 6, 3, 4);
  check_node(9, ".", ".", 1, 4, 5);
  const int32_t leaves[] = {3, 5, 7, 8, 9};
  check_leaves(leaves, 5);
  check_invariants();
  /* labels and words point into the parse text */
  cr_assert_eq(tb.nodes[0].label, s + 1);
  cr_assert_eq(tb.nodes[3].word, strstr(s, "Arnor"));
  cr_assert_eq(tb.nodes[9].word, strstr(s, ". .") + 2);
}

Test(treebank, unlabelled_root_form) {
  /* the "( (S ...))" form, spread over lines as some parsers print it */
  const char *s = "( (S\n    (NP (NNP Gondor))\n    (VP (VBZ mobilises)\n"
                  "      (NP (NNS troops)))\n\t(. .)) )\n";
  cr_assert_eq(rd(s), 0);
  cr_assert_eq(tb.n, 9);
  check_node(0, "", NULL, -1, 0, 4);
  check_node(1, "S", NULL, 0, 0, 4);
  check_node(2, "NP", NULL, 1, 0, 1);
  check_node(3, "NNP", "Gondor", 2, 0, 1);
  check_node(4, "VP", NULL, 1, 1, 3);
  check_node(5, "VBZ", "mobilises", 4, 1, 2);
  check_node(6, "NP", NULL, 4, 2, 3);
  check_node(7, "NNS", "troops", 6, 2, 3);
  check_node(8, ".", ".", 1, 3, 4);
  const int32_t leaves[] = {3, 5, 7, 8};
  check_leaves(leaves, 4);
  check_invariants();
}

Test(treebank, space_after_open_bracket_and_tight_brackets) {
  cr_assert_eq(rd("(ROOT(S( NP(NNP Rohan))(VP(VBD wavered))))"), 0);
  cr_assert_eq(tb.n, 6);
  check_node(0, "ROOT", NULL, -1, 0, 2);
  check_node(2, "NP", NULL, 1, 0, 1);
  check_node(3, "NNP", "Rohan", 2, 0, 1);
  check_node(5, "VBD", "wavered", 4, 1, 2);
  check_invariants();
}

Test(treebank, several_roots) {
  cr_assert_eq(rd("(S (NNP Arnor)) (S (NNP Rohan))"), 0);
  cr_assert_eq(tb.n, 4);
  check_node(0, "S", NULL, -1, 0, 1);
  check_node(1, "NNP", "Arnor", 0, 0, 1);
  check_node(2, "S", NULL, -1, 1, 2);
  check_node(3, "NNP", "Rohan", 2, 1, 2);
  check_invariants();
}

Test(treebank, missing_closers_return_error_but_keep_the_tree) {
  cr_assert_eq(rd("(ROOT (S (NP (NNP Rohan)) (VP (VBD fell) (PP (IN to"),
               -1);
  cr_assert_eq(tb.n, 8);
  check_node(0, "ROOT", NULL, -1, 0, 3);
  check_node(1, "S", NULL, 0, 0, 3);
  check_node(3, "NNP", "Rohan", 2, 0, 1);
  check_node(4, "VP", NULL, 1, 1, 3);
  check_node(5, "VBD", "fell", 4, 1, 2);
  check_node(6, "PP", NULL, 4, 2, 3);
  check_node(7, "IN", "to", 6, 2, 3);
  const int32_t leaves[] = {3, 5, 7};
  check_leaves(leaves, 3);
  check_invariants();
}

Test(treebank, extra_closers_return_error_but_keep_the_tree) {
  cr_assert_eq(rd("(NP (DT the) (NN wall))) (NP (NN gate))"), -1);
  cr_assert_eq(tb.n, 5);
  check_node(0, "NP", NULL, -1, 0, 2);
  check_node(1, "DT", "the", 0, 0, 1);
  check_node(2, "NN", "wall", 0, 1, 2);
  check_node(3, "NP", NULL, -1, 2, 3);
  check_node(4, "NN", "gate", 3, 2, 3);
  check_invariants();

  cr_assert_eq(rd(")) (NN gate)"), -1);
  cr_assert_eq(tb.n, 1);
  check_node(0, "NN", "gate", -1, 0, 1);
}

Test(treebank, word_outside_any_node) {
  cr_assert_eq(rd("Arnor (NNP Gondor)"), -1);
  cr_assert_eq(tb.n, 1);
  check_node(0, "NNP", "Gondor", -1, 0, 1);
  const int32_t leaves[] = {0};
  check_leaves(leaves, 1);

  cr_assert_eq(rd("(ROOT (NN siege)) aftermath"), -1);
  cr_assert_eq(tb.n, 2);
  cr_assert_eq(tb.nleaves, 1);
  check_node(1, "NN", "siege", 0, 0, 1);
  check_invariants();
}

Test(treebank, two_words_in_one_node_keep_the_first) {
  cr_assert_eq(rd("(NP (NN border dispute) (NNS talks))"), -1);
  cr_assert_eq(tb.n, 3);
  check_node(0, "NP", NULL, -1, 0, 2);
  check_node(1, "NN", "border", 0, 0, 1);
  check_node(2, "NNS", "talks", 0, 1, 2);
  const int32_t leaves[] = {1, 2};
  check_leaves(leaves, 2);
  check_invariants();
}

Test(treebank, empty_and_blank_input) {
  cr_assert_eq(rd(""), 0);
  cr_assert_eq(tb.n, 0);
  cr_assert_eq(tb.nleaves, 0);
  cr_assert_eq(rd(" \n\t\r "), 0);
  cr_assert_eq(tb.n, 0);
  cr_assert_eq(tb.nleaves, 0);
  cr_assert_eq(rd("()"), 0); /* a node with neither label nor word */
  cr_assert_eq(tb.n, 1);
  check_node(0, "", NULL, -1, 0, 0);
}

Test(treebank, reading_again_starts_afresh) {
  cr_assert_eq(rd("(S (NP (NNP Arnor)) (VP (VBD sighed)))"), 0);
  cr_assert_eq(tb.n, 5);
  cr_assert_eq(rd("(NN truce)"), 0);
  cr_assert_eq(tb.n, 1);
  cr_assert_eq(tb.nleaves, 1);
  check_node(0, "NN", "truce", -1, 0, 1);
}

Test(treebank, honours_len) {
  /* an exactly-sized buffer with no NUL: ASan catches any read past it */
  const char *s = "(NP (NN harbour) (NNS gates))";
  size_t cut = strlen("(NP (NN harb");
  char *buf = malloc(cut);
  memcpy(buf, s, cut);
  cr_assert_eq(acta_treebank_read(&tb, buf, cut), -1);
  cr_assert_eq(tb.n, 2);
  check_node(1, "NN", "harb", 0, 0, 1);
  check_node(0, "NP", NULL, -1, 0, 1);
  free(buf);
}

Test(treebank, hundred_thousand_deep_nesting) {
  /* must neither recurse nor go quadratic */
  const size_t depth = 100000;
  const char *leaf = "(NN keep)";
  size_t ll = strlen(leaf);
  size_t len = depth * 3 + ll + depth;
  char *s = malloc(len);
  for (size_t i = 0; i < depth; i++) memcpy(s + 3 * i, "(X ", 3);
  memcpy(s + 3 * depth, leaf, ll);
  memset(s + 3 * depth + ll, ')', depth);
  cr_assert_eq(acta_treebank_read(&tb, s, len), 0);
  cr_assert_eq(tb.n, depth + 1);
  cr_assert_eq(tb.nleaves, 1);
  for (size_t i = 0; i <= depth; i++) {
    const acta_tb_node *nd = &tb.nodes[i];
    cr_assert_eq(nd->parent, (int32_t)i - 1);
    cr_assert_eq(nd->first_leaf, 0);
    cr_assert_eq(nd->end_leaf, 1);
  }
  check_node(depth, "NN", "keep", (int32_t)depth - 1, 0, 1);
  cr_assert_eq(tb.leaves[0], (int32_t)depth);

  /* the same nesting left open: every node is closed at the end */
  cr_assert_eq(acta_treebank_read(&tb, s, 3 * depth + ll), -1);
  cr_assert_eq(tb.n, depth + 1);
  for (size_t i = 0; i <= depth; i++) cr_assert_eq(tb.nodes[i].end_leaf, 1);
  check_invariants();

  /* and a deep tree is laid over tokens like any other */
  size_t n = tok("keep");
  uint8_t t[1] = {0xEE};
  acta_treebank_tags(&tb, "keep", &toks, 0, (uint32_t)n, t, NULL);
  cr_assert_eq(t[0], P_NOUN);
  free(s);
}

Test(treebank, many_leaves_are_linear) {
  /* 200,000 flat leaves (the arrays grow, the tree stays consistent) */
  const size_t nw = 200000;
  const char *unit = " (NN w)";
  size_t ul = strlen(unit);
  size_t len = 3 + nw * ul + 1;
  char *s = malloc(len);
  memcpy(s, "(NP", 3);
  for (size_t i = 0; i < nw; i++) memcpy(s + 3 + i * ul, unit, ul);
  s[len - 1] = ')';
  cr_assert_eq(acta_treebank_read(&tb, s, len), 0);
  cr_assert_eq(tb.n, nw + 1);
  cr_assert_eq(tb.nleaves, nw);
  check_node(0, "NP", NULL, -1, 0, (uint32_t)nw);
  cr_assert_eq(tb.leaves[nw - 1], (int32_t)nw);
  check_invariants();
  free(s);
}

/* ---- tags over tokens -------------------------------------------------- */

static const char *WIRETAP = "Arnor will wire tap the links .";

Test(treebank, tags_land_on_the_right_tokens) {
  tag_all(WIRETAP,
          "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (ADVP (RB wire)) "
          "(VB tap) (NP (DT the) (NNS links)))) (. .)))");
  cr_assert_eq(toks.n, 7);
  cr_assert_eq(tags[0], P_PROPN);
  cr_assert_eq(tags[1], P_NONE); /* MD */
  cr_assert_eq(tags[2], P_ADV);
  cr_assert_eq(tags[3], P_VERB);
  cr_assert_eq(tags[4], P_NONE); /* DT */
  cr_assert_eq(tags[5], P_NOUN);
  cr_assert_eq(tags[6], P_NONE); /* . */
}

Test(treebank, tag_table) {
  static const struct { const char *label; int tag; } T[] = {
      {"NN", P_NOUN},   {"NNS", P_NOUN},   {"NNP", P_PROPN}, {"NNPS", P_PROPN},
      {"VB", P_VERB},   {"VBD", P_VERB},   {"VBG", P_VERB},  {"VBN", P_VERB},
      {"VBP", P_VERB},  {"VBZ", P_VERB},   {"JJ", P_ADJ},    {"JJR", P_ADJ},
      {"JJS", P_ADJ},   {"RB", P_ADV},     {"RBR", P_ADV},   {"RBS", P_ADV},
      /* closed classes and near misses say nothing */
      {"DT", P_NONE},   {"IN", P_NONE},    {"MD", P_NONE},   {"PRP", P_NONE},
      {"PRP$", P_NONE}, {"CC", P_NONE},    {"TO", P_NONE},   {"CD", P_NONE},
      {"WDT", P_NONE},  {"POS", P_NONE},   {"RP", P_NONE},   {"UH", P_NONE},
      {"VBX", P_NONE},  {"VBDZ", P_NONE},  {"V", P_NONE},    {"N", P_NONE},
      {"NNX", P_NONE},  {"nn", P_NONE},    {"JJX", P_NONE},  {"RBZ", P_NONE},
      {"-NONE-", P_NONE}, {"VBDD", P_NONE}};
  size_t nt = sizeof T / sizeof T[0];
  char text[2048] = "", parse[4096] = "(S";
  for (size_t i = 0; i < nt; i++) {
    char w[16];
    snprintf(w, sizeof w, "w%zu", i);
    strcat(text, i ? " " : "");
    strcat(text, w);
    strcat(parse, " (");
    strcat(parse, T[i].label);
    strcat(parse, " ");
    strcat(parse, w);
    strcat(parse, ")");
  }
  strcat(parse, ")");
  tag_all(text, parse);
  cr_assert_eq(toks.n, nt);
  for (size_t i = 0; i < nt; i++)
    cr_assert_eq(tags[i], T[i].tag, "'%s': %s, expected %s", T[i].label,
                 acta_pos_name(tags[i]), acta_pos_name(T[i].tag));
}

Test(treebank, a_dropped_word_does_not_shift_the_rest) {
  tag_all(WIRETAP, "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB tap) "
                   "(NP (DT the) (NNS links)))) (. .)))");
  TAG(WIRETAP, "Arnor", P_PROPN);
  TAG(WIRETAP, "wire", P_NONE);
  TAG(WIRETAP, "tap", P_VERB);
  TAG(WIRETAP, "the", P_NONE);
  TAG(WIRETAP, "links", P_NOUN);
}

Test(treebank, a_misspelt_word_does_not_shift_the_rest) {
  tag_all(WIRETAP, "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (NN wyre) "
                   "(VB tap) (NP (DT the) (NNS links)))) (. .)))");
  TAG(WIRETAP, "wire", P_NONE);
  TAG(WIRETAP, "tap", P_VERB);
  TAG(WIRETAP, "links", P_NOUN);

  /* the first word misspelt, the last word missing */
  tag_all(WIRETAP, "(S (NNP Arnur) (MD will) (JJ wire) (VB tap) (DT the))");
  TAG(WIRETAP, "Arnor", P_NONE);
  TAG(WIRETAP, "wire", P_ADJ);
  TAG(WIRETAP, "tap", P_VERB);
  TAG(WIRETAP, "links", P_NONE);
}

Test(treebank, an_inserted_word_does_not_shift_the_rest) {
  tag_all(WIRETAP, "(S (NNP Arnor) (MD will) (RB secretly) (JJ wire) (VB tap) "
                   "(PDT all) (DT the) (NNS links) (. .))");
  TAG(WIRETAP, "Arnor", P_PROPN);
  TAG(WIRETAP, "wire", P_ADJ);
  TAG(WIRETAP, "tap", P_VERB);
  TAG(WIRETAP, "links", P_NOUN);
}

Test(treebank, a_leaf_covering_part_of_a_token_tags_nothing) {
  const char *text = "Arnor will wiretap the links .";
  tag_all(text, "(S (NNP Arnor) (MD will) (NN wire) (VB tap) (DT the) "
                "(NNS links) (. .))");
  TAG(text, "wiretap", P_NONE);
  TAG(text, "links", P_NOUN);
}

Test(treebank, contractions_split_like_the_tokens) {
  const char *text = "Rohan didn't sign the accord .";
  tag_all(text, "(S (NNP Rohan) (VBD did) (RB n't) (VB sign) (DT the) "
                "(NN accord) (. .))");
  TAG(text, "Rohan", P_PROPN);
  TAG(text, "did", P_VERB);
  TAG(text, "n't", P_ADV);
  TAG(text, "sign", P_VERB);
  TAG(text, "accord", P_NOUN);
}

Test(treebank, bracket_escapes) {
  const char *text = "Arnor (the northern kingdom) [reportedly] {again} "
                     "massed troops .";
  tag_all(text,
          "(ROOT (S (NP (NP (NNP Arnor)) (PRN (-LRB- -LRB-) (NP (DT the) "
          "(JJ northern) (NN kingdom)) (-RRB- -RRB-))) (-LSB- -LSB-) "
          "(RB reportedly) (-RSB- -RSB-) (-LCB- -LCB-) (RB again) "
          "(-RCB- -RCB-) (VP (VBD massed) (NP (NNS troops))) (. .)))");
  TAG(text, "Arnor", P_PROPN);
  TAG(text, "(", P_NONE);
  TAG(text, "northern", P_ADJ);
  TAG(text, "kingdom", P_NOUN);
  TAG(text, ")", P_NONE);
  TAG(text, "reportedly", P_ADV);
  TAG(text, "again", P_ADV);
  TAG(text, "massed", P_VERB);
  TAG(text, "troops", P_NOUN);
}

Test(treebank, an_escaped_bracket_tagged_open_class_lands_on_the_bracket) {
  /* the escape is undone before placing: "-LRB-" stands for the "(" token */
  const char *text = "Gondor ( north ) rallied";
  tag_all(text, "(S (NNP Gondor) (NN -LRB-) (RB north) (NN -RRB-) "
                "(VBD rallied))");
  TAG(text, "(", P_NOUN);
  TAG(text, "north", P_ADV);
  TAG(text, ")", P_NOUN);
  TAG(text, "rallied", P_VERB);
}

static const char *QUOTE_PARSE =
    "(ROOT (S (NP (NNP Gondor)) (VP (VBD called) (NP (DT the) (NN levy)) "
    "(S (`` ``) (NP (NN theft)) ('' ''))) (CC and) (VP (VBD left)) (. .)))";

Test(treebank, quotes_align_with_ascii_quotes) {
  const char *text = "Gondor called the levy \"theft\" and left .";
  tag_all(text, QUOTE_PARSE);
  TAG(text, "\"", P_NONE);
  cr_assert_eq(tag_of(text, "\"", tok_of(text, "\"", 0) + 1), P_NONE);
  TAG(text, "levy", P_NOUN);
  TAG(text, "theft", P_NOUN);
  TAG(text, "and", P_NONE);
  TAG(text, "left", P_VERB);
}

Test(treebank, quotes_align_with_curly_and_latex_quotes) {
  const char *text = "Gondor called the levy \xE2\x80\x9Ctheft\xE2\x80\x9D "
                     "and left .";
  tag_all(text, QUOTE_PARSE);
  TAG(text, "theft", P_NOUN);
  TAG(text, "left", P_VERB);

  const char *latex = "Gondor called the levy ``theft'' and left .";
  tag_all(latex, QUOTE_PARSE);
  TAG(latex, "theft", P_NOUN);
  TAG(latex, "left", P_VERB);

  const char *single = "Gondor called the levy 'theft' and left .";
  tag_all(single, QUOTE_PARSE);
  TAG(single, "theft", P_NOUN);
  TAG(single, "left", P_VERB);
}

Test(treebank, quotes_in_the_parse_only) {
  const char *text = "Gondor called the levy theft and left .";
  tag_all(text, QUOTE_PARSE);
  TAG(text, "levy", P_NOUN);
  TAG(text, "theft", P_NOUN);
  TAG(text, "left", P_VERB);
}

Test(treebank, quotes_in_the_text_only) {
  const char *text = "Gondor called the levy \"theft\" and left .";
  tag_all(text, "(S (NNP Gondor) (VBD called) (DT the) (NN levy) (NN theft) "
                "(CC and) (VBD left) (. .))");
  TAG(text, "theft", P_NOUN);
  TAG(text, "left", P_VERB);
}

Test(treebank, only_the_given_range_is_written) {
  const char *text = "Rohan wavered . Arnor will wire tap the links .";
  size_t n = tok(text);
  cr_assert_eq(acta_treebank_read(
                   &tb, "(S (NNP Arnor) (MD will) (JJ wire) (VB tap) "
                        "(DT the) (NNS links) (. .))",
                   strlen("(S (NNP Arnor) (MD will) (JJ wire) (VB tap) "
                          "(DT the) (NNS links) (. .))")),
               0);
  uint32_t first = tok_of(text, "Arnor", 0);
  memset(tags, 0xEE, sizeof tags);
  acta_treebank_tags(&tb, text, &toks, first, (uint32_t)n, tags, NULL);
  for (uint32_t k = 0; k < first; k++) cr_assert_eq(tags[k], 0xEE);
  cr_assert_eq(tags[first], P_PROPN);
  cr_assert_eq(tag_of(text, "tap", first), P_VERB);
  cr_assert_eq(tag_of(text, "links", first), P_NOUN);
  cr_assert_eq(tags[n], 0xEE);

  /* a range that stops early: the parse's later words are not placed */
  memset(tags, 0xEE, sizeof tags);
  uint32_t tap = tok_of(text, "tap", first);
  acta_treebank_tags(&tb, text, &toks, first, tap, tags, NULL);
  cr_assert_eq(tags[first], P_PROPN);
  cr_assert_eq(tags[tap - 1], P_ADJ);
  cr_assert_eq(tags[tap], 0xEE);

  /* an empty range writes nothing */
  memset(tags, 0xEE, sizeof tags);
  acta_treebank_tags(&tb, text, &toks, first, first, tags, NULL);
  for (size_t k = 0; k < n; k++) cr_assert_eq(tags[k], 0xEE);
}

Test(treebank, no_parse_gives_no_tags) {
  tag_all(WIRETAP, "");
  for (size_t k = 0; k < toks.n; k++) cr_assert_eq(tags[k], P_NONE);
  tag_all(WIRETAP, "(ROOT (S (NP) (VP)))");
  for (size_t k = 0; k < toks.n; k++) cr_assert_eq(tags[k], P_NONE);
  /* a parse of some other sentence */
  tag_all(WIRETAP, "(S (NNP Rohan) (VBD wavered) (. ,))");
  for (size_t k = 0; k < toks.n; k++) cr_assert_eq(tags[k], P_NONE);
}

Test(treebank, a_broken_parse_still_tags_what_it_read) {
  tag_all(WIRETAP, "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (JJ wire) "
                   "(VB tap");
  TAG(WIRETAP, "Arnor", P_PROPN);
  TAG(WIRETAP, "wire", P_ADJ);
  TAG(WIRETAP, "tap", P_VERB);
  TAG(WIRETAP, "links", P_NONE);
}

Test(treebank, a_resynced_word_is_not_found_inside_a_longer_one) {
  /* the parse has no "wiretap": its "tap" is the word "tap", not the end of
   * "wiretap" */
  const char *text = "Arnor will wiretap the tap lines .";
  tag_all(text, "(S (NNP Arnor) (MD will) (VB tap) (NNS lines) (. .))");
  TAG(text, "wiretap", P_NONE);
  TAG(text, "tap", P_VERB);
  TAG(text, "lines", P_NOUN);
}

Test(treebank, a_nul_byte_in_a_label_is_not_a_tag) {
  /* labels are not NUL-ended: "VB\0" is a three-byte label, not "VB" */
  static const char parse[] = "(S (VB\0 tap) (NN\0 links) (VB tap))";
  acta_treebank_read(&tb, parse, sizeof parse - 1);
  cr_assert_eq(tb.n, 4);
  cr_assert_eq(tb.nodes[1].label_len, 3);
  const char *text = "tap links tap";
  size_t n = tok(text);
  memset(tags, 0xEE, sizeof tags);
  acta_treebank_tags(&tb, text, &toks, 0, (uint32_t)n, tags, NULL);
  cr_assert_eq(tags[0], P_NONE, "'VB\\0' tagged %s", acta_pos_name(tags[0]));
  cr_assert_eq(tags[1], P_NONE);
  cr_assert_eq(tags[2], P_VERB);
}

/* ---- writing a parse back --------------------------------------------- */

static const char *ENVOY =
    "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN envoy)) (VP (VBD said) "
    "(`` ``) (NP (NN peace)) ('' '') (-LRB- -LRB-) (RB now) (-RRB- -RRB-)) "
    "(. .)))";

Test(treebank, write_gives_back_the_parse_and_its_text) {
  acta_buf p, t;
  acta_buf_init(&p);
  acta_buf_init(&t);
  cr_assert_eq(rd(ENVOY), 0);
  acta_treebank_write(&tb, NULL, &p, &t);
  cr_assert_str_eq(acta_buf_cstr(&p), ENVOY);
  cr_assert_str_eq(acta_buf_cstr(&t), "Gondor's envoy said \"peace\" (now).");

  /* the "( (S ...))" form, laid out over lines, comes back on one line */
  cr_assert_eq(rd("( (S\n  (NP (NNP Rohan))\n  (VP (VBD wavered))) )"), 0);
  acta_treebank_write(&tb, NULL, &p, &t);
  cr_assert_str_eq(acta_buf_cstr(&p),
                   "( (S (NP (NNP Rohan)) (VP (VBD wavered))))");
  cr_assert_str_eq(acta_buf_cstr(&t), "Rohan wavered");

  /* nothing read, nothing written */
  cr_assert_eq(rd(""), 0);
  acta_treebank_write(&tb, NULL, &p, &t);
  cr_assert_eq(p.len, 0);
  cr_assert_eq(t.len, 0);
  acta_buf_free(&p);
  acta_buf_free(&t);
}

Test(treebank, write_drops_the_leaves_not_kept_and_still_aligns) {
  acta_buf p, t;
  acta_buf_init(&p);
  acta_buf_init(&t);
  cr_assert_eq(rd(ENVOY), 0);
  cr_assert_eq(tb.nleaves, 11);
  uint8_t keep[11];
  memset(keep, 1, sizeof keep);
  keep[1] = 0; /* 's */
  keep[8] = 0; /* now */
  acta_treebank_write(&tb, keep, &p, &t);
  cr_assert_str_eq(acta_buf_cstr(&p),
                   "(ROOT (S (NP (NP (NNP Gondor)) (NN envoy)) (VP (VBD said) "
                   "(`` ``) (NP (NN peace)) ('' '') (-LRB- -LRB-) "
                   "(-RRB- -RRB-)) (. .)))");
  cr_assert_str_eq(acta_buf_cstr(&t), "Gondor envoy said \"peace\" ().");

  /* the written text and parse align word for word */
  char *text = strdup(acta_buf_cstr(&t));
  char *parse = strdup(acta_buf_cstr(&p));
  tag_all(text, parse);
  TAG(text, "Gondor", P_PROPN);
  TAG(text, "envoy", P_NOUN);
  TAG(text, "said", P_VERB);
  TAG(text, "peace", P_NOUN);
  free(text);
  free(parse);
  acta_buf_free(&p);
  acta_buf_free(&t);
}

Test(treebank, a_parse_word_does_not_match_the_start_of_a_longer_word) {
  /* the parse has an "a" the text lacks: it must not eat "attacked" */
  const char *text = "Rohan attacked Gondor .";
  tag_all(text, "(S (NNP Rohan) (DT a) (VBD attacked) (NNP Gondor) (. .))");
  TAG(text, "attacked", P_VERB);
  TAG(text, "Gondor", P_PROPN);
}

Test(treebank, leaf_gives_each_word_its_leaf) {
  acta_treebank tb;
  memset(&tb, 0, sizeof tb);
  const char *parse = "(S (NP (JJ Danish) (NNS media) (CC and) (NNS government)) "
                      "(VP (VBD warned)))";
  cr_assert_eq(acta_treebank_read(&tb, parse, strlen(parse)), 0);
  const char *text = "Danish media and government warned";
  acta_tokens toks;
  memset(&toks, 0, sizeof toks);
  acta_tokenize(NULL, text, strlen(text), &toks);
  cr_assert_eq(toks.n, 5);
  uint8_t tags[5];
  int32_t leaf[5];
  acta_treebank_tags(&tb, text, &toks, 0, 5, tags, leaf);
  for (int k = 0; k < 5; k++) cr_assert_eq(leaf[k], k);
  /* media, and, government share the NP (node 1); warned is in the VP */
  cr_assert_eq(tb.nodes[tb.leaves[leaf[1]]].parent, 1);
  cr_assert_eq(tb.nodes[tb.leaves[leaf[2]]].parent, 1);
  cr_assert_eq(tb.nodes[tb.leaves[leaf[3]]].parent, 1);
  cr_assert_eq(tb.nodes[tb.nodes[tb.leaves[leaf[4]]].parent].label[0], 'V');
  /* the VP's nearest earlier NP sibling is the subject NP */
  int32_t npb[16], scratch[16];
  cr_assert(tb.n <= 16);
  acta_treebank_np_before(&tb, npb, scratch);
  int32_t vp = tb.nodes[tb.leaves[leaf[4]]].parent;
  cr_assert_eq(npb[vp], 1);
  cr_assert_eq(npb[1], -1);
  acta_tokens_free(&toks);
  acta_treebank_free(&tb);
}
