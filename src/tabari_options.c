/* SPDX-License-Identifier: MIT */
/* tabari_options.c: the commands of a TABARI .options file (tabari.h), as
 * TABARI reads them: the command by its first four letters and colon,
 * case ignored; '#' or '//' starts a comment.  What has a meaning for how
 * acta codes is kept in tabari_options; the rest (output, labels, session
 * prompts) is read and told apart so that the caller can report it. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tabari.h"

void tabari_options_init(tabari_options *o) {
  memset(o, 0, sizeof *o);
  o->code_by = TABARI_CODE_BY_CLAUSE;
  o->time_shift = -1;
  o->min_words = 8;
  o->comma_on = 1;
  o->comma_min = 2;
  o->comma_max = 10;
  o->comma_emin = 2;
  o->comma_emax = 10;
  o->comma_bmin = 128;
  o->comma_bmax = 0;
}

/* The line upper-cased, blank-trimmed, without comments, into out. */
static void clean(const char *line, char *out, size_t cap) {
  size_t n = 0;
  for (const char *p = line; *p && n + 1 < cap; p++) {
    if (*p == '#' || (p[0] == '/' && p[1] == '/')) break;
    out[n++] = (char)toupper((unsigned char)*p);
  }
  while (n && isspace((unsigned char)out[n - 1])) n--;
  out[n] = '\0';
  size_t k = 0;
  while (isspace((unsigned char)out[k])) k++;
  memmove(out, out + k, n - k + 1);
}

/* Does the command (up to its colon) start with the first four letters of
 * name, as TABARI compares them? */
static int command_is(const char *cmd, size_t cmdlen, const char *name) {
  size_t k = strlen(name) < 4 ? strlen(name) : 4;
  return cmdlen >= k && strncmp(cmd, name, k) == 0;
}

static const char *skip_space(const char *s) {
  while (isspace((unsigned char)*s)) s++;
  return s;
}

/* TRUE / T / FALSE / F after '=' (or the word itself): 1, 0, or -1. */
static int logical(const char *s) {
  const char *eq = strchr(s, '=');
  s = skip_space(eq ? eq + 1 : s);
  if (*s == 'T') return 1;
  if (*s == 'F') return 0;
  return -1;
}

/* "NAME[n]" in s: n, or -1 when absent. */
static int bracket_number(const char *s, const char *name) {
  const char *p = strstr(s, name);
  if (!p) return -1;
  p = skip_space(p + strlen(name));
  if (*p != '[') return -1;
  return atoi(p + 1);
}

/* "NAME = n" in s (NAME as a whole word): n, else the default. */
static int named_number(const char *s, const char *name, int dflt) {
  size_t nl = strlen(name);
  for (const char *p = strstr(s, name); p; p = strstr(p + 1, name)) {
    if (p > s && isalpha((unsigned char)p[-1])) continue;
    const char *q = skip_space(p + nl);
    if (*q != '=') continue;
    return atoi(skip_space(q + 1));
  }
  return dflt;
}

/* The code in "WORD [code]" in s into out (cap bytes): 1 found, 0 not. */
static int word_code(const char *s, const char *word, char *out, size_t cap) {
  const char *p = strstr(s, word);
  if (!p) return 0;
  p = skip_space(p + strlen(word));
  if (*p == ':') p = skip_space(p + 1);
  if (*p != '[') return 0;
  const char *e = strchr(p, ']');
  if (!e || (size_t)(e - p - 1) >= cap) return 0;
  p = skip_space(p + 1);
  size_t n = (size_t)(e - p);
  while (n && isspace((unsigned char)p[n - 1])) n--;
  memcpy(out, p, n);
  out[n] = '\0';
  return 1;
}

static int unsupported(char *key, size_t keylen, const char *k, char *why,
                       size_t whylen, const char *what) {
  snprintf(key, keylen, "%s", k);
  snprintf(why, whylen, "%s: not supported (%s)", k, what);
  return 1;
}

static int set_command(tabari_options *o, const char *a, char *key,
                       size_t keylen, char *why, size_t whylen) {
  /* a: what follows "SET:" */
  const char *output = "output and session settings have no meaning for acta";
  if (!strncmp(a, "CODE", 4)) {
    if (strstr(a, "SENTENCE")) o->code_by = TABARI_CODE_BY_SENTENCE;
    else if (strstr(a, "ALL")) o->code_by = TABARI_CODE_ALL;
    else if (strstr(a, "CLAUSE")) o->code_by = TABARI_CODE_BY_CLAUSE;
    else { snprintf(why, whylen, "SET: CODE takes BY CLAUSE, BY SENTENCE or ALL"); return -1; }
    return 0;
  }
  int v = logical(a);
  if (!strncmp(a, "MINI", 4)) {
    const char *eq = strchr(a, '=');
    if (!eq || !isdigit((unsigned char)*skip_space(eq + 1))) {
      snprintf(why, whylen, "SET: MINIMUM WORDS takes = a number");
      return -1;
    }
    o->min_words = atoi(skip_space(eq + 1));
    return 0;
  }
  if (!strncmp(a, "YYYY", 4) || !strncmp(a, "TIME", 4) || !strncmp(a, "FBIS", 4) ||
      !strncmp(a, "CONV", 4)) {
    if (v < 0) { snprintf(why, whylen, "SET: %.4s takes = TRUE or FALSE", a); return -1; }
    if (!strncmp(a, "YYYY", 4)) o->yyyy = v;
    else if (!strncmp(a, "TIME", 4)) o->time_shift = v;
    else if (!strncmp(a, "FBIS", 4)) {
      o->fbis = v;
      snprintf(key, keylen, "SET: FBIS");
      snprintf(why, whylen, "SET: FBIS: only in part: bracketed text and what "
               "comes before the first letter are skipped; an actor, comma, "
               "actor is not made a compound");
      return 1;
    } else {
      o->convert_agents = v;
    }
    return 0;
  }
  static const char *const quiet[] = {"LABEL", "SKIP", "VERB", "ACTOR", "AGENT",
                                      "DUP", "HAIKU", "MATCH", "ALLCAPS",
                                      "CHECK", NULL};
  for (size_t i = 0; quiet[i]; i++)
    if (!strncmp(a, quiet[i], strlen(quiet[i]) < 4 ? strlen(quiet[i]) : 4)) {
      char k[64];
      size_t n = 0;
      while (a[n] && a[n] != '=' && n + 1 < 48) n++;
      while (n && a[n - 1] == ' ') n--;
      snprintf(k, sizeof k, "SET: %.*s", (int)n, a);
      return unsupported(key, keylen, k, why, whylen, output);
    }
  snprintf(why, whylen, "unknown SET: parameter '%.40s'", a);
  return -1;
}

int tabari_options_line(tabari_options *o, const char *line, char *key,
                        size_t keylen, char *why, size_t whylen) {
  char s[512];
  key[0] = why[0] = '\0';
  clean(line, s, sizeof s);
  if (!s[0]) return 0;
  const char *colon = strchr(s, ':');
  if (!colon) {
    snprintf(why, whylen, "not a command (COMMAND: ...): '%.40s'", s);
    return -1;
  }
  size_t cl = (size_t)(colon - s);
  const char *a = skip_space(colon + 1);
  if (command_is(s, cl, "SET")) return set_command(o, a, key, keylen, why, whylen);
  if (command_is(s, cl, "COMPLEX")) {
    o->complex_on = 1;
    int v = bracket_number(a, "VERBS"), c = bracket_number(a, "CONJ");
    o->complex_verbs = v > 0 ? v : 0;
    o->complex_conj = c > 0 ? c : 0;
    o->complex_noactprior = strstr(a, "NOACTPRIOR") != NULL;
    if (o->complex_verbs || strstr(a, "ACTORS[") || strstr(a, "PRONOUNS[") ||
        strstr(a, "COMMA[") || strstr(a, "LATEVERB") || strstr(a, "NOACTAFTER") ||
        strstr(a, "NOVERB") || strstr(a, "NOSOURCE") || strstr(a, "NOTARGET") ||
        strstr(a, "NOEVENT"))
      return unsupported(key, keylen, "COMPLEX", why, whylen,
                         "only CONJ[n] and NOACTPRIOR are applied");
    return 0;
  }
  if (command_is(s, cl, "DEFAULT")) {
    if (!strncmp(a, "OFF", 3)) {
      o->default_source[0] = o->default_target[0] = '\0';
      o->default_prior = o->default_after = 0;
      return 0;
    }
    int any = 0;
    const char *tg = strstr(a, "TARGET");
    char src_part[512];
    snprintf(src_part, sizeof src_part, "%.*s", (int)(tg ? (size_t)(tg - a) : strlen(a)), a);
    if (word_code(src_part, "SOURCE", o->default_source, sizeof o->default_source)) {
      any = 1;
      o->default_prior = strstr(src_part, "PRIOR") != NULL;
    }
    if (tg && word_code(tg, "TARGET", o->default_target, sizeof o->default_target)) {
      any = 1;
      o->default_after = strstr(tg, "AFTER") != NULL;
    }
    if (!any) {
      snprintf(why, whylen, "DEFAULT: takes SOURCE [code] and/or TARGET [code], or OFF");
      return -1;
    }
    return 0;
  }
  if (command_is(s, cl, "FORWARD")) {
    /* ^^*****NNN*SSS [DOC] [OFF]: each ^ a blank before the record's ID,
     * the Ns its story number, the Ss its sentence number */
    size_t lead = strspn(a, "^"), fl = strcspn(a, " \t");
    const char *n = memchr(a, 'N', fl), *sq = memchr(a, 'S', fl);
    if (n && n >= a + lead) {
      o->fwd_story = (int)(n - a - (long)lead);
      o->fwd_story_len = (int)strspn(n, "N");
    }
    if (sq && sq >= a + lead) {
      o->fwd_seq = (int)(sq - a - (long)lead);
      o->fwd_seq_len = (int)strspn(sq, "S");
    }
    o->forward = sq != NULL && strstr(a, "OFF") == NULL;
    return 0;
  }
  if (command_is(s, cl, "COMMA")) {
    if (!strncmp(a, "OFF", 3)) {
      o->comma_on = 0;
    } else {
      o->comma_on = 1;
      o->comma_min = named_number(a, "MIN", o->comma_min);
      o->comma_max = named_number(a, "MAX", o->comma_max);
      o->comma_emin = named_number(a, "EMIN", o->comma_emin);
      o->comma_emax = named_number(a, "EMAX", o->comma_emax);
      o->comma_bmin = named_number(a, "BMIN", o->comma_bmin);
      o->comma_bmax = named_number(a, "BMAX", o->comma_bmax);
    }
    return 0;
  }
  static const char *const output[] = {"LABEL", "OUTPUT", "ISSUES", "ATTRIBUTION",
                                       NULL};
  for (size_t i = 0; output[i]; i++)
    if (command_is(s, cl, output[i]))
      return unsupported(key, keylen, output[i], why, whylen,
                         "output settings have no meaning for acta");
  snprintf(why, whylen, "unknown command '%.*s:'", (int)(cl > 40 ? 40 : cl), s);
  return -1;
}
