/* SPDX-License-Identifier: MIT */
/* tagger_model.c: builds the part-of-speech model (tagger_model.h) from
 * Lingua::EN::Tagger's words.yml (how often the Penn Treebank tags each word
 * form with each tag) and tags.yml (the probability of a tag after another):
 * word forms are folded to lower case and interned, each with its counts
 * as written in lower case, as written with a capital, and both together;
 * transitions become log probabilities.  Reads the two files (or their
 * text); writes an acta_tagger_model. */
#include "tagger_model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const MODEL_NAME[PT_COUNT] = {
    NULL, "cc", "cd", "det", "ex", "fw", "in", "jj", "jjr", "jjs", "lrb",
    "ls", "md", "nn", "nnp", "nnps", "nns", "pdt", "pos", "pp", "ppc", "ppd",
    "ppl", "ppr", "pps", "prp", "prps", "rb", "rbr", "rbs", "rp", "rrb",
    "sym", "to", "uh", "vb", "vbd", "vbg", "vbn", "vbp", "vbz", "wdt", "wp",
    "wps", "wrb"};

static const char *const PENN_NAME[PT_COUNT] = {
    NULL, "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "-LRB-",
    "LS", "MD", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", ".", ",", "$",
    "``", "''", ":", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "-RRB-",
    "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",
    "WP$", "WRB"};

/* A transition the treebank never shows is rare, not impossible. */
#define TRANS_FLOOR 1e-5

const char *acta_penn_name(int tag) {
  return tag > PT_NONE && tag < PT_COUNT ? PENN_NAME[tag] : NULL;
}

int acta_penn_from_model(const char *s, size_t n) {
  for (int t = 1; t < PT_COUNT; t++)
    if (strlen(MODEL_NAME[t]) == n && !memcmp(MODEL_NAME[t], s, n)) return t;
  return PT_NONE;
}

/* One count as read, before the words are laid out. */
typedef struct raw_count {
  uint32_t word;
  uint8_t upper, tag;
  uint32_t count;
} raw_count;

static int raw_cmp(const void *a, const void *b) {
  const raw_count *x = a, *y = b;
  if (x->word != y->word) return x->word < y->word ? -1 : 1;
  if (x->upper != y->upper) return x->upper - y->upper;
  return x->tag - y->tag;
}

typedef struct builder {
  acta_tagger_model *m;
  const char *name;
  long line;
  int strict, failed;
  acta_tm_warn warn;
  void *ud;
  char *err;
  size_t errlen;
  raw_count *raw;
  size_t nraw, cap_raw;
} builder;

static void bad_line(builder *b, const char *why) {
  char msg[512];
  snprintf(msg, sizeof msg, "%s:%ld: %s", b->name, b->line, why);
  if (b->strict) {
    if (!b->failed) snprintf(b->err, b->errlen, "%s", msg);
    b->failed = 1;
  } else if (b->warn) {
    b->warn(b->ud, msg);
  }
}

/* Calls fn on each entry of text; returns the number of entries. */
static size_t each_entry(builder *b, const char *text, size_t len,
                         void (*fn)(builder *, const acta_yaml_entry *)) {
  acta_yaml_entry e;
  size_t count = 0, i = 0;
  b->line = 0;
  while (i < len && !b->failed) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - text) : len;
    b->line++;
    const char *why = NULL;
    int rc = acta_yaml_flow_line(text + i, end - i, &e, &why);
    if (rc < 0) bad_line(b, why);
    else if (rc > 0) {
      fn(b, &e);
      count++;
    }
    i = end + 1;
  }
  return count;
}

static void word_entry(builder *b, const acta_yaml_entry *e) {
  char folded[256];
  if (e->key_len >= sizeof folded) {
    bad_line(b, "a word longer than 255 bytes");
    return;
  }
  uint8_t upper = 0;
  for (size_t k = 0; k < e->key_len; k++) {
    char c = e->key[k];
    if (c >= 'A' && c <= 'Z') { c = (char)(c + 32); upper = 1; }
    folded[k] = c;
  }
  uint32_t w = acta_intern_add(&b->m->words, folded, e->key_len);
  for (size_t p = 0; p < e->npairs; p++) {
    int tag = acta_penn_from_model(e->pair[p].name, e->pair[p].name_len);
    double v = e->pair[p].value;
    if (!tag || v != floor(v)) {
      bad_line(b, !tag ? "a tag the model does not have" : "a count that is not whole");
      continue;
    }
    if (v < 1) continue;
    if (b->nraw == b->cap_raw) {
      b->cap_raw = b->cap_raw ? b->cap_raw * 2 : 65536;
      b->raw = realloc(b->raw, b->cap_raw * sizeof *b->raw);
      if (!b->raw) abort();
    }
    b->raw[b->nraw++] = (raw_count){w, upper, (uint8_t)tag, (uint32_t)v};
  }
}

static void tag_entry(builder *b, const acta_yaml_entry *e) {
  int prev = acta_penn_from_model(e->key, e->key_len);
  if (!prev) {
    bad_line(b, "a tag the model does not have");
    return;
  }
  for (size_t p = 0; p < e->npairs; p++) {
    int tag = acta_penn_from_model(e->pair[p].name, e->pair[p].name_len);
    double v = e->pair[p].value;
    if (!tag || v > 1) {
      bad_line(b, !tag ? "a tag the model does not have" : "a probability above 1");
      continue;
    }
    b->m->trans[prev][tag] = (float)log(v > TRANS_FLOOR ? v : TRANS_FLOOR);
  }
}

static acta_tm_count *push_count(acta_tagger_model *m) {
  if (m->ncounts == m->cap_counts) {
    m->cap_counts = m->cap_counts ? m->cap_counts * 2 : 65536;
    m->counts = realloc(m->counts, m->cap_counts * sizeof *m->counts);
    if (!m->counts) abort();
  }
  acta_tm_count *c = &m->counts[m->ncounts++];
  memset(c, 0, sizeof *c);
  return c;
}

static uint32_t add_sat(uint32_t a, uint32_t b) {
  return a > UINT32_MAX - b ? UINT32_MAX : a + b;
}

/* Lays the sorted counts out word by word: lower-case forms, forms with
 * a capital, then both added up by tag. */
static void lay_out(builder *b) {
  acta_tagger_model *m = b->m;
  uint32_t nw = m->words.count;
  m->word = calloc(nw ? nw : 1, sizeof *m->word);
  if (!m->word) abort();
  qsort(b->raw, b->nraw, sizeof *b->raw, raw_cmp);
  size_t i = 0;
  for (uint32_t w = 0; w < nw; w++) {
    acta_tm_word *wd = &m->word[w];
    wd->first = (uint32_t)m->ncounts;
    uint32_t all[PT_COUNT] = {0};
    for (int upper = 0; upper < 2; upper++) {
      uint16_t n = 0;
      uint32_t total = 0;
      while (i < b->nraw && b->raw[i].word == w && b->raw[i].upper == upper) {
        const raw_count *r = &b->raw[i++];
        acta_tm_count *last = m->ncounts > wd->first ? &m->counts[m->ncounts - 1] : NULL;
        /* the same word and tag twice ("Bush" and "BUSH"): added up */
        if (last && n && last->tag == r->tag) last->count = add_sat(last->count, r->count);
        else {
          push_count(m)->count = r->count;
          m->counts[m->ncounts - 1].tag = r->tag;
          n++;
        }
        total = add_sat(total, r->count);
        all[r->tag] = add_sat(all[r->tag], r->count);
        m->tag_count[r->tag] += r->count;
      }
      if (upper) wd->nupper = n, wd->total_upper = total;
      else wd->nlower = n, wd->total_lower = total;
    }
    for (int t = 1; t < PT_COUNT; t++)
      if (all[t]) {
        acta_tm_count *c = push_count(m);
        c->count = all[t];
        c->tag = (uint8_t)t;
        wd->nall++;
      }
  }
  uint64_t total = 0;
  for (int t = 1; t < PT_COUNT; t++) total += m->tag_count[t];
  for (int t = 1; t < PT_COUNT; t++)
    m->tag_lp[t] = (float)log(((double)m->tag_count[t] + 0.5) / ((double)total + 1.0));
  /* each record's emission score within its range, so that tagging a
   * common word takes no logarithm */
  for (uint32_t w = 0; w < nw; w++) {
    const acta_tm_word *wd = &m->word[w];
    double tot[3] = {wd->total_lower, wd->total_upper,
                     (double)wd->total_lower + wd->total_upper};
    uint32_t end[3] = {wd->nlower, (uint32_t)wd->nlower + wd->nupper,
                       (uint32_t)wd->nlower + wd->nupper + wd->nall};
    for (uint32_t k = 0, r = 0; k < end[2]; k++) {
      while (k >= end[r]) r++;
      acta_tm_count *c = &m->counts[wd->first + k];
      c->score = (float)(log(c->count / tot[r]) - m->tag_lp[c->tag]);
    }
  }
}

acta_tagger_model *acta_tagger_model_build(const char *words, size_t wlen,
                                           const char *wname,
                                           const char *tags, size_t tlen,
                                           const char *tname, int strict,
                                           acta_tm_warn warn, void *ud,
                                           char *err, size_t errlen) {
  char dummy[8];
  if (!err || !errlen) { err = dummy; errlen = sizeof dummy; }
  err[0] = '\0';
  acta_tagger_model *m = calloc(1, sizeof *m);
  if (!m) abort();
  acta_intern_init(&m->words);
  float lf = (float)log(TRANS_FLOOR);
  for (int p = 0; p < PT_COUNT; p++)
    for (int t = 0; t < PT_COUNT; t++) m->trans[p][t] = lf;
  builder b = {.m = m, .strict = strict, .warn = warn, .ud = ud,
               .err = err, .errlen = errlen};
  b.name = tname ? tname : "tags.yml";
  size_t ntags = each_entry(&b, tags, tlen, tag_entry);
  if (!b.failed && !ntags) {
    snprintf(err, errlen, "%s: no tag transitions in the file", b.name);
    b.failed = 1;
  }
  if (!b.failed) {
    b.name = wname ? wname : "words.yml";
    m->entries = each_entry(&b, words, wlen, word_entry);
    if (!b.failed && !b.nraw) {
      snprintf(err, errlen, "%s: no word counts in the file", b.name);
      b.failed = 1;
    }
  }
  if (!b.failed) lay_out(&b);
  m->num_word = acta_tm_find(m, "*num*", 5);
  free(b.raw);
  if (b.failed) {
    acta_tagger_model_free(m);
    return NULL;
  }
  return m;
}

/* The whole of a file, NUL-ended; NULL when it cannot be read. */
static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *data = NULL;
  size_t n = 0, cap = 0, got;
  do {
    if (cap - n < 65536) {
      cap = cap ? cap * 2 : 1 << 20;
      data = realloc(data, cap + 1);
      if (!data) abort();
    }
    got = fread(data + n, 1, cap - n, f);
    n += got;
  } while (got > 0);
  int bad = ferror(f);
  fclose(f);
  if (bad) { free(data); return NULL; }
  data[n] = '\0';
  *len = n;
  return data;
}

acta_tagger_model *acta_tagger_model_load(const char *dir, int strict,
                                          acta_tm_warn warn, void *ud,
                                          char *err, size_t errlen) {
  char wpath[1024], tpath[1024];
  snprintf(wpath, sizeof wpath, "%s/words.yml", dir);
  snprintf(tpath, sizeof tpath, "%s/tags.yml", dir);
  size_t wlen = 0, tlen = 0;
  char *words = slurp(wpath, &wlen);
  char *tags = words ? slurp(tpath, &tlen) : NULL;
  if (!words || !tags) {
    snprintf(err, errlen,
             "%s: cannot read the part-of-speech model (install "
             "liblingua-en-tagger-perl, or set ACTA_TAGGER_DIR)",
             words ? tpath : wpath);
    free(words);
    free(tags);
    return NULL;
  }
  acta_tagger_model *m = acta_tagger_model_build(words, wlen, wpath, tags, tlen,
                                                 tpath, strict, warn, ud, err, errlen);
  free(words);
  free(tags);
  return m;
}

void acta_tagger_model_link(acta_tagger_model *m, const acta_intern *words) {
  free(m->of_word);
  m->nof_word = words->count;
  m->of_word = malloc((m->nof_word ? m->nof_word : 1) * sizeof *m->of_word);
  if (!m->of_word) abort();
  for (uint32_t w = 0; w < words->count; w++)
    m->of_word[w] = acta_tm_find(m, acta_intern_str(words, w), words->lens[w]);
}

void acta_tagger_model_free(acta_tagger_model *m) {
  if (!m) return;
  if (m->mapped) { /* every array lies in the image */
    free(m);
    return;
  }
  free(m->of_word);
  acta_intern_free(&m->words);
  free(m->word);
  free(m->counts);
  free(m);
}
