/* SPDX-License-Identifier: MIT */
/* test_petrarch.c: the PETRARCH / TABARI readers (src/petrarch.h): the four
 * dictionary formats, malformed lines reported as file:line, strict mode,
 * actor date restrictions, and the validation XML iterator, on the invented
 * fixtures in tests/fixtures/petrarch/ and on in-memory snippets. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "petrarch.h"

/* ---- helpers ----------------------------------------------------------- */

static const char *fixture(const char *name) {
  static char path[4096];
  const char *src = __FILE__; /* .../tests/unit/test_petrarch.c */
  const char *cut = strstr(src, "tests/unit/test_petrarch.c");
  if (cut) {
    snprintf(path, sizeof path, "%.*stests/fixtures/petrarch/%s",
             (int)(cut - src), src, name);
  } else {
    const char *dd = getenv("ACTA_DATA_DIR");
    snprintf(path, sizeof path, "%s/../tests/fixtures/petrarch/%s",
             dd ? dd : "data", name);
  }
  return path;
}

typedef struct msgs {
  char v[32][256];
  size_t n;
} msgs;

static void collect(void *ud, const char *m) {
  msgs *ms = ud;
  if (ms->n < 32) snprintf(ms->v[ms->n], sizeof ms->v[0], "%s", m);
  ms->n++;
}

static petr_dict *parse_str(petr_kind k, const char *s, int strict, msgs *ms,
                            char *err, size_t errlen) {
  petr_opts o = {"mem.txt", strict, collect, ms, 0};
  return petr_dict_parse(k, s, strlen(s), &o, err, errlen);
}

static petr_dict *load(petr_kind k, const char *name, msgs *ms) {
  char err[512];
  petr_opts o = {NULL, 0, collect, ms, 0};
  petr_dict *d = petr_dict_load(k, fixture(name), &o, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  return d;
}

static int has_msg(const msgs *ms, const char *needle) {
  for (size_t i = 0; i < ms->n && i < 32; i++)
    if (strstr(ms->v[i], needle)) return 1;
  return 0;
}

static const char *str(const petr_dict *d, size_t first, size_t i) {
  return d->strs[first + i];
}

static const petr_family *family(const petr_dict *d, const char *verb) {
  for (size_t i = 0; i < d->n_families; i++)
    if (!strcmp(d->families[i].verb, verb)) return &d->families[i];
  return NULL;
}

/* ---- verbs ------------------------------------------------------------- */

Test(petr_verbs, synsets) {
  msgs ms = {0};
  petr_dict *d = load(PETR_VERBS, "verbs.txt", &ms);
  cr_assert_eq(d->n_synsets, 2);
  const petr_synset *h = &d->synsets[0];
  cr_assert_str_eq(h->name, "HARBOUR"); /* trailing `_` dropped */
  cr_assert_eq(h->n_members, 3);
  cr_assert_str_eq(str(d, h->first_member, 0), "PORT");
  cr_assert_str_eq(str(d, h->first_member, 2), "FERRY TERMINAL");
  const petr_synset *g = &d->synsets[1];
  cr_assert_str_eq(g->name, "GOODS");
  cr_assert_eq(g->n_members, 3);
  cr_assert_str_eq(str(d, g->first_member, 1), "&HARBOUR");
  cr_assert_str_eq(str(d, g->first_member, 2), "TIMBER_EXPORTS");
  petr_dict_free(d);
}

Test(petr_verbs, families_and_forms) {
  msgs ms = {0};
  petr_dict *d = load(PETR_VERBS, "verbs.txt", &ms);
  cr_assert_eq(d->n_families, 3);
  const petr_family *v = family(d, "VISIT");
  cr_assert_not_null(v);
  cr_assert_str_eq(v->code, "042");
  cr_assert_eq(v->n_forms, 1);
  cr_assert_str_eq(d->forms[v->first_form].text, "VISIT");
  cr_assert_eq(v->n_patterns, 3);

  const petr_family *s = family(d, "SEIZE");
  cr_assert_str_eq(s->code, "171");
  cr_assert_eq(s->n_forms, 3);
  const petr_verb_form *f0 = &d->forms[s->first_form];
  cr_assert_str_eq(f0->text, "SEIZE");
  cr_assert_eq(f0->plus, 0);
  cr_assert_eq(f0->n_irregular, 2);
  cr_assert_str_eq(str(d, f0->first_irregular, 0), "SEIZED");
  cr_assert_str_eq(str(d, f0->first_irregular, 1), "SEIZING");
  const petr_verb_form *f1 = f0 + 1;
  cr_assert_str_eq(f1->text, "SEIZE_UPON");
  cr_assert_eq(f1->plus, 1);
  cr_assert_eq(f1->n_irregular, 2);
  cr_assert_str_eq(str(d, f1->first_irregular, 0), "SEIZED_UPON");
  const petr_verb_form *f2 = f0 + 2;
  cr_assert_str_eq(f2->text, "GRAB_HOLD_OF");
  cr_assert_str_eq(f2->code, "172");
  cr_assert_null(f0->code);

  const petr_family *b = family(d, "BLOCKADE");
  cr_assert_str_eq(b->code, "---");
  cr_assert_eq(b->n_patterns, 2); /* the unknown directive is skipped */
  petr_dict_free(d);
}

Test(petr_verbs, pattern_elements) {
  msgs ms = {0};
  petr_dict *d = load(PETR_VERBS, "verbs.txt", &ms);
  const petr_family *v = family(d, "VISIT");
  const petr_pattern *p = &d->patterns[v->first_pattern];
  cr_assert_str_eq(p->code, "043");
  cr_assert_null(p->code2);
  cr_assert_eq(p->n_toks, 2);
  cr_assert_eq(d->toks[p->first_tok].kind, PETR_T_VERB);
  cr_assert_eq(d->toks[p->first_tok + 1].kind, PETR_T_SYNSET);
  cr_assert_str_eq(d->toks[p->first_tok + 1].text, "HARBOUR");
  cr_assert_eq(p->family, (size_t)(v - d->families));

  p++; /* - + WAS * BY $  [042] */
  cr_assert_str_eq(p->text, "+ WAS * BY $");
  cr_assert_eq(p->n_toks, 5);
  const petr_tok *t = &d->toks[p->first_tok];
  cr_assert_eq(t[0].kind, PETR_T_TARGET);
  cr_assert_eq(t[1].kind, PETR_T_WORD);
  cr_assert_str_eq(t[1].text, "WAS");
  cr_assert_eq(t[2].kind, PETR_T_VERB);
  cr_assert_eq(t[4].kind, PETR_T_SOURCE);

  p++; /* - SAID_* TO  [040:041] */
  cr_assert_str_eq(p->code, "040");
  cr_assert_str_eq(p->code2, "041");
  t = &d->toks[p->first_tok];
  cr_assert_eq(p->n_toks, 3);
  cr_assert_eq(t[0].joined, 0);
  cr_assert_eq(t[1].kind, PETR_T_VERB);
  cr_assert_eq(t[1].joined, 1);
  cr_assert_eq(t[2].joined, 0);

  const petr_family *s = family(d, "SEIZE");
  p = &d->patterns[s->first_pattern]; /* * {CARGO | FISHING BOATS} OF + */
  t = &d->toks[p->first_tok];
  cr_assert_eq(p->n_toks, 4);
  cr_assert_eq(t[1].kind, PETR_T_ALT);
  cr_assert_eq(t[1].n_alts, 2);
  cr_assert_str_eq(str(d, t[1].first_alt, 0), "CARGO");
  cr_assert_str_eq(str(d, t[1].first_alt, 1), "FISHING BOATS");
  cr_assert_eq(t[3].kind, PETR_T_TARGET);

  p++; /* odd spacing: *_CONTROL   ^  FROM   +    [173] */
  cr_assert_str_eq(p->text, "*_CONTROL ^ FROM +");
  t = &d->toks[p->first_tok];
  cr_assert_eq(p->n_toks, 5);
  cr_assert_eq(t[1].kind, PETR_T_WORD);
  cr_assert_eq(t[1].joined, 1);
  cr_assert_eq(t[2].kind, PETR_T_SKIP);

  p++; /* - % * JOINTLY [---] */
  cr_assert_str_eq(p->code, "---");
  cr_assert_eq(d->toks[p->first_tok].kind, PETR_T_COMPOUND);

  const petr_family *b = family(d, "BLOCKADE");
  p = &d->patterns[b->first_pattern]; /* $ * + PORTS_AND_HARBOURS */
  t = &d->toks[p->first_tok];
  cr_assert_eq(p->n_toks, 6);
  cr_assert_str_eq(t[3].text, "PORTS");
  cr_assert_str_eq(t[4].text, "AND");
  cr_assert_eq(t[4].joined, 1);
  cr_assert_eq(t[5].joined, 1);
  p++; /* - IN_ * [192]: trailing `_` kept, next element not joined */
  t = &d->toks[p->first_tok];
  cr_assert_str_eq(t[0].text, "IN_");
  cr_assert_eq(t[1].joined, 0);
  petr_dict_free(d);
}

Test(petr_verbs, unknown_directive_reported_with_line) {
  msgs ms = {0};
  petr_dict *d = load(PETR_VERBS, "verbs.txt", &ms);
  cr_assert_eq(ms.n, 1, "%zu messages, first: %s", ms.n, ms.v[0]);
  cr_assert(strstr(ms.v[0], "verbs.txt:33: unknown directive '~'"), "%s", ms.v[0]);
  cr_assert_eq(d->n_warnings, 1);
  petr_dict_free(d);
}

Test(petr_verbs, crlf) {
  msgs ms = {0};
  petr_dict *d = load(PETR_VERBS, "verbs_crlf.txt", &ms);
  cr_assert_eq(ms.n, 0, "%s", ms.v[0]);
  cr_assert_eq(d->n_families, 1);
  cr_assert_str_eq(d->families[0].code, "036");
  cr_assert_str_eq(str(d, d->forms[0].first_irregular, 0), "MET");
  cr_assert_str_eq(d->patterns[0].code, "036");
  cr_assert_str_eq(d->toks[d->patterns[0].first_tok + 1].text, "WITH");
  petr_dict_free(d);
}

Test(petr_verbs, malformed_lines) {
  const char *src =
      "--- GO [010] ---\n"          /* 1 */
      "GO {WENT\n"                  /* 2 unterminated { */
      "- * TO + \n"                 /* 3 no code */
      "- TO + [011]\n"              /* 4 no '*' */
      "- * * [011]\n"               /* 5 two '*' */
      "- * {A | } [011]\n"          /* 6 empty alternative */
      "- * {A | B [011]\n"          /* 7 unterminated { */
      "- * &  [011]\n"              /* 8 bad synset reference */
      "- * X [011] junk\n"          /* 9 text after code */
      "- * ** [011]\n"              /* 10 bad element */
      "--- [010] ---\n"             /* 11 no verb */
      "--- STOP ---\n"              /* 12 no code */
      "&\n"                         /* 13 bad synset name */
      "<! -- broken comment -->\n"  /* 14 unknown directive */
      "- * OK [012]\n";             /* 15 dropped with line 13 */
  msgs ms = {0};
  char err[256];
  petr_dict *d = parse_str(PETR_VERBS, src, 0, &ms, err, sizeof err);
  cr_assert_not_null(d);
  cr_assert(has_msg(&ms, "mem.txt:2: unterminated { }"));
  cr_assert(has_msg(&ms, "mem.txt:3: pattern without [code]"));
  cr_assert(has_msg(&ms, "mem.txt:4: pattern needs exactly one '*' (has 0)"));
  cr_assert(has_msg(&ms, "mem.txt:5: pattern needs exactly one '*' (has 2)"));
  cr_assert(has_msg(&ms, "mem.txt:6: empty alternative"));
  cr_assert(has_msg(&ms, "mem.txt:7: unterminated { }"));
  cr_assert(has_msg(&ms, "mem.txt:8: bad synset reference"));
  cr_assert(has_msg(&ms, "mem.txt:9: text after [code]"));
  cr_assert(has_msg(&ms, "mem.txt:10: bad pattern element"));
  cr_assert(has_msg(&ms, "mem.txt:11: verb family header without a verb"));
  cr_assert(has_msg(&ms, "mem.txt:12: verb family header without [code]"));
  cr_assert(has_msg(&ms, "mem.txt:13: bad synset name"));
  cr_assert(has_msg(&ms, "mem.txt:14: unknown directive '<'"));
  cr_assert_eq(ms.n, 13, "%zu", ms.n);
  cr_assert_eq(d->n_warnings, 13);
  /* the rejected headers dropped what follows them: nothing joins GO */
  cr_assert_eq(d->n_families, 1);
  cr_assert_eq(d->n_patterns, 0);
  cr_assert_eq(d->families[0].n_patterns, 0);
  cr_assert_eq(d->n_toks, 0);
  cr_assert_eq(d->n_forms, 0);
  petr_dict_free(d);
}

Test(petr_verbs, context_errors) {
  const char *src =
      "- * TO [010]\n"              /* 1 pattern outside a family */
      "+MEMBER\n"                   /* 2 + outside synset / family */
      "GO\n"                        /* 3 form outside family */
      "<!-- never closed\n";        /* 4 */
  msgs ms = {0};
  char err[256];
  petr_dict *d = parse_str(PETR_VERBS, src, 0, &ms, err, sizeof err);
  cr_assert_not_null(d);
  cr_assert(has_msg(&ms, "mem.txt:1: pattern outside a verb family"));
  cr_assert(has_msg(&ms, "mem.txt:2: '+' line outside"));
  cr_assert(has_msg(&ms, "mem.txt:3: verb form outside a verb family"));
  cr_assert(has_msg(&ms, "unterminated <!-- comment"));
  petr_dict_free(d);
}

Test(petr_verbs, strict_stops) {
  const char *src = "--- GO [010] ---\nGO\n- * TO [011]\n- * ^^ [012]\n- * X [013]\n";
  msgs ms = {0};
  char err[256];
  petr_dict *d = parse_str(PETR_VERBS, src, 1, &ms, err, sizeof err);
  cr_assert_null(d);
  cr_assert_eq(ms.n, 1);
  cr_assert(strstr(err, "mem.txt:4: bad pattern element '^^'"), "%s", err);
  /* the same text without strict loads, one line skipped */
  ms.n = 0;
  d = parse_str(PETR_VERBS, src, 0, &ms, err, sizeof err);
  cr_assert_not_null(d);
  cr_assert_eq(d->n_patterns, 2);
  petr_dict_free(d);
}

Test(petr_verbs, comments_and_blank_lines) {
  const char *src =
      "   \n\t\n"
      "<!-- one --> --- GO [010] ---\n"
      "GO  # the verb\n"
      "<!--\n- * NOT [999]\n-->\n"
      "- * TO [011] # note [with brackets]\n";
  msgs ms = {0};
  char err[256];
  petr_dict *d = parse_str(PETR_VERBS, src, 1, &ms, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  cr_assert_eq(d->n_families, 1);
  cr_assert_eq(d->n_patterns, 1);
  cr_assert_str_eq(d->patterns[0].code, "011");
  cr_assert_eq(d->patterns[0].line, 8);
  petr_dict_free(d);
}

/* ---- actors ------------------------------------------------------------ */

Test(petr_actors, entries_aliases_codes) {
  msgs ms = {0};
  petr_dict *d = load(PETR_ACTORS, "actors.txt", &ms);
  cr_assert_eq(ms.n, 0, "%s", ms.v[0]);
  cr_assert_eq(d->n_actors, 5);
  const petr_actor *a = &d->actors[0];
  cr_assert_str_eq(a->phrase, "NORLAND");
  cr_assert_eq(a->line, 2);
  cr_assert_eq(a->n_aliases, 2);
  cr_assert_str_eq(str(d, a->first_alias, 1), "NORLAND_REPUBLIC");
  cr_assert_eq(a->n_codes, 1);
  cr_assert_str_eq(d->codes[a->first_code].code, "NRL");
  cr_assert_eq(d->codes[a->first_code].rule, PETR_DATE_ANY);

  a = &d->actors[1];
  cr_assert_str_eq(a->phrase, "PRESIDENT_ARVID_HOLM");
  cr_assert_eq(a->n_aliases, 1);
  cr_assert_str_eq(str(d, a->first_alias, 0), "ARVID HOLM");
  cr_assert_eq(a->n_codes, 3);
  const petr_code *c = &d->codes[a->first_code + 1];
  cr_assert_str_eq(c->code, "NRLOPP");
  cr_assert_eq(c->rule, PETR_DATE_BEFORE);
  cr_assert_eq(c->to, 20090120u);
  cr_assert_eq(c->line, 8);
  c++;
  cr_assert_eq(c->rule, PETR_DATE_AFTER);
  cr_assert_eq(c->from, 20090120u);

  a = &d->actors[2];
  cr_assert_str_eq(a->phrase, "MAYOR_LENA_ODD");
  cr_assert_eq(a->n_codes, 3);
  c = &d->codes[a->first_code];
  cr_assert_eq(c->rule, PETR_DATE_RANGE);
  cr_assert_eq(c->from, 20010101u);
  cr_assert_eq(c->to, 20051231u);
  cr_assert_eq(c[1].rule, PETR_DATE_RANGE); /* blanks around '-' */
  cr_assert_eq(c[1].from, 20060101u);

  a = &d->actors[3]; /* TABARI six-digit date */
  cr_assert_eq(d->codes[a->first_code].rule, PETR_DATE_BEFORE);
  cr_assert_eq(d->codes[a->first_code].to, 19991231u);

  a = &d->actors[4];
  cr_assert_str_eq(a->phrase, "SOUTHMARK");
  cr_assert_str_eq(d->codes[a->first_code].code, "SMK");
  petr_dict_free(d);
}

Test(petr_actors, code_on_date) {
  msgs ms = {0};
  petr_dict *d = load(PETR_ACTORS, "actors.txt", &ms);
  const petr_actor *holm = &d->actors[1], *odd = &d->actors[2],
                   *hrb = &d->actors[3];
  cr_assert_str_eq(petr_actor_code_at(d, holm, 20080101), "NRLOPP");
  cr_assert_str_eq(petr_actor_code_at(d, holm, 20100101), "NRLGOV");
  /* on the boundary neither < nor > holds: the unrestricted code */
  cr_assert_str_eq(petr_actor_code_at(d, holm, 20090120), "NRLGOV");
  cr_assert_str_eq(petr_actor_code_at(d, holm, 0), "NRLGOV");
  cr_assert_str_eq(petr_actor_code_at(d, odd, 20010101), "ODDCIV");
  cr_assert_str_eq(petr_actor_code_at(d, odd, 20051231), "ODDCIV");
  cr_assert_str_eq(petr_actor_code_at(d, odd, 20060101), "ODDGOV");
  cr_assert_str_eq(petr_actor_code_at(d, odd, 20200101), "ODD");
  cr_assert_str_eq(petr_actor_code_at(d, hrb, 19990101), "HRB");
  cr_assert_null(petr_actor_code_at(d, hrb, 20000101));
  petr_dict_free(d);
}

Test(petr_actors, malformed_lines) {
  const char *src =
      "NOCODE_LAND\n"                         /* 1: never gets a code */
      "+ALIAS_OF_NOCODE\n"                    /* 2 fine (alias) */
      "GOOD [GDL]\n"                          /* 3 */
      "\t[950601-990815]\n"                   /* 4 no code */
      "\t[GDL < 2009]\n"                      /* 5 bad date */
      "\t[GDL 20100101-20000101]\n"           /* 6 reversed */
      "\t[GDL 20100101 20110101]\n"           /* 7 no '-' */
      "\t[GDL >20091340]\n"                   /* 8 month 13 */
      "\t[GDL\n"                              /* 9 unterminated */
      "\t[G*L]\n"                             /* 10 bad code */
      "BROKEN [X] tail\n"                     /* 11 text after code */
      "+ORPHAN\n"                             /* 12 alias of nothing */
      "<! -- not a comment -->\n"             /* 13 */
      "LAST [LST]\n";                         /* 14 */
  msgs ms = {0};
  char err[256];
  petr_dict *d = parse_str(PETR_ACTORS, src, 0, &ms, err, sizeof err);
  cr_assert_not_null(d);
  cr_assert(has_msg(&ms, "mem.txt:1: actor 'NOCODE_LAND' has no code"));
  cr_assert(has_msg(&ms, "mem.txt:4: date restriction without a code"));
  cr_assert(has_msg(&ms, "mem.txt:5: bad date"));
  cr_assert(has_msg(&ms, "mem.txt:6: date range ends before it starts"));
  cr_assert(has_msg(&ms, "mem.txt:7: bad date restriction"));
  cr_assert(has_msg(&ms, "mem.txt:8: bad date"));
  cr_assert(has_msg(&ms, "mem.txt:9: unterminated [code]"));
  cr_assert(has_msg(&ms, "mem.txt:10: bad code 'G*L'"));
  cr_assert(has_msg(&ms, "mem.txt:11: text after [code]"));
  cr_assert(has_msg(&ms, "mem.txt:12: alias without an actor"));
  cr_assert(has_msg(&ms, "mem.txt:13: unknown directive '<'"));
  cr_assert_eq(ms.n, 11, "%zu", ms.n);
  cr_assert_eq(d->n_actors, 2);
  cr_assert_str_eq(d->actors[0].phrase, "GOOD");
  cr_assert_eq(d->actors[0].n_codes, 1);
  cr_assert_str_eq(d->actors[1].phrase, "LAST");
  petr_dict_free(d);
}

Test(petr_actors, strict_stops) {
  msgs ms = {0};
  char err[256];
  petr_dict *d = parse_str(PETR_ACTORS, "A [AAA]\nB\nC [CCC]\n", 1, &ms,
                           err, sizeof err);
  cr_assert_null(d);
  cr_assert(strstr(err, "mem.txt:2: actor 'B' has no code"), "%s", err);
  d = parse_str(PETR_ACTORS, "A [AAA]\nB\n", 1, &ms, err, sizeof err);
  cr_assert_null(d); /* also at end of input */
}

/* ---- agents ------------------------------------------------------------ */

Test(petr_agents, entries) {
  msgs ms = {0};
  petr_dict *d = load(PETR_AGENTS, "agents.txt", &ms);
  cr_assert_eq(ms.n, 0, "%s", ms.v[0]);
  cr_assert_eq(d->n_macros, 1);
  cr_assert_str_eq(d->macros[0].name, "OFFICIAL");
  cr_assert_eq(d->macros[0].n_values, 3);
  cr_assert_str_eq(str(d, d->macros[0].first_value, 2), "OFFICIAL");
  cr_assert_eq(d->n_agents, 5);
  const petr_agent *a = d->agents;
  cr_assert_str_eq(a[0].phrase, "HARBOUR_MASTER");
  cr_assert_str_eq(a[0].code, "GOV");
  cr_assert_eq(a[0].place, PETR_AGENT_SUFFIX);
  cr_assert_eq(a[0].has_plurals, 1);
  cr_assert_eq(a[0].n_plurals, 1);
  cr_assert_str_eq(str(d, a[0].first_plural, 0), "HARBOUR_MASTERS");
  cr_assert_eq(a[1].has_plurals, 1); /* {} : no plural */
  cr_assert_eq(a[1].n_plurals, 0);
  cr_assert_str_eq(a[2].phrase, "TRADE!OFFICIAL!");
  cr_assert_eq(a[2].has_plurals, 0);
  cr_assert_str_eq(a[3].code, "NGO");
  cr_assert_eq(a[3].place, PETR_AGENT_PREFIX);
  cr_assert_str_eq(a[4].code, "CVL"); /* [ ~CVL ] */
  petr_dict_free(d);
}

Test(petr_agents, malformed_lines) {
  const char *src =
      "SOLDIER [MIL]\n"          /* 1 no ~ */
      "SAILOR\n"                 /* 2 no code */
      "CLERK {CLERKS [~GOV]\n"   /* 3 unterminated { */
      "!BAD = X\n"               /* 4 bad macro */
      "!M! X, Y\n"               /* 5 no = */
      "!M! = X, , Y\n"           /* 6 empty value */
      "JUDGE [~J*D]\n"           /* 7 bad code */
      "GUARD [~GRD]\n";          /* 8 fine */
  msgs ms = {0};
  char err[256];
  petr_dict *d = parse_str(PETR_AGENTS, src, 0, &ms, err, sizeof err);
  cr_assert_not_null(d);
  cr_assert(has_msg(&ms, "mem.txt:1: agent code needs '~'"));
  cr_assert(has_msg(&ms, "mem.txt:2: agent without [code]"));
  cr_assert(has_msg(&ms, "mem.txt:3: unterminated { }"));
  cr_assert(has_msg(&ms, "mem.txt:4: bad !MACRO! name"));
  cr_assert(has_msg(&ms, "mem.txt:5: !MACRO! without '='"));
  cr_assert(has_msg(&ms, "mem.txt:6: empty value"));
  cr_assert(has_msg(&ms, "mem.txt:7: bad agent code"));
  cr_assert_eq(ms.n, 7);
  cr_assert_eq(d->n_agents, 1);
  cr_assert_eq(d->n_macros, 0);
  petr_dict_free(d);
}

/* ---- discards ---------------------------------------------------------- */

Test(petr_discards, entries) {
  msgs ms = {0};
  petr_dict *d = load(PETR_DISCARDS, "discards.txt", &ms);
  cr_assert_eq(ms.n, 0, "%s", ms.v[0]);
  cr_assert_eq(d->n_discards, 4);
  cr_assert_str_eq(d->discards[0].phrase, "REGATTA CUP FINAL");
  cr_assert_eq(d->discards[0].story, 1);
  cr_assert_eq(d->discards[1].story, 0);
  cr_assert_null(d->discards[1].code);
  cr_assert_str_eq(d->discards[2].code, "SPT");
  cr_assert_str_eq(d->discards[3].phrase, "Harbour Derby");
  cr_assert_eq(d->discards[3].line, 6);
  petr_dict_free(d);
}

Test(petr_discards, malformed_lines) {
  msgs ms = {0};
  char err[256];
  petr_dict *d = parse_str(PETR_DISCARDS, "+\n=X\nA [B\nOK\n", 0, &ms, err,
                           sizeof err);
  cr_assert_not_null(d);
  cr_assert(has_msg(&ms, "mem.txt:1: empty discard phrase"));
  cr_assert(has_msg(&ms, "mem.txt:2: unknown directive '='"));
  cr_assert(has_msg(&ms, "mem.txt:3: unterminated [code]"));
  cr_assert_eq(d->n_discards, 1);
  petr_dict_free(d);
}

/* ---- misc -------------------------------------------------------------- */

Test(petr_dict, phrase_words_and_nul) {
  const char *w[4];
  size_t l[4];
  cr_assert_eq(petr_phrase_words("PRESIDENT_ARVID HOLM_", w, l, 4), 3);
  cr_assert_eq(l[0], 9);
  cr_assert_eq(strncmp(w[2], "HOLM", l[2]), 0);
  cr_assert_eq(petr_phrase_words("A B C D E", w, l, 4), 5);

  msgs ms = {0};
  char err[256];
  petr_opts o = {"nul.txt", 0, collect, &ms, 0};
  petr_dict *d = petr_dict_parse(PETR_DISCARDS, "A\0B\nC\n", 6, &o, err, sizeof err);
  cr_assert_not_null(d);
  cr_assert(has_msg(&ms, "nul.txt:1: NUL byte"));
  cr_assert_eq(d->n_discards, 1);
  petr_dict_free(d);
  cr_assert_null(petr_dict_load(PETR_VERBS, "/nonexistent/v.txt", NULL, err, sizeof err));
  cr_assert(strstr(err, "/nonexistent/v.txt"));
}

/* ---- XML --------------------------------------------------------------- */

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "%s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  cr_assert_eq(fread(b, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  *len = (size_t)n;
  return b;
}

Test(petr_xml, validation_file) {
  size_t len;
  char *data = slurp(fixture("validation.xml"), &len);
  petr_xml *x = petr_xml_open(data, len, "validation.xml");
  petr_record r;
  char err[512];
  const char *ids[] = {"FIX-01", "FIX-02", "FIX-03", "FIX-04", "FIX-05", "FIX-06"};
  size_t lines[] = {16, 28, 34, 41, 47, 58};
  size_t n = 0;
  int rc;
  while ((rc = petr_xml_next(x, &r, err, sizeof err)) == 1) {
    cr_assert_lt(n, 6);
    cr_assert_str_eq(r.id, ids[n]);
    cr_assert_eq(r.line, lines[n], "%s at %zu", r.id, r.line);
    cr_assert_eq(strncmp(data + r.offset, "<Sentence", 9), 0);
    switch (n) {
    case 0:
      cr_assert_str_eq(r.date, "20100315");
      cr_assert_str_eq(r.category, "VISIT");
      cr_assert_eq(r.sentence, 1);
      cr_assert_str_eq(r.text, "Norland visited Southmark on Monday.");
      cr_assert_eq(r.text_len, strlen(r.text));
      cr_assert_not_null(r.parse);
      cr_assert_eq(strncmp(r.parse, "(ROOT (S", 8), 0);
      cr_assert_eq(r.n_codings, 1);
      cr_assert_str_eq(r.codings[0].source, "NRL");
      cr_assert_str_eq(r.codings[0].target, "SMK");
      cr_assert_str_eq(r.codings[0].event, "042");
      cr_assert_eq(r.codings[0].line, 18);
      cr_assert_eq(r.expects_no_event, 0);
      break;
    case 1:
      cr_assert_eq(r.n_codings, 2);
      cr_assert_str_eq(r.codings[1].target, "SMKBUS");
      cr_assert_str_eq(r.text,
          "President Arvid Holm seized the cargo of Southmark & its traders.");
      cr_assert_null(r.parse);
      break;
    case 2:
      cr_assert_eq(r.expects_no_event, 1);
      cr_assert_eq(r.n_codings, 1);
      cr_assert_eq(r.codings[0].noevents, 1);
      cr_assert_null(r.codings[0].event);
      cr_assert_eq(r.sentence, 0);
      cr_assert_null(r.category);
      cr_assert_str_eq(r.text, "The tide table for the \"Old Harbour\" was published.");
      break;
    case 3:
      cr_assert_eq(r.sentence, -1);
      cr_assert_str_eq(r.codings[0].event, "191");
      cr_assert_str_eq(r.text,
          "Southmark blockaded Norland's ports <again>, caf\xc3\xa9 \xe2\x80\x94 said.");
      break;
    case 5:
      cr_assert_eq(r.n_codings, 2);
      break;
    default:
      break;
    }
    n++;
  }
  cr_assert_eq(rc, 0, "%s", err);
  cr_assert_eq(n, 6);
  const petr_env *env = petr_xml_env(x);
  cr_assert_str_eq(env->verbfile, "verbs.txt");
  cr_assert_str_eq(env->actorfile, "actors.txt");
  cr_assert_str_eq(env->agentfile, "agents.txt");
  cr_assert_str_eq(env->discardfile, "discards.txt");
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 0);
  petr_xml_free(x);
  free(data);
}

/* Runs the reader over s and returns the first error, a record's or the
 * file's (or "" at a clean end), with the number of records read before it
 * in *nrec. */
static const char *xml_error(const char *s, size_t *nrec) {
  static char err[512];
  err[0] = '\0';
  petr_xml *x = petr_xml_open(s, strlen(s), "t.xml");
  petr_record r;
  int rc;
  *nrec = 0;
  while ((rc = petr_xml_next(x, &r, err, sizeof err)) == 1) (*nrec)++;
  if (rc == 0) err[0] = '\0';
  else if (rc == -1) cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), -1); /* sticky */
  petr_xml_free(x);
  return err;
}

/* Every record of s as "id" for a record and "!id: message" (or "!: ...")
 * for a record error, joined by " | ", ending with "end" or "fatal:
 * message". */
static const char *xml_records(const char *s) {
  static char out[2048];
  char err[512];
  size_t n = 0;
  out[0] = '\0';
  petr_xml *x = petr_xml_open(s, strlen(s), "t.xml");
  petr_record r;
  for (;;) {
    int rc = petr_xml_next(x, &r, err, sizeof err);
    if (rc == 1) n += (size_t)snprintf(out + n, sizeof out - n, "%s | ", r.id);
    else if (rc == 2)
      n += (size_t)snprintf(out + n, sizeof out - n, "!%s: %s | ", r.id ? r.id : "", err);
    else {
      snprintf(out + n, sizeof out - n, rc == 0 ? "end" : "fatal: %s", err);
      break;
    }
    cr_assert_lt(n, sizeof out);
  }
  petr_xml_free(x);
  return out;
}

#define SENT(id, text) "<Sentence date=\"20100101\" id=\"" id "\"><Text>" text "</Text></Sentence>\n"

/* issue 17: one bad <Sentence> used to end the file: nothing after it was
 * read */
Test(petr_xml, a_bad_record_is_its_own_error) {
  cr_assert_str_eq(xml_records("<Sentences>\n" SENT("A", "a&nbsp;b") SENT("B", "ok")
                               SENT("C", "x") "</Sentences>"),
                   "!A: t.xml:2: unknown entity '&nbsp;' | B | C | end");
  /* without an id, a date, or with a bad one; a second <Text>; unclosed */
  cr_assert_str_eq(xml_records("<Sentences>\n<Sentence date=\"20100101\"><Text>a</Text></Sentence>\n"
                               "<Sentence id=\"D\" date=\"20100231\"><Text>b</Text></Sentence>\n"
                               "<Sentence id=\"E\" date=\"20100101\"><Text>b</Text><Text>c</Text></Sentence>\n"
                               SENT("F", "ok") "<Sentence id=\"G\" date=\"20100101\"><Text>c</Text>\n"
                               SENT("H", "ok") "</Sentences>"),
                   "!: t.xml:2: <Sentence> without id | "
                   "!D: t.xml:3: bad date \"20100231\" (want YYYYMMDD) | "
                   "!E: t.xml:4: second <Text> in <Sentence> | F | "
                   "!G: t.xml:6: unterminated <Sentence> (another starts at line 7) | H | end");
  /* the error's line, and the reader's lines after it, are right */
  const char *s = "<Sentences>\n<Sentence date=\"20100101\" id=\"A\">\n<Text>\n&bad;\n</Text>\n"
                  "</Sentence>\n<Sentence date=\"20100101\" id=\"B\"><Text>ok</Text></Sentence>\n</Sentences>";
  petr_xml *x = petr_xml_open(s, strlen(s), "t.xml");
  petr_record r;
  char err[256];
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 2);
  cr_assert_str_eq(err, "t.xml:4: unknown entity '&bad;'");
  cr_assert_eq(r.line, 2);
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 1);
  cr_assert_str_eq(r.id, "B");
  cr_assert_eq(r.line, 7);
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 0);
  petr_xml_free(x);
}

Test(petr_xml, byte_order_mark_cdata_many_attributes) {
  /* a UTF-8 byte order mark used to be "text outside elements" */
  cr_assert_str_eq(xml_records("\xEF\xBB\xBF<Sentences>" SENT("A", "ok") "</Sentences>"),
                   "A | end");
  /* CDATA used to be rejected; its text is taken as written */
  const char *s = "<Sentences><Sentence date=\"20100101\" id=\"A\">"
                  "<Text>AT&amp;T <![CDATA[said <b>&nbsp;</b> &]]> again</Text></Sentence></Sentences>";
  petr_xml *x = petr_xml_open(s, strlen(s), "t.xml");
  petr_record r;
  char err[256];
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 1, "%s", err);
  cr_assert_str_eq(r.text, "AT&T said <b>&nbsp;</b> & again");
  petr_xml_free(x);
  cr_assert_str_eq(xml_records("<Sentences><Sentence date=\"20100101\" id=\"A\">"
                               "<Text><![CDATA[never closed</Text></Sentence>\n" SENT("B", "ok")
                               "</Sentences>"),
                   "!A: t.xml:1: unterminated CDATA section in <Text> | B | end");
  /* more than 16 attributes before the id used to lose the id */
  s = "<Sentences><Sentence a1=\"1\" a2=\"2\" a3=\"3\" a4=\"4\" a5=\"5\" a6=\"6\" "
      "a7=\"7\" a8=\"8\" a9=\"9\" a10=\"10\" a11=\"11\" a12=\"12\" a13=\"13\" "
      "a14=\"14\" a15=\"15\" a16=\"16\" a17=\"17\" date=\"20100101\" id=\"LATE\">"
      "<Text>ok</Text></Sentence></Sentences>";
  cr_assert_str_eq(xml_records(s), "LATE | end");
}

Test(petr_xml, entities_names_and_utf8) {
  /* a reference too long for the old 12-byte scan was called a bare '&' */
  cr_assert_str_eq(xml_records("<Sentences>" SENT("A", "x&#99999999999;y") "</Sentences>"),
                   "!A: t.xml:1: character reference '&#99999999999;' is not a "
                   "Unicode character | end");
  cr_assert_str_eq(xml_records("<Sentences>" SENT("A", "x&#1114112;y") SENT("B", "&#x10FFFF;")
                               "</Sentences>"),
                   "!A: t.xml:1: character reference '&#1114112;' is not a "
                   "Unicode character | B | end");
  /* <Foo>...</FooBar> used to be accepted as the end of <Foo> */
  cr_assert_str_eq(xml_error("<Sentences><Foo>x</FooBar></Sentences>", &(size_t){0}),
                   "t.xml:1: unterminated <Foo>");
  cr_assert_str_eq(xml_records("<Sentences><Foo>x</FooBar></Foo>" SENT("A", "ok") "</Sentences>"),
                   "A | end");
  /* invalid UTF-8 in <Text> used to be replaced silently; the JSON reader
   * rejects it, and so does this one now */
  cr_assert_str_eq(xml_records("<Sentences>" SENT("A", "caf\xE9") SENT("B", "caf\xC3\xA9")
                               "</Sentences>"),
                   "!A: t.xml:1: <Text> is not valid UTF-8 (byte 4) | B | end");
}

#define S1 "<Sentences>\n<Sentence date=\"20100101\" id=\"A\">\n<Text>ok</Text>\n</Sentence>\n"

Test(petr_xml, errors) {
  size_t n;
  cr_assert_str_eq(xml_error(S1 "<Sentence date=\"20100101\" id=\"B\">\n<Text>\nnever closed\n"
                             "</Sentence>\n</Sentences>\n", &n),
                   "t.xml:6: unterminated <Text>");
  cr_assert_eq(n, 1);
  cr_assert_str_eq(xml_error(S1 "<Sentence date=\"20100101\" id=\"B\">\n<Parse>(ROOT\n", &n),
                   "t.xml:6: unterminated <Parse>");
  cr_assert_str_eq(xml_error(S1 "<Sentence date=\"20100101\" id=\"B\">\n<Text>x</Text>\n"
                             "<Sentence date=\"20100101\" id=\"C\">", &n),
                   "t.xml:5: unterminated <Sentence> (another starts at line 7)");
  cr_assert_str_eq(xml_error(S1, &n), "t.xml:1: unterminated <Sentences>");
  cr_assert_str_eq(xml_error("<Sentences>\n<Sentence date=\"2010-01-01\" id=\"A\">", &n),
                   "t.xml:2: bad date \"2010-01-01\" (want YYYYMMDD)");
  cr_assert_str_eq(xml_error("<Sentences>\n<Sentence date=\"20100101\">", &n),
                   "t.xml:2: <Sentence> without id");
  cr_assert_str_eq(xml_error("<Sentences>\n<Sentence id=\"A\">", &n),
                   "t.xml:2: <Sentence> without date");
  cr_assert_str_eq(xml_error("<Sentences><Sentence date=\"20100101\" id=\"A\">\n"
                             "<Text>AT&T</Text></Sentence></Sentences>", &n),
                   "t.xml:2: bare '&' (write &amp;)");
  cr_assert_str_eq(xml_error("<Sentences><Sentence date=\"20100101\" id=\"A\">\n"
                             "<Text>\n&nbsp;</Text></Sentence></Sentences>", &n),
                   "t.xml:3: unknown entity '&nbsp;'");
  cr_assert_str_eq(xml_error("<Sentences><Sentence date=\"20100101\" id=\"A\">\n"
                             "<Text>&#xD800;</Text></Sentence></Sentences>", &n),
                   "t.xml:2: character reference '&#xD800;' is not a Unicode character");
  cr_assert_str_eq(xml_error("<Sentences><Sentence date=\"20100101\" id=\"A\">\n"
                             "<EventCoding sourcecode=\"A\"/>\n", &n),
                   "t.xml:2: <EventCoding> without eventcode");
  cr_assert_str_eq(xml_error("<Sentences><Sentence date=\"20100101\" id=\"A\">\n"
                             "</Sentence></Sentences>", &n),
                   "t.xml:1: <Sentence> without <Text>");
  cr_assert_str_eq(xml_error("<!-- open\n\n", &n), "t.xml:1: unterminated <!-- comment");
  cr_assert_str_eq(xml_error("<Sentences>\nstray</Sentences>", &n),
                   "t.xml:2: text outside elements");
  cr_assert_str_eq(xml_error("<Sentences><Sentence date=\"20100101\" id=\"A\"\n", &n),
                   "t.xml:1: unterminated <Sentence tag");
  cr_assert_str_eq(xml_error("<Sentences><Sentence date=20100101 id=\"A\">", &n),
                   "t.xml:1: attribute value without quotes");
  cr_assert_str_eq(xml_error("<Sentences><Sentence id=\"A\ndate=\"x\">", &n),
                   "t.xml:1: missing blank before attribute");
  cr_assert_str_eq(xml_error("<Environment>\n<Verbfile>v.txt\n</Environment>", &n),
                   "t.xml:2: unterminated <Verbfile>");
  cr_assert_str_eq(xml_error("<Sentences>\n<Stop>\n", &n), "t.xml:2: unterminated <Stop>");
  cr_assert_str_eq(xml_error("<!DOCTYPE x>", &n), "t.xml:1: unsupported markup <!");
}

Test(petr_xml, tolerated_forms) {
  size_t n;
  /* input files (no codings), other elements skipped, <?xml?>, CRLF,
   * self-closing and separate closing EventCoding, single quotes */
  const char *s =
      "<?xml version='1.0'?>\r\n<Sentences>\r\n<Config option=\"x\" value=\"y\"></Config>\r\n"
      "<Sentence date = '20080804' id ='X1' source = \"AFP\">\r\n<Text>a\r\nb</Text>\r\n"
      "<Stop></Stop><Other/>\r\n</Sentence>\r\n<Sentence date=\"20080804\" id=\"X2\">"
      "<EventCoding eventcode=\"010\" sourcecode=\"A\" targetcode=\"B\"/><Text/></Sentence>"
      "</Sentences>";
  cr_assert_str_eq(xml_error(s, &n), "");
  cr_assert_eq(n, 2);
  petr_xml *x = petr_xml_open(s, strlen(s), NULL);
  petr_record r;
  char err[256];
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 1);
  cr_assert_str_eq(r.text, "a b");
  cr_assert_str_eq(r.source, "AFP");
  cr_assert_eq(r.n_codings, 0);
  cr_assert_null(r.codings);
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 1);
  cr_assert_str_eq(r.text, "");
  cr_assert_str_eq(r.codings[0].event, "010");
  cr_assert_null(petr_xml_env(x)->verbfile);
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 0);
  cr_assert_eq(petr_xml_offset(x), strlen(s));
  cr_assert_eq(petr_xml_line(x), 9, "%zu", petr_xml_line(x));
  petr_xml_free(x);
  /* empty input: no records */
  cr_assert_str_eq(xml_error("", &n), "");
  cr_assert_eq(n, 0);
}

Test(petr_xml, not_nul_terminated) {
  const char *s = S1 "</Sentences>";
  size_t len = strlen(s);
  char *copy = malloc(len);
  memcpy(copy, s, len);
  petr_xml *x = petr_xml_open(copy, len - 3, "cut.xml"); /* "</Sentenc" */
  petr_record r;
  char err[256];
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 1);
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), -1);
  cr_assert(strstr(err, "cut.xml:5: unterminated </Sentenc tag"), "%s", err);
  petr_xml_free(x);
  free(copy);
}

/* ---- TABARI leftovers the real dictionaries still use ------------------ */

Test(petr_compat, tabari_forms) {
  msgs ms = {0};
  char err[256];
  petr_dict *d = parse_str(PETR_VERBS,
                           "--- PUT OFF  [120?] ---\nPUT_OFF\n- * TALKS [###] # discard\n",
                           1, &ms, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  cr_assert_str_eq(d->families[0].verb, "PUT OFF");
  cr_assert_str_eq(d->families[0].code, "120?");
  cr_assert_str_eq(d->patterns[0].code, "###");
  petr_dict_free(d);

  d = parse_str(PETR_ACTORS, "TWIN_CITIES [NRL/SMK]\nNOBODY [+++]\n", 1, &ms, err,
                sizeof err);
  cr_assert_not_null(d, "%s", err);
  cr_assert_str_eq(d->codes[0].code, "NRL/SMK");
  cr_assert_str_eq(d->codes[1].code, "+++");
  petr_dict_free(d);

  d = parse_str(PETR_AGENTS, "!CREW! = SAILOR, SAILORS\n!CREW!_CHIEF [~MIL]\n", 1,
                &ms, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  cr_assert_eq(d->n_macros, 1);
  cr_assert_eq(d->n_agents, 1);
  cr_assert_str_eq(d->agents[0].phrase, "!CREW!_CHIEF");
  petr_dict_free(d);
}

Test(petr_compat, error_coding) {
  const char *s = "<Sentences><Sentence date=\"20100101\" id=\"E\">"
                  "<EventCoding error=\"dateline\"></EventCoding><Text>X</Text>"
                  "</Sentence></Sentences>";
  petr_xml *x = petr_xml_open(s, strlen(s), "e.xml");
  petr_record r;
  char err[256];
  cr_assert_eq(petr_xml_next(x, &r, err, sizeof err), 1, "%s", err);
  cr_assert_eq(r.n_codings, 1);
  cr_assert_str_eq(r.codings[0].error, "dateline");
  cr_assert_null(r.codings[0].event);
  petr_xml_free(x);
}

/* ---- TABARI's formats (petr_opts.tabari) -------------------------------- */

static petr_dict *parse_tabari(petr_kind k, const char *s, msgs *ms) {
  char err[256];
  petr_opts o = {"t.verbs", 0, collect, ms, 1};
  petr_dict *d = petr_dict_parse(k, s, strlen(s), &o, err, sizeof err);
  cr_assert_not_null(d, "%s", err);
  return d;
}

Test(tabari, verb_roots_patterns_and_irregular_forms) {
  msgs ms = {0};
  petr_dict *d = parse_tabari(PETR_VERBS,
      "HALT_ [---] ;a comment\n"
      "{ HALTED_ HALTING_ }\n"
      "- * TALKS WITH +  [128] ; another\n"
      "STRIK  [- - -]\n"
      "- *~ BACK [0874]\n", &ms);
  cr_assert_eq(ms.n, 0, "%s", ms.v[0]);
  cr_assert_eq(d->n_families, 2);
  const petr_family *f = family(d, "HALT_");
  cr_assert_not_null(f);
  cr_assert_str_eq(f->code, "---");
  cr_assert_eq(f->n_patterns, 1);
  const petr_verb_form *v = &d->forms[f->first_form];
  cr_assert_str_eq(v->text, "HALT_");
  cr_assert_eq(v->n_irregular, 2);
  cr_assert_str_eq(str(d, v->first_irregular, 1), "HALTING_");
  cr_assert_str_eq(d->patterns[f->first_pattern].code, "128");
  const petr_family *g = family(d, "STRIK");
  cr_assert_str_eq(g->code, "---");
  /* "*~ BACK": the verb directly followed by BACK (joined 2: by `~`, the
   * word before it keeps its endings) */
  const petr_pattern *pt = &d->patterns[g->first_pattern];
  cr_assert_eq(pt->n_toks, 2);
  cr_assert_eq(d->toks[pt->first_tok + 1].joined, 2);
  petr_dict_free(d);
}

Test(tabari, multi_word_root_and_sections) {
  msgs ms = {0};
  petr_dict *d = parse_tabari(PETR_VERBS,
      "<SYNSETS>\n&ARMS\n+RIFLES\n</SYNSETS>\n"
      "<TIME>\nTOMORROW [+1]\n</TIME>\n"
      "SEAL OFF_ [192]\n"
      "~~FINISH\nNEVER READ [010]\n", &ms);
  cr_assert_eq(ms.n, 1);
  cr_assert(has_msg(&ms, "t.verbs:6: time-shift phrase"), "%s", ms.v[0]);
  cr_assert_eq(d->n_synsets, 1);
  cr_assert_eq(d->n_families, 1);
  const petr_family *f = &d->families[0];
  cr_assert_eq(f->no_bare, 1);
  cr_assert_str_eq(d->forms[f->first_form].text, "SEAL");
  cr_assert_eq(f->n_patterns, 1);
  cr_assert_str_eq(d->patterns[f->first_pattern].code, "192");
  petr_dict_free(d);
}

Test(tabari, malformed_lines_are_named_once_and_their_patterns_with_them) {
  msgs ms = {0};
  petr_dict *d = parse_tabari(PETR_VERBS,
      "- * ORPHAN [010]\n"
      "BAD* [010]\n"
      "- * CHILD [020]\n"
      "GOOD [030]\n"
      "- * NO CODE\n", &ms);
  cr_assert_eq(ms.n, 4);
  cr_assert(has_msg(&ms, "t.verbs:1: pattern before any verb root"));
  cr_assert(has_msg(&ms, "t.verbs:2: '*' in a verb root"));
  cr_assert(has_msg(&ms, "t.verbs:3: pattern of the verb root rejected at line 2"));
  cr_assert(has_msg(&ms, "t.verbs:5: pattern without [code]"));
  cr_assert_eq(d->n_families, 1);
  petr_dict_free(d);
}

Test(tabari, actors_with_several_codes_and_old_date_ranges) {
  msgs ms = {0};
  petr_dict *d = parse_tabari(PETR_ACTORS,
      "OLD_KING_ [NRLELI 270101-730717] [---] ; born 1927\n"
      "MARSH_GAMES_ [###]\n", &ms);
  cr_assert_eq(ms.n, 0, "%s", ms.v[0]);
  cr_assert_eq(d->n_actors, 2);
  const petr_actor *a = &d->actors[0];
  cr_assert_eq(a->n_codes, 2);
  cr_assert_eq(d->codes[a->first_code].from, 19270101u);
  cr_assert_str_eq(petr_actor_code_at(d, a, 19500101u), "NRLELI");
  cr_assert_str_eq(petr_actor_code_at(d, a, 19900101u), "---");
  cr_assert_str_eq(d->codes[d->actors[1].first_code].code, "###");
  petr_dict_free(d);
}
