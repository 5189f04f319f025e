/* SPDX-License-Identifier: MIT */
/* dict_build.h: the dictionary loader's state and the building blocks
 * (dict_build.c) that the readers of every format share (dict_load.c,
 * petrarch_compile.c): entries into the phrase trie, patterns into the head
 * indexes, codes into the CAMEO table, and file:line reports.  Private to
 * the library. */
#ifndef ACTA_DICT_BUILD_H
#define ACTA_DICT_BUILD_H
#include "dict.h"

typedef struct acta_loader {
  acta_dict *d;
  const acta_dict_options *opt;
  char *err;
  size_t errlen;
  int failed;
  acta_tokens toks;   /* scratch for phrase tokenization */
  uint32_t *node_tail; /* trie node -> last entry index + 1 */
  size_t cap_tail;
  acta_u64map pat_tail; /* (noun << 32 | head) -> last pattern index */
  acta_u64map pat_seen; /* review12: pattern_key -> the first pattern index
                           with that key (dict_load.c: a line that repeats an
                           earlier one is reported and skipped) */
  uint16_t file;      /* current file index */
  const char *path;
  long line;
  int report_only;    /* events files: only the `~` reporting verbs */
  int discard_topic;  /* discards.txt: the lines after `@topic` (until
                         `@frame`) name a topic, not a frame */
  struct tabari_stems *stems; /* TABARI verbs being compiled: their stems
                                 as WordNet words (tabari_stems.h) */
} acta_loader;

/* realloc that aborts when out of memory (n == 0 allocates one byte). */
void *acta_xrealloc(void *p, size_t n);
/* Key of a CAMEO code ("0231") in d->cameo_index. */
static inline uint64_t acta_cameo_key(const char *s, size_t n) {
  uint64_t k = 0;
  for (size_t i = 0; i < n && i < 6; i++) k = (k << 8) | (unsigned char)s[i];
  return k | ((uint64_t)n << 56);
}

/* Reports "path:line: message" (L->path, L->line); in strict mode the
 * load fails (L->failed, message in L->err). */
void acta_loader_bad_line(acta_loader *L, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Reports "path:line: message" as a warning, never failing the load (a
 * line that is well formed but adds nothing: a repeated pattern). */
void acta_loader_note(acta_loader *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Index of a file name in d->files (for explanations). */
uint16_t acta_loader_file(acta_dict *d, const char *path);
/* Adds one phrase (folded like text) for an entry template; the first
 * entry added on a phrase wins ties.  0, or -1 (reported). */
int acta_loader_phrase(acta_loader *L, const acta_entry *tmpl, const char *ph,
                       size_t n);
/* The same for a TABARI phrase: mark[k] (per byte of ph) has
 * ACTA_EDGE_GAP at a blank after which words of the text may be left out
 * before the next word, and ACTA_EDGE_STEM at the last letter of a word
 * that is a stem (no `_` after it).  NULL: none of either. */
int acta_loader_phrase_tabari(acta_loader *L, const acta_entry *tmpl, const char *ph,
                              size_t n, const char *mark);
/* The phrases of "phrase | phrase | ..." (each trimmed; empty ones
 * skipped): add(ud, phrase, length) for each; returns how many add
 * accepted (returned 0). */
int acta_loader_phrases(const char *p, int (*add)(void *ud, const char *ph, size_t n),
                        void *ud);
/* Word id of one dictionary word folded like text; ACTA_NO_WORD if the
 * text is not exactly one word. */
uint32_t acta_loader_word(acta_loader *L, const char *w, size_t n);
/* Pattern elements and their word choices (see acta_pelem). */
void acta_loader_alt(acta_dict *d, uint32_t w);
acta_pelem *acta_loader_elem(acta_dict *d);
/* Appends a compiled pattern and indexes it under its head. */
void acta_loader_pattern(acta_loader *L, const acta_pattern *pat);
/* Index of an event code in the CAMEO table, adding it if unknown. */
uint32_t acta_loader_code(acta_loader *L, const char *code);

/* dict_load.c: acta_dict_load with choices the public call does not
 * offer (the CLI's `acta compile`, the fuzzers, the tests). */
enum {
  ACTA_LOAD_NO_CACHE = 1,  /* neither read nor write a dictionary image */
  ACTA_LOAD_NO_CITIES = 2, /* no libgeonames cities (the fuzzers' base) */
  ACTA_LOAD_REBUILD = 4    /* parse, whatever image there is, and write the
                              image (acta compile) */
};
typedef struct acta_load_how {
  unsigned flags;          /* ACTA_LOAD_* */
  const char *image_path;  /* write the image here (NULL: the cache's
                              place, dict_cache.c) */
  char *stored;            /* out (if not NULL): where the image was
                              written, "" if nowhere */
  size_t storedlen;
  char *note;              /* out (if not NULL): why not */
  size_t notelen;
} acta_load_how;
acta_dict *acta_dict_load_ex(const acta_dict_options *opt, acta_load_how *how,
                             char *err, size_t errlen);

/* The *.txt names in dir (no dot files), sorted bytewise, malloc'd.  A
 * missing dir gives none; 0, or -1 with errno when it cannot be read. */
int acta_list_txt(const char *dir, char ***names, size_t *n);

/* petrarch_compile.c: compiles PETRARCH / TABARI dictionary files (named
 * in L->opt) into L->d.  0, or -1 with the message in L->err. */
int acta_petrarch_compile(acta_loader *L);

#endif
