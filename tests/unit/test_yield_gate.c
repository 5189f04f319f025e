/* SPDX-License-Identifier: MIT */
/* test_yield_gate.c: unit tests for the coder's early exit (speed43a,
 * yield_gate.c): an article none of whose words could head an event is
 * written as no_event without the stages.  The gate must be exact: each
 * text below is coded twice, through the gate (acta_code_article) and
 * through every stage (acta_explain, which never takes it), and the
 * events must be the same; a text the gate turns away must code nothing
 * through every stage.  The texts are the project's own. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "coder_internal.h"

static acta_dict *dict;
static acta_coder *coder;

static void setup(void) {
  char err[512];
  dict = acta_dict_load(NULL, err, sizeof err);
  cr_assert_not_null(dict, "%s", err);
  coder = acta_coder_new(dict);
  cr_assert_not_null(coder);
}

static void teardown(void) {
  acta_coder_free(coder);
  acta_dict_free(dict);
}

TestSuite(yield_gate, .init = setup, .fini = teardown, .timeout = 120);

/* The events of text through the gate; *gate: what the gate said of it. */
static size_t code_gated(const char *text, int *gate) {
  acta_article a = {.id = "t", .date = "2024-03-05", .text = text, .text_len = strlen(text)};
  cr_assert_eq(acta_code_article(coder, &a), 0, "%s", acta_coder_error(coder));
  size_t n;
  acta_events(coder, &n);
  /* the tokens and sentences are the article's still: the stages change
   * tags, never the words the gate reads */
  *gate = acta_article_may_yield(coder);
  return n;
}

/* The events of text through every stage (explain traces: no gate). */
static size_t code_full(const char *text) {
  size_t len;
  cr_assert_not_null(acta_explain(coder, text, strlen(text), "2024-03-05", &len));
  size_t n;
  acta_events(coder, &n);
  return n;
}

static const char *const texts[] = {
    /* no word that heads anything */
    "The weather in the northern valley was mild for most of the week.",
    "A museum of modern art in the old harbour district draws many tourists.",
    "The river is wide and slow near the bridge.",
    "Her latest novel is about three sisters and a lighthouse.",
    "Prices of coffee and cocoa were higher than in the previous season.",
    /* figures: a count of the dead, of people held, of protesters */
    "Eleven bodies lay by the road near the border town.",
    "Some 300 protesters in the main square of the provincial capital.",
    "At least forty were held after the raid on the ranch.",
    "Two dead and five wounded in the hillside village overnight.",
    /* statements and acts */
    "The interior minister said the curfew would be lifted on Friday.",
    /* a statement whose verb heads no pattern ("say", "stress") */
    "The finance minister said the harvest was good.",
    "The senator stressed that the bridge was old.",
    "Police arrested three suspected smugglers at the port of Veracruz.",
    "Rebels attacked an army outpost in the south of the country.",
    "The two governments signed a trade agreement in Lima.",
    "Gunmen killed a local councillor outside his home on Monday.",
    "The prosecutor's arrest of the mayor shocked the town.",
    "Dozens of students marched through the city centre.",
    "Guatemala's president met his Mexican counterpart.",
};

Test(yield_gate, gated_and_full_coding_agree) {
  size_t turned_away = 0, with_events = 0;
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    int gate;
    size_t gated = code_gated(texts[i], &gate);
    size_t full = code_full(texts[i]);
    cr_assert_eq(gated, full, "'%s': %zu events through the gate, %zu through every stage",
                 texts[i], gated, full);
    if (!gate) {
      cr_assert_eq(full, 0, "'%s': turned away by the gate, yet every stage codes %zu events",
                   texts[i], full);
      turned_away++;
    }
    if (full) with_events++;
  }
  /* both ways are taken */
  cr_assert_geq(turned_away, 4, "only %zu texts turned away", turned_away);
  cr_assert_geq(with_events, 6, "only %zu texts with events", with_events);
}

/* A figure's kind word alone keeps the article: the gate reads the words
 * as the figures stage reads them, glued runs from their bytes too. */
Test(yield_gate, reporting_verbs_keep_the_article) {
  int gate;
  /* "stress" heads no pattern: the statement alone keeps it */
  cr_assert_gt(code_gated("The senator stressed that the bridge was old.", &gate), 0);
  cr_assert(gate);
}

Test(yield_gate, figure_kind_words_keep_the_article) {
  static const char *const kept[] = {
      "Eleven bodies lay by the road.",
      "Some 300 protesters in the square.",
      "Thirty-one dead.",
      "Forty were held.",
      "A crowd of 2,000 outside the stadium.",
  };
  for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
    int gate;
    code_gated(kept[i], &gate);
    cr_assert(gate, "'%s': a figure's kind word, turned away", kept[i]);
  }
}
