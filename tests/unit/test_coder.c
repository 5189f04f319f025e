/* SPDX-License-Identifier: MIT */
/* test_coder.c: unit tests for the coder's own machinery, on the bundled
 * dictionaries: the word lists interned at load (coder_words.c) and the
 * merging of an event coded twice in a sentence (events.c). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "coder_fixture.h"
#include "coder_words.h"
#include "dict.h"


TestSuite(coder, .init = load_coder, .fini = free_coder, .timeout = 60);

static const acta_event *code(const char *text, size_t *n) {
  acta_article a = {.id = "t", .date = "2022-10-27", .text = text,
                    .text_len = strlen(text)};
  cr_assert_eq(acta_code_article(coder, &a), 0, "%s", acta_coder_error(coder));
  return acta_events(coder, n);
}

static uint32_t cword(const char *w) {
  return acta_coder_word_of(dict->coder_words, w, strlen(w));
}

Test(coder, words_are_ids_of_their_written_form) {
  const acta_coder_words *cw = dict->coder_words;
  cr_assert_not_null(cw);
  cr_assert_eq(cword("and"), cw->w_and);
  cr_assert_eq(cword("according"), cw->w_according);
  cr_assert_neq(cw->w_and, cw->w_or);
  /* the written form exactly: not a hyphenated spelling, not a lemma */
  cr_assert_eq(cword("a-nd"), ACTA_NO_WORD);
  cr_assert(!acta_word_in(cw, cword("chief"), WL_EVIDENCE_NOUN));
  cr_assert(acta_word_in(cw, cword("chief"), WL_ORG_MEMBER));
  cr_assert(acta_word_in(cw, cword("chiefs"), WL_ORG_MEMBER));
  /* "photographs" and "whereas" are no words of WordNet's index: the
   * coder's lists hold them all the same */
  cr_assert(acta_word_in(cw, cword("photographs"), WL_EVIDENCE_NOUN));
  cr_assert(acta_word_in(cw, cword("whereas"), WL_SUBORDINATOR));
  cr_assert(!acta_word_in(cw, ACTA_NO_WORD, WL_SUBORDINATOR));
}

Test(coder, lemma_lists_use_lexicon_ids) {
  const acta_coder_words *cw = dict->coder_words;
  uint32_t quote = acta_intern_find(&dict->words, "quote", 5);
  uint32_t offer = acta_intern_find(&dict->words, "offer", 5);
  cr_assert_neq(quote, ACTA_NO_WORD);
  cr_assert_eq(cw->l_quote, quote);
  cr_assert(acta_lemma_is(quote, cw->l_quote));
  cr_assert(!acta_lemma_is(ACTA_NO_WORD, cw->l_quote));
  /* one lemma in several lists: "offer" commits, is light and controls */
  cr_assert(acta_lemma_in(cw, offer, WL_INTENT_VERB));
  cr_assert(acta_lemma_in(cw, offer, WL_LIGHT_VERB));
  cr_assert(acta_lemma_in(cw, offer, WL_CONTROL_VERB));
  cr_assert(!acta_lemma_in(cw, offer, WL_TELL_VERB));
  cr_assert(!acta_lemma_in(cw, ACTA_NO_WORD, WL_TELL_VERB));
}

/* review12: the lists nonact_verbs.c and event_filters.c kept as strings
 * are WL3 lists, tested by id: lemmas for the verbs (every form), written
 * forms for the nouns */
Test(coder, third_set_lists_by_id) {
  const acta_coder_words *cw = dict->coder_words;
  uint32_t fight = acta_intern_find(&dict->words, "fight", 5);
  uint32_t strike = acta_intern_find(&dict->words, "strike", 6);
  uint32_t find = acta_intern_find(&dict->words, "find", 4);
  cr_assert(acta_lemma_in3(cw, fight, WL3_FIGHT_VERB));
  cr_assert(!acta_lemma_in3(cw, fight, WL3_HIT_VERB));
  cr_assert(acta_lemma_in3(cw, strike, WL3_HIT_VERB));
  cr_assert(acta_lemma_in3(cw, find, WL3_FINDING_VERB));
  cr_assert(!acta_lemma_in3(cw, ACTA_NO_WORD, WL3_FINDING_VERB));
  cr_assert(acta_word_in3(cw, cword("studies"), WL3_STUDY_NOUN));
  cr_assert(acta_word_in3(cw, cword("smuggling"), WL3_PRACTICE_NOUN));
  cr_assert(acta_word_in3(cw, cword("likelihood"), WL3_RISK_NOUN));
  cr_assert(acta_word_in3(cw, cword("weekend"), WL3_SPAN_UNIT));
  cr_assert(acta_word_in3(cw, cword("harder"), WL3_HARD_WORD));
  /* written forms exactly: "study" is no span, "hardly" not hard */
  cr_assert(!acta_word_in3(cw, cword("study"), WL3_SPAN_UNIT));
  cr_assert(!acta_word_in3(cw, cword("hardly"), WL3_HARD_WORD));
}

/* review16: the fourth set (WL4_*), the event filters' and the non-act
 * verbs' lists once compared by string, and their single words */
Test(coder, fourth_set_lists_by_id) {
  const acta_coder_words *cw = dict->coder_words;
  cr_assert(acta_word_in4(cw, cword("thus"), WL4_SO_WORD));
  cr_assert(acta_word_in4(cw, cword("rates"), WL4_RATE_WORD));
  cr_assert(acta_word_in4(cw, cword("whether"), WL4_WH_ASKED));
  cr_assert(acta_word_in4(cw, cword("mid"), WL4_POINT_BEFORE));
  cr_assert(acta_word_in4(cw, cword("charges"), WL4_CLAIM_NOUN));
  cr_assert(acta_word_in4(cw, cword("attempt"), WL4_PLAN_NOUN));
  cr_assert(acta_word_in4(cw, cword("curfew"), WL4_NORM_NOUN));
  cr_assert(acta_word_in4(cw, cword("own"), WL4_OWN_WORD));
  /* written forms exactly, each in its own list */
  cr_assert(!acta_word_in4(cw, cword("charge"), WL4_CLAIM_NOUN));
  cr_assert(!acta_word_in4(cw, cword("period"), WL4_SPAN_MID));
  cr_assert(acta_word_in4(cw, cword("period"), WL4_SPAN_HEAD));
  cr_assert(!acta_word_in3(cw, cword("period"), WL4_SPAN_HEAD));
  cr_assert_eq(cword("this"), cw->w_this);
  cr_assert_eq(cword("per"), cw->w_per);
  cr_assert_neq(cw->w_far, ACTA_NO_WORD);
  cr_assert(acta_word_in4(cw, cword("every"), WL4_RATE_LEAD));
  cr_assert(acta_word_in4(cw, cword("night"), WL4_RATE_UNIT));
  cr_assert(acta_word_in4(cw, cword("ago"), WL4_RATE_NOT));
  cr_assert(acta_word_in4(cw, cword("half"), WL4_MULTIPLE));
  cr_assert(acta_word_in4(cw, cword("half"), WL4_RATE_NOT));
  cr_assert(!acta_word_in4(cw, cword("half"), WL4_MULTIPLE_NEXT));
  cr_assert_eq(cword("accounting"), cw->w_accounting);
}

/* The fifth set (WL5_*): its own bit arrays, apart from the fourth's */
Test(coder, fifth_set_lists_by_id) {
  const acta_coder_words *cw = dict->coder_words;
  cr_assert(acta_word_in5(cw, cword("merely"), WL5_NOT_ONLY));
  cr_assert(acta_word_in5(cw, cword("only"), WL5_NOT_ONLY));
  cr_assert(!acta_word_in5(cw, cword("also"), WL5_NOT_ONLY));
  cr_assert(!acta_word_in4(cw, cword("merely"), WL5_NOT_ONLY));
}

Test(coder, evidence_phrase_of_words_outside_the_lexicon) {
  size_t n;
  const acta_event *ev =
      code("Iran accused Israel of attacking the embassy without presenting "
           "evidence.", &n);
  cr_assert_geq(n, 1);
  for (size_t i = 0; i < n; i++)
    cr_assert_eq(ev[i].evidence, ACTA_EVIDENCE_NONE_OFFERED, "event %zu", i);
}

/* The same event coded twice in one sentence is one event, with the
 * stronger status, whichever comes first. */
Test(coder, an_event_coded_twice_is_merged) {
  const char *texts[] = {"Iran attacked Iraq and reportedly attacked Iraq.",
                         "Iran reportedly attacked Iraq and attacked Iraq."};
  for (size_t t = 0; t < 2; t++) {
    size_t n;
    const acta_event *ev = code(texts[t], &n);
    cr_assert_eq(n, 1, "%s: %zu events", texts[t], n);
    cr_assert_str_eq(ev[0].cameo, "190");
    cr_assert_eq(ev[0].status, ACTA_ALLEGED, "%s", texts[t]);
  }
}

/* Merging is within a sentence, and a new article starts afresh. */
Test(coder, merging_stays_within_its_sentence_and_article) {
  size_t n;
  code("Iran attacked Iraq. Iran attacked Iraq.", &n);
  cr_assert_eq(n, 2);
  for (int k = 0; k < 3; k++) {
    code("Iran attacked Iraq.", &n);
    cr_assert_eq(n, 1, "article %d: %zu events", k, n);
  }
}

/* A 12 x 12 compound attacking the same compound six times in one sentence:
 * 144 events, each once (the sentence's event table grows past its first
 * size on the way). */
Test(coder, many_copies_in_one_sentence) {
  const char *src = "Iran, Iraq, Syria, Turkey, Egypt, Jordan, Israel, Lebanon, "
                    "Qatar, Oman, Yemen and Kuwait";
  const char *tgt = "France, Spain, Italy, Germany, Poland, Greece, Norway, "
                    "Sweden, Finland, Denmark, Austria and Belgium";
  char text[4096];
  size_t len = (size_t)snprintf(text, sizeof text, "%s attacked %s", src, tgt);
  for (int k = 0; k < 5; k++)
    len += (size_t)snprintf(text + len, sizeof text - len, " and attacked %s", tgt);
  snprintf(text + len, sizeof text - len, ".");
  size_t n;
  const acta_event *ev = code(text, &n);
  cr_assert_eq(n, 144, "%zu events", n);
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      cr_assert(strcmp(ev[i].source.code, ev[j].source.code) ||
                    strcmp(ev[i].target.code, ev[j].target.code),
                "events %zu and %zu are the same", i, j);
}

/* review16: a word of a lemma list the lexicon lacks ("asociacion",
 * "empresa" of bodies15's lists) has no lexicon id, so no token has it as
 * its lemma or its word: the third and fourth sets hold it as a written
 * form with its lemma bit (coder_words.c set_bits); the first two sets,
 * whose written forms share bits 0-31, lose none */
Test(coder, lemma_list_words_outside_the_lexicon) {
  const acta_coder_words *cw = dict->coder_words;
  cr_assert_eq(acta_intern_find(&dict->words, "asociacion", 10), ACTA_NO_WORD);
  cr_assert_eq(acta_intern_find(&dict->words, "empresa", 7), ACTA_NO_WORD);
  cr_assert(acta_word_in3(cw, cword("asociacion"), WL3_CIVIL_KIND));
  cr_assert(acta_word_in3(cw, cword("empresa"), WL3_BUSINESS_KIND));
  cr_assert(!acta_word_in3(cw, cword("empresa"), WL3_CIVIL_KIND));
  /* a word the lexicon knows stays a lemma: "centre" and "centres" */
  uint32_t centre = acta_intern_find(&dict->words, "centre", 6);
  cr_assert_neq(centre, ACTA_NO_WORD);
  cr_assert(acta_lemma_in3(cw, centre, WL3_CIVIL_KIND));
  cr_assert(!acta_word_in3(cw, cword("centre"), WL3_CIVIL_KIND));
  cr_assert_eq(cw->lost_lemmas, 0);
}

/* review19: a country's mention opening a sentence is a border, a
 * neighbour, where drugs come from or where something goes by the words
 * of its own sentence, not by those ending the one before (a headline or
 * line with no full stop, split at a blank line): "Guatemala, which
 * soldiers accused" is the sentence's country, and the soldiers'
 * (acta_no_scene_mention, acta_destination_mention) */
Test(coder, no_scene_words_stay_in_their_sentence) {
  static const struct { const char *text, *source; } CASES[] = {
      {"Mexican officials in Mexico City said Mexico is worried. Mexican gangs fight along "
       "the border with\n\nGuatemala, which soldiers accused of inaction on Monday.",
       "GTMMIL"},
      {"Mexican officials in Mexico City said Mexico is worried. Mexican traffickers move "
       "cocaine from\n\nColombia, which soldiers accused of inaction on Monday.",
       "COLMIL"},
      {"Mexican officials in Mexico City said Mexico is worried about neighboring\n\n"
       "Guatemala, which soldiers accused of inaction on Monday.",
       "GTMMIL"},
      /* nor where something goes (acta_destination_mention) */
      {"Mexican officials in Mexico City said Mexico is worried. Mexican gangs smuggle "
       "cocaine to\n\nGuatemala, which soldiers accused of inaction on Monday.",
       "GTMMIL"}};
  for (size_t k = 0; k < sizeof CASES / sizeof CASES[0]; k++) {
    size_t n;
    const acta_event *ev = code(CASES[k].text, &n);
    cr_assert_eq(n, 1, "case %zu: %zu events", k, n);
    cr_assert_str_eq(ev[0].source.code, CASES[k].source, "case %zu", k);
  }
}

/* mend43c: a bare state role ending a line with no full stop does not
 * read the next sentence's "In both countries" as its own phrase: it
 * keeps its country (events.c several_states stays in its sentence) */
Test(coder, several_states_stay_in_their_sentence) {
  size_t n;
  const acta_event *ev =
      code("Salvadoran gang members attacked police\n\nIn both countries the killings have risen.",
           &n);
  cr_assert_eq(n, 1, "%zu events", n);
  cr_assert_str_eq(ev[0].target.code, "SLVCOP");
}

/* A spelled-out count joined by a hyphen the tagger has not seen may be
 * tagged as a name when capitalised ("Forty-one") or left no number
 * ("seventy-two"): the figures hook still reads it (event_figures.c). */
Test(coder, hyphenated_number_words_are_figures) {
  const char *texts[] = {"Forty-one people were killed in the riot on Sunday.",
                         "Officials said Sixty-seven inmates were killed in the riot.",
                         "Gunmen killed seventy-two migrants at a ranch near the border."};
  const double want[] = {41, 67, 72};
  for (size_t i = 0; i < 3; i++) {
    size_t n = 0;
    const acta_event *ev = code(texts[i], &n);
    size_t found = 0;
    for (size_t e = 0; e < n; e++)
      for (size_t k = 0; k < ev[e].nfigures; k++)
        if (ev[e].figures[k].value == want[i] && !strcmp(ev[e].figures[k].kind, "killed"))
          found++;
    cr_assert_eq(found, 1, "\"%s\": %zu figures of %g killed", texts[i], found, want[i]);
  }
}
