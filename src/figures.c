/* SPDX-License-Identifier: MIT */
/* figures.c: finds quantities (tolls, crowd sizes, arrests, troops,
 * weapons) in one sentence; conventions are documented in figures.h.
 *
 * A small tokenizer streams words, numbers ("10,000", "1.5", "20-30") and
 * punctuation through a fixed ring buffer; at each token we try the
 * pattern  [qualifier] number [range] [scale] [of] [counted noun]  and then
 * pick a kind from the counted noun and a bounded window of tokens around
 * the phrase.  Every lookahead and window is bounded, so the whole scan is
 * linear in the sentence length and uses only stack memory.
 */
#include "figures.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

enum { T_WORD, T_NUM, T_PUNCT };

typedef struct tok {
  size_t s, e;
  int type;
} tok;

#define RING 64 /* tokens kept: HIST behind the cursor, LOOK ahead */
#define HIST 8
#define LOOK 48

typedef struct stream {
  const char *t;
  size_t pos, end; /* next byte to tokenize, end of the sentence */
  size_t hi;       /* number of tokens read so far */
  size_t cur;      /* index of the token the scan is at */
  tok buf[RING];
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

/* Reads the next token of s into *k; returns 0 at the end. */
static int next_tok(stream *s, tok *k) {
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
  } else {
    q = p + (c0 >= 0x80 ? u8len(t, p, end) : 1);
    k->type = T_PUNCT;
  }
  k->s = p;
  k->e = q;
  s->pos = q;
  return 1;
}

/* Token idx of the stream, or NULL past the end or outside the window
 * [cur - HIST, cur + LOOK] that the ring buffer keeps. */
static const tok *get(stream *s, size_t idx) {
  if (idx + HIST < s->cur || idx > s->cur + LOOK) return NULL;
  while (s->hi <= idx) {
    tok k;
    if (!next_tok(s, &k)) return NULL;
    s->buf[s->hi % RING] = k;
    s->hi++;
  }
  return &s->buf[idx % RING];
}

/* Token before idx (NULL at the start). */
static const tok *prev(stream *s, size_t idx) {
  return idx == 0 ? NULL : get(s, idx - 1);
}

/* Case-insensitive: is token k exactly the lowercase word w? */
static int weq(const stream *s, const tok *k, const char *w) {
  if (!k) return 0;
  size_t n = k->e - k->s, i;
  for (i = 0; i < n; i++) {
    if (!w[i] || lower((unsigned char)s->t[k->s + i]) != (unsigned char)w[i])
      return 0;
  }
  return w[i] == 0;
}

static int win(const stream *s, const tok *k, const char *const *list) {
  for (; *list; list++)
    if (weq(s, k, *list)) return 1;
  return 0;
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
  C_MEASURE   /* durations, distances, money, percent: not a figure */
};

typedef struct lex_entry {
  const char *w;
  unsigned char cls, kind;
} lex_entry;

static const lex_entry lexicon[] = {
  /* events */
  {"killed", C_EVENT, K_KILLED}, {"killing", C_EVENT, K_KILLED},
  {"kills", C_EVENT, K_KILLED}, {"died", C_EVENT, K_KILLED},
  {"dying", C_EVENT, K_KILLED}, {"dies", C_EVENT, K_KILLED},
  {"slain", C_EVENT, K_KILLED}, {"perished", C_EVENT, K_KILLED},
  {"executed", C_EVENT, K_KILLED}, {"massacred", C_EVENT, K_KILLED},
  {"murdered", C_EVENT, K_KILLED}, {"toll", C_EVENT, K_KILLED},
  {"injured", C_EVENT, K_INJURED}, {"injuring", C_EVENT, K_INJURED},
  {"wounded", C_EVENT, K_INJURED}, {"wounding", C_EVENT, K_INJURED},
  {"hurt", C_EVENT, K_INJURED},
  {"arrested", C_EVENT, K_ARRESTED}, {"arresting", C_EVENT, K_ARRESTED},
  {"arrest", C_EVENT, K_ARRESTED},
  {"detained", C_EVENT, K_DETAINED}, {"detaining", C_EVENT, K_DETAINED},
  {"detention", C_EVENT, K_DETAINED}, {"jailed", C_EVENT, K_DETAINED},
  {"imprisoned", C_EVENT, K_DETAINED}, {"abducted", C_EVENT, K_DETAINED},
  {"kidnapped", C_EVENT, K_DETAINED}, {"captured", C_EVENT, K_DETAINED},
  {"missing", C_EVENT, K_MISSING}, {"disappeared", C_EVENT, K_MISSING},
  {"unaccounted", C_EVENT, K_MISSING},
  {"displaced", C_EVENT, K_DISPLACED}, {"fled", C_EVENT, K_DISPLACED},
  {"fleeing", C_EVENT, K_DISPLACED}, {"evacuated", C_EVENT, K_DISPLACED},
  {"uprooted", C_EVENT, K_DISPLACED}, {"homeless", C_EVENT, K_DISPLACED},
  /* counted nouns that are themselves a toll */
  {"dead", C_HEAD, K_KILLED}, {"deaths", C_HEAD, K_KILLED},
  {"fatalities", C_HEAD, K_KILLED}, {"bodies", C_HEAD, K_KILLED},
  {"corpses", C_HEAD, K_KILLED}, {"lives", C_HEAD, K_KILLED},
  {"injuries", C_HEAD, K_INJURED}, {"arrests", C_HEAD, K_ARRESTED},
  {"detainees", C_HEAD, K_DETAINED}, {"prisoners", C_HEAD, K_DETAINED},
  {"hostages", C_HEAD, K_DETAINED}, {"captives", C_HEAD, K_DETAINED},
  {"refugees", C_HEAD, K_DISPLACED}, {"evacuees", C_HEAD, K_DISPLACED},
  /* crowds */
  {"protesters", C_HEAD, K_PROTESTERS}, {"protester", C_HEAD, K_PROTESTERS},
  {"protestors", C_HEAD, K_PROTESTERS}, {"protestor", C_HEAD, K_PROTESTERS},
  {"demonstrators", C_HEAD, K_PROTESTERS},
  {"demonstrator", C_HEAD, K_PROTESTERS}, {"marchers", C_HEAD, K_PROTESTERS},
  {"rioters", C_HEAD, K_PROTESTERS}, {"crowd", C_HEAD, K_PROTESTERS},
  {"crowds", C_HEAD, K_PROTESTERS},
  {"gathered", C_CROWD, 0}, {"gathering", C_CROWD, 0},
  {"marched", C_CROWD, 0}, {"marching", C_CROWD, 0},
  {"rallied", C_CROWD, 0}, {"rallying", C_CROWD, 0},
  {"protested", C_CROWD, 0}, {"protesting", C_CROWD, 0},
  {"demonstrated", C_CROWD, 0}, {"demonstrating", C_CROWD, 0},
  {"took", C_CROWD, 0}, {"poured", C_CROWD, 0}, {"thronged", C_CROWD, 0},
  {"massed", C_CROWD, 0}, {"assembled", C_CROWD, 0}, {"joined", C_CROWD, 0},
  {"turned", C_CROWD, 0}, {"chanted", C_CROWD, 0}, {"chanting", C_CROWD, 0},
  {"attended", C_CROWD, 0}, {"rally", C_CROWD, 0}, {"rallies", C_CROWD, 0},
  {"march", C_CROWD, 0}, {"marches", C_CROWD, 0}, {"protest", C_CROWD, 0},
  {"protests", C_CROWD, 0}, {"demonstration", C_CROWD, 0},
  {"demonstrations", C_CROWD, 0},
  /* troops */
  {"troops", C_HEAD, K_TROOPS}, {"soldiers", C_HEAD, K_TROOPS},
  {"soldier", C_HEAD, K_TROOPS}, {"servicemen", C_HEAD, K_TROOPS},
  {"servicemembers", C_HEAD, K_TROOPS}, {"marines", C_HEAD, K_TROOPS},
  {"paratroopers", C_HEAD, K_TROOPS}, {"reservists", C_HEAD, K_TROOPS},
  {"conscripts", C_HEAD, K_TROOPS}, {"recruits", C_HEAD, K_TROOPS},
  {"peacekeepers", C_HEAD, K_TROOPS}, {"forces", C_HEAD, K_TROOPS},
  {"force", C_HEAD, K_TROOPS},
  /* weapons */
  {"drones", C_HEAD, K_WEAPONS}, {"drone", C_HEAD, K_WEAPONS},
  {"missiles", C_HEAD, K_WEAPONS}, {"missile", C_HEAD, K_WEAPONS},
  {"rockets", C_HEAD, K_WEAPONS}, {"rocket", C_HEAD, K_WEAPONS},
  {"shells", C_HEAD, K_WEAPONS}, {"shell", C_HEAD, K_WEAPONS},
  {"rifles", C_HEAD, K_WEAPONS}, {"rifle", C_HEAD, K_WEAPONS},
  {"tanks", C_HEAD, K_WEAPONS}, {"tank", C_HEAD, K_WEAPONS},
  {"warplanes", C_HEAD, K_WEAPONS}, {"jets", C_HEAD, K_WEAPONS},
  {"helicopters", C_HEAD, K_WEAPONS}, {"artillery", C_HEAD, K_WEAPONS},
  {"howitzers", C_HEAD, K_WEAPONS}, {"mortars", C_HEAD, K_WEAPONS},
  {"grenades", C_HEAD, K_WEAPONS}, {"bombs", C_HEAD, K_WEAPONS},
  {"bomb", C_HEAD, K_WEAPONS}, {"munitions", C_HEAD, K_WEAPONS},
  {"warheads", C_HEAD, K_WEAPONS}, {"guns", C_HEAD, K_WEAPONS},
  {"weapons", C_HEAD, K_WEAPONS}, {"launchers", C_HEAD, K_WEAPONS},
  {"ammunition", C_HEAD, K_WEAPONS}, {"bullets", C_HEAD, K_WEAPONS},
  {"mines", C_HEAD, K_WEAPONS}, {"landmines", C_HEAD, K_WEAPONS},
  /* generic people: the kind comes from the context */
  {"people", C_HEAD, K_NONE}, {"persons", C_HEAD, K_NONE},
  {"person", C_HEAD, K_NONE}, {"civilians", C_HEAD, K_NONE},
  {"civilian", C_HEAD, K_NONE}, {"residents", C_HEAD, K_NONE},
  {"men", C_HEAD, K_NONE}, {"women", C_HEAD, K_NONE},
  {"children", C_HEAD, K_NONE}, {"students", C_HEAD, K_NONE},
  {"workers", C_HEAD, K_NONE}, {"villagers", C_HEAD, K_NONE},
  {"citizens", C_HEAD, K_NONE}, {"nationals", C_HEAD, K_NONE},
  {"individuals", C_HEAD, K_NONE}, {"officers", C_HEAD, K_NONE},
  {"policemen", C_HEAD, K_NONE}, {"police", C_HEAD, K_NONE},
  {"officials", C_HEAD, K_NONE}, {"members", C_HEAD, K_NONE},
  {"fighters", C_HEAD, K_NONE}, {"militants", C_HEAD, K_NONE},
  {"rebels", C_HEAD, K_NONE}, {"activists", C_HEAD, K_NONE},
  {"journalists", C_HEAD, K_NONE}, {"migrants", C_HEAD, K_NONE},
  {"worshippers", C_HEAD, K_NONE}, {"pilgrims", C_HEAD, K_NONE},
  {"passengers", C_HEAD, K_NONE}, {"victims", C_HEAD, K_NONE},
  {"others", C_HEAD, K_NONE}, {"crew", C_HEAD, K_NONE},
  {"teenagers", C_HEAD, K_NONE}, {"youths", C_HEAD, K_NONE},
  {"boys", C_HEAD, K_NONE}, {"girls", C_HEAD, K_NONE},
  {"babies", C_HEAD, K_NONE}, {"infants", C_HEAD, K_NONE},
  {"minors", C_HEAD, K_NONE}, {"adults", C_HEAD, K_NONE},
  {"doctors", C_HEAD, K_NONE}, {"nurses", C_HEAD, K_NONE},
  {"medics", C_HEAD, K_NONE}, {"teachers", C_HEAD, K_NONE},
  {"farmers", C_HEAD, K_NONE}, {"miners", C_HEAD, K_NONE},
  {"clerics", C_HEAD, K_NONE}, {"lawyers", C_HEAD, K_NONE},
  {"employees", C_HEAD, K_NONE}, {"staff", C_HEAD, K_NONE},
  {"volunteers", C_HEAD, K_NONE}, {"supporters", C_HEAD, K_NONE},
  {"opponents", C_HEAD, K_NONE}, {"dissidents", C_HEAD, K_NONE},
  {"tourists", C_HEAD, K_NONE}, {"foreigners", C_HEAD, K_NONE},
  {"settlers", C_HEAD, K_NONE}, {"gunmen", C_HEAD, K_NONE},
  {"insurgents", C_HEAD, K_NONE}, {"guerrillas", C_HEAD, K_NONE},
  {"militiamen", C_HEAD, K_NONE}, {"attackers", C_HEAD, K_NONE},
  {"suspects", C_HEAD, K_NONE}, {"relatives", C_HEAD, K_NONE},
  {"bystanders", C_HEAD, K_NONE}, {"pedestrians", C_HEAD, K_NONE},
  {"reporters", C_HEAD, K_NONE}, {"bloggers", C_HEAD, K_NONE},
  {"athletes", C_HEAD, K_NONE}, {"politicians", C_HEAD, K_NONE},
  {"lawmakers", C_HEAD, K_NONE}, {"diplomats", C_HEAD, K_NONE},
  {"pupils", C_HEAD, K_NONE}, {"patients", C_HEAD, K_NONE},
  {"sailors", C_HEAD, K_NONE}, {"guards", C_HEAD, K_NONE},
  {"families", C_HEAD, K_NONE}, {"inmates", C_HEAD, K_NONE},
  /* modifiers */
  {"more", C_MOD, 0}, {"other", C_MOD, 0}, {"additional", C_MOD, 0},
  {"further", C_MOD, 0}, {"new", C_MOD, 0}, {"extra", C_MOD, 0},
  /* conjunctions and subordinators: close a context window */
  {"and", C_BREAK, 0}, {"but", C_BREAK, 0}, {"or", C_BREAK, 0},
  {"nor", C_BREAK, 0}, {"while", C_BREAK, 0}, {"whereas", C_BREAK, 0},
  {"after", C_BREAK, 0}, {"before", C_BREAK, 0}, {"when", C_BREAK, 0},
  {"because", C_BREAK, 0}, {"since", C_BREAK, 0}, {"although", C_BREAK, 0},
  {"though", C_BREAK, 0}, {"until", C_BREAK, 0}, {"if", C_BREAK, 0},
  {"as", C_BREAK, 0}, {"according", C_BREAK, 0},
  /* function words */
  {"the", C_STOP, 0}, {"a", C_STOP, 0}, {"an", C_STOP, 0},
  {"this", C_STOP, 0}, {"that", C_STOP, 0}, {"these", C_STOP, 0},
  {"those", C_STOP, 0}, {"their", C_STOP, 0}, {"its", C_STOP, 0},
  {"his", C_STOP, 0}, {"her", C_STOP, 0}, {"our", C_STOP, 0},
  {"of", C_STOP, 0}, {"in", C_STOP, 0}, {"on", C_STOP, 0},
  {"at", C_STOP, 0}, {"by", C_STOP, 0}, {"for", C_STOP, 0},
  {"with", C_STOP, 0}, {"from", C_STOP, 0}, {"to", C_STOP, 0},
  {"into", C_STOP, 0}, {"onto", C_STOP, 0}, {"across", C_STOP, 0},
  {"near", C_STOP, 0}, {"during", C_STOP, 0}, {"till", C_STOP, 0},
  {"over", C_STOP, 0}, {"under", C_STOP, 0}, {"among", C_STOP, 0},
  {"amid", C_STOP, 0}, {"amidst", C_STOP, 0}, {"against", C_STOP, 0},
  {"through", C_STOP, 0}, {"throughout", C_STOP, 0},
  {"within", C_STOP, 0}, {"without", C_STOP, 0}, {"outside", C_STOP, 0},
  {"inside", C_STOP, 0}, {"around", C_STOP, 0}, {"about", C_STOP, 0},
  {"between", C_STOP, 0}, {"toward", C_STOP, 0}, {"towards", C_STOP, 0},
  {"per", C_STOP, 0}, {"via", C_STOP, 0}, {"like", C_STOP, 0},
  {"so", C_STOP, 0}, {"than", C_STOP, 0}, {"who", C_STOP, 0},
  {"whom", C_STOP, 0}, {"which", C_STOP, 0}, {"whose", C_STOP, 0},
  {"what", C_STOP, 0}, {"where", C_STOP, 0}, {"it", C_STOP, 0},
  {"they", C_STOP, 0}, {"them", C_STOP, 0}, {"he", C_STOP, 0},
  {"she", C_STOP, 0}, {"we", C_STOP, 0}, {"you", C_STOP, 0},
  {"is", C_STOP, 0}, {"are", C_STOP, 0}, {"was", C_STOP, 0},
  {"were", C_STOP, 0}, {"be", C_STOP, 0}, {"been", C_STOP, 0},
  {"being", C_STOP, 0}, {"have", C_STOP, 0}, {"has", C_STOP, 0},
  {"had", C_STOP, 0}, {"do", C_STOP, 0}, {"does", C_STOP, 0},
  {"did", C_STOP, 0}, {"will", C_STOP, 0}, {"would", C_STOP, 0},
  {"could", C_STOP, 0}, {"should", C_STOP, 0}, {"can", C_STOP, 0},
  {"may", C_STOP, 0}, {"might", C_STOP, 0}, {"must", C_STOP, 0},
  {"also", C_STOP, 0}, {"reportedly", C_STOP, 0}, {"still", C_STOP, 0},
  {"each", C_STOP, 0}, {"all", C_STOP, 0}, {"both", C_STOP, 0},
  {"some", C_STOP, 0}, {"any", C_STOP, 0}, {"said", C_STOP, 0},
  {"says", C_STOP, 0}, {"say", C_STOP, 0}, {"told", C_STOP, 0},
  {"including", C_STOP, 0}, {"not", C_STOP, 0}, {"no", C_STOP, 0},
  {"yesterday", C_STOP, 0}, {"today", C_STOP, 0}, {"tonight", C_STOP, 0},
  {"overnight", C_STOP, 0}, {"earlier", C_STOP, 0}, {"later", C_STOP, 0},
  {"ago", C_STOP, 0}, {"last", C_STOP, 0}, {"next", C_STOP, 0},
  {"monday", C_STOP, 0}, {"tuesday", C_STOP, 0}, {"wednesday", C_STOP, 0},
  {"thursday", C_STOP, 0}, {"friday", C_STOP, 0}, {"saturday", C_STOP, 0},
  {"sunday", C_STOP, 0},
  /* measures: a number counting these is not a figure */
  {"years", C_MEASURE, 0}, {"year", C_MEASURE, 0},
  {"months", C_MEASURE, 0}, {"month", C_MEASURE, 0},
  {"weeks", C_MEASURE, 0}, {"week", C_MEASURE, 0},
  {"days", C_MEASURE, 0}, {"day", C_MEASURE, 0},
  {"nights", C_MEASURE, 0}, {"night", C_MEASURE, 0},
  {"hours", C_MEASURE, 0}, {"hour", C_MEASURE, 0},
  {"minutes", C_MEASURE, 0}, {"minute", C_MEASURE, 0},
  {"seconds", C_MEASURE, 0}, {"decades", C_MEASURE, 0},
  {"decade", C_MEASURE, 0}, {"centuries", C_MEASURE, 0},
  {"times", C_MEASURE, 0}, {"km", C_MEASURE, 0},
  {"kilometres", C_MEASURE, 0}, {"kilometers", C_MEASURE, 0},
  {"kilometre", C_MEASURE, 0}, {"kilometer", C_MEASURE, 0},
  {"miles", C_MEASURE, 0}, {"mile", C_MEASURE, 0},
  {"metres", C_MEASURE, 0}, {"meters", C_MEASURE, 0},
  {"metre", C_MEASURE, 0}, {"meter", C_MEASURE, 0},
  {"feet", C_MEASURE, 0}, {"foot", C_MEASURE, 0}, {"ft", C_MEASURE, 0},
  {"inches", C_MEASURE, 0}, {"cm", C_MEASURE, 0}, {"mm", C_MEASURE, 0},
  {"kg", C_MEASURE, 0}, {"kilograms", C_MEASURE, 0},
  {"tonnes", C_MEASURE, 0}, {"tons", C_MEASURE, 0},
  {"acres", C_MEASURE, 0}, {"hectares", C_MEASURE, 0},
  {"sq", C_MEASURE, 0}, {"square", C_MEASURE, 0},
  {"degrees", C_MEASURE, 0}, {"points", C_MEASURE, 0},
  {"percent", C_MEASURE, 0}, {"pct", C_MEASURE, 0},
  {"percentage", C_MEASURE, 0},
  {"dollars", C_MEASURE, 0}, {"dollar", C_MEASURE, 0},
  {"usd", C_MEASURE, 0}, {"euros", C_MEASURE, 0}, {"euro", C_MEASURE, 0},
  {"pounds", C_MEASURE, 0}, {"sterling", C_MEASURE, 0},
  {"yuan", C_MEASURE, 0}, {"yen", C_MEASURE, 0},
  {"rubles", C_MEASURE, 0}, {"roubles", C_MEASURE, 0},
  {"rials", C_MEASURE, 0}, {"rial", C_MEASURE, 0},
  {"tomans", C_MEASURE, 0}, {"shekels", C_MEASURE, 0},
  {"hryvnias", C_MEASURE, 0}, {"rupees", C_MEASURE, 0},
  {"francs", C_MEASURE, 0}, {"cents", C_MEASURE, 0},
  {"lira", C_MEASURE, 0}, {"dinars", C_MEASURE, 0},
  {"riyals", C_MEASURE, 0}, {"dirhams", C_MEASURE, 0},
  {"am", C_MEASURE, 0}, {"pm", C_MEASURE, 0}, {"gmt", C_MEASURE, 0},
  {"utc", C_MEASURE, 0}, {"o'clock", C_MEASURE, 0},
  {NULL, 0, 0}};

static const lex_entry *lex(const stream *s, const tok *k) {
  if (!k || k->type != T_WORD) return NULL;
  unsigned char c = lower((unsigned char)s->t[k->s]);
  for (const lex_entry *e = lexicon; e->w; e++) {
    if ((unsigned char)e->w[0] != c || !weq(s, k, e->w)) continue;
    /* "March" is a month, "march" a crowd */
    if (e->cls == C_CROWD && is_upper_initial(s, k) &&
        (!strcmp(e->w, "march") || !strcmp(e->w, "marches")))
      return NULL;
    return e;
  }
  return NULL;
}

static int lex_cls(const stream *s, const tok *k) {
  const lex_entry *e = lex(s, k);
  return e ? e->cls : 0;
}

/* Months are matched with a capital initial only ("may" is a verb). */
static const char *const months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december", "jan", "feb",
  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  NULL};
static int is_month(const stream *s, const tok *k) {
  return k && k->type == T_WORD && is_upper_initial(s, k) &&
         win(s, k, months);
}

/* Words naming numbered things: "Resolution 2231", "Article 5". */
static const char *const numbered[] = {
  "resolution", "article", "section", "chapter", "paragraph", "flight",
  "route", "highway", "unit", "brigade", "division", "battalion",
  "regiment", "protocol", "amendment", "clause", "decree", "law", "page",
  "room", "gate", "block", "building", "platform", "line", "camp", "phase",
  "stage", "level", "category", "grade", "code", "act", "directive", "bill",
  "vol", "part", "item", "rule", "title", "tier", "zone", "district",
  "precinct", "ward", "sector", "terminal", "number", "boeing", "airbus",
  "covid", "channel", "apartment", "road", "street", "avenue", "no",
  "art", "res", "pp", "p", NULL};

/* Words before a 4-digit number that make it a year. */
static const char *const year_prev[] = {
  "in", "since", "by", "until", "till", "from", "of", "during", "before",
  "after", "early", "late", "mid", "summer", "spring", "autumn", "fall",
  "winter", "the", "and", "to", "through", "between", "year", NULL};

/* Determiners that make a spelled-out count anaphoric ("the two sides"). */
static const char *const determiners[] = {
  "the", "these", "those", "its", "their", "his", "her", "our", "my",
  "your", "both", "all", "first", "last", "other", NULL};

static const char *const ages[] = {"aged", "age", "ages", NULL};
static const char *const auxiliaries[] = {"were", "was", "are", "is", "been",
                                          "being", "be", NULL};

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

static const char *const units_words[] = {
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
  "sixteen", "seventeen", "eighteen", "nineteen", NULL};
static const char *const tens_words[] = {
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
  "ninety", NULL};

/* Index of s[p, p+n) (case-insensitive) in list, or -1. */
static int find_word(const char *s, size_t n, const char *const *list) {
  for (int i = 0; list[i]; i++) {
    size_t j;
    for (j = 0; j < n; j++)
      if (!list[i][j] || lower((unsigned char)s[j]) != (unsigned char)list[i][j])
        break;
    if (j == n && !list[i][n]) return i;
  }
  return -1;
}

/* A spelled-out number 0..99 filling token k ("four", "twenty-five"). */
static int word_number(const stream *s, const tok *k, double *v) {
  if (!k || k->type != T_WORD) return 0;
  const char *w = s->t + k->s;
  size_t n = k->e - k->s, h;
  for (h = 0; h < n && w[h] != '-'; h++) {}
  int i = find_word(w, h, units_words);
  if (i >= 0 && h == n) {
    *v = i;
    return 1;
  }
  i = find_word(w, h, tens_words);
  if (i < 0) return 0;
  if (h == n) {
    *v = 20 + 10 * i;
    return 1;
  }
  int u = find_word(w + h + 1, n - h - 1, units_words);
  if (u < 1 || u > 9) return 0;
  *v = 20 + 10 * i + u;
  return 1;
}

static double scale_of(const stream *s, const tok *k) {
  if (weq(s, k, "hundred")) return 1e2;
  if (weq(s, k, "thousand")) return 1e3;
  if (weq(s, k, "million")) return 1e6;
  if (weq(s, k, "billion")) return 1e9;
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
  double sc = scale_of(s, get(s, n->next));
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
      if (rn == 6 && find_word(r, rn, (const char *const[]){"strong", NULL}) == 0) {
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
  if (weq(s, k, "a") || weq(s, k, "an")) {
    double sc = scale_of(s, k1);
    if (sc > 0) {
      n->v = sc;
      n->next = j + 2;
      n->end = k1->e;
      take_scale(s, n); /* "a hundred thousand" */
      return 1;
    }
    if (weq(s, k1, "dozen")) {
      n->v = 12;
      n->next = j + 2;
      n->end = k1->e;
      return 1;
    }
    if (weq(s, k1, "few")) {
      vague(n, 3, j + 2, k1->e);
      double sc2 = scale_of(s, k2);
      if (sc2 > 1 && sc2 < 1e9) take_scale(s, n);
      return 1;
    }
    if (weq(s, k1, "handful")) {
      vague(n, 3, j + 2, k1->e);
      return 1;
    }
    if (weq(s, k1, "couple")) {
      vague(n, 2, j + 2, k1->e);
      n->need_of = 1;
      return 1;
    }
    if (weq(s, k1, "number")) {
      vague(n, 3, j + 2, k1->e);
      n->need_of = 1;
      return 1;
    }
    return 0;
  }
  if (weq(s, k, "half") && weq(s, k1, "a")) {
    double sc = weq(s, k2, "dozen") ? 12 : scale_of(s, k2);
    if (sc <= 0) return 0;
    n->v = sc / 2;
    n->next = j + 3;
    n->end = k2->e;
    return 1;
  }
  if (weq(s, k, "dozens")) {
    vague(n, 24, j + 1, k->e);
    return 1;
  }
  if (weq(s, k, "scores")) {
    vague(n, 40, j + 1, k->e);
    n->need_of = 1;
    return 1;
  }
  if (weq(s, k, "hundreds") || weq(s, k, "tens")) {
    double base = weq(s, k, "tens") ? 10 : 100;
    if (weq(s, k1, "of") && (weq(s, k2, "thousands") || weq(s, k2, "millions"))) {
      vague(n, 2 * base * (weq(s, k2, "thousands") ? 1e3 : 1e6), j + 3, k2->e);
      return 1;
    }
    if (base == 10) return 0;
    vague(n, 200, j + 1, k->e);
    return 1;
  }
  if (weq(s, k, "thousands")) {
    vague(n, 2000, j + 1, k->e);
    return 1;
  }
  if (weq(s, k, "millions")) {
    vague(n, 2e6, j + 1, k->e);
    return 1;
  }
  if (weq(s, k, "several")) {
    vague(n, 3, j + 1, k->e);
    if (weq(s, k1, "dozen")) {
      n->v = 36;
      n->next = j + 2;
      n->end = k1->e;
    } else {
      double sc2 = scale_of(s, k1);
      if (sc2 > 1 && sc2 < 1e9) take_scale(s, n);
    }
    return 1;
  }
  double v;
  if (!word_number(s, k, &v)) return 0;
  n->v = v;
  n->wordy = 1;
  if (weq(s, k1, "hundred")) {
    n->v *= 100;
    n->next = j + 2;
    n->end = k1->e;
    double u;
    if (weq(s, k2, "and") && word_number(s, get(s, j + 3), &u)) {
      n->v += u;
      n->next = j + 4;
      n->end = get(s, j + 3)->e;
    } else if (word_number(s, k2, &u)) {
      n->v += u;
      n->next = j + 3;
      n->end = k2->e;
    }
    n->wordy = 0;
    double sc = scale_of(s, get(s, n->next));
    if (sc >= 1e3) take_scale(s, n);
    return 1;
  }
  if (weq(s, k1, "dozen")) {
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
  const char *w[3];
  int q;
} qual_phrase;

static const qual_phrase qualifiers[] = {
  {{"at", "least", NULL}, Q_AT_LEAST}, {{"more", "than", NULL}, Q_AT_LEAST},
  {{"well", "over", NULL}, Q_AT_LEAST}, {{"just", "over", NULL}, Q_AT_LEAST},
  {{"over", NULL, NULL}, Q_AT_LEAST}, {{"upwards", "of", NULL}, Q_AT_LEAST},
  {{"no", "fewer", "than"}, Q_AT_LEAST}, {{"no", "less", "than"}, Q_AT_LEAST},
  {{"not", "less", "than"}, Q_AT_LEAST}, {{"in", "excess", "of"}, Q_AT_LEAST},
  {{"as", "high", "as"}, Q_UP_TO}, {{"up", "to", NULL}, Q_UP_TO},
  {{"at", "most", NULL}, Q_UP_TO}, {{"as", "many", "as"}, Q_UP_TO},
  {{"no", "more", "than"}, Q_UP_TO}, {{"fewer", "than", NULL}, Q_UP_TO},
  {{"less", "than", NULL}, Q_UP_TO},
  {{"about", NULL, NULL}, Q_APPROX}, {{"around", NULL, NULL}, Q_APPROX},
  {{"some", NULL, NULL}, Q_APPROX}, {{"nearly", NULL, NULL}, Q_APPROX},
  {{"almost", NULL, NULL}, Q_APPROX}, {{"roughly", NULL, NULL}, Q_APPROX},
  {{"approximately", NULL, NULL}, Q_APPROX},
  {{"an", "estimated", NULL}, Q_APPROX}, {{"estimated", NULL, NULL}, Q_APPROX},
  {{"close", "to", NULL}, Q_APPROX}, {{"just", "under", NULL}, Q_APPROX},
  {{"between", NULL, NULL}, Q_BETWEEN},
};

/* Matches a qualifier at token i; sets *q and returns its token count. */
static size_t match_qualifier(stream *s, size_t i, int *q) {
  for (size_t p = 0; p < sizeof qualifiers / sizeof qualifiers[0]; p++) {
    size_t m = 0;
    while (m < 3 && qualifiers[p].w[m] && weq(s, get(s, i + m), qualifiers[p].w[m]))
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
  if (weq(s, k, "held")) {
    if (win(s, prev(s, idx), auxiliaries)) {
      c->crowd = 0;
      c->kind = K_DETAINED;
      return 1;
    }
    return 0;
  }
  const lex_entry *e = lex(s, k);
  if (!e) return 0;
  if (e->cls == C_BREAK) return -1;
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
  for (size_t d = 1; d <= WINDOW; d++) {
    int r = cue_at(s, after + d - 1, &a);
    if (r < 0) break;
    if (r > 0) {
      a.dist = d;
      break;
    }
  }
  for (size_t d = 1; d <= WINDOW && d <= before; d++) {
    int r = cue_at(s, before - d, &b);
    if (r < 0) break;
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
  if (nt && (weq(s, nt, "a") || weq(s, nt, "p")) &&
      is_punct(s, get(s, nx + 1), '.') && weq(s, get(s, nx + 2), "m"))
    return 1;
  /* 30 per cent */
  if (weq(s, nt, "per") && weq(s, get(s, nx + 1), "cent")) return 1;
  /* dates: Oct. 26, October 26, 26 October */
  if (is_month(s, p1) || is_month(s, nt)) return 1;
  if (p1 && is_punct(s, p1, '.') && is_month(s, p2)) return 1;
  /* ages: aged 22 */
  if (win(s, p1, ages)) return 1;
  /* numbered things: Resolution 2231, No. 5 */
  if (p1 && p1->type == T_WORD && win(s, p1, numbered) &&
      (!weq(s, p1, "no") || is_upper_initial(s, p1)) &&
      (!weq(s, p1, "number") || n->year_like || !lex(s, nt)))
    return 1;
  if (p1 && is_punct(s, p1, '.') && p2 && win(s, p2, numbered)) return 1;
  /* years: in 2022, the 1979 revolution */
  if (n->year_like && !n->strong) {
    const lex_entry *e = lex(s, nt);
    int head = e && e->cls == C_HEAD;
    if (!head || win(s, p1, year_prev) || (p1 && is_punct(s, p1, ',')))
      return 1;
  }
  return 0;
}

/* Tries a figure at token i; fills *f and returns 1 on success.
 * prev_kind: kind of the sentence's previous figure (K_NONE if none), for
 * subsets ("killed 20 people, including 5 children"). */
static int try_figure(stream *s, size_t i, int prev_kind, int *kind_out,
                      acta_figure *f) {
  int q = Q_EXACT;
  size_t j = i + match_qualifier(s, i, &q), start_tok = i;
  num a, b;
  if (parse_num(s, j, &a) <= 0) return 0;
  /* "rose from 20 to 35": the figure is the new value */
  if (q == Q_EXACT && !a.strong && a.hi == 0 && weq(s, prev(s, j), "from") &&
      weq(s, get(s, a.next), "to") && !excluded(s, &a, a.next)) {
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
                        ? weq(s, c, "and")
                        : (weq(s, c, "to") || is_dash(s, c)) &&
                              !weq(s, prev(s, j), "from");
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
  if (a.year_like && range) return 0;
  if (q == Q_EXACT && a.vague) q = Q_APPROX;

  /* of */
  if ((a.want_of || a.need_of) && weq(s, get(s, nx), "of")) {
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
    if (cls == C_STOP || cls == C_BREAK || cls == C_EVENT || cls == C_CROWD)
      break;
    if (weq(s, k, "held") || is_month(s, k)) break;
    double v;
    if (word_number(s, k, &v)) break;
    if (cls == C_HEAD) {
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
  if (a.wordy && q == Q_EXACT && win(s, prev(s, j), determiners)) return 0;

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
        weq(s, prev(s, start_tok), "including"))
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

size_t acta_find_figures(const char *text, size_t start, size_t end,
                         acta_figure *out, size_t max) {
  if (!text || !out || start >= end || max == 0) return 0;
  stream s;
  s.t = text;
  s.pos = start;
  s.end = end;
  s.hi = 0;
  s.cur = 0;
  size_t n = 0, skip_until = start;
  int prev_kind = K_NONE;
  for (size_t i = 0; n < max; i++) {
    s.cur = i;
    const tok *k = get(&s, i);
    if (!k) break;
    if (k->s < skip_until) continue;
    if (try_figure(&s, i, prev_kind, &prev_kind, &out[n])) {
      skip_until = out[n].end;
      n++;
    }
  }
  return n;
}
