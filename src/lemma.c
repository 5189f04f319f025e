/* SPDX-License-Identifier: MIT */
/* lemma.c: the lexicon (word interning with per-word facts) loaded from
 * WordNet's index and exception files, and WordNet-style lemmatisation of
 * verb and noun forms ("shot" -> "shoot", "policemen" -> "policeman"). */
#include "dict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint32_t acta_word_add(acta_dict *d, const char *s, size_t n) {
  uint32_t before = d->words.count;
  uint32_t id = acta_intern_add(&d->words, s, n);
  if (d->words.count != before) {
    if (id >= d->info_cap) {
      size_t cap = d->info_cap ? d->info_cap * 2 : 4096;
      while (cap <= id) cap *= 2;
      acta_word_info *p = realloc(d->info, cap * sizeof *p);
      if (!p) abort();
      d->info = p;
      d->info_cap = cap;
    }
    d->info[id].flags = 0;
    d->info[id].closed = CC_NONE;
    d->info[id].vocab = 0;
    d->info[id].vexc = ACTA_NO_WORD;
    d->info[id].nexc = ACTA_NO_WORD;
    d->info[id].vlem = ACTA_NO_WORD;
    d->info[id].nlem = ACTA_NO_WORD;
  }
  return id;
}

static int read_lines(const char *path, int (*fn)(acta_dict *, char *, void *),
                      acta_dict *d, void *ud) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  char line[8192];
  while (fgets(line, sizeof line, f)) {
    if (fn(d, line, ud) != 0) break;
  }
  fclose(f);
  return 0;
}

/* index.* lines: "lemma pos synset_cnt ..."; license lines start with ' '. */
static int index_line(acta_dict *d, char *line, void *ud) {
  uint8_t flag = (uint8_t)(uintptr_t)ud;
  if (line[0] == ' ' || line[0] == '\n') return 0;
  char *sp = strchr(line, ' ');
  if (!sp) return 0;
  size_t n = (size_t)(sp - line);
  if (memchr(line, '_', n)) return 0; /* multiword lemma */
  uint32_t w = acta_word_add(d, line, n);
  d->info[w].flags |= flag;
  if (flag == WF_VERB) d->verb_lemmas++;
  return 0;
}

/* *.exc lines: "inflected lemma [lemma...]" */
static int exc_line(acta_dict *d, char *line, void *ud) {
  int verb = ud != NULL;
  char *sp = strchr(line, ' ');
  if (!sp) return 0;
  char *l2 = sp + 1;
  size_t n2 = strcspn(l2, " \n\r");
  if (memchr(line, '_', (size_t)(sp - line)) || memchr(l2, '_', n2)) return 0;
  uint32_t lemma = acta_word_add(d, l2, n2);
  uint32_t w = acta_word_add(d, line, (size_t)(sp - line));
  if (verb) {
    if (d->info[w].vexc == ACTA_NO_WORD) d->info[w].vexc = lemma;
  } else {
    if (d->info[w].nexc == ACTA_NO_WORD) d->info[w].nexc = lemma;
  }
  return 0;
}

int acta_load_wordnet(acta_dict *d, const char *dir, char *err,
                      size_t errlen) {
  static const struct { const char *file; uint8_t flag; } idx[] = {
      {"index.verb", WF_VERB}, {"index.noun", WF_NOUN},
      {"index.adj", WF_ADJ},   {"index.adv", WF_ADV}};
  char path[1024];
  for (size_t i = 0; i < sizeof idx / sizeof idx[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, idx[i].file);
    if (read_lines(path, index_line, d, (void *)(uintptr_t)idx[i].flag) != 0) {
      snprintf(err, errlen,
               "%s: cannot open WordNet file (install wordnet-base, or set "
               "ACTA_WORDNET_DIR)", path);
      return -1;
    }
  }
  snprintf(path, sizeof path, "%s/verb.exc", dir);
  if (read_lines(path, exc_line, d, (void *)1) != 0) {
    snprintf(err, errlen, "%s: cannot open WordNet file", path);
    return -1;
  }
  snprintf(path, sizeof path, "%s/noun.exc", dir);
  if (read_lines(path, exc_line, d, NULL) != 0) {
    snprintf(err, errlen, "%s: cannot open WordNet file", path);
    return -1;
  }
  return 0;
}

static uint32_t has_flag(const acta_dict *d, const char *s, size_t n,
                         uint8_t flag) {
  uint32_t w = acta_intern_find(&d->words, s, n);
  if (w != ACTA_NO_WORD && (d->info[w].flags & flag)) return w;
  return ACTA_NO_WORD;
}

/* Tries "stem + add" as a lemma with the given flag. */
static uint32_t try_rule(const acta_dict *d, const char *s, size_t n,
                         size_t cut, const char *add, uint8_t flag,
                         char *scratch) {
  if (n <= cut + 1) return ACTA_NO_WORD;
  size_t stem = n - cut, al = strlen(add);
  memcpy(scratch, s, stem);
  memcpy(scratch + stem, add, al);
  return has_flag(d, scratch, stem + al, flag);
}

static int ends(const char *s, size_t n, const char *suf) {
  size_t l = strlen(suf);
  return n >= l && memcmp(s + n - l, suf, l) == 0;
}

/* consonant-vowel-consonant ending ("stag", "hop"): a dropped "e" is
 * likelier than a bare stem ("staging" -> "stage"). */
static int cvc(const char *s, size_t n) {
  if (n < 3) return 0;
  const char *v = "aeiou";
  int c1 = !strchr(v, s[n - 3]), v2 = strchr(v, s[n - 2]) != NULL,
      c3 = !strchr(v, s[n - 1]) && !strchr("wxy", s[n - 1]);
  return c1 && v2 && c3;
}

/* WordNet's morphy for verbs: the exception list, then the detachment
 * rules in its order ("es" -> "e" before "es" -> "", "ed" -> "e" before
 * "ed" -> ""), each stem checked against index.verb. */
uint32_t acta_verb_lemma(const acta_dict *d, const char *s, size_t n,
                         uint32_t word, char *scratch) {
  if (word != ACTA_NO_WORD) {
    const acta_word_info *wi = &d->info[word];
    if (wi->vexc != ACTA_NO_WORD) return wi->vexc;
  }
  uint32_t r;
  if (ends(s, n, "ies") && (r = try_rule(d, s, n, 3, "y", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
  if (ends(s, n, "es") && (r = try_rule(d, s, n, 1, "", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
  if (ends(s, n, "es") && (r = try_rule(d, s, n, 2, "", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
  if (ends(s, n, "s") && !ends(s, n, "ss") &&
      (r = try_rule(d, s, n, 1, "", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
  if (ends(s, n, "ied") && (r = try_rule(d, s, n, 3, "y", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
  if (ends(s, n, "ed")) {
    if ((r = try_rule(d, s, n, 1, "", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
    if ((r = try_rule(d, s, n, 2, "", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
    if (n > 4 && s[n - 3] == s[n - 4] &&
        (r = try_rule(d, s, n, 3, "", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
  }
  if (ends(s, n, "ing")) {
    int e_first = cvc(s, n - 3);
    if (e_first && (r = try_rule(d, s, n, 3, "e", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
    if ((r = try_rule(d, s, n, 3, "", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
    if (!e_first && (r = try_rule(d, s, n, 3, "e", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
    if (n > 5 && s[n - 4] == s[n - 5] &&
        (r = try_rule(d, s, n, 4, "", WF_VERB, scratch)) != ACTA_NO_WORD) return r;
  }
  if (word != ACTA_NO_WORD && (d->info[word].flags & WF_VERB)) return word;
  return ACTA_NO_WORD;
}

uint32_t acta_noun_lemma(const acta_dict *d, const char *s, size_t n,
                         uint32_t word, char *scratch) {
  if (word != ACTA_NO_WORD) {
    const acta_word_info *wi = &d->info[word];
    if (wi->nexc != ACTA_NO_WORD) return wi->nexc;
  }
  uint32_t r;
  if (ends(s, n, "ies") && (r = try_rule(d, s, n, 3, "y", WF_NOUN, scratch)) != ACTA_NO_WORD) return r;
  if (ends(s, n, "men") && (r = try_rule(d, s, n, 3, "man", WF_NOUN, scratch)) != ACTA_NO_WORD) return r;
  if ((ends(s, n, "ses") || ends(s, n, "xes") || ends(s, n, "zes") ||
       ends(s, n, "ches") || ends(s, n, "shes")) &&
      (r = try_rule(d, s, n, 2, "", WF_NOUN, scratch)) != ACTA_NO_WORD) return r;
  if (ends(s, n, "s") && !ends(s, n, "ss") &&
      (r = try_rule(d, s, n, 1, "", WF_NOUN, scratch)) != ACTA_NO_WORD) return r;
  if (word != ACTA_NO_WORD && (d->info[word].flags & WF_NOUN)) return word;
  /* "asylum-seekers", "counter-offensives": a hyphenated plural WordNet
   * does not list is the compound of its last part's lemma, when a
   * dictionary or WordNet knows that compound ("asylum-seeker") */
  const char *h = n > 3 && n < 64 && ends(s, n, "s") ? memchr(s, '-', n) : NULL;
  while (h) {
    const char *nx = memchr(h + 1, '-', n - (size_t)(h + 1 - s));
    if (!nx) break;
    h = nx;
  }
  if (h && h > s && h + 2 < s + n) {
    size_t pre = (size_t)(h + 1 - s), pn = n - pre;
    char part[64];
    uint32_t pw = acta_intern_find(&d->words, h + 1, pn);
    uint32_t pl = acta_noun_lemma(d, h + 1, pn, pw, part);
    if (pl != ACTA_NO_WORD && pl != pw) {
      size_t ln = d->words.lens[pl];
      if (pre + ln < 64) {
        char whole[64];
        memcpy(whole, s, pre);
        memcpy(whole + pre, acta_intern_str(&d->words, pl), ln);
        r = acta_intern_find(&d->words, whole, pre + ln);
        if (r != ACTA_NO_WORD && !(d->info[r].flags & WF_STAGE)) return r;
      }
    }
  }
  return ACTA_NO_WORD;
}

void acta_precompute_lemmas(acta_dict *d) {
  char scratch[96];
  for (uint32_t w = 0; w < d->words.count; w++) {
    uint32_t n = d->words.lens[w];
    if (n >= 64) continue;
    const char *s = acta_intern_str(&d->words, w);
    d->info[w].vlem = acta_verb_lemma(d, s, n, w, scratch);
    d->info[w].nlem = acta_noun_lemma(d, s, n, w, scratch);
  }
}
