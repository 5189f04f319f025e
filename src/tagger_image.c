/* SPDX-License-Identifier: MIT */
/* tagger_image.c: the part-of-speech model in the dictionary image: writes
 * its tables as sections (image.h) -- the tag tables, the model's words,
 * their count records and the map from the lexicon's word ids to the
 * model's -- and maps them back, checking every word id, record range, tag
 * and score before the tagger (tagger.c) trusts them.  Nothing is parsed
 * or computed when an image is mapped: the cost is the checks, one pass
 * over each table. */
#include "tagger_image.h"

#include "dict.h"

#include <stdlib.h>
#include <string.h>

/* Every field of acta_tagger_model is written below (the intern's arrays,
 * the records, the tables in acta_tagger_meta) or is the builder's
 * (capacities).  A field added to the model or its records changes these
 * sizes: write and read it here, then update them. */
#if UINTPTR_MAX == 0xFFFFFFFFFFFFFFFFu
_Static_assert(sizeof(acta_tagger_model) == 8800,
               "acta_tagger_model changed: write and read the new field in "
               "tagger_image.c, then update this size");
#endif
_Static_assert(sizeof(acta_tm_word) == 20 && sizeof(acta_tm_count) == 12 &&
                   sizeof(acta_tm_cand) == 48,
               "a model record changed: check tagger_image.c");

void acta_tagger_image_put(acta_image_writer *w, const acta_dict *d) {
  const acta_tagger_model *m = d->tagger;
  acta_tagger_meta t;
  memset(&t, 0, sizeof t);
  memcpy(t.tag_count, m->tag_count, sizeof t.tag_count);
  memcpy(t.trans, m->trans, sizeof t.trans);
  memcpy(t.tag_lp, m->tag_lp, sizeof t.tag_lp);
  t.entries = m->entries;
  t.num_word = m->num_word;
  t.ntags = PT_COUNT;
  acta_image_add_copy(w, IMG_TAGGER_META, &t, sizeof t, 1);
  acta_image_add_intern(w, IMG_TAGGER_WORDS, &m->words);
  acta_image_add(w, IMG_TAGGER_WORD, m->word, sizeof *m->word, m->words.count);
  acta_image_add(w, IMG_TAGGER_COUNTS, m->counts, sizeof *m->counts,
                 m->ncounts);
  acta_image_add(w, IMG_TAGGER_OF_WORD, m->of_word, sizeof *m->of_word,
                 m->nof_word);
  /* speed32b: the tagger's candidates of each lexicon word, drawn here
   * once instead of at each thread's first sighting of the word */
  uint16_t *index;
  acta_tm_cand *cands;
  size_t nindex, ncands;
  acta_tagger_lex_cands(d, &index, &nindex, &cands, &ncands);
  acta_image_add_copy(w, IMG_TAGGER_LEX_CAND, index, sizeof *index, nindex);
  acta_image_add_copy(w, IMG_TAGGER_CANDS, cands, sizeof *cands, ncands);
  free(index);
  free(cands);
}

/* Scores and log probabilities are sums along a sentence: a value out of
 * this range (or not a number) would make every reading -inf, and Viterbi
 * would have no path to follow.  The model's own are within +-50. */
static int score_ok(float x) { return x > -1e4f && x < 1e4f; }

static int word_id_ok(uint32_t w, uint32_t nwords) {
  return w == ACTA_NO_WORD || w < nwords;
}

acta_tagger_model *acta_tagger_image_get(const acta_image *im, size_t nwords,
                                         const uint32_t *word_lens) {
  acta_tagger_model *m = calloc(1, sizeof *m);
  if (!m) abort();
  m->mapped = 1;
  size_t n;
  const acta_tagger_meta *t =
      acta_image_section(im, IMG_TAGGER_META, sizeof *t, &n);
  if (!t || n != 1 || t->ntags != PT_COUNT) goto bad;
  for (int p = 0; p < PT_COUNT; p++) {
    if (!score_ok(t->tag_lp[p])) goto bad;
    for (int q = 0; q < PT_COUNT; q++)
      if (!score_ok(t->trans[p][q])) goto bad;
  }
  memcpy(m->tag_count, t->tag_count, sizeof m->tag_count);
  memcpy(m->trans, t->trans, sizeof m->trans);
  memcpy(m->tag_lp, t->tag_lp, sizeof m->tag_lp);
  m->entries = (size_t)t->entries;

  if (acta_image_intern(im, IMG_TAGGER_WORDS, &m->words) != 0) goto bad;
  uint32_t nw = m->words.count;
  if (!word_id_ok(t->num_word, nw)) goto bad;
  m->num_word = t->num_word;

  const acta_tm_count *counts =
      acta_image_section(im, IMG_TAGGER_COUNTS, sizeof *counts, &n);
  if (!counts) goto bad;
  for (size_t i = 0; i < n; i++)
    if (counts[i].tag == PT_NONE || counts[i].tag >= PT_COUNT ||
        !score_ok(counts[i].score))
      goto bad;
  m->counts = (acta_tm_count *)counts;
  m->ncounts = m->cap_counts = n;

  /* each word's three case ranges lie inside the records */
  const acta_tm_word *word =
      acta_image_section(im, IMG_TAGGER_WORD, sizeof *word, &n);
  if (!word || n != nw) goto bad;
  for (size_t i = 0; i < n; i++) {
    uint64_t len = (uint64_t)word[i].nlower + word[i].nupper + word[i].nall;
    if (word[i].first > m->ncounts || len > m->ncounts - word[i].first) goto bad;
  }
  m->word = (acta_tm_word *)word;

  /* the link to the lexicon: one entry per word of the dictionary mapped
   * from the same image */
  const uint32_t *of_word =
      acta_image_section(im, IMG_TAGGER_OF_WORD, sizeof *of_word, &n);
  if (!of_word || n != nwords) goto bad;
  for (size_t i = 0; i < n; i++)
    if (!word_id_ok(of_word[i], nw)) goto bad;
  m->of_word = (uint32_t *)of_word;
  m->nof_word = n;

  /* speed32b: the lexicon words' candidates, a row of ACTA_TM_STRIDE
   * entries per word of the link (or none at all): ACTA_TM_ROW indexes,
   * each inside the candidates, the word's length (word_lens), 0s; each
   * candidate 1 to ACTA_TM_MAXC tags of the set with scores in range and
   * a closed category of dict.h's */
  const acta_tm_cand *cands = acta_image_section(im, IMG_TAGGER_CANDS, sizeof *cands, &n);
  if (!cands) goto bad;
  for (size_t i = 0; i < n; i++) {
    if (cands[i].n < 1 || cands[i].n > ACTA_TM_MAXC || cands[i].closed > CC_NUMWORD) goto bad;
    for (int k = 0; k < cands[i].n; k++)
      if (cands[i].tag[k] == PT_NONE || cands[i].tag[k] >= PT_COUNT ||
          !score_ok(cands[i].score[k]))
        goto bad;
  }
  size_t ncands = n;
  const uint16_t *lex_cand = acta_image_section(im, IMG_TAGGER_LEX_CAND, sizeof *lex_cand, &n);
  if (!lex_cand || (n != m->nof_word * ACTA_TM_STRIDE && n != 0) || (n != 0) != (ncands != 0) ||
      (ncands & (ncands - 1)) != 0)
    goto bad;
  /* the candidates are a power of two: every index is below it when
   * their OR is, which takes one OR per four (1.1 M entries; a compare
   * each took 6.6 M instructions; speed38a: the indexes of each row,
   * not its word's length) */
  _Static_assert(ACTA_TM_ROW == 12 && ACTA_TM_LEN == 12 && ACTA_TM_STRIDE == 16,
                 "a row: three quads of indexes, then its length and three 0s");
  uint64_t any = 0;
  for (size_t r = 0; r < n; r += ACTA_TM_STRIDE) {
    uint64_t v[3];
    memcpy(v, lex_cand + r, sizeof v);
    any |= v[0] | v[1] | v[2];
    /* the row's length is its word's (cand_pass and token_cand apply a
     * row to a token of that length only), the entries after it 0
     * (speed39a: the row's last quad compared whole) */
    uint32_t len = word_lens[r / ACTA_TM_STRIDE];
    const uint16_t tail[4] = {(uint16_t)len, 0, 0, 0};
    if (len > 0xFFFF || memcmp(lex_cand + r + ACTA_TM_LEN, tail, sizeof tail) != 0) goto bad;
  }
  any = (any | any >> 16 | any >> 32 | any >> 48) & 0xFFFF;
  if (n && any >= ncands) goto bad;
  m->cands = cands;
  m->lex_cand = lex_cand;
  m->nlex_cand = n ? m->nof_word : 0;
  return m;
bad:
  free(m);
  return NULL;
}
