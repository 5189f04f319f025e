/* SPDX-License-Identifier: MIT */
/* fuzz_tagger_model.c: libFuzzer target for the part-of-speech model's
 * reader (src/tagger_model.h): the YAML subset of words.yml and tags.yml
 * and the model built from them.
 *
 * The input is split at its first NUL byte: what comes before is words.yml,
 * what comes after tags.yml (without a NUL, a small fixed tags.yml).  Each
 * line is read by acta_yaml_flow_line, whose key and names must lie inside
 * the line, with no line break, and whose values are finite and not
 * negative.  The model is built leniently and strictly (each in an exactly
 * sized copy: the reader must honour the lengths): a strict build that
 * succeeds succeeds leniently too; a built model keeps its invariants (each
 * word's records inside the count array, tags in range, counts adding up
 * to the totals, every transition finite and at most 0, every key found
 * again under its folded form). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tagger_model.h"

static const char TAGS[] = "pp: { nnp: 0.5, det: 0.25 }\nnnp: { vbz: 0.125 }\n";

static void check_lines(const char *s, size_t n) {
  size_t i = 0;
  while (i <= n) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t end = nl ? (size_t)(nl - s) : n;
    acta_yaml_entry e;
    const char *why = NULL;
    int rc = acta_yaml_flow_line(s + i, end - i, &e, &why);
    if (rc < -1 || rc > 1) abort();
    if (rc < 0 && (!why || !*why)) abort();
    if (rc == 1) {
      const char *lo = s + i, *hi = s + end;
      if (!e.key_len || e.key < lo || e.key + e.key_len > hi) abort();
      if (memchr(e.key, '\n', e.key_len)) abort();
      if (e.npairs > ACTA_YAML_MAX_PAIRS) abort();
      for (size_t p = 0; p < e.npairs; p++) {
        if (!e.pair[p].name_len || e.pair[p].name < lo ||
            e.pair[p].name + e.pair[p].name_len > hi)
          abort();
        if (!isfinite(e.pair[p].value) || e.pair[p].value < 0) abort();
      }
    }
    if (!nl) break;
    i = end + 1;
  }
}

static void check_model(const acta_tagger_model *m) {
  for (int p = 0; p < PT_COUNT; p++)
    for (int t = 0; t < PT_COUNT; t++)
      if (!isfinite(m->trans[p][t]) || m->trans[p][t] > 0) abort();
  for (uint32_t w = 0; w < m->words.count; w++) {
    const acta_tm_word *wd = &m->word[w];
    size_t n = (size_t)wd->nlower + wd->nupper + wd->nall;
    if (wd->first > m->ncounts || n > m->ncounts - wd->first) abort();
    uint64_t lower = 0, upper = 0, all = 0;
    for (size_t k = 0; k < n; k++) {
      const acta_tm_count *c = &m->counts[wd->first + k];
      if (c->tag <= PT_NONE || c->tag >= PT_COUNT || !c->count) abort();
      if (k < wd->nlower) lower += c->count;
      else if (k < (size_t)wd->nlower + wd->nupper) upper += c->count;
      else all += c->count;
    }
    /* totals saturate at UINT32_MAX */
    if (lower < UINT32_MAX && lower != wd->total_lower) abort();
    if (upper < UINT32_MAX && upper != wd->total_upper) abort();
    if (lower + upper < UINT32_MAX && all != lower + upper) abort();
    const char *s = acta_intern_str(&m->words, w);
    if (acta_tm_find(m, s, m->words.lens[w]) != w) abort();
    for (uint32_t k = 0; k < m->words.lens[w]; k++)
      if (s[k] >= 'A' && s[k] <= 'Z') abort(); /* keys are folded */
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *in = (const char *)data;
  const char *nul = memchr(in, '\0', size);
  size_t wlen = nul ? (size_t)(nul - in) : size;
  const char *tsrc = nul ? nul + 1 : TAGS;
  size_t tlen = nul ? size - wlen - 1 : sizeof TAGS - 1;
  char *words = malloc(wlen ? wlen : 1), *tags = malloc(tlen ? tlen : 1);
  if (!words || !tags) abort();
  memcpy(words, in, wlen);
  memcpy(tags, tsrc, tlen);
  check_lines(words, wlen);
  check_lines(tags, tlen);
  char err[256];
  acta_tagger_model *lenient = acta_tagger_model_build(words, wlen, "w", tags, tlen, "t",
                                                       0, NULL, NULL, err, sizeof err);
  if (!lenient && !err[0]) abort();
  acta_tagger_model *strict = acta_tagger_model_build(words, wlen, "w", tags, tlen, "t",
                                                      1, NULL, NULL, err, sizeof err);
  if (!strict && !err[0]) abort();
  if (strict && !lenient) abort();
  if (lenient) check_model(lenient);
  if (strict) check_model(strict);
  acta_tagger_model_free(lenient);
  acta_tagger_model_free(strict);
  free(words);
  free(tags);
  return 0;
}
