/* SPDX-License-Identifier: MIT */
/* test_tagger.c: unit tests for the part-of-speech model's reader (the YAML
 * subset, the model built from small files the test writes) and for the
 * tagger on sentences the project wrote, as written, in lower case and in
 * capitals.  The tagging tests use the Debian model the dictionaries load
 * (liblingua-en-tagger-perl, installed by scripts/bootstrap.sh). */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "tagger_model.h"

/* ---- the YAML subset ------------------------------------------------- */

static int line(const char *s, acta_yaml_entry *e, const char **why) {
  return acta_yaml_flow_line(s, strlen(s), e, why);
}

Test(tagger_yaml, reads_plain_and_quoted_keys) {
  acta_yaml_entry e;
  const char *why = NULL;
  cr_assert_eq(line("Gondor: { nnp: 12, jj: 3 }", &e, &why), 1);
  cr_assert_eq(e.key_len, 6);
  cr_assert_eq(memcmp(e.key, "Gondor", 6), 0);
  cr_assert_eq(e.npairs, 2);
  cr_assert_eq(e.pair[0].name_len, 3);
  cr_assert_eq(memcmp(e.pair[0].name, "nnp", 3), 0);
  cr_assert_eq(e.pair[0].value, 12);
  cr_assert_eq(e.pair[1].value, 3);

  cr_assert_eq(line("\"'re\": { vbp: 40 }  \r", &e, &why), 1);
  cr_assert_eq(e.key_len, 3);
  cr_assert_eq(memcmp(e.key, "'re", 3), 0);
  cr_assert_eq(line("\"--\": { pps: 7 } # a dash", &e, &why), 1);
  cr_assert_eq(memcmp(e.key, "--", 2), 0);
  cr_assert_eq(line("Arnor-Gondor: { jj: 1 }", &e, &why), 1);
  cr_assert_eq(e.key_len, 12);
}

Test(tagger_yaml, reads_probabilities_with_exponents) {
  acta_yaml_entry e;
  cr_assert_eq(line("det: { jj: 0.25, nn: 5.5e-05, vb: 1E-3 }", &e, NULL), 1);
  cr_assert_eq(e.npairs, 3);
  cr_assert_float_eq(e.pair[0].value, 0.25, 1e-12);
  cr_assert_float_eq(e.pair[1].value, 5.5e-05, 1e-12);
  cr_assert_float_eq(e.pair[2].value, 1e-3, 1e-12);
}

Test(tagger_yaml, lines_that_hold_nothing) {
  acta_yaml_entry e;
  cr_assert_eq(line("--- #YAML:1.0", &e, NULL), 0);
  cr_assert_eq(line("---", &e, NULL), 0);
  cr_assert_eq(line("", &e, NULL), 0);
  cr_assert_eq(line("   ", &e, NULL), 0);
  cr_assert_eq(line("# a comment", &e, NULL), 0);
}

Test(tagger_yaml, refuses_what_is_not_the_subset) {
  static const char *const BAD[] = {
      "\"a\\\"b\": { nn: 1 }",       /* an escape */
      "\"open: { nn: 1 }",           /* no closing quote */
      "  nested: { nn: 1 }",         /* indented */
      "word: nn",                    /* not a map */
      "word: { nn: 1",               /* unclosed map */
      "word: { nn: -1 }",            /* negative */
      "word: { nn: x }",             /* not a number */
      "word: { nn 1 }",              /* no ':' */
      "word: { nn:1 }",              /* no space after ':' */
      "word: { : 1 }",               /* no name */
      "word: { nn: 1 } trailing",    /* text after the map */
      "word: { nn: 1 }#no space",    /* a comment must follow a space */
      "word: { nn: 1, }",            /* a trailing comma */
      "word: { nn: 1 nn: 2 }",       /* no comma */
      "{ nn: 1 }",                   /* no key */
      "\"\": { nn: 1 }",             /* an empty key */
      "- item",                      /* a sequence */
      "word: { nn: 1e999 }",         /* not finite */
      NULL};
  acta_yaml_entry e;
  for (size_t i = 0; BAD[i]; i++) {
    const char *why = NULL;
    cr_assert_eq(line(BAD[i], &e, &why), -1, "accepted: %s", BAD[i]);
    cr_assert(why && *why, "no reason for: %s", BAD[i]);
  }
}

Test(tagger_yaml, at_most_64_entries_in_a_map) {
  char buf[2048] = "w: { ";
  for (int i = 0; i < 65; i++) strcat(buf, i ? ", nn: 1" : "nn: 1");
  strcat(buf, " }");
  acta_yaml_entry e;
  const char *why = NULL;
  cr_assert_eq(line(buf, &e, &why), -1);
  cr_assert(strstr(why, "64"));
}

/* ---- the model built from text ---------------------------------------- */

static const char WORDS[] =
    "--- #YAML:1.0\n"
    "Gondor: { nnp: 30 }\n"
    "march: { vb: 6, nn: 2 }\n"
    "March: { nnp: 4 }\n"
    "MARCH: { nnp: 1, vb: 1 }\n"
    "\"'s\": { pos: 10, vbz: 2 }\n";
static const char TAGS[] =
    "--- #YAML:1.0\n"
    "pp: { nnp: 0.5, det: 0.25 }\n"
    "nnp: { vbz: 0.125 }\n";

static char warned[4096];
static int nwarn;
static void warn(void *ud, const char *msg) {
  (void)ud;
  nwarn++;
  strncat(warned, msg, sizeof warned - strlen(warned) - 2);
  strcat(warned, "\n");
}

static acta_tagger_model *build(const char *words, const char *tags, int strict,
                                char *err, size_t errlen) {
  warned[0] = '\0';
  nwarn = 0;
  return acta_tagger_model_build(words, strlen(words), "w.yml", tags, strlen(tags),
                                 "t.yml", strict, warn, NULL, err, errlen);
}

/* The count of tag in one range of a word's records (-1: not there). */
static long count_of(const acta_tagger_model *m, const char *word, int range, int tag) {
  uint32_t w = acta_tm_find(m, word, strlen(word));
  if (w == ACTA_NO_WORD) return -1;
  const acta_tm_word *wd = &m->word[w];
  uint32_t off = wd->first, n = wd->nlower;
  if (range == 1) off += wd->nlower, n = wd->nupper;
  if (range == 2) off += wd->nlower + wd->nupper, n = wd->nall;
  for (uint32_t k = 0; k < n; k++)
    if (m->counts[off + k].tag == tag) return m->counts[off + k].count;
  return -1;
}

Test(tagger_model, folds_forms_and_keeps_their_case) {
  char err[256];
  acta_tagger_model *m = build(WORDS, TAGS, 1, err, sizeof err);
  cr_assert(m, "%s", err);
  cr_assert_eq(m->entries, 5);
  /* "march", "March" and "MARCH" are one folded form */
  cr_assert_eq(count_of(m, "march", 0, PT_VB), 6);
  cr_assert_eq(count_of(m, "march", 0, PT_NNP), -1);
  cr_assert_eq(count_of(m, "march", 1, PT_NNP), 5);  /* March + MARCH */
  cr_assert_eq(count_of(m, "march", 1, PT_VB), 1);
  cr_assert_eq(count_of(m, "march", 2, PT_VB), 7);   /* caseless: all */
  cr_assert_eq(count_of(m, "march", 2, PT_NN), 2);
  cr_assert_eq(count_of(m, "march", 2, PT_NNP), 5);
  uint32_t w = acta_tm_find(m, "march", 5);
  cr_assert_eq(m->word[w].total_lower, 8);
  cr_assert_eq(m->word[w].total_upper, 6);
  cr_assert_eq(count_of(m, "gondor", 1, PT_NNP), 30);
  cr_assert_eq(count_of(m, "'s", 0, PT_POS), 10);
  cr_assert_eq(acta_tm_find(m, "Gondor", 6), ACTA_NO_WORD); /* keys are folded */
  cr_assert_eq(m->tag_count[PT_NNP], 35);
  acta_tagger_model_free(m);
}

Test(tagger_model, transitions_are_log_probabilities_with_a_floor) {
  char err[256];
  acta_tagger_model *m = build(WORDS, TAGS, 1, err, sizeof err);
  cr_assert(m, "%s", err);
  cr_assert_float_eq(m->trans[PT_STOP][PT_NNP], logf(0.5f), 1e-6);
  cr_assert_float_eq(m->trans[PT_STOP][PT_DT], logf(0.25f), 1e-6);
  cr_assert_float_eq(m->trans[PT_NNP][PT_VBZ], logf(0.125f), 1e-6);
  /* never seen: rare, not impossible */
  cr_assert(isfinite(m->trans[PT_NNP][PT_NN]));
  cr_assert_lt(m->trans[PT_NNP][PT_NN], logf(0.001f));
  acta_tagger_model_free(m);
}

Test(tagger_model, a_bad_line_is_named_and_skipped) {
  char err[256];
  acta_tagger_model *m =
      build("Gondor: { nnp: 3 }\nbad line\nRohan: { xyz: 2, nnp: 1 }\n", TAGS, 0,
            err, sizeof err);
  cr_assert(m, "%s", err);
  cr_assert_eq(nwarn, 2, "%s", warned);
  cr_assert(strstr(warned, "w.yml:2: "), "%s", warned);
  cr_assert(strstr(warned, "w.yml:3: a tag the model does not have"), "%s", warned);
  cr_assert_eq(count_of(m, "rohan", 1, PT_NNP), 1);
  acta_tagger_model_free(m);
}

Test(tagger_model, strict_stops_at_the_first_bad_line) {
  char err[256];
  cr_assert_null(build(WORDS, "pp: { nnp: 2.5 }\n", 1, err, sizeof err));
  cr_assert(strstr(err, "t.yml:1: a probability above 1"), "%s", err);
  cr_assert_null(build("Gondor: { nnp: 1.5 }\n", TAGS, 1, err, sizeof err));
  cr_assert(strstr(err, "w.yml:1: a count that is not whole"), "%s", err);
}

Test(tagger_model, an_empty_file_is_an_error) {
  char err[256];
  cr_assert_null(build("--- #YAML:1.0\n", TAGS, 0, err, sizeof err));
  cr_assert(strstr(err, "w.yml: no word counts"), "%s", err);
  cr_assert_null(build(WORDS, "", 0, err, sizeof err));
  cr_assert(strstr(err, "t.yml: no tag transitions"), "%s", err);
}

Test(tagger_model, a_missing_directory_says_what_to_install) {
  char err[512];
  cr_assert_null(acta_tagger_model_load("/nonexistent", 0, NULL, NULL, err, sizeof err));
  cr_assert(strstr(err, "liblingua-en-tagger-perl"), "%s", err);
}

Test(tagger_model, penn_names) {
  cr_assert_str_eq(acta_penn_name(PT_NN), "NN");
  cr_assert_str_eq(acta_penn_name(PT_PRPS), "PRP$");
  cr_assert_str_eq(acta_penn_name(PT_STOP), ".");
  cr_assert_null(acta_penn_name(PT_NONE));
  cr_assert_null(acta_penn_name(PT_COUNT));
  cr_assert_eq(acta_penn_from_model("det", 3), PT_DT);
  cr_assert_eq(acta_penn_from_model("ppc", 3), PT_COMMA);
  cr_assert_eq(acta_penn_from_model("DT", 2), PT_NONE);
}

/* ---- tagging ------------------------------------------------------------ */

static acta_dict *dict;
static acta_tokens toks;
static acta_sentence *sents;
static size_t nsents, cap_sents;

static void setup(void) {
  char err[512];
  dict = acta_dict_load(NULL, err, sizeof err);
  cr_assert(dict, "%s", err);
  acta_tokens_init(&toks);
}
static void teardown(void) {
  acta_tokens_free(&toks);
  free(sents);
  sents = NULL;
  cap_sents = 0;
  acta_dict_free(dict);
}

/* Tokenizes, splits and tags text as the coder does. */
static void tag(const char *text) {
  acta_tokenize(dict, text, strlen(text), &toks);
  nsents = acta_split_sentences(dict, &toks, &sents, &cap_sents);
  for (size_t s = 0; s < nsents; s++) acta_tag(dict, &toks, sents[s].first, sents[s].last);
}

/* Index of the k-th token whose folded form is w (k from 0). */
static size_t at(const char *w, int k) {
  for (size_t i = 0; i < toks.n; i++)
    if (!strcmp(acta_tok_norm(&toks, i), w) && k-- == 0) return i;
  cr_assert_fail("no token '%s'", w);
  return 0;
}

#define POS(w, k, p)                                                          \
  cr_assert_eq(toks.v[at(w, k)].tag, p, "'%s': %s, expected %s", w,           \
               acta_pos_name(toks.v[at(w, k)].tag), acta_pos_name(p))
#define PENN(w, k, p)                                                         \
  cr_assert_eq(toks.v[at(w, k)].penn, p, "'%s': %s, expected %s", w,          \
               acta_penn_name(toks.v[at(w, k)].penn), acta_penn_name(p))

TestSuite(tagger, .init = setup, .fini = teardown);

Test(tagger, nouns_and_verbs_of_a_news_sentence) {
  tag("Police in Eriador arrested dozens of protesters and seized their weapons.");
  POS("police", 0, P_NOUN);
  POS("eriador", 0, P_PROPN);
  POS("arrested", 0, P_VERB); /* VBD or, read as a reduced relative, VBN */
  POS("dozens", 0, P_NUM);
  POS("protesters", 0, P_NOUN);
  PENN("protesters", 0, PT_NNS);
  POS("seized", 0, P_VERB);
  POS("their", 0, P_DET);
  POS("weapons", 0, P_NOUN);
  POS(".", 0, P_PUNCT);
  PENN(".", 0, PT_STOP);
}

/* The same words in lower case and in capitals: the same classes, a name
 * aside (no capital tells it). */
Test(tagger, lower_case_and_capitals_read_like_the_text) {
  static const char *const TEXT[] = {
      "The militia kidnapping ring was broken up after the raid, officials said.",
      "the militia kidnapping ring was broken up after the raid, officials said.",
      "THE MILITIA KIDNAPPING RING WAS BROKEN UP AFTER THE RAID, OFFICIALS SAID."};
  uint8_t first[32];
  size_t n0 = 0;
  for (int v = 0; v < 3; v++) {
    tag(TEXT[v]);
    if (!v) {
      n0 = toks.n;
      for (size_t i = 0; i < toks.n; i++) first[i] = toks.v[i].tag;
      POS("kidnapping", 0, P_NOUN);
      POS("broken", 0, P_VERB);
      POS("said", 0, P_VERB);
      continue;
    }
    cr_assert_eq(toks.n, n0);
    for (size_t i = 0; i < toks.n; i++)
      cr_assert_eq(toks.v[i].tag, first[i], "%s: '%s' is %s, as written %s", TEXT[v],
                   acta_tok_norm(&toks, i), acta_pos_name(toks.v[i].tag),
                   acta_pos_name(first[i]));
  }
}

Test(tagger, unknown_words_by_shape_and_ending) {
  tag("Troops from Gondorland shelled Minas Vorn, the Vornish ministry said.");
  POS("gondorland", 0, P_PROPN); /* a capital inside the sentence */
  POS("vorn", 0, P_PROPN);
  POS("shelled", 0, P_VERB);
  tag("gondorland troops shelled minas vorn on tuesday.");
  POS("gondorland", 0, P_PROPN); /* neither the model nor WordNet knows it */
  POS("shelled", 0, P_VERB);
}

Test(tagger, function_words_keep_their_lists_refined_by_the_model) {
  tag("The rebels carried out the will of their leader.");
  POS("out", 0, P_ADV);   /* a particle */
  POS("will", 0, P_NOUN); /* not the modal */
  POS("their", 0, P_DET);
  tag("The rebels will not attack at least two towns.");
  POS("will", 0, P_MODAL);
  POS("not", 0, P_NEG);
  POS("at", 0, P_ADV);
  POS("least", 0, P_ADV);
}

Test(tagger, participles_before_their_noun_modify_it) {
  tag("Rohan has not released the detained activists.");
  POS("released", 0, P_VERB);
  POS("detained", 0, P_ADJ);
  tag("A looming famine worries the Shire.");
  POS("looming", 0, P_ADJ);
  tag("After killing protesters, the guards fled.");
  POS("killing", 0, P_VERB);
}

Test(tagger, a_sentence_is_read_with_a_finite_verb) {
  /* the bigrams alone make "cut" a noun after a name */
  tag("Rohan cut ties with Gondor.");
  POS("cut", 0, P_VERB);
  POS("ties", 0, P_NOUN);
  /* a headline without a stop is left as the model reads it */
  tag("Clashes in Minas Tirith");
  POS("clashes", 0, P_NOUN);
}

Test(tagger, title_case_is_told_and_read_without_case) {
  tag("Rohan Investigates Logging Ties to Orc Gangs");
  cr_assert(acta_title_case(dict, &toks, 0, (uint32_t)toks.n));
  POS("investigates", 0, P_VERB);
  POS("ties", 0, P_NOUN);
  tag("Rohan investigates logging ties to orc gangs.");
  cr_assert_not(acta_title_case(dict, &toks, 0, (uint32_t)toks.n));
  tag("King Theoden of Rohan Met Gandalf");  /* names, one common word */
  cr_assert_not(acta_title_case(dict, &toks, 0, (uint32_t)toks.n));
  tag("ROHAN INVESTIGATES LOGGING TIES TO ORC GANGS.");  /* capitals */
  cr_assert_not(acta_title_case(dict, &toks, 0, (uint32_t)toks.n));
  /* function words of four letters left low */
  tag("\"Gondor Denies Negotiating with Orc Gangs.");
  cr_assert(acta_title_case(dict, &toks, 0, (uint32_t)toks.n));
  tag("Rohan Says Riders were Ambushed, Killed.");
  cr_assert(acta_title_case(dict, &toks, 0, (uint32_t)toks.n));
  /* ... but not beside a low open-class word: a sentence of names */
  tag("Steward Denethor of Gondor met with King Theoden Today.");
  cr_assert_not(acta_title_case(dict, &toks, 0, (uint32_t)toks.n));
}

Test(tagger, a_phrase_lock_is_kept) {
  acta_tokenize(dict, "Rohan's security forces attacked.", 34, &toks);
  nsents = acta_split_sentences(dict, &toks, &sents, &cap_sents);
  toks.v[at("forces", 0)].lock = P_NOUN;
  acta_tag(dict, &toks, 0, (uint32_t)toks.n);
  POS("forces", 0, P_NOUN);
  PENN("forces", 0, PT_NNS);
  POS("attacked", 0, P_VERB);
}

Test(tagger, long_runs_are_decoded_window_by_window) {
  /* 1,500 tokens tagged as one range (the coder cuts sentences at 400) */
  size_t reps = 250;
  char *text = malloc(reps * 40 + 1);
  cr_assert(text);
  text[0] = '\0';
  for (size_t i = 0; i < reps; i++) strcat(text, "the guards attacked the town , ");
  acta_tokenize(dict, text, strlen(text), &toks);
  cr_assert_eq(toks.n, reps * 6);
  acta_tag(dict, &toks, 0, (uint32_t)toks.n);
  for (size_t i = 0; i < toks.n; i += 6) {
    cr_assert_eq(toks.v[i + 1].tag, P_NOUN, "guards at %zu", i + 1);
    cr_assert_eq(toks.v[i + 2].tag, P_VERB, "attacked at %zu", i + 2);
  }
  free(text);
}
