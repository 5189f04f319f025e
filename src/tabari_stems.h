/* SPDX-License-Identifier: MIT */
/* tabari_stems.h: TABARI's verb root stems (a dictionary word without a
 * trailing `_` matches every word it begins) turned into the WordNet verbs
 * they stand for, so the coder can index them as verbs (tabari_stems.c);
 * a pattern's stems are matched as prefixes (match.c).  Private to the
 * library; used by petrarch_compile.c. */
#ifndef ACTA_TABARI_STEMS_H
#define ACTA_TABARI_STEMS_H
#include "dict.h"

typedef struct tabari_stems tabari_stems;

/* A dictionary word as a stem folded like text ("ACCELERAT" ->
 * "accelerat"); 0 when it is no single stem (an exact "ACT_", a joined
 * "WAS_DELIGHTED", a phrase). */
int tabari_stem_of(const char *word, char *out, size_t cap);

/* Indexes the lexicon's WordNet lemmas and the verb root stems given
 * (folded like text: "accelerat").  Every WordNet verb lemma goes to the
 * longest root stem it begins with ("activate" to ACTIVAT rather than
 * ACT).  n log n in the lexicon's size. */
tabari_stems *tabari_stems_build(const acta_dict *d, const char *const *stems,
                                 size_t n);
void tabari_stems_free(tabari_stems *t);

/* The verb lemmas (word ids) a root stem owns; 0 when none (the stem is
 * then used as written). */
size_t tabari_stem_verbs(const tabari_stems *t, const char *stem,
                         const uint32_t **out);

#endif
