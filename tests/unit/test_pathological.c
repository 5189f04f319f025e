/* SPDX-License-Identifier: MIT */
/* test_pathological.c: inputs built to break a naive coder (a 1 MB
 * run-on sentence, 10,000 nested quotes, a 5,000-actor compound, long
 * parenthesis chains, binary junk) must code in bounded time and memory;
 * thousands of short records generated at the edges of a text (one word,
 * a bare bracket, a title opening it) must read nothing outside it. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "coder_fixture.h"

static void setup(void) {
  load_coder();
  /* these inputs pass the default 2 MiB article limit on purpose: it is
   * time and memory linear in them that is tested */
  acta_coder_set_max_article_bytes(coder, 0);
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

/* (a hang guard: the edges_* tests code some 35,000 records each dated
 * and undated, a minute under ASan on a loaded machine) */
TestSuite(pathological, .init = setup, .fini = free_coder, .timeout = 600);

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

/* a place that starts inside the text's last token ("across-Australia",
 * one token): the token at or after it is one past the sentence and the
 * text, and no place rule may read it (review-speed41a #5: code.c's
 * elsewhere_place asked acta_neighbour_place about that token) */
Test(pathological, place_inside_the_last_token) {
  const char *t = "Hundreds of protesters have rallied in big demonstrations across-Australia";
  cr_assert_eq(code(t, strlen(t)), 1);
  size_t k;
  const acta_event *ev = acta_events(coder, &k);
  cr_assert_str_eq(ev[0].cameo, "141");
  t = "Soldiers killed three rebels in pro-Colombia";
  cr_assert_eq(code(t, strlen(t)), 1);
  ev = acta_events(coder, &k);
  cr_assert_str_eq(ev[0].cameo, "190");
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
  /* counted passives, each asking whether the sentence counts over a
   * span (acta_aggregate_reason, read once per sentence) */
  code_repeated("", "20 people were arrested and 30 soldiers were killed and ", ".");
  /* releases, gatherings of forces and throws, each asking whether its
   * sentence names an exchange, a protest or a riot (act_codes.c
   * sentence_reads, read once per sentence) */
  code_repeated("", "soldiers freed two herders and police gathered near the mill and gunmen "
                "threw a grenade at a bus and ", ".");
  /* office holders killed by rebels, each asking whether its sentence
   * names an ambush (victim_codes.c, in sentence_context's one pass) */
  code_repeated("", "the rebels killed the mayor and ", "in an ambush.");
  /* acts continued, each asking whether its sentence names a day
   * (event_filters.c day_anchor, read once per sentence) */
  code_repeated("", "gangs have continued to extort bakers and ", "this week.");
}

/* tidy48: thousands of asides of saying (", police said,") in what one
 * sentence reports, after a long stretch with no verb or inside a forward
 * report: backward_frame asks where the first clause verb stands from the
 * sentence's first word and from the report's once (claims.c
 * first_clause_at), not again for each aside */
Test(pathological, thousands_of_asides) {
  size_t len;
  char *s = around("Tolland, Brisk, Marrow, Pell, Quint, Roe, Sable, Tarn, Ulm, Vance, ",
                   "officials said, ", 5000, ".", &len);
  code(s, len);
  free(s);
  s = around("The prosecutor said the syndicate", ", police said, killed two guards", 5000, ".",
             &len);
  size_t n = code(s, len);
  cr_assert_geq(n, 4500, "%zu events", n);
  free(s);
  s = around("", "Farmers and traders and drivers and porters and clerks and guards and "
                 "millers and carters, officials said, ", 2000, ".", &len);
  code(s, len);
  free(s);
}

/* ---- review15: many short records at the edges ----------------------- */

/* Many short one-sentence records made to hit the edges of the rules that
 * read the tokens before and after a word (the first and the last token
 * of a text, a title before "of" opening it, a bare bracket or quotation
 * mark, a very long name, one actor many times), generated here,
 * deterministically, from a few words of each kind of token; each is
 * coded as its own record, dated and undated, rendered in every format
 * and one in four explained.  What is tested is that
 * nothing reads outside the text (make check runs this under ASan and
 * UBSan), not what is coded: make bench's one-sentence records once found
 * a rule reading tokens[-1] ("Secretary of Public Security ..."), and
 * these reach the same edges in every test run. */

/* Tokens by kind.  Each is a few words of one kind; a record is a
 * sequence of them joined by spaces. */
static const char *const TITLE[] = {"President", "Secretary", "Minister", "Chief",
                                    "Gen.", "Mr.", "Attorney General", "Governor",
                                    "Commander", "Mayor", "former President"};
static const char *const GLUE[] = {"of", "the", "and", "or", "by", "that", "who",
                                   "which", "to", "in", "for", "a", "than", "between",
                                   "as", "after", "with", "not", "no", "both", "either"};
static const char *const QUOTE[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'",
                                    "\xE2\x80\x98", "\xE2\x80\x99", "``", "''"};
static const char *const BRACKET[] = {"(", ")", "[", "]", "{", "}"};
static const char *const NUMBER[] = {"3", "1,000", "20", "2019", "1980s", "one", "dozens",
                                     "half", "40 percent", "$5 million", "15-year-old",
                                     "first", "2,300 kilos"};
static const char *const ACTOR[] = {"Mexico", "Mexican", "police", "Colombia's",
                                    "the Zetas", "Sinaloa Cartel", "FARC", "soldiers",
                                    "Juan Manuel Santos", "the United States", "U.S.",
                                    "Guatemalan officials", "gunmen", "the government",
                                    "El Chapo", "Honduras", "rebels", "Public Security",
                                    "National Police", "the army"};
static const char *const VERB[] = {"arrested", "killed", "attacked", "were arrested",
                                   "was killed", "met", "accused", "helped", "urged",
                                   "seized", "will arrest", "have been detained",
                                   "captured", "extradited", "denied", "resigned",
                                   "kidnapped", "threatened", "signed", "protested"};
static const char *const SAID[] = {"said", "told", "according to", "says", "reported",
                                   "said on Monday", "stated"};
static const char *const PUNCT[] = {",", ".", ";", ":", "--", "-", "!", "?", "...",
                                    "\xE2\x80\x94", "/", "&", "%", "'s"};
static const char *const PRONOUN[] = {"he", "him", "they", "them", "her", "it", "his",
                                      "their", "who", "its"};
static const char *const TIME[] = {"last year", "in the past", "yesterday", "on Monday",
                                   "for decades", "so far this year", "in the 1990s",
                                   "in March", "once", "in 2012", "the same period"};

static const char *const MISC[] = {"on March 3, 2019", "in Tegucigalpa", "alias", "(FARC)",
                                   "El Salvador's", "ex-", "anti-", "U.N.", "@", "#",
                                   "http://x.co/a", "Jr.", "No. 2", "vs.", "A.", "etc.",
                                   "\xC3\x91", "so-called", "Mexico-based", "co-"};

struct kind {
  const char *const *w;
  size_t n;
};
#define KIND(a) {a, sizeof a / sizeof a[0]}
static const struct kind KINDS[] = {KIND(TITLE), KIND(GLUE),   KIND(QUOTE),
                                    KIND(BRACKET), KIND(NUMBER), KIND(ACTOR),
                                    KIND(VERB),  KIND(SAID),   KIND(PUNCT),
                                    KIND(PRONOUN), KIND(TIME), KIND(MISC)};
#define NKINDS (sizeof KINDS / sizeof KINDS[0])

/* a fixed small generator (no rand(): the records are the same on every
 * machine) */
static uint32_t next(uint64_t *st) {
  *st = *st * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(*st >> 33);
}

static const char *pick(uint64_t *st, size_t kind) {
  return KINDS[kind].w[next(st) % KINDS[kind].n];
}

struct text {
  char b[8192];
  size_t n;
};

static void put(struct text *t, const char *w) {
  size_t l = strlen(w);
  if (t->n + l + 2 >= sizeof t->b) return;
  if (t->n) t->b[t->n++] = ' ';
  memcpy(t->b + t->n, w, l);
  t->n += l;
  t->b[t->n] = '\0';
}

static size_t records;

/* code t as a record of its own, undated and dated */
static void code_text(const struct text *t) {
  for (int dated = 0; dated < 2; dated++) {
    acta_article a = {.id = "e", .date = dated ? "2019-03-04" : NULL, .text = t->b,
                      .text_len = t->n};
    int rc = acta_code_article(coder, &a);
    cr_assert_eq(rc, 0, "[%s]: %s", t->b, acta_coder_error(coder));
    size_t n, jl;
    acta_events(coder, &n);
    cr_assert_not_null(acta_render_json(coder, &a, &jl), "[%s]", t->b);
    cr_assert_not_null(acta_render_tsv(coder, &a, &jl), "[%s]", t->b);
    cr_assert_not_null(acta_render_plover(coder, &a, &jl), "[%s]", t->b);
    cr_assert_not_null(acta_render_claims(coder, &a, records & 1, &jl), "[%s]", t->b);
    /* and its trace (explain) for one record in four */
    if (records % 4 == 0)
      cr_assert_not_null(acta_explain_article(coder, &a, &jl), "[%s]", t->b);
    records++;
  }
}

static void code_words(const char *const *w, size_t n) {
  struct text t = {.n = 0};
  for (size_t i = 0; i < n; i++) put(&t, w[i]);
  code_text(&t);
}

/* every token alone, and every token opening and ending a plain sentence
 * and a sentence that opens with a title before "of" */
Test(pathological, edges_each_token_alone_first_and_last) {
  for (size_t k = 0; k < NKINDS; k++)
    for (size_t i = 0; i < KINDS[k].n; i++) {
      const char *x = KINDS[k].w[i];
      code_words(&x, 1);
      const char *open[] = {x, "Police arrested 20 protesters in Mexico"};
      code_words(open, 2);
      const char *close[] = {"Police arrested 20 protesters in Mexico", x};
      code_words(close, 2);
      const char *title[] = {x, "Secretary of Public Security", x, "resigned", x};
      code_words(title, 5);
      const char *said[] = {x, "said", x};
      code_words(said, 3);
    }
}

/* every pair of tokens of two kinds (the first and the last token read
 * together), then the pair around "of" */
Test(pathological, edges_every_pair) {
  for (size_t k = 0; k < NKINDS; k++)
    for (size_t i = 0; i < KINDS[k].n; i++)
      for (size_t l = 0; l < NKINDS; l++)
        for (size_t j = 0; j < KINDS[l].n; j += 2) {
          const char *pair[] = {KINDS[k].w[i], KINDS[l].w[j]};
          code_words(pair, 2);
          const char *of[] = {KINDS[k].w[i], "of", KINDS[l].w[j]};
          code_words(of, 3);
        }
  cr_assert_gt(records, 10000);
}

/* random short records, 2 to 14 tokens of any kind, and records shaped
 * like news (actor verb actor) with random edges */
Test(pathological, edges_random_short_records) {
  uint64_t st = 21;
  for (int r = 0; r < 3000; r++) {
    struct text t = {.n = 0};
    size_t len = 2 + next(&st) % 13;
    for (size_t i = 0; i < len; i++) put(&t, pick(&st, next(&st) % NKINDS));
    code_text(&t);
  }
  static const size_t shape[] = {0, 5, 6, 5, 10, 8, 7, 9, 5};
  for (int r = 0; r < 2000; r++) {
    struct text t = {.n = 0};
    put(&t, pick(&st, next(&st) % NKINDS));
    for (size_t i = 0; i < sizeof shape / sizeof shape[0]; i++)
      if (next(&st) % 4) put(&t, pick(&st, shape[i]));
    put(&t, pick(&st, next(&st) % NKINDS));
    code_text(&t);
  }
}

/* records of two to five short sentences (what reads the sentences
 * before: pronouns, quotations running over sentences, paragraph breaks),
 * the text opening or ending on a break or a bare mark */
Test(pathological, edges_random_short_articles) {
  static const char *const breaks[] = {". ", ".\n\n", "? ", "\" ", ".\" ", "\n", ": "};
  static const size_t shape[] = {5, 6, 9, 7, 0, 8, 5};
  uint64_t st = 15;
  for (int r = 0; r < 2000; r++) {
    struct text t = {.n = 0};
    if (next(&st) % 5 == 0) put(&t, next(&st) % 2 ? "\n\n" : "\"");
    size_t ns = 2 + next(&st) % 4;
    for (size_t k = 0; k < ns; k++) {
      for (size_t i = 0; i < sizeof shape / sizeof shape[0]; i++)
        if (next(&st) % 3) put(&t, pick(&st, next(&st) % 3 ? shape[i] : next(&st) % NKINDS));
      put(&t, breaks[next(&st) % (sizeof breaks / sizeof breaks[0])]);
    }
    code_text(&t);
  }
}

/* long names and words, one actor many times, nested and unclosed quotes
 * and brackets */
Test(pathological, edges_long_names_repeats_and_nesting) {
  struct text t = {.n = 0};
  for (int i = 0; i < 300; i++) put(&t, i % 2 ? "Ramirez" : "Juan");
  put(&t, "arrested");
  for (int i = 0; i < 300; i++) put(&t, "Lopez");
  code_text(&t);
  t.n = 0;
  char word[4001];
  memset(word, 'a', sizeof word - 1);
  word[0] = 'Z';
  word[sizeof word - 1] = '\0';
  put(&t, word);
  code_text(&t);
  put(&t, "killed");
  put(&t, word);
  code_text(&t);
  static const char *const rep[] = {"Mexico", "police", "Mexico and", "the Zetas,",
                                    "him", "said", "of", "President"};
  for (size_t k = 0; k < sizeof rep / sizeof rep[0]; k++) {
    t.n = 0;
    for (int i = 0; i < 500; i++) put(&t, rep[k]);
    code_text(&t);
    put(&t, "attacked");
    for (int i = 0; i < 500; i++) put(&t, rep[k]);
    code_text(&t);
  }
  for (size_t q = 0; q < sizeof QUOTE / sizeof QUOTE[0]; q++)
    for (size_t b = 0; b < sizeof BRACKET / sizeof BRACKET[0]; b++) {
      t.n = 0;
      for (int i = 0; i < 40; i++) {
        put(&t, QUOTE[q]);
        put(&t, BRACKET[b]);
        put(&t, i % 3 ? "police" : "said");
      }
      code_text(&t);
      const char *bare[] = {BRACKET[b], QUOTE[q], "Police arrested him", QUOTE[q],
                            BRACKET[b]};
      code_words(bare, 5);
      const char *nest[] = {"\"Police said", QUOTE[q], "Gen. Ramirez told them",
                            BRACKET[b], "'they killed him'", QUOTE[q], "\""};
      code_words(nest, 7);
    }
}
