/* SPDX-License-Identifier: MIT */
/* tagger_model.h: the trained part-of-speech model the tagger decodes with
 * (Penn Treebank word-tag counts and tag-transition probabilities, as
 * Debian's liblingua-en-tagger-perl ships them in words.yml and tags.yml),
 * the reader of the YAML subset those files are written in, and the Penn
 * tag set.  Private to the library.
 *
 * The model is flat arrays of fixed-size records over its own interned word
 * ids, so it is written into the dictionary image and mapped back as it is
 * (tagger_image.c). */
#ifndef ACTA_TAGGER_MODEL_H
#define ACTA_TAGGER_MODEL_H
#include <stddef.h>
#include <stdint.h>

#include "strmap.h"

/* ---- the Penn tag set, as the model names it ------------------------- */

/* 0 is "no tag"; the rest in the model's (alphabetical) order.  The model
 * spells a few tags its own way: det (DT), pp (.), ppc (,), ppd ($),
 * ppl (``), ppr (''), pps (:), prps (PRP$), wps (WP$), lrb, rrb. */
enum {
  PT_NONE = 0, PT_CC, PT_CD, PT_DT, PT_EX, PT_FW, PT_IN, PT_JJ, PT_JJR,
  PT_JJS, PT_LRB, PT_LS, PT_MD, PT_NN, PT_NNP, PT_NNPS, PT_NNS, PT_PDT,
  PT_POS, PT_STOP, PT_COMMA, PT_DOLLAR, PT_LQUOTE, PT_RQUOTE, PT_COLON,
  PT_PRP, PT_PRPS, PT_RB, PT_RBR, PT_RBS, PT_RP, PT_RRB, PT_SYM, PT_TO,
  PT_UH, PT_VB, PT_VBD, PT_VBG, PT_VBN, PT_VBP, PT_VBZ, PT_WDT, PT_WP,
  PT_WPS, PT_WRB, PT_COUNT
};

/* "NN", "PRP$", "." ...; NULL for PT_NONE or out of range. */
const char *acta_penn_name(int tag);
/* The tag the model writes as s[0..n) ("det", "nn"), or PT_NONE. */
int acta_penn_from_model(const char *s, size_t n);

/* ---- the YAML subset of the model files ------------------------------ */

/* One line "key: { tag: number, tag: number }": the key plain or in double
 * quotes (no escapes), the map on the line, numbers non-negative decimals
 * (an exponent allowed).  Blank lines, comments and "---" document
 * markers hold nothing. */
enum { ACTA_YAML_MAX_PAIRS = 64 };
typedef struct acta_yaml_entry {
  const char *key;   /* into the line */
  size_t key_len;
  size_t npairs;
  struct { const char *name; size_t name_len; double value; } pair[ACTA_YAML_MAX_PAIRS];
} acta_yaml_entry;

/* Reads line s[0..n) (a final '\r' is ignored; no '\n' inside).  Returns
 * 1 with *e filled, 0 for a line that holds nothing, -1 when the line is
 * not of that form (*why says what is wrong). */
int acta_yaml_flow_line(const char *s, size_t n, acta_yaml_entry *e,
                        const char **why);

/* ---- the model --------------------------------------------------------- */

typedef struct acta_tm_count {
  uint32_t count;
  float score;             /* log P(tag | word) - log P(tag), the word's
                              counts in this record's case range */
  uint8_t tag;             /* PT_* */
  uint8_t pad[3];
} acta_tm_count;

/* A folded word form ("bush" for "Bush", "bush" and "BUSH") and its
 * counts: records [first, first + nlower) as written in lower case,
 * then nupper written with a capital, then nall both added up (what
 * a text without case says). */
typedef struct acta_tm_word {
  uint32_t first;
  uint16_t nlower, nupper, nall, pad;
  uint32_t total_lower, total_upper; /* counts summed */
} acta_tm_word;

/* speed32b: a word's candidate tags as the tagger decodes them: the
 * likeliest tags (at most ACTA_TM_MAXC) and their emission scores,
 * log P(tag | word) - log P(tag).  48 bytes: a copy is three 16-byte
 * moves.  Unused slots are 0 in the image's.  speed41a: the count, the
 * tags and the first score in the first 16 bytes, so that the decoding's
 * read of a token of one candidate (most tokens) is one cache line of the
 * image's candidates (at 16-byte offsets), where the scores first made
 * half of them two. */
enum { ACTA_TM_MAXC = 8 };
typedef struct acta_tm_cand {
  uint8_t n;
  /* speed38a: the closed category (CC_*) of the lexicon word whose
   * candidates these are, for the tagger's class pass (a read of the
   * candidates Viterbi has just read, not of the lexicon's word info, a
   * cache miss per token).  Set in the image's candidates and by
   * token_cand_drawn for a word token's; candidates drawn at run time
   * for other tokens (punctuation and numbers 0, rare and unknown words'
   * memo copies) may hold anything: the class pass reads it only for a
   * word token's own candidates. */
  uint8_t closed;
  uint8_t tag[ACTA_TM_MAXC];
  uint8_t pad[2];
  float score[ACTA_TM_MAXC];
  uint8_t pad_end[4];
} acta_tm_cand;
_Static_assert(sizeof(acta_tm_cand) == 48 && offsetof(acta_tm_cand, score) == 12,
               "a candidate's count, tags and first score in its first 16 bytes");

/* A lexicon word's entries in lex_cand: for each of ACTA_TM_LOCKS
 * locks (none, a noun's, a name's: a dictionary phrase's noun keeps
 * noun tags), each of the ACTA_TM_READS ways a word token reads (in
 * lower case, capitalised at a sentence's start, capitalised inside it,
 * in a sentence without case). */
enum { ACTA_TM_LOCKS = 3, ACTA_TM_READS = 4, ACTA_TM_ROW = ACTA_TM_LOCKS * ACTA_TM_READS };
/* speed38a: a word's row in lex_cand is ACTA_TM_STRIDE entries: its
 * ACTA_TM_ROW candidates' indexes, then (entry ACTA_TM_LEN) the word's
 * length (a lexicon with a word of 0xFFFF bytes or more has no table),
 * then 0s: a token is told to be written in
 * its lexicon word's form (the row applies) by the row it reads next,
 * not by a read of the lexicon's lengths too (a cache miss per token);
 * 32 bytes, so that a row aligned to 32 lies in one cache line. */
enum { ACTA_TM_STRIDE = 16, ACTA_TM_LEN = ACTA_TM_ROW };
_Static_assert(ACTA_TM_LEN < ACTA_TM_STRIDE, "a row holds its word's length");

typedef struct acta_tagger_model {
  acta_intern words;       /* folded forms -> model word id */
  acta_tm_word *word;      /* by model word id */
  acta_tm_count *counts;
  size_t ncounts, cap_counts;
  uint64_t tag_count[PT_COUNT];          /* the words' counts by tag */
  float trans[PT_COUNT][PT_COUNT];       /* log P(tag | previous tag) */
  float tag_lp[PT_COUNT];                /* log P(tag) */
  size_t entries;          /* words.yml entries read */
  uint32_t num_word;       /* the model's "*NUM*" (numbers), or ACTA_NO_WORD */
  uint32_t *of_word;       /* a dictionary's word id -> model word id (see
                              acta_tagger_model_link) */
  size_t nof_word;
  int mapped;              /* the arrays lie in a dictionary image (read-only,
                              not freed) */
  /* speed32b: the candidates of each lexicon word (below nlex_cand) for
   * a token written in its form, by its lock and how it reads:
   * cands[lex_cand[word * ACTA_TM_STRIDE + lock * ACTA_TM_READS + read]].
   * Computed when the image is written (acta_tagger_lex_cands), so only
   * a mapped model has them (nlex_cand 0: the tagger draws them itself;
   * also when there are more distinct candidates than a uint16_t
   * counts).  The candidates are a power of two (padded), so that the
   * image's reader checks the index by one OR. */
  const uint16_t *lex_cand;
  const acta_tm_cand *cands;
  size_t nlex_cand;
} acta_tagger_model;

/* Called with "file:line: message" for each line the reader skips. */
typedef void (*acta_tm_warn)(void *ud, const char *message);

/* Builds a model from the text of words.yml and tags.yml (names are for
 * messages).  Lines not of the form are reported through warn (when not
 * NULL) and skipped, or, when strict, end the build.  Returns NULL with a
 * message in err when it fails or when a file holds no entry. */
acta_tagger_model *acta_tagger_model_build(const char *words, size_t wlen,
                                           const char *wname,
                                           const char *tags, size_t tlen,
                                           const char *tname, int strict,
                                           acta_tm_warn warn, void *ud,
                                           char *err, size_t errlen);
/* Reads dir/words.yml and dir/tags.yml. */
acta_tagger_model *acta_tagger_model_load(const char *dir, int strict,
                                          acta_tm_warn warn, void *ud,
                                          char *err, size_t errlen);
void acta_tagger_model_free(acta_tagger_model *m);
/* Maps each word of a dictionary's lexicon to the model's word (of_word),
 * so that a token's word id finds its counts without hashing again. */
void acta_tagger_model_link(acta_tagger_model *m, const acta_intern *words);

/* The model's word id of a folded form, or ACTA_NO_WORD. */
static inline uint32_t acta_tm_find(const acta_tagger_model *m, const char *s,
                                    size_t n) {
  return acta_intern_find(&m->words, s, n);
}

#endif
