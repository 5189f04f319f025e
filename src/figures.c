/* SPDX-License-Identifier: MIT */
/* figures.c: finds quantities (tolls, crowd sizes, arrests, troops,
 * weapons) in one sentence; conventions are documented in figures.h.
 *
 * It reads the coder's tokens (dict.h) as its own words, numbers
 * ("10,000", "1.5", "20-30") and punctuation, all at once into an array
 * (on the stack; the heap only past FG_TOKS of them), of which a scan sees
 * a bounded window around its cursor; at each token we try the pattern
 * [qualifier] number [range] [scale] [of] [counted noun]  and then pick a
 * kind from the counted noun and a bounded window of tokens around the
 * phrase.  Words are compared by their vocabulary code (vocab.h).  Every
 * lookahead and window is bounded, so the whole scan is linear in the
 * sentence length.
 */
#include "figures.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "vocab.h"

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

enum { T_WORD, T_NUM, T_PUNCT };

typedef struct tok {
  size_t s, e;
  int type;
  uint16_t v; /* T_WORD: vocabulary code of the word, or 0 */
  uint8_t plain; /* a TS_PLAIN token of the coder's: letters and digits
                    only, so no '-' in it (try_figure needs no memchr) */
  uint8_t num;   /* a word with a '-' ("twenty-five"): parse_num() may
                    find a number here (number_at()) */
} tok;

#define HIST 8  /* the window a scan sees: HIST tokens behind its cursor, */
#define LOOK 48 /* LOOK ahead (the ring of 64 tokens it once had) */
#define FG_TOKS 128 /* tokens read without the heap */

typedef struct stream {
  const char *t;
  const acta_tokens *tk;
  uint32_t first, k, last; /* the coder's tokens: next one, end */
  uint32_t run_last;       /* end of the current run of glued tokens */
  size_t pos, end;         /* pos < end: reading a run's bytes */
  size_t n, cap;           /* tokens read (all of them), room in w */
  size_t cur;              /* index of the token the scan is at */
  tok *w;                  /* the tokens: wbuf, or the heap past FG_TOKS */
  tok wbuf[FG_TOKS];
} stream;

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_alnum(unsigned char c) { return is_digit(c) || is_alpha(c); }
static unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* Length of the UTF-8 sequence led by t[p], clamped to end. */
static size_t u8len(const char *t, size_t p, size_t end) {
  unsigned char c = (unsigned char)t[p];
  size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return p + n > end ? end - p : n;
}

/* Classifies a non-ASCII sequence at t[p]: 0 letter-like, 1 space,
 * 2 punctuation (dashes, quotes, currency signs, guillemets, degree). */
static int u8class(const char *t, size_t p, size_t end) {
  const unsigned char *u = (const unsigned char *)t + p;
  size_t n = end - p;
  if (n >= 2 && u[0] == 0xC2) {
    if (u[1] == 0xA0) return 1;
    if (u[1] == 0xA3 || u[1] == 0xA5 || u[1] == 0xAB || u[1] == 0xBB ||
        u[1] == 0xB0)
      return 2;
  }
  if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80) {
    if ((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF) return 1;
    return 2;
  }
  if (n >= 3 && u[0] == 0xE2 && u[1] == 0x82) return 2; /* currency signs */
  return 0;
}

static int is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* Reads the next token of the bytes of the current run into *k; returns
 * 0 at the end of the run. */
static int lex_bytes(stream *s, tok *k) {
  const char *t = s->t;
  size_t p = s->pos, end = s->end;
  for (;;) {
    if (p >= end) {
      s->pos = p;
      return 0;
    }
    unsigned char c = (unsigned char)t[p];
    if (is_space(c)) {
      p++;
    } else if (c >= 0x80 && u8class(t, p, end) == 1) {
      p += u8len(t, p, end);
    } else {
      break;
    }
  }
  unsigned char c0 = (unsigned char)t[p];
  size_t q = p;
  if (is_alnum(c0) || (c0 >= 0x80 && u8class(t, p, end) == 0)) {
    int numeric = is_digit(c0); /* only digits, commas, periods so far */
    int hyphen = 0;              /* a '-' inside it ("twenty-five") */
    while (q < end) {
      unsigned char c = (unsigned char)t[q];
      if (is_alnum(c)) {
        q++;
        continue;
      }
      if (c >= 0x80) {
        int cl = u8class(t, q, end);
        if (cl == 0) {
          q += u8len(t, q, end);
          numeric = 0;
          continue;
        }
        /* curly apostrophe inside a word ("Iran’s") */
        if (q + 3 < end && (unsigned char)t[q + 1] == 0x80 &&
            (unsigned char)t[q + 2] == 0x99 && is_alpha((unsigned char)t[q + 3])) {
          q += 3;
          numeric = 0;
          continue;
        }
        break;
      }
      if ((c == '-' || c == '\'') && q + 1 < end &&
          is_alnum((unsigned char)t[q + 1])) {
        hyphen |= c == '-';
        q++;
        numeric = 0;
        continue;
      }
      if (numeric && c == ',' && is_digit((unsigned char)t[q - 1]) &&
          q + 3 < end && is_digit((unsigned char)t[q + 1]) &&
          is_digit((unsigned char)t[q + 2]) && is_digit((unsigned char)t[q + 3]) &&
          (q + 4 >= end || !is_digit((unsigned char)t[q + 4]))) {
        q += 4;
        continue;
      }
      if (numeric && c == '.' && is_digit((unsigned char)t[q - 1]) &&
          q + 1 < end && is_digit((unsigned char)t[q + 1])) {
        q++;
        continue;
      }
      break;
    }
    k->type = is_digit(c0) ? T_NUM : T_WORD;
    k->num = hyphen; /* (a number: number_at()) */
  } else {
    q = p + (c0 >= 0x80 ? u8len(t, p, end) : 1);
    k->type = T_PUNCT;
    k->num = 0;
  }
  k->s = p;
  k->e = q;
  k->v = k->type == T_WORD ? acta_vocab_find(t + p, q - p) : V_NONE;
  k->plain = 0;
  s->pos = q;
  return 1;
}

/* Reads the next token into *k; returns 0 at the end.  A run of glued
 * tokens that are all TS_PLAIN is read token by token; any other run (and
 * a space between runs with bytes outside ASCII) from its bytes. */
static int next_tok(stream *s, tok *k) {
  const acta_token *v = s->tk->v;
  for (;;) {
    if (s->pos < s->end) {
      if (lex_bytes(s, k)) return 1;
      s->end = 0;
    }
    if (s->k >= s->last) return 0;
    const acta_token *T = &v[s->k];
    if (s->k >= s->run_last) { /* a run starts (a space outside ASCII may
                                  be read as a word: it glues) */
      int plain;
      uint32_t j = acta_token_run(v, s->t, s->k, s->last, 1, &plain);
      s->run_last = j;
      if (!plain) {
        s->pos = T->start;
        s->end = v[j - 1].end;
        s->k = j;
        continue;
      }
    }
    s->k++;
    if (T->kind == TK_PUNCT && T->end - T->start > 1 &&
        (unsigned char)s->t[T->start] < 0x80) {
      s->pos = T->start; /* "--", "...": one token per character */
      s->end = T->end;
      continue;
    }
    k->s = T->start;
    k->e = T->end;
    k->type = T->kind == TK_PUNCT ? T_PUNCT
              : is_digit((unsigned char)s->t[T->start]) ? T_NUM : T_WORD;
    k->v = k->type == T_WORD ? T->vocab : V_NONE;
    k->plain = (T->shape & TS_PLAIN) != 0;
    k->num = 0; /* (a plain word has no '-': number_at()) */
    return 1;
  }
}

/* Reads every token of the stream into s->w (s->n of them). */
static void read_all(stream *s) {
  const acta_token *v = s->tk->v;
  const char *t = s->t;
  for (;;) {
    if (s->pos >= s->end && s->k >= s->run_last) {
      /* speed34c: the common tokens, plain ones alone (the last one, or
       * one space before the next) that are no run of marks ("--"), read
       * as next_tok() reads them, in a loop of their own whose cursor and
       * count are locals: the stream's fields, which hold the tokens read
       * (wbuf), were loaded and stored again for every token */
      uint32_t q = s->k, last = s->last;
      size_t n = s->n, cap = s->cap;
      tok *w = s->w;
      while (n < cap && q < last) {
        const acta_token *T = &v[q];
        if (!(T->shape & TS_PLAIN) ||
            (q + 1 < last && !(v[q + 1].start == T->end + 1 && t[T->end] == ' ')))
          break;
        int type = T_WORD;
        uint16_t voc = V_NONE;
        if (T->kind == TK_PUNCT) {
          if (T->end - T->start > 1) break; /* (ASCII: a plain mark) */
          type = T_PUNCT;
        } else if (is_digit((unsigned char)t[T->start])) {
          type = T_NUM;
        } else {
          voc = T->vocab;
        }
        w[n++] = (tok){.s = T->start, .e = T->end, .type = type, .v = voc, .plain = 1};
        q++;
      }
      s->k = s->run_last = q;
      s->n = n;
    }
    if (s->n == s->cap) {
      size_t cap = s->cap * 2;
      tok *w = malloc(cap * sizeof *w);
      if (!w) abort();
      memcpy(w, s->w, s->n * sizeof *w);
      if (s->w != s->wbuf) free(s->w);
      s->w = w;
      s->cap = cap;
    }
    if (!next_tok(s, &s->w[s->n])) return;
    s->n++;
  }
}

/* Token idx of the stream, or NULL past the end or outside the window
 * [cur - HIST, cur + LOOK]. */
static inline const tok *get(const stream *s, size_t idx) {
  if (idx < s->n && idx + HIST >= s->cur && idx <= s->cur + LOOK)
    return &s->w[idx];
  return NULL;
}

/* Token before idx (NULL at the start). */
static const tok *prev(stream *s, size_t idx) {
  return idx == 0 ? NULL : get(s, idx - 1);
}

/* Is token k the word with vocabulary code w? */
static int is(const tok *k, uint16_t w) {
  return k && k->type == T_WORD && k->v == w;
}

static int is_punct(const stream *s, const tok *k, char c) {
  return k && k->type == T_PUNCT && k->e - k->s == 1 && s->t[k->s] == c;
}

/* Dashes usable between the two ends of a range: - – — */
static int is_dash(const stream *s, const tok *k) {
  if (!k || k->type != T_PUNCT) return 0;
  if (is_punct(s, k, '-')) return 1;
  const unsigned char *u = (const unsigned char *)s->t + k->s;
  return k->e - k->s == 3 && u[0] == 0xE2 && u[1] == 0x80 &&
         (u[2] == 0x93 || u[2] == 0x94);
}

static int is_upper_initial(const stream *s, const tok *k) {
  unsigned char c = (unsigned char)s->t[k->s];
  return c >= 'A' && c <= 'Z';
}

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

enum {
  K_NONE = 0, /* no counted noun, or a generic one ("people") */
  K_KILLED, K_INJURED, K_ARRESTED, K_DETAINED, K_MISSING, K_DISPLACED,
  K_PROTESTERS, K_TROOPS, K_WEAPONS, K_OTHER
};
static const char *const kind_names[] = {
  "other", "killed", "injured", "arrested", "detained", "missing",
  "displaced", "protesters", "troops", "weapons", "other"};

enum { Q_EXACT, Q_AT_LEAST, Q_UP_TO, Q_APPROX, Q_RANGE, Q_BETWEEN };
static const char *const qual_names[] = {"exact", "at_least", "up_to",
                                         "approximately", "range", "range"};

enum {
  C_STOP = 1, /* function word: ends a counted noun and a context window */
  C_BREAK,    /* conjunction: also ends a context window */
  C_EVENT,    /* event verb or participle: decides the kind */
  C_CROWD,    /* crowd verb or noun: people become protesters */
  C_HEAD,     /* counted noun (kind K_NONE: generic people) */
  C_MOD,      /* "more", "other": skipped at the start of a counted noun */
  C_MEASURE,  /* durations, distances, money, percent: not a figure */
  C_AVOID     /* "escaped", "evaded", "survived": the act after it was kept
                 from happening ("150 escaped arrest"): ends a context window */
};

typedef struct lex_entry {
  unsigned char cls, kind;
} lex_entry;

/* By vocabulary code (vocab.h). */
static const lex_entry lexicon[V_COUNT] = {
  /* events */
  [V_KILLED] = {C_EVENT, K_KILLED}, [V_KILLING] = {C_EVENT, K_KILLED},
  [V_KILLS] = {C_EVENT, K_KILLED}, [V_DIED] = {C_EVENT, K_KILLED},
  [V_DYING] = {C_EVENT, K_KILLED}, [V_DIES] = {C_EVENT, K_KILLED},
  [V_SLAIN] = {C_EVENT, K_KILLED}, [V_PERISHED] = {C_EVENT, K_KILLED},
  [V_EXECUTED] = {C_EVENT, K_KILLED}, [V_MASSACRED] = {C_EVENT, K_KILLED},
  [V_MURDERED] = {C_EVENT, K_KILLED}, [V_TOLL] = {C_EVENT, K_KILLED},
  [V_INJURED] = {C_EVENT, K_INJURED}, [V_INJURING] = {C_EVENT, K_INJURED},
  [V_WOUNDED] = {C_EVENT, K_INJURED}, [V_WOUNDING] = {C_EVENT, K_INJURED},
  [V_HURT] = {C_EVENT, K_INJURED},
  [V_ARRESTED] = {C_EVENT, K_ARRESTED}, [V_ARRESTING] = {C_EVENT, K_ARRESTED},
  [V_ARREST] = {C_EVENT, K_ARRESTED},
  [V_DETAINED] = {C_EVENT, K_DETAINED}, [V_DETAINING] = {C_EVENT, K_DETAINED},
  [V_DETENTION] = {C_EVENT, K_DETAINED}, [V_JAILED] = {C_EVENT, K_DETAINED},
  [V_IMPRISONED] = {C_EVENT, K_DETAINED}, [V_ABDUCTED] = {C_EVENT, K_DETAINED},
  [V_KIDNAPPED] = {C_EVENT, K_DETAINED}, [V_CAPTURED] = {C_EVENT, K_DETAINED},
  [V_MISSING] = {C_EVENT, K_MISSING}, [V_DISAPPEARED] = {C_EVENT, K_MISSING},
  [V_UNACCOUNTED] = {C_EVENT, K_MISSING},
  [V_DISPLACED] = {C_EVENT, K_DISPLACED}, [V_FLED] = {C_EVENT, K_DISPLACED},
  [V_FLEEING] = {C_EVENT, K_DISPLACED}, [V_EVACUATED] = {C_EVENT, K_DISPLACED},
  [V_UPROOTED] = {C_EVENT, K_DISPLACED}, [V_HOMELESS] = {C_EVENT, K_DISPLACED},
  /* acts avoided: "managed to escape arrest", "survived the attack" */
  [V_AVOID] = {C_AVOID, 0}, [V_AVOIDED] = {C_AVOID, 0}, [V_AVOIDING] = {C_AVOID, 0},
  [V_ELUDE] = {C_AVOID, 0}, [V_ELUDED] = {C_AVOID, 0}, [V_ELUDING] = {C_AVOID, 0},
  [V_ESCAPE] = {C_AVOID, 0}, [V_ESCAPED] = {C_AVOID, 0}, [V_ESCAPING] = {C_AVOID, 0},
  [V_EVADE] = {C_AVOID, 0}, [V_EVADED] = {C_AVOID, 0}, [V_EVADING] = {C_AVOID, 0},
  [V_SURVIVE] = {C_AVOID, 0}, [V_SURVIVED] = {C_AVOID, 0}, [V_SURVIVING] = {C_AVOID, 0},
  /* counted nouns that are themselves a toll */
  [V_DEAD] = {C_HEAD, K_KILLED}, [V_DEATHS] = {C_HEAD, K_KILLED},
  [V_FATALITIES] = {C_HEAD, K_KILLED}, [V_BODIES] = {C_HEAD, K_KILLED},
  [V_CORPSES] = {C_HEAD, K_KILLED}, [V_LIVES] = {C_HEAD, K_KILLED},
  [V_INJURIES] = {C_HEAD, K_INJURED}, [V_ARRESTS] = {C_HEAD, K_ARRESTED},
  [V_DETAINEES] = {C_HEAD, K_DETAINED}, [V_PRISONERS] = {C_HEAD, K_DETAINED},
  [V_HOSTAGES] = {C_HEAD, K_DETAINED}, [V_CAPTIVES] = {C_HEAD, K_DETAINED},
  [V_REFUGEES] = {C_HEAD, K_DISPLACED}, [V_EVACUEES] = {C_HEAD, K_DISPLACED},
  /* crowds */
  [V_PROTESTERS] = {C_HEAD, K_PROTESTERS}, [V_PROTESTER] = {C_HEAD, K_PROTESTERS},
  [V_PROTESTORS] = {C_HEAD, K_PROTESTERS}, [V_PROTESTOR] = {C_HEAD, K_PROTESTERS},
  [V_DEMONSTRATORS] = {C_HEAD, K_PROTESTERS},
  [V_DEMONSTRATOR] = {C_HEAD, K_PROTESTERS}, [V_MARCHERS] = {C_HEAD, K_PROTESTERS},
  [V_RIOTERS] = {C_HEAD, K_PROTESTERS}, [V_CROWD] = {C_HEAD, K_PROTESTERS},
  [V_CROWDS] = {C_HEAD, K_PROTESTERS},
  [V_GATHERED] = {C_CROWD, 0}, [V_GATHERING] = {C_CROWD, 0},
  [V_MARCHED] = {C_CROWD, 0}, [V_MARCHING] = {C_CROWD, 0},
  [V_RALLIED] = {C_CROWD, 0}, [V_RALLYING] = {C_CROWD, 0},
  [V_PROTESTED] = {C_CROWD, 0}, [V_PROTESTING] = {C_CROWD, 0},
  [V_DEMONSTRATED] = {C_CROWD, 0}, [V_DEMONSTRATING] = {C_CROWD, 0},
  [V_TOOK] = {C_CROWD, 0}, [V_POURED] = {C_CROWD, 0}, [V_THRONGED] = {C_CROWD, 0},
  [V_MASSED] = {C_CROWD, 0}, [V_ASSEMBLED] = {C_CROWD, 0}, [V_JOINED] = {C_CROWD, 0},
  [V_TURNED] = {C_CROWD, 0}, [V_CHANTED] = {C_CROWD, 0}, [V_CHANTING] = {C_CROWD, 0},
  [V_ATTENDED] = {C_CROWD, 0}, [V_RALLY] = {C_CROWD, 0}, [V_RALLIES] = {C_CROWD, 0},
  [V_MARCH] = {C_CROWD, 0}, [V_MARCHES] = {C_CROWD, 0}, [V_PROTEST] = {C_CROWD, 0},
  [V_PROTESTS] = {C_CROWD, 0}, [V_DEMONSTRATION] = {C_CROWD, 0},
  [V_DEMONSTRATIONS] = {C_CROWD, 0},
  /* troops */
  [V_TROOPS] = {C_HEAD, K_TROOPS}, [V_SOLDIERS] = {C_HEAD, K_TROOPS},
  [V_SOLDIER] = {C_HEAD, K_TROOPS}, [V_SERVICEMEN] = {C_HEAD, K_TROOPS},
  [V_SERVICEMEMBERS] = {C_HEAD, K_TROOPS}, [V_MARINES] = {C_HEAD, K_TROOPS},
  [V_PARATROOPERS] = {C_HEAD, K_TROOPS}, [V_RESERVISTS] = {C_HEAD, K_TROOPS},
  [V_CONSCRIPTS] = {C_HEAD, K_TROOPS}, [V_RECRUITS] = {C_HEAD, K_TROOPS},
  [V_PEACEKEEPERS] = {C_HEAD, K_TROOPS}, [V_FORCES] = {C_HEAD, K_TROOPS},
  [V_FORCE] = {C_HEAD, K_TROOPS},
  /* weapons */
  [V_DRONES] = {C_HEAD, K_WEAPONS}, [V_DRONE] = {C_HEAD, K_WEAPONS},
  [V_MISSILES] = {C_HEAD, K_WEAPONS}, [V_MISSILE] = {C_HEAD, K_WEAPONS},
  [V_ROCKETS] = {C_HEAD, K_WEAPONS}, [V_ROCKET] = {C_HEAD, K_WEAPONS},
  [V_SHELLS] = {C_HEAD, K_WEAPONS}, [V_SHELL] = {C_HEAD, K_WEAPONS},
  [V_RIFLES] = {C_HEAD, K_WEAPONS}, [V_RIFLE] = {C_HEAD, K_WEAPONS},
  [V_TANKS] = {C_HEAD, K_WEAPONS}, [V_TANK] = {C_HEAD, K_WEAPONS},
  [V_WARPLANES] = {C_HEAD, K_WEAPONS}, [V_JETS] = {C_HEAD, K_WEAPONS},
  [V_HELICOPTERS] = {C_HEAD, K_WEAPONS}, [V_ARTILLERY] = {C_HEAD, K_WEAPONS},
  [V_HOWITZERS] = {C_HEAD, K_WEAPONS}, [V_MORTARS] = {C_HEAD, K_WEAPONS},
  [V_GRENADES] = {C_HEAD, K_WEAPONS}, [V_BOMBS] = {C_HEAD, K_WEAPONS},
  [V_BOMB] = {C_HEAD, K_WEAPONS}, [V_MUNITIONS] = {C_HEAD, K_WEAPONS},
  [V_WARHEADS] = {C_HEAD, K_WEAPONS}, [V_GUNS] = {C_HEAD, K_WEAPONS},
  [V_WEAPONS] = {C_HEAD, K_WEAPONS}, [V_LAUNCHERS] = {C_HEAD, K_WEAPONS},
  [V_AMMUNITION] = {C_HEAD, K_WEAPONS}, [V_BULLETS] = {C_HEAD, K_WEAPONS},
  [V_MINES] = {C_HEAD, K_WEAPONS}, [V_LANDMINES] = {C_HEAD, K_WEAPONS},
  /* generic people: the kind comes from the context */
  [V_PEOPLE] = {C_HEAD, K_NONE}, [V_PERSONS] = {C_HEAD, K_NONE},
  [V_PERSON] = {C_HEAD, K_NONE}, [V_CIVILIANS] = {C_HEAD, K_NONE},
  [V_CIVILIAN] = {C_HEAD, K_NONE}, [V_RESIDENTS] = {C_HEAD, K_NONE},
  [V_MEN] = {C_HEAD, K_NONE}, [V_WOMEN] = {C_HEAD, K_NONE},
  [V_CHILDREN] = {C_HEAD, K_NONE}, [V_STUDENTS] = {C_HEAD, K_NONE},
  [V_WORKERS] = {C_HEAD, K_NONE}, [V_VILLAGERS] = {C_HEAD, K_NONE},
  [V_CITIZENS] = {C_HEAD, K_NONE}, [V_NATIONALS] = {C_HEAD, K_NONE},
  [V_INDIVIDUALS] = {C_HEAD, K_NONE}, [V_OFFICERS] = {C_HEAD, K_NONE},
  [V_POLICEMEN] = {C_HEAD, K_NONE}, [V_POLICE] = {C_HEAD, K_NONE},
  [V_OFFICIALS] = {C_HEAD, K_NONE}, [V_MEMBERS] = {C_HEAD, K_NONE},
  [V_FIGHTERS] = {C_HEAD, K_NONE}, [V_MILITANTS] = {C_HEAD, K_NONE},
  [V_REBELS] = {C_HEAD, K_NONE}, [V_ACTIVISTS] = {C_HEAD, K_NONE},
  [V_JOURNALISTS] = {C_HEAD, K_NONE}, [V_MIGRANTS] = {C_HEAD, K_NONE},
  [V_WORSHIPPERS] = {C_HEAD, K_NONE}, [V_PILGRIMS] = {C_HEAD, K_NONE},
  [V_PASSENGERS] = {C_HEAD, K_NONE}, [V_VICTIMS] = {C_HEAD, K_NONE},
  [V_OTHERS] = {C_HEAD, K_NONE}, [V_CREW] = {C_HEAD, K_NONE},
  [V_TEENAGERS] = {C_HEAD, K_NONE}, [V_YOUTHS] = {C_HEAD, K_NONE},
  [V_BOYS] = {C_HEAD, K_NONE}, [V_GIRLS] = {C_HEAD, K_NONE},
  [V_BABIES] = {C_HEAD, K_NONE}, [V_INFANTS] = {C_HEAD, K_NONE},
  [V_MINORS] = {C_HEAD, K_NONE}, [V_ADULTS] = {C_HEAD, K_NONE},
  [V_DOCTORS] = {C_HEAD, K_NONE}, [V_NURSES] = {C_HEAD, K_NONE},
  [V_MEDICS] = {C_HEAD, K_NONE}, [V_TEACHERS] = {C_HEAD, K_NONE},
  [V_FARMERS] = {C_HEAD, K_NONE}, [V_MINERS] = {C_HEAD, K_NONE},
  [V_CLERICS] = {C_HEAD, K_NONE}, [V_LAWYERS] = {C_HEAD, K_NONE},
  [V_EMPLOYEES] = {C_HEAD, K_NONE}, [V_STAFF] = {C_HEAD, K_NONE},
  [V_VOLUNTEERS] = {C_HEAD, K_NONE}, [V_SUPPORTERS] = {C_HEAD, K_NONE},
  [V_OPPONENTS] = {C_HEAD, K_NONE}, [V_DISSIDENTS] = {C_HEAD, K_NONE},
  [V_TOURISTS] = {C_HEAD, K_NONE}, [V_FOREIGNERS] = {C_HEAD, K_NONE},
  [V_SETTLERS] = {C_HEAD, K_NONE}, [V_GUNMEN] = {C_HEAD, K_NONE},
  [V_INSURGENTS] = {C_HEAD, K_NONE}, [V_GUERRILLAS] = {C_HEAD, K_NONE},
  [V_MILITIAMEN] = {C_HEAD, K_NONE}, [V_ATTACKERS] = {C_HEAD, K_NONE},
  [V_SUSPECTS] = {C_HEAD, K_NONE}, [V_RELATIVES] = {C_HEAD, K_NONE},
  [V_BYSTANDERS] = {C_HEAD, K_NONE}, [V_PEDESTRIANS] = {C_HEAD, K_NONE},
  [V_REPORTERS] = {C_HEAD, K_NONE}, [V_BLOGGERS] = {C_HEAD, K_NONE},
  [V_ATHLETES] = {C_HEAD, K_NONE}, [V_POLITICIANS] = {C_HEAD, K_NONE},
  [V_LAWMAKERS] = {C_HEAD, K_NONE}, [V_DIPLOMATS] = {C_HEAD, K_NONE},
  [V_PUPILS] = {C_HEAD, K_NONE}, [V_PATIENTS] = {C_HEAD, K_NONE},
  [V_SAILORS] = {C_HEAD, K_NONE}, [V_GUARDS] = {C_HEAD, K_NONE},
  [V_FAMILIES] = {C_HEAD, K_NONE}, [V_INMATES] = {C_HEAD, K_NONE},
  /* modifiers */
  [V_MORE] = {C_MOD, 0}, [V_OTHER] = {C_MOD, 0}, [V_ADDITIONAL] = {C_MOD, 0},
  [V_FURTHER] = {C_MOD, 0}, [V_NEW] = {C_MOD, 0}, [V_EXTRA] = {C_MOD, 0},
  /* conjunctions and subordinators: close a context window */
  [V_AND] = {C_BREAK, 0}, [V_BUT] = {C_BREAK, 0}, [V_OR] = {C_BREAK, 0},
  [V_NOR] = {C_BREAK, 0}, [V_WHILE] = {C_BREAK, 0}, [V_WHEREAS] = {C_BREAK, 0},
  [V_AFTER] = {C_BREAK, 0}, [V_BEFORE] = {C_BREAK, 0}, [V_WHEN] = {C_BREAK, 0},
  [V_BECAUSE] = {C_BREAK, 0}, [V_SINCE] = {C_BREAK, 0}, [V_ALTHOUGH] = {C_BREAK, 0},
  [V_THOUGH] = {C_BREAK, 0}, [V_UNTIL] = {C_BREAK, 0}, [V_IF] = {C_BREAK, 0},
  [V_AS] = {C_BREAK, 0}, [V_ACCORDING] = {C_BREAK, 0},
  /* function words */
  [V_THE] = {C_STOP, 0}, [V_A] = {C_STOP, 0}, [V_AN] = {C_STOP, 0},
  [V_THIS] = {C_STOP, 0}, [V_THAT] = {C_STOP, 0}, [V_THESE] = {C_STOP, 0},
  [V_THOSE] = {C_STOP, 0}, [V_THEIR] = {C_STOP, 0}, [V_ITS] = {C_STOP, 0},
  [V_HIS] = {C_STOP, 0}, [V_HER] = {C_STOP, 0}, [V_OUR] = {C_STOP, 0},
  [V_OF] = {C_STOP, 0}, [V_IN] = {C_STOP, 0}, [V_ON] = {C_STOP, 0},
  [V_AT] = {C_STOP, 0}, [V_BY] = {C_STOP, 0}, [V_FOR] = {C_STOP, 0},
  [V_WITH] = {C_STOP, 0}, [V_FROM] = {C_STOP, 0}, [V_TO] = {C_STOP, 0},
  [V_INTO] = {C_STOP, 0}, [V_ONTO] = {C_STOP, 0}, [V_ACROSS] = {C_STOP, 0},
  [V_NEAR] = {C_STOP, 0}, [V_DURING] = {C_STOP, 0}, [V_TILL] = {C_STOP, 0},
  [V_OVER] = {C_STOP, 0}, [V_UNDER] = {C_STOP, 0}, [V_AMONG] = {C_STOP, 0},
  [V_AMID] = {C_STOP, 0}, [V_AMIDST] = {C_STOP, 0}, [V_AGAINST] = {C_STOP, 0},
  [V_THROUGH] = {C_STOP, 0}, [V_THROUGHOUT] = {C_STOP, 0},
  [V_WITHIN] = {C_STOP, 0}, [V_WITHOUT] = {C_STOP, 0}, [V_OUTSIDE] = {C_STOP, 0},
  [V_INSIDE] = {C_STOP, 0}, [V_AROUND] = {C_STOP, 0}, [V_ABOUT] = {C_STOP, 0},
  [V_BETWEEN] = {C_STOP, 0}, [V_TOWARD] = {C_STOP, 0}, [V_TOWARDS] = {C_STOP, 0},
  [V_PER] = {C_STOP, 0}, [V_VIA] = {C_STOP, 0}, [V_LIKE] = {C_STOP, 0},
  [V_SO] = {C_STOP, 0}, [V_THAN] = {C_STOP, 0}, [V_WHO] = {C_STOP, 0},
  [V_WHOM] = {C_STOP, 0}, [V_WHICH] = {C_STOP, 0}, [V_WHOSE] = {C_STOP, 0},
  [V_WHAT] = {C_STOP, 0}, [V_WHERE] = {C_STOP, 0}, [V_IT] = {C_STOP, 0},
  [V_THEY] = {C_STOP, 0}, [V_THEM] = {C_STOP, 0}, [V_HE] = {C_STOP, 0},
  [V_SHE] = {C_STOP, 0}, [V_WE] = {C_STOP, 0}, [V_YOU] = {C_STOP, 0},
  [V_IS] = {C_STOP, 0}, [V_ARE] = {C_STOP, 0}, [V_WAS] = {C_STOP, 0},
  [V_WERE] = {C_STOP, 0}, [V_BE] = {C_STOP, 0}, [V_BEEN] = {C_STOP, 0},
  [V_BEING] = {C_STOP, 0}, [V_HAVE] = {C_STOP, 0}, [V_HAS] = {C_STOP, 0},
  [V_HAD] = {C_STOP, 0}, [V_DO] = {C_STOP, 0}, [V_DOES] = {C_STOP, 0},
  [V_DID] = {C_STOP, 0}, [V_WILL] = {C_STOP, 0}, [V_WOULD] = {C_STOP, 0},
  [V_COULD] = {C_STOP, 0}, [V_SHOULD] = {C_STOP, 0}, [V_CAN] = {C_STOP, 0},
  [V_MAY] = {C_STOP, 0}, [V_MIGHT] = {C_STOP, 0}, [V_MUST] = {C_STOP, 0},
  [V_ALSO] = {C_STOP, 0}, [V_REPORTEDLY] = {C_STOP, 0}, [V_STILL] = {C_STOP, 0},
  [V_EACH] = {C_STOP, 0}, [V_ALL] = {C_STOP, 0}, [V_BOTH] = {C_STOP, 0},
  [V_SOME] = {C_STOP, 0}, [V_ANY] = {C_STOP, 0}, [V_SAID] = {C_STOP, 0},
  [V_SAYS] = {C_STOP, 0}, [V_SAY] = {C_STOP, 0}, [V_TOLD] = {C_STOP, 0},
  [V_INCLUDING] = {C_STOP, 0}, [V_NOT] = {C_STOP, 0}, [V_NO] = {C_STOP, 0},
  [V_YESTERDAY] = {C_STOP, 0}, [V_TODAY] = {C_STOP, 0}, [V_TONIGHT] = {C_STOP, 0},
  [V_OVERNIGHT] = {C_STOP, 0}, [V_EARLIER] = {C_STOP, 0}, [V_LATER] = {C_STOP, 0},
  [V_AGO] = {C_STOP, 0}, [V_LAST] = {C_STOP, 0}, [V_NEXT] = {C_STOP, 0},
  [V_MONDAY] = {C_STOP, 0}, [V_TUESDAY] = {C_STOP, 0}, [V_WEDNESDAY] = {C_STOP, 0},
  [V_THURSDAY] = {C_STOP, 0}, [V_FRIDAY] = {C_STOP, 0}, [V_SATURDAY] = {C_STOP, 0},
  [V_SUNDAY] = {C_STOP, 0},
  /* measures: a number counting these is not a figure */
  [V_YEARS] = {C_MEASURE, 0}, [V_YEAR] = {C_MEASURE, 0},
  [V_MONTHS] = {C_MEASURE, 0}, [V_MONTH] = {C_MEASURE, 0},
  [V_WEEKS] = {C_MEASURE, 0}, [V_WEEK] = {C_MEASURE, 0},
  [V_DAYS] = {C_MEASURE, 0}, [V_DAY] = {C_MEASURE, 0},
  [V_NIGHTS] = {C_MEASURE, 0}, [V_NIGHT] = {C_MEASURE, 0},
  [V_HOURS] = {C_MEASURE, 0}, [V_HOUR] = {C_MEASURE, 0},
  [V_MINUTES] = {C_MEASURE, 0}, [V_MINUTE] = {C_MEASURE, 0},
  [V_SECONDS] = {C_MEASURE, 0}, [V_DECADES] = {C_MEASURE, 0},
  [V_DECADE] = {C_MEASURE, 0}, [V_CENTURIES] = {C_MEASURE, 0},
  [V_TIMES] = {C_MEASURE, 0}, [V_KM] = {C_MEASURE, 0},
  [V_KILOMETRES] = {C_MEASURE, 0}, [V_KILOMETERS] = {C_MEASURE, 0},
  [V_KILOMETRE] = {C_MEASURE, 0}, [V_KILOMETER] = {C_MEASURE, 0},
  [V_MILES] = {C_MEASURE, 0}, [V_MILE] = {C_MEASURE, 0},
  [V_METRES] = {C_MEASURE, 0}, [V_METERS] = {C_MEASURE, 0},
  [V_METRE] = {C_MEASURE, 0}, [V_METER] = {C_MEASURE, 0},
  [V_FEET] = {C_MEASURE, 0}, [V_FOOT] = {C_MEASURE, 0}, [V_FT] = {C_MEASURE, 0},
  [V_INCHES] = {C_MEASURE, 0}, [V_CM] = {C_MEASURE, 0}, [V_MM] = {C_MEASURE, 0},
  [V_KG] = {C_MEASURE, 0}, [V_KILOGRAMS] = {C_MEASURE, 0},
  [V_TONNES] = {C_MEASURE, 0}, [V_TONS] = {C_MEASURE, 0},
  [V_ACRES] = {C_MEASURE, 0}, [V_HECTARES] = {C_MEASURE, 0},
  [V_SQ] = {C_MEASURE, 0}, [V_SQUARE] = {C_MEASURE, 0},
  [V_DEGREES] = {C_MEASURE, 0}, [V_POINTS] = {C_MEASURE, 0},
  [V_PERCENT] = {C_MEASURE, 0}, [V_PCT] = {C_MEASURE, 0},
  [V_PERCENTAGE] = {C_MEASURE, 0},
  [V_DOLLARS] = {C_MEASURE, 0}, [V_DOLLAR] = {C_MEASURE, 0},
  [V_USD] = {C_MEASURE, 0}, [V_EUROS] = {C_MEASURE, 0}, [V_EURO] = {C_MEASURE, 0},
  [V_POUNDS] = {C_MEASURE, 0}, [V_STERLING] = {C_MEASURE, 0},
  [V_YUAN] = {C_MEASURE, 0}, [V_YEN] = {C_MEASURE, 0},
  [V_RUBLES] = {C_MEASURE, 0}, [V_ROUBLES] = {C_MEASURE, 0},
  [V_RIALS] = {C_MEASURE, 0}, [V_RIAL] = {C_MEASURE, 0},
  [V_TOMANS] = {C_MEASURE, 0}, [V_SHEKELS] = {C_MEASURE, 0},
  [V_HRYVNIAS] = {C_MEASURE, 0}, [V_RUPEES] = {C_MEASURE, 0},
  [V_FRANCS] = {C_MEASURE, 0}, [V_CENTS] = {C_MEASURE, 0},
  [V_LIRA] = {C_MEASURE, 0}, [V_DINARS] = {C_MEASURE, 0},
  [V_RIYALS] = {C_MEASURE, 0}, [V_DIRHAMS] = {C_MEASURE, 0},
  [V_AM] = {C_MEASURE, 0}, [V_PM] = {C_MEASURE, 0}, [V_GMT] = {C_MEASURE, 0},
  [V_UTC] = {C_MEASURE, 0}, [V_O_CLOCK] = {C_MEASURE, 0},
};

static const lex_entry *lex(const stream *s, const tok *k) {
  if (!k || k->type != T_WORD || !lexicon[k->v].cls) return NULL;
  /* "March" is a month, "march" a crowd */
  if ((k->v == V_MARCH || k->v == V_MARCHES) && is_upper_initial(s, k))
    return NULL;
  return &lexicon[k->v];
}

static int lex_cls(const stream *s, const tok *k) {
  const lex_entry *e = lex(s, k);
  return e ? e->cls : 0;
}

/* The word lists of the figure rules, by vocabulary code (FL_* bits): one
 * load tells a word's lists, where a scan of each list took up to 61
 * compares (the rules ask several of every number). */
enum { FL_MONTH = 1, FL_NUMBERED = 2, FL_YEAR_PREV = 4, FL_DETERMINER = 8,
       FL_AGE = 16, FL_AUX = 32,
       /* words a spelled-out number starts with (parse_num()): "a" and
        * "an" (FL_A) only before a word of FL_AFTER_A ("a hundred", "a
        * dozen", "a few", "a couple of", "a number of") */
       FL_NUMBER = 64, FL_A = 128, FL_AFTER_A = 256 };
static const uint16_t FIG_LIST[V_COUNT] = {
  /* Months (matched with a capital initial only: "may" is a verb) */
  [V_JANUARY] = FL_MONTH, [V_FEBRUARY] = FL_MONTH, [V_MARCH] = FL_MONTH,
  [V_APRIL] = FL_MONTH, [V_MAY] = FL_MONTH, [V_JUNE] = FL_MONTH, [V_JULY] = FL_MONTH,
  [V_AUGUST] = FL_MONTH, [V_SEPTEMBER] = FL_MONTH, [V_OCTOBER] = FL_MONTH,
  [V_NOVEMBER] = FL_MONTH, [V_DECEMBER] = FL_MONTH, [V_JAN] = FL_MONTH,
  [V_FEB] = FL_MONTH, [V_MAR] = FL_MONTH, [V_APR] = FL_MONTH, [V_JUN] = FL_MONTH,
  [V_JUL] = FL_MONTH, [V_AUG] = FL_MONTH, [V_SEP] = FL_MONTH, [V_SEPT] = FL_MONTH,
  [V_OCT] = FL_MONTH, [V_NOV] = FL_MONTH, [V_DEC] = FL_MONTH,
  /* Words naming numbered things: "Resolution 2231", "Article 5" */
  [V_RESOLUTION] = FL_NUMBERED, [V_ARTICLE] = FL_NUMBERED, [V_SECTION] = FL_NUMBERED,
  [V_CHAPTER] = FL_NUMBERED, [V_PARAGRAPH] = FL_NUMBERED, [V_FLIGHT] = FL_NUMBERED,
  [V_ROUTE] = FL_NUMBERED, [V_HIGHWAY] = FL_NUMBERED, [V_UNIT] = FL_NUMBERED,
  [V_BRIGADE] = FL_NUMBERED, [V_DIVISION] = FL_NUMBERED, [V_BATTALION] = FL_NUMBERED,
  [V_REGIMENT] = FL_NUMBERED, [V_PROTOCOL] = FL_NUMBERED, [V_AMENDMENT] = FL_NUMBERED,
  [V_CLAUSE] = FL_NUMBERED, [V_DECREE] = FL_NUMBERED, [V_LAW] = FL_NUMBERED,
  [V_PAGE] = FL_NUMBERED, [V_ROOM] = FL_NUMBERED, [V_GATE] = FL_NUMBERED,
  [V_BLOCK] = FL_NUMBERED, [V_BUILDING] = FL_NUMBERED, [V_PLATFORM] = FL_NUMBERED,
  [V_LINE] = FL_NUMBERED, [V_CAMP] = FL_NUMBERED, [V_PHASE] = FL_NUMBERED,
  [V_STAGE] = FL_NUMBERED, [V_LEVEL] = FL_NUMBERED, [V_CATEGORY] = FL_NUMBERED,
  [V_GRADE] = FL_NUMBERED, [V_CODE] = FL_NUMBERED, [V_ACT] = FL_NUMBERED,
  [V_DIRECTIVE] = FL_NUMBERED, [V_BILL] = FL_NUMBERED, [V_VOL] = FL_NUMBERED,
  [V_PART] = FL_NUMBERED, [V_ITEM] = FL_NUMBERED, [V_RULE] = FL_NUMBERED,
  [V_TITLE] = FL_NUMBERED, [V_TIER] = FL_NUMBERED, [V_ZONE] = FL_NUMBERED,
  [V_DISTRICT] = FL_NUMBERED, [V_PRECINCT] = FL_NUMBERED, [V_WARD] = FL_NUMBERED,
  [V_SECTOR] = FL_NUMBERED, [V_TERMINAL] = FL_NUMBERED,
  [V_NUMBER] = FL_NUMBERED | FL_AFTER_A,
  [V_BOEING] = FL_NUMBERED, [V_AIRBUS] = FL_NUMBERED, [V_COVID] = FL_NUMBERED,
  [V_CHANNEL] = FL_NUMBERED, [V_APARTMENT] = FL_NUMBERED, [V_ROAD] = FL_NUMBERED,
  [V_STREET] = FL_NUMBERED, [V_AVENUE] = FL_NUMBERED, [V_NO] = FL_NUMBERED,
  [V_ART] = FL_NUMBERED, [V_RES] = FL_NUMBERED, [V_PP] = FL_NUMBERED,
  [V_P] = FL_NUMBERED,
  /* Words before a 4-digit number that make it a year ("the" is a
   * determiner too) */
  [V_IN] = FL_YEAR_PREV, [V_SINCE] = FL_YEAR_PREV, [V_BY] = FL_YEAR_PREV,
  [V_UNTIL] = FL_YEAR_PREV, [V_TILL] = FL_YEAR_PREV, [V_FROM] = FL_YEAR_PREV,
  [V_OF] = FL_YEAR_PREV, [V_DURING] = FL_YEAR_PREV, [V_BEFORE] = FL_YEAR_PREV,
  [V_AFTER] = FL_YEAR_PREV, [V_EARLY] = FL_YEAR_PREV, [V_LATE] = FL_YEAR_PREV,
  [V_MID] = FL_YEAR_PREV, [V_SUMMER] = FL_YEAR_PREV, [V_SPRING] = FL_YEAR_PREV,
  [V_AUTUMN] = FL_YEAR_PREV, [V_FALL] = FL_YEAR_PREV, [V_WINTER] = FL_YEAR_PREV,
  [V_THE] = FL_YEAR_PREV | FL_DETERMINER, [V_AND] = FL_YEAR_PREV,
  [V_TO] = FL_YEAR_PREV, [V_THROUGH] = FL_YEAR_PREV, [V_BETWEEN] = FL_YEAR_PREV,
  [V_YEAR] = FL_YEAR_PREV,
  /* Determiners that make a spelled-out count anaphoric ("the two sides") */
  [V_THESE] = FL_DETERMINER, [V_THOSE] = FL_DETERMINER, [V_ITS] = FL_DETERMINER,
  [V_THEIR] = FL_DETERMINER, [V_HIS] = FL_DETERMINER, [V_HER] = FL_DETERMINER,
  [V_OUR] = FL_DETERMINER, [V_MY] = FL_DETERMINER, [V_YOUR] = FL_DETERMINER,
  [V_BOTH] = FL_DETERMINER, [V_ALL] = FL_DETERMINER, [V_FIRST] = FL_DETERMINER,
  [V_LAST] = FL_DETERMINER, [V_OTHER] = FL_DETERMINER,
  /* Ages: "aged 22" */
  [V_AGED] = FL_AGE, [V_AGE] = FL_AGE, [V_AGES] = FL_AGE,
  /* Auxiliaries */
  [V_WERE] = FL_AUX, [V_WAS] = FL_AUX, [V_ARE] = FL_AUX, [V_IS] = FL_AUX,
  [V_BEEN] = FL_AUX, [V_BEING] = FL_AUX, [V_BE] = FL_AUX,
  /* Numbers */
  [V_A] = FL_A, [V_AN] = FL_A, [V_HALF] = FL_NUMBER, [V_DOZENS] = FL_NUMBER,
  [V_SCORES] = FL_NUMBER, [V_HUNDREDS] = FL_NUMBER, [V_TENS] = FL_NUMBER,
  [V_THOUSANDS] = FL_NUMBER, [V_MILLIONS] = FL_NUMBER, [V_SEVERAL] = FL_NUMBER,
  [V_ZERO] = FL_NUMBER, [V_ONE] = FL_NUMBER, [V_TWO] = FL_NUMBER,
  [V_THREE] = FL_NUMBER, [V_FOUR] = FL_NUMBER, [V_FIVE] = FL_NUMBER,
  [V_SIX] = FL_NUMBER, [V_SEVEN] = FL_NUMBER, [V_EIGHT] = FL_NUMBER,
  [V_NINE] = FL_NUMBER, [V_TEN] = FL_NUMBER, [V_ELEVEN] = FL_NUMBER,
  [V_TWELVE] = FL_NUMBER, [V_THIRTEEN] = FL_NUMBER, [V_FOURTEEN] = FL_NUMBER,
  [V_FIFTEEN] = FL_NUMBER, [V_SIXTEEN] = FL_NUMBER, [V_SEVENTEEN] = FL_NUMBER,
  [V_EIGHTEEN] = FL_NUMBER, [V_NINETEEN] = FL_NUMBER, [V_TWENTY] = FL_NUMBER,
  [V_THIRTY] = FL_NUMBER, [V_FORTY] = FL_NUMBER, [V_FIFTY] = FL_NUMBER,
  [V_SIXTY] = FL_NUMBER, [V_SEVENTY] = FL_NUMBER, [V_EIGHTY] = FL_NUMBER,
  [V_NINETY] = FL_NUMBER,
  [V_HUNDRED] = FL_AFTER_A, [V_THOUSAND] = FL_AFTER_A, [V_MILLION] = FL_AFTER_A,
  [V_BILLION] = FL_AFTER_A, [V_DOZEN] = FL_AFTER_A, [V_FEW] = FL_AFTER_A,
  [V_HANDFUL] = FL_AFTER_A, [V_COUPLE] = FL_AFTER_A,
};

/* Is token k a word of list(s) `list` (FL_*)? */
static int in_list(const tok *k, unsigned list) {
  return k && k->type == T_WORD && k->v && (FIG_LIST[k->v] & list) != 0;
}

static int is_month(const stream *s, const tok *k) {
  return k && k->type == T_WORD && is_upper_initial(s, k) &&
         in_list(k, FL_MONTH);
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

/* The value of a units word ("zero" .. "nineteen"), or -1: a switch,
 * as it is asked of every word. */
static int units_index(uint16_t v) {
  switch (v) {
    case V_ZERO: return 0;
    case V_ONE: return 1;
    case V_TWO: return 2;
    case V_THREE: return 3;
    case V_FOUR: return 4;
    case V_FIVE: return 5;
    case V_SIX: return 6;
    case V_SEVEN: return 7;
    case V_EIGHT: return 8;
    case V_NINE: return 9;
    case V_TEN: return 10;
    case V_ELEVEN: return 11;
    case V_TWELVE: return 12;
    case V_THIRTEEN: return 13;
    case V_FOURTEEN: return 14;
    case V_FIFTEEN: return 15;
    case V_SIXTEEN: return 16;
    case V_SEVENTEEN: return 17;
    case V_EIGHTEEN: return 18;
    case V_NINETEEN: return 19;
    default: return -1;
  }
}

/* The index of a tens word ("twenty" 0 .. "ninety" 7), or -1. */
static int tens_index(uint16_t v) {
  switch (v) {
    case V_TWENTY: return 0;
    case V_THIRTY: return 1;
    case V_FORTY: return 2;
    case V_FIFTY: return 3;
    case V_SIXTY: return 4;
    case V_SEVENTY: return 5;
    case V_EIGHTY: return 6;
    case V_NINETY: return 7;
    default: return -1;
  }
}

int acta_hyphen_number_word(const char *text, size_t start, size_t end) {
  const char *h = memchr(text + start, '-', end - start);
  if (!h) return 0;
  /* speed41b: a tens word ("forty", "twenty", "seventy") has five to seven
   * letters: any other head ("anti-", "so-", "high-") is not looked up
   * (acta_sentence_figures asks of every hyphened word) */
  size_t n = (size_t)(h - text - start);
  return n >= 5 && n <= 7 && tens_index(acta_vocab_find(text + start, n)) >= 0;
}

/* A spelled-out number 0..99 filling token k ("four", "twenty-five"). */
static int word_number(const stream *s, const tok *k, double *v) {
  if (!k || k->type != T_WORD) return 0;
  const char *w = s->t + k->s;
  size_t n = k->e - k->s, h;
  for (h = 0; h < n && w[h] != '-'; h++) {}
  uint16_t head = h == n ? k->v : acta_vocab_find(w, h);
  int i = units_index(head);
  if (i >= 0 && h == n) {
    *v = i;
    return 1;
  }
  i = tens_index(head);
  if (i < 0) return 0;
  if (h == n) {
    *v = 20 + 10 * i;
    return 1;
  }
  int u = units_index(acta_vocab_find(w + h + 1, n - h - 1));
  if (u < 1 || u > 9) return 0;
  *v = 20 + 10 * i + u;
  return 1;
}

static double scale_of(const tok *k) {
  if (is(k, V_HUNDRED)) return 1e2;
  if (is(k, V_THOUSAND)) return 1e3;
  if (is(k, V_MILLION)) return 1e6;
  if (is(k, V_BILLION)) return 1e9;
  return 0;
}

/* Parses digits at p (commas between groups of three, one decimal point)
 * into *v; returns the number of bytes used. */
static size_t parse_digits(const char *p, size_t n, double *v, int *comma,
                           int *dec, size_t *ndig) {
  size_t i = 0;
  double x = 0, f = 0.1;
  *comma = *dec = 0;
  *ndig = 0;
  while (i < n) {
    unsigned char c = (unsigned char)p[i];
    if (is_digit(c)) {
      if (*dec) {
        x += (c - '0') * f;
        f /= 10;
      } else {
        x = x * 10 + (c - '0');
        (*ndig)++;
      }
      i++;
    } else if (c == ',' && !*dec && i + 1 < n && is_digit((unsigned char)p[i + 1])) {
      *comma = 1;
      i++;
    } else if (c == '.' && !*dec && i + 1 < n && is_digit((unsigned char)p[i + 1])) {
      *dec = 1;
      i++;
    } else {
      break;
    }
  }
  *v = x;
  return i;
}

typedef struct num {
  double v, hi;     /* value; hi > 0 for a one-token range "20-30" */
  double scale;     /* multiplier applied (1 if none) */
  int vague;        /* conventional value of a vague word */
  int wordy;        /* spelled-out count without a scale word */
  int strong;       /* "2,000-strong" */
  int want_of;      /* an "of" may follow ("dozens of") */
  int need_of;      /* an "of" must follow ("scores of") */
  int year_like;    /* four digits, no comma: 1000..2199 */
  size_t first;     /* first token of the number */
  size_t next;      /* token after the number */
  size_t end;       /* byte end */
} num;

/* Multiplies n by a scale word at n->next, if any. */
static void take_scale(stream *s, num *n) {
  double sc = scale_of(get(s, n->next));
  if (sc > 0) {
    const tok *k = get(s, n->next);
    n->v *= sc;
    if (n->hi > 0) n->hi *= sc;
    n->scale = sc;
    n->end = k->e;
    n->next++;
    n->wordy = 0;
  }
}

static void vague(num *n, double v, size_t next, size_t end) {
  n->v = v;
  n->vague = 1;
  n->want_of = 1;
  n->next = next;
  n->end = end;
}

/* Can a spelled-out number start with this word (parse_num below)? */
static inline int number_word(uint16_t v) {
  return (FIG_LIST[v] & (FL_NUMBER | FL_A)) != 0;
}

/* Parses a number starting at token j.  Returns 1 on success, 0 if there
 * is none, -1 if there is a number that must not be reported (ordinal,
 * "22-year-old", "10km"). */
static int parse_num(stream *s, size_t j, num *n) {
  memset(n, 0, sizeof *n);
  n->scale = 1;
  n->first = j;
  const tok *k = get(s, j);
  if (!k || k->type == T_PUNCT) return 0;
  const char *w = s->t + k->s;
  size_t len = k->e - k->s;
  /* a word that starts no spelled-out number, and no "twenty-five" */
  if (k->type == T_WORD && !number_word(k->v) && !memchr(w, '-', len))
    return 0;
  n->next = j + 1;
  n->end = k->e;
  if (k->type == T_NUM) {
    int comma, dec;
    size_t ndig;
    size_t used = parse_digits(w, len, &n->v, &comma, &dec, &ndig);
    if (used < len) {
      if (w[used] != '-') return -1; /* 26th, 10km, 1990s */
      const char *r = w + used + 1;
      size_t rn = len - used - 1;
      int c2, d2;
      size_t nd2;
      double hi;
      if (acta_vocab_find(r, rn) == V_STRONG) {
        n->strong = 1;
        return 1;
      }
      if (parse_digits(r, rn, &hi, &c2, &d2, &nd2) == rn && rn > 0) {
        if (!(hi > n->v)) return -1; /* "2-1" is a score */
        if (ndig == 4 && !comma && n->v >= 1000 && n->v < 2200) return -1;
        n->hi = hi;
        take_scale(s, n);
        return 1;
      }
      return -1; /* 22-year-old, 12-member */
    }
    n->year_like = !comma && !dec && ndig == 4 && n->v >= 1000 && n->v < 2200;
    take_scale(s, n);
    if (n->scale > 1) n->year_like = 0;
    return 1;
  }
  /* spelled-out forms */
  const tok *k1 = get(s, j + 1), *k2 = get(s, j + 2);
  if (is(k, V_A) || is(k, V_AN)) {
    double sc = scale_of(k1);
    if (sc > 0) {
      n->v = sc;
      n->next = j + 2;
      n->end = k1->e;
      take_scale(s, n); /* "a hundred thousand" */
      return 1;
    }
    if (is(k1, V_DOZEN)) {
      n->v = 12;
      n->next = j + 2;
      n->end = k1->e;
      return 1;
    }
    if (is(k1, V_FEW)) {
      vague(n, 3, j + 2, k1->e);
      double sc2 = scale_of(k2);
      if (sc2 > 1 && sc2 < 1e9) take_scale(s, n);
      return 1;
    }
    if (is(k1, V_HANDFUL)) {
      vague(n, 3, j + 2, k1->e);
      return 1;
    }
    if (is(k1, V_COUPLE)) {
      vague(n, 2, j + 2, k1->e);
      n->need_of = 1;
      return 1;
    }
    if (is(k1, V_NUMBER)) {
      vague(n, 3, j + 2, k1->e);
      n->need_of = 1;
      return 1;
    }
    return 0;
  }
  if (is(k, V_HALF) && is(k1, V_A)) {
    double sc = is(k2, V_DOZEN) ? 12 : scale_of(k2);
    if (sc <= 0) return 0;
    n->v = sc / 2;
    n->next = j + 3;
    n->end = k2->e;
    return 1;
  }
  if (is(k, V_DOZENS)) {
    vague(n, 24, j + 1, k->e);
    return 1;
  }
  if (is(k, V_SCORES)) {
    vague(n, 40, j + 1, k->e);
    n->need_of = 1;
    return 1;
  }
  if (is(k, V_HUNDREDS) || is(k, V_TENS)) {
    double base = is(k, V_TENS) ? 10 : 100;
    if (is(k1, V_OF) && (is(k2, V_THOUSANDS) || is(k2, V_MILLIONS))) {
      vague(n, 2 * base * (is(k2, V_THOUSANDS) ? 1e3 : 1e6), j + 3, k2->e);
      return 1;
    }
    if (base == 10) return 0;
    vague(n, 200, j + 1, k->e);
    return 1;
  }
  if (is(k, V_THOUSANDS)) {
    vague(n, 2000, j + 1, k->e);
    return 1;
  }
  if (is(k, V_MILLIONS)) {
    vague(n, 2e6, j + 1, k->e);
    return 1;
  }
  if (is(k, V_SEVERAL)) {
    vague(n, 3, j + 1, k->e);
    if (is(k1, V_DOZEN)) {
      n->v = 36;
      n->next = j + 2;
      n->end = k1->e;
    } else {
      double sc2 = scale_of(k1);
      if (sc2 > 1 && sc2 < 1e9) take_scale(s, n);
    }
    return 1;
  }
  double v;
  if (!word_number(s, k, &v)) return 0;
  n->v = v;
  n->wordy = 1;
  if (is(k1, V_HUNDRED)) {
    n->v *= 100;
    n->next = j + 2;
    n->end = k1->e;
    double u;
    if (is(k2, V_AND) && word_number(s, get(s, j + 3), &u)) {
      n->v += u;
      n->next = j + 4;
      n->end = get(s, j + 3)->e;
    } else if (word_number(s, k2, &u)) {
      n->v += u;
      n->next = j + 3;
      n->end = k2->e;
    }
    n->wordy = 0;
    double sc = scale_of(get(s, n->next));
    if (sc >= 1e3) take_scale(s, n);
    return 1;
  }
  if (is(k1, V_DOZEN)) {
    n->v *= 12;
    n->next = j + 2;
    n->end = k1->e;
    n->wordy = 0;
    return 1;
  }
  take_scale(s, n);
  return 1;
}

/* ------------------------------------------------------------------ */
/* Qualifiers                                                          */
/* ------------------------------------------------------------------ */

typedef struct qual_phrase {
  uint16_t w[3]; /* vocabulary codes, 0-ended */
  int q;
} qual_phrase;

static const qual_phrase qualifiers[] = {
  {{V_AT, V_LEAST, 0}, Q_AT_LEAST}, {{V_MORE, V_THAN, 0}, Q_AT_LEAST},
  {{V_WELL, V_OVER, 0}, Q_AT_LEAST}, {{V_JUST, V_OVER, 0}, Q_AT_LEAST},
  {{V_OVER, 0, 0}, Q_AT_LEAST}, {{V_UPWARDS, V_OF, 0}, Q_AT_LEAST},
  {{V_NO, V_FEWER, V_THAN}, Q_AT_LEAST}, {{V_NO, V_LESS, V_THAN}, Q_AT_LEAST},
  {{V_NOT, V_LESS, V_THAN}, Q_AT_LEAST}, {{V_IN, V_EXCESS, V_OF}, Q_AT_LEAST},
  {{V_AS, V_HIGH, V_AS}, Q_UP_TO}, {{V_UP, V_TO, 0}, Q_UP_TO},
  {{V_AT, V_MOST, 0}, Q_UP_TO}, {{V_AS, V_MANY, V_AS}, Q_UP_TO},
  {{V_NO, V_MORE, V_THAN}, Q_UP_TO}, {{V_FEWER, V_THAN, 0}, Q_UP_TO},
  {{V_LESS, V_THAN, 0}, Q_UP_TO},
  {{V_ABOUT, 0, 0}, Q_APPROX}, {{V_AROUND, 0, 0}, Q_APPROX},
  {{V_SOME, 0, 0}, Q_APPROX}, {{V_NEARLY, 0, 0}, Q_APPROX},
  {{V_ALMOST, 0, 0}, Q_APPROX}, {{V_ROUGHLY, 0, 0}, Q_APPROX},
  {{V_APPROXIMATELY, 0, 0}, Q_APPROX},
  {{V_AN, V_ESTIMATED, 0}, Q_APPROX}, {{V_ESTIMATED, 0, 0}, Q_APPROX},
  {{V_CLOSE, V_TO, 0}, Q_APPROX}, {{V_JUST, V_UNDER, 0}, Q_APPROX},
  {{V_BETWEEN, 0, 0}, Q_BETWEEN},
};

/* Can a qualifier start with this word (the table above)? */
static inline int qualifier_word(uint16_t v) {
  switch (v) {
    case V_AT: case V_MORE: case V_WELL: case V_JUST: case V_OVER:
    case V_UPWARDS: case V_NO: case V_NOT: case V_IN: case V_AS: case V_UP:
    case V_FEWER: case V_LESS: case V_ABOUT: case V_AROUND: case V_SOME:
    case V_NEARLY: case V_ALMOST: case V_ROUGHLY: case V_APPROXIMATELY:
    case V_AN: case V_ESTIMATED: case V_CLOSE: case V_BETWEEN:
      return 1;
    default:
      return 0;
  }
}

/* Matches a qualifier at token i; sets *q and returns its token count. */
static size_t match_qualifier(stream *s, size_t i, int *q) {
  const tok *k = get(s, i);
  if (!k || k->type != T_WORD || !qualifier_word(k->v)) return 0;
  for (size_t p = 0; p < sizeof qualifiers / sizeof qualifiers[0]; p++) {
    if (qualifiers[p].w[0] != k->v) continue;
    size_t m = 1;
    while (m < 3 && qualifiers[p].w[m] && is(get(s, i + m), qualifiers[p].w[m]))
      m++;
    if (m == 3 || !qualifiers[p].w[m]) {
      *q = qualifiers[p].q;
      return m;
    }
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* Context                                                             */
/* ------------------------------------------------------------------ */

typedef struct cue {
  size_t dist; /* 0: none */
  int crowd;   /* 1: crowd cue, 0: event cue */
  int kind;
} cue;

/* invented26: is token idx "bodies" after a word that makes them
 * organisations, not corpses: an institution's kind ("oversight",
 * "regulatory", "enforcement", "security"), an "-al" adjective
 * ("international", "judicial", "governmental") or an "anti-" word ("two
 * anti-impunity bodies")?  Such bodies count no dead. */
static int org_bodies(stream *s, size_t idx) {
  const tok *k = get(s, idx), *p = idx ? get(s, idx - 1) : NULL;
  if (!is(k, V_BODIES) || !p || p->type != T_WORD) return 0;
  switch (p->v) {
    case V_ADVISORY: case V_CONTROL: case V_ENFORCEMENT: case V_GOVERNING:
    case V_GOVERNMENT: case V_INDEPENDENT: case V_INVESTIGATIVE: case V_OVERSIGHT:
    case V_POLICE: case V_REGULATORY: case V_SECURITY: case V_SPECIALIZED:
    case V_STATE: case V_SUPERVISORY:
      return 1;
    case V_SEVERAL:
      return 0;
    default:
      break;
  }
  const char *w = s->t + p->s;
  size_t L = p->e - p->s;
  if (L > 5 && lower((unsigned char)w[0]) == 'a' && lower((unsigned char)w[1]) == 'n' &&
      lower((unsigned char)w[2]) == 't' && lower((unsigned char)w[3]) == 'i' && w[4] == '-')
    return 1;
  return L > 4 && lower((unsigned char)w[L - 2]) == 'a' && lower((unsigned char)w[L - 1]) == 'l';
}

/* Looks at token idx as a cue; returns 1 if it is one, -1 if the window
 * must stop, 0 otherwise. */
static int cue_at(stream *s, size_t idx, cue *c) {
  const tok *k = get(s, idx);
  if (!k) return -1;
  if (k->type == T_NUM) return -1;
  if (k->type == T_PUNCT) {
    char ch = s->t[k->s];
    if (k->e - k->s == 1 && (ch == '-' || ch == '\'' || ch == '"'))
      return 0;
    if (k->e - k->s == 3 && !is_dash(s, k)) return 0; /* curly quotes */
    return -1;
  }
  double v;
  if (word_number(s, k, &v)) return -1;
  if (is(k, V_HELD)) {
    if (in_list(prev(s, idx), FL_AUX)) {
      c->crowd = 0;
      c->kind = K_DETAINED;
      return 1;
    }
    return 0;
  }
  const lex_entry *e = lex(s, k);
  if (!e) return 0;
  if (e->cls == C_BREAK || e->cls == C_AVOID) return -1;
  if (org_bodies(s, idx)) return 0;
  if (e->cls == C_EVENT || (e->cls == C_HEAD && e->kind >= K_KILLED &&
                            e->kind <= K_DISPLACED)) {
    c->crowd = 0;
    c->kind = e->kind;
    return 1;
  }
  if (e->cls == C_CROWD || (e->cls == C_HEAD && e->kind == K_PROTESTERS)) {
    c->crowd = 1;
    c->kind = K_PROTESTERS;
    return 1;
  }
  return 0;
}

#define WINDOW 6

/* Nearest cue within WINDOW tokens after `after` (inclusive) or before
 * `before` (exclusive). */
static cue find_cue(stream *s, size_t after, size_t before) {
  cue a = {0, 0, 0}, b = {0, 0, 0};
  int agent = 0;
  for (size_t d = 1; d <= WINDOW; d++) {
    int r = cue_at(s, after + d - 1, &a);
    if (r < 0) break;
    if (r > 0) {
      a.dist = d;
      break;
    }
  }
  for (size_t d = 1; d <= WINDOW && d <= before; d++) {
    /* "killed by six men": a count after "by" is the agents, not the
     * victims of the act before it (a crowd stays one: "protests joined
     * by thousands") */
    if (is(get(s, before - d), V_BY)) agent = 1;
    int r = cue_at(s, before - d, &b);
    if (r < 0) break;
    if (r > 0 && agent && !b.crowd) break;
    /* "took to the streets" makes a crowd of the count before it; a count
     * after "took" is what was taken ("took eight police captive") */
    if (r > 0 && b.crowd && is(get(s, before - d), V_TOOK)) break;
    if (r > 0) {
      b.dist = d;
      break;
    }
  }
  if (a.dist && (!b.dist || a.dist <= b.dist)) return a;
  return b;
}

/* ------------------------------------------------------------------ */
/* One figure                                                          */
/* ------------------------------------------------------------------ */

/* Is the number starting at token j (ending before token nx) something
 * other than a count: money, date, time, percent, numbered thing? */
static int excluded(stream *s, const num *n, size_t nx) {
  size_t j = n->first;
  const tok *p1 = prev(s, j);
  const tok *p2 = j >= 2 ? get(s, j - 2) : NULL;
  const tok *nt = get(s, nx);
  /* money: $725 million, €3 billion, US$ */
  if (p1 && p1->type == T_PUNCT) {
    char c = s->t[p1->s];
    if (c == '$' || (unsigned char)c == 0xC2 || (unsigned char)c == 0xE2) {
      if (c == '$') return 1;
      const unsigned char *u = (const unsigned char *)s->t + p1->s;
      size_t l = p1->e - p1->s;
      if (l == 2 && (u[1] == 0xA3 || u[1] == 0xA5)) return 1; /* £ ¥ */
      if (l == 3 && u[1] == 0x82) return 1;                    /* € ₽ ₹ */
    }
  }
  /* percent, time 10:30, dates 10/26 */
  if (nt && (is_punct(s, nt, '%') || is_punct(s, nt, '/') ||
             is_punct(s, nt, ':')))
    return 1;
  if (p1 && (is_punct(s, p1, ':') || is_punct(s, p1, '/'))) return 1;
  /* 3 p.m. / 9 a.m. */
  if (nt && (is(nt, V_A) || is(nt, V_P)) &&
      is_punct(s, get(s, nx + 1), '.') && is(get(s, nx + 2), V_M))
    return 1;
  /* 30 per cent */
  if (is(nt, V_PER) && is(get(s, nx + 1), V_CENT)) return 1;
  /* a rate is no count: "82 per 100,000", "16 for every 100,000" (both
   * numbers), nor a ranking: "the 100 most wanted" */
  if (is(nt, V_PER) || is(p1, V_PER) || is(p1, V_EVERY) || is(nt, V_MOST) ||
      (is(nt, V_FOR) && is(get(s, nx + 1), V_EVERY)))
    return 1;
  /* dates: Oct. 26, October 26, 26 October */
  if (is_month(s, p1) || is_month(s, nt)) return 1;
  if (p1 && is_punct(s, p1, '.') && is_month(s, p2)) return 1;
  /* invented26: a number right after a capitalised word inside the
   * sentence that the figures know nothing of is that name's ("Barrio 18
   * members", "died in the city's Barrio 9", "Jorge 40"), no count; not
   * after an opening place ("In Juarez 30 people were killed") nor in a
   * title-case headline ("Gunmen Leave 5 Dead") */
  if (p1 && p1->type == T_WORD && j >= 2 && is_upper_initial(s, p1) && !lex(s, p1) &&
      !(p1->e - p1->s > 2 && s->t[p1->e - 2] == '\'') /* "Brazil's 27 states" */ &&
      !n->year_like && !(p2 && is_upper_initial(s, p2)) &&
      !(j == 2 && (is(p2, V_IN) || is(p2, V_DURING) || is(p2, V_ACROSS) || is(p2, V_UNDER))))
    return 1;
  /* ages: aged 22 */
  if (in_list(p1, FL_AGE)) return 1;
  /* background13: ages as a range, "aged between 20 and 30", "ages from
   * 18 to 35" */
  if ((is(p1, V_BETWEEN) || is(p1, V_FROM)) && in_list(p2, FL_AGE)) return 1;
  /* numbered things: Resolution 2231, No. 5 */
  if (p1 && p1->type == T_WORD && in_list(p1, FL_NUMBERED) &&
      (!is(p1, V_NO) || is_upper_initial(s, p1)) &&
      (!is(p1, V_NUMBER) || n->year_like || !lex(s, nt)))
    return 1;
  if (p1 && is_punct(s, p1, '.') && p2 && in_list(p2, FL_NUMBERED)) return 1;
  /* years: in 2022, the 1979 revolution */
  if (n->year_like && !n->strong) {
    const lex_entry *e = lex(s, nt);
    int head = e && e->cls == C_HEAD;
    if (!head || in_list(p1, FL_YEAR_PREV) || (p1 && is_punct(s, p1, ',')))
      return 1;
  }
  return 0;
}

/* Tries a figure at token i; fills *f and returns 1 on success.
 * prev_kind: kind of the sentence's previous figure (K_NONE if none), for
 * subsets ("killed 20 people, including 5 children"). */
static int try_figure(stream *s, size_t i, int prev_kind, int *kind_out,
                      acta_figure *f) {
  /* most tokens start no figure: punctuation, and a word that is no
   * qualifier, starts no spelled-out number and has no '-' in it (what
   * match_qualifier() and parse_num() would find, told without them) */
  const tok *k0 = get(s, i);
  if (!k0 || k0->type == T_PUNCT ||
      (k0->type == T_WORD && !qualifier_word(k0->v) && !number_word(k0->v) &&
       (k0->plain || !memchr(s->t + k0->s, '-', k0->e - k0->s))))
    return 0;
  int q = Q_EXACT;
  size_t j = i + match_qualifier(s, i, &q), start_tok = i;
  num a, b;
  if (parse_num(s, j, &a) <= 0) return 0;
  /* "rose from 20 to 35": the figure is the new value */
  if (q == Q_EXACT && !a.strong && a.hi == 0 && is(prev(s, j), V_FROM) &&
      is(get(s, a.next), V_TO) && !excluded(s, &a, a.next)) {
    size_t j2 = a.next + 1;
    int q2 = Q_EXACT;
    j2 += match_qualifier(s, j2, &q2);
    if (q2 != Q_BETWEEN && parse_num(s, j2, &b) > 0) {
      start_tok = a.next + 1;
      q = q2;
      j = j2;
      a = b;
    }
  }
  double lo = a.v, hi = a.v;
  size_t nx = a.next, num_end = a.end;
  int range = 0;
  if (a.hi > 0) {
    hi = a.hi;
    range = 1;
  } else if (!a.vague && !a.strong) {
    const tok *c = get(s, a.next);
    int connector = q == Q_BETWEEN
                        ? is(c, V_AND)
                        : (is(c, V_TO) || is_dash(s, c)) &&
                              !is(prev(s, j), V_FROM);
    if (connector && parse_num(s, a.next + 1, &b) > 0 && !b.vague &&
        b.hi == 0 && !b.strong) {
      double blo = b.v;
      if (b.scale > 1 && a.scale == 1 && a.v < b.v / b.scale) lo *= b.scale;
      if (blo > lo) {
        hi = blo;
        range = 1;
        nx = b.next;
        num_end = b.end;
      } else {
        lo = a.v;
      }
    }
  }
  if (q == Q_BETWEEN && !range) return 0;
  if (range) q = Q_RANGE;
  if (excluded(s, &a, a.next)) return 0;
  if (range && nx != a.next && excluded(s, &b, nx)) return 0;
  /* background13: "between 18 and 35 years old" read from "18": the
   * measure after a range's second number is the first's too */
  if (!range) {
    const tok *c = get(s, a.next);
    num c2;
    if ((is(c, V_AND) || is(c, V_TO) || is_dash(s, c)) && parse_num(s, a.next + 1, &c2) > 0 &&
        lex_cls(s, get(s, c2.next)) == C_MEASURE)
      return 0;
  }
  if (a.year_like && range) return 0;
  if (q == Q_EXACT && a.vague) q = Q_APPROX;

  /* of */
  if ((a.want_of || a.need_of) && is(get(s, nx), V_OF)) {
    nx++;
  } else if (a.need_of) {
    return 0;
  }
  /* a measure right after the number: three days, 30 km, 22 years old */
  if (lex_cls(s, get(s, nx)) == C_MEASURE) return 0;

  /* counted noun phrase */
  size_t u = nx, ufirst = 0, ulast = 0, count = 0;
  int have_unit = 0, head_kind = K_NONE, head = 0;
  while (count < 5) {
    const tok *k = get(s, u);
    if (!k || k->type != T_WORD) break;
    const lex_entry *e = lex(s, k);
    int cls = e ? e->cls : 0;
    if (cls == C_MEASURE) return 0;
    if (cls == C_STOP || cls == C_BREAK || cls == C_EVENT || cls == C_CROWD ||
        cls == C_AVOID)
      break;
    if (is(k, V_HELD) || is_month(s, k)) break;
    double v;
    if (word_number(s, k, &v)) break;
    if (cls == C_HEAD) {
      /* invented26: "two anti-impunity bodies" are no dead; nor is a
       * capitalised "Dead" after a lower-case word: a title's ("the blog
       * \"Day of the 40,000 Dead\"") */
      if (org_bodies(s, u)) return 0;
      if (e->kind == K_KILLED && is_upper_initial(s, k) && prev(s, i) &&
          prev(s, i)->type == T_WORD && !is_upper_initial(s, prev(s, i)))
        return 0;
      if (!have_unit) ufirst = u;
      have_unit = head = 1;
      head_kind = e->kind;
      ulast = u++;
      while (lex_cls(s, get(s, u)) == C_HEAD) { /* police officers */
        const lex_entry *e2 = lex(s, get(s, u));
        if (e2->kind != K_NONE) head_kind = e2->kind;
        ulast = u++;
      }
      break;
    }
    if (cls == C_MOD) {
      if (have_unit) break;
      u++;
      count++;
      continue;
    }
    size_t L = k->e - k->s;
    const char *w = s->t + k->s;
    if (have_unit && L > 3 &&
        ((lower((unsigned char)w[L - 2]) == 'e' && lower((unsigned char)w[L - 1]) == 'd') ||
         (lower((unsigned char)w[L - 2]) == 'l' && lower((unsigned char)w[L - 1]) == 'y') ||
         (L > 4 && lower((unsigned char)w[L - 3]) == 'i' &&
          lower((unsigned char)w[L - 2]) == 'n' && lower((unsigned char)w[L - 1]) == 'g')))
      break;
    if (!have_unit) ufirst = u;
    have_unit = 1;
    ulast = u++;
    count++;
  }
  /* "one" needs a counted noun; spelled-out counts after a determiner are
   * anaphoric ("the two sides") */
  if (a.wordy && !range && a.v == 1 && !head) return 0;
  if (a.wordy && q == Q_EXACT && in_list(prev(s, j), FL_DETERMINER)) return 0;

  /* kind.  Context cues only apply to people: no counted noun, a person
   * noun, or an unknown capitalized one ("Palestinians", "Kurds"). */
  int kind = K_NONE;
  if (head_kind == K_WEAPONS || (head_kind >= K_KILLED && head_kind <= K_DISPLACED)) {
    kind = head_kind;
  } else {
    int people = !have_unit || head ||
                 is_upper_initial(s, get(s, ulast));
    size_t after = have_unit ? ulast + 1 : nx;
    cue c = people ? find_cue(s, after, i) : (cue){0, 0, 0};
    if (c.dist && !c.crowd)
      kind = c.kind;
    else if (c.dist && c.crowd && (head_kind == K_NONE || head_kind == K_PROTESTERS))
      kind = K_PROTESTERS;
    else
      kind = head_kind;
    if (kind == K_NONE && people && prev_kind != K_NONE &&
        is(prev(s, start_tok), V_INCLUDING))
      kind = prev_kind;
  }
  if (kind == K_NONE && !have_unit) return 0;

  const tok *first = get(s, start_tok);
  *kind_out = kind;
  if (kind == K_NONE) kind = K_OTHER;
  memset(f, 0, sizeof *f);
  strcpy(f->kind, kind_names[kind]);
  strcpy(f->qualifier, qual_names[q]);
  f->value = lo;
  f->low = q == Q_UP_TO ? 0 : lo;
  f->high = hi;
  f->start = first->s;
  if (have_unit) {
    f->unit_start = get(s, ufirst)->s;
    f->unit_end = get(s, ulast)->e;
    f->end = f->unit_end;
  } else {
    f->end = num_end;
    f->unit_start = f->unit_end = num_end;
  }
  return 1;
}

/* speed34c: may parse_num() find a number at token q?  A number, a word
 * that starts a spelled-out one ("a" only before "hundred", "dozen",
 * "few" ...: parse_num() takes no other), a word with a '-'
 * ("twenty-five": lex_bytes() marked it num).  speed39c: asked by the
 * scan below as it reaches the token, no longer marked in a
 * pass of its own over every token. */
static inline int number_at(const stream *s, size_t q) {
  const tok *k = &s->w[q];
  if (k->type == T_NUM) return 1;
  if (k->type == T_WORD && number_word(k->v))
    return !(FIG_LIST[k->v] & FL_A) ||
           (q + 1 < s->n && s->w[q + 1].type == T_WORD &&
            (FIG_LIST[s->w[q + 1].v] & FL_AFTER_A));
  return k->num;
}

/* Reads the tokens [first, last) of text into s's words (read_all: a
 * run of glued tokens not plain is read from its bytes); s.w is freed by
 * the caller when it is not s.wbuf. */
static void read_tokens(stream *s, const char *text, const acta_tokens *toks, uint32_t first,
                        uint32_t last) {
  memset(s, 0, offsetof(stream, wbuf));
  s->t = text;
  s->tk = toks;
  s->first = s->k = s->run_last = first;
  s->last = last;
  s->w = s->wbuf;
  s->cap = FG_TOKS;
  read_all(s);
}

size_t acta_find_figures_tokens(const char *text, const acta_tokens *toks,
                                uint32_t first, uint32_t last,
                                acta_figure *out, size_t max) {
  if (!text || !toks || !out || first >= last || last > toks->n || max == 0)
    return 0;
  stream s;
  read_tokens(&s, text, toks, first, last);
  size_t n = 0, skip_until = toks->v[first].start;
  int prev_kind = K_NONE;
  size_t next_num = 0; /* the first token at or after i number_at() */
  for (size_t i = 0; n < max; i++) {
    /* a figure starts at a number or at a qualifier of three words at
     * most before one (match_qualifier()): the tokens more than three
     * before the next number are skipped, and the scan ends past the
     * last */
    if (next_num < i) next_num = i;
    while (next_num < s.n && !number_at(&s, next_num)) next_num++;
    if (next_num >= s.n) break;
    if (i + 3 < next_num) i = next_num - 3;
    s.cur = i;
    const tok *k = get(&s, i);
    if (!k) break;
    if (k->s < skip_until) continue;
    if (try_figure(&s, i, prev_kind, &prev_kind, &out[n])) {
      skip_until = out[n].end;
      n++;
    }
  }
  if (s.w != s.wbuf) free(s.w);
  return n;
}

/* A word try_figure may take an event's kind from (figure_code): an entry
 * of such a kind, a crowd word (K_PROTESTERS) or "held" (K_DETAINED). */
static int event_kind_word(const tok *k) {
  if (k->type != T_WORD) return 0;
  if (k->v == V_HELD || lexicon[k->v].cls == C_CROWD) return 1;
  if (!lexicon[k->v].cls) return 0;
  int kind = lexicon[k->v].kind;
  return kind == K_KILLED || kind == K_INJURED || kind == K_ARRESTED || kind == K_DETAINED ||
         kind == K_PROTESTERS;
}

/* The same read by acta_find_figures_tokens' reader (read_all): a run of
 * glued tokens not plain is read from its bytes. */
static int read_event_cue(const char *text, const acta_tokens *toks, uint32_t first,
                          uint32_t last) {
  stream s;
  read_tokens(&s, text, toks, first, last);
  int may = 0;
  for (size_t i = 0; i < s.n && !may; i++) may = event_kind_word(&s.w[i]);
  if (s.w != s.wbuf) free(s.w);
  return may;
}

int acta_figures_event_cue_may(const char *text, const acta_tokens *toks, uint32_t first,
                               uint32_t last) {
  if (!text || !toks || first >= last || last > toks->n) return 0;
  /* speed43a: the reader reads a plain run (TS_PLAIN tokens, no gap with
   * a byte outside ASCII: acta_token_run_glued) token by token, a word
   * by its token's vocabulary code: the tokens' codes say the same,
   * without the reader, until a run that is not plain */
  const acta_token *v = toks->v;
  for (uint32_t q = first; q < last;) {
    int plain;
    uint32_t j = acta_token_run(v, text, q, last, 1, &plain);
    /* a run is read on its own: the reader's tokens of [q, j) are those
     * it reads of the run in the whole sentence */
    if (!plain) {
      if (read_event_cue(text, toks, q, j)) return 1;
      q = j;
      continue;
    }
    for (; q < j; q++)
      if (v[q].kind != TK_PUNCT) {
        tok k = {.type = T_WORD, .v = v[q].vocab};
        if (event_kind_word(&k)) return 1;
      }
  }
  return 0;
}

size_t acta_find_figures(const char *text, size_t start, size_t end,
                         acta_figure *out, size_t max) {
  if (!text || !out || start >= end || max == 0) return 0;
  acta_tokens toks;
  acta_tokens_init(&toks);
  acta_tokenize(NULL, text + start, end - start, &toks);
  size_t n = acta_find_figures_tokens(text + start, &toks, 0,
                                      (uint32_t)toks.n, out, max);
  acta_tokens_free(&toks);
  for (size_t i = 0; i < n; i++) {
    out[i].start += start;
    out[i].end += start;
    out[i].unit_start += start;
    out[i].unit_end += start;
  }
  return n;
}
