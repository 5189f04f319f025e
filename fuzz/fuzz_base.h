/* SPDX-License-Identifier: MIT */
/* fuzz_base.h: what fuzz_dict and fuzz_image share: the small fixed base
 * of dictionaries in fuzz/base/ (compiled in as ACTA_FUZZ_BASE_DIR; the
 * ACTA_FUZZ_BASE environment variable overrides it), whole-file reads and
 * writes, and the sentences coded with every dictionary set that loads. */
#ifndef ACTA_FUZZ_BASE_H
#define ACTA_FUZZ_BASE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acta.h"

#ifndef ACTA_FUZZ_BASE_DIR
#define ACTA_FUZZ_BASE_DIR "fuzz/base"
#endif

static inline const char *fuzz_base_dir(void) {
  const char *e = getenv("ACTA_FUZZ_BASE");
  return e && *e ? e : ACTA_FUZZ_BASE_DIR;
}

static inline void fuzz_quiet(void *ud, const char *msg) { (void)ud; (void)msg; }

/* Options that read the base's WordNet, iso-codes and part-of-speech
 * model and data_dir. */
static inline void fuzz_base_options(acta_dict_options *opt, const char *data_dir) {
  static char wn[4096], iso[4096], tg[4096];
  snprintf(wn, sizeof wn, "%s/wordnet", fuzz_base_dir());
  snprintf(iso, sizeof iso, "%s/iso", fuzz_base_dir());
  snprintf(tg, sizeof tg, "%s/tagger", fuzz_base_dir());
  memset(opt, 0, sizeof *opt);
  opt->data_dir = data_dir;
  opt->wordnet_dir = wn;
  opt->iso_codes_dir = iso;
  opt->tagger_dir = tg;
  opt->warn = fuzz_quiet;
}

static inline char *fuzz_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0, got;
  char *buf = malloc(cap);
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *p = realloc(buf, cap *= 2);
      if (!p) { free(buf); buf = NULL; }
      else buf = p;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

static inline int fuzz_write_file(const char *path, const void *data, size_t len) {
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  size_t put = len ? fwrite(data, 1, len, f) : 0;
  return (fclose(f) == 0 && put == len) ? 0 : -1;
}

/* Codes and renders sentences that reach every kind of entry of the base
 * (actors, agents, dated names, patterns with slots, event nouns,
 * reporting verbs, discards, places). */
static inline void fuzz_code_sentences(const acta_dict *dict) {
  static const char *const text[] = {
      "Iranian police fired tear gas at protesters in Tehran, an official "
      "said.",
      "Russian troops shelled Kharkiv and opened fire on people in Donbas.",
      "Zelensky accused Putin of an attack on Ukraine; the Kremlin denied it.",
      "The United Nations criticized the government, reportedly.",
      "Police arrested the football team in Victoria.",
      "The United States imposed sanctions on Russia after the attack on "
      "Kyiv."};
  acta_coder *c = acta_coder_new(dict);
  if (!c) abort();
  for (size_t i = 0; i < sizeof text / sizeof text[0]; i++) {
    acta_article a;
    memset(&a, 0, sizeof a);
    a.id = "f";
    a.date = "2022-10-27";
    a.text = text[i];
    a.text_len = strlen(text[i]);
    if (acta_code_article(c, &a) != 0) abort();
    size_t n;
    acta_events(c, &n);
    acta_render_json(c, &a, &n);
    acta_render_tsv(c, &a, &n);
    acta_render_plover(c, &a, &n);
  }
  acta_coder_free(c);
}

#endif
