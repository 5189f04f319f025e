/* SPDX-License-Identifier: MIT */
/* tagger_image.h: the part-of-speech model (tagger_model.h) written into
 * and mapped from the dictionary image (see image.h).  Private to the
 * library. */
#ifndef ACTA_TAGGER_IMAGE_H
#define ACTA_TAGGER_IMAGE_H
#include "image.h"
#include "tagger_model.h"

/* The model's fixed-size tables and scalars, one element of
 * IMG_TAGGER_META. */
typedef struct acta_tagger_meta {
  uint64_t tag_count[PT_COUNT];
  float trans[PT_COUNT][PT_COUNT];
  float tag_lp[PT_COUNT];
  uint64_t entries;
  uint32_t num_word;
  uint32_t ntags;           /* PT_COUNT when written */
} acta_tagger_meta;

struct acta_dict;

/* Adds the sections of dictionary d's model, its link to the lexicon
 * (of_word) and the lexicon words' candidates (lex_cand, computed here)
 * included.  The model's data stays d's: keep d until the image is
 * written. */
void acta_tagger_image_put(acta_image_writer *w, const struct acta_dict *d);
/* (tagger.c) The candidates of each lexicon word of d, in the model's
 * lex_cand form: *index (*nindex = ACTA_TM_STRIDE per word) into *cands
 * (*ncands, each once); both malloc'ed.  Both counts 0 when the
 * candidates are more than the index counts. */
void acta_tagger_lex_cands(const struct acta_dict *d, uint16_t **index,
                           size_t *nindex, acta_tm_cand **cands,
                           size_t *ncands);
/* A model whose tables point into im (which must outlive it), linked to
 * the lexicon of nwords words the same image holds (word_lens: their
 * lengths, which each word's candidate row repeats); every word id,
 * record range, tag, score, closed category and row length checked.  NULL when a section is missing or bad.
 * Freed by acta_tagger_model_free, which leaves the image alone. */
acta_tagger_model *acta_tagger_image_get(const acta_image *im, size_t nwords,
                                         const uint32_t *word_lens);

#endif
