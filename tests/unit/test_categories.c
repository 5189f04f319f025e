/* SPDX-License-Identifier: MIT */
/* test_categories.c: unit tests for the PLOVER and ACLED categories of
 * events (plover.c, acled.c, event_categories.c) and the cue words they
 * read (cues.c, data/cues.txt), on the bundled dictionaries: every CAMEO
 * code gets one of PLOVER's sixteen types (or none) and a mode the manual
 * gives that type; codes whose type differs from their parent's; cue
 * phrases matched by lemma, whole, and not inside other words. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"
#include "categories.h"
#include "cues.h"
#include "dict.h"

static acta_dict *dict;

static void setup(void) {
  char err[512];
  dict = acta_dict_load(NULL, err, sizeof err);
  cr_assert_not_null(dict, "%s", err);
}

static void teardown(void) { acta_dict_free(dict); }

TestSuite(categories, .init = setup, .fini = teardown, .timeout = 60);

/* The manual's types and the modes each may take ("" ends a list). */
static const char *const MODES[][12] = {
    {"AGREE", ""},
    {"CONSULT", "visit", "third-party", "multilateral", "phone", ""},
    {"SUPPORT", ""},
    {"CONCEDE", ""},
    {"COOPERATE", ""},
    {"AID", ""},
    {"RETREAT", "withdraw", "release", "disarm", "ceasefire", "access", "resign", ""},
    {"REQUEST", "assist", "change", "yield", "meet", ""},
    {"ACCUSE", "disapprove", "investigate", "allege", ""},
    {"REJECT", "assist", "change", "yield", "meet", ""},
    {"THREATEN", "restrict", "arrest", "relations", "expel", "territory", "violence", ""},
    {"PROTEST", "demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize", ""},
    {"SANCTION", "convict", "expel", "withdraw", "discontinue", ""},
    {"MOBILIZE", "troops", "weapons", "police", "militia", ""},
    {"COERCE", "seize", "restrict", "censor", "curfew", "martial-law", "arrest",
     "deport", "withhold", "misinformation", "cyber", ""},
    {"ASSAULT", "abduct", "beat", "torture", "sexual", "targeted", "destroy",
     "primitive", "firearms", "explosives", "suicide-attack", ""},
};

static int mode_valid(const char *type, const char *mode) {
  static const char *const MORE_ASSAULT[] = {"aerial", "drone", "heavy-weapons",
                                             "crowd-control", "unconventional"};
  for (size_t t = 0; t < sizeof MODES / sizeof *MODES; t++) {
    if (strcmp(MODES[t][0], type)) continue;
    if (!mode) return 1;
    for (size_t m = 1; MODES[t][m][0]; m++)
      if (!strcmp(MODES[t][m], mode)) return 1;
    if (!strcmp(type, "ASSAULT"))
      for (size_t m = 0; m < 5; m++)
        if (!strcmp(MORE_ASSAULT[m], mode)) return 1;
    return 0;
  }
  return 0; /* not one of the sixteen */
}

/* An event of code `cameo` between the given actors, classified with
 * evidence ev (NULL: none). */
static acta_event classify(const char *cameo, const char *src_code,
                           const char *src_role, const char *tgt_code,
                           const char *tgt_role, acta_status st,
                           const acta_event_evidence *ev0) {
  acta_event e;
  memset(&e, 0, sizeof e);
  snprintf(e.cameo, sizeof e.cameo, "%s", cameo);
  snprintf(e.root, sizeof e.root, "%.2s", cameo);
  e.status = st;
  if (src_code) {
    e.source.present = 1;
    snprintf(e.source.code, sizeof e.source.code, "%s", src_code);
    snprintf(e.source.role, sizeof e.source.role, "%s", src_role);
    if (strlen(src_code) >= 3 && strcmp(src_code, src_role))
      snprintf(e.source.country, sizeof e.source.country, "%.3s", src_code);
  }
  if (tgt_code) {
    e.target.present = 1;
    e.target.start = e.target.end = 1;
    snprintf(e.target.code, sizeof e.target.code, "%s", tgt_code);
    snprintf(e.target.role, sizeof e.target.role, "%s", tgt_role);
    if (strlen(tgt_code) >= 3 && strcmp(tgt_code, tgt_role))
      snprintf(e.target.country, sizeof e.target.country, "%.3s", tgt_code);
  }
  acta_event_evidence ev;
  memset(&ev, 0, sizeof ev);
  if (ev0) ev = *ev0;
  ev.means = acta_event_means(&e, &ev.cues, &ev.near);
  acta_plover_classify(&e, &ev);
  acta_acled_classify(&e, &ev);
  return e;
}

Test(categories, every_code_a_type_and_a_valid_mode) {
  size_t typed = 0;
  for (size_t i = 0; i < dict->ncameo; i++) {
    const char *code = dict->cameo[i].code;
    for (int st = ACTA_ASSERTED; st <= ACTA_INTENDED; st++) {
      acta_event e = classify(code, "RUSMIL", "MIL", "UKRCVL", "CVL", (acta_status)st, NULL);
      int comment = !strncmp(code, "01", 2) && strcmp(code, "015") &&
                    strcmp(code, "016") && strcmp(code, "018");
      if (comment) {
        cr_assert_null(e.plover_type, "%s has a PLOVER type", code);
        cr_assert_null(e.acled_type, "%s has an ACLED type", code);
        continue;
      }
      cr_assert_not_null(e.plover_type, "%s: no PLOVER type", code);
      cr_assert(mode_valid(e.plover_type, e.plover_mode), "%s: %s / %s", code,
                e.plover_type, e.plover_mode ? e.plover_mode : "-");
      cr_assert_eq(e.plover_contexts >> ACTA_PLOVER_NCONTEXTS, 0);
      if (st == ACTA_INTENDED || st == ACTA_NEGATED)
        cr_assert_null(e.acled_type, "%s %d: ACLED records what happened", code, st);
      typed++;
    }
  }
  cr_assert_gt(typed, 1000);
}

/* Codes whose type differs from their parent's, spread over the table (a
 * table out of order would lose some of them to their parents). */
Test(categories, crosswalk_rows_and_deviations) {
  static const struct { const char *code, *type, *mode; } ROWS[] = {
      {"015", "AGREE", NULL},      {"016", "REJECT", NULL},
      {"018", "SUPPORT", NULL},    {"020", "REQUEST", NULL},
      {"0233", "REQUEST", "assist"}, {"036", "AGREE", NULL},
      {"041", "CONSULT", "phone"}, {"042", "CONSULT", "visit"},
      {"057", "SUPPORT", NULL},    {"064", "COOPERATE", NULL},
      {"075", "AID", NULL},        {"081", "CONCEDE", NULL},
      {"0841", "RETREAT", "release"}, {"0871", "RETREAT", "ceasefire"},
      {"090", "ACCUSE", "investigate"}, {"1053", "REQUEST", "yield"},
      {"112", "ACCUSE", "disapprove"}, {"116", "SANCTION", "convict"},
      {"125", "REJECT", "meet"},   {"138", "THREATEN", "violence"},
      {"142", "PROTEST", "hunger"}, {"145", "PROTEST", "riot"},
      {"154", "MOBILIZE", "troops"}, {"163", "SANCTION", "discontinue"},
      {"166", "SANCTION", "expel"}, {"1712", "ASSAULT", "destroy"},
      {"173", "COERCE", "arrest"}, {"174", "COERCE", "deport"},
      {"175", "ASSAULT", "crowd-control"}, {"181", "ASSAULT", "abduct"},
      {"186", "ASSAULT", "targeted"}, {"192", "COERCE", "seize"},
      {"193", "ASSAULT", "firearms"}, {"195", "ASSAULT", "aerial"},
      {"2041", "ASSAULT", "unconventional"},
      /* codes the table lacks take their parent's */
      {"1834", "ASSAULT", "explosives"}, {"1952", "ASSAULT", "aerial"},
      {"155", "MOBILIZE", "troops"},
  };
  for (size_t i = 0; i < sizeof ROWS / sizeof *ROWS; i++) {
    acta_event e = classify(ROWS[i].code, "RUSMIL", "MIL", NULL, NULL, ACTA_ASSERTED, NULL);
    cr_assert_str_eq(e.plover_type, ROWS[i].type, "%s", ROWS[i].code);
    if (ROWS[i].mode) cr_assert_str_eq(e.plover_mode, ROWS[i].mode, "%s", ROWS[i].code);
    else cr_assert_null(e.plover_mode, "%s: %s", ROWS[i].code, e.plover_mode);
  }
  /* a PETRARCH dictionary's own code takes its digits' parent */
  acta_event e = classify("174K", "RUSGOV", "GOV", NULL, NULL, ACTA_ASSERTED, NULL);
  cr_assert_str_eq(e.plover_type, "COERCE");
  cr_assert_str_eq(e.plover_mode, "deport");
}

static uint64_t ctx(int c) { return (uint64_t)1 << c; }

Test(categories, status_and_roles) {
  /* future cooperation is AGREE, a future retreat CONCEDE (the manual) */
  acta_event e = classify("042", "USAGOV", "GOV", "UKRGOV", "GOV", ACTA_INTENDED, NULL);
  cr_assert_str_eq(e.plover_type, "AGREE");
  cr_assert_null(e.plover_mode);
  e = classify("0874", "RUSMIL", "MIL", NULL, NULL, ACTA_INTENDED, NULL);
  cr_assert_str_eq(e.plover_type, "CONCEDE");
  /* other future acts keep their type and say so */
  e = classify("163", "USAGOV", "GOV", "IRN", "", ACTA_INTENDED, NULL);
  cr_assert_str_eq(e.plover_type, "SANCTION");
  cr_assert(e.plover_contexts & ctx(CTX_FUTURE));
  e = classify("190", "RUSMIL", "MIL", "UKRMIL", "MIL", ACTA_NEGATED, NULL);
  cr_assert(e.plover_contexts & ctx(CTX_NEGATION));
  /* two governments: diplomatic; a state military: military */
  e = classify("040", "USAGOV", "GOV", "CHNGOV", "GOV", ACTA_ASSERTED, NULL);
  cr_assert_eq(e.plover_contexts, ctx(CTX_DIPLOMATIC));
  e = classify("040", "USAGOV", "GOV", "USALEG", "LEG", ACTA_ASSERTED, NULL);
  cr_assert_eq(e.plover_contexts, ctx(CTX_LEGISLATIVE));
  /* the crosswalk's "military" on violence only with a state military */
  e = classify("193", "COLREB", "REB", "COLCRM", "CRM", ACTA_ASSERTED, NULL);
  cr_assert_eq(e.plover_contexts & ctx(CTX_MILITARY), 0);
  cr_assert(e.plover_contexts & ctx(CTX_CRIME));
  /* security forces on the unarmed: repression */
  e = classify("182", "IRNCOP", "COP", "IRNOPP", "OPP", ACTA_ASSERTED, NULL);
  cr_assert(e.plover_contexts & ctx(CTX_REPRESSION));
  e = classify("173", "IRNCOP", "COP", "IRNMED", "MED", ACTA_ASSERTED, NULL);
  cr_assert(e.plover_contexts & ctx(CTX_RIGHTS_FREEDOMS));
  /* who mobilises decides the mode */
  e = classify("150", "IRNCOP", "COP", NULL, NULL, ACTA_ASSERTED, NULL);
  cr_assert_str_eq(e.plover_mode, "police");
  e = classify("150", "SYRREB", "REB", NULL, NULL, ACTA_ASSERTED, NULL);
  cr_assert_str_eq(e.plover_mode, "militia");
}

Test(categories, acled_by_target_and_means) {
  acta_event_evidence ev;
  memset(&ev, 0, sizeof ev);
  /* armed target: a battle; unarmed: violence against civilians */
  acta_event e = classify("193", "SYRMIL", "MIL", "SYRREB", "REB", ACTA_ASSERTED, &ev);
  cr_assert_str_eq(e.acled_type, "Battles");
  cr_assert_str_eq(e.acled_sub_type, "Armed clash");
  e = classify("193", "SYRREB", "REB", "SYRCVL", "CVL", ACTA_ASSERTED, &ev);
  cr_assert_str_eq(e.acled_type, "Violence against civilians");
  cr_assert_str_eq(e.acled_sub_type, "Attack");
  e = classify("181", "NGAUAF", "UAF", "NGAEDU", "EDU", ACTA_ASSERTED, &ev);
  cr_assert_str_eq(e.acled_sub_type, "Abduction/forced disappearance");
  /* the weapon makes it an explosion, whoever was hit */
  acta_cue_add(&ev.cues, CUE_MEANS_GRENADE);
  e = classify("190", "INDREB", "REB", "INDCOP", "COP", ACTA_ASSERTED, &ev);
  cr_assert_str_eq(e.acled_type, "Explosions/Remote violence");
  cr_assert_str_eq(e.acled_sub_type, "Grenade");
  cr_assert_str_eq(e.plover_mode, "explosives");
  /* a code that names its weapon */
  memset(&ev, 0, sizeof ev);
  e = classify("195", "ISRMIL", "MIL", "PSEREB", "REB", ACTA_ASSERTED, &ev);
  cr_assert_str_eq(e.acled_sub_type, "Air/drone strike");
  /* protesters: force against them is a protest event */
  e = classify("175", "KENCOP", "COP", "KENOPP", "OPP", ACTA_ASSERTED, &ev);
  cr_assert_str_eq(e.acled_type, "Protests");
  cr_assert_str_eq(e.acled_sub_type, "Protest with intervention");
  e = classify("193", "KENCOP", "COP", "KENOPP", "OPP", ACTA_ASSERTED, &ev);
  cr_assert_str_eq(e.acled_sub_type, "Excessive force against protesters");
  /* territory: by the state or by others */
  e = classify("192", "SYRMIL", "MIL", NULL, NULL, ACTA_ASSERTED, &ev);
  cr_assert_str_eq(e.acled_sub_type, "Government regains territory");
  e = classify("192", "YEMREB", "REB", NULL, NULL, ACTA_ASSERTED, &ev);
  cr_assert_str_eq(e.acled_sub_type, "Non-state actor overtakes territory");
  /* not ACLED's: statements, diplomacy, crime among criminals */
  e = classify("111", "USAGOV", "GOV", "RUSGOV", "GOV", ACTA_ASSERTED, &ev);
  cr_assert_null(e.acled_type);
  e = classify("166", "USAGOV", "GOV", "RUSGOV", "GOV", ACTA_ASSERTED, &ev);
  cr_assert_null(e.acled_type);
  e = classify("190", "MEXCRM", "CRM", "MEXCVL", "CVL", ACTA_ASSERTED, &ev);
  cr_assert_null(e.acled_type);
  /* a death with no one to do it and nothing that says attack */
  e = classify("190", NULL, NULL, "MEXCVL", "CVL", ACTA_ASSERTED, &ev);
  cr_assert_null(e.acled_type);
  acta_cue_add(&ev.cues, CTX_DISASTERS);
  acta_cue_add(&ev.cues, CUE_MEANS_EXPLOSIVES);
  e = classify("190", NULL, NULL, "USACVL", "CVL", ACTA_ASSERTED, &ev);
  cr_assert_null(e.acled_type, "an explosion in a disaster");
}

/* The cue classes of a sentence of text. */
static acta_cue_set cues_of(const char *text) {
  acta_tokens t;
  acta_tokens_init(&t);
  acta_tokenize(dict, text, strlen(text), &t);
  acta_cue_set s;
  memset(&s, 0, sizeof s);
  acta_sentence_cues(dict, &t, 0, (uint32_t)t.n, &s);
  acta_tokens_free(&t);
  return s;
}

Test(categories, cue_words) {
  acta_cue_set s = cues_of("Israeli airstrikes and air strikes hit Gaza.");
  cr_assert(acta_cue_has(&s, CUE_MEANS_AERIAL));
  /* lemmas: "shelled", "shelling" are "shell" */
  s = cues_of("Russian troops shelled the town.");
  cr_assert(acta_cue_has(&s, CUE_MEANS_HEAVY));
  cr_assert(acta_cue_has(&s, CTX_MILITARY));
  /* a phrase matches whole, in order */
  s = cues_of("Police fired tear gas.");
  cr_assert(acta_cue_has(&s, CUE_MEANS_CROWD_CONTROL));
  s = cues_of("The gas was a tear in the fabric.");
  cr_assert(!acta_cue_has(&s, CUE_MEANS_CROWD_CONTROL));
  /* riot police are no riot; rioters are */
  s = cues_of("Riot police chased demonstrators.");
  cr_assert(!acta_cue_has(&s, CUE_ACT_RIOT));
  cr_assert(acta_cue_has(&s, CUE_ACT_PROTEST));
  s = cues_of("Rioters torched cars.");
  cr_assert(acta_cue_has(&s, CUE_ACT_RIOT));
  cr_assert(acta_cue_has(&s, CUE_ACT_LOOT));
  /* war crimes are not crime */
  s = cues_of("The court tried him for war crimes.");
  cr_assert(!acta_cue_has(&s, CTX_CRIME));
  cr_assert(acta_cue_has(&s, CTX_HUMAN_RIGHTS));
  cr_assert(acta_cue_has(&s, CTX_LEGAL));
  /* the means the sentence names win by rank: suicide over explosives,
   * heavy weapons over grenades ("rocket-propelled grenades") */
  acta_event e;
  memset(&e, 0, sizeof e);
  snprintf(e.cameo, sizeof e.cameo, "190");
  snprintf(e.root, sizeof e.root, "19");
  s = cues_of("A suicide bomber detonated a car bomb.");
  cr_assert_eq(acta_event_means(&e, &s, NULL), CUE_MEANS_SUICIDE);
  s = cues_of("Rebels fired rocket-propelled grenades.");
  cr_assert_eq(acta_event_means(&e, &s, NULL), CUE_MEANS_HEAVY);
  s = cues_of("Police used stun grenades.");
  cr_assert_eq(acta_event_means(&e, &s, NULL), CUE_MEANS_CROWD_CONTROL);
  /* class names round trip */
  for (int c = 0; c < CUE_NCLASS; c++) {
    const char *n = acta_cue_class_name(c);
    if (n) cr_assert_eq(acta_cue_class(n, strlen(n)), c, "%s", n);
  }
  cr_assert_eq(acta_cue_class("context:nonsense", 16), -1);
}
