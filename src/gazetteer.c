/* SPDX-License-Identifier: MIT */
/* gazetteer.c: the place gazetteer (see gazetteer.h for the rules): loads
 * libgeonames' cities, iso-codes' countries and subdivisions and the
 * project's data/places.txt into hash tables of folded, "light" and
 * "skeleton" keys, and finds place names in a sentence's tokens with hash
 * lookups over its words, read from the tokens at once into an array (on
 * the stack; the heap only for a sentence of over GZ_WORDS words). */
#include "gazetteer.h"

#include "buf.h"
#include "dict.h"
#include "gazetteer_tables.h"
#include "strmap.h"
#include "vocab.h"

#include <errno.h>
#include <stddef.h>
#include <geonames.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#ifndef ACTA_DEFAULT_DATA_DIR
#define ACTA_DEFAULT_DATA_DIR "/usr/local/share/acta"
#endif

#define GZ_MAXW 6        /* words in a place name */
#define GZ_KEYMAX 128    /* bytes in a folded key */
#define GZ_TOKMAX 64     /* bytes in a folded token */
#define GZ_WORDS 128     /* words of a sentence read without the heap */
#define GZ_SYNWORDS 32   /* words read from bytes without the heap */
#define GZ_MAXOUT 128    /* results kept per call */

static const char *const prec_name[P_COUNT] = {"landmark", "city", "admin1",
                                               "region", "country"};
/* Specificity used to rank results: landmark first. */
static const int prec_rank[P_COUNT] = {5, 4, 3, 2, 1};

/* Built-in English word classes (tokens are looked up folded). */
enum {
  W_FUNC = 1,  /* function word, weekday, month: never a place alone */
  W_CUE = 2,   /* a place cue: "in", "near" ... */
  W_CONN = 4,  /* lower-case connector inside a name: "de", "al", "of" */
  W_TYPE = 8,  /* place type after a name: "province", "region" */
  W_DIR = 16,  /* compass word: "northern", "central" */
  W_ABBR = 32, /* abbreviation followed by '.': "St." */
  W_OFFICE = 64, /* countries16: a local office after a name: "governor" */
  W_LOCAL = 128 /* places24: a part of a town after a name: "neighborhood" */
};

/* Key flags from places.txt. */
enum { K_STOP = 1, K_CUE = 2, K_ACRO = 4 /* an all-caps name: "UAE" */ };

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) abort();
  return q;
}

/* ------------------------------------------------------------------ */
/* Folding                                                             */
/* ------------------------------------------------------------------ */

#define FOLD_SEP (-1)  /* not a word character */
#define FOLD_FULL (-2) /* no room */

static int is_apostrophe(int32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC ||
         c == 0x02BB || c == '`' || c == 0x00B4 || c == 0x02B9;
}

/* Letters that NFKD does not take apart. */
static const char *special_fold(int32_t c) {
  switch (c) {
  case 0x00F8: return "o";  /* ø */
  case 0x0142: return "l";  /* ł */
  case 0x0111: return "d";  /* đ */
  case 0x00F0: return "d";  /* ð */
  case 0x00FE: return "th"; /* þ */
  case 0x00E6: return "ae"; /* æ */
  case 0x0153: return "oe"; /* œ */
  case 0x0131: return "i";  /* ı */
  case 0x0127: return "h";  /* ħ */
  default: return NULL;
  }
}

/* Folds one code point into dst: bytes written (0 for a dropped
 * apostrophe or mark), FOLD_SEP for a separator, FOLD_FULL for no room. */
static int fold_cp(int32_t c, char *dst, size_t cap) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (cap < 1) return FOLD_FULL;
      dst[0] = (char)c;
      return 1;
    }
    if (c >= 'A' && c <= 'Z') {
      if (cap < 1) return FOLD_FULL;
      dst[0] = (char)(c - 'A' + 'a');
      return 1;
    }
    return is_apostrophe(c) ? 0 : FOLD_SEP;
  }
  if (is_apostrophe(c)) return 0;
  utf8proc_int32_t buf[8];
  int bc = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(
      c, buf, 8,
      UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
          UTF8PROC_STRIPMARK,
      &bc);
  if (n < 0 || n > 8) return FOLD_SEP;
  int w = 0;
  for (utf8proc_ssize_t i = 0; i < n; i++) {
    int32_t d = buf[i];
    const char *sp = special_fold(d);
    if (sp) {
      size_t l = strlen(sp);
      if ((size_t)w + l > cap) return FOLD_FULL;
      memcpy(dst + w, sp, l);
      w += (int)l;
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(d);
    if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) continue;
    int letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    int number = cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO;
    if (!letter && !number) return n == 1 ? FOLD_SEP : w;
    if (d < 0x80 && d >= 'A' && d <= 'Z') d += 'a' - 'A';
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t l = utf8proc_encode_char(d, tmp);
    if ((size_t)w + (size_t)l > cap) return FOLD_FULL;
    memcpy(dst + w, tmp, (size_t)l);
    w += (int)l;
  }
  return w;
}

/* Folds a name: words joined by single spaces.  Returns the length, or -1
 * when it does not fit or is empty; *nwords gets the word count. */
static int fold_name(const char *s, size_t n, char *dst, size_t cap,
                     int *nwords) {
  size_t o = 0, i = 0;
  int words = 0, in_word = 0;
  while (i < n) {
    utf8proc_int32_t c;
    utf8proc_ssize_t l;
    if ((unsigned char)s[i] < 0x80) {
      c = (unsigned char)s[i];
      l = 1;
    } else {
      l = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                           (utf8proc_ssize_t)(n - i), &c);
      if (l <= 0) { c = ' '; l = 1; }
    }
    i += (size_t)l;
    char tmp[32];
    int w = fold_cp(c, tmp, sizeof tmp);
    if (w == FOLD_SEP || w == FOLD_FULL) {
      in_word = 0;
      continue;
    }
    if (w == 0) continue;
    if (!in_word) {
      if (o > 0) {
        if (o + 1 >= cap) return -1;
        dst[o++] = ' ';
      }
      words++;
      in_word = 1;
    }
    if (o + (size_t)w >= cap) return -1;
    memcpy(dst + o, tmp, (size_t)w);
    o += (size_t)w;
  }
  if (o == 0) return -1;
  dst[o] = '\0';
  if (nwords) *nwords = words;
  return (int)o;
}

/* ------------------------------------------------------------------ */
/* Variant keys                                                        */
/* ------------------------------------------------------------------ */

static int vowel(int c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* The bytes variant_base() and variant_finish() look at, by kind: VB_SPELL
 * a letter a spelling rule may change (k g p c d j q w y: kh, gh, ph, ck,
 * dj, q, w, y, j between vowels), VB_VOWEL a vowel of vowel() (y is
 * both); any other byte is copied as it is.  A table, as the two loops
 * ask of every byte of every candidate name. */
enum { VB_SPELL = 1, VB_VOWEL = 2 };
static const uint8_t VB_CLASS[256] = {
    ['a'] = VB_VOWEL, ['e'] = VB_VOWEL, ['i'] = VB_VOWEL, ['o'] = VB_VOWEL,
    ['u'] = VB_VOWEL, ['y'] = VB_VOWEL | VB_SPELL,
    ['k'] = VB_SPELL, ['g'] = VB_SPELL, ['p'] = VB_SPELL, ['c'] = VB_SPELL,
    ['d'] = VB_SPELL, ['j'] = VB_SPELL, ['q'] = VB_SPELL, ['w'] = VB_SPELL};

static int word_is(const char *w, size_t n, const char *lit) {
  return strlen(lit) == n && memcmp(w, lit, n) == 0;
}

/* An Arabic article (or "the"): al el ar as ash ad an at az ath ud ul. */
static int is_article(const char *w, size_t n) {
  if (n == 2) {
    if (w[1] == 'l') return w[0] == 'a' || w[0] == 'e' || w[0] == 'u';
    return w[0] == 'a' ? (w[1] == 'r' || w[1] == 's' || w[1] == 'd' ||
                          w[1] == 'n' || w[1] == 't' || w[1] == 'z')
                       : w[0] == 'u' && w[1] == 'd';
  }
  if (n == 3)
    return memcmp(w, "ash", 3) == 0 || memcmp(w, "ath", 3) == 0 ||
           memcmp(w, "the", 3) == 0;
  return 0;
}

#define GZ_VARMAX (GZ_KEYMAX * 2)

/* The spelling-rule stage of the variant keys of a folded key (below),
 * into tmp[GZ_VARMAX]: Arabic articles dropped, saint/st, kh/gh/q -> k,
 * ph -> f, w -> v, y -> i, a final h after a vowel dropped.  Returns the
 * length, 0 if it does not fit. */
static size_t variant_base(const char *k, size_t n, char *tmp) {
  size_t tl = 0;
  size_t i = 0;
  while (i < n) {
    size_t ws = i;
    while (i < n && k[i] != ' ') i++;
    const char *w = k + ws;
    size_t wl = i - ws;
    /* an article is dropped unless it is the last word (a space after) */
    int more = i < n;
    i++; /* the space */
    if (more && is_article(w, wl)) continue;
    if (tl) tmp[tl++] = ' ';
    if (wl >= 3 && wl <= 6 && (w[0] == 's' || w[0] == 'm' || w[0] == 'f')) {
      if (word_is(w, wl, "saint") || word_is(w, wl, "sankt") ||
          word_is(w, wl, "sainte") || word_is(w, wl, "ste")) {
        w = "st";
        wl = 2;
      } else if (word_is(w, wl, "mount")) {
        w = "mt";
        wl = 2;
      } else if (word_is(w, wl, "fort")) {
        w = "ft";
        wl = 2;
      }
    }
    size_t start = tl;
    int room = tl + wl + 2 < GZ_VARMAX; /* a byte makes one at most */
    for (size_t j = 0; j < wl; j++) {
      if (!room && tl + 2 >= GZ_VARMAX) return 0;
      unsigned char c = (unsigned char)w[j];
      if (!(VB_CLASS[c] & VB_SPELL)) { /* most letters: as they are */
        tmp[tl++] = (char)c;
        continue;
      }
      unsigned char nx = j + 1 < wl ? (unsigned char)w[j + 1] : 0;
      if ((c == 'k' || c == 'g') && nx == 'h') {
        tmp[tl++] = 'k';
        j++;
        continue;
      }
      if (c == 'p' && nx == 'h') { tmp[tl++] = 'f'; j++; continue; }
      if (c == 'c' && nx == 'k') { tmp[tl++] = 'k'; j++; continue; }
      if (c == 'd' && nx == 'j') { tmp[tl++] = 'j'; j++; continue; }
      if (c == 'q') tmp[tl++] = 'k';
      else if (c == 'w') tmp[tl++] = 'v';
      else if (c == 'y') tmp[tl++] = 'i';
      else if (c == 'j' && j > 0 && vowel((unsigned char)w[j - 1]) && vowel(nx))
        tmp[tl++] = 'i';
      else tmp[tl++] = (char)c;
    }
    if (tl - start >= 2 && tmp[tl - 1] == 'h' &&
        (VB_CLASS[(unsigned char)tmp[tl - 2]] & VB_VOWEL))
      tl--;
  }
  return tl;
}

/* The light (skel = 0) or skeleton (skel = 1) variant key from the stage
 * above: words joined, doubled letters collapsed; the skeleton also
 * reduces every vowel run to 'a'.  Returns the length (0 if nothing is
 * left or it does not fit). */
static size_t variant_finish(const char *tmp, size_t tl, int skel, char *dst,
                             size_t cap) {
  size_t o = 0;
  uint8_t vmask = skel ? VB_VOWEL : 0; /* the skeleton's vowels: 'a' */
  for (size_t j = 0; j < tl; j++) {
    char c = tmp[j];
    if (VB_CLASS[(unsigned char)c] & vmask) c = 'a';
    if (o && dst[o - 1] == c) continue;
    if (o + 1 >= cap) return 0;
    dst[o++] = c;
  }
  if (o < cap) dst[o] = '\0';
  return o;
}

/* The light (skel = 0) or skeleton (skel = 1) variant of a folded key. */
static size_t variant_key(const char *k, size_t n, int skel, char *dst,
                          size_t cap) {
  char tmp[GZ_VARMAX];
  size_t tl = variant_base(k, n, tmp);
  return tl ? variant_finish(tmp, tl, skel, dst, cap) : 0;
}

/* The word filters (vwords, fwords, pwords) are bit sets: bit b of v. */
static inline void bit_set(uint64_t *v, uint32_t b) { v[b >> 6] |= (uint64_t)1 << (b & 63); }
static inline int bit_has(const uint64_t *v, uint32_t b) { return (int)((v[b >> 6] >> (b & 63)) & 1); }

/* speed24: the bit of a word of a light (skel = 0) or skeleton (skel =
 * 1) key in g->vwords, the filter of the words the variant tiers' keys are
 * made of.  A variant key is its words' own variant forms joined by spaces
 * (variant_base() reads a key word by word, and a space stops the doubled
 * letters' collapse), so a key whose word's bit is clear is in no table:
 * lookup() then makes none (variant_may). */
static uint32_t vword_bit(const char *w, size_t n, int skel) {
  uint64_t h = acta_hash(w, n) ^ (skel ? 0x9E3779B97F4A7C15ull : 0);
  h *= 0xff51afd7ed558ccdULL;
  return (uint32_t)(h >> 44); /* 20 bits: GZ_VWORD_BITS */
}

static int vword_in(const acta_gazetteer *g, const char *w, size_t n,
                    int skel) {
  return bit_has(g->vwords, vword_bit(w, n, skel));
}

/* Sets the bits of the words of the light and skeleton keys. */
static void build_vwords(acta_gazetteer *g) {
  g->vwords = calloc(GZ_VWORD_BITS / 64, sizeof *g->vwords);
  if (!g->vwords) abort();
  for (int t = T_LIGHT; t <= T_SKEL; t++) {
    const acta_intern *ks = &g->keys[t];
    for (uint32_t id = 0; id < ks->count; id++) {
      const char *k = acta_intern_str(ks, id);
      size_t n = ks->lens[id];
      for (size_t i = 0; i <= n;) {
        size_t ws = i;
        while (i < n && k[i] != ' ') i++;
        bit_set(g->vwords, vword_bit(k + ws, i - ws, t == T_SKEL));
        i++;
      }
    }
  }
}

/* speed29b: the bit of the first word of an exact key in g->fwords, the
 * filter of the words a name the gazetteer has as written can start with:
 * an exact key is its words' folded forms joined by spaces, so a word
 * whose bit is clear starts no exact key (a word's folded form holds no
 * space: a plain token's is ASCII letters and digits, fold_cp() writes
 * only letters and digits), and the matcher makes no key from it unless
 * a variant key may start there (start_may). */
static uint32_t fword_bit(uint64_t h) { /* h: acta_hash of the word */
  h *= 0xc4ceb9fe1a85ec53ULL;
  return (uint32_t)(h >> 44); /* 20 bits: GZ_FWORD_BITS */
}

int acta_gazetteer_first_word_may(const acta_gazetteer *g, uint64_t h) {
  return bit_has(g->fwords, fword_bit(h));
}

/* speed41b: the bit of the first two words of an exact key in g->pwords,
 * the filter of the longer keys: a name of several words whose first two
 * (k[0, n): their folded forms and the space between) have their bit
 * clear is no exact key, and lookup() does not probe the table for it
 * (the matcher reads runs of up to GZ_MAXW capitalised words, and at each
 * start every run's length: "The Central American Free Trade" made five
 * probes, most of them of keys no name has). */
static uint32_t pword_bit(const char *k, size_t n) {
  uint64_t h = acta_hash(k, n) * 0x9E3779B97F4A7C15ULL;
  return (uint32_t)(h >> 48); /* 16 bits: GZ_PWORD_BITS */
}

/* Sets, in one walk of the exact keys, the bits of their first words
 * (fwords) and of the first two words of those of two words or more
 * (pwords). */
static void build_first_words(acta_gazetteer *g) {
  g->fwords = calloc(GZ_FWORD_BITS / 64, sizeof *g->fwords);
  g->pwords = calloc(GZ_PWORD_BITS / 64, sizeof *g->pwords);
  if (!g->fwords || !g->pwords) abort();
  const acta_intern *ks = &g->keys[T_EXACT];
  for (uint32_t id = 0; id < ks->count; id++) {
    const char *k = acta_intern_str(ks, id);
    size_t n = ks->lens[id], i = 0;
    while (i < n && k[i] != ' ') i++;
    bit_set(g->fwords, fword_bit(acta_hash(k, i)));
    if (i == n) continue; /* one word */
    i++;
    while (i < n && k[i] != ' ') i++;
    bit_set(g->pwords, pword_bit(k, i));
  }
}

static int pair_may(const acta_gazetteer *g, const char *k, size_t n) {
  return bit_has(g->pwords, pword_bit(k, n));
}

int acta_gazetteer_pair_may(const acta_gazetteer *g, const char *k, size_t n) {
  return pair_may(g, k, n);
}

/* ------------------------------------------------------------------ */
/* Built-in words                                                      */
/* ------------------------------------------------------------------ */

/* Compass words: "northern", "central" (W_DIR, acta_gazetteer_qualifier). */
#define GZ_DIR_WORDS(X)                                                    \
  X(V_NORTH) X(V_SOUTH) X(V_EAST) X(V_WEST) X(V_NORTHERN) X(V_SOUTHERN)      \
  X(V_EASTERN) X(V_WESTERN) X(V_CENTRAL) X(V_NORTHEAST) X(V_NORTHWEST)       \
  X(V_SOUTHEAST) X(V_SOUTHWEST) X(V_NORTHEASTERN) X(V_NORTHWESTERN)          \
  X(V_SOUTHEASTERN) X(V_SOUTHWESTERN) X(V_GREATER) X(V_UPPER) X(V_LOWER)     \
  X(V_OCCUPIED)
#define GZ_DIR_ELEM(v) v,
static const uint16_t DIR_WORDS[] = {GZ_DIR_WORDS(GZ_DIR_ELEM) 0};

/* places24: parts of a town written after a name: "the San Marino
 * neighborhood", "the San Carlos favela" (W_LOCAL,
 * acta_gazetteer_local_noun). */
#define GZ_LOCAL_WORDS(X)                                                  \
  X(V_NEIGHBORHOOD) X(V_NEIGHBOURHOOD) X(V_FAVELA) X(V_BARRIO)              \
  X(V_COLONIA) X(V_SLUM) X(V_STREET) X(V_AVENUE)
static const uint16_t LOCAL_WORDS[] = {GZ_LOCAL_WORDS(GZ_DIR_ELEM) 0};

static const struct {
  uint8_t flag;
  const uint16_t *words; /* vocabulary codes (vocab.h), 0-ended */
} builtin_words[] = {
    {W_FUNC, (const uint16_t[]){
        V_A, V_AN, V_THE, V_THIS, V_THAT, V_THESE, V_THOSE, V_THERE, V_HERE,
        V_IT, V_ITS, V_HE, V_SHE, V_THEY, V_WE, V_YOU, V_I, V_ME, V_HIM,
        V_HER, V_HIS, V_HERS, V_THEIR, V_THEIRS, V_OUR, V_OURS, V_MY, V_YOUR,
        V_WHO, V_WHOM, V_WHOSE, V_WHAT, V_WHICH, V_WHERE, V_WHEN, V_WHY,
        V_HOW, V_WHETHER, V_IF, V_THEN, V_THAN, V_SO, V_AS, V_AND, V_OR,
        V_BUT, V_NOR, V_YET, V_NOT, V_NO, V_YES, V_ALSO, V_ONLY, V_EVEN,
        V_JUST, V_STILL, V_ALREADY, V_AGAIN, V_EVER, V_NEVER, V_MORE, V_MOST,
        V_MUCH, V_MANY, V_SOME, V_ANY, V_ALL, V_EACH, V_EVERY, V_BOTH,
        V_EITHER, V_NEITHER, V_OTHER, V_ANOTHER, V_SUCH, V_SAME, V_OWN, V_ONE,
        V_TWO, V_THREE, V_FOUR, V_FIVE, V_SIX, V_SEVEN, V_EIGHT, V_NINE,
        V_TEN, V_FIRST, V_SECOND, V_THIRD, V_LAST, V_NEXT, V_IN, V_ON, V_AT,
        V_OF, V_FOR, V_TO, V_BY, V_WITH, V_FROM, V_INTO, V_ONTO, V_UPON,
        V_OVER, V_UNDER, V_ABOUT, V_ABOVE, V_BELOW, V_AFTER, V_BEFORE,
        V_SINCE, V_UNTIL, V_TILL, V_DURING, V_WHILE, V_THROUGH, V_THROUGHOUT,
        V_ACROSS, V_ALONG, V_AMONG, V_AROUND, V_AGAINST, V_BETWEEN, V_BEYOND,
        V_WITHIN, V_WITHOUT, V_TOWARD, V_TOWARDS, V_NEAR, V_OUTSIDE, V_INSIDE,
        V_VIA, V_PER, V_DESPITE, V_ALTHOUGH, V_THOUGH, V_BECAUSE, V_UNLESS,
        V_HOWEVER, V_MEANWHILE, V_MOREOVER, V_FURTHERMORE, V_NEVERTHELESS,
        V_INSTEAD, V_THUS, V_HENCE, V_THEREFORE, V_YESTERDAY, V_TODAY,
        V_TONIGHT, V_TOMORROW, V_MONDAY, V_TUESDAY, V_WEDNESDAY, V_THURSDAY,
        V_FRIDAY, V_SATURDAY, V_SUNDAY, V_JANUARY, V_FEBRUARY, V_MARCH,
        V_APRIL, V_MAY, V_JUNE, V_JULY, V_AUGUST, V_SEPTEMBER, V_OCTOBER,
        V_NOVEMBER, V_DECEMBER, V_MR, V_MRS, V_MS, V_DR, V_SIR, V_SAID,
        V_SAYS, V_SAY, V_ACCORDING, V_WILL, V_WOULD, V_CAN, V_COULD, V_SHOULD,
        V_MUST, V_MIGHT, V_SHALL, V_DO, V_DOES, V_DID, V_IS, V_ARE, V_WAS,
        V_WERE, V_BE, V_BEEN, V_BEING, V_HAS, V_HAVE, V_HAD, V_LET, 0}},
    {W_CUE, (const uint16_t[]){
        V_IN, V_AT, V_NEAR, V_OUTSIDE, V_INSIDE, V_FROM, V_TO, V_INTO,
        V_TOWARD, V_TOWARDS, V_ACROSS, V_THROUGH, V_THROUGHOUT, V_AROUND,
        V_WITHIN, V_OF, V_VIA, V_BETWEEN, V_BEYOND, V_OVER, V_ALONG, V_PAST,
        V_OFF, V_NEARBY, 0}},
    {W_CONN, (const uint16_t[]){
        V_DE, V_DA, V_DO, V_DOS, V_DAS, V_DEL, V_DELLA, V_DELLE, V_DEI, V_DI,
        V_DU, V_DES, V_LA, V_LE, V_LES, V_EL, V_AL, V_AR, V_AS, V_AD, V_ASH,
        V_AN, V_AT, V_AZ, V_ATH, V_UD, V_UL, V_UR, V_OF, V_THE, V_AND, V_UPON,
        V_ON, V_SUR, V_AM, V_IM, V_DER, V_DEN, V_Y, V_E, V_YE, V_BIN, V_IBN,
        V_VAN, V_VON, V_EN, V_AAN, V_OP, V_SUL, V_SA, V_AU, V_AUX, V_I, V_ET, 0}},
    {W_TYPE, (const uint16_t[]){
        V_PROVINCE, V_PROVINCES, V_REGION, V_OBLAST, V_GOVERNORATE, V_STATE,
        V_DISTRICT, V_COUNTY, V_PREFECTURE, V_DEPARTMENT, V_TERRITORY,
        V_CANTON, V_MUNICIPALITY, V_RAION, V_WILAYA, V_OSTAN, V_EMIRATE, 0}},
    {W_DIR, DIR_WORDS},
    {W_ABBR, (const uint16_t[]){
        V_ST, V_MT, V_FT, V_STE, 0}},
    /* countries16 */
    {W_OFFICE, (const uint16_t[]){
        V_GOVERNOR, V_MAYOR, V_POLICE, V_PROSECUTOR, 0}},
    /* places24 */
    {W_LOCAL, LOCAL_WORDS},
};

_Static_assert(GZ_VSLOTS >= 2 * V_COUNT && (GZ_VSLOTS & (GZ_VSLOTS - 1)) == 0,
               "GZ_VSLOTS: a power of two, over twice V_COUNT");

void acta_gazetteer_words(acta_gazetteer *g) {
  memset(g->wflags, 0, sizeof g->wflags);
  for (size_t b = 0; b < sizeof builtin_words / sizeof builtin_words[0]; b++)
    for (const uint16_t *v = builtin_words[b].words; *v; v++)
      g->wflags[*v] |= builtin_words[b].flag;
  /* every word acta_vocab_find finds, by its own answer */
  memset(g->vslot, 0, sizeof g->vslot);
  for (unsigned v = 1; v < V_COUNT; v++) {
    const char *w = acta_vocab_word(v);
    size_t n = strlen(w);
    if (acta_vocab_find(w, n) != v) continue;
    uint32_t i = (uint32_t)acta_hash(w, n) & (GZ_VSLOTS - 1);
    while (g->vslot[i]) i = (i + 1) & (GZ_VSLOTS - 1);
    g->vslot[i] = (uint16_t)v;
  }
}

/* speed34e: gz_vocab() of low[0, n), 0 < n <= 15, in lower case with no
 * NUL (what gz_vocab() makes of its word before the probe): lex_bytes'
 * words of ASCII letters and digits alone, already folded. */
static uint16_t gz_vocab_low(const acta_gazetteer *g, const char *low, size_t n) {
  uint32_t i = (uint32_t)acta_hash(low, n) & (GZ_VSLOTS - 1);
  for (uint16_t v; (v = g->vslot[i]) != 0; i = (i + 1) & (GZ_VSLOTS - 1)) {
    const char *w = acta_vocab_word(v);
    if (strncmp(w, low, n) == 0 && w[n] == '\0') return v;
  }
  return V_NONE;
}

/* acta_vocab_find(s, n) by a hash probe of g->vslot, not a binary search
 * of the vocabulary (lex_bytes asks it of every word read from bytes). */
static uint16_t gz_vocab(const acta_gazetteer *g, const char *s, size_t n) {
  if (n == 0 || n > 15) return V_NONE; /* as acta_vocab_find */
  char low[16];
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!c) return acta_vocab_find(s, n);
    low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return gz_vocab_low(g, low, n);
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */
/* ------------------------------------------------------------------ */

typedef struct nameref {
  uint32_t rec, off; /* off: offset of the name in g->pool */
} nameref;

typedef struct builder {
  acta_gazetteer *g;
  char *err;
  size_t errlen;
  nameref *names;
  size_t nnames, capnames;
  char a3[676][4];          /* alpha-2 index -> alpha-3 */
  double cw[676], clat[676], clon[676];
  long cpop[676];
  /* geonames states: key "AB\1folded state" */
  acta_intern groups;
  uint16_t *gcc;
  uint32_t *gname; /* pool offset of the state name */
  double *gw, *glat, *glon;
  long *gpop;
  uint8_t *gused;
  uint32_t *gcore; /* offset of the group's core key in gcpool */
  acta_pool gcpool;
  size_t capg;
  uint32_t *gstart, *glist; /* groups by country (CSR) */
  /* merge index: "CCC\1p\1light key" -> chain of records */
  acta_intern merge;
  uint32_t *mhead;  /* merge key id -> entry + 1 */
  uint32_t *mrec, *mnext;
  size_t nm, capm, capmhead;
  /* places.txt stop and cue keys */
  char (*flagkeys)[GZ_KEYMAX];
  uint8_t *flagvals;
  size_t nflag, capflag;
} builder;

static int cc_index(const char *a2) {
  if (!a2 || a2[0] < 'A' || a2[0] > 'Z' || a2[1] < 'A' || a2[1] > 'Z' ||
      a2[2] != '\0')
    return -1;
  return (a2[0] - 'A') * 26 + (a2[1] - 'A');
}

/* The length of s[0, n) cut to at most max bytes at a character boundary. */
static size_t utf8_cut(const char *s, size_t n, size_t max) {
  if (n <= max) return n;
  n = max;
  while (n && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
  return n;
}

static uint32_t add_rec(acta_gazetteer *g, const char *name, size_t nlen,
                        const char *admin1, size_t alen, const char *cc,
                        double lat, double lon, long pop, int prec) {
  if (g->nrecs == g->caprecs) {
    g->caprecs = g->caprecs ? g->caprecs * 2 : 1024;
    g->recs = xrealloc(g->recs, g->caprecs * sizeof *g->recs);
  }
  nlen = utf8_cut(name, nlen, 63);
  alen = utf8_cut(admin1, alen, 63);
  grec *r = &g->recs[g->nrecs];
  r->name = acta_pool_add(&g->pool, name, nlen);
  r->admin1 = acta_pool_add(&g->pool, admin1, alen);
  r->lat = lat;
  r->lon = lon;
  r->pop = pop;
  memcpy(r->cc, cc, 3);
  r->cc[3] = '\0';
  r->prec = (uint8_t)prec;
  return g->nrecs++;
}

/* Adds a name (already in g->pool at off) to record rec. */
static void add_name_off(builder *b, uint32_t rec, uint32_t off) {
  if (b->nnames == b->capnames) {
    b->capnames = b->capnames ? b->capnames * 2 : 1024;
    b->names = xrealloc(b->names, b->capnames * sizeof *b->names);
  }
  b->names[b->nnames].rec = rec;
  b->names[b->nnames].off = off;
  b->nnames++;
}

static void add_name(builder *b, uint32_t rec, const char *s, size_t n) {
  if (n == 0) return;
  add_name_off(b, rec, acta_pool_add(&b->g->pool, s, n));
}

static void set_err(builder *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (b->err && b->errlen) vsnprintf(b->err, b->errlen, fmt, ap);
  va_end(ap);
}

static void bad_line(acta_gazetteer *g, const char *path, long line,
                     const char *fmt, ...) {
  if (g->bad < GZ_BADKEEP) {
    char msg[512], full[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    int n = snprintf(full, sizeof full, "%s:%ld: %s", base, line, msg);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof full) n = sizeof full - 1;
    g->badoff[g->bad] = acta_pool_add(&g->badpool, full, (size_t)n);
  }
  g->bad++;
}

/* Copies a name without "(...)" and "[...]" parts, trimmed. */
static size_t clean_name(const char *s, char *dst, size_t cap) {
  size_t o = 0;
  int depth = 0;
  for (; *s; s++) {
    if (*s == '(' || *s == '[') { depth++; continue; }
    if (*s == ')' || *s == ']') { if (depth) depth--; continue; }
    if (depth) continue;
    if (o + 1 < cap) dst[o++] = *s;
  }
  while (o && (dst[o - 1] == ' ' || dst[o - 1] == ',')) o--;
  size_t st = 0;
  while (st < o && dst[st] == ' ') st++;
  memmove(dst, dst + st, o - st);
  o -= st;
  dst[o] = '\0';
  return o;
}

/* Is folded word w a place-type word ("oblast", "republic") for cores? */
static int core_drop(const acta_gazetteer *g, const char *w, size_t n) {
  if (g->wflags[acta_vocab_find(w, n)] & W_TYPE) return 1;
  static const char *const extra[] = {"city", "autonomous", "republic",
                                      "special", "administrative", "area",
                                      "capital", "metropolitan", "ostan",
                                      "muhafazat", "division", NULL};
  for (size_t e = 0; extra[e]; e++)
    if (word_is(w, n, extra[e])) return 1;
  return 0;
}

/* The "core" of a subdivision name: folded, with place-type words removed
 * from both ends ("Autonomous Republic of Crimea" -> "crimea", "Donetsk
 * Oblast" -> "donetsk"), as a light variant key in dst; the folded core in
 * plain (if not NULL).  Returns the length (0: nothing left). */
static size_t core_key(const acta_gazetteer *g, const char *name, char *dst,
                       size_t cap, char *plain, size_t pcap) {
  char f[GZ_KEYMAX * 2];
  int nw;
  int fl = fold_name(name, strlen(name), f, sizeof f, &nw);
  if (fl < 0) return 0;
  const char *ws[GZ_KEYMAX];
  size_t wl[GZ_KEYMAX];
  size_t n = 0;
  for (size_t i = 0; i < (size_t)fl && n < GZ_KEYMAX;) {
    size_t st = i;
    while (i < (size_t)fl && f[i] != ' ') i++;
    ws[n] = f + st;
    wl[n++] = i - st;
    i++;
  }
  size_t a = 0, z = n;
  for (;;) {
    size_t a0 = a;
    while (a < z && core_drop(g, ws[a], wl[a])) a++;
    if (a > a0 && a < z &&
        (word_is(ws[a], wl[a], "of") || word_is(ws[a], wl[a], "the")))
      a++;
    if (a == a0) break;
  }
  while (z > a && core_drop(g, ws[z - 1], wl[z - 1])) z--;
  if (a >= z) return 0;
  char t[GZ_KEYMAX * 2];
  size_t tl = 0;
  for (size_t i = a; i < z; i++) {
    if (tl) t[tl++] = ' ';
    memcpy(t + tl, ws[i], wl[i]);
    tl += wl[i];
  }
  t[tl] = '\0';
  if (plain) {
    if (tl >= pcap) return 0;
    memcpy(plain, t, tl + 1);
  }
  return variant_key(t, tl, 0, dst, cap);
}

/* iso-codes' file `file` in dir, loaded into *root: its array `key`
 * ("3166-1"), or NULL (an error set, *root NULL). */
static json_t *iso_array(builder *b, const char *dir, const char *file, const char *key,
                         json_t **root) {
  char *path = acta_path_join(dir, file);
  json_error_t je;
  *root = json_load_file(path, 0, &je);
  if (!*root) {
    set_err(b, "%s:%d: %s", path, je.line, je.text);
    free(path);
    return NULL;
  }
  json_t *arr = json_object_get(*root, key);
  if (!json_is_array(arr)) {
    set_err(b, "%s: no \"%s\" array", path, key);
    json_decref(*root);
    *root = NULL;
    free(path);
    return NULL;
  }
  free(path);
  return arr;
}

static int read_countries(builder *b, const char *dir, json_t **root_out) {
  json_t *root;
  json_t *arr = iso_array(b, dir, "iso_3166-1.json", "3166-1", &root);
  if (!arr) return -1;
  size_t i;
  json_t *e;
  json_array_foreach(arr, i, e) {
    const char *a2 = json_string_value(json_object_get(e, "alpha_2"));
    const char *a3 = json_string_value(json_object_get(e, "alpha_3"));
    int ci = cc_index(a2);
    if (ci < 0 || !a3 || strlen(a3) != 3) continue;
    memcpy(b->a3[ci], a3, 4);
  }
  int xk = cc_index("XK"); /* Kosovo: not in iso-codes, XKX in acta */
  if (!b->a3[xk][0]) memcpy(b->a3[xk], "XKX", 4);
  *root_out = root;
  return 0;
}

static uint32_t group_add(builder *b, int ci, const char *state) {
  char key[GZ_KEYMAX * 2 + 4];
  key[0] = (char)('A' + ci / 26);
  key[1] = (char)('A' + ci % 26);
  key[2] = '\1';
  int fl = fold_name(state, strlen(state), key + 3, sizeof key - 3, NULL);
  if (fl < 0) return UINT32_MAX;
  uint32_t before = b->groups.count;
  uint32_t id = acta_intern_add(&b->groups, key, (size_t)fl + 3);
  if (id >= b->capg) {
    size_t nc = b->capg ? b->capg * 2 : 4096;
    b->gcc = xrealloc(b->gcc, nc * sizeof *b->gcc);
    b->gname = xrealloc(b->gname, nc * sizeof *b->gname);
    b->gw = xrealloc(b->gw, nc * sizeof *b->gw);
    b->glat = xrealloc(b->glat, nc * sizeof *b->glat);
    b->glon = xrealloc(b->glon, nc * sizeof *b->glon);
    b->gpop = xrealloc(b->gpop, nc * sizeof *b->gpop);
    b->gused = xrealloc(b->gused, nc);
    b->capg = nc;
  }
  if (b->groups.count != before) { /* new */
    b->gcc[id] = (uint16_t)ci;
    size_t sl = strlen(state);
    b->gname[id] = acta_pool_add(&b->g->pool, state, utf8_cut(state, sl, 63));
    b->gw[id] = b->glat[id] = b->glon[id] = 0;
    b->gpop[id] = 0;
    b->gused[id] = 0;
  }
  return id;
}

/* with_cities 0: no cities (a small fixed base for the fuzzers), but the
 * (empty) state groups the subdivisions are matched against. */
static int read_geonames(builder *b, int with_cities) {
  acta_gazetteer *g = b->g;
  int n = with_cities ? geonames_get_n_cities() : 0;
  if (with_cities && n <= 0) {
    set_err(b, "libgeonames: no cities (is libgeonames-common installed?)");
    return -1;
  }
  int last_ci = -1;
  uint32_t last_gi = UINT32_MAX;
  char last_state[256] = "";
  for (int i = 0; i < n; i++) {
    GeonamesCity *c = geonames_get_city(i);
    if (!c) continue;
    const char *name = geonames_city_get_name(c);
    const char *state = geonames_city_get_state(c);
    const char *a2 = geonames_city_get_country_code(c);
    int ci = cc_index(a2);
    if (name && *name && ci >= 0 && b->a3[ci][0]) {
      double lat = geonames_city_get_latitude(c);
      double lon = geonames_city_get_longitude(c);
      long pop = (long)geonames_city_get_population(c);
      if (!state) state = "";
      uint32_t r = add_rec(g, name, strlen(name), state, strlen(state),
                           b->a3[ci], lat, lon, pop, P_CITY);
      add_name_off(b, r, g->recs[r].name);
      double w = pop > 0 ? (double)pop : 1.0;
      b->cw[ci] += w;
      b->clat[ci] += w * lat;
      b->clon[ci] += w * lon;
      b->cpop[ci] += pop;
      if (*state) {
        /* consecutive cities often share their state */
        uint32_t gi = ci == last_ci && strcmp(state, last_state) == 0
                          ? last_gi
                          : group_add(b, ci, state);
        last_ci = ci;
        last_gi = gi;
        snprintf(last_state, sizeof last_state, "%s", state);
        if (gi != UINT32_MAX) {
          b->gw[gi] += w;
          b->glat[gi] += w * lat;
          b->glon[gi] += w * lon;
          b->gpop[gi] += pop;
        }
      }
    }
    geonames_city_free(c);
  }
  /* groups by country */
  uint32_t ng = b->groups.count;
  b->gstart = calloc(677, sizeof *b->gstart);
  b->glist = xrealloc(NULL, (ng ? ng : 1) * sizeof *b->glist);
  if (!b->gstart) abort();
  for (uint32_t i = 0; i < ng; i++) b->gstart[b->gcc[i] + 1]++;
  for (int i = 0; i < 676; i++) b->gstart[i + 1] += b->gstart[i];
  uint32_t fill[676];
  memcpy(fill, b->gstart, sizeof fill);
  for (uint32_t i = 0; i < ng; i++) b->glist[fill[b->gcc[i]]++] = i;
  /* core keys of the states, for matching subdivisions */
  b->gcore = xrealloc(NULL, (ng ? ng : 1) * sizeof *b->gcore);
  for (uint32_t i = 0; i < ng; i++) {
    char gc[GZ_KEYMAX * 2];
    size_t gcl = core_key(g, acta_pool_str(&g->pool, b->gname[i]), gc,
                          sizeof gc, NULL, 0);
    b->gcore[i] = acta_pool_add(&b->gcpool, gc, gcl);
  }
  return 0;
}

/* Does geonames state group gi name the subdivision with core `sc`? */
static int group_matches(const builder *b, uint32_t gi, const char *sfold,
                         const char *sc, size_t scl) {
  const char *gk = acta_intern_str(&b->groups, gi) + 3;
  if (strcmp(gk, sfold) == 0) return 1;
  const char *gc = acta_pool_str(&b->gcpool, b->gcore[gi]);
  size_t gcl = strlen(gc);
  if (!gcl || !scl) return 0;
  if (gcl == scl && memcmp(gc, sc, scl) == 0) return 1;
  /* Ukrainian adjectival forms: "kharkivska" = "kharkiv" */
  static const char *const suf[] = {"ska", "ka", "a", "skaia", "skai",
                                    "ski", "kaia", NULL};
  const char *lo = gcl < scl ? sc : gc, *sh = gcl < scl ? gc : sc;
  size_t lol = gcl < scl ? scl : gcl, shl = gcl < scl ? gcl : scl;
  if (shl >= 4 && memcmp(lo, sh, shl) == 0) {
    for (size_t i = 0; suf[i]; i++)
      if (strlen(suf[i]) == lol - shl &&
          memcmp(lo + shl, suf[i], lol - shl) == 0)
        return 1;
  }
  return 0;
}

static int read_subdivisions(builder *b, const char *dir) {
  acta_gazetteer *g = b->g;
  json_t *root;
  json_t *arr = iso_array(b, dir, "iso_3166-2.json", "3166-2", &root);
  if (!arr) return -1;
  size_t i;
  json_t *e;
  uint32_t matched[256];
  json_array_foreach(arr, i, e) {
    const char *code = json_string_value(json_object_get(e, "code"));
    const char *name = json_string_value(json_object_get(e, "name"));
    if (!code || !name || strlen(code) < 4 || code[2] != '-') continue;
    char a2[3] = {code[0], code[1], '\0'};
    int ci = cc_index(a2);
    if (ci < 0 || !b->a3[ci][0]) continue;
    char clean[256];
    size_t cl = clean_name(name, clean, sizeof clean);
    if (!cl) continue;
    char sfold[GZ_KEYMAX * 2], sc[GZ_KEYMAX * 2];
    if (fold_name(clean, cl, sfold, sizeof sfold, NULL) < 0) continue;
    size_t scl = core_key(g, clean, sc, sizeof sc, NULL, 0);
    size_t nmatch = 0;
    double w = 0, lat = 0, lon = 0;
    long pop = 0;
    for (uint32_t k = b->gstart[ci]; k < b->gstart[ci + 1]; k++) {
      uint32_t gi = b->glist[k];
      if (!group_matches(b, gi, sfold, sc, scl)) continue;
      if (nmatch < 256) matched[nmatch++] = gi;
      w += b->gw[gi];
      lat += b->glat[gi];
      lon += b->glon[gi];
      pop += b->gpop[gi];
    }
    if (!nmatch || w <= 0) continue; /* no city: no coordinates */
    /* geonames' state names are the English ones ("Donetsk Oblast" for
     * "Donetska oblast", "Tehran Province" for "Tehrān"): the biggest
     * state matched names the place */
    uint32_t big = matched[0];
    for (size_t m = 1; m < nmatch; m++)
      if (b->gpop[matched[m]] > b->gpop[big]) big = matched[m];
    const char *disp = acta_pool_str(&g->pool, b->gname[big]);
    size_t dl = strlen(disp);
    uint32_t r = add_rec(g, disp, dl, disp, dl, b->a3[ci], lat / w, lon / w,
                         pop, P_ADMIN1);
    add_name(b, r, clean, cl);
    for (size_t m = 0; m < nmatch; m++) {
      const char *gn = acta_pool_str(&g->pool, b->gname[matched[m]]);
      b->gused[matched[m]] = 1;
      add_name(b, r, gn, strlen(gn));
    }
  }
  json_decref(root);
  /* geonames states no subdivision claimed: admin1 places of their own */
  for (uint32_t gi = 0; gi < b->groups.count; gi++) {
    if (b->gused[gi] || b->gw[gi] <= 0) continue;
    const char *gn = acta_pool_str(&g->pool, b->gname[gi]);
    size_t gl = strlen(gn);
    uint32_t r = add_rec(g, gn, gl, gn, gl, b->a3[b->gcc[gi]],
                         b->glat[gi] / b->gw[gi], b->glon[gi] / b->gw[gi],
                         b->gpop[gi], P_ADMIN1);
    add_name(b, r, gn, gl);
  }
  return 0;
}

static void add_country_name(builder *b, uint32_t r, const char *s) {
  if (!s || !*s) return;
  char clean[256];
  size_t cl = clean_name(s, clean, sizeof clean);
  const char *p = clean;
  if (cl > 4 && strncmp(p, "the ", 4) == 0) { p += 4; cl -= 4; }
  if (cl) add_name(b, r, p, cl);
}

static void read_country_places(builder *b, json_t *root) {
  json_t *arr = json_object_get(root, "3166-1");
  size_t i;
  json_t *e;
  json_array_foreach(arr, i, e) {
    const char *a2 = json_string_value(json_object_get(e, "alpha_2"));
    int ci = cc_index(a2);
    if (ci < 0 || !b->a3[ci][0] || b->cw[ci] <= 0) continue;
    const char *name = json_string_value(json_object_get(e, "name"));
    const char *common = json_string_value(json_object_get(e, "common_name"));
    const char *official =
        json_string_value(json_object_get(e, "official_name"));
    if (!name) continue;
    char disp[256];
    size_t dl = clean_name(common ? common : name, disp, sizeof disp);
    char *comma = strchr(disp, ',');
    if (comma) { *comma = '\0'; dl = (size_t)(comma - disp); }
    if (!dl) continue;
    uint32_t r = add_rec(b->g, disp, dl, "", 0, b->a3[ci],
                         b->clat[ci] / b->cw[ci], b->clon[ci] / b->cw[ci],
                         b->cpop[ci], P_COUNTRY);
    add_name(b, r, disp, dl);
    if (!strchr(name, ',')) add_country_name(b, r, name);
    add_country_name(b, r, official);
  }
}

/* ---- merge index (places.txt entries onto loaded places) ------------ */

static size_t merge_key(const char *cc, int prec, const char *name, char *dst,
                        size_t cap) {
  if (cap < 8 + GZ_KEYMAX) return 0;
  memcpy(dst, cc, 3);
  dst[3] = '\1';
  dst[4] = (char)('0' + prec);
  dst[5] = '\1';
  if (prec == P_COUNTRY) return 6; /* one country per code */
  char f[GZ_KEYMAX];
  int fl = fold_name(name, strlen(name), f, sizeof f, NULL);
  if (fl < 0) return 0;
  size_t vl = variant_key(f, (size_t)fl, 0, dst + 6, cap - 6);
  return vl ? vl + 6 : 0;
}

static void merge_put1(builder *b, uint32_t rec, const char *name);

/* Indexes a name of rec (and, for a province, its core) for merging. */
static void merge_put(builder *b, uint32_t rec, const char *name) {
  merge_put1(b, rec, name);
  int prec = b->g->recs[rec].prec;
  if (prec == P_ADMIN1 || prec == P_REGION) {
    char core[GZ_KEYMAX * 2], plain[GZ_KEYMAX];
    if (core_key(b->g, name, core, sizeof core, plain, sizeof plain))
      merge_put1(b, rec, plain);
  }
}

static void merge_put1(builder *b, uint32_t rec, const char *name) {
  const grec *r = &b->g->recs[rec];
  char key[GZ_KEYMAX * 2];
  size_t kl = merge_key(r->cc, r->prec, name, key, sizeof key);
  if (!kl) return;
  uint32_t id = acta_intern_add(&b->merge, key, kl);
  if (id >= b->capmhead) {
    size_t nc = b->capmhead ? b->capmhead * 2 : 1024;
    while (nc <= id) nc *= 2;
    b->mhead = xrealloc(b->mhead, nc * sizeof *b->mhead);
    memset(b->mhead + b->capmhead, 0, (nc - b->capmhead) * sizeof *b->mhead);
    b->capmhead = nc;
  }
  for (uint32_t e = b->mhead[id]; e; e = b->mnext[e - 1])
    if (b->mrec[e - 1] == rec) return;
  if (b->nm == b->capm) {
    b->capm = b->capm ? b->capm * 2 : 1024;
    b->mrec = xrealloc(b->mrec, b->capm * sizeof *b->mrec);
    b->mnext = xrealloc(b->mnext, b->capm * sizeof *b->mnext);
  }
  b->mrec[b->nm] = rec;
  b->mnext[b->nm] = b->mhead[id];
  b->mhead[id] = (uint32_t)++b->nm;
}

static double km_between(double la1, double lo1, double la2, double lo2) {
  const double rad = 0.017453292519943295;
  double x = (lo1 - lo2) * cos((la1 + la2) * 0.5 * rad) * 111.32;
  double y = (la1 - la2) * 110.57;
  return sqrt(x * x + y * y);
}

/* The loaded place a places.txt entry describes, or UINT32_MAX. */
static uint32_t merge_find(builder *b, char names[][64], size_t nn,
                           const char *cc, int prec, int has_coords,
                           double lat, double lon) {
  uint32_t best = UINT32_MAX;
  double bestd = 1e18;
  for (size_t i = 0; i < nn; i++) {
    char key[GZ_KEYMAX * 2];
    size_t kl = merge_key(cc, prec, names[i], key, sizeof key);
    if (!kl) continue;
    uint32_t id = acta_intern_find(&b->merge, key, kl);
    if (id == ACTA_NO_WORD || id >= b->capmhead) continue;
    for (uint32_t e = b->mhead[id]; e; e = b->mnext[e - 1]) {
      const grec *r = &b->g->recs[b->mrec[e - 1]];
      /* with coordinates the nearest (a city within 50 km), without
       * them the most populous */
      double d = has_coords ? km_between(lat, lon, r->lat, r->lon)
                            : -(double)r->pop;
      if (prec == P_CITY && has_coords && d > 50.0) continue;
      if (d < bestd) { bestd = d; best = b->mrec[e - 1]; }
    }
    if (prec == P_COUNTRY) break;
  }
  return best;
}

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
               s[n - 1] == '\n'))
    s[--n] = '\0';
  return s;
}

/* Splits s at sep into at most max trimmed fields; returns the count
 * (max + 1 if there are more). */
static size_t split(char *s, char sep, char **f, size_t max) {
  size_t n = 0;
  for (;;) {
    char *e = strchr(s, sep);
    if (e) *e = '\0';
    if (n == max) return max + 1;
    f[n++] = trim(s);
    if (!e) return n;
    s = e + 1;
  }
}

static int parse_double(const char *s, double *v) {
  if (!*s) return 0;
  char *end;
  errno = 0;
  *v = strtod(s, &end);
  return errno == 0 && *end == '\0' && isfinite(*v);
}

#define GZ_MAXALIAS 32

static void places_line(builder *b, char *line, const char *path, long ln) {
  acta_gazetteer *g = b->g;
  char *hash = strchr(line, '#');
  if (hash) *hash = '\0';
  char *s = trim(line);
  if (!*s) return;
  char *nf[GZ_MAXALIAS];
  if (*s == '!' || *s == '?') {
    uint8_t flag = *s == '!' ? K_STOP : K_CUE;
    size_t nn = split(s + 1, '|', nf, GZ_MAXALIAS);
    if (nn > GZ_MAXALIAS) {
      bad_line(g, path, ln, "more than %d names", GZ_MAXALIAS);
      return;
    }
    for (size_t i = 0; i < nn; i++) {
      char key[GZ_KEYMAX];
      if (!*nf[i] ||
          fold_name(nf[i], strlen(nf[i]), key, sizeof key, NULL) < 0) {
        bad_line(g, path, ln, "empty or too long name in a %s list",
                 flag == K_STOP ? "'!'" : "'?'");
        return;
      }
      if (b->nflag == b->capflag) {
        b->capflag = b->capflag ? b->capflag * 2 : 256;
        b->flagkeys = xrealloc(b->flagkeys, b->capflag * sizeof *b->flagkeys);
        b->flagvals = xrealloc(b->flagvals, b->capflag);
      }
      memcpy(b->flagkeys[b->nflag], key, strlen(key) + 1);
      b->flagvals[b->nflag++] = flag;
    }
    return;
  }
  char *f[8];
  size_t nfld = split(s, ';', f, 7);
  if (nfld < 6 || nfld > 7) {
    bad_line(g, path, ln, "expected 6 or 7 fields separated by ';', found %zu",
             nfld > 7 ? (size_t)8 : nfld);
    return;
  }
  size_t nn = split(f[0], '|', nf, GZ_MAXALIAS);
  if (nn > GZ_MAXALIAS) {
    bad_line(g, path, ln, "more than %d names", GZ_MAXALIAS);
    return;
  }
  char names[GZ_MAXALIAS][64];
  for (size_t i = 0; i < nn; i++) {
    size_t l = strlen(nf[i]);
    char key[GZ_KEYMAX];
    if (l == 0 || l > 63 || fold_name(nf[i], l, key, sizeof key, NULL) < 0) {
      bad_line(g, path, ln, "name %zu is empty or longer than 63 bytes", i + 1);
      return;
    }
    memcpy(names[i], nf[i], l + 1);
  }
  const char *cc = f[1];
  if (strlen(cc) != 3 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' ||
      cc[1] > 'Z' || cc[2] < 'A' || cc[2] > 'Z') {
    bad_line(g, path, ln, "country '%s' is not an ISO 3166-1 alpha-3 code", cc);
    return;
  }
  const char *admin1 = f[2];
  if (strlen(admin1) > 63) {
    bad_line(g, path, ln, "admin1 longer than 63 bytes");
    return;
  }
  double lat = 0, lon = 0;
  int has_coords = 0;
  if (*f[3] || *f[4]) {
    if (!parse_double(f[3], &lat) || lat < -90 || lat > 90) {
      bad_line(g, path, ln, "bad latitude '%s'", f[3]);
      return;
    }
    if (!parse_double(f[4], &lon) || lon < -180 || lon > 180) {
      bad_line(g, path, ln, "bad longitude '%s'", f[4]);
      return;
    }
    has_coords = 1;
  }
  int prec = -1;
  for (int p = 0; p < P_COUNT; p++)
    if (strcmp(f[5], prec_name[p]) == 0) prec = p;
  if (prec < 0) {
    bad_line(g, path, ln, "precision '%s' is not landmark, city, admin1, "
             "region or country", f[5]);
    return;
  }
  long pop = -1;
  if (nfld == 7 && *f[6]) {
    char *end;
    errno = 0;
    long v = strtol(f[6], &end, 10);
    if (errno || *end || v < 0) {
      bad_line(g, path, ln, "bad population '%s'", f[6]);
      return;
    }
    pop = v;
  }
  uint32_t r = merge_find(b, names, nn, cc, prec, has_coords, lat, lon);
  if (r == UINT32_MAX) {
    if (!has_coords) {
      bad_line(g, path, ln, "no coordinates, and no loaded %s named '%s' in "
               "%s to attach the names to", f[5], names[0], cc);
      return;
    }
    r = add_rec(g, names[0], strlen(names[0]), admin1, strlen(admin1), cc,
                lat, lon, pop < 0 ? 0 : pop, prec);
  } else {
    grec *rr = &g->recs[r];
    rr->name = acta_pool_add(&g->pool, names[0], strlen(names[0]));
    if (*admin1) rr->admin1 = acta_pool_add(&g->pool, admin1, strlen(admin1));
    if (has_coords) {
      rr->lat = lat;
      rr->lon = lon;
    }
    if (pop >= 0) rr->pop = pop;
  }
  for (size_t i = 0; i < nn; i++) {
    add_name(b, r, names[i], strlen(names[i]));
    merge_put(b, r, names[i]);
  }
}

static int read_places(builder *b, const char *path) {
  FILE *fp = fopen(path, "r");
  if (!fp) {
    if (errno == ENOENT) return 0; /* no additions: a dictionary set of a
                                      user's own may have none */
    set_err(b, "%s: %s", path, strerror(errno));
    return -1;
  }
  for (uint32_t i = 0; i < b->nnames; i++)
    merge_put(b, b->names[i].rec, acta_pool_str(&b->g->pool, b->names[i].off));
  char *line = NULL;
  size_t cap = 0;
  long ln = 0;
  while (getline(&line, &cap, fp) >= 0) {
    ln++;
    places_line(b, line, path, ln);
  }
  free(line);
  int rd_err = ferror(fp);
  fclose(fp);
  if (rd_err) {
    set_err(b, "%s:%ld: read error", path, ln);
    return -1;
  }
  return 0;
}

/* ---- key tables ------------------------------------------------------ */

/* "UAE", "DRC": two or more ASCII capitals and nothing else. */
static int all_caps(const char *s) {
  size_t n = 0;
  for (; *s; s++, n++)
    if (*s < 'A' || *s > 'Z') return 0;
  return n >= 2;
}

typedef struct kpair {
  uint32_t key, rec;
} kpair;

static void build_tier(acta_gazetteer *g, int t, kpair *pairs, size_t np) {
  uint32_t nk = g->keys[t].count;
  uint32_t *off = calloc((size_t)nk + 1, sizeof *off);
  uint32_t *post = xrealloc(NULL, (np ? np : 1) * sizeof *post);
  if (!off) abort();
  for (size_t i = 0; i < np; i++) off[pairs[i].key + 1]++;
  for (uint32_t i = 0; i < nk; i++) off[i + 1] += off[i];
  uint32_t *fill = xrealloc(NULL, ((size_t)nk + 1) * sizeof *fill);
  memcpy(fill, off, ((size_t)nk + 1) * sizeof *fill);
  for (size_t i = 0; i < np; i++) post[fill[pairs[i].key]++] = pairs[i].rec;
  /* dedupe within each key (records repeat through aliases), compact */
  uint32_t *seen = xrealloc(NULL, (g->nrecs ? g->nrecs : 1) * sizeof *seen);
  memset(seen, 0xFF, (g->nrecs ? g->nrecs : 1) * sizeof *seen);
  uint32_t o = 0;
  for (uint32_t k = 0; k < nk; k++) {
    uint32_t s = off[k], e = off[k + 1];
    off[k] = o;
    uint32_t first = o;
    for (uint32_t i = s; i < e; i++) {
      uint32_t r = post[i];
      if (seen[r] == k) continue;
      seen[r] = k;
      post[o++] = r;
    }
    /* a province or region named like a city of its country is secondary,
     * when the city is in it (Tehran) or a big one: not Puebla state for
     * a village of Baja California */
    for (uint32_t i = first; i < o; i++) {
      const grec *a = &g->recs[post[i]];
      if (a->prec != P_ADMIN1 && a->prec != P_REGION) continue;
      for (uint32_t j = first; j < o; j++) {
        const grec *c = &g->recs[post[j] & ~GZ_SECONDARY];
        if (c->prec == P_CITY && memcmp(c->cc, a->cc, 3) == 0 &&
            (c->pop >= 100000 || strcmp(acta_pool_str(&g->pool, c->admin1),
                                        acta_pool_str(&g->pool, a->name)) == 0)) {
          post[i] |= GZ_SECONDARY;
          break;
        }
      }
    }
  }
  off[nk] = o;
  free(seen);
  free(fill);
  g->koff[t] = off;
  g->post[t] = post;
}

typedef struct keyset {
  kpair *pairs[T_COUNT];
  size_t np[T_COUNT], cap;
  uint32_t *acro;
  size_t nacro, capacro;
} keyset;

/* Keys a folded name of record rec in the three tiers. */
static void add_keys(acta_gazetteer *g, keyset *ks, const char *k, size_t kl,
                     uint32_t rec, int acro) {
  for (int t = 0; t < T_COUNT; t++)
    if (ks->np[t] == ks->cap) {
      ks->cap = ks->cap ? ks->cap * 2 : 1024;
      for (int u = 0; u < T_COUNT; u++)
        ks->pairs[u] = xrealloc(ks->pairs[u], ks->cap * sizeof(kpair));
    }
  uint32_t kid = acta_intern_add(&g->keys[T_EXACT], k, kl);
  ks->pairs[T_EXACT][ks->np[T_EXACT]++] = (kpair){kid, rec};
  if (acro) {
    if (ks->nacro == ks->capacro) {
      ks->capacro = ks->capacro ? ks->capacro * 2 : 64;
      ks->acro = xrealloc(ks->acro, ks->capacro * sizeof *ks->acro);
    }
    ks->acro[ks->nacro++] = kid;
  }
  for (int t = T_LIGHT; t <= T_SKEL; t++) {
    char v[GZ_KEYMAX];
    size_t vl = variant_key(k, kl, t == T_SKEL, v, sizeof v);
    if (vl)
      ks->pairs[t][ks->np[t]++] =
          (kpair){acta_intern_add(&g->keys[t], v, vl), rec};
  }
}

static void build_keys(builder *b) {
  acta_gazetteer *g = b->g;
  for (int t = 0; t < T_COUNT; t++) acta_intern_init(&g->keys[t]);
  keyset ks;
  memset(&ks, 0, sizeof ks);
  for (size_t i = 0; i < b->nnames; i++) {
    const char *nm = acta_pool_str(&g->pool, b->names[i].off);
    uint32_t rec = b->names[i].rec;
    char k[GZ_KEYMAX];
    int nw;
    int kl = fold_name(nm, strlen(nm), k, sizeof k, &nw);
    if (kl < 0 || nw > GZ_MAXW) continue;
    add_keys(g, &ks, k, (size_t)kl, rec, all_caps(nm));
    /* a province is also named without its type: "Odesa Oblast" ->
     * "Odesa" (secondary to the city; "Odesa region" picks it) */
    int prec = g->recs[rec].prec;
    if (prec == P_ADMIN1 || prec == P_REGION) {
      char core[GZ_KEYMAX * 2], plain[GZ_KEYMAX];
      if (core_key(g, nm, core, sizeof core, plain, sizeof plain) &&
          strcmp(plain, k) != 0)
        add_keys(g, &ks, plain, strlen(plain), rec, 0);
    }
  }
  for (size_t i = 0; i < b->nflag; i++)
    acta_intern_add(&g->keys[T_EXACT], b->flagkeys[i], strlen(b->flagkeys[i]));
  g->kflags = calloc(g->keys[T_EXACT].count ? g->keys[T_EXACT].count : 1, 1);
  if (!g->kflags) abort();
  for (size_t i = 0; i < b->nflag; i++) {
    uint32_t id = acta_intern_find(&g->keys[T_EXACT], b->flagkeys[i],
                                   strlen(b->flagkeys[i]));
    g->kflags[id] |= b->flagvals[i];
  }
  for (size_t i = 0; i < ks.nacro; i++) g->kflags[ks.acro[i]] |= K_ACRO;
  free(ks.acro);
  for (int t = 0; t < T_COUNT; t++) {
    build_tier(g, t, ks.pairs[t], ks.np[t]);
    free(ks.pairs[t]);
  }
  build_vwords(g);
  build_first_words(g);
}

static void builder_free(builder *b) {
  free(b->names);
  acta_intern_free(&b->groups);
  free(b->gcc);
  free(b->gname);
  free(b->gw);
  free(b->glat);
  free(b->glon);
  free(b->gpop);
  free(b->gused);
  free(b->gcore);
  acta_pool_free(&b->gcpool);
  free(b->gstart);
  free(b->glist);
  acta_intern_free(&b->merge);
  free(b->mhead);
  free(b->mrec);
  free(b->mnext);
  free(b->flagkeys);
  free(b->flagvals);
}

acta_gazetteer *acta_gazetteer_load(const char *data_dir, char *err,
                                    size_t errlen) {
  return acta_gazetteer_load_from(data_dir, NULL, 1, err, errlen);
}

acta_gazetteer *acta_gazetteer_load_from(const char *data_dir,
                                         const char *iso, int with_cities,
                                         char *err, size_t errlen) {
  if (err && errlen) err[0] = '\0';
  if (!data_dir || !*data_dir) data_dir = getenv("ACTA_DATA_DIR");
  if (!data_dir || !*data_dir) data_dir = ACTA_DEFAULT_DATA_DIR;
  if (!iso || !*iso) iso = getenv("ACTA_ISO_CODES_DIR");
  if (!iso || !*iso) iso = "/usr/share/iso-codes/json";

  acta_gazetteer *g = calloc(1, sizeof *g);
  builder *b = calloc(1, sizeof *b);
  if (!g || !b) abort();
  acta_pool_init(&g->pool);
  acta_pool_init(&g->badpool);
  acta_gazetteer_words(g);
  b->g = g;
  b->err = err;
  b->errlen = errlen;
  acta_intern_init(&b->groups);
  acta_intern_init(&b->merge);

  json_t *countries = NULL;
  char *path = acta_path_join(data_dir, "places.txt");
  int rc = read_countries(b, iso, &countries);
  if (rc == 0) rc = read_geonames(b, with_cities);
  if (rc == 0) rc = read_subdivisions(b, iso);
  if (rc == 0) read_country_places(b, countries);
  if (rc == 0) rc = read_places(b, path);
  if (rc == 0) build_keys(b);
  if (countries) json_decref(countries);
  free(path);
  builder_free(b);
  free(b);
  if (rc != 0) {
    acta_gazetteer_free(g);
    return NULL;
  }
  return g;
}

void acta_gazetteer_free(acta_gazetteer *g) {
  if (!g) return;
  if (g->mapped) { /* its tables are the image's */
    free(g);
    return;
  }
  acta_pool_free(&g->pool);
  acta_pool_free(&g->badpool);
  free(g->recs);
  for (int t = 0; t < T_COUNT; t++) {
    acta_intern_free(&g->keys[t]);
    free(g->koff[t]);
    free(g->post[t]);
  }
  free(g->kflags);
  free(g->vwords);
  free(g->fwords);
  free(g->pwords);
  free(g);
}

size_t acta_gazetteer_bad_lines(const acta_gazetteer *g) {
  return g ? g->bad : 0;
}

const char *acta_gazetteer_bad_line(const acta_gazetteer *g, size_t i) {
  if (!g || i >= g->bad || i >= GZ_BADKEEP) return NULL;
  return acta_pool_str(&g->badpool, g->badoff[i]);
}

size_t acta_gazetteer_size(const acta_gazetteer *g) { return g ? g->nrecs : 0; }

/* ------------------------------------------------------------------ */
/* Matching                                                            */
/* ------------------------------------------------------------------ */

enum { SEP_NONE, SEP_SPACE, SEP_HYPHEN, SEP_ABBR, SEP_BREAK };

/* The gazetteer's words: the coder's tokens, with hyphens, dots and
 * apostrophes inside a token taken as separators ("al-Khaimah" is two
 * words joined by a hyphen, "St." a word and its abbreviation point),
 * apostrophes inside a word dropped and a possessive 's marked.
 *
 * speed32a: a word is read where it is, in its token (T): a plain token
 * is the coder's own (its span, folded form, vocabulary code, TF_CAP,
 * TF_ALLCAPS, TF_DATELINE and lemmas are the word's), and a word read from
 * the bytes of a run is a gword the lexer makes, an acta_token of kind 0
 * with the same fields filled (no lemmas: never English) and its folded
 * form beside it.  Beside the token a word keeps only what the words
 * around it decide: its separator, whether it joins the word before, a
 * possessive, and the memo of its variant forms.  (Before, each word's
 * fields were copied into the word: most words are never looked at.) */
typedef struct tok {
  const acta_token *T;  /* its token: the coder's, or a gword's */
  uint8_t sep;          /* separator before it: SEP_* */
  uint8_t join;         /* in the same run as the token before */
  uint8_t poss;         /* ended in 's */
  uint8_t vf;           /* VF_*: its variant forms in g->vwords (0: not
                           asked yet; variant_may) */
} tok;

/* A word read from the bytes of a run: t.kind 0 (no coder token's), t.start
 * and t.end its span (without a possessive 's), t.norm_len its folded
 * length (0: unusable, too long), t.vocab its vocabulary code, t.flags its
 * TF_CAP, TF_ALLCAPS, TF_DATELINE, no lemmas; fb its folded form. */
typedef struct gword {
  acta_token t;
  char fb[GZ_TOKMAX];
} gword;

/* Starts with an upper-case letter. */
static inline int tok_cap(const tok *t) { return (t->T->flags & TF_CAP) != 0; }
/* All capitals, two letters or more: "KYIV", "DIR". */
static inline int tok_upper(const tok *t) {
  return (t->T->flags & TF_ALLCAPS) != 0;
}
/* In the article's dateline ("KYIV, Ukraine --"). */
static inline int tok_dateline(const tok *t) {
  return (t->T->flags & TF_DATELINE) != 0;
}
/* A word of the lexicon (it has a verb or noun lemma): "Embattled",
 * "Source", "Paraguayan"; never a word read from bytes. */
static inline int tok_english(const tok *t) {
  return t->T->nlemma != ACTA_NO_WORD || t->T->vlemma != ACTA_NO_WORD;
}
/* Its folded length; 0: unusable (too long for a key's word). */
static inline size_t tok_fl(const tok *t) {
  return t->T->norm_len < GZ_TOKMAX ? t->T->norm_len : 0;
}
/* Its folded form (norm: the tokens' norm buffer). */
static inline const char *tok_f(const char *norm, const tok *t) {
  return t->T->kind ? norm + t->T->norm : ((const gword *)t->T)->fb;
}
/* Its vocabulary code (a word of 64 bytes or more has none: no stage word
 * is that long). */
static inline uint16_t tok_v(const tok *t) { return t->T->vocab; }
/* Its W_* flags. */
static inline uint8_t tok_wf(const acta_gazetteer *g, const tok *t) {
  return g->wflags[t->T->vocab];
}

/* Reads the words of tokens [first, last) into an array, all at once
 * (lex_all), before the matcher looks at them.  A run of tokens with no
 * space between them whose tokens are all TS_PLAIN is read token by token;
 * any other run from its bytes (by the rules below). */
typedef struct lexer {
  const acta_gazetteer *g;
  const char *t;        /* the text the tokens point into */
  const acta_tokens *tk;
  uint32_t first, last; /* the tokens */
  size_t p, run_end;    /* p < run_end: reading a run's bytes */
  uint8_t run_dateline; /* that run is in the dateline */
  int nsp, nhy, ndot, nother; /* separators since the last word (lex_bytes
                           and count_gap; lex_all keeps its own between) */
  size_t n, cap;        /* words read, room in w */
  tok *w;               /* the words: wbuf, or the heap past GZ_WORDS */
  size_t nsyn, syncap;  /* words read from bytes, room in syn */
  gword *syn;           /* their tokens: synbuf, or the heap */
  /* speed32a: the words the matcher may start a name at (with a capital,
   * or every word in a sentence without any: capall TF_CAP), in order,
   * noted as they are read so that the matcher passes over no other */
  uint8_t capall;
  size_t ncand;
  uint32_t *cand;       /* candbuf, or the heap past GZ_WORDS (room: cap) */
  tok wbuf[GZ_WORDS];
  uint32_t candbuf[GZ_WORDS];
  gword synbuf[GZ_SYNWORDS];
} lexer;

static inline int ascii_alnum(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

static int word_cp(int32_t c) {
  if (c < 0x80) return ascii_alnum(c);
  utf8proc_category_t cat = utf8proc_category(c);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO) &&
         !is_apostrophe(c);
}

/* The code point at p of the run being read (-1 at its end). */
static int32_t peek(const lexer *L, size_t p, size_t *len) {
  if (p >= L->run_end) { *len = 0; return -1; }
  unsigned char b = (unsigned char)L->t[p];
  if (b < 0x80) { *len = 1; return b; }
  utf8proc_int32_t c;
  utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)L->t + p,
                                        (utf8proc_ssize_t)(L->run_end - p), &c);
  if (l <= 0) { *len = 1; return 0xFFFD; }
  *len = (size_t)l;
  return c;
}

static int is_hyphen(int32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}
static int is_space(int32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
         c == '\f' || c == '\v' || c == 0x202F || c == 0x2009;
}

/* Counts one separator character. */
static inline void count_sep(lexer *L, int32_t c) {
  if (is_space(c)) L->nsp++;
  else if (is_hyphen(c)) L->nhy++;
  else if (c == '.') L->ndot++;
  else L->nother++;
}

/* Counts the separators of text[a, b) (the space between two runs). */
static void count_gap(lexer *L, size_t a, size_t b) {
  if (b == a + 1 && L->t[a] == ' ') { /* the usual space */
    L->nsp++;
    return;
  }
  for (size_t i = a; i < b;) {
    unsigned char c = (unsigned char)L->t[i];
    if (c < 0x80) {
      count_sep(L, c);
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)L->t + i,
                                          (utf8proc_ssize_t)(b - i), &cp);
    if (l <= 0) { cp = 0xFFFD; l = 1; }
    count_sep(L, cp);
    i += (size_t)l;
  }
}

/* Room for one more word read from bytes in L->syn: the stack's, then the
 * heap's (the words L->w[0, L->n) that are such words point into it, and
 * move with it). */
static gword *syn_slot(lexer *L) {
  if (L->nsyn == L->syncap) {
    size_t cap = L->syncap * 2;
    gword *syn = xrealloc(NULL, cap * sizeof *syn);
    memcpy(syn, L->syn, L->nsyn * sizeof *syn);
    for (size_t i = 0; i < L->n; i++)
      if (!L->w[i].T->kind)
        L->w[i].T = &syn[(const gword *)L->w[i].T - L->syn].t;
    if (L->syn != L->synbuf) free(L->syn);
    L->syn = syn;
    L->syncap = cap;
  }
  return &L->syn[L->nsyn];
}

/* Reads the next word from the bytes of the current run into t (its token
 * a new gword of L->syn); 0 when the run holds no more words. */
static int lex_bytes(lexer *L, tok *t) {
  size_t l;
  int32_t c;
  for (;;) {
    c = peek(L, L->p, &l);
    if (c < 0) return 0;
    if (c < 0x80 ? ascii_alnum(c) : word_cp(c)) break;
    count_sep(L, c);
    L->p += l;
  }
  gword *gw = syn_slot(L);
  L->nsyn++;
  acta_token *T = &gw->t;
  memset(T, 0, sizeof *T);
  T->nlemma = T->vlemma = T->word = ACTA_NO_WORD;
  t->T = T;
  t->poss = 0;
  T->start = (uint32_t)L->p;
  int nletters = 0, nlower = 0, cap;
  int folded = 0; /* a code point outside ASCII folded into gw->fb */
  if (c < 0x80) {
    cap = c >= 'A' && c <= 'Z';
  } else {
    utf8proc_category_t cat = utf8proc_category(c);
    cap = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
  }
  size_t o = 0;
  int overflow = 0;
  for (;;) {
    /* speed32a: the ASCII letters and digits (most of a run's bytes)
     * inline, as the general path below takes them: counted, folded to
     * lower case while there is room.  speed34e: the cursor in a local
     * (the stores to gw->fb, bytes, may alias L: L->p was reloaded and
     * stored at each byte), and an ASCII byte that is no letter, digit nor
     * apostrophe ends the word here (peek() gives it, is_apostrophe() and
     * word_cp() say no: the break below) */
    {
      const unsigned char *u = (const unsigned char *)L->t;
      size_t p = L->p, e = L->run_end;
      while (p < e) {
        unsigned char b = u[p];
        int low = b >= 'a' && b <= 'z', up = b >= 'A' && b <= 'Z';
        if (!(low | up) && !(b >= '0' && b <= '9')) break;
        nletters += low | up;
        nlower += low;
        if (!overflow) {
          if (o < sizeof gw->fb - 1) gw->fb[o++] = (char)(up ? b + 32 : b);
          else overflow = 1;
        }
        p++;
      }
      L->p = p;
      if (p < e && u[p] < 0x80 && u[p] != '\'' && u[p] != '`') break;
    }
    c = peek(L, L->p, &l);
    if (c < 0) break;
    if (is_apostrophe(c)) {
      size_t l2, l3;
      int32_t c2 = peek(L, L->p + l, &l2);
      if (c2 < 0 || !word_cp(c2)) break;
      if ((c2 == 's' || c2 == 'S')) {
        int32_t c3 = peek(L, L->p + l + l2, &l3);
        if (c3 < 0 || !word_cp(c3)) { /* possessive 's */
          T->end = (uint32_t)L->p;
          L->p += l + l2;
          t->poss = 1;
          goto done;
        }
      }
      L->p += l; /* word-internal apostrophe: dropped */
      continue;
    }
    if (!word_cp(c)) break;
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') { nletters++; nlower++; }
      else if (c >= 'A' && c <= 'Z') nletters++;
    } else {
      utf8proc_category_t cc = utf8proc_category(c);
      if (cc >= UTF8PROC_CATEGORY_LU && cc <= UTF8PROC_CATEGORY_LO) nletters++;
      if (cc == UTF8PROC_CATEGORY_LL) nlower++;
    }
    if (!overflow) {
      folded |= c >= 0x80;
      int w = fold_cp(c, gw->fb + o, sizeof gw->fb - 1 - o);
      if (w == FOLD_FULL) overflow = 1;
      else if (w > 0) o += (size_t)w;
    }
    L->p += l;
  }
  T->end = (uint32_t)L->p;
done:
  T->flags = (uint8_t)((cap ? TF_CAP : 0) |
                       (nletters >= 2 && nlower == 0 ? TF_ALLCAPS : 0) |
                       (L->run_dateline ? TF_DATELINE : 0));
  size_t fl = overflow || o == 0 ? 0 : o;
  T->norm_len = (uint32_t)fl;
  gw->fb[fl] = '\0';
  /* speed34e: ASCII letters and digits alone are folded already (lower
   * case, no NUL): probed as they are, not copied and lowered again */
  T->vocab = !fl ? V_NONE
             : !folded && fl <= 15 ? gz_vocab_low(L->g, gw->fb, fl)
                                   : gz_vocab(L->g, gw->fb, fl);
  t->vf = 0;
  return 1;
}

/* Room for one more word in L->w (and L->cand): the stack's words, then
 * the heap's. */
static void lex_grow(lexer *L) {
  size_t cap = L->cap * 2;
  tok *w = xrealloc(NULL, cap * sizeof *w);
  memcpy(w, L->w, L->n * sizeof *w);
  uint32_t *cand = xrealloc(NULL, cap * sizeof *cand);
  memcpy(cand, L->cand, L->ncand * sizeof *cand);
  if (L->w != L->wbuf) {
    free(L->w);
    free(L->cand);
  }
  L->w = w;
  L->cand = cand;
  L->cap = cap;
}

/* Word t from plain token T (ASCII letters and digits): the token as it
 * is.  Its separator is the caller's. */
static inline void plain_word(tok *t, const acta_token *T) {
  t->T = T;
  t->poss = 0;
  t->vf = 0;
}

/* Reads every word of the tokens into L->w (L->n of them), each with its
 * separator from the word before (SEP_*) and whether it joins it.  The
 * separator counts and the token cursor live in locals; lex_bytes() and
 * count_gap(), which count in L, are the rare paths. */
static void lex_all(lexer *L) {
  const acta_token *v = L->tk->v;
  const char *text = L->t;
  const uint8_t *wflags = L->g->wflags;
  const uint8_t capall = L->capall;
  uint32_t k = L->first, last = L->last, run_last = L->first;
  int nsp = 0, nhy = 0, ndot = 0, nother = 0;
  for (size_t n = 0;; n++) {
    if (n == L->cap) {
      L->n = n;
      lex_grow(L);
    }
    tok *t = &L->w[n];
    const tok *prev = n ? t - 1 : NULL;
    /* the usual word: a plain token alone, one space after the word
     * before (no separator counted since): what the loop below makes of
     * it, a spaced word joining the one before unless that ended in 's */
    if (prev && !(nsp | nhy | ndot | nother) && k >= run_last &&
        L->p >= L->run_end) {
      /* speed24: a stretch of such words in one loop (nothing counted,
       * no run read between them), while there is room; speed32a: by
       * pointers, the end of the token before carried (a), a word stored
       * whole */
      if (L->cap - n < last - k) { /* room for a word per token left */
        L->n = n;
        while (L->cap - n < last - k) lex_grow(L);
        t = &L->w[n];
        prev = t - 1;
      }
      tok *w = L->w, *u = w + n;
      uint32_t *c = L->cand + L->ncand, un = (uint32_t)n;
      const acta_token *T = v + k, *tlast = v + last;
      uint32_t a = T[-1].end;
      int brk = 0;              /* speed27: a comma (or the like) before */
      int pposs = u[-1].poss;   /* the word before the stretch's 's */
      while (T < tlast) {
        if (T->kind == TK_PUNCT || !(T->shape & TS_PLAIN) ||
            T->start != a + 1 || text[a] != ' ')
          break;
        a = T->end;
        /* speed27: a plain word with one ASCII mark after it, neither a
         * space, hyphen nor dot, then a space ("said, ...", "Bogota;
         * ...", "students' ..."): the run of the two tokens the loop below
         * reads token by token, the mark one separator of its own kind
         * (an apostrophe too, counted as any other mark there: review26) */
        const acta_token *P = T + 1;
        int mark = 0;
        if (P < tlast && P->start == a) {
          unsigned char ch = (unsigned char)text[a];
          if (!(P->kind == TK_PUNCT && (P->shape & TS_PLAIN) &&
                P->end == a + 1 && ch > ' ' && ch < 0x80 && ch != '-' &&
                ch != '.' && (P + 1 >= tlast || P[1].start != a + 1)))
            break;
          mark = 1;
          a++;
        }
        *u = (tok){T, (uint8_t)(brk ? SEP_BREAK : SEP_SPACE),
                   (uint8_t)!(brk | pposs), 0, 0};
        *c = un++; /* kept when it may start a name */
        c += ((T->flags | capall) & TF_CAP) != 0;
        T = P + mark;
        u++;
        brk = mark;
        pposs = 0;
      }
      size_t n1 = un;
      L->ncand = (size_t)(c - L->cand);
      if (n1 != n) {
        k = (uint32_t)(T - v);
        run_last = k;
        nother = brk; /* a mark read after the last word */
        n = n1 - 1; /* the loop's n++ comes next */
        continue;
      }
    }
    for (;;) {
      if (L->p < L->run_end) {
        L->n = n; /* the words syn_slot() may move */
        L->nsp = nsp, L->nhy = nhy, L->ndot = ndot, L->nother = nother;
        int got = lex_bytes(L, t);
        nsp = L->nsp, nhy = L->nhy, ndot = L->ndot, nother = L->nother;
        if (got) break;
        L->run_end = 0;
      }
      if (k >= last) {
        L->n = n;
        return;
      }
      const acta_token *T = &v[k];
      if (k >= run_last) { /* a run starts */
        if (k > L->first) {
          uint32_t a = v[k - 1].end, b = T->start;
          if (b == a + 1 && text[a] == ' ') { /* the usual space */
            nsp++;
          } else {
            L->nsp = nsp, L->nhy = nhy, L->ndot = ndot, L->nother = nother;
            count_gap(L, a, b);
            nsp = L->nsp, nhy = L->nhy, ndot = L->ndot, nother = L->nother;
          }
        }
        int plain;
        uint32_t j = acta_token_run(v, text, k, last, 0, &plain);
        run_last = j;
        if (!plain) {
          L->p = T->start;
          L->run_end = v[j - 1].end;
          L->run_dateline = (T->flags & TF_DATELINE) != 0;
          k = j;
          continue;
        }
      }
      k++;
      if (T->kind == TK_PUNCT) { /* one code point, or a run of - or . */
        const unsigned char *u = (const unsigned char *)text + T->start;
        if (u[0] < 0x80) {
          uint32_t len = T->end - T->start;
          if (is_space(u[0])) nsp += (int)len;
          else if (u[0] == '-') nhy += (int)len;
          else if (u[0] == '.') ndot += (int)len;
          else nother += (int)len;
        } else if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x90 || u[2] == 0x91)) {
          nhy++; /* U+2010, U+2011 */
        } else {
          nother++;
        }
        continue;
      }
      plain_word(t, T);
      break;
    }
    /* the separator before it, from the counts since the word before */
    uint8_t sep;
    if (!prev) sep = SEP_NONE;
    else if (nother == 0 && nhy == 0 && ndot == 0 && nsp > 0) sep = SEP_SPACE;
    else if (nother == 0 && nhy == 1 && ndot == 0 && nsp == 0) sep = SEP_HYPHEN;
    else if (nother == 0 && nhy == 0 && ndot == 1 && (wflags[tok_v(prev)] & W_ABBR) &&
             text[prev->T->end] == '.')
      sep = SEP_ABBR;
    else sep = SEP_BREAK;
    t->sep = sep;
    t->join = prev && !prev->poss && sep != SEP_NONE && sep != SEP_BREAK;
    nsp = nhy = ndot = nother = 0;
    L->cand[L->ncand] = (uint32_t)n;
    L->ncand += ((t->T->flags | capall) & TF_CAP) != 0;
  }
}

/* Word j, or NULL past the last. */
static inline const tok *tok_at(const lexer *L, size_t j) {
  return j < L->n ? &L->w[j] : NULL;
}

typedef struct mctx {
  const acta_gazetteer *g;
  const char *norm;           /* the tokens' folded forms */
  const char (*countries)[4]; /* the story's countries, most named first */
  size_t ncountries;
  acta_gaz_memo *memo;        /* the story's, may be NULL */
  /* speed38b: the tokens' TS_FW bits are this gazetteer's (made by the
   * tokenizer's memo of a dictionary whose gazetteer it is) */
  int fw_shape;
} mctx;

/* Rank of a country among the story's (0: the most named), or -1. */
static int country_rank(const mctx *m, const char *cc) {
  for (size_t i = 0; i < m->ncountries; i++)
    if (memcmp(m->countries[i], cc, 3) == 0) return (int)i;
  return -1;
}

static int in_countries(const mctx *m, const char *cc) {
  return country_rank(m, cc) >= 0;
}

/* Place-type preferences of pick(): "X region" (1: an admin1 or region
 * alike), "X province", "province of X" (2: admin1, then region), "the
 * town of X" (3: a city). */
enum { PREFER_NONE, PREFER_REGION, PREFER_ADMIN, PREFER_CITY };

/* How well a precision fits a preference (higher is better). */
static int type_rank(int prec, int prefer) {
  if (prefer == PREFER_CITY) return prec == P_CITY;
  if (prec == P_ADMIN1) return 2;
  if (prec == P_REGION) return prefer == PREFER_REGION ? 2 : 1;
  return 0;
}

/* Is posting pa a better reading than pb?  A place of a more named story
 * country first (San Marcos in a story about Guatemala), then ... */
static int better(const mctx *m, uint32_t pa, uint32_t pb, int prefer) {
  const grec *a = &m->g->recs[pa & ~GZ_SECONDARY];
  const grec *b = &m->g->recs[pb & ~GZ_SECONDARY];
  if (prefer) {
    int aa = type_rank(a->prec, prefer);
    int ab = type_rank(b->prec, prefer);
    if (aa != ab) return aa > ab;
  }
  int ia = country_rank(m, a->cc), ib = country_rank(m, b->cc);
  if ((ia < 0) != (ib < 0)) return ia >= 0;
  /* both in the story: the more named country's, unless the other is a
   * city over ten times bigger (Paris, France over Paris, Texas) */
  if (ia != ib) {
    if (a->pop > 10 * b->pop) return 1;
    if (b->pop > 10 * a->pop) return 0;
    return ia < ib;
  }
  int sa = !(pa & GZ_SECONDARY), sb = !(pb & GZ_SECONDARY);
  if (sa != sb) return sa;
  int ca = a->prec == P_COUNTRY, cb = b->prec == P_COUNTRY;
  if (ca != cb) return ca;
  return a->pop > b->pop;
}

/* Best acceptable record for key id of tier t, or UINT32_MAX. */
static uint32_t pick(const mctx *m, int t, uint32_t id, int prefer) {
  const acta_gazetteer *g = m->g;
  uint32_t best = UINT32_MAX;
  for (uint32_t i = g->koff[t][id]; i < g->koff[t][id + 1]; i++) {
    uint32_t p = g->post[t][i];
    const grec *r = &g->recs[p & ~GZ_SECONDARY];
    /* a variant spelling only of a place of the story's two most named
     * countries ("Saqez" in a story about Iran; not "Merino" -> Marana) */
    if (t != T_EXACT) {
      int rank = country_rank(m, r->cc);
      if (rank < 0 || rank > 1) continue;
    }
    if (best == UINT32_MAX || better(m, p, best, prefer)) best = p;
  }
  return best;
}

typedef struct hit {
  uint32_t rec;
  int tier;
  uint32_t id;
} hit;

/* The variant keys of a folded key, as lookup() reads them: for each of
 * T_LIGHT and T_SKEL the key's id in that tier's table, ACTA_NO_WORD when
 * the table lacks it, or VK_STOP when the key cannot be made (too long,
 * nothing left, fewer than two consonants in a skeleton), which ends the
 * lookup. */
#define VK_STOP (ACTA_NO_WORD - 1)

static void variant_ids(const acta_gazetteer *g, const char *k, size_t kl,
                        uint32_t ids[2]) {
  ids[0] = ids[1] = VK_STOP;
  char base[GZ_VARMAX];
  size_t bl = variant_base(k, kl, base);
  if (!bl) return;
  char v[2][GZ_KEYMAX]; /* the light key and the skeleton */
  size_t vl[2], cons = 0;
  if (bl < GZ_KEYMAX) {
    /* variant_finish() of both kinds in one pass; neither can run out of
     * room (a key is never longer than base), so neither returns 0 but
     * for an empty one, which bl > 0 rules out */
    char lc = v[0][0] = base[0], sc = v[1][0] =
        (VB_CLASS[(unsigned char)lc] & VB_VOWEL) ? 'a' : lc;
    size_t ol = 1, os = 1;
    cons = sc != 'a';
    for (size_t j = 1; j < bl; j++) {
      char c = base[j];
      if (c != lc) v[0][ol++] = lc = c;
      if (VB_CLASS[(unsigned char)c] & VB_VOWEL) c = 'a';
      if (c != sc) {
        v[1][os++] = sc = c;
        cons += c != 'a';
      }
    }
    vl[0] = ol;
    vl[1] = os;
  } else {
    vl[0] = variant_finish(base, bl, 0, v[0], sizeof v[0]);
    vl[1] = variant_finish(base, bl, 1, v[1], sizeof v[1]);
    for (size_t i = 0; i < vl[1]; i++) cons += v[1][i] != 'a';
  }
  if (!vl[0]) return;
  ids[0] = acta_intern_find(&g->keys[T_LIGHT], v[0], vl[0]);
  if (!vl[1] || cons < 2) return;
  ids[1] = acta_intern_find(&g->keys[T_SKEL], v[1], vl[1]);
}

/* acta_gaz_memo: direct-mapped, keys of up to GZ_MEMO_KEY bytes.  8192
 * slots (384 KB a thread): the shared corpus's 1,652 articles ask for the
 * variant keys of 34,000 distinct names, and with 1024 slots a third of
 * the keys made were remade after their slot had been taken.  Beside
 * them 16384 words' vword_flags() (768 KB; speed24's 4096 before
 * speed29b's start_may asked it of most capitalised words: on the dated
 * corpus 16,785 words made, 10,972 with 16384).  And speed32a's 16384
 * slots by word id (192 KB). */
#define GZ_MEMO_SLOTS 8192
#define GZ_MEMO_KEY 30
#define GZ_MEMO_WORDS 16384
#define GZ_MEMO_WIDS 16384

struct acta_gaz_memo {
  const acta_gazetteer *g; /* whose ids these are */
  struct gz_memo_slot {
    uint64_t h;            /* acta_hash of the key */
    uint32_t ids[2];       /* variant_ids() */
    uint8_t len;           /* 0: empty */
    char k[GZ_MEMO_KEY];
  } slot[GZ_MEMO_SLOTS];
  struct gz_memo_word { /* speed24: vword_flags() of a word */
    uint64_t h;
    uint8_t len, vf;      /* len 0: empty */
    char w[GZ_MEMO_KEY];
  } word[GZ_MEMO_WORDS];
  /* speed32a: what start_may() asks of a plain word, by its token's word
   * id (the id of its folded form in dictionary wdict's lexicon), so that
   * a word seen before is neither hashed nor looked up by its bytes */
  const void *wdict;
  struct gz_memo_wid {
    uint32_t id1;         /* word id + 1; 0: empty */
    uint32_t kid;         /* the id of the word alone as an exact key
                             (ACTA_NO_WORD: none), when kask */
    uint8_t kask;         /* 0: kid not asked */
    uint8_t fw;           /* 0: not asked; 1 + its g->fwords bit */
    uint8_t vf;           /* vword_flags(), 0: not asked */
  } wid[GZ_MEMO_WIDS];
};

acta_gaz_memo *acta_gaz_memo_new(void) {
  acta_gaz_memo *memo = calloc(1, sizeof *memo);
  if (!memo) abort();
  return memo;
}

void acta_gaz_memo_free(acta_gaz_memo *memo) { free(memo); }

/* Empties the memo when it holds another gazetteer's answers. */
static void memo_of(acta_gaz_memo *memo, const acta_gazetteer *g) {
  if (memo->g != g) {
    /* speed45b: a memo of no gazetteer yet is as calloc made it (every
     * write to it comes after a call here), zeroed already */
    if (memo->g) {
      memset(memo->slot, 0, sizeof memo->slot);
      memset(memo->word, 0, sizeof memo->word);
      memset(memo->wid, 0, sizeof memo->wid);
    }
    memo->g = g;
  }
}

/* variant_ids() through the memo, if any. */
static void variant_ids_memo(const acta_gazetteer *g, acta_gaz_memo *memo,
                             const char *k, size_t kl, uint32_t ids[2]) {
  if (!memo || kl > GZ_MEMO_KEY) {
    variant_ids(g, k, kl, ids);
    return;
  }
  memo_of(memo, g);
  uint64_t h = acta_hash(k, kl);
  struct gz_memo_slot *sl = &memo->slot[h & (GZ_MEMO_SLOTS - 1)];
  if (sl->len != kl || sl->h != h || memcmp(sl->k, k, kl) != 0) {
    variant_ids(g, k, kl, sl->ids);
    sl->h = h;
    sl->len = (uint8_t)kl;
    memcpy(sl->k, k, kl);
  }
  ids[0] = sl->ids[0];
  ids[1] = sl->ids[1];
}

/* What g->vwords says of a word's variant forms (vword_bit): VF_LIGHT its
 * light form may be a word of a light key, VF_SKEL its skeleton one of a
 * skeleton's; VF_ART an article, dropped but at a key's end. */
enum { VF_DONE = 1, VF_LIGHT = 2, VF_SKEL = 4, VF_ART = 8 };

static uint8_t vword_flags(const acta_gazetteer *g, const char *f, size_t fl) {
  uint8_t vf = VF_DONE | (is_article(f, fl) ? VF_ART : 0);
  char base[GZ_VARMAX];
  size_t bl = memchr(f, ' ', fl) ? 0 : variant_base(f, fl, base);
  if (!bl || bl >= GZ_KEYMAX) /* two words, or too long: not filtered */
    return VF_DONE | VF_LIGHT | VF_SKEL;
  char v[2][GZ_KEYMAX]; /* as variant_ids() */
  char lc = v[0][0] = base[0], sc = v[1][0] =
      (VB_CLASS[(unsigned char)lc] & VB_VOWEL) ? 'a' : lc;
  size_t ol = 1, os = 1;
  for (size_t j = 1; j < bl; j++) {
    char c = base[j];
    if (c != lc) v[0][ol++] = lc = c;
    if (VB_CLASS[(unsigned char)c] & VB_VOWEL) c = 'a';
    if (c != sc) v[1][os++] = sc = c;
  }
  if (vword_in(g, v[0], ol, 0)) vf |= VF_LIGHT;
  if (vword_in(g, v[1], os, 1)) vf |= VF_SKEL;
  return vf;
}

/* vword_flags() through the memo, if any (the story's words recur); h is
 * acta_hash(f, fl). */
static uint8_t vword_flags_hashed(const acta_gazetteer *g, acta_gaz_memo *memo,
                                  const char *f, size_t fl, uint64_t h) {
  if (!memo || fl > GZ_MEMO_KEY) return vword_flags(g, f, fl);
  memo_of(memo, g);
  struct gz_memo_word *sl = &memo->word[h & (GZ_MEMO_WORDS - 1)];
  if (sl->len != fl || sl->h != h || memcmp(sl->w, f, fl) != 0) {
    sl->vf = vword_flags(g, f, fl);
    sl->h = h;
    sl->len = (uint8_t)fl;
    memcpy(sl->w, f, fl);
  }
  return sl->vf;
}

static uint8_t vword_flags_memo(const acta_gazetteer *g, acta_gaz_memo *memo,
                                const char *f, size_t fl) {
  if (!memo || fl > GZ_MEMO_KEY) return vword_flags(g, f, fl);
  return vword_flags_hashed(g, memo, f, fl, acta_hash(f, fl));
}

/* speed32a: the memo's slot for plain word t by its word id (made its
 * own, empty, when another id held it), or NULL: no memo, a word read
 * from bytes, or one the lexicon lacks.  The memo is the gazetteer's and
 * the word ids' dictionary's (find_tokens made it so: wid_ready). */
static inline struct gz_memo_wid *wid_slot(const mctx *m, const tok *t) {
  uint32_t id = t->T->word;
  if (!m->memo || id == ACTA_NO_WORD || !t->T->kind) return NULL;
  struct gz_memo_wid *ws = &m->memo->wid[id & (GZ_MEMO_WIDS - 1)];
  if (ws->id1 != id + 1) {
    ws->id1 = id + 1;
    ws->kask = ws->fw = ws->vf = 0;
  }
  return ws;
}

/* Makes memo (may be NULL) gazetteer g's, its word-id slots dictionary
 * wdict's (the tokens' word ids). */
static void wid_ready(acta_gaz_memo *memo, const acta_gazetteer *g,
                      const void *wdict) {
  if (!memo) return;
  if (!memo->g) { /* speed45b: fresh from calloc (memo_of), its slots empty */
    memo->g = g;
    memo->wdict = wdict;
    return;
  }
  memo_of(memo, g);
  if (memo->wdict != wdict) {
    memset(memo->wid, 0, sizeof memo->wid);
    memo->wdict = wdict;
  }
}

/* Word t's vword_flags() (t->vf, not asked yet): from its word-id slot ws
 * (wid_slot(); may be NULL) when that has them, else made (through the
 * memo; h: acta_hash of its folded form when hashed) and kept there. */
static inline __attribute__((always_inline)) uint8_t
word_vf(const mctx *m, tok *t, struct gz_memo_wid *ws,
        int hashed, uint64_t h) {
  if (ws && ws->vf) {
    t->vf = ws->vf;
  } else {
    const char *f = tok_f(m->norm, t);
    size_t fl = tok_fl(t);
    t->vf = hashed ? vword_flags_hashed(m->g, m->memo, f, fl, h)
                   : vword_flags_memo(m->g, m->memo, f, fl);
    if (ws) ws->vf = t->vf;
  }
  return t->vf;
}

/* 0 when no variant key of words w[0, nw) can be in a table: a word (but
 * an article before the last) whose light form no light key has and one
 * whose skeleton no skeleton has.  Asks each word once (w->vf). */
static int variant_may(const mctx *m, tok *w, size_t nw) {
  int light = 1, skel = 1;
  for (size_t q = 0; q < nw; q++) {
    tok *t = &w[q];
    if (!t->vf) word_vf(m, t, wid_slot(m, t), 0, 0);
    if ((t->vf & VF_ART) && q + 1 < nw) continue; /* variant_base drops it */
    light &= (t->vf & VF_LIGHT) != 0;
    skel &= (t->vf & VF_SKEL) != 0;
    if (!(light | skel)) return 0;
  }
  return 1;
}

/* speed29b: may a key that starts with word i be found (lookup())?  An
 * exact key only when the word's bit is set in g->fwords; a variant key
 * only when variants can be made at all (a capital in the sentence, a
 * story country), the word's own variant forms are words of variant keys
 * or it is an article (what variant_may() asks of it, once: t->vf), and,
 * when the word alone is the name's longest run (no word after it joins
 * it), lookup() of that one word would make variant keys: not for all
 * capitals, a function or compass word, fewer than four letters, nor an
 * English word without a place type after it (as find_tokens passes
 * 'variants').  0: no lookup() from word i can succeed. */
static int start_may(const mctx *m, lexer *L, size_t i, int nocase) {
  tok *t = &L->w[i];
  struct gz_memo_wid *ws = NULL;
  uint64_t h = 0;
  int hashed = 0, fw;
  if (m->fw_shape && (t->T->shape & TS_FW_ASKED)) {
    /* speed38b: the tokenizer asked it (a gword's shape is 0): the
     * word-id slot is read only when the variant forms are asked below */
    fw = (t->T->shape & TS_FW) != 0;
  } else if ((ws = wid_slot(m, t)) && ws->fw) {
    fw = ws->fw - 1;
  } else {
    h = acta_hash(tok_f(m->norm, t), tok_fl(t));
    hashed = 1;
    fw = acta_gazetteer_first_word_may(m->g, h);
    if (ws) ws->fw = (uint8_t)(1 + fw);
  }
  if (fw) return 1;
  if (nocase || m->ncountries == 0) return 0;
  const tok *nx = i + 1 < L->n ? &L->w[i + 1] : NULL;
  if (!nx || !nx->join || !tok_fl(nx) ||
      (!tok_cap(nx) && !(tok_wf(m->g, nx) & (W_CONN | W_TYPE)))) { /* alone */
    if (tok_upper(t) || (tok_wf(m->g, t) & (W_FUNC | W_DIR)) || tok_fl(t) < 4) return 0;
    if (tok_english(t) &&
        !(nx && tok_cap(nx) && nx->join && nx->sep == SEP_SPACE &&
          (tok_wf(m->g, nx) & W_TYPE)))
      return 0;
  }
  if (!t->vf) word_vf(m, t, ws ? ws : wid_slot(m, t), hashed, h);
  return (t->vf & (VF_LIGHT | VF_SKEL | VF_ART)) != 0;
}

/* Looks up the folded key of tokens; fills h.  0: no place.  context_caps:
 * the words around are in capitals too (a headline, a dateline);
 * variants 0: the caller would take no variant reading (no variant keys
 * are made); exact 0: k is no exact key (pair_may() said so of its first
 * two words: the table is not probed). */
static int lookup(const mctx *m, const char *k, size_t kl, int single,
                  uint8_t wf, int cue, int upper, int context_caps,
                  int prefer, int variants, int exact, tok *w, size_t nw, hit *h) {
  const acta_gazetteer *g = m->g;
  /* speed32a: a one-word key is the word's folded form: its id kept in
   * the memo by the word's */
  struct gz_memo_wid *ws = nw == 1 ? wid_slot(m, w) : NULL;
  uint32_t id;
  if (ws && ws->kask) {
    id = ws->kid;
  } else if (!exact) {
    id = ACTA_NO_WORD;
  } else {
    id = acta_intern_find(&g->keys[T_EXACT], k, kl);
    if (ws) {
      ws->kid = id;
      ws->kask = 1;
    }
  }
  uint8_t kf = id != ACTA_NO_WORD ? g->kflags[id] : 0;
  if (kf & K_STOP) return 0;
  /* all capitals: an acronym ("DIR", "ITA", "WOLA") unless the name is
   * written so ("UAE") or the text around is in capitals; a short one is
   * an acronym anyway; none gets variant readings */
  if (upper && single && !(kf & K_ACRO) && (kl <= 3 || !context_caps))
    return 0;
  if (single && (wf & (W_FUNC | W_DIR))) return 0;
  if ((kf & K_CUE) && !cue) return 0;
  if (id != ACTA_NO_WORD && g->koff[T_EXACT][id] < g->koff[T_EXACT][id + 1]) {
    h->rec = pick(m, T_EXACT, id, prefer);
    h->tier = T_EXACT;
    h->id = id;
    return h->rec != UINT32_MAX;
  }
  if (!variants) return 0;
  if (upper) return 0;
  /* four letters at least: k is the nw words' folded forms (none empty,
   * none with a space) joined by single spaces (speed29b: not counted) */
  if (kl < 4 + (nw - 1)) return 0;
  /* a variant reading is only of a place of the story's countries (pick()):
   * none named, none to make */
  if (m->ncountries == 0) return 0;
  if (!variant_may(m, w, nw)) return 0; /* k's words: w[0, nw) */
  uint32_t ids[2];
  variant_ids_memo(g, m->memo, k, kl, ids);
  for (int t = T_LIGHT; t <= T_SKEL; t++) {
    uint32_t vid = ids[t - T_LIGHT];
    if (vid == VK_STOP) return 0;
    if (vid == ACTA_NO_WORD) continue;
    uint32_t r = pick(m, t, vid, prefer);
    if (r != UINT32_MAX) {
      h->rec = r;
      h->tier = t;
      h->id = vid;
      return 1;
    }
  }
  return 0;
}

/* A name known without locative evidence: a country, a region or landmark
 * of places.txt, a province of a story country, a city of half a million
 * people, or of 100,000 in a story country. */
static int well_known(const mctx *m, const grec *r) {
  if (r->prec == P_COUNTRY || r->prec == P_REGION || r->prec == P_LANDMARK)
    return 1;
  int story = in_countries(m, r->cc);
  if (r->prec == P_ADMIN1) return story;
  return r->pop >= 500000 || (story && r->pop >= 100000);
}

/* Words after a name that make it an organisation's or a person's: "the
 * Sinaloa cartel", "Prensa Libre newspaper", "the Morales government". */
static int org_after(uint16_t v) {
  switch (v) {
    case V_CARTEL: case V_CARTELS: case V_GANG: case V_GANGS: case V_CLAN:
    case V_BOSSES: case V_BOSS: case V_FACTION: case V_FEDERATION:
    case V_ORGANIZATION: case V_ORGANISATION: case V_MAFIA:
    case V_SYNDICATE: case V_NEWSPAPER: case V_DAILY:
    /* a person's: "the Morales government", "the Obama administration" */
    case V_GOVERNMENT: case V_ADMINISTRATION: case V_REGIME:
    case V_PRESIDENCY: case V_CABINET:
      return 1;
    default:
      return 0;
  }
}

/* Words before a name that make it a person's: titles ("president
 * Morales", "alias Chapo"). */
static int title_word(uint16_t v) {
  switch (v) {
    case V_PRESIDENT: case V_MINISTER: case V_GENERAL: case V_GOVERNOR:
    case V_MAYOR: case V_SENATOR: case V_JUDGE: case V_COMMANDER:
    case V_COLONEL: case V_CAPTAIN: case V_LIEUTENANT: case V_SERGEANT:
    case V_OFFICER: case V_AGENT: case V_LAWYER: case V_PROSECUTOR:
    case V_ATTORNEY: case V_FATHER: case V_BISHOP: case V_CARDINAL:
    case V_POPE: case V_KING: case V_QUEEN: case V_PRINCE: case V_LEADER:
    case V_CHIEF: case V_ALIAS: case V_CONGRESSMAN: case V_DEPUTY:
    case V_AMBASSADOR: case V_SECRETARY: case V_SPOKESMAN:
    case V_SPOKESWOMAN: case V_DIRECTOR: case V_JOURNALIST:
    case V_ACTIVIST: case V_REPORTER: case V_ANALYST: case V_RESEARCHER:
    case V_MR: case V_MRS: case V_MS: case V_DR: case V_SIR:
      return 1;
    default:
      return 0;
  }
}

/* Verbs after a name that make it a source, when no place cue stands
 * before it: "El Comercio reported" (but "police in Krakow said"). */
static int source_after(uint16_t v) {
  switch (v) {
    case V_REPORTED: case V_REPORTS: case V_SAID: case V_SAYS: case V_TOLD:
    case V_QUOTED: case V_WROTE: case V_PUBLISHED: case V_STATED:
    case V_ADDED:
      return 1;
    default:
      return 0;
  }
}

/* "the town of X" (PREFER_CITY), "the province of X" (PREFER_ADMIN),
 * "the region of X" (PREFER_REGION), "the outskirts of X" (PREFER_NONE):
 * the noun before an "of" that makes it a place cue, or -1. */
static int place_noun(uint16_t v) {
  switch (v) {
    case V_TOWN: case V_CITY: case V_VILLAGE: case V_MUNICIPALITY:
    case V_PORT: case V_CAPITAL: case V_COMMUNITY: case V_NEIGHBORHOOD:
    case V_NEIGHBOURHOOD:
      return PREFER_CITY;
    case V_PROVINCE: case V_PROVINCES: case V_STATE: case V_DEPARTMENT:
    case V_DISTRICT: case V_COUNTY: case V_GOVERNORATE: case V_OBLAST:
    case V_PREFECTURE: case V_TERRITORY: case V_CANTON: case V_RAION:
    case V_WILAYA: case V_EMIRATE:
      return PREFER_ADMIN;
    case V_REGION:
      return PREFER_REGION;
    case V_OUTSKIRTS: case V_SUBURBS: case V_STREETS: case V_CENTER:
    case V_CENTRE: case V_HEART: case V_BORDER: case V_COAST: case V_ISLAND:
    case V_VALLEY: case V_AREA: case V_RESIDENTS: case V_INHABITANTS:
    case V_NORTH: case V_SOUTH: case V_EAST: case V_WEST: case V_NORTHEAST:
    case V_NORTHWEST: case V_SOUTHEAST: case V_SOUTHWEST:
      return PREFER_NONE;
    default:
      return -1;
  }
}

/* Prepositions after which a person's name can still be a place ("in
 * Santos"): the rest ("from Lopez", "to Morales") keep it a person. */
static int strong_cue(uint16_t v) {
  switch (v) {
    case V_IN: case V_AT: case V_NEAR: case V_OUTSIDE: case V_INSIDE:
    case V_AROUND: case V_ACROSS: case V_THROUGHOUT: case V_WITHIN:
    case V_NEARBY:
      return 1;
    default:
      return 0;
  }
}

/* The province or country written after a comma ("Burgos, Tamaulipas",
 * "Paris, Texas", "Leticia, Amazonas"): its record (the namesake in
 * country cc if there is one), or NULL.  Word j is the name's last.  Not a
 * possessive ("Rio de Janeiro, Paraguay's agency") nor a country of a list
 * ("in Tampa, Panama, Peru and Argentina"). */
static const grec *comma_qualifier(lexer *L, const mctx *m, size_t j,
                                   const char *cc) {
  const tok *tj = tok_at(L, j), *nx = tok_at(L, j + 1);
  if (!tj || !nx || !tok_cap(nx) || tj->poss) return NULL;
  size_t p = tj->T->end;
  while (p < nx->T->start && L->t[p] == ' ') p++;
  if (p >= nx->T->start || L->t[p] != ',') return NULL;
  for (p++; p < nx->T->start; p++)
    if (L->t[p] != ' ') return NULL;
  /* the longest name of up to three words there */
  const grec *best = NULL;
  size_t best_last = 0;
  char k[GZ_KEYMAX];
  size_t kl = 0;
  for (size_t q = j + 1; q < j + 4; q++) {
    const tok *tq = tok_at(L, q);
    if (!tq || !tok_fl(tq) || (q > j + 1 && !tq->join)) break;
    if (kl + tok_fl(tq) + 1 >= sizeof k) break;
    if (q > j + 1) k[kl++] = ' ';
    memcpy(k + kl, tok_f(m->norm, tq), tok_fl(tq));
    kl += tok_fl(tq);
    if (!tok_cap(tq)) continue;
    uint32_t id = acta_intern_find(&m->g->keys[T_EXACT], k, kl);
    if (id == ACTA_NO_WORD) continue;
    const acta_gazetteer *g = m->g;
    const grec *found = NULL;
    for (uint32_t i = g->koff[T_EXACT][id]; i < g->koff[T_EXACT][id + 1]; i++) {
      const grec *c = &g->recs[g->post[T_EXACT][i] & ~GZ_SECONDARY];
      if (c->prec != P_ADMIN1 && c->prec != P_COUNTRY) continue;
      if (memcmp(c->cc, cc, 3) == 0) { /* in the name's own country */
        found = c;
        break;
      }
      if (!found || (c->prec == P_COUNTRY && found->prec != P_COUNTRY))
        found = c; /* "Panama" the country before the province */
    }
    if (found) {
      best = found;
      best_last = q;
    }
  }
  if (!best) return NULL;
  const tok *ql = tok_at(L, best_last), *after = tok_at(L, best_last + 1);
  if (ql->poss) return NULL;
  if (after && (tok_v(after) == V_AND || (tok_cap(after) && after->sep == SEP_BREAK)))
    return NULL; /* a list: "Miami, Panama, Mexico" */
  return best;
}

/* The reading of key id (tier t) in country cc, or UINT32_MAX. */
static uint32_t pick_in(const mctx *m, int t, uint32_t id, const char *cc) {
  const acta_gazetteer *g = m->g;
  uint32_t best = UINT32_MAX;
  for (uint32_t i = g->koff[t][id]; i < g->koff[t][id + 1]; i++) {
    uint32_t p = g->post[t][i];
    if (memcmp(g->recs[p & ~GZ_SECONDARY].cc, cc, 3) != 0) continue;
    if (best == UINT32_MAX || better(m, p, best, PREFER_CITY)) best = p;
  }
  return best;
}

/* The people named so far in the story (see acta_place_story). */
static uint64_t name_hash(const char *norm, const tok *t) {
  return acta_hash(tok_f(norm, t), tok_fl(t));
}

/* Is hash h among v[0..n)?  (review25: one scan for the story's names
 * and its local names.) */
static int hash_listed(const uint64_t *v, size_t n, uint64_t h) {
  for (size_t i = 0; i < n; i++)
    if (v[i] == h) return 1;
  return 0;
}

/* Adds hash h to v[0..*n) once, while there is room (cap). */
static void hash_note(uint64_t *v, size_t *n, size_t cap, uint64_t h) {
  if (*n < cap && !hash_listed(v, *n, h)) v[(*n)++] = h;
}

static void remember_name(acta_place_story *story, const char *norm,
                          const tok *t) {
  if (!story || !tok_fl(t) || tok_upper(t)) return;
  hash_note(story->names, &story->nnames, sizeof story->names / sizeof story->names[0],
            name_hash(norm, t));
}

/* places24: a name the story gave a part of a town or a district of
 * another country ("the San Marino neighborhood", "the northern Ecuadorian
 * district of Buenos Aires"): that place, not the gazetteer's namesake,
 * for the rest of the story ("deployed to Buenos Aires"). */
static void remember_local(acta_place_story *story, const char *k, size_t kl) {
  if (!story) return;
  hash_note(story->locals, &story->nlocals, sizeof story->locals / sizeof story->locals[0],
            acta_hash(k, kl));
}

static int local_name(const acta_place_story *story, const char *k, size_t kl) {
  return story && story->nlocals && hash_listed(story->locals, story->nlocals, acta_hash(k, kl));
}

/* places24: the country a one-word name at token q names ("Ecuador" of
 * "the north Ecuador district of"), or NULL. */
static const char *word_country(lexer *L, const mctx *m, size_t q) {
  const tok *t = tok_at(L, q), *nt = tok_at(L, q + 1), *pt = q ? tok_at(L, q - 1) : NULL;
  if (!t || !tok_cap(t) || !tok_fl(t) || !nt || nt->sep != SEP_SPACE) return NULL;
  /* one word alone: not "the Colombia-Venezuela border region of" */
  if (pt && t->join && (t->sep != SEP_SPACE || tok_cap(pt))) return NULL;
  const acta_gazetteer *g = m->g;
  uint32_t id = acta_intern_find(&g->keys[T_EXACT], tok_f(m->norm, t), tok_fl(t));
  if (id == ACTA_NO_WORD) return NULL;
  for (uint32_t i = g->koff[T_EXACT][id]; i < g->koff[T_EXACT][id + 1]; i++) {
    const grec *c = &g->recs[g->post[T_EXACT][i] & ~GZ_SECONDARY];
    if (c->prec == P_COUNTRY) return c->cc;
  }
  return NULL;
}

/* places24: does "the" stand before word i, over up to three lower-case
 * words ("the populous San Marino neighborhood")? */
static int definite_before(lexer *L, size_t i) {
  for (size_t back = 1; back <= 4 && back <= i; back++) {
    const tok *pv = tok_at(L, i - back);
    if (tok_v(pv) == V_THE) return 1;
    if (tok_cap(pv) || (tok_wf(L->g, pv) & W_FUNC) || pv->sep == SEP_BREAK) return 0;
  }
  return 0;
}

const char *const acta_town_unit_nouns[] = {"town",   "village",       "parish", "hamlet",
                                             "township", "corregimiento", "vereda", "aldea",
                                             NULL};

/* mend39c: does "the town of", "the village of", "the parish of" ...
 * stand right before word i (acta_town_unit_nouns)? */
static int town_unit_of_before(lexer *L, const mctx *m, size_t i) {
  if (i < 3) return 0;
  const tok *ti = tok_at(L, i), *of = tok_at(L, i - 1), *nn = tok_at(L, i - 2);
  if (ti->sep != SEP_SPACE || of->sep != SEP_SPACE || tok_v(of) != V_OF) return 0;
  size_t n = tok_fl(nn);
  const char *x = tok_f(m->norm, nn);
  for (const char *const *u = acta_town_unit_nouns; *u; u++)
    if (strlen(*u) == n && !memcmp(*u, x, n)) return definite_before(L, i - 2);
  return 0;
}

static int named_person(const acta_place_story *story, const char *norm,
                        const tok *t) {
  return story && tok_fl(t) &&
         hash_listed(story->names, story->nnames, name_hash(norm, t));
}

static void copy_str(char *dst, size_t cap, const char *s) {
  size_t n = strlen(s);
  if (n >= cap) {
    n = cap - 1;
    while (n && ((unsigned char)s[n] & 0xC0) == 0x80) n--; /* whole chars */
  }
  memcpy(dst, s, n);
  dst[n] = '\0';
}

static void emit(const acta_gazetteer *g, uint32_t p, size_t s, size_t e,
                 int score, acta_place *out, int *sc, size_t *n, size_t cap) {
  size_t pos = *n;
  while (pos > 0 && sc[pos - 1] < score) pos--;
  if (pos >= cap) return;
  size_t last = *n < cap ? *n : cap - 1;
  for (size_t i = last; i > pos; i--) {
    out[i] = out[i - 1];
    sc[i] = sc[i - 1];
  }
  if (*n < cap) (*n)++;
  const grec *r = &g->recs[p & ~GZ_SECONDARY];
  acta_place *o = &out[pos];
  memset(o, 0, sizeof *o);
  copy_str(o->name, sizeof o->name, acta_pool_str(&g->pool, r->name));
  memcpy(o->country, r->cc, 4);
  copy_str(o->admin1, sizeof o->admin1, acta_pool_str(&g->pool, r->admin1));
  o->lat = r->lat;
  o->lon = r->lon;
  copy_str(o->precision, sizeof o->precision, prec_name[r->prec]);
  o->population = r->pop;
  o->start = s;
  o->end = e;
  sc[pos] = score;
}

/* The fewest words a sentence needs for its lack of capitals to mean it is
 * written in lower case. */
#define GZ_NOCASE_MIN_WORDS 4

/* The end of the run of token k (acta_token_run's, without its 'plain'). */
static inline uint32_t run_end(const acta_tokens *toks, uint32_t k,
                               uint32_t last) {
  int plain;
  return acta_token_run(toks->v, NULL, k, last, 0, &plain);
}

/* speed15: where the words the matcher reads end, in a sentence with
 * capitals.  Only a capitalised word starts or ends a name, and past the
 * last one the matcher reads one word (the word after a name: "Kharkiv
 * region", "the Sinaloa cartel", the word after a comma's qualifier); the
 * words after it are not lexed.  A word read from a run's bytes may be
 * capitalised where its token is not ("al-Qaeda"): every token not plain
 * is taken as one.  Runs are read whole (lexed alike): the end is the end
 * of the run of the first token after the last capitalised one that is no
 * plain punctuation (which makes no word). */
static uint32_t read_end(const acta_tokens *toks, uint32_t first, uint32_t last) {
  const acta_token *v = toks->v;
  /* (speed39c: by pointer: an index made the address again at each token) */
  const acta_token *p = v + last, *lo = v + first;
  while (p > lo && !(p[-1].flags & TF_CAP) && (p[-1].shape & TS_PLAIN)) p--;
  if (p == lo) return first; /* no capital: no name */
  uint32_t q = run_end(toks, (uint32_t)(p - v) - 1, last); /* its run's end */
  while (q < last && v[q].kind == TK_PUNCT && (v[q].shape & TS_PLAIN)) q++;
  if (q < last) q = run_end(toks, q, last);
  return q;
}

/* Are tokens [first, last) a headline in title case: three words or more,
 * six in ten with a capital? */
static int title_case_of(const acta_tokens *toks, uint32_t first,
                         uint32_t last) {
  size_t nlow = 0, ncaps = 0; /* words without and with a capital */
  for (uint32_t q = first; q < last; q++) {
    if (toks->v[q].kind != TK_WORD) continue;
    if (toks->v[q].flags & TF_CAP) {
      ncaps++;
    } else if (2 * (ncaps + (last - 1 - q)) < 3 * ++nlow) {
      /* speed29b: no, even if every token left were a word with a
       * capital (six in ten is 2 ncaps >= 3 nlow) */
      return 0;
    }
  }
  size_t nwords = ncaps + nlow;
  return nwords >= 3 && ncaps * 10 >= nwords * 6;
}

size_t acta_gazetteer_find_tokens(const acta_gazetteer *g, const char *text,
                                  const acta_tokens *toks, uint32_t first,
                                  uint32_t last, acta_place_story *story,
                                  acta_place *out, size_t max) {
  if (!g || !text || !toks || !out || max == 0 || first >= last ||
      last > toks->n)
    return 0;
  size_t cap = max < GZ_MAXOUT ? max : GZ_MAXOUT;
  int sc[GZ_MAXOUT];
  size_t n = 0;
  mctx m = {g, toks->norm.data,
            story ? story->countries : NULL,
            story && story->countries ? story->ncountries : 0,
            story ? story->memo : NULL,
            toks->memo_dict && toks->memo_gaz == (const void *)g};
  wid_ready(m.memo, g, toks->memo_dict);
  /* a headline in title case names no people: "Mexico Reuses Security
   * Plan in Troubled Guerrero" (title_case_of, asked when a name
   * would be remembered: -1 not yet) */
  int title_case = -1;
  /* a sentence with no capital at all (a transcript, a lowercased feed):
   * a name is any run of words after "in", "at", "near" ... that the
   * gazetteer has as written; one word only for a well-known place.  The
   * words are counted only then (speed24: most sentences' first word has
   * a capital) */
  int nocase = 0;
  uint32_t q0 = first;
  while (q0 < last &&
         !(toks->v[q0].kind == TK_WORD && (toks->v[q0].flags & TF_CAP)))
    q0++;
  if (q0 == last) {
    size_t nwords = 0;
    for (uint32_t q = first; q < last; q++)
      nwords += toks->v[q].kind == TK_WORD;
    nocase = nwords >= GZ_NOCASE_MIN_WORDS;
  }
  lexer L;
  memset(&L, 0, offsetof(lexer, wbuf));
  L.g = g;
  L.t = text;
  L.tk = toks;
  L.first = first;
  L.last = nocase ? last : read_end(toks, first, last);
  L.w = L.wbuf;
  L.cap = GZ_WORDS;
  L.syn = L.synbuf;
  L.syncap = GZ_SYNWORDS;
  L.cand = L.candbuf;
  L.capall = nocase ? TF_CAP : 0;
  lex_all(&L);
  size_t next = 0; /* the words before it are inside a name read */
  for (size_t ci = 0; ci < L.ncand; ci++) {
    size_t i = L.cand[ci]; /* a word with a capital (any, if nocase) */
    if (i < next) continue;
    const tok *ti = &L.w[i];
    if (!tok_fl(ti)) continue;
    const tok *prev = i ? tok_at(&L, i - 1) : NULL;
    /* inside a longer name ("Michael Jordan", "Queen Victoria", "Leopoldo
     * Lopez"), or after a title ("president Morales"): a person's name
     * from here on in the story */
    if (prev && ti->join && tok_cap(prev) && !(tok_wf(g, prev) & (W_FUNC | W_DIR))) {
      if (title_case < 0) title_case = title_case_of(toks, first, last);
      if (!title_case) /* "Leopoldo Lopez", not "Embattled Michoacan" */
        remember_name(story, m.norm, ti);
      continue;
    }
    if (prev && ti->join && ti->sep == SEP_SPACE && title_word(tok_v(prev))) {
      if (title_case < 0) title_case = title_case_of(toks, first, last);
      if (!title_case) remember_name(story, m.norm, ti);
      continue;
    }
    /* speed29b: no name the gazetteer has starts here: nothing below
     * finds one (nor does anything else) */
    if (!start_may(&m, &L, i, nocase)) continue;
    /* a place cue before: "in X", "in the X", "in northern X", "in the
     * northern X"; "of" only after a place noun ("the town of X"), "to"
     * not after "according" */
    int cue = 0, strong = 0, prefer = PREFER_NONE, office_of = 0;
    size_t noun_at = 0; /* places24: the place noun before "of", if any */
    const tok *cur = ti;
    for (size_t back = 1; back <= 3 && back <= i; back++) {
      const tok *pv = tok_at(&L, i - back);
      if (cur->sep != SEP_SPACE) break;
      if (tok_wf(g, pv) & W_CUE) {
        const tok *pp = back + 1 <= i ? tok_at(&L, i - back - 1) : NULL;
        int joined = pp && pv->sep == SEP_SPACE;
        if (tok_v(pv) == V_OF) {
          int pn = joined ? place_noun(tok_v(pp)) : -1;
          if (pn >= 0) {
            cue = 1;
            prefer = pn;
            if (pn != PREFER_NONE) noun_at = i - back - 1;
          } else if (joined && (tok_v(pp) == V_GOVERNOR || tok_v(pp) == V_MAYOR)) {
            /* prec48d: "the governor of Antioquia", "the mayor of
             * Tumaco": the office's province or town.  mend48d: with no
             * preferred place type, which would outrank the story's
             * countries ("the mayor of Santa Cruz" in a story about
             * Bolivia is no town of the Philippines; a governor's may be
             * a city's, a mayor's a district's), but typed as a place
             * noun's is: a town outside the story's countries too */
            cue = 1;
            office_of = 1;
          }
        } else if (tok_v(pv) == V_TO) {
          cue = !(joined && tok_v(pp) == V_ACCORDING);
        } else {
          cue = 1;
          strong = strong_cue(tok_v(pv));
        }
        break;
      }
      if (!(tok_wf(g, pv) & W_DIR) && tok_v(pv) != V_THE) break;
      cur = pv;
    }
    if (nocase && !strong) continue;
    /* the longest run of name words from i */
    size_t jmax = i;
    for (size_t j = i + 1; j < i + GZ_MAXW; j++) {
      const tok *tj = tok_at(&L, j);
      if (!tj || !tj->join || !tok_fl(tj)) break;
      if (!tok_cap(tj) && !nocase && !(tok_wf(g, tj) & (W_CONN | W_TYPE))) break;
      jmax = j;
    }
    /* the key of words i..jmax, folded forms joined by spaces: the key of
     * i..j is its prefix up to kend[j - i], for every j up to jfit (past
     * it the key would not fit); caps_up[j - i]: a word of i..j has a
     * capital and lower case (so the name is no acronym) */
    char k[GZ_KEYMAX];
    size_t kend[GZ_MAXW], jfit = i, kl = 0;
    uint8_t caps_up[GZ_MAXW];
    int fits_any = 0;
    for (size_t q = i; q <= jmax; q++) {
      const tok *tq = tok_at(&L, q);
      if (kl + tok_fl(tq) + 1 >= sizeof k) break;
      if (q > i) k[kl++] = ' ';
      memcpy(k + kl, tok_f(m.norm, tq), tok_fl(tq));
      kl += tok_fl(tq);
      kend[q - i] = kl;
      caps_up[q - i] = (q > i && caps_up[q - i - 1]) || (tok_cap(tq) && !tok_upper(tq));
      jfit = q;
      fits_any = 1;
    }
    /* speed41b: may a key of two words or more from i be exact (its first
     * two words' pwords bit)? */
    int pair = jfit > i && pair_may(g, k, kend[1]);
    for (size_t j = jmax + 1; j-- > i;) {
      const tok *tj = tok_at(&L, j);
      if (!tok_cap(tj) && !nocase) continue;
      if (!fits_any || j > jfit) continue; /* the key does not fit */
      kl = kend[j - i];
      k[kl] = '\0'; /* shorter keys come later: the rest is not read */
      int upper = !nocase && !caps_up[j - i]; /* no capital at all is no acronym */
      const tok *nx = tok_at(&L, j + 1);
      int context_caps = tok_dateline(ti) || (prev && tok_upper(prev)) ||
                         (nx && tok_upper(nx));
      /* a variant reading is rejected below when there is no capital at
       * all, and for one English word ("Source" is not Searcy); a rejected
       * reading matters only by the place type after it that it would
       * pass over ("Attorney Region": see the end of this loop) */
      int variants =
          !nocase && !(j == i && tok_english(ti) &&
                       !(nx && tok_cap(nx) && nx->join && nx->sep == SEP_SPACE &&
                         (tok_wf(g, nx) & W_TYPE)));
      hit h;
      if (!lookup(&m, k, kl, j == i, tok_wf(g, ti), cue, upper, context_caps, prefer,
                  variants, j == i || pair, &L.w[i], j - i + 1, &h))
        continue;
      if (nocase && h.tier != T_EXACT) continue;
      size_t s = ti->T->start, e = tj->T->end;
      uint32_t rec = h.rec;
      /* a place type after it: "Kharkiv region", "Kurdistan province" */
      int reject = 0, typed = prefer != PREFER_NONE || office_of;
      int office = nx && nx->join && nx->sep == SEP_SPACE && (tok_wf(g, nx) & W_OFFICE) &&
                   !(tok_wf(g, nx) & W_TYPE);
      if (nx && nx->join && nx->sep == SEP_SPACE && (tok_wf(g, nx) & W_TYPE)) {
        uint32_t r2 = pick(&m, h.tier, h.id,
                           tok_v(nx) == V_REGION ? PREFER_REGION : PREFER_ADMIN);
        const grec *rr = r2 != UINT32_MAX ? &g->recs[r2 & ~GZ_SECONDARY] : NULL;
        if (rr && (rr->prec == P_ADMIN1 || rr->prec == P_REGION)) {
          rec = r2;
          e = nx->T->end;
          typed = 1;
        }
      } else if (office) {
        /* countries16: a local office after the name ("Roraima Governor
         * Suely Campos", "the Peten governor", "Tijuana police"): the
         * office is the place's, the name no longer name's part */
      } else if (nx && nx->join && tok_cap(nx) && !(tok_wf(g, nx) & (W_FUNC | W_DIR))) {
        reject = 1; /* part of a longer name: "Paris Hilton", "Kyiv Independent" */
      }
      const grec *r = &g->recs[rec & ~GZ_SECONDARY];
      /* "Burgos, Tamaulipas": the namesake of that province or country,
       * or none (not Burgos, Spain) */
      const grec *qual =
          r->prec == P_COUNTRY ? NULL : comma_qualifier(&L, &m, j, r->cc);
      if (qual && memcmp(qual->cc, r->cc, 3) != 0) {
        uint32_t r2 = pick_in(&m, h.tier, h.id, qual->cc);
        if (r2 != UINT32_MAX) {
          rec = r2;
          r = &g->recs[rec & ~GZ_SECONDARY];
        } else {
          /* a town too small for the gazetteer ("Burgos, Tamaulipas"; places24:
           * "La Esperanza, Honduras" is no town of Guatemala either) */
          reject = 1;
        }
      }
      int after = nx && nx->join && nx->sep == SEP_SPACE;
      /* an organisation or a source named after a place: "the Sinaloa
       * cartel", "El Comercio reported", "told Caracol", "reported
       * Tiempo" (places24) */
      if (r->prec != P_COUNTRY &&
          ((after && org_after(tok_v(nx))) ||
           (!cue && after && source_after(tok_v(nx))) ||
           (prev && ti->sep == SEP_SPACE &&
            (tok_v(prev) == V_TOLD || tok_v(prev) == V_REPORTED || tok_v(prev) == V_REPORTS))))
        reject = 1;
      /* places24: a name that goes on with "de", "del", "da" ... and a
       * capital the gazetteer does not have with it ("Juan de Dios Usuga",
       * "the port of San Lorenzo de la Bahia"): a person's, or a place
       * the gazetteer lacks */
      if (after && (tok_v(nx) == V_DE || tok_v(nx) == V_DEL || tok_v(nx) == V_DA ||
                    tok_v(nx) == V_DOS || tok_v(nx) == V_DAS)) {
        const tok *n2 = tok_at(&L, j + 2);
        if (n2 && tok_cap(n2) && n2->join && n2->sep == SEP_SPACE) reject = 1;
      }
      /* places24: a part of a town named after it ("the San Marino
       * neighborhood", "the San Carlos favela"): no country's, and a
       * town's only when the town lies in the story's country or is a
       * city of a million ("a Caracas slum", "a Rio favela") */
      int local_reject = 0;
      if (after && (tok_wf(g, nx) & W_LOCAL) && !tok_cap(nx)) {
        if (r->prec == P_COUNTRY) {
          /* "the San Marino neighborhood", not "an Ecuador slum" (a slum
           * in Ecuador) */
          local_reject = definite_before(&L, i);
        } else if (r->pop < 1000000) {
          uint32_t r2 = m.ncountries ? pick_in(&m, h.tier, h.id, m.countries[0])
                                     : UINT32_MAX;
          if (r2 != UINT32_MAX) {
            rec = r2;
            r = &g->recs[rec & ~GZ_SECONDARY];
          } else {
            local_reject = 1;
          }
        }
      }
      /* places24: "the northern Ecuadorian district of Buenos Aires": a place
       * of that country, or none */
      if (noun_at > 0 && r->prec != P_COUNTRY) {
        const char *nc = word_country(&L, &m, noun_at - 1);
        if (nc && memcmp(nc, r->cc, 3) != 0) {
          uint32_t r2 = pick_in(&m, h.tier, h.id, nc);
          if (r2 != UINT32_MAX) {
            rec = r2;
            r = &g->recs[rec & ~GZ_SECONDARY];
          } else {
            local_reject = 1;
          }
        }
      }
      /* mend39c: "the town of Caracas", "the parish of San Salvador": a
       * city of 300,000 or more named a town, a village or a parish is
       * another place of that name, in the story's country, or none (a
       * story of the city's own country keeps it: its parishes) */
      if (!local_reject && r->prec != P_COUNTRY && r->pop >= 300000 &&
          !(m.ncountries && memcmp(m.countries[0], r->cc, 3) == 0) &&
          town_unit_of_before(&L, &m, i)) {
        uint32_t r2 = m.ncountries ? pick_in(&m, h.tier, h.id, m.countries[0]) : UINT32_MAX;
        if (r2 != UINT32_MAX) {
          rec = r2;
          r = &g->recs[rec & ~GZ_SECONDARY];
        } else {
          local_reject = 1;
        }
      }
      if (local_reject) {
        reject = 1;
        remember_local(story, k, kl);
      } else if (local_name(story, k, kl)) {
        reject = 1;
      }
      /* a person named earlier in the story ("Leopoldo Lopez" ...
       * "Lopez"), unless "in", "at", "near" ... stand before */
      if (j == i && !strong && r->prec != P_COUNTRY && named_person(story, m.norm, ti))
        reject = 1;
      /* locative evidence, or a name known without it (its province if
       * the town is not: "the mayors of Huehuetenango"); a variant
       * spelling ("Kharkiw", "Saghez") needs a known name or "in", "at",
       * "near", and is never an English word ("Source", "Paraguayan") */
      int known = well_known(&m, r);
      /* lower case: one word is a name only when the place is well known
       * ("in tehran"), not a town that is also a word ("in march") */
      if (nocase && j == i && !known) reject = 1;
      if (!known && !cue && !typed && !tok_dateline(ti)) {
        uint32_t r2 = pick(&m, h.tier, h.id, PREFER_ADMIN);
        if (r2 != UINT32_MAX && well_known(&m, &g->recs[r2 & ~GZ_SECONDARY])) {
          rec = r2;
          r = &g->recs[rec & ~GZ_SECONDARY];
          known = 1;
        }
      }
      if (h.tier != T_EXACT ? !(known || strong || tok_dateline(ti)) ||
                                  (j == i && tok_english(ti))
                            : !(cue || typed || office || tok_dateline(ti) || known))
        reject = 1;
      /* "to", "from", "between" ... name people as often as places: a town
       * outside the story's countries needs "in", "at", "near" ("in
       * response to Cardona's allegations") */
      if (cue && !strong && !typed && !known && !in_countries(&m, r->cc))
        reject = 1;
      int score = prec_rank[r->prec] * 10 + (cue ? 5 : 0) +
                  (in_countries(&m, r->cc) ? 3 : 0) - h.tier;
      if (!reject) emit(g, rec, s, e, score, out, sc, &n, cap);
      next = j + 1; /* continue after the match (or the longer name) */
      if (e > tj->T->end) next = j + 2;
      break;
    }
  }
  if (L.w != L.wbuf) {
    free(L.w);
    free(L.cand);
  }
  if (L.syn != L.synbuf) free(L.syn);
  return n;
}

size_t acta_gazetteer_find(const acta_gazetteer *g, const char *text,
                           size_t start, size_t end, const char (*countries)[4],
                           size_t ncountries, acta_place *out, size_t max) {
  if (!g || !text || !out || max == 0 || start >= end) return 0;
  acta_tokens toks;
  acta_tokens_init(&toks);
  acta_tokenize(NULL, text + start, end - start, &toks);
  acta_sentence *sents = NULL; /* marks a dateline at the start */
  size_t scap = 0;
  acta_split_sentences(NULL, &toks, &sents, &scap);
  free(sents);
  acta_place_story story;
  acta_place_story_init(&story, countries, ncountries);
  size_t n = acta_gazetteer_find_tokens(g, text + start, &toks, 0,
                                        (uint32_t)toks.n, &story, out, max);
  acta_tokens_free(&toks);
  for (size_t i = 0; i < n; i++) {
    out[i].start += start;
    out[i].end += start;
  }
  return n;
}

void acta_place_story_init(acta_place_story *story, const char (*countries)[4],
                           size_t ncountries) {
  /* speed32a: the lists are read below their counts only: not cleared
   * (640 bytes for every article, most of which name nobody) */
  story->countries = countries;
  story->ncountries = countries ? ncountries : 0;
  story->nnames = 0;
  story->nlocals = 0;
  story->memo = NULL;
}

int acta_gazetteer_qualifier(unsigned vocab) {
  if (vocab == V_NONE) return 0; /* most tokens: no stage word */
  /* a switch over the same list (GZ_DIR_WORDS), not a walk of it: the
   * places and mentions stages ask of most tokens near a place */
#define GZ_DIR_CASE(v) case v:
  switch (vocab) {
    case V_THE:
    GZ_DIR_WORDS(GZ_DIR_CASE)
      return 1;
    default:
      return 0;
  }
#undef GZ_DIR_CASE
}

int acta_gazetteer_local_noun(unsigned vocab) {
#define GZ_LOCAL_CASE(v) case v:
  switch (vocab) {
    GZ_LOCAL_WORDS(GZ_LOCAL_CASE)
      return 1;
    default:
      return 0;
  }
#undef GZ_LOCAL_CASE
}
