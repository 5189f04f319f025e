/* SPDX-License-Identifier: MIT */
/* dates.c: finds and resolves date expressions in English news text against
 * the article's date (see dates.h).  The coder's tokens are read once into
 * a small ring of the stage's own tokens (a word, a number or one
 * punctuation character: "mid-September" is three); words are compared by
 * their vocabulary code (vocab.h).  At each token a fixed set of patterns
 * with bounded lookahead is tried, so the scan is linear in the span
 * length.  Calendar
 * arithmetic works on day numbers (days since 1970-01-01, proleptic
 * Gregorian, Howard Hinnant's civil-date algorithms). */
#include "dates.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "dict.h"
#include "vocab.h"

/* ------------------------------------------------------------------ */
/* Calendar                                                            */
/* ------------------------------------------------------------------ */

static long days_from_civil(long y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

static int is_leap(long y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(long y, int m) {
  static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

/* Monday = 0 ... Sunday = 6 (1970-01-01 was a Thursday). */
static int weekday(long z) { return (int)(((z % 7) + 7 + 3) % 7); }

/* The same day n months later (n may be negative), clamped to month end. */
static long add_months(long z, long n) {
  long y;
  int m, d;
  civil_from_days(z, &y, &m, &d);
  long t = y * 12 + (m - 1) + n;
  long ny = t >= 0 ? t / 12 : -((-t + 11) / 12);
  int nm = (int)(t - ny * 12) + 1;
  int dim = days_in_month(ny, nm);
  return days_from_civil(ny, nm, d > dim ? dim : d);
}

/* Writes "YYYY-MM-DD"; 0 if the year is outside 0..9999. */
static int format_date(long z, char out[11]) {
  long y;
  int m, d;
  civil_from_days(z, &y, &m, &d);
  if (y < 0 || y > 9999) return 0;
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + d / 10);
  out[9] = (char)('0' + d % 10);
  out[10] = '\0';
  return 1;
}

int acta_valid_date(const char *s, size_t n) {
  if (!s || n != 10 || s[4] != '-' || s[7] != '-') return 0;
  /* speed29b: the eight digits read once, by their places; speed34c:
   * tested together, with no branch each (a byte below '0' wraps above 9;
   * every record of a feed brings its date here) */
  const unsigned char *u = (const unsigned char *)s;
  unsigned dg[8] = {(unsigned)u[0] - '0', (unsigned)u[1] - '0', (unsigned)u[2] - '0',
                    (unsigned)u[3] - '0', (unsigned)u[5] - '0', (unsigned)u[6] - '0',
                    (unsigned)u[8] - '0', (unsigned)u[9] - '0'};
  if ((dg[0] > 9) | (dg[1] > 9) | (dg[2] > 9) | (dg[3] > 9) | (dg[4] > 9) |
      (dg[5] > 9) | (dg[6] > 9) | (dg[7] > 9))
    return 0;
  long y = (long)(dg[0] * 1000 + dg[1] * 100 + dg[2] * 10 + dg[3]);
  int m = (int)(dg[4] * 10 + dg[5]);
  int d = (int)(dg[6] * 10 + dg[7]);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

static int parse_article_date(const char *s, long *z) {
  if (!s || !acta_valid_date(s, strnlen(s, 11))) return 0;
  *z = days_from_civil(atol(s), atoi(s + 5), atoi(s + 8));
  return 1;
}

/* ------------------------------------------------------------------ */
/* Lexer                                                               */
/* ------------------------------------------------------------------ */

enum { T_WORD, T_NUM, T_PUNCT, T_OTHER };

typedef struct tok {
  size_t s, e;  /* byte span */
  int type;
  long num;     /* T_NUM: value (-1 if over 9 digits) */
  int ndig;     /* T_NUM: number of digits */
  int ord;      /* T_NUM: st/nd/rd/th suffix */
  int cap;      /* first byte is an ASCII capital */
  char ch;      /* T_PUNCT: ASCII char; '-' for Unicode dashes, '?' other */
  uint16_t v;   /* T_WORD of ASCII letters (at most 15): its vocabulary
                   code (vocab.h), or 0 */
} tok;

enum { CL_SPACE, CL_ALNUM, CL_PUNCT };

/* Classifies the character at p[i] (i < end), setting its byte length and,
 * for punctuation, a representative ASCII char. */
static int classify(const unsigned char *p, size_t i, size_t end, size_t *len,
                    char *ch) {
  unsigned char b = p[i];
  *len = 1;
  *ch = '?';
  if (b < 0x80) {
    if (b == ' ' || (b >= '\t' && b <= '\r')) return CL_SPACE;
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
        (b >= '0' && b <= '9'))
      return CL_ALNUM;
    *ch = (char)b;
    return CL_PUNCT;
  }
  if (b == 0xC2 && i + 1 < end && p[i + 1] >= 0x80 && p[i + 1] <= 0xBF) {
    *len = 2;
    return p[i + 1] == 0xA0 ? CL_SPACE : CL_PUNCT; /* NBSP; « » ° ... */
  }
  if (b == 0xE2 && i + 2 < end && p[i + 1] >= 0x80 && p[i + 1] <= 0xBF &&
      p[i + 2] >= 0x80 && p[i + 2] <= 0xBF) {
    *len = 3; /* U+2000..U+2FFF: spaces, dashes, quotes, symbols */
    if (p[i + 1] == 0x80) {
      unsigned char c = p[i + 2];
      if (c <= 0x8B || c == 0xA8 || c == 0xA9 || c == 0xAF) return CL_SPACE;
      if (c >= 0x90 && c <= 0x95) *ch = '-';
      if (c >= 0x98 && c <= 0x9B) *ch = '\'';
    } else if (p[i + 1] == 0x81 && p[i + 2] == 0x9F) {
      return CL_SPACE;
    }
    return CL_PUNCT;
  }
  if (b == 0xE3 && i + 2 < end && p[i + 1] == 0x80 && p[i + 2] == 0x80) {
    *len = 3; /* ideographic space */
    return CL_SPACE;
  }
  return CL_ALNUM; /* other non-ASCII bytes: letters of a word */
}

/* Fills t from the word or number text[i, j); vhint: the vocabulary code
 * of the word if known, else UINT16_MAX. */
static void fill(const unsigned char *p, size_t i, size_t j, unsigned vhint,
                 tok *t) {
  t->s = i;
  t->e = j;
  t->cap = p[i] >= 'A' && p[i] <= 'Z';
  size_t k = i;
  long v = 0;
  while (k < j && p[k] >= '0' && p[k] <= '9') {
    if (t->ndig < 9) v = v * 10 + (p[k] - '0');
    t->ndig++;
    k++;
  }
  if (t->ndig > 0) {
    t->num = t->ndig > 9 ? -1 : v;
    if (k == j) {
      t->type = T_NUM;
    } else if (j - k == 2) {
      char a = (char)(p[k] | 0x20), b = (char)(p[k + 1] | 0x20);
      if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
          (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
        t->type = T_NUM;
        t->ord = 1;
      } else {
        t->type = T_OTHER;
      }
    } else {
      t->type = T_OTHER;
    }
    return;
  }
  t->type = T_WORD;
  for (k = i; k < j; k++) {
    unsigned char b = p[k];
    if (b >= 'A' && b <= 'Z') b = (unsigned char)(b | 0x20);
    if (b < 'a' || b > 'z' || k - i >= 15) {
      t->type = b >= '0' && b <= '9' ? T_OTHER : T_WORD;
      return; /* not a word of the vocabulary */
    }
  }
  t->v = vhint != UINT16_MAX ? (uint16_t)vhint
                             : acta_vocab_find((const char *)p + i, j - i);
}

/* Lexes the next token of text[*pos, end) (the bytes of a run); 0 at its
 * end. */
static int lex_bytes(const unsigned char *p, size_t *pos, size_t end,
                     tok *t) {
  size_t i = *pos, len;
  char ch;
  int cl = CL_SPACE;
  while (i < end && (cl = classify(p, i, end, &len, &ch)) == CL_SPACE) i += len;
  if (i >= end) {
    *pos = end;
    return 0;
  }
  memset(t, 0, sizeof *t);
  t->s = i;
  if (cl == CL_PUNCT) {
    t->type = T_PUNCT;
    t->ch = ch;
    t->e = i + len;
    *pos = t->e;
    return 1;
  }
  size_t j = i;
  while (j < end && classify(p, j, end, &len, &ch) == CL_ALNUM) j += len;
  *pos = j;
  fill(p, i, j, UINT16_MAX, t);
  return 1;
}

/* ------------------------------------------------------------------ */
/* Token window                                                        */
/* ------------------------------------------------------------------ */

#define RING 32 /* tokens kept: HIST behind the cursor, LOOK ahead */
#define HIST 3
#define LOOK 24

typedef struct ctx {
  const unsigned char *text;
  const acta_tokens *tk;
  uint32_t k, last;  /* the coder's tokens: next one, end */
  uint32_t run_last; /* end of the current run of glued tokens */
  size_t pos, end;   /* pos < end: reading a run's bytes */
  tok ring[RING];
  size_t base, have; /* absolute index of token 0; tokens lexed so far */
  int eof;
  /* anchor_near(): the tokens before `seen` have been looked at, and the
   * last anchor among them is at `anchor` (SIZE_MAX: none yet) */
  size_t seen, anchor;
  long A;            /* article day number */
  long ay;
  int am, ad, awd;
} ctx;

/* Reads the next token into *t; 0 at the end.  A run of glued tokens
 * that are all TS_PLAIN is read token by token; any other run (and a space
 * between runs with bytes outside ASCII) from its bytes. */
static int next_tok(ctx *c, tok *t) {
  const acta_token *v = c->tk->v;
  for (;;) {
    if (c->pos < c->end) {
      if (lex_bytes(c->text, &c->pos, c->end, t)) return 1;
      c->end = 0;
    }
    if (c->k >= c->last) return 0;
    const acta_token *T = &v[c->k];
    if (c->k >= c->run_last) { /* a run starts (a space outside ASCII may
                                  be read as a letter: it glues) */
      int plain;
      uint32_t j = acta_token_run(v, (const char *)c->text, c->k, c->last, 1, &plain);
      c->run_last = j;
      if (!plain) {
        c->pos = T->start;
        c->end = v[j - 1].end;
        c->k = j;
        continue;
      }
    }
    c->k++;
    if (T->kind == TK_PUNCT && T->end - T->start > 1 && c->text[T->start] < 0x80) {
      c->pos = T->start; /* "--", "...": one token per character */
      c->end = T->end;
      continue;
    }
    memset(t, 0, sizeof *t);
    if (T->kind == TK_PUNCT) {
      size_t len;
      t->type = T_PUNCT;
      t->s = T->start;
      classify(c->text, T->start, T->end, &len, &t->ch);
      t->e = T->end;
    } else {
      fill(c->text, T->start, T->end, T->kind == TK_WORD ? T->vocab : 0, t);
    }
    return 1;
  }
}

/* T() for a token not read yet, or before the cursor: reads up to it. */
static __attribute__((noinline)) const tok *T_read(ctx *c, int j) {
  if (j >= LOOK || j < -HIST) return NULL;
  if (j < 0 && (size_t)-j > c->base) return NULL;
  size_t abs = j < 0 ? c->base - (size_t)-j : c->base + (size_t)j;
  while (abs >= c->have && !c->eof) {
    if (next_tok(c, &c->ring[c->have % RING]))
      c->have++;
    else
      c->eof = 1;
  }
  return abs < c->have ? &c->ring[abs % RING] : NULL;
}

/* Token j relative to the cursor (-HIST <= j < LOOK), or NULL.  Inline
 * for a token at or after the cursor already read (most calls). */
static inline const tok *T(ctx *c, int j) {
  if (j >= 0 && j < LOOK && c->base + (size_t)j < c->have)
    return &c->ring[(c->base + (size_t)j) % RING];
  return T_read(c, j);
}

/* Is the token at j the word with vocabulary code w? */
static int W(ctx *c, int j, uint16_t w) {
  const tok *t = T(c, j);
  return t && t->type == T_WORD && t->v == w;
}

static int P(ctx *c, int j, char ch) {
  const tok *t = T(c, j);
  return t && t->type == T_PUNCT && t->ch == ch;
}

/* Index of the word at j in a 0-ended list of vocabulary codes, or -1. */
static int Wany(ctx *c, int j, const uint16_t *list) {
  const tok *t = T(c, j);
  if (!t || t->type != T_WORD || !t->v) return -1;
  for (int i = 0; list[i]; i++)
    if (t->v == list[i]) return i;
  return -1;
}

/* Month name or abbreviation at j: 1..12, *next past it (and its '.').
 * May, March, August and the abbreviations Jan/Mar/Aug must be capitalised
 * (they are also common words or names). */
static int month_at(ctx *c, int j, int *next) {
  static const uint16_t full[] = {
      V_JANUARY, V_FEBRUARY, V_MARCH,     V_APRIL,   V_MAY,      V_JUNE,
      V_JULY,    V_AUGUST,   V_SEPTEMBER, V_OCTOBER, V_NOVEMBER, V_DECEMBER,
      0};
  static const uint16_t abbr[] = {V_JAN, V_FEB, V_MAR, V_APR, V_JUN,
                                     V_JUL, V_AUG, V_SEP, V_SEPT, V_OCT,
                                     V_NOV, V_DEC, 0};
  static const int abbr_m[] = {1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};
  const tok *t = T(c, j);
  int m = Wany(c, j, full);
  int is_abbr = 0;
  if (m >= 0) {
    m += 1;
  } else {
    int a = Wany(c, j, abbr);
    if (a < 0) return 0;
    m = abbr_m[a];
    is_abbr = 1;
  }
  if (!t->cap && (m == 3 || m == 5 || m == 8 ||
                  (is_abbr && (m == 1 || m == 3 || m == 8))))
    return 0;
  if (m == 5 && !is_abbr &&
      (W(c, j - 1, V_THERESA) || W(c, j - 1, V_MINISTER)))
    return 0;
  *next = j + 1;
  if (is_abbr && P(c, j + 1, '.')) *next = j + 2;
  return m;
}

/* Weekday name at j: 0 (Monday) .. 6, or -1.  Names that are part of a
 * proper name ("Good Friday", "Sunday Times", "Mail on Sunday") are not. */
static int weekday_at(ctx *c, int j) {
  static const uint16_t names[] = {V_MONDAY, V_TUESDAY,  V_WEDNESDAY,
                                      V_THURSDAY, V_FRIDAY, V_SATURDAY,
                                      V_SUNDAY, 0};
  static const uint16_t before[] = {V_GOOD, V_BLOODY, V_SUPER, V_BLACK,
                                       0};
  static const uint16_t after[] = {V_TIMES, V_TELEGRAPH, V_EXPRESS,
                                      V_MIRROR, V_HERALD, 0};
  int wd = Wany(c, j, names);
  if (wd < 0) return -1;
  if (Wany(c, j - 1, before) >= 0 || Wany(c, j + 1, after) >= 0) return -1;
  if (W(c, j - 1, V_ON) && W(c, j - 2, V_MAIL)) return -1;
  return wd;
}

/* A day of the month (1..31, "26" or "26th") at j. */
static int day_at(ctx *c, int j) {
  const tok *t = T(c, j);
  if (!t || t->type != T_NUM || t->ndig > 2 || t->num < 1 || t->num > 31)
    return 0;
  return (int)t->num;
}

/* A four-digit year in [lo, hi] at j, or 0. */
static long year_at(ctx *c, int j, long lo, long hi) {
  const tok *t = T(c, j);
  if (!t || t->type != T_NUM || t->ord || t->ndig != 4 || t->num < lo ||
      t->num > hi)
    return 0;
  return t->num;
}

/* A count at j: digits 1..999, "one".."twelve", and "a"/"an" if allow_a. */
static int count_at(ctx *c, int j, int allow_a, long *n) {
  static const uint16_t words[] = {V_ONE, V_TWO,   V_THREE, V_FOUR,
                                      V_FIVE, V_SIX,  V_SEVEN, V_EIGHT,
                                      V_NINE, V_TEN,  V_ELEVEN, V_TWELVE,
                                      0};
  const tok *t = T(c, j);
  if (!t) return 0;
  if (t->type == T_NUM && !t->ord && t->ndig <= 3 && t->num >= 1) {
    *n = t->num;
    return 1;
  }
  int w = Wany(c, j, words);
  if (w >= 0) {
    *n = w + 1;
    return 1;
  }
  if (allow_a && (W(c, j, V_A) || W(c, j, V_AN))) {
    *n = 1;
    return 1;
  }
  return 0;
}

enum { U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR };

/* A time unit at j; *plural set for the plural form. */
static int unit_at(ctx *c, int j, int *plural) {
  static const uint16_t names[] = {V_HOUR, V_HOURS, V_DAY,   V_DAYS,
                                      V_WEEK, V_WEEKS, V_MONTH, V_MONTHS,
                                      V_YEAR, V_YEARS, 0};
  int u = Wany(c, j, names);
  if (u < 0) return -1;
  *plural = u % 2;
  return u / 2;
}

/* ------------------------------------------------------------------ */
/* Matching                                                            */
/* ------------------------------------------------------------------ */

enum { PR_DAY, PR_WEEK, PR_MONTH, PR_YEAR };
enum { M_NONE, M_EARLY, M_MID, M_LATE, M_EARLIER, M_LATER };
enum { R_NONE, R_LAST, R_THIS, R_NEXT };
enum { F_BARE = 1 }; /* a bare month or year is acceptable here */

typedef struct res {
  long date;
  int prec;
  int has_rs, has_re;
  long rs, re;
  int end;        /* token index just past the match */
  size_t cut_end; /* if non-zero: byte end inside the last token */
} res;

static int point(res *r, long d, int prec, int end) {
  r->cut_end = 0;
  r->date = d;
  r->prec = prec;
  r->has_rs = r->has_re = 0;
  r->end = end;
  return 1;
}

static int range(res *r, long a, long b, int prec, int end) {
  r->cut_end = 0;
  r->date = a;
  r->prec = prec;
  r->has_rs = r->has_re = 1;
  r->rs = a;
  r->re = b;
  r->end = end;
  return 1;
}

/* Applies a modifier to the period [a, b] ("late October": [21, 31]).
 * `mid` is the point used for "mid-" (the 15th, July 1, Wednesday). */
static int period(ctx *c, res *r, int mod, long a, long b, long early_end,
                  long late_start, long mid, int prec, int end) {
  switch (mod) {
  case M_EARLY: return range(r, a, early_end, prec, end);
  case M_LATE: return range(r, late_start, b, prec, end);
  case M_MID: return point(r, mid, prec, end);
  case M_EARLIER:
    return c->A >= a && c->A <= b ? range(r, a, c->A, prec, end)
                                  : range(r, a, early_end, prec, end);
  case M_LATER:
    return c->A >= a && c->A <= b ? range(r, c->A, b, prec, end)
                                  : range(r, late_start, b, prec, end);
  default: return range(r, a, b, prec, end);
  }
}

static int month_period(ctx *c, res *r, int mod, long y, int m, int end) {
  int dim = days_in_month(y, m);
  long a = days_from_civil(y, m, 1);
  return period(c, r, mod, a, a + dim - 1, a + 9, a + 20, a + 14, PR_MONTH,
                end);
}

static int year_period(ctx *c, res *r, int mod, long y, int end) {
  return period(c, r, mod, days_from_civil(y, 1, 1), days_from_civil(y, 12, 31),
                days_from_civil(y, 4, 30), days_from_civil(y, 9, 1),
                days_from_civil(y, 7, 1), PR_YEAR, end);
}

static int week_period(ctx *c, res *r, int mod, long monday, int end) {
  return period(c, r, mod, monday, monday + 6, monday + 2, monday + 3,
                monday + 2, PR_WEEK, end);
}

/* Year for a month (and day) given without one: the most recent on or
 * before the article date; 0 if no such valid date within 8 years. */
static long past_year(ctx *c, int m, int d) {
  long y = c->ay;
  if (m > c->am || (m == c->am && d > c->ad)) y--;
  for (int i = 0; i < 8; i++, y--)
    if (d <= days_in_month(y, m)) return y;
  return 0;
}

static const uint16_t DAYPARTS[] = {V_MORNING, V_AFTERNOON, V_EVENING,
                                       V_NIGHT, 0};

/* "last year", "this year", "of last year" at token j: the year meant
 * (its end in *end), else 0.  A month named with it is of that year, not
 * the latest one past ("kidnapped in June last year"). */
static long month_year_word(ctx *c, int j, int *end) {
  if (W(c, j, V_OF)) j++;
  if (!W(c, j + 1, V_YEAR)) return 0;
  if (W(c, j, V_LAST)) {
    *end = j + 2;
    return c->ay - 1;
  }
  if (W(c, j, V_THIS)) {
    *end = j + 2;
    return c->ay;
  }
  return 0;
}

/* Explicit calendar dates: ISO, "Oct. 26[, 2021]", "26[th of] October
 * [2022]", "October 26-27", month + year, and (with F_BARE, a modifier or
 * rel) a bare month. */
static int calendar(ctx *c, int k, int mod, int flags, res *r) {
  /* ISO 2022-10-26 (no spaces) */
  const tok *t0 = T(c, k), *t1 = T(c, k + 1), *t2 = T(c, k + 2),
            *t3 = T(c, k + 3), *t4 = T(c, k + 4);
  if (t4 && year_at(c, k, 1000, 2999) && t1->type == T_PUNCT &&
      t1->ch == '-' && t2->type == T_NUM && t2->ndig == 2 && !t2->ord &&
      t3->type == T_PUNCT && t3->ch == '-' && t4->ndig == 2 &&
      ((t4->type == T_NUM && !t4->ord) ||
       (t4->type == T_OTHER && (c->text[t4->s + 2] | 0x20) == 't')) &&
      t0->e == t1->s && t1->e == t2->s &&
      t2->e == t3->s && t3->e == t4->s) {
    long y = t0->num;
    int m = (int)t2->num, d = (int)t4->num;
    if (m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m)) {
      point(r, days_from_civil(y, m, d), PR_DAY, k + 5);
      if (t4->type == T_OTHER) r->cut_end = t4->s + 2; /* 2022-10-26T10:00 */
      return 1;
    }
    return 0;
  }

  int k2, m, d, d2 = 0, e, maxd;
  long y = 0;
  if ((m = month_at(c, k, &k2)) != 0) {
    if ((d = day_at(c, k2)) != 0) {
      e = k2 + 1;
      if (P(c, e, '-') && day_at(c, e + 1)) {
        d2 = day_at(c, e + 1);
        e += 2;
      }
      if (P(c, e, ',') && (y = year_at(c, e + 1, 1000, 2999)) != 0)
        e += 2;
      else if ((y = year_at(c, e, 1000, 2999)) != 0)
        e += 1;
      else if ((y = month_year_word(c, e, &k2)) != 0) /* "June 2 last year" */
        e = k2;
      goto have_day;
    }
    if ((y = year_at(c, k2, 1000, 2999)) != 0)
      return month_period(c, r, mod, y, m, k2 + 1);
    /* "May of 2019", "June last year", "May of this year" */
    if (W(c, k2, V_OF) && (y = year_at(c, k2 + 1, 1000, 2999)) != 0)
      return month_period(c, r, mod, y, m, k2 + 2);
    if ((y = month_year_word(c, k2, &e)) != 0)
      return month_period(c, r, mod, y, m, e);
    /* a bare month needs "in", "since", a modifier ... or "of" before it
     * ("the first week of October") */
    if (!(flags & F_BARE) && mod == M_NONE && !W(c, k - 1, V_OF)) return 0;
    if (k2 == k + 1 && T(c, k)->e - T(c, k)->s < 5 && !W(c, k, V_MAY) &&
        !W(c, k, V_JUNE) && !W(c, k, V_JULY))
      return 0; /* a bare abbreviation needs its point: not "Mar-a-Lago" */
    static const uint16_t names[] = {V_REVOLUTION, V_WAR, V_UPRISING,
                                        V_CRISIS, V_MANIFESTO, 0};
    if (Wany(c, k2, names) >= 0) return 0; /* "October Revolution" */
    return month_period(c, r, mod, c->ay - (m > c->am), m, k2);
  }

  if ((d = day_at(c, k)) != 0) {
    e = k + 1;
    if (P(c, e, '-') && day_at(c, e + 1)) {
      d2 = day_at(c, e + 1);
      e += 2;
    }
    if (W(c, e, V_OF)) e++;
    if ((m = month_at(c, e, &k2)) == 0) return 0;
    e = k2;
    if ((y = year_at(c, e, 1000, 2999)) != 0) e++;
    goto have_day;
  }
  return 0;

have_day:
  maxd = days_in_month(2000, m); /* any year: Feb. 29 allowed here */
  if (d > maxd || (d2 && (d2 <= d || d2 > maxd))) return 0;
  if (y == 0) {
    y = past_year(c, m, d);
    if (y == 0) return 0;
  }
  if (d > days_in_month(y, m) || (d2 && d2 > days_in_month(y, m))) return 0;
  long z = days_from_civil(y, m, d);
  if (d2) return range(r, z, z + (d2 - d), PR_DAY, e);
  return point(r, z, PR_DAY, e);
}

/* Everything after an optional modifier: weekdays, relative days and
 * periods, calendar dates and bare years. */
static int core(ctx *c, int k, int mod, int flags, res *r) {
  int rel = R_NONE, k2 = k;
  if (W(c, k, V_LAST)) rel = R_LAST;
  else if (W(c, k, V_THIS)) rel = R_THIS;
  else if (W(c, k, V_NEXT)) rel = R_NEXT;
  if (rel != R_NONE) k2 = k + 1;

  int wd = weekday_at(c, k2);
  if (wd >= 0) {
    long d;
    long monday = c->A - c->awd;
    switch (rel) {
    case R_LAST: d = c->A - ((c->awd - wd + 6) % 7 + 1); break;
    case R_THIS: d = monday + wd; break;
    case R_NEXT: d = c->A + ((wd - c->awd + 6) % 7 + 1); break;
    default: d = c->A - ((c->awd - wd + 7) % 7); break;
    }
    int e = k2 + 1;
    res cal;
    int cal_used = 0;
    int e2 = P(c, e, ',') ? e + 1 : e;
    if (calendar(c, e2, M_NONE, 0, &cal) && !cal.has_rs) {
      d = cal.date; /* "Wednesday, Oct. 26" */
      e = cal.end;
      cal_used = 1;
    }
    size_t cut = cal_used ? cal.cut_end : 0;
    if (Wany(c, e, DAYPARTS) >= 0) {
      e++;
      cut = 0;
    }
    point(r, d, PR_DAY, e);
    r->cut_end = cut;
    return 1;
  }

  /* "last week of October" names a part of October, not last week */
  if (rel != R_NONE && !W(c, k2 + 1, V_OF)) {
    long monday = c->A - c->awd;
    int delta = rel == R_LAST ? -1 : rel == R_NEXT ? 1 : 0;
    int m, k3;
    if (W(c, k2, V_WEEK))
      return week_period(c, r, mod, monday + 7L * delta, k2 + 1);
    if (W(c, k2, V_WEEKEND)) {
      long sat = monday + 5 + 7L * delta;
      return range(r, sat, sat + 1, PR_DAY, k2 + 1);
    }
    if (W(c, k2, V_MONTH)) {
      long first = add_months(c->A - (c->ad - 1), delta);
      long y;
      int mm, dd;
      civil_from_days(first, &y, &mm, &dd);
      return month_period(c, r, mod, y, mm, k2 + 1);
    }
    if (W(c, k2, V_YEAR)) return year_period(c, r, mod, c->ay + delta, k2 + 1);
    if (rel == R_LAST && (W(c, k2, V_NIGHT) || W(c, k2, V_EVENING)))
      return point(r, c->A - 1, PR_DAY, k2 + 1);
    if (rel == R_THIS && Wany(c, k2, DAYPARTS) >= 0)
      return point(r, c->A, PR_DAY, k2 + 1);
    if ((m = month_at(c, k2, &k3)) != 0) {
      long y = c->ay;
      if (rel == R_LAST) y -= m >= c->am;
      if (rel == R_NEXT) y += m <= c->am;
      return month_period(c, r, mod, y, m, k3);
    }
    return 0;
  }

  static const uint16_t rel_days[] = {V_YESTERDAY, V_TODAY, V_TONIGHT,
                                         V_TOMORROW, 0};
  int rd = Wany(c, k, rel_days);
  if (rd >= 0) {
    if (rd == 1 && W(c, k - 1, V_USA)) return 0; /* USA Today */
    long off[] = {-1, 0, 0, 1};
    int e = k + 1;
    if (rd != 2 && Wany(c, e, DAYPARTS) >= 0) e++;
    return point(r, c->A + off[rd], PR_DAY, e);
  }

  if (mod == M_NONE && W(c, k, V_THE)) {
    if (W(c, k + 1, V_PREVIOUS) && W(c, k + 2, V_DAY))
      return point(r, c->A - 1, PR_DAY, k + 3);
    if (W(c, k + 1, V_DAY) && W(c, k + 2, V_BEFORE)) {
      if (W(c, k + 3, V_YESTERDAY)) return point(r, c->A - 2, PR_DAY, k + 4);
      /* "the day before the vote" is relative to something else */
      static const uint16_t dets[] = {V_THE, V_A,   V_AN,    V_HIS, V_HER,
                                         V_ITS, V_THEIR, V_OUR, V_THIS, V_THAT,
                                         V_THESE, V_THOSE, 0};
      if (Wany(c, k + 3, dets) >= 0) return 0;
      return point(r, c->A - 1, PR_DAY, k + 3);
    }
    if (W(c, k + 1, V_WEEKEND)) {
      long sat = c->A - ((c->awd - 5 + 7) % 7);
      return range(r, sat, sat + 1, PR_DAY, k + 2);
    }
  }

  if (calendar(c, k, mod, flags, r)) return 1;

  long y;
  if ((flags & F_BARE || mod != M_NONE) && (y = year_at(c, k, 1900, 2099)) != 0)
    return year_period(c, r, mod, y, k + 1);
  return 0;
}

/* A point or period, with an optional modifier ("late", "mid-", "the end
 * of" ...). */
static int point_expr(ctx *c, int k, int flags, res *r) {
  static const uint16_t mods[] = {V_EARLY, V_LATE, V_EARLIER, V_LATER, 0};
  static const int mod_of[] = {M_EARLY, M_LATE, M_EARLIER, M_LATER};
  static const uint16_t parts[] = {V_BEGINNING, V_START, V_MIDDLE, V_END,
                                      0};
  static const int part_of[] = {M_EARLY, M_EARLY, M_MID, M_LATE};
  int i = Wany(c, k, mods);
  if (i >= 0) {
    int k2 = k + 1;
    if (W(c, k2, V_ON)) k2++;
    return core(c, k2, mod_of[i], flags, r);
  }
  if (W(c, k, V_MID)) {
    int k2 = P(c, k + 1, '-') ? k + 2 : k + 1;
    return core(c, k2, M_MID, flags, r);
  }
  if (W(c, k, V_THE) && (i = Wany(c, k + 1, parts)) >= 0 && W(c, k + 2, V_OF))
    return core(c, k + 3, part_of[i], flags, r);
  return core(c, k, M_NONE, flags, r);
}

/* Can an expression start with this word (expr() below)?  A preposition
 * or "since", "the", a modifier ("late", "mid", "last" ...), a weekday, a
 * month, "yesterday" ..., or a count ("two days ago", "a week ago"). */
static int starts_expr(uint16_t v) {
  switch (v) {
    case V_SINCE: case V_IN: case V_OVER: case V_DURING: case V_FOR:
    case V_WITHIN: case V_THROUGHOUT: case V_THE: case V_ON: case V_AT:
    case V_EARLY: case V_LATE: case V_EARLIER: case V_LATER: case V_MID:
    case V_LAST: case V_THIS: case V_NEXT:
    case V_MONDAY: case V_TUESDAY: case V_WEDNESDAY: case V_THURSDAY:
    case V_FRIDAY: case V_SATURDAY: case V_SUNDAY:
    case V_YESTERDAY: case V_TODAY: case V_TONIGHT: case V_TOMORROW:
    case V_ONE: case V_TWO: case V_THREE: case V_FOUR: case V_FIVE:
    case V_SIX: case V_SEVEN: case V_EIGHT: case V_NINE: case V_TEN:
    case V_ELEVEN: case V_TWELVE: case V_A: case V_AN:
    case V_JANUARY: case V_FEBRUARY: case V_MARCH: case V_APRIL: case V_MAY:
    case V_JUNE: case V_JULY: case V_AUGUST: case V_SEPTEMBER:
    case V_OCTOBER: case V_NOVEMBER: case V_DECEMBER:
    case V_JAN: case V_FEB: case V_MAR: case V_APR: case V_JUN: case V_JUL:
    case V_AUG: case V_SEP: case V_SEPT: case V_OCT: case V_NOV: case V_DEC:
      return 1;
    default:
      return 0;
  }
}

/* Tries every pattern starting at the cursor. */
static int expr(ctx *c, res *r) {
  long n;
  int plural, u;
  if (W(c, 0, V_SINCE)) {
    if (!point_expr(c, 1, F_BARE, r)) return 0;
    r->rs = r->date;
    r->has_rs = 1;
    r->has_re = 0;
    return 1;
  }

  /* [over|in|during ...] the past|last [N] days */
  static const uint16_t span_preps[] = {V_IN, V_OVER, V_DURING, V_FOR,
                                           V_WITHIN, V_THROUGHOUT, 0};
  int k = Wany(c, 0, span_preps) >= 0 ? 1 : 0;
  if (W(c, k, V_THE) && (W(c, k + 1, V_PAST) || W(c, k + 1, V_LAST))) {
    int k2 = k + 2;
    n = 1;
    int counted = count_at(c, k2, 0, &n);
    if (counted) k2++;
    /* "the past two weeks", "the past week"; not "the last week of" */
    if ((u = unit_at(c, k2, &plural)) >= 0 && (plural ? counted : n == 1) &&
        !W(c, k2 + 1, V_OF)) {
      long a;
      int prec = PR_DAY;
      switch (u) {
      case U_HOUR: a = c->A - (n + 23) / 24; break;
      case U_DAY: a = c->A - n; break;
      case U_WEEK: a = c->A - 7 * n; prec = PR_WEEK; break;
      case U_MONTH: a = add_months(c->A, -n); prec = PR_MONTH; break;
      default: a = add_months(c->A, -12 * n); prec = PR_YEAR; break;
      }
      return range(r, a, c->A, prec, k2 + 1);
    }
  }

  /* N days ago */
  if (count_at(c, 0, 1, &n) && (u = unit_at(c, 1, &plural)) >= 0 &&
      W(c, 2, V_AGO)) {
    switch (u) {
    case U_HOUR: return point(r, c->A - n / 24, PR_DAY, 3);
    case U_DAY: return point(r, c->A - n, PR_DAY, 3);
    case U_WEEK: return point(r, c->A - 7 * n, PR_WEEK, 3);
    case U_MONTH: return point(r, add_months(c->A, -n), PR_MONTH, 3);
    default: return point(r, add_months(c->A, -12 * n), PR_YEAR, 3);
    }
  }

  static const uint16_t preps[] = {V_ON, V_IN, V_DURING, V_THROUGHOUT,
                                      V_OVER, V_AT, 0};
  static const int prep_flags[] = {0, F_BARE, F_BARE, F_BARE, 0, 0};
  int p = Wany(c, 0, preps);
  if (p >= 0) return point_expr(c, 1, prep_flags[p], r);
  return point_expr(c, 0, 0, r);
}

/* Anchors the context at day z (the article's date, or a probe). */
static void set_anchor(ctx *c, long z) {
  c->A = z;
  civil_from_days(z, &c->ay, &c->am, &c->ad);
  c->awd = weekday(z);
}

/* The expression at the cursor resolved into *o; 0 if there is none. */
static int resolve(ctx *c, acta_date_info *o) {
  static const char *const precs[] = {"day", "week", "month", "year"};
  res r;
  if (!expr(c, &r)) return 0;
  memset(o, 0, sizeof *o);
  if (!format_date(r.date, o->date)) return 0;
  if (r.has_rs && !format_date(r.rs, o->range_start)) return 0;
  if (r.has_re && !format_date(r.re, o->range_end)) return 0;
  memcpy(o->precision, precs[r.prec], strlen(precs[r.prec]) + 1);
  o->start = T(c, 0)->s;
  o->end = r.cut_end ? r.cut_end : T(c, r.end - 1)->e;
  return 1;
}

/* speed15: a word every expression holds one of, or a number (digits):
 * a weekday, a month, a time unit, "weekend", "yesterday" ..., a part of
 * the day ("last night", "this morning").  expr() and everything it calls
 * succeed only past one of these (a count, a day or a year is a T_NUM). */
static int anchor_word(uint16_t v) {
  switch (v) {
    case V_MONDAY: case V_TUESDAY: case V_WEDNESDAY: case V_THURSDAY:
    case V_FRIDAY: case V_SATURDAY: case V_SUNDAY:
    case V_JANUARY: case V_FEBRUARY: case V_MARCH: case V_APRIL: case V_MAY:
    case V_JUNE: case V_JULY: case V_AUGUST: case V_SEPTEMBER:
    case V_OCTOBER: case V_NOVEMBER: case V_DECEMBER:
    case V_JAN: case V_FEB: case V_MAR: case V_APR: case V_JUN: case V_JUL:
    case V_AUG: case V_SEP: case V_SEPT: case V_OCT: case V_NOV: case V_DEC:
    case V_HOUR: case V_HOURS: case V_DAY: case V_DAYS: case V_WEEK:
    case V_WEEKS: case V_MONTH: case V_MONTHS: case V_YEAR: case V_YEARS:
    case V_WEEKEND: case V_YESTERDAY: case V_TODAY: case V_TONIGHT:
    case V_TOMORROW: case V_MORNING: case V_AFTERNOON: case V_EVENING:
    case V_NIGHT:
      return 1;
    default:
      return 0;
  }
}

/* speed34c: how far past the cursor an expression's first anchor (a
 * number, or an anchor_word()) may stand.  Counted from expr(): a
 * preposition or "since" (1), a modifier ("early on", "mid-", "the end
 * of": core() at 4 at most), "last"/"this"/"next" (5): a weekday, a month,
 * a unit or a part of the day there; every other path reads its anchor
 * nearer ("the past two weeks": 4, "the previous day": 3).  A pattern
 * whose anchor stands farther must raise this. */
enum { ANCHOR_REACH = 6 };

/* Is there an anchor among the tokens [cursor, cursor + ANCHOR_REACH)?
 * expr() succeeds only then: the loop of acta_find_date_tokens() tries it
 * at a word that starts an expression ("the", "in", "on", "a" ...) only
 * near an anchor.  Each token is looked at once. */
static int anchor_near(ctx *c) {
  if (c->anchor != SIZE_MAX && c->anchor >= c->base)
    return c->anchor < c->base + ANCHOR_REACH;
  size_t a = c->seen > c->base ? c->seen : c->base;
  for (; a < c->base + ANCHOR_REACH; a++) {
    const tok *t = T(c, (int)(a - c->base));
    if (!t) break;
    if (t->type == T_NUM || (t->type == T_WORD && anchor_word(t->v))) {
      c->anchor = a;
      c->seen = a + 1;
      return 1;
    }
  }
  c->seen = a;
  return 0;
}

static int ascii_letter(unsigned char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

/* speed15: may tokens [first, last) hold a date expression at all?  No
 * when none has a digit or an anchor_word(): most sentences, decided in
 * one pass instead of the patterns at every token.  A word is read as
 * next_tok() reads it: a plain token by its vocabulary code, any other
 * from its bytes (classify(): a word outside ASCII letters has no code).
 * Letters glued to the token before ("did|n't") may make one word with
 * it: taken as a maybe.  speed34c: the byte end of the last token that
 * may hold an anchor (0: none), found from the end: every token the loop
 * of acta_find_date_tokens() reads holds its bytes, so one that starts
 * there or later is no anchor, and no expression starts there (expr()
 * succeeds only with an anchor at or after its cursor). */
static size_t may_hold_date(const char *text, const acta_tokens *toks,
                            uint32_t first, uint32_t last) {
  const unsigned char *p = (const unsigned char *)text;
  for (uint32_t q = last; q-- > first;) {
    const acta_token *T = &toks->v[q];
    for (uint32_t b = T->start; b < T->end; b++)
      if (p[b] >= '0' && p[b] <= '9') return T->end;
    if (q > first && toks->v[q - 1].end == T->start && T->start > 0) {
      unsigned char x = p[T->start - 1], y = p[T->start];
      if ((x >= 0x80 || ascii_letter(x)) && (y >= 0x80 || ascii_letter(y))) return T->end;
    }
    if (T->shape & TS_PLAIN) {
      if (T->kind == TK_WORD && anchor_word(T->vocab)) return T->end;
      continue;
    }
    size_t b = T->start, len;
    char ch;
    while (b < T->end) {
      if (classify(p, b, T->end, &len, &ch) != CL_ALNUM) {
        b += len;
        continue;
      }
      size_t e = b;
      int letters = 1;
      while (e < T->end && classify(p, e, T->end, &len, &ch) == CL_ALNUM) {
        if (!ascii_letter(p[e])) letters = 0;
        e += len;
      }
      if (letters && anchor_word(acta_vocab_find(text + b, e - b))) return T->end;
      b = e;
    }
  }
  return 0;
}

int acta_find_date_tokens(const char *text, const acta_tokens *toks,
                          uint32_t first, uint32_t last,
                          const char *article_date, acta_date_info *out) {
  ctx c;
  long anchor;
  /* Without an article date, an expression is resolved against two probe
   * days years, months and weekdays apart: one that needs no anchor
   * ("March 3, 2019") resolves the same against both. */
  int absolute_only = !article_date || !article_date[0];
  long probe1 = days_from_civil(1953, 2, 11), probe2 = days_from_civil(2041, 9, 26);
  if (!text || !toks || !out || first >= last || last > toks->n) return 0;
  size_t anchors_end = may_hold_date(text, toks, first, last);
  if (!anchors_end) return 0;
  if (absolute_only) anchor = probe1;
  else if (!parse_article_date(article_date, &anchor)) return 0;
  c.text = (const unsigned char *)text;
  c.tk = toks;
  c.k = c.run_last = first;
  c.last = last;
  c.pos = c.end = 0;
  c.base = c.have = 0;
  c.eof = 0;
  c.seen = 0;
  c.anchor = SIZE_MAX;
  set_anchor(&c, anchor);

  for (const tok *t0; (t0 = T(&c, 0)) != NULL && t0->s < anchors_end; c.base++) {
    if (t0->type == T_PUNCT || t0->type == T_OTHER ||
        (t0->type == T_WORD && !starts_expr(t0->v)) || !anchor_near(&c))
      continue;
    acta_date_info o, o2;
    if (!resolve(&c, &o)) continue;
    if (absolute_only) {
      set_anchor(&c, probe2);
      int same = resolve(&c, &o2) && memcmp(&o, &o2, sizeof o) == 0;
      set_anchor(&c, probe1);
      if (!same) continue;
    }
    *out = o;
    return 1;
  }
  return 0;
}

int acta_find_date(const char *text, size_t start, size_t end,
                   const char *article_date, acta_date_info *out) {
  if (!text || !out || start >= end) return 0;
  acta_tokens toks;
  acta_tokens_init(&toks);
  acta_tokenize(NULL, text + start, end - start, &toks);
  int found = acta_find_date_tokens(text + start, &toks, 0, (uint32_t)toks.n,
                                    article_date, out);
  acta_tokens_free(&toks);
  if (found) {
    out->start += start;
    out->end += start;
  }
  return found;
}
