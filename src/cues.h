/* SPDX-License-Identifier: MIT */
/* cues.h: cue words, the words of a sentence that say why or how an event
 * happened ("election", "refugees", "airstrike", "grenade", "looted",
 * "without resistance").  data/cues.txt lists them by class; the loader
 * compiles them (acta_cue_line, into the acta_dict tables below) and the
 * coder finds the classes of a sentence (acta_sentence_cues) for the PLOVER
 * and ACLED categories of its events (event_categories.c, plover.c,
 * acled.c).  Private to the library. */
#ifndef ACTA_CUES_H
#define ACTA_CUES_H
#include "dict.h"

/* Cue classes.  0 .. CUE_NCONTEXT - 1 are PLOVER's contexts, with the
 * indexes of acta_plover_context_name (cues.txt: "context:election"); the
 * others (from CUE_MEANS_FIREARMS) say how ("means:grenade") or what
 * ("act:loot").  A class is one bit of an acta_cue_set. */
enum {
  CTX_MILITARY = 0, CTX_INTELLIGENCE, CTX_EXECUTIVE, CTX_LEGISLATIVE,
  CTX_ELECTION, CTX_POLITICAL_INSTITUTIONS, CTX_PRO_DEMOCRACY,
  CTX_PRO_AUTOCRACY, CTX_ECONOMIC, CTX_LEGAL, CTX_REPARATIONS,
  CTX_HUMAN_RIGHTS, CTX_RIGHTS_FREEDOMS, CTX_REPRESSION, CTX_HUMAN_SECURITY,
  CTX_GENDER, CTX_LGBT, CTX_RELIGION_ETHNICITY, CTX_INEQUALITY,
  CTX_DIPLOMATIC, CTX_TERRITORY, CTX_PEACEKEEPING, CTX_HEALTH, CTX_ASYLUM,
  CTX_MIGRATION, CTX_DISASTERS, CTX_NATURAL_RESOURCE, CTX_ENVIRONMENT,
  CTX_TECHNOLOGY, CTX_TERRORISM, CTX_CBRN, CTX_CYBER, CTX_MISINFORMATION,
  CTX_CRIME, CTX_CORRUPTION, CTX_ILLEGAL_DRUGS, CTX_TRAFFICKING,
  CUE_NCONTEXT,              /* contexts a cue can name */
  CTX_FUTURE = CUE_NCONTEXT, /* auxiliary modes: from the status, not cues */
  CTX_NEGATION,
  /* how: weapons and means (PLOVER ASSAULT modes, ACLED sub-types) */
  CUE_MEANS_FIREARMS = 64, CUE_MEANS_EXPLOSIVES, CUE_MEANS_GRENADE,
  CUE_MEANS_SUICIDE, CUE_MEANS_AERIAL, CUE_MEANS_DRONE, CUE_MEANS_HEAVY,
  CUE_MEANS_CROWD_CONTROL, CUE_MEANS_PRIMITIVE, CUE_MEANS_CHEMICAL,
  /* what: acts that decide a mode or an ACLED sub-type */
  CUE_ACT_PROTEST,     /* a demonstration is going on */
  CUE_ACT_RIOT,        /* it turned violent: rioters, stone-throwing */
  CUE_ACT_MOB,         /* a mob, a lynching, vigilantes */
  CUE_ACT_LETHAL,      /* live fire, killed: force that kills */
  CUE_ACT_STRIKE,      /* a labour strike, a walkout */
  CUE_ACT_HUNGER,      /* a hunger strike */
  CUE_ACT_SEXUAL,      /* rape, sexual violence */
  CUE_ACT_LOOT,        /* looting, arson, property destroyed */
  CUE_ACT_WEAPONS,     /* weapons, ammunition, explosives as things */
  CUE_ACT_DEFUSE,      /* defused, intercepted, an arms cache found */
  CUE_ACT_BASE,        /* a base, an outpost, a headquarters */
  CUE_ACT_NONVIOLENT,  /* without resistance, handed over */
  CUE_ACT_PEACE,       /* a ceasefire, a peace deal, a prisoner exchange */
  CUE_ACT_SURRENDER,   /* surrendered, laid down arms */
  CUE_ACT_CURFEW, CUE_ACT_MARTIAL_LAW, CUE_ACT_CENSOR, CUE_ACT_WITHHOLD,
  CUE_ACT_HACK,        /* a cyber attack itself (COERCE cyber) */
  CUE_ACT_SUMMIT,      /* a summit, a multilateral meeting */
  CUE_ACT_ACCIDENT,    /* accidentally, an accident, a blaze */
  CUE_NCLASS
};

/* A set of cue classes (bit c of bits[c / 64]). */
typedef struct acta_cue_set {
  uint64_t bits[2];
} acta_cue_set;

static inline int acta_cue_has(const acta_cue_set *s, int c) {
  return c >= 0 && c < 128 && (s->bits[c >> 6] >> (c & 63) & 1u);
}
static inline void acta_cue_add(acta_cue_set *s, int c) {
  if (c >= 0 && c < 128) s->bits[c >> 6] |= (uint64_t)1 << (c & 63);
}

/* A cue phrase of cues.txt: its words (lexicon ids) in d->cue_words. */
typedef struct acta_cue {
  uint16_t cls;        /* CUE_* / CTX_* */
  uint16_t file;
  uint32_t line;
  uint32_t w_off, nw;  /* its words: d->cue_words[w_off .. w_off + nw) */
  uint32_t next;       /* next cue with the same first word, + 1 (0: none) */
} acta_cue;

/* The class a cues.txt name stands for ("context:election", "means:drone"),
 * -1 if none; the name of a class (NULL if none). */
int acta_cue_class(const char *name, size_t n);
const char *acta_cue_class_name(int cls);

struct acta_loader;
/* One line of cues.txt, "CLASS  phrase | phrase | ...", into the dict's
 * cue tables (a bad line is reported through the loader). */
void acta_cue_line(struct acta_loader *L, char *s);

/* The cue classes of tokens [first, last) of a text tokenized with d,
 * added to *out: cue phrases matched word by word (a word matches the
 * token's written form or its lemma), leftmost longest (the words of a
 * match start no other; every class of the longest phrases at a word
 * counts).  Linear in the tokens (each tries the few cues that start with
 * its word or lemmas). */
void acta_sentence_cues(const acta_dict *d, const acta_tokens *t,
                        uint32_t first, uint32_t last, acta_cue_set *out);

#endif
