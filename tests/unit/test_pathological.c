/* SPDX-License-Identifier: MIT */
/* test_pathological.c: inputs built to break a naive coder (a 1 MB
 * run-on sentence, 10,000 nested quotes, a 5,000-actor compound, long
 * parenthesis chains, binary junk) must code in bounded time and memory. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"

static acta_dict *dict;
static acta_coder *coder;

static void setup(void) {
  char err[512];
  dict = acta_dict_load(NULL, err, sizeof err);
  cr_assert_not_null(dict, "%s", err);
  coder = acta_coder_new(dict);
  /* these inputs pass the default 2 MiB article limit on purpose: it is
   * time and memory linear in them that is tested */
  acta_coder_set_max_article_bytes(coder, 0);
}

static void teardown(void) {
  acta_coder_free(coder);
  acta_dict_free(dict);
}

static size_t code(const char *text, size_t len) {
  acta_article a = {.id = "p", .date = "2022-10-27", .text = text,
                    .text_len = len};
  cr_assert_eq(acta_code_article(coder, &a), 0, "%s", acta_coder_error(coder));
  size_t n;
  acta_events(coder, &n);
  size_t jl;
  const char *js = acta_render_json(coder, &a, &jl);
  cr_assert_not_null(js);
  cr_assert_gt(jl, 0);
  return n;
}

static char *repeat(const char *unit, size_t times, size_t *len) {
  size_t ul = strlen(unit);
  char *s = malloc(ul * times + 1);
  for (size_t i = 0; i < times; i++) memcpy(s + i * ul, unit, ul);
  s[ul * times] = '\0';
  *len = ul * times;
  return s;
}

/* head, then unit `times` times, then tail */
static char *around(const char *head, const char *unit, size_t times, const char *tail,
                    size_t *len) {
  size_t bl, hl = strlen(head), tl = strlen(tail);
  char *body = repeat(unit, times, &bl);
  char *s = malloc(hl + bl + tl + 1);
  memcpy(s, head, hl);
  memcpy(s + hl, body, bl);
  memcpy(s + hl + bl, tail, tl + 1);
  free(body);
  *len = hl + bl + tl;
  return s;
}

TestSuite(pathological, .init = setup, .fini = teardown, .timeout = 120);

Test(pathological, megabyte_run_on_sentence) {
  size_t len;
  char *s = repeat("police attacked protesters and ", 34000, &len);
  size_t n = code(s, len);
  cr_assert_gt(n, 0);
  free(s);
}

Test(pathological, ten_thousand_nested_quotes) {
  size_t len;
  char *open = repeat("\xE2\x80\x9C", 10000, &len);
  size_t l2;
  char *close = repeat("\xE2\x80\x9D", 10000, &l2);
  const char *mid = "Russian troops attacked Ukrainian soldiers.";
  size_t ml = strlen(mid);
  char *s = malloc(len + ml + l2 + 1);
  memcpy(s, open, len);
  memcpy(s + len, mid, ml);
  memcpy(s + len + ml, close, l2 + 1);
  code(s, len + ml + l2);
  free(s);
  free(open);
  free(close);
}

Test(pathological, huge_compound_actor) {
  size_t len;
  char *s = around("", "Iran and ", 5000, "Russia attacked Ukraine and Georgia and Moldova.", &len);
  size_t n = code(s, len);
  cr_assert_lt(n, 2000, "compound explosion: %zu events", n);
  free(s);
}

Test(pathological, punctuation_and_junk) {
  size_t len;
  char *s = repeat("((((,,,;;;:::----....!!!?\?\?''''\"\"\"", 20000, &len);
  code(s, len);
  free(s);
  char junk[4096];
  for (size_t i = 0; i < sizeof junk; i++) junk[i] = (char)(' ' + (i * 7919) % 95);
  code(junk, sizeof junk);
}

Test(pathological, many_short_sentences) {
  size_t len;
  char *s = repeat("Police arrested 20 protesters in Tehran. ", 20000, &len);
  size_t n = code(s, len);
  cr_assert_geq(n, 20000);
  free(s);
}

Test(pathological, invalid_utf8_is_an_error_not_a_crash) {
  const char *t = "Police \xFF\xFE arrested protesters.";
  acta_article a = {.id = "bad", .text = t, .text_len = strlen(t)};
  cr_assert_eq(acta_code_article(coder, &a), -1);
  cr_assert(strstr(acta_coder_error(coder), "UTF-8"));
}

/* ---- with a Treebank parse ------------------------------------------ */

static size_t code_parsed(acta_coder *c, const char *text, size_t len,
                          const char *parse, size_t plen) {
  acta_article a = {.id = "p", .date = "2022-10-27", .text = text,
                    .text_len = len, .parse = parse, .parse_len = plen};
  cr_assert_eq(acta_code_article(c, &a), 0, "%s", acta_coder_error(c));
  size_t n;
  acta_events(c, &n);
  return n;
}

Test(pathological, megabyte_sentence_with_its_parse) {
  size_t len, plen;
  char *s = repeat("police attacked protesters and ", 34000, &len);
  char *p = repeat("(NN police) (VBD attacked) (NNS protesters) (CC and) ", 34000, &plen);
  size_t n = code_parsed(coder, s, len, p, plen);
  cr_assert_gt(n, 0);
  free(s);
  free(p);
}

Test(pathological, ten_thousand_deep_parse) {
  size_t ol, cl;
  char *open = repeat("(NP ", 10000, &ol);
  char *close = repeat(")", 10000, &cl);
  const char *mid = "(NNS police) (VBD attacked) (NNS protesters)";
  size_t ml = strlen(mid);
  char *p = malloc(ol + ml + cl + 1);
  memcpy(p, open, ol);
  memcpy(p + ol, mid, ml);
  memcpy(p + ol + ml, close, cl + 1);
  const char *text = "Police attacked protesters.";
  code_parsed(coder, text, strlen(text), p, ol + ml + cl);
  /* brackets that never close, and closing ones with nothing open */
  code_parsed(coder, text, strlen(text), open, ol);
  code_parsed(coder, text, strlen(text), close, cl);
  free(open);
  free(close);
  free(p);
}

/* PETRARCH dictionaries (the project's validation set), a deep compound
 * parse and new actors on: the KEDS paths that read the tree */
Test(pathological, keds_deep_compound_parse_with_new_actors) {
  const char *dd = getenv("ACTA_DATA_DIR");
  cr_assert_not_null(dd);
  char verbs[1024], actors[1024], agents[1024], err[512];
  snprintf(verbs, sizeof verbs, "%s/../tests/validation/verbs.txt", dd);
  snprintf(actors, sizeof actors, "%s/../tests/validation/actors.txt", dd);
  snprintf(agents, sizeof agents, "%s/../tests/validation/agents.txt", dd);
  const char *alist[2] = {actors, NULL};
  acta_dict_options o;
  memset(&o, 0, sizeof o);
  o.petrarch_verbs = verbs;
  o.petrarch_actors = alist;
  o.petrarch_agents = agents;
  acta_dict *kd = acta_dict_load(&o, err, sizeof err);
  cr_assert_not_null(kd, "%s", err);
  acta_coder *kc = acta_coder_new(kd);
  acta_coder_set_max_article_bytes(kc, 0);
  acta_coder_set_new_actor_length(kc, 4);
  size_t tl, ol, cl;
  char *t = repeat("Norland and the guild and ", 5000, &tl);
  char *open = repeat("(NP (NP (NNP Norland)) (CC and) (NP (DT the) (NN guild)) (CC and) ", 5000, &ol);
  char *close = repeat(")", 5000, &cl);
  const char *tail = "(VP (VBD blockaded) (NP (NNP Southmark))) (. .)";
  const char *ttail = "Estovia blockaded Southmark.";
  size_t pl = ol + 2 + cl + strlen(tail);
  char *p = malloc(pl + 16);
  size_t k = 0;
  memcpy(p + k, "(S ", 3), k += 3;
  memcpy(p + k, open, ol), k += ol;
  memcpy(p + k, "(NNP Estovia)", 13), k += 13;
  memcpy(p + k, close, cl), k += cl;
  memcpy(p + k, tail, strlen(tail)), k += strlen(tail);
  p[k++] = ')';
  char *text = malloc(tl + 64);
  memcpy(text, t, tl);
  memcpy(text + tl, ttail, strlen(ttail) + 1);
  code_parsed(kc, text, strlen(text), p, k);
  /* "soldiers and officials ... in the Isles and Norland and ...": roles
   * times a list of two-code names stays a compound of at most 12, so at
   * most 12 x 12 events per verb */
  const char *many =
      "Soldiers and officials and soldiers and officials and soldiers and "
      "officials and soldiers and officials and soldiers and officials and "
      "soldiers and officials in the Isles and the Isles and the Isles and "
      "the Isles and the Isles and the Isles and Norland and Estovia and "
      "Westria and the Isles and the Isles and the Isles blockaded the Isles "
      "and the Isles and the Isles and the Isles and the Isles and the Isles "
      "and Norland and Estovia and Westria and the Isles and the Isles.";
  acta_article ma = {.id = "m", .date = "2022-10-27", .text = many,
                     .text_len = strlen(many)};
  cr_assert_eq(acta_code_article(kc, &ma), 0);
  size_t nev;
  acta_events(kc, &nev);
  cr_assert_leq(nev, 12 * 12, "%zu events", nev);
  free(text);
  free(p);
  free(t);
  free(open);
  free(close);
  acta_coder_free(kc);
  acta_dict_free(kd);
}

/* ---- review12: the scans that read back from a verb or a pronoun ----- */

/* 200,000 names, then names before each pronoun: the search for a private
 * person's name before "him" reads back a fixed reach, not the sentence */
Test(pathological, two_hundred_thousand_names) {
  size_t len;
  char *s = around("", "Ramirez ", 200000, "Gunmen killed him.", &len);
  cr_assert_geq(code(s, len), 1);
  free(s);
  char *t = repeat("Juan Ramirez Gomez met Pedro Lopez and gunmen killed him, ", 16000, &len);
  size_t n = code(t, len);
  /* (a 400-token cut may fall inside one of them) */
  cr_assert_geq(n, 15000, "%zu events", n);
  free(t);
}

/* 200,000 tokens of "said", of "and" and of quotations */
Test(pathological, said_and_and_quotes) {
  size_t len;
  char *s = around("Police arrested him, ", "officials said ", 100000, ".", &len);
  cr_assert_geq(code(s, len), 1);
  free(s);
  s = around("Police and ", "soldiers and ", 100000, "officials attacked them.", &len);
  size_t n = code(s, len);
  cr_assert(n >= 1 && n < 2000, "%zu events", n);
  free(s);
  char *q = repeat("\"Police killed them,\" he said. ", 25000, &len);
  cr_assert_eq(code(q, len), 25000);
  free(q);
}

/* counts, spans and wh-words before many passives in one sentence: the
 * count filters read each sentence once (event_filters.c count_marks) */
Test(pathological, counts_before_passives) {
  size_t len;
  char *s = repeat("in the same period when 1,000 people were detained and 300 were arrested, ",
                   20000, &len);
  size_t n = code(s, len);
  cr_assert_lt(n, 40000, "%zu events", n);
  free(s);
}

/* thousands of killings in sentences that call them a massacre: the
 * sentence is read once for what names a fight, a massacre or a war
 * (victim_codes.c); "for years" before them makes them habits, no act */
Test(pathological, massacres_and_years) {
  size_t len;
  char *s = repeat("Gunmen killed villagers in a massacre and ", 20000, &len);
  size_t n = code(s, len);
  cr_assert_geq(n, 19000, "%zu events", n);
  size_t k;
  const acta_event *ev = acta_events(coder, &k);
  cr_assert_str_eq(ev[0].cameo, "202");
  free(s);
  s = repeat("For years, gunmen killed villagers in a massacre and ", 20000, &len);
  cr_assert_eq(code(s, len), 0);
  free(s);
}

/* a megabyte of blank between two sentences, then pronouns whose
 * antecedent is looked for across it: whether a paragraph break stands
 * between two sentences is counted once per article (code.c
 * count_line_breaks), not read again for each pronoun */
Test(pathological, megabyte_gap_before_pronouns) {
  size_t len;
  char *s = around("Soldiers arrested five rebel commanders.", " ", 1000000,
                   " They freed them. They beat them. They shot them and killed them.", &len);
  size_t n = code(s, len);
  cr_assert_geq(n, 1, "%zu events", n);
  free(s);
  s = around("Soldiers arrested five rebel commanders.\n\n", " ", 1000000,
             " Gunmen killed them.", &len);
  cr_assert_geq(code(s, len), 1);
  free(s);
}

/* ---- review15: the scans bounded only by the 400-token cut ----------- */

/* a megabyte of each of the trigger shapes of the scans that read a
 * sentence's tokens from a verb or a pronoun (whole_span_tally,
 * past_background's background_at, rival_between, other_subject,
 * acta_antecedent's candidates): each must finish, linear in the text */
static size_t code_repeated(const char *head, const char *unit, const char *tail) {
  size_t len, ul = strlen(unit);
  char *s = around(head, unit, (1000000 + ul - 1) / ul, tail, &len);
  size_t n = code(s, len);
  free(s);
  return n;
}

Test(pathological, megabyte_of_tallies_spans_and_pronouns) {
  /* counts after verbs with no comma, a whole span at the end */
  code_repeated("Last year ", "police seized 20 boats and 300 kilos and ", "in 2012.");
  /* spans of background time in one clause, verbs far apart */
  code_repeated("In the past ", "in recent years over the decades for decades in the 1980s ",
                "soldiers killed rebels.");
  /* an actor named once, then pronouns acted on with unknown nouns and
   * names between */
  code_repeated("Police arrested the commander ", "and soldiers beat him and Chacon freed him ",
                ".");
  code_repeated("Soldiers arrested five rebels ", "and the requests of families freed them ",
                ".");
  /* the source itself before each pronoun: another subject is looked for */
  code_repeated("A man and his boyfriend ", "said police arrested him and police freed him ",
                ".");
  code_repeated("", "The police arrested them. ", "They freed them.");
}
