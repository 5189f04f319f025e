/* SPDX-License-Identifier: MIT */
/* test_yield_gate.c: unit tests for the coder's early exit (speed43a,
 * yield_gate.c): an article none of whose words could head an event is
 * written as no_event without the stages.  The gate must be exact: each
 * text below is coded twice, through the gates (acta_code_article) and
 * through every stage (acta_explain, which never takes them), and the
 * events must be the same; a text a gate turns away (the first by its
 * words, the second after pass 1 by its tags and verb groups too) must
 * code nothing through every stage.  The texts are the project's own. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "coder_fixture.h"
#include "coder_internal.h"


TestSuite(yield_gate, .init = load_coder, .fini = free_coder, .timeout = 120);

/* The events of text through the gate. */
static size_t code_gated(const char *text) {
  acta_article a = {.id = "t", .date = "2024-03-05", .text = text, .text_len = strlen(text)};
  cr_assert_eq(acta_code_article(coder, &a), 0, "%s", acta_coder_error(coder));
  size_t n;
  acta_events(coder, &n);
  return n;
}

/* The events of text through every stage (explain traces: no gate), and
 * what the gates say of it then: *gate1 of its words, *gate2 of its tags
 * and verb groups too (pass 2 changes neither: they stand as pass 1 left
 * them). */
static size_t code_full(const char *text, int *gate1, int *gate2) {
  size_t len;
  cr_assert_not_null(acta_explain(coder, text, strlen(text), "2024-03-05", &len));
  size_t n;
  acta_events(coder, &n);
  *gate1 = acta_article_may_yield(coder);
  *gate2 = acta_tagged_article_may_yield(coder);
  return n;
}

static const char *const texts[] = {
    /* no word that heads anything */
    "The weather in the northern valley was mild for most of the week.",
    "A museum of modern art in the old harbour district draws many tourists.",
    "The river is wide and slow near the bridge.",
    "Her latest novel is about three sisters and a lighthouse.",
    "Prices of coffee and cocoa were higher than in the previous season.",
    /* words that head patterns, but not as the verb or noun they head */
    "The attack helicopter museum is closed on Sundays.",
    "Arrest warrant forms are printed in blue ink.",
    "The protest songs of the sixties are still popular.",
    "A meeting room on the second floor is being painted.",
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
    "Rebels attacked an army outpost in the country's south.",
    "The two governments signed a trade agreement in Lima.",
    "Gunmen killed a local councillor outside his home on Monday.",
    "The prosecutor's arrest of the mayor shocked the town.",
    "Dozens of students marched through the city centre.",
    "Guatemala's president met his Mexican counterpart.",
    /* speed45c: a verb that only frames ("~---": believe, estimate),
     * alone, and with a word that may make a statement of it (a modal of
     * demand, a crime, a culprit's "behind") */
    "The farm minister believes the harvest was poor.",
    "Local growers estimate the harvest at half the usual size.",
    "The farm minister believes the governor should resign.",
    "The farm minister believes the governor laundered money for the cartel.",
    "The farm minister believes the mayor was behind the killings.",
    "The farm minister believes the mayor was responsible for the massacre.",
    /* speed47a: the gate of the tags (acta_tags_may_yield): words a
     * dictionary phrase or a verb group may make nouns, verbs that may be
     * no group's head */
    "The jailed on fraud charges list grew longer in the spring catalogue.",
    "Attack and Defend is the name of a board game sold in Oslo.",
    "Painted arrest warrant covers hang in the gallery near the quay.",
    "The old ferry carried sheep, apples and a few tired hikers.",
};

Test(yield_gate, gated_and_full_coding_agree) {
  size_t turned_away = 0, turned_away2 = 0, with_events = 0, tags_no = 0;
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    int gate1, gate2;
    size_t gated = code_gated(texts[i]);
    size_t full = code_full(texts[i], &gate1, &gate2);
    /* speed47a: the gate of the tags, asked of the tags pass 1 left (which
     * make fewer verbs and nouns than they did before the mentions and
     * verb groups), keeps every text the tagged gate keeps */
    int gate_tags = acta_tags_may_yield(coder);
    cr_assert(!gate1 || !gate2 || gate_tags,
              "'%s': kept by the tagged gate, turned away by the gate of the tags", texts[i]);
    if (gate1 && !gate_tags) tags_no++;
    cr_assert_eq(gated, full, "'%s': %zu events through the gates, %zu through every stage",
                 texts[i], gated, full);
    if (!gate1 || !gate2) {
      cr_assert_eq(full, 0, "'%s': turned away by gate %d, yet every stage codes %zu events",
                   texts[i], gate1 ? 2 : 1, full);
      if (gate1) turned_away2++;
      else turned_away++;
    }
    if (full) with_events++;
  }
  /* every way is taken */
  cr_assert_geq(turned_away, 4, "only %zu texts turned away by their words", turned_away);
  cr_assert_geq(turned_away2, 2, "only %zu texts turned away by their tags", turned_away2);
  cr_assert_geq(with_events, 6, "only %zu texts with events", with_events);
  cr_assert_geq(tags_no, 2, "only %zu texts turned away by the gate of the tags", tags_no);
}

/* A figure's kind word alone keeps the article: the gate reads the words
 * as the figures stage reads them, glued runs from their bytes too. */
Test(yield_gate, reporting_verbs_keep_the_article) {
  int gate1, gate2;
  /* "stress" heads no pattern: the statement alone keeps it */
  cr_assert_gt(code_full("The senator stressed that the bridge was old.", &gate1, &gate2), 0);
  cr_assert(gate1 && gate2);
}

Test(yield_gate, figure_kind_words_keep_the_article) {
  static const char *const kept[] = {
      "Eleven bodies lay by the road.",
      "Some 300 protesters in the square.",
      "Thirty-one dead.",
      "Forty were held.",
      "A crowd of 2,000 outside the stadium.",
      /* a run of glued tokens that is not plain: read from its bytes */
      "Forty \u201cdead\u201d after the storm.",
      "Nine dead\u2014and more wounded.",
  };
  for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
    int gate1, gate2;
    code_full(kept[i], &gate1, &gate2);
    cr_assert(gate1 && gate2, "'%s': a figure's kind word, turned away", kept[i]);
  }
}

/* An article turned away leaves no figure summaries of the article before
 * (acta_attach_figures, which empties them, is not reached). */
Test(yield_gate, no_summaries_of_the_article_before) {
  size_t n;
  code_gated("Gunmen killed 12 people in the market on Monday. The army said 15 people "
             "were killed in the attack.");
  acta_figure_summaries(coder, &n);
  cr_assert_gt(n, 0, "the first text must leave summaries");
  code_gated(texts[0]);
  acta_figure_summaries(coder, &n);
  cr_assert_eq(n, 0);
  int gate1, gate2;
  code_full(texts[0], &gate1, &gate2);
  cr_assert(!gate1, "the second text must be turned away");
}

/* speed44b: the figures of a sentence that can make no event from them
 * are read at its end, and only when it has an event (event_figures.c,
 * acta_owed_figures).  Coded that way (acta_code_article) and through
 * every stage (acta_explain, which reads them where they stand), each
 * event must carry the same figures and the article the same summaries. */
static void figures_of(size_t *nev, size_t *nfig, size_t *nsum, double *sum) {
  const acta_event *ev = acta_events(coder, nev);
  *nfig = 0;
  *sum = 0;
  for (size_t e = 0; e < *nev; e++) {
    *nfig += ev[e].nfigures;
    for (size_t k = 0; k < ev[e].nfigures; k++)
      *sum += ev[e].figures[k].value * (double)(e + 1) + (double)ev[e].figures[k].start;
  }
  acta_figure_summaries(coder, nsum);
}

Test(yield_gate, owed_figures_as_every_stage_reads_them) {
  static const char *const arts[] = {
      /* an event with figures of other kinds in its sentence */
      "The army sent 3,000 troops to the border after rebels attacked a base on Monday.",
      "Police seized 2 tons of cocaine and arrested the captain of the ship.",
      /* a sentence with figures and no event between two with events */
      "Gunmen killed 12 people in the market on Monday. The town has 40,000 inhabitants "
      "and 3 schools. The army said 15 people were killed in the attack.",
      /* figures of other kinds only, no event at all */
      "The budget grew by 12 percent to $4 billion in 2019.",
      /* an event whose sentence's verb has no actor for a subject */
      "Floods killed 30 people and destroyed 200 homes. Rebels attacked 2 towns.",
  };
  for (size_t i = 0; i < sizeof arts / sizeof arts[0]; i++) {
    size_t n1, f1, s1, n2, f2, s2, len;
    double v1, v2;
    code_gated(arts[i]);
    figures_of(&n1, &f1, &s1, &v1);
    cr_assert_not_null(acta_explain(coder, arts[i], strlen(arts[i]), "2024-03-05", &len));
    figures_of(&n2, &f2, &s2, &v2);
    cr_assert(n1 == n2 && f1 == f2 && s1 == s2 && v1 == v2,
              "'%s': %zu events, %zu figures, %zu summaries against %zu, %zu, %zu", arts[i], n1,
              f1, s1, n2, f2, s2);
  }
}
