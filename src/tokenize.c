/* SPDX-License-Identifier: MIT */
/* tokenize.c: UTF-8 validation, tokenization with byte offsets, folding of
 * each token (case, diacritics, curly quotes, dashes) and sentence
 * splitting (abbreviations, datelines, headlines without final stop). */
#include "coder_words.h"
#include "dict.h"
#include "gazetteer.h"
#include "poison.h"
#include "vocab.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void acta_tokens_init(acta_tokens *t) {
  memset(t, 0, sizeof *t);
  acta_buf_init(&t->norm);
  acta_buf_init(&t->padded);
}

void acta_tokens_free(acta_tokens *t) {
  free(t->v);
  free(t->memo_block);
  free(t->punct_words);
  free(t->punct_cw);
  free(t->cw);
  free(t->lexc);
  free(t->unset);
  free(t->cand_memo);
  free(t->then_marks);
  acta_buf_free(&t->norm);
  acta_buf_free(&t->padded);
  memset(t, 0, sizeof *t);
}

long acta_utf8_invalid_at(const char *s, size_t n) {
  size_t i = 0;
  const unsigned char *u = (const unsigned char *)s;
  while (i < n) {
#if defined(__SSE2__)
    /* speed25b: sixteen bytes at a time up to the first NUL or byte above
     * 0x7F (its high bit) */
    while (n - i >= 16) {
      __m128i v = _mm_loadu_si128((const void *)(u + i));
      unsigned m = (unsigned)_mm_movemask_epi8(v) |
                   (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()));
      if (m) {
        i += (size_t)__builtin_ctz(m);
        break;
      }
      i += 16;
    }
#else
    /* eight ASCII bytes at a time while none is NUL or above 0x7F */
    while (n - i >= 8) {
      uint64_t x;
      memcpy(&x, u + i, 8);
      const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
      if (((x | ((x - ones) & ~x)) & high) != 0) break;
      i += 8;
    }
#endif
    if (i >= n) break;
    if (u[i] < 0x80) {
      if (u[i] == 0) return (long)i;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) return (long)i;
    i += (size_t)k;
  }
  return -1;
}

/* Decodes one code point at s[i]; returns its length (1 on bad bytes). */
static size_t decode(const char *s, size_t n, size_t i, int32_t *cp) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) { *cp = c; return 1; }
  utf8proc_int32_t v;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                        (utf8proc_ssize_t)(n - i), &v);
  if (k <= 0) { *cp = 0xFFFD; return 1; }
  *cp = v;
  return (size_t)k;
}

static int is_space_cp(int32_t cp) {
  /* ' ' and \t \n \v \f \r (9 to 13); a letter or digit (what mostly
   * comes here) is told by two compares */
  if (cp <= ' ') return cp == ' ' || (cp >= '\t' && cp <= '\r');
  if (cp < 0x80) return 0;
  if (cp == 0x200B || cp == 0xFEFF) return 1;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
         c == UTF8PROC_CATEGORY_ZP;
}

static int is_letter_cp(int32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_MC;
}

static int is_digit_cp(int32_t cp) { return cp >= '0' && cp <= '9'; }
static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018; }
static int is_upper_cp(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* Folds text[s..e) into the norm buffer: lower case, no diacritics. */
static void fold(acta_buf *b, const char *s, size_t start, size_t end) {
  size_t i = start;
  while (i < end) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      acta_buf_putc(b, (char)((c >= 'A' && c <= 'Z') ? c + 32 : c));
      i++;
      continue;
    }
    int32_t cp;
    size_t k = decode(s, end, i, &cp);
    i += k;
    if (is_apos(cp)) { acta_buf_putc(b, '\''); continue; }
    if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 ||
        cp == 0x2014 || cp == 0x2212) { acta_buf_putc(b, '-'); continue; }
    if (cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) {
      acta_buf_putc(b, '"');
      continue;
    }
    utf8proc_int32_t out[16];
    int last = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, out, 16,
        UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
            UTF8PROC_COMPAT,
        &last);
    if (m < 0 || m > 16) m = 0;
    for (utf8proc_ssize_t j = 0; j < m; j++) {
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t el = utf8proc_encode_char(out[j], enc);
      acta_buf_put(b, (const char *)enc, (size_t)el);
    }
  }
}

/* Abbreviations that keep their period (folded, without the period):
 * mr mrs ms dr gen col lt sgt capt gov sen rep pres st jan feb mar apr aug
 * sep sept oct nov dec inc corp co ltd jr sr vs etc maj adm cmdr prof rev
 * hon mt ft no gens reps sens brig cpl pvt supt insp messrs approx dept
 * est govt fig ave blvd.  is_abbrev() tests a word with one switch on its
 * bytes and length packed into an integer (AB_KEY), not a strncmp per
 * entry: it runs for every short word before a full stop. */
#define AB_KEY(a, b, c, d, e, f, n)                                        \
  ((uint64_t)(unsigned char)(a) | (uint64_t)(unsigned char)(b) << 8 |      \
   (uint64_t)(unsigned char)(c) << 16 | (uint64_t)(unsigned char)(d) << 24 | \
   (uint64_t)(unsigned char)(e) << 32 | (uint64_t)(unsigned char)(f) << 40 | \
   (uint64_t)(n) << 56)
#define AB2(a, b) AB_KEY(a, b, 0, 0, 0, 0, 2)
#define AB3(a, b, c) AB_KEY(a, b, c, 0, 0, 0, 3)
#define AB4(a, b, c, d) AB_KEY(a, b, c, d, 0, 0, 4)
#define AB5(a, b, c, d, e) AB_KEY(a, b, c, d, e, 0, 5)
#define AB6(a, b, c, d, e, f) AB_KEY(a, b, c, d, e, f, 6)
enum { ABBREV_MAX = 6 }; /* the longest ("messrs", "approx") */
/* Those that never end a sentence (titles, "No. 2"). */
static const char *const TITLE_ABBREVS[] = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
    "rep", "pres", "maj", "adm", "cmdr", "prof", "rev", "hon", "mt", "no",
    "gens", "reps", "sens", "brig", "cpl", "pvt", "supt", "insp", "messrs",
    "st", "ft", NULL};

/* Is the word s[0, n) (n <= ABBREV_MAX), its ASCII capitals folded, one of
 * the abbreviations above?  (speed37a: folded here, from the text) */
static int is_abbrev(const char *s, size_t n) {
  uint64_t key = (uint64_t)n << 56;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    key |= (uint64_t)(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * i);
  }
  switch (key) {
    case AB2('m', 'r'): case AB3('m', 'r', 's'): case AB2('m', 's'):
    case AB2('d', 'r'): case AB3('g', 'e', 'n'): case AB3('c', 'o', 'l'):
    case AB2('l', 't'): case AB3('s', 'g', 't'): case AB4('c', 'a', 'p', 't'):
    case AB3('g', 'o', 'v'): case AB3('s', 'e', 'n'): case AB3('r', 'e', 'p'):
    case AB4('p', 'r', 'e', 's'): case AB2('s', 't'): case AB3('j', 'a', 'n'):
    case AB3('f', 'e', 'b'): case AB3('m', 'a', 'r'): case AB3('a', 'p', 'r'):
    case AB3('a', 'u', 'g'): case AB3('s', 'e', 'p'): case AB4('s', 'e', 'p', 't'):
    case AB3('o', 'c', 't'): case AB3('n', 'o', 'v'): case AB3('d', 'e', 'c'):
    case AB3('i', 'n', 'c'): case AB4('c', 'o', 'r', 'p'): case AB2('c', 'o'):
    case AB3('l', 't', 'd'): case AB2('j', 'r'): case AB2('s', 'r'):
    case AB2('v', 's'): case AB3('e', 't', 'c'): case AB3('m', 'a', 'j'):
    case AB3('a', 'd', 'm'): case AB4('c', 'm', 'd', 'r'):
    case AB4('p', 'r', 'o', 'f'): case AB3('r', 'e', 'v'): case AB3('h', 'o', 'n'):
    case AB2('m', 't'): case AB2('f', 't'): case AB2('n', 'o'):
    case AB4('g', 'e', 'n', 's'): case AB4('r', 'e', 'p', 's'):
    case AB4('s', 'e', 'n', 's'): case AB4('b', 'r', 'i', 'g'):
    case AB3('c', 'p', 'l'): case AB3('p', 'v', 't'): case AB4('s', 'u', 'p', 't'):
    case AB4('i', 'n', 's', 'p'): case AB6('m', 'e', 's', 's', 'r', 's'):
    case AB6('a', 'p', 'p', 'r', 'o', 'x'): case AB4('d', 'e', 'p', 't'):
    case AB3('e', 's', 't'): case AB4('g', 'o', 'v', 't'): case AB3('f', 'i', 'g'):
    case AB3('a', 'v', 'e'): case AB4('b', 'l', 'v', 'd'):
      return 1;
    default:
      return 0;
  }
}

/* Is the code point at text[i] a letter (i may be past the end)? */
static int letter_at(const char *text, size_t len, size_t i) {
  if (i >= len) return 0;
  int32_t cp;
  decode(text, len, i, &cp);
  return is_letter_cp(cp);
}

/* Doubles the room for tokens (push_token's rare case, out of line). */
static __attribute__((noinline)) void grow_tokens(acta_tokens *t) {
  size_t cap = t->cap ? t->cap * 2 : 256;
  acta_token *p = realloc(t->v, cap * sizeof *p);
  uint32_t *cw = realloc(t->cw, cap * sizeof *cw);
  acta_word_cands *lexc = realloc(t->lexc, cap * sizeof *lexc);
  if (!p || !cw || !lexc) abort();
  t->v = p;
  t->cw = cw;
  t->lexc = lexc;
  t->cap = cap;
}

/* Token k's coder word id is ACTA_CW_UNSET for now (acta_tokens.unset). */
static inline void cw_unset(acta_tokens *t, size_t k) {
  ACTA_GROW(t->unset, t->nunset, t->cap_unset);
  t->unset[t->nunset++] = (uint32_t)k;
}

/* A new token, zero but for its ids (none); inline (speed29c: the call
 * cost as much as the rest, once a token). */
static inline __attribute__((always_inline)) acta_token *push_token(acta_tokens *t) {
  if (t->n == t->cap) grow_tokens(t);
  t->cw[t->n] = ACTA_CW_UNSET; /* memo_word() or finish_punct() may set it */
  cw_unset(t, t->n);
  acta_token *tk = &t->v[t->n++];
  memset(tk, 0, sizeof *tk);
  tk->word = tk->vlemma = tk->nlemma = ACTA_NO_WORD;
  return tk;
}

/* A punctuation mark outside ASCII that no text stage joins to a word:
 * dashes, double quotes, bullets, ellipsis (U+200C..U+203F but the single
 * quotes U+2018/U+2019), guillemets, degree, pound, yen, currency signs
 * U+20A0..U+20BF. */
static int plain_punct_u8(const unsigned char *u, size_t n) {
  if (n == 3 && u[0] == 0xE2 && u[1] == 0x80)
    return u[2] >= 0x8C && u[2] != 0x98 && u[2] != 0x99;
  if (n == 3 && u[0] == 0xE2 && u[1] == 0x82) return u[2] >= 0xA0;
  if (n == 2 && u[0] == 0xC2)
    return u[1] == 0xA3 || u[1] == 0xA5 || u[1] == 0xAB || u[1] == 0xBB ||
           u[1] == 0xB0;
  return 0;
}

/* TS_* of text[start, end) as a token of this kind. */
static uint8_t token_shape(const char *text, size_t start, size_t end,
                           uint8_t kind) {
  const unsigned char *u = (const unsigned char *)text;
  int ascii = 1, alnum = 1;
  for (size_t i = start; i < end; i++) {
    unsigned char c = u[i];
    if (c >= 0x80) ascii = 0;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9')))
      alnum = 0;
  }
  uint8_t shape = ascii ? TS_ASCII : 0;
  if (kind != TK_PUNCT) {
    if (alnum) shape |= TS_PLAIN;
  } else if (ascii) {
    if (u[start] != '\'' && u[start] != '`') shape |= TS_PLAIN;
  } else if (plain_punct_u8(u + start, end - start)) {
    shape |= TS_PLAIN;
  }
  return shape;
}

/* The memo of recent lexicon lookups: a direct-mapped table of words (up to
 * WM_KEY bytes, folded) and what the dictionary gives them: the word id,
 * its lemmas (looked up, or made by the lemmatiser for an unknown word)
 * and its vocabulary code.  News repeats its words, and the lexicon's
 * hash table is large: a lookup that misses the cache costs more than
 * all the rest of a token.  A word is keyed by its folded bytes in three
 * 64-bit words, zero past its end: a hit is three comparisons.  65536
 * slots of one 64-byte line (4 MB a thread): with 4096, one lookup in six of the shared
 * corpus missed, most for a word whose slot another had taken (16384,
 * speed15: 18 M fewer instructions on the dated corpus; 65536, speed29c:
 * 9.5 M fewer again, on the bench sentences as on the dated corpus). */
enum { WM_SLOTS = 65536, WM_BITS = 16, WM_KEY = 24 };

struct acta_word_memo {
  uint64_t key[WM_KEY / 8]; /* the folded word, zero-padded */
  /* speed37a: the word's token as short_word() writes it, from its word
   * id on (word, lemmas, kind TK_WORD, shape TS_PLAIN | TS_ASCII and the
   * word's TS_ROOT, vocabulary code, every other field 0), copied whole
   * into each token of it (a few wide moves, not a store a field); its
   * span fields, which every token writes of its own, hold the slot's
   * own: the coder word id and the key's length */
  union {
    acta_token tok;
    struct {
      uint32_t cw;          /* speed35f: the coder word id (acta_tokens.cw) */
      uint8_t len;          /* 0: empty */
      /* speed41a: the tagger's candidates of the word, when the token's
       * shape has TS_LEXC (acta_tokens.lexc) */
      acta_word_cands lexc;
    } own;
  } u;
};
/* the slot's own fields lie before the token's word id; a token copied
 * from a slot writes its span fields (start, end, norm, norm_len) itself
 * and takes the rest from the slot, so no other field may lie before the
 * word id; and a slot is one cache line */
_Static_assert(sizeof(((struct acta_word_memo *)0)->u.own) <= offsetof(acta_token, word),
               "a memo slot's own fields overlap its token's span only");
_Static_assert(offsetof(acta_token, word) == offsetof(acta_token, norm_len) + sizeof(uint32_t),
               "the word id follows the span fields a token writes itself");
_Static_assert(sizeof(struct acta_word_memo) == 64, "a memo slot is one 64-byte line");
/* The bytes of a token copied from a memo slot: from its word id to the end. */
#define MEMO_TAIL_AT offsetof(acta_token, word)
#define MEMO_TAIL_LEN (sizeof(acta_token) - offsetof(acta_token, word))

/* The coder word id of the word folded s[0, n) whose lexicon id is word,
 * or ACTA_CW_UNSET when no coder words are built (code.c then looks the
 * token up): speed35f, asked once a word in the memo instead of once a
 * token by code.c. */
static inline uint32_t memo_cw(const acta_dict *d, uint32_t word, const char *s, size_t n) {
  return d->coder_words ? acta_coder_word_of_token(d->coder_words, d, word, s, n)
                        : ACTA_CW_UNSET;
}

/* Makes the memo, or empties it when it was dictionary d's no longer:
 * once an article, before its first token (acta_tokenize).  The word ids
 * of the punctuation marks of one ASCII byte (the lexicon has a few: "&",
 * "%") are looked up with it, all 128 (speed32d: finish_punct reads one,
 * not a memo slot found by hashing and checked for each mark). */
static void memo_ready(const acta_dict *d, acta_tokens *t) {
  if (!t->memo || t->memo_dict != (const void *)d || t->memo_gaz != (const void *)d->gaz) {
    /* speed37a: a slot a cache line (64 bytes) when the token is 40,
     * aligned to one: a lookup reads one line.  speed45b: made zeroed
     * (calloc: pages the system gives zeroed are not written again, and
     * a short run touches few of the 4 MB), emptied by memset only when
     * it held another dictionary's words */
    int fresh = !t->memo;
    if (fresh) {
      t->memo_block = calloc(1, WM_SLOTS * sizeof *t->memo + 63);
      if (!t->memo_block) abort();
      t->memo = (struct acta_word_memo *)(((uintptr_t)t->memo_block + 63) & ~(uintptr_t)63);
    }
    if (!t->punct_words) t->punct_words = malloc(128 * sizeof *t->punct_words);
    if (!t->punct_cw) t->punct_cw = malloc(128 * sizeof *t->punct_cw);
    if (!t->punct_words || !t->punct_cw) abort();
    if (!fresh) memset(t->memo, 0, WM_SLOTS * sizeof *t->memo);
    for (unsigned c = 0; c < 128; c++) {
      char b = (char)c;
      t->punct_words[c] = acta_intern_find(&d->words, &b, 1);
      t->punct_cw[c] = memo_cw(d, t->punct_words[c], &b, 1);
    }
    t->memo_dict = d;
    t->memo_gaz = d->gaz;
  }
}

/* The slot of memo (memo_ready()'s) for the folded form of n bytes whose
 * key words are k0, k1, k2. */
static inline struct acta_word_memo *memo_slot(struct acta_word_memo *memo, uint64_t k0,
                                               uint64_t k1, uint64_t k2, size_t n) {
  uint64_t mix = (k0 ^ (k1 * 0xC2B2AE3D27D4EB4FULL) ^
                  ((k2 + n) * 0x165667B19E3779F9ULL)) * 0x9E3779B97F4A7C15ULL;
  _Static_assert(WM_SLOTS == 1 << WM_BITS, "the slot is the top bits");
  return &memo[mix >> (64 - WM_BITS)];
}

/* Fills memo slot m with the word folded s[0..n), 0 < n <= WM_KEY, whose
 * bytes, zero-padded, are key, as lookup_word() would fill a token
 * without the memo: the word id, lemmas and vocabulary code.  A slot's
 * vocabulary code is 0 for a word the lexicon lacks (speed25b: stored as
 * it is, not tested).  Out of line (speed37a): most lookups hit. */
static __attribute__((noinline)) void memo_fill(const acta_dict *d, struct acta_word_memo *m,
                                                const char *s, size_t n,
                                                const uint64_t key[WM_KEY / 8]) {
  acta_token *tok = &m->u.tok;
  memset(tok, 0, sizeof *tok); /* padding too: copied into tokens */
  uint64_t h = acta_hash(s, n);
  tok->word = acta_intern_find_hashed(&d->words, s, n, h);
  tok->kind = TK_WORD;
  if (tok->word != ACTA_NO_WORD) {
    tok->vlemma = d->info[tok->word].vlem;
    tok->nlemma = d->info[tok->word].nlem;
    tok->vocab = d->info[tok->word].vocab;
  } else {
    char scratch[80];
    tok->vlemma = acta_verb_lemma(d, s, n, ACTA_NO_WORD, scratch);
    tok->nlemma = acta_noun_lemma(d, s, n, ACTA_NO_WORD, scratch);
  }
  tok->shape = (uint8_t)(TS_PLAIN | TS_ASCII | acta_root_shape(d, tok->word, tok->nlemma));
  /* speed38b: the gazetteer's first-word filter, asked once a word here
   * and not per capitalised token there (start_may) */
  if (d->gaz)
    tok->shape |= (uint8_t)(TS_FW_ASKED |
                            (acta_gazetteer_first_word_may(d->gaz, h) ? TS_FW : 0));
  /* speed45b: the yield gate's bit, asked once a word here and not per
   * token of every record there (acta_article_may_yield) */
  tok->shape |= (uint8_t)(TS_YH_ASKED | (acta_word_set_has(&d->yield_heads, tok->word) ||
                                                 acta_word_set_has(&d->yield_heads, tok->vlemma) ||
                                                 acta_word_set_has(&d->yield_heads, tok->nlemma)
                                             ? TS_YH
                                             : 0));
  /* speed47c: the noun patterns' head bit, asked once a word here and
   * not per noun of every sentence (acta_code_event_nouns) */
  tok->heads = (uint8_t)(TH_ASKED | acta_noun_head_bits(d, tok->word, tok->vlemma, tok->nlemma));
  m->u.own.cw = memo_cw(d, tok->word, s, n);
  /* speed41a: the tagger's candidates of the word (the slot's form is
   * the word's own) */
  if (tok->word != ACTA_NO_WORD && acta_tagger_word_cands(d, tok->word, n, &m->u.own.lexc))
    tok->shape |= TS_LEXC;
  m->u.own.len = (uint8_t)n;
  memcpy(m->key, key, sizeof m->key);
}

/* Writes token tk, a word of m bytes at text offset i whose memo slot is w,
 * flags given, its folded form at norm offset norm: the slot's token from
 * its word id on, then the span and flags (speed37a). */
static inline __attribute__((always_inline)) void
put_word(acta_token *tk, const struct acta_word_memo *w, size_t i, size_t m, size_t norm,
         uint8_t flags) {
  memcpy((char *)tk + MEMO_TAIL_AT, (const char *)&w->u.tok + MEMO_TAIL_AT, MEMO_TAIL_LEN);
  tk->start = (uint32_t)i;
  tk->end = (uint32_t)(i + m);
  tk->norm = (uint32_t)norm;
  tk->norm_len = (uint32_t)m;
  tk->flags = flags;
}

/* Does memo slot m hold the word folded, zero-padded, key, of n bytes? */
static inline int memo_holds(const struct acta_word_memo *m, const uint64_t key[WM_KEY / 8],
                             size_t n) {
  return m->u.own.len == n && m->key[0] == key[0] && m->key[1] == key[1] &&
         m->key[2] == key[2];
}

/* memo_fill() on a miss (speed37a: out of line, the hit inline). */
static inline __attribute__((always_inline)) const struct acta_word_memo *
memo_find(const acta_dict *d, acta_tokens *t, const char *s, size_t n,
          const uint64_t key[WM_KEY / 8]) {
  struct acta_word_memo *m = memo_slot(t->memo, key[0], key[1], key[2], n);
  if (!memo_holds(m, key, n)) memo_fill(d, m, s, n, key);
  return m;
}

/* Sets the word id, lemmas and (a plain word: plain, a constant at most
 * calls) vocabulary code of word token tk from memo_find(). */
static inline __attribute__((always_inline)) void
memo_word(const acta_dict *d, acta_tokens *t, acta_token *tk, const char *s,
          size_t n, const uint64_t key[WM_KEY / 8], int plain) {
  const struct acta_word_memo *m = memo_find(d, t, s, n, key);
  tk->word = m->u.tok.word;
  tk->vlemma = m->u.tok.vlemma;
  tk->nlemma = m->u.tok.nlemma;
  tk->shape |= m->u.tok.shape & (TS_ROOT | TS_LEXC | TS_YH_ASKED | TS_YH);
  tk->heads = m->u.tok.heads;
  t->cw[tk - t->v] = m->u.own.cw;
  t->lexc[tk - t->v] = m->u.own.lexc;
  if (plain) tk->vocab = m->u.tok.vocab;
}

/* A word "then-" joined to a name ("then-US Attorney", "then-Mexican
 * Attorney General", "then-UN Secretary General") is read as that name:
 * the office or body held at the time, of that country (bugs29).  Such a
 * word is found here, where the tokenizer reads a word that is not all
 * letters and digits ("cease-fire"), instead of by a pass over every
 * token after the split (speed32d): token tk, a word of text whose folded form
 * is s[0, n), qualifies when that form starts "then-", a capital follows in
 * the text, the whole is no dictionary phrase's first word (a "then-" title
 * the dictionaries write whole, "then-President", "then-Interior Minister"
 * in agents.txt, stays so) and the rest is a word the dictionaries know.
 * It is marked in t->then_marks with the rest's word id and capitals, and
 * rewritten by acta_then_titles() once the sentences are split, which
 * read the word and capitals as written. */
enum { THEN_PREFIX = 5 }; /* "then-" */

static void then_title(const acta_dict *d, acta_tokens *t, const acta_token *tk,
                       const char *s, size_t n, const char *text) {
  if (n <= THEN_PREFIX + 1 || tk->end - tk->start != n) return;
  const char *raw = text + tk->start + THEN_PREFIX;
  if (memcmp(s, "then-", THEN_PREFIX) || !(*raw >= 'A' && *raw <= 'Z')) return;
  if (tk->word != ACTA_NO_WORD && acta_root_word(d, tk->word)) return;
  size_t rn = n - THEN_PREFIX;
  uint32_t id = acta_intern_find(&d->words, s + THEN_PREFIX, rn);
  if (id == ACTA_NO_WORD) return;
  int letters = 0, lower = 0;
  for (size_t q = 0; q < rn; q++) {
    char c = raw[q];
    if (c >= 'a' && c <= 'z') lower = 1;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters++;
  }
  ACTA_GROW(t->then_marks, t->nthen, t->cap_then);
  acta_then_mark *m = &t->then_marks[t->nthen++];
  m->tok = (uint32_t)(tk - t->v);
  m->word = id;
  m->flags = (uint8_t)(TF_CAP | (letters >= 2 && !lower ? TF_ALLCAPS : 0));
}

void acta_then_titles(const acta_dict *d, acta_tokens *t) {
  for (size_t k = 0; k < t->nthen; k++) {
    const acta_then_mark *m = &t->then_marks[k];
    acta_token *tk = &t->v[m->tok];
    tk->norm += THEN_PREFIX;
    tk->norm_len -= THEN_PREFIX;
    tk->word = m->word;
    tk->vlemma = d->info[m->word].vlem;
    tk->nlemma = d->info[m->word].nlem;
    tk->vocab = d->info[m->word].vocab;
    /* the tokenizer's mark is the new word's: a dictionary phrase may
     * begin here (TS_ROOT) */
    tk->shape &= (uint8_t)~(TS_ROOT | TS_FW_ASKED | TS_FW | TS_LEXC | TS_YH_ASKED | TS_YH);
    tk->heads = 0; /* (not asked of the new word) */
    tk->shape |= acta_root_shape(d, tk->word, tk->nlemma);
    tk->flags |= m->flags;
    t->cw[m->tok] = ACTA_CW_UNSET; /* the word is another: code.c looks it up */
    cw_unset(t, m->tok);
  }
}

/* The dictionary's reading of token tk, whose folded form is in the norm
 * buffer: its word id, lemmas and vocabulary code (without a dictionary,
 * the vocabulary code alone).  key: the folded form's bytes zero-padded
 * to WM_KEY (NULL: not at hand).  text: the text tk is in. */
static void lookup_word(const acta_dict *d, acta_tokens *t, acta_token *tk,
                        uint8_t kind, const uint64_t *key, const char *text) {
  if (d) {
    const char *s = t->norm.data + tk->norm;
    size_t n = tk->norm_len;
    tk->word = ACTA_NO_WORD;
    /* a word that is not all letters and digits: "cease-fire", "then-US" */
    int unplain = kind == TK_WORD && !(tk->shape & TS_PLAIN);
    if (unplain && n < 64 && memchr(s, '-', n)) {
      /* "cease-fire" is "ceasefire", "air-strike" "airstrike", when the
       * joined form is a known word */
      char joined[64];
      size_t jn = 0;
      for (size_t q = 0; q < n; q++)
        if (s[q] != '-') joined[jn++] = s[q];
      tk->word = acta_intern_find(&d->words, joined, jn);
      if (tk->word != ACTA_NO_WORD && (d->info[tk->word].flags & WF_STAGE))
        tk->word = ACTA_NO_WORD; /* a stage word, not a lexicon word */
      if (tk->word != ACTA_NO_WORD) {
        /* later lookups (lemmas) use the joined form */
        char scratch[80];
        tk->vlemma = acta_verb_lemma(d, joined, jn, tk->word, scratch);
        tk->nlemma = acta_noun_lemma(d, joined, jn, tk->word, scratch);
        tk->shape |= acta_root_shape(d, tk->word, tk->nlemma);
        then_title(d, t, tk, s, n, text);
        return;
      }
    }
    if (kind == TK_WORD && n > 0 && n <= WM_KEY) {
      uint64_t own[WM_KEY / 8] = {0, 0, 0};
      if (!key) {
        memcpy(own, s, n);
        key = own;
      }
      memo_word(d, t, tk, s, n, key, (tk->shape & TS_PLAIN) != 0);
      if (unplain) then_title(d, t, tk, s, n, text);
      return;
    }
    tk->word = acta_intern_find(&d->words, s, n);
    if (kind == TK_WORD && (tk->shape & TS_PLAIN) && tk->word != ACTA_NO_WORD)
      tk->vocab = d->info[tk->word].vocab;
    if (kind == TK_WORD && tk->word != ACTA_NO_WORD) {
      /* a known word: its lemmas were computed at load */
      tk->vlemma = d->info[tk->word].vlem;
      tk->nlemma = d->info[tk->word].nlem;
    } else if (kind == TK_WORD && n < 64) {
      char scratch[80];
      tk->vlemma = acta_verb_lemma(d, s, n, tk->word, scratch);
      tk->nlemma = acta_noun_lemma(d, s, n, tk->word, scratch);
    }
    if (kind != TK_PUNCT) tk->shape |= acta_root_shape(d, tk->word, tk->nlemma);
    if (unplain) then_title(d, t, tk, s, n, text);
  } else if (kind == TK_WORD && (tk->shape & TS_PLAIN)) {
    tk->vocab = acta_vocab_find(t->norm.data + tk->norm, tk->norm_len);
  }
}

/* The ASCII capitals, small letters and digits of the eight bytes v, each
 * byte marked by its high bit; the subtractions cannot borrow across
 * bytes, every byte's high bit being set first (a byte outside ASCII is
 * none of them). */
typedef struct { uint64_t upper, lower, digit; } ascii_classes;
static inline ascii_classes classify8(uint64_t v) {
  const uint64_t H = 0x8080808080808080ULL, ONES = 0x0101010101010101ULL;
  uint64_t vh = v | H, ascii = ~v & H;
  ascii_classes c;
  c.upper = (vh - ONES * 'A') & ~(vh - ONES * ('Z' + 1)) & ascii;
  c.lower = (vh - ONES * 'a') & ~(vh - ONES * ('z' + 1)) & ascii;
  c.digit = (vh - ONES * '0') & ~(vh - ONES * ('9' + 1)) & ascii;
  return c;
}

/* finish_token() for the common token, a word or number of at most WM_KEY
 * ASCII bytes, eight bytes at a time (classify8(); a capital is folded
 * by setting its 0x20 bit).  Returns 0, having written nothing, when a
 * byte is outside ASCII.  text[0..len) holds the token. */
static int finish_ascii(const acta_dict *d, acta_tokens *t, acta_token *tk,
                        const char *text, size_t len, uint8_t kind) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  enum { NW = WM_KEY / 8 };
  const uint64_t H = 0x8080808080808080ULL;
  size_t n = tk->end - tk->start, nw = (n + 7) / 8;
  uint64_t x[NW];
  if (len - tk->start >= sizeof x) {
    memcpy(x, text + tk->start, sizeof x);
  } else {
    memset(x, 0, sizeof x);
    memcpy(x, text + tk->start, n);
  }
  size_t tail = n - 8 * (nw - 1); /* bytes in the last word: 1..8 */
  uint64_t tail_mask = tail == 8 ? ~0ULL : (1ULL << (8 * tail)) - 1;
  uint64_t high = 0, odd = 0, small = 0, caps[NW] = {0, 0, 0};
  for (size_t k = 0; k < nw; k++) {
    uint64_t mask = k + 1 == nw ? tail_mask : ~0ULL;
    uint64_t v = x[k] & mask;
    ascii_classes c = classify8(v);
    high |= v;
    odd |= mask & H & ~(c.upper | c.lower | c.digit); /* neither letter nor digit */
    small |= c.lower;
    caps[k] = c.upper;
    x[k] = v | (c.upper >> 2);
  }
  if (high & H) return 0;
  if (nw < 3) x[2] = 0;
  if (nw < 2) x[1] = 0;
  tk->kind = kind;
  tk->norm = (uint32_t)t->norm.len;
  acta_buf_reserve(&t->norm, sizeof x + 1);
  char *o = t->norm.data + t->norm.len;
  memcpy(o, x, sizeof x);
  o[n] = '\0';
  t->norm.len += n + 1;
  tk->norm_len = (uint32_t)n;
  tk->shape = odd ? TS_ASCII : TS_PLAIN | TS_ASCII;
  if (caps[0] & 0x80) tk->flags |= TF_CAP;
  /* every letter a capital, and two of them at least */
  if (kind == TK_WORD && !small &&
      ((caps[0] & (caps[0] - 1)) || (caps[1] & (caps[1] - 1)) ||
       (caps[2] & (caps[2] - 1)) ||
       (caps[0] != 0) + (caps[1] != 0) + (caps[2] != 0) >= 2))
    tk->flags |= TF_ALLCAPS;
  if (d && kind == TK_WORD && !odd)
    memo_word(d, t, tk, o, n, x, 1); /* a plain word: lookup_word()'s memo */
  else
    lookup_word(d, t, tk, kind, x, text);
  return 1;
#else
  (void)d; (void)t; (void)tk; (void)text; (void)len; (void)kind;
  return 0;
#endif
}

/* finish_token() for a punctuation mark of one ASCII byte; its word id
 * (the lexicon has a few: "&", "%") looked up by memo_ready(). */
static void finish_punct(const acta_dict *d, acta_tokens *t, acta_token *tk,
                         char c) {
  tk->kind = TK_PUNCT;
  tk->norm = (uint32_t)t->norm.len;
  acta_buf_reserve(&t->norm, 2);
  char *o = t->norm.data + t->norm.len;
  o[0] = c;
  o[1] = '\0';
  t->norm.len += 2;
  tk->norm_len = 1;
  tk->shape = c == '\'' || c == '`' ? TS_ASCII : TS_PLAIN | TS_ASCII;
  tk->punct = c;
  if (!d) return;
  tk->word = t->punct_words[(unsigned char)c];
  t->cw[tk - t->v] = t->punct_cw[(unsigned char)c];
}

/* Writes token tk, the mark c of one ASCII byte at text offset i, flags
 * and word id given, and its folded form at norm offset norm (o): the
 * token written once (speed34c). */
static inline __attribute__((always_inline)) void
put_punct(acta_token *tk, char *o, size_t i, size_t norm, char c, uint8_t flags,
          uint32_t word) {
  o[0] = c;
  o[1] = '\0';
  *tk = (acta_token){
      .start = (uint32_t)i, .end = (uint32_t)(i + 1), .norm = (uint32_t)norm, .norm_len = 1,
      .word = word, .vlemma = ACTA_NO_WORD, .nlemma = ACTA_NO_WORD, .kind = TK_PUNCT,
      .flags = flags, .punct = c,
      .shape = (uint8_t)(c == '\'' || c == '`' ? TS_ASCII : TS_PLAIN | TS_ASCII)};
}

/* push_token() and finish_punct() for the mark c of one ASCII byte at
 * text offset i, flags given. */
static inline __attribute__((always_inline)) void
push_punct(const acta_dict *d, acta_tokens *t, size_t i, char c, uint8_t flags) {
  size_t norm = t->norm.len;
  acta_buf_reserve(&t->norm, 2);
  if (t->n == t->cap) grow_tokens(t);
  t->norm.len = norm + 2;
  t->cw[t->n] = d ? t->punct_cw[(unsigned char)c] : ACTA_CW_UNSET;
  put_punct(&t->v[t->n++], t->norm.data + norm, i, norm, c, flags,
            d ? t->punct_words[(unsigned char)c] : ACTA_NO_WORD);
}

static void finish_token(const acta_dict *d, acta_tokens *t, acta_token *tk,
                         const char *text, size_t len, uint8_t kind) {
  size_t n = tk->end - tk->start;
  if (kind != TK_PUNCT && n <= WM_KEY && finish_ascii(d, t, tk, text, len, kind))
    return;
  if (kind == TK_PUNCT && n == 1 && (unsigned char)text[tk->start] < 0x80) {
    finish_punct(d, t, tk, text[tk->start]);
    return;
  }
  tk->kind = kind;
  tk->norm = (uint32_t)t->norm.len;
  acta_buf_reserve(&t->norm, n + 1);
  /* ASCII letters and digits: the folded form is the lower case, capitals
   * are A-Z (the common case, in one pass) */
  char *o = t->norm.data + t->norm.len;
  int letters = 0, upper = 0, digits = 0;
  for (size_t i = 0; i < n; i++) {
    char c = text[tk->start + i];
    if (c >= 'A' && c <= 'Z') {
      letters++;
      upper++;
      c = (char)(c + 32);
    } else if (c >= 'a' && c <= 'z') {
      letters++;
    } else if (c >= '0' && c <= '9') {
      digits++;
    }
    o[i] = c;
  }
  tk->shape = (size_t)(letters + digits) == n && kind != TK_PUNCT
                  ? TS_PLAIN | TS_ASCII
                  : token_shape(text, tk->start, tk->end, kind);
  if (tk->shape & TS_ASCII) {
    o[n] = '\0';
    t->norm.len += n + 1;
    tk->norm_len = (uint32_t)n;
    if (kind == TK_PUNCT) tk->punct = o[0];
    if (text[tk->start] >= 'A' && text[tk->start] <= 'Z') tk->flags |= TF_CAP;
    if (kind == TK_WORD && letters >= 2 && upper == letters)
      tk->flags |= TF_ALLCAPS;
  } else {
    fold(&t->norm, text, tk->start, tk->end);
    tk->norm_len = (uint32_t)(t->norm.len - tk->norm);
    acta_buf_putc(&t->norm, '\0');
    if (kind == TK_PUNCT) tk->punct = t->norm.data[tk->norm];
    /* capitalisation */
    int32_t cp;
    decode(text, tk->end, tk->start, &cp);
    if (is_upper_cp(cp)) tk->flags |= TF_CAP;
    if (kind == TK_WORD) {
      int letters = 0, upper = 0;
      size_t i = tk->start;
      while (i < tk->end) {
        size_t k = decode(text, tk->end, i, &cp);
        if (is_letter_cp(cp)) {
          letters++;
          if (is_upper_cp(cp)) upper++;
        }
        i += k;
      }
      if (letters >= 2 && upper == letters) tk->flags |= TF_ALLCAPS;
    }
  }
  lookup_word(d, t, tk, kind, NULL, text);
}

/* speed34c: does the general loop of acta_tokenize() end a word of ASCII
 * letters and digits at the apostrophe text[p] (p < len), with no "n't"
 * split after it?  Yes before "s" and no letter ("Colombia's"), before no
 * letter ("students' rights") and at the end; no before another letter
 * ("O'Brien", "did|n't"); a byte outside ASCII after it is left to that
 * loop. */
static int word_ends_at_apostrophe(const char *text, size_t p, size_t len) {
  if (p + 1 >= len) return 1;
  unsigned char nx = (unsigned char)text[p + 1];
  if (nx >= 0x80) return 0;
  if (nx == 's' || nx == 'S') {
    if (p + 2 >= len) return 1;
    unsigned char a = (unsigned char)text[p + 2];
    return a < 0x80 && !is_letter_cp(a);
  }
  return !is_letter_cp(nx);
}

/* speed34c: does that loop end a word of m <= ABBREV_MAX ASCII letters
 * and digits, some of them letters, at the stop text[p] (p < len), the
 * stop no part of it?  Yes when no letter follows the stop (a letter may
 * make "U.S.": left to the loop) and the word is no abbreviation or
 * initial ("Gen.", "J."): "said.", "Iran." */
static int word_ends_at_stop(const char *text, size_t p, size_t len, size_t m,
                             int cap_first) {
  if (p + 1 < len) {
    unsigned char nx = (unsigned char)text[p + 1];
    if (nx >= 0x80 || is_letter_cp(nx)) return 0;
  }
  return !is_abbrev(text + p - m, m) && !(m == 1 && cap_first);
}

#if defined(__SSE2__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* The sixteen bytes at p (speed25b) as the start of a word of ASCII
 * letters and digits: m, the word's length, 0 when p[0] is none or all
 * sixteen are (then nothing else is set); folded: the word folded, zero
 * past its end (capitals with their 0x20 bit set); ub, lb: the word's
 * capitals and small letters, a bit a byte.  speed37a: each class one
 * range test (an add and a signed compare), the letters' on the byte with
 * its 0x20 bit set; the bytes past the word cleared by a mask loaded from
 * a table; returned by value, so the word stays in a register. */
typedef struct {
  __m128i folded;
  size_t m;
  unsigned ub, lb;
} sse_scan;

static inline __attribute__((always_inline)) sse_scan sse_word(const char *p) {
  sse_scan r = {.m = 0};
  static const unsigned char KEEP[32] = {
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  __m128i v = _mm_loadu_si128((const void *)p);
  /* a byte in [lo, lo + n) is, plus 128 - lo, below -128 + n as signed */
#define SSE_IN(v, lo, n) \
  _mm_cmplt_epi8(_mm_add_epi8((v), _mm_set1_epi8((char)(128 - (lo)))), \
                 _mm_set1_epi8((char)(-128 + (n))))
  __m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));
  __m128i letter = SSE_IN(low, 'a', 26), up = SSE_IN(v, 'A', 26), dg = SSE_IN(v, '0', 10);
#undef SSE_IN
  unsigned lm = (unsigned)_mm_movemask_epi8(letter);
  unsigned other = ~(lm | (unsigned)_mm_movemask_epi8(dg)) & 0xFFFFu;
  if (!other) return r; /* sixteen letters and digits or more */
  size_t m = (size_t)__builtin_ctz(other);
  if (m == 0) return r;
  unsigned keep = (1u << m) - 1, um = (unsigned)_mm_movemask_epi8(up);
  r.m = m;
  r.ub = um & keep;
  r.lb = lm & ~um & keep;
  r.folded = _mm_and_si128(_mm_or_si128(v, _mm_and_si128(up, _mm_set1_epi8(0x20))),
                           _mm_loadu_si128((const void *)(KEEP + 16 - m)));
  return r;
}
#endif

/* Does the word of m ASCII letters and digits at text[i] (avail bytes
 * readable there) end where the general loop of acta_tokenize() would end
 * it, before the byte b after it?  A word of more
 * than ABBREV_MAX letters before a stop is no abbreviation, initial or
 * "U.S." (a space, the usual end, is none of these: one compare);
 * speed34c: nor is a shorter one that is no abbreviation before a stop
 * with no letter after it, and a word before a possessive "'s" ends there
 * too. */
static inline __attribute__((always_inline)) int
short_ends(const char *text, size_t i, size_t m, size_t avail, unsigned char b,
           int has_letter, int cap_first) {
  return b == ' ' ||
         !(b >= 0x80 || b == '-' || (b == ',' && !has_letter) ||
           (b == '\'' && !word_ends_at_apostrophe(text, i + m, i + avail)) ||
           (b == '.' && !(has_letter && (m > ABBREV_MAX ||
                                         word_ends_at_stop(text, i + m, i + avail, m,
                                                           cap_first)))));
}

/* The commonest token, read and finished in one go: fewer than sixteen
 * ASCII letters and digits at text[i] (avail bytes readable there, at
 * least eight) ended by an ASCII byte that cannot continue it (not - ',
 * after digits only not ",", and "." only after a word of more than
 * ABBREV_MAX letters), as the general loop of
 * acta_tokenize() and finish_token() would make it.  Returns 0, having
 * done nothing, for any other token; else pushes the token (flags pre)
 * and returns where acta_tokenize() goes on: past it and past a space
 * after it, which acta_tokenize() would only step over (speed25b); never
 * 0 then (speed37a: returned, not written through a pointer to the
 * cursor, which kept the cursor in memory). */
static size_t short_word(const acta_dict *d, acta_tokens *t, const char *text,
                         size_t i, size_t avail, uint8_t pre) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t x[WM_KEY / 8] = {0, 0, 0};
  size_t m = 0;
  /* has a letter; its first byte a capital; every letter a capital, and
   * two of them at least */
  int has_letter, cap_first, all_caps;
#if defined(__SSE2__)
  if (avail >= 16) {
    sse_scan r = sse_word(text + i);
    m = r.m;
    if (m == 0) return 0;
    _mm_storeu_si128((void *)x, r.folded);
    unsigned ub = r.ub, lb = r.lb;
    has_letter = (ub | lb) != 0;
    cap_first = ub & 1;
    all_caps = !lb && (ub & (ub - 1)) != 0;
  } else
#endif
  {
    const uint64_t H = 0x8080808080808080ULL;
    uint64_t upper[2] = {0, 0}, lower = 0;
    for (size_t w = 0;; w++) {
      if (w == 2 || (w == 1 && avail < 16)) return 0;
      uint64_t v;
      memcpy(&v, text + i + 8 * w, 8);
      ascii_classes c = classify8(v);
      uint64_t other = H & ~(c.upper | c.lower | c.digit);
      uint64_t keep = ~0ULL;
      if (other) {
        size_t k = (size_t)__builtin_ctzll(other) / 8;
        keep = k ? (1ULL << (8 * k)) - 1 : 0;
        m = 8 * w + k;
      }
      upper[w] = c.upper & keep;
      lower |= c.lower & keep;
      x[w] = (v & keep) | (upper[w] >> 2);
      if (other) break;
    }
    if (m == 0) return 0;
    has_letter = (upper[0] | upper[1] | lower) != 0;
    cap_first = (upper[0] & 0x80) != 0;
    all_caps = !lower && ((upper[0] & (upper[0] - 1)) || (upper[1] & (upper[1] - 1)) ||
                          (upper[0] && upper[1]));
  }
  unsigned char b = (unsigned char)text[i + m];
  if (!short_ends(text, i, m, avail, b, has_letter, cap_first)) return 0;
  uint8_t kind = has_letter ? TK_WORD : TK_NUM;
  uint8_t flags = (uint8_t)(pre | (cap_first ? TF_CAP : 0) |
                            (kind == TK_WORD && all_caps ? TF_ALLCAPS : 0));
  /* speed34c: the memo read (x, zero past the word, is its folded form)
   * and room made before anything is stored: to the compiler a byte
   * stored (the folded form, the token's flags) may be any field of t,
   * loaded again after it */
  const struct acta_word_memo *w =
      d && kind == TK_WORD ? memo_find(d, t, (const char *)x, m, x) : NULL;
  acta_buf_reserve(&t->norm, 17);
  if (t->n == t->cap) grow_tokens(t);
  size_t norm = t->norm.len, ntok = t->n;
  char *o = t->norm.data + norm;
  acta_token *tk = t->v + ntok;
  t->norm.len = norm + m + 1;
  t->n = ntok + 1;
  memcpy(o, x, 16);
  o[m] = '\0';
  /* speed34c: the token written once, its memo slot read first (not
   * zeroed by push_token() and then set field by field) */
  if (w) {
    put_word(tk, w, i, m, norm, flags);
    t->cw[ntok] = w->u.own.cw;
    t->lexc[ntok] = w->u.own.lexc;
  } else {
    t->cw[ntok] = ACTA_CW_UNSET; /* lookup_word() may set it */
    cw_unset(t, ntok);
    *tk = (acta_token){.start = (uint32_t)i, .end = (uint32_t)(i + m), .norm = (uint32_t)norm,
                       .norm_len = (uint32_t)m, .word = ACTA_NO_WORD,
                       .vlemma = ACTA_NO_WORD, .nlemma = ACTA_NO_WORD, .kind = kind,
                       .flags = flags, .shape = TS_PLAIN | TS_ASCII};
    lookup_word(d, t, tk, kind, x, text);
  }
  return i + m + (b == ' '); /* past the usual space after it too */
#else
  (void)d; (void)t; (void)text; (void)i; (void)avail; (void)pre;
  return 0;
#endif
}

/* What acta_tokenize() does first with a token's first byte, one load:
 * BC_SPACE, the usual space, is stepped over; BC_PUNCT1, printable ASCII
 * with no letter or digit but ' - . (which may join a word), is a
 * punctuation token of one byte as it stands; BC_RUN, '-' and '.', is one
 * when the next byte is another (not "--" nor "...": speed34c); BC_ALNUM,
 * an ASCII letter or digit, starts a word (short_word() first: speed34c,
 * not decoded and tested for a space first); any other byte is decoded. */
enum { BC_OTHER, BC_SPACE, BC_PUNCT1, BC_RUN, BC_ALNUM };
static const uint8_t BYTE_CLASS[256] = {
    [' '] = BC_SPACE, ['!'] = BC_PUNCT1, ['"'] = BC_PUNCT1, ['#'] = BC_PUNCT1,
    ['$'] = BC_PUNCT1, ['%'] = BC_PUNCT1, ['&'] = BC_PUNCT1, ['('] = BC_PUNCT1,
    [')'] = BC_PUNCT1, ['*'] = BC_PUNCT1, ['+'] = BC_PUNCT1, [','] = BC_PUNCT1,
    ['/'] = BC_PUNCT1, [':'] = BC_PUNCT1, [';'] = BC_PUNCT1, ['<'] = BC_PUNCT1,
    ['='] = BC_PUNCT1, ['>'] = BC_PUNCT1, ['?'] = BC_PUNCT1, ['@'] = BC_PUNCT1,
    ['['] = BC_PUNCT1, ['\\'] = BC_PUNCT1, [']'] = BC_PUNCT1, ['^'] = BC_PUNCT1,
    ['_'] = BC_PUNCT1, ['`'] = BC_PUNCT1, ['{'] = BC_PUNCT1, ['|'] = BC_PUNCT1,
    ['}'] = BC_PUNCT1, ['~'] = BC_PUNCT1, ['-'] = BC_RUN, ['.'] = BC_RUN,
    ['0'] = BC_ALNUM, ['1'] = BC_ALNUM, ['2'] = BC_ALNUM, ['3'] = BC_ALNUM,
    ['4'] = BC_ALNUM, ['5'] = BC_ALNUM, ['6'] = BC_ALNUM, ['7'] = BC_ALNUM,
    ['8'] = BC_ALNUM, ['9'] = BC_ALNUM, ['A'] = BC_ALNUM, ['B'] = BC_ALNUM,
    ['C'] = BC_ALNUM, ['D'] = BC_ALNUM, ['E'] = BC_ALNUM, ['F'] = BC_ALNUM,
    ['G'] = BC_ALNUM, ['H'] = BC_ALNUM, ['I'] = BC_ALNUM, ['J'] = BC_ALNUM,
    ['K'] = BC_ALNUM, ['L'] = BC_ALNUM, ['M'] = BC_ALNUM, ['N'] = BC_ALNUM,
    ['O'] = BC_ALNUM, ['P'] = BC_ALNUM, ['Q'] = BC_ALNUM, ['R'] = BC_ALNUM,
    ['S'] = BC_ALNUM, ['T'] = BC_ALNUM, ['U'] = BC_ALNUM, ['V'] = BC_ALNUM,
    ['W'] = BC_ALNUM, ['X'] = BC_ALNUM, ['Y'] = BC_ALNUM, ['Z'] = BC_ALNUM,
    ['a'] = BC_ALNUM, ['b'] = BC_ALNUM, ['c'] = BC_ALNUM, ['d'] = BC_ALNUM,
    ['e'] = BC_ALNUM, ['f'] = BC_ALNUM, ['g'] = BC_ALNUM, ['h'] = BC_ALNUM,
    ['i'] = BC_ALNUM, ['j'] = BC_ALNUM, ['k'] = BC_ALNUM, ['l'] = BC_ALNUM,
    ['m'] = BC_ALNUM, ['n'] = BC_ALNUM, ['o'] = BC_ALNUM, ['p'] = BC_ALNUM,
    ['q'] = BC_ALNUM, ['r'] = BC_ALNUM, ['s'] = BC_ALNUM, ['t'] = BC_ALNUM,
    ['u'] = BC_ALNUM, ['v'] = BC_ALNUM, ['w'] = BC_ALNUM, ['x'] = BC_ALNUM,
    ['y'] = BC_ALNUM, ['z'] = BC_ALNUM,
};


/* (_mm_cvtsi128_si64 is x86-64's: a 32-bit SSE2 build takes the general
 * loop only) */
#if defined(__SSE2__) && defined(__x86_64__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define ACTA_COMMON_TOKENS 1
/* speed37a: the common tokens of a text, in a loop of their own from
 * text[i] to its end (speed39b: sixteen bytes readable past it, the
 * text being acta_tokenize()'s padded copy): words of fewer than sixteen
 * ASCII letters (short_word()'s, its memo hit inline), punctuation marks
 * of one ASCII byte (push_punct()'s) and the usual spaces, none of them
 * after a line break (tokens with no flag but their own).  Every count
 * and pointer is a local, written back once at the end: in the general
 * loop a byte stored (a token's flags, the folded form) may be any field
 * of t, loaded again after it, and the cursor and the rest spilled.
 * Returns where the general loop goes on: at the first other token (a
 * number, a word it would not end, a line break, a byte outside ASCII),
 * or when the token or norm arrays are full (the general loop grows
 * them).  A dictionary is at hand (memo_ready() done). */
static size_t common_tokens(const acta_dict *d, acta_tokens *t, const char *text,
                            size_t len, size_t i) {
  acta_token *v = t->v;
  uint32_t *cw = t->cw;
  acta_word_cands *lexc = t->lexc;
  size_t n = t->n;
  char *nd = t->norm.data;
  size_t nl = t->norm.len, norm_room = t->norm.cap - nl;
  struct acta_word_memo *memo = t->memo;
  const uint32_t *pw = t->punct_words, *pcw = t->punct_cw;
  /* the tokens that fit before the arrays are full: one token and at most
   * sixteen bytes of folded form stored each (acta_buf_reserve()'s room
   * for seventeen and a NUL before each) */
  size_t fit = t->cap - n;
  if (norm_room < 18) fit = 0;
  else if ((norm_room - 18) / 16 + 1 < fit) fit = (norm_room - 18) / 16 + 1;
  while (i < len && fit) {
    unsigned char c0 = (unsigned char)text[i];
    uint8_t bc = BYTE_CLASS[c0];
    if (bc == BC_ALNUM) {
      sse_scan r = sse_word(text + i);
      size_t m = r.m;
      /* numbers: short_word()'s other path */
      if (m == 0 || (r.ub | r.lb) == 0) break;
      int cap_first = r.ub & 1;
      unsigned char b = (unsigned char)text[i + m];
      if (!short_ends(text, i, m, len - i, b, 1, cap_first)) break;
      uint64_t k0 = (uint64_t)_mm_cvtsi128_si64(r.folded),
               k1 = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(r.folded, r.folded));
      struct acta_word_memo *w = memo_slot(memo, k0, k1, 0, m);
      /* a slot of a word of m < 16 bytes has key[2] 0 */
      if (w->u.own.len != m || w->key[0] != k0 || w->key[1] != k1) {
        uint64_t x[WM_KEY / 8] = {k0, k1, 0};
        memo_fill(d, w, (const char *)x, m, x);
      }
      char *o = nd + nl;
      _mm_storeu_si128((void *)o, r.folded);
      o[m] = '\0';
      put_word(v + n, w, i, m, nl,
               (uint8_t)((cap_first ? TF_CAP : 0) |
                         (!r.lb && (r.ub & (r.ub - 1)) ? TF_ALLCAPS : 0)));
      lexc[n] = w->u.own.lexc;
      cw[n++] = w->u.own.cw;
      fit--;
      nl += m + 1;
      i += m + (b == ' ');
      continue;
    }
    if (bc == BC_PUNCT1 || (bc == BC_RUN && text[i + 1] != (char)c0)) {
      cw[n] = pcw[c0];
      put_punct(v + n++, nd + nl, i, nl, (char)c0, 0, pw[c0]);
      fit--;
      nl += 2;
      i++;
      continue;
    }
    if (bc != BC_SPACE) break;
    i++;
  }
  t->n = n;
  t->norm.len = nl;
  return i;
}
#endif

void acta_tokenize(const acta_dict *d, const char *text, size_t len,
                   acta_tokens *t) {
  acta_unpoison(t->v, t->cap, sizeof *t->v);
  acta_unpoison(t->cw, t->cap, sizeof *t->cw);
  acta_unpoison(t->lexc, t->cap, sizeof *t->lexc);
  t->n = 0;
  t->nthen = 0;
  t->nunset = 0;
  acta_buf_clear(&t->norm);
  if (d) memo_ready(d, t);
#ifdef ACTA_COMMON_TOKENS
  /* speed39b: the text read from a copy with sixteen zero bytes after it,
   * so that common_tokens() takes the common tokens up to its end (its last
   * words were left to the general loop); the bytes past len are read, never
   * taken for the text's (a zero byte ends a word as the end does) */
  if (d) {
    acta_buf_clear(&t->padded);
    acta_buf_reserve(&t->padded, len + 16);
    if (len) memcpy(t->padded.data, text, len);
    memset(t->padded.data + len, 0, 16);
    text = t->padded.data;
  }
#endif
  size_t i = 0;
  int newlines = 0;
  while (i < len) {
#ifdef ACTA_COMMON_TOKENS
    if (d && !newlines) {
      i = common_tokens(d, t, text, len, i);
      if (i >= len) break;
    }
#endif
    unsigned char c0 = (unsigned char)text[i];
    uint8_t bc = BYTE_CLASS[c0];
    if (bc == BC_SPACE) { /* the usual space */
      i++;
      continue;
    }
    int32_t cp;
    size_t k;
    if (bc == BC_ALNUM) {
      cp = c0;
      k = 1;
    } else {
      if (bc == BC_PUNCT1 || (bc == BC_RUN && (i + 1 >= len || text[i + 1] != (char)c0))) {
        /* a punctuation mark of one ASCII byte, as below */
        push_punct(d, t, i, (char)c0,
                   newlines ? (uint8_t)(TF_NL_BEFORE | (newlines > 1 ? TF_PARA_BEFORE : 0)) : 0);
        newlines = 0;
        i++;
        continue;
      }
      k = decode(text, len, i, &cp);
      if (is_space_cp(cp)) {
        if (cp == '\n') newlines++;
        i += k;
        continue;
      }
    }
    uint8_t pre = 0;
    if (newlines) pre |= TF_NL_BEFORE;
    if (newlines > 1) pre |= TF_PARA_BEFORE;
    newlines = 0;
    if (cp < 0x80 && len - i >= 8) {
      size_t next = short_word(d, t, text, i, len - i, pre);
      if (next) {
        i = next;
        continue;
      }
    }
    if (is_letter_cp(cp) || is_digit_cp(cp)) {
      /* a word or number: letters/digits with internal . - ' , */
      size_t s = i, j = i + k;
      int digits_only = is_digit_cp(cp), has_letter = !digits_only;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      /* ASCII letters and digits eight at a time (as in finish_ascii(),
       * a byte outside ASCII being neither); the loop below goes on from
       * the first other byte */
      while (len - j >= 8) {
        const uint64_t H = 0x8080808080808080ULL, ONES = 0x0101010101010101ULL;
        uint64_t v;
        memcpy(&v, text + j, 8);
        uint64_t vh = v | H, ascii = ~v & H;
        uint64_t letter = ((vh - ONES * 'A') & ~(vh - ONES * ('Z' + 1))) |
                          ((vh - ONES * 'a') & ~(vh - ONES * ('z' + 1)));
        uint64_t digit = (vh - ONES * '0') & ~(vh - ONES * ('9' + 1));
        letter &= ascii;
        uint64_t other = H & ~(letter | (digit & ascii));
        size_t m = other ? (size_t)__builtin_ctzll(other) / 8 : 8;
        if (m < 8) letter &= (1ULL << (8 * m)) - 1;
        if (letter) {
          has_letter = 1;
          digits_only = 0;
        }
        j += m;
        if (m < 8) break;
      }
#endif
      while (j < len) {
        unsigned char b = (unsigned char)text[j];
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
          has_letter = 1;
          digits_only = 0;
          j++;
          continue;
        }
        if (b >= '0' && b <= '9') {
          j++;
          continue;
        }
        /* any other ASCII byte but - ' , . ends the word */
        if (b < 0x80 && b != '-' && b != '\'' && b != ',' && b != '.') break;
        int32_t c2;
        size_t k2 = decode(text, len, j, &c2);
        if (is_letter_cp(c2) || is_digit_cp(c2)) {
          if (is_letter_cp(c2)) { has_letter = 1; digits_only = 0; }
          j += k2;
          continue;
        }
        if (j + k2 >= len) break;
        int32_t nx;
        decode(text, len, j + k2, &nx);
        if (c2 == '-' || c2 == 0x2011) {
          if (is_letter_cp(nx) || is_digit_cp(nx)) { j += k2; continue; }
          break;
        }
        if (is_apos(c2)) {
          /* 's possessive, n't, trailing ' are separate tokens */
          if ((nx == 's' || nx == 'S') && !letter_at(text, len, j + k2 + 1))
            break;
          if ((nx == 't' || nx == 'T') && j > s && (text[j - 1] == 'n' || text[j - 1] == 'N'))
            break;
          if (is_letter_cp(nx)) { j += k2; continue; }
          break;
        }
        if (c2 == ',' && digits_only && is_digit_cp(nx)) { j += k2; continue; }
        if (c2 == '.' && digits_only && is_digit_cp(nx)) { j += k2; continue; }
        if (c2 == '.' && is_letter_cp(nx) && !has_letter) break;
        if (c2 == '.' && is_letter_cp(nx) && j - s <= 2 &&
            j + k2 + 1 < len && text[j + k2 + 1] == '.') {
          /* U.S., U.N., U.K. */
          j += k2;
          continue;
        }
        break;
      }
      acta_token *tk = push_token(t);
      tk->start = (uint32_t)s;
      tk->flags = pre;
      if (j < len && (text[j] == '\'' || (unsigned char)text[j] == 0xE2) &&
          j > s + 1 && (text[j - 1] == 'n' || text[j - 1] == 'N')) {
        int32_t ap, tt;
        size_t ka = decode(text, len, j, &ap);
        if (is_apos(ap) && j + ka < len) {
          decode(text, len, j + ka, &tt);
          if ((tt == 't' || tt == 'T') && !letter_at(text, len, j + ka + 1)) {
            /* did|n't, ca|n't, wo|n't */
            tk->end = (uint32_t)(j - 1);
            finish_token(d, t, tk, text, len, TK_WORD);
            acta_token *nt = push_token(t);
            nt->start = (uint32_t)(j - 1);
            nt->end = (uint32_t)(j + ka + 1);
            finish_token(d, t, nt, text, len, TK_WORD);
            i = j + ka + 1;
            continue;
          }
        }
      }
      /* abbreviation period: "Gen.", "Sept.", "U.S." (already has dots) */
      int abbr = 0;
      if (j < len && text[j] == '.') {
        size_t wl = j - s;
        if (wl <= ABBREV_MAX && is_abbrev(text + s, wl)) abbr = 1;
        if (!abbr && memchr(text + s, '.', j - s)) abbr = 1; /* U.S. */
        if (!abbr && wl == 1 && is_upper_cp((unsigned char)text[s])) abbr = 1; /* initials */
      }
      if (abbr) {
        j++;
        tk->flags |= TF_ABBR;
      }
      tk->end = (uint32_t)j;
      finish_token(d, t, tk, text, len, digits_only ? TK_NUM : TK_WORD);
      i = j;
      continue;
    }
    /* possessive "'s" after a word (or a closing quote) */
    if (is_apos(cp) && i + k < len && (text[i + k] == 's' || text[i + k] == 'S') &&
        !letter_at(text, len, i + k + 1) &&
        t->n && t->v[t->n - 1].end == i) {
      acta_token *tk = push_token(t);
      tk->start = (uint32_t)i;
      tk->end = (uint32_t)(i + k + 1);
      tk->flags = pre;
      finish_token(d, t, tk, text, len, TK_WORD);
      i += k + 1;
      continue;
    }
    /* punctuation: one code point, "--" and "..." grouped */
    acta_token *tk = push_token(t);
    tk->start = (uint32_t)i;
    tk->flags = pre;
    size_t j = i + k;
    if (cp == '-' || cp == '.') {
      while (j < len && text[j] == (char)cp) j++;
    }
    tk->end = (uint32_t)j;
    finish_token(d, t, tk, text, len, TK_PUNCT);
    if (cp == '.' && j - i > 1) tk->punct = 'E'; /* ellipsis */
    if (cp == '-' && j - i > 1) tk->punct = '-';
    i = j;
  }
  /* review15: under ASan, no token past the last is read */
  acta_poison_tail(t->v, t->n, t->cap, sizeof *t->v);
  acta_poison_tail(t->cw, t->n, t->cap, sizeof *t->cw);
  acta_poison_tail(t->lexc, t->n, t->cap, sizeof *t->lexc);
}

uint32_t acta_token_run_glued(const acta_token *v, const char *text, uint32_t k,
                              uint32_t last, int across_unusual_spaces, int *plain) {
  uint32_t j = k;
  *plain = 1;
  for (;;) {
    *plain &= (v[j].shape & TS_PLAIN) != 0;
    if (++j >= last) break;
    if (v[j].start == v[j - 1].end) continue;
    int ascii = 1;
    for (size_t q = v[j - 1].end;
         across_unusual_spaces && q < v[j].start && ascii; q++)
      ascii = (unsigned char)text[q] < 0x80;
    if (ascii) break;
    *plain = 0;
  }
  return j;
}

/* ---- sentences -------------------------------------------------------- */

static int is_dash(const acta_token *tk) {
  return tk->kind == TK_PUNCT && tk->punct == '-';
}

static int is_close(const acta_token *tk) {
  return tk->kind == TK_PUNCT &&
         (tk->punct == '"' || tk->punct == '\'' || tk->punct == ')' ||
          tk->punct == ']');
}

/* Can a sentence end after a punctuation mark whose punct is c?  Only an
 * end mark (. ! ? and the ellipsis 'E') or a closing mark after one
 * (is_close()): the tests of acta_split_sentences() end none after a comma,
 * dash, colon ... (speed39b: those marks stay in its loop of common
 * tokens).  A bit a character below 128, in two words. */
static inline int may_end_sentence(char c) {
  enum { LO = 0, HI = 64 };
  const uint64_t lo = 1ULL << ('.' - LO) | 1ULL << ('!' - LO) | 1ULL << ('?' - LO) |
                      1ULL << ('"' - LO) | 1ULL << ('\'' - LO) | 1ULL << (')' - LO);
  const uint64_t hi = 1ULL << ('E' - HI) | 1ULL << (']' - HI);
  unsigned char u = (unsigned char)c;
  return u < 64 ? (lo >> u) & 1 : u < 128 ? (hi >> (u - 64)) & 1 : 0;
}

/* Is token k (a word with its abbreviation's period) a title's abbreviation
 * ("Gen.", "Sen."), which never ends a sentence? */
static int title_abbrev(const acta_tokens *t, size_t k) {
  const char *nn = acta_tok_norm(t, k);
  size_t nl = t->v[k].norm_len - 1;
  for (size_t q = 0; TITLE_ABBREVS[q]; q++)
    if (strlen(TITLE_ABBREVS[q]) == nl && memcmp(TITLE_ABBREVS[q], nn, nl) == 0) return 1;
  return 0;
}

/* mend46a: abbreviations that close a name ("Gran Tierra Energy Inc.",
 * "Juan Rios Jr."): a company's or a person's, which a lead may open
 * with, its title or noun next ("... Energy Corp. President Juan Rios
 * condemned ..."). */
static const char *const NAME_SUFFIX_ABBREVS[] = {"inc", "corp", "co", "ltd", "bros", "llc",
                                                  "cia", "jr", "sr", NULL};

/* prec46a: is token k (a word with its abbreviation's period) a word's
 * abbreviation ("Govt.", "Dept."): of two letters or more, no title
 * (title_abbrev), no dotted name ("U.S.", "U.N."), no name's suffix
 * (mend46a: NAME_SUFFIX_ABBREVS)? */
static int word_abbrev(const acta_tokens *t, size_t k) {
  const char *nn = acta_tok_norm(t, k);
  size_t nl = t->v[k].norm_len - 1;
  if (nl < 2 || memchr(nn, '.', nl) || title_abbrev(t, k)) return 0;
  for (size_t q = 0; NAME_SUFFIX_ABBREVS[q]; q++)
    if (strlen(NAME_SUFFIX_ABBREVS[q]) == nl && memcmp(NAME_SUFFIX_ABBREVS[q], nn, nl) == 0)
      return 0;
  return 1;
}

/* prec46a: the fewest tokens a headline run into its text's first
 * sentence has before its closing abbreviation (word_abbrev). */
#define HEADLINE_MIN_WORDS 4

/* Marks a dateline at the start of the text: upper-case place words,
 * optional ", Country", optional "(Agency)", then a dash. */
static void mark_dateline(acta_tokens *t) {
  size_t i = 0, n = t->n;
  if (n < 3) return;
  if (!(t->v[0].flags & TF_ALLCAPS) && !(t->v[0].kind == TK_WORD && t->v[0].norm_len < 3 && (t->v[0].flags & TF_CAP)))
    if (!(t->v[0].flags & TF_ALLCAPS)) return;
  while (i < n && i < 4 && t->v[i].kind == TK_WORD && (t->v[i].flags & TF_ALLCAPS)) i++;
  if (i == 0) return;
  size_t lim = i + 12 < n ? i + 12 : n;
  while (i < lim && !is_dash(&t->v[i])) {
    const acta_token *tk = &t->v[i];
    if (tk->kind == TK_PUNCT && tk->punct != ',' && tk->punct != '(' && tk->punct != ')')
      return;
    if (tk->kind == TK_WORD && !(tk->flags & TF_CAP)) return;
    i++;
  }
  if (i >= lim) return;
  for (size_t q = 0; q <= i; q++) t->v[q].flags |= TF_DATELINE;
}

/* A line of mostly capitalised words (a headline) ending without a stop. */
static int headline_break(const acta_tokens *t, size_t line_start, size_t i) {
  size_t words = 0, caps = 0;
  for (size_t q = line_start; q < i; q++) {
    if (t->v[q].kind != TK_WORD) continue;
    words++;
    if (t->v[q].flags & TF_CAP) caps++;
  }
  const acta_token *prev = &t->v[i - 1];
  if (prev->kind == TK_PUNCT && (prev->punct == ',' || prev->punct == '-' ||
                                  prev->punct == '('))
    return 0;
  return words > 0 && words <= 20 && caps * 10 >= words * 6 &&
         (t->v[i].flags & TF_CAP);
}

/* Page furniture: a link line "SEE ALSO : Colombia News and Profile" or
 * "SEE MORE: Coverage of FARC Peace" run into the sentence after it.  If
 * token i opens one, returns the token where the sentence after it starts
 * (the title is a sentence of its own, with no verb), else 0.  The title
 * is a run of capitalised words and function words; the body starts at
 * its last capitalised word, the one before a lower-case word or number
 * ("... and Profile Experts claim", "... Organized Crime The boom"). */
static size_t furniture_end(const acta_dict *d, const acta_tokens *t, size_t i) {
  size_t n = t->n;
  if (i + 4 >= n || !(t->v[i].flags & TF_ALLCAPS) || !(t->v[i + 1].flags & TF_ALLCAPS))
    return 0;
  if (t->v[i].norm_len != 3 || memcmp(acta_tok_norm(t, i), "see", 3)) return 0;
  const char *w2 = acta_tok_norm(t, i + 1);
  if (!((t->v[i + 1].norm_len == 4 && !memcmp(w2, "also", 4)) ||
        (t->v[i + 1].norm_len == 4 && !memcmp(w2, "more", 4))))
    return 0;
  if (t->v[i + 2].kind != TK_PUNCT || t->v[i + 2].punct != ':') return 0;
  size_t last_cap = 0, j = i + 3;
  for (; j < n && j < i + 40; j++) {
    const acta_token *tk = &t->v[j];
    if (tk->kind == TK_WORD && (tk->flags & TF_CAP)) {
      last_cap = j;
      continue;
    }
    if (tk->kind == TK_PUNCT && (tk->punct == ',' || tk->punct == '-')) continue;
    if (tk->kind == TK_WORD && d && tk->word != ACTA_NO_WORD &&
        d->info[tk->word].closed != CC_NONE)
      continue;
    /* the Spanish and Portuguese function words of a name ("Oficina de
     * Caldas News and Profile") */
    /* (review23: by vocabulary code, the name particles' shared test) */
    if (tk->kind == TK_WORD &&
        (acta_name_particle(tk->vocab) || tk->vocab == V_LAS || tk->vocab == V_LOS ||
         tk->vocab == V_EL || tk->vocab == V_E))
      continue;
    break;
  }
  /* "... Plan Colombia In Colombia, the campaign": the body opens with
   * the capitalised function word before its first name */
  while (last_cap > i + 4 && d && (t->v[last_cap - 1].flags & TF_CAP) &&
         t->v[last_cap - 1].word != ACTA_NO_WORD &&
         d->info[t->v[last_cap - 1].word].closed != CC_NONE)
    last_cap--;
  return last_cap > i + 3 && j < n ? last_cap : 0;
}

size_t acta_split_sentences(const acta_dict *d, acta_tokens *t,
                            acta_sentence **out, size_t *cap) {
  (void)d;
  size_t ns = 0, n = t->n;
  if (!n) return 0;
  mark_dateline(t);
  /* a text with no capital at all (a lowercased feed, a transcript): a
   * stop before any word ends a sentence, as one before a capital does */
  size_t words = 0, capped = 0;
  for (size_t q = 0; q < n && !capped; q++) /* one capital settles it */
    if (t->v[q].kind == TK_WORD) {
      words++;
      if (t->v[q].flags & TF_CAP) capped++;
    }
  int caseless = words >= 4 && capped == 0;
  const size_t MAX_TOKENS = 400; /* bound on one sentence */
  /* the tokens in a local: a flag byte stored below could alias t->v */
  acta_token *tv = t->v;
  size_t first = 0, line_start = 0;
  size_t furniture = 0; /* where the sentence after a link title starts */
  for (size_t i = 0; i <= n; i++) {
    if (i > first) {
      /* speed29c: the common token, in a loop of its own up to the
       * sentence's bound and where a link title's sentence starts: no word
       * in capitals, no line break before it, after a word or number that
       * is no abbreviation; the tests below would end no sentence there */
      size_t stop = first + MAX_TOKENS < n ? first + MAX_TOKENS : n;
      if (furniture >= i && furniture < stop) stop = furniture;
      while (i < stop && !(tv[i].flags & (TF_ALLCAPS | TF_NL_BEFORE)) &&
             !(tv[i - 1].flags & TF_ABBR) &&
             (tv[i - 1].kind != TK_PUNCT || !may_end_sentence(tv[i - 1].punct)))
        i++;
    }
    /* (furniture opens with two words in capitals: the first tested here) */
    if (i < n && i >= furniture && (tv[i].flags & TF_ALLCAPS)) {
      size_t fe = furniture_end(d, t, i);
      if (fe) furniture = fe;
    }
    int brk = 0;
    if (i == n) brk = 1;
    else if (i == furniture && i > first) brk = 1;
    else if (i > first) {
      const acta_token *tk = &tv[i];
      if (tk->flags & TF_NL_BEFORE) {
        if (tk->flags & TF_PARA_BEFORE) brk = 1;
        else if (headline_break(t, line_start, i)) brk = 1;
        line_start = i;
      }
      if (!brk && i - first >= MAX_TOKENS) brk = 1;
      /* the common token, after a word or number that is no abbreviation:
       * no end of sentence before it */
      const acta_token *pv = &tv[i - 1];
      if (!brk && pv->kind != TK_PUNCT && !(pv->flags & TF_ABBR)) continue;
      if (!brk) {
        /* look back: end punctuation (+ closing quotes) before token i */
        size_t p = i;
        while (p > first && is_close(&tv[p - 1])) p--;
        if (p > first) {
          const acta_token *e = &tv[p - 1];
          int end_punct = e->kind == TK_PUNCT &&
                          (e->punct == '.' || e->punct == '!' ||
                           e->punct == '?' || e->punct == 'E');
          int abbr_end = e->kind == TK_WORD && (e->flags & TF_ABBR);
          int starts = (tk->flags & TF_CAP) || tk->kind == TK_NUM ||
                       (caseless && tk->kind == TK_WORD && p == i && e->kind == TK_PUNCT &&
                        e->punct != 'E' && tk->start > e->end) ||
                       (tk->kind == TK_PUNCT &&
                        (tk->punct == '"' || tk->punct == '\'' || tk->punct == '('));
          /* "(JOD43.7 million)": a stop with a number right after it,
           * no space between, is a decimal point */
          int decimal = e->kind == TK_PUNCT && e->punct == '.' && p == i &&
                        tk->kind == TK_NUM && tk->start == e->end;
          if (end_punct && starts && !decimal) brk = 1;
          else if (end_punct && e->punct == 'E') brk = 0;
          else if (abbr_end && (tk->flags & TF_CAP) && p == i) {
            /* "U.S. The" ends; "U.S. Army" does not: the next word must
             * be a function word */
            if (!title_abbrev(t, p - 1) && d && tk->word != ACTA_NO_WORD &&
                d->info[tk->word].closed != CC_NONE)
              brk = 1;
            /* prec46a: a text's headline that ends in an abbreviation, its
             * source after a colon ("Navy Sinks Drug Sub Off Tumbes: Govt.
             * Officials in Lima said ..."): the first sentence, a line of
             * mostly capitalised words (headline_break) of at least
             * HEADLINE_MIN_WORDS tokens, ends there; a word's abbreviation,
             * no title ("Gen."), initial or dotted name ("The U.S. State
             * Department") */
            else if (ns == 0 && p - first >= HEADLINE_MIN_WORDS && word_abbrev(t, p - 1) &&
                     headline_break(t, first, i))
              brk = 1;
          } else if (abbr_end && (tk->flags & TF_CAP) && p < i && tv[p].start == e->end &&
                     tv[p].punct == '"') {
            /* speakers18: 'alias "El H." According to ...': a quotation
             * closed right after an abbreviation or an initial, a capital
             * next, ends the sentence (no title: 'the "Gen." Smith' is
             * written by no one) */
            int quotes = 1;
            for (size_t q = p; q < i; q++)
              if (!(tv[q].kind == TK_PUNCT && tv[q].punct == '"')) quotes = 0;
            if (quotes && !title_abbrev(t, p - 1)) brk = 1;
          }
        }
      }
    }
    if (!brk) continue;
    if (i > first) {
      if (ns == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        acta_sentence *p = realloc(*out, nc * sizeof *p);
        if (!p) abort();
        *out = p;
        *cap = nc;
      }
      acta_sentence *s = &(*out)[ns++];
      s->first = (uint32_t)first;
      s->last = (uint32_t)i;
      s->start = tv[first].start;
      s->end = tv[i - 1].end;
      tv[first].flags |= TF_SENT_START;
    }
    first = i;
    if (i < n && (tv[i].flags & TF_NL_BEFORE)) line_start = i;
  }
  return ns;
}
